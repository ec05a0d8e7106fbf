"""Field-by-field extraction tests on our own fixtures (one small assertion per field)."""
from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from crawl.encoding import decode_html
from crawl.extractors import extract_html, extract_pdf
from crawl_helpers import PAGES, PDF_PARAGRAPHS, SITES as SITES_DIR, make_pdf

SV_URL = "https://www.sjovik.se/nyheter/2024-06-03-tack-for-dialogen"


def fake_response(name: str, url: str, content_type: str = "text/html; charset=utf-8") -> HtmlResponse:
    return HtmlResponse(url=url, body=(PAGES / name).read_bytes(), headers={"Content-Type": content_type})


def extract(name: str, url: str, cms: str | None = None, content_type: str = "text/html; charset=utf-8"):
    response = fake_response(name, url, content_type)
    text, _ = decode_html(response.body, content_type)
    return extract_html(text, response.url, cms)


@pytest.fixture(scope="module")
def sitevision():
    return extract("sitevision_article.html", SV_URL, "sitevision")


def test_sitevision_cms(sitevision):
    assert sitevision.cms == "sitevision"


def test_sitevision_title(sitevision):
    assert sitevision.title == "Tack för dialogen om omsorgen"


def test_sitevision_published(sitevision):
    assert sitevision.published == "2024-06-03"


def test_sitevision_updated_from_dc_modified(sitevision):
    assert sitevision.updated == "2024-06-05"


def test_sitevision_language(sitevision):
    assert sitevision.language == "sv"


def test_sitevision_canonical(sitevision):
    assert sitevision.canonical_url.startswith("https://www.sjovik.se/nyheter/2024-06-03-tack-for-dialogen")


def test_sitevision_headings_are_own_paragraphs(sitevision):
    assert "\n\nÄldre\n\n" in sitevision.text and "\n\nBarn och unga\n\n" in sitevision.text


def test_sitevision_sections_point_at_headings(sitevision):
    for s in sitevision.sections:
        assert sitevision.text[s["start"]:s["start"] + len(s["heading"])] == s["heading"]


def test_sitevision_section_levels_nest(sitevision):
    by = {s["heading"]: s for s in sitevision.sections}
    assert by["Äldre"]["start"] < by["Anhöriga"]["start"] < by["Anhöriga"]["end"] <= by["Äldre"]["end"]
    assert "Ungdomarna" not in sitevision.text[by["Äldre"]["start"]:by["Äldre"]["end"]]


def test_sitevision_list_items(sitevision):
    assert "- starta en promenadgrupp från trygghetsboendet" in sitevision.text


def test_sitevision_inline_markup_kept_in_item(sitevision):
    assert "- erbjuda digital hjälp på biblioteket en gång i veckan" in sitevision.text


@pytest.mark.parametrize("furniture", ["Hoppa till innehåll", "Viktigt meddelande", "Fotograf",
                                       "Vi använder kakor", "Relaterade länkar", "Skriv ut", "Mer om oss",
                                       "Länk till annan webbplats", "Pdf, 120 kB"])
def test_sitevision_furniture_removed(sitevision, furniture):
    assert furniture not in sitevision.text


def test_sitevision_links_include_pdf(sitevision):
    assert any(link.endswith("sammanfattning-dialog.pdf") for link in sitevision.links)


def test_sitevision_advertised_feed(sitevision):
    assert any("state=rss" in f for f in sitevision.feeds)


@pytest.fixture(scope="module")
def wordpress():
    return extract("wordpress_post.html", "https://www.dalby-kommun.se/2023/10/12/brukarradet-har-traffats/")


def test_wordpress_cms(wordpress):
    assert wordpress.cms == "wordpress"


def test_wordpress_title(wordpress):
    assert wordpress.title == "Brukarrådet för daglig verksamhet har träffats"


def test_wordpress_published(wordpress):
    assert wordpress.published == "2023-10-12"


def test_wordpress_updated(wordpress):
    assert wordpress.updated == "2023-11-02"


def test_wordpress_sections(wordpress):
    assert [s["heading"] for s in wordpress.sections if s["level"] == 2] == ["Det här tog vi upp", "Nästa möte"]


def test_wordpress_share_buttons_removed(wordpress):
    assert "Facebook" not in wordpress.text


@pytest.fixture(scope="module")
def newsroom():
    return extract("mynewsdesk_pressrelease.html",
                   "https://sjovik.mynewsdesk.com/pressreleases/tack-for-dialogen-om-omsorgen-3312345")


def test_mynewsdesk_cms(newsroom):
    assert newsroom.cms == "mynewsdesk"


def test_mynewsdesk_published(newsroom):
    assert newsroom.published == "2024-06-03"


def test_mynewsdesk_contacts_and_boilerplate_removed(newsroom):
    assert "0123-45 67 89" not in newsroom.text and "drygt 9 000" not in newsroom.text


def test_mynewsdesk_title(newsroom):
    assert newsroom.title == "Tack för dialogen om omsorgen"


def test_byline_date():
    doc = extract("byline_page.html", "https://www.lansforbund.se/kunskap/regional-dialog")
    assert doc.published == "2023-06-19"


def test_latin1_without_declared_charset_decodes():
    doc = extract("latin1_page.html", "http://www.sjovik.se/latin1", content_type="text/html")
    assert doc.title == "Träffpunkt för äldre"


def test_latin1_mislabelled_as_utf8_decodes():
    doc = extract("latin1_page.html", "http://www.sjovik.se/latin1", content_type="text/html; charset=utf-8")
    assert "pensionärer" in doc.text and "\ufffd" not in doc.text


def test_utf8_mislabelled_as_latin1_decodes():
    body = (PAGES / "sitevision_article.html").read_bytes()
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert encoding == "utf-8" and "Äldre" in text


@pytest.fixture(scope="module")
def malformed():
    return extract("malformed.html", "http://www.sjovik.se/dialogcafe")


def test_malformed_title(malformed):
    assert malformed.title == "Dialogcafé på biblioteket"


def test_malformed_text_kept(malformed):
    assert "framtidens äldreomsorg" in malformed.text


def test_malformed_updated_outside_root(malformed):
    assert malformed.updated == "2024-03-02"


def test_empty_html_gives_error_not_exception():
    doc = extract_html("", "http://www.sjovik.se/tom")
    assert doc.text == "" and doc.error


def test_trafilatura_fallback_for_unknown_layout():
    paragraph = ("Kommunens pensionärsråd träffades i oktober och diskuterade hemtjänstens nya "
                 "schema och behovet av fler platser på äldreboende. ") * 3
    html = f"<html><body><div class='x'><div class='y'><p>{paragraph}</p><p>{paragraph}</p></div></div></body></html>"
    doc = extract_html(html, "http://www.sjovik.se/rad")
    assert "pensionärsråd" in doc.text


@pytest.fixture(scope="module")
def pdf():
    return extract_pdf(make_pdf("Sammanfattning av medborgardialogen", PDF_PARAGRAPHS),
                       "http://www.sjovik.se/download/18.1/1/sammanfattning.pdf")


def test_pdf_kind(pdf):
    assert pdf.kind == "pdf"


def test_pdf_title(pdf):
    assert pdf.title == "Sammanfattning av medborgardialogen"


def test_pdf_text(pdf):
    assert "promenadgrupp från trygghetsboendet" in pdf.text


def test_pdf_date_from_metadata(pdf):
    assert pdf.published == "2024-06-10"


def test_damaged_pdf_records_error():
    doc = extract_pdf(b"%PDF-1.4\nthis is not really a pdf", "http://www.sjovik.se/trasig.pdf")
    assert doc.text == "" and doc.error.startswith("pdf:")


def test_link_to_newsroom_does_not_make_a_mynewsdesk_page():
    html = ('<html class="sv-no-js sv-template-sida"><body><main><h1>Nyheter</h1><p>Fler nyheter finns i '
            '<a href="https://sjovik.mynewsdesk.com/">vårt nyhetsrum på Mynewsdesk</a>.</p></main></body></html>')
    assert extract_html(html, "https://www.sjovik.se/nyheter/").cms == "sitevision"


def test_link_density_of_article_is_low(sitevision):
    assert sitevision.link_density < 0.1


def test_link_density_of_start_page_is_high():
    html = (SITES_DIR / "www.sjovik.se" / "index.html").read_text(encoding="utf-8")
    assert extract_html(html, "http://www.sjovik.se/").link_density > 0.25
