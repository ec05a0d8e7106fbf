"""The document item schema (docs/architecture.md) and a small validator.

Allowed values are constants so the spider, tests and the ingest agree on them.
"""
from __future__ import annotations

import re
from typing import Any

KINDS = ("html", "pdf", "text")
OUTCOMES = ("new", "changed", "unchanged", "failed", "irrelevant", "skipped")
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

SCHEMA: dict[str, tuple[type | tuple[type, ...], bool]] = {
    # field: (types, required non-empty)
    "url": (str, True),
    "canonical_url": (str, True),
    "source_id": (str, True),
    "fetched_at": (str, True),
    "status": (int, True),
    "content_type": (str, False),
    "kind": (str, True),
    "title": (str, False),
    "text": (str, True),
    "sections": (list, False),
    "published": ((str, type(None)), False),
    "updated": ((str, type(None)), False),
    "language": ((str, type(None)), False),
    "content_hash": (str, True),
    "near_duplicate_of": ((str, type(None)), False),
    "relevance": (dict, True),
    "archive": ((dict, type(None)), False),
}


def validate(item: dict[str, Any]) -> list[str]:
    """Problems with one document item; empty when it satisfies the contract."""
    errors: list[str] = []
    for name, (types, required) in SCHEMA.items():
        if name not in item:
            errors.append(f"missing {name}")
            continue
        value = item[name]
        if not isinstance(value, types):
            errors.append(f"{name}: wrong type {type(value).__name__}")
        elif required and value in ("", None, {}, []):
            errors.append(f"{name}: empty")
    if errors:
        return errors
    if item["kind"] not in KINDS:
        errors.append(f"kind: {item['kind']!r} not in {KINDS}")
    for name in ("published", "updated"):
        if item[name] is not None and not _ISO_DATE.match(item[name]):
            errors.append(f"{name}: not an ISO date")
    if not _HEX64.match(item["content_hash"]):
        errors.append("content_hash: not sha256 hex")
    text_len = len(item["text"])
    for s in item["sections"]:
        if not (isinstance(s, dict) and {"heading", "level", "start", "end"} <= s.keys()
                and 0 <= s["start"] <= s["end"] <= text_len
                and item["text"][s["start"]:s["start"] + len(s["heading"])] == s["heading"]):
            errors.append(f"sections: bad span {s!r}"[:200])
            break
    rel = item["relevance"]
    if not ({"score", "relevant", "terms"} <= rel.keys() and isinstance(rel["relevant"], bool)):
        errors.append("relevance: needs score, relevant, terms")
    return errors
