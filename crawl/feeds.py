"""RSS 2.0 and Atom entries: (link, date) pairs, tolerant of broken XML."""
from __future__ import annotations

from lxml import etree

from crawl.dates import parse_date


class FeedError(ValueError):
    """The body is not a feed at all."""


def feed_entries(body: bytes) -> list[tuple[str, str | None]]:
    """Links and published dates (ISO) of a feed's items, in feed order."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise FeedError(f"feed: not XML: {exc}"[:300]) from exc
    if root is None:
        raise FeedError("feed: not XML")
    out: list[tuple[str, str | None]] = []
    for item in root.iter("{*}item", "{*}entry"):
        link = (item.findtext("{*}link") or "").strip()
        if not link:  # Atom: <link rel="alternate" href="..."/>
            for el in item.iter("{*}link"):
                if el.get("rel", "alternate") == "alternate" and el.get("href"):
                    link = el.get("href").strip()
                    break
        date = (item.findtext("{*}pubDate") or item.findtext("{*}published")
                or item.findtext("{*}updated") or item.findtext("{*}date"))
        if link:
            out.append((link, parse_date(date)))
    return out
