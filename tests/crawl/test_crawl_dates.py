from __future__ import annotations

import pytest

from crawl.dates import date_from_url, find_dates, parse_date


@pytest.mark.parametrize("text,published,updated", [
    ("Artikeln publicerades 3 juni 2024", "2024-06-03", None),
    ("Publicerad: 2019-12-16", "2019-12-16", None),
    ("Publicerad 2024-06-03", "2024-06-03", None),
    ("Publicerad 2016-09-12 / Uppdaterad 2023-01-20 09:50", "2016-09-12", "2023-01-20"),
    ("Publicerad 2016-10-31 kl 15:41 ... Uppdaterad 2020-06-16 kl 14:45", "2016-10-31", "2020-06-16"),
    ("Sidan uppdaterad: 2024-05-29", None, "2024-05-29"),
    ("Senast uppdaterad den 16 februari 2022", None, "2022-02-16"),
    ("Senast uppdaterad: 17 januari 2019", None, "2019-01-17"),
    ("Uppdaterad: 02 december 2020", None, "2020-12-02"),
    ("Kunskapsutveckling / 25 mars 2024", "2024-03-25", None),
    ("13 april 2023, kl. 13:32 - Omsorg & stöd", "2023-04-13", None),
    ("Publicerad 28 november 2019", "2019-11-28", None),
    ("Senast uppdaterad", None, None),
])
def test_visible_forms(text, published, updated):
    assert find_dates(text) == (published, updated)


def test_meta_modified_used_when_text_has_none():
    assert find_dates("Ingen datumrad här.", meta_modified="2024-05-01") == (None, "2024-05-01")


def test_time_datetime_used_for_published():
    assert find_dates("Text", time_datetimes=("2023-04-13T13:32:00+02:00",))[0] == "2023-04-13"


@pytest.mark.parametrize("url,expected", [
    ("https://nordmaling.se/nyhetsarkiv/2024-06-03-tack-for-medborgardialogen", "2024-06-03"),
    ("https://www.taby.se/nyheter/2023/april/nu-ar-det-dags/", "2023-04-01"),
    ("https://staffanstorp.se/2014/02/27/traffa-socialnamndens-ordforande/", "2014-02-27"),
    ("https://www.sala.se/info/4502", None),
])
def test_url_dates(url, expected):
    assert date_from_url(url) == expected


def test_rss_pubdate():
    assert parse_date("Mon, 03 Jun 2024 10:15:00 +0200") == "2024-06-03"


def test_impossible_date_is_none():
    assert parse_date("2024-02-31") is None


def test_updated_before_published_dropped():
    assert find_dates("Publicerad 2024-06-03", meta_modified="2020-01-01") == ("2024-06-03", None)
