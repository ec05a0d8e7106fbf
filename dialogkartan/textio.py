"""Files users hand us and files we hand back: read any text encoding we can detect, write atomically.

Reading: a byte-order mark decides; else strict UTF-8 (Latin-1 text is almost never valid UTF-8);
else charset detection limited to the encodings Swedish files really come in (Windows-1252,
Latin-1, UTF-16 without a BOM), because an open detector reads "från" as Central European "frĺn".
Bytes that decode to NULs or to nothing are a binary file, refused in one line.

Writing: a temp file beside the target, fsync, `os.replace`; a full disk or a kill leaves the old
file whole. Temp files are named `.NAME.tmp-PID` so the next writer can tell and remove strays.
"""
from __future__ import annotations

import codecs
import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from dialogkartan.errors import UserError, os_error

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: same first bytes
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_DETECTABLE = ["cp1252", "latin_1", "utf_16_le", "utf_16_be"]


def decode(data: bytes, what: str = "file") -> tuple[str, str]:
    """(text, encoding) of `data`; UserError when it is not text in any encoding we can tell."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise UserError(f"{what} starts with a {name} byte-order mark but is not {name} text") from exc
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_DETECTABLE).best()
    text = str(best) if best is not None else ""
    if best is None or "\x00" in text:
        raise UserError(f"{what} is not a text file (binary content or an unknown encoding)")
    return text, best.encoding


def read_text(path: Path, what: str = "file") -> tuple[str, str]:
    """(text, encoding) of the file at `path`, with every failure a one-line UserError."""
    if not path.exists():
        raise UserError(f"{what} not found: {path}")
    if path.is_dir():
        raise UserError(f"{what} is a directory, not a file: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(exc, "read", path) from exc
    return decode(data, f"{what} {path}")


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def temp_files(path: Path) -> list[Path]:
    """Every `.NAME.tmp-PID` beside `path`, with the WAL (`.wal`) and spill directory (`.tmp`)
    DuckDB keeps next to a database copy."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.tmp-(\d+)(\.wal|\.tmp)?$")
    with contextlib.suppress(OSError):
        return sorted(p for p in path.parent.iterdir() if pattern.match(p.name))
    return []


_WRITER_PID = re.compile(r"\.tmp-(\d+)(?:\.wal|\.tmp)?$")


def stale_temps(path: Path) -> list[Path]:
    """Temp files of `path` whose writer process is gone (killed before it could clean up)."""
    return [p for p in temp_files(path) if not _alive(int(_WRITER_PID.search(p.name).group(1)))]  # type: ignore[union-attr]


def _alive(pid: int) -> bool:
    """True while process `pid` exists (a reused pid errs on the side of keeping the file)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


def remove_stale_temps(path: Path) -> None:
    for p in stale_temps(path):
        remove(p)


def fsync_dir(directory: Path) -> None:
    """Make a rename durable: the directory entry, not just the file, must reach the disk."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Write `path` through a temp file in the same directory; replace it only when all went well.

    Every file-system failure (full disk, read-only directory, a directory in the way) becomes
    a UserError and leaves an existing `path` as it was.
    """
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a directory, not a file")
    tmp = temp_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path)
        with open(tmp, mode, encoding=None if "b" in mode else encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise os_error(exc, "write", path) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def writable_target(path: Path, what: str = "output") -> None:
    """Fail before a long job, not after it: `path` must be a file we can create or replace."""
    if path.is_dir():
        raise UserError(f"{what} {path} is a directory; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    probe = parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise UserError(f"cannot write {path}: {probe} is not a directory")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise UserError(f"cannot write {path}: {probe} is not writable")
