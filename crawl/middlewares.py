"""Downloader middlewares: proxy assignment and the no-internet safety belt, robots.txt
Crawl-delay, conditional requests from the incremental state, and retries with exponential
back-off."""
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


class ConditionalRequestMiddleware:
    """If-None-Match / If-Modified-Since from the spider's per-job state."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request):
        state = getattr(self.crawler.spider, "crawl_state", None)
        if state is None or request.meta.get("unconditional"):
            return None
        entry = state.get(request.url)
        if not entry:
            return None
        if entry.get("etag") and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = entry["etag"]
        if entry.get("last_modified") and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = entry["last_modified"]
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but wait base·2^(n-1) seconds (or Retry-After) before each retry."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _wait(self, request: Request, retry: Request | Response, response: Response | None = None):
        if not isinstance(retry, Request) or self.base <= 0:
            return retry
        n = retry.meta.get("retry_times", 1)
        delay = self.base * 2 ** (n - 1)
        if response is not None and response.headers.get(b"Retry-After"):
            value = response.headers[b"Retry-After"].decode("latin-1")
            try:
                delay = float(value)
            except ValueError:
                try:
                    from datetime import datetime, timezone
                    delay = (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds()
                except (TypeError, ValueError):
                    pass
        delay = max(0.0, min(delay, self.cap))
        from twisted.internet import reactor
        await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return retry

    async def process_response(self, request: Request, response: Response):
        result = super().process_response(request, response)
        return await self._wait(request, result, response)

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
