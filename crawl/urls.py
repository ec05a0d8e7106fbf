"""Canonical URL normalisation: one spelling per document, so dedupe and document ids agree."""
from __future__ import annotations

import re
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
