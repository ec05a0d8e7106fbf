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
    result = full_report(gold, predicted, [c.document_id for c in items], summary["placements"], new_themes=new)
    if not errors:
        result.pop("errors")
    result = {"split": split, **result, "themes_counted_as_nytt": sorted(new), "targets": TARGETS,
              "targets_met": targets_met(result, TARGETS), "mode": summary["mode"],
              "embedder": summary["quality"].get("embedder"), "classifier": summary["quality"].get("classifier"),
              "seconds": summary["timings"].get("total")}
    if save:
        save.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result
