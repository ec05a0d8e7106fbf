"""CMS profiles: where the content, title and dates live on each platform.

A profile is data plus a fingerprint test; `crawl.extractors.extract_html` applies the first
profile whose fingerprint matches (or the registry's `cms` hint), then falls back to generic
selectors and finally trafilatura. Markup notes: shared/reference/municipal-web-structure.md.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from typing import Callable

from lxml.etree import _Element


@dataclass(frozen=True)
class Profile:
    name: str
    detect: Callable[[_Element, str, str], bool]
    roots: tuple[str, ...]                 # XPath candidates for the main content, best first
    titles: tuple[str, ...] = ("(//main//h1)[1]", "(//article//h1)[1]", "(//h1)[1]")
    published: tuple[str, ...] = ()        # XPaths giving a date string (attribute or text)
    updated: tuple[str, ...] = ()
    drop: tuple[str, ...] = field(default=())  # extra furniture inside the root


def _has(rx: str) -> Callable[[_Element, str, str], bool]:
    pattern = re.compile(rx, re.I)
    return lambda tree, url, raw: bool(pattern.search(raw[:200000]))


SITEVISION = Profile(
    name="sitevision",
    detect=_has(r'class="[^"]*\bsv-(no-js|template|portlet|text-portlet|layout)|/sitevision/|svDocReady'),
    roots=("//main", "//div[contains(@class,'pagecontent')]", "//*[@id='sidans-innehall']",
           "//*[@id='Mittenspalt']/..", "//*[contains(@class,'sv-text-portlet')]/.."),
    titles=("(//*[@id='Rubrik']/following::h1)[1]", "(//main//h1)[1]", "(//h1)[1]"),
    published=("//time[contains(@class,'publish')]/@datetime",),
    updated=("//meta[@name='DC.modified']/@content",),
    drop=(".//div[contains(@class,'sv-archive-portlet')][ancestor::header]",
          ".//div[contains(@class,'sv-file-portlet')]",
          ".//div[contains(@class,'sv-file-portlet')]//span[contains(@class,'env-assistive-text')]",
          ".//div[contains(@class,'lp-page-header')]//ol"),
)

WORDPRESS = Profile(
    name="wordpress",
    detect=_has(r"/wp-content/|/wp-json|name=\"generator\" content=\"(WordPress|municipio)"),
    roots=("//article//div[contains(@class,'entry-content')]/ancestor::article[1]",
           "//article[contains(@class,'c-article')]", "//main//article", "//main",
           "//*[@id='main-content']", "//*[@id='content']"),
    titles=("(//h1[contains(@class,'entry-title')])[1]", "(//article//h1)[1]", "(//h1)[1]"),
    published=("//time[@itemprop='datePublished']/@datetime", "//meta[@property='article:published_time']/@content"),
    updated=("//time[@itemprop='dateModified']/@datetime", "//meta[@property='article:modified_time']/@content"),
)

MYNEWSDESK = Profile(
    name="mynewsdesk",
    # the host, or the newsroom's own meta tag; a municipal page merely linking to its newsroom is not one
    detect=lambda tree, url, raw: (urlsplit(url).hostname or "").endswith("mynewsdesk.com")
    or bool(re.search(r'<meta[^>]+content="Mynewsdesk"', raw[:20000], re.I)),
    roots=("//article[contains(@class,'press-release')]", "//*[@itemprop='articleBody']/ancestor::article[1]",
           "//main//article", "//article", "//main"),
    titles=("(//article//h1)[1]", "(//h1)[1]"),
    published=("//article//time/@datetime", "//meta[@property='article:published_time']/@content"),
    drop=(".//*[contains(@class,'newsroom-contacts')]", ".//*[contains(@class,'press-release__meta')]", ".//*[contains(@class,'boilerplate')]",
          ".//*[contains(@class,'press-release__media')]"),
)

EPISERVER = Profile(
    name="episerver",
    detect=_has(r'content="EPiServer|data-epi-|/globalassets/'),
    roots=("//main", "//*[@id='main-content']", "//*[@id='content']", "//article"),
)

GENERIC = Profile(
    name="other",
    detect=lambda tree, url, raw: True,
    roots=("//main", "//article", "//*[@role='main']", "//*[@id='main-content']", "//*[@id='content']",
           "//*[@id='main']", "//body"),
)

PROFILES: tuple[Profile, ...] = (MYNEWSDESK, SITEVISION, WORDPRESS, EPISERVER, GENERIC)
BY_NAME = {p.name: p for p in PROFILES}


def choose(tree: _Element, url: str, raw: str, hint: str | None) -> Profile:
    """The fingerprinted CMS wins over the registry hint (sites migrate); hint breaks no ties."""
    for profile in PROFILES[:-1]:
        if profile.detect(tree, url, raw):
            return profile
    return BY_NAME.get(hint or "", GENERIC) if hint in ("episerver",) else GENERIC
