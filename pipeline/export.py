"""Export the theme tables, every proposal and every dialogue event, with a Swedish codebook.

One definition for `dialogkartan export` and the dashboard's Ladda ner page:

- CSV for Swedish Excel: UTF-8 with BOM, `;` between fields, optionally decimal comma; shares
  rounded; codes are text ("0380" keeps its zero in the file; Excel keeps it when the XLSX is
  used or the column is imported as text).
- XLSX: frozen header row, autofilter, column widths; every cell is a value, never a formula.
- Every text cell that a spreadsheet would read as a formula (starting with = + - @ tab or CR)
  is neutralised with a leading apostrophe, in every format meant for spreadsheets.
- Person data is redacted by default (`pipeline.pii.redact` over every free-text column).
"""
from __future__ import annotations

import errno
import gc
import io
import re
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from dialogkartan.errors import UserError, os_error
from dialogkartan.textio import atomic_open
from pipeline.pii import redact as redact_text

try:
    from lxml.etree import SerialisationError as _SerialisationError
except ImportError:  # openpyxl then writes with the standard library, which raises OSError
    _SerialisationError = OSError  # type: ignore[misc,assignment]

FORMATS = ("csv", "xlsx", "parquet")

# A document's municipality is the publisher's own; a region or an organisation credits none.
_CREDITED = "CASE WHEN coalesce(src.kind, 'kommun') = 'kommun' THEN d.municipality_code END"


@dataclass(frozen=True)
class ExportFilter:
    """Which rows to export: counties, municipalities, publication years (inclusive)."""

    counties: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def params(self) -> dict[str, object]:
        return {"counties": list(self.counties), "munis": list(self.municipalities),
                "y0": self.year_from, "y1": self.year_to}

    def slug(self) -> str:
        """The filter in a file name: 'alla', or e.g. 'lan24_kommun2480_2022-2024'."""
        parts = []
        if self.counties:
            parts.append("lan" + "-".join(self.counties))
        if self.municipalities:
            parts.append("kommun" + "-".join(self.municipalities))
        if self.year_from or self.year_to:
            parts.append(f"{self.year_from or ''}-{self.year_to or ''}".strip("-") if self.year_from != self.year_to
                         else str(self.year_from))
        return "_".join(parts) or "alla"


# Filters, by the columns each table has.
_WHERE_PLACE = """(len($counties::VARCHAR[]) = 0 OR list_contains($counties::VARCHAR[], county_code))
  AND (len($munis::VARCHAR[]) = 0 OR list_contains($munis::VARCHAR[], municipality_code))"""
_WHERE_YEAR = """($y0 IS NULL OR try_cast(left(period, 4) AS INTEGER) >= $y0)
  AND ($y1 IS NULL OR try_cast(left(period, 4) AS INTEGER) <= $y1)"""
_WHERE_DATE = """($y0 IS NULL OR year(published_date) >= $y0) AND ($y1 IS NULL OR year(published_date) <= $y1)"""

# table → (SQL, free-text columns to redact). Named parameters: $counties, $munis, $y0, $y1.
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "teman": (
        "SELECT theme_id, label, origin, label_source, description, array_to_string(keywords, ', ') AS keywords,"
        " proposals, documents, municipalities FROM themes ORDER BY proposals DESC NULLS LAST, theme_id",
        (),
    ),
    "tema_tabell": (
        f"SELECT * EXCLUDE (run_id) FROM theme_table WHERE {_WHERE_PLACE} AND {_WHERE_YEAR}"
        " ORDER BY theme_id, municipality_code, target_group, period_kind, period",
        (),
    ),
    "tema_over_tid": (
        f"SELECT * EXCLUDE (run_id) FROM theme_trend WHERE {_WHERE_YEAR} ORDER BY theme_id, period_kind, period",
        (),
    ),
    "forslag": (
        f"""
        SELECT * FROM (
            SELECT p.proposal_id, p.document_id, p.text, s.text AS sentence, p.kind, p.status,
                   array_to_string(p.target_groups, ', ') AS target_groups,
                   pt.theme_id, t.label AS theme_label, pt.assigned_by, pt.confidence, pt.score,
                   {_CREDITED} AS municipality_code, m.name AS municipality_name,
                   coalesce(d.county_code, m.county_code) AS county_code,
                   src.name AS publisher, coalesce(src.kind, 'kommun') AS publisher_kind,
                   d.published, d.published_date, d.url, d.title
            FROM proposals p
            JOIN documents d ON d.document_id = p.document_id
            LEFT JOIN sources src ON src.source_id = d.source_id
            LEFT JOIN municipalities m ON m.municipality_code = {_CREDITED}
            LEFT JOIN sentences s ON s.document_id = p.document_id AND s.sentence_no = p.sentence_no
            LEFT JOIN proposal_themes pt ON pt.proposal_id = p.proposal_id
            LEFT JOIN themes t ON t.theme_id = pt.theme_id
        ) WHERE {_WHERE_PLACE} AND {_WHERE_DATE}
        ORDER BY theme_id NULLS LAST, score DESC NULLS LAST, proposal_id
        """,
        ("text", "sentence", "title"),
    ),
    "dialoger": (
        f"""
        SELECT * FROM (
            SELECT e.document_id, e.event_no, e.date, e.place, e.participants_count, e.participants_qualifier,
                   array_to_string(e.participant_kinds, ', ') AS participant_kinds, d.dialogue_type,
                   array_to_string(d.target_groups, ', ') AS target_groups,
                   src.name AS publisher, coalesce(src.kind, 'kommun') AS publisher_kind,
                   {_CREDITED} AS municipality_code, m.name AS municipality_name,
                   coalesce(d.county_code, m.county_code) AS county_code,
                   (SELECT count(*) FROM proposals p WHERE p.document_id = e.document_id) AS proposals,
                   d.published, d.published_date, d.url, d.title
            FROM events e JOIN documents d ON d.document_id = e.document_id
            LEFT JOIN sources src ON src.source_id = d.source_id
            LEFT JOIN municipalities m ON m.municipality_code = {_CREDITED}
        ) WHERE {_WHERE_PLACE} AND {_WHERE_DATE}
        ORDER BY published_date NULLS LAST, document_id, event_no
        """,
        ("place", "title"),
    ),
    "citat": (
        "SELECT q.theme_id, q.rank, q.proposal_id, q.document_id, q.text, q.similarity, d.url, d.published"
        " FROM theme_quotes q LEFT JOIN documents d USING (document_id) ORDER BY q.theme_id, q.rank",
        ("text",),
    ),
}

# Swedish descriptions of every exported column (the same meaning in every table).
CODEBOOK: dict[str, str] = {
    "theme_id": "Temats stabila id (samma mellan körningar; taxonomins id eller upptackt_NNN; ovrigt = ej tematiserat)",
    "label": "Temats namn på svenska (från taxonomin, nyckelorden eller en manuell ändring)",
    "theme_label": "Temats namn på svenska",
    "origin": "Temats ursprung: taxonomy = ur taxonomin, discovered = upptäckt i materialet, "
              "outlier = förslag utan säkert tema",
    "label_source": "Varifrån namnet kommer: taxonomi, nyckelord eller manuell (config/theme_overrides.yaml)",
    "description": "Beskrivning av temat",
    "keywords": "Temats vanligaste ord (lemman, c-TF-IDF), kommaseparerade",
    "proposals": "Antal förslag",
    "documents": "Antal dokument som förslagen kommer från",
    "municipalities": "Antal kommuner",
    "municipality_code": "Kommunkod (SCB, fyra siffror, text med inledande nolla); tom för regionala utgivare",
    "municipality_name": "Kommunens namn",
    "county_code": "Länskod (SCB, två siffror, text med inledande nolla)",
    "county_name": "Länets namn",
    "target_group": "Målgrupp (barn_och_unga, aldre, funktionsnedsattning, vuxna, vald_i_nara_relationer, okänd); "
                    "'alla' räknar varje förslag en gång",
    "target_groups": "Målgrupper, kommaseparerade",
    "period_kind": "Periodtyp: år eller kvartal",
    "period": "Period: 2024, 2024-K2 eller okänd (dokumentets publiceringsdatum)",
    "cell_proposals": "Alla förslag i samma kommun, målgrupp och period (nämnaren för share)",
    "share": "Andel (0-1, tre decimaler): proposals delat med alla förslag i samma cell (tema_tabell) eller "
             "samma period (tema_over_tid; hela materialet, oberoende av läns- och kommunurval)",
    "score": "Förslagets likhet med temats mittpunkt (cosinus, -1 till 1); hög = typiskt för temat",
    "assigned_by": "Hur temat sattes: klassificerare (taxonomins teman), kluster (ett upptäckt tema), övrigt"
                   " eller granskare (rättat i granskningsappen)",
    "confidence": "Klassificerarens sannolikhet (0-1) för förslagets bästa taxonomitema",
    "similarity": "Citatets likhet med temats mittpunkt (cosinus)",
    "proposal_id": "Förslagets id",
    "document_id": "Dokumentets id (hash av kanonisk URL)",
    "text": "Förslagets text (personuppgifter maskerade om inte omaskerad export valts)",
    "sentence": "Meningen i källan som förslaget står i (maskerad som texten)",
    "kind": "Typ: förslag, behov, fråga eller beslut",
    "status": "Förslagets status där texten anger den (t.ex. bifallen, avslagen, besvarad); tom = okänd",
    "publisher": "Utgivaren av källsidan (registrets namn)",
    "publisher_kind": "Utgivarens typ: kommun, region eller organisation (regionala utgivare räknas inte till en kommun)",
    "published": "Dokumentets publiceringsdatum så exakt som texten anger (2024-06-03, 2024-06 eller 2024)",
    "published_date": "Publiceringsdatumet som datum (första dagen i perioden när texten är mindre exakt)",
    "url": "Källsidans adress",
    "title": "Källsidans rubrik (maskerad som texten)",
    "rank": "Citatets plats bland temats mest typiska förslag (1 = mest typiskt)",
    "event_no": "Dialogtillfällets nummer i dokumentet (0, 1, …)",
    "date": "Dialogtillfällets datum så exakt som texten anger",
    "place": "Plats för dialogen (maskerad som texten)",
    "participants_count": "Antal deltagare enligt texten",
    "participants_qualifier": "Hur säkert antalet är (t.ex. ungefär, drygt, över); tomt = exakt eller okänt",
    "participant_kinds": "Vilka som deltog (invånare, brukare, medarbetare …), kommaseparerade",
    "dialogue_type": "Dialogtyp (t.ex. medborgardialog, brukardialog, regional_dialog, motion)",
}
TABLE_NOTES: dict[str, str] = {
    "teman": "Ett tema per rad",
    "tema_tabell": "Tema × kommun × län × målgrupp × period",
    "tema_over_tid": "Tema × period för hela materialet",
    "forslag": "Ett förslag per rad med källmening, adress och datum",
    "dialoger": "Ett dialogtillfälle per rad",
    "citat": "Temats mest typiska förslag",
}

# Spreadsheet formula triggers (OWASP CSV injection): neutralised with a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ROUND = {"share": 3, "confidence": 3, "score": 3, "similarity": 3}


def neutralise(value: object) -> object:
    """A text cell made inert for spreadsheets ('=1+1' → "'=1+1"); other values unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def frames(con: duckdb.DuckDBPyConnection, filt: ExportFilter | None = None) -> dict[str, pd.DataFrame]:
    """Every table, filtered, unredacted; the TABLES' text columns are what callers redact."""
    filt = filt or ExportFilter()
    out = {}
    for name, (sql, _) in TABLES.items():
        wanted = {k: v for k, v in filt.params().items() if f"${k}" in sql}
        out[name] = con.execute(sql, wanted).df()
    return out


def redacted(tables: dict[str, pd.DataFrame], scrub: Callable[[str, str | None], str]) -> dict[str, pd.DataFrame]:
    """Copies with `scrub(text, document_id)` applied to every free-text column."""
    out = {}
    for name, df in tables.items():
        df = df.copy()
        docs = df["document_id"] if "document_id" in df.columns else pd.Series([None] * len(df), dtype=object)
        for col in TABLES[name][1]:
            df[col] = [scrub(v, d) if isinstance(v, str) and v else v for v, d in zip(df[col], docs)]
        out[name] = df
    return out


def codebook(tables: dict[str, pd.DataFrame], note: str) -> pd.DataFrame:
    """One row per exported column, in Swedish; a column without a description is a bug."""
    rows = []
    for table, df in tables.items():
        rows.append({"tabell": table, "kolumn": "", "typ": "", "beskrivning": TABLE_NOTES.get(table, "")})
        for col in df.columns:
            if col not in CODEBOOK:
                raise UserError(f"export: column {table}.{col} has no codebook entry")
            rows.append({"tabell": table, "kolumn": col, "typ": _kind(df[col]), "beskrivning": CODEBOOK[col]})
    rows.append({"tabell": "", "kolumn": "", "typ": "", "beskrivning": note})
    return pd.DataFrame(rows)


def _kind(s: pd.Series) -> str:
    if pd.api.types.is_integer_dtype(s):
        return "heltal"
    if pd.api.types.is_float_dtype(s):
        return "decimaltal"
    if pd.api.types.is_datetime64_any_dtype(s):
        return "datum"
    return "text"


def spreadsheet_ready(df: pd.DataFrame) -> pd.DataFrame:
    """Rounded shares, dates and lists as text, every text cell neutralised."""
    out = df.copy()
    for col in out.columns:
        if col in _ROUND and pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].round(_ROUND[col])
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
        if pd.api.types.is_object_dtype(out[col]) or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype(object).map(lambda v: neutralise(
                ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else
                v.isoformat() if hasattr(v, "isoformat") and not isinstance(v, str) else v))
    return out


def csv_bytes(df: pd.DataFrame, decimal_comma: bool = False) -> bytes:
    """CSV for Swedish Excel: BOM, `;`, optional decimal comma, neutralised text."""
    return spreadsheet_ready(df).to_csv(index=False, sep=";", decimal="," if decimal_comma else ".",
                                        lineterminator="\r\n").encode("utf-8-sig")


def xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """A workbook: frozen header, autofilter, column widths, only values (no formulas)."""
    buf = io.BytesIO()
    try:
        _fill_workbook(buf, sheets)
    except _SerialisationError as exc:
        # openpyxl streams each sheet through a temp file with lxml, which reports a full disk
        # as SerialisationError('IO_ENOSPC'), not as an OSError.
        code = {"IO_ENOSPC": errno.ENOSPC, "IO_EFBIG": errno.EFBIG, "IO_EDQUOT": errno.EDQUOT}.get(str(exc), errno.EIO)
        error = os_error(OSError(code, str(exc)), "write the workbook's temporary files in", tempfile.gettempdir())
        _drop_failed_writers(exc)
        raise error from None
    return buf.getvalue()


def _drop_failed_writers(exc: BaseException) -> None:
    """Finalise openpyxl's half-written sheet streams now, quietly: each raises the same write
    error again when collected, which Python would print as a traceback at exit."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda u: None if isinstance(u.exc_value, _SerialisationError) else hook(u)
    try:
        traceback.clear_frames(exc.__traceback__)
        exc.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _fill_workbook(buf: io.BytesIO, sheets: dict[str, pd.DataFrame]) -> None:
    from openpyxl.utils import get_column_letter

    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        for name, df in sheets.items():
            ready = spreadsheet_ready(df)
            ready.to_excel(xl, sheet_name=name[:31], index=False)
            ws = xl.sheets[name[:31]]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            for i, col in enumerate(ready.columns, start=1):
                longest = max([len(str(col))] + [len(str(v)) for v in ready[col].head(500) if v is not None])
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
            for row in ws.iter_rows(min_row=2):
                for cell in row:
                    if cell.data_type == "f":  # openpyxl reads a leading '=' as a formula: never from data
                        cell.value, cell.data_type = "'" + str(cell.value), "s"


def file_name(fmt: str, filt: ExportFilter | None = None, redact: bool = True) -> str:
    """Distinct per format and filter: dialogkartan_teman_csv_alla.zip, …_xlsx_lan24_2022-2024.xlsx."""
    ext = "xlsx" if fmt == "xlsx" else "zip"
    slug = re.sub(r"[^A-Za-z0-9_-]", "", (filt or ExportFilter()).slug())
    return f"dialogkartan_teman_{fmt}_{slug}{'' if redact else '_omaskerad'}.{ext}"


def build(tables: dict[str, pd.DataFrame], fmt: str, note: str, decimal_comma: bool = False) -> bytes:
    """The file's bytes: a zip of CSV or Parquet files with the codebook, or one workbook."""
    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r}: use csv, xlsx or parquet")
    book = codebook(tables, note)
    if fmt == "xlsx":
        return xlsx_bytes({"kodbok": book, **tables})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, df in {"kodbok": book, **tables}.items():
            if fmt == "csv":
                zf.writestr(f"{name}.csv", csv_bytes(df, decimal_comma))
            else:  # Parquet keeps types; it is read by programs, not spreadsheets
                part = io.BytesIO()
                df.to_parquet(part, index=False)
                zf.writestr(f"{name}.parquet", part.getvalue())
    return buf.getvalue()


def redaction_note(redact: bool) -> str:
    return "Personuppgifter maskerade" if redact else "OMASKERAD export: innehåller personuppgifter"


def export_tables(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str = "csv", redact: bool = True,
                  filt: ExportFilter | None = None, decimal_comma: bool = False) -> list[Path]:
    """Write one file (zip or xlsx) into `out_dir`; returns [its path]."""
    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r}: use csv, xlsx or parquet")
    tables = frames(con, filt)
    if redact:
        tables = redacted(tables, lambda text, _doc: redact_text(text))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(fmt, filt, redact)
    data = build(tables, fmt, redaction_note(redact), decimal_comma)  # whole in memory before a byte is written
    # A temp file beside the target, fsync, rename: a reader or a failed write never sees half a file,
    # and a failed write leaves the previous export of the same name as it was.
    with atomic_open(path, "wb") as f:
        f.write(data)
    return [path]
