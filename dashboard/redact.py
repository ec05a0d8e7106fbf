"""Redaction of person data on screen and in downloads.

Primary source: the pipeline's `entities` rows with `is_pii`, stored per document with character
spans, so a quote or sentence is redacted exactly where the pipeline's NER found a name. As a
safety net the project's one PII rule set, `dialogkartan.pii_patterns` (e-mail, phone,
personnummer, known first names; no NER and no spaCy, so the dashboard stays light), runs on
every shown text too, and its `replace_spans` does the replacing.
"""
from __future__ import annotations

from collections.abc import Sequence

from dialogkartan.pii_patterns import PiiSpan, pattern_spans, replace_spans

Span = tuple[int, int, str]  # start, end (relative to the text), label


def _rule_spans(text: str) -> list[Span]:
    return [(s.start, s.end, s.label) for s in pattern_spans(text)]


def redact(text: str | None, entity_spans: Sequence[Span] | None = None, rules: bool = True) -> str | None:
    """`text` with person data replaced by placeholders ("[namn]", "[e-post]" …).

    `entity_spans` are the pipeline's PII entities, already relative to `text`.
    """
    if not text:
        return text
    spans = list(entity_spans or [])
    if rules:
        spans += _rule_spans(text)
    n = len(text)
    clipped = [PiiSpan(max(0, a), min(n, b), lab, "") for a, b, lab in spans]
    return replace_spans(text, [s for s in clipped if s.start < s.end])


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
