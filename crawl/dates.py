"""Published and updated dates from the forms Swedish municipal pages use.

Observed forms (see shared/reference/municipal-web-structure.md §3): "Artikeln publicerades
3 juni 2024", "Publicerad: 2019-12-16", "Publicerad 2016-09-12 / Uppdaterad 2023-01-20 09:50",
"Senast uppdaterad den 16 februari 2022", "Sidan uppdaterad: 2024-05-29",
"Kunskapsutveckling / 19 juni 2023", "13 april 2023, kl. 13:32", meta DC.modified,
time[datetime], and dates in URLs (/2024-06-03-slug, /2023/april/slug, /2014/02/27/slug).
All functions return ISO dates (YYYY-MM-DD) or None; impossible dates are None, never raised.
The date expressions themselves are parsed by `dialogkartan.dates`, shared with the pipeline.
"""
from __future__ import annotations

import re

from dialogkartan.dates import MONTH_ALT, MONTHS, make_date, parse_date

__all__ = ["date_from_url", "find_dates", "lone_date", "parse_date", "published_from_text", "updated_from_text"]

ANY_DATE = rf"(?:(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}\s*\.?\s+(?:{MONTH_ALT})\.?\s+(?:19|20)\d\d)"

_PUBLISHED = re.compile(
    rf"(?:artikeln\s+publicerades|publicerades|publicerad|publicerat|publiceringsdatum|skapad|"
    rf"inlämnad|inkommen|inkom|published|pressmeddelande\s*[•·|]?)"
    rf"\s*(?:den\s+)?[:\-]?\s*(?:den\s+)?({ANY_DATE})", re.I)
_UPDATED = re.compile(
    rf"(?:senast\s+uppdaterad|sidan\s+uppdaterad|senast\s+ändrad|uppdaterad|ändrad|granskad|"
    rf"last\s+updated|updated)"
    rf"\s*(?:den\s+)?[:\-]?\s*(?:den\s+)?({ANY_DATE})", re.I)
# "Kunskapsutveckling / 19 juni 2023": a category slash date byline.
_BYLINE = re.compile(rf"^[A-ZÅÄÖ][\wåäöÅÄÖ &,-]{{1,60}}\s+[/•·|]\s+({ANY_DATE})", re.M)

_URL_ISO = re.compile(r"/((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[-/]|$)")
_URL_YMD = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
_URL_YM_NAME = re.compile(rf"/((?:19|20)\d\d)/({MONTH_ALT})/", re.I)


def published_from_text(text: str) -> str | None:
    m = _PUBLISHED.search(text)
    if m:
        return parse_date(m[1])
    m = _BYLINE.search(text)
    return parse_date(m[1]) if m else None


def updated_from_text(text: str) -> str | None:
    for m in _UPDATED.finditer(text):
        # "Publicerad ... Uppdaterad" share the line; skip matches inside the word "publicerad".
        value = parse_date(m[1])
        if value:
            return value
    return None


def date_from_url(url: str, *, month_only: bool = True) -> str | None:
    """A date in the URL; `/2023/april/` gives the first of the month unless month_only=False."""
    for rx in (_URL_ISO, _URL_YMD):
        m = rx.search(url)
        if m:
            return make_date(int(m[1]), int(m[2]), int(m[3]))
    if not month_only:
        return None
    m = _URL_YM_NAME.search(url)
    if m:
        return make_date(int(m[1]), MONTHS[m[2].lower()], 1)
    return None


def lone_date(text: str) -> str | None:
    """A paragraph that is nothing but a date ("4 september 2023", "13 april 2023, kl. 13:32")."""
    for line in text.splitlines():
        line = line.strip()
        if len(line) <= 60 and re.fullmatch(rf"{ANY_DATE}(,?\s*kl\.?\s*\d\d[:.]\d\d)?.*", line, re.I):
            if len(line) <= 25 or " - " in line or "kl" in line.lower():
                return parse_date(line)
    return None


def find_dates(text: str, *, meta_published: str | None = None, meta_modified: str | None = None,
               time_datetimes: tuple[str, ...] = (), url: str = "",
               hint_published: str | None = None) -> tuple[str | None, str | None]:
    """(published, updated) from every clue a page offers, most explicit first.

    Visible labelled text wins over metadata because CMS metadata often records the last
    template change rather than the article's date; URL dates and a lone date are last resorts.
    """
    published = (published_from_text(text) or parse_date(meta_published)
                 or (parse_date(time_datetimes[0]) if time_datetimes else None)
                 or date_from_url(url, month_only=False) or parse_date(hint_published) or lone_date(text)
                 or date_from_url(url))
    updated = updated_from_text(text) or parse_date(meta_modified)
    if updated and published and updated < published:
        updated = None
    if updated == published:
        updated = None
    return published, updated
