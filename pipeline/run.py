"""The pipeline's DuckDB stage: read documents that changed, extract, write rows, record the run.

Reading and writing happen only here; everything between is pure (`pipeline.extract`,
`pipeline.rows`). An executor (`pipeline.executor`) runs extraction over batches and writes one
Parquet shard per batch (`pipeline.shards`); this process merges each shard in one transaction:
the batch's old rows deleted and its new rows inserted set-wise, its documents marked with
`processed_key`, so a re-run skips what is done and never duplicates; the caller's publishing
writer keeps a crashed run from reaching readers.
"""
from __future__ import annotations

import json
import logging
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from dialogkartan import __version__, paths
from dialogkartan.config import config_hash
from pipeline.executor import make_executor, resolve_workers
from pipeline.extract.rescore import DEFAULT as DEFAULT_RESCORE
from pipeline.extract.rescore import check_mode
from pipeline.rows import DERIVED_TABLES
from pipeline.shards import Batch, Extractor, Shard, remove_shard
from pipeline.types import InputDoc

log = logging.getLogger(__name__)

def extraction_code_files() -> list:
    """The extraction's own code, cue patterns and trained models: changing any of them changes
    the processed key, so `run` re-analyses without --force."""
    pipeline_dir = paths.ROOT / "pipeline"
    extract_dir = pipeline_dir / "extract"
    files = [f for f in extract_dir.rglob("*") if f.suffix in (".py", ".jsonl", ".json") and "tools" not in f.parts]
    files += [pipeline_dir / name for name in ("segment.py", "types.py", "pii.py", "nlp.py", "textmatch.py", "rows.py")]
    # the second stage's static vectors and the code that reads them (pipeline.rescore: static)
    files += [pipeline_dir / "themes" / "static_embed.py", pipeline_dir / "models" / "vectors" / "sv_e5_static.npz"]
    # the shared rules extraction reads: dates, language, personal data
    files += [paths.ROOT / "dialogkartan" / name for name in ("dates.py", "lang.py", "pii_patterns.py")]
    return sorted(f for f in files if f.exists())


def pipeline_config_hash(settings: dict[str, Any]) -> str:
    """Everything that shapes extraction output: settings, taxonomy files, the language model's
    metadata, and the extraction's code, patterns and trained classifiers."""
    files = sorted(paths.TAXONOMY_DIR.glob("*.yaml")) + sorted(paths.CONFIG_DIR.glob("extraction*.yaml"))
    model_meta = paths.ROOT / "pipeline" / "models" / "sv_dialogkartan" / "meta.json"
    return config_hash(__version__, settings.get("pipeline", {}), *files, model_meta, *extraction_code_files())


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _pending(con: duckdb.DuckDBPyConnection, key_suffix: str, min_relevance: float, force: bool) -> list[tuple]:
    sql = """
        SELECT document_id, text, title, url, published, municipality_code, county_code, section_hints
        FROM documents
        WHERE coalesce(relevant, true) AND coalesce(relevance_score, 1e9) >= ?
          AND near_duplicate_of IS NULL
    """
    params: list[Any] = [min_relevance]
    if not force:
        sql += " AND processed_key IS DISTINCT FROM content_hash || ':' || ?"
        params.append(key_suffix)
    return con.execute(sql + " ORDER BY document_id", params).fetchall()


def _input_doc(row: tuple) -> InputDoc:
    doc_id, text, title, url, published, muni, county, hints = row
    parsed = json.loads(hints) if hints else []
    section_hints = tuple((int(s), int(e), str(h)) for s, e, h in parsed if s is not None and e is not None and h)
    return InputDoc(
        id=doc_id, text=text, title=title, url=url, published=published,
        municipality_code=muni, county_code=county, section_hints=section_hints,
    )


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def merge_shard(con: duckdb.DuckDBPyConnection, shard: Shard, key_suffix: str, run_id: str) -> None:
    """Replace the batch's documents' rows with the shard's, set-based: one DELETE and one bulk
    INSERT per table, one UPDATE of the documents, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _dk_batch AS SELECT * FROM read_parquet({_sql_path(shard.path('documents'))})")
        # Only the themes of this batch's old proposals can become orphans here.
        con.execute(
            "DELETE FROM proposal_themes WHERE proposal_id IN "
            "(SELECT proposal_id FROM proposals WHERE document_id IN (SELECT document_id FROM _dk_batch))"
        )
        for table in DERIVED_TABLES:
            con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT document_id FROM _dk_batch)")
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet({_sql_path(shard.path(table))})")
        con.execute(
            """UPDATE documents AS d SET dialogue_type = b.dialogue_type, target_groups = b.target_groups,
                   language = b.language, is_swedish = b.is_swedish,
                   published = coalesce(d.published, b.published),
                   -- both computed by dialogkartan.dates.period_start (ingest, rows)
                   published_date = CASE WHEN d.published IS NULL THEN CAST(b.published_date AS DATE)
                                         ELSE coalesce(d.published_date, CAST(b.published_date AS DATE)) END,
                   processed_key = d.content_hash || ':' || ?, processed_run = ?,
                   municipality_code = coalesce(d.municipality_code, b.municipality_code),
                   county_code = coalesce(d.county_code, b.county_code)
               FROM _dk_batch AS b WHERE d.document_id = b.document_id""",
            [key_suffix, run_id],
        )
        con.execute("DROP TABLE _dk_batch")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def start_run(con: duckdb.DuckDBPyConnection, kind: str, cfg_hash: str) -> str:
    run_id = f"{kind}-{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    con.execute(
        "INSERT INTO runs (run_id, kind, started_at, status, pipeline_version, config_hash) VALUES (?, ?, ?, 'running', ?, ?)",
        [run_id, kind, _now(), __version__, cfg_hash],
    )
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: dict, timings: dict,
               quality: dict | None = None, notes: str | None = None) -> None:
    con.execute(
        "UPDATE runs SET finished_at = ?, status = ?, counts = ?, timings = ?, quality = ?, notes = ? WHERE run_id = ?",
        [_now(), status, json.dumps(counts), json.dumps(timings), json.dumps(quality or {}), notes, run_id],
    )


def batched(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def shard_size(n_documents: int, batch_size: int, workers: int, cap: int = 256) -> int:
    """Documents per shard: a multiple of the model's batch size (so the model sees the same
    batches whatever the executor), small enough to keep every worker busy, at most `cap`."""
    per_worker = -(-n_documents // max(1, 4 * workers))
    return max(batch_size, min(cap, -(-per_worker // batch_size) * batch_size))


Progress = Callable[[int, int], None]  # (documents done, documents in the run)


def run_pipeline(
    con: duckdb.DuckDBPyConnection,
    settings: dict[str, Any],
    *,
    force: bool = False,
    extractor: Extractor | None = None,
    executor: str | None = None,
    workers: int | str | None = None,
    address: str | None = None,
    shard_root: Path | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Analyse every relevant document whose text or pipeline configuration changed.

    Extraction runs on the chosen executor (`settings["executor"]`, overridden by the arguments)
    and writes a Parquet shard per batch; this process alone merges the shards into DuckDB.
    """
    cfg = settings.get("pipeline", {})
    exe_cfg = settings.get("executor") or {}
    cfg_hash = pipeline_config_hash(settings)
    run_id = start_run(con, "pipeline", cfg_hash)
    timings: dict[str, float] = {}
    counts: dict[str, Any] = {"documents": 0, "proposals": 0, "events": 0, "skipped_non_swedish": 0}
    t0 = time.perf_counter()
    shards_dir = Path(shard_root or exe_cfg.get("shard_dir") or paths.data_dir() / "work" / "shards")
    for stale in shards_dir.glob("pipeline-*"):
        if time.time() - stale.stat().st_mtime > 86_400:  # a killed run's shards (another DB's run may be live)
            shutil.rmtree(stale, ignore_errors=True)
    root = shards_dir / run_id
    try:
        pending = _pending(con, cfg_hash, float(cfg.get("min_relevance", 0.0)), force)
        timings["select"] = time.perf_counter() - t0
        if pending:
            n_workers = resolve_workers(workers if workers is not None else exe_cfg.get("workers"))
            size = shard_size(len(pending), int(cfg.get("batch_size", 32)), n_workers)
            if len(pending) <= size:
                n_workers = 1  # one batch: more workers would only add their start-up
            runner = make_executor(executor or exe_cfg.get("kind", "local"), n_workers, address, extractor)
            model_batch = int(cfg.get("batch_size", 32))
            rescore = check_mode(str(cfg.get("rescore", DEFAULT_RESCORE)))
            batches = (Batch(i, tuple(_input_doc(r) for r in rows), model_batch, rescore)
                       for i, rows in enumerate(batched(pending, size)))
            counts.update(executor=type(runner).__name__, workers=runner.workers, shard_documents=size, words=0)
            write_s = 0.0
            if progress:
                progress(0, len(pending))
            t1 = time.perf_counter()
            for shard in runner.run(batches, str(root)):
                tw = time.perf_counter()
                merge_shard(con, shard, cfg_hash, run_id)
                remove_shard(shard)
                write_s += time.perf_counter() - tw
                if "first_shard" not in timings:  # start-up (workers, models) and one batch: see bench pipeline
                    timings["first_shard"] = time.perf_counter() - t1
                    counts["first_shard_documents"] = shard.documents
                counts["documents"] += shard.documents
                counts["proposals"] += shard.proposals
                counts["events"] += shard.events
                counts["skipped_non_swedish"] += shard.non_swedish
                counts["words"] += shard.words
                if progress:
                    progress(counts["documents"], len(pending))
            timings["extract_and_write"] = time.perf_counter() - t1
            timings["write"] = write_s
        timings["total"] = time.perf_counter() - t0
        finish_run(con, run_id, "ok", counts, timings)
    except Exception as exc:
        finish_run(con, run_id, "failed", counts, timings, notes=f"{type(exc).__name__}: {exc}")
        raise
    finally:
        shutil.rmtree(root, ignore_errors=True)
    counts["run_id"] = run_id
    return counts
