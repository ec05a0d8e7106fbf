"""Målgrupper: target group × theme, and proposals per target group across municipalities."""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, filters, queries
from dashboard.common import FEW, group_label, num, pct, share_text

st.title("Målgrupper")
key = common.page_key()
v = common.view()

f = filters.bar("malgrupper", key)

st.subheader("Teman per målgrupp")
st.caption("Andel = temats förslag av målgruppens alla tematiserade förslag (ett förslag kan gälla flera "
           "målgrupper). " + common.few_note(v.min_documents))
df = queries.target_group_by_theme(key, f)
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
        z.append([cells[(g, t)].andel * 100 if (g, t) in cells else 0.0 for t in themes])
        text.append([f"{pct(cells[(g, t)].andel)} ({num(cells[(g, t)].forslag)})" if (g, t) in cells else "0 %"
                     for t in themes])
    y = [common.plain(f"{group_label(g)} ({num(bases.loc[g, 'bas_dokument'])} dok.)")
         + (" *" if bases.loc[g, "bas_dokument"] < v.min_documents else "") for g in groups]
    fig = go.Figure(go.Heatmap(
        z=z, x=["<br>".join(textwrap.wrap(common.plain(t), 16)) for t in themes], y=y,
        text=text, texttemplate="%{text}", textfont={"size": 13}, colorscale="Greens", zmin=0, zmax=100,
        xgap=2, ygap=2, colorbar={"title": {"text": "Andel %"}}, hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
    ))
    fig.update_layout(height=max(260, 56 * len(groups) + 170), margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      font={"size": 13}, yaxis={"autorange": "reversed", "title": {"text": "Målgrupp"}},
                      xaxis={"side": "top", "tickangle": 0, "title": {"text": "Tema"}})
    st.plotly_chart(fig, key="malgrupper_heatmap")
    if (bases["bas_dokument"] < v.min_documents).any():
        st.caption(f"* {FEW}: målgruppens förslag kommer från färre än {v.min_documents} dokument.")
    st.dataframe(pd.DataFrame({
        "Målgrupp": [group_label(g) for g in df["malgrupp"]], "Tema": df["tema"], "Förslag": df["forslag"],
        "Dokument": df["dokument"], "Målgruppens förslag": df["bas_forslag"],
        "Andel": [share_text(a, u) for a, u in zip(df["andel"], df["underlag"])],
    }), hide_index=True, key="malgrupper_tabell")

st.subheader("Förslag per målgrupp och kommun")
st.caption("Antal förslag (alla, även ej tematiserade) och i parentes antalet dokument de kommer från. "
           "Regionala utgivare räknas inte till någon kommun.")
mg = queries.target_group_by_municipality(key, f)
if mg.empty:
    st.info("Inga förslag för det här urvalet.")
else:
    mg["cell"] = [f"{num(p)} ({num(d)})" for p, d in zip(mg["forslag"], mg["dokument"])]
    wide = mg.pivot_table(index="kommun", columns="malgrupp", values="cell", aggfunc="first").fillna("0")
    wide.columns = [group_label(c) for c in wide.columns]
    st.dataframe(wide.reset_index().rename(columns={"kommun": "Kommun"}), hide_index=True, key="malgrupper_kommuner")
