"""Downloader middlewares: the source's scope, proxy assignment and the no-internet safety belt,
robots.txt Crawl-delay, conditional requests from the incremental state, and retries with
exponential back-off and a capped Retry-After."""
from __future__ import annotations

import logging
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

log = logging.getLogger(__name__)


class ProxyRefused(IgnoreRequest):
    """A request would have left the local mini-web: refused before any byte is sent."""


class OutOfScope(IgnoreRequest):
    """A request (a redirect's target, a child sitemap, a link) outside its source's scope."""


class _SpiderStateMiddleware:
    """A downloader middleware that reads what the running spider holds (scopes, crawl state)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class ScopeMiddleware(_SpiderStateMiddleware):
    """Every request of a source stays on the source's scheme + host + port (crawl.urls.Scope).

    Scrapy's offsite filter compares host names only, so a redirect from 127.0.0.1:18601 to
    127.0.0.1:18603 passed it. Runs before robots.txt, so nothing is fetched from outside.
    """

    def process_request(self, request: Request):
        scopes = getattr(self.crawler.spider, "scopes", None)
        scope = scopes.get(request.meta.get("source_id")) if scopes else None
        if scope is not None and request.url not in scope:
            raise OutOfScope(f"outside the source's scheme, host and port: {request.url}"[:300])
        return None


class _ProxyMiddleware:
    """Holds the configured PROXY setting (None: requests go out directly)."""

    def __init__(self, proxy: str | None):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PROXY"))


class ProxyAssignMiddleware(_ProxyMiddleware):
    """Give every request (also robots.txt, redirects) the configured proxy."""

    def process_request(self, request: Request):
        if self.proxy and "proxy" not in request.meta:
            request.meta["proxy"] = self.proxy
        return None


class ProxySafetyMiddleware(_ProxyMiddleware):
    """Last downloader middleware: with a proxy configured, nothing leaves without it."""

    def process_request(self, request: Request):
        if not self.proxy:
            return None
        if request.meta.get("proxy") != self.proxy or not request.url.startswith("http://"):
            log.error("refused request without the configured proxy: %s (proxy=%r)",
                      request.url, request.meta.get("proxy"))
            raise ProxyRefused(f"refused: request without proxy {self.proxy}")
        return None


class ConditionalRequestMiddleware(_SpiderStateMiddleware):
    """If-None-Match / If-Modified-Since from the spider's per-job state."""

    def process_request(self, request: Request):
        state = getattr(self.crawler.spider, "crawl_state", None)
        if state is None or request.meta.get("unconditional"):
            return None
        entry = state.get(request.url)
        if not entry or not entry.get("content_hash"):
            # validators count only for a response we fully read: a 304 after a failed or
            # skipped fetch would mark the page unchanged for ever
            return None
        if entry.get("etag") and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = entry["etag"]
        if entry.get("last_modified") and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = entry["last_modified"]
        return None


def retry_after(response: Response) -> float | None:
    """Seconds the server asks us to wait (delta-seconds or an HTTP date), or None."""
    value = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import datetime, timezone
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but wait base·2^(n-1) seconds before each retry, or what the server's
    Retry-After asks (in every profile) up to RETRY_AFTER_MAX. A longer Retry-After is not cut
    short: the request is given up for this run (meta `retry_after_deferred`) and the spider
    queues the URL in the crawl state for the next run."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.after_cap = settings.getfloat("RETRY_AFTER_MAX", 120.0)

    async def _wait(self, request: Request, retry: Request | Response, asked: float | None = None):
        if not isinstance(retry, Request):
            return retry
        n = retry.meta.get("retry_times", 1)
        delay = asked if asked is not None else min(self.base * 2 ** (n - 1), self.cap)
        if delay > 0:
            from twisted.internet import reactor
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return retry

    async def process_response(self, request: Request, response: Response):
        asked = retry_after(response) if response.status in self.retry_http_codes else None
        if asked is not None and asked > self.after_cap:
            request.meta["retry_after_deferred"] = asked
            log.info("Retry-After %.0f s for %s exceeds RETRY_AFTER_MAX %.0f s: queued for the next run",
                     asked, request.url, self.after_cap)
            return response
        result = super().process_response(request, response)
        return await self._wait(request, result, asked)

    async def process_exception(self, request: Request, exception: Exception):
        result = super().process_exception(request, exception)
        if result is None:
            return None
        return await self._wait(request, result)


class RobotsCrawlDelayMiddleware:
    """Honour robots.txt `Crawl-delay`: a host's download slot never waits less than it asks.

    Scrapy's robots middleware parses the file (and runs first, so the parser is ready here) but
    leaves the delay unused. AutoThrottle lowers a slot's delay after responses, so the floor is
    set again before every request. Capped by ROBOTS_MAX_CRAWL_DELAY: a site asking for an hour
    between pages would never be crawled at all.
    """

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.enabled = settings.getbool("ROBOTS_CRAWL_DELAY") and settings.getbool("ROBOTSTXT_OBEY")
        self.cap = settings.getfloat("ROBOTS_MAX_CRAWL_DELAY", 30.0)
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}  # netloc → delay in force, for the crawl report

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _parser(self, netloc: str) -> RobotParser | None:
        from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

        for mw in self.crawler.engine.downloader.middleware.middlewares:
            if isinstance(mw, RobotsTxtMiddleware):
                parser = mw._parsers.get(netloc)  # noqa: SLF001 - Scrapy keeps parsed files only here
                return parser if isinstance(parser, RobotParser) else None
        return None

    def process_request(self, request: Request):
        if not self.enabled or request.meta.get("dont_obey_robotstxt"):
            return None
        netloc = urlparse_cached(request).netloc
        if netloc not in self.delays:
            parser = self._parser(netloc)
            if parser is None:
                return None  # robots.txt itself, or a host whose file could not be read
            asked = parser.crawl_delay(self.user_agent)
            self.delays[netloc] = min(float(asked), self.cap) if asked else 0.0
            if asked:
                log.info("robots.txt of %s asks for Crawl-delay %s s; using %s s", netloc, asked, self.delays[netloc])
                self.crawler.stats.set_value(f"robotstxt/crawl_delay/{netloc}", self.delays[netloc])
        delay = self.delays[netloc]
        if delay:
            _, slot = self.crawler.engine.downloader._get_slot(request)  # noqa: SLF001 - no public slot API
            slot.delay = max(slot.delay, delay)
        return None
