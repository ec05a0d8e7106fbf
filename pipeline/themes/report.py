"""The full theme report on a gold set: accuracy, per-theme P/R/F1 with support, confusion pairs,
`nytt` precision, bootstrap intervals over documents, and a reliability diagram.

Pure: gold, predictions and confidences in, a dict out. `score` in `gold.py` defines what counts
as right; this module adds what a coordinator needs to trust the figures.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any

import numpy as np

from pipeline.themes.gold import NEW, GoldProposal, is_new, score

TOO_FEW = 5          # per-theme figures on fewer gold proposals than this are flagged
BOOTSTRAP_REPS = 1000
RELIABILITY_BINS = 5


def fold_new_themes(predicted: Sequence[str], new_themes: Collection[str]) -> list[str]:
    """Themes added after the gold was labelled count as "outside the taxonomy" (`nytt`): the
    annotators could not choose them, so they are right exactly where the gold says `nytt`."""
    return [NEW if p in new_themes else p for p in predicted]


def new_precision(gold: Sequence[GoldProposal], predicted: Sequence[str]) -> tuple[float | None, int]:
    """(share of "outside the taxonomy" predictions the gold accepts as `nytt`, how many there were)."""
    hits = [NEW in g.accepted for g, p in zip(gold, predicted, strict=True) if is_new(p) or p == NEW]
    return (round(sum(hits) / len(hits), 4) if hits else None), len(hits)


def confusion_pairs(gold: Sequence[GoldProposal], predicted: Sequence[str], top: int = 10) -> list[dict[str, Any]]:
    """The most frequent (gold theme → predicted theme) mistakes."""
    pairs: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        key = NEW if is_new(p) else p
        if key not in g.accepted:
            pairs[(g.theme, key)] += 1
    return [{"gold": a, "predicted": b, "count": n}
            for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def reliability(confidence: Sequence[float], correct: Sequence[bool], bins: int = RELIABILITY_BINS) -> dict[str, Any]:
    """Equal-width confidence bins: mean confidence vs accuracy, and the expected calibration error."""
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    rows, ece = [], 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    for k in range(bins):
        lo, hi = edges[k], edges[k + 1]
        mask = (conf >= lo) & ((conf < hi) if k < bins - 1 else (conf <= hi))
        if not mask.any():
            continue
        mc, acc = float(conf[mask].mean()), float(ok[mask].mean())
        ece += mask.sum() / max(1, len(conf)) * abs(mc - acc)
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(mask.sum()), "mean_confidence": round(mc, 3),
                     "accuracy": round(acc, 3)})
    return {"proposals": len(conf), "bins": rows, "ece": round(ece, 4) if len(conf) else None}


def reliability_table(rel: dict[str, Any]) -> str:
    lines = ["confidence   n  mean conf  accuracy"]
    for r in rel["bins"]:
        lines.append(f"{r['bin']:>9} {r['n']:>4}  {r['mean_confidence']:>9.3f}  {r['accuracy']:>8.3f}")
    lines.append(f"ECE {rel['ece']}")
    return "\n".join(lines)


def _headline(gold: Sequence[GoldProposal], predicted: Sequence[str]) -> dict[str, float | None]:
    s = score(gold, predicted)
    return {"accuracy": s["accuracy"], "accuracy_strict": s["accuracy_strict"], "macro_f1": s["macro_f1"],
            "nytt_precision": new_precision(gold, predicted)[0]}


def bootstrap(gold: Sequence[GoldProposal], predicted: Sequence[str], groups: Sequence[str],
              reps: int = BOOTSTRAP_REPS, seed: int = 0) -> dict[str, list[float] | None]:
    """95 % percentile intervals, resampling whole documents (proposals of one page are not independent)."""
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_group.setdefault(g, []).append(i)
    units = list(by_group.values())
    rng = np.random.default_rng(seed)
    samples: dict[str, list[float]] = {k: [] for k in ("accuracy", "accuracy_strict", "macro_f1", "nytt_precision")}
    for _ in range(reps):
        idx = [i for u in rng.integers(0, len(units), len(units)) for i in units[u]]
        for k, v in _headline([gold[i] for i in idx], [predicted[i] for i in idx]).items():
            if v is not None:
                samples[k].append(v)
    return {k: ([round(float(np.percentile(v, 2.5)), 3), round(float(np.percentile(v, 97.5)), 3)] if v else None)
            for k, v in samples.items()}


def full_report(gold: Sequence[GoldProposal], predicted: Sequence[str], groups: Sequence[str],
                placements: Sequence[dict[str, Any]] | None = None, new_themes: Collection[str] = (),
                reps: int = BOOTSTRAP_REPS) -> dict[str, Any]:
    """Everything `dialogkartan eval themes` prints for a gold set with document ids."""
    predicted = fold_new_themes(predicted, new_themes)
    out = score(gold, predicted)
    for t, row in out["per_theme"].items():
        row["support"] = row.pop("gold")
        if row["support"] < TOO_FEW:
            row["note"] = "too few"  # fewer than TOO_FEW gold proposals: the figure says little
    out["nytt_precision"], out["nytt_predicted"] = new_precision(gold, predicted)
    out["confusions"] = confusion_pairs(gold, predicted)
    out["intervals_95"] = bootstrap(gold, predicted, groups, reps=reps)
    out["documents"] = len(set(groups))
    if placements is not None:
        # The confidence users see ("säkerhet") is the classifier's probability of the taxonomy
        # theme it placed a proposal in; the diagram checks it on those placements.
        idx = [i for i, p in enumerate(placements) if p.get("assigned_by") == "klassificerare" and p.get("confidence") is not None]
        rel = reliability([placements[i]["confidence"] for i in idx],
                          [predicted[i] in gold[i].accepted for i in idx])
        out["reliability"] = rel
        out["reliability_table"] = reliability_table(rel)
    return out


def targets_met(result: dict[str, Any], targets: dict[str, float]) -> dict[str, bool | None]:
    """The issue's bars against a report (None where the figure is missing)."""
    met: dict[str, bool | None] = {}
    for key in ("accuracy", "accuracy_strict", "macro_f1", "nytt_precision"):
        if key in targets:
            v = result.get(key)
            met[key] = None if v is None else v >= targets[key]
    if "min_theme_f1" in targets:
        rows = [r for t, r in result["per_theme"].items() if t != NEW and r["support"] >= TOO_FEW]
        met["min_theme_f1"] = all(r["f1"] >= targets["min_theme_f1"] for r in rows)
    return met
