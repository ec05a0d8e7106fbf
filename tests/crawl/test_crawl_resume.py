"""A crawl stopped with SIGTERM resumes from its job directory without refetching pages."""
from __future__ import annotations

import collections
import json
import os
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
    # a generous download timeout: on a loaded machine the test profile's 3 s made a slow first
    # response time out and be fetched again, which is a retry, not a resume fault
    settings = {"PROFILE": "test", "FOLLOW_DEPTH": 10, "CONCURRENT_REQUESTS": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                "DOWNLOAD_TIMEOUT": 60}
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


KILL_HOST = "www.kraschby.se"
KILL_N = 150
KILL_DEPTH = 5  # 130 of the 150 pages lie within 5 hops: the limit matters, and so would fetch order


def tree_links(i: int, n: int) -> list[int]:
    return [c for c in (2 * i + 1, 2 * i + 2, (i * 7 + 3) % n) if c < n]


def within(depth: int, n: int) -> set[int]:
    """The pages at most `depth` link hops from page 0 (breadth-first: the shortest paths)."""
    hops, frontier = {0: 0}, [0]
    while frontier:
        reached = []
        for i in frontier:
            for c in tree_links(i, n):
                if c not in hops:
                    hops[c] = hops[i] + 1
                    reached.append(c)
        frontier = reached
    return {i for i, h in hops.items() if h <= depth}


def write_tree(root: Path, host: str, n: int) -> None:
    """n pages: a binary tree with a cross link on each page (every page reachable in < 10 hops)."""
    site = root / host
    site.mkdir(parents=True)
    for i in range(n):
        links = "".join(f'<a href="/mote/{c}">Möte {c}</a> ' for c in tree_links(i, n))
        (site / "mote").mkdir(exist_ok=True)
        (site / "mote" / f"{i}").write_text(
            f'<!DOCTYPE html><html lang="sv"><head><title>Dialogmöte {i}</title></head><body><main>'
            f"<h1>Dialogmöte {i}</h1><p>Kraschby kommun höll dialogmöte nummer {i} med pensionärsrådet om "
            f"trygghetsboenden och färdtjänst vecka {i % 52 + 1}.</p><p>{links}</p></main></body></html>",
            encoding="utf-8")


class Throttled(MiniWebHandler):
    def do_GET(self, head_only: bool = False) -> None:
        if not self.path.endswith("robots.txt"):
            time.sleep(0.05)
        super().do_GET(head_only)


def item_urls(job: Path) -> list[str]:
    return [json.loads(x)["url"] for x in (job / "items.jsonl").read_text(encoding="utf-8").splitlines()]


def test_sigkill_then_resume_fetches_what_an_uninterrupted_crawl_fetches(tmp_path: Path):
    from crawl_helpers import listening_sockets

    write_tree(tmp_path / "sites", KILL_HOST, KILL_N)
    oracle = {f"http://{KILL_HOST}/mote/{i}" for i in within(KILL_DEPTH, KILL_N)}
    server, port = serve(tmp_path / "sites", handler=Throttled)
    source = source_from_dict({"id": "kraschby", "name": "Kraschby kommun", "kind": "kommun",
                               "municipality_code": "2494", "county_code": "24", "domains": [KILL_HOST],
                               "start_urls": [f"http://{KILL_HOST}/mote/0"]})
    settings = {"PROFILE": "test", "FOLLOW_DEPTH": KILL_DEPTH, "CONCURRENT_REQUESTS": 2,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "DOWNLOAD_TIMEOUT": 60, "LOG_LEVEL": "INFO"}
    proxy = f"http://127.0.0.1:{port}"
    job = tmp_path / "killed"
    try:
        reference = crawl([source], tmp_path / "reference", proxy=proxy, settings=settings, timeout=600)
        n_reference = len(server.requests)
        proc = start_crawl([source], job, proxy=proxy, settings=settings)
        deadline = time.monotonic() + 300
        while not (job / "items.jsonl").exists() or len(item_urls(job)) < len(oracle) // 2:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline, "no items stored within 300 s"
            time.sleep(0.05)
        listening, own = listening_sockets(proc.pid), listening_sockets(os.getpid())
        proc.kill()  # SIGKILL: no handler, no report, no state.json, "running" in run.json
        proc.wait(60)
        stored_before = set(item_urls(job))
        assert json.loads((job / "run.json").read_text())["status"] == "running"
        resumed = crawl([source], job, proxy=proxy, settings=settings, timeout=600)
    finally:
        server.shutdown()
        server.server_close()
    # no telnet console, no remote control: a crawl process listens on no port at all
    assert listening == [] and own != []  # (the same check does see this process's mini-web)
    log = (tmp_path / "reference" / "crawl.log").read_text(encoding="utf-8")
    assert "Spider opened" in log and "listening on" not in log  # Scrapy logs both listeners at INFO
    expected = set(item_urls(tmp_path / "reference"))
    assert reference.finish_reason == "finished" and expected == oracle
    assert len(oracle) // 2 <= len(stored_before) < len(oracle)  # killed mid-crawl
    assert resumed.raw["resumed"] is True and resumed.finish_reason == "finished" and resumed.totals["fetched"] > 0
    urls = item_urls(job)
    assert set(urls) == expected and len(urls) == len(set(urls))  # everything, each document once
    fetches = collections.Counter(u for _, u, _ in server.requests[n_reference:] if not u.endswith("robots.txt"))
    refetched = sum(n - 1 for n in fetches.values())
    print(f"killed after {len(stored_before)} of {len(oracle)} items; resumed run fetched "
          f"{resumed.totals['fetched']}; pages fetched twice (in flight at the kill): {refetched}")
    assert not (job / "frontier.jsonl").exists()  # a finished crawl needs no journal
