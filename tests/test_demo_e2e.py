"""The embedded default end to end, headless: mini-web on 127.0.0.1 -> real Scrapy crawl ->
pipeline -> DuckDB. Asserts real counts, provenance, and that a second run changes nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dialogkartan import cli
from dialogkartan.db import connect_readonly

pytestmark = pytest.mark.slow

CONTENT = """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE relevant),
                    (SELECT count(*) FROM proposals), (SELECT count(*) FROM events)"""


def demo(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setattr(sys, "argv", ["dialogkartan", "demo", "--no-serve"])
    try:
        cli.main()
    except SystemExit as exc:
        assert not exc.code, capsys.readouterr().err
    return capsys.readouterr().out


def test_demo_crawls_analyses_and_is_idempotent(isolated_home: Path, monkeypatch, capsys) -> None:
    out = demo(monkeypatch, capsys)
    assert "[3/3]" in out
    db = isolated_home / "dialogkartan.duckdb"
    con = connect_readonly(db)
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731

    # The crawl kept every fetch and found the sample's documents on several sites.
    assert q("SELECT count(*) FROM pages") >= q("SELECT count(*) FROM documents") >= 40
    assert q("SELECT count(DISTINCT source_id) FROM documents") >= 8
    # The relevance filter rejected the pages that are not dialogues, and only those.
    relevant, total = q("SELECT count(*) FROM documents WHERE relevant"), q("SELECT count(*) FROM documents")
    assert 0 < relevant < total
    assert q("SELECT count(*) FROM documents WHERE relevant AND lower(title) LIKE '%lediga jobb%'") == 0

    # Extraction found proposals, events and target groups across municipalities and counties.
    assert q("SELECT count(*) FROM proposals") >= 30
    assert q("SELECT count(DISTINCT d.municipality_code) FROM proposals p JOIN documents d USING (document_id)") >= 5
    assert q("SELECT count(DISTINCT county_code) FROM documents WHERE relevant") >= 4
    assert q("SELECT count(*) FROM events WHERE participants_count IS NOT NULL") >= 5
    groups = {r[0] for r in con.execute("SELECT DISTINCT unnest(target_groups) FROM proposals").fetchall()}
    assert {"aldre", "barn_och_unga", "funktionsnedsattning"} <= groups

    # Provenance: every proposal's span is its text in the document it points to.
    bad = q("""SELECT count(*) FROM proposals p JOIN documents d USING (document_id)
               WHERE substr(d.text, p.start_char + 1, p.end_char - p.start_char) <> p.text""")
    assert bad == 0
    # Themes exist for the proposals.
    assert q("SELECT count(DISTINCT proposal_id) FROM proposal_themes") >= q("SELECT count(*) FROM proposals") * 0.8
    assert q("SELECT count(*) FROM runs WHERE status = 'ok'") >= 2
    # Every stage is recorded, in order, under the run's one `stages` row (pipeline.stages).
    assert con.execute("SELECT stage, status FROM stage_runs WHERE run_id = (SELECT run_id FROM runs WHERE kind = 'stages')"
                       " ORDER BY position").fetchall() == [
        (stage, "ok") for stage in ("ingest", "extract", "reviews", "dashboard_tables", "themes", "review_themes",
                                    "dashboard_facts", "search_index")]
    before = con.execute(CONTENT).fetchone()
    con.close()

    # Re-running on unchanged input analyses nothing and duplicates nothing.
    demo(monkeypatch, capsys)
    con = connect_readonly(db)
    after = con.execute(CONTENT).fetchone()
    assert after == before
    last = con.execute(
        "SELECT counts FROM runs WHERE kind = 'pipeline' ORDER BY started_at DESC LIMIT 1"
    ).fetchone()[0]
    assert '"documents": 0' in last
    con.close()

    # A deleted database is rebuilt in full: the crawl's incremental state must not hide pages.
    db.unlink()
    demo(monkeypatch, capsys)
    con = connect_readonly(db)
    rebuilt = con.execute(CONTENT).fetchone()
    # Same documents, relevant documents, proposals and events: pagination pages are always
    # listings, so fetch order no longer decides what becomes a document.
    assert rebuilt == before
