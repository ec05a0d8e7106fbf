"""Export the theme tables (CSV, Excel or Parquet) with a codebook describing every column.

Person data is redacted by default: every free-text column (proposal texts, quotes, titles)
passes through one redaction function, `pipeline.pii.redact` when it exists, else the minimal
e-mail/phone fallback below.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from dialogkartan.errors import UserError
from pipeline.pii import redact as redact_text

# table → (SQL, free-text columns to redact)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "teman": (
        "SELECT theme_id, label, origin, label_source, description, array_to_string(keywords, ', ') AS keywords,"
        " proposals, documents, municipalities, run_id FROM themes ORDER BY proposals DESC NULLS LAST, theme_id",
        (),
    ),
    "tema_tabell": ("SELECT * FROM theme_table ORDER BY theme_id, municipality_code, target_group, period_kind, period", ()),
    "tema_over_tid": ("SELECT * FROM theme_trend ORDER BY theme_id, period_kind, period", ()),
    "forslag_per_tema": (
        "SELECT theme_id, theme_label, assigned_by, confidence, score, proposal_id, document_id, text, action, object, kind,"
        " array_to_string(target_groups, ', ') AS target_groups, municipality_code, municipality_name, county_code,"
        " published, url, title FROM theme_proposals ORDER BY theme_id, score DESC, proposal_id",
        ("text", "action", "object", "title"),
    ),
    "citat": ("SELECT theme_id, rank, proposal_id, document_id, text, similarity, run_id FROM theme_quotes ORDER BY theme_id, rank", ("text",)),
}

# Swedish descriptions of every exported column, per table (None = same meaning everywhere).
CODEBOOK: dict[str, str] = {
    "theme_id": "Temats stabila id (samma mellan körningar; taxonomins id eller upptackt_NNN; ovrigt = ej tematiserat)",
    "label": "Temats namn på svenska (från taxonomin, nyckelorden eller en manuell ändring)",
    "theme_label": "Temats namn på svenska",
    "origin": "taxonomy = tema ur taxonomin, discovered = upptäckt i materialet, outlier = förslag utan säkert tema",
    "label_source": "Varifrån namnet kommer: taxonomi, nyckelord eller manuell (config/theme_overrides.yaml)",
    "description": "Beskrivning av temat",
    "keywords": "Temats vanligaste ord (lemman, c-TF-IDF), kommaseparerade",
    "proposals": "Antal förslag",
    "documents": "Antal dokument som förslagen kommer från",
    "municipalities": "Antal kommuner",
    "run_id": "Temakörningen som skapade raden (se tabellen runs)",
    "municipality_code": "Kommunkod (SCB, fyra siffror)",
    "municipality_name": "Kommunens namn",
    "county_code": "Länskod (SCB, två siffror)",
    "county_name": "Länets namn",
    "target_group": "Målgrupp (barn_och_unga, aldre, funktionsnedsattning, vuxna, vald_i_nara_relationer, okänd); 'alla' räknar varje förslag en gång",
    "target_groups": "Förslagets målgrupper, kommaseparerade",
    "period_kind": "Periodtyp: år eller kvartal",
    "period": "Period: 2024, 2024-K2 eller okänd (dokumentets publiceringsdatum)",
    "cell_proposals": "Alla förslag i samma kommun, målgrupp och period (nämnaren för share)",
    "share": "Andel: proposals delat med alla förslag i samma cell (tema_tabell) eller samma period (tema_over_tid)",
    "score": "Förslagets likhet med temats mittpunkt (cosinus, -1 till 1); hög = typiskt för temat",
    "assigned_by": "Hur temat hittades: klassificerare (taxonomins teman, tränad på märkta exempel), kluster (ett upptäckt tema) eller övrigt (utanför taxonomin)",
    "confidence": "Klassificerarens sannolikhet (0-1) för förslagets bästa taxonomitema; under themes.min_confidence = osäker placering",
    "similarity": "Citatets likhet med temats mittpunkt (cosinus)",
    "proposal_id": "Förslagets id",
    "document_id": "Dokumentets id (hash av kanonisk URL)",
    "text": "Förslagets text (personuppgifter maskerade om inte --unredacted)",
    "action": "Förslagets handling (verb), maskerad som texten",
    "object": "Förslagets objekt, maskerat som texten",
    "kind": "Typ: förslag, behov, fråga eller beslut",
    "published": "Dokumentets publiceringsdatum så exakt som texten anger",
    "url": "Dokumentets adress",
    "title": "Dokumentets rubrik (maskerad som texten)",
    "rank": "Citatets plats bland temats mest typiska förslag (1 = mest typiskt)",
}

def _frames(con: duckdb.DuckDBPyConnection, redact: bool) -> dict[str, pd.DataFrame]:
    scrub = redact_text if redact else None
    frames = {}
    for name, (sql, text_cols) in TABLES.items():
        df = con.execute(sql).df()
        if scrub is not None:
            for col in text_cols:
                df[col] = df[col].map(lambda v: scrub(v) if isinstance(v, str) and v else v)
        frames[name] = df
    return frames


def codebook(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    rows = []
    for table, df in frames.items():
        for col in df.columns:
            if col not in CODEBOOK:
                raise UserError(f"export: column {table}.{col} has no codebook entry")
            rows.append({"tabell": table, "kolumn": col, "typ": str(df[col].dtype), "beskrivning": CODEBOOK[col]})
    return pd.DataFrame(rows)


def export_tables(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str = "csv", redact: bool = True) -> list[Path]:
    """Write the theme tables and a codebook to `out_dir`; returns the files written."""
    if fmt not in {"csv", "xlsx", "parquet"}:
        raise UserError(f"unknown export format {fmt!r}: use csv, xlsx or parquet")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    frames = _frames(con, redact)
    book = codebook(frames)
    note = pd.DataFrame([{"tabell": "-", "kolumn": "-", "typ": "-", "beskrivning":
                          "Personuppgifter maskerade" if redact else "OMASKERAD export: innehåller personuppgifter"}])
    book = pd.concat([book, note], ignore_index=True)
    written: list[Path] = []
    if fmt == "xlsx":
        path = out_dir / "dialogkartan_teman.xlsx"
        with pd.ExcelWriter(path, engine="openpyxl") as xl:
            book.to_excel(xl, sheet_name="kodbok", index=False)
            for name, df in frames.items():
                _excel_safe(df).to_excel(xl, sheet_name=name, index=False)
        return [path]
    for name, df in {"kodbok": book, **frames}.items():
        path = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            df.to_csv(path, index=False, encoding="utf-8")
        else:
            df.to_parquet(path, index=False)
        written.append(path)
    return written


def _excel_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Excel has no list or timezone types; dates become ISO text."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out
