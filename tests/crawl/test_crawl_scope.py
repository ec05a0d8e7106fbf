"""A source stays on its scheme + host + port: links, redirects and child sitemaps on another port
of the same host are never fetched, and a redirect there never stores the other page as its own.

Two real servers on 127.0.0.1 (no proxy), each with its own pages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawl.miniweb import MiniWebHandler, serve
from crawl.registry import source_from_dict
from crawl.run import crawl
from crawl.urls import Scope

pytestmark = pytest.mark.slow
PAGE = ('<html lang="sv"><head><title>{title}</title></head><body><main><h1>{title}</h1>'
        '<p>{text}</p>{links}</main></body></html>')


class Redirecting(MiniWebHandler):
    """`/flyttad.html` answers 301 to the address in the class attribute `target`."""
    target = ""

    def do_GET(self, head_only: bool = False) -> None:
        if self.path.startswith("/flyttad.html"):
            self._send(301, b"", {"Location": self.target})
            return
        super().do_GET(head_only)


def page(title: str, text: str, links: list[str] = ()) -> str:
    return PAGE.format(title=title, text=text, links="".join(f'<a href="{u}">{u}</a> ' for u in links))


def sitemap(urls: list[str], index: bool = False) -> str:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    rows = "".join(f"<{item}><loc>{u}</loc></{item}>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</{tag}>'


@pytest.fixture
def two_ports(tmp_path: Path):
    """(port A, port B, server A, server B): A is the source's site, B another site on 127.0.0.1."""
    dir_a, dir_b = tmp_path / "a" / "127.0.0.1", tmp_path / "b" / "127.0.0.1"
    dir_a.mkdir(parents=True)
    dir_b.mkdir(parents=True)
    server_b, port_b = serve(tmp_path / "b")
    handler = type("RedirectingA", (Redirecting,), {"target": f"http://127.0.0.1:{port_b}/hemlig.html"})
    server_a, port_a = serve(tmp_path / "a", handler=handler)
    a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    (dir_a / "index.html").write_text(page(
        "Medborgardialog i Portby", "Kommunen bjöd in till medborgardialog om parken.",
        [f"{a}/dialog.html", f"{a}/flyttad.html", f"{b}/annan.html"]), encoding="utf-8")
    (dir_a / "dialog.html").write_text(page(
        "Dialog om parken", "Invånarna föreslog fler bänkar och bättre belysning vid dialogmötet."),
        encoding="utf-8")
    (dir_a / "sitemap.xml").write_text(sitemap([f"{a}/sitemap-sidor.xml", f"{b}/sitemap-b.xml"], index=True),
                                       encoding="utf-8")
    (dir_a / "sitemap-sidor.xml").write_text(sitemap([f"{a}/dialog.html"]), encoding="utf-8")
    for name, title in (("hemlig.html", "En annan webbplats"), ("annan.html", "Annan sida")):
        (dir_b / name).write_text(page(title, "Den här sidan hör till en annan webbplats och ett annat dialogprojekt."),
                                  encoding="utf-8")
    (dir_b / "sitemap-b.xml").write_text(sitemap([f"{b}/annan.html"]), encoding="utf-8")
    yield port_a, port_b, server_a, server_b
    for server in (server_a, server_b):
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("domain", ["127.0.0.1:{port}", "127.0.0.1"])
def test_redirects_links_and_child_sitemaps_stay_on_the_port(tmp_path: Path, two_ports, domain: str):
    port_a, port_b, server_a, server_b = two_ports
    a = f"http://127.0.0.1:{port_a}"
    source = source_from_dict({"id": "portby", "name": "Portby kommun", "kind": "kommun",
                               "municipality_code": "2497", "county_code": "24",
                               "domains": [domain.format(port=port_a)],
                               "start_urls": [f"{a}/"], "sitemaps": [f"{a}/sitemap.xml"]})
    job = tmp_path / "job"
    report = crawl([source], job, settings={"PROFILE": "test", "DOWNLOAD_TIMEOUT": 60}, timeout=120)
    assert report.finish_reason == "finished"
    assert server_b.requests == []  # not one byte from port B: no page, no sitemap, no robots.txt
    items = [json.loads(x) for x in (job / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {i["url"] for i in items} == {f"{a}/", f"{a}/dialog.html"}
    assert not any("annan webbplats" in i["text"] for i in items)
    log = [json.loads(x) for x in (job / "fetchlog.jsonl").read_text(encoding="utf-8").splitlines()]
    moved = [r for r in log if r["url"] == f"{a}/flyttad.html"]
    assert [r["outcome"] for r in moved] == ["skipped"] and f":{port_b}/hemlig.html" in moved[0]["error"]


def test_scope_rules():
    scope = Scope(["www.sjovik.se", "127.0.0.1:18601"], ["http://localhost:8080/start"])
    assert "http://www.sjovik.se/a" in scope and "https://www.sjovik.se/a" in scope  # http → https stays
    assert "http://www.sjovik.se:8080/a" not in scope and "ftp://www.sjovik.se/a" not in scope
    assert "http://127.0.0.1:18601/a" in scope and "http://127.0.0.1:18603/a" not in scope
    assert "http://127.0.0.1/a" not in scope
    assert "http://localhost:8080/b" in scope and "http://localhost/b" not in scope  # a seed's own origin
    assert "http://sub.www.sjovik.se/" not in scope
