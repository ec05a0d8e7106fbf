"""Fixtures for the review tests: a fixture database and a review store per test."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import review_fixture as fixture  # noqa: E402


@pytest.fixture(scope="session")
def review_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture.build(tmp_path_factory.mktemp("review") / "template.duckdb")


@pytest.fixture
def review_db(review_db_template: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the fixture database, named by DIALOGKARTAN_DB; reviews in the temp home."""
    import shutil

    path = isolated_home / "dialogkartan.duckdb"
    shutil.copy(review_db_template, path)
    monkeypatch.setenv("DIALOGKARTAN_DB", str(path))
    monkeypatch.delenv("DIALOGKARTAN_REVIEWS", raising=False)
    return path
