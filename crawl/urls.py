"""Canonical URL normalisation: one spelling per document, so dedupe and document ids agree."""
from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_[a-z_]*|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi)$", re.I)
_INDEX = re.compile(r"/(index|default)\.(html?|php|aspx?)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default port, fragment, tracking parameters and a
    trailing index.html; sort the remaining query; keep the path's case (servers may care)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/%:@!$&'()*+,;=-._~")
    path = _INDEX.sub("/", path)
    path = re.sub(r"/{2,}", "/", path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


_SKIP_EXT = re.compile(
    r"\.(jpe?g|png|gif|svg|webp|ico|bmp|tiff?|mp[34]|mov|avi|wmv|zip|gz|rar|7z|exe|dmg|css|js|"
    r"woff2?|ttf|eot|docx?|xlsx?|pptx?|odt|ods|ics|vcf)$", re.I)


def is_fetchable(url: str) -> bool:
    """Cheap pre-filter on the URL alone: http(s), not an image/asset/office file."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not _SKIP_EXT.search(parts.path)


def looks_like_pdf(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(".pdf")


def origin(url: str) -> tuple[str, int] | None:
    """(host, effective port) of an http(s) URL; None for other schemes or a bad port."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        port = parts.port or _DEFAULT_PORTS[parts.scheme.lower()]
    except ValueError:
        return None
    return parts.hostname.lower().rstrip("."), port


class Scope:
    """Where a source may go, by scheme + host + port (every request: links, redirects, sitemaps).

    A domain without a port covers the default ports (http 80, https 443), so an http → https
    redirect stays inside; `host:port` covers that port only; and every seed URL's own origin is
    in scope (a source seeded at http://127.0.0.1:18601/ may crawl port 18601, not 18603).
    """

    def __init__(self, domains: Iterable[str], seeds: Iterable[str] = ()):
        self.origins: set[tuple[str, int]] = set()
        for d in domains:
            host, _, port = d.lower().rstrip(".").partition(":")
            ports = [int(port)] if port.isdigit() else list(_DEFAULT_PORTS.values())
            self.origins.update((host, p) for p in ports)
        self.origins.update(o for o in map(origin, seeds) if o is not None)

    def __contains__(self, url: str) -> bool:
        return origin(url) in self.origins
