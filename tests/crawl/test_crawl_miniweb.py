"""The mini-web proxy: absolute-URI requests, types, validators, 304 and 404."""
from __future__ import annotations

import http.client
import subprocess
import sys
import time

import pytest


def request(proxy: str, url: str, headers: dict | None = None) -> http.client.HTTPResponse:
    host, port = proxy.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    conn.request("GET", url, headers=headers or {})
    resp = conn.getresponse()
    resp.body = resp.read()
    conn.close()
    return resp


def test_absolute_uri_serves_site_file(miniweb):
    r = request(miniweb, "http://www.sjovik.se/omsorg/brukarrad.html")
    assert r.status == 200 and "Brukarråd inom LSS".encode() in r.body


def test_directory_serves_index(miniweb):
    assert "Sjöviks kommun" in request(miniweb, "http://www.sjovik.se/").body.decode()


@pytest.mark.parametrize("url,ctype", [
    ("http://www.sjovik.se/", "text/html; charset=utf-8"),
    ("http://www.sjovik.se/sitemap.xml", "application/xml; charset=utf-8"),
    ("http://www.sjovik.se/robots.txt", "text/plain"),
    ("http://sjovik.mynewsdesk.com/rss/current_news/4711", "application/rss+xml; charset=utf-8"),
    ("http://sjovik.mynewsdesk.com/pressreleases/tack-for-dialogen-om-omsorgen-3312345", "text/html; charset=utf-8"),
    ("http://www.sjovik.se/download/18.1f2e3d/1717400000000/sammanfattning-dialog.pdf", "application/pdf"),
])
def test_content_types(miniweb, url, ctype):
    assert request(miniweb, url).getheader("Content-Type") == ctype


def test_etag_gives_304(miniweb):
    first = request(miniweb, "http://www.sjovik.se/omsorg/")
    again = request(miniweb, "http://www.sjovik.se/omsorg/", {"If-None-Match": first.getheader("ETag")})
    assert again.status == 304 and again.body == b""


def test_if_modified_since_gives_304(miniweb):
    first = request(miniweb, "http://www.sjovik.se/omsorg/")
    again = request(miniweb, "http://www.sjovik.se/omsorg/", {"If-Modified-Since": first.getheader("Last-Modified")})
    assert again.status == 304


def test_changed_file_gets_new_etag(miniweb, site_dir):
    first = request(miniweb, "http://www.sjovik.se/omsorg/")
    page = site_dir / "www.sjovik.se" / "omsorg" / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- ändrad -->", encoding="utf-8")
    again = request(miniweb, "http://www.sjovik.se/omsorg/", {"If-None-Match": first.getheader("ETag")})
    assert again.status == 200


def test_missing_file_404(miniweb):
    assert request(miniweb, "http://www.sjovik.se/finns-inte.html").status == 404


def test_unknown_host_404(miniweb):
    assert request(miniweb, "http://www.example.org/").status == 404


def test_path_traversal_refused(miniweb):
    assert request(miniweb, "http://www.sjovik.se/../sjovik.mynewsdesk.com/rss/current_news/4711").status == 404


def test_origin_form_with_host_header(miniweb):
    assert request(miniweb, "/omsorg/", {"Host": "www.sjovik.se"}).status == 200


def test_standalone_entry_point(site_dir):
    proc = subprocess.Popen([sys.executable, "-m", "crawl.miniweb", str(site_dir), "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "proxy http://127.0.0.1:" in line
        port = line.split("127.0.0.1:")[1].split()[0]
        for _ in range(20):
            try:
                assert request(f"http://127.0.0.1:{port}", "http://www.sjovik.se/").status == 200
                break
            except ConnectionRefusedError:
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(5)
