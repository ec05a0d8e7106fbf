"""Dialogue meetings: dates, places and participant counts ("drygt 20 personer", "ett 80-tal")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.extract.dates import DateMention, find_dates
from pipeline.segment import is_bullet
from pipeline.types import Event, Section, Sentence

NUMBER_WORDS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11,
    "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18,
    "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "åttio": 80, "nittio": 90, "hundra": 100, "etthundra": 100, "tusen": 1000,
}
TAL_WORDS = {"tiotal": 10, "tjugotal": 20, "trettiotal": 30, "fyrtiotal": 40, "femtiotal": 50, "sextiotal": 60,
             "sjuttiotal": 70, "åttiotal": 80, "nittiotal": 90, "hundratal": 100, "tusental": 1000,
             "dussin": 12, "femtontal": 15}
QUALIFIERS = {
    "drygt": "drygt", "knappt": "knappt", "nästan": "nästan", "närmare": "närmare", "cirka": "cirka",
    "ca": "cirka", "c:a": "cirka", "ungefär": "ungefär", "omkring": "omkring", "runt": "runt", "kring": "omkring",
    "över": "över", "fler än": "över", "mer än": "över", "minst": "minst", "upp till": "upp till",
    "uppemot": "upp till", "totalt": None, "sammanlagt": None, "hela": None,
}
PERSON_NOUNS = {
    "personer": None, "deltagare": None, "människor": None, "besökare": None, "st": None,
    "invånare": "invånare", "medborgare": "invånare", "kommuninvånare": "invånare", "boende": "invånare",
    "föräldrar": "invånare", "ungdomar": "invånare", "unga": "invånare", "barn": "invånare", "elever": "invånare",
    "seniorer": "invånare", "pensionärer": "invånare", "anhöriga": "invånare", "grannar": "invånare", "brukare": "brukare",
    "medarbetare": "medarbetare", "anställda": "medarbetare", "chefer": "medarbetare", "socialsekreterare": "medarbetare",
    "yrkesverksamma": "medarbetare", "politiker": "politiker", "förtroendevalda": "politiker",
    "representanter": None, "företrädare": None, "svar": None, "svarande": None, "respondenter": None,
    "medlemmar": None, "gäster": None, "ledamöter": None, "tjänstepersoner": "medarbetare",
    # definite plurals after a count ("bland de 600 besökarna", "alla 25 eleverna")
    "besökarna": None, "deltagarna": None, "eleverna": "invånare", "ungdomarna": "invånare",
}
_QUAL_RE = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_NUM_WORD_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_TAL_RE = "|".join(sorted(TAL_WORDS, key=len, reverse=True))
_NOUN_RE = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_DEMONYM_RE = r"[a-zåäö]{3,}are|[a-zåäö]{2,}bor"  # "Örebroare", "kommunbor", "bybor": inhabitants named by place
_COMPOUND_RE = (r"[a-zåäö-]{3,}(?:ledamöter|deltagare|medlemmar|personer|representanter|företrädare)")
# "fullmäktigeledamöter", "privatpersoner", "föreningsrepresentanter"
# what opens a count: "drygt", "ett drygt", "ett"; then the number in digits ("1 200")
_COUNT_HEAD = rf"(?<![\w-])(?:(?:ett|en)\s+)?(?:(?P<qual>{_QUAL_RE})\s+)?(?:(?:ett|en)\s+)?"
_DIGITS = r"(?P<num>\d{1,3}(?:[ \u00a0]\d{3})*|\d+)"
_YEAR = re.compile(r"(?:19|20)\d\d")
COUNT = re.compile(
    rf"{_COUNT_HEAD}"
    rf"(?:{_DIGITS}(?P<tal>-tal(?:et)?)?|(?P<word>{_NUM_WORD_RE})|(?P<talword>{_TAL_RE}))"
    # up to two adjectives or participles between count and noun ("80-tal intresserade invånare",
    # "500 deltagande Norrtäljebor")
    rf"\s+(?P<adj>(?:(?:[a-zåäö]+[ae]|nya|olika)\s+){{0,2}})(?P<noun>{_NOUN_RE}|{_DEMONYM_RE}|{_COMPOUND_RE})\b",
    re.I,
)
# "ett 30-tal till Kilafors" after another count: the noun is left out, the -tal form says count
ELLIPTIC = re.compile(rf"(?<![\w-])(?:(?:ett|en)\s+)(?:(?P<num>\d+)-tal|(?P<talword>{_TAL_RE}))\b(?!\s+(?:år|kronor|procent))",
                      re.I)
# the noun left out, the clause says who: "av de cirka 75 som deltog", "ett 40-tal kom"
WHO_CAME = re.compile(
    rf"{_COUNT_HEAD}(?:{_DIGITS}(?P<tal>-tal)?|(?P<talword>{_TAL_RE}))"
    r"\s+(?:som\s+(?:deltog|kom|var\s+på\s+plats|medverkade|var\s+med)|(?:kom|deltog)\b(?!\s+(?:år|procent)))",
    re.I)
# a form's attendance line: "Deltagare: 46", "Antal deltagare: ca 30"
HEADER_COUNT = re.compile(r"\b(?:[Aa]ntal\s+)?[Dd]eltagare\s*:\s*(?:(?P<qual>ca\.?|cirka|drygt|över)\s*)?(?P<num>\d{1,4})\b(?![.:/-]\d)")
SPLIT_PLACE = re.compile(r"\b(?:[Ii]|[Pp]å|till|från)\s+([A-ZÅÄÖ][\wåäö-]+)")
TOTAL_CUE = re.compile(r"\b(?:sammanlagt|totalt|allt som allt|tillsammans|i alla fall)\s+(?:\w+\s+)?$", re.I)
MEETING_CUES = re.compile(
    r"\b(?:dialog\w*|möte\w*|mötet|träff\w*|träffa\w*|workshop\w*|samlades|samlats|deltog|deltagit|"
    r"bjöd\w*|bjuder|välkommen|hölls|genomför\w*|arrangera\w*|anordna\w*|samråd\w*|fokusgrupp\w*|"
    r"kväll\w*|café|kafé|dialogdag\w*|tillfälle\w*|sammankomst\w*)\b", re.I)
PLACE = re.compile(
    r"\b(?:i|på)\s+(?P<place>(?:[A-ZÅÄÖ][\wåäöé-]*)(?:\s+(?:[A-ZÅÄÖ][\wåäöé-]*|hus|bibliotek|kyrka|skola|"
    r"sal|salen|gård|huset|aulan|i\s+[A-ZÅÄÖ][\wåäö-]*))*)"
    r"(?:s?\s+lokaler\s+på\s+(?P<addr>[A-ZÅÄÖ][\wåäö]*(?:\s+[A-ZÅÄÖ][\wåäö]*)*\s+\d+[A-Za-z]?))?")
_NOT_PLACES = {"Sverige", "Stockholms", "Region", "Under", "Det", "Den", "Vi", "Socialtjänsten", "Kommunen",
               "Facebook", "Webex", "Teams", "Zoom", "Barn", "Kommande"}


@dataclass(frozen=True)
class Count:
    count: int
    qualifier: str | None
    kind: str | None
    start: int
    end: int
    total: bool = False  # "sammanlagt omkring 80 personer": the sum of the counts beside it


def _after_total(text: str, start: int) -> bool:
    """Whether "sammanlagt", "totalt" … stands just before a count: the sum of the counts beside it."""
    return bool(TOTAL_CUE.search(text[max(0, start - 30):start]))


def find_counts(text: str) -> list[Count]:
    out = []
    for m in COUNT.finditer(text):
        qual = QUALIFIERS.get((m.group("qual") or "").lower()) if m.group("qual") else None
        noun = m.group("noun").lower()
        if m.group("num"):
            n = int(re.sub(r"\D", "", m.group("num")))
            if m.group("tal"):
                qual = qual or "cirka"
        elif m.group("word"):
            n = NUMBER_WORDS[m.group("word").lower()]
        else:
            n = TAL_WORDS[m.group("talword").lower()]
            qual = qual or "cirka"
        if n < 2 or n > 100_000 or (noun == "st" and not m.group("num")):
            continue
        if m.group("adj") and not m.group("qual") and _YEAR.fullmatch(m.group("num") or ""):
            continue  # a year and a verb: "hösten 2021 kunde seniorer …" (not "omkring 2000 äldre …")
        prev = text[max(0, m.start() - 20):m.start()].lower()
        if re.search(r"(?:mellan\s+\d+\s+och|\d\s*(?:–|-))\s*$", prev):  # "mellan 13 och 17 år", "15–20 personer"
            continue
        out.append(Count(n, qual, PERSON_NOUNS.get(noun.lower()), m.start(), m.end(), _after_total(text, m.start())))
    for m in WHO_CAME.finditer(text):
        if any(c.start <= m.start("num" if m.group("num") else "talword") < c.end for c in out):
            continue
        n = int(re.sub(r"\D", "", m.group("num"))) if m.group("num") else TAL_WORDS[m.group("talword").lower()]
        if not 2 <= n <= 100_000 or _YEAR.fullmatch(m.group("num") or ""):
            continue
        approx = bool(m.group("qual") or m.group("tal") or m.group("talword"))
        if not approx and not re.search(r"\bsom\s", m.group()):
            continue  # a bare "12 kom" is too often a week or a date: "ett 40-tal kom", "drygt 40 kom"
        qual = QUALIFIERS.get(m.group("qual").lower()) if m.group("qual") else None
        if m.group("tal") or m.group("talword"):
            qual = qual or "cirka"
        out.append(Count(n, qual, None, m.start(), m.end(), _after_total(text, m.start())))
    for m in HEADER_COUNT.finditer(text):
        if not any(c.start <= m.start("num") < c.end for c in out):
            qual = m.group("qual")
            out.append(Count(int(m.group("num")), QUALIFIERS.get(qual.rstrip(".").lower()) if qual else None,
                             None, m.start(), m.end()))
    if out:
        taken = [(c.start, c.end) for c in out]
        for m in ELLIPTIC.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            n = int(m.group("num")) if m.group("num") else TAL_WORDS[m.group("talword").lower()]
            out.append(Count(n, "cirka", out[0].kind, m.start(), m.end()))
        out.sort(key=lambda c: c.start)
    return out


def find_place(sentence: str, exclude: set[str]) -> tuple[str, int, int] | None:
    for m in PLACE.finditer(sentence):
        place = m.group("place").strip()
        first = place.split()[0]
        if first in _NOT_PLACES or place in exclude or place.rstrip("s") in exclude:
            continue
        if m.group("addr"):
            place = f"{place[:-1] if place.endswith('s') else place}, {m.group('addr')}"
        return place, m.start("place"), m.end()
    return None


def extract_events(text: str, sentences: list[Sentence], sections: list[Section], published: str | None,
                   municipality_names: set[str], quote_sentences: set[int]) -> list[Event]:
    """Meetings of the dialogue. A list of dated items under a meeting heading gives one event
    each; otherwise one event gathers the first meeting date, place and participant count."""
    ref = _ref_date(published)
    default_year = int(published[:4]) if published else None
    events: list[Event] = []

    # 1. dated list items ("• 18 september – om …") under a heading with its own year
    for sec in sections:
        items = [s for s in sentences if s.section == sec.idx and is_bullet(s.text)]
        dated = []
        sec_year = None
        if sec.heading:
            hy = re.search(r"(?:19|20)\d\d", sec.heading)
            sec_year = int(hy.group()) if hy else None
        for s in items:
            ds = find_dates(s.text[:40], ref if sec_year is None else None, sec_year or default_year)
            if ds and ds[0].start <= 6:
                dated.append((s, ds[0]))
        if len(dated) >= 2:
            for s, d in dated:
                events.append(Event(d.value, None, None, None, s.start, s.end, s.idx))
    if events:
        place = _first_place(text, sentences, municipality_names, quote_sentences)
        if place:
            events[0].place = place
        return events

    # 2. one gathered event
    counts: list[tuple[Sentence, Count]] = []
    for s in sentences:
        if s.idx in quote_sentences:
            continue
        for c in find_counts(s.text):
            counts.append((s, c))
    if not counts:  # only a quote counts them ("– Vi har träffat runt 140 ungdomar")
        counts = [(s, c) for s in sentences if s.idx in quote_sentences and MEETING_CUES.search(s.text)
                  for c in find_counts(s.text)]
    # "Sammanlagt deltog 52 personer" states the meeting's size, wherever it stands
    total = next(((s, c) for s, c in counts if c.total and c.kind != "politiker"), None)
    if total and not any(c.total for s, c in counts if s is counts[0][0]):
        counts = [total] + [(s, c) for s, c in counts if s is not total[0]]
    date_hit: tuple[Sentence, DateMention] | None = None
    for s in sentences:
        if s.idx in quote_sentences or not (MEETING_CUES.search(s.text) or any(cs is s for cs, _ in counts)):
            continue
        if re.match(r"^(?:publicerad|uppdaterad|senast)", s.text, re.I):
            continue
        ds = [d for d in find_dates(s.text, ref, default_year) if not re.search(r"\b(?:från|efter|före|till)\s+$", s.text[:d.start])]
        if ds:
            date_hit = (s, ds[0])
            break
    if not counts and not date_hit:
        return []
    sent = counts[0][0] if counts else date_hit[0]
    same = [c for cs, c in counts if cs is sent]
    # "35 politiker och 100 elever": the politicians meet the participants, they are not them
    count = next((c for c in same if c.total), next((c for c in same if c.kind != "politiker"), same[0] if same else None))
    value = date_hit[1].value if date_hit else (published[:4] if published else None)
    if count and not count.total:
        split = _split_by_place(sent, same, value)
        if split:
            return split
    place = None
    for s in ([date_hit[0]] if date_hit else []) + ([counts[0][0]] if counts else []):
        p = find_place(s.text, municipality_names)
        if p:
            place = p[0]
            break
    kinds = [count.kind] if count and count.kind else []
    anchor = date_hit[0] if date_hit else sent
    return [Event(value, place, count.count if count else None, count.qualifier if count else None,
                  anchor.start, anchor.end, anchor.idx, kinds)]


def _split_by_place(sent: Sentence, counts: list[Count], value: str | None) -> list[Event]:
    """"Omkring 40 kom till Arbrå och ett 30-tal till Kilafors": one meeting per place when each
    count in the sentence has a place of its own (municipality names count as places here)."""
    if len(counts) < 2:
        return []

    def place_in(lo: int, hi: int) -> str | None:
        p = find_place(sent.text[lo:hi], set())
        if p:
            return p[0]
        m = SPLIT_PLACE.search(sent.text[lo:hi])
        return m.group(1) if m else None

    # the places stand either all before their counts ("I Södertälje deltog 30 …, i Norrtälje ett
    # tjugotal") or all after them ("40 kom till Arbrå och ett 30-tal till Kilafors")
    ends = [0] + [c.end for c in counts[:-1]]
    starts = [c.start for c in counts[1:]] + [len(sent.text)]
    if place_in(0, counts[0].start):
        places = [place_in(lo, c.start) for lo, c in zip(ends, counts)]
    else:
        places = [place_in(c.end, hi) for c, hi in zip(counts, starts)]
    if not all(places):
        return []
    if len(set(places)) < len(places):
        return []
    return [Event(value, place, c.count, c.qualifier, sent.start, sent.end, sent.idx, [c.kind] if c.kind else [])
            for c, place in zip(counts, places)]


def _first_place(text: str, sentences: list[Sentence], names: set[str], quotes: set[int]) -> str | None:
    for s in sentences:
        if s.idx in quotes or not re.search(r"\b(?:träffas|ses|möts|hålls|lokaler|äger rum)\b", s.text):
            continue
        p = find_place(s.text, names)
        if p:
            return p[0]
    return None


def _ref_date(published: str | None) -> date | None:
    if not published:
        return None
    from pipeline.extract.dates import parse_iso

    return parse_iso(published)
