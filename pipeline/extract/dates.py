"""Swedish date mentions in running text, resolved against a reference (publication) date.

Built on the shared parser `dialogkartan.dates` (month names, ISO, year resolution)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dialogkartan.dates import ISO, SV_MONTH_ALT, SV_MONTHS, resolve_year
from dialogkartan.dates import period_middle as parse_iso

__all__ = ["DateMention", "ISO", "find_dates", "parse_iso", "resolve_year", "years_in"]

# Running text is Swedish: only Swedish month names count here ("may" is not a month).
MONTHS = SV_MONTHS
_MONTH_RE = SV_MONTH_ALT
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
