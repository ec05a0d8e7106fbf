"""Schema v1, forward migrations and the publishing writer."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dialogkartan.db import connect_readonly, migrate, migrations, schema_version, writer
from dialogkartan.errors import UserError

V1_TABLES = {
    "municipalities", "counties", "sources", "crawls", "pages", "documents", "sections", "sentences",
    "target_group_mentions", "proposals", "events", "entities", "themes", "proposal_themes",
    "document_themes", "embeddings", "runs", "schema_version",
}


def test_fresh_database_gets_latest_schema_and_all_municipalities(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with writer(db) as con:
        pass
    con = connect_readonly(db)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert V1_TABLES <= tables
    assert schema_version(con) == migrations()[-1][0]
    assert con.execute("SELECT count(*) FROM municipalities").fetchone()[0] == 290
    assert con.execute("SELECT count(*) FROM counties").fetchone()[0] == 21
    # Facts the project keeps: Nordmaling is 2401 in Västerbottens län (24).
    assert con.execute("SELECT county_code FROM municipalities WHERE municipality_code = '2401'").fetchone()[0] == "24"


def test_forward_migration_applies_only_newer_steps(tmp_path: Path) -> None:
    steps = tmp_path / "migrations"
    steps.mkdir()
    (steps / "001_first.sql").write_text("CREATE TABLE a (x INTEGER);")
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    assert migrate(con, steps) == 1
    con.execute("INSERT INTO a VALUES (7)")
    (steps / "002_second.sql").write_text("ALTER TABLE a ADD COLUMN y VARCHAR; CREATE TABLE b (z INTEGER);")
    assert migrate(con, steps) == 2
    assert con.execute("SELECT x, y FROM a").fetchall() == [(7, None)]
    assert migrate(con, steps) == 2  # idempotent


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    steps = tmp_path / "migrations"
    steps.mkdir()
    (steps / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);")
    (steps / "002_bad.sql").write_text("CREATE TABLE b (x INTEGER); SELECT * FROM no_such_table;")
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    with pytest.raises(duckdb.Error):
        migrate(con, steps)
    assert schema_version(con) == 1
    assert not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name='b'").fetchone()[0]


def test_newer_schema_than_known_is_refused(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "n.duckdb"))
    con.execute("CREATE TABLE schema_version (version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
    con.execute("INSERT INTO schema_version VALUES (999, 'future', now())")
    with pytest.raises(UserError, match="newer"):
        migrate(con)


def test_crash_inside_writer_leaves_published_file_untouched(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with writer(db) as con:
        con.execute("INSERT INTO runs (run_id, kind, started_at, status) VALUES ('r1', 'ingest', now(), 'ok')")
    with pytest.raises(RuntimeError):
        with writer(db) as con:
            con.execute("INSERT INTO runs (run_id, kind, started_at, status) VALUES ('r2', 'ingest', now(), 'ok')")
            raise RuntimeError("crash mid-run")
    con = connect_readonly(db)
    assert [r[0] for r in con.execute("SELECT run_id FROM runs").fetchall()] == ["r1"]
    assert not list(tmp_path.glob(".d.duckdb.tmp-*"))


def test_second_writer_is_refused_while_first_holds_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with writer(db):
        with pytest.raises(UserError, match="another Dialogkartan process"):
            with writer(db):
                pass


def test_corrupt_and_missing_files_give_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database, just some bytes " * 100)
    with pytest.raises(UserError, match="not a valid DuckDB file"):
        connect_readonly(bad)
    with pytest.raises(UserError, match="not a valid DuckDB file"):
        with writer(bad):
            pass
    with pytest.raises(UserError, match="no database"):
        connect_readonly(tmp_path / "missing.duckdb")


def _older(path: Path) -> Path:
    """A database one migration behind, as the previous Dialogkartan left it."""
    con = duckdb.connect(str(path))
    migrate(con, upto=migrations()[-1][0] - 1)
    con.close()
    return path


def test_reader_refuses_an_older_schema_in_one_line_naming_the_fix(tmp_path: Path) -> None:
    db = _older(tmp_path / "old.duckdb")
    latest = migrations()[-1][0]
    with pytest.raises(UserError) as refused:
        connect_readonly(db)
    message = str(refused.value)
    assert "\n" not in message
    assert f"schema v{latest - 1}, older" in message and f"`dialogkartan run --db {db}`" in message
    connect_readonly(db, older_ok=True).close()  # the crawl's look before ingest may read it


def test_the_writer_run_uses_brings_an_older_schema_up_to_date(tmp_path: Path) -> None:
    db = _older(tmp_path / "old.duckdb")
    with writer(db):  # what `dialogkartan run` opens first
        pass
    con = connect_readonly(db)
    assert schema_version(con) == migrations()[-1][0]
    con.close()
