"""Theme exports: every format, a codebook for every column, redaction by default."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from dialogkartan import paths
from dialogkartan.db import connect_readonly, writer

sys.path.insert(0, str(paths.ROOT))
from bench.bench_themes import insert_corpus, make_corpus  # noqa: E402
from pipeline.export import export_tables, redact_text  # noqa: E402
from pipeline.themes import run_themes  # noqa: E402

SECRET = "Kontakta Eva på eva.lind@exempel.se eller 070-123 45 67 om fler bänkar i parken"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "e.duckdb"
    docs, sents, props = make_corpus(16, seed=5)
    props[0]["text"] = SECRET
    with writer(path) as con:
        insert_corpus(con, docs, sents, props)
        run_themes(con, {"themes": {"embedder": "tfidf", "min_docs_for_clustering": 40}})
    return path


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_files_and_codebook_cover_every_column(db: Path, tmp_path: Path, fmt: str) -> None:
    con = connect_readonly(db)
    written = export_tables(con, tmp_path, fmt=fmt)
    con.close()
    names = {p.stem for p in written}
    assert names == {"kodbok", "teman", "tema_tabell", "tema_over_tid", "forslag_per_tema", "citat"}
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    book = read(tmp_path / f"kodbok.{fmt}")
    for path in written:
        if path.stem == "kodbok":
            continue
        df = read(path)
        described = set(book.loc[book["tabell"] == path.stem, "kolumn"])
        assert set(df.columns) == described, path.stem
    props = read(tmp_path / f"forslag_per_tema.{fmt}")
    assert len(props) == 16
    assert book["beskrivning"].str.len().min() > 10


def test_redacted_by_default_and_unredacted_on_request(db: Path, tmp_path: Path) -> None:
    con = connect_readonly(db)
    export_tables(con, tmp_path / "r", fmt="csv")
    export_tables(con, tmp_path / "u", fmt="csv", redact=False)
    con.close()
    redacted = (tmp_path / "r" / "forslag_per_tema.csv").read_text(encoding="utf-8")
    raw = (tmp_path / "u" / "forslag_per_tema.csv").read_text(encoding="utf-8")
    assert "eva.lind@exempel.se" not in redacted and "070-123 45 67" not in redacted
    assert "eva.lind@exempel.se" in raw
    assert "bänkar i parken" in redacted  # the proposal itself survives
    assert "OMASKERAD" in (tmp_path / "u" / "kodbok.csv").read_text(encoding="utf-8")


def test_xlsx_has_codebook_sheet(db: Path, tmp_path: Path) -> None:
    con = connect_readonly(db)
    [path] = export_tables(con, tmp_path, fmt="xlsx")
    con.close()
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets)[0] == "kodbok"
    assert {"teman", "tema_tabell", "tema_over_tid", "forslag_per_tema", "citat"} <= set(sheets)
    assert "Tillgänglighet" in set(sheets["teman"]["label"])


def test_export_redaction_masks_mail_and_phone_but_not_counts_or_years() -> None:
    out = redact_text("Ring 090-16 10 00 eller mejla info@umea.se; 120 deltagare år 2024.")
    assert out == "Ring [telefon] eller mejla [e-post]; 120 deltagare år 2024."
