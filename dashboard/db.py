"""Read-only access to the published database, reopened when the writer publishes a new file.

The project's writer never changes the published file in place: it writes a copy and renames
it over the old one. A connection keeps reading the inode it opened, so we compare the file's
(inode, mtime, size) before each use and reopen when the writer has published a new version.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dialogkartan import paths

# Tables the dashboard reads; a file without them is not a (usable) Dialogkartan database.
REQUIRED_TABLES = ("documents", "proposals", "municipalities", "counties", "pages", "runs", "themes",
                   "proposal_themes", "entities", "sentences")


class DashboardDbError(Exception):
    """A problem with the database, with a message in Swedish for the user."""


@dataclass(frozen=True)
class Fingerprint:
    path: str
    inode: int
    mtime_ns: int
    size: int


def db_file() -> Path:
    return paths.db_path()


def fingerprint(path: Path | None = None) -> Fingerprint:
    path = path or db_file()
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise DashboardDbError(
            f"Ingen databas hittades på {path}. Bygg den med `dialogkartan demo` eller `dialogkartan run`, "
            "eller ange en annan fil med miljövariabeln DIALOGKARTAN_DB."
        ) from exc
    return Fingerprint(str(path), st.st_ino, st.st_mtime_ns, st.st_size)


def _not_ours(path: Path, detail: str) -> DashboardDbError:
    return DashboardDbError(f"Filen {path} är inte en Dialogkartan-databas ({detail}).")


CATALOG = "dk"  # the published file, attached read-only under this name


def open_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the file attached read-only; every failure → one Swedish message.

    Attaching (instead of `duckdb.connect(path)`) matters: connect() caches instances by path,
    so after the writer's rename it would hand back the old file. The in-memory side also
    holds a search index when the file has none (see search.py).
    """
    fingerprint(path)  # missing file → clear message
    con = duckdb.connect()
    try:
        # Never reach for the network: extensions are loaded by absolute path (see search.py).
        con.execute("SET autoinstall_known_extensions = false")
        con.execute("SET autoload_known_extensions = false")
        quoted = str(path).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS {CATALOG} (READ_ONLY)")
        con.execute(f"USE {CATALOG}")
        tables = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_catalog = ?", [CATALOG]
            ).fetchall()
        }
    except duckdb.Error as exc:
        con.close()
        raise _not_ours(path, "filen går inte att öppna som DuckDB") from exc
    if "schema_version" not in tables:
        con.close()
        raise _not_ours(path, "tabellen schema_version saknas")
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        con.close()
        raise _not_ours(path, "tabeller saknas: " + ", ".join(missing))
    try:
        _check_version(con, path)
    except DashboardDbError:
        con.close()
        raise
    return con


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Only the schema this code was written for: an older file lacks columns the pages query."""
    from dialogkartan.db import latest_version, schema_version

    version = schema_version(con)
    latest = latest_version()
    if version < latest:
        raise DashboardDbError(f"Databasen {path} har schema v{version}, äldre än den här versionen läser "
                               f"(v{latest}). Uppdatera den med `dialogkartan run --db {path}`.")
    if version > latest:
        raise DashboardDbError(f"Databasen {path} har schema v{version}, nyare än den här versionen känner "
                               f"(v{latest}). Uppdatera Dialogkartan.")


def cursor(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A thread-safe cursor reading the published file (cursors do not inherit USE)."""
    cur = con.cursor()
    cur.execute(f"USE {CATALOG}")
    return cur


class ReadOnlyDb:
    """One shared read-only connection per published file version; cursors per query."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._fp: Fingerprint | None = None
        self._retired: duckdb.DuckDBPyConnection | None = None

    def current(self) -> tuple[duckdb.DuckDBPyConnection, Fingerprint]:
        """The connection to the newest published file and that file's fingerprint."""
        fp = fingerprint(self.path)
        with self._lock:
            if self._con is None or fp != self._fp:
                # The previous connection may still serve a query in another session's thread:
                # retire it and close it one publication later.
                if self._retired is not None:
                    self._retired.close()
                self._retired = self._con
                self._con = open_readonly(self.path)
                self._fp = fp
            return self._con, fp

    def close(self) -> None:
        with self._lock:
            for con in (self._con, self._retired):
                if con is not None:
                    con.close()
            self._con = self._retired = None
            self._fp = None


_registry: dict[str, ReadOnlyDb] = {}
_registry_lock = threading.Lock()


def database(path: Path | None = None) -> ReadOnlyDb:
    """The process-wide handle for `path` (default: DIALOGKARTAN_DB or data/dialogkartan.duckdb)."""
    path = Path(path or db_file())
    with _registry_lock:
        handle = _registry.get(str(path))
        if handle is None:
            handle = _registry[str(path)] = ReadOnlyDb(path)
        return handle
