"""Span mechanics for proposals: infinitives and finite verbs, coordination splitting, trimming.

What a proposal *is* is decided elsewhere (cue patterns in `patterns/*.jsonl`, the classifier in
`decide.py`); this module only cuts a piece of text into atomic actions ("utveckla X, samarbeta
med Y och förbättra Z" → three) while shared verbs ("informera och marknadsföra X") and
hyphenated coordination ("stöd- och insatser") stay whole. Offsets always point into the text.
"""
from __future__ import annotations

import re
from typing import Any, Callable


# Infinitives that open proposals in the genre; "-era" verbs are recognised by their ending.
VERBS = set("""
anordna anpassa anställa använda arbeta avsätta bevara bibehålla bilda bjuda bli bygga byta dela digitalisera
effektivisera erbjuda etablera fånga fördjupa förbättra förenkla förkorta förlänga förstärka förtydliga fortsätta
främja få ge genomföra göra hitta hjälpa hålla höja införa inkludera inrätta involvera jobba knyta korta
lyfta lyssna låta marknadsföra minska motverka möjliggöra möta nå odla ordna prioritera samarbeta samla samordna
samverka satsa se skapa skydda sköta slå spela starta stimulera stärka stödja stötta sänka säkerställa
tillgängliggöra tillsätta ta tillhandahålla underlätta undersöka uppmuntra upprätta uppmärksamma utbilda utforma
utforska utöka utreda utveckla vara verka vidareutveckla visa välkomna värna åtgärda återinföra återuppta öka
öppna överväga bredda sprida synliggöra mötas träffas ses lära vidga värdesätta behålla avveckla stänga flytta
bygga renovera rusta upprusta förnya inventera kartlägga följa analysera planera omorganisera organisera
""".split())
# Openers of the content that are wrappers around the real action.
_WRAPPERS = re.compile(
    r"^(?:(?:även|också|dessutom|bland annat|till exempel|t\.ex\.)\s+)*(?:att\s+)?"
    r"(?:(?:vara|bli)\s+bättre\s+på\s+att|(?:arbeta|jobba)\s+(?:mer\s+)?med\s+att|försöka|fortsätta\s+att)?\s*",
    re.I)
_LEAD = re.compile(r"^(?:(?:även|också|dessutom|bland annat|till exempel|t\.ex\.|särskilt|främst|framför allt)\s+)+",
                   re.I)
_MODAL = re.compile(r"\b(?:behöver|behövs|bör|borde|ska|skall|skulle|måste|vill)\b", re.I)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig|inga|inget|ingen)\b", re.I)

_DET_SPLIT = r"(?:en|ett|fler|mer|bättre|tydligare|kortare|längre|större|mindre|ökad|ökat|ökade|nya|nytt|ny|enklare|snabbare|fasta|gemensamma|tätare|tryggare)"


def strip_span(text: str, s: int, e: int, chars: str = " \t\n,.;:!?–-\"”'()") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    # keep a closing hyphen of "stöd-" only inside; a trailing "och"/"samt" is dropped
    m = re.search(r"(?:\s+(?:och|samt|eller|men|som))+$", text[s:e])
    if m:
        e = s + m.start()
    # a bracket the span opens keeps its closing bracket ("Obemannad butik (24 h)")
    while e < len(text) and text[e] == ")" and text.count("(", s, e) > text.count(")", s, e):
        e += 1
    return s, e


def is_infinitive(word: str, tok: Any = None) -> bool:
    w = word.lower()
    if w in VERBS or (len(w) > 5 and w.endswith("era") and w not in {"andra", "flera", "kamera", "sera"}):
        return True
    if tok is not None and getattr(tok, "pos_", "") in ("VERB",) and "Inf" in tok.morph.get("VerbForm"):
        return w.endswith(("a", "å", "e"))
    return False


class Finder:
    """Proposal finder over one document (holds the text and the optional parsed Doc)."""

    def __init__(self, text: str, doc: Any = None, lemma: Callable[[str], str | None] | None = None) -> None:
        self.text = text
        self.doc = doc
        self._lemma = lemma
        self._tok_at: dict[int, Any] = {}
        if doc is not None and any(t.pos_ for t in doc[:50]):
            self._tok_at = {t.idx: t for t in doc}

    # -- words ---------------------------------------------------------------------------
    def words(self, s: int, e: int) -> list[tuple[int, int, str]]:
        return [(s + m.start(), s + m.end(), m.group()) for m in re.finditer(r"[\wåäöÅÄÖé]+(?:-[\wåäö]+)*-?", self.text[s:e])]

    def inf_at(self, pos: int, word: str) -> bool:
        return is_infinitive(word, self._tok_at.get(pos))

    def lemma(self, word: str, pos: int) -> str:
        w = word.lower()
        if is_infinitive(w):
            return w
        tok = self._tok_at.get(pos)
        if tok is not None and tok.pos_ in ("VERB", "AUX") and tok.lemma_:
            return tok.lemma_.lower()
        if self._lemma:
            lem = self._lemma(w)
            if lem:
                return lem.lower()
        for suf, rep in (("erar", "era"), ("ar", "a"), ("er", "a"), ("r", "")):
            if w.endswith(suf) and len(w) > 4:
                return w[: -len(suf)] + rep
        return w

    # -- splitting -----------------------------------------------------------------------
    def split_actions(self, s: int, e: int, imperative: bool = False) -> list[tuple[int, int]]:
        """Split content into coordinated actions at ", X" / "och X" / "samt X" where X (after an
        optional "att") is an infinitive (or, in a list of imperatives, an imperative), unless
        the left part is a bare verb sharing the object."""
        from pipeline.extract.cues import is_imperative_form

        text = self.text
        cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
        for m in re.finditer(r"(?:,\s*(?:och\s+|samt\s+|eller\s+)?|\s+(?:och|samt|eller)\s+)(?:(?:även|också)\s+)?(?:att\s+)?",
                             text[s:e]):
            a, b = s + m.start(), s + m.end()
            if text[a - 1] == "-":  # "stöd- och insatser"
                continue
            nxt = re.match(r"[\wåäö]+", text[b:e])
            clause = text[a:b].rstrip().endswith(" att")
            if not nxt or not (clause or self.inf_at(b, nxt.group()) or imperative and is_imperative_form(nxt.group())):
                continue
            cuts.append((a, b))
        parts, start = [], s
        for a, b in cuts:
            left = self.words(start, a)
            if len(left) <= 1 and left and (self.inf_at(left[0][0], left[0][2]) or imperative):
                continue  # "informera och marknadsföra X": the verbs share X
            parts.append((start, a))
            start = b
        parts.append((start, e))
        return [p for p in (strip_span(text, a, b) for a, b in parts) if p[1] > p[0]]

    def split_list(self, s: int, e: int) -> list[tuple[int, int]]:
        """A comma list of noun phrases ("A, B och C"): cut at every comma and at the last
        "och"/"samt"/"eller" after one; items may be one word ("seniorgympa")."""
        text = self.text
        commas = [m for m in re.finditer(r",\s+", text[s:e]) if text[s + m.start() - 1] != "-"]
        if not commas and not re.search(r"\s(?:och|samt|eller)\s", text[s:e]):
            return []
        parts, start = [], s
        for m in commas:
            parts.append((start, s + m.start()))
            start = s + m.end()
        last = list(re.finditer(r"(?<!-)\s+(?:och|samt|eller)\s+(?:även\s+|också\s+)?", text[start:e]))
        if last:
            parts.append((start, start + last[-1].start()))
            start = start + last[-1].end()
        parts.append((start, e))
        return [p for p in (strip_span(text, a, b) for a, b in parts) if p[1] > p[0]]

    def split_clauses(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split at "och att …" / ", att …": each att-clause is its own demand."""
        parts, start = [], s
        for m in re.finditer(r"(?:,\s*|\s+(?:och|samt)\s+)att\s+", self.text[s:e]):
            parts.append((start, s + m.start()))
            start = s + m.end()
        parts.append((start, e))
        return [p for p in (strip_span(self.text, a, b) for a, b in parts) if p[1] > p[0]]

    def split_nominal(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split coordinated noun phrases that each open with a determiner or comparative
        ("kortare handläggningstider och tydligare besked")."""
        text = self.text
        parts, start = [], s
        for m in re.finditer(rf"(?:,\s*|\s+(?:och|samt)\s+)(?=(?:även\s+|också\s+)?{_DET_SPLIT}\s)", text[s:e], re.I):
            a, b = s + m.start(), s + m.end()
            if text[a - 1] == "-" or len(self.words(start, a)) < 2:
                continue
            parts.append((start, a))
            start = b
        if parts and text[parts[-1][1]:start].lstrip().startswith(","):
            # "A, B och C": after a comma list the last "och" also separates items
            last = list(re.finditer(r"\s+och\s+", text[start:e]))
            if last and len(self.words(start, start + last[-1].start())) >= 2 \
                    and len(self.words(start + last[-1].end(), e)) >= 2:
                parts.append((start, start + last[-1].start()))
                start = start + last[-1].end()
        parts.append((start, e))
        return [p for p in (strip_span(text, a, b) for a, b in parts) if p[1] > p[0]]


def wrapper_strip(text: str, s: int, e: int) -> int:
    m = _WRAPPERS.match(text[s:e])
    return s + m.end() if m and m.end() < e - s else s


_FINITE_WORDS = {"är", "var", "har", "hade", "finns", "fanns", "ska", "skall", "kan", "kunde", "får", "fick",
                 "blir", "blev", "gör", "gjorde", "ger", "gav", "tar", "tog", "ser", "såg", "går", "gick", "kommer",
                 "kom", "vill", "ville", "bör", "borde", "måste", "behöver", "behövs", "sker", "skulle", "står",
                 "når", "får", "leder", "ligger", "startar", "sänks", "ges", "görs", "tas", "ses"}
_MODALS = {"ska", "skall", "kan", "kunde", "bör", "borde", "måste", "behöver", "vill", "ville", "skulle", "får"}
# Function words the lemma table also lists as verb forms (för ← föra, mer ← mera).
_NEVER_VERBS = {"för", "mer", "där", "här", "hur", "ur", "efter", "under", "över", "vår", "vårt", "våra", "er",
                "när", "far", "mor", "per", "enligt", "samt", "hos", "mellan", "genom", "bland", "alla",
                "andra", "flera", "fler", "dagar", "gånger", "tider"}
_VOWEL_LEMMAS = {"ge", "se", "gå", "nå", "stå", "få", "bo", "tro", "må", "dö", "slå", "två"}


def is_finite(word: str, tok: Any = None, lemma: Callable[[str], str | None] | None = None) -> bool:
    """A finite (or passive) verb form: the tagger's word when there is one, else the lemma
    table and Swedish inflection (erbjuder ← erbjuda, förlängs ← förlänga, rör ← röra)."""
    w = word.lower()
    if tok is not None and getattr(tok, "pos_", ""):
        if tok.pos_ in ("NOUN", "ADJ", "ADP", "PROPN", "ADV", "DET", "PRON", "NUM"):
            return False
        if tok.pos_ in ("VERB", "AUX") and "Inf" not in tok.morph.get("VerbForm"):
            return True
    if w in _FINITE_WORDS:
        return True
    if w in _NEVER_VERBS:
        return False
    lem = (lemma(w) if lemma else None) or ""
    if not lem or lem == w or not (lem.endswith("a") or lem in _VOWEL_LEMMAS):
        return False
    stem = lem[:-1] if lem.endswith("a") else lem
    forms = {lem + "r", stem + "ar", stem + "er", lem + "s", stem + "as", stem + "s", stem + "es", stem + "er"}
    if w.endswith("r") and w == stem:
        return True
    if w in forms:
        return True
    return w.startswith(stem) and w.endswith(("ade", "de", "te", "des", "tes", "ades", "dde"))


def finite_verb(finder: Finder, words: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The main verb of a short finite clause: the infinitive after a modal, else the first
    finite verb after a subject of at most six words."""
    for i, w in enumerate(words[:7]):
        if i == 0:
            continue
        if w[2].lower() in {"som", "när", "där", "om"}:
            return None  # a relative clause inside a noun phrase ("fler vuxna som rör sig")
        if is_finite(w[2], finder._tok_at.get(w[0]), finder._lemma):
            if w[2].lower() in _MODALS:
                for nxt in words[i + 1:i + 4]:
                    if finder.inf_at(nxt[0], nxt[2]) or (finder._lemma and finder._lemma(nxt[2].lower()) == nxt[2].lower()):
                        return nxt
            return w
    return None


# "kommunen ska ta fram X, införa Y och utöka Z": each infinitive is a demand of its own.
_AUX_LIKE = {"kunna", "gå", "få", "vara", "bli", "finnas", "komma"}
_SPLIT_MODAL = re.compile(r"(?:ska|skall|bör|borde|måste|behöver)(?:\s+(?:också|även|dessutom|gärna|snarast))*\s+$", re.I)


def split_after_modal(finder: Finder, a: int, b: int, words: list[tuple[int, int, str]]) -> list[tuple[int, int]] | None:
    """Coordinated actions after a subject and a modal, without the shared "subject + modal"
    (as the annotators mark them); None when there is only one action, which keeps its subject."""
    verb = finite_verb(finder, words)
    if verb is None or not _SPLIT_MODAL.search(finder.text[a:verb[0]]):
        return None
    # Not the impersonal "det ska gå att ringa och prata …" nor auxiliary-like verbs ("ska kunna
    # boka och betala"), whose coordination belongs inside one demand.
    if words[0][2].lower() in {"det", "man"} or verb[2].lower() in _AUX_LIKE:
        return None
    parts = finder.split_actions(verb[0], b)
    return parts if len(parts) > 1 and all(len(finder.words(x, y)) >= 2 for x, y in parts) else None
