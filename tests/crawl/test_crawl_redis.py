"""Scale-out: two crawler processes share one Redis frontier, fetch nothing twice and (behind a
start barrier) both take part."""
from __future__ import annotations

import collections
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from crawl.miniweb import MiniWebHandler, serve
from crawl.registry import source_from_dict
from crawl.run import crawl

pytestmark = [pytest.mark.slow, pytest.mark.redis]
REDIS = shutil.which("redis-server")
HOST = "www.delby.se"
N_PAGES = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path: Path):
    if REDIS is None:
        pytest.skip("no redis-server binary installed (Debian: apt-get install -y redis-server)")
    import redis

    port = free_port()
    proc = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("redis-server did not start")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


class BarrierHandler(MiniWebHandler):
    """Holds every page until both workers have sent a request (each names itself in a header).

    Without it one worker could drain the whole frontier before the other had even started
    Python. Held pages keep the first worker at its CONCURRENT_REQUESTS, so the rest of the
    frontier waits in Redis until the second worker takes some: both fetch, whatever the load.
    """
    seen: set[str] = set()
    both = threading.Event()

    def do_GET(self, head_only: bool = False) -> None:
        self.seen.add(self.headers.get("X-Delby-Worker", "?"))
        if {"a", "b"} <= self.seen:
            self.both.set()
        if "/sidor/" in self.path and not self.both.wait(BARRIER_SECONDS):
            self.both.set()  # give up once (the test then fails on "both worked"), not per page
        super().do_GET(head_only)


BARRIER_SECONDS = 240


def make_site(root: Path) -> None:
    site = root / HOST / "sidor"
    site.mkdir(parents=True)
    for i in range(N_PAGES):
        links = "".join(f'<a href="/sidor/{c}.html">Sida {c}</a> ' for c in (2 * i + 1, 2 * i + 2, (i * 7) % N_PAGES)
                        if c < N_PAGES)
        (site / f"{i}.html").write_text(
            f'<html lang="sv"><body><main><h1>Sida {i}</h1><p>Delby kommun berättar om dialogmöte nummer {i} '
            f"med brukarrådet och om förslag som kom in vecka {i % 52 + 1}.</p><p>{links}</p></main></body></html>",
            encoding="utf-8")
    # the start page links 20 pages: more than one worker's CONCURRENT_REQUESTS can hold
    start = "".join(f'<a href="/sidor/{i}.html">Sida {i}</a> ' for i in range(20))
    (root / HOST / "index.html").write_text(f"<html><body><main>{start}</main></body></html>", encoding="utf-8")


def test_two_processes_share_frontier_without_duplicate_fetches(tmp_path: Path, redis_url: str):
    make_site(tmp_path / "sites")
    handler = type("Barrier", (BarrierHandler,), {"seen": set(), "both": threading.Event()})
    server, port = serve(tmp_path / "sites", handler=handler)
    source = source_from_dict({"id": "delby", "name": "Delby kommun", "kind": "kommun", "municipality_code": "2496",
                               "county_code": "24", "domains": [HOST], "start_urls": [f"http://{HOST}/"]})
    # Two requests in flight per worker. An idle worker looks at the shared queue on Scrapy's 5 s
    # heartbeat, so the grace before an idle worker closes must outlast it; held pages must not
    # time out. FOLLOW_DEPTH beyond any path: the order of fetches must not decide coverage.
    base = {"PROFILE": "test", "REDIS_URL": redis_url, "FOLLOW_DEPTH": 1000, "CONCURRENT_REQUESTS": 2,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "DOWNLOAD_TIMEOUT": BARRIER_SECONDS + 60,
            "SCHEDULER_IDLE_BEFORE_CLOSE": 1, "SHARED_FRONTIER_IDLE_GRACE": 20}
    reports = {}

    def worker(name: str) -> None:
        settings = {**base, "DEFAULT_REQUEST_HEADERS": {"X-Delby-Worker": name}}
        reports[name] = crawl([source], tmp_path / name, proxy=f"http://127.0.0.1:{port}", settings=settings,
                              timeout=600)

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(700)
    finally:
        handler.both.set()
        server.shutdown()
        server.server_close()
    assert set(reports) == {"a", "b"}
    pages = [url for _, url, _ in server.requests if not url.endswith("robots.txt")]
    counts = collections.Counter(pages)
    assert [u for u, n in counts.items() if n > 1] == []  # one frontier: zero duplicate fetches
    assert len(counts) == N_PAGES + 1  # every page reached once, by one process or the other
    fetched = {n: reports[n].sources["delby"].fetched for n in ("a", "b")}
    assert handler.seen >= {"a", "b"} and all(fetched.values()), fetched  # both worked
    assert sum(fetched.values()) == N_PAGES + 2  # pages, start page, robots.txt read once for Sitemap: lines
