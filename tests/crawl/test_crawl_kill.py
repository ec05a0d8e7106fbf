"""Killing `dialogkartan crawl` (SIGKILL: nothing in the parent can react) ends its crawl child too,
and the killed job resumes; one crawl at a time per job directory."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawl.miniweb import serve
from crawl.registry import source_from_dict
from crawl.run import CrawlError, crawl, start_crawl
from dialogkartan import paths
from crawl_helpers import process_gone
from test_crawl_resume import KILL_HOST, Throttled, item_urls, write_tree

pytestmark = pytest.mark.slow
ROOT = paths.ROOT
N = 200
SOURCE = {"id": "kraschby", "name": "Kraschby kommun", "kind": "kommun", "municipality_code": "2494",
          "county_code": "24", "domains": [KILL_HOST], "start_urls": [f"http://{KILL_HOST}/mote/0"]}


def wait_for(predicate, what: str, seconds: float = 120):
    deadline = time.monotonic() + seconds
    while not (value := predicate()):
        assert time.monotonic() < deadline, f"{what}: not within {seconds:.0f} s"
        time.sleep(0.05)
    return value


def crawl_pid(job: Path) -> int | None:
    try:
        marker = json.loads((job / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker.get("pid") if marker.get("status") == "running" else None


def test_killing_the_cli_kills_the_crawl_child(tmp_path: Path):
    import yaml

    write_tree(tmp_path / "sites", KILL_HOST, N)
    registry = tmp_path / "sources.yaml"
    registry.write_text(yaml.safe_dump({"sources": [SOURCE]}, allow_unicode=True), encoding="utf-8")
    server, port = serve(tmp_path / "sites", handler=Throttled)
    job = tmp_path / "job"
    env = {**os.environ, "DIALOGKARTAN_CRAWL_SET_CONCURRENT_REQUESTS": "2", "DIALOGKARTAN_CRAWL_SET_FOLLOW_DEPTH": "1000"}
    cli = subprocess.Popen([sys.executable, "-m", "dialogkartan.cli", "crawl", "--registry", str(registry),
                            "--source", "kraschby", "--job-dir", str(job), "--proxy", f"http://127.0.0.1:{port}",
                            "--no-ingest", "--db", str(tmp_path / "db.duckdb")],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        child = wait_for(lambda: crawl_pid(job), "the crawl child did not start")
        status = Path(f"/proc/{child}/status").read_text()
        assert f"PPid:\t{cli.pid}\n" in status  # the child of this CLI, not some other process
        wait_for(lambda: (job / "items.jsonl").exists() and len(item_urls(job)) >= 10, "no items stored")
        cli.send_signal(signal.SIGKILL)
        cli.wait(60)
        wait_for(lambda: process_gone(child), f"crawl child {child} still running after its parent was killed")
        stored = len(item_urls(job))
        # and the job it left behind resumes to the end
        report = crawl([source_from_dict(SOURCE)], job, proxy=f"http://127.0.0.1:{port}",
                       settings={"CONCURRENT_REQUESTS": 2, "FOLLOW_DEPTH": 1000}, timeout=600)
    finally:
        if cli.poll() is None:
            cli.kill()
        server.shutdown()
        server.server_close()
    assert stored < N and report.raw["resumed"] is True
    assert len(set(item_urls(job))) == N


def test_one_crawl_per_job_directory(tmp_path: Path):
    write_tree(tmp_path / "sites", KILL_HOST, N)
    server, port = serve(tmp_path / "sites", handler=Throttled)
    proxy, source, job = f"http://127.0.0.1:{port}", source_from_dict(SOURCE), tmp_path / "job"
    settings = {"PROFILE": "test", "CONCURRENT_REQUESTS": 1, "DOWNLOAD_TIMEOUT": 60}
    first = start_crawl([source], job, proxy=proxy, settings=settings)
    try:
        wait_for(lambda: crawl_pid(job), "the first crawl did not start")
        with pytest.raises(CrawlError, match="in use by another crawl"):
            crawl([source], job, proxy=proxy, settings=settings, timeout=300)
        assert first.poll() is None  # the refused second crawl left the first alone
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(120)
        server.shutdown()
        server.server_close()
