"""Downloads for the Ladda ner page: `pipeline.export`'s tables and codebook, redacted by default.

Tables, filters, formats and file names come from `pipeline.export` (one definition for the CLI
export and the dashboard). Redaction here is the dashboard's own: the pipeline's PII entities of
each row's document (their texts are masked wherever they occur in a text column) plus the rule
detectors; that is fast enough to run on click, where NER over every row would not be.
"""
from __future__ import annotations

from collections import defaultdict

import duckdb

from dashboard.redact import redact

FORMATS = {"csv": ("CSV (zip)", "application/zip"),
           "xlsx": ("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
           "parquet": ("Parquet (zip)", "application/zip")}


class ExportUnavailable(Exception):
    pass


def _export_module():
    try:
        from pipeline import export
    except Exception as exc:  # noqa: BLE001
        raise ExportUnavailable(f"pipeline.export kan inte laddas: {exc}") from exc
    return export


def check_available() -> None:
    _export_module()


def _pii_texts(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    """document_id → [(entity text, label)] of its PII entities."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, text, label in con.execute(
        "SELECT DISTINCT document_id, text, label FROM entities WHERE is_pii AND length(text) >= 2"
    ).fetchall():
        out[doc].append((text, label))
    return out


def _spans_of(text: str, known: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    spans = []
    for needle, label in known:
        start = text.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle), label))
            start = text.find(needle, start + len(needle))
    return spans


def build(con: duckdb.DuckDBPyConnection, fmt: str, redacted: bool, filt=None, decimal_comma: bool = False) -> bytes:
    """The download's bytes (see pipeline.export.build)."""
    export = _export_module()
    if fmt not in FORMATS:
        raise ValueError(f"okänt format {fmt!r}")
    tables = export.frames(con, filt)
    if redacted:
        known = _pii_texts(con)
        tables = export.redacted(tables, lambda text, doc: redact(text, _spans_of(text, known.get(doc, []))) or "")
    return export.build(tables, fmt, export.redaction_note(redacted), decimal_comma)


def file_name(fmt: str, redacted: bool, filt=None) -> str:
    return _export_module().file_name(fmt, filt, redacted)
