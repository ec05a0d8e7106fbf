"""FOLLOW_DEPTH counts the shortest path: a page first reached at the limit and later by a shorter
path still has its links followed, so what a crawl covers does not depend on which response
happens to arrive first (nor on a kill and resume)."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from crawl.miniweb import MiniWebHandler, serve
from crawl.registry import source_from_dict
from crawl.run import crawl

pytestmark = pytest.mark.slow
HOST = "www.djupby.se"
LINKS = {"a": ["l1"], "l1": ["p"], "b": ["p"], "p": ["q"], "q": []}


class ShortPathLast(MiniWebHandler):
    """/b (the short way to /p) is answered only after /p was served by the long way."""
    p_served = threading.Event()

    def do_GET(self, head_only: bool = False) -> None:
        path = self.path.split(HOST, 1)[-1]
        if path == "/b":
            assert self.p_served.wait(120), "/p was never requested"
        super().do_GET(head_only)
        if path == "/p":
            self.p_served.set()


def test_a_shorter_path_found_later_still_follows_the_links(tmp_path: Path):
    site = tmp_path / "sites" / HOST
    site.mkdir(parents=True)
    for name, links in LINKS.items():
        anchors = "".join(f'<a href="/{t}">Till {t}</a> ' for t in links)
        (site / name).write_text(f'<!DOCTYPE html><html lang="sv"><head><title>Sidan {name}</title></head><body>'
                                 f"<main><h1>Sidan {name}</h1><p>Djupby kommun berättar om sin medborgardialog "
                                 f"om skolvägen, del {name}.</p><p>{anchors}</p></main></body></html>",
                                 encoding="utf-8")
    handler = type("Here", (ShortPathLast,), {"p_served": threading.Event()})
    server, port = serve(tmp_path / "sites", handler=handler)
    source = source_from_dict({"id": "djupby", "name": "Djupby kommun", "kind": "kommun",
                               "municipality_code": "2493", "county_code": "24", "domains": [HOST],
                               "start_urls": [f"http://{HOST}/a", f"http://{HOST}/b"]})
    job = tmp_path / "job"
    try:
        crawl([source], job, proxy=f"http://127.0.0.1:{port}",
              settings={"PROFILE": "test", "FOLLOW_DEPTH": 2, "DOWNLOAD_TIMEOUT": 60}, timeout=300)
    finally:
        server.shutdown()
        server.server_close()
    urls = {json.loads(x)["url"].rsplit("/", 1)[1] for x in (job / "items.jsonl").read_text(encoding="utf-8").splitlines()}
    # /p was reached first as a → l1 → p (2 hops: the limit), then as b → p (1 hop): /q is 2 hops away
    assert urls == {"a", "b", "l1", "p", "q"}
