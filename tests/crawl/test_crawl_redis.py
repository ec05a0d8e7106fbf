"""Scale-out: two crawler processes share one Redis frontier and fetch nothing twice."""
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


class SlowishHandler(MiniWebHandler):
    """50 ms per page, so both processes are busy at the same time."""

    def do_GET(self, head_only: bool = False) -> None:
        if not self.path.endswith("robots.txt"):
            time.sleep(0.05)
        super().do_GET(head_only)


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
    (root / HOST / "index.html").write_text('<html><body><main><a href="/sidor/0.html">Start</a></main></body></html>',
                                            encoding="utf-8")


def test_two_processes_share_frontier_without_duplicate_fetches(tmp_path: Path, redis_url: str):
    make_site(tmp_path / "sites")
    server, port = serve(tmp_path / "sites", handler=SlowishHandler)
    source = source_from_dict({"id": "delby", "name": "Delby kommun", "kind": "kommun", "municipality_code": "2496",
                               "county_code": "24", "domains": [HOST], "start_urls": [f"http://{HOST}/"]})
    # few requests in flight per process, so one process cannot pull the whole frontier at once
    settings = {"PROFILE": "test", "REDIS_URL": redis_url, "FOLLOW_DEPTH": 20, "CONCURRENT_REQUESTS": 2,
                "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                "SCHEDULER_IDLE_BEFORE_CLOSE": 1, "SHARED_FRONTIER_IDLE_GRACE": 3}
    reports = {}

    def worker(name: str) -> None:
        reports[name] = crawl([source], tmp_path / name, proxy=f"http://127.0.0.1:{port}", settings=settings,
                              timeout=120)

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(150)
    finally:
        server.shutdown()
        server.server_close()
    assert set(reports) == {"a", "b"}
    pages = [url for _, url, _ in server.requests if not url.endswith("robots.txt")]
    counts = collections.Counter(pages)
    assert [u for u, n in counts.items() if n > 1] == []  # zero duplicate fetches
    assert len(counts) == N_PAGES + 1  # every page reached once, by one process or the other
    assert reports["a"].sources["delby"].fetched > 0 and reports["b"].sources["delby"].fetched > 0
