"""Ladda ner: proposals, dialogue events and theme tables as CSV (Swedish Excel), Excel or
Parquet with a Swedish codebook; filtered by county, municipality and years; redacted by default."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import common, db, downloads, queries
from dashboard.common import num

st.title("Ladda ner")
key = common.page_key()
v = common.view()

st.markdown(
    "Tabellerna med en **kodbok** på svenska som förklarar varje kolumn: alla förslag med källmening, adress och "
    "datum, alla dialogtillfällen, teman, tema × kommun × målgrupp × period, teman över tid och citat. "
    "CSV-filerna öppnas direkt i svenskt Excel (UTF-8 med BOM, semikolon); koder som 0380 är text — öppna "
    "Excel-filen om nollan ska synas utan import."
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
from pipeline import tables_dashboard  # noqa: E402
from pipeline.export import TABLES, ExportFilter  # noqa: E402 - after the availability check

cdf = queries.counties(key)
county_names = dict(zip(cdf["county_code"], cdf["name"]))
mdf = queries.municipalities(key)
c1, c2, c3 = st.columns(3)
counties = c1.multiselect("Län", list(county_names), format_func=lambda c: county_names.get(c, c),
                          key="ladda_ner_lan", placeholder="Alla län")
if counties:
    mdf = mdf[mdf["county_code"].isin(counties)]
muni_names = dict(zip(mdf["municipality_code"], mdf["name"]))
munis = c2.multiselect("Kommuner", list(muni_names), format_func=lambda c: muni_names.get(c, c),
                       key="ladda_ner_kommun", placeholder="Alla kommuner")
first, last = queries.published_range(key)
years = None
if first is not None and last is not None and last.year > first.year:
    picked = c3.slider("Publiceringsår", first.year, last.year, (first.year, last.year), key="ladda_ner_ar")
    years = None if tuple(picked) == (first.year, last.year) else (int(picked[0]), int(picked[1]))
decimal_comma = st.checkbox("Decimalkomma i CSV (0,25 i stället för 0.25)", value=True, key="ladda_ner_komma")
filt = ExportFilter(tuple(sorted(counties)), tuple(sorted(munis)), years[0] if years else None,
                    years[1] if years else None)


@st.cache_data(show_spinner=False, max_entries=8)
def _bytes(key_: tuple, fmt: str, redacted: bool, filt_: ExportFilter, comma: bool) -> bytes:
    con_, _ = db.database(Path(key_[0])).current()
    return downloads.build(db.cursor(con_), fmt, redacted, filt_, comma)


@st.cache_data(show_spinner=False, max_entries=8)
def _counts(key_: tuple, filt_: ExportFilter) -> dict[str, int]:
    con_, _ = db.database(Path(key_[0])).current()
    cur = db.cursor(con_)
    stored: dict[str, tuple[str, int]] = {}
    if filt_ == ExportFilter() and tables_dashboard.EXPORT_COUNTS in queries.precomputed(key_):
        stored = {n: (h, c) for n, h, c in cur.execute(f"SELECT * FROM {tables_dashboard.EXPORT_COUNTS}").fetchall()}
    out = {}
    for name, (sql, _) in TABLES.items():
        if name in stored and stored[name][0] == tables_dashboard.sql_hash(sql):  # written with the data
            out[name] = stored[name][1]
            continue
        try:
            wanted = {k: val for k, val in filt_.params().items() if f"${k}" in sql}
            out[name] = cur.execute(f"SELECT count(*) FROM ({sql})", wanted).fetchone()[0]  # SQL is ours
        except Exception:  # noqa: BLE001 - a table from a newer schema may be missing
            out[name] = 0
    return out


counts = _counts(key, filt)
st.dataframe({"Tabell": list(counts), "Rader": [num(n) for n in counts.values()]}, hide_index=True,
             key="ladda_ner_tabeller")

cols = st.columns(len(downloads.FORMATS))
for col, (fmt, (label, mime)) in zip(cols, downloads.FORMATS.items()):
    col.download_button(
        f"Ladda ner {label}",
        data=lambda fmt=fmt: _bytes(key, fmt, v.redact, filt, decimal_comma),  # built on click
        file_name=downloads.file_name(fmt, v.redact, filt),
        mime=mime,
        key=f"ladda_ner_{fmt}",
        on_click="ignore",
    )
st.caption("Filnamnet säger format och urval. Samma tabeller skrivs av kommandot `dialogkartan export` "
           "(maskerat om inte --unredacted anges).")
