"""The one rule set for personal data: e-mail, phone, personnummer, "Förnamn Efternamn".

Pure regular expressions and checks, no spaCy: the pipeline (`pipeline.pii`, which adds NER)
and the dashboard's safety net (`dashboard.redact`) both use exactly these rules, so a variant
caught in one place is caught in the other.

Written forms caught: personnummer with hyphen, plus, space or nothing after a century
(19811218 9876, 811218+9876); phone numbers with spaces, hyphens, dots, parentheses and +46/0046
(070.123 45 67, (08) 123 456 78, +46 (0)70-123 45 67); e-mail written with "@", "(at)", "[at]" or
"snabel-a", and dots written "(punkt)"/"[dot]". Dates, times, case numbers (Dnr 2024/123),
postal codes and sums of money are not personal data and must not match.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dialogkartan import paths

LABELS = ("PER", "EMAIL", "PHONE", "PNR")
PLACEHOLDERS = {"PER": "[namn]", "EMAIL": "[e-post]", "PHONE": "[telefon]", "PNR": "[personnummer]"}
OTHER = "[maskerat]"  # a PII label from stored entities that this version does not name
# Higher wins when spans overlap.
PRIORITY = {"EMAIL": 4, "PNR": 3, "PHONE": 2, "PER": 1}


@dataclass(frozen=True)
class PiiSpan:
    start: int
    end: int
    label: str  # one of LABELS (stored entities may carry others: masked as OTHER)
    text: str
    weak: bool = False  # a first name alone: yields to a model's longer name over it


# ---------------------------------------------------------------------------- e-mail

_AT = r"(?:\s?@\s?|\s?[(\[](?:at|snabel-?a)[)\]]\s?|\s(?:snabel-?a)\s|(?<=\w)snabel-?a(?=\w))"
_DOT = r"(?:\.|\s?[(\[](?:punkt|dot)[)\]]\s?|\s(?:punkt|dot)\s)"
EMAIL_RE = re.compile(
    rf"(?<![\w.+-])[\w.+-]+(?i:{_AT})[\w-]+(?:(?i:{_DOT})[\w-]+)*(?i:{_DOT})[a-zA-Z]{{2,}}(?![\w-])"
)

# ---------------------------------------------------------------------------- phone

# National: 0 + area code (1–3 digits), perhaps in parentheses; international: +46/0046
# without the leading 0 (optionally "(0)"). Subscriber groups of 2–4 digits separated by a
# space, hyphen or dot. Never right after "digit-": the month and day of an ISO date with a
# time after it ("2023-06-14 15.40") would read as one.
_SEP = r"(?:\s?[-.]\s?|\s)?"
PHONE_RE = re.compile(
    rf"(?<![\w+])(?<!\d[-./])(?:(?:\+|00)46{_SEP}(?:\(0\){_SEP})?[1-9]\d{{0,2}}|\(0[1-9]\d{{0,2}}\)|0[1-9]\d{{0,2}})"
    rf"(?:{_SEP}\d{{2,4}}){{1,4}}(?![\w-]|[.,]\d)"
)
# 01.02.2024, 05/14/24: a date in the shape of a number that starts with 0.
_DATE_LIKE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}$")
# "08.30 09.30": times written with a dot.
_TIME_LIKE = re.compile(r"^[012]\d\.[0-5]\d(?!\d)")


def phone_ok(s: str) -> bool:
    if _DATE_LIKE.match(s) or _TIME_LIKE.match(s):
        return False
    digits = re.sub(r"\D", "", s.replace("(0)", ""))
    if s.startswith("+46"):
        digits = "0" + digits[2:]
    elif s.startswith("0046"):
        digits = "0" + digits[4:]
    # Swedish numbers have 8–10 digits with the leading 0 (08-12 34 56 … 070-123 45 67).
    return 8 <= len(digits) <= 10


# ---------------------------------------------------------------------------- personnummer

PNR_RE = re.compile(r"(?<![\d-])(19|20)?(\d{2})(\d{2})(\d{2})([-+ \u00a0]?)(\d{4})(?![\d-])")


def luhn_ok(digits: str) -> bool:
    """Luhn check on the 10-digit form YYMMDDNNNC."""
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def pnr_ok(m: re.Match[str]) -> bool:
    century, yy, mm, dd, sep, tail = m.groups()
    if not (century or sep):
        return False  # ten bare digits are more often a phone number than a personnummer
    month, day = int(mm), int(dd)
    if not 1 <= month <= 12:
        return False
    if not (1 <= day <= 31 or 61 <= day <= 91):  # 61–91: samordningsnummer
        return False
    return luhn_ok(f"{yy}{mm}{dd}{tail}")


# ---------------------------------------------------------------------------- names

# Common Swedish first names (a fact list in config/reference/first_names.txt, not from any page).
def _read_first_names() -> frozenset[str]:
    lines = (paths.REFERENCE_DIR / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


FIRST_NAMES = _read_first_names()
# First names that are also Swedish words, months or places ("Dina synpunkter", "Ville ni",
# "Nora kommun"): alone they count only inside a list of people, never in running text.
_WORDLIKE_FIRST = frozenset(
    "april bo dag dina hans inga juni kim liv lo love lova maj max nora per ros rosa rut saga sam "
    "sten stig svea tea tim tom tor ville vide ask björn mona".split())
# Typical Swedish surname endings; long enough not to catch common words.
SURNAME_END = re.compile(
    r"(?:sson|son|berg|ström|strom|lund|qvist|kvist|gren|green|ling|blad|dahl|dal|holm|"
    r"stedt|stad|mark|man|ander|ius|ell|én|ér|in|din|back|bäck|borg|gård|vall|fors|wall|lind)$",
    re.IGNORECASE,
)
_UP = "A-ZÅÄÖÉÜÆØŠŽČĆŁÓÍÚÑ"
_LOW = "a-zåäöéüèáàæøšžčćłóíúñëï"
_CAP_WORD_RE = re.compile(rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?")
# Capitalised words that are never first names even where they could look like one.
_NOT_NAME = frozenset("kommun region stad län sveriges svenska nya stora lilla".split())
# The heading of a list of people in minutes ("Närvarande:", "Anmält förhinder"): its lines may
# put the surname first ("Ek Maja, Kulturnämnden").
_ATTENDANCE_HEAD = re.compile(
    r"^\s*(?:närvarande|frånvarande|beslutande|ledamöter|ersättare|tjänste(?:personer|män)|"
    r"adjungerade|deltagare|övriga(?: närvarande| deltagare)?|anmält förhinder|förhinder|"
    r"närvarande ledamöter|närvarande ersättare)\b[^\n]{0,30}$", re.IGNORECASE | re.MULTILINE)


def _line_is_name_list(text: str, pos: int) -> bool:
    """True when the line around `pos` is short or comma/och-separated (a list of people)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    return len(line.split()) <= 8 or line.count(",") >= 2


def _attendance_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines under a list-of-people heading, up to the next blank line."""
    out = []
    for m in _ATTENDANCE_HEAD.finditer(text):
        pos = text.find("\n", m.end())
        while pos != -1:
            nxt = text.find("\n", pos + 1)
            line_end = nxt if nxt != -1 else len(text)
            line = text[pos + 1 : line_end]
            if not line.strip() or _ATTENDANCE_HEAD.match(line) or line.lstrip().startswith("§"):
                break
            out.append((pos + 1, line_end))
            pos = nxt
    return out


def _known(word: str) -> bool:
    return word.split("-")[0].lower() in FIRST_NAMES or word.lower() in FIRST_NAMES


def rule_names(text: str, is_common_word: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """'Förnamn Efternamn' (plus an optional middle initial or second surname) where the first
    name is known, or, in a short line or comma list, where the surname has a typical Swedish
    ending and the first word is no dictionary word; and 'Efternamn Förnamn' at the start of a
    line in a list of people. The lexicon cases need `is_common_word` (a lexicon the pipeline
    has and the dashboard does not load); without it only known first names count."""
    words = list(_CAP_WORD_RE.finditer(text))
    line_starts = {0} | {m.end() for m in re.finditer(r"\n[ \t•*–-]*", text)}
    attendance = _attendance_lines(text)

    def in_attendance(pos: int) -> bool:
        return any(a <= pos < b for a, b in attendance)

    def long_word(w: str) -> bool:  # "Kommunstyrelsen", "Handikappsekreterare": a role, no name
        return (is_common_word is not None and len(w) >= 9 and not SURNAME_END.search(w)
                and is_common_word(w))

    out: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(words):
        first, nxt = words[i], words[i + 1]
        gap = text[first.end() : nxt.start()]
        initial = re.fullmatch(rf" [{_UP}]\.? ", gap)  # "Lars G. Persson"
        if (gap != " " and not initial) or first.group().lower() in _NOT_NAME:
            i += 1
            continue
        first_known = _known(first.group())
        surname = nxt.group()
        shaped = bool(SURNAME_END.search(surname)) and len(surname) > 4
        # "Holm Lisa" at the head of a line of a list of people: surname first.
        reversed_ = (
            not initial and not first_known and _known(surname) and first.start() in line_starts
            and first.group().lower() not in _NOT_NAME and not long_word(first.group())
            and (in_attendance(first.start())
                 or (is_common_word is not None and _line_is_name_list(text, first.start())
                     and bool(SURNAME_END.search(first.group())) and not is_common_word(first.group()))))
        if reversed_:
            out.append((first.start(), nxt.end()))
            i += 2
            continue
        if surname.lower() in _NOT_NAME or long_word(surname) or not (
            first_known
            or (shaped and not initial and is_common_word is not None
                and _line_is_name_list(text, first.start()) and not is_common_word(first.group()))
        ):
            i += 1
            continue
        end, j = nxt.end(), i + 1
        # A double surname: "Eva Börjesson Öhman" (not the next person's first name).
        if j + 1 < len(words) and text[end : words[j + 1].start()] == " ":
            third = words[j + 1].group()
            if not _known(third) and not long_word(third) and (
                    SURNAME_END.search(third) or third[0] in "ÅÄÖ" and len(third) > 3):
                end, j = words[j + 1].end(), j + 1
        out.append((first.start(), end))
        i = j + 1
    return out


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|[.!?][”\"»)])\s*$")


# After a name in a list of people: a comma, "och", or a class or group code ("Nora 2A, Elsa 2B").
_LIST_AFTER = re.compile(r"[ \t]*(?:,|och\b|\d\w*(?:,|[ \t]*$))", re.MULTILINE)


def single_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A known first name standing alone ("Tove svarade att …", "Ester 3B, Vilgot 3C"), outside
    the full names in `taken` and not the first name of one of them (that person is named
    already). Names that are also words count only in a comma list of names."""
    out: list[tuple[int, int]] = []
    words = list(_CAP_WORD_RE.finditer(text))
    # "Sofia" after "Sofia Berg" is the same person, already named in full
    named = {w.lower() for a, b in taken for w in (text[a:b].split()[0], text[a:b].split()[-1])}
    for k, w in enumerate(words):
        low = w.group().lower()
        if low not in FIRST_NAMES or low in named or any(a < w.end() and w.start() < b for a, b in taken):
            continue
        # glued to another capitalised word (a place, a street, a name handled elsewhere) or a compound
        if (k + 1 < len(words) and text[w.end() : words[k + 1].start()] == " ") or (
                k and text[words[k - 1].end() : w.start()] == " "):
            continue
        if text[w.end() : w.end() + 1] == "-" or text[w.end() : w.end() + 1].isalnum():
            continue
        in_list = bool(_LIST_AFTER.match(text, w.end())) and (
            text[max(0, w.start() - 3) : w.start()].rstrip().endswith((",", ":"))
            or bool(re.match(rf",\s*[{_UP}]", text[w.end() : w.end() + 4])))
        if low in _WORDLIKE_FIRST and not in_list:
            continue
        # first in its sentence: a name when a comma or a lower-case word (a verb) follows, not a heading
        if (not in_list and _SENTENCE_END.search(text[max(0, w.start() - 4) : w.start()])
                and not re.match(rf"(?:,| [{_LOW}]+)", text[w.end() : w.end() + 20])):
            continue
        out.append((w.start(), w.end()))
    return out


# ---------------------------------------------------------------------------- API


def pattern_spans(text: str, names: bool = True,
                  is_common_word: Callable[[str], bool] | None = None) -> list[PiiSpan]:
    """Every rule match in `text` (overlaps not yet resolved)."""
    spans: list[PiiSpan] = []

    def add(a: int, b: int, label: str) -> None:
        spans.append(PiiSpan(a, b, label, text[a:b]))

    for m in EMAIL_RE.finditer(text):
        add(m.start(), m.end(), "EMAIL")
    for m in PNR_RE.finditer(text):
        if pnr_ok(m):
            add(m.start(), m.end(), "PNR")
    for m in PHONE_RE.finditer(text):
        s = m.group(0).rstrip(" -.")
        if phone_ok(s):
            add(m.start(), m.start() + len(s), "PHONE")
    if names:
        full = rule_names(text, is_common_word)
        for a, b in full:
            add(a, b, "PER")
        for a, b in single_names(text, full):
            spans.append(PiiSpan(a, b, "PER", text[a:b], weak=True))
    return spans


def resolve(spans: list[PiiSpan]) -> list[PiiSpan]:
    """Drop overlaps: higher priority first, then longer."""
    chosen: list[PiiSpan] = []
    for s in sorted(spans, key=lambda s: (-PRIORITY.get(s.label, 0), -(s.end - s.start), s.start)):
        if all(s.end <= c.start or s.start >= c.end for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


def replace_spans(text: str, spans: list[PiiSpan]) -> str:
    """`text` with every span replaced by its placeholder ("[namn]", "[e-post]" …)."""
    out: list[str] = []
    pos = 0
    for s in resolve(list(spans)):
        out.append(text[pos : s.start])
        out.append(PLACEHOLDERS.get(s.label, OTHER))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
