"""The one parser of date expressions (dialogkartan.dates), shared by crawler, ingest and pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from dialogkartan.dates import (MONTHS, SV_MONTH_NAMES, SV_MONTHS, make_date, parse_date, period_middle, period_start,
                                resolve_year)


@pytest.mark.parametrize("text,expected", [
    ("Publicerad 2024-06-03", "2024-06-03"),
    ("3 juni 2024", "2024-06-03"),
    ("16 Feb. 2022", "2022-02-16"),
    ("Published 25 April 2024", "2024-04-25"),
    ("Mon, 03 Jun 2024 10:15:00 +0200", "2024-06-03"),
    ("2023-04-13T13:32:00Z", "2023-04-13"),
    ("2024-02-31", None),            # impossible
    ("1990-05-01", None),            # before municipal web pages
    ("ingen datum", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_make_date_refuses_far_future() -> None:
    assert make_date(date.today().year + 2, 1, 1) is None


@pytest.mark.parametrize("value,start,middle", [
    ("2019", "2019-01-01", date(2019, 6, 15)),
    ("2024-02", "2024-02-01", date(2024, 2, 15)),
    ("2024-06-03", "2024-06-03", date(2024, 6, 3)),
    ("2024-06-03T10:00:00", "2024-06-03", date(2024, 6, 3)),
    (None, None, None),
    ("okänt", None, None),
])
def test_periods(value: str | None, start: str | None, middle: date | None) -> None:
    assert period_start(value) == start and period_middle(value) == middle


def test_period_start_refuses_impossible_dates() -> None:
    assert period_start("2024-02-31") is None


def test_resolve_year_is_nearest_to_reference() -> None:
    assert resolve_year(5, 29, date(2024, 6, 10)) == 2024
    assert resolve_year(1, 12, date(2023, 12, 10)) == 2024
    assert resolve_year(1, 12, None, default_year=2020) == 2020


def test_running_text_months_are_swedish_only() -> None:
    assert "may" in MONTHS and "may" not in SV_MONTHS and SV_MONTHS["sept"] == 9
    assert [SV_MONTHS[name] for name in SV_MONTH_NAMES] == list(range(1, 13))
