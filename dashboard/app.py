"""Dialogkartan's dashboard: `streamlit run dashboard/app.py` (or `dialogkartan dashboard`).

Reads the database named by DIALOGKARTAN_DB (default data/dialogkartan.duckdb) read-only.
"""
from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # `streamlit run` puts dashboard/ on the path, not the repository
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from dashboard import common, db, queries  # noqa: E402

st.set_page_config(page_title="Dialogkartan", page_icon="🗺️", layout="wide")

PAGES_DIR = Path(__file__).parent / "pages"
PAGES = [
    st.Page(PAGES_DIR / "oversikt.py", title="Översikt", icon="📊", url_path="oversikt", default=True),
    st.Page(PAGES_DIR / "jamfor.py", title="Jämför kommuner", icon="🗺️", url_path="jamfor"),
    st.Page(PAGES_DIR / "malgrupper.py", title="Målgrupper", icon="👥", url_path="malgrupper"),
    st.Page(PAGES_DIR / "trender.py", title="Trender", icon="📈", url_path="trender"),
    st.Page(PAGES_DIR / "forslag.py", title="Förslag", icon="🔎", url_path="forslag"),
    st.Page(PAGES_DIR / "ladda_ner.py", title="Ladda ner", icon="⬇️", url_path="ladda-ner"),
    st.Page(PAGES_DIR / "kallor.py", title="Källor", icon="🌐", url_path="kallor"),
]
with st.sidebar:
    st.toggle(
        "Visa omaskerad text (forskare)",
        key=common.SHOW_UNREDACTED,
        value=not common.redact_by_default(),
        help="Namn, e-postadresser, telefonnummer och personnummer maskeras som standard.",
    )
    st.number_input(
        "Minsta antal dokument bakom en andel",
        min_value=1,
        max_value=100,
        value=common.default_min_documents(),
        key=common.MIN_DOCUMENTS,
        help="Andelar som vilar på färre dokument visas som ”få underlag”.",
    )

page = st.navigation(PAGES)

try:
    queries.current_key()
except db.DashboardDbError as exc:
    common.db_error(str(exc))
    st.stop()

page.run()
