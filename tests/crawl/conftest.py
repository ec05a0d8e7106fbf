"""Fixtures for the crawler tests: a private copy of the test mini-web, servers on 127.0.0.1."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from crawl.miniweb import serve

sys.path.insert(0, str(Path(__file__).parent))

from crawl_helpers import PDF_PARAGRAPHS, SITES, make_pdf


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    """A writable copy of the test sites (incremental tests edit pages) plus a generated PDF."""
    dest = tmp_path / "sites"
    shutil.copytree(SITES, dest)
    pdf_dir = dest / "www.sjovik.se" / "download" / "18.1f2e3d" / "1717400000000"
    pdf_dir.mkdir(parents=True)
    (pdf_dir / "sammanfattning-dialog.pdf").write_bytes(make_pdf("Sammanfattning av medborgardialogen",
                                                                 PDF_PARAGRAPHS))
    return dest


@pytest.fixture
def miniweb(site_dir: Path):
    server, port = serve(site_dir)
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()
