"""Servers that leave out Content-Type, and servers that ask us to come back later (Retry-After)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy import Request

from crawl.middlewares import ConditionalRequestMiddleware
from crawl.miniweb import MiniWebHandler, serve
from crawl.registry import source_from_dict
from crawl.run import crawl
from crawl.state import CrawlState
from crawl_helpers import PDF_PARAGRAPHS, make_pdf

pytestmark = pytest.mark.slow
HOST = "www.typlos.se"


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


class NoContentType(MiniWebHandler):
    """Every answer without a Content-Type header."""

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() != "content-type":
            super().send_header(keyword, value)


def write_site(root: Path) -> Path:
    site = root / HOST
    (site / "dialog").mkdir(parents=True)
    (site / "dialog" / "parken").write_text(
        '<!DOCTYPE html><html lang="sv"><head><title>Dialog om parken</title></head><body><main>'
        "<h1>Dialog om parken</h1><p>Vid medborgardialogen i Typlösa föreslog invånarna fler bänkar och "
        "bättre belysning längs gångvägen.</p></main></body></html>", encoding="utf-8")
    (site / "dialog" / "sammanfattning").write_bytes(make_pdf("Sammanfattning av medborgardialogen", PDF_PARAGRAPHS))
    (site / "karta").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>http://{HOST}/dialog/parken</loc></url>"
        f"<url><loc>http://{HOST}/dialog/sammanfattning</loc></url></urlset>", encoding="utf-8")
    return site


def test_missing_content_type_is_sniffed_and_not_unchanged_forever(tmp_path: Path):
    site = write_site(tmp_path / "sites")
    server, port = serve(tmp_path / "sites", handler=NoContentType)
    source = source_from_dict({"id": "typlos", "name": "Typlösa kommun", "kind": "kommun",
                               "municipality_code": "2498", "county_code": "24", "domains": [HOST],
                               "sitemaps": [f"http://{HOST}/karta"]})
    job, proxy = tmp_path / "job", f"http://127.0.0.1:{port}"
    try:
        crawl([source], job, proxy=proxy, settings={"PROFILE": "test", "DOWNLOAD_TIMEOUT": 60}, timeout=120)
        first = {i["url"]: i for i in lines(job / "items.jsonl")}
        (site / "dialog" / "parken").write_text(
            '<!DOCTYPE html><html lang="sv"><head><title>Dialog om parken</title></head><body><main>'
            "<h1>Dialog om parken</h1><p>Efter medborgardialogen i Typlösa beslutade nämnden om nya bänkar "
            "och en plan för belysningen längs gångvägen.</p></main></body></html>", encoding="utf-8")
        (site / "karta").write_text((site / "karta").read_text(encoding="utf-8") + "\n", encoding="utf-8")
        crawl([source], job, proxy=proxy, settings={"PROFILE": "test", "DOWNLOAD_TIMEOUT": 60}, timeout=120)
        second = {i["url"]: i for i in lines(job / "items.jsonl")}
    finally:
        server.shutdown()
        server.server_close()
    assert first[f"http://{HOST}/dialog/parken"]["kind"] == "html"
    assert first[f"http://{HOST}/dialog/sammanfattning"]["kind"] == "pdf"
    assert "bänkar" in first[f"http://{HOST}/dialog/parken"]["text"]
    assert set(second) == {f"http://{HOST}/dialog/parken"}  # the edited page; the PDF is unchanged
    assert second[f"http://{HOST}/dialog/parken"]["outcome"] == "changed"


def test_validators_of_a_page_never_read_are_not_sent(tmp_path: Path):
    """An ETag stored after a failed or skipped fetch would turn every later fetch into a 304."""
    state = CrawlState(tmp_path / "state.json")
    state.update("http://www.x.se/a", etag='"abc"', last_modified="Mon, 03 Jun 2024 08:00:00 GMT")
    state.update("http://www.x.se/b", etag='"def"', content_hash="0" * 64)
    spider = type("S", (), {"crawl_state": state})()
    mw = ConditionalRequestMiddleware(type("C", (), {"spider": spider})())
    a, b = Request("http://www.x.se/a"), Request("http://www.x.se/b")
    mw.process_request(a)
    mw.process_request(b)
    assert b"If-None-Match" not in a.headers and b"If-Modified-Since" not in a.headers
    assert b.headers[b"If-None-Match"] == b'"def"'


class Busy(MiniWebHandler):
    """`/snart` answers 429 Retry-After: 1 the first time; `/senare` 503 Retry-After: 3600 while
    the class attribute `busy` is true."""
    busy = True
    seen: dict[str, int] = {}

    def do_GET(self, head_only: bool = False) -> None:
        path = self.path.split(HOST, 1)[-1]
        n = self.seen[path] = self.seen.get(path, 0) + 1
        if path == "/snart" and n == 1:
            self._send(429, b"", {"Retry-After": "1", "Content-Type": "text/plain"})
        elif path == "/senare" and self.busy:
            self._send(503, b"", {"Retry-After": "3600", "Content-Type": "text/plain"})
        else:
            super().do_GET(head_only)


def test_retry_after_is_honoured_up_to_the_cap_and_beyond_it_queued_for_the_next_run(tmp_path: Path):
    site = tmp_path / "sites" / HOST
    site.mkdir(parents=True)
    body = ('<html lang="sv"><head><title>{t}</title></head><body><main><h1>{t}</h1><p>{p}</p>{a}</main>'
            "</body></html>")
    (site / "index.html").write_text(body.format(t="Dialoger i Typlösa", p="Här samlar kommunen sina dialoger.",
                                                 a='<a href="/snart">Snart</a> <a href="/senare">Senare</a>'),
                                     encoding="utf-8")
    (site / "snart").write_text(body.format(t="Ungdomsdialog", a="", p="Unga i Typlösa ville ha en öppen "
                                            "fritidsgård på fredagskvällar."), encoding="utf-8")
    (site / "senare").write_text(body.format(t="Brukardialog", a="", p="Brukarrådet önskade tätare "
                                             "bussturer till dagverksamheten."), encoding="utf-8")
    handler = type("BusyHere", (Busy,), {"busy": True, "seen": {}})
    server, port = serve(tmp_path / "sites", handler=handler)
    source = source_from_dict({"id": "typlos", "name": "Typlösa kommun", "kind": "kommun",
                               "municipality_code": "2498", "county_code": "24", "domains": [HOST],
                               "start_urls": [f"http://{HOST}/"]})
    job, proxy = tmp_path / "job", f"http://127.0.0.1:{port}"
    # the test profile: no back-off of its own, Retry-After still honoured up to RETRY_AFTER_MAX = 5 s
    settings = {"PROFILE": "test", "RETRY_TIMES": 2, "DOWNLOAD_TIMEOUT": 60}  # no timeout retries under load
    try:
        crawl([source], job, proxy=proxy, settings=settings, timeout=120)
        first_items = {i["url"] for i in lines(job / "items.jsonl")}
        first_log = lines(job / "fetchlog.jsonl")
        state = json.loads((job / "state.json").read_text(encoding="utf-8"))["urls"]
        first_requests = list(server.requests)
        # the hub loses its link: only the crawl state still knows the deferred page
        (site / "index.html").write_text(body.format(t="Dialoger i Typlösa", p="Här samlar kommunen sina "
                                                     "dialoger, nu utan länkar.", a=""), encoding="utf-8")
        handler.busy = False
        crawl([source], job, proxy=proxy, settings=settings, timeout=120)
        second_items = {i["url"] for i in lines(job / "items.jsonl")}
        state_after = json.loads((job / "state.json").read_text(encoding="utf-8"))["urls"]
    finally:
        server.shutdown()
        server.server_close()
    soon, later = f"http://{HOST}/snart", f"http://{HOST}/senare"
    assert soon in first_items and later not in first_items
    assert [s for _, u, s in first_requests if u == soon] == [429, 200]  # waited, then fetched in the same run
    assert [s for _, u, s in first_requests if u == later] == [503]  # not retried within the run
    deferred = [r for r in first_log if r["url"] == later]
    assert deferred[0]["outcome"] == "skipped" and "queued for the next run" in deferred[0]["error"]
    assert state[later]["deferred"]["retry_after"] == 3600
    assert later in second_items and "deferred" not in state_after[later]
