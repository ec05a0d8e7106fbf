"""Errors a user can act on: the CLI prints them as one line and exits non-zero."""
from __future__ import annotations

import errno
from pathlib import Path


class UserError(Exception):
    """Bad input or environment: a missing file, a corrupt database, a port in use."""


# What a user can do about each failure of the file system; errno names stay in the message
# so a search for the error still finds it.
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the disk is full or the file size limit was reached",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a directory, not a file",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.ENOENT: "no such file or directory",
}


def os_error(exc: OSError, action: str, path: Path | str | None = None) -> UserError:
    """One line for a failed file operation: 'cannot write out.jsonl: the disk is full'."""
    where = path if path is not None else (exc.filename or "")
    reason = _OS_REASONS.get(exc.errno or 0) or (exc.strerror or type(exc).__name__).lower()
    return UserError(f"cannot {action}{f' {where}' if str(where) else ''}: {reason}")
