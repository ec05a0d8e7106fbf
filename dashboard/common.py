"""What every page shares: settings, the sidebar's choices, Swedish number formats and safe text.

Crawled text is untrusted. Pages never pass it to HTML; in Markdown every ASCII punctuation
character is backslash-escaped (CommonMark renders an escaped character literally), so
"<script>", "[länk](javascript:…)", "**", "$…$" or ":red[…]" in a page show as typed.
"""
from __future__ import annotations

import html
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pandas as pd
import streamlit as st

from dialogkartan import paths

FEW = "få underlag"
SHOW_UNREDACTED = "visa_omaskerat"  # session-state keys of the sidebar widgets (set in app.py)
MIN_DOCUMENTS = "min_dokument"

TARGET_GROUP_LABELS = {
    "barn_och_unga": "Barn och unga",
    "aldre": "Äldre",
    "funktionsnedsattning": "Funktionsnedsättning",
    "vuxna": "Vuxna",
    "vald_i_nara_relationer": "Våld i nära relationer",
    "okänd": "Okänd målgrupp",
}
# Run records' counts and quality keys in Swedish (unknown keys are shown as they are).
MEASURE_LABELS = {
    "documents": "dokument", "documents_new": "nya dokument", "proposals": "förslag", "events": "dialogtillfällen",
    "themes": "teman", "skipped_non_swedish": "hoppade över (ej svenska)", "words": "ord", "workers": "arbetare",
    "executor": "körsätt", "shard_documents": "dokument per del", "first_shard_documents": "dokument i första delen", "recurring_groups": "återkommande förslag (grupper)",
    "mode": "läge", "coherence_npmi": "temats sammanhang (NPMI)", "outlier_share": "andel utan säkert tema",
    "embedder": "inbäddningsmodell", "stability": "stabilitet (ARI mellan körningar)",
    "classifier.cross_validated.examples": "klassificerare: märkta exempel",
    "classifier.cross_validated.accuracy": "klassificerare: träffsäkerhet, godtagbart tema (korsvalidering)",
    "classifier.cross_validated.accuracy_strict": "klassificerare: träffsäkerhet, föredraget tema (korsvalidering)",
}
VALUE_LABELS = {"taxonomy_assignment": "tilldelning till taxonomin", "clustering": "klustring"}


def measure_label(key: str) -> str:
    return MEASURE_LABELS.get(key, key.replace("_", " "))


KIND_LABELS = {"förslag": "Förslag", "behov": "Behov", "fråga": "Fråga", "beslut": "Beslut"}


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    try:
        from dialogkartan.config import load_settings

        return dict(load_settings().get("dashboard") or {})
    except Exception:  # noqa: BLE001 - a broken settings file must not hide the dashboard
        return {}


def default_min_documents() -> int:
    try:
        return max(1, int(settings().get("min_documents", 3)))
    except (TypeError, ValueError):
        return 3


def redact_by_default() -> bool:
    return bool(settings().get("redact_by_default", True))


def geojson_path() -> Path | None:
    """Municipality boundaries: env DIALOGKARTAN_GEOJSON, setting dashboard.geojson (relative
    to the repository), else the shared reference file when present. Never copied into the repo."""
    configured = os.environ.get("DIALOGKARTAN_GEOJSON") or settings().get("geojson")
    if configured:
        path = Path(configured)
        path = path if path.is_absolute() else paths.ROOT / path
        return path if path.is_file() else None
    default = paths.SHARED_DIR / "reference" / "geodata" / "municipalities.geojson"
    return default if default.is_file() else None


@dataclass(frozen=True)
class View:
    redact: bool
    min_documents: int


def view() -> View:
    """The sidebar's choices (defaults when a page runs on its own)."""
    show = bool(st.session_state.get(SHOW_UNREDACTED, not redact_by_default()))
    n = st.session_state.get(MIN_DOCUMENTS, default_min_documents())
    return View(redact=not show, min_documents=int(n))


# --- numbers -------------------------------------------------------------------------------


def num(n: Any) -> str:
    """12 345 (Swedish thousands separator, a non-breaking space)."""
    if n is None or (isinstance(n, float) and math.isnan(n)):
        return "–"
    return f"{int(n):,}".replace(",", "\u00a0")


def pct(x: Any, decimals: int = 0) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x * 100:.{decimals}f}".replace(".", ",") + "\u00a0%"


def date_sv(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "–"
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return str(value)


def group_label(g: str) -> str:
    return TARGET_GROUP_LABELS.get(g, g)


def share_text(share: Any, few: bool, decimals: int = 0) -> str:
    """'43 %', or '43 % (få underlag)' when the base rests on too few documents: shown, not hidden."""
    return pct(share, decimals) + (f" ({FEW})" if few else "")


def lift_text(lift: Any) -> str:
    """×1,6 (the share divided by the reference share); – when there is no reference."""
    if lift is None or (isinstance(lift, float) and (math.isnan(lift) or math.isinf(lift))):
        return "–"
    return "×" + f"{lift:.1f}".replace(".", ",")


def few_note(min_documents: int) -> str:
    """What "få underlag" means and how to change it, said where the figures are."""
    return (f"”{FEW}” = andelen vilar på färre än {min_documents} dokument och kan svänga mycket; värdet visas "
            "ändå. Gränsen ändras i sidofältet (”Minsta antal dokument bakom en andel”); standardvärdet står i "
            "config/settings.yaml (dashboard.min_documents).")


def suppress(df: pd.DataFrame, min_documents: int, base_col: str = "bas_dokument") -> pd.DataFrame:
    """A copy with 'underlag' True where the share's base has fewer documents than the limit."""
    out = df.copy()
    out["underlag"] = out[base_col] < min_documents
    return out


# --- untrusted text ------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'^%@])")
_SPACE = re.compile(r"\s+")


def md_escape(text: str | None) -> str:
    """Page text made inert for st.markdown: whitespace collapsed, punctuation escaped."""
    if not text:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(text)).strip())


def safe_url(url: str | None) -> str | None:
    """An http(s) URL safe inside a Markdown link, or None (javascript: and friends are dropped)."""
    if not url:
        return None
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return quote(str(url).strip(), safe=":/?&=#%+,;@~!$*'")


def quote_source(row: Any) -> str:
    """The line under a quoted proposal: publisher, publication date, status and a source link
    (Teman's quotes and Återkommande förslag's members show the same facts the same way)."""
    published = row.published if isinstance(row.published, str) and row.published else "okänt datum"
    meta = [md_escape(row.kalla or "okänd källa"), "publicerad " + md_escape(published)]
    if isinstance(row.status, str) and row.status:
        meta.append("status: " + md_escape(row.status))
    url = safe_url(row.url)
    if url:
        meta.append(f"[Källa]({url})")
    return " · ".join(meta)


def plain(text: object) -> str:
    """Text for Plotly labels: Plotly renders a few HTML tags (<a>, <b>, <br>), so escape them."""
    return html.escape(str(text), quote=False)


def highlighted(before: str, quote_: str, after: str) -> str:
    """Markdown: the sentence with the quote in bold between guillemets, all of it escaped."""
    b, q, a = md_escape(before), md_escape(quote_), md_escape(after)
    # Keep the sentence's own spacing; CommonMark only opens/closes ** next to a letter when
    # there is a space, so add one there.
    if b and (before[-1:].isspace() or b[-1:].isalnum()):
        b += " "
    if a and (after[:1].isspace() or a[:1].isalnum()):
        a = " " + a
    return f"{b}**«{q}»**{a}"


_LIST_MARKER = re.compile(r"^\s*(?:[-–•*·]|\d+[.)])\s+")


def strip_marker(text: str | None) -> str:
    """A proposal without the list-item marker ("- ", "• ", "3. ") its source line began with."""
    return _LIST_MARKER.sub("", text or "")


def db_error(message: str) -> None:
    st.error(message)


def page_key() -> tuple:
    """The database fingerprint for this run, or one Swedish error and stop."""
    from dashboard import db, queries

    try:
        return queries.current_key()
    except db.DashboardDbError as exc:
        db_error(str(exc))
        st.stop()
        raise  # unreachable: st.stop() ends the run
