"""Fixtures for the crawler tests: a private copy of the test mini-web, servers on 127.0.0.1."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crawl.miniweb import serve

sys.path.insert(0, str(Path(__file__).parent))

from crawl_helpers import copy_sites


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    return copy_sites(tmp_path / "sites")


@pytest.fixture
def miniweb_server(site_dir: Path):
    """(server, proxy URL); `server.requests` records every request served."""
    server, port = serve(site_dir)
    yield server, f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def miniweb(miniweb_server) -> str:
    return miniweb_server[1]
