"""Load a crawl job directory (items.jsonl, fetchlog.jsonl, report.json) into DuckDB.

The crawler never touches the database (several crawler processes may share one frontier);
this is the one place crawl output becomes rows. Loading the same job twice changes nothing.
"""
from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from dialogkartan.dates import period_start

log = logging.getLogger(__name__)


def document_id(canonical_url: str) -> str:
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


# Crawl output is our own, but a job directory is a user's path: every field is checked for its
# type before it meets a typed column, and a wrong one becomes NULL instead of a failed load.
def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _num(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _int(value: Any) -> int | None:
    number = _num(value)
    return int(number) if number is not None else None


def _timestamp(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


@dataclass
class IngestReport:
    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0
    pages: int = 0
    bad_lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _jsonl(path: Path, report: IngestReport) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                report.bad_lines.append(f"{path.name}:{n}: {exc.msg}")
                continue
            if isinstance(row, dict):
                yield row
            else:
                report.bad_lines.append(f"{path.name}:{n}: not an object")


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[Any]) -> int:
    rows = [
        [s.id, s.name, s.kind, s.municipality_code, s.county_code, list(s.domains), s.cms, bool(s.verified)]
        for s in sources
    ]
    if rows:
        con.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def ingest_job(con: duckdb.DuckDBPyConnection, job_dir: Path, sources: Iterable[Any] = ()) -> IngestReport:
    report = IngestReport()
    by_id = {s.id: s for s in sources}
    upsert_sources(con, by_id.values())
    meta: dict[str, Any] = {}
    if (job_dir / "report.json").is_file():
        try:
            meta = _dict(json.loads((job_dir / "report.json").read_text(encoding="utf-8", errors="replace")))
        except json.JSONDecodeError as exc:
            report.bad_lines.append(f"report.json: {exc.msg}")
    crawl_id = str(meta.get("crawl_id") or job_dir.name)
    con.execute(
        "INSERT OR REPLACE INTO crawls VALUES (?, ?, ?, ?, ?)",
        [crawl_id, _timestamp(meta.get("started_at")), _timestamp(meta.get("finished_at")), str(job_dir),
         json.dumps(meta, ensure_ascii=False, default=str)],
    )

    pages = []
    for row in _jsonl(job_dir / "fetchlog.jsonl", report):
        if not _str(row.get("url")):
            continue
        pages.append(
            [
                crawl_id, row["url"], _str(row.get("source_id")), _timestamp(row.get("fetched_at")),
                _int(row.get("status")), _str(row.get("outcome")), _str(row.get("error")),
                _str(row.get("content_type")), _int(row.get("bytes")), _num(row.get("duration_ms")),
                _str(row.get("content_hash")),
            ]
        )
    if pages:
        con.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pages)
    report.pages = len(pages)

    for item in _jsonl(job_dir / "items.jsonl", report):
        text = _str(item.get("text")) or ""
        canonical = _str(item.get("canonical_url")) or _str(item.get("url"))
        if not canonical or not text.strip():
            report.bad_lines.append(f"items.jsonl: {item.get('url')}: no URL or no text")
            continue
        doc_id = document_id(canonical)
        content_hash = _str(item.get("content_hash")) or hashlib.sha256(text.encode()).hexdigest()
        old = con.execute("SELECT content_hash FROM documents WHERE document_id = ?", [doc_id]).fetchone()
        if old and old[0] == content_hash:
            con.execute("UPDATE documents SET fetched_at = ? WHERE document_id = ?", [_timestamp(item.get("fetched_at")), doc_id])
            report.documents_unchanged += 1
            continue
        source = by_id.get(_str(item.get("source_id")) or "")
        relevance = _dict(item.get("relevance"))
        archive = _dict(item.get("archive"))
        sections = [s for s in _list(item.get("sections")) if isinstance(s, dict)]
        values = {
            "document_id": doc_id,
            "source_id": _str(item.get("source_id")),
            "municipality_code": getattr(source, "municipality_code", None),
            "county_code": getattr(source, "county_code", None),
            "url": _str(item.get("url")) or canonical,
            "canonical_url": canonical,
            "kind": _str(item.get("kind")) or "html",
            "title": _str(item.get("title")),
            "published": _str(item.get("published")),
            "published_date": period_start(_str(item.get("published"))),
            "updated": _str(item.get("updated")),
            "language": _str(item.get("language")),
            "is_swedish": (_str(item.get("language")) or "sv") == "sv",
            "text": text,
            "section_hints": json.dumps(
                [[_int(s.get("start")), _int(s.get("end")), _str(s.get("heading"))] for s in sections],
                ensure_ascii=False,
            ),
            "content_hash": content_hash,
            "fetched_at": _timestamp(item.get("fetched_at")),
            "relevance_score": _num(relevance.get("score")),
            "relevant": bool(relevance.get("relevant", True)),
            "relevance_terms": [str(x) for x in _list(relevance.get("terms"))],
            "near_duplicate_of": _str(item.get("near_duplicate_of")),
            "archive_path": _str(archive.get("path")),
            "archive_record_id": _str(archive.get("record_id")),
        }
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        # INSERT OR REPLACE resets the pipeline's columns, so a changed page is analysed again.
        con.execute(f"INSERT OR REPLACE INTO documents ({cols}) VALUES ({marks})", list(values.values()))
        if old:
            report.documents_changed += 1
        else:
            report.documents_new += 1
    if report.bad_lines:
        log.warning("ingest skipped %d bad lines, e.g. %s", len(report.bad_lines), report.bad_lines[0])
    return report
