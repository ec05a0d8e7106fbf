"""Our scorer counts like the reference scorer; the extraction meets its bars."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dialogkartan import paths
from pipeline.evaluate import evaluate, score_files

SHARED = paths.SHARED_DIR
REF = SHARED / "tools" / "score_extraction.py"
GOLD_DEV = SHARED / "gold-dev"
OWN = Path(__file__).parent / "data"

GOLD = [
    {"id": "1", "municipality_codes": ["2401"], "published": "2024-06-03", "dialogue_type": "medborgardialog",
     "events": [{"date": "2024-05-29", "place": None, "participants": {"count": 20, "qualifier": "drygt"}}],
     "target_groups": {"required": ["aldre"], "optional": ["vuxna"]},
     "proposals": [{"text": "bygga fler trygghetsboenden för äldre", "target_groups": ["aldre"], "required": True},
                   {"text": "samverka med föreningar", "target_groups": [], "required": True},
                   {"text": "mötas oftare", "target_groups": [], "required": False}],
     "pii": {"persons": ["Anna Berg"], "emails": ["a@b.se"], "phones": ["070-123 45 67"]}},
    {"id": "2", "municipality_codes": ["1283"], "published": None, "dialogue_type": "annat", "events": [],
     "target_groups": {"required": [], "optional": []}, "proposals": [], "pii": {}},
    {"id": "3", "municipality_codes": ["0136"], "target_groups": {"required": ["vuxna"], "optional": []},
     "proposals": [{"text": "öka samverkan över kommungränser", "target_groups": []}]},
]
PREDS = {
    "perfect-ish": [
        {"id": "1", "municipality_codes": ["2401"], "published": "2024-06-03T10:00", "dialogue_type": "medborgardialog",
         "events": [{"participants": {"count": 20}}], "target_groups": ["aldre", "vuxna"],
         "proposals": [{"text": "bygga fler trygghetsboenden", "target_groups": ["aldre"]},
                       {"text": "samverka med föreningar och volontärer", "target_groups": ["aldre"]},
                       {"text": "mötas oftare"}],
         "pii": {"persons": ["anna berg"], "emails": ["A@B.se"], "phones": ["0701234567"]}},
        {"id": "2", "municipality_codes": ["1283"], "published": None, "dialogue_type": "annat", "events": [],
         "target_groups": [], "proposals": [], "pii": {}},
        {"id": "3", "municipality_codes": ["0136"], "target_groups": ["vuxna"],
         "proposals": [{"text": "öka samverkan över kommungränser"}]},
    ],
    "edge-cases": [  # a whole sentence, duplicates, wrong date, a missing document, extra groups
        {"id": "1", "municipality_codes": ["2401", "2403"], "published": "2024", "dialogue_type": "brukardialog",
         "events": [{"participants": None}, {"participants": {"count": 21}}], "target_groups": ["barn_och_unga"],
         "proposals": [{"text": "bygga fler trygghetsboenden för äldre, samverka med föreningar och mötas oftare"},
                       {"text": "bygga fler trygghetsboenden för äldre"}, {"text": "bygga fler trygghetsboenden"},
                       {"text": ""}]},
        {"id": "2", "municipality_codes": [], "published": "2019", "target_groups": ["aldre"], "proposals": None},
        {"id": "9", "municipality_codes": ["0136"]},
    ],
    "empty": [],
}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.skipif(not REF.exists(), reason="reference scorer ../shared/tools/score_extraction.py is absent")
@pytest.mark.parametrize("name", sorted(PREDS))
def test_counts_like_reference_scorer(tmp_path, name):
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    pred = _write(tmp_path / "pred.jsonl", PREDS[name])
    ref = json.loads(subprocess.run([sys.executable, str(REF), str(gold), str(pred), "--json"],
                                    capture_output=True, text=True, check=True).stdout)
    assert score_files(gold, pred) == ref


def test_scorer_edge_numbers(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    pred = _write(tmp_path / "pred.jsonl", PREDS["edge-cases"])
    r = score_files(gold, pred)
    assert r["missing_predictions"] == 1  # "3" has no prediction; "9" is not in the gold
    assert r["proposal_precision"] == pytest.approx(1 / 4)  # one match, three false positives
    assert r["published_accuracy"] == 0.0 and r["participant_count_accuracy"] == 0.0


@pytest.mark.skipif(not (GOLD_DEV / "gold.jsonl").exists(), reason="../shared/gold-dev is absent")
def test_bars_on_gold_dev():
    r = evaluate(GOLD_DEV / "gold.jsonl", GOLD_DEV / "input.jsonl")
    assert r["proposal_f1"] >= 0.80
    assert r["target_group_f1"] >= 0.90
    assert r["municipality_accuracy"] == 1.0
    assert r["participant_count_accuracy"] == 1.0


def test_bars_on_own_genre_set():
    r = evaluate(OWN / "own_gold.jsonl", OWN / "own_input.jsonl")
    assert r["documents"] >= 15
    assert r["proposal_f1"] >= 0.80
    assert r["target_group_f1"] >= 0.90
    assert r["municipality_accuracy"] == 1.0
    assert r["participant_count_accuracy"] == 1.0


@pytest.mark.parametrize("name", ["heldout", "heldout2"])
def test_bars_on_held_out_sets(name):
    """Documents written after the rules, by other authors, never tuned on: regression bars set
    below what was measured (heldout 0.89 / heldout2 0.84 proposal F1)."""
    r = evaluate(OWN / f"{name}_gold.jsonl", OWN / f"{name}_input.jsonl")
    assert r["proposal_f1"] >= 0.78
    assert r["target_group_f1"] >= 0.90
    assert r["municipality_accuracy"] == 1.0


def test_a_missed_proposal_is_told_apart_by_where_it_went():
    from pipeline.evaluate import miss_kind

    gold = "fler bänkar längs ån"
    assert miss_kind(gold, ["fler bänkar längs ån i Norrby"], [], []) == "found"
    assert miss_kind(gold, [], ["fler bänkar längs ån"], []) == "as_commitment"
    assert miss_kind(gold, ["en ny lekplats"], [], ["Deltagarna ville ha fler bänkar längs ån"]) == "dropped"
    assert miss_kind(gold, [], [], ["en ny lekplats"]) == "no_candidate"
