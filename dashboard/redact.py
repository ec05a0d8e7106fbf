"""Redaction of person data on screen and in downloads.

Primary source: the pipeline's `entities` rows with `is_pii`, stored per document with character
spans, so a quote or sentence is redacted exactly where the pipeline's NER found a name. As a
safety net, the rule-based part of `pipeline.pii.detect_pii` (e-mail, phone, personnummer,
name rules; no NER, so it is fast) runs on every shown text too; when `pipeline.pii` cannot be
imported, a minimal e-mail/phone pattern does that job.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

PLACEHOLDERS = {"PER": "[namn]", "EMAIL": "[e-post]", "PHONE": "[telefon]", "PNR": "[personnummer]"}
OTHER = "[maskerat]"
_PRIORITY = {"EMAIL": 4, "PNR": 3, "PHONE": 2, "PER": 1}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:\+46\s?|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2}){1,3}(?!\d)")

Span = tuple[int, int, str]  # start, end (relative to the text), label


def _minimal_spans(text: str) -> list[Span]:
    spans = [(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
    spans += [(m.start(), m.end(), "PHONE") for m in _PHONE.finditer(text)]
    return spans


@lru_cache(maxsize=1)
def _rule_detector() -> Callable[[str], list[Span]]:
    try:
        from pipeline.pii import detect_pii
    except Exception:  # noqa: BLE001 - any import problem → the minimal fallback
        return _minimal_spans

    def detect(text: str) -> list[Span]:
        return [(s.start, s.end, s.label) for s in detect_pii(text, use_ner=False)] + _minimal_spans(text)

    return detect


def _resolve(spans: Iterable[Span], length: int) -> list[Span]:
    """Non-overlapping spans inside [0, length): stronger label, then longer span wins."""
    chosen: list[Span] = []
    clipped = [(max(0, a), min(length, b), lab) for a, b, lab in spans]
    for a, b, lab in sorted(clipped, key=lambda s: (-_PRIORITY.get(s[2], 0), -(s[1] - s[0]), s[0])):
        if a >= b:
            continue
        if all(b <= c or a >= d for c, d, _ in chosen):
            chosen.append((a, b, lab))
    return sorted(chosen)


def redact(text: str | None, entity_spans: Sequence[Span] | None = None, rules: bool = True) -> str | None:
    """`text` with person data replaced by placeholders ("[namn]", "[e-post]" …).

    `entity_spans` are the pipeline's PII entities, already relative to `text`.
    """
    if not text:
        return text
    spans = list(entity_spans or [])
    if rules:
        spans += _rule_detector()(text)
    out: list[str] = []
    pos = 0
    for a, b, lab in _resolve(spans, len(text)):
        out.append(text[pos:a])
        out.append(PLACEHOLDERS.get(lab, OTHER))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def as_spans(rows: object) -> list[Span]:
    """DuckDB's list of structs {s, e, label} → spans (None or NaN → none)."""
    if rows is None or not isinstance(rows, (list, tuple)) and not hasattr(rows, "__iter__"):
        return []
    spans: list[Span] = []
    for r in rows:  # type: ignore[union-attr]
        if isinstance(r, dict) and r.get("s") is not None:
            spans.append((int(r["s"]), int(r["e"]), str(r["label"])))
    return spans


def pii_spans_sql(alias: str, start_col: str, end_col: str, name: str = "pii") -> str:
    """A correlated subquery: the PII entities overlapping a text span of the row `alias`,
    as a list of {s, e, label} relative to the span's start. Column names are ours, not user input."""
    return (
        f"(SELECT list({{'s': greatest(e.start_char, {alias}.{start_col}) - {alias}.{start_col}, "
        f"'e': least(e.end_char, {alias}.{end_col}) - {alias}.{start_col}, 'label': e.label}}) "
        f"FROM entities e WHERE e.is_pii AND e.document_id = {alias}.document_id "
        f"AND e.start_char < {alias}.{end_col} AND e.end_char > {alias}.{start_col}) AS {name}"
    )
