"""The crash-safe frontier: an append-only journal of what was scheduled and what was finished.

Why not Scrapy's JOBDIR: its dupefilter appends every fingerprint to `requests.seen` as soon as a
request is scheduled, but the disk queue's index (`active.json`) is written only when the
scheduler closes. After a SIGKILL the next run finds every URL "seen" and an empty queue, so it
fetches nothing and reports success.

Here every request the spider creates is written (`s` line) before Scrapy sees it, and a request
is finished (`d` line, with the URL's incremental state) only after its callback produced all its
children and items. Lines are flushed one by one, so a killed process loses at most the line it
was writing (never fsynced: the guarantee covers a killed process, not a power cut). A resumed
run re-creates every scheduled-but-unfinished request and treats finished ones as already seen.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from crawl.urls import canonicalize


@dataclass
class Pending:
    url: str
    source_id: str
    role: str
    hops: int
    priority: int
    meta: dict[str, Any]


@dataclass
class Replay:
    """What a resumed run takes over from the journal of the run it continues."""
    pending: list[Pending] = field(default_factory=list)
    done: dict[str, dict[str, Any]] = field(default_factory=dict)  # canonical URL -> state entry
    unchanged: set[str] = field(default_factory=set)               # sitemap entries skipped as unchanged
    hops: dict[str, int] = field(default_factory=dict)             # finished document -> its link hops


def read(path: Path) -> Replay:
    scheduled: dict[str, Pending] = {}
    replay = Replay()
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return replay
    for line in lines:
        try:
            rec = json.loads(line)
        except ValueError:
            continue  # the line a kill cut short
        if "s" in rec:
            scheduled.setdefault(rec["s"], Pending(rec["s"], rec["src"], rec["r"], rec.get("h", 0),
                                                   rec.get("p", 0), rec.get("m") or {}))
        elif "d" in rec:
            replay.done[rec["d"]] = rec.get("st") or {}
            if rec.get("h") is not None:
                replay.hops[rec["d"]] = rec["h"]
        elif "u" in rec:
            replay.unchanged.add(rec["u"])
    replay.pending = [p for url, p in scheduled.items() if url not in replay.done]
    return replay


class Journal:
    def __init__(self, path: Path, *, append: bool):
        self.path = Path(path)
        self._fh = open(self.path, "a" if append else "w", encoding="utf-8")
        self._lock = threading.Lock()

    def _write(self, rec: dict[str, Any]) -> None:
        with self._lock:
            if self._fh.closed:
                return
            self._fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
            self._fh.flush()

    def scheduled(self, url: str, source_id: str, role: str, hops: int, priority: int,
                  meta: dict[str, Any]) -> None:
        self._write({"s": url, "src": source_id, "r": role, "h": hops, "p": priority, "m": meta or None})

    def done(self, urls: Iterable[str], state_of, hops: int | None = None) -> None:
        """Finish `urls` (a redirect chain and its target); `state_of(url)` gives the state entry,
        `hops` a document's link hops (a shorter path found after a resume re-follows its links)."""
        for url in dict.fromkeys(canonicalize(u) for u in urls):
            self._write({"d": url, "st": state_of(url), "h": hops})

    def unchanged(self, url: str) -> None:
        self._write({"u": url})

    def close(self, *, remove: bool = False) -> None:
        with self._lock:
            self._fh.close()
        if remove:
            self.path.unlink(missing_ok=True)
