"""Jämför kommuner: 2–6 municipalities (or all in the filter) × themes, shares with counts, the
lift against the county or the whole corpus, and a map."""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import common, filters, geo, queries
from dashboard.common import FEW, lift_text, num, pct, share_text

VIA = "via regional dialog"

st.title("Jämför kommuner")
key = common.page_key()
v = common.view()

f = filters.bar("jamfor", key, max_municipalities=6)
ref = st.radio("Överrepresentation jämfört med", ["lan", "alla"], horizontal=True, key="jamfor_referens",
               format_func=lambda r: "kommunens län" if r == "lan" else "hela materialet")
# On by default (the URL says regional=0 when off): a regional dialogue counts for the
# municipalities its text names, shown apart as "via regional dialog".
if "jamfor_regional" not in st.session_state:
    st.session_state["jamfor_regional"] = st.query_params.get("regional") != "0"
regional = st.toggle(f"Räkna regionala dialoger för länets kommuner som texten nämner (märks ”{VIA}”)",
                     key="jamfor_regional",
                     help="En region eller ett förbund räknas aldrig som kommun. Deras förslag räknas här också för "
                          "de kommuner i länet som dialogens text nämner, och visas som ”via regional dialog”.")
if regional:
    st.query_params.pop("regional", None)
else:
    st.query_params["regional"] = "0"

df = queries.theme_by_municipality(key, f, regional=regional)
if df.empty:
    st.info("Inga tematiserade förslag för det här urvalet.")
    st.stop()
df = common.suppress(df, v.min_documents)
df["referens"] = df["andel_lan"] if ref == "lan" else df["andel_alla"]
df["lift"] = df["andel"] / df["referens"]
if len(f.municipalities) == 1:
    st.caption("Välj minst två kommuner för att jämföra dem sida vid sida (upp till sex).")

st.caption(
    "Andel = temats förslag delat med kommunens alla tematiserade förslag (siffran inom parentes är antalet "
    "förslag). ×1,6 = temat är 1,6 gånger så vanligt i kommunen som i "
    + ("kommunens län" if ref == "lan" else "hela materialet")
    + " (samma målgrupp och period); under ×1 = ovanligare. " + common.few_note(v.min_documents)
)

# Heatmap: rows = municipalities, columns = themes; colour = share, label = share, count, lift.
munis = df.drop_duplicates("municipality_code").sort_values("kommun")
few_muni = dict(zip(munis["municipality_code"], munis["bas_dokument"] < v.min_documents))
row_labels = [f"{r.kommun} ({num(r.bas_dokument)} dok.)" + (" *" if few_muni[r.municipality_code] else "")
              + (" †" if r.bas_via_regional else "") for r in munis.itertuples()]
themes = sorted(df["tema"].unique())
z = df.pivot(index="municipality_code", columns="tema", values="andel").reindex(
    index=munis["municipality_code"], columns=themes).fillna(0.0)
# Column-wise: a national corpus gives thousands of cells, and per-row objects are slow.
df["cell"] = [f"{pct(a)} ({num(n)})<br>{lift_text(x)}" + (f"<br>{num(r)} {VIA}" if r else "")
              for a, n, x, r in zip(df["andel"], df["forslag"], df["lift"], df["via_regional"])]
text = df.pivot(index="municipality_code", columns="tema", values="cell").reindex(
    index=munis["municipality_code"], columns=themes).fillna("0 %").to_numpy()
# Theme labels wrap instead of rotating; labels and names go in escaped (plotly renders <br>).
x_labels = ["<br>".join(textwrap.wrap(common.plain(t), 16)) for t in themes]
labelled = len(row_labels) <= 40
fig = go.Figure(go.Heatmap(
    z=(z * 100).round(1).to_numpy(dtype=float), x=x_labels, y=[common.plain(r) for r in row_labels],
    text=text, texttemplate="%{text}" if labelled else None, textfont={"size": 13},
    colorscale="Blues", zmin=0, zmax=100, colorbar={"title": {"text": "Andel %"}}, xgap=2, ygap=2,
    hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
))
fig.update_layout(height=max(300, (56 if labelled else 18) * len(row_labels) + 170),
                  margin={"l": 10, "r": 10, "t": 10, "b": 10}, font={"size": 13},
                  yaxis={"autorange": "reversed", "title": {"text": "Kommun"}},
                  xaxis={"side": "top", "tickangle": 0, "title": {"text": "Tema"}})
st.plotly_chart(fig, key="jamfor_heatmap")
if any(few_muni.values()):
    st.caption(f"* {FEW}: kommunens förslag kommer från färre än {v.min_documents} dokument.")
if munis["bas_via_regional"].any():
    st.caption(f"† Kommunen har förslag {VIA}: en regional dialog vars text nämner kommunen "
               "(siffran står under cellen och i tabellen).")

reg = queries.regional(key, f)
if not reg.empty:
    per = "; ".join(f"{common.plain(r.utgivare)} {num(r.forslag)} förslag" + (
        f", varav {num(r.krediterade)} i dialoger som nämner {num(r.kommuner)} av länets kommuner" if r.kommuner else "")
        for r in reg.itertuples())
    st.caption("Regionala utgivare (regioner, förbund) är ingen kommun: " + per + ". "
               + (f"De förslagen räknas också för de nämnda kommunerna, märkta {VIA}. " if regional
                  else "De räknas inte för någon kommun (slå på regionala dialoger ovan). ")
               + "Alla ingår en gång i länets och hela materialets andelar.")

with st.expander("Tabell med antal", expanded=True):
    table = pd.DataFrame({
        "Kommun": df["kommun"], "Tema": df["tema"], "Förslag": df["forslag"], "Dokument": df["dokument"],
        "Varav via regional dialog": df["via_regional"],
        "Kommunens förslag": df["bas_forslag"], "Kommunens dokument": df["bas_dokument"],
        "Andel": [share_text(a, u) for a, u in zip(df["andel"], df["underlag"])],
        "Andel i länet": [pct(x) for x in df["andel_lan"]],
        "Andel i hela materialet": [pct(x) for x in df["andel_alla"]],
        "Överrepresentation": [lift_text(x) for x in df["lift"]],
    })
    st.dataframe(table, hide_index=True, key="jamfor_tabell")

# --- map ---------------------------------------------------------------------------------
st.subheader("Karta")
tdf = queries.themes(key)
theme_label = dict(zip(tdf["theme_id"], tdf["label"]))
# Themes with data in this filter, the largest first: the map opens on one that has data.
by_size = df.groupby("theme_id")["forslag"].sum().sort_values(ascending=False)
present = [t for t in by_size.index if t in theme_label]
if st.session_state.get("jamfor_karttema") not in present:
    st.session_state.pop("jamfor_karttema", None)
theme = st.selectbox("Tema på kartan", present, format_func=lambda t: theme_label.get(t, t), key="jamfor_karttema")
sel = df[df["theme_id"] == theme].set_index("municipality_code").reindex(munis["municipality_code"])
values = pd.DataFrame({
    "share": (sel["andel"].fillna(0.0) * 100).astype(float).tolist(),
    "label": [
        f"{name}: {pct(a) if not pd.isna(a) else '0 %'} ({num(n) if not pd.isna(n) else 0} av {num(b)} förslag)"
        + (f", {FEW}" if few else "")
        for name, a, n, b, few in zip(munis["kommun"], sel["andel"], sel["forslag"], munis["bas_forslag"],
                                      munis["bas_dokument"] < v.min_documents)
    ],
}, index=munis["municipality_code"].tolist())
spec, how = geo.theme_map(key, values, theme_label[theme])
st.vega_lite_chart(spec, key="jamfor_karta")
st.caption(how)
