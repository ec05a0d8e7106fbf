"""Consistency check for the sample mini-web. Exit code 1 on any problem.

Run:  .venv/bin/python data/sample/tools/check_sample.py

Checks: every URL in sources.yaml, sitemaps, listings, feeds and every internal <a href> on every
HTML page maps to an existing file; expected.yaml covers existing pages and every "as written"
string, proposal and PII string is a substring of the page's visible text; the Latin-1 page is
Latin-1; the whole sample stays under 2 MB.
"""
from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

from dialogkartan.paths import SAMPLE_DIR

ROOT = SAMPLE_DIR
SITES = ROOT / "sites"
SM_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOSTS = {p.name for p in SITES.iterdir() if p.is_dir()}
problems: list[str] = []


def file_for(url: str) -> Path | None:
    """The mini-web's mapping: http://<host>/<path> -> sites/<host>/<path>, '/' -> index.html."""
    parts = urlsplit(url)
    if parts.hostname not in HOSTS:
        return None
    rel = parts.path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return SITES / parts.hostname / rel


def must_exist(url: str, where: str) -> None:
    f = file_for(url)
    if f is None:
        problems.append(f"{where}: {url} is not on a sample host")
    elif not f.is_file():
        problems.append(f"{where}: {url} -> missing {f.relative_to(ROOT)}")


def decode(f: Path) -> str:
    raw = f.read_bytes()
    m = re.search(rb'<meta charset="([^"]+)"', raw[:2000])
    return raw.decode(m.group(1).decode() if m else "utf-8")


def visible_text(f: Path) -> str:
    if f.suffix == ".pdf":
        from pypdf import PdfReader
        text = "\n".join(p.extract_text() for p in PdfReader(str(f)).pages)
    else:
        text = decode(f)
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", text)


def page_url(f: Path) -> str:
    rel = f.relative_to(SITES).as_posix()
    host, _, path = rel.partition("/")
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return f"http://{host}/{path}"


def check_sources() -> list[dict]:
    sources = yaml.safe_load((ROOT / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    for s in sources:
        for key in ("start_urls", "sitemaps", "feeds", "listings"):
            for u in s[key]:
                must_exist(u, f"sources.yaml {s['id']}.{key}")
    return sources


def check_sitemaps() -> int:
    n = 0
    for host in HOSTS:
        robots = (SITES / host / "robots.txt").read_text(encoding="utf-8")
        for sm_url in re.findall(r"(?m)^Sitemap:\s*(\S+)", robots):
            must_exist(sm_url, f"{host}/robots.txt")
            tree = ET.parse(file_for(sm_url))
            for loc in tree.getroot().iter(f"{SM_NS}loc"):
                must_exist(loc.text, sm_url)
                if loc.text.endswith(".xml"):  # sitemap index -> child sitemap
                    for child in ET.parse(file_for(loc.text)).getroot().iter(f"{SM_NS}url"):
                        must_exist(child.find(f"{SM_NS}loc").text, loc.text)
                        if child.find(f"{SM_NS}lastmod") is None:
                            problems.append(f"{loc.text}: url without lastmod")
                        n += 1
                else:
                    n += 1
            for u in tree.getroot().iter(f"{SM_NS}url"):
                if u.find(f"{SM_NS}lastmod") is None:
                    problems.append(f"{sm_url}: url without lastmod")
    return n


def check_feeds(sources: list[dict]) -> int:
    n = 0
    for s in sources:
        for feed in s["feeds"]:
            root = ET.parse(file_for(feed)).getroot()
            for item in root.iter("item"):
                must_exist(item.findtext("link"), feed)
                n += 1
    return n


def check_links() -> int:
    n = 0
    for f in SITES.rglob("*"):
        if not f.is_file() or f.suffix == ".pdf" or f.name in ("robots.txt",) or f.suffix == ".xml":
            continue
        text = decode(f)
        if text.lstrip().startswith("<?xml"):
            continue  # RSS feeds are checked separately
        base = page_url(f)
        # anchors and advertised feeds; stylesheets, scripts and wp-json are CMS fingerprints only
        hrefs = re.findall(r'<a\b[^>]*?href="([^"]+)"', text)
        hrefs += re.findall(r'<link\b[^>]*application/rss\+xml[^>]*href="([^"]+)"', text)
        for href in hrefs:
            if href.startswith(("mailto:", "javascript:", "#")):
                continue
            target = urljoin(base, html.unescape(href))
            if urlsplit(target).hostname in HOSTS:
                must_exist(target, page_url(f))
                n += 1
    return n


def check_expected() -> int:
    pages = yaml.safe_load((ROOT / "expected.yaml").read_text(encoding="utf-8"))["pages"]
    checked = 0
    for p in pages:
        f = file_for(p["url"])
        if f is None or not f.is_file():
            problems.append(f"expected.yaml: {p['url']} has no file")
            continue
        text = visible_text(f)
        wanted = [p.get("published_as_written")]
        wanted += [pr["text"] for pr in p.get("proposals") or []]
        for ev in p.get("events") or []:
            wanted.append(ev.get("date_as_written"))
            if ev.get("participants"):
                wanted.append(ev["participants"]["as_written"])
        pii = p.get("pii") or {}
        wanted += pii.get("persons", []) + pii.get("emails", []) + pii.get("phones", [])
        for w in wanted:
            if w and w not in text:
                problems.append(f"expected.yaml: {p['url']}: not in page text: {w!r}")
            checked += bool(w)
        if p.get("encoding") == "iso-8859-1":
            try:
                f.read_bytes().decode("utf-8")
                problems.append(f"{p['url']}: should not be valid UTF-8")
            except UnicodeDecodeError:
                pass
    return checked


def main() -> int:
    sources = check_sources()
    n_sm = check_sitemaps()
    n_feed = check_feeds(sources)
    n_links = check_links()
    n_exp = check_expected()
    size = sum(f.stat().st_size for f in ROOT.rglob("*") if f.is_file())
    n_html = sum(1 for f in SITES.rglob("*") if f.is_file() and f.suffix not in (".pdf", ".xml", ".txt")
                 and not decode(f).lstrip().startswith("<?xml"))
    if size > 2_000_000:
        problems.append(f"sample is {size} bytes, over 2 MB")
    print(f"sources={len(sources)} sitemap_urls={n_sm} feed_items={n_feed} internal_links={n_links} "
          f"expected_strings={n_exp} html_pages={n_html} bytes={size}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
