"""Build the offline sample mini-web under data/sample/sites/ from the content files.

The sites' text is data: data/sample/content/<site>.yaml (one file per content source, sites then
pages; fields as in templates.Site and templates.Page; a long `body` is a list of HTML blocks
joined without separators).

Run:  .venv/bin/python data/sample/tools/build_sample.py
Rebuilds sites/ from scratch (HTML, listings, robots.txt, sitemaps, feeds, PDFs).
The generated files are committed, so nothing at test time depends on this script.
"""
from __future__ import annotations

import shutil
import sys
from datetime import date
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

from templates import RENDERERS, Page, Site, esc, url  # noqa: E402
import make_pdfs  # noqa: E402

SITES_DIR = HERE.parent / "sites"
CONTENT_DIR = HERE.parent / "content"
# Build order is output order (sources.yaml lists the sites in it).
CONTENT = ["nordmaling", "haninge", "umea", "ovanaker", "taby", "gislaved", "pitea", "helsingborg", "storsthlm"]
_PAIRS = {"nav", "crumbs", "related", "files"}  # lists of tuples in the dataclasses


def _fields(raw: dict) -> dict:
    out = {k: [tuple(x) for x in v] if k in _PAIRS else v for k, v in raw.items()}
    if isinstance(out.get("image"), list):
        out["image"] = tuple(out["image"])
    if isinstance(out.get("body"), list):
        out["body"] = "".join(out["body"])
    return out


def load_content(name: str) -> list[tuple[Site, list[Page]]]:
    data = yaml.safe_load((CONTENT_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    return [(Site(**_fields(s["site"])), [Page(**_fields(p)) for p in s["pages"]]) for s in data["sites"]]


def file_for(host: str, path: str) -> Path:
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return SITES_DIR / host / rel


def write(host: str, path: str, text: str, encoding: str = "utf-8") -> None:
    f = file_for(host, path)
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(text.encode(encoding))


def listing_paths(site: Site, n_pages: int) -> list[str]:
    if site.cms == "wordpress":
        return [site.news_path] + [f"/page/{i}/" for i in range(2, n_pages + 1)]
    return [site.news_path] + [f"{site.news_path}sida-{i}/" for i in range(2, n_pages + 1)]


def build_listings(site: Site, pages: list[Page]) -> list[tuple[str, str]]:
    """Returns (path, lastmod) of every listing page written."""
    news = sorted((p for p in pages if p.news), key=lambda p: p.published or "", reverse=True)
    if not news:
        return []
    chunks = [news[i:i + site.per_page] for i in range(0, len(news), site.per_page)]
    paths = listing_paths(site, len(chunks))
    render_listing = RENDERERS[site.cms][1]
    out = []
    for no, (path, items) in enumerate(zip(paths, chunks), start=1):
        write(site.host, path, render_listing(site, site.news_title, path, items, no, paths))
        out.append((path, items[0].published))
    return out


def robots(site: Site) -> str:
    lines = ["User-agent: *"]
    if site.cms == "sitevision":
        lines += ["Disallow: /sok", "Disallow: /*?sv*", "Disallow: /*?date*", "Disallow: /*.printable",
                  "Disallow: /sitevision/"]
    elif site.cms == "wordpress":
        lines += ["Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php", "Disallow: /?s="]
    elif site.cms == "mynewsdesk":
        lines += ["Disallow: /search", "Disallow: /*?query="]
    elif site.cms == "episerver":
        lines += ["Disallow: /sok/", "Disallow: /episerver/", "Disallow: /util/"]
    else:
        lines += ["Disallow: /sok", "Disallow: /admin/"]
    sm = "sitemapindex.xml" if site.sitemap_index else "sitemap.xml"
    lines += ["", f"Sitemap: http://{site.host}/{sm}", ""]
    return "\n".join(lines)


def sitemap(site: Site, entries: list[tuple[str, str | None]]) -> str:
    rows = []
    for path, lastmod in entries:
        lm = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        rows.append(f"  <url><loc>{esc(url(site, path))}</loc>{lm}</url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")


def rfc1123(iso: str, hour: int = 9) -> str:
    d = date.fromisoformat(iso)
    # Swedish summer time (+0200) roughly April–October, otherwise +0100
    tz = timezone(timedelta(hours=2 if 4 <= d.month <= 10 else 1))
    return format_datetime(datetime(d.year, d.month, d.day, hour, 0, tzinfo=tz))


def rss(site: Site, pages: list[Page], title: str, link_suffix: str = "", self_path: str = "") -> str:
    news = sorted((p for p in pages if p.news), key=lambda p: p.published or "", reverse=True)
    items = []
    for i, p in enumerate(news):
        link = url(site, p.path) + link_suffix
        creator = f"<dc:creator>{esc(p.author or site.name)}</dc:creator>"
        items.append(
            f"  <item>\n    <title>{esc(p.title)}</title>\n    <link>{esc(link)}</link>\n"
            f"    <guid isPermaLink=\"false\">{esc(url(site, p.path))}</guid>\n"
            f"    <pubDate>{rfc1123(p.published, 8 + i % 6)}</pubDate>\n    {creator}\n"
            f"    <description>{esc(p.teaser or p.preamble)}</description>\n  </item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            f"<channel>\n  <title>{esc(title)}</title>\n  <link>http://{site.host}/</link>\n"
            f'  <atom:link href="http://{site.host}{self_path}" rel="self" type="application/rss+xml"/>\n'
            f"  <description>{esc(title)}</description>\n  <language>sv</language>\n"
            + "\n".join(items) + "\n</channel>\n</rss>\n")


def build_site(site: Site, pages: list[Page], extra: dict[str, str]) -> dict:
    render_page = RENDERERS[site.cms][0]
    for p in pages:
        text = p.raw if p.raw is not None else render_page(site, p)
        write(site.host, p.path, text, "iso-8859-1" if p.encoding == "iso-8859-1" else "utf-8")
    entries = [(p.path, p.lastmod) for p in pages if p.in_sitemap]
    entries += build_listings(site, pages)
    # listings first after the start page, like a real CMS's tree order
    if site.sitemap_index:
        write(site.host, "/sitemap1.xml", sitemap(site, entries))
        write(site.host, "/sitemapindex.xml",
              '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              f"  <sitemap><loc>http://{site.host}/sitemap1.xml</loc><lastmod>{max(e[1] or '' for e in entries)}</lastmod></sitemap>\n"
              "</sitemapindex>\n")
    else:
        write(site.host, "/sitemap.xml", sitemap(site, entries))
    write(site.host, "/robots.txt", robots(site))
    for path, text in extra.items():
        write(site.host, path, text)
    return {"host": site.host, "pages": len(pages), "listings": len(entries) - sum(p.in_sitemap for p in pages)}


START_PATHS: dict[str, str] = {}  # host -> start path when it is not "/"


def sources_yaml(all_sites: list[Site]) -> str:
    """The sample source registry, in the format of docs/architecture.md."""
    out = ["# Sample source registry for the offline mini-web in data/sample/sites/.",
           "# Generated by data/sample/tools/build_sample.py – edit data/sample/content/*.yaml, then rebuild.",
           "# http:// URLs on the real domains; the local server maps http://<host>/<path> to sites/<host>/<path>.",
           "sources:"]
    for s in all_sites:
        base = f"http://{s.host}"
        sm = "sitemapindex.xml" if s.sitemap_index else "sitemap.xml"
        feeds = []
        if s.cms == "mynewsdesk":
            feeds = [f"{base}/rss/current_news/1234"]
        elif s.cms == "wordpress":
            feeds = [f"{base}/feed/"]
        code = f'"{s.municipality_code}"' if s.municipality_code else "null"
        q = lambda xs: "[" + ", ".join(xs) + "]"  # noqa: E731
        out += [f"  - id: {s.source_id}",
                f"    name: {s.name if s.cms != 'wordpress' else 'Helsingborgs stad – Öppna soc'}",
                f"    kind: {s.kind}",
                f"    municipality_code: {code}",
                f'    county_code: "{s.county_code}"',
                f"    domains: {q([s.host] + s.extra_domains)}",
                f"    cms: {s.cms}",
                f"    start_urls: {q([base + START_PATHS.get(s.host, '/')])}",
                f"    sitemaps: {q([f'{base}/{sm}'])}",
                f"    feeds: {q(feeds)}",
                f"    listings: {q([base + s.news_path])}",
                "    include: []",
                "    exclude: []",
                "    verified: true"]
    return "\n".join(out) + "\n"


def main() -> None:
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    stats = []
    all_sites = []
    for name in CONTENT:
        for site, pages in load_content(name):
            all_sites.append(site)
            extra = {}
            if site.cms == "mynewsdesk":
                extra["/rss/current_news/1234"] = rss(
                    site, pages, "Piteå kommun - Nyheter",
                    "?utm_campaign=send_list&utm_medium=rss&utm_source=pitea", "/rss/current_news/1234")
            elif site.cms == "wordpress":
                extra["/feed/"] = rss(site, pages, site.name, "", "/feed/")
            stats.append(build_site(site, pages, extra))
    make_pdfs.main(SITES_DIR)
    (HERE.parent / "sources.yaml").write_text(sources_yaml(all_sites), encoding="utf-8")
    for s in stats:
        print(f"{s['host']:32} pages={s['pages']:3} listings={s['listings']}")
    print("html pages total:", sum(s["pages"] + s["listings"] for s in stats))


if __name__ == "__main__":
    main()
