"""The project's own table of Sweden's 290 municipalities and 21 counties (public facts)."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import duckdb

from dialogkartan import paths
from dialogkartan.errors import UserError

_ALIASES = {
    "municipality_code": ("municipality_code", "code", "kommunkod"),
    "name": ("municipality_name", "name", "kommun"),
    "short_name": ("municipality_name_short", "short_name", "short"),
    "county_code": ("county_code", "lanskod"),
    "lat": ("lat", "latitude", "centroid_lat"),
    "lon": ("lon", "lng", "longitude", "centroid_lon"),
}


def _pick(row: dict[str, str], key: str) -> str | None:
    for alias in _ALIASES.get(key, (key,)):
        if row.get(alias) not in (None, ""):
            return row[alias]
    return None


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise UserError(f"reference table missing: {path}")
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def municipalities() -> list[dict[str, object]]:
    rows = []
    for row in _read(paths.REFERENCE_DIR / "municipalities.csv"):
        code = _pick(row, "municipality_code")
        name = _pick(row, "name") or ""
        lat, lon = _pick(row, "lat"), _pick(row, "lon")
        rows.append(
            {
                "municipality_code": code.zfill(4) if code else None,
                "name": name,
                "short_name": _pick(row, "short_name") or name.removesuffix(" kommun"),
                "county_code": (_pick(row, "county_code") or "").zfill(2),
                "lat": float(lat) if lat else None,
                "lon": float(lon) if lon else None,
            }
        )
    return rows


@lru_cache(maxsize=1)
def counties() -> list[dict[str, str]]:
    rows = []
    for row in _read(paths.REFERENCE_DIR / "counties.csv"):
        rows.append(
            {
                "county_code": (row.get("county_code") or row.get("code") or "").zfill(2),
                "name": row.get("county_name") or row.get("name") or "",
                "short_name": row.get("county_name_short") or row.get("short_name") or "",
            }
        )
    return rows


def ensure_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Fill municipalities and counties once; they are facts, not crawl output."""
    if con.execute("SELECT count(*) FROM municipalities").fetchone()[0]:
        return
    con.executemany(
        "INSERT INTO counties VALUES (?, ?, ?)",
        [[c["county_code"], c["name"], c["short_name"]] for c in counties()],
    )
    con.executemany(
        "INSERT INTO municipalities VALUES (?, ?, ?, ?, ?, ?)",
        [[m["municipality_code"], m["name"], m["short_name"], m["county_code"], m["lat"], m["lon"]] for m in municipalities()],
    )
