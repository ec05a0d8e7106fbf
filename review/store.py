"""The review store: one JSON object per line, appended under a file lock and fsynced.

Why JSONL and not a DuckDB file: a line is written with one `write` and fsynced before the app
says "sparat", so a kill can at worst tear the line being written; every earlier line is intact
and readers skip a torn tail. Readers (the run, the gold export) hold a shared lock only while
reading the file, and the app never holds the pipeline's database open for writing. A DuckDB file would
have a single-writer lock of its own between the app and the run.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dialogkartan import paths

log = logging.getLogger(__name__)

KINDS = ("proposal", "target_group", "theme", "event")
ACTIONS = ("confirm", "reject", "edit_span", "add", "change_target_groups", "change_theme")


def default_path() -> Path:
    """DIALOGKARTAN_REVIEWS, else <data dir>/reviews/reviews.jsonl."""
    env = os.environ.get("DIALOGKARTAN_REVIEWS")
    return Path(env) if env else paths.data_dir() / "reviews" / "reviews.jsonl"


@dataclass(frozen=True)
class Review:
    reviewer: str
    document_id: str
    content_hash: str
    kind: str
    action: str
    item: str                      # proposal id, target group id or event "start:end"
    start: int | None = None       # the span the review is about (chars into documents.text)
    end: int | None = None
    text: str | None = None
    target_groups: list[str] | None = None
    theme_id: str | None = None
    at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="milliseconds"))
    review_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def __post_init__(self) -> None:
        if not self.reviewer.strip():
            raise ValueError("a review needs the reviewer's name")
        if self.kind not in KINDS or self.action not in ACTIONS:
            raise ValueError(f"unknown review {self.kind}/{self.action}")

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Review:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in names})


def append(review: Review, path: Path | None = None) -> None:
    """Append one review durably: when this returns, the line is on disk."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(asdict(review), ensure_ascii=False, separators=(",", ":")) + "\n"
    new = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        # A torn line from a killed writer has no newline: start ours on a line of its own.
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            line = "\n" + line
        data = line.encode("utf-8")
        while data:
            data = data[os.write(fd, data):]
        os.fsync(fd)
    finally:
        os.close(fd)  # closing releases the lock
    if new:
        _sync_dir(path.parent)


def _sync_dir(directory: Path) -> None:
    """fsync the directory once so a new store file's name survives a power cut too."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read(path: Path | None = None) -> list[Review]:
    """Every complete review in file order; torn or foreign lines are skipped with a warning."""
    path = path or default_path()
    if not path.exists():
        return []
    out: list[Review] = []
    with open(path, "rb") as f:
        # A shared lock for the moment of reading: an append in progress is never seen half-done.
        fcntl.flock(f, fcntl.LOCK_SH)
        lines = f.readlines()
        fcntl.flock(f, fcntl.LOCK_UN)
        for n, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                out.append(Review.from_dict(json.loads(raw.decode("utf-8"))))
            except (ValueError, TypeError, UnicodeDecodeError):
                log.warning("%s line %d: not a complete review (a write cut short?), skipped", path, n)
    return out
