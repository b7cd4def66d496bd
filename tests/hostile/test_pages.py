"""Broken pages: each gives an Article with what can be found, or a NotAPageError, in
bounded time, and the Article always fits the dataset schema."""

from __future__ import annotations

import pytest

from newscrawl.extract.context import MAX_ELEMENT_DEPTH, parse_html
from newscrawl.extract.extractor import MAX_FIELD_CHARS, MAX_ITEM_CHARS, MAX_RAW_CHARS
from tests.hostile import pages
from tests.hostile.pages import HEADLINE, PARAGRAPH, outcome

pytestmark = pytest.mark.usefixtures("warm_process")

WHOLE = pages.article_page()


def assert_found(result, paragraphs: int = 1) -> None:
    """The page gave an Article with the headline and at least ``paragraphs`` of the story."""
    assert result.refusal is None, result.refusal
    assert result.article.headline == HEADLINE
    assert (result.article.body or "").count(PARAGRAPH) >= paragraphs
    assert result.seconds < pages.PAGE_SECONDS


@pytest.mark.parametrize("cut", [0.3, 0.5, 0.8, 0.95])
def test_truncated_page_keeps_what_arrived(cut):
    result = outcome(WHOLE[:int(len(WHOLE) * cut)])
    assert result.refusal is None
    assert result.article.headline == HEADLINE or cut < 0.35
    assert result.seconds < pages.PAGE_SECONDS


@pytest.mark.parametrize("tail", ["<p cla", "<p>Half &am", "<!-- never clo", "<script>var a = '",
                                  "<a href=\"/x", "<![CDATA[", "<p>\u00e9\u00e8"])
def test_page_cut_inside_a_construct(tail):
    result = outcome(WHOLE.split("</article>")[0] + tail)
    assert_found(result, paragraphs=3)


@pytest.mark.parametrize("soup", [
    "<b><i>crossed</b></i>", "</div></div></div></html></body>", "<p<p>>", "<div <p>",
    "<table><p>in a table</table>", "<body><body><html>", "<title>second title</title>",
    "<p>unquoted <a href=x y=z>attrs</a>", "<svg><p>in svg</svg>", "<math><mi>x</math>",
    "<template><p>inert</p></template>", "<noscript><h1>Other</h1></noscript>",
    "<frameset><frame src=x></frameset>", "<plaintext>",
])
def test_malformed_markup(soup):
    result = outcome(pages.article_page(body=soup))
    assert result.refusal is None
    assert result.article.headline == HEADLINE
    assert result.seconds < pages.PAGE_SECONDS


@pytest.mark.parametrize("page", [b"", "", b"   \n\t ", "\ufeff", b"\xef\xbb\xbf"])
def test_empty_200_is_refused(page):
    result = outcome(page)
    assert result.refusal is not None and "empty" in str(result.refusal)


@pytest.mark.parametrize("page", ["<html></html>", "<!DOCTYPE html>", "<p></p>", "<!-- only -->",
                                  "just some words"])
def test_pages_with_nothing_to_find(page):
    result = outcome(page)
    if result.refusal is None:
        assert not result.article.headline and not result.article.authors


def test_no_html_element():
    result = outcome(f"<h1>{HEADLINE}</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>")
    assert_found(result, paragraphs=2)


def test_story_kept_in_head_by_an_unknown_tag():
    """An element the parser does not know, before <body> (a CMS's own tag), keeps the
    page's layout table and story inside <head>: they are moved into the body."""
    story = "".join(f"<br><br>{PARAGRAPH} ({n})" for n in range(4))
    page = (f"<html><head><title>{HEADLINE}</title><meta charset='utf-8'><cmsbox><tr><td>"
            f"<table><tr><td><h1>{HEADLINE}</h1><span>{story}</span></td></tr></table>"
            "</td></tr></cmsbox>")
    tree = parse_html(page)
    assert tree.find("head").find("cmsbox") is None and tree.find("body") is not None
    assert [child.tag for child in tree.find("head")] == ["title", "meta"]
    assert_found(outcome(page), paragraphs=4)


@pytest.mark.parametrize("tag,closed", [("div", True), ("span", True), ("b", False),
                                        ("table", False), ("section", True)])
def test_ten_thousand_deep_nesting(tag, closed):
    result = outcome(pages.deep_page(10_000, tag, closed))
    assert_found(result, paragraphs=4)
    tree = parse_html(pages.deep_page(10_000, tag, closed))
    assert max(len(list(e.iterancestors())) for e in tree.iter()) < MAX_ELEMENT_DEPTH


def test_twenty_megabyte_page():
    page = pages.big_page(20)
    assert len(page) > 20_000_000
    result = outcome(page)
    assert result.article.headline == HEADLINE
    assert len(result.article.body) > 19_000_000
    assert result.seconds < pages.LARGE_PAGE_SECONDS


@pytest.mark.parametrize("name", sorted(pages.BINARY_BODIES))
def test_binary_data_served_as_html_is_refused(name):
    result = outcome(pages.BINARY_BODIES[name], content_type="text/html; charset=utf-8")
    assert result.refusal is not None and "binary" in str(result.refusal)


@pytest.mark.parametrize("soup", [
    "&#0;&#1;&#xD800;&#xDFFF;&#x110000;&#99999999999;&#-1;",
    "&bogus;&amp&lt&gt;&;&#;&#x;&#xZZ;", "&amp;amp;amp;lt;", "&nbsp" * 5000,
    "&#128512;&#x1F600;&#65279;&#8238;reversed&#8236;", "\x0b\x0c\x1b[31m\x7f\x85",
])
def test_entity_soup(soup):
    result = outcome(pages.article_page(body=f"<p>{soup} {PARAGRAPH}</p>"))
    assert_found(result, paragraphs=4)


def test_lone_surrogates_in_text_input():
    page = pages.article_page(body="<p>\ud800 broken \udfff pair</p>", headline=HEADLINE + "\udc00")
    result = outcome(page)
    assert result.refusal is None
    assert (result.article.body or "").count(PARAGRAPH) >= 4
    assert "\ufffd" in result.article.headline


@pytest.mark.parametrize("where", ["title", "h1", "og", "all"])
def test_megabyte_headline_is_not_a_headline(where):
    huge = "Extremely long headline words " * 35_000
    head = f'<meta property="og:title" content="{huge}">' if where in ("og", "all") else ""
    page = pages.article_page(head=head, headline=huge if where in ("h1", "title", "all") else HEADLINE)
    if where == "title":
        page = page.replace(f"<h1>{huge}</h1>", f"<h1>{HEADLINE}</h1>")
    result = outcome(page)
    assert result.refusal is None
    assert len(result.article.headline or "") <= MAX_FIELD_CHARS["headline"]
    assert result.seconds < pages.PAGE_SECONDS


def test_megabyte_byline():
    names = "Jane Example, John Sample and " * 40_000
    page = pages.article_page(head=f'<meta name="author" content="{names}">',
                              body=f'<p class="byline">By {names}</p>')
    result = outcome(page)
    article = result.article
    assert all(len(name) <= MAX_ITEM_CHARS for name in article.authors)
    assert len(article.byline_raw or "") <= MAX_RAW_CHARS
    assert result.seconds < pages.PAGE_SECONDS


def test_megabyte_data_uri_image_is_dropped():
    data_uri = "data:image/png;base64," + "A" * 1_000_000
    page = pages.article_page(head=f'<meta property="og:image" content="{data_uri}">',
                              body=f'<figure><img src="{data_uri}"><figcaption>Harbour at night'
                                   f'</figcaption></figure>')
    result = outcome(page)
    assert all(len(image.url or "") <= MAX_FIELD_CHARS["canonical_url"]
               for image in result.article.images)


def test_thousands_of_images_and_links():
    figures = "".join(f'<figure><img src="/i/{n}.jpg"><figcaption>Picture {n}</figcaption></figure>'
                      for n in range(5000))
    links = "".join(f'<a href="/l/{n}">link {n}</a> ' for n in range(20_000))
    result = outcome(pages.article_page(body=figures + f"<div>{links}</div>"))
    assert_found(result, paragraphs=4)
