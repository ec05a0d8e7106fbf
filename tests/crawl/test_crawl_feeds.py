from __future__ import annotations

import pytest

from crawl.feeds import FeedError, feed_entries
from crawl_helpers import SITES

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Nyheter från Sjöviks kommun</title>
  <entry>
    <title>Brukarrådet har träffats</title>
    <link rel="alternate" href="https://www.sjovik.se/nyheter/brukarradet"/>
    <link rel="enclosure" href="https://www.sjovik.se/bild.jpg"/>
    <published>2024-02-20T09:00:00+01:00</published>
    <updated>2024-02-21T10:00:00+01:00</updated>
  </entry>
  <entry>
    <title>Utan datum</title>
    <link href="/nyheter/utan-datum"/>
  </entry>
</feed>""".encode("utf-8")


def test_rss_items():
    body = (SITES / "sjovik.mynewsdesk.com" / "rss" / "current_news" / "4711").read_bytes()
    [(link, date)] = feed_entries(body)
    assert link.startswith("http://sjovik.mynewsdesk.com/pressreleases/") and date == "2024-06-03"


def test_atom_alternate_link_and_published():
    assert feed_entries(ATOM)[0] == ("https://www.sjovik.se/nyheter/brukarradet", "2024-02-20")


def test_atom_entry_without_date():
    assert feed_entries(ATOM)[1] == ("/nyheter/utan-datum", None)


def test_broken_feed_recovers_what_it_can():
    body = ATOM.replace(b"</feed>", b"")  # truncated download
    assert len(feed_entries(body)) == 2


def test_not_a_feed():
    with pytest.raises(FeedError):
        feed_entries(b"")
