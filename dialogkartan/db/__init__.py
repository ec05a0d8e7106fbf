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

from dialogkartan.errors import UserError, os_error
from dialogkartan.textio import remove, temp_files, temp_name

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


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR, upto: int | None = None) -> int:
    """Apply every migration newer than the file's version (up to `upto`), each in its own transaction."""
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
        if version <= current or (upto is not None and version > upto):
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


def latest_version(directory: Path = MIGRATIONS_DIR) -> int:
    known = migrations(directory)
    return known[-1][0] if known else 0


def _check_ours(con: duckdb.DuckDBPyConnection, path: Path, *, empty_ok: bool, older_ok: bool = True) -> int:
    """The file's schema version, after making sure it is a Dialogkartan database we can read.

    A foreign DuckDB file is refused, never converted: migrating it would add our tables to
    someone else's data. A newer schema is refused: an old reader would misread it. An older one
    is refused too unless `older_ok` (a writer, which migrates it): readers query tables and
    columns a later migration added, and would fail half-way down a page instead of up front.
    """
    try:
        version = schema_version(con)
        tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]
    except duckdb.Error as exc:
        raise UserError(f"database {path} is unreadable: {str(exc).splitlines()[0]}") from exc
    if version == 0 and (tables or not empty_ok):
        raise UserError(f"{path} is not a Dialogkartan database (no schema_version table); refusing to use it")
    latest = latest_version()
    if version > latest:
        raise UserError(
            f"database {path} has schema v{version}, newer than this Dialogkartan knows (v{latest}); upgrade Dialogkartan"
        )
    if version < latest and not older_ok:
        raise UserError(
            f"database {path} has schema v{version}, older than this Dialogkartan reads (v{latest}); "
            f"update it with `dialogkartan run --db {path}`"
        )
    return version


def connect_readonly(path: Path, *, older_ok: bool = False) -> duckdb.DuckDBPyConnection:
    """A reader's connection; the file must be ours and of this schema (`older_ok`: or older)."""
    if not path.exists():
        raise UserError(f"no database at {path}; build it with `dialogkartan demo` or `dialogkartan run`")
    if path.is_dir():
        raise UserError(f"database path {path} is a directory, not a DuckDB file")
    con = _open(path, read_only=True)
    try:
        _check_ours(con, path, empty_ok=False, older_ok=older_ok)
    except UserError:
        con.close()
        raise
    return con


def temp_copies(path: Path) -> list[Path]:
    """Copies (and their WAL and spill directories) that writers of `path` left behind."""
    return temp_files(path)


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: object) -> Iterator[None]:
    """`table` (Arrow, pandas) visible to `con`'s queries as `name` for the block: how rows move
    between Python and DuckDB set-wise, never row by row."""
    con.register(name, table)
    try:
        yield
    finally:
        con.unregister(name)


WRITER_MEMORY = "3GB"  # DuckDB's share in the writer; DIALOGKARTAN_DB_MEMORY overrides


@contextlib.contextmanager
def writer(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Write to a copy of the database and publish it atomically when the block succeeds.

    A crash inside the block leaves the published file untouched, so the step can simply be
    re-run. A lock file keeps a second writer out instead of letting it lose the first's work.
    A writer killed with SIGKILL cannot clean up: the next writer, holding the lock, removes
    its copy. A full or read-only disk is one UserError, and the published file stays as it was.
    """
    if path.is_dir():
        raise UserError(f"database path {path} is a directory, not a DuckDB file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock_file = open(path.with_name(path.name + ".lock"), "w")  # noqa: SIM115 - held for the block
    except OSError as exc:
        raise os_error(exc, "write the database in", path.parent) from exc
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        lock_file.close()
        raise UserError(f"another Dialogkartan process is writing {path}; wait for it to finish") from exc
    tmp = temp_name(path)
    try:
        for stale in temp_copies(path):  # we hold the lock: every copy is a dead writer's
            remove(stale)
        if path.exists():
            # Validate before copying so a corrupt or foreign file gives a clear error, not a copy.
            check = _open(path, read_only=True)
            try:
                _check_ours(check, path, empty_ok=True)
            finally:
                check.close()
            try:
                shutil.copyfile(path, tmp)
            except OSError as exc:
                raise os_error(exc, "copy the database to", tmp) from exc
        con = _open(tmp, read_only=False)
        try:
            # DuckDB takes 80 % of the machine by default; the pipeline's own arrays live beside
            # it. Above this it spills to the copy's .tmp directory (theme tables over two
            # million proposals: +4.6 GB without a limit).
            con.execute(f"SET memory_limit = '{os.environ.get('DIALOGKARTAN_DB_MEMORY', WRITER_MEMORY)}'")
            migrate(con)
            from dialogkartan.reference import ensure_reference  # late: avoids an import cycle

            ensure_reference(con)
            yield con
            con.execute("CHECKPOINT")
        finally:
            con.close()
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise os_error(exc, "publish", path) from exc
    except (duckdb.IOException, duckdb.OutOfMemoryException) as exc:
        raise UserError(f"cannot write {path}: {str(exc).splitlines()[0]} (the published database is unchanged)") from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}.wal"), Path(f"{tmp}.tmp")):
            remove(leftover)
        fcntl.flock(lock_file, fcntl.LOCK_UN)
        lock_file.close()
