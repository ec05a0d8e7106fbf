from __future__ import annotations

from pipeline.extract.target_groups import heading_groups, text_groups, load_lexicon
from pipeline.types import TARGET_GROUPS


def test_taxonomy_ids_are_the_fixed_ones():
    lex = load_lexicon()
    assert {g for gs in lex.terms.values() for g in gs} == set(TARGET_GROUPS)


def test_compounds_and_lemmas():
    assert text_groups("bygga fler trygghetsboenden") == ["aldre"]
    assert text_groups("mer personal i äldreomsorgen") == ["aldre"]
    assert text_groups("platser på daglig verksamhet enligt LSS") == ["funktionsnedsattning"]
    assert text_groups("stöd till personer med missbruksproblem") == ["vuxna"]
    assert text_groups("utbildning om hedersrelaterat våld") == ["vald_i_nara_relationer"]
    assert text_groups("samverka med förskolorna") == ["barn_och_unga"]


def test_individ_och_familjeomsorg_is_two_groups():
    assert text_groups("inom individ- och familjeomsorgen") == ["barn_och_unga", "vuxna"]


def test_false_friends():
    assert text_groups("beroende på vädret flyttar vi mötet") == []
    assert text_groups("en kurs hos Studieförbundet Vuxenskolan") == []
    assert text_groups("i äldre tider fanns ingen busslinje") == []


def test_headings():
    assert heading_groups("Äldre och funktionshinder") == ["aldre", "funktionsnedsattning"]
    assert heading_groups("Vuxen") == ["vuxna"]
    assert heading_groups("Ekonomiskt bistånd") == ["vuxna"]
    assert heading_groups("Allmänna synpunkter") == []


def test_an_institution_named_as_a_place_is_no_target_group():
    assert text_groups("fler lampor längs gångvägen mot skolan") == []
    assert text_groups("röj slyn bakom förskolan") == []
    assert text_groups("mer stöd till eleverna i skolan") == ["barn_och_unga"]


def test_a_document_about_one_group_lends_it_to_unmarked_proposals():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    # one clear mention: below the "primary group" bar, but the only group the page names
    text = ("Rådet träffades i mars på Ekbacken, ett boende enligt LSS. "
            "Deltagarna önskade fler bänkar vid busshållplatsen.")
    ex = extract(InputDoc(id="t", text=text))
    assert [p.target_groups for p in ex.proposals if "bänkar" in p.text] == [["funktionsnedsattning"]]


def test_a_document_about_two_groups_lends_both_to_unmarked_proposals():
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    # both groups named under their own heading and in the text: the dialogue is about both
    text = ("Äldre\n\nDe äldre på Solgården deltog. Flera pensionärer kom.\n\n"
            "Unga\n\nUngdomarna från fritidsgården deltog. Barnen ritade.\n\n"
            "Förslag\n\nDeltagarna önskade fler bänkar vid busshållplatsen.")
    ex = extract(InputDoc(id="t", text=text))
    got = [sorted(p.target_groups) for p in ex.proposals if "bänkar" in p.text]
    assert got == [["aldre", "barn_och_unga"]], (got, ex.target_groups)


def test_groups_named_in_passing_are_not_lent_to_unmarked_proposals():
    """A town-centre dialogue that mentions elderly and young visitors once each is about everyone:
    annotators leave its proposals without a group."""
    from pipeline.extract import extract
    from pipeline.types import InputDoc

    text = ("Dialog om torget i Sandby\n\nCirka sextio personer kom, bland dem några äldre och en del "
            "ungdomar. Deltagarna önskade fler bänkar vid busshållplatsen och mindre biltrafik på torget.")
    ex = extract(InputDoc(id="t", text=text))
    got = [p.target_groups for p in ex.proposals if "bänkar" in p.text]
    assert got == [[]], (got, ex.target_groups)


def test_a_group_named_once_in_passing_is_not_what_the_document_is_about():
    """The document thresholds in the taxonomy: two clear mentions (or a heading) for a group,
    one for disability, which pages about it often name once."""
    from pipeline.extract import extract
    from pipeline.extract.target_groups import document_groups, document_thresholds
    from pipeline.types import InputDoc

    assert document_thresholds()["barn_och_unga"] == 2.0 and document_thresholds()["funktionsnedsattning"] == 1.0
    scores = {"barn_och_unga": 1.0, "aldre": 2.0, "funktionsnedsattning": 1.0, "vuxna": 1.5}
    assert document_groups(scores) == ["aldre", "funktionsnedsattning"]
    passing = extract(InputDoc(id="p", text=(
        "Dialog om torget i Sandby\n\nCirka sextio personer kom, bland dem några äldre och en del "
        "ungdomar. Deltagarna önskade fler bänkar vid busshållplatsen.")))
    assert passing.target_groups == []
    about = extract(InputDoc(id="a", text=(
        "Dialog om torget i Sandby\n\nMånga äldre kom, och pensionärerna från Solgården tog ordet. "
        "De önskade fler bänkar vid busshållplatsen.")))
    assert about.target_groups == ["aldre"]


def test_a_group_far_behind_the_leading_one_is_named_in_passing():
    """The taxonomy's dominance ratios: a group is dropped when the leading group's score is four
    times its own, vuxna (whose words are topics in every group's pages) when it is twice."""
    from pipeline.extract import extract
    from pipeline.extract.target_groups import document_groups
    from pipeline.types import InputDoc

    assert document_groups({"aldre": 8.0, "barn_och_unga": 2.0}) == ["aldre"]
    assert document_groups({"aldre": 7.5, "barn_och_unga": 2.0}) == ["barn_och_unga", "aldre"]
    assert document_groups({"barn_och_unga": 5.0, "vuxna": 2.5}) == ["barn_och_unga"]
    assert document_groups({"barn_och_unga": 4.5, "vuxna": 2.5}) == ["barn_och_unga", "vuxna"]
    youth = extract(InputDoc(id="u", text=(
        "Ungdomsrådet om psykisk hälsa\n\nUngdomsrådet i Kåge träffade politiker i oktober. De unga "
        "berättade om stress i skolan, och eleverna ville ha fler kuratorer. Ungdomarna tog också upp "
        "psykisk ohälsa och att alkohol förekommer på fester. Barn och unga behöver fler trygga "
        "mötesplatser, sa ungdomarna.")))
    assert youth.target_groups == ["barn_och_unga"]


def test_a_pensioners_organisations_site_is_about_older_people():
    from pipeline.extract import extract
    from pipeline.extract.target_groups import publisher_groups
    from pipeline.types import InputDoc

    assert publisher_groups("https://www.spfseniorerna.se/distrikt/x") == ["aldre"]
    assert publisher_groups("https://www.pro.se/foreningar/ale") == ["aldre"]
    assert publisher_groups("https://improve.se/pro") == [] and publisher_groups(None) == []
    text = ("Rapport från trafikgruppens träff\n\nGruppen träffade regionens trafikplanerare i mars. Vi "
            "framförde att hållplatsen vid vårdcentralen behöver tak och bänkar, och att linje 4 bör gå "
            "även på söndagar.")
    assert extract(InputDoc(id="t", text=text)).target_groups == []
    assert extract(InputDoc(id="t", text=text, url="https://www.sollebrunnspensionarer.se/trafik")).target_groups == ["aldre"]
