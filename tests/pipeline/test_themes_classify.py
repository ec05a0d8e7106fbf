"""Theme classifier, labelled-proposal files and the accuracy they measure (pure, no embedder)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dialogkartan.errors import UserError
from pipeline.themes import classify
from pipeline.themes.gold import GoldProposal, load_gold, score
from pipeline.themes.run import _keyword_label, example_files, placements
from pipeline.themes.taxonomy import TaxonomyTheme, load_taxonomy

TAX = [
    TaxonomyTheme("boende", "Boende", "Bostäder och trygghetsboende.", ("bostad", "trygghetsboende")),
    TaxonomyTheme("digitalisering", "Digitalisering", "E-tjänster och appar.", ("app", "e-tjänst", "surfplatta")),
]


def test_training_texts_hold_the_taxonomy_and_learnable_examples_only() -> None:
    examples = [
        GoldProposal("Vi vill ha fler lägenheter för unga i Hede", "boende"),
        GoldProposal("kunna välja mellan två rätter till lunch", "nytt"),
        GoldProposal("fler bänkar i parken", "lokaler_miljo"),  # not in this taxonomy
    ]
    texts, labels = classify.training_texts(TAX, examples)
    assert texts[:3] == ["Boende", "Bostäder och trygghetsboende.", "bostad"]
    assert texts[-1] == "lägenheter för unga i Hede"  # framing removed, as for the corpus
    assert len(texts) == 2 * 2 + 2 + 3 + 1 and labels.tolist().count(1) == 2 + 3


def test_classifier_probabilities_cover_every_theme() -> None:
    rng = np.random.default_rng(0)
    centres = np.eye(3)
    x = np.vstack([c + 0.1 * rng.standard_normal((10, 3)) for c in centres[:2]])
    y = np.repeat([0, 1], 10)
    clf = classify.ThemeClassifier(n_themes=3).fit(x, y)
    p = clf.predict_proba(np.array([[1.0, 0, 0], [0, 1.0, 0]]))
    assert p.shape == (2, 3) and np.allclose(p.sum(axis=1), 1)
    assert p[:, 2].tolist() == [0, 0]  # no example of theme 2: never predicted
    assert p[0].argmax() == 0 and p[1].argmax() == 1 and p[0, 0] > 0.8
    with pytest.raises(ValueError, match="two themes"):
        classify.ThemeClassifier(3).fit(x[:10], y[:10])


def test_cross_validation_scores_unseen_examples() -> None:
    rng = np.random.default_rng(1)
    fixed = np.eye(2)
    ex = np.vstack([np.eye(2)[k] + 0.2 * rng.standard_normal(2) for k in [0, 1] * 10])
    gold = [GoldProposal(f"förslag {i}", ["boende", "digitalisering"][i % 2]) for i in range(20)]
    cv = classify.cross_validate(np.vstack([fixed, ex]), np.array([0, 1] + [0, 1] * 10), 2, gold, 2,
                                 ["boende", "digitalisering"])
    assert cv is not None and cv["examples"] == 20 and cv["accuracy"] >= 0.9
    assert classify.cross_validate(fixed, np.array([0, 1]), 2, [], 2, ["boende", "digitalisering"]) is None


def test_unsure_proposals_in_a_discovered_cluster_join_it() -> None:
    final, how = placements(
        ["boende", "upptackt_001", "upptackt_001", "ovrigt"],
        best=np.array([0, 1, 0, 1]), confidence=np.array([0.9, 0.9, 0.1, 0.1]),
        taxonomy_ids=["boende", "digitalisering"], min_confidence=0.2,
    )
    assert final == ["boende", "digitalisering", "upptackt_001", "digitalisering"]
    assert how == ["klassificerare", "klassificerare", "kluster", "klassificerare"]


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
    test = load_gold(Path(__file__).resolve().parents[2] / "eval" / "themes" / "test.yaml", ids)
    assert len(examples) >= 200 and len(test) >= 100
    # The test set measures generalisation only if none of it is trained on.
    assert not {g.text for g in examples} & {g.text for g in test}


def test_discovered_theme_label_prefers_content_words_over_time_words() -> None:
    label = _keyword_label(["eftermiddag", "bokning", "mottagning"])
    assert not label.lower().startswith("eftermiddag")
    assert "bokning" in label.lower() and "mottagning" in label.lower()
