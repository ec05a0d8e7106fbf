"""The theme cascade (`themes.refine`): the first classifier's unsure proposals placed again by a
second embedder's classifier, and only those embedded by it."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from dialogkartan import paths
from dialogkartan.db import writer

sys.path.insert(0, str(paths.ROOT))  # bench/ is not an installed package
from bench.bench_themes import insert_corpus, make_corpus  # noqa: E402
from pipeline.themes import run as theme_run  # noqa: E402
from pipeline.themes import run_themes  # noqa: E402

BASE = {"min_docs_for_clustering": 40, "seed": 42, "incremental": {"enabled": False}}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("theme_refine") / "base.duckdb"
    docs, sents, props = make_corpus(60, seed=11)
    with writer(db) as con:
        insert_corpus(con, docs, sents, props)
    return db


def _alone(corpus_db: Path, tmp: Path, embedder: str) -> dict[str, float]:
    db = tmp / f"{embedder}.duckdb"
    shutil.copyfile(corpus_db, db)
    with writer(db) as con:
        run_themes(con, {"themes": {**BASE, "embedder": embedder}})
        return _confidence(con)


@pytest.fixture(scope="module")
def static_alone(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Each proposal's theme confidence with the static embedder alone."""
    return _alone(corpus_db, tmp_path_factory.mktemp("static"), "static")


@pytest.fixture(scope="module")
def tfidf_alone(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return _alone(corpus_db, tmp_path_factory.mktemp("tfidf"), "tfidf")


def _confidence(con) -> dict[str, float]:
    return dict(con.execute("SELECT proposal_id, confidence FROM proposal_themes").fetchall())


def _themed(corpus_db: Path, writable_copy, **themes) -> tuple[dict, dict[str, float]]:
    con = writable_copy(corpus_db)
    summary = run_themes(con, {"themes": {**BASE, **themes}})
    return summary, _confidence(con)


def test_refining_everything_gives_the_second_classifier_s_confidence(corpus_db, writable_copy, static_alone,
                                                                      tfidf_alone) -> None:
    summary, refined = _themed(corpus_db, writable_copy, embedder="tfidf",
                                  refine={"embedder": "static", "below": 1.01})
    assert summary["counts"]["refined"] == len(refined) == 60
    assert summary["quality"]["classifier"]["refined_by"] == "static"
    assert refined == static_alone
    assert refined != tfidf_alone  # the two spaces do differ, so the equality above means something


def test_only_unsure_proposals_are_refined_and_embedded(corpus_db, writable_copy, static_alone, tfidf_alone,
                                                         monkeypatch) -> None:
    below = sorted(tfidf_alone.values())[len(tfidf_alone) // 2]  # about half of them unsure
    calls: list[tuple[str, int]] = []
    real = theme_run.embed_cached

    def spy(con, embedder, texts):
        calls.append((embedder.name, len(texts)))
        return real(con, embedder, texts)

    monkeypatch.setattr(theme_run, "embed_cached", spy)
    summary, mixed = _themed(corpus_db, writable_copy, embedder="tfidf", refine={"embedder": "static", "below": below})
    unsure = {p for p, c in tfidf_alone.items() if c < below}
    refined = summary["counts"]["refined"]
    assert 0 < len(unsure) <= refined < 60  # plus any the first classifier put outside the taxonomy
    # The second embedder saw only the refined proposals (its first call; the training texts come after).
    assert next(n for name, n in calls if name.startswith("static:")) == refined
    for p in unsure:
        assert mixed[p] == static_alone[p]
    assert sum(mixed[p] == tfidf_alone[p] for p in tfidf_alone if p not in unsure) >= 60 - refined


def test_refine_with_the_same_embedder_is_off(corpus_db, writable_copy) -> None:
    summary, _ = _themed(corpus_db, writable_copy, embedder="tfidf", refine={"embedder": "tfidf", "below": 1.01})
    assert "refined" not in summary["counts"]
