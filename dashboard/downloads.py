"""Downloads for the Ladda ner page: the theme tables with their codebook, redacted by default.

The tables and the codebook come from `pipeline.export` (one definition for the CLI export
and the dashboard). Redaction here is the dashboard's own: the pipeline's PII entities of each
row's document (their texts are masked wherever they occur in a text column) plus the rule
detectors; that is fast enough to run on click, where NER over every row would not be.
"""
from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Callable

import duckdb
import pandas as pd

from dashboard.redact import redact

FORMATS = {"csv": ("CSV (zip)", "application/zip", "zip"),
           "xlsx": ("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
           "parquet": ("Parquet (zip)", "application/zip", "zip")}


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


def frames(con: duckdb.DuckDBPyConnection, redacted: bool) -> dict[str, pd.DataFrame]:
    export = _export_module()
    known = _pii_texts(con) if redacted else {}
    out: dict[str, pd.DataFrame] = {}
    for name, (sql, text_cols) in export.TABLES.items():
        df = con.execute(sql).df()
        if redacted and text_cols:
            docs = df["document_id"] if "document_id" in df.columns else pd.Series([None] * len(df))
            for col in text_cols:
                df[col] = [
                    redact(v, _spans_of(v, known.get(d, []))) if isinstance(v, str) and v else v
                    for v, d in zip(df[col], docs)
                ]
        out[name] = df
    return out


def codebook(tables: dict[str, pd.DataFrame], redacted: bool) -> pd.DataFrame:
    book = _export_module().codebook(tables)
    note = "Personuppgifter maskerade" if redacted else "OMASKERAD export: innehåller personuppgifter"
    return pd.concat([book, pd.DataFrame([{"tabell": "-", "kolumn": "-", "typ": "-", "beskrivning": note}])],
                     ignore_index=True)


def build(con: duckdb.DuckDBPyConnection, fmt: str, redacted: bool) -> bytes:
    """The download's bytes: a zip of CSV or Parquet files, or one Excel workbook."""
    if fmt not in FORMATS:
        raise ValueError(f"okänt format {fmt!r}")
    tables = frames(con, redacted)
    book = codebook(tables, redacted)
    buf = io.BytesIO()
    if fmt == "xlsx":
        safe: Callable[[pd.DataFrame], pd.DataFrame] = _export_module()._excel_safe
        with pd.ExcelWriter(buf, engine="openpyxl") as xl:
            book.to_excel(xl, sheet_name="kodbok", index=False)
            for name, df in tables.items():
                safe(df).to_excel(xl, sheet_name=name[:31], index=False)
        return buf.getvalue()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, df in {"kodbok": book, **tables}.items():
            if fmt == "csv":
                zf.writestr(f"{name}.csv", df.to_csv(index=False).encode("utf-8"))
            else:
                part = io.BytesIO()
                df.to_parquet(part, index=False)
                zf.writestr(f"{name}.parquet", part.getvalue())
    return buf.getvalue()


def file_name(fmt: str, redacted: bool) -> str:
    return f"dialogkartan_teman{'' if redacted else '_omaskerad'}.{FORMATS[fmt][2]}"
