"""Theme classifier, labelled-proposal files and the accuracy they measure (pure, no embedder)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dialogkartan import paths
from dialogkartan.errors import UserError
from pipeline.themes import classify
from pipeline.themes.gold import GoldProposal, load_gold, score
from pipeline.themes.run import _keyword_label, example_files, placements
from pipeline.themes.taxonomy import TaxonomyTheme, load_taxonomy

TAX = [
    TaxonomyTheme("boende", "Boende", "Bostäder och trygghetsboende.", ("bostad", "trygghetsboende")),
    TaxonomyTheme("digitalisering", "Digitalisering", "E-tjänster och appar.", ("app", "e-tjänst", "surfplatta")),
]


def test_training_texts_hold_the_taxonomy_then_the_examples() -> None:
    examples = [
        GoldProposal("Vi vill ha fler lägenheter för unga i Hede", "boende"),
        GoldProposal("kunna välja mellan olika maträtter vid lunchen", "nytt"),
        GoldProposal("fler bänkar i parken", "lokaler_miljo"),  # not in this taxonomy
    ]
    texts, labels, n_fixed = classify.training_texts(TAX, examples)
    assert n_fixed == 2 * 2 + 2 + 3 and texts[:3] == ["Boende", "Bostäder och trygghetsboende.", "bostad"]
    assert texts[n_fixed:] == ["lägenheter för unga i Hede", "kunna välja mellan olika maträtter vid lunchen"]  # framing removed
    assert labels[n_fixed:].tolist() == [0, 2]  # 2 = outside the taxonomy


def _toy(rng: np.random.Generator, per_class: int = 10) -> tuple[np.ndarray, np.ndarray, int]:
    """Prototypes (2 per theme) and examples around three directions; class 2 = outside."""
    centres = np.eye(4)[:3] + 0.3 * np.eye(4)[3]
    protos = np.vstack([centres[k] + 0.05 * rng.standard_normal((2, 4)) for k in (0, 1)])
    ex = np.vstack([centres[k] + 0.15 * rng.standard_normal((per_class, 4)) for k in (0, 1, 2)])
    return np.vstack([protos, ex]), np.array([0, 0, 1, 1] + [0] * per_class + [1] * per_class + [2] * per_class), 4


def test_classifier_gives_theme_and_outside_probabilities() -> None:
    x, y, n_fixed = _toy(np.random.default_rng(0))
    clf = classify.ThemeClassifier(n_themes=2).fit(x, y, n_fixed)
    p = clf.predict_proba(np.array([[1.0, 0, 0, 0.3], [0, 1.0, 0, 0.3], [0, 0, 1.0, 0.3]]))
    assert p.shape == (3, 3) and np.allclose(p.sum(axis=1), 1)
    assert p.argmax(axis=1).tolist() == [0, 1, 2] and p[0, 0] > 0.6
    assert classify.ThemeClassifier(2).fit(x, y, n_fixed).predict_proba(np.zeros((0, 4))).shape == (0, 3)
    with pytest.raises(ValueError, match="two themes"):
        classify.ThemeClassifier(2).fit(x[:2], y[:2], 2)


def test_cross_validation_scores_unseen_examples() -> None:
    x, y, n_fixed = _toy(np.random.default_rng(1))
    gold = [GoldProposal(f"förslag {i}", ["boende", "digitalisering", "nytt"][label]) for i, label in enumerate(y[n_fixed:])]
    cv = classify.cross_validate(x, y, n_fixed, gold, ["boende", "digitalisering"])
    assert cv is not None and cv["examples"] == 30 and cv["accuracy"] >= 0.9
    assert classify.cross_validate(x[:n_fixed], y[:n_fixed], n_fixed, [], ["boende", "digitalisering"]) is None


def test_unsure_or_outside_proposals_go_to_a_discovered_cluster_or_ovrigt() -> None:
    final, how = placements(
        ["boende", "upptackt_001", "upptackt_001", "boende", "upptackt_002", "digitalisering"],
        best=np.array([0, 1, 0, 1, 0, 0]), confidence=np.array([0.9, 0.9, 0.1, 0.1, 0.4, 0.3]),
        outside=np.array([False, False, False, False, True, True]),
        taxonomy_ids=["boende", "digitalisering"], min_confidence=0.2,
    )
    assert final == ["boende", "digitalisering", "upptackt_001", "digitalisering", "upptackt_002", "ovrigt"]
    assert how == ["klassificerare", "klassificerare", "kluster", "klassificerare", "kluster", "övrigt"]


def test_score_counts_strict_lenient_and_new_themes() -> None:
    gold = [
        GoldProposal("a", "boende"),
        GoldProposal("b", "boende", ("stod_insatser",)),
        GoldProposal("c", "digitalisering"),
        GoldProposal("d", "nytt"),
    ]
    r = score(gold, ["boende", "stod_insatser", "boende", "upptackt_003"])
    assert r["accuracy"] == 0.75 and r["accuracy_strict"] == 0.5
    assert r["per_theme"]["boende"] == {"gold": 2, "predicted": 2, "precision": 0.5, "recall": 1.0, "f1": 0.667}
    assert r["per_theme"]["digitalisering"]["recall"] == 0.0
    assert r["outside_taxonomy"] == 0.25 and [e["text"] for e in r["errors"]] == ["c"]
    with pytest.raises(ValueError):
        score(gold, ["boende"])


def test_gold_files_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("proposals:\n  - text: fler bänkar\n    theme: parker\n", encoding="utf-8")
    with pytest.raises(UserError, match="parker"):
        load_gold(bad, ["boende"])
    dup = tmp_path / "dup.yaml"
    dup.write_text("proposals:\n  - {text: fler bänkar, theme: boende}\n  - {text: fler bänkar, theme: boende}\n",
                   encoding="utf-8")
    with pytest.raises(UserError, match="repeats"):
        load_gold(dup, ["boende"])
    with pytest.raises(UserError, match="not found"):
        load_gold(tmp_path / "saknas.yaml", ["boende"])


def test_shipped_examples_and_test_set_use_the_taxonomy() -> None:
    ids = [t.id for t in load_taxonomy()]
    files = example_files(None)
    assert files and all(f.parent.name == "theme_examples" for f in files)
    examples = [g for f in files for g in load_gold(f, ids)]
    test = load_gold(paths.ROOT / "eval" / "themes" / "test.yaml", ids)
    assert len(examples) >= 200 and len(test) >= 100
    # The test set measures generalisation only if none of it is trained on.
    assert not {g.text for g in examples} & {g.text for g in test}


def test_discovered_theme_label_prefers_content_words_over_time_words() -> None:
    label = _keyword_label(["eftermiddag", "bokning", "mottagning"])
    assert not label.lower().startswith("eftermiddag")
    assert "bokning" in label.lower() and "mottagning" in label.lower()
