"""Pure mapping from one document's Extraction to the rows of the DuckDB tables."""
from __future__ import annotations

import hashlib
from typing import Any

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
