"""HTML → plain text with headings kept as sections; shared by every CMS extractor.

Text contract (docs/architecture.md): paragraphs separated by a blank line, each heading its own
paragraph, list items as "- item" paragraphs; `sections` give each heading's character span
(from the heading's first character to the end of the last paragraph before the next heading of
the same or a higher level).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html
from lxml.etree import ParserError, _Element

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PARA_TAGS = {"p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "caption", "address", "summary"}
DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
             "svg", "figure", "figcaption", "img", "iframe", "select", "template", "object", "video",
             "audio", "input", "textarea", "label", "dialog", "map"}
# class/id fragments of page furniture (Sitevision/Limepark/Soleil, WordPress, mynewsdesk)
_FURNITURE = re.compile(
    r"cookie|consent|breadcrumb|skip|share|social|sv-related-portlet|lp-related|page-tools|"
    r"lp-page-tools|sol-tool-nav|feedback|env-assistive-text|visuallyhidden|sr-only|"
    r"screen-reader|print-|printlink|lp-alert|alert-wrapper|mobilmeny|mobile-menu|comments|"
    r"related-posts|newsletter|post-navigation|tags|taggar|contact-card|footer|site-header",
    re.I)
BOILERPLATE_LINES = re.compile(
    r"^(länk till annan webbplats\.?|hoppa till (huvud)?innehåll(et)?|till huvudinnehåll|"
    r"skip to (main )?content|relaterade länkar|skriv ut|dela( sidan)?|lyssna|"
    r"hjälpte informationen på sidan dig\??|tack för att du hjälper oss!?|du är här:?|"
    r"sidan publicerad av:.*|fotograf:.*|foto:.*|bild:.*|report errors on page|"
    r"mobilmeny\.?|tillbaka till startsidan|taggar för sidan|läs mer|visa fler)$", re.I)
BLOCK_TAGS = {"div", "section", "article", "main", "body", "ul", "ol", "table", "tr", "tbody",
              "thead", "tfoot", "dl", "hr", "details", "fieldset", "center"}
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


@dataclass
class Block:
    kind: str  # heading | para | item
    text: str
    level: int = 0


@dataclass
class Assembled:
    text: str
    sections: list[dict] = field(default_factory=list)


def parse_html(html: str) -> _Element | None:
    if not html or not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except (ParserError, ValueError):
        try:
            return lxml_html.document_fromstring(html.encode("utf-8", "replace"))
        except (ParserError, ValueError):
            return None


def _is_furniture(el: _Element) -> bool:
    attrs = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if el.get("role") in ("navigation", "banner", "contentinfo", "search"):
        return True
    return bool(attrs.strip()) and bool(_FURNITURE.search(attrs))


def strip_furniture(root: _Element) -> None:
    """Remove scripts, navigation and known page furniture in place (keeps tails)."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
        if el.tag in ("html", "body", "main", "article"):
            continue
        if el.tag in DROP_TAGS or _is_furniture(el):
            # Malformed old templates leave a banner or skip-link div unclosed so that it wraps
            # the whole page: never drop an element that holds the main content.
            if el.tag not in ("script", "style", "noscript", "template") and el.xpath(_HOLDS_MAIN):
                continue
            if el.getparent() is not None:
                el.drop_tree()


_HOLDS_MAIN = (".//main | .//article | .//*[@id='sidans-innehall' or @id='Brodtext' or @id='Mittenspalt' "
              "or @id='content' or @id='main-content' or @role='main']")


def _norm(text: str) -> str:
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []

    def flush(self, kind: str = "para", level: int = 0) -> None:
        text = _norm("".join(self.buf))
        self.buf = []
        if text:
            self.blocks.append(Block(kind, text, level))

    def inline(self, el: _Element) -> None:
        """Collect inline text of `el`, turning <br> into a line break."""
        if el.tag == "br":
            self.buf.append("\n")
            return
        if el.tag in HEADINGS or el.tag in PARA_TAGS or el.tag in BLOCK_TAGS:
            self.walk(el)
            return
        self.buf.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                self.inline(child)
            self.buf.append(child.tail or "")

    def walk(self, el: _Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in HEADINGS:
            self.flush()
            self.buf.append(el.text_content())
            self.flush("heading", HEADINGS[tag])
            return
        if tag in PARA_TAGS:
            self.flush()
            nested = [c for c in el if isinstance(c.tag, str) and c.tag in ("ul", "ol", "table", "div", "p")]
            self.buf.append(el.text or "")
            for child in el:
                if child in nested:
                    self.flush("item" if tag == "li" else "para")
                    self.walk(child)
                elif isinstance(child.tag, str):
                    self.inline(child)
                self.buf.append(child.tail or "")
            self.flush("item" if tag == "li" else "para")
            return
        if tag == "br":
            self.buf.append("\n")
            return
        # container or inline element: text flows into the pending paragraph
        is_block = tag in BLOCK_TAGS
        if is_block:
            self.flush()
        self.buf.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                if is_block or child.tag in HEADINGS or child.tag in PARA_TAGS:
                    self.walk(child)
                else:
                    self.inline(child)
            self.buf.append(child.tail or "")
        if is_block:
            self.flush()


def blocks_from(root: _Element) -> list[Block]:
    w = _Walker()
    w.walk(root)
    w.flush()
    out: list[Block] = []
    for b in w.blocks:
        if BOILERPLATE_LINES.match(b.text):
            continue
        if out and out[-1].text == b.text and out[-1].kind == b.kind:
            continue  # duplicated markup (e.g. a visually-hidden copy)
        out.append(b)
    return out


def assemble(blocks: list[Block]) -> Assembled:
    """Join blocks into the text contract and compute heading sections."""
    parts: list[str] = []
    heads: list[tuple[int, int, str]] = []  # (start, level, heading)
    pos = 0
    for b in blocks:
        text = b.text.replace("\n", " ") if b.kind == "heading" else b.text
        if b.kind == "item":
            text = "- " + text
        if parts:
            pos += 2
        if b.kind == "heading":
            heads.append((pos, b.level, text))
        parts.append(text)
        pos += len(text)
    full = "\n\n".join(parts)
    sections: list[dict] = []
    for i, (start, level, heading) in enumerate(heads):
        end = len(full)
        for nstart, nlevel, _ in heads[i + 1:]:
            if nlevel <= level:
                end = nstart - 2
                break
        sections.append({"heading": heading, "level": level, "start": start, "end": end})
    return Assembled(full, sections)


def meta_content(tree: _Element, *names: str) -> str | None:
    for name in names:
        for attr in ("name", "property", "itemprop"):
            found = tree.xpath(f'//meta[translate(@{attr},"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")="{name.lower()}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def clean_title(title: str) -> str:
    title = _WS.sub(" ", title).strip()
    for sep in (" | ", " – ", " - "):
        if sep in title:
            head = title.split(sep)[0].strip()
            if len(head) >= 4:
                return head
    return title
