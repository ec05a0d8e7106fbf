"""Trender: themes over time by year or quarter, optionally per county."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, queries
from dashboard.common import FEW, num, pct

st.title("Trender")
key = common.page_key()
v = common.view()

cdf = queries.counties(key)
county_names = dict(zip(cdf["county_code"], cdf["name"]))
a, b = st.columns([1, 2])
kind = a.radio("Period", ["år", "kvartal"], horizontal=True, key="trender_period",
               format_func=lambda k: "År" if k == "år" else "Kvartal")
chosen = b.multiselect("Län", list(county_names), format_func=lambda c: county_names.get(c, c),
                       key="trender_lan", placeholder="Alla län")
df = queries.theme_trend(key, kind, tuple(sorted(chosen)))
if df.empty:
    st.info("Inga daterade, tematiserade förslag för det här urvalet.")
    st.stop()
all_themes = sorted(df["tema"].unique())
shown = st.multiselect("Teman", all_themes, default=all_themes[: min(5, len(all_themes))], key="trender_teman")
df = common.suppress(df, v.min_documents)
sel = df[df["tema"].isin(shown)] if shown else df

st.caption(f"Andel = temats förslag av periodens alla tematiserade förslag. Perioder där förslagen kommer "
           f"från färre än {v.min_documents} dokument visas inte i diagrammet (”{FEW}”). Odaterade dokument ingår inte.")
periods = sorted(df["period"].unique())
period_few = (df.drop_duplicates("period").set_index("period")["bas_dokument"] < v.min_documents).reindex(periods)
fig = go.Figure()
for theme in (shown or all_themes):
    t = sel[sel["tema"] == theme].set_index("period").reindex(periods)
    y, text = [], []
    for period, r in zip(periods, t.itertuples()):
        if period_few[period]:
            y.append(None)
            text.append(FEW)
        elif pd.isna(r.forslag):
            y.append(0.0)
            text.append("0 förslag")
        else:
            y.append(round(float(r.andel) * 100, 1))
            text.append(f"{pct(r.andel)} ({num(r.forslag)} av {num(r.bas_forslag)} förslag)")
    fig.add_trace(go.Scatter(x=periods, y=y, text=text, mode="lines+markers", name=common.plain(theme),
                             connectgaps=False, hovertemplate="%{x}: %{text}<extra>%{fullData.name}</extra>"))
fig.update_layout(yaxis_title="Andel av periodens förslag (%)", xaxis_title="", xaxis={"type": "category"},
                  height=420, margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h"})
st.plotly_chart(fig, key="trender_diagram")

st.dataframe(pd.DataFrame({
    "Period": sel["period"], "Tema": sel["tema"], "Förslag": sel["forslag"], "Dokument": sel["dokument"],
    "Kommuner": sel["kommuner"], "Periodens förslag": sel["bas_forslag"], "Periodens dokument": sel["bas_dokument"],
    "Andel": [FEW if u else pct(x) for x, u in zip(sel["andel"], sel["underlag"])],
}), hide_index=True, key="trender_tabell")
