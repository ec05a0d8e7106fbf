"""Write the project's municipality and county tables from public geodata.

Usage: python -m pipeline.extract.tools.make_reference [GEODATA_DIR] [OUT_DIR]

Reads the SCB code lists (CSV) and the municipality polygons (GeoJSON) from the shared reference
folder and writes `config/reference/municipalities.csv` and `counties.csv` with area-weighted
centroids. Codes, names and coordinates are public facts; no source text is copied.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from dialogkartan import paths

DEFAULT_GEODATA = paths.SHARED_DIR / "reference" / "geodata"
DEFAULT_OUT = paths.REFERENCE_DIR


def ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(signed area, cx, cy) of one closed ring with the shoelace formula (lon = x, lat = y)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if abs(area) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area, cx / (6 * area), cy / (6 * area)


def polygons_centroid(polygons: list[list[list[list[float]]]]) -> tuple[float, float, float]:
    """Area-weighted centroid of polygons (holes subtract); returns (area, lat, lon)."""
    total = sx = sy = 0.0
    for poly in polygons:
        for k, ring in enumerate(poly):
            a, cx, cy = ring_centroid([p[:2] for p in ring])
            a = abs(a) if k == 0 else -abs(a)
            total += a
            sx += a * cx
            sy += a * cy
    if total == 0:
        raise ValueError("degenerate geometry")
    return total, sy / total, sx / total


def geometry_polygons(geom: dict) -> list:
    return [geom["coordinates"]] if geom["type"] == "Polygon" else list(geom["coordinates"])


def build(geodata: Path, out: Path) -> tuple[int, int]:
    with open(geodata / "counties.csv", encoding="utf-8") as f:
        counties = {r["county_code"]: r for r in csv.DictReader(f)}
    with open(geodata / "municipalities.csv", encoding="utf-8") as f:
        munis = list(csv.DictReader(f))
    features = json.loads((geodata / "municipalities.geojson").read_text(encoding="utf-8"))["features"]
    shapes = {str(ft["properties"]["id"]).zfill(4): geometry_polygons(ft["geometry"]) for ft in features}

    out.mkdir(parents=True, exist_ok=True)
    county_acc: dict[str, list[float]] = {}
    rows = []
    for m in sorted(munis, key=lambda r: r["municipality_code"]):
        code = m["municipality_code"].zfill(4)
        area, lat, lon = polygons_centroid(shapes[code])
        acc = county_acc.setdefault(m["county_code"], [0.0, 0.0, 0.0])
        acc[0] += area
        acc[1] += area * lat
        acc[2] += area * lon
        county = counties[m["county_code"]]
        rows.append(
            [code, m["municipality_name"], m["municipality_name_short"], m["county_code"], county["county_name"],
             f"{lat:.5f}", f"{lon:.5f}"]
        )
    with open(out / "municipalities.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "short_name", "county_code", "county_name", "lat", "lon"])
        w.writerows(rows)
    with open(out / "counties.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "short_name", "lat", "lon"])
        for code in sorted(counties):
            a, slat, slon = county_acc[code]
            w.writerow([code, counties[code]["county_name"], counties[code]["county_name_short"],
                        f"{slat / a:.5f}", f"{slon / a:.5f}"])
    return len(rows), len(counties)


if __name__ == "__main__":
    geodata = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GEODATA
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    print("wrote %d municipalities, %d counties" % build(geodata, out))
