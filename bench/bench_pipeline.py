"""Whole-pipeline benchmark on a synthetic corpus: per-stage time, CPU, peak RSS and DB size.

    dialogkartan bench pipeline --documents 2000 [--workers 2] [--executor ray] [--no-themes] [--grow 0.01]

Writes N varied synthetic documents (`bench/synthetic.py`) as a crawl job, loads them
(`ingest`), then runs what `dialogkartan run` runs — every stage of `pipeline.stages` after the
ingest: extraction + writes, reviews, recurring proposals, themes, facts, search index — inside
the publishing writer, twice: a full run, then a run with nothing changed; with `--grow 0.01`,
then 1 % new documents loaded and analysed.
CPU is user + system of this process and its finished children (pool workers); peak RSS is the
largest resident size of this process tree, sampled every 0.2 s.
"""
from __future__ import annotations

import copy
import json
import resource
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb


def table_digest(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """(rows, md5 of the sorted rows) per derived table and the documents' extraction columns:
    two runs wrote the same rows when their digests are equal."""
    from pipeline.rows import DERIVED_TABLES

    out = {}
    queries = {t: f"SELECT CAST(x AS VARCHAR) AS r FROM {t} AS x" for t in DERIVED_TABLES}
    queries["documents"] = (
        "SELECT CAST((document_id, dialogue_type, target_groups, language, is_swedish, published, published_date,"
        " municipality_code, county_code, processed_key) AS VARCHAR) AS r FROM documents")
    for name, sql in queries.items():
        n, digest = con.execute(f"SELECT count(*), md5(coalesce(string_agg(r, chr(10) ORDER BY r), '')) FROM ({sql})").fetchone()
        out[name] = [n, digest]
    return out


class _Peak:
    """Largest RSS of this process and its children, sampled in a thread."""

    def __init__(self) -> None:
        import psutil

        self._me = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _sample(self) -> None:
        import psutil

        total = 0
        for proc in [self._me, *self._me.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                pass
        self.peak = max(self.peak, total)

    def _loop(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def __enter__(self) -> _Peak:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@contextmanager
def _stage(results: dict[str, dict[str, float]], name: str) -> Iterator[None]:
    t0, c0 = time.perf_counter(), _cpu()
    with _Peak() as peak:
        yield
    results[name] = {"seconds": round(time.perf_counter() - t0, 2), "cpu_seconds": round(_cpu() - c0, 2),
                     "peak_rss_mb": round(peak.peak / 2**20)}


def _one_run(db: Path, settings: dict[str, Any], plan: Any) -> dict[str, Any]:
    """What `dialogkartan run` does after the ingest: every stage of `pipeline.stages` in order,
    each timed; `writer_copy_and_publish` is the writer's copy, migrate and publish."""
    from dialogkartan.db import writer
    from pipeline.stages import STAGES

    stages: dict[str, dict[str, float]] = {}
    out: dict[str, Any] = {"stages": stages}
    done: dict[str, Any] = {}
    with _stage(stages, "total"):
        with writer(db) as con:
            for name, stage in STAGES:
                if name == "ingest":
                    continue
                with _stage(stages, name):
                    counts = stage(con, settings, plan, done)
                if counts is not None:
                    done[name] = counts
            out["digest"] = table_digest(con)
    inner = sum(v["seconds"] for k, v in stages.items() if k != "total")
    stages["writer_copy_and_publish"] = {"seconds": round(stages["total"]["seconds"] - inner, 2)}
    out["pipeline"] = {k: v for k, v in done["extract"].items() if k != "run_id"}
    out["themes_timings"] = (done.get("themes") or {}).get("timings")
    out["themes_counts"] = (done.get("themes") or {}).get("counts")
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT timings FROM runs WHERE kind = 'pipeline' ORDER BY started_at DESC LIMIT 1").fetchone()
    finally:
        con.close()
    out["pipeline_timings"] = json.loads(row[0]) if row else {}
    out["db_mb"] = round(db.stat().st_size / 2**20, 1)
    return out


def prepare(work_dir: Path | None, prefix: str, db_name: str, embedder: str | None,
            refine: str | None = None) -> tuple[Path, Path, dict[str, Any]]:
    """The bench's directory, a fresh database path in it, and the project's settings with the
    themes embedder (and the cascade's, `refine`) chosen and the shards kept in the directory."""
    from dialogkartan.config import load_settings

    work = Path(work_dir or tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    db = work / db_name
    db.unlink(missing_ok=True)
    settings = copy.deepcopy(load_settings())
    if embedder:
        settings["themes"] = {**(settings.get("themes") or {}), "embedder": embedder}
    if refine:
        themes = settings.setdefault("themes", {})
        themes["refine"] = {**(themes.get("refine") or {}), "embedder": refine}
    settings["executor"] = {**(settings.get("executor") or {}), "shard_dir": str(work / "shards")}
    return work, db, settings


def unchanged_run(db: Path, settings: dict[str, Any], plan: Any, full: dict[str, Any]) -> dict[str, Any]:
    """The same run again with nothing changed: its cost against the full run, and whether it
    left every table as the full run wrote it."""
    again = _one_run(db, settings, plan)
    again["cost_vs_full_run"] = round(again["stages"]["total"]["seconds"] / full["stages"]["total"]["seconds"], 3)
    again["same_rows_as_full_run"] = again.pop("digest") == full["digest"]
    return again


def grown_run(db: Path, work: Path, settings: dict[str, Any], plan: Any, extra: int, start: int,
              full: dict[str, Any]) -> dict[str, Any]:
    """A crawl that brings `extra` new synthetic documents (from number `start`), loaded and
    analysed; its cost against the full run."""
    from dialogkartan.db import writer
    from dialogkartan.ingest import ingest_job

    from bench import synthetic

    stages: dict[str, dict[str, float]] = {}
    with _stage(stages, "generate_and_ingest"):
        synthetic.write_job(work / "crawl" / "grow", extra, start=start)
        with writer(db) as con:
            ingest_job(con, work / "crawl" / "grow", synthetic.sources())
    grown = _one_run(db, settings, plan)
    grown.pop("digest")
    grown.update(added_documents=extra, ingest=stages["generate_and_ingest"],
                 cost_vs_full_run=round(grown["stages"]["total"]["seconds"] / full["stages"]["total"]["seconds"], 3))
    return grown


def run(n_documents: int = 1000, workers: str | None = None, executor: str | None = None, address: str | None = None,
        themes: bool = True, embedder: str | None = None, work_dir: Path | None = None, keep: bool = False,
        second_run: bool = True, grow: float = 0.0) -> dict[str, Any]:
    import os

    from dialogkartan.db import writer
    from dialogkartan.ingest import ingest_job
    from pipeline.stages import Plan

    from bench import synthetic

    work, db, settings = prepare(work_dir, "dk-bench-pipeline-", "bench.duckdb", embedder)
    job = work / "crawl" / "synthetic"
    plan = Plan(themes=themes, executor=executor, address=address, workers=workers)
    result: dict[str, Any] = {"documents": n_documents, "embedder": (settings.get("themes") or {}).get("embedder"),
                              "load_average": [round(x, 2) for x in os.getloadavg()]}
    stages: dict[str, dict[str, float]] = {}
    try:
        with _stage(stages, "generate"):
            result["corpus"] = synthetic.write_job(job, n_documents)
        with _stage(stages, "ingest"):
            with writer(db) as con:
                ingest_job(con, job, synthetic.sources())
        result["ingest"] = {**stages, "db_mb": round(db.stat().st_size / 2**20, 1)}
        full = _one_run(db, settings, plan)
        words = full["pipeline"].get("words") or result["corpus"]["words"]
        full["extraction_words_per_s"] = round(words / max(full["stages"]["extract"]["seconds"], 1e-9))
        # Throughput once the workers are up: documents after the first shard over the time after it
        # (the first shard carries the executor's start-up and the models' loading).
        t = full["pipeline_timings"]
        if "first_shard" in t and t.get("extract_and_write", 0) > t["first_shard"]:
            rest = full["pipeline"]["documents"] - full["pipeline"].get("first_shard_documents", 0)
            full["steady_documents_per_s"] = round(rest / (t["extract_and_write"] - t["first_shard"]), 2)
        full["write_share_of_run"] = round(full["pipeline_timings"].get("write", 0.0) / full["stages"]["total"]["seconds"], 3)
        result["full_run"] = full
        if second_run:
            result["unchanged_run"] = unchanged_run(db, settings, plan, full)
        if grow > 0:
            result["grown_run"] = grown_run(db, work, settings, plan, max(1, round(grow * n_documents)), n_documents,
                                            full)
        result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        result["work_dir"] = str(work) if keep else None
        return result
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
