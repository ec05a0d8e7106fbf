"""The document text as Markdown with the reviewed items as coloured spans (pure).

Crawled text is untrusted: every ASCII punctuation character is backslash-escaped (as in the
dashboard), so a page's "<script>" or "**" shows as typed; colour comes from Streamlit's own
`:color-background[...]` directive, never from HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.common import _MD_SPECIAL  # the dashboard's escaping rule, one home

# kind → (directive, priority: where spans overlap the higher one colours the text)
# A target group is a word or two, so it shows inside the proposal that names it.
STYLES = {"målgrupp": ("blue-background", 5), "avvisat": ("red-background", 4), "förslag": ("green-background", 3),
          "händelse": ("violet-background", 2)}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str            # a key of STYLES
    note: str | None = None  # shown after the span (a proposal's theme)


def escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown(text: str, spans: list[Span]) -> str:
    """Markdown of `text`, each span coloured; line breaks kept."""
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((max(0, min(s.start, len(text))), max(0, min(s.end, len(text)))))
    for m in re.finditer(r"\n", text):
        cuts.update((m.start(), m.end()))
    bounds = sorted(cuts)
    notes = {min(s.end, len(text)): s.note for s in spans if s.note}
    # Runs of text with one style (None = plain), a note or a line break ending a run.
    runs: list[tuple[str | None, str, str | None]] = []
    for a, b in zip(bounds, bounds[1:]):
        piece = text[a:b]
        if piece == "\n":
            runs.append(("\n", piece, None))
            continue
        top = max((s for s in spans if s.start <= a and b <= s.end), key=lambda s: STYLES[s.kind][1], default=None)
        style = STYLES[top.kind][0] if top else None
        if runs and runs[-1][0] == style and runs[-1][2] is None and style != "\n":
            runs[-1] = (style, runs[-1][1] + piece, notes.get(b))
        else:
            runs.append((style, piece, notes.get(b)))
    out: list[str] = []
    for style, piece, note in runs:
        if style == "\n":
            out.append("\n" if out and out[-1].endswith("\n") else "  \n")
            continue
        body = escape(piece)
        if style and piece.strip():
            lead, trail = body[: len(body) - len(body.lstrip())], body[len(body.rstrip()):]
            body = f"{lead}:{style}[{body.strip()}]{trail}"
        out.append(body)
        if note:
            out.append(f" :gray[‹{escape(note)}›]")
    return "".join(out)


def find_span(text: str, wanted: str, near: int = 0) -> tuple[int, int] | None:
    """Where the reviewer's copied text stands in the document (whitespace may differ, as it
    does after copying from the browser); of several occurrences the one nearest `near`."""
    words = wanted.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return min(hits, key=lambda h: abs(h[0] - near)) if hits else None
