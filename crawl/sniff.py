"""The type of a body that came without a Content-Type header (or a file without a known suffix).

A server that omits the header still serves ordinary pages; reading the first bytes keeps them
(HTML, PDF, XML sitemaps and feeds) instead of dropping them as "no content type".
"""
from __future__ import annotations

import codecs

_HTML_STARTS = (b"<!doctype html", b"<html", b"<!--", b"<head", b"<body", b"<meta", b"<title", b"<main",
                b"<div", b"<p>", b"<h1", b"<article", b"<section")


def sniff(head: bytes) -> str:
    """`application/pdf`, `application/rss+xml`, `application/atom+xml`, `application/xml`,
    `text/html`, or `application/octet-stream` when the bytes say nothing we read."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom):]
            break
    start = head.lstrip()[:512].lower()
    if start.startswith(b"%pdf"):
        return "application/pdf"
    if b"<rss" in start:
        return "application/rss+xml"
    if b"<feed" in start:
        return "application/atom+xml"
    if start.startswith(b"<?xml") and b"<html" not in start:
        return "application/xml"
    if start.startswith(_HTML_STARTS + (b"<?xml",)):
        return "text/html"
    return "application/octet-stream"
