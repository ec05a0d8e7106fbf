"""Trender: themes (or municipalities) over a continuous time axis, by year or quarter."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, filters, queries
from dashboard.common import FEW, num, pct, share_text

st.title("Trender")
key = common.page_key()
v = common.view()

f = filters.bar("trender", key, theme_default=lambda flt: queries.top_themes(key, flt, 5),
                theme_label="Teman (standard: de största i urvalet)")
lines = "tema"
if len(f.municipalities) >= 2:
    lines = st.radio("En linje per", ["tema", "kommun"], horizontal=True, key="trender_linjer",
                     format_func=lambda x: "tema" if x == "tema" else "kommun (valda teman sammanlagda)")
df = queries.theme_trend(key, f, by_municipality=lines == "kommun")
first, last = queries.published_range(key)
if first is None:
    st.info("Inga daterade dokument ännu.")
    st.stop()
d0 = filters.period_start(f.start) if f.start else first
d1 = filters.period_start(f.end) if f.end else last
periods = filters.periods_between(d0, d1, f.period_kind)  # continuous: empty periods are zero

if lines == "kommun":
    # Sum the chosen themes per municipality and period; the base is the municipality's period.
    agg = df.groupby(["period", "omrade", "kommun"], as_index=False).agg(
        forslag=("forslag", "sum"), dokument=("dokument", "sum"), bas_forslag=("bas_forslag", "first"),
        bas_dokument=("bas_dokument", "first"))
    agg["andel"] = agg["forslag"] / agg["bas_forslag"]
    agg["namn"] = agg["kommun"]
else:
    agg = df.assign(namn=df["tema"])
agg = common.suppress(agg, v.min_documents) if not agg.empty else agg.assign(underlag=[])

st.caption(f"Andel = förslagen av periodens alla tematiserade förslag{' i kommunen' if lines == 'kommun' else ''}. "
           "Perioder utan förslag visas som 0. Odaterade dokument ingår inte. Ringade punkter: "
           + common.few_note(v.min_documents))
tnames = dict(zip(queries.themes(key)["theme_id"], queries.themes(key)["label"]))
names = (sorted(agg["namn"].unique()) if lines == "kommun"
         else [tnames.get(t, t) for t in (f.themes or sorted(set(df["theme_id"])))])
fig = go.Figure()
for name in names:
    t = agg[agg["namn"] == name].set_index("period").reindex(periods)
    y, text, few = [], [], []
    for r in t.itertuples():
        if pd.isna(r.forslag):
            y.append(0.0)
            text.append("0 förslag")
            few.append(False)
        else:
            y.append(round(float(r.andel) * 100, 1))
            text.append(f"{pct(r.andel)} ({num(r.forslag)} av {num(r.bas_forslag)} förslag)"
                        + (f", {FEW}" if r.underlag else ""))
            few.append(bool(r.underlag))
    fig.add_trace(go.Scatter(
        x=periods, y=y, text=text, mode="lines+markers", name=common.plain(name),
        marker={"symbol": ["circle-open" if x else "circle" for x in few], "size": [11 if x else 7 for x in few]},
        hovertemplate="%{x}: %{text}<extra>%{fullData.name}</extra>"))
fig.update_layout(yaxis_title="Andel av periodens förslag (%)", xaxis_title="År" if f.period_kind == "år" else "Kvartal",
                  xaxis={"type": "category", "categoryorder": "array", "categoryarray": periods},
                  height=440, margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h"})
st.plotly_chart(fig, key="trender_diagram")

if agg.empty:
    st.info("Inga daterade, tematiserade förslag för det här urvalet.")
    st.stop()
table = pd.DataFrame({
    "Period": agg["period"], ("Kommun" if lines == "kommun" else "Tema"): agg["namn"], "Förslag": agg["forslag"],
    "Dokument": agg["dokument"], "Periodens förslag": agg["bas_forslag"], "Periodens dokument": agg["bas_dokument"],
    "Andel": [share_text(x, u) for x, u in zip(agg["andel"], agg["underlag"])],
})
st.dataframe(table.sort_values(["Period", table.columns[1]]), hide_index=True, key="trender_tabell")
