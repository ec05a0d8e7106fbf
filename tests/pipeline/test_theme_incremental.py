"""Incremental theme runs: skip when nothing changed, place a few new proposals without a refit."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dialogkartan import paths
from dialogkartan.db import writer

sys.path.insert(0, str(paths.ROOT))  # bench/ is not an installed package
from bench.bench_themes import insert_corpus, make_corpus  # noqa: E402
from pipeline.themes import run_themes  # noqa: E402

# max_unplaced_share 1.0: the drift bar is tested on its own below.
INC = {"enabled": True, "max_new_share": 0.1, "max_unplaced_share": 1.0}
SETTINGS = {"themes": {"embedder": "tfidf", "min_docs_for_clustering": 40, "seed": 42, "incremental": INC}}


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 generated proposals, themed once (a BERTopic fit)."""
    db = tmp_path_factory.mktemp("theme_inc") / "base.duckdb"
    docs, sents, props = make_corpus(60, seed=7)
    with writer(db) as con:
        insert_corpus(con, docs, sents, props)
        summary = run_themes(con, SETTINGS)
    assert summary["mode"] == "bertopic" and summary["refit"]
    return db


@pytest.fixture
def con(base_db: Path, writable_copy):
    return writable_copy(base_db)


def _rows(con) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in con.execute("SELECT * FROM proposal_themes ORDER BY proposal_id").fetchall()}


def _add(con, n: int, seed: int) -> list[str]:
    docs, sents, props = make_corpus(n, seed=seed, per_doc=1)
    insert_corpus(con, docs, sents, props)
    return [p["proposal_id"] for p in props]


def test_unchanged_run_writes_no_theme_rows(con) -> None:
    rows = _rows(con)
    themes = con.execute("SELECT * FROM themes ORDER BY theme_id").fetchall()
    summary = run_themes(con, SETTINGS)
    assert summary["mode"] == "skipped" and summary["refit"] is False
    assert summary["counts"]["written"] == 0
    assert _rows(con) == rows  # run_id included: not one row rewritten
    assert con.execute("SELECT * FROM themes ORDER BY theme_id").fetchall() == themes
    status, quality = con.execute(
        "SELECT status, quality FROM runs WHERE kind = 'themes' ORDER BY started_at DESC LIMIT 1").fetchone()
    assert status == "ok" and '"incremental": "skipped"' in quality


def test_one_new_proposal_is_placed_without_a_refit(con) -> None:
    before = _rows(con)
    (new,) = _add(con, 1, seed=9)
    summary = run_themes(con, SETTINGS)
    assert summary["mode"] == "placed" and summary["refit"] is False
    assert summary["counts"]["placed_new"] == 1 and summary["counts"]["written"] == 1
    after = _rows(con)
    assert set(after) == set(before) | {new}
    assert {p: after[p] for p in before} == before  # earlier placements untouched, run_id included
    theme_id, _, run_id, _, _, how = after[new]
    assert run_id == summary["run_id"] and how in ("klassificerare", "kluster", "övrigt")
    assert con.execute("SELECT 1 FROM themes WHERE theme_id = ?", [theme_id]).fetchone()
    # The aggregate tables count it.
    total = con.execute("SELECT sum(proposals) FROM theme_trend WHERE period_kind = 'år'").fetchone()[0]
    assert total == 61
    # ... and a second run with nothing new skips.
    assert run_themes(con, SETTINGS)["mode"] == "skipped"


def test_growth_past_the_share_refits(con) -> None:
    _add(con, 7, seed=10)  # 7 > 10 % of 60
    summary = run_themes(con, SETTINGS)
    assert summary["mode"] == "bertopic" and summary["refit"] is True
    assert summary["counts"]["written"] == 67


def test_growth_counts_from_the_last_fit_not_the_last_run(con) -> None:
    for seed in (11, 12, 13, 14, 15, 16):  # 6 × 1 new: each within 10 % of 60
        _add(con, 1, seed=seed)
        assert run_themes(con, SETTINGS)["mode"] == "placed"
    _add(con, 1, seed=17)  # 7 since the fit
    assert run_themes(con, SETTINGS)["refit"] is True


def test_drift_refits(con) -> None:
    _add(con, 1, seed=9)
    strict = {"themes": {**SETTINGS["themes"], "incremental": {**INC, "max_unplaced_share": -1.0}}}
    summary = run_themes(con, strict)
    assert summary["refit"] is True  # any share exceeds a negative bar


def test_changed_settings_or_removed_proposals_refit(con) -> None:
    other = {"themes": {**SETTINGS["themes"], "quotes_per_theme": 2}}
    assert run_themes(con, other)["refit"] is True
    assert run_themes(con, other)["mode"] == "skipped"
    con.execute("DELETE FROM proposals WHERE proposal_id = (SELECT min(proposal_id) FROM proposals)")
    summary = run_themes(con, other)
    assert summary["refit"] is True and summary["counts"]["written"] == 59


def test_disabled_always_refits(con) -> None:
    off = {"themes": {**SETTINGS["themes"], "incremental": {**INC, "enabled": False}}}
    assert run_themes(con, off)["refit"] is True
