from __future__ import annotations

import hashlib

import pytest

from crawl.dedupe import NearDuplicateIndex
from crawl.items import validate
from crawl.urls import canonicalize


@pytest.mark.parametrize("url,expected", [
    ("HTTP://WWW.Sjovik.SE:80/nyheter/?utm_source=rss&utm_medium=x#top", "http://www.sjovik.se/nyheter/"),
    ("https://www.sjovik.se:443/a/index.html", "https://www.sjovik.se/a/"),
    ("https://www.sjovik.se/a?b=2&a=1&fbclid=x", "https://www.sjovik.se/a?a=1&b=2"),
    ("https://www.sjovik.se:8443/a", "https://www.sjovik.se:8443/a"),
    ("https://www.sjovik.se", "https://www.sjovik.se/"),
    ("https://www.sjovik.se/%C3%A4ldre", "https://www.sjovik.se/%C3%A4ldre"),
    ("https://www.sjovik.se/äldre", "https://www.sjovik.se/%C3%A4ldre"),
])
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def _item(**change):
    text = "Rubrik\n\nEn mening om dialog."
    item = {"url": "http://www.sjovik.se/a", "canonical_url": "http://www.sjovik.se/a", "source_id": "sjovik",
            "fetched_at": "2026-11-23T10:00:00Z", "status": 200, "content_type": "text/html", "kind": "html",
            "title": "Rubrik", "text": text, "sections": [{"heading": "Rubrik", "level": 1, "start": 0, "end": len(text)}],
            "published": "2024-06-03", "updated": None, "language": "sv",
            "content_hash": hashlib.sha256(text.encode()).hexdigest(), "near_duplicate_of": None,
            "relevance": {"score": 1.0, "relevant": False, "terms": ["dialog"]}, "archive": None}
    item.update(change)
    return item


def test_valid_item():
    assert validate(_item()) == []


@pytest.mark.parametrize("change,problem", [
    ({"text": ""}, "text: empty"),
    ({"kind": "doc"}, "kind"),
    ({"published": "3 juni 2024"}, "published"),
    ({"content_hash": "abc"}, "content_hash"),
    ({"status": "200"}, "status: wrong type"),
    ({"sections": [{"heading": "Fel", "level": 1, "start": 0, "end": 5}]}, "sections"),
    ({"relevance": {"score": 1}}, "relevance"),
])
def test_invalid_items(change, problem):
    assert any(problem in e for e in validate(_item(**change)))


def test_missing_field():
    item = _item()
    del item["canonical_url"]
    assert "missing canonical_url" in validate(item)


TEXT = ("Socialförvaltningen bjöd in till medborgardialog i Folkets hus och ett trettiotal invånare kom för "
        "att prata om hur vardagen ska fungera för äldre och för unga i kommunen. Samtalen fördes i mindre "
        "grupper med politiker och tjänstepersoner vid varje bord och många förslag kom fram.")


def test_near_duplicate_points_at_first_seen():
    idx = NearDuplicateIndex(0.6)
    assert idx.check_and_add("http://a.se/1", "h1", TEXT) is None
    assert idx.check_and_add("http://b.se/1", "h2", "Pressmeddelande. " + TEXT) == "http://a.se/1"


def test_exact_duplicate():
    idx = NearDuplicateIndex(0.6)
    idx.check_and_add("http://a.se/1", "same", TEXT)
    assert idx.check_and_add("http://a.se/1?print=1", "same", TEXT) == "http://a.se/1"


def test_different_texts_are_not_duplicates():
    idx = NearDuplicateIndex(0.6)
    idx.check_and_add("http://a.se/1", "h1", TEXT)
    other = ("Återvinningscentralen har nya öppettider från juni och tar emot grovsopor, trädgårdsavfall "
             "och elavfall som vanligt på söndagar. Kom ihåg att sortera innan du kommer dit med bilen.")
    assert idx.check_and_add("http://a.se/2", "h2", other) is None


def test_signature_survives_a_new_run():
    first = NearDuplicateIndex(0.6)
    first.check_and_add("http://a.se/1", "h1", TEXT)
    later = NearDuplicateIndex(0.6)
    later.preload("http://a.se/1", "h1", first.signature("http://a.se/1"))
    assert later.check_and_add("http://b.se/1", "h2", "Pressmeddelande. " + TEXT) == "http://a.se/1"


def test_changed_page_replaces_its_signature():
    idx = NearDuplicateIndex(0.6)
    idx.check_and_add("http://a.se/1", "h1", TEXT)
    assert idx.check_and_add("http://a.se/1", "h2", TEXT + " Nytt stycke om fika.") is None
