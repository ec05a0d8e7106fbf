"""Målgrupper: target group × theme, and proposals per target group across municipalities."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, queries
from dashboard.common import FEW, group_label, num, pct

st.title("Målgrupper")
key = common.page_key()
v = common.view()

cdf = queries.counties(key)
county_names = dict(zip(cdf["county_code"], cdf["name"]))
chosen = st.multiselect("Län", list(county_names), format_func=lambda c: county_names.get(c, c),
                        key="malgrupper_lan", placeholder="Alla län")
counties = tuple(sorted(chosen))

st.subheader("Teman per målgrupp")
st.caption(f"Andel = temats förslag av målgruppens alla tematiserade förslag (ett förslag kan gälla flera "
           f"målgrupper). ”{FEW}” där målgruppens förslag kommer från färre än {v.min_documents} dokument.")
df = queries.target_group_by_theme(key, counties)
if df.empty:
    st.info("Inga tematiserade förslag för det här urvalet.")
else:
    df = common.suppress(df, v.min_documents)
    groups = sorted(df["malgrupp"].unique(), key=group_label)
    themes = sorted(df["tema"].unique())
    cells = {(r.malgrupp, r.tema): r for r in df.itertuples()}
    bases = df.drop_duplicates("malgrupp").set_index("malgrupp")
    z, text = [], []
    for g in groups:
        few = bases.loc[g, "bas_dokument"] < v.min_documents
        z.append([None if few else (cells[(g, t)].andel * 100 if (g, t) in cells else 0.0) for t in themes])
        text.append([FEW if few else (f"{pct(cells[(g, t)].andel)}<br>({num(cells[(g, t)].forslag)})"
                                      if (g, t) in cells else "0 %") for t in themes])
    fig = go.Figure(go.Heatmap(
        z=z, x=[common.plain(t) for t in themes],
        y=[common.plain(f"{group_label(g)} ({num(bases.loc[g, 'bas_dokument'])} dok.)") for g in groups],
        text=text, texttemplate="%{text}", colorscale="Greens", zmin=0, zmax=100, xgap=2, ygap=2,
        colorbar={"title": "Andel %"}, hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
    ))
    fig.update_layout(height=max(240, 56 * len(groups) + 140), margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      yaxis={"autorange": "reversed"}, xaxis={"side": "top"})
    st.plotly_chart(fig, key="malgrupper_heatmap")
    st.dataframe(pd.DataFrame({
        "Målgrupp": [group_label(g) for g in df["malgrupp"]], "Tema": df["tema"], "Förslag": df["forslag"],
        "Dokument": df["dokument"], "Målgruppens förslag": df["bas_forslag"],
        "Andel": [FEW if u else pct(a) for a, u in zip(df["andel"], df["underlag"])],
    }), hide_index=True, key="malgrupper_tabell")

st.subheader("Förslag per målgrupp och kommun")
st.caption("Antal förslag (alla, även ej tematiserade) och i parentes antalet dokument de kommer från.")
mg = queries.target_group_by_municipality(key, counties)
if mg.empty:
    st.info("Inga förslag för det här urvalet.")
else:
    mg["cell"] = [f"{num(p)} ({num(d)})" for p, d in zip(mg["forslag"], mg["dokument"])]
    wide = mg.pivot_table(index="kommun", columns="malgrupp", values="cell", aggfunc="first").fillna("0")
    wide.columns = [group_label(c) for c in wide.columns]
    st.dataframe(wide.reset_index().rename(columns={"kommun": "Kommun"}), hide_index=True, key="malgrupper_kommuner")
