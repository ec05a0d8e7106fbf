"""The text panel: spans coloured by Streamlit's own directives, page text inert, copied text found."""
from __future__ import annotations

from review.render import Span, find_span, markdown


def test_spans_are_coloured_and_page_text_is_escaped():
    text = "Kommunen bjöd in.\n\nDe föreslog <b>gratis</b> bussresor för äldre."
    a = text.index("<b>")
    md = markdown(text, [Span(a, len(text) - 1, "förslag", "Resor"), Span(text.index("äldre"), len(text) - 1, "målgrupp")])
    assert "<b>" not in md and r"\<b\>gratis\</b\>" in md
    assert md.startswith(r"Kommunen bjöd in\.  ") and "\n\n" in md
    assert ":green-background[" in md and ":blue-background[äldre]" in md and r":gray[‹Resor›]" in md


def test_a_rejected_proposal_shows_red():
    md = markdown("Fler bänkar i parken.", [Span(0, 20, "avvisat")])
    assert md.startswith(":red-background[Fler bänkar i parken]")


def test_copied_text_is_found_despite_whitespace_and_nearest_wins():
    text = "Fler bänkar.\nFler  bänkar\ni parken."
    assert find_span(text, "Fler bänkar i parken") == (13, len(text) - 1)
    assert find_span(text, "Fler bänkar", near=20) == (13, 25)
    assert find_span(text, "finns inte") is None
