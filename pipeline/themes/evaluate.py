"""`dialogkartan eval themes --corpus-split test|v1:test|...`: theme the corpus split's proposals with the
real stage and report them (`report.full_report`).

Reads and writes at the edges only: gold from the corpus, predictions from a theme run in a
database of its own under data/work (its embeddings are kept between evaluations).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dialogkartan import paths
from dialogkartan.config import load_settings
from pipeline.themes import gold as theme_gold
from pipeline.themes.corpus_gold import fold_gold, load_split
from pipeline.themes.report import full_report, targets_met
from pipeline.themes.taxonomy import labelled_on, load_history, load_taxonomy

# Issue 17's bars for the frozen test split.
TARGETS = {"accuracy": 0.85, "accuracy_strict": 0.75, "macro_f1": 0.75, "min_theme_f1": 0.5, "nytt_precision": 0.6}


def _by_source(split: str, gold: list, predicted: list[str], doc_ids: list[str], new: Any) -> dict[str, Any]:
    """Accuracy on proposals of whole-page rewrites and of documents whose writer composed part
    of the page in the genre (`genre_note` in the corpus input), apart."""
    from pipeline.extract.train import load_split as load_rows

    rows, _ = load_rows(split)
    composed = {r["id"] for r in rows if r.get("genre_note")}
    out = {}
    for name, keep in (("whole page", lambda d: d not in composed), ("composed in part", lambda d: d in composed)):
        idx = [i for i, d in enumerate(doc_ids) if keep(d)]
        if idx:
            sub = full_report([gold[i] for i in idx], [predicted[i] for i in idx], [doc_ids[i] for i in idx],
                              new_themes=new)
            out[name] = {"proposals": len(idx), "accuracy": sub["accuracy"], "accuracy_strict": sub["accuracy_strict"],
                         "intervals_95": {k: sub["intervals_95"].get(k) for k in ("accuracy", "accuracy_strict")}}
    return out


def eval_corpus_split(split: str, *, embedder: str | None = None, refine: str | None = None, errors: bool = False,
                      save: Path | None = None, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    settings = dict(settings or load_settings())
    themes = dict(settings.get("themes") or {})
    if embedder:
        themes["embedder"] = embedder
    if refine:
        themes["refine"] = {**(themes.get("refine") or {}), "embedder": refine}
    settings["themes"] = themes
    ids = [t.id for t in load_taxonomy()]
    items = load_split(split, ids)
    new = load_history().added_since(labelled_on("corpus"))
    gold = fold_gold([c.gold for c in items], new)  # a no-op on v1 (no gold names a new theme)
    db = paths.data_dir() / "work" / "theme-eval" / f"corpus-{split.replace(':', '-')}.duckdb"
    predicted, summary = theme_gold.predict(gold, settings, db)
    doc_ids = [c.document_id for c in items]
    result = full_report(gold, predicted, doc_ids, summary["placements"], new_themes=new)
    if not errors:
        result.pop("errors")
    result["by_source"] = _by_source(split, gold, predicted, doc_ids, new)
    result = {"split": split, **result, "themes_counted_as_nytt": sorted(new), "targets": TARGETS,
              "targets_met": targets_met(result, TARGETS), "mode": summary["mode"],
              "embedder": summary["quality"].get("embedder"), "classifier": summary["quality"].get("classifier"),
              "seconds": summary["timings"].get("total")}
    if save:
        save.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result
