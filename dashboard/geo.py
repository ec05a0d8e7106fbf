"""The map on Jämför kommuner: municipality boundaries from a configured GeoJSON file, else
points at the municipalities' coordinates kept in the database. Both render without map tiles
(no network)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, queries

_SCALE = "Blues"


def _round(coords: Any) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), 3)  # ~100 m: plenty for a country map, a third of the bytes
    return [_round(c) for c in coords]


@st.cache_resource(show_spinner=False, max_entries=2)
def load_geojson(path: str, mtime_ns: int) -> dict[str, Any] | None:
    """The boundaries with a `properties.id` = municipality code, or None if unusable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    feats = []
    for f in data.get("features", []):
        props = f.get("properties") or {}
        code = props.get("id") or props.get("kom_kod") or props.get("municipality_code") or props.get("code")
        geom = f.get("geometry")
        if not code or not geom:
            continue
        feats.append({"type": "Feature", "id": str(code).zfill(4),
                      "properties": {"id": str(code).zfill(4)},
                      "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"])}})
    return {"type": "FeatureCollection", "features": feats} if feats else None


def _geo_layout(fig: go.Figure) -> go.Figure:
    # No base layers: they would need Plotly's topojson from a CDN (no network here).
    fig.update_geos(visible=False, fitbounds="locations", projection_type="mercator")
    fig.update_layout(height=620, margin={"l": 0, "r": 0, "t": 0, "b": 0})
    return fig


def theme_map(key: tuple, values: pd.DataFrame, theme: str) -> tuple[go.Figure, str]:
    """values: index municipality_code, columns share (percent, None = få underlag) and label."""
    path = common.geojson_path()
    gj = load_geojson(str(path), path.stat().st_mtime_ns) if path else None
    if gj is not None:
        codes = [f["id"] for f in gj["features"]]
        data = values.reindex(codes)
        has = data["share"].notna()
        fig = go.Figure()
        # Grey base layer: municipalities without data or with too few documents.
        fig.add_trace(go.Choropleth(
            geojson=gj, locations=[c for c, h in zip(codes, has) if not h], z=[0] * int((~has).sum()),
            colorscale=[[0, "#dddddd"], [1, "#dddddd"]], showscale=False, marker_line_width=0.3,
            marker_line_color="white",
            text=[common.plain(t) if isinstance(t, str) else "ingen data" for t, h in zip(data["label"], has) if not h],
            hovertemplate="%{text}<extra></extra>",
        ))
        fig.add_trace(go.Choropleth(
            geojson=gj, locations=[c for c, h in zip(codes, has) if h], z=data.loc[has, "share"].tolist(),
            colorscale=_SCALE, zmin=0, zmax=max(1.0, float(data["share"].max() or 0)), marker_line_width=0.3,
            marker_line_color="white", colorbar={"title": "Andel %"},
            text=[common.plain(t) for t in data.loc[has, "label"]], hovertemplate="%{text}<extra></extra>",
        ))
        fig = _geo_layout(fig)
        fig.update_geos(fitbounds="geojson")
        return fig, (f"Kommungränser från {path.name}. Grå: ingen data eller få underlag. Tema: {theme}.")
    pts = queries.municipality_points(key).set_index("municipality_code").join(values, how="left")
    pts = pts[pts["lat"].notna()]
    has = pts["share"].notna()
    fig = go.Figure()
    fig.add_trace(go.Scattergeo(
        lat=pts.loc[~has, "lat"], lon=pts.loc[~has, "lon"], mode="markers",
        marker={"size": 6, "color": "#cccccc"},
        text=[common.plain(t) if isinstance(t, str) else common.plain(n) + ": ingen data"
              for t, n in zip(pts.loc[~has, "label"], pts.loc[~has, "name"])],
        hovertemplate="%{text}<extra></extra>", name=common.FEW,
    ))
    fig.add_trace(go.Scattergeo(
        lat=pts.loc[has, "lat"], lon=pts.loc[has, "lon"], mode="markers",
        marker={"size": 14, "color": pts.loc[has, "share"], "colorscale": _SCALE, "cmin": 0,
                "showscale": True, "colorbar": {"title": "Andel %"}, "line": {"width": 0.5, "color": "#333"}},
        text=[common.plain(t) for t in pts.loc[has, "label"]], hovertemplate="%{text}<extra></extra>", name=theme,
    ))
    fig = _geo_layout(fig)
    fig.update_geos(fitbounds="locations")
    fig.update_layout(showlegend=False)
    return fig, ("Ingen GeoJSON-fil med kommungränser hittades (inställningen dashboard.geojson eller "
                 "DIALOGKARTAN_GEOJSON); kartan visar kommunernas mittpunkter. Grå: ingen data eller få underlag.")
