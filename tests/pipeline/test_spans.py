from __future__ import annotations

from pipeline.extract.spans import strip_span


def _strip(text: str) -> str:
    s, e = strip_span(text, 0, len(text))
    return text[s:e]


def test_strip_span_drops_list_markers_and_a_trailing_conjunction():
    assert _strip("– fler bänkar vid badplatsen och ") == "fler bänkar vid badplatsen"
    assert _strip("bättre belysning, ") == "bättre belysning"


def test_a_bracket_the_span_opens_keeps_its_closing_bracket():
    assert _strip("- Obemannad butik (dygnet runt)") == "Obemannad butik (dygnet runt)"
    assert _strip("Fixartjänst (för alla över 70).") == "Fixartjänst (för alla över 70)"
    assert _strip("(se bilaga)") == "se bilaga"  # a bracket that is the whole span goes
