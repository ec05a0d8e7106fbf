"""Atomic proposals, needs and demands from the sentences of a dialogue text.

A sentence carries proposals when a cue says so: a reporting verb with an att-clause ("lyftes att
…"), a proposal noun ("förslag om att …"), "vikten/behovet av …", a demand ("vill att", "yrkar
… att", "föreslår att"), a modal need ("behöver", "bör"), a passive verb after or before a noun
phrase ("… lyftes också", "efterfrågades kortare …"), or list items under a proposal heading or
a cue that ends with a colon. The content is then split into one proposal per coordinated action
("utveckla X, samarbeta med Y och förbättra Z") while shared verbs ("informera och marknadsföra
X") and hyphenated coordination ("stöd- och insatser") stay whole. Every proposal is an exact
substring of the document with its offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from pipeline.extract.target_groups import text_groups
from pipeline.segment import BULLET, is_bullet
from pipeline.textmatch import token_f1
from pipeline.types import Proposal, Section, Sentence

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
# Finite verbs or words that cannot open a noun-phrase proposal.
_NOT_NP_START = re.compile(
    r"^(?:är|var|har|hade|kan|kunde|ska|skulle|blir|blev|handlade|handlar|gäller|gällde|kom|kommer|finns|fanns|"
    r"av|om|på|i|till|från|med|för|att|och|men|som|när|där|det|den|de|detta|dessa|man|vi|jag|du|ni|han|hon|"
    r"sig|sin|sina|flera|många|även|också|särskilt|frågan|frågor|ämnet|temat|synpunkter|bland|under)\b", re.I)
# Openers of the content that are wrappers around the real action.
_WRAPPERS = re.compile(
    r"^(?:(?:även|också|dessutom|bland annat|till exempel|t\.ex\.)\s+)*(?:att\s+)?"
    r"(?:(?:vara|bli)\s+bättre\s+på\s+att|(?:arbeta|jobba)\s+(?:mer\s+)?med\s+att|försöka|fortsätta\s+att)?\s*",
    re.I)
_LEAD = re.compile(r"^(?:(?:även|också|dessutom|bland annat|till exempel|t\.ex\.|särskilt|främst|framför allt)\s+)+",
                   re.I)
_MODAL = re.compile(r"\b(?:behöver|behövs|bör|borde|ska|skall|skulle|måste|vill)\b", re.I)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig|inga|inget|ingen)\b", re.I)

REPORT_VERBS = (r"lyftes|lyfte|lyfts|lyft|påpekades|påpekade|betonades|betonade|poängterades|poängterade|"
                r"framfördes|framförde|uppmärksammade|uppmärksammades|nämndes|nämnde|framhöll|framhölls|"
                r"underströk|underströks|togs upp|tog upp|kom fram|framkom|diskuterades")
DEMAND_VERBS = r"föreslogs|föreslog|föreslår|föreslås|önskade|önskar|önskades|yrkar|yrkade|hemställer|vill|ville"
PASSIVE_AFTER = (r"lyftes|lyfts|togs upp|föreslogs|efterfrågades|efterlystes|önskades|framfördes|betonades|nämndes|"
                 r"poängterades|påpekades|kom fram|framkom|var (?:ett |andra |flera |några )?(?:\w+ )?(?:förslag|önskemål|idéer)")
NP_AFTER_CUE = re.compile(
    rf"\b(?P<cue>efterfrågades|efterfrågade|efterfrågar|efterlyste|efterlyser|efterlystes|önskade|önskar|önskades|föreslog|föreslår|föreslogs|"
    rf"lyftes|betonades|framfördes|(?:vill|ville)\s+(?:ha|se))\b"
    rf"(?P<subj>(?:\s+(?:de|vi|hon|han|dom|deltagarna|många|flera|man|också|även|dessutom|bland annat|särskilt|"
    rf"främst|till exempel|t\.ex\.|framför allt))*)\s+(?!att\b)", re.I)
ATT_AFTER_REPORT = re.compile(
    rf"\b(?P<cue>{REPORT_VERBS})(?:\s+(?:också|även|särskilt|bland annat|flera|många|någon|några|deltagarna|"
    rf"de|vi|man|det))*\s+att\s+", re.I)
ATT_AFTER_DEMAND = re.compile(
    rf"\b(?P<cue>{DEMAND_VERBS})(?:\s+(?!att\b)[\wåäö]+){{0,4}}?\s+att\s+", re.I)
NOUN_OM_ATT = re.compile(
    r"\b(?P<cue>förslag\w*|önskemål\w*|idéer\w*|idén|synpunkt\w*|krav\w*|uppmaning\w*)\b[^.!?:]{0,70}?\b(?:om|på|kring|var|gällde)\s+att\s+", re.I)
# "Önskemål fanns om X", "Det kom också önskemål om X", "Andra önskemål gällde X": a noun phrase list.
NOUN_OM_NP = re.compile(
    r"\b(?P<cue>förslag\w*|önskemål\w*|idéer\w*|krav\w*)(?:\s+(?:fanns|framfördes|kom))?(?:\s+(?:också|även|dessutom))?"
    r"\s+(?:om|gällde|på)\s+(?!att\b)", re.I)
# "Flera tyckte att kommunen borde …", "Deltagarna menade att X behöver …": an opinion with a modal.
OPINION_MODAL = re.compile(
    r"\b(?P<cue>tyckte|tycker|menade|menar)(?:\s+(?:också|även|dessutom|särskilt))*\s+att\s+"
    r"(?=(?:[\wåäö-]+\s+){1,5}?(?:bör|borde|ska|skulle|behöver|måste)\s)", re.I)
# "Flera ville också kunna välja …": a wish that opens with kunna/få + infinitive.
WISH_INF = re.compile(r"\b(?P<cue>vill|ville|önskar|önskade)(?:\s+(?:också|även|gärna|dessutom))*\s+(?=(?:kunna|få)\s+\w)", re.I)
# Content ends before a comment on it or a purpose clause ("…, något som …", "… så att …").
_TAIL = re.compile(r",\s+(?:något\s+som|vilket|eftersom)\b|\s+så\s+att\b", re.I)
VIKTEN = re.compile(r"\b(?P<cue>vikten|behovet|behoven|betydelsen|nyttan|önskemålet)\s+av\s+(?:att\s+)?", re.I)
MODAL_NEED = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\batt\s))(?P<subj>(?:[A-ZÅÄÖa-zåäö][\wåäö-]*\s+){0,5}?)(?P<cue>behöver|bör|borde|behövs)\s+", re.I)
PROPOSAL_HEADING = re.compile(
    r"\b(?:förslag\w*|idé\w*|önskemål|rekommendation\w*|det här vill|vad vill|det här föreslog|synpunkter|prioriter\w*|åtgärd\w*|"
    r"det här tycker|önskelista)\b", re.I)
_INSTRUCTION_HEADING = re.compile(r"\b(?:så lämnar|lämna|hur|skicka|så gör)\b", re.I)
_NOT_PROPOSAL_ITEM = re.compile(r"^(?:verka\s+för|ge\s+information|bevaka|följa\s+upp|ta\s+del)\b", re.I)
_SKIP_SENTENCE = re.compile(
    r"\b(?:skicka\s+(?:gärna\s+)?in|lämna\s+(?:gärna\s+)?(?:ett\s+|dina\s+)?förslag|välkommen\s+att|"
    r"du\s+kan|kan\s+du|anmäl)\b", re.I)
_DET_SPLIT = r"(?:en|ett|fler|mer|bättre|tydligare|kortare|längre|större|mindre|ökad|ökat|ökade|nya|nytt|ny|enklare|snabbare|fasta|gemensamma|tätare|tryggare)"


@dataclass
class Span:
    start: int
    end: int


def _strip(text: str, s: int, e: int, chars: str = " \t\n,.;:!?–-\"”'()") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    # keep a closing hyphen of "stöd-" only inside; a trailing "och"/"samt" is dropped
    m = re.search(r"(?:\s+(?:och|samt|eller|men|som))+$", text[s:e])
    if m:
        e = s + m.start()
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
    def split_actions(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split content into coordinated actions at ", X" / "och X" / "samt X" where X (after an
        optional "att") is an infinitive, unless the left part is a bare verb sharing the object."""
        text = self.text
        cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
        for m in re.finditer(r"(?:,\s*(?:och\s+|samt\s+|eller\s+)?|\s+(?:och|samt|eller)\s+)(?:(?:även|också)\s+)?(?:att\s+)?",
                             text[s:e]):
            a, b = s + m.start(), s + m.end()
            if text[a - 1] == "-":  # "stöd- och insatser"
                continue
            nxt = re.match(r"[\wåäö]+", text[b:e])
            clause = text[a:b].rstrip().endswith(" att")
            if not nxt or not (clause or self.inf_at(b, nxt.group())):
                continue
            cuts.append((a, b))
        parts, start = [], s
        for a, b in cuts:
            left = self.words(start, a)
            if len(left) <= 1 and left and self.inf_at(left[0][0], left[0][2]):
                continue  # "informera och marknadsföra X": the verbs share X
            parts.append((start, a))
            start = b
        parts.append((start, e))
        return [p for p in (_strip(text, a, b) for a, b in parts) if p[1] > p[0]]

    def split_clauses(self, s: int, e: int) -> list[tuple[int, int]]:
        """Split at "och att …" / ", att …": each att-clause is its own demand."""
        parts, start = [], s
        for m in re.finditer(r"(?:,\s*|\s+(?:och|samt)\s+)att\s+", self.text[s:e]):
            parts.append((start, s + m.start()))
            start = s + m.end()
        parts.append((start, e))
        return [p for p in (_strip(self.text, a, b) for a, b in parts) if p[1] > p[0]]

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
        return [p for p in (_strip(text, a, b) for a, b in parts) if p[1] > p[0]]


@dataclass
class Candidate:
    start: int
    end: int
    sentence: Sentence
    kind: str
    finite_ok: bool
    confidence: float
    nominal_ok: bool = True


def _cut_at_next_cue(text: str, s: int, e: int) -> int:
    """Content stops where a second cue starts ("behovet av att X och vikten av att Y")."""
    m = re.search(rf"(?:,\s*|\s+)(?:och\s+)?(?:även\s+|också\s+)?(?:(?:vikten|behovet|betydelsen)\s+av\b|"
                  rf"(?:{REPORT_VERBS}|{DEMAND_VERBS})\b(?:\s+\w+){{0,3}}?\s+att\b)", text[s:e], re.I)
    return s + m.start() if m else e


def _trim_trailing_predicate(text: str, s: int, e: int) -> int:
    t = _TAIL.search(text[s:e])
    if t:
        e = s + t.start()
    m = re.search(rf"\s+(?:{PASSIVE_AFTER}|diskuterades|var\s+\w+\s+förslag)(?:\s+[\wåäö]+){{0,4}}\s*[.!]?\s*$",
                  text[s:e], re.I)
    return s + m.start() if m else e


def find_candidates(text: str, sentences: list[Sentence], sections: list[Section], quotes: set[int],
                    headings: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    sec_by_idx = {sec.idx: sec for sec in sections}
    prev_cue_colon: dict[int | None, bool] = {}
    yrkande_seen = -10
    for s in sentences:
        st = s.text
        if re.search(r"\byrka\w*\b|\bhemställ\w*\b|\bföreslår\b.*\bbesluta[r]?\b", st, re.I):
            yrkande_seen = s.idx
        if s.idx in headings:
            continue
        if s.idx in quotes:
            prev_cue_colon[s.section] = False
            continue
        sec = sec_by_idx.get(s.section) if s.section is not None else None
        if is_bullet(st):
            heading_ok = bool(sec and sec.heading and PROPOSAL_HEADING.search(sec.heading)
                              and not _INSTRUCTION_HEADING.search(sec.heading))
            b = BULLET.match(st).end()
            if re.match(r"att\s", st[b:]) and s.idx - yrkande_seen <= 4:
                # a motion's att-sats as a list item ("- att nämnden inrättar …")
                out.append(Candidate(s.start + b + 4, s.end, s, "förslag", True, 0.9))
                yrkande_seen = s.idx
                continue
            if (heading_ok or prev_cue_colon.get(s.section)) and not st.rstrip().endswith("?"):
                for a0, b0 in _inline_items(st, b):
                    if not _NOT_PROPOSAL_ITEM.match(st[a0:b0]):
                        out.append(Candidate(s.start + a0, s.start + b0, s, "förslag", True, 0.8))
            continue
        prev_cue_colon[s.section] = False
        if st.rstrip().endswith("?") or _SKIP_SENTENCE.search(st):
            continue
        cue_colon = bool(re.search(r":\s*$", st)) and bool(
            re.search(rf"\b(?:{REPORT_VERBS}|{DEMAND_VERBS}|förslag\w*(?!\s+till\b)|önskemål\w*|idéer|följande|"
                      rf"pekade\w*\s+(?:\w+\s+){{0,4}}?ut|viktigast\w*|viktiga)\b", st, re.I))
        if cue_colon:
            prev_cue_colon[s.section] = True
        # motion "att-satser" under a yrkande
        if re.search(r"\byrka\w*\b|\bhemställ\w*\b|\bföreslår\b.*\bbesluta[r]?\b", st, re.I):
            yrkande_seen = s.idx
        m = re.match(r"^att\s+", st)
        if m and s.idx - yrkande_seen <= 4:
            out.append(Candidate(s.start + m.end(), s.end, s, "förslag", True, 0.9))
            yrkande_seen = s.idx
            continue
        found = _sentence_candidates(text, s)
        out.extend(found)
    return out


def _inline_items(st: str, b: int) -> list[tuple[int, int]]:
    """Items of one bullet line; extracted text often joins list items as "A. - B. - C." and runs
    the last item into the next paragraph, so an item also ends at a full stop before a capital."""
    items, start = [], b
    for m in re.finditer(r"(?<=[.!])\s+[-–•]\s+", st[b:]):
        items.append((start, b + m.start()))
        start = b + m.end()
    items.append((start, len(st)))
    if len(items) > 1:
        a, e = items[-1]
        stop = re.search(r"[.!]\s+(?=[A-ZÅÄÖ])", st[a:e])
        items[-1] = (a, a + stop.start() if stop else e)
    return items


def _sentence_candidates(text: str, s: Sentence) -> list[Candidate]:
    st, base = s.text, s.start
    out: list[Candidate] = []
    used: list[tuple[int, int]] = []

    def add(a: int, b: int, kind: str, finite_ok: bool, conf: float, nominal_ok: bool = True) -> None:
        if any(a < ue and ua < b for ua, ue in used):
            return
        if a >= b:
            return
        used.append((a, b))
        out.append(Candidate(base + a, base + b, s, kind, finite_ok, conf, nominal_ok))

    # colon inside a cue sentence: "Två saker lyftes särskilt: att korta … och att ge …"
    colon = re.search(rf"\b(?:{REPORT_VERBS}|{DEMAND_VERBS}|förslag\w*|önskemål\w*)\b[^:]*:\s+(?=\S)", st, re.I)
    if colon:
        add(colon.end(), len(st), "förslag", False, 0.75)
        return out
    for m in VIKTEN.finditer(st):
        if _NEGATION.search(st[max(0, m.start() - 12):m.start()]):
            continue
        kind = "behov" if m.group("cue").lower().startswith("behov") else "förslag"
        end = _cut_at_next_cue(st, m.end(), len(st))
        end = _trim_trailing_predicate(st, m.end(), end)
        add(m.end(), end, kind, True, 0.7)
    for m in NOUN_OM_ATT.finditer(st):
        end = _cut_at_next_cue(st, m.end(), len(st))
        add(m.end(), _trim_trailing_predicate(st, m.end(), end), "förslag", False, 0.85)
    for m in OPINION_MODAL.finditer(st):
        if _NEGATION.search(st[m.start():m.end()]):
            continue
        end = _trim_trailing_predicate(st, m.end(), _cut_at_next_cue(st, m.end(), len(st)))
        add(m.end(), end, "förslag", True, 0.7)
    for m in WISH_INF.finditer(st):
        end = _trim_trailing_predicate(st, m.end(), _cut_at_next_cue(st, m.end(), len(st)))
        add(m.end(), end, "förslag", True, 0.7)
    for m in NOUN_OM_NP.finditer(st):
        rest = st[m.end():]
        if not rest or _NOT_NP_START.match(rest) or _NEGATION.search(" ".join(rest.split()[:2])):
            continue
        end = _cut_at_next_cue(st, m.end(), len(st))
        c = re.search(r"(?:,\s*|\s+)(?:och|samt)\s+(?:om\s+)?att\s", st[m.end():end])
        end = m.end() + c.start() if c else end
        add(m.end(), _trim_trailing_predicate(st, m.end(), end), "förslag", False, 0.7)
    for m in ATT_AFTER_REPORT.finditer(st):
        if _NEGATION.search(st[m.start():m.end()]):
            continue
        end = _cut_at_next_cue(st, m.end(), len(st))
        add(m.end(), _trim_trailing_predicate(st, m.end(), end), "förslag", False, 0.75)
    for m in ATT_AFTER_DEMAND.finditer(st):
        gap = st[m.start():m.end()]
        if re.search(r"\b(?:inte|ej|aldrig)\s+att\b|\b(?:föreslogs|föreslog|vill|ville)\s+inte\b", gap, re.I):
            continue
        if re.match(r"vill|ville", m.group("cue"), re.I) and not re.search(r"\b(?:vill|ville)\s+(?:(?:också|även|gärna|dessutom)\s+)*att\b", gap, re.I):
            continue
        add(m.end(), _cut_at_next_cue(st, m.end(), len(st)), "förslag", True, 0.8)
    # "Att utveckla X och förbättra Y var andra förslag." / "Även att förbättra X kom fram i samtalen."
    m = re.match(r"^(?:(?:även|också|dessutom)\s+)?att\s+", st, re.I)
    if m:
        end = _trim_trailing_predicate(st, m.end(), len(st))
        if end < len(st.rstrip(" .!")):
            add(m.end(), end, "förslag", False, 0.75)
    # "Samverkan med andra aktörer som gör gott arbete lyftes också."
    m = re.match(rf"^(?:(?:även|också|dessutom)\s+)?(?P<np>.+?)\s+(?:{PASSIVE_AFTER})(?:\s+(?:också|även|särskilt|fram|av\s+\w+|i\s+\w+))*\s*[.!]?$",
                 st, re.I)
    if m and not out and not _NOT_NP_START.match(m.group("np")) and len(m.group("np").split()) >= 2:
        add(m.start("np"), m.end("np"), "förslag", False, 0.6)
    # "Föräldrarna föreslog bland annat fler föräldrakurser …", "efterfrågades kortare …"
    for m in NP_AFTER_CUE.finditer(st):
        if _NEGATION.search(" ".join(st[m.end():].split()[:2])) or _NEGATION.search(m.group("subj") or ""):
            continue
        rest = st[m.end():]
        if not rest or _NOT_NP_START.match(rest) or re.match(r"[\wåäö]+(?:de|te|des|tes)\b", rest):
            continue
        if re.match(r"[A-ZÅÄÖ]", rest) and m.end() > 0:
            continue
        add(m.end(), _cut_at_next_cue(st, m.end(), len(st)), "förslag", False, 0.65, nominal_ok=True)
    # modal needs: "kommunen behöver …", "det behövs …"
    for m in MODAL_NEED.finditer(st):
        subj = (m.group("subj") or "").strip().lower()
        if re.search(r"\b(?:man|du|jag|ni|hon|han|dom)\b|\bnär\b|\bom\b|\bsom\b", subj):
            continue
        if _NEGATION.search(st[m.end():m.end() + 6]):
            continue
        if out:
            continue
        a = m.start("subj") if subj and subj not in ("vi",) else m.start("cue")
        if subj.startswith("det") and m.group("cue").lower() == "behövs":
            a = m.start("subj")
        add(a, len(st), "behov", True, 0.5)
    return out


def _wrapper_strip(text: str, s: int, e: int) -> int:
    m = _WRAPPERS.match(text[s:e])
    return s + m.end() if m and m.end() < e - s else s


def build_proposals(text: str, sentences: list[Sentence], sections: list[Section], quotes: set[int],
                    headings: set[int], doc: Any = None, lemma: Callable[[str], str | None] | None = None,
                    voice: str | None = None, status: str | None = None) -> list[Proposal]:
    finder = Finder(text, doc, lemma)
    sec_groups = {sec.idx: sec.target_groups for sec in sections}
    proposals: list[Proposal] = []
    for c in find_candidates(text, sentences, sections, quotes, headings):
        s, e = _strip(text, c.start, c.end)
        s = _wrapper_strip(text, s, e)
        if e <= s:
            continue
        words = finder.words(s, e)
        if not words:
            continue
        first_inf = finder.inf_at(words[0][0], words[0][2])
        if first_inf or re.match(r"^att\s", text[s:e]):
            pieces = finder.split_actions(s, e)
        else:
            pieces = []
            for a0, b0 in finder.split_clauses(s, e):
                w0 = finder.words(a0, b0)
                if w0 and finder.inf_at(w0[0][0], w0[0][2]):
                    pieces += finder.split_actions(a0, b0)
                elif c.nominal_ok and _finite_verb(finder, w0) is None:
                    pieces += finder.split_nominal(a0, b0)
                elif not c.finite_ok and (fv := _finite_verb(finder, w0)) is not None \
                        and re.search(r"\boch\s+$", text[a0:fv[0]]) and not _MODAL.search(text[a0:b0]):
                    pieces += finder.split_nominal(a0, a0 + re.search(r"\s+och\s+$", text[a0:fv[0]]).start())
                else:
                    pieces += _split_after_modal(finder, a0, b0, w0) or [(a0, b0)]
        for a, b in pieces:
            a = _wrapper_strip(text, a, b)
            a, b = _strip(text, a, b)
            m = _LEAD.match(text[a:b])
            if m:
                a += m.end()
            p = _make(finder, text, a, b, c, sec_groups, voice, status)
            if p:
                proposals.append(p)
    return dedupe(proposals)


def _make(finder: Finder, text: str, a: int, b: int, c: Candidate, sec_groups: dict[int, list[str]],
          voice: str | None, status: str | None) -> Proposal | None:
    words = finder.words(a, b)
    if len(words) < 2:
        return None
    first = words[0]
    action = obj = None
    if finder.inf_at(first[0], first[2]):
        action = first[2].lower()
        obj = text[first[1]:b].strip() or None
    elif first[2].lower() in ("att", "inte", "ej") and len(words) > 1 and finder.inf_at(words[1][0], words[1][2]):
        action = words[1][2].lower()
        obj = text[words[1][1]:b].strip() or None
    else:
        # a finite clause ("kommunen ska erbjuda …", "introduktionen förlängs") or a noun phrase
        finite = _finite_verb(finder, words)
        if finite is not None:
            if not c.finite_ok and not _MODAL.search(text[a:b]):
                return None
            if c.finite_ok and len(words) < 3:
                return None
            action = finder.lemma(finite[2], finite[0])
            obj = text[finite[1]:b].strip() or None
        else:
            if _NOT_NP_START.match(text[a:b]):
                return None
            obj = text[a:b]
    if len(words) > 30:
        conf = c.confidence - 0.25
    else:
        conf = c.confidence
    groups = text_groups(text[a:b]) or list(sec_groups.get(c.sentence.section, []) if c.sentence.section is not None else [])
    kind = "behov" if c.kind == "behov" or re.search(r"\b(?:behöver|behövs)\b", text[a:b]) else c.kind
    return Proposal(text=text[a:b], start=a, end=b, sentence=c.sentence.idx, action=action, object=obj,
                    target_groups=groups, kind=kind, voice=voice, status=status if c.confidence >= 0.85 else None,
                    confidence=max(0.05, min(conf, 0.99)))


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


def _finite_verb(finder: Finder, words: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
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


def _split_after_modal(finder: Finder, a: int, b: int, words: list[tuple[int, int, str]]) -> list[tuple[int, int]] | None:
    """Coordinated actions after a subject and a modal, without the shared "subject + modal"
    (as the annotators mark them); None when there is only one action, which keeps its subject."""
    verb = _finite_verb(finder, words)
    if verb is None or not _SPLIT_MODAL.search(finder.text[a:verb[0]]):
        return None
    # Not the impersonal "det ska gå att ringa och prata …" nor auxiliary-like verbs ("ska kunna
    # boka och betala"), whose coordination belongs inside one demand.
    if words[0][2].lower() in {"det", "man"} or verb[2].lower() in _AUX_LIKE:
        return None
    parts = finder.split_actions(verb[0], b)
    return parts if len(parts) > 1 and all(len(finder.words(x, y)) >= 2 for x, y in parts) else None


def dedupe(props: list[Proposal]) -> list[Proposal]:
    """One proposal per idea: repeated wordings (a motion's summary and its att-sats) collapse to
    the most confident; overlapping spans keep the longer."""
    order = sorted(range(len(props)), key=lambda i: (-props[i].confidence, props[i].start))
    kept: list[int] = []
    for i in order:
        p = props[i]
        if any(token_f1(p.text, props[k].text) >= 0.6 or (p.start < props[k].end and props[k].start < p.end) for k in kept):
            continue
        kept.append(i)
    return [props[i] for i in sorted(kept, key=lambda i: props[i].start)]
