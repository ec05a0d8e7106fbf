"""Further proposal cues in the genre, each on a sentence written for this test."""
from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.nlp import load_nlp
from pipeline.types import InputDoc


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(prefer_trained=False)


def texts(nlp, text: str) -> list[str]:
    ex = extract(InputDoc(id="t", text=text), nlp)
    for p in ex.proposals:
        assert text[p.start:p.end] == p.text
    return [p.text for p in ex.proposals]


def test_noun_cue_var_att(nlp):
    t = "Ett förslag som kom fram var att förlänga öppettiderna på biblioteket och att starta en läxhjälp."
    assert texts(nlp, t) == ["förlänga öppettiderna på biblioteket", "starta en läxhjälp"]


def test_onskemal_fanns_om_noun_phrases(nlp):
    t = "Önskemål fanns om fler bänkar längs promenadstråket, en bättre belyst busshållplats och gratis simskola."
    assert texts(nlp, t) == ["fler bänkar längs promenadstråket", "en bättre belyst busshållplats", "gratis simskola"]


def test_efterlyste_np(nlp):
    t = "Flera elever tog upp stress och efterlyste en skolkurator som finns på plats varje dag."
    assert texts(nlp, t) == ["en skolkurator som finns på plats varje dag"]


def test_ville_kunna(nlp):
    t = "Många ville också kunna boka tid hos biståndshandläggaren via en app."
    assert texts(nlp, t) == ["kunna boka tid hos biståndshandläggaren via en app"]


def test_ville_ocksa_att(nlp):
    t = "Gruppen ville också att fritidsgården ska hålla öppet på söndagar."
    assert texts(nlp, t) == ["fritidsgården ska hålla öppet på söndagar"]


def test_tyckte_att_borde_drops_purpose_clause(nlp):
    t = "Några tyckte att kommunen borde anställa fler fältassistenter så att ungdomarna har någon att prata med."
    assert texts(nlp, t) == ["anställa fler fältassistenter"] or texts(nlp, t) == ["kommunen borde anställa fler fältassistenter"]


def test_comment_after_proposal_is_cut(nlp):
    t = "Personalen betonade vikten av att få längre överlämningar, något som länge har saknats."
    assert texts(nlp, t) == ["få längre överlämningar"]


def test_list_under_recommendation_and_idea_headings(nlp):
    t = ("Granskarnas rekommendationer\n\n- tätare uppföljning av genomförandeplanerna\n\n- en namngiven kontaktperson\n\n"
         "Idéerna som fick flest röster\n\n- en pulkabacke vid skolan\n\n- fler papperskorgar i centrum\n")
    assert texts(nlp, t) == ["tätare uppföljning av genomförandeplanerna", "en namngiven kontaktperson",
                             "en pulkabacke vid skolan", "fler papperskorgar i centrum"]


def test_cue_colon_pekades_ut(nlp):
    t = "Viktigt\n\nI samtalen pekades två saker ut som särskilt viktiga:\n\n- kortare kötid till dagverksamheten\n\n- fler platser i korttidsboendet\n"
    assert texts(nlp, t) == ["kortare kötid till dagverksamheten", "fler platser i korttidsboendet"]


def test_inline_bullets_are_split(nlp):
    t = "Förslag från mötet\n\n- Bygg en grillplats vid sjön. - Ordna skjuts till träffpunkten. - Sätt upp fler bänkar.\n"
    assert texts(nlp, t) == ["Bygg en grillplats vid sjön", "Ordna skjuts till träffpunkten", "Sätt upp fler bänkar"]


def test_motion_att_satser_as_list_items(nlp):
    t = ("Vi yrkar därför att kommunfullmäktige beslutar\n\n- att kultur- och fritidsnämnden inför ett fritidskort för unga,\n\n"
         "- att kortet utvärderas efter ett år.\n")
    got = texts(nlp, t)
    assert got == ["kultur- och fritidsnämnden inför ett fritidskort för unga", "kortet utvärderas efter ett år"]


def test_draft_plan_areas_are_not_proposals(nlp):
    t = "Förslaget till plan bygger på tre områden:\n\n- Trygg uppväxt\n\n- Hälsa hela livet\n\n- Delaktighet\n"
    assert texts(nlp, t) == []


def test_subject_modal_with_coordinated_actions_splits(nlp):
    t = ("Pensionärsrådet föreslog att socialnämnden ska inrätta en fixartjänst för äldre, starta en "
         "mötesplats i Backa och förlänga öppettiderna på träffpunkten.")
    assert texts(nlp, t) == ["inrätta en fixartjänst för äldre", "starta en mötesplats i Backa",
                             "förlänga öppettiderna på träffpunkten"]


def test_subject_modal_with_one_action_keeps_its_subject(nlp):
    t = "Deltagarna föreslog att kommunen ska anställa en anhörigkonsulent i varje kommundel."
    assert texts(nlp, t) == ["kommunen ska anställa en anhörigkonsulent i varje kommundel"]


def test_impersonal_modal_is_one_demand(nlp):
    t = "Många föreslog att det ska gå att ringa och prata med en handläggare på kvällstid."
    assert texts(nlp, t) == ["det ska gå att ringa och prata med en handläggare på kvällstid"]


def _groups(nlp, text: str) -> dict[str, list[str]]:
    ex = extract(InputDoc(id="t", text=text), nlp)
    return {p.text: p.target_groups for p in ex.proposals}


def test_proposals_in_a_dialogue_about_one_group_concern_that_group(nlp):
    t = ("Tack för att ni kom!\n\nI oktober bjöd kommunen in äldre och deras anhöriga till en dialog om "
         "äldreomsorgen. Ett fyrtiotal äldre kom till träffen i Sävsjö. Deltagarna föreslog att kommunen "
         "ska erbjuda mer avlösning i hemmet. Många efterfrågade också en fast kontaktperson.")
    groups = _groups(nlp, t)
    assert groups and all(g == ["aldre"] for g in groups.values()), groups


def test_proposals_in_a_dialogue_about_several_groups_stay_unmarked(nlp):
    t = ("Tack för att ni kom!\n\nKommunen bjöd in unga och äldre till en gemensam dialog om fritiden. "
         "Både ungdomar och pensionärer deltog. Deltagarna föreslog att kommunen ska bygga en ny simhall.")
    groups = _groups(nlp, t)
    assert groups and all(g == [] for g in groups.values()), groups
