"""A crawl stopped with SIGTERM resumes from its job directory without refetching pages."""
from __future__ import annotations

import collections
import json
import signal
import time
from pathlib import Path

import pytest

from crawl.miniweb import MiniWebHandler, serve
from crawl.registry import source_from_dict
from crawl.run import crawl, start_crawl

pytestmark = pytest.mark.slow
HOST = "www.avbrutby.se"
N = 60


class Slow(MiniWebHandler):
    def do_GET(self, head_only: bool = False) -> None:
        if not self.path.endswith("robots.txt"):
            time.sleep(0.1)
        super().do_GET(head_only)


def test_sigterm_then_resume(tmp_path: Path):
    site = tmp_path / "sites" / HOST
    site.mkdir(parents=True)
    for i in range(N):
        nxt = "".join(f'<a href="/{c}.html">Nästa {c}</a> ' for c in (2 * i + 1, 2 * i + 2) if c < N)
        (site / f"{i}.html").write_text(f'<html lang="sv"><body><main><h1>Sida {i}</h1><p>Sidan {i} handlar om '
                                        f"dialog med brukarrådet.</p>{nxt}</main></body></html>", encoding="utf-8")
    server, port = serve(tmp_path / "sites", handler=Slow)
    source = source_from_dict({"id": "avbrutby", "name": "Avbrutby kommun", "kind": "kommun",
                               "municipality_code": "2495", "county_code": "24", "domains": [HOST],
                               "start_urls": [f"http://{HOST}/0.html"]})
    settings = {"PROFILE": "test", "FOLLOW_DEPTH": 10, "CONCURRENT_REQUESTS": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": 2}
    job = tmp_path / "job"
    proxy = f"http://127.0.0.1:{port}"
    try:
        proc = start_crawl([source], job, proxy=proxy, settings=settings)
        deadline = time.monotonic() + 60
        while sum(1 for _, u, _ in server.requests if not u.endswith("robots.txt")) < 10:
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
        assert json.loads((job / "run.json").read_text())["status"] == "interrupted"
        first = sum(1 for _, u, _ in server.requests if not u.endswith("robots.txt"))
        assert first < N
        report = crawl([source], job, proxy=proxy, settings=settings, timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert report.raw["resumed"] is True and report.finish_reason == "finished"
    pages = collections.Counter(u for _, u, _ in server.requests if not u.endswith("robots.txt"))
    assert len(pages) == N and max(pages.values()) == 1  # everything once, nothing twice
    items = [json.loads(x) for x in (job / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({i["url"] for i in items}) == N
