"""Reviewed documents as gold (the format of ../shared/gold-dev/README.md) and as training data.

Only what a reviewer judged is written: proposals with their target groups, the document's
target groups and, when events were reviewed, the events. Fields nobody reviewed (date,
municipality, dialogue type) are left out, and the scorer does not judge a missing field.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from review import store
from review.db import baselines, current_hashes
from review.state import DocState, fold, partition


def reviewed_states(con: duckdb.DuckDBPyConnection, store_path: Path | None = None,
                    reviewer: str | None = None) -> dict[str, DocState]:
    """Every reviewed document (of one reviewer, or all: the latest word wins) whose text is unchanged."""
    reviews = [r for r in store.read(store_path) if reviewer is None or r.reviewer == reviewer]
    valid, _ = partition(reviews, current_hashes(con))
    bases = baselines(con, valid)
    return {doc: fold(bases[doc], rs) for doc, rs in sorted(valid.items())}


def gold_line(state: DocState) -> dict[str, Any]:
    line: dict[str, Any] = {
        "id": state.document_id,
        "target_groups": {"required": sorted(state.target_groups), "optional": []},
        "proposals": [{"text": p.text, "target_groups": sorted(p.target_groups), "required": True,
                       "start": p.start, "end": p.end} for p in state.accepted()],
    }
    if state.events_reviewed:
        line["events"] = [{"date": e.date, "place": e.place,
                           "participants": {"count": e.count, "qualifier": e.qualifier} if e.count is not None else None}
                          for e in state.events.values() if e.status != "rejected"]
    return line


def input_lines(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    rows = con.execute(
        "SELECT document_id, title, url, text FROM documents WHERE document_id IN (SELECT unnest(?::VARCHAR[]))"
        " ORDER BY document_id", [ids]).fetchall()
    return [{"id": d, "title": t, "url": u, "text": x} for d, t, u, x in rows]


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold line in the shape the extraction writes (target groups a plain list)."""
    return {**gold, "target_groups": list(gold["target_groups"]["required"])}


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    """Line by line through a temp file: a failure half-way leaves the previous export whole."""
    from dialogkartan.textio import atomic_open

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path) as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def export_gold(con: duckdb.DuckDBPyConnection, gold_path: Path, input_path: Path | None = None,
                store_path: Path | None = None, reviewer: str | None = None) -> tuple[Path, Path, int]:
    """Write gold.jsonl and its input.jsonl (beside it unless named), so `dialogkartan eval
    --gold FILE` scores the extraction on the reviewed pages."""
    states = reviewed_states(con, store_path, reviewer)
    input_path = input_path or gold_path.parent / "input.jsonl"
    _write_jsonl(gold_path, [gold_line(s) for s in states.values()])
    _write_jsonl(input_path, input_lines(con, list(states)))
    return gold_path, input_path, len(states)


# --- training ---------------------------------------------------------------------------------


def _test_texts() -> list[str]:
    """Texts of the frozen test split: nothing that rewords one of them may be trained on."""
    from pipeline.extract.train import load_split

    inputs, gold = load_split("test")
    return [r.get("text") or "" for r in inputs] + [p["text"] for g in gold.values() for p in g.get("proposals") or []]


def _independent(texts: list[str], bar: float = 0.7) -> list[bool]:
    from pipeline.textmatch import near_duplicates

    hit = {q for q, _, _ in near_duplicates(texts, _test_texts(), threshold=bar)}
    return [i not in hit for i in range(len(texts))]


def training_documents(con: duckdb.DuckDBPyConnection, store_path: Path | None = None
                       ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(input rows, gold by id) of reviewed documents, for `pipeline.extract.train` beside its
    train split; documents that near-duplicate a frozen test text are left out."""
    states = reviewed_states(con, store_path)
    inputs = input_lines(con, list(states))
    keep = _independent([r["text"] or "" for r in inputs])
    inputs = [r for r, k in zip(inputs, keep, strict=True) if k]
    return inputs, {r["id"]: gold_line(states[r["id"]]) for r in inputs}


def write_training(con: duckdb.DuckDBPyConnection, directory: Path, store_path: Path | None = None) -> tuple[int, int]:
    """DIR/input.jsonl and DIR/gold.jsonl in the corpus's format, for a training set list such
    as `EXTRA_TRAIN` in pipeline/extract/train.py; returns (written, left out)."""
    inputs, gold = training_documents(con, store_path)
    _write_jsonl(directory / "input.jsonl", inputs)
    _write_jsonl(directory / "gold.jsonl", [gold[r["id"]] for r in inputs])
    return len(inputs), len(reviewed_states(con, store_path)) - len(inputs)


def theme_examples(con: duckdb.DuckDBPyConnection, store_path: Path | None = None) -> Iterator[dict[str, str]]:
    """Reviewed themes as labelled examples ({text, theme}, the theme_examples/*.yaml shape),
    one per distinct text, none rewording a frozen test proposal."""
    from pipeline.themes.taxonomy import load_taxonomy

    taxonomy = {t.id for t in load_taxonomy()}  # a discovered theme's id is no label to learn
    seen: dict[str, str] = {}
    for state in reviewed_states(con, store_path).values():
        for p in state.accepted():
            if p.theme_reviewed and p.theme_id in taxonomy and p.text.strip():
                seen[p.text.strip()] = p.theme_id
    texts = list(seen)
    for text, ok in zip(texts, _independent(texts, bar=0.6), strict=True):
        if ok:
            yield {"text": text, "theme": seen[text]}


def write_theme_examples(con: duckdb.DuckDBPyConnection, path: Path, store_path: Path | None = None) -> int:
    """A file `themes.examples` in settings.yaml can list beside config/taxonomy/theme_examples/."""
    import yaml

    items = list(theme_examples(con, store_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "# Granskade teman (dialogkartan review export --theme-examples): genererad, redigera inte.\n"
    from dialogkartan.textio import atomic_open

    with atomic_open(path) as f:
        f.write(header + yaml.safe_dump({"proposals": items}, allow_unicode=True, sort_keys=False))
    return len(items)
