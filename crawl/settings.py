"""Layered Scrapy settings: polite defaults < profile < environment < explicit dict.

Profiles: `polite` (default, for the real web), `fast` (local mini-web and benchmarks: no delays,
more concurrency), `test` (fast, one retry, a short Retry-After cap). Choose with the setting
`PROFILE` or the environment variable `DIALOGKARTAN_CRAWL_PROFILE`; override single settings with
`DIALOGKARTAN_CRAWL_SET_<NAME>=<yaml value>` (e.g. `DIALOGKARTAN_CRAWL_SET_DOWNLOAD_DELAY=0`).
Setting `REDIS_URL` switches the scheduler and dupefilter to scrapy-redis (shared frontier).
"""
from __future__ import annotations

import os
from typing import Any, Mapping

import yaml

USER_AGENT = "Dialogkartan/0.1 (+https://github.com/dialogkartan/dialogkartan; crawler for research on municipal dialogues)"

POLITE: dict[str, Any] = {
    "BOT_NAME": "dialogkartan",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    "ROBOTSTXT_USER_AGENT": "Dialogkartan",
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "DOWNLOAD_DELAY": 1.0,
    "DOWNLOAD_DELAY_JITTER": 0.5,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 2.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 2,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    "RETRY_BACKOFF_BASE": 2.0,  # used by crawl.middlewares.BackoffRetryMiddleware
    "RETRY_BACKOFF_MAX": 60.0,
    # a server's Retry-After is honoured up to this many seconds; a longer one puts the URL off
    # to the next run (queued in state.json), never cut short or dropped
    "RETRY_AFTER_MAX": 120.0,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "REDIRECT_MAX_TIMES": 10,
    "COOKIES_ENABLED": False,
    # No listener in a crawl process: Scrapy's telnet console and its HTTP remote-control
    # extension run code sent to a local port. Extensions we never use are switched off too.
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
    "MEMUSAGE_ENABLED": False,
    "EXTENSIONS": {
        "scrapy.extensions.telnet.TelnetConsole": None,
        "scrapy.extensions.remote_control.RemoteControl": None,
        "scrapy.extensions.memdebug.MemoryDebugger": None,
        "scrapy.extensions.memusage.MemoryUsage": None,
        "scrapy.extensions.feedexport.FeedExporter": None,
        "scrapy.extensions.spiderstate.SpiderState": None,
        "scrapy.extensions.closespider.CloseSpider": None,
    },
    "LOG_LEVEL": "INFO",
    "FEED_EXPORT_ENCODING": "utf-8",
    "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    "DEPTH_LIMIT": 0,
    "DOWNLOADER_MIDDLEWARES": {
        "crawl.middlewares.ProxyAssignMiddleware": 10,
        "crawl.middlewares.ScopeMiddleware": 50,  # before robots.txt (100) and redirects (600)
        "crawl.middlewares.RobotsCrawlDelayMiddleware": 110,  # after Scrapy's robots.txt (100)
        "crawl.middlewares.ConditionalRequestMiddleware": 560,
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "crawl.middlewares.BackoffRetryMiddleware": 550,
        "crawl.middlewares.ProxySafetyMiddleware": 990,
    },
    "ITEM_PIPELINES": {"crawl.pipelines.DocumentPipeline": 300},
    # Dialogkartan's own settings
    "ALLOWED_CONTENT_TYPES": ["text/html", "application/xhtml+xml", "application/pdf", "text/plain",
                              "application/xml", "text/xml", "application/rss+xml",
                              "application/atom+xml", "application/x-gzip", "application/gzip",
                              "application/octet-stream"],
    "FOLLOW_DEPTH": 3,              # page-to-page link hops from a start URL or listing
    "FOLLOW_LINKS": True,
    # never-documents: print/share variants, search results, logins, calendar exports
    "JUNK_URL_PATTERNS": [r"[?&](print|printable|share|replytocom)=", r"\.printable$", r"[?&]query=",
                          r"/(sok|search|login|logga-in)(/|$|\?)", r"/wp-(admin|login)", r"[?&]sv\.",
                          r"/feed/?$", r"\.portlet\?state=rss"],
    # pages 2, 3 … of a listing (named group `page`): always read as listings, never documents
    "PAGINATION_URL_PATTERNS": [r"/(?:page|sida)[-/]?(?P<page>\d+)/?$", r"[?&](?:page|sida|paged|p)=(?P<page>\d+)(?:&|$)"],
    "MAX_PAGES_PER_SOURCE": 5000,
    "MAX_LISTING_PAGES": 50,        # pagination pages per listing
    "SITEMAPS_FROM_ROBOTS": True,   # sources without sitemaps: read `Sitemap:` lines of robots.txt
    "ROBOTS_CRAWL_DELAY": True,     # obey robots.txt Crawl-delay (per host, a floor under AutoThrottle)
    "ROBOTS_MAX_CRAWL_DELAY": 30.0, # seconds; longer requests are capped (and logged)
    "SITEMAP_SINCE": None,          # ISO date: ignore sitemap URLs whose lastmod is older
    "RELEVANCE_THRESHOLD": None,    # None = the threshold in config/relevance.yaml
    "RELEVANCE_FILE": None,
    "KEEP_IRRELEVANT_ITEMS": True,  # irrelevant documents still go to items.jsonl, flagged
    "NEAR_DUP_THRESHOLD": 0.6,      # MinHash Jaccard estimate for near_duplicate_of
    "INVALID_ITEM_RATIO": 0.5,      # a source fails loudly when more of its items are invalid
    "STATE_FILE": None,             # default: <job_dir>/state.json
    "PROXY": None,
    "ARCHIVE": True,
    "REDIS_URL": None,
}

FAST: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTS_CRAWL_DELAY": False,    # local mini-web and benchmarks: politeness off
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "RETRY_BACKOFF_BASE": 0.0,
    "RETRY_AFTER_MAX": 30.0,
    "LOG_LEVEL": "WARNING",
}

# A local server on a loaded 2-core machine can take seconds to answer: a 3 s timeout turned a
# slow page into a retry (a "double fetch") about one run in three. Tests of timeouts set their own.
TEST: dict[str, Any] = {**FAST, "DOWNLOAD_TIMEOUT": 30, "RETRY_TIMES": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
                        "RETRY_AFTER_MAX": 5.0}

PROFILES = {"polite": {}, "fast": FAST, "test": TEST}
ENV_PREFIX = "DIALOGKARTAN_CRAWL_SET_"


def redis_layer(url: str) -> dict[str, Any]:
    """Scale-out: one shared frontier and fingerprint set in Redis; keep it across processes."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "REDIS_URL": url,
        # the idle spider waits a little for requests other processes may still push
        "SCHEDULER_IDLE_BEFORE_CLOSE": 1,
        # crawl.spider keeps an idle process open this long for work other processes push
        "SHARED_FRONTIER_IDLE_GRACE": 8.0,
    }


def build_settings(overrides: Mapping[str, Any] | None = None,
                   env: Mapping[str, str] | None = None) -> dict[str, Any]:
    env = os.environ if env is None else env
    overrides = dict(overrides or {})
    profile = overrides.pop("PROFILE", None) or env.get("DIALOGKARTAN_CRAWL_PROFILE", "polite")
    if profile not in PROFILES:
        raise ValueError(f"unknown crawl profile {profile!r}; choose one of {sorted(PROFILES)}")
    result: dict[str, Any] = {**POLITE, **PROFILES[profile]}
    result["DOWNLOADER_MIDDLEWARES"] = dict(POLITE["DOWNLOADER_MIDDLEWARES"])
    result["EXTENSIONS"] = dict(POLITE["EXTENSIONS"])
    for key, value in env.items():
        if key.startswith(ENV_PREFIX):
            result[key[len(ENV_PREFIX):]] = yaml.safe_load(value)
    for key, value in overrides.items():
        if key in ("DOWNLOADER_MIDDLEWARES", "EXTENSIONS"):
            result[key] = {**result[key], **value}
        else:
            result[key] = value
    if result.get("REDIS_URL"):
        result.update({k: v for k, v in redis_layer(result["REDIS_URL"]).items() if k not in overrides})
    result["PROFILE"] = profile
    return result
