"""Källor: crawl coverage and freshness per source, failures from the fetch log."""
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
c = st.columns(4)
c[0].metric("Källor", num(len(cov)))
c[1].metric("Hämtningar", num(cov["hamtningar"].sum()))
c[2].metric("Misslyckade hämtningar", num(cov["misslyckade"].sum()))
c[3].metric("Källor utan dokument", num((cov["dokument"] == 0).sum()))

st.subheader("Täckning och färskhet per källa")
st.caption("Dagar efter senaste = hur långt före den senaste hämtningen i databasen källan senast hämtades.")
st.dataframe(pd.DataFrame({
    "Källa": cov["kalla"], "Kommun": cov["kommun"].fillna("–"), "Län": cov["lan"].fillna("–"),
    "Hämtningar": cov["hamtningar"], "Nya/ändrade": cov["nya_andrade"], "Oförändrade": cov["oforandrade"],
    "Ej relevanta": cov["irrelevanta"], "Misslyckade": cov["misslyckade"], "Dokument": cov["dokument"],
    "Relevanta": cov["relevanta"], "Senast hämtad": [date_sv(x) for x in cov["senast_hamtad"]],
    "Senast publicerat": [date_sv(x) for x in cov["senast_publicerad"]],
    "Dagar efter senaste": cov["dagar_efter_senaste"],
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
