"""Dialogkartan's dashboard: `streamlit run dashboard/app.py` (or `dialogkartan dashboard`).

Reads the database named by DIALOGKARTAN_DB (default data/dialogkartan.duckdb) read-only.
"""
from __future__ import annotations

from pathlib import Path

# The project is installed (`make setup`: pip install -e .), so its packages import from anywhere;
# no repository root is computed here (dialogkartan.paths is the one place).

import streamlit as st  # noqa: E402

from dashboard import common, db, queries  # noqa: E402

# No icons: Streamlit fetches Material icons from Google, and the dashboard runs offline.
st.set_page_config(page_title="Dialogkartan", layout="wide")

# Not "pages/": Streamlit treats a pages/ directory beside the entry script as a v1 multipage
# app and, when a page URL is opened directly, runs that file without this script (no sidebar,
# no page config, no st.navigation).
PAGES_DIR = Path(__file__).parent / "views"
PAGES = [
    st.Page(PAGES_DIR / "oversikt.py", title="Översikt", url_path="oversikt", default=True),
    st.Page(PAGES_DIR / "jamfor.py", title="Jämför kommuner", url_path="jamfor"),
    st.Page(PAGES_DIR / "malgrupper.py", title="Målgrupper", url_path="malgrupper"),
    st.Page(PAGES_DIR / "trender.py", title="Trender", url_path="trender"),
    st.Page(PAGES_DIR / "dialoger.py", title="Dialoger", url_path="dialoger"),
    st.Page(PAGES_DIR / "teman.py", title="Teman", url_path="teman"),
    st.Page(PAGES_DIR / "aterkommande.py", title="Återkommande förslag", url_path="aterkommande"),
    st.Page(PAGES_DIR / "forslag.py", title="Förslag", url_path="forslag"),
    st.Page(PAGES_DIR / "ladda_ner.py", title="Ladda ner", url_path="ladda-ner"),
    st.Page(PAGES_DIR / "kallor.py", title="Källor", url_path="kallor"),
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
