"""newscrawl.extract.context: the elements of a page's tree (their text content), the
elements the page context lists for several layers in one walk, and the views read
from them."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newscrawl.errors import NotAPageError
from newscrawl.extract import markup
from newscrawl.extract.appstate import extract_app_article
from newscrawl.extract import extract_article
from newscrawl.extract.context import (LISTED_TAGS, PageContext, PageElement, first_title,
                                       parse_html)
from newscrawl.extract.jsonld import collect_nodes
from newscrawl.extract.meta import collect_meta

# A page of our own with each listed tag (the head's tags in the head and in the body),
# nested at several depths, and one written in capitals (the parser lower-cases tag names).
PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour opens | The Gull Gazette</title>
<meta name="description" content="The new   harbour opens.">
<META property="og:title" content="Harbour opens">
<link rel="stylesheet" href="/site.css">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour opens"}</script>
<script src="/app.js"></script>
</head><body>
<header><h1 class="masthead">The Gull Gazette</h1></header>
<article><div><H1>Harbour opens</H1>
<meta itemprop="datePublished" content="2024-05-01">
<p>The harbour of Gullport opened on <time datetime="2024-05-01">Monday</time>, the mayor said.</p>
<figure><img src="/quay.jpg" alt="The quay"><figcaption>The new quay</figcaption></figure>
<noscript><img src="/pixel.gif"></noscript><template><p>A card</p></template>
<div><div><script>window.__INITIAL_STATE__ = {"article": {"headline": "Harbour opens"}};</script></div></div>
</div></article>
<footer><link rel="canonical" href="https://gull.example/harbour"><title>a stray title</title>
<script type="application/ld+json">{"@type": "Organization", "name": "The Gull Gazette"}</script>
</footer>
</body></html>"""


def test_listed_elements_are_what_a_walk_for_each_tag_finds():
    ctx = PageContext(PAGE, "https://gull.example/harbour")
    for tag in LISTED_TAGS:
        listed = ctx.elements(tag)
        assert listed == list(ctx.tree.iter(tag)), tag
        assert listed, tag  # every tag occurs on the page, in the body too
    assert [h.text_content() for h in ctx.elements("h1")] == ["The Gull Gazette", "Harbour opens"]
    assert len(ctx.elements("script")) == 4 and len(ctx.elements("title")) == 2
    assert ctx.elements("meta") is ctx.elements("meta")  # one walk, kept


@pytest.mark.parametrize("page", [
    PAGE,
    "<html><body><p>No title at all</p></body></html>",
    "<html><body><div><svg><title>An icon</title></svg></div><title>Late</title></body></html>",
    "<html><head></head><body><p>x</p><title>Only in the body</title></body></html>",
])
def test_the_first_title_is_what_a_walk_of_the_tree_finds_first(page):
    tree = parse_html(page)
    assert first_title(tree) is next(tree.iter("title"), None)
    title = tree.find("head/title") if tree.find("head/title") is not None else None
    if title is not None:
        assert first_title(title) is title  # (the root itself, as a walk gives it)


def test_views_read_from_the_listed_elements_are_those_read_from_the_tree():
    ctx = PageContext(PAGE, "https://gull.example/harbour")
    tree = ctx.tree
    assert ctx.meta == collect_meta(tree)
    assert ctx.meta["datepublished"] == ["2024-05-01"]  # a meta in the body still read
    assert ctx.jsonld_nodes == collect_nodes(tree)
    assert [node["@type"] for node in ctx.jsonld_nodes] == ["NewsArticle", "Organization"]
    assert (ctx.appstate is None) == (extract_app_article(tree) is None)
    assert markup.title(tree, ctx.elements("title")) == markup.title(tree) \
        == "Harbour opens | The Gull Gazette"
    # the canonical link sits in the body, after a link that is not it
    assert markup.canonical(tree, ctx.elements("link")) == markup.canonical(tree) \
        == "https://gull.example/harbour"


def test_text_content_is_what_lxml_html_reads_for_every_element():
    page = ("<html><head><title>T &amp; U</title><style>p { color: red }</style></head><body>"
            "<div id=a>One <b>bold <i>and</i> nested</b>, &eacute;t&eacute; &#8212; &unknown; x"
            "<p>Para <a href='/x'>link</a> end.</p>tail of p<script>var s = '<b>';</script>"
            "<ul><li>first</li><li></li><li> third </li></ul><br>after break</div>"
            "<p></p><span>\u00a0</span></body></html>")
    tree = PageContext(page, "https://gull.example/").tree
    elements = list(tree.iter())
    assert len(elements) > 15 and all(isinstance(element, PageElement) for element in elements)
    for element in elements:
        read = element.text_content()
        assert read == lxml.html.HtmlMixin.text_content(element), element.tag
        assert type(read) is str
    paragraph = tree.find(".//p")
    assert paragraph.text_content() == "Para link end."  # its tail left out
    assert tree.find(".//script").text_content() == "var s = '<b>';"
    assert tree.find(".//div").text_content().startswith("One bold and nested, \u00e9t\u00e9 \u2014 ")


def test_attribute_values_read_are_given_only_once_a_step_has_read_them():
    ctx = PageContext('<html><body><p class="a">x</p><a rel="author" href="/j">J</a></body></html>',
                      "https://news.test/story")
    assert ctx.attribute_values_read("class") is None
    assert ctx.attribute_values("class") == ["a"]
    assert ctx.attribute_values_read("class") == ["a"]
    assert ctx.attribute_values_read("rel") is None and ctx.attribute_values_read("rel", "a") is None
    ctx.attribute_values("rel", "a")
    assert ctx.attribute_values_read("rel", "a") == ["author"] and ctx.attribute_values_read("rel") is None



@pytest.mark.parametrize("blank", [" ", "\ufeff", " \ufeff\ufeff \t\n", "\u00a0\ufeff\u2003"])
def test_a_page_of_whitespace_then_byte_order_marks_then_whitespace_is_empty(blank):
    with pytest.raises(NotAPageError, match="empty document"):
        PageContext(blank, "https://gull.example/a")


@pytest.mark.parametrize("text", ["\ufeff \ufeff<p>Harbour</p>", " \ufeff<p>Harbour</p>"])
def test_a_page_with_more_than_those_is_read(text):
    assert PageContext(text, "https://gull.example/a").tree.findtext(".//p") == "Harbour"


def test_a_self_closed_root_tag_does_not_lose_the_page():
    """``<html ... />``: the HTML standard ignores the solidus on a non-void start tag, so
    the page goes on inside ``<html>``; libxml2 alone would close the root there."""
    page = (Path(__file__).parent / "pages" / "self_closed_root_tag.html").read_text(encoding="utf-8")
    assert "the first crossing left ten minutes behind" in parse_html(page).text_content()
    article = extract_article(page, "https://example.org/ferry", profile=False)
    assert article.headline == "Ferry service resumes after storm"
    assert article.body.startswith("PORT ELLEN (Island Wire) - The ferry between the two islands")
    assert article.body.endswith("if the wind rose again as forecast.")


@pytest.mark.parametrize("page", ['<html lang="en" /><head><title>T</title></head><body>'
                                  '<p>Hello there.</p></body></html>',
                                  '<!DOCTYPE html>\n<html x" alt="A" />\n<div><p>Hello there.</p></div>'])
def test_the_root_tag_solidus_is_ignored(page):
    assert "Hello there." in parse_html(page).text_content()


def test_a_page_whose_root_holds_nothing_else_stays_empty():
    assert not parse_html("<html/>").text_content()
