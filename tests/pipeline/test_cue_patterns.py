"""Every cue pattern matches its own example sentence, and finds exactly the span it promises."""
from __future__ import annotations

import pytest

from pipeline.extract.cues import CueMatcher, is_imperative_form, load_patterns
from pipeline.nlp import load_nlp

ROWS = [(kind, row) for kind, rows in load_patterns().items() for row in rows]


@pytest.fixture(scope="module")
def matcher():
    nlp = load_nlp()
    return nlp, CueMatcher(nlp.vocab)


@pytest.mark.parametrize("kind,row", ROWS, ids=[row["id"] for _, row in ROWS])
def test_pattern_matches_its_example(matcher, kind, row):
    nlp, m = matcher
    doc = nlp(row["example"])
    found = [doc.text[c.start:c.end] for c in m.find(doc) if c.id == row["id"]]
    assert row["match"] in found, f"{row['id']} found {found} in {row['example']!r}"


def test_every_pattern_has_a_test_example():
    for kind, row in ROWS:
        assert row.get("example") and row.get("match"), row["id"]
    assert len({row["id"] for _, row in ROWS}) == len(ROWS), "pattern ids must be unique"


@pytest.mark.parametrize("word,expected", [
    ("Bygg", True), ("Inför", True), ("Skapa", True), ("Gör", True), ("Ta", True), ("Öka", True),
    ("Var", False), ("Mer", False), ("Alla", False), ("Bra", False), ("Kommunen", False),
    ("Nästa", False), ("Våra", False), ("När", False),
    # -a verbs whose past tense the lemma table reads as a participle (rustade → rustad)
    ("Rusta", True), ("Utveckla", True), ("Lampa", False), ("Gata", False), ("Stora", False),
])
def test_imperative_forms(word, expected):
    assert is_imperative_form(word) is expected


def test_imperative_only_at_the_start(matcher):
    nlp, m = matcher
    doc = nlp("Vi vill att ni bygg om torget.")
    assert not [c for c in m.find(doc) if c.kind == "imperative"]
