"""The project's sample mini-web (data/sample/, written by the sample engineer) against its answer key."""
from __future__ import annotations

import json

import pytest
import yaml

from crawl import ROOT
from crawl.miniweb import serve
from crawl.registry import load_sources
from crawl.run import crawl
from crawl.urls import canonicalize

pytestmark = pytest.mark.slow
SAMPLE = ROOT / "data" / "sample"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    if not (SAMPLE / "sources.yaml").exists() or not (SAMPLE / "expected.yaml").exists():
        pytest.skip("data/sample/ (sources.yaml, expected.yaml, sites/) not present")
    server, port = serve(SAMPLE / "sites")
    job = tmp_path_factory.mktemp("sample") / "job"
    try:
        report = crawl(load_sources(SAMPLE / "sources.yaml"), job, proxy=f"http://127.0.0.1:{port}",
                       settings={"PROFILE": "test"}, timeout=150)
    finally:
        server.shutdown()
        server.server_close()
    items = {canonicalize(json.loads(x)["url"]): json.loads(x)
             for x in (job / "items.jsonl").read_text(encoding="utf-8").splitlines()}
    expected = [p for p in yaml.safe_load((SAMPLE / "expected.yaml").read_text(encoding="utf-8"))["pages"]
                if p["kind"] != "robots_disallowed"]
    return report, items, expected, server.requests


def test_every_content_page_becomes_an_item(sample):
    _, items, expected, _ = sample
    missing = [p["url"] for p in expected if canonicalize(p["url"]) not in items]
    assert missing == []


def test_relevance_agrees_with_answer_key(sample):
    _, items, expected, _ = sample
    agree = sum(items[canonicalize(p["url"])]["relevance"]["relevant"] == p["relevant"] for p in expected)
    assert agree / len(expected) >= 0.9


def test_published_dates_agree_with_answer_key(sample):
    _, items, expected, _ = sample
    dated = [p for p in expected if p.get("published") and len(str(p["published"])) == 10]
    agree = sum(items[canonicalize(p["url"])]["published"] == p["published"] for p in dated)
    assert agree / len(dated) >= 0.9


def test_robots_traps_not_fetched(sample):
    assert not any("/sok/" in url for _, url, _ in sample[3])


def test_no_items_invalid_and_no_source_failed(sample):
    report = sample[0]
    assert all(c.invalid == 0 and c.status == "ok" for c in report.sources.values())
