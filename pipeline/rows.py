"""Pure mapping from one document's Extraction to the rows of the DuckDB tables."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from dialogkartan.dates import period_start
from pipeline.types import Extraction

# Tables holding rows derived from one document; cleared and rewritten together.
DERIVED_TABLES = (
    "sections",
    "sentences",
    "target_group_mentions",
    "proposals",
    "commitments",
    "events",
    "entities",
    "document_municipalities",
)


def proposal_id(document_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{document_id}:{start}:{end}".encode()).hexdigest()[:16]


def rows_for(document_id: str, ex: Extraction) -> dict[str, list[list[Any]]]:
    return {
        "sections": [[document_id, s.idx, s.heading, s.start, s.end, s.target_groups] for s in ex.sections],
        "sentences": [[document_id, s.idx, s.section, s.start, s.end, s.text] for s in ex.sentences],
        "target_group_mentions": [
            [document_id, m.sentence, m.group, m.start, m.end, m.text, m.via] for m in ex.target_group_mentions
        ],
        "proposals": [
            [
                proposal_id(document_id, p.start, p.end), document_id, p.sentence, p.start, p.end, p.text,
                p.action, p.object, p.target_groups, p.kind, p.voice, p.status, p.confidence,
            ]
            for p in ex.proposals
        ],
        "commitments": [
            [proposal_id(document_id, c.start, c.end), document_id, c.sentence, c.start, c.end, c.text, c.voice,
             c.confidence]
            for c in ex.commitments
        ],
        "events": [
            [
                document_id, n, e.sentence, e.start, e.end, e.date, e.place, e.count, e.qualifier,
                e.participant_kinds,
            ]
            for n, e in enumerate(ex.events)
        ],
        "entities": [
            [document_id, e.sentence, e.start, e.end, e.label, e.text, e.pii] for e in ex.entities
        ],
        "document_municipalities": [
            [document_id, code, "publisher"] for code in dict.fromkeys(ex.municipality_codes)
        ]
        + [[document_id, code, "mentioned"] for code in dict.fromkeys(ex.mentioned_municipality_codes)],
    }


# Column names and Arrow types of each derived table, in the order of `rows_for` and of the
# tables in dialogkartan/db/migrations: shards carry these types so a Parquet round trip, a Ray
# batch and a local batch all hand the writer identical tables.
_STR, _INT, _F64, _BOOL, _STRS = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.list_(pa.string())
SCHEMAS: dict[str, pa.Schema] = {
    "sections": pa.schema([("document_id", _STR), ("section_no", _INT), ("heading", _STR), ("start_char", _INT),
                           ("end_char", _INT), ("target_groups", _STRS)]),
    "sentences": pa.schema([("document_id", _STR), ("sentence_no", _INT), ("section_no", _INT),
                            ("start_char", _INT), ("end_char", _INT), ("text", _STR)]),
    "target_group_mentions": pa.schema([("document_id", _STR), ("sentence_no", _INT), ("target_group", _STR),
                                        ("start_char", _INT), ("end_char", _INT), ("matched_text", _STR),
                                        ("via", _STR)]),
    "proposals": pa.schema([("proposal_id", _STR), ("document_id", _STR), ("sentence_no", _INT),
                            ("start_char", _INT), ("end_char", _INT), ("text", _STR), ("action", _STR),
                            ("object", _STR), ("target_groups", _STRS), ("kind", _STR), ("voice", _STR),
                            ("status", _STR), ("confidence", _F64)]),
    "commitments": pa.schema([("commitment_id", _STR), ("document_id", _STR), ("sentence_no", _INT),
                              ("start_char", _INT), ("end_char", _INT), ("text", _STR), ("voice", _STR),
                              ("confidence", _F64)]),
    "events": pa.schema([("document_id", _STR), ("event_no", _INT), ("sentence_no", _INT), ("start_char", _INT),
                         ("end_char", _INT), ("date", _STR), ("place", _STR), ("participants_count", _INT),
                         ("participants_qualifier", _STR), ("participant_kinds", _STRS)]),
    "entities": pa.schema([("document_id", _STR), ("sentence_no", _INT), ("start_char", _INT), ("end_char", _INT),
                           ("label", _STR), ("text", _STR), ("is_pii", _BOOL)]),
    "document_municipalities": pa.schema([("document_id", _STR), ("municipality_code", _STR), ("role", _STR)]),
}
# What extraction sets on the document row itself, and the counts a run reports.
DOCUMENT_SCHEMA = pa.schema([
    ("document_id", _STR), ("dialogue_type", _STR), ("target_groups", _STRS),
    ("language", _STR), ("is_swedish", _BOOL), ("published", _STR), ("published_date", _STR),
    ("municipality_code", _STR), ("county_code", _STR), ("proposals", _INT), ("events", _INT),
])


def document_row(document_id: str, ex: Extraction) -> list[Any]:
    return [
        document_id, ex.dialogue_type, ex.target_groups, ex.language, ex.is_swedish, ex.published,
        period_start(ex.published), ex.municipality_codes[0] if ex.municipality_codes else None,
        ex.county_codes[0] if ex.county_codes else None,
        len(ex.proposals), len(ex.events),
    ]


def batch_tables(items: Iterable[tuple[str, Extraction]]) -> dict[str, pa.Table]:
    """Arrow tables for a batch of (document_id, extraction): one per derived table, plus
    `documents` with what extraction sets on each document row."""
    columns: dict[str, list[list[Any]]] = {t: [] for t in DERIVED_TABLES}
    docs: list[list[Any]] = []
    for document_id, ex in items:
        for table, rows in rows_for(document_id, ex).items():
            columns[table].extend(rows)
        docs.append(document_row(document_id, ex))
    out = {t: _table(columns[t], SCHEMAS[t]) for t in DERIVED_TABLES}
    out["documents"] = _table(docs, DOCUMENT_SCHEMA)
    return out


def _table(rows: list[list[Any]], schema: pa.Schema) -> pa.Table:
    cols = list(zip(*rows)) if rows else [() for _ in schema]
    return pa.table([pa.array(list(c), type=f.type) for c, f in zip(cols, schema, strict=True)], schema=schema)
