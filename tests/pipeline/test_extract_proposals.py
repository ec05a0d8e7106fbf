"""Proposal extraction on short sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(prefer_trained=False)


def props(nlp, text: str, **kw):
    ex = extract(InputDoc(id="t", text=text, **kw), nlp)
    for p in ex.proposals:
        assert text[p.start:p.end] == p.text  # every proposal is an exact substring
    return ex.proposals


def texts(nlp, text: str, **kw) -> list[str]:
    return [p.text for p in props(nlp, text, **kw)]


def test_coordinated_actions_with_own_verbs_are_split(nlp):
    t = "Vi fick förslag om att bygga fler seniorboenden, anordna träffar med grannar och förbättra skyltningen vid vårdcentralen."
    assert texts(nlp, t) == ["bygga fler seniorboenden", "anordna träffar med grannar", "förbättra skyltningen vid vårdcentralen"]


def test_shared_verbs_keep_their_object(nlp):
    t = "Deltagarna betonade vikten av att informera och marknadsföra fritidsaktiviteterna bättre."
    assert texts(nlp, t) == ["informera och marknadsföra fritidsaktiviteterna bättre"]


def test_hyphenated_coordination_stays_one_object(nlp):
    t = "Förslag som lyftes handlade om att utöka råd- och stödinsatser för unga vuxna och starta en föräldragrupp."
    assert texts(nlp, t) == ["utöka råd- och stödinsatser för unga vuxna", "starta en föräldragrupp"]


def test_colon_list_in_sentence(nlp):
    t = "Tre idéer lyftes särskilt: att öppna en träffpunkt i centrum, att förlänga öppettiderna och att anställa fler fältassistenter."
    assert texts(nlp, t) == ["öppna en träffpunkt i centrum", "förlänga öppettiderna", "anställa fler fältassistenter"]


def test_colon_then_bullets(nlp):
    t = "Ungdomarna föreslog följande:\n\n• en skatepark nära skolan\n• längre öppettider på fritidsgården\n"
    got = props(nlp, t)
    assert [p.text for p in got] == ["en skatepark nära skolan", "längre öppettider på fritidsgården"]
    assert all("barn_och_unga" in p.target_groups for p in got)


def test_bullets_under_proposal_heading_but_not_purposes(nlp):
    t = ("Det här vill deltagarna\n\n- Fler sittplatser vid busshållplatsen\n- Ordna kurser i digital vardag\n\n"
         "Rådets uppgifter\n\n- Verka för att äldres röster hörs\n- Verka för bättre tillgänglighet\n")
    assert texts(nlp, t) == ["Fler sittplatser vid busshållplatsen", "Ordna kurser i digital vardag"]


def test_negated_cue_is_not_a_proposal_but_negated_content_is(nlp):
    t = "Flera föreslog att inte flytta biblioteket. Det föreslogs däremot inte några nya öppettider."
    got = props(nlp, t)
    assert [p.text for p in got] == ["inte flytta biblioteket"]
    assert got[0].action == "flytta"


def test_questions_invitations_and_reports_are_not_proposals(nlp):
    t = ("Hur kan vi nå fler familjer som behöver stöd?\n\nSkicka gärna in förslag till oss via e-post.\n\n"
         "Socialnämnden höll ett möte i går. Frågor om boende diskuterades.\n\n"
         "– Vi behöver bli bättre på att lyssna, säger enhetschefen.")
    assert texts(nlp, t) == []


def test_statement_after_reporting_verb_is_not_a_proposal(nlp):
    assert texts(nlp, "Många lyfte att tristessen är stor på kvällarna.") == []
    assert texts(nlp, "Många lyfte att det behövs fler aktiviteter på kvällarna.") == ["det behövs fler aktiviteter på kvällarna"]


def test_demand_with_finite_clause_and_kinds(nlp):
    got = props(nlp, "Föräldrarna vill att skolan och socialtjänsten träffas oftare.")
    assert [p.text for p in got] == ["skolan och socialtjänsten träffas oftare"]
    assert got[0].action == "träffas" and got[0].kind == "förslag"
    need = props(nlp, "Deltagarna lyfte behovet av fler platser i daglig verksamhet.")
    assert [p.text for p in need] == ["fler platser i daglig verksamhet"]
    assert need[0].kind == "behov" and need[0].target_groups == ["funktionsnedsattning"]


def test_noun_phrase_before_and_after_passive_cue(nlp):
    assert texts(nlp, "Ett gemensamt telefonnummer till hemtjänsten efterfrågades också.") == [
        "Ett gemensamt telefonnummer till hemtjänsten"]
    assert texts(nlp, "På mötet efterfrågades kortare väntetider och tydligare beslut.") == [
        "kortare väntetider", "tydligare beslut"]


def test_motion_att_clauses_status_and_dedupe(nlp):
    t = ("Vi vill att kommunen ska införa ett lokalt stöd för anhörigvårdare.\n\nMed anledning av detta yrkar vi\n\n"
         "att kommunen inför ett lokalt stöd för anhörigvårdare\n\nMotionen bifölls av kommunfullmäktige.")
    got = props(nlp, t)
    assert [p.text for p in got] == ["kommunen inför ett lokalt stöd för anhörigvårdare"]
    assert got[0].action == "införa" and got[0].status == "bifallen" and got[0].voice == "politiker"


def test_section_heading_gives_groups_and_text_wins(nlp):
    t = ("Sammanfattning av kvällen\n\nHär kommer det som sades.\n\nÄldre och funktionshinder\n\n"
         "Vi fick förslag om att ordna fler mötesplatser och att utveckla stödet till barnfamiljer.\n")
    got = props(nlp, t)
    assert [(p.text, p.target_groups) for p in got] == [
        ("ordna fler mötesplatser", ["aldre", "funktionsnedsattning"]),
        ("utveckla stödet till barnfamiljer", ["barn_och_unga"])]
