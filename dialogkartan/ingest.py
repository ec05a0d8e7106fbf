"""Load a crawl job directory (items.jsonl, fetchlog.jsonl, report.json) into DuckDB.

The crawler never touches the database (several crawler processes may share one frontier);
this is the one place crawl output becomes rows. Loading the same job twice changes nothing.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from dialogkartan.dates import period_start

log = logging.getLogger(__name__)


def document_id(canonical_url: str) -> str:
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


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
    meta = json.loads((job_dir / "report.json").read_text(encoding="utf-8")) if (job_dir / "report.json").exists() else {}
    crawl_id = str(meta.get("crawl_id") or job_dir.name)
    con.execute(
        "INSERT OR REPLACE INTO crawls VALUES (?, ?, ?, ?, ?)",
        [crawl_id, meta.get("started_at"), meta.get("finished_at"), str(job_dir), json.dumps(meta, ensure_ascii=False)],
    )

    pages = []
    for row in _jsonl(job_dir / "fetchlog.jsonl", report):
        if not row.get("url"):
            continue
        pages.append(
            [
                crawl_id, row["url"], row.get("source_id"), row.get("fetched_at"), row.get("status"),
                row.get("outcome"), row.get("error"), row.get("content_type"), row.get("bytes"),
                row.get("duration_ms"), row.get("content_hash"),
            ]
        )
    if pages:
        con.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pages)
    report.pages = len(pages)

    for item in _jsonl(job_dir / "items.jsonl", report):
        text = item.get("text") or ""
        canonical = item.get("canonical_url") or item.get("url")
        if not canonical or not text.strip():
            report.bad_lines.append(f"items.jsonl: {item.get('url')}: no URL or no text")
            continue
        doc_id = document_id(canonical)
        content_hash = item.get("content_hash") or hashlib.sha256(text.encode()).hexdigest()
        old = con.execute("SELECT content_hash FROM documents WHERE document_id = ?", [doc_id]).fetchone()
        if old and old[0] == content_hash:
            con.execute("UPDATE documents SET fetched_at = ? WHERE document_id = ?", [item.get("fetched_at"), doc_id])
            report.documents_unchanged += 1
            continue
        source = by_id.get(item.get("source_id") or "")
        relevance = item.get("relevance") or {}
        archive = item.get("archive") or {}
        values = {
            "document_id": doc_id,
            "source_id": item.get("source_id"),
            "municipality_code": getattr(source, "municipality_code", None),
            "county_code": getattr(source, "county_code", None),
            "url": item.get("url") or canonical,
            "canonical_url": canonical,
            "kind": item.get("kind") or "html",
            "title": item.get("title"),
            "published": item.get("published"),
            "published_date": period_start(item.get("published")),
            "updated": item.get("updated"),
            "language": item.get("language"),
            "is_swedish": (item.get("language") or "sv") == "sv",
            "text": text,
            "section_hints": json.dumps(
                [[s.get("start"), s.get("end"), s.get("heading")] for s in item.get("sections") or []],
                ensure_ascii=False,
            ),
            "content_hash": content_hash,
            "fetched_at": item.get("fetched_at"),
            "relevance_score": relevance.get("score"),
            "relevant": bool(relevance.get("relevant", True)),
            "relevance_terms": list(relevance.get("terms") or []),
            "near_duplicate_of": item.get("near_duplicate_of"),
            "archive_path": archive.get("path"),
            "archive_record_id": archive.get("record_id"),
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
