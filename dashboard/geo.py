"""The map on Jämför kommuner: municipality boundaries from a configured GeoJSON file, else
points at the municipalities' coordinates kept in the database.

Drawn with Vega-Lite (bundled with Streamlit), which needs no map tiles and no topojson from a
CDN: Plotly's geo charts fetch a world map from cdn.plot.ly even when it is hidden, and this
dashboard must work without network.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import common, queries

_GREY = "#dddddd"


def _round(coords: Any) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), 3)  # ~100 m: plenty for a country map, far fewer bytes
    return [_round(c) for c in coords]


def _signed_area(ring: list) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:] + ring[:1])) / 2


def _rewind(geom: dict[str, Any]) -> dict[str, Any]:
    """Rings in d3-geo's winding (exterior clockwise, holes counter-clockwise), the opposite of
    RFC 7946: a polygon wound the other way is drawn as "the whole globe except this"."""
    def fix(poly: list) -> list:
        out = []
        for i, ring in enumerate(poly):
            clockwise = _signed_area(ring) < 0
            want_clockwise = i == 0
            out.append(ring if clockwise == want_clockwise else ring[::-1])
        return out

    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": fix(geom["coordinates"])}
    if geom["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [fix(p) for p in geom["coordinates"]]}
    return geom


@st.cache_resource(show_spinner=False, max_entries=2)
def load_geojson(path: str, mtime_ns: int) -> list[dict[str, Any]] | None:
    """Features with `properties.id` = municipality code, or None if the file is unusable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    feats = []
    for f in data.get("features", []) if isinstance(data, dict) else []:
        props = f.get("properties") or {}
        code = props.get("id") or props.get("kom_kod") or props.get("municipality_code") or props.get("code")
        geom = f.get("geometry")
        if not code or not geom:
            continue
        rounded = {"type": geom["type"], "coordinates": _round(geom["coordinates"])}
        feats.append({"type": "Feature", "geometry": _rewind(rounded), "code": str(code).zfill(4)})
    return feats or None


def _legend(max_share: float) -> dict[str, Any]:
    return {"field": "andel", "type": "quantitative", "title": "Andel %",
            "scale": {"scheme": "blues", "domain": [0, max(1.0, max_share)]}}


def theme_map(key: tuple, values: pd.DataFrame, theme: str) -> tuple[dict[str, Any], str]:
    """A Vega-Lite spec and a caption. `values`: index municipality_code, columns share
    (percent; None = no data) and label (tooltip text, with any "få underlag" caveat)."""
    max_share = float(values["share"].max()) if values["share"].notna().any() else 1.0
    tooltip = [{"field": "text", "type": "nominal", "title": "Kommun"}]
    path = common.geojson_path()
    feats = load_geojson(str(path), path.stat().st_mtime_ns) if path else None
    if feats is not None:
        rows = []
        for f in feats:
            code = f["code"]
            share = values["share"].get(code) if code in values.index else None
            label = values["label"].get(code) if code in values.index else None
            rows.append({"type": "Feature", "geometry": f["geometry"],
                         "andel": None if share is None or pd.isna(share) else round(float(share), 1),
                         "text": label if isinstance(label, str) else f"{code}: ingen data"})
        spec = {
            "data": {"values": rows},
            "projection": {"type": "mercator"},
            "height": 640,
            "layer": [
                {"mark": {"type": "geoshape", "fill": _GREY, "stroke": "white", "strokeWidth": 0.3},
                 "encoding": {"tooltip": tooltip}},
                {"transform": [{"filter": "isValid(datum.andel)"}],
                 "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.3},
                 "encoding": {"color": _legend(max_share), "tooltip": tooltip}},
            ],
        }
        return spec, f"Kommungränser från {path.name}. Grå: ingen data. Tema: {theme}."
    pts = queries.municipality_points(key).set_index("municipality_code").join(values, how="left")
    pts = pts[pts["lat"].notna()]
    rows = [{"lat": float(r.lat), "lon": float(r.lon),
             "andel": None if pd.isna(r.share) else round(float(r.share), 1),
             "text": r.label if isinstance(r.label, str) else f"{r.name}: ingen data"} for r in pts.itertuples()]
    spec = {
        "data": {"values": rows},
        "projection": {"type": "mercator"},
        "height": 640,
        "layer": [
            {"mark": {"type": "circle", "size": 18, "color": _GREY, "opacity": 1},
             "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                          "latitude": {"field": "lat", "type": "quantitative"}, "tooltip": tooltip}},
            {"transform": [{"filter": "isValid(datum.andel)"}],
             "mark": {"type": "circle", "size": 160, "opacity": 1, "stroke": "#333", "strokeWidth": 0.5},
             "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                          "latitude": {"field": "lat", "type": "quantitative"},
                          "color": _legend(max_share), "tooltip": tooltip}},
        ],
    }
    return spec, ("Ingen GeoJSON-fil med kommungränser hittades (inställningen dashboard.geojson eller "
                  "DIALOGKARTAN_GEOJSON); kartan visar kommunernas mittpunkter. Grå: ingen data.")
