"""End-to-end: a real Scrapy crawl (child process) of the test mini-web through the proxy."""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawl.registry import load_sources, source_from_dict
from crawl.run import crawl
from crawl.miniweb import serve
from crawl_helpers import SOURCES, copy_sites

pytestmark = pytest.mark.slow
FAST = {"PROFILE": "test"}
ARTICLE = "http://www.sjovik.se/nyheter/2024-06-03-tack-for-dialogen"
PRESS = "http://sjovik.mynewsdesk.com/pressreleases/tack-for-dialogen-om-omsorgen-3312345"
PDF = "http://www.sjovik.se/download/18.1f2e3d/1717400000000/sammanfattning-dialog.pdf"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crawl_once(server, proxy, job: Path):
    report = crawl(load_sources(SOURCES), job, proxy=proxy, settings=FAST, timeout=90)
    items = {i["url"]: i for i in read_jsonl(job / "items.jsonl")}
    fetchlog = read_jsonl(job / "fetchlog.jsonl")
    return report, items, fetchlog, job, server, proxy


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    """One crawl shared by the read-only tests of this module (a crawl costs ~2 s)."""
    base = tmp_path_factory.mktemp("e2e")
    server, port = serve(copy_sites(base / "sites"))
    yield crawl_once(server, f"http://127.0.0.1:{port}", base / "job")
    server.shutdown()
    server.server_close()


def test_contract_files_written(first_crawl):
    job = first_crawl[3]
    assert {p.name for p in job.iterdir()} >= {"items.jsonl", "fetchlog.jsonl", "archive", "report.json", "state.json"}


def test_documents_extracted(first_crawl):
    items = first_crawl[1]
    assert {ARTICLE, PRESS, PDF, "http://www.sjovik.se/omsorg/brukarrad.html",
            "http://www.sjovik.se/nyheter/2023-11-20-dialogcafe-for-seniorer"} <= set(items)


def test_item_fields(first_crawl):
    item = first_crawl[1][ARTICLE]
    assert (item["source_id"], item["kind"], item["published"], item["language"]) == ("sjovik", "html", "2024-06-03", "sv")
    assert item["canonical_url"] == ARTICLE  # utm_* and fragment stripped from <link rel=canonical>


def test_pdf_item(first_crawl):
    item = first_crawl[1][PDF]
    assert item["kind"] == "pdf" and "promenadgrupp" in item["text"]


def test_feed_date_and_tracking_stripped(first_crawl):
    assert first_crawl[1][PRESS]["published"] == "2024-06-03"


def test_press_release_marked_near_duplicate(first_crawl):
    items = first_crawl[1]
    assert items[PRESS]["near_duplicate_of"] == ARTICLE or items[ARTICLE]["near_duplicate_of"] == PRESS


def test_relevance_on_every_item(first_crawl):
    items = first_crawl[1]
    assert items[ARTICLE]["relevance"]["relevant"] is True
    assert items["http://www.sjovik.se/nyheter/2024-05-10-nya-oppettider"]["relevance"]["relevant"] is False


def test_irrelevant_page_logged_as_irrelevant(first_crawl):
    outcomes = {r["url"]: r["outcome"] for r in first_crawl[2]}
    assert outcomes["http://www.sjovik.se/nyheter/2024-05-10-nya-oppettider"] == "irrelevant"


def test_robots_disallow_recorded_and_not_fetched(first_crawl):
    _, _, fetchlog, _, server, _ = first_crawl
    row = next(r for r in fetchlog if r["url"].endswith("/intern/personalsidor.html"))
    assert row["outcome"] == "skipped" and "robots" in row["error"]
    assert not any("/intern/" in url for _, url, _ in server.requests)


def test_never_leaves_registry_domains(first_crawl):
    server = first_crawl[4]
    hosts = {url.split("/")[2] for _, url, _ in server.requests}
    assert hosts <= {"www.sjovik.se", "sjovik.mynewsdesk.com"}


def test_images_not_requested(first_crawl):
    assert not any(url.endswith(".png") for _, url, _ in first_crawl[4].requests)


def test_listing_pagination_followed(first_crawl):
    assert any(r["url"].endswith("/nyheter/sida-2.html") for r in first_crawl[2])


def test_archive_record_matches_bytes(first_crawl):
    item, job = first_crawl[1][ARTICLE], first_crawl[3]
    with open(job / item["archive"]["path"], "rb") as fh:
        fh.seek(item["archive"]["offset"])
        record = next(iter(ArchiveIterator(fh)))
        body = record.content_stream().read()
    assert record.rec_headers.get_header("WARC-Record-ID") == item["archive"]["record_id"]
    assert record.rec_headers.get_header("WARC-Target-URI") == ARTICLE
    assert hashlib.sha256(body).hexdigest() == item["archive"]["sha256"]


def test_report_counts(first_crawl):
    report, items = first_crawl[0], first_crawl[1]
    s = report.sources["sjovik"]
    assert s.items == sum(1 for i in items.values() if i["source_id"] == "sjovik")
    assert s.new + s.irrelevant == s.items and s.status == "ok"
    assert report.as_dict()["sources"]["sjovik"]["items"] == s.items and report.raw["crawl_id"]


def test_every_fetch_logged_with_fields(first_crawl):
    for row in first_crawl[2]:
        assert set(row) == {"url", "source_id", "fetched_at", "status", "outcome", "error", "content_type",
                            "bytes", "duration_ms", "content_hash"}


def _touch_later(path: Path) -> None:
    later = time.time() + 5
    os.utime(path, (later, later))


def test_incremental_recrawl_fetches_only_changed_page(miniweb_server, site_dir, tmp_path):
    server, proxy = miniweb_server
    job = tmp_path / "job"
    crawl_once(server, proxy, job)
    page = site_dir / "www.sjovik.se" / "omsorg" / "brukarrad.html"
    page.write_text(page.read_text(encoding="utf-8").replace("varannan månad", "en gång i månaden"),
                    encoding="utf-8")
    _touch_later(page)
    tomorrow = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400))
    sitemap = site_dir / "www.sjovik.se" / "sitemap.xml"
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace(
        "brukarrad.html</loc><lastmod>2023-02-20", f"brukarrad.html</loc><lastmod>{tomorrow}"), encoding="utf-8")
    _touch_later(sitemap)
    server.requests.clear()
    report = crawl(load_sources(SOURCES), job, proxy=proxy, settings=FAST, timeout=90)
    full_bodies = [url for _, url, status in server.requests
                   if status == 200 and not url.endswith(("robots.txt", "sitemap.xml"))]
    assert full_bodies == ["http://www.sjovik.se/omsorg/brukarrad.html"]
    assert report.sources["sjovik"].changed == 1 and report.sources["sjovik"].new == 0
    items = read_jsonl(job / "items.jsonl")
    assert [i["url"] for i in items] == ["http://www.sjovik.se/omsorg/brukarrad.html"]
    assert "en gång i månaden" in items[0]["text"]


def test_unfinished_job_resumes(first_crawl):
    job, proxy = first_crawl[3], first_crawl[5]
    (job / "run.json").write_text(json.dumps({"status": "running"}), encoding="utf-8")
    report = crawl(load_sources(SOURCES), job, proxy=proxy, settings=FAST, timeout=90)
    assert report.raw["resumed"] is True
    assert len(read_jsonl(job / "items.jsonl")) >= 5  # appended to, not truncated


def test_sitemap_found_through_robots(miniweb_server, tmp_path):
    server, proxy = miniweb_server
    source = source_from_dict({"id": "sjovik", "name": "Sjöviks kommun", "kind": "kommun",
                               "municipality_code": "2499", "county_code": "24", "domains": ["www.sjovik.se"],
                               "start_urls": ["http://www.sjovik.se/"], "verified": False})
    crawl([source], tmp_path / "job", proxy=proxy, settings={**FAST, "FOLLOW_DEPTH": 0}, timeout=90)
    fetched = {url for _, url, status in server.requests if status == 200}
    assert "http://www.sjovik.se/sitemap.xml" in fetched
    assert "http://www.sjovik.se/nyheter/2024-05-10-nya-oppettider" in fetched  # only listed in the sitemap


def test_broken_configuration_fails_loudly(miniweb, tmp_path):
    from crawl.run import CrawlError

    with pytest.raises(CrawlError, match="exited with"):
        crawl(load_sources(SOURCES), tmp_path / "job", proxy=miniweb,
              settings={**FAST, "RELEVANCE_FILE": str(tmp_path / "saknas.yaml")}, timeout=60)


def test_unchanged_sitemap_retries_pages_that_failed(miniweb_server, site_dir, tmp_path):
    server, proxy = miniweb_server
    sitemap = site_dir / "www.sjovik.se" / "sitemap.xml"
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace(
        "</urlset>", "<url><loc>http://www.sjovik.se/omsorg/ny-sida.html</loc></url></urlset>"), encoding="utf-8")
    source = source_from_dict({"id": "sjovik", "name": "Sjöviks kommun", "kind": "kommun",
                               "municipality_code": "2499", "county_code": "24", "domains": ["www.sjovik.se"],
                               "sitemaps": ["http://www.sjovik.se/sitemap.xml"]})
    settings = {**FAST, "FOLLOW_DEPTH": 0}
    first = crawl([source], tmp_path / "job", proxy=proxy, settings=settings, timeout=90)
    assert first.sources["sjovik"].failed == 1
    (site_dir / "www.sjovik.se" / "omsorg" / "ny-sida.html").write_text(
        (site_dir / "www.sjovik.se" / "omsorg" / "brukarrad.html").read_text(encoding="utf-8"), encoding="utf-8")
    server.requests.clear()
    crawl([source], tmp_path / "job", proxy=proxy, settings=settings, timeout=90)
    assert ("GET", "http://www.sjovik.se/sitemap.xml", 304) in server.requests
    assert [u for _, u, st in server.requests if st == 200 and "robots" not in u] == [
        "http://www.sjovik.se/omsorg/ny-sida.html"]


def test_robots_crawl_delay_is_a_floor_between_fetches(tmp_path):
    """A site asking for Crawl-delay: 2 gets at least ~2 s between page fetches, even in the fast
    test profile (AutoThrottle off, no download delay) once ROBOTS_CRAWL_DELAY is on."""
    sites = copy_sites(tmp_path / "sites")
    robots = sites / "www.sjovik.se" / "robots.txt"
    robots.write_text(robots.read_text(encoding="utf-8").replace("Disallow: /intern/", "Disallow: /intern/\nCrawl-delay: 2"),
                      encoding="utf-8")
    server, port = serve(sites)
    stamps: list[float] = []
    original = server.RequestHandlerClass.do_GET

    def timed(handler, *args, **kwargs):
        if "sjovik.se" in handler.path and not handler.path.endswith("robots.txt"):
            stamps.append(time.monotonic())
        return original(handler, *args, **kwargs)

    server.RequestHandlerClass.do_GET = timed
    try:
        sjovik = [s for s in load_sources(SOURCES) if "www.sjovik.se" in s.domains]
        report = crawl(sjovik, tmp_path / "job", proxy=f"http://127.0.0.1:{port}",
                       settings={**FAST, "ROBOTS_CRAWL_DELAY": True, "MAX_PAGES_PER_SOURCE": 4}, timeout=90)
    finally:
        server.RequestHandlerClass.do_GET = original
        server.shutdown()
        server.server_close()
    assert report.raw["robots_crawl_delay"] == {"www.sjovik.se": 2.0}
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    assert len(stamps) >= 3 and min(gaps) >= 1.8, gaps  # the test profile has no jitter


def test_pagination_page_reached_by_a_plain_link_is_read_as_a_listing(tmp_path):
    """Only a document links to the archive's page 2 here: it is still a listing (discovery, no
    item), and the articles it lists are crawled. Before, fetch order decided which it became."""
    site = tmp_path / "sites" / "www.sidby.se"
    article = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>Kommunen höll en medborgardialog "
               "om äldreomsorgen i Sidby. Deltagarna föreslog fler träffpunkter och en fast kontaktperson.</p>"
               "{extra}</main></body></html>")
    pages = {
        "index.html": article.format(t="Välkommen till Sidby", extra="<a href='/nyheter/sida-2/'>Äldre nyheter</a>"),
        "nyheter/sida-2/index.html": "<html><head><title>Nyheter sida 2</title></head><body><main><ul>"
                                     "<li><a href='/nyheter/dialog-om-aldreomsorgen'>Dialog om äldreomsorgen</a></li>"
                                     "<li><a href='/nyheter/sida-3/'>Nästa sida</a></li></ul></main></body></html>",
        "nyheter/dialog-om-aldreomsorgen/index.html": article.format(t="Dialog om äldreomsorgen", extra=""),
    }
    for rel, html in pages.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(html, encoding="utf-8")
    (site / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    source = source_from_dict({"id": "sidby", "name": "Sidby kommun", "kind": "kommun", "municipality_code": "2498",
                               "county_code": "24", "domains": ["www.sidby.se"], "start_urls": ["http://www.sidby.se/"]})
    server, port = serve(tmp_path / "sites")
    try:
        crawl([source], tmp_path / "job", proxy=f"http://127.0.0.1:{port}",
              settings={**FAST, "SITEMAPS_FROM_ROBOTS": False}, timeout=90)
    finally:
        server.shutdown()
        server.server_close()
    items = {i["url"] for i in read_jsonl(tmp_path / "job" / "items.jsonl")}
    assert "http://www.sidby.se/nyheter/sida-2/" not in items
    assert "http://www.sidby.se/nyheter/dialog-om-aldreomsorgen" in items
