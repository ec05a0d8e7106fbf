"""The trained classifier on clear cases: residents' proposals kept, the municipality's own
commitments set apart, practical text and questions dropped. Sentences written for this test."""
from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, text: str, **kw):
    ex = extract(InputDoc(id="t", text=text, **kw), nlp)
    for p in ex.proposals + ex.commitments:
        assert text[p.start:p.end] == p.text  # every span is an exact substring
    return ex


SUMMARY = (
    "Tack för att ni kom till dialogen om Björkhagen!\n\n"
    "Den 12 mars samlades ett trettiotal boende i Björkhagens skola för att prata om området.\n\n"
    "Det här kom fram\n\n"
    "Deltagarna föreslog att kommunen bygger en ny lekplats vid torget. Många ville ha bättre belysning "
    "på gångvägen till tunnelbanan. Några efterfrågade fler papperskorgar i parken.\n\n"
    "Så går vi vidare\n\n"
    "Kommunen kommer att återkoppla till alla deltagare före sommaren. Anmäl dig till nästa träff via "
    "kommunens webbplats.\n"
)


def test_residents_proposals_are_kept(nlp):
    texts = [p.text for p in run(nlp, SUMMARY).proposals]
    for expected in ("kommunen bygger en ny lekplats vid torget", "bättre belysning på gångvägen till tunnelbanan",
                     "fler papperskorgar i parken"):
        assert any(expected in t or t in expected and len(t) > 10 for t in texts), (expected, texts)


def test_practical_text_is_not_a_proposal(nlp):
    texts = [p.text for p in run(nlp, SUMMARY).proposals]
    assert not any("Anmäl" in t or "återkoppla" in t for t in texts), texts


def test_the_municipalitys_promise_is_a_commitment(nlp):
    ex = run(nlp, SUMMARY)
    assert any("återkoppla" in c.text for c in ex.commitments), [c.text for c in ex.commitments]
    assert all(c.voice in ("kommun", "annan") for c in ex.commitments)


def test_questions_and_invitations_are_dropped(nlp):
    t = ("Välkommen på dialogmöte!\n\nVad är viktigast för dig när du blir äldre? Vad saknar du i dag?\n\n"
         "Tid: tisdag 4 februari klockan 14–16.\n\nPlats: Träffpunkten Linden.\n\nFika serveras. Anmäl dig senast 30 januari.\n")
    assert run(nlp, t).proposals == []


def test_proposals_in_a_dialogue_about_one_group_concern_that_group(nlp):
    t = ("Tack för att ni kom!\n\nI oktober bjöd kommunen in äldre och deras anhöriga till en dialog om "
         "äldreomsorgen. Ett fyrtiotal äldre kom till träffen i Sävsjö. Deltagarna föreslog att kommunen "
         "ska erbjuda mer avlösning i hemmet. Många efterfrågade också en fast kontaktperson.")
    props = run(nlp, t).proposals
    assert props and all(p.target_groups == ["aldre"] for p in props), [(p.text, p.target_groups) for p in props]


def test_motion_att_sats_carries_status_and_voice(nlp):
    t = ("Motion om stöd till anhörigvårdare\n\nMånga som vårdar en närstående orkar inte längre.\n\n"
         "Utifrån det som sagts yrkar Vänsterpartiet\n\natt kommunen inför ett lokalt stöd för anhörigvårdare\n\n"
         "Motionen bifölls av kommunfullmäktige.")
    ex = run(nlp, t, title="Motion om stöd till anhörigvårdare")
    assert ex.dialogue_type == "politiskt_initiativ"
    got = [p for p in ex.proposals if p.text == "kommunen inför ett lokalt stöd för anhörigvårdare"]
    assert got and got[0].status == "bifallen" and got[0].voice == "politiker"


def _scored(text: str, span: str, p: float):
    from pipeline.extract.candidates import Candidate
    from pipeline.extract.decide import Scored

    a = text.index(span)
    return Scored(Candidate(start=a, end=a + len(span), sentence=0, source="test", pattern=None, features={}), p, 0.0)


def test_an_unsplit_list_gives_way_to_its_items():
    """The whole list scores highest, but its two items are each kept-worthy: the items are kept."""
    from pipeline.extract.decide import select

    text = "Många ville ha fler bänkar vid ån och en ny lekplats i Söderby."
    whole = _scored(text, "fler bänkar vid ån och en ny lekplats i Söderby", 0.95)
    items = [_scored(text, "fler bänkar vid ån", 0.8), _scored(text, "en ny lekplats i Söderby", 0.75)]
    kept = [text[s.cand.start:s.cand.end] for s in select([whole, *items], text, 0.7)]
    assert kept == ["fler bänkar vid ån", "en ny lekplats i Söderby"]
    # one item below the threshold: the list is no longer two kept-worthy spans, and stays whole
    items[1] = _scored(text, "en ny lekplats i Söderby", 0.5)
    kept = [text[s.cand.start:s.cand.end] for s in select([whole, *items], text, 0.7)]
    assert kept == ["fler bänkar vid ån och en ny lekplats i Söderby"]
