"""The stages that write the database, in order, and the runner that records each one.

`dialogkartan run`, `demo` and the crawl's ingest call `run_stages` inside one publishing writer
(`dialogkartan.db.writer`): the stages write to its copy, which replaces the published file only
when every stage succeeded. A stage is a function `(con, settings, plan, done) -> counts | None`
that hands the work to the module owning it and neither parses arguments nor prints; `done`
holds the counts of the stages before it, and None means there was nothing to do (recorded as
skipped).

    ingest → extract → reviews → dashboard_tables → themes → review_themes → dashboard_facts
    → search_index

Every stage is a `stage_runs` row (start, end, status, counts) under one `runs` row of kind
'stages' whose timings are seconds per stage. Extraction, themes and reviews also keep their own
`runs` rows (kinds 'pipeline', 'themes', 'reviews', with timings and quality), named in the stage's
`detail_run_id`.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

Counts = dict[str, Any]
Done = Mapping[str, Counts]


@dataclass(frozen=True)
class Plan:
    """What a run asks of the stages: the command line's choices."""

    job: Path | None = None  # a crawl job directory to ingest first
    sources: Sequence[Any] = ()  # the registry entries of its sources
    force: bool = False  # re-analyse every document, changed or not
    themes: bool = True
    executor: str | None = None  # local | ray (default: settings.yaml)
    address: str | None = None  # a Ray cluster
    workers: str | None = None  # a number or auto (default: settings.yaml)


Stage = Callable[[duckdb.DuckDBPyConnection, dict[str, Any], Plan, Done], "Counts | None"]


def ingest(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan, done: Done) -> Counts | None:
    """Crawl output → sources, crawls, pages, documents."""
    if plan.job is None:
        return None
    from dialogkartan.ingest import ingest_job

    return ingest_job(con, plan.job, plan.sources).as_dict()


def extract(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan, done: Done) -> Counts | None:
    """Every relevant document whose text or extraction configuration changed → its derived rows."""
    from pipeline import progress
    from pipeline.run import run_pipeline

    with progress.bar("extraktion") as update:
        return run_pipeline(con, settings, force=plan.force, executor=plan.executor, address=plan.address,
                            workers=plan.workers, progress=update)


def reviews(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan, done: Done) -> Counts | None:
    """Reviewers' corrections over extraction's rows (before themes: rejected proposals are not themed)."""
    from review.apply import apply_reviews

    return apply_reviews(con)


def dashboard_tables(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan,
                     done: Done) -> Counts | None:
    """The recurring-proposal tables the dashboard cannot compute while serving, rebuilt when
    extraction or reviews changed the proposals (or the tables are missing)."""
    from pipeline.tables_dashboard import refresh_recurring

    changed = bool((done.get("extract") or {}).get("documents")) or bool(
        (done.get("reviews") or {}).get("proposals_changed"))
    groups = refresh_recurring(con, settings, changed=changed)
    return None if groups is None else {"recurring_groups": groups}


def themes(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan, done: Done) -> Counts | None:
    if not plan.themes:
        return None
    from pipeline import progress
    from pipeline.themes import run_themes

    with progress.spinner("teman"):
        return run_themes(con, settings)


def review_themes(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan, done: Done) -> Counts | None:
    """Reviewers' themes over the theme stage's (which re-themes proposals every run)."""
    from review.apply import apply_review_themes

    return apply_review_themes(con)


def dashboard_facts(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan,
                    done: Done) -> Counts | None:
    """The dashboard's proposal facts, once, after everything that changes a proposal or its theme
    (extraction, reviews, the theme stage, reviewers' themes); skipped when nothing they read changed."""
    from pipeline.tables_dashboard import refresh_facts

    rows = refresh_facts(con)
    return None if rows is None else {"proposal_facts": rows}


def search_index(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan, done: Done) -> Counts | None:
    """The fts index over the final proposals: only a writer can build it; the dashboard reads it.
    Skipped when the proposals are those it was built over."""
    from pipeline.search_index import build_search_index

    indexed = build_search_index(con)
    return None if indexed is None else {"proposals": indexed}


STAGES: tuple[tuple[str, Stage], ...] = (
    ("ingest", ingest),
    ("extract", extract),
    ("reviews", reviews),
    ("dashboard_tables", dashboard_tables),
    ("themes", themes),
    ("review_themes", review_themes),
    ("dashboard_facts", dashboard_facts),
    ("search_index", search_index),
)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def run_stages(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], plan: Plan = Plan(),
               only: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the stages in order (`only`: just these), each recorded in `stage_runs`.

    Returns {stage: counts} for the stages that ran, `skipped` and the sequence's `run_id`. A
    failing stage is recorded as failed and its exception re-raised; the writer then discards
    its copy, so the published file keeps the last good run (and no record of the failed one).
    """
    from dialogkartan import __version__
    from dialogkartan.config import config_hash
    from pipeline.run import finish_run, start_run

    unknown = set(only or ()) - {name for name, _ in STAGES}
    if unknown:
        raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}")
    run_id = start_run(con, "stages", config_hash(__version__, settings))
    done: dict[str, Counts] = {}
    status: dict[str, str] = {}
    timings: dict[str, float] = {}
    for position, (name, stage) in enumerate(STAGES, 1):
        if only is not None and name not in only:
            continue
        con.execute("INSERT INTO stage_runs (run_id, position, stage, started_at, status) VALUES (?, ?, ?, ?, 'running')",
                    [run_id, position, name, _now()])
        t0 = time.perf_counter()
        try:
            counts = stage(con, settings, plan, done)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            try:  # the stage may have left a transaction broken; its own error is the one to report
                _finish_stage(con, run_id, position, "failed", None, error)
                finish_run(con, run_id, "failed", status | {name: "failed"}, timings, notes=f"{name}: {error}")
            except duckdb.Error:
                pass
            raise
        timings[name] = round(time.perf_counter() - t0, 3)
        status[name] = "skipped" if counts is None else "ok"
        _finish_stage(con, run_id, position, status[name], counts, None)
        if counts is not None:
            done[name] = counts
    finish_run(con, run_id, "ok", status, timings)
    return {**done, "skipped": [n for n, s in status.items() if s == "skipped"], "run_id": run_id}


def _finish_stage(con: duckdb.DuckDBPyConnection, run_id: str, position: int, status: str, counts: Counts | None,
                  error: str | None) -> None:
    detail = counts.get("run_id") if counts else None
    shown = {k: v for k, v in counts.items() if k != "run_id"} if counts is not None else None
    con.execute(
        "UPDATE stage_runs SET finished_at = ?, status = ?, counts = ?, detail_run_id = ?, error = ?"
        " WHERE run_id = ? AND position = ?",
        [_now(), status, None if shown is None else json.dumps(shown, ensure_ascii=False, default=str), detail, error,
         run_id, position],
    )


def totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """What the database holds after a run, for the demo's last line."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE relevant),"
        " (SELECT count(*) FROM proposals), (SELECT count(DISTINCT municipality_code) FROM documents)"
    ).fetchone()
    return dict(zip(("documents", "relevant", "proposals", "municipalities"), row))
