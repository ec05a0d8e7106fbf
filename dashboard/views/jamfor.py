"""Jämför kommuner: theme × municipality shares with counts, small bases suppressed, and a map."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, geo, queries
from dashboard.common import FEW, group_label, num, pct

st.title("Jämför kommuner")
key = common.page_key()
v = common.view()

cdf = queries.counties(key)
county_names = dict(zip(cdf["county_code"], cdf["name"]))
left, right = st.columns(2)
chosen = left.multiselect("Län", list(county_names), format_func=lambda c: county_names.get(c, c),
                          key="jamfor_lan", placeholder="Alla län")
groups = queries.target_groups(key)
group = right.selectbox("Målgrupp", [None, *groups], format_func=lambda g: "Alla målgrupper" if g is None else group_label(g),
                        key="jamfor_malgrupp")

df = queries.theme_by_municipality(key, tuple(sorted(chosen)), group)
if df.empty:
    st.info("Inga tematiserade förslag för det här urvalet.")
    st.stop()
df = common.suppress(df, v.min_documents)

st.caption(
    f"Andel = temats förslag delat med kommunens alla tematiserade förslag. Siffran inom parentes är antalet "
    f"förslag. ”{FEW}” visas där kommunens andelar vilar på färre än {v.min_documents} dokument "
    "(gränsen ändras i sidofältet)."
)

# Heatmap: rows = municipalities, columns = themes.
munis = df.drop_duplicates("municipality_code").sort_values("kommun")
row_labels = [f"{r.kommun} ({num(r.bas_dokument)} dok.)" for r in munis.itertuples()]
themes = sorted(df["tema"].unique())
z = df.pivot_table(index="municipality_code", columns="tema", values="andel", aggfunc="first").reindex(
    index=munis["municipality_code"], columns=themes)
cells = {(r.municipality_code, r.tema): r for r in df.itertuples()}
text = []
for code, few in zip(munis["municipality_code"], munis["bas_dokument"] < v.min_documents):
    row = []
    for t in themes:
        r = cells.get((code, t))
        row.append(FEW if few else (f"{pct(r.andel)}<br>({num(r.forslag)})" if r is not None else "0 %"))
    text.append(row)
# Theme labels come from our taxonomy or topic keywords; plotly renders <br> in text, so the
# labels and names go in escaped (they are ours, but keywords stem from page text).
fig = go.Figure(go.Heatmap(
    z=(z * 100).round(1).values.tolist(),
    x=[common.plain(t) for t in themes], y=[common.plain(r) for r in row_labels],
    # Cell labels only while they fit and stay cheap to draw; hover always shows them.
    text=text, texttemplate="%{text}" if len(row_labels) <= 40 else None, colorscale="Blues", zmin=0, zmax=100,
    colorbar={"title": "Andel %"}, hoverongaps=False, xgap=2, ygap=2,
    hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
))
fig.update_layout(height=max(260, (48 if len(row_labels) <= 40 else 18) * len(row_labels) + 140), margin={"l": 10, "r": 10, "t": 10, "b": 10},
                  yaxis={"autorange": "reversed"}, xaxis={"side": "top"})
st.plotly_chart(fig, key="jamfor_heatmap")

with st.expander("Tabell med antal"):
    table = pd.DataFrame({
        "Kommun": df["kommun"], "Tema": df["tema"], "Förslag": df["forslag"], "Dokument": df["dokument"],
        "Kommunens förslag": df["bas_forslag"], "Kommunens dokument": df["bas_dokument"],
        "Andel": [FEW if u else pct(a) for a, u in zip(df["andel"], df["underlag"])],
    })
    st.dataframe(table, hide_index=True, key="jamfor_tabell")

# --- map ---------------------------------------------------------------------------------
st.subheader("Karta")
theme_ids = queries.themes(key)
theme_label = dict(zip(theme_ids["theme_id"], theme_ids["label"]))
present = [t for t in theme_ids["theme_id"] if theme_label[t] in set(themes)]
if not present:
    st.stop()
theme = st.selectbox("Tema på kartan", present, format_func=lambda t: theme_label.get(t, t), key="jamfor_karttema")
sel = df[df["tema"] == theme_label[theme]].set_index("municipality_code")
base = munis.set_index("municipality_code")
values = pd.DataFrame({
    "share": [None if base.loc[c, "bas_dokument"] < v.min_documents else
              float(sel.loc[c, "andel"]) * 100 if c in sel.index else 0.0 for c in base.index],
    "label": [
        f"{base.loc[c, 'kommun']}: " + (FEW if base.loc[c, "bas_dokument"] < v.min_documents else
                                        f"{pct(sel.loc[c, 'andel']) if c in sel.index else '0 %'} "
                                        f"({num(sel.loc[c, 'forslag']) if c in sel.index else 0} av "
                                        f"{num(base.loc[c, 'bas_forslag'])} förslag)")
        for c in base.index
    ],
}, index=base.index)
spec, how = geo.theme_map(key, values, theme_label[theme])
st.vega_lite_chart(spec, key="jamfor_karta")
st.caption(how)
