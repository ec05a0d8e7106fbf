"""The one generic spider, driven by the source registry.

Discovery: sitemaps (with lastmod filtering), RSS/Atom feeds, listing pages with pagination, and
start URLs followed FOLLOW_DEPTH link hops inside the source's domains. Every response and every
failure is written to the fetch log; documents (HTML, PDF, text) become items.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import time
from pathlib import Path
from typing import Any, AsyncIterator, Iterable
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest, StopDownload
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from crawl import frontier
from crawl.dates import parse_date
from crawl.encoding import decode_html
from crawl.extractors import Extracted, extract_html, extract_pdf, extract_text
from crawl.feeds import FeedError, feed_entries
from crawl.middlewares import OutOfScope, ProxyRefused
from crawl.output import JobOutput, utcnow
from crawl.registry import Source, source_from_dict
from crawl.relevance import load_model, score
from crawl.sniff import sniff
from crawl.state import CrawlState
from crawl.urls import Scope, canonicalize, host_of, is_fetchable, looks_like_pdf

log = logging.getLogger(__name__)
DOC = "document"
_NEXT_TEXT = re.compile(r"^\s*(nästa|nästa sida|äldre( inlägg| nyheter)?|fler nyheter|next|›|»|→)\s*$", re.I)
JOURNAL = "frontier.jsonl"


def _finishes(callback):
    """A request is finished (crawl.frontier) only once its callback has produced every child
    request and item: a kill before that point leaves it pending, so the resumed run fetches it."""
    @functools.wraps(callback)
    def wrapper(self: "DialogSpider", response: Response):
        yield from callback(self, response)
        self._finish(response.request)
    return wrapper


class DialogSpider(scrapy.Spider):
    name = "dialogkartan"

    def __init__(self, sources: list[dict[str, Any]] | None = None, job_dir: str = ".",
                 append: bool = False, **kwargs: Any):
        super().__init__(**kwargs)
        self.sources = {s.id: s for s in (source_from_dict(d) if isinstance(d, dict) else d
                                          for d in (sources or []))}
        self.job_dir = Path(job_dir)
        self.append = append
        self.allowed_domains = sorted({d.split(":")[0] for s in self.sources.values() for d in s.domains})
        self.scopes = {s.id: Scope(s.domains, (*s.start_urls, *s.sitemaps, *s.feeds, *s.listings))
                       for s in self.sources.values()}
        self._sitemap_unchanged: set[str] = set()
        self._scheduled: dict[str, int] = {}
        self._counted: set[str] = set()
        self._done: set[str] = set()
        self._hops: dict[str, int] = {}      # document URL -> fewest link hops it was requested with
        self._expanded: dict[str, str] = {}  # document URL parsed -> key of its links in the state
        self._pending: list[frontier.Pending] = []
        self.journal: frontier.Journal | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> "DialogSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.proxy = s.get("PROXY")
        spider.output = JobOutput(spider.job_dir, archive=s.getbool("ARCHIVE"), append=spider.append)
        spider.crawl_state = CrawlState(Path(s.get("STATE_FILE") or spider.job_dir / "state.json"))
        spider.relevance_model = load_model(s.get("RELEVANCE_FILE"))
        threshold = s.get("RELEVANCE_THRESHOLD")
        spider.relevance_threshold = None if threshold in (None, "") else float(threshold)
        spider.allowed_types = tuple(s.getlist("ALLOWED_CONTENT_TYPES"))
        spider.follow_depth = s.getint("FOLLOW_DEPTH")
        spider.follow_links = s.getbool("FOLLOW_LINKS")
        spider.max_pages = s.getint("MAX_PAGES_PER_SOURCE")
        spider.max_listing_pages = s.getint("MAX_LISTING_PAGES")
        spider.sitemap_since = s.get("SITEMAP_SINCE")
        spider.keep_irrelevant = s.getbool("KEEP_IRRELEVANT_ITEMS")
        spider.sitemaps_from_robots = s.getbool("SITEMAPS_FROM_ROBOTS", True)
        spider.junk_patterns = [re.compile(p, re.I) for p in s.getlist("JUNK_URL_PATTERNS")]
        spider.pagination_patterns = [re.compile(p, re.I) for p in s.getlist("PAGINATION_URL_PATTERNS")]
        if not s.get("REDIS_URL"):  # a shared Redis frontier is its own record
            spider._open_journal(spider.job_dir / JOURNAL)
        crawler.signals.connect(spider._on_headers, signal=signals.headers_received)
        crawler.signals.connect(spider._on_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._on_scheduled, signal=signals.request_scheduled)
        spider.idle_grace = s.getfloat("SHARED_FRONTIER_IDLE_GRACE", 0.0) if s.get("REDIS_URL") else 0.0
        spider._last_activity = time.monotonic()
        if spider.idle_grace:
            crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
            crawler.signals.connect(spider._on_activity, signal=signals.response_received)
            # the grace counts from when the engine runs: a start-up slowed by a loaded machine
            # must not use it up before this process has looked at the shared queue even once
            crawler.signals.connect(spider._on_activity, signal=signals.spider_opened)
        return spider

    # ---- the crash-safe frontier (crawl.frontier) --------------------------------------------
    def _open_journal(self, path: Path) -> None:
        if self.append:
            replay = frontier.read(path)
            self._pending = replay.pending
            self._done = set(replay.done)
            self._sitemap_unchanged |= replay.unchanged
            for url, entry in replay.done.items():
                self.crawl_state.absorb(url, entry)
            for url, hops in replay.hops.items():
                self._hops[url] = hops
                self._expanded[url] = url
            self._absorb_stored_items()
        self.journal = frontier.Journal(path, append=self.append)

    def _absorb_stored_items(self) -> None:
        """Items a killed run stored before it could mark their request finished: their hashes
        make the re-fetch "unchanged", so items.jsonl never holds a document twice."""
        try:
            with open(self.job_dir / "items.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    try:
                        item = json.loads(line)
                        key = canonicalize(item["url"])
                    except (ValueError, KeyError, TypeError):
                        continue  # the line a kill cut short
                    if key not in self._done and item.get("content_hash"):
                        self.crawl_state.absorb(key, {"content_hash": item["content_hash"]})
        except OSError:
            pass

    def _finish(self, request: scrapy.Request) -> None:
        urls = [*request.meta.get("redirect_urls", ()), request.url]
        if not request.meta.get("retry_after_deferred"):
            for url in urls:
                self.crawl_state.clear(canonicalize(url), "deferred")
        if self.journal is not None:
            hops = self._hops.get(canonicalize(request.url)) if request.meta.get("role") == DOC else None
            self.journal.done(urls, self.crawl_state.get, hops)

    def _callback(self, role: str):
        return {"sitemap": self.parse_sitemap, "feed": self.parse_feed, "listing": self.parse_listing,
                "robots": self.parse_robots}.get(role, self.parse_document)

    def _allows(self, source: Source, url: str) -> bool:
        return url in self.scopes[source.id] and source.allows_url(url)

    # ---- requests -------------------------------------------------------------------------
    def _request(self, url: str, source: Source, role: str, callback, *, hops: int = 0,
                 priority: int = 0, **meta: Any) -> scrapy.Request | None:
        url = canonicalize(url)
        if url in self._done or url not in self.scopes[source.id]:
            return None  # finished before a crash, or outside the source's scheme + host + port
        if role == DOC and (page := self._pagination_page(url)) is not None:
            # A listing's page 2, 3 … is read as a listing whichever link reaches it first;
            # otherwise fetch order decided whether it became a document.
            if page > self.max_listing_pages or not is_fetchable(url) or not source.allows_url(url):
                return None
            role, callback, priority, meta = "listing", self.parse_listing, max(priority, 10), {"page": page}
        if role == DOC:
            if url in self._sitemap_unchanged or not is_fetchable(url) or not source.allows_url(url):
                return None
            if any(rx.search(url) for rx in self.junk_patterns):
                return None
            if url not in self._counted:
                n = self._scheduled.get(source.id, 0)
                if n >= self.max_pages:
                    return None
                self._scheduled[source.id] = n + 1
                self._counted.add(url)
        if role == DOC:
            self._hops[url] = min(hops, self._hops.get(url, hops))
        if self.journal is not None:
            self.journal.scheduled(url, source.id, role, hops, priority, meta)
        meta = {"source_id": source.id, "role": role, "hops": hops,
                "handle_httpstatus_list": [304], **meta}
        if self.proxy:
            meta["proxy"] = self.proxy
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, priority=priority)

    def _pagination_page(self, url: str) -> int | None:
        for rx in self.pagination_patterns:
            m = rx.search(url)
            if m:
                return int(m.group("page"))
        return None

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # a resumed run first re-creates what the interrupted one had scheduled but not finished
        for p in self._pending:
            if p.source_id in self.sources:
                req = self._request(p.url, self.sources[p.source_id], p.role, self._callback(p.role),
                                    hops=p.hops, priority=p.priority, **p.meta)
                if req is not None:
                    yield req
        for source in self.sources.values():
            for req in self._seed_requests(source):
                if req is not None:
                    yield req

    def _deferred_requests(self, source: Source) -> Iterable[scrapy.Request | None]:
        """URLs an earlier run put off because the server's Retry-After exceeded the cap."""
        for url, entry in list(self.crawl_state.urls.items()):
            d = entry.get("deferred")
            if d and d.get("source_id") == source.id:
                yield self._request(url, source, d.get("role", DOC), self._callback(d.get("role", DOC)),
                                    hops=d.get("hops", 0), priority=d.get("priority", 0), **(d.get("meta") or {}))

    def _seed_requests(self, source: Source) -> Iterable[scrapy.Request | None]:
        # Sitemaps and feeds first: their lastmod/dates decide what the page crawl may skip.
        for url in source.sitemaps:
            yield self._request(url, source, "sitemap", self.parse_sitemap, priority=20)
        for url in source.feeds:
            yield self._request(url, source, "feed", self.parse_feed, priority=15)
        for url in source.listings:
            yield self._request(url, source, "listing", self.parse_listing, priority=10, page=1)
        for url in source.start_urls:
            yield self._request(url, source, DOC, self.parse_document, hops=0, priority=5)
        yield from self._deferred_requests(source)
        if not source.sitemaps and self.sitemaps_from_robots and source.start_urls:
            # generated registry entries name only a home page: robots.txt tells where the sitemap is
            parts = urlsplit(source.start_urls[0])
            yield self._request(f"{parts.scheme}://{parts.netloc}/robots.txt", source, "robots",
                                self.parse_robots, priority=25)

    def _on_headers(self, headers, body_length, request, spider) -> None:
        """Stop downloads of content types we never use, before the body is transferred."""
        if request.meta.get("role") != DOC:
            return
        ctype = (headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0].strip().lower()
        if ctype and not ctype.startswith(self.allowed_types):
            raise StopDownload(fail=True)

    # ---- helpers --------------------------------------------------------------------------
    def _source(self, response_or_request) -> Source:
        return self.sources[response_or_request.meta["source_id"]]

    @staticmethod
    def _ctype(response: Response) -> str:
        return (response.headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0].strip().lower()

    @staticmethod
    def _ms(response: Response) -> int | None:
        latency = response.meta.get("download_latency")
        return int(latency * 1000) if latency is not None else None

    def _archive(self, response: Response, fetched_at: str) -> dict | None:
        if self.output.archive is None:
            return None
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, vs in response.headers.items() for v in vs]
        reason = "OK" if response.status == 200 else ""
        return self.output.archive.write(response.url, response.status, reason, headers, response.body, fetched_at)

    def _remember(self, response: Response, key: str, content_hash: str | None, fetched_at: str,
                  links: list[str] | None = None) -> None:
        etag = response.headers.get(b"ETag")
        lm = response.headers.get(b"Last-Modified")
        self.crawl_state.update(key, etag=etag.decode("latin-1") if etag else None,
                          last_modified=lm.decode("latin-1") if lm else None,
                          content_hash=content_hash, fetched_at=fetched_at, links=links)

    def _outcome(self, key: str, content_hash: str) -> str:
        prev = self.crawl_state.get(key)
        if not prev or not prev.get("content_hash"):
            return "new"
        return "unchanged" if prev["content_hash"] == content_hash else "changed"

    def _follow(self, source: Source, links: Iterable[str], hops: int) -> Iterable[scrapy.Request]:
        if not self.follow_links or hops >= self.follow_depth:
            return
        for url in dict.fromkeys(canonicalize(link) for link in links):
            yield from self._doc(url, source, hops + 1)

    def _doc(self, url: str, source: Source, hops: int, **meta: Any) -> Iterable[scrapy.Request]:
        """Request a document `hops` link hops from a start URL, or, when it was requested
        before by a longer path, lower its hops: a page first reached at FOLLOW_DEPTH and later by
        a shorter path then gets its links followed. What a crawl covers is so the pages within
        FOLLOW_DEPTH hops, whichever response happened to arrive first (or a kill and resume)."""
        url = canonicalize(url)
        seen = self._hops.get(url)
        if seen is None:
            req = self._request(url, source, DOC, self.parse_document, hops=hops, **meta)
            if req is not None:
                yield req
        elif hops < seen:
            self._hops[url] = hops
            if url in self._expanded:  # parsed already, with more hops: follow its links again
                yield from self._follow(source, (self.crawl_state.get(self._expanded[url]) or {}).get("links", []),
                                        hops)

    def _expand(self, response: Response, source: Source, links: Iterable[str], hops: int
                ) -> Iterable[scrapy.Request]:
        """Follow a parsed document's links (already in the state), and remember that it was."""
        key = canonicalize(response.url)
        self._expanded[key] = self._expanded[canonicalize(response.request.url)] = key
        yield from self._follow(source, links, hops)

    def _log_discovery(self, response: Response, outcome: str = "new") -> None:
        self.output.log_fetch(url=response.url, source_id=response.meta["source_id"], status=response.status,
                              outcome=outcome, content_type=self._ctype(response) or None,
                              nbytes=len(response.body), duration_ms=self._ms(response), document=False)

    # ---- discovery ------------------------------------------------------------------------
    @_finishes
    def parse_robots(self, response: Response):
        """Schedule the `Sitemap:` lines of robots.txt (on the source's domains only)."""
        source = self._source(response)
        key = canonicalize(response.url)
        if response.status == 304:
            self._log_discovery(response, "unchanged")
            sitemaps = (self.crawl_state.get(key) or {}).get("links", [])
        else:
            text = response.body.decode("utf-8", "replace")
            sitemaps = [m.strip() for m in re.findall(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)]
            digest = hashlib.sha256(response.body).hexdigest()
            self._log_discovery(response, self._outcome(key, digest))
            self._remember(response, key, digest, utcnow(), links=sitemaps)
        for url in sitemaps:
            if self._allows(source, url):
                req = self._request(url, source, "sitemap", self.parse_sitemap, priority=20)
                if req is not None:
                    yield req

    @_finishes
    def parse_sitemap(self, response: Response):
        source = self._source(response)
        fetched_at = utcnow()
        if response.status == 304:
            # unchanged sitemap: only pages that failed last time (no content hash yet) are retried
            self._log_discovery(response, "unchanged")
            for url in (self.crawl_state.get(canonicalize(response.url)) or {}).get("links", []):
                entry = self.crawl_state.get(url)
                if not (entry and entry.get("content_hash")):
                    yield from self._doc(url, source, max(self.follow_depth - 1, 0))
            return
        body = response.body
        try:
            if body[:2] == b"\x1f\x8b":
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            sitemap = Sitemap(body)
            entries = list(sitemap)
        except Exception as exc:  # broken XML or gzip: record, go on with the rest
            self.output.log_fetch(url=response.url, source_id=source.id, status=response.status,
                                  outcome="failed", error=f"sitemap: {type(exc).__name__}: {exc}"[:300],
                                  nbytes=len(response.body), fetched=True)
            return
        digest = hashlib.sha256(body).hexdigest()
        self._archive(response, fetched_at)
        self._log_discovery(response, self._outcome(canonicalize(response.url), digest))
        page_urls = [canonicalize(urljoin(response.url, (e.get("loc") or "").strip())) for e in entries
                     if sitemap.type != "sitemapindex" and (e.get("loc") or "").strip()]
        self._remember(response, canonicalize(response.url), digest, fetched_at, links=page_urls or None)
        for entry in entries:
            loc = urljoin(response.url, (entry.get("loc") or "").strip())
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                req = self._request(loc, source, "sitemap", self.parse_sitemap, priority=20)
            else:
                lastmod = parse_date(entry.get("lastmod"))
                url = canonicalize(loc)
                if self.sitemap_since and lastmod and lastmod < str(self.sitemap_since):
                    continue
                if self.crawl_state.unchanged_since(url, entry.get("lastmod")):
                    self._sitemap_unchanged.add(url)
                    if self.journal is not None:
                        self.journal.unchanged(url)
                    self.output.log_fetch(url=url, source_id=source.id, status=None, outcome="skipped",
                                          error="sitemap lastmod not newer than last fetch", fetched=False)
                    continue
                yield from self._doc(url, source, max(self.follow_depth - 1, 0))
                continue
            if req is not None:
                yield req

    @_finishes
    def parse_feed(self, response: Response):
        source = self._source(response)
        fetched_at = utcnow()
        if response.status == 304:
            self._log_discovery(response, "unchanged")
            return
        try:
            entries = feed_entries(response.body)
        except FeedError as exc:
            self.output.log_fetch(url=response.url, source_id=source.id, status=response.status,
                                  outcome="failed", error=str(exc), nbytes=len(response.body))
            return
        digest = hashlib.sha256(response.body).hexdigest()
        self._archive(response, fetched_at)
        self._log_discovery(response, self._outcome(canonicalize(response.url), digest))
        self._remember(response, canonicalize(response.url), digest, fetched_at)
        for link, date in entries:
            yield from self._doc(urljoin(response.url, link), source, max(self.follow_depth - 1, 0),
                                 hint_published=date)

    @_finishes
    def parse_listing(self, response: Response):
        source = self._source(response)
        page = response.meta.get("page", 1)
        fetched_at = utcnow()
        key = canonicalize(response.url)
        if response.status == 304:
            self._log_discovery(response, "unchanged")
            links = (self.crawl_state.get(key) or {}).get("links", [])
            next_url = (self.crawl_state.get(key) or {}).get("next")
        else:
            text, _ = decode_html(response.body, response.headers.get(b"Content-Type", b"").decode("latin-1"))
            sel = scrapy.Selector(text=text or "<html></html>")
            scope = sel.css("main") or sel.css("body")
            links = [urljoin(response.url, h) for h in scope.xpath(
                ".//a[not(ancestor::nav) and not(ancestor::header) and not(ancestor::footer)]/@href").getall()]
            next_url = None
            rel_next = sel.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").get()
            if rel_next:
                next_url = urljoin(response.url, rel_next)
            else:
                for a in sel.xpath("//a[@href]"):
                    label = " ".join(a.xpath("string(.)").get("").split())
                    cls = a.attrib.get("class", "") + " " + a.attrib.get("aria-label", "")
                    if _NEXT_TEXT.match(label) or re.search(r"\bnext\b|nasta|pagination__next", cls, re.I):
                        next_url = urljoin(response.url, a.attrib["href"])
                        break
            digest = hashlib.sha256(response.body).hexdigest()
            self._archive(response, fetched_at)
            self._log_discovery(response, self._outcome(key, digest))
            self.crawl_state.update(key, next=next_url)
            self._remember(response, key, digest, fetched_at, links=sorted(set(links)))
        for link in links:
            if canonicalize(link) == key or (next_url and canonicalize(link) == canonicalize(next_url)):
                continue
            yield from self._doc(link, source, max(self.follow_depth - 1, 0))
        if next_url and page < self.max_listing_pages and self._allows(source, next_url):
            req = self._request(next_url, source, "listing", self.parse_listing, priority=10, page=page + 1)
            if req is not None:
                yield req

    # ---- documents ------------------------------------------------------------------------
    @_finishes
    def parse_document(self, response: Response):
        source = self._source(response)
        key = canonicalize(response.url)
        # a shorter path may have been found while this page was queued or downloading
        hops = min(response.meta.get("hops", 0), self._hops.get(canonicalize(response.request.url), 1 << 30))
        fetched_at = utcnow()
        # no Content-Type header: read the first bytes (a server's omission is not a non-document)
        ctype = self._ctype(response) or (sniff(response.body[:2048]) if response.status != 304 else "")
        common = dict(url=response.url, source_id=source.id, status=response.status,
                      content_type=ctype or None, nbytes=len(response.body), duration_ms=self._ms(response),
                      fetched_at=fetched_at)
        if response.status == 304:
            self.output.log_fetch(outcome="unchanged", **common)
            self.crawl_state.update(key, fetched_at=fetched_at)
            yield from self._expand(response, source, (self.crawl_state.get(key) or {}).get("links", []), hops)
            return
        body = response.body
        if "pdf" in ctype or body[:5] == b"%PDF-" or (not ctype and looks_like_pdf(response.url)):
            doc = extract_pdf(body, response.url)
        elif ctype in ("text/plain",):
            doc = extract_text(decode_html(body, ctype)[0], response.url)
        elif not ctype or "html" in ctype or ctype == "application/octet-stream" or body.lstrip()[:1] == b"<":
            text, _ = decode_html(body, response.headers.get(b"Content-Type", b"").decode("latin-1"))
            doc = extract_html(text, response.url, source.cms)
        else:
            self.output.log_fetch(outcome="skipped", error=f"content type {ctype} is not a document", **common)
            return
        links = [canonicalize(u) for u in doc.links if self._allows(source, u) and is_fetchable(u)]
        links = sorted(set(links) - {key})
        if not doc.text:
            self.output.log_fetch(outcome="failed", error=doc.error or "no text extracted", **common)
            self._remember(response, key, None, fetched_at, links=links)
            yield from self._expand(response, source, links, hops)
            return
        content_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        outcome = self._outcome(key, content_hash)
        relevance = score(doc.text, doc.title, model=self.relevance_model, threshold=self.relevance_threshold,
                          link_density=doc.link_density)
        if outcome in ("new", "changed") and not relevance["relevant"]:
            outcome_logged = "irrelevant"
        else:
            outcome_logged = outcome
        archive = self._archive(response, fetched_at)
        self.output.log_fetch(outcome=outcome_logged, content_hash=content_hash, **common)
        self._remember(response, key, content_hash, fetched_at, links=links)
        if outcome in ("new", "changed") and (relevance["relevant"] or self.keep_irrelevant):
            yield self._item(response, source, doc, content_hash, relevance, archive, fetched_at, ctype, outcome)
        yield from self._expand(response, source, links, hops)

    def _item(self, response: Response, source: Source, doc: Extracted, content_hash: str,
              relevance: dict, archive: dict | None, fetched_at: str, ctype: str, outcome: str) -> dict:
        canonical = canonicalize(response.url)
        if doc.canonical_url and self._allows(source, doc.canonical_url):
            canonical = canonicalize(doc.canonical_url)
        published = doc.published or response.meta.get("hint_published")
        return {
            "url": response.url, "canonical_url": canonical, "source_id": source.id,
            "fetched_at": fetched_at, "status": response.status, "content_type": ctype or None,
            "kind": doc.kind, "title": doc.title, "text": doc.text, "sections": doc.sections,
            "published": published, "updated": doc.updated if doc.updated != published else None,
            "language": doc.language, "content_hash": content_hash, "near_duplicate_of": None,
            "relevance": relevance, "archive": archive,
            "cms": doc.cms, "extraction": doc.method, "outcome": outcome,
        }

    # ---- shared frontier -------------------------------------------------------------------
    def _on_activity(self, *args, **kwargs) -> None:
        self._last_activity = time.monotonic()

    def _on_idle(self, spider) -> None:
        """With a shared Redis frontier an empty local view is not the end: another process may
        still be pushing requests. Stay open until nothing happened for the grace period."""
        if time.monotonic() - self._last_activity < self.idle_grace:
            raise DontCloseSpider

    # ---- failures -------------------------------------------------------------------------
    def _on_scheduled(self, request, spider) -> None:
        """Record redirects that leave the registry's domains (the offsite filter drops them
        silently at scheduling time, before any errback could see them)."""
        chain = request.meta.get("redirect_urls")
        host = host_of(request.url)
        if chain and not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            self.output.log_fetch(url=chain[0], source_id=request.meta.get("source_id", "?"), status=None,
                                  outcome="skipped", error=f"redirect off the registry's domains to {request.url}"[:300],
                                  fetched=False)
            raise IgnoreRequest("offsite redirect")

    def _on_dropped(self, request, spider) -> None:
        """Redirect hops the scheduler refuses never reach an errback: record them here.

        A redirect back to an URL already seen (a loop) is dropped by the dupefilter; a redirect
        off the registry's domains by the offsite filter. Plain duplicate links stay silent.
        """
        chain = request.meta.get("redirect_urls")
        if not chain:
            return
        first = chain[0]
        if host_of(request.url) not in {d.split(":")[0] for d in self._source(request).domains}:
            outcome, error = "skipped", f"redirect off the source's domains to {request.url}"[:300]
        elif canonicalize(request.url) in {canonicalize(u) for u in chain}:
            outcome, error = "failed", f"redirect loop via {request.url}"[:300]
        else:
            return  # redirected to a page fetched already: nothing lost
        self.output.log_fetch(url=first, source_id=request.meta.get("source_id", "?"), status=None,
                              outcome=outcome, error=error, fetched=False)

    def on_error(self, failure) -> None:
        request = failure.request
        source_id = request.meta.get("source_id", "?")
        exc = failure.value
        status: int | None = None
        outcome, error = "failed", f"{type(exc).__name__}: {exc}"
        if "Cancelled" in type(exc).__name__ and not str(exc).strip():
            # Scrapy cancels a body that grows past DOWNLOAD_MAXSIZE without a Content-Length
            error = (f"{type(exc).__name__}: body exceeded download max size "
                     f"({self.settings.getint('DOWNLOAD_MAXSIZE')} bytes)")
        url = request.url
        if isinstance(exc, HttpError):
            status = exc.response.status
            error = f"HTTP {status}"
            deferred = request.meta.get("retry_after_deferred")
            if deferred is not None:
                # beyond RETRY_AFTER_MAX: not dropped, queued in the state for the next run
                outcome = "skipped"
                error = (f"HTTP {status} with Retry-After {deferred:.0f} s, beyond the "
                         f"{self.settings.getfloat('RETRY_AFTER_MAX'):.0f} s cap; queued for the next run")
                first = canonicalize((request.meta.get("redirect_urls") or [url])[0])
                self.crawl_state.update(first, deferred={
                    "source_id": source_id, "role": request.meta.get("role", DOC), "hops": request.meta.get("hops", 0),
                    "priority": request.priority, "retry_after": deferred, "at": utcnow(),
                    "meta": {k: request.meta[k] for k in ("page", "hint_published") if k in request.meta}})
        elif isinstance(exc, StopDownload):
            outcome, error = "skipped", "content type not allowed"
            if exc.response is not None:
                status = exc.response.status
        elif isinstance(exc, ProxyRefused):
            error = str(exc)
        elif isinstance(exc, OutOfScope):
            # a redirect's target outside the scope is never stored as the redirecting page
            chain = request.meta.get("redirect_urls") or []
            url = chain[0] if chain else url
            outcome, error = "skipped", str(exc)
        elif isinstance(exc, IgnoreRequest):
            msg = str(exc)
            if "robots.txt" in msg:
                outcome, error = "skipped", "forbidden by robots.txt"
            elif "offsite" in msg.lower() or "Filtered offsite" in msg:
                outcome, error = "skipped", "offsite"
        self.output.log_fetch(url=url, source_id=source_id, status=status, outcome=outcome,
                              error=error[:500], fetched=status is not None)
        self._finish(request)

    def closed(self, reason: str) -> None:
        self.crawl_state.save()
        if self.journal is not None:
            # a finished crawl is all in state.json; an interrupted one resumes from the journal
            self.journal.close(remove=reason == "finished")
