"""Exports: one file per format and filter, Swedish-Excel CSV, a safe XLSX, a complete Swedish
codebook, every proposal with its source, dialogue events, formula injection neutralised, redaction."""
from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dialogkartan import paths
from dialogkartan.db import connect_readonly, writer

sys.path.insert(0, str(paths.ROOT))
from bench.bench_themes import insert_corpus, make_corpus  # noqa: E402
from pipeline.export import CODEBOOK, ExportFilter, export_tables, file_name, neutralise, redact_text  # noqa: E402
from pipeline.themes import run_themes  # noqa: E402

SECRET = "Kontakta Eva på eva.lind@exempel.se eller 070-123 45 67 om fler bänkar i parken"
INJECTION = '=HYPERLINK("https://evil.example","klicka")'
TABLES = {"kodbok", "teman", "tema_tabell", "tema_over_tid", "forslag", "dialoger", "citat"}
CODES = {"municipality_code": str, "county_code": str}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "e.duckdb"
    docs, sents, props = make_corpus(16, seed=5, n_municipalities=4)  # Nordmaling, Umeå, Stockholm 0180, Göteborg
    props[0]["text"] = SECRET
    props[1]["text"] = INJECTION
    with writer(path) as con:
        insert_corpus(con, docs, sents, props)
        run_themes(con, {"themes": {"embedder": "tfidf", "min_docs_for_clustering": 40}})
        con.execute("INSERT INTO events VALUES (?, 0, 0, 0, 10, '2023-05-04', 'Örebro slott', 40, 'ungefär', ['invånare'])",
                    [docs[0]["document_id"]])
    return path


def _csvs(path: Path, dtype: type | dict = CODES) -> dict[str, pd.DataFrame]:
    with zipfile.ZipFile(path) as zf:
        return {n.removesuffix(".csv"): pd.read_csv(io.BytesIO(zf.read(n)), sep=";", encoding="utf-8-sig",
                                                     dtype=dtype, keep_default_na=False)
                for n in zf.namelist()}


def _export(db: Path, out: Path, **kw) -> Path:
    con = connect_readonly(db)
    try:
        [path] = export_tables(con, out, **kw)
    finally:
        con.close()
    return path


def test_csv_opens_as_swedish_excel_reads_it_with_a_complete_codebook(db: Path, tmp_path: Path) -> None:
    path = _export(db, tmp_path, fmt="csv")
    assert path.name == "dialogkartan_teman_csv_alla.zip"
    raw = zipfile.ZipFile(path).read("forslag.csv")
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]  # BOM, semicolons
    tables = _csvs(path)
    assert set(tables) == TABLES
    book = tables["kodbok"]
    for name, df in tables.items():
        if name != "kodbok":
            assert set(df.columns) == set(book.loc[book["tabell"] == name, "kolumn"]) - {""}, name
    assert all(book.loc[book["kolumn"] != "", "beskrivning"].str.len() > 10)
    assert not any("runs" in d for d in book["beskrivning"])  # no reference to a table not exported
    props = tables["forslag"]
    assert len(props) == 16 and list(props.columns[:3]) == ["proposal_id", "document_id", "text"]
    assert (props["sentence"] != "").all() and props["url"].str.startswith("https://").all()
    assert (props["published"] != "").all()
    assert "0180" in set(props["municipality_code"]) and "01" in set(props["county_code"])  # leading zeros kept
    assert any("Göteborg" in t for t in props["title"])  # Swedish letters survive
    events = tables["dialoger"]
    assert list(events["place"]) == ["Örebro slott"] and list(events["participants_qualifier"]) == ["ungefär"]


def test_every_spreadsheet_cell_that_could_be_a_formula_is_neutralised(db: Path, tmp_path: Path) -> None:
    props = _csvs(_export(db, tmp_path, fmt="csv"))["forslag"]
    assert "'" + INJECTION in set(props["text"])
    assert not any(str(v).startswith(("=", "+", "-", "@", "\t", "\r")) for v in props.to_numpy().ravel())
    assert [neutralise(x) for x in ["=1+1", "+46", "-5", "@A1", "\tx", "\rx", "fler bänkar", 3]] == [
        "'=1+1", "'+46", "'-5", "'@A1", "'\tx", "'\rx", "fler bänkar", 3]


def test_decimal_comma_and_rounded_shares(db: Path, tmp_path: Path) -> None:
    comma = _csvs(_export(db, tmp_path / "k", fmt="csv", decimal_comma=True), str)["tema_tabell"]
    dot = _csvs(_export(db, tmp_path / "p", fmt="csv"), str)["tema_tabell"]
    shares = [float(s) for s in dot["share"]]
    assert all(len(s.split(".")[-1]) <= 3 for s in dot["share"])  # rounded to three decimals
    assert [float(s.replace(",", ".")) for s in comma["share"]] == shares
    assert any("," in s for s in comma["share"])


def test_xlsx_frozen_header_filters_widths_text_codes_and_no_formulas(db: Path, tmp_path: Path) -> None:
    path = _export(db, tmp_path, fmt="xlsx")
    assert path.name == "dialogkartan_teman_xlsx_alla.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "kodbok" and TABLES <= set(wb.sheetnames)
    ws = wb["forslag"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["proposal_id", "document_id", "text"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == ws.dimensions
    assert ws.column_dimensions["C"].width > 20
    col = header.index("municipality_code") + 1
    codes = {ws.cell(r, col).value for r in range(2, ws.max_row + 1)}
    assert "0180" in codes and all(isinstance(c, str) for c in codes if c is not None)
    texts = [ws.cell(r, header.index("text") + 1).value for r in range(2, ws.max_row + 1)]
    assert "'" + INJECTION in texts
    for sheet in wb:
        assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row), sheet.title
    assert "Örebro slott" in [c.value for c in wb["dialoger"]["D"]]


def test_file_names_differ_by_format_and_filter(db: Path, tmp_path: Path) -> None:
    assert file_name("parquet") == "dialogkartan_teman_parquet_alla.zip" != file_name("csv")
    f = ExportFilter(counties=("01",), year_from=2022, year_to=2023)
    assert file_name("csv", f) == "dialogkartan_teman_csv_lan01_2022-2023.zip"
    assert file_name("xlsx", ExportFilter(year_from=2024, year_to=2024), redact=False) == \
        "dialogkartan_teman_xlsx_2024_omaskerad.xlsx"
    path = _export(db, tmp_path, fmt="csv", filt=ExportFilter(counties=("01",)))
    props = _csvs(path)["forslag"]
    assert len(props) > 0 and set(props["county_code"]) == {"01"}
    with zipfile.ZipFile(_export(db, tmp_path / "pq", fmt="parquet")) as zf:
        assert {n.removesuffix(".parquet") for n in zf.namelist()} == TABLES


def test_redacted_by_default_and_unredacted_on_request(db: Path, tmp_path: Path) -> None:
    redacted = " ".join(_csvs(_export(db, tmp_path / "r", fmt="csv"))["forslag"]["text"])
    raw_tables = _csvs(_export(db, tmp_path / "u", fmt="csv", redact=False))
    raw = " ".join(raw_tables["forslag"]["text"])
    assert "eva.lind@exempel.se" not in redacted and "070-123 45 67" not in redacted
    assert "eva.lind@exempel.se" in raw
    assert "bänkar i parken" in redacted  # the proposal itself survives
    assert "OMASKERAD" in " ".join(raw_tables["kodbok"]["beskrivning"])


def test_codebook_describes_every_column_in_swedish() -> None:
    assert all(len(v) > 10 for v in CODEBOOK.values())
    assert "taxonomy = ur taxonomin" in CODEBOOK["origin"]


def test_export_redaction_masks_mail_and_phone_but_not_counts_or_years() -> None:
    out = redact_text("Ring 090-16 10 00 eller mejla info@umea.se; 120 deltagare år 2024.")
    assert out == "Ring [telefon] eller mejla [e-post]; 120 deltagare år 2024."


# --- atomic writes: an export appears whole or not at all -------------------------------------------

PREVIOUS = b"PK the previous export, whole\n" * 40


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if ".tmp-" in p.name)


def test_a_write_failing_midway_leaves_the_previous_export_whole(db: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import errno

    from dialogkartan.errors import UserError
    from pipeline import export

    target = tmp_path / file_name("csv")
    target.write_bytes(PREVIOUS)
    real_open = export.atomic_open
    written: list[int] = []

    class HalfWriter:
        """Writes the first half for real, then fails as a full disk does."""

        def __init__(self, f) -> None:
            self.f = f

        def write(self, data: bytes) -> int:
            self.f.write(data[: len(data) // 2])
            self.f.flush()
            written.append(os.fstat(self.f.fileno()).st_size)
            raise OSError(errno.ENOSPC, "No space left on device")

    @contextlib.contextmanager
    def failing_open(path: Path, mode: str = "w", encoding: str | None = "utf-8"):
        with real_open(path, mode, encoding) as f:
            yield HalfWriter(f)

    monkeypatch.setattr(export, "atomic_open", failing_open)
    with pytest.raises(UserError, match="disk is full"):
        _export(db, tmp_path, fmt="csv")
    assert written and written[0] > 1000  # the temp file really held half an export
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cli_export_on_a_disk_that_fills_midway_keeps_the_previous_file(db: Path, tmp_path: Path, fmt: str) -> None:
    """A real short write: the child may write only half the export's bytes (RLIMIT_FSIZE, EFBIG).
    CSV is built in memory, so its own temp file is cut short; XLSX fails earlier, in openpyxl's
    temp files, which lxml reports as its own error rather than an OSError."""
    import resource
    import signal
    import subprocess

    size = _export(db, tmp_path / "whole", fmt=fmt).stat().st_size
    out = tmp_path / "ut"
    out.mkdir()
    target = out / file_name(fmt)
    target.write_bytes(PREVIOUS)

    def half_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))

    env = {**os.environ, "DIALOGKARTAN_HOME": str(tmp_path / "home")}
    env.pop("DIALOGKARTAN_DB", None)
    proc = subprocess.run([sys.executable, "-m", "dialogkartan.cli", "export", "--db", str(db), "--format", fmt,
                           "-o", str(out)], cwd=paths.ROOT, env=env, capture_output=True, text=True,
                          preexec_fn=half_disk, timeout=600)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "disk is full" in lines[0], proc.stderr
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(out) == []
