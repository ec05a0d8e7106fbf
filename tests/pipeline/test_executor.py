"""Executors: a local process pool and Ray write the same rows as extraction in this process.

Each run extracts a small synthetic corpus with the real model into its own database; the rows of
every derived table (and the documents' extraction columns) must be equal row for row.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from bench import synthetic
from bench.bench_pipeline import table_digest
from dialogkartan.db import writer
from dialogkartan.ingest import ingest_job
from pipeline.executor import resolve_workers
from pipeline.run import run_pipeline, shard_size

pytestmark = pytest.mark.slow  # real subprocesses: run first (tests/conftest.py)

N_DOCS = 10
# Batches of 2 documents: five shards, so a pool of two really splits the corpus.
SETTINGS = {"pipeline": {"batch_size": 2, "min_relevance": 1.0}}


def _database(tmp: Path) -> Path:
    db = tmp / "d.duckdb"
    synthetic.write_job(tmp / "job", N_DOCS)
    with writer(db) as con:
        ingest_job(con, tmp / "job", synthetic.sources())
    return db


def _run(db: Path, shards: Path, **opts) -> tuple[dict, dict]:
    with writer(db) as con:
        counts = run_pipeline(con, SETTINGS, force=True, shard_root=shards, **opts)
        return counts, table_digest(con)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _database(tmp_path_factory.mktemp("executor"))


@pytest.fixture(scope="module")
def inline_rows(corpus: Path) -> dict:
    counts, digest = _run(corpus, corpus.parent / "shards", executor="local", workers=1)
    assert counts["documents"] >= 8 and counts["proposals"] > 0 and counts["workers"] == 1
    return digest


def test_shard_size_is_a_multiple_of_the_model_batch() -> None:
    assert shard_size(10, 2, 2) == 2  # 10 documents, 2 workers: 4 shards per worker wanted
    assert shard_size(100_000, 32, 2) == 256  # capped
    assert shard_size(300, 32, 2) == 64
    assert shard_size(5, 32, 2) == 32
    assert resolve_workers("3") == 3 and resolve_workers("auto") >= 1 and resolve_workers(0) == 1


def test_process_pool_writes_the_same_rows(corpus: Path, inline_rows: dict) -> None:
    counts, digest = _run(corpus, corpus.parent / "shards", executor="local", workers=2)
    assert counts["workers"] == 2 and counts["executor"] == "LocalExecutor"
    assert digest == inline_rows
    assert not any((corpus.parent / "shards").iterdir())  # merged shards are removed


def test_rerun_replaces_rows_without_duplicates(corpus: Path, inline_rows: dict) -> None:
    with writer(corpus) as con:
        con.execute("INSERT INTO proposal_themes (proposal_id, theme_id) SELECT proposal_id, 'x' FROM proposals")
    _, digest = _run(corpus, corpus.parent / "shards", workers=1)
    assert digest == inline_rows
    with writer(corpus) as con:
        # the re-extracted documents' old theme rows went with their old proposals
        assert con.execute("SELECT count(*) FROM proposal_themes").fetchone()[0] == 0


@pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                    reason="ray is not installed (it is in requirements.lock: `make setup` installs it)")
def test_ray_executor_writes_the_same_rows(corpus: Path, inline_rows: dict) -> None:
    counts, digest = _run(corpus, corpus.parent / "shards", executor="ray", workers=2)
    assert counts["executor"] == "RayExecutor"
    assert digest == inline_rows


def test_a_worker_caps_its_native_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two workers on two cores each starting an embedding pool of every core ran three times
    slower than one process: each worker gets its share of the cores."""
    from pipeline import executor

    for var in executor._THREAD_VARS:
        monkeypatch.delenv(var, raising=False)
    executor.cap_threads(1)
    assert {os.environ[v] for v in executor._THREAD_VARS} == {"1"}
    executor.cap_threads(0)  # never zero threads
    assert os.environ["OMP_NUM_THREADS"] == "1"
