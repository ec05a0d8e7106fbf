"""Fixtures for the dashboard tests: one fixture database per session, built with the writer."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import fixture_db  # noqa: E402

from dialogkartan import paths  # noqa: E402

APP = str(paths.ROOT / "dashboard" / "app.py")


@pytest.fixture(scope="session")
def fixture_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_db.build(tmp_path_factory.mktemp("dashboard") / "dialogkartan.duckdb")


@pytest.fixture
def app_db(fixture_db_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """DIALOGKARTAN_DB → the fixture database (after the root conftest cleared it)."""
    monkeypatch.setenv("DIALOGKARTAN_DB", str(fixture_db_path))
    return fixture_db_path


@pytest.fixture
def app(app_db: Path):
    """An AppTest of the whole app (navigation + sidebar) on the fixture database."""
    from streamlit.testing.v1 import AppTest

    return run_ok(AppTest.from_file(APP, default_timeout=60))


def run_ok(at):
    """Run and fail on any exception block."""
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture
def page(app):
    """page("forslag") → the AppTest switched to that page and run."""

    def open_page(name: str):
        app.switch_page(f"views/{name}.py")
        return run_ok(app)

    return open_page
