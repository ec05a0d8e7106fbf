"""DuckDB access: versioned schema, read-only readers, and one publishing writer.

Readers (the dashboard) never open the file a writer is changing: a writer works on a copy and
publishes it with an atomic rename, so a reader sees the old file or the new one, never half.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb

from dialogkartan.errors import UserError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def migrations(directory: Path = MIGRATIONS_DIR) -> list[tuple[int, Path]]:
    found = []
    for path in sorted(directory.iterdir()):
        m = _MIGRATION_NAME.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    return found


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> int:
    """Apply every migration newer than the file's version, each in its own transaction."""
    known = migrations(directory)
    current = schema_version(con)
    latest = known[-1][0] if known else 0
    if current > latest:
        raise UserError(
            f"database schema v{current} is newer than this Dialogkartan knows (v{latest}); upgrade Dialogkartan"
        )
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    for version, path in known:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, path.stem])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return schema_version(con)


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UserError(f"cannot open database {path}: not a valid DuckDB file or in use ({first})") from exc


def connect_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        raise UserError(f"no database at {path}; build it with `dialogkartan demo` or `dialogkartan run`")
    con = _open(path, read_only=True)
    try:
        version = schema_version(con)
    except duckdb.Error as exc:
        con.close()
        raise UserError(f"database {path} is unreadable: {exc}") from exc
    if version == 0:
        con.close()
        raise UserError(f"{path} is not a Dialogkartan database (no schema_version table)")
    return con


@contextlib.contextmanager
def writer(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Write to a copy of the database and publish it atomically when the block succeeds.

    A crash inside the block leaves the published file untouched, so the step can simply be
    re-run. A lock file keeps a second writer out instead of letting it lose the first's work.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_file = open(path.with_name(path.name + ".lock"), "w")  # noqa: SIM115 - held for the block
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        lock_file.close()
        raise UserError(f"another Dialogkartan process is writing {path}; wait for it to finish") from exc
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        if path.exists():
            # Validate before copying so a corrupt file gives a clear error, not a half copy.
            _open(path, read_only=True).close()
            shutil.copyfile(path, tmp)
        con = _open(tmp, read_only=False)
        try:
            migrate(con)
            from dialogkartan.reference import ensure_reference  # late: avoids an import cycle

            ensure_reference(con)
            yield con
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
        fcntl.flock(lock_file, fcntl.LOCK_UN)
        lock_file.close()
