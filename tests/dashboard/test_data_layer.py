"""The data layer: database errors in Swedish, reopen on publish, fts search, redaction, downloads."""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import APP, run_ok

from dashboard import common, db, downloads, queries, search
from dashboard.redact import redact
from dialogkartan.db import latest_version, migrate, writer
from pipeline.search_index import build_search_index


def _app(monkeypatch: pytest.MonkeyPatch, db_file: Path):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("DIALOGKARTAN_DB", str(db_file))
    return AppTest.from_file(APP, default_timeout=60).run()


def test_missing_database_gives_one_swedish_message(isolated_home, monkeypatch, tmp_path):
    at = _app(monkeypatch, tmp_path / "finns_inte.duckdb")
    assert not at.exception
    assert len(at.error) == 1
    assert "Ingen databas hittades" in at.error[0].value and "dialogkartan demo" in at.error[0].value


@pytest.mark.parametrize("kind", ["other_duckdb", "garbage", "partial"])
def test_foreign_file_is_not_a_dialogkartan_database(isolated_home, monkeypatch, tmp_path, kind):
    path = tmp_path / "annan.duckdb"
    if kind == "garbage":
        path.write_bytes("det här är ingen databas\n".encode() * 100)
    else:
        con = duckdb.connect(str(path))
        con.execute("CREATE TABLE kunder (id INTEGER)")
        if kind == "partial":
            con.execute("CREATE TABLE schema_version (version INTEGER)")
        con.close()
    at = _app(monkeypatch, path)
    assert not at.exception
    assert len(at.error) == 1 and "inte en Dialogkartan-databas" in at.error[0].value


@pytest.mark.parametrize("age", ["older", "newer"])
def test_database_of_another_schema_is_refused_in_one_swedish_line(isolated_home, monkeypatch, tmp_path,
                                                                    fixture_db_path, age):
    path = tmp_path / f"{age}.duckdb"
    latest = latest_version()
    if age == "older":  # one migration behind: the pages would query columns it lacks
        con = duckdb.connect(str(path))
        migrate(con, upto=latest - 1)
    else:
        shutil.copyfile(fixture_db_path, path)
        con = duckdb.connect(str(path))
        con.execute("INSERT INTO schema_version (version, name) VALUES (?, 'framtid')", [latest + 1])
    con.close()
    at = _app(monkeypatch, path)
    assert not at.exception
    assert len(at.error) == 1 and "\n" not in at.error[0].value
    wanted = f"`dialogkartan run --db {path}`" if age == "older" else "Uppdatera Dialogkartan"
    assert f"har schema v{latest - 1 if age == 'older' else latest + 1}" in at.error[0].value
    assert wanted in at.error[0].value


def test_reader_follows_the_writers_atomic_publish(fixture_db_path, tmp_path):
    path = tmp_path / "dialogkartan.duckdb"
    shutil.copyfile(fixture_db_path, path)
    handle = db.ReadOnlyDb(path)
    con, fp1 = handle.current()
    assert db.cursor(con).execute("SELECT count(*) FROM documents").fetchone()[0] == 15
    held = db.cursor(con)  # a query in flight in another session keeps working
    with writer(path) as w:
        w.execute("INSERT INTO documents (document_id, url, canonical_url, text, content_hash, municipality_code)"
                  " VALUES ('ny', 'https://www.umea.se/ny', 'https://www.umea.se/ny', 'Ny dialog.', 'h', '2480')")
    con2, fp2 = handle.current()
    assert fp2 != fp1 and fp2.inode != fp1.inode
    assert db.cursor(con2).execute("SELECT count(*) FROM documents").fetchone()[0] == 16
    assert held.execute("SELECT count(*) FROM documents").fetchone()[0] == 15
    handle.close()


def test_cached_queries_are_keyed_on_the_file(fixture_db_path, tmp_path, monkeypatch):
    path = tmp_path / "dialogkartan.duckdb"
    shutil.copyfile(fixture_db_path, path)
    monkeypatch.setenv("DIALOGKARTAN_DB", str(path))
    k1 = queries.current_key()
    assert queries.overview(k1)["documents"] == 15
    with writer(path) as w:
        w.execute("DELETE FROM proposal_themes")
        w.execute("DELETE FROM proposals")
    k2 = queries.current_key()
    assert k2 != k1 and queries.overview(k2)["proposals"] == 0


def test_search_uses_the_file_index_built_by_the_writer(fixture_db_path, tmp_path):
    path = tmp_path / "dialogkartan.duckdb"
    shutil.copyfile(fixture_db_path, path)
    mem = db.open_readonly(path)
    fallback = search.search(mem, db.CATALOG, "trygghetsvandringarna")  # in-memory index
    assert not search.has_file_index(mem.cursor(), db.CATALOG)
    mem.close()
    with writer(path) as w:
        assert build_search_index(w) == 22  # the writer's side (pipeline.search_index)
    con = db.open_readonly(path)
    assert search.has_file_index(con.cursor(), db.CATALOG)
    hits = search.search(con, db.CATALOG, "trygghetsvandringarna")
    texts = [db.cursor(con).execute("SELECT text FROM proposals WHERE proposal_id = ?", [h[0]]).fetchone()[0]
             for h in hits]
    assert texts == ["Invånarna föreslog fler trygghetsvandringar i centrum."]
    assert [h[0] for h in fallback] == [h[0] for h in hits]
    # Stems: "boendet"/"boenden" and "äldreboende" are different words; å, ä, ö are kept.
    assert len(search.search(con, db.CATALOG, "lekplatsen")) == 1
    assert search.search(con, db.CATALOG, "'; DROP TABLE proposals; --") == []
    assert db.cursor(con).execute("SELECT count(*) FROM proposals").fetchone()[0] == 22
    con.close()


def test_the_search_index_is_rebuilt_only_when_the_proposals_changed(fixture_db_path, tmp_path):
    path = tmp_path / "dialogkartan.duckdb"
    shutil.copyfile(fixture_db_path, path)
    with writer(path) as w:
        assert build_search_index(w) == 22
        assert build_search_index(w) is None  # nothing changed: the index stands
        w.execute("UPDATE proposals SET text = 'Fler hundrastgårdar vid skolan.' WHERE proposal_id ="
                  " (SELECT min(proposal_id) FROM proposals)")
        assert build_search_index(w) == 22  # a changed text: rebuilt
    con = db.open_readonly(path)
    assert len(search.search(con, db.CATALOG, "hundrastgårdar")) == 1
    con.close()
    con.close()


def test_redaction_by_entity_spans_and_rules():
    text = "Kontakta Ola Persson eller skriv till ola@kommun.example.se, tel 070-123 45 67."
    spans = [(9, 20, "PER")]
    out = redact(text, spans)
    assert out == "Kontakta [namn] eller skriv till [e-post], tel [telefon]."
    # Rules alone still catch e-mail and phone; a span label we do not know is masked too.
    assert "[e-post]" in redact("Mejla anna@example.se", [])
    assert redact("Plats: Ersboda", [(7, 14, "LOC_PII")]) == "Plats: [maskerat]"


def test_markdown_escaping_and_urls():
    assert common.md_escape("<b>hej</b> [x](javascript:alert(1)) **fet** $x$") == (
        "\\<b\\>hej\\</b\\> \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*fet\\*\\* \\$x\\$")
    assert common.safe_url("javascript:alert(1)") is None
    assert common.safe_url("https://www.umea.se/a b)") == "https://www.umea.se/a%20b%29"
    assert common.highlighted("Vi vill ha", "fler bänkar", ".") == "Vi vill ha **«fler bänkar»**\\."


def _zip_tables(data: bytes, ext: str) -> dict[str, pd.DataFrame]:
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            raw = io.BytesIO(zf.read(name))
            out[name.rsplit(".", 1)[0]] = (pd.read_csv(raw, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
                                           if ext == "csv" else pd.read_parquet(raw))
    return out


def test_downloads_redacted_by_default_with_codebook(fixture_db_path):
    import openpyxl

    from pipeline.export import ExportFilter

    con = db.open_readonly(fixture_db_path)
    cur = db.cursor(con)
    tables = _zip_tables(downloads.build(cur, "csv", redacted=True), "csv")
    assert {"kodbok", "teman", "forslag", "dialoger", "citat"} <= set(tables)
    props = tables["forslag"]
    assert len(props) == 22
    joined = " ".join(props["text"])
    assert "Karin" not in joined and "[namn] föreslog att biblioteket" in joined
    assert "Karin" not in " ".join(props["sentence"])  # the source sentence is redacted too
    assert "'- Fler samtalsgrupper för unga i skolan" in set(props["text"])  # a leading '-' neutralised
    assert "0380" in set(props["municipality_code"]) and "Vännäs" in " ".join(props["title"])
    region = props[props["publisher"] == "Region Västerbotten"].iloc[0]
    assert (region["publisher_kind"], region["municipality_code"]) == ("region", "")  # never Vännäs's
    assert "Personuppgifter maskerade" in set(tables["kodbok"]["beskrivning"])
    raw = _zip_tables(downloads.build(cur, "parquet", redacted=False), "parquet")
    assert "Karin Blomqvist föreslog att biblioteket erbjuder digital hjälp varje vecka." in set(raw["forslag"]["text"])
    wb = openpyxl.load_workbook(io.BytesIO(downloads.build(cur, "xlsx", redacted=True, filt=ExportFilter(("24",)))))
    assert {"kodbok", "forslag", "dialoger"} <= set(wb.sheetnames) and wb["forslag"].freeze_panes == "A2"
    assert downloads.file_name("xlsx", False) == "dialogkartan_teman_xlsx_alla_omaskerad.xlsx"
    con.close()


def test_a_download_is_built_whole_in_memory_or_fails_never_half(fixture_db_path, monkeypatch, tmp_path):
    """The Ladda ner page writes no file: the browser gets complete bytes or the page an error."""
    import errno

    from pipeline import export

    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    con = db.open_readonly(fixture_db_path)
    cur = db.cursor(con)
    whole = downloads.build(cur, "csv", redacted=True)
    assert zipfile.ZipFile(io.BytesIO(whole)).testzip() is None
    real, calls = export.csv_bytes, []

    def fails_at_the_fourth_table(df, decimal_comma=False):
        calls.append(1)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(df, decimal_comma)

    monkeypatch.setattr(export, "csv_bytes", fails_at_the_fourth_table)
    with pytest.raises(OSError):
        downloads.build(cur, "csv", redacted=True)
    assert len(calls) == 4 and list(cwd.iterdir()) == []
    con.close()


def test_ladda_ner_button_builds_the_file_on_click(app_db, monkeypatch):
    at = _app(monkeypatch, app_db)
    at.switch_page("views/ladda_ner.py")
    run_ok(at)
    assert [b.label for b in at.get("download_button")] == [
        "Ladda ner CSV (zip)", "Ladda ner Excel", "Ladda ner Parquet (zip)"]


def test_search_bridges_swedish_plats_stems(fixture_db_path):
    assert search.expand_query("Lekplatsen!") == "lekplatsen lekplats"
    con = db.open_readonly(fixture_db_path)
    ids = [h[0] for h in search.search(con, db.CATALOG, "mötesplatser")]
    texts = {db.cursor(con).execute("SELECT text FROM proposals WHERE proposal_id = ?", [i]).fetchone()[0] for i in ids}
    assert "en ny mötesplats för unga i centrumhuset" in texts
    con.close()


def test_proposal_rows_carry_the_pipelines_pii_spans(app_db):
    from dashboard.redact import as_spans

    df, total = queries.proposals(queries.current_key(), None, ("2480",), ("digitalisering",), (), (), None, 50)
    assert total == 2
    row = df[df["forslag"].str.startswith("Karin")].iloc[0]
    spans = as_spans(row["pii_mening"])
    assert spans == [(0, 15, "PER")]
    # The entity span alone (no rules) redacts the name.
    assert redact(row["mening"], spans, rules=False).startswith("[namn] föreslog att biblioteket")
    contact = as_spans(None)
    assert contact == []
