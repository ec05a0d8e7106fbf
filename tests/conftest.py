"""Shared fixtures: every test gets its own data directory, never the user's database."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from dialogkartan import paths

SHARED = paths.SHARED_DIR


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
