from __future__ import annotations

from pathlib import Path

from crawl.relevance import RelevanceModel, load_model, score


def test_dialogue_summary_is_relevant():
    r = score("Tack för medborgardialogen! Förslag som lyftes handlade om äldreomsorgen och om hur "
              "kommunen kan ordna fler träffpunkter för äldre i byarna under nästa år, med stöd av "
              "föreningar och frivilliga.", "Tack för dialogen")
    assert r["relevant"] is True


def test_terms_listed():
    r = score("Brukarrådet inom LSS träffades.")
    assert {"brukarråd", "lss"} <= set(r["terms"])


def test_inflected_and_compound_forms_match():
    assert "äldreomsorg" in score("Arbetet med äldreomsorgsplanen fortsätter.")["terms"]


def test_term_inside_word_does_not_match():
    # "dialog" must start a word: "medborgardialog" counts once, not also as "dialog"
    assert score("medborgardialog")["terms"] == ["medborgardialog"]


def test_planning_consultation_is_not_relevant():
    r = score("Samråd om detaljplan för kvarteret Eken. Synpunkter på detaljplanen lämnas senast 1 maj.")
    assert r["relevant"] is False and r["score"] < 0


def test_count_is_capped():
    model = load_model()
    assert score("workshop " * 50, model=model)["score"] == model.weights["workshop"] * model.cap


def test_threshold_is_a_setting():
    text = ("Välkommen på workshop om hur biblioteket kan bli en bättre mötesplats. Vi ses i stora salen "
            "på onsdag eftermiddag och bjuder på kaffe, och alla som bor i kommunen är välkomna att delta.")
    assert score(text, threshold=1.0)["relevant"] and not score(text, threshold=5.0)["relevant"]


def test_weights_come_from_yaml(tmp_path: Path):
    path = tmp_path / "r.yaml"
    path.write_text("threshold: 1\nterms:\n  fika: 2\n", encoding="utf-8")
    assert score("Vi bjuder på fika.", model=RelevanceModel.from_yaml(path)) == {
        "score": 2.0, "relevant": True, "terms": ["fika"]}


def test_too_short_page_is_not_relevant():
    r = score("Medborgardialog\n\nSidan är under uppbyggnad.", "Medborgardialog")
    assert r["score"] > 3 and r["relevant"] is False


def test_job_advert_is_not_relevant():
    text = ("Lediga jobb: vi söker en socialsekreterare till socialtjänstens enhet för barn och unga. "
            "Sista ansökningsdag är den 30 juni. Du arbetar med utredningar och uppföljning i ett team "
            "med erfarna kollegor och handledning varje vecka.")
    assert score(text)["relevant"] is False


def test_hub_page_is_not_relevant():
    text = ("Tack för medborgardialogen om äldreomsorgen! Förslag från brukarrådet och dialogmötet "
            "om socialtjänsten samlas här tillsammans med fler nyheter från kommunen under året, "
            "så att alla som vill kan följa arbetet.")
    assert score(text, link_density=0.1)["relevant"] is True
    assert score(text, link_density=0.6)["relevant"] is False
