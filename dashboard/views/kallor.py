"""Källor: crawl coverage and freshness per publisher (its sources together), failures from the fetch log."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import common, queries
from dashboard.common import date_sv, num

st.title("Källor")
key = common.page_key()

cov = queries.coverage(key)
if cov.empty:
    st.info("Inga källor registrerade.")
    st.stop()
SUMS = ["hamtningar", "nya_andrade", "oforandrade", "irrelevanta", "misslyckade", "dokument", "relevanta"]
pub = cov.groupby("utgivare", as_index=False).agg(
    kallor=("kalla", lambda s: ", ".join(sorted(set(s)))), antal_kallor=("source_id", "nunique"),
    lan=("lan", "first"), senast_hamtad=("senast_hamtad", "max"), senast_publicerad=("senast_publicerad", "max"),
    dagar=("dagar_efter_senaste", "min"), **{c: (c, "sum") for c in SUMS})

c = st.columns(4)
c[0].metric("Utgivare", num(len(pub)), help=f"{num(len(cov))} källor i registret")
c[1].metric("Hämtningar", num(cov["hamtningar"].sum()))
c[2].metric("Misslyckade hämtningar", num(cov["misslyckade"].sum()))
c[3].metric("Utgivare utan dokument", num((pub["dokument"] == 0).sum()))

st.subheader("Täckning och färskhet per utgivare")
st.caption("En rad per utgivare (en kommun, region eller organisation); flera källor från samma utgivare "
           "räknas ihop. Dagar efter senaste = hur långt före den senaste hämtningen i databasen utgivaren "
           "senast hämtades. En saknad robots.txt (svar 404) är normalt och räknas inte som misslyckad.")
st.dataframe(pd.DataFrame({
    "Utgivare": pub["utgivare"],
    "Källor": [k if n > 1 else "" for k, n in zip(pub["kallor"], pub["antal_kallor"])],
    "Län": pub["lan"].fillna("–"),
    "Hämtningar": pub["hamtningar"], "Nya/ändrade": pub["nya_andrade"], "Oförändrade": pub["oforandrade"],
    "Ej relevanta": pub["irrelevanta"], "Misslyckade": pub["misslyckade"], "Dokument": pub["dokument"],
    "Relevanta": pub["relevanta"], "Senast hämtad": [date_sv(x) for x in pub["senast_hamtad"]],
    "Senast publicerat": [date_sv(x) for x in pub["senast_publicerad"]],
    "Dagar efter senaste": pub["dagar"],
}), hide_index=True, key="kallor_tackning")

st.subheader("Misslyckade hämtningar")
names = dict(zip(cov["source_id"], cov["kalla"]))
chosen = st.multiselect("Källa", list(names), format_func=lambda s: names.get(s, s), key="kallor_kalla",
                        placeholder="Alla källor")
fail = queries.failures(key, tuple(sorted(chosen)))
if fail.empty:
    st.success("Inga misslyckade hämtningar.")
else:
    # Shown as data cells (plain text), never as links or HTML.
    st.dataframe(pd.DataFrame({
        "Hämtad": [date_sv(x) for x in fail["hamtad"]], "Källa": fail["kalla"], "Adress": fail["url"],
        "Status": [("–" if pd.isna(s) else str(int(s))) for s in fail["status"]], "Fel": fail["fel"].fillna(""),
    }), hide_index=True, key="kallor_fel")
