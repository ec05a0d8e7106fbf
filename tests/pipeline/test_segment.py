from __future__ import annotations

import pytest

from pipeline.nlp import load_nlp
from pipeline.segment import segment

TEXT = ("Träff om fritiden\n\nI måndags kom många till träffen. Stämningen var god!\n\n"
        "Det här föreslogs\n\n• fler bänkar i parken\n• längre öppettider. Gärna på helger\n\nTack för i kväll.\n")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(prefer_trained=False)


def test_headings_sentences_and_offsets(nlp):
    sections, sentences = segment(TEXT, nlp)
    assert [s.heading for s in sections] == ["Träff om fritiden", "Det här föreslogs"]
    texts = [s.text for s in sentences]
    assert "I måndags kom många till träffen." in texts and "Stämningen var god!" in texts
    assert "• längre öppettider. Gärna på helger" in texts  # a bullet line is one sentence
    for s in sentences:
        assert TEXT[s.start:s.end] == s.text
    bullet = next(s for s in sentences if s.text.startswith("• fler"))
    assert sections[bullet.section].heading == "Det här föreslogs"


def test_crawler_hints_win(nlp):
    hints = ((0, 17, "Träff om fritiden"),)
    sections, _ = segment(TEXT, nlp, section_hints=hints)
    assert [s.heading for s in sections] == ["Träff om fritiden"]
    assert sections[0].end == len(TEXT)


def test_without_nlp_uses_punctuation():
    _, sentences = segment("Vi ses i maj. Välkomna!", None)
    assert [s.text for s in sentences] == ["Vi ses i maj.", "Välkomna!"]


# An easy-to-read page sets one phrase a line; a contact block and a list keep their lines.
WRAPPED = ("Vad tyckte deltagarna?\n\nDeltagarna ville att kommunen\nordnar fler platser på korttidsboende\n"
           "i Tranås.\nDe ville också ha\nlängre öppettider på träffpunkten.\n\n"
           "Kontakt\n\nSigne Lundquist\nsigne.lundquist@tranas.se\n0140-68 12 34\n\n"
           "Förslag\n\n- fler bänkar\n- bättre belysning\n")


def test_hard_wrapped_lines_join_into_sentences(nlp):
    _, sentences = segment(WRAPPED, nlp)
    texts = [s.text for s in sentences]
    assert "Deltagarna ville att kommunen\nordnar fler platser på korttidsboende\ni Tranås." in texts
    assert "De ville också ha\nlängre öppettider på träffpunkten." in texts
    assert "Signe Lundquist" in texts and "signe.lundquist@tranas.se" in texts  # an address stays apart
    assert "- fler bänkar" in texts and "- bättre belysning" in texts
    for s in sentences:
        assert WRAPPED[s.start:s.end] == s.text
