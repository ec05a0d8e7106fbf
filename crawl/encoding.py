"""Decode HTML bytes robustly: servers and pages often mislabel their charset.

Order: byte-order mark; strict UTF-8 (Latin-1 text is almost never valid UTF-8, so a success is
trustworthy even when the header says ISO-8859-1); the charset from the HTTP header, then from
<meta>; finally Windows-1252, which decodes every byte and covers ISO-8859-1's printable range.
"""
from __future__ import annotations

import codecs
import re

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def header_charset(content_type: str | None) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type or "", re.I)
    return m[1].lower() if m else None


def _try(body: bytes, name: str | None) -> str | None:
    if not name:
        return None
    try:
        codecs.lookup(name)
        return body.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding actually used)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    text = _try(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = [header_charset(content_type)]
    m = _META.search(body[:4096])
    declared.append(m[1].decode("ascii", "ignore").lower() if m else None)
    for name in declared:
        if name and name.replace("-", "").replace("_", "") not in ("utf8",):
            text = _try(body, name)
            if text is not None:
                return text, name
    return body.decode("cp1252", errors="replace"), "cp1252"
