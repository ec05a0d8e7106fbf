"""The pipeline's DuckDB stage: read documents that changed, extract, write rows, record the run.

Reading and writing happen only here; everything between is pure (`pipeline.extract`,
`pipeline.rows`). A document's old rows are deleted and its new rows inserted in the same
transaction, and it is marked with `processed_key`, so a re-run skips what is done and never
duplicates; the caller's publishing writer keeps a crashed run from reaching readers.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

import duckdb

from dialogkartan import __version__, paths
from dialogkartan.config import config_hash
from pipeline.rows import DERIVED_TABLES, rows_for
from pipeline.types import Extraction, InputDoc

log = logging.getLogger(__name__)

Extractor = Callable[[Sequence[InputDoc]], list[Extraction]]


def extraction_code_files() -> list:
    """The extraction's own code, cue patterns and trained models: changing any of them changes
    the processed key, so `run` re-analyses without --force."""
    pipeline_dir = paths.ROOT / "pipeline"
    extract_dir = pipeline_dir / "extract"
    files = [f for f in extract_dir.rglob("*") if f.suffix in (".py", ".jsonl", ".json") and "tools" not in f.parts]
    files += [pipeline_dir / name for name in ("segment.py", "types.py", "pii.py", "nlp.py", "textmatch.py", "rows.py")]
    return sorted(f for f in files if f.exists())


def pipeline_config_hash(settings: dict[str, Any]) -> str:
    """Everything that shapes extraction output: settings, taxonomy files, the language model's
    metadata, and the extraction's code, patterns and trained classifiers."""
    files = sorted(paths.TAXONOMY_DIR.glob("*.yaml")) + sorted(paths.CONFIG_DIR.glob("extraction*.yaml"))
    model_meta = paths.ROOT / "pipeline" / "models" / "sv_dialogkartan" / "meta.json"
    return config_hash(__version__, settings.get("pipeline", {}), *files, model_meta, *extraction_code_files())


def default_extractor() -> Extractor:
    from pipeline.extract import extract_many
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    return lambda docs: extract_many(docs, nlp=nlp)


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


def write_extraction(con: duckdb.DuckDBPyConnection, document_id: str, ex: Extraction, processed_key: str, run_id: str) -> None:
    for table in DERIVED_TABLES:
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
    con.execute(
        "DELETE FROM proposal_themes WHERE proposal_id NOT IN (SELECT proposal_id FROM proposals)"
    )
    for table, rows in rows_for(document_id, ex).items():
        if rows:
            marks = ", ".join("?" for _ in rows[0])
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    published = ex.published
    con.execute(
        """UPDATE documents SET dialogue_type = ?, target_groups = ?, language = ?, is_swedish = ?,
               published = coalesce(published, ?), processed_key = ?, processed_run = ?,
               municipality_code = coalesce(municipality_code, ?), county_code = coalesce(county_code, ?)
           WHERE document_id = ?""",
        [
            ex.dialogue_type, ex.target_groups, ex.language, ex.is_swedish, published, processed_key, run_id,
            ex.municipality_codes[0] if ex.municipality_codes else None,
            ex.county_codes[0] if ex.county_codes else None,
            document_id,
        ],
    )
    con.execute(
        """UPDATE documents SET published_date = CASE
               WHEN published IS NULL THEN NULL
               WHEN length(published) = 4 THEN try_cast(published || '-01-01' AS DATE)
               WHEN length(published) = 7 THEN try_cast(published || '-01' AS DATE)
               ELSE try_cast(left(published, 10) AS DATE) END
           WHERE document_id = ?""",
        [document_id],
    )


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


def run_pipeline(
    con: duckdb.DuckDBPyConnection,
    settings: dict[str, Any],
    *,
    force: bool = False,
    extractor: Extractor | None = None,
) -> dict[str, Any]:
    """Analyse every relevant document whose text or pipeline configuration changed."""
    cfg = settings.get("pipeline", {})
    cfg_hash = pipeline_config_hash(settings)
    run_id = start_run(con, "pipeline", cfg_hash)
    timings: dict[str, float] = {}
    counts = {"documents": 0, "proposals": 0, "events": 0, "skipped_non_swedish": 0}
    t0 = time.perf_counter()
    try:
        pending = _pending(con, cfg_hash, float(cfg.get("min_relevance", 0.0)), force)
        timings["select"] = time.perf_counter() - t0
        if pending:
            extract = extractor or default_extractor()
            timings["load_model"] = time.perf_counter() - t0 - timings["select"]
            t1 = time.perf_counter()
            for batch in batched(pending, int(cfg.get("batch_size", 32))):
                docs = [_input_doc(r) for r in batch]
                results = extract(docs)
                con.execute("BEGIN TRANSACTION")
                try:
                    for doc, ex in zip(docs, results, strict=True):
                        key = f"{_content_hash(con, doc.id)}:{cfg_hash}"
                        write_extraction(con, doc.id, ex, key, run_id)
                        counts["documents"] += 1
                        counts["proposals"] += len(ex.proposals)
                        counts["events"] += len(ex.events)
                        counts["skipped_non_swedish"] += not ex.is_swedish
                    con.execute("COMMIT")
                except Exception:
                    con.execute("ROLLBACK")
                    raise
            timings["extract_and_write"] = time.perf_counter() - t1
        timings["total"] = time.perf_counter() - t0
        finish_run(con, run_id, "ok", counts, timings)
    except Exception as exc:
        finish_run(con, run_id, "failed", counts, timings, notes=f"{type(exc).__name__}: {exc}")
        raise
    counts["run_id"] = run_id
    return counts


def _content_hash(con: duckdb.DuckDBPyConnection, document_id: str) -> str:
    return con.execute("SELECT content_hash FROM documents WHERE document_id = ?", [document_id]).fetchone()[0]
