"""Our noun-phrase chunker on the trained parse."""
from __future__ import annotations

import pytest

from dialogkartan import paths
from pipeline.chunker import keyphrases, noun_chunks
from pipeline.nlp import is_trained, load_nlp

SEEDS = paths.SHARED_DIR / "seeds"


@pytest.fixture(scope="module")
def nlp():
    nlp = load_nlp()
    assert is_trained(nlp), "the shipped model is needed for chunks"
    return nlp


def test_coordinated_and_prepositional_nouns(nlp):
    doc = nlp("Invånarna önskade bättre belysning och fler bänkar längs promenadstråken.")
    texts = [c.text for c in noun_chunks(doc)]
    assert "bättre belysning" in texts
    assert "fler bänkar" in texts  # the second conjunct, quantifier kept in the text
    assert "promenadstråken" in texts  # inside a prepositional phrase
    assert "Invånarna" in texts


def test_determiners_dropped_and_lemmas(nlp):
    doc = nlp("Våra nya mötesplatser öppnar i höst.")
    chunk = next(c for c in noun_chunks(doc) if c.head_lemma == "mötesplats")
    assert chunk.text == "nya mötesplatser"
    assert chunk.lemma == "ny mötesplats"
    assert doc.text[chunk.start_char : chunk.end_char] == chunk.text


def test_extended_chunks_and_keyphrases(nlp):
    doc = nlp("Vi behöver bättre kollektivtrafik och fler parkeringsplatser vid vårdcentralen.")
    ext = [c.text for c in noun_chunks(doc, extended=True) if c.extended]
    assert "fler parkeringsplatser vid vårdcentralen" in ext
    kp = keyphrases(doc)
    assert "parkeringsplats" in kp  # quantifier "fler" left out of the lemma
    assert "bättre kollektivtrafik" in kp  # comparative kept as written
    assert "vårdcentral" in kp


def test_blank_pipeline_gives_no_chunks():
    doc = load_nlp(prefer_trained=False)("Nya mötesplatser för unga.")
    assert noun_chunks(doc) == []


def test_seed_chunks_are_within_text(nlp):
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else []
    if not files:
        pytest.skip(f"no seed texts in {SEEDS}")
    for f in files:
        text = f.read_text(encoding="utf-8")
        chunks = noun_chunks(nlp(text))
        assert len(chunks) > 10, f.name
        for c in chunks:
            assert text[c.start_char : c.end_char] == c.text
            assert c.head_lemma
