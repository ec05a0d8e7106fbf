"""Swedish date expressions, resolved against a reference (publication) date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
ISO = re.compile(r"(?<!\d)(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
DAY_MONTH = re.compile(rf"(?<![\w-])(?:den\s+)?([0-3]?\d)(?::e|:a)?\s+({_MONTH_RE})\.?(?:\s+((?:19|20)\d\d))?(?![\wåäö])", re.I)
MONTH_ONLY = re.compile(rf"(?<![\w\d]\s)(?<![\d])\b(?:i|under|från|till|och|sedan|början av|slutet av|mitten av)\s+({_MONTH_RE})(?:\s+((?:19|20)\d\d))?\b", re.I)
SEASON = re.compile(r"\b(våren|sommaren|hösten|vintern)\s+((?:19|20)\d\d)\b", re.I)
YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")


@dataclass(frozen=True)
class DateMention:
    value: str  # ISO, possibly partial: 2024-05-29, 2024-02, 2024
    start: int
    end: int
    text: str
    explicit_year: bool


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m:
        return None
    return date(int(m.group(1)), int(m.group(2) or 6), int(m.group(3) or 15))


def resolve_year(month: int, day: int | None, ref: date | None, default_year: int | None = None) -> int | None:
    """The year that puts (month, day) closest to the reference date ("Den 29 maj" in a June 2024
    article is 2024-05-29; "den 12 januari" in a December 2023 invitation is 2024-01-12)."""
    if ref is None:
        return default_year
    best, best_gap = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def find_dates(text: str, ref: date | None = None, default_year: int | None = None) -> list[DateMention]:
    """Dates in text: ISO, "29 maj (2024)", month-only "under februari", seasons "hösten 2023"."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    for m in ISO.finditer(text):
        out.append(DateMention(m.group(), m.start(), m.end(), m.group(), True))
        taken.append(m.span())
    for m in DAY_MONTH.finditer(text):
        if not free(*m.span()):
            continue
        day, month = int(m.group(1)), MONTHS[m.group(2).lower()]
        if not 1 <= day <= 31 or (m.group(2).lower() == "mar" and not m.group(0).endswith(".")) and False:
            continue
        year = int(m.group(3)) if m.group(3) else resolve_year(month, day, ref, default_year)
        if year is None:
            continue
        try:
            value = date(year, month, day).isoformat()
        except ValueError:
            continue
        out.append(DateMention(value, m.start(), m.end(), m.group(), bool(m.group(3))))
        taken.append(m.span())
    for m in MONTH_ONLY.finditer(text):
        span = (m.start(1), m.end())
        if not free(*span):
            continue
        month = MONTHS[m.group(1).lower()]
        if len(m.group(1)) <= 4 and m.group(1).lower() not in ("maj", "juni", "juli", "mars"):
            continue  # abbreviations alone are too ambiguous ("jan", "nov")
        year = int(m.group(2)) if m.group(2) else resolve_year(month, None, ref, default_year)
        if year is None:
            continue
        out.append(DateMention(f"{year:04d}-{month:02d}", span[0], span[1], text[span[0]:span[1]], bool(m.group(2))))
        taken.append(span)
    for m in SEASON.finditer(text):
        if free(*m.span()):
            out.append(DateMention(m.group(2), m.start(), m.end(), m.group(), True))
            taken.append(m.span())
    return sorted(out, key=lambda d: d.start)


def years_in(text: str) -> list[tuple[int, int]]:
    """(year, offset) of plausible stand-alone years."""
    return [(int(m.group(1)), m.start()) for m in YEAR.finditer(text)]
