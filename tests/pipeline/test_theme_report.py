"""Theme gold from the corpus and the report `eval themes --corpus-split` prints (pure, no embedder)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dialogkartan.errors import UserError
from pipeline.themes.corpus_gold import load_split
from pipeline.themes.gold import GoldProposal
from pipeline.themes.report import (bootstrap, confusion_pairs, fold_new_themes, full_report, new_precision,
                                    reliability, targets_met)
from pipeline.themes.taxonomy import History, load_taxonomy


def _corpus(tmp_path: Path) -> Path:
    """Two authors, one document each in train; a third author's folder is unreadable on purpose."""
    from pipeline.extract.train import SPLIT_FILES

    for name in SPLIT_FILES.values():
        (tmp_path / name).write_text("splits:\n  train: [b1-01, b2-01]\n  dev: []\n  test: []\n", encoding="utf-8")
    docs = {
        "b1": {"id": "b1-01", "proposals": [
            {"text": "en ny gångbro över ån", "theme": "lokaler_miljo", "also": ["tillganglighet"], "required": True},
            {"text": "kvällsöppet på biblioteket", "theme": "motesplatser_aktiviteter", "also": [], "required": False}]},
        "b2": {"id": "b2-01", "proposals": [{"text": "en kiosk vid badplatsen", "theme": "nytt", "also": []},
                                            {"text": "utan tema"}]},
    }
    for author, doc in docs.items():
        (tmp_path / "raw" / author).mkdir(parents=True)
        (tmp_path / "raw" / author / "gold.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "raw" / "b9").mkdir()
    (tmp_path / "raw" / "b9" / "gold.jsonl").write_text("not json", encoding="utf-8")  # outside every split
    return tmp_path


def test_corpus_split_becomes_theme_gold_with_documents(tmp_path: Path) -> None:
    ids = [t.id for t in load_taxonomy()]
    items = load_split("train", ids, corpus=_corpus(tmp_path))
    assert [c.document_id for c in items] == ["b1-01", "b1-01", "b2-01"]
    assert items[0].gold.accepted == {"lokaler_miljo", "tillganglighet"} and not items[1].required
    assert items[2].gold.theme == "nytt"
    with pytest.raises(UserError, match="split"):
        load_split("held-out", ids, corpus=tmp_path)


def test_unknown_theme_in_the_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="unknown themes"):
        load_split("train", ["lokaler_miljo"], corpus=_corpus(tmp_path))


GOLD = [GoldProposal("a", "boende"), GoldProposal("b", "boende", ("tillganglighet",)), GoldProposal("c", "nytt"),
        GoldProposal("d", "ekonomi"), GoldProposal("e", "nytt")]


def test_nytt_precision_and_confusions() -> None:
    predicted = ["boende", "tillganglighet", "ovrigt", "ovrigt", "boende"]
    assert new_precision(GOLD, predicted) == (0.5, 2)
    assert confusion_pairs(GOLD, predicted) == [{"gold": "ekonomi", "predicted": "nytt", "count": 1},
                                                {"gold": "nytt", "predicted": "boende", "count": 1}]


def test_themes_added_after_labelling_count_as_nytt() -> None:
    assert fold_new_themes(["handel", "boende"], {"handel"}) == ["nytt", "boende"]
    history = History(added={"handel": "2026-11-30", "gamla": "2026-01-01"})
    assert history.added_since("2026-11-30") == {"handel"}


def test_reliability_bins_and_ece() -> None:
    rel = reliability([0.1, 0.15, 0.9, 0.95], [False, False, True, True], bins=5)
    assert [b["n"] for b in rel["bins"]] == [2, 2] and rel["ece"] == pytest.approx(0.1, abs=1e-3)
    assert reliability([1.0], [True])["bins"][0]["bin"] == "0.8-1.0"  # the top edge belongs to the last bin


def test_bootstrap_resamples_documents_deterministically() -> None:
    predicted = ["boende", "tillganglighet", "ovrigt", "ovrigt", "boende"]
    groups = ["d1", "d1", "d2", "d3", "d3"]
    a, b = bootstrap(GOLD, predicted, groups, reps=200), bootstrap(GOLD, predicted, groups, reps=200)
    assert a == b and a["accuracy"][0] <= 0.6 <= a["accuracy"][1]


def test_full_report_flags_thin_themes_and_checks_targets() -> None:
    predicted = ["boende", "boende", "ovrigt", "ekonomi", "ovrigt"]
    places = [{"confidence": 0.9, "assigned_by": "klassificerare"}] * 2 + [{"confidence": 0.3, "assigned_by": "övrigt"},
              {"confidence": 0.6, "assigned_by": "klassificerare"}, {"confidence": 0.2, "assigned_by": "övrigt"}]
    out = full_report(GOLD, predicted, ["d1", "d1", "d2", "d3", "d3"], places, reps=50)
    assert out["accuracy"] == 1.0 and out["per_theme"]["boende"]["note"] == "too few"
    assert out["reliability"]["proposals"] == 3 and "ECE" in out["reliability_table"]
    assert all(targets_met(out, {"accuracy": 0.85, "nytt_precision": 0.6, "min_theme_f1": 0.5}).values())


def test_eval_themes_rejects_an_unknown_corpus_split(monkeypatch, capsys) -> None:
    import sys

    from dialogkartan import cli

    monkeypatch.setattr(sys, "argv", ["dialogkartan", "eval", "themes", "--corpus-split", "heldout"])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code != 0 and "unknown corpus split" in capsys.readouterr().err
