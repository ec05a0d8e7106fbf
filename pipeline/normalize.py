"""Text normalisation before NLP: find extraction boilerplate.

Nothing here rewrites the text. `boilerplate_spans()` returns the character spans to drop, so
callers keep offsets into the original document; `mask()` blanks those spans with spaces (same
length, same offsets) for running spaCy; `clean()` gives a compact text plus a way back to the
original offsets when a shorter text is wanted. The language check is `dialogkartan.lang`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------- boilerplate

# Whole lines (after stripping whitespace and a trailing full stop/colon) that are site chrome.
_LINE_PHRASES = [
    r"lämna en kommentar",
    r"visa cookie-?information",
    r"hoppa till (?:huvudinnehållet|huvudmenyn|innehållet|sidans innehåll)(?: till startsidan)?",
    r"till (?:huvudinnehåll(?:et)?|startsidan|toppen)",
    r"tillbaka till startsidan",
    r"skip to (?:main )?content",
    r"länk till annan webbplats",
    r"hjälpte informationen på sidan dig\??",
    r"tack för att du hjälper oss!?",
    r"var informationen (?:på sidan )?till hjälp\??",
    r"skriv ut(?: sidan)?",
    r"mobilmeny",
    r"meny",
    r"stäng(?: meny)?",
    r"sök",
    r"självservice",
    r"lyssna",
    r"relaterade länkar",
    r"relaterad information",
    r"taggar för sidan",
    r"dela(?: sidan| denna sida| artikeln)?(?: på (?:facebook|twitter|x|linkedin|e-post))?",
    r"facebook|twitter|linkedin|instagram|youtube|e-post|mejla",
    r"kopiera länk(?:en)?",
    r"report errors on page",
    r"du kanske också är intresserad av",
    r"läs (?:mer|också|även)",
    r"avbryt|skicka|svara",
    r"acceptera(?: alla)?(?: kakor| cookies)?|godkänn(?: alla)?(?: kakor| cookies)?|neka(?: alla)?(?: kakor| cookies)?",
    r"inställningar för (?:kakor|cookies)",
    r"endast nödvändiga(?: kakor| cookies)?",
]
_LINE_RE = re.compile(r"^(?:" + "|".join(_LINE_PHRASES) + r")[.:]?$", re.IGNORECASE)

# Whole lines recognised by a prefix: breadcrumbs, editor credits, photographer credits.
_LINE_PREFIX_RE = re.compile(
    r"^(?:du är här:|sidan publicerad av:|sidansvarig:|ansvarig för sidan:|etikett:|taggar:|"
    r"foto(?:graf)?:|bild:|fotokälla:|photo:|"
    # image alt texts and captions that extraction keeps: "Närbild på händer …"
    r"(?:närbild|foto|bild|porträtt) på |personalbild\b|porträttbild\b)",
    re.IGNORECASE,
)

# Cookie notices: a line that talks about cookies and asks for consent or explains use.
_COOKIE_RE = re.compile(r"\b(?:cookies?|kakor)\b", re.IGNORECASE)
_COOKIE_CONTEXT_RE = re.compile(
    r"\b(?:använder|godkänn|acceptera|samtycke|samtycker|inställningar|webbplatsen|lagras)\b",
    re.IGNORECASE,
)

# Inline boilerplate inside a content line (link decorations, credits at the end of captions).
_INLINE_RE = re.compile(
    r"\s*(?:Länk till annan webbplats\.?|Öppnas i (?:ett )?nytt fönster\.?|"
    r"\(öppnas i (?:ett )?nytt fönster\)|Extern länk\.?)"
    r"|\s*\b(?:Foto|Fotograf|Bild):\s*[A-ZÅÄÖ][\wåäöéÅÄÖÉ.\-]*(?:[ /][A-ZÅÄÖ][\wåäöéÅÄÖÉ.\-]*){0,4}\s*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class DropSpan:
    """A span of the original text that is boilerplate (end exclusive)."""

    start: int
    end: int
    reason: str  # "line" | "cookie" | "credit" | "inline"


def _is_cookie_line(line: str) -> bool:
    return bool(_COOKIE_RE.search(line) and _COOKIE_CONTEXT_RE.search(line)) and len(line) < 600


def boilerplate_spans(text: str) -> list[DropSpan]:
    """Spans of `text` to drop, sorted and non-overlapping. A dropped whole line includes its
    line break so the remaining paragraphs keep their blank-line separation."""
    spans: list[DropSpan] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        body = line.strip()
        if not body:
            continue
        if _LINE_RE.match(body):
            spans.append(DropSpan(start, end, "line"))
        elif _LINE_PREFIX_RE.match(body):
            low = body.lower()
            reason = "credit" if low.startswith(("foto", "bild", "photo", "närbild", "porträtt", "personalbild")) else "line"
            spans.append(DropSpan(start, end, reason))
        elif _is_cookie_line(body):
            spans.append(DropSpan(start, end, "cookie"))
        else:
            line_body = line.rstrip("\r\n")
            for m in _INLINE_RE.finditer(line_body):
                if m.end() > m.start():
                    spans.append(DropSpan(start + m.start(), start + m.end(), "inline"))
    return spans


def mask(text: str, spans: list[DropSpan] | None = None) -> str:
    """`text` with dropped spans replaced by spaces (line breaks kept): same length and offsets."""
    if spans is None:
        spans = boilerplate_spans(text)
    chars = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


@dataclass(frozen=True)
class CleanText:
    """A compact text without the dropped spans, with a map back to original offsets."""

    text: str
    drops: tuple[DropSpan, ...]
    # Segment k of the clean text starts at clean offset _clean_starts[k] and original offset
    # _orig_starts[k]; inside a segment offsets move together.
    _clean_starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]

    def to_original(self, i: int) -> int:
        """Original offset of clean offset `i` (an end offset maps to just after its char)."""
        k = max(bisect.bisect_right(self._clean_starts, i) - 1, 0)
        return self._orig_starts[k] + (i - self._clean_starts[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def clean(text: str, spans: list[DropSpan] | None = None) -> CleanText:
    """Remove the dropped spans; use `CleanText.to_original` to map offsets back."""
    if spans is None:
        spans = boilerplate_spans(text)
    parts: list[str] = []
    clean_starts: list[int] = []
    orig_starts: list[int] = []
    pos = 0
    length = 0
    for s in sorted(spans, key=lambda d: d.start):
        if s.start > pos:
            clean_starts.append(length)
            orig_starts.append(pos)
            parts.append(text[pos : s.start])
            length += s.start - pos
        pos = max(pos, s.end)
    if pos < len(text) or not parts:
        clean_starts.append(length)
        orig_starts.append(pos)
        parts.append(text[pos:])
    return CleanText("".join(parts), tuple(spans), tuple(clean_starts), tuple(orig_starts))
