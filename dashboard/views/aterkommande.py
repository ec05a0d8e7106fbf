"""Återkommande förslag: needs raised again and again, across municipalities and years, linked
by meaning (pipeline.tables_dashboard writes the groups when the data is written)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import common, filters, queries
from dashboard.common import date_sv, md_escape, num
from dashboard.redact import redact

st.title("Återkommande förslag")
key = common.page_key()
v = common.view()

if not queries.has_recurring(key):
    st.info("Databasen saknar tabellen över återkommande förslag: den skrivs av `dialogkartan run`.")
    st.stop()
f = filters.bar("aterkommande", key)
minm = st.slider("Minst antal kommuner", 1, 10, 2, key="aterkommande_min")
df = queries.recurring(key, f, int(minm))
if df.empty:
    st.info("Inga återkommande förslag för det här urvalet.")
    st.stop()
model, threshold = df["modell"].iloc[0], float(df["troskel"].iloc[0])
st.caption(
    f"Förslag med samma innebörd är länkade när deras meningsvektorer ({md_escape(model)}) har likhet ≥ "
    f"{threshold:.2f}".replace(".", ",") + ". Tröskeln är vald på handkontrollerade par "
    "(eval/recurring/pairs.yaml): ungefär sju av tio länkar gäller samma behov, så läs grupperna som förslag "
    "att granska. Regionala utgivare räknas inte som kommuner."
)


def _clean(text: object) -> str:
    text = common.strip_marker(text if isinstance(text, str) else "")
    return (redact(text) or "") if v.redact else text


table = pd.DataFrame({
    "Förslag (typiskt)": [_clean(t) for t in df["text"]],
    "Kommuner": df["kommuner"],
    "Förslag": df["forslag"],
    "Först": [date_sv(x) for x in df["forst"]],
    "Senast": [date_sv(x) for x in df["senast"]],
    "År": df["ar"],
    "Kommunnamn": [", ".join(k) if k is not None else "" for k in df["kommunnamn"]],
})
st.markdown(f"**{num(len(df))} återkommande behov** i urvalet")
st.dataframe(table, hide_index=True, key="aterkommande_tabell")

st.subheader("Förslagen i en grupp")
labels = dict(zip(df["group_id"], [f"{_clean(t)} ({num(k)} kommuner)" for t, k in zip(df["text"], df["kommuner"])]))
pick = st.selectbox("Grupp", list(labels), format_func=labels.get, key="aterkommande_grupp")
members = queries.recurring_members(key, int(pick))
n = int(df.loc[df["group_id"] == pick, "forslag"].iloc[0])
if n > len(members):
    st.caption(f"De {num(len(members))} äldsta av {num(n)} förslag i gruppen (alla finns under Förslag och Ladda ner).")
for m in members.itertuples():
    st.markdown(f"- «{md_escape(_clean(m.text))}» · " + common.quote_source(m))
