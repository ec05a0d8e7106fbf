"""Ladda ner: the theme tables as CSV, Excel or Parquet with the codebook; redacted by default."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import common, db, downloads
from dashboard.common import num

st.title("Ladda ner")
key = common.page_key()
v = common.view()

st.markdown(
    "Temats tabeller med en **kodbok** som förklarar varje kolumn: teman, tema × kommun × målgrupp × period, "
    "teman över tid, förslag per tema och citat."
)
if v.redact:
    st.info("Personuppgifter (namn, e-postadresser, telefonnummer, personnummer) är maskerade i filerna.")
else:
    st.warning("Omaskerad export: filerna innehåller personuppgifter. Hantera dem enligt GDPR.")
try:
    downloads.check_available()
except downloads.ExportUnavailable as exc:
    st.error(f"Exporten är inte tillgänglig: {exc}")
    st.stop()


@st.cache_data(show_spinner=False, max_entries=8)
def _bytes(key_: tuple, fmt: str, redacted: bool) -> bytes:
    con_, _ = db.database(Path(key_[0])).current()
    return downloads.build(db.cursor(con_), fmt, redacted)


@st.cache_data(show_spinner=False, max_entries=4)
def _counts(key_: tuple) -> dict[str, int]:
    con_, _ = db.database(Path(key_[0])).current()
    cur = db.cursor(con_)
    tables = {"teman": "themes", "tema_tabell": "theme_table", "tema_over_tid": "theme_trend",
              "forslag_per_tema": "proposal_themes", "citat": "theme_quotes"}
    out = {}
    for name, table in tables.items():
        try:
            out[name] = cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # names are ours
        except Exception:  # noqa: BLE001 - a table from a newer schema may be missing
            out[name] = 0
    return out


counts = _counts(key)
st.dataframe({"Tabell": list(counts), "Rader": [num(n) for n in counts.values()]}, hide_index=True,
             key="ladda_ner_tabeller")

cols = st.columns(len(downloads.FORMATS))
for col, (fmt, (label, mime, _)) in zip(cols, downloads.FORMATS.items()):
    col.download_button(
        f"Ladda ner {label}",
        data=lambda fmt=fmt: _bytes(key, fmt, v.redact),  # built on click, not on every page view
        file_name=downloads.file_name(fmt, v.redact),
        mime=mime,
        key=f"ladda_ner_{fmt}",
        on_click="ignore",
    )
st.caption("Samma tabeller skrivs av kommandot `dialogkartan export` (maskerat om inte --unredacted anges).")
