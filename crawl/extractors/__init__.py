"""Document extraction: HTML (CMS profiles, trafilatura fallback), PDF and plain text.

`extract_html`/`extract_pdf`/`extract_text` are pure: bytes or text in, an `Extracted` out. They
never raise on bad markup; an unreadable document gives empty text and an `error`.
"""
from __future__ import annotations

import copy
import logging

from lxml import html as lxml_html
from dataclasses import dataclass, field
from urllib.parse import urljoin

from crawl.dates import find_dates, parse_date
from crawl.extractors import profiles
from crawl.extractors.base import (Block, assemble, blocks_from, clean_title, meta_content,
                                   parse_html, strip_furniture)
from crawl.extractors.pdf import pdf_blocks
from dialogkartan.lang import detect_language

log = logging.getLogger(__name__)
MIN_TEXT = 200  # below this the CMS root probably missed the content: try trafilatura


@dataclass
class Extracted:
    kind: str                      # html | pdf | text
    title: str = ""
    text: str = ""
    sections: list[dict] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    cms: str = "other"
    method: str = "profile"        # profile | trafilatura | pdf | text
    links: list[str] = field(default_factory=list)
    link_density: float = 0.0     # share of the text that is link text (hub and start pages are high)
    feeds: list[str] = field(default_factory=list)
    error: str | None = None


def _first(tree, xpaths: tuple[str, ...]) -> str | None:
    for xp in xpaths:
        try:
            found = tree.xpath(xp)
        except Exception:  # a bad XPath in a profile must not kill a crawl
            continue
        for f in found:
            value = f if isinstance(f, str) else f.text_content()
            if value and value.strip():
                return str(value).strip()
    return None


def _trafilatura_blocks(raw: str, url: str) -> list[Block]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(raw, url=url, output_format="xml", include_comments=False,
                              include_tables=True, favor_recall=True)
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    out: list[Block] = []
    for el in root.iter():
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "head":
            level = int((el.get("rend") or "h2").lstrip("h") or 2)
            out.append(Block("heading", text, level))
        elif el.tag == "item":
            out.append(Block("item", text))
        elif el.tag in ("p", "quote", "cell") and el.getparent() is not None and el.getparent().tag != "item":
            out.append(Block("para", text))
    return out


def extract_html(raw: str, url: str, cms_hint: str | None = None) -> Extracted:
    tree = parse_html(raw)
    if tree is None:
        return Extracted(kind="html", error="empty or unparseable HTML")
    profile = profiles.choose(tree, url, raw, cms_hint)
    out = Extracted(kind="html", cms=profile.name)
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    out.canonical_url = urljoin(url, canonical[0].strip()) if canonical and canonical[0].strip() else None
    out.links = [urljoin(url, h.strip()) for h in tree.xpath("//a/@href") if h.strip()
                 and not h.strip().lower().startswith(("mailto:", "tel:", "javascript:", "#"))]
    out.feeds = [urljoin(url, h) for h in tree.xpath(
        "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href")]
    published_meta = _first(tree, profile.published) or meta_content(
        tree, "article:published_time", "DC.date.created", "dcterms.created", "datePublished")
    updated_meta = _first(tree, profile.updated) or meta_content(
        tree, "DC.modified", "dcterms.modified", "article:modified_time", "dateModified")
    times = tuple(t for t in tree.xpath("//main//time/@datetime | //article//time/@datetime") if t.strip())
    lang_hint = (tree.get("lang") or "").strip() or None

    work = copy.deepcopy(tree)
    for xp in profile.drop:
        for el in work.xpath(xp):
            if el.getparent() is not None:
                el.drop_tree()
    strip_furniture(work)
    root = None
    for xp in profile.roots:
        found = work.xpath(xp)
        if found:
            root = found[0]
            break
    blocks = blocks_from(root) if root is not None else []
    if root is not None:
        link_chars = sum(len(" ".join(a.text_content().split())) for a in root.iter("a"))
        body_chars = len(" ".join(root.text_content().split())) or 1
        out.link_density = round(min(1.0, link_chars / body_chars), 3)
    assembled = assemble(blocks)
    if len(assembled.text) < MIN_TEXT:
        try:
            # on the cleaned tree, so navigation and banners cannot come back through it
            fallback = _trafilatura_blocks(lxml_html.tostring(work, encoding="unicode"), url)
        except Exception as exc:  # trafilatura on malformed input: keep what we had
            log.debug("trafilatura failed on %s: %s", url, exc)
            fallback = []
        candidate = assemble(fallback)
        if len(candidate.text) > len(assembled.text):
            assembled, out.method = candidate, "trafilatura"
    out.text, out.sections = assembled.text, assembled.sections

    title = _first(tree, profile.titles) or meta_content(tree, "og:title") or _first(tree, ("//title",))
    out.title = clean_title(title or "")
    out.published, out.updated = find_dates(
        out.text, meta_published=published_meta, meta_modified=updated_meta, time_datetimes=times, url=url)
    if out.published is None or out.updated is None:
        # Dates printed outside the content root (page footers, bylines above <main>).
        body = work.find("body")
        page_text = assemble(blocks_from(body)).text if body is not None else ""
        pub, upd = find_dates(page_text)
        out.published = out.published or pub
        if out.updated is None and upd and (out.published is None or upd > out.published):
            out.updated = upd
    if out.published is None:
        # labelled dates inside furniture-looking wrappers ("lp-content-footer"): labels only
        from crawl.dates import published_from_text
        out.published = published_from_text(" ".join(tree.xpath("//body//text()")))
    out.language = detect_language(out.text, lang_hint)
    return out


def extract_pdf(data: bytes, url: str) -> Extracted:
    out = Extracted(kind="pdf", cms="other", method="pdf")
    try:
        blocks, meta = pdf_blocks(data)
    except Exception as exc:  # pypdf raises many types on damaged files
        out.error = f"pdf: {type(exc).__name__}: {exc}"[:300]
        return out
    assembled = assemble(blocks)
    out.text, out.sections = assembled.text, assembled.sections
    first_line = assembled.text.split("\n", 1)[0][:200] if assembled.text else ""
    out.title = meta["title"] or first_line
    out.published, out.updated = find_dates(out.text, url=url, hint_published=meta["published"],
                                            meta_modified=meta["updated"])
    out.language = detect_language(out.text)
    return out


def extract_text(text: str, url: str) -> Extracted:
    paras = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n")]
    assembled = assemble([Block("para", p) for p in paras if p])
    published, updated = find_dates(assembled.text, url=url)
    return Extracted(kind="text", method="text", text=assembled.text, title=assembled.text[:80].split("\n")[0],
                     published=published, updated=updated, language=detect_language(assembled.text))


__all__ = ["Extracted", "extract_html", "extract_pdf", "extract_text", "parse_date"]
