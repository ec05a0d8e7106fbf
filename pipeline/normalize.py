"""Text normalisation before NLP: find extraction boilerplate and guess the language.

Nothing here rewrites the text. `boilerplate_spans()` returns the character spans to drop, so
callers keep offsets into the original document; `mask()` blanks those spans with spaces (same
length, same offsets) for running spaCy; `clean()` gives a compact text plus a way back to the
original offsets when a shorter text is wanted.

Language: a transparent stop-word rule (share of running words that are Swedish, English,
Danish/Norwegian function words; plus the share of non-Latin letters). `py3langid` is not
available here and a rule is easier to audit.
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


# ---------------------------------------------------------------------------- language

SV_STOPWORDS = frozenset(
    """och att det som en på är av för med till den har de inte om ett men jag vi kan så från
    ska skall vid var sig eller när också där detta här alla efter under vill hur mot skulle
    blir bli finns dessa vara varit hade dem denna detta deras vår våra våran ni hon han oss
    kommer ingen inga något några mycket mer även samt genom över utan mellan bara än då nu
    vad vilka vilken vilket sina sitt sin eftersom både kunna får få""".split()
)
EN_STOPWORDS = frozenset(
    """the and of to in is for on that with are this be as it by from at or an you your we our
    will can have has not was were which their they these there been more about if all would
    should may how what who when also into its only other any such than then them our us""".split()
)
# Danish/Norwegian words that are not Swedish words: keep a neighbour from passing as Swedish.
DA_NO_STOPWORDS = frozenset(
    """og ikke jeg af er til fra hvor hvad hvis ved være været eller også der deres vores
    kan skal vil blev bliver mig dig seg meg deg noe noen ingen hun han dette disse""".split()
) - SV_STOPWORDS

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")
MIN_WORDS = 8
MIN_RATIO = 0.12


@dataclass(frozen=True)
class LanguageGuess:
    lang: str  # "sv" | "en" | "da/no" | "other" | "unknown" (too short to tell)
    n_words: int
    sv_ratio: float
    en_ratio: float
    da_no_ratio: float
    non_latin_ratio: float

    @property
    def is_swedish(self) -> bool:
        """Short texts are given the benefit of the doubt: only clear non-Swedish is flagged."""
        return self.lang in {"sv", "unknown"}


def detect_language(text: str) -> LanguageGuess:
    """Guess the language from function-word shares (see module doc for the rule).

    Rule, in order: mostly non-Latin letters → "other"; fewer than MIN_WORDS words →
    "unknown"; the language with the highest stop-word share wins if that share is at least
    MIN_RATIO; otherwise "other".
    """
    words = [w.lower() for w in _WORD_RE.findall(text)]
    letters = [c for c in text if c.isalpha()]
    non_latin = sum(1 for c in letters if not _LATIN_RE.match(c)) / len(letters) if letters else 0.0
    n = len(words)
    if n == 0:
        return LanguageGuess("unknown", 0, 0.0, 0.0, 0.0, non_latin)
    sv = sum(w in SV_STOPWORDS for w in words) / n
    en = sum(w in EN_STOPWORDS for w in words) / n
    da = sum(w in DA_NO_STOPWORDS for w in words) / n
    if non_latin > 0.5:
        lang = "other"
    elif n < MIN_WORDS:
        lang = "unknown"
    else:
        best, ratio = max((("sv", sv), ("en", en), ("da/no", da)), key=lambda p: p[1])
        lang = best if ratio >= MIN_RATIO else "other"
    return LanguageGuess(lang, n, round(sv, 3), round(en, 3), round(da, 3), round(non_latin, 3))


def is_swedish(text: str) -> bool:
    return detect_language(text).is_swedish
