"""The trained theme classifier: stored as plain arrays, calibrated, and shipped for this taxonomy."""
from __future__ import annotations

import json

import numpy as np

from pipeline.themes import classify
from pipeline.themes.run import example_files
from pipeline.themes.taxonomy import TAXONOMY_FILE, load_taxonomy
from pipeline.themes.train import CARD_FILE, MODEL_FILE, decide, fingerprint, load_shipped


def _toy_fit() -> tuple[classify.ThemeClassifier, np.ndarray]:
    rng = np.random.default_rng(3)
    centres = np.eye(5)[:3] + 0.2
    protos = np.vstack([centres[k] + 0.05 * rng.standard_normal((2, 5)) for k in (0, 1)])
    ex = np.vstack([centres[k] + 0.15 * rng.standard_normal((8, 5)) for k in (0, 1, 2)])
    x = np.vstack([protos, ex])
    y = np.array([0, 0, 1, 1] + [0] * 8 + [1] * 8 + [2] * 8)
    return classify.ThemeClassifier(2, c=4.0).fit(x, y, 4), ex


def test_classifier_survives_a_round_trip_through_arrays(tmp_path) -> None:
    clf, ex = _toy_fit()
    np.savez(tmp_path / "m.npz", **clf.to_arrays())
    with np.load(tmp_path / "m.npz", allow_pickle=False) as data:
        back = classify.ThemeClassifier.from_arrays({k: data[k] for k in data.files})
    assert np.allclose(back.predict_proba(ex), clf.predict_proba(ex), atol=1e-6)


def test_temperature_softens_and_keeps_the_ranking() -> None:
    p = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]])
    assert np.array_equal(classify.calibrate(p, 1.0), p)
    soft = classify.calibrate(p, 2.0)
    assert np.allclose(soft.sum(axis=1), 1) and (soft.max(axis=1) < p.max(axis=1)).all()
    assert (soft.argmax(axis=1) == p.argmax(axis=1)).all()


def test_outside_is_decided_by_the_nytt_threshold() -> None:
    p = np.array([[0.5, 0.1, 0.4], [0.2, 0.1, 0.7]])
    best, conf, outside = decide(p, 0.6)
    assert best.tolist() == [0, 0] and conf.tolist() == [0.5, 0.2] and outside.tolist() == [False, True]


def test_shipped_model_is_trained_for_this_taxonomy_and_these_examples() -> None:
    """After editing themes.yaml or theme_examples/, run `dialogkartan train themes`: otherwise the
    theme stage falls back to a classifier without the corpus and without calibration."""
    card = json.loads(CARD_FILE.read_text(encoding="utf-8"))
    files = example_files(None)
    assert card["themes"] == [t.id for t in load_taxonomy()]
    assert card["fingerprint"] == fingerprint(TAXONOMY_FILE, files, card["embedder"]), "retrain: dialogkartan train themes"
    shipped = load_shipped(TAXONOMY_FILE, files, card["embedder"])
    assert shipped is not None and 0 < shipped.temperature and 0 <= shipped.min_confidence < 1
    assert load_shipped(TAXONOMY_FILE, files, "tfidf-svd") is None  # another vector space: not used
    assert MODEL_FILE.stat().st_size < 1_000_000
    assert "test" not in json.dumps(card.get("cv") or card["dev"]).lower()  # chosen on train (CV) or dev; test never read
