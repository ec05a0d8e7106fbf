"""Page furniture for the sample mini-web: one renderer per CMS family.

The content files (data/sample/content/*.yaml) hold the words; this module only wraps them in the markup each CMS
really produces (see ../shared/reference/municipal-web-structure.md), so the crawler's
CMS-specific extraction has something realistic to chew on.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import date

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def sv_long(iso: str) -> str:
    """'2024-06-03' -> '3 juni 2024'."""
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass
class Site:
    host: str
    source_id: str
    name: str            # "Nordmalings kommun"
    cms: str             # sitevision | mynewsdesk | wordpress | episerver | other
    kind: str            # kommun | region | organisation
    municipality_code: str | None
    county_code: str
    news_path: str = "/nyhetsarkiv/"
    news_title: str = "Nyhetsarkiv"
    per_page: int = 5
    address: str = ""
    phone: str = ""
    orgnr: str = ""
    extra_domains: list[str] = field(default_factory=list)
    cookie_style: str = "script"  # script (JSON in AppRegistry) | top (server-rendered banner)
    nav: list[tuple[str, str]] = field(default_factory=list)
    sitemap_index: bool = False
    start_title: str = ""
    start_intro: str = ""


@dataclass
class Page:
    path: str
    title: str
    kind: str
    body: str = ""
    preamble: str = ""
    published: str | None = None   # ISO, used for listings and feeds
    modified: str | None = None    # ISO, DC.modified and sitemap lastmod
    date_top: str = ""             # visible date line above the heading (html)
    date_bottom: str = ""          # visible date line below the body (html)
    crumbs: list[tuple[str, str]] = field(default_factory=list)
    image: tuple[str, str] | None = None       # (alt text, caption incl. "Foto: …")
    related: list[tuple[str, str]] = field(default_factory=list)  # (label, href)
    files: list[tuple[str, str, str]] = field(default_factory=list)  # (label, href, "Pdf, 180 kB.")
    news: bool = False              # listed in the site's news archive and feed
    lang: str = "sv"
    encoding: str = "utf-8"
    raw: str | None = None          # complete hand-written document (malformed page)
    teaser: str = ""                # listing text; defaults to the preamble
    author: str = ""                # WordPress / mynewsdesk byline
    category: str = ""
    in_sitemap: bool = True

    @property
    def lastmod(self) -> str | None:
        return self.modified or self.published


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def url(site: Site, path: str) -> str:
    return f"http://{site.host}{path}"


# --------------------------------------------------------------------------- Sitevision

def _sv_portlet(name: str, inner: str, pid: str) -> str:
    return (f'<div class="sv-text-portlet sv-use-margins" id="svid12_{pid}">'
            f'<div id="{name}"><!-- {name} --></div>'
            f'<div class="sv-text-portlet-content">{inner}</div></div>\n')


def _pid(seed: str) -> str:
    return format(abs(hash_stable(seed)) % (16 ** 12), "x")


def hash_stable(text: str) -> int:
    """Deterministic small hash (Python's hash() is salted per process)."""
    h = 2166136261
    for ch in text.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def _sv_cookie_script(site: Site) -> str:
    state = {"title": "Vi använder kakor",
             "message": f"{site.name} använder kakor (cookies) för att webbplatsen ska fungera "
                        "och för att förstå hur den används. Du väljer själv om du vill tillåta "
                        "kakor för statistik.",
             "acceptAll": "Godkänn alla kakor", "acceptNecessary": "Endast nödvändiga"}
    return ("<script>AppRegistry.registerInitialState('12.6b1c0a4e18c3f2d1a7e3f1', "
            + json.dumps(state, ensure_ascii=False) + ");</script>\n")


def _sv_cookie_top(site: Site) -> str:
    return ('<div class="sv-cookie-consent-banner" role="region" aria-label="Kakor">'
            '<p>Vi använder kakor (cookies) för att ge dig en bättre upplevelse av webbplatsen. '
            'Läs mer om hur vi hanterar kakor.</p>'
            '<button type="button">Jag godkänner</button> <button type="button">Neka</button></div>\n')


def _crumbs(site: Site, page: Page, home_label: str = "Startsida") -> str:
    items = [f'<li><a href="/">{home_label}</a></li>']
    items += [f'<li><a href="{esc(h)}">{esc(lbl)}</a></li>' for lbl, h in page.crumbs]
    items.append(f'<li aria-current="page">{esc(page.title)}</li>')
    return ('<nav aria-label="Länkstig"><ol class="env-breadcrumb">' + "".join(items)
            + "</ol></nav>\n")


def _sv_nav(site: Site) -> str:
    links = "".join(f'<li><a href="{esc(h)}">{esc(l)}</a></li>' for l, h in site.nav)
    return (f'<nav class="lp-header-nav" aria-label="Huvudmeny"><ul>{links}</ul></nav>\n'
            '<form class="lp-search" action="/sok" method="get">'
            '<label for="q">Sök på webbplatsen</label><input id="q" name="query" type="search">'
            '<button type="submit">Sök</button></form>\n')


def _sv_footer(site: Site) -> str:
    return ('<footer class="lp-footer"><h1 class="env-assistive-text">Mer om oss</h1>'
            f'<div class="sv-text-portlet"><p class="normal"><strong>{esc(site.name)}</strong><br>'
            f'{esc(site.address)}<br>Telefon: {esc(site.phone)}'
            + (f'<br>Organisationsnummer: {esc(site.orgnr)}' if site.orgnr else '') + '</p>'
            '<ul class="lp-footer-links"><li><a href="/">Till startsidan</a></li>'
            '<li><a href="https://www.facebook.com/">Facebook</a></li>'
            '<li><a href="https://www.instagram.com/">Instagram</a></li></ul>'
            '<p class="normal">Om webbplatsen · Tillgänglighetsredogörelse · Kakor · Behandling av personuppgifter</p>'
            '</div></footer>\n')


def _page_tools(share_url: str) -> str:
    return ('<div class="lp-page-tools"><a href="javascript:window.print()">Skriv ut</a> '
            '<span>Dela: <a href="https://www.facebook.com/sharer/sharer.php?u=' + esc(share_url)
            + '">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url=' + esc(share_url)
            + '">LinkedIn</a> <a href="mailto:?subject=Tips">E-post</a></span></div>\n')


def _feedback() -> str:
    return ('<div class="sv-feedback-portlet"><h2 class="subheading">Hjälpte informationen på sidan dig?</h2>'
            '<button type="button">Ja</button> <button type="button">Nej</button>'
            '<p class="env-assistive-text">Tack för att du hjälper oss att bli bättre!</p></div>\n')


def _image(image: tuple[str, str] | None, src: str) -> str:
    if not image:
        return ""
    alt, caption = image
    return (f'<div class="sv-image-portlet"><figure><img src="{esc(src)}" alt="{esc(alt)}" width="800" height="450">'
            f'<figcaption class="lp-caption">{esc(caption)}</figcaption></figure></div>\n')


def _related(page: Page, heading: str = "Relaterade länkar") -> str:
    if not page.related:
        return ""
    lis = []
    for label, href in page.related:
        ext = href.startswith("http") and "sample-internal" not in href
        note = '<span class="env-assistive-text"> Länk till annan webbplats.</span>' if ext else ""
        lis.append(f'<li><a href="{esc(href)}">{esc(label)}{note}</a></li>')
    return (f'<div class="sv-related-portlet"><div class="lp-related" id="links"><h2>{heading}</h2>'
            f'<ul>{"".join(lis)}</ul></div></div>\n')


def _sv_files(page: Page) -> str:
    if not page.files:
        return ""
    lis = "".join(
        f'<li><div class="sv-file-portlet-file"><a href="{esc(h)}">{esc(l)}'
        f'<span class="env-assistive-text"> {esc(s)}</span></a></div></li>' for l, h, s in page.files)
    return f'<div class="sv-file-portlet"><h2 class="subheading">Dokument</h2><ul>{lis}</ul></div>\n'


def render_sitevision(site: Site, page: Page) -> str:
    canonical = url(site, page.path)
    charset = "iso-8859-1" if page.encoding.lower() in ("latin-1", "iso-8859-1") else "utf-8"
    skip = "Skip to main content" if page.lang == "en" else "Hoppa till huvudinnehållet"
    head = (f'<!DOCTYPE html>\n<html lang="{page.lang}" class="sv-no-js sv-template-sida">\n<head>\n'
            f'<meta charset="{charset}">\n'
            f'<title>{esc(page.title)} - {esc(site.name)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    if page.modified or page.published:
        head += f'<meta name="DC.modified" content="{page.lastmod}">\n'
    head += (f'<meta property="og:title" content="{esc(page.title)}">\n'
             f'<meta property="og:description" content="{esc(page.preamble)}">\n'
             f'<link rel="canonical" href="{esc(canonical)}">\n'
             '<link rel="stylesheet" href="/sitevision/system-resource/c3f1a7/css/portlets.css">\n'
             '<script src="/sitevision/system-resource/c3f1a7/js/envision.js"></script>\n'
             '<script>svDocReady(function(){});</script>\n</head>\n')
    body = '<body class="sv-responsive">\n'
    if site.cookie_style == "top":
        body += _sv_cookie_top(site)
    body += (f'<div class="lp-skip-links"><a class="lp-skip-to-content" href="#sidans-innehall">{skip}</a></div>\n'
             f'<header class="lp-header"><a href="/" class="lp-logo"><img src="/images/18.2f0c1d/logo.svg" alt="{esc(site.name)}, till startsidan"></a>\n'
             + _sv_nav(site) + "</header>\n" + _crumbs(site, page) +
             '<main id="sidans-innehall"><div class="pagecontent sv-layout">\n')
    pid = _pid(page.path)
    if page.date_top:
        body += f'<div class="lp-page-header-date"><p class="lp-date">{page.date_top}</p></div>\n'
    body += _sv_portlet("Rubrik", f'<h1 class="heading">{esc(page.title)}</h1>', pid + "a")
    if page.preamble:
        body += _sv_portlet("Ingress", f'<p class="preamble">{esc(page.preamble)}</p>', pid + "b")
    body += _image(page.image, f"/images/18.{pid}/bild.jpg")
    if page.body:
        body += _sv_portlet("Brodtext", page.body, pid + "c")
    body += _sv_files(page) + _related(page)
    if page.date_bottom:
        body += f'<div class="lp-content-footer"><p class="normal lp-date">{page.date_bottom}</p></div>\n'
    body += _page_tools(canonical) + _feedback() + "</div></main>\n" + _sv_footer(site)
    if site.cookie_style == "script":
        body += _sv_cookie_script(site)
    body += "</body>\n</html>\n"
    return head + body


def render_sitevision_listing(site: Site, title: str, path: str, items: list[Page],
                              page_no: int, page_paths: list[str]) -> str:
    lis = []
    for p in items:
        lis.append(f'<li class="sv-channel-item"><a href="{esc(p.path)}"><h2 class="heading3">{esc(p.title)}</h2></a>'
                   f'<time datetime="{p.published}">{sv_long(p.published)}</time>'
                   f'<p class="normal">{esc(p.teaser or p.preamble)}</p></li>')
    body = (f'<div class="sv-channel sv-archive-portlet"><ul class="sv-channel">{"".join(lis)}</ul></div>\n'
            + _pager(page_no, page_paths, "Föregående", "Nästa"))
    pg = Page(path=path, title=title if page_no == 1 else f"{title} - sida {page_no}", kind="listing",
              body=body, modified=items[0].published if items else None)
    return render_sitevision(site, pg)


def _pager(page_no: int, page_paths: list[str], prev: str, nxt: str) -> str:
    if len(page_paths) < 2:
        return ""
    parts = []
    if page_no > 1:
        parts.append(f'<a rel="prev" href="{page_paths[page_no - 2]}">{prev}</a>')
    for i, p in enumerate(page_paths, start=1):
        parts.append(f'<span aria-current="page">{i}</span>' if i == page_no else f'<a href="{p}">{i}</a>')
    if page_no < len(page_paths):
        parts.append(f'<a rel="next" href="{page_paths[page_no]}">{nxt}</a>')
    return '<nav class="pagination" aria-label="Sidnumrering">' + " ".join(parts) + "</nav>\n"


# --------------------------------------------------------------------------- Episerver

def render_episerver(site: Site, page: Page) -> str:
    canonical = url(site, page.path)
    out = ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{esc(page.title)} | {esc(site.name)}</title>\n'
           '<meta name="generator" content="EPiServer">\n')
    if page.lastmod:
        out += f'<meta name="DC.modified" content="{page.lastmod}">\n'
    out += (f'<link rel="canonical" href="{esc(canonical)}">\n'
            '<link rel="stylesheet" href="/globalassets/static/css/main.min.css">\n</head>\n'
            '<body data-epi-page-id="' + str(hash_stable(page.path) % 9000 + 1000) + '">\n'
            '<a class="skip-link" href="#main">Hoppa till huvudinnehållet</a>\n'
            '<div class="cookie-notice" role="dialog"><p>Vi använder kakor för att förbättra webbplatsen. '
            'Genom att fortsätta godkänner du att vi använder kakor.</p><button>Okej</button></div>\n'
            f'<header class="site-header"><a href="/"><img src="/globalassets/logotyp.svg" alt="{esc(site.name)}"></a>'
            + "<ul class=\"main-menu\">" + "".join(f'<li><a href="{esc(h)}">{esc(l)}</a></li>' for l, h in site.nav)
            + "</ul></header>\n" + _crumbs(site, page, "Start") +
            '<main id="main"><article class="article">\n')
    if page.date_top:
        out += f'<div class="article__meta">{page.date_top}</div>\n'
    out += f'<h1>{esc(page.title)}</h1>\n'
    if page.preamble:
        out += f'<p class="article__intro">{esc(page.preamble)}</p>\n'
    out += _image(page.image, "/globalassets/bilder/" + _pid(page.path) + ".jpg")
    out += f'<div class="article__body" data-epi-property-name="MainBody">{page.body}</div>\n'
    if page.files:
        out += ('<div class="documents"><h2>Dokument</h2><ul>' + "".join(
            f'<li><a href="{esc(h)}">{esc(l)} ({esc(s)})</a></li>' for l, h, s in page.files) + "</ul></div>\n")
    out += _related(page)
    if page.date_bottom:
        out += f'<div class="article__footer">{page.date_bottom}</div>\n'
    out += (_page_tools(canonical) + _feedback() + '</article></main>\n<footer class="site-footer">'
            f'<p>{esc(site.name)}, {esc(site.address)}. Växel {esc(site.phone)}.</p>'
            '<p>Om webbplatsen | Kakor | Tillgänglighetsredogörelse</p></footer>\n</body>\n</html>\n')
    return out


def render_episerver_listing(site: Site, title: str, path: str, items: list[Page],
                             page_no: int, page_paths: list[str]) -> str:
    lis = "".join(
        f'<li class="news-list__item"><span class="news-list__date">{p.published}</span> '
        f'<a href="{esc(p.path)}">{esc(p.title)}</a><p>{esc(p.teaser or p.preamble)}</p></li>' for p in items)
    pg = Page(path=path, title=title, kind="listing",
              body=f'<ul class="news-list">{lis}</ul>' + _pager(page_no, page_paths, "Föregående", "Nästa"),
              modified=items[0].published if items else None)
    return render_episerver(site, pg)


# --------------------------------------------------------------------------- WordPress / Municipio

def render_wordpress(site: Site, page: Page) -> str:
    canonical = url(site, page.path)
    out = ('<!DOCTYPE html>\n<html lang="sv-SE">\n<head>\n<meta charset="UTF-8">\n'
           f'<title>{esc(page.title)} – {esc(site.name)}</title>\n'
           '<meta name="generator" content="WordPress 6.3.1">\n'
           f'<link rel="canonical" href="{esc(canonical)}">\n'
           f'<link rel="alternate" type="application/rss+xml" title="{esc(site.name)} » Flöde" href="/feed/">\n'
           f'<link rel="https://api.w.org/" href="http://{site.host}/wp-json/">\n'
           "<link rel='stylesheet' href='/wp-content/themes/municipio/assets/dist/css/app.min.css' type='text/css'>\n"
           "<script src='/wp-includes/js/jquery/jquery.min.js'></script>\n</head>\n"
           '<body class="post-template-default single single-post municipio">\n'
           '<a href="#main-content" class="screen-reader-text">Hoppa till huvudinnehållet</a>\n'
           f'<header class="site-header"><a href="/" class="site-title">{esc(site.name)}</a>'
           '<p class="site-description">Öppen socialtjänst – utveckling tillsammans med invånare och brukare</p>'
           + "<ul class=\"nav\">" + "".join(f'<li><a href="{esc(h)}">{esc(l)}</a></li>' for l, h in site.nav)
           + "</ul></header>\n<main id=\"main-content\"><article class=\"post\">\n"
           f'<h1 class="entry-title">{esc(page.title)}</h1>\n')
    if page.date_top:
        out += f'<div class="entry-meta">{page.date_top}</div>\n'
    out += _image(page.image, "/wp-content/uploads/" + (page.published or "2023-01-01")[:7].replace("-", "/")
                  + "/" + _pid(page.path) + ".jpg")
    out += f'<div class="entry-content">{page.body}</div>\n'
    if page.date_bottom:
        out += f'<footer class="entry-footer">{page.date_bottom}</footer>\n'
    if page.kind != "listing":
        out += ('<div class="share">Dela: <a href="https://www.facebook.com/sharer/sharer.php?u=' + esc(canonical)
                + '">Facebook</a></div>\n<div id="comments" class="comments-area">'
                '<h2 class="comments-title">Lämna en kommentar</h2>'
                '<p class="comment-notes">Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *</p>'
                '<form class="comment-form"><label>Kommentar *</label><textarea name="comment"></textarea>'
                '<label>Namn *</label><input name="author"><label>E-post *</label><input name="email">'
                '<button type="submit">Publicera kommentar</button></form></div>\n')
    out += ('</article></main>\n<footer class="site-footer"><p>Socialförvaltningen, Helsingborgs stad</p>'
            '<p>Drivs med WordPress och Municipio</p></footer>\n</body>\n</html>\n')
    return out


def render_wordpress_listing(site: Site, title: str, path: str, items: list[Page],
                             page_no: int, page_paths: list[str]) -> str:
    arts = "".join(
        f'<article class="post-preview"><h2><a href="{esc(p.path)}">{esc(p.title)}</a></h2>'
        f'<p class="meta">Publicerad: <time datetime="{p.published}">{p.published}</time></p>'
        f'<p>{esc(p.teaser or p.preamble)}</p><a href="{esc(p.path)}">Läs mer</a></article>\n' for p in items)
    pager = _pager(page_no, page_paths, "« Nyare inlägg", "Äldre inlägg »")
    intro = ("<p>Här berättar vi om hur socialförvaltningen utvecklar verksamheten tillsammans med "
             "de som använder den.</p>" if page_no == 1 else "")
    pg = Page(path=path, title=title if page_no == 1 else f"{title} – Sida {page_no}", kind="listing",
              body=intro + arts + pager)
    return render_wordpress(site, pg)


# --------------------------------------------------------------------------- mynewsdesk

def render_mynewsdesk(site: Site, page: Page) -> str:
    canonical = url(site, page.path)
    out = ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{esc(page.title)} | {esc(site.name)}</title>\n'
           f'<meta property="og:site_name" content="Mynewsdesk">\n'
           f'<meta property="og:title" content="{esc(page.title)}">\n'
           f'<meta property="og:description" content="{esc(page.preamble)}">\n'
           f'<link rel="canonical" href="{esc(canonical)}">\n'
           '<link rel="alternate" type="application/rss+xml" href="/rss/current_news/1234" title="Piteå kommun - Nyheter">\n'
           '<link rel="stylesheet" href="https://static.mynewsdesk.com/assets/newsroom.css">\n</head>\n'
           '<body class="newsroom-theme">\n<a href="#content" class="skip">Hoppa till innehåll</a>\n'
           '<header class="newsroom-header"><a href="/">Piteå kommun</a> <nav><a href="/">Nyheter</a> '
           '<a href="/">Pressmeddelanden</a> <a href="/">Bilder</a> <a href="/">Kontaktpersoner</a></nav>'
           '<a class="follow" href="/">Följ Piteå kommun</a></header>\n<main id="content">\n')
    if page.kind == "listing":
        out += f"<h1>{esc(page.title)}</h1>\n{page.body}\n"
    else:
        out += ('<article class="press-release">\n'
                f'<p class="publish-date">{page.date_top}</p>\n'
                f'<h1 class="panel-title">{esc(page.title)}</h1>\n'
                f'<p class="summary"><strong>{esc(page.preamble)}</strong></p>\n'
                + _image(page.image, "https://mnd-assets.mynewsdesk.com/image/upload/" + _pid(page.path) + ".jpg")
                + f'<div class="panel-body">{page.body}</div>\n'
                '<section class="newsroom-boilerplate"><h2>Om Piteå kommun</h2><p>Piteå är en kommun vid '
                'kusten i Norrbotten med drygt 42 000 invånare. Kommunen arbetar för att vara en attraktiv '
                'plats att bo, verka och leva i för människor i alla åldrar.</p></section>\n'
                f'<div class="tags">Ämnen: {esc(page.category or "Samhälle")} · Regioner: Norrbotten, Piteå</div>\n'
                '<div class="download"><a href="#">Ladda ner pressmeddelandet som PDF</a></div>\n'
                f'<div class="share">Dela: <a href="https://twitter.com/intent/tweet?url={esc(canonical)}">X</a> '
                f'<a href="https://www.linkedin.com/shareArticle?url={esc(canonical)}">LinkedIn</a></div>\n'
                + (f'<p class="bottom-date">{page.date_bottom}</p>\n' if page.date_bottom else "")
                + "</article>\n")
    out += ('</main>\n<footer class="mnd-footer"><p>Pressrum skapat av Mynewsdesk</p>'
            '<p>Kakor och personuppgifter · Användarvillkor</p></footer>\n</body>\n</html>\n')
    return out


def render_mynewsdesk_listing(site: Site, title: str, path: str, items: list[Page],
                              page_no: int, page_paths: list[str]) -> str:
    cards = "".join(
        f'<div class="newsroom-item"><span class="type">Pressmeddelande</span> '
        f'<time datetime="{p.published}">{p.published}</time>'
        f'<h2><a href="{esc(p.path)}">{esc(p.title)}</a></h2><p>{esc(p.teaser or p.preamble)}</p></div>\n'
        for p in items)
    pg = Page(path=path, title=title, kind="listing", body=cards + _pager(page_no, page_paths, "Föregående", "Fler nyheter"))
    return render_mynewsdesk(site, pg)


# --------------------------------------------------------------------------- Storsthlm (other)

def render_other(site: Site, page: Page) -> str:
    canonical = url(site, page.path)
    out = ('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{esc(page.title)} - {esc(site.name)}</title>\n'
           f'<meta name="description" content="{esc(page.preamble)}">\n'
           f'<link rel="canonical" href="{esc(canonical)}">\n</head>\n<body>\n'
           '<a class="skip" href="#innehall">Hoppa till huvudinnehållet</a>\n'
           '<header><a href="/">Storsthlm</a><nav>' + " ".join(f'<a href="{esc(h)}">{esc(l)}</a>' for l, h in site.nav)
           + '</nav></header>\n<main id="innehall">\n')
    if page.date_top:
        out += f'<p class="kicker">{page.date_top}</p>\n'
    out += f'<h1>{esc(page.title)}</h1>\n'
    if page.preamble:
        out += f'<p class="lead">{esc(page.preamble)}</p>\n'
    out += _image(page.image, "/media/" + _pid(page.path) + ".jpg") + f'<div class="content">{page.body}</div>\n'
    if page.files:
        out += ('<div class="files"><h2>Ladda ner</h2><ul>' + "".join(
            f'<li><a href="{esc(h)}">{esc(l)}</a> ({esc(s)})</li>' for l, h, s in page.files) + "</ul></div>\n")
    out += _related(page, "Läs mer")
    if page.date_bottom:
        out += f'<p class="updated">{page.date_bottom}</p>\n'
    out += ('</main>\n<footer><p>Storsthlm – Storstockholms kommuner i samverkan. Box 38145, 100 64 Stockholm.</p>'
            '<p>Vi använder kakor för statistik. <a href="/">Läs mer om kakor</a></p></footer>\n</body>\n</html>\n')
    return out


def render_other_listing(site: Site, title: str, path: str, items: list[Page],
                         page_no: int, page_paths: list[str]) -> str:
    lis = "".join(
        f'<li><a href="{esc(p.path)}">{esc(p.title)}</a> <time datetime="{p.published}">{sv_long(p.published)}</time>'
        f'<p>{esc(p.teaser or p.preamble)}</p></li>' for p in items)
    pg = Page(path=path, title=title, kind="listing", body=f"<ul class=\"article-list\">{lis}</ul>"
              + _pager(page_no, page_paths, "Föregående", "Nästa"))
    return render_other(site, pg)


RENDERERS = {
    "sitevision": (render_sitevision, render_sitevision_listing),
    "episerver": (render_episerver, render_episerver_listing),
    "wordpress": (render_wordpress, render_wordpress_listing),
    "mynewsdesk": (render_mynewsdesk, render_mynewsdesk_listing),
    "other": (render_other, render_other_listing),
}
