"""Per-job incremental state: validators and content hashes from the last crawl, per URL.

A re-crawl sends If-None-Match / If-Modified-Since from here, skips sitemap URLs whose lastmod
is not newer than our last fetch, and compares content hashes to tell new/changed/unchanged.
Links of each page are kept so a 304 on a hub page still lets the crawl reach its children.
"""
from __future__ import annotations

import json
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Any


class CrawlState:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self.urls: dict[str, dict[str, Any]] = {}
        # URLs fetched during this run are not "unchanged since the last crawl": whether a page
        # first came as a start URL or a sitemap entry must not decide if it becomes a document.
        self._earlier: set[str] = set()
        if self.path.exists():
            try:
                self.urls = json.loads(self.path.read_text(encoding="utf-8")).get("urls", {})
                self._earlier = set(self.urls)
            except (OSError, ValueError):
                self.urls = {}  # a corrupt state only costs a full re-crawl

    def get(self, url: str) -> dict[str, Any] | None:
        return self.urls.get(url)

    def update(self, url: str, **fields: Any) -> None:
        with self._lock:
            entry = self.urls.setdefault(url, {})
            entry.update({k: v for k, v in fields.items() if v is not None})

    def absorb(self, url: str, entry: dict[str, Any]) -> None:
        """Take over what an interrupted run of this job learnt (crawl.frontier): not "earlier"."""
        if entry:
            self.update(url, **entry)

    def clear(self, url: str, *names: str) -> None:
        with self._lock:
            entry = self.urls.get(url)
            for name in names if entry else ():
                entry.pop(name, None)

    def unchanged_since(self, url: str, lastmod: str | None) -> bool:
        """True when the sitemap lastmod is not newer than the date we last fetched the URL."""
        entry = self.urls.get(url) if url in self._earlier else None
        if not entry or not lastmod or not entry.get("fetched_at") or not entry.get("content_hash"):
            return False
        fetched = entry["fetched_at"]
        if len(lastmod.strip()) <= 10:
            # a bare date: only a day *before* our fetch day proves the page has not changed since
            return lastmod.strip() < fetched[:10]
        try:
            return datetime.fromisoformat(lastmod.strip().replace("Z", "+00:00")) <= \
                datetime.fromisoformat(fetched.replace("Z", "+00:00"))
        except (ValueError, TypeError):  # unparseable or naive-vs-aware: fetch to be safe
            return False

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".tmp{os.getpid()}")
        with self._lock:
            tmp.write_text(json.dumps({"version": 1, "urls": self.urls}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
