"""Shared fixtures: every test gets its own data directory, never the user's database."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from dialogkartan import paths

SHARED = paths.SHARED_DIR


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules marked `slow` (servers, browsers, subprocesses) first, the rest in their usual
    order: `make test` gives whole files to two xdist workers in this order, and a long file
    left for last would keep one worker busy while the other idles."""
    slow = {item.nodeid.split("::")[0] for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in slow)  # stable: order kept within each group


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DIALOGKARTAN_HOME", str(home))
    monkeypatch.delenv("DIALOGKARTAN_DB", raising=False)
    return home


def shared_or_skip(*parts: str) -> Path:
    """A path in ../shared/, or skip: CI has shared/, a user's clone may not."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared material absent: {path} (tests on the seeds need ../shared beside the repo)")
    return path


@pytest.fixture
def writable_copy(tmp_path: Path) -> Iterator[Callable[[Path], duckdb.DuckDBPyConnection]]:
    """Open a private copy of a module-built database, so a test may write to it; closed after."""
    opened: list[duckdb.DuckDBPyConnection] = []

    def open_copy(src: Path) -> duckdb.DuckDBPyConnection:
        path = tmp_path / f"copy{len(opened)}.duckdb"
        shutil.copyfile(src, path)
        opened.append(duckdb.connect(str(path)))
        return opened[-1]

    yield open_copy
    for con in opened:
        con.close()
