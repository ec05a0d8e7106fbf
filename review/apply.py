"""Reviews win over the pipeline's output in the published tables, applied by `dialogkartan run`.

Two hooks in the run, inside its publishing writer: `apply_reviews` after extraction (proposals,
target groups, events; before themes, so rejected proposals are not themed and added ones are)
and `apply_review_themes` after the theme stage (which re-themes every proposal each run).
Both are idempotent: they replay the store over whatever the tables hold, every run. Reviews of a
document whose text changed are flagged (a warning line, the `runs` row of kind 'reviews' and
the app), never applied.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

from review import store
from review.db import baselines, current_hashes
from review.state import DocState, fold, partition

log = logging.getLogger(__name__)

REVIEWER = "granskare"  # proposal_themes.assigned_by for a reviewer's theme


def _load(con: duckdb.DuckDBPyConnection, store_path: Path | None) -> tuple[dict[str, DocState], list[dict[str, Any]]]:
    reviews = store.read(store_path)
    if not reviews:
        return {}, []
    valid, flagged = partition(reviews, current_hashes(con))
    bases = baselines(con, valid)
    states = {doc: fold(bases[doc], rs) for doc, rs in valid.items()}
    return states, [{"review_id": r.review_id, "document_id": r.document_id, "reviewer": r.reviewer,
                     "at": r.at, "reason": why} for r, why in flagged]


def apply_reviews(con: duckdb.DuckDBPyConnection, store_path: Path | None = None) -> dict[str, Any]:
    """Write reviewed proposals, target groups and events over the pipeline's rows."""
    states, flagged = _load(con, store_path)
    if not states and not flagged:
        return {"documents": 0}
    counts: Counter[str] = Counter()
    before = _proposals_fingerprint(con)
    con.execute("BEGIN TRANSACTION")
    try:
        for state in states.values():
            _apply_document(con, state, counts)
        con.execute("DELETE FROM proposal_themes WHERE proposal_id NOT IN (SELECT proposal_id FROM proposals)")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    for f in flagged:
        log.warning("review %s of document %s by %s not applied: %s", f["review_id"], f["document_id"],
                    f["reviewer"], f["reason"])
    summary = {"documents": len(states), **dict(sorted(counts.items())), "flagged": len(flagged)}
    # The stage after this one rebuilds the dashboard's recurring proposals when they changed.
    summary["proposals_changed"] = _proposals_fingerprint(con) != before
    _record(con, summary, flagged)
    return summary


def _proposals_fingerprint(con: duckdb.DuckDBPyConnection) -> tuple:
    return con.execute("SELECT count(*), coalesce(sum(hash(proposal_id || text)), 0) FROM proposals").fetchone()


def apply_review_themes(con: duckdb.DuckDBPyConnection, store_path: Path | None = None) -> dict[str, Any]:
    """Reviewers' themes over the theme stage's, then the aggregate theme tables rebuilt."""
    states, _ = _load(con, store_path)
    if not states:
        return {"themes_changed": 0}
    changed = 0
    known = {t for (t,) in con.execute("SELECT theme_id FROM themes").fetchall()}
    for state in states.values():
        for p in state.accepted():
            if not p.theme_reviewed or p.theme_id not in known:
                continue
            pid = state.final_id(p)
            if not con.execute("SELECT count(*) FROM proposals WHERE proposal_id = ?", [pid]).fetchone()[0]:
                continue
            row = con.execute("SELECT run_id, model_theme_id FROM proposal_themes WHERE proposal_id = ? LIMIT 1",
                              [pid]).fetchone() or (None, None)
            con.execute("DELETE FROM proposal_themes WHERE proposal_id = ?", [pid])
            con.execute("INSERT INTO proposal_themes (proposal_id, theme_id, score, run_id, model_theme_id, confidence,"
                        " assigned_by) VALUES (?, ?, NULL, ?, ?, 1.0, ?)", [pid, p.theme_id, row[0], row[1], REVIEWER])
            changed += 1
    con.execute("DELETE FROM proposal_themes WHERE proposal_id NOT IN (SELECT proposal_id FROM proposals)")
    # A quote must still be a proposal of its theme.
    con.execute("""DELETE FROM theme_quotes WHERE NOT EXISTS (SELECT 1 FROM proposal_themes pt
                   WHERE pt.proposal_id = theme_quotes.proposal_id AND pt.theme_id = theme_quotes.theme_id)""")
    from pipeline.themes import tables

    run = con.execute("SELECT run_id FROM runs WHERE kind = 'themes' ORDER BY started_at DESC LIMIT 1").fetchone()
    tables.rebuild(con, run[0] if run else "granskning")
    return {"themes_changed": changed}


def _apply_document(con: duckdb.DuckDBPyConnection, state: DocState, counts: Counter[str]) -> None:
    doc = state.document_id
    cols = [d[0] for d in con.execute("SELECT * FROM proposals LIMIT 0").description]
    rows = {r[0]: list(r) for r in con.execute("SELECT * FROM proposals WHERE document_id = ?", [doc]).fetchall()}
    sentences = con.execute("SELECT sentence_no, start_char FROM sentences WHERE document_id = ? ORDER BY start_char",
                            [doc]).fetchall()
    for p in state.proposals.values():
        if p.status == "rejected":
            con.execute("DELETE FROM proposals WHERE document_id = ? AND (proposal_id = ? OR (start_char = ? AND end_char = ?))",
                        [doc, p.key, p.start, p.end])
            counts["rejected"] += 1
        elif p.status in ("edited", "added"):
            new = state.final_id(p)
            base = rows.get(new) or rows.get(p.key) or _default_row(cols, doc)
            row = dict(zip(cols, base))
            row.update(proposal_id=new, sentence_no=_sentence_no(sentences, p.start), start_char=p.start,
                       end_char=p.end, text=p.text, target_groups=list(p.target_groups), confidence=1.0)
            con.execute("DELETE FROM proposals WHERE proposal_id IN (?, ?)", [p.key, new])
            con.execute(f"INSERT INTO proposals ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                        [row[c] for c in cols])
            if new != p.key:  # the pipeline's theme follows the proposal to its new span
                con.execute("""UPDATE proposal_themes SET proposal_id = ? WHERE proposal_id = ?
                               AND NOT EXISTS (SELECT 1 FROM proposal_themes WHERE proposal_id = ?)""", [new, p.key, new])
            counts[p.status] += 1
        elif p.status == "confirmed":
            con.execute("UPDATE proposals SET target_groups = ?, confidence = 1.0 WHERE proposal_id = ?",
                        [list(p.target_groups), p.key])
            counts["confirmed"] += 1
    if state.groups_reviewed:
        con.execute("UPDATE documents SET target_groups = ? WHERE document_id = ?", [state.target_groups, doc])
        counts["target_groups"] += 1
    for e in state.events.values():
        if e.status == "rejected":
            con.execute("DELETE FROM events WHERE document_id = ? AND start_char = ? AND end_char = ?", [doc, e.start, e.end])
            counts["events_rejected"] += 1


def _default_row(cols: list[str], doc: str) -> list[Any]:
    """A reviewer's added proposal: a participants' proposal, certain."""
    row = dict.fromkeys(cols)
    row.update(document_id=doc, kind="förslag", voice="deltagare", confidence=1.0)
    return [row[c] for c in cols]


def _sentence_no(sentences: list[tuple[int, int]], start: int) -> int:
    no = sentences[0][0] if sentences else 0
    for n, s in sentences:
        if s <= start:
            no = n
    return no


def _record(con: duckdb.DuckDBPyConnection, summary: dict[str, Any], flagged: list[dict[str, Any]]) -> None:
    from pipeline.run import finish_run, start_run

    run_id = start_run(con, "reviews", "-")
    notes = f"{len(flagged)} granskningar tillämpades inte: texten har ändrats" if flagged else None
    finish_run(con, run_id, "ok", summary, {}, {"flagged": flagged}, notes)
    summary["run_id"] = run_id


def flagged_reviews(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The flags of the last applying run (for reports)."""
    row = con.execute("SELECT quality FROM runs WHERE kind = 'reviews' ORDER BY started_at DESC LIMIT 1").fetchone()
    return json.loads(row[0]).get("flagged", []) if row and row[0] else []

