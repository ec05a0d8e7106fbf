"""Reading what the reviews are about from the published database (a read-only reader or the
run's writer: the same queries serve both)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import duckdb

from review.state import Baseline, Event, Proposal


def current_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT document_id, content_hash FROM documents").fetchall())


def baselines(con: duckdb.DuckDBPyConnection, document_ids: Iterable[str]) -> dict[str, Baseline]:
    ids = sorted(set(document_ids))
    if not ids:
        return {}
    props: dict[str, list[Proposal]] = defaultdict(list)
    for pid, doc, a, b, text, groups, theme, conf in con.execute(
        """SELECT p.proposal_id, p.document_id, p.start_char, p.end_char, p.text, p.target_groups,
                  (SELECT min(theme_id) FROM proposal_themes pt WHERE pt.proposal_id = p.proposal_id), p.confidence
           FROM proposals p WHERE p.document_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY p.start_char, p.end_char""",
        [ids],
    ).fetchall():
        props[doc].append(Proposal(pid, a, b, text, tuple(groups or ()), theme, "pipeline", conf))
    events: dict[str, list[Event]] = defaultdict(list)
    for doc, a, b, date, place, count, qual in con.execute(
        """SELECT document_id, start_char, end_char, date, place, participants_count, participants_qualifier
           FROM events WHERE document_id IN (SELECT unnest(?::VARCHAR[])) AND start_char IS NOT NULL
           ORDER BY event_no""",
        [ids],
    ).fetchall():
        events[doc].append(Event(a, b, date, place, count, qual))
    out = {}
    for doc, chash, text, groups in con.execute(
        "SELECT document_id, content_hash, text, target_groups FROM documents WHERE document_id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    ).fetchall():
        out[doc] = Baseline(doc, chash, text or "", tuple(props[doc]), tuple(groups or ()), tuple(events[doc]))
    return out
