"""Everything a crawl writes into its job directory (contract in docs/architecture.md).

items.jsonl and fetchlog.jsonl are appended line by line and flushed, so a crash loses at most
the line being written; archive/<run>.warc.gz holds the raw responses; report.json is written
when the crawl closes.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_HOP_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection"}


def utcnow() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Archive:
    """One gzipped WARC per crawl run; returns where each response landed."""

    def __init__(self, job_dir: Path, run_id: str):
        self.rel = f"archive/{run_id}.warc.gz"
        path = job_dir / self.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        self._lock = threading.Lock()

    def write(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
              fetched_at: str) -> dict[str, Any]:
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(),
                                        [(k, v) for k, v in headers if k.lower() not in _HOP_HEADERS],
                                        protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": fetched_at})
        with self._lock:
            offset = self._fh.tell()
            self._writer.write_record(record)
            self._fh.flush()
        return {"path": self.rel, "record_id": record.rec_headers.get_header("WARC-Record-ID"),
                "offset": offset, "sha256": hashlib.sha256(body).hexdigest()}

    def close(self) -> None:
        self._fh.close()


class JobOutput:
    def __init__(self, job_dir: Path, *, archive: bool = True, append: bool = False):
        self.job_dir = Path(job_dir)
        self.job_dir.mkdir(parents=True, exist_ok=True)
        mode = "a" if append else "w"
        self.run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + f"-{os.getpid()}"
        self._items = open(self.job_dir / "items.jsonl", mode, encoding="utf-8")
        self._fetchlog = open(self.job_dir / "fetchlog.jsonl", mode, encoding="utf-8")
        self.archive = Archive(self.job_dir, self.run_id) if archive else None
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.invalid: dict[str, list[str]] = defaultdict(list)
        self.started_at = utcnow()
        self._lock = threading.Lock()

    def log_fetch(self, *, url: str, source_id: str, status: int | None, outcome: str,
                  error: str | None = None, content_type: str | None = None, nbytes: int = 0,
                  duration_ms: int | None = None, content_hash: str | None = None,
                  fetched_at: str | None = None, fetched: bool = True, document: bool = True) -> None:
        """One fetch-log line. Discovery fetches (sitemaps, feeds, listings) count as fetched and
        failed but not as new/changed/unchanged documents."""
        row = {"url": url, "source_id": source_id, "fetched_at": fetched_at or utcnow(), "status": status,
               "outcome": outcome, "error": error, "content_type": content_type, "bytes": nbytes,
               "duration_ms": duration_ms, "content_hash": content_hash}
        with self._lock:
            self._fetchlog.write(json.dumps(row, ensure_ascii=False) + "\n")
            self._fetchlog.flush()
            c = self.counts[source_id]
            c[outcome if document or outcome == "failed" else "discovery"] += 1
            if fetched and status is not None:
                c["fetched"] += 1

    def write_item(self, item: dict[str, Any]) -> None:
        with self._lock:
            self._items.write(json.dumps(item, ensure_ascii=False) + "\n")
            self._items.flush()
            self.counts[item["source_id"]]["items"] += 1

    def note_invalid(self, source_id: str, errors: list[str]) -> None:
        with self._lock:
            self.invalid[source_id].append("; ".join(errors))
            self.counts[source_id]["invalid"] += 1

    def report(self, source_ids: list[str], invalid_ratio: float, reason: str = "finished") -> dict[str, Any]:
        sources: dict[str, Any] = {}
        for sid in source_ids:
            c = self.counts.get(sid, Counter())
            row = {k: int(c.get(k, 0)) for k in ("fetched", "new", "changed", "unchanged", "failed",
                                                  "irrelevant", "skipped", "items", "invalid", "discovery")}
            docs = row["items"] + row["invalid"]
            row["status"] = "ok"
            if docs and row["invalid"] / docs > invalid_ratio:
                row["status"] = "invalid_items"
                row["invalid_examples"] = self.invalid[sid][:3]
            elif row["fetched"] == 0 and row["failed"]:
                row["status"] = "failed"
            sources[sid] = row
        totals = Counter()
        for row in sources.values():
            totals.update({k: v for k, v in row.items() if isinstance(v, int)})
        return {"run_id": self.run_id, "started_at": self.started_at, "finished_at": utcnow(),
                "finish_reason": reason, "job_dir": str(self.job_dir),
                "archive": self.archive.rel if self.archive else None,
                "totals": dict(totals), "sources": sources}

    def close(self) -> None:
        self._items.close()
        self._fetchlog.close()
        if self.archive:
            self.archive.close()
