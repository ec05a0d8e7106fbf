"""Proposal candidates: each cue and list shape in the genre leads to the right atomic spans.

These test the generators and the span mechanics, not the classifier: the expected spans must be
among the candidates (the classifier then keeps or drops them; see test_extract_decisions.py).
Every sentence here was written for this test.
"""
from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def cands(nlp, text: str) -> set[str]:
    ex = extract(InputDoc(id="t", text=text), nlp)
    return {text[c.start:c.end] for c in ex.candidates}


CASES = [
    ("report + att-clause, split into actions",
     "Vi fick förslag om att bygga fler seniorboenden, anordna träffar med grannar och förbättra skyltningen vid vårdcentralen.",
     ["bygga fler seniorboenden", "anordna träffar med grannar", "förbättra skyltningen vid vårdcentralen"]),
    ("shared verbs keep their object",
     "Deltagarna betonade vikten av att informera och marknadsföra fritidsaktiviteterna bättre.",
     ["informera och marknadsföra fritidsaktiviteterna bättre"]),
    ("hyphenated coordination stays one object",
     "Förslag som lyftes handlade om att utöka råd- och stödinsatser för unga vuxna och starta en föräldragrupp.",
     ["utöka råd- och stödinsatser för unga vuxna", "starta en föräldragrupp"]),
    ("noun-phrase list after önskemål om",
     "Önskemål fanns om fler bänkar längs promenadstråket, en bättre belyst busshållplats och gratis simskola.",
     ["fler bänkar längs promenadstråket", "en bättre belyst busshållplats", "gratis simskola"]),
    ("efterlyste + noun phrase",
     "Flera elever tog upp stress och efterlyste en skolkurator som finns på plats varje dag.",
     ["en skolkurator som finns på plats varje dag"]),
    ("ville kunna",
     "Många ville också kunna boka tid hos biståndshandläggaren via en app.",
     ["boka tid hos biståndshandläggaren via en app"]),
    ("vill att + finite clause",
     "Föräldrarna vill att skolan och socialtjänsten träffas oftare.",
     ["skolan och socialtjänsten träffas oftare"]),
    ("a comment after the proposal is cut",
     "Personalen betonade vikten av att få längre överlämningar, något som länge har saknats.",
     ["få längre överlämningar"]),
    ("subject + modal + coordinated actions",
     "Pensionärsrådet föreslog att socialnämnden ska inrätta en fixartjänst för äldre, starta en mötesplats i Backa "
     "och förlänga öppettiderna på träffpunkten.",
     ["inrätta en fixartjänst för äldre", "starta en mötesplats i Backa", "förlänga öppettiderna på träffpunkten"]),
    ("impersonal modal stays one demand",
     "Många föreslog att det ska gå att ringa och prata med en handläggare på kvällstid.",
     ["det ska gå att ringa och prata med en handläggare på kvällstid"]),
    ("modal need in a plain sentence, with and without its frame",
     "Det behövs fler platser på korttidsboendet i Hammarby.",
     ["Det behövs fler platser på korttidsboendet i Hammarby", "fler platser på korttidsboendet i Hammarby"]),
    ("purpose clause: with and without",
     "Skolan borde ha öppet bibliotek på lunchen så att eleverna kan läsa läxor där.",
     ["Skolan borde ha öppet bibliotek på lunchen så att eleverna kan läsa läxor där",
      "Skolan borde ha öppet bibliotek på lunchen"]),
    ("imperatives in a letter, split",
     "Bygg en grillplats vid sjön och sätt upp fler bänkar vid stigen.",
     ["Bygg en grillplats vid sjön", "sätt upp fler bänkar vid stigen"]),
    ("imperative after a dash in a list item",
     "- Det är mörkt vid idrottshallen – sätt upp belysning längs gångvägen\n",
     ["sätt upp belysning längs gångvägen"]),
    ("content before a closing cue",
     "Att rusta upp lekparken och bygga en plaskdamm var andra förslag.",
     ["rusta upp lekparken", "bygga en plaskdamm"]),
    ("passive cue at the end",
     "Ett gemensamt telefonnummer till hemtjänsten efterfrågades också.",
     ["Ett gemensamt telefonnummer till hemtjänsten"]),
    ("bare noun list, items of one word",
     "Deltagarna ville ha promenadgrupper, seniorgympa och gemensamma luncher.",
     ["promenadgrupper", "seniorgympa", "gemensamma luncher"]),
    ("till exempel: the example on its own",
     "Flera ville ha bättre kollektivtrafik till byarna, till exempel anropsstyrda bussar på kvällarna.",
     ["bättre kollektivtrafik till byarna", "anropsstyrda bussar på kvällarna"]),
    ("list items under a heading",
     "Det här vill deltagarna\n\n- Fler sittplatser vid busshållplatsen\n- Ordna kurser i digital vardag\n",
     ["Fler sittplatser vid busshållplatsen", "Ordna kurser i digital vardag"]),
    ("inline list items",
     "Förslag från mötet\n\n- Bygg en grillplats vid sjön. - Ordna skjuts till träffpunkten. - Sätt upp fler bänkar.\n",
     ["Bygg en grillplats vid sjön", "Ordna skjuts till träffpunkten", "Sätt upp fler bänkar"]),
    ("motion att-satser",
     "Med detta som grund yrkar vi på att fullmäktige ska besluta\n\n- att kultur- och fritidsnämnden inför ett fritidskort för unga,\n\n"
     "- att kortet utvärderas efter ett år.\n",
     ["kultur- och fritidsnämnden inför ett fritidskort för unga", "kortet utvärderas efter ett år"]),
    ("a quote in a news item",
     "– Vi behöver en fritidsgård i varje kommundel, säger Elsa Berg, 15 år.",
     ["Vi behöver en fritidsgård i varje kommundel"]),
    ("a trailing when-clause is cut in a variant",
     "Flera föräldrar vill att fritidsgården har öppet även på lördagar, när det annars inte finns något att göra.",
     ["fritidsgården har öppet även på lördagar"]),
    ("content before a passive cue with a place",
     "Fler cykelställ vid stationen och bättre skyltning till biblioteket nämndes i de flesta grupperna.",
     ["Fler cykelställ vid stationen", "bättre skyltning till biblioteket"]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_expected_spans_are_candidates(nlp, name, text, expected):
    got = cands(nlp, text)
    missing = [e for e in expected if e not in got]
    assert not missing, f"{name}: missing {missing}; candidates: {sorted(got)}"


def test_candidates_are_exact_substrings_with_features(nlp):
    text = "Deltagarna föreslog att kommunen ska bygga en ny simhall. Kommunen lovar att svara före sommaren."
    ex = extract(InputDoc(id="t", text=text), nlp)
    assert ex.candidates
    for c in ex.candidates:
        assert 0 <= c.start < c.end <= len(text)
        assert f"src:{c.source}" in c.features
    assert any(k.startswith("voice:voice.kommun") for c in ex.candidates for k in c.features)


@pytest.mark.parametrize("text,imperative", [
    ("Trygghetsvandring i centrum\n\nSmala gångar och trasiga lampor gör att många undviker torget.", False),
    ("Ungdomsrådet\n\nNästa möte hålls i biblioteket i mars.", False),
    ("Till nämnden\n\nÖppna simhallen även på söndagsmorgnar.", True),
])
def test_imperative_generator_skips_adjectives_and_determiners(nlp, text, imperative):
    ex = extract(InputDoc(id="t", text=text), nlp)
    assert any(c.source == "imperative" for c in ex.candidates) is imperative


def test_section_context_marks_sentences_beside_reports(nlp):
    text = ("Synpunkter från mötet\n\nDeltagarna föreslog fler bänkar vid sjön. "
            "Det behövs också en ramp vid badplatsen.\n\nPraktisk information\n\nLokalen har hiss.")
    ex = extract(InputDoc(id="t", text=text), nlp)
    ramp = [c for c in ex.candidates if "ramp" in text[c.start:c.end]]
    lift = [c for c in ex.candidates if "hiss" in text[c.start:c.end]]
    assert ramp and all(c.features.get("ctx_neighbour_cue") for c in ramp)
    assert lift and not any(c.features.get("ctx_section_cue") for c in lift)


@pytest.mark.parametrize("text, items", [
    ("Bland idéerna som kom in fanns en hinderbana för barn och fler soptunnor vid badplatsen.",
     ["en hinderbana för barn", "fler soptunnor vid badplatsen"]),
    ("Varmare väntkurer, bättre skyltning och en gångbro över ån fick flest röster.",
     ["Varmare väntkurer", "bättre skyltning", "en gångbro över ån"]),
])
def test_a_noun_phrase_list_anywhere_in_the_sentence_is_split_from_the_parse(nlp, text, items):
    """A list that follows no cue ("Bland idéerna fanns A och B", "A, B och C fick flest röster") in a
    section of proposals: the parse gives the list's extent, each item is a candidate with the
    governing verb as feature."""
    text = "Förslag från dialogkvällen\n\n" + text  # a section that announces proposals
    ex = extract(InputDoc(id="t", text=text), nlp)
    coord = {text[c.start:c.end]: c for c in ex.candidates if c.source == "np_coord"}
    missing = [i for i in items if i not in coord and i not in cands(nlp, text)]
    assert not missing, (missing, sorted(coord))
    assert any(k.startswith("coord_verb:") for c in coord.values() for k in c.features)


def test_a_list_outside_any_proposal_context_is_not_split(nlp):
    text = "Om parken\n\nParken har en damm, två lekplatser och en kiosk som är öppen på sommaren."
    ex = extract(InputDoc(id="t", text=text), nlp)
    assert not [c for c in ex.candidates if c.source == "np_coord"]


@pytest.mark.parametrize("line, items", [
    ("Gatlyktor, fler sittplatser vid torget, en jämnare gångväg och offentliga toaletter.",
     ["Gatlyktor", "fler sittplatser vid torget", "en jämnare gångväg", "offentliga toaletter"]),
    ("”Tätare avgångar och en hållplats vid vårdcentralen”",
     ["Tätare avgångar", "en hållplats vid vårdcentralen"]),
])
def test_a_line_that_is_only_a_noun_phrase_list_gives_one_candidate_per_item(nlp, line, items):
    """Wishes set down as a bare list under a question heading: no verb, no cue, each item a
    candidate (the verbless-line generator, or another one that found the same item first)."""
    text = "Vad saknar du i ditt område?\n\n" + line
    ex = extract(InputDoc(id="t", text=text), nlp)
    got = {text[c.start:c.end] for c in ex.candidates}
    assert set(items) <= got, sorted(got)
    lines = [c for c in ex.candidates if c.source == "np_line"]
    assert lines and all(c.features.get("verbless_line") for c in lines)


def test_a_verbless_list_before_a_dash_is_split_from_its_comment(nlp):
    text = "Vad saknar du i ditt område?\n\nFler papperskorgar, grillplatser och en hundrastgård – det tyckte många."
    ex = extract(InputDoc(id="t", text=text), nlp)
    got = {text[c.start:c.end] for c in ex.candidates}
    assert {"Fler papperskorgar", "grillplatser", "en hundrastgård"} <= got, sorted(got)


def test_a_list_with_a_finite_verb_is_not_a_verbless_line(nlp):
    text = "Om parken\n\nParken har en damm, två lekplatser och en kiosk."
    ex = extract(InputDoc(id="t", text=text), nlp)
    assert not [c for c in ex.candidates if c.source == "np_line"]


def test_infor_before_a_year_is_the_preposition_not_the_imperative(nlp):
    """"Inför 2025 …" opens a time phrase; "Inför fler nattbussar" is a demand."""
    text = "Om rådet\n\nInför 2025 års budget träffades rådet tre gånger.\n\nInför fler nattbussar till Bergby."
    ex = extract(InputDoc(id="t", text=text), nlp)
    imps = [text[c.start:c.end] for c in ex.candidates if c.source == "imperative"]
    assert not any(t.startswith("Inför 2025") for t in imps)
    assert any(t.startswith("Inför fler nattbussar") for t in imps), imps


@pytest.mark.parametrize("text, span, bad", [
    ("Mötet i Norrby\n\nFörslaget om en ny pulkabacke ledde till en lång diskussion om säkerheten.",
     "en ny pulkabacke", "en ny pulkabacke ledde till en lång diskussion om säkerheten"),
    ("Ungdomsrådet\n\nIdén om längre öppettider på fritidsgården fick stöd av alla i gruppen.",
     "längre öppettider på fritidsgården", "längre öppettider på fritidsgården fick stöd av alla i gruppen"),
])
def test_a_cue_noun_phrase_stops_before_the_verb_it_is_the_subject_of(nlp, text, span, bad):
    got = cands(nlp, text)
    assert span in got and bad not in got, sorted(got)


def test_a_noun_after_a_modifier_is_not_taken_for_the_verb(nlp):
    """The tagger reads plural nouns in -ar as verbs ("tätare bussar"); the phrase is not cut there."""
    text = "Kvällens dialog\n\nFlera boende ville ha tätare bussar till sjukhuset på helgerna."
    got = cands(nlp, text)
    assert "tätare bussar till sjukhuset på helgerna" in got, sorted(got)


def test_a_cue_clause_keeps_its_own_verb(nlp):
    text = "Dialog om parken\n\nFörslaget om att kommunen bygger en scen i parken var populärt."
    got = cands(nlp, text)
    assert any(t.startswith("kommunen bygger en scen") for t in got), sorted(got)


def test_a_two_word_line_is_a_candidate_with_its_shape(nlp):
    """Wish lists set a proposal down in two words ("Färre läxor"); a comparative opening is a feature."""
    text = "Vad vill eleverna ändra?\nTätare bussar.\nSkolgården är för liten och tråkig."
    ex = extract(InputDoc(id="t", text=text), nlp)
    two = [c for c in ex.candidates if text[c.start:c.end] == "Tätare bussar"]
    assert two and all(c.features.get("starts_cmp") for c in two)
    other = [c for c in ex.candidates if text[c.start:c.end].startswith("Skolgården")]
    assert other and not any(c.features.get("starts_cmp") for c in other)


def test_a_list_of_om_items_gives_one_candidate_per_item(nlp):
    """News and minutes list what was raised as "om X, om Y och om att Z": each item a
    candidate without its "om", whatever the sentence's context."""
    text = ("Ungdomsrådet i Tallby\n\nUnder hösten har rådets skrivelser handlat om en pulkabacke i "
            "Norrby, om fler papperskorgar i centrum och om att simhallen ska öppna tidigare på morgonen.")
    got = cands(nlp, text)
    for item in ("en pulkabacke i Norrby", "fler papperskorgar i centrum", "simhallen ska öppna tidigare på morgonen"):
        assert item in got, sorted(got)
    assert not any(c.startswith("om ") for c in got)


def test_a_contrast_after_the_demand_gives_a_variant_without_it(nlp):
    text = "Eleverna föreslog att sportlovskortet borde gälla i simhallen och inte bara i ishallen."
    assert "sportlovskortet borde gälla i simhallen" in cands(nlp, text)


def test_heading_and_list_lead_in_words_are_features(nlp):
    """A plan's "Åtgärder" and a summary's "Det här sa deltagarna" read differently, and so do a
    list opened by the municipality and one opened by the participants: their words (as stems)
    are features of every candidate beneath them."""
    text = ("Åtgärder under året\n\nKommunen ska:\n- Sätta upp fler lampor i gångtunneln\n\n"
            "Det här sa deltagarna\n\nDeltagarna ville ha:\n- Fler bänkar vid lekplatsen")
    ex = extract(InputDoc(id="t", text=text), nlp)
    lamps = [c for c in ex.candidates if "lampor" in text[c.start:c.end]]
    benches = [c for c in ex.candidates if "bänkar" in text[c.start:c.end]]
    assert lamps and benches
    assert all(c.features.get("h:åtgärd") and c.features.get("lead:kommun") for c in lamps)
    assert not any(c.features.get("h:deltag") or c.features.get("lead:deltag") for c in lamps)
    assert all(c.features.get("h:deltag") and c.features.get("lead:deltag") for c in benches)
    assert not any(c.features.get("lead:kommun") for c in benches)


@pytest.mark.parametrize("text,items", [
    ("Synpunkter från mötet\n\nBoende i Ekhagen ville ha en tryggare väg till skolan: klipp häckarna vid "
     "övergångsstället, bättre belysning i tunneln, flytta busshållplatsen närmare affären och en "
     "vuxen som vaktar vid skolstart.",
     ["klipp häckarna vid övergångsstället", "bättre belysning i tunneln",
      "flytta busshållplatsen närmare affären", "en vuxen som vaktar vid skolstart"]),
    ("Vad vill ni förändra?\n\nDe äldre önskade följande: utveckla dagverksamheten, fler platser på "
     "korttidsboendet, ordna servicebuss till torget på lördagar och kortare väntan på färdtjänst.",
     ["utveckla dagverksamheten", "fler platser på korttidsboendet",
      "ordna servicebuss till torget på lördagar", "kortare väntan på färdtjänst"]),
])
def test_a_comma_list_mixing_imperatives_and_noun_phrases_gives_one_candidate_per_item(nlp, text, items):
    """Summaries set wishes down in one line where imperatives and noun phrases alternate: each
    item is a candidate, and no candidate runs across two items or across the opening colon."""
    ex = extract(InputDoc(id="t", text=text), nlp)
    got = {text[c.start:c.end]: c for c in ex.candidates}
    for item in items:
        assert item in got, sorted(got)
    spans = [(text.index(item), text.index(item) + len(item)) for item in items]
    gaps = [(text.index(": "), spans[0][0])] + [(a[1], b[0]) for a, b in zip(spans, spans[1:])]
    for c in ex.candidates:
        assert not any(c.start < x and y < c.end for x, y in gaps), text[c.start:c.end]


def test_a_description_list_with_no_imperative_is_not_a_mixed_list(nlp):
    text = ("Om dialogen\n\nProgrammet bestod av tre delar: en presentation av planen, samtal i grupper "
            "och en gemensam sammanfattning.")
    ex = extract(InputDoc(id="t", text=text), nlp)
    assert not [c for c in ex.candidates if c.source == "mixed_list"]


@pytest.mark.parametrize("text,span", [
    ("Föräldraföreningen vill att habiliteringsersättningen höjs, för den har stått still i åtta år.",
     "habiliteringsersättningen höjs"),
    ("Elevrådets lista\n\n- Bänkar vid boulebanan. (Stina tar det med parkenheten.)", "Bänkar vid boulebanan"),
])
def test_a_reason_or_a_closing_remark_in_brackets_gives_a_variant_without_it(nlp, text, span):
    assert span in cands(nlp, text)


def test_a_noun_phrase_list_before_a_dash_may_hold_relative_clauses(nlp):
    text = ("Ett café där unga kan plugga efter skolan, en badbrygga vid sjön och fler lekplatser i "
            "Norrby – det var några av idéerna från kvällen.")
    got = cands(nlp, text)
    for item in ("Ett café där unga kan plugga efter skolan", "en badbrygga vid sjön", "fler lekplatser i Norrby"):
        assert item in got, sorted(got)
