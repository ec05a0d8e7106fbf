"""Hostile servers: none of these may crash the crawl or lose the good items around them."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from scrapy import Request

from crawl.middlewares import ProxyRefused, ProxySafetyMiddleware
from crawl.miniweb import MiniWebHandler, serve
from crawl.registry import source_from_dict
from crawl.run import crawl
from crawl_helpers import PAGES, PDF_PARAGRAPHS, make_pdf

pytestmark = pytest.mark.slow
HOST = "www.felby.se"
BIG = 50 * 1024 * 1024
GOOD_PAGE = ("<html lang='sv'><head><meta charset='utf-8'><title>{t}</title></head><body><main><h1>{t}</h1>"
             "<p>Socialtjänsten i Felby bjuder in till dialogmöte om äldreomsorgen. Dina förslag behövs "
             "när vi planerar nästa år.</p></main></body></html>")
LINKS = ["/fel/stor-utan-langd", "/fel/500", "/fel/503-en-gang", "/fel/404", "/fel/seg", "/fel/langsam", "/fel/slinga", "/fel/stor",
         "/fel/latin1", "/fel/felmarkt", "/fel/trasig", "/fel/rapport.pdf", "/fel/arkiv", "/fel/tom",
         "/fel/bild.jpg", "/fel/omdirigerad", "/fel/bort", "https://www.felby.se/fel/krypterad"]


class FaultyHandler(MiniWebHandler):
    """Every way a municipal server can misbehave, one path each."""

    hits: dict[str, int] = {}

    def do_GET(self, head_only: bool = False) -> None:  # noqa: C901 - a route table
        host, path = self._target()
        self.hits[path] = self.hits.get(path, 0) + 1
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path == "/":
            links = "".join(f"<li><a href='{href}'>{href}</a></li>" for href in LINKS)
            return self._send(200, GOOD_PAGE.format(t="Startsida").replace("</main>", f"<ul>{links}</ul></main>").encode(), html)
        if path == "/fel/500":
            return self._send(500, b"Internal Server Error", {"Content-Type": "text/plain"})
        if path == "/fel/503-en-gang":
            if self.hits[path] == 1:
                return self._send(503, b"busy", {"Content-Type": "text/plain", "Retry-After": "0"})
            return self._send(200, GOOD_PAGE.format(t="Andra försöket").encode(), html)
        if path == "/fel/seg":
            time.sleep(4)  # longer than DOWNLOAD_TIMEOUT
            return self._send(200, GOOD_PAGE.format(t="För sent").encode(), html)
        if path == "/fel/langsam":
            time.sleep(0.8)
            return self._send(200, GOOD_PAGE.format(t="Långsam men hel").encode(), html)
        if path in ("/fel/slinga", "/fel/slinga2"):
            target = "/fel/slinga2" if path == "/fel/slinga" else "/fel/slinga"
            return self._send(302, b"", {"Location": f"http://{HOST}{target}"})
        if path == "/fel/omdirigerad":
            return self._send(301, b"", {"Location": f"http://{HOST}/fel/ny-plats"})
        if path == "/fel/ny-plats":
            return self._send(200, GOOD_PAGE.format(t="Ny plats").encode(), html)
        if path == "/fel/bort":
            return self._send(302, b"", {"Location": "http://www.example.org/utanfor"})
        if path == "/fel/stor":
            return self._send_big()
        if path == "/fel/stor-utan-langd":
            return self._send_big(with_length=False)
        if path == "/fel/latin1":
            body = GOOD_PAGE.format(t="Träffpunkt för äldre").replace("charset='utf-8'", "charset='iso-8859-1'")
            return self._send(200, body.encode("latin-1"), {"Content-Type": "text/html; charset=iso-8859-1"})
        if path == "/fel/felmarkt":
            body = GOOD_PAGE.format(t="Felmärkt teckenkodning")
            return self._send(200, body.encode("latin-1"), html)  # says utf-8, is latin-1
        if path == "/fel/trasig":
            return self._send(200, (PAGES / "malformed.html").read_bytes(), html)
        if path == "/fel/rapport.pdf":
            return self._send(200, make_pdf("Rapport", PDF_PARAGRAPHS), {"Content-Type": "application/pdf"})
        if path == "/fel/arkiv":
            return self._send(200, b"PK\x03\x04" + b"\0" * 100, {"Content-Type": "application/zip"})
        if path == "/fel/tom":
            return self._send(200, b"", html)
        return self._send(404, b"Not found", {"Content-Type": "text/plain"})

    def _send_big(self, with_length: bool = True) -> None:
        """50 MB of HTML generated on the fly (never on disk), with or without Content-Length."""
        self.record(200)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            self.send_header("Content-Length", str(BIG))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = b"<p>" + "Långt stycke om dialog. ".encode() * 400 + b"</p>\n"
        sent = 0
        try:
            while sent < BIG:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up at DOWNLOAD_MAXSIZE, as it should


SOURCE = source_from_dict({"id": "felby", "name": "Felby kommun", "kind": "kommun", "municipality_code": "2498",
                           "county_code": "24", "domains": [HOST], "start_urls": [f"http://{HOST}/"],
                           "verified": True})


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    base = tmp_path_factory.mktemp("fel")
    FaultyHandler.hits = {}
    server, port = serve(base, handler=FaultyHandler)
    job = base / "job"
    started = time.monotonic()
    report = crawl([SOURCE], job, proxy=f"http://127.0.0.1:{port}", timeout=120,
                   settings={"PROFILE": "test", "DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 1,
                             "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024})
    elapsed = time.monotonic() - started
    server.shutdown()
    server.server_close()
    log = {}
    for line in (job / "fetchlog.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        log.setdefault(row["url"], []).append(row)
    items = {json.loads(x)["url"]: json.loads(x) for x in (job / "items.jsonl").read_text(encoding="utf-8").splitlines()}
    return report, log, items, elapsed, server.requests


def last(result, path):
    return result[1][f"http://{HOST}{path}"][-1]


def test_crawl_finishes(result):
    assert result[0].finish_reason == "finished" and result[3] < 60


@pytest.mark.parametrize("path,status", [("/fel/500", 500), ("/fel/404", 404)])
def test_http_errors_recorded(result, path, status):
    row = last(result, path)
    assert (row["outcome"], row["status"], row["error"]) == ("failed", status, f"HTTP {status}")


def test_500_retried_before_giving_up():
    assert FaultyHandler.hits["/fel/500"] == 2  # RETRY_TIMES=1


def test_503_then_success_is_an_item(result):
    assert "Andra försöket" == result[2][f"http://{HOST}/fel/503-en-gang"]["title"]


def test_timeout_recorded(result):
    row = last(result, "/fel/seg")
    assert row["outcome"] == "failed" and "Timeout" in row["error"]


def test_slow_but_within_timeout_is_an_item(result):
    assert f"http://{HOST}/fel/langsam" in result[2]


def test_redirect_loop_recorded(result):
    assert last(result, "/fel/slinga")["outcome"] == "failed"


def test_redirect_followed_to_item(result):
    assert result[2][f"http://{HOST}/fel/ny-plats"]["title"] == "Ny plats"


def test_offsite_redirect_not_followed(result):
    assert not any("example.org" in url for _, url, _ in result[4])


@pytest.mark.parametrize("path", ["/fel/stor", "/fel/stor-utan-langd"])
def test_oversize_page_recorded_as_failed(result, path):
    row = last(result, path)
    assert row["outcome"] == "failed" and "max size" in row["error"]


def test_latin1_item(result):
    assert result[2][f"http://{HOST}/fel/latin1"]["title"] == "Träffpunkt för äldre"


def test_mislabelled_charset_item(result):
    assert "äldreomsorgen" in result[2][f"http://{HOST}/fel/felmarkt"]["text"]


def test_malformed_html_item(result):
    assert "framtidens äldreomsorg" in result[2][f"http://{HOST}/fel/trasig"]["text"]


def test_pdf_item(result):
    item = result[2][f"http://{HOST}/fel/rapport.pdf"]
    assert item["kind"] == "pdf" and item["title"] == "Rapport"


def test_disallowed_content_type_skipped(result):
    row = last(result, "/fel/arkiv")
    assert row["outcome"] == "skipped" and "content type" in row["error"]


def test_empty_body_recorded_as_failed(result):
    assert last(result, "/fel/tom")["outcome"] == "failed"


def test_https_refused_without_leaving(result):
    row = result[1]["https://www.felby.se/fel/krypterad"][-1]
    assert row["outcome"] == "failed" and "refused" in row["error"]


def test_image_link_never_requested(result):
    assert "/fel/bild.jpg" not in FaultyHandler.hits


def test_every_linked_url_accounted_for(result):
    logged = {url.split(HOST, 1)[1] for url in result[1]}
    expected = {href.split(HOST, 1)[-1] for href in LINKS if not href.endswith(".jpg")}
    assert expected - {"/fel/omdirigerad"} <= logged


def test_offsite_redirect_recorded(result):
    row = last(result, "/fel/bort")
    assert row["outcome"] == "skipped" and "example.org" in row["error"]


def test_report_counts_failures(result):
    counts = result[0].sources["felby"]
    assert counts.failed >= 6 and counts.items >= 6


def test_safety_middleware_refuses_request_without_proxy():
    mw = ProxySafetyMiddleware("http://127.0.0.1:9")
    with pytest.raises(ProxyRefused):
        mw.process_request(Request("http://www.felby.se/"))
    with pytest.raises(ProxyRefused):
        mw.process_request(Request("http://www.felby.se/", meta={"proxy": "http://10.0.0.1:3128"}))
    assert mw.process_request(Request("http://www.felby.se/", meta={"proxy": "http://127.0.0.1:9"})) is None


def test_invalid_items_fail_loudly(tmp_path: Path):
    from crawl.output import JobOutput
    out = JobOutput(tmp_path, archive=False)
    for _ in range(3):
        out.note_invalid("felby", ["text: empty"])
    out.write_item({"source_id": "felby"})
    assert out.report(["felby"], 0.5)["sources"]["felby"]["status"] == "invalid_items"
    out.close()
