"""The one parser of date expressions: Swedish month names, ISO and long-form dates, periods.

Standard library only, so the crawler imports it without the pipeline. The crawler's page clues
("Publicerad …", bylines, dates in URLs: `crawl/dates.py`) and the pipeline's date mentions in
running text (relative years, seasons: `pipeline/extract/dates.py`) are built on these.

dateparser and htmldate (both locked, pulled in by trafilatura) were measured on our forms and not
chosen: see docs/architecture.md, "Dates and language".
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

SV_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
SV_MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                  "oktober", "november", "december")
# English pages on municipal sites ("Published 25 April 2024"); page clues only, never running text.
MONTHS = SV_MONTHS | {"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10}


def month_alternation(months: dict[str, int]) -> str:
    """A regex alternation of month names, longest first so "sept" wins over "sep"."""
    return "|".join(sorted(months, key=len, reverse=True))


SV_MONTH_ALT = month_alternation(SV_MONTHS)
MONTH_ALT = month_alternation(MONTHS)
# Month and day ranges in the pattern, so "2024-13-45" is not a date at all.
ISO = re.compile(r"(?<!\d)(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
# "3 juni 2024", "3. juni 2024", "16 Feb. 2022": day, month name, year.
DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(\d{{1,2}})\s*\.?\s+({MONTH_ALT})\.?\s+((?:19|20)\d\d)(?!\d)", re.I)
FIRST_PLAUSIBLE_YEAR = 1995  # before municipal web pages; older years are article numbers or noise


def make_date(year: int, month: int, day: int) -> str | None:
    """ISO date of a page clue, or None when impossible or implausible (before 1995, or more than
    a year ahead: a typo or an event far off, not a publication date)."""
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    today = date.today()
    if value.year < FIRST_PLAUSIBLE_YEAR or value > today.replace(year=today.year + 1):
        return None
    return value.isoformat()


def parse_date(text: str | None) -> str | None:
    """The first ISO or long-form date in `text`, also RFC 1123 (RSS pubDate) and ISO timestamps."""
    if not text:
        return None
    text = text.strip()
    m = ISO.search(text)
    if m:
        return make_date(int(m[1]), int(m[2]), int(m[3]))
    m = DAY_MONTH_YEAR.search(text)
    if m:
        return make_date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


_PARTIAL = re.compile(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?")


def period_start(value: str | None) -> str | None:
    """First day of the period a (possibly partial) ISO date names: 2019 → 2019-01-01,
    2024-02 → 2024-02-01; None for anything else or an impossible date. The database's
    `published_date` is this of `published`."""
    m = _PARTIAL.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)).isoformat()
    except ValueError:
        return None


def period_middle(value: str | None) -> date | None:
    """A (possibly partial) ISO date as one day in the middle of its period (2024 → 2024-06-15),
    for distances between dates."""
    m = _PARTIAL.match(value or "")
    if not m:
        return None
    return date(int(m[1]), int(m[2] or 6), int(m[3] or 15))


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
