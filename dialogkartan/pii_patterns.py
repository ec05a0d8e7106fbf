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

# Common Swedish first names (a fact list, not from any page).
FIRST_NAMES = frozenset(
    """
    adam agneta agnes albin alexander alexandra alice alma amanda amelia anders andreas
    anette angelica anita ann anna annika anneli anton arvid asta astrid axel barbro bengt
    birgitta björn bo britt camilla carina carl caroline cecilia charlotte christer christian
    christina claes clara daniel david ebba edvin elias elin elisabeth ella ellen elsa emelie
    emil emilia emma erik erika eva evelina felicia felix filip fredrik frida gabriel gunilla
    gunnar gustav göran hampus hanna hannes hans harald harry helen helena henrik hugo ida
    inga inger ingrid isabella isak jakob jan jenny jesper jessica joakim johan johanna
    johannes jonas jonathan josefin julia jörgen kaj karin karl kajsa katarina kent kenneth
    kerstin kjell klara kristina kristoffer lars leif lena lennart leo liam linda linn linnea
    lisa lotta louise lova lucas ludvig magnus maja malin marcus margareta maria marie
    marianne martin mats mattias max mikael moa mohammed monica nathalie nils nina niklas
    noah olivia olle oliver oscar ove patrik per peter petra pia rasmus rebecca robert
    roger rolf rune sanna sara sebastian simon siv sofia sofie stefan stig susanne sven
    therese thomas tina tobias tomas torbjörn ulf ulla ulrika valdemar vera victor viktor
    wilma william yvonne åsa åke örjan
    """.split()
)
# Typical Swedish surname endings; long enough not to catch common words.
SURNAME_END = re.compile(
    r"(?:sson|son|berg|ström|strom|lund|qvist|kvist|gren|green|ling|blad|dahl|dal|holm|"
    r"stedt|stad|mark|man|ander|ius|ell|én|ér|in|din|back|bäck|borg|gård|vall|fors|wall|lind)$",
    re.IGNORECASE,
)
_CAP_WORD_RE = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéüè]+(?:-[A-ZÅÄÖÉ][a-zåäöéüè]+)?")
# Capitalised words that are never first names even where they could look like one.
_NOT_NAME = frozenset("kommun region stad län sveriges svenska nya stora lilla".split())


def _line_is_name_list(text: str, pos: int) -> bool:
    """True when the line around `pos` is short or comma/och-separated (a list of people)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    return len(line.split()) <= 8 or line.count(",") >= 2


def rule_names(text: str, is_common_word: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """'Förnamn Efternamn' (plus an optional second surname) where the first name is known,
    or, in a short line or comma list, where the surname has a typical Swedish ending and the
    first word is no dictionary word. The second case needs `is_common_word` (a lexicon the
    pipeline has and the dashboard does not load); without it only known first names count."""
    words = list(_CAP_WORD_RE.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(words):
        first, nxt = words[i], words[i + 1]
        if text[first.end() : nxt.start()] != " " or first.group().lower() in _NOT_NAME:
            i += 1
            continue
        first_known = first.group().split("-")[0].lower() in FIRST_NAMES
        surname = nxt.group()
        shaped = bool(SURNAME_END.search(surname)) and len(surname) > 4
        if surname.lower() in _NOT_NAME or not (
            first_known
            or (shaped and is_common_word is not None and _line_is_name_list(text, first.start())
                and not is_common_word(first.group()))
        ):
            i += 1
            continue
        end, j = nxt.end(), i + 1
        # A double surname: "Eva Börjesson Öhman".
        if j + 1 < len(words) and text[end : words[j + 1].start()] == " ":
            third = words[j + 1].group()
            if SURNAME_END.search(third) or third[0] in "ÅÄÖ" and len(third) > 3:
                end, j = words[j + 1].end(), j + 1
        out.append((first.start(), end))
        i = j + 1
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
        for a, b in rule_names(text, is_common_word):
            add(a, b, "PER")
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
