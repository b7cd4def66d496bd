"""Article-or-not decisions (newscrawl.extract.classify)."""

import pytest

from newscrawl.extract.classify import classify, declared_types, url_shape
from newscrawl.extract.context import PageContext


def tree(head="", body=""):
    """A parsed page (the context extraction builds) of the given head and body."""
    return PageContext(f"<html><head>{head}</head><body>{body}</body></html>",
                       "https://n.example/page")


NEWS_LD = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'
LIST_LD = '<script type="application/ld+json">{"@graph": [{"@type": ["CollectionPage"]}]}</script>'


@pytest.mark.parametrize("url,shape", [
    ("https://n.example/", "front"),
    ("https://n.example/tag/ukraine/", "tag"),
    ("https://n.example/author/abbey-fenbert/", "author"),
    ("https://n.example/category/world", "section"),
    ("https://n.example/search?q=x", "search"),
    ("https://n.example/news/page/3/", "pagination"),
    ("https://n.example/world/2025/02/27/talks-in-istanbul/", None),
])
def test_url_shapes(url, shape):
    assert url_shape(url) == shape


def test_declared_types_reads_graphs_and_lists():
    assert declared_types(tree(LIST_LD)) == {"collectionpage"}
    assert "newsarticle" in declared_types(tree(NEWS_LD))


def test_article_with_jsonld_is_an_article_even_if_short():
    verdict = classify("https://n.example/a/b", tree(NEWS_LD), 40)
    assert verdict.is_article and verdict.reason == "jsonld"


def test_collection_page_is_refused():
    verdict = classify("https://n.example/world/", tree(LIST_LD), 500)
    assert not verdict.is_article and verdict.reason == "jsonld-collectionpage"


def test_tag_url_without_article_markup_is_refused():
    verdict = classify("https://n.example/tag/war/", tree(), 300)
    assert verdict == verdict.__class__(False, "url-tag")


def test_og_website_is_refused_and_og_article_accepted():
    og_site = '<meta property="og:type" content="website">'
    og_article = '<meta property="og:type" content="article">'
    assert classify("https://n.example/x/y", tree(og_site), 500).reason == "og-website"
    assert classify("https://n.example/x/y", tree(og_article), 500).is_article


def test_thin_page_is_refused_and_listing_detected():
    assert classify("https://n.example/x/y", tree(), 10).reason == "thin"
    teasers = "".join(f"<article><h2>t{i}</h2><p>text</p></article>" for i in range(6))
    assert classify("https://n.example/x/y", tree(body=teasers), 400).reason == "listing"


def test_long_text_in_an_unspaced_script_is_not_thin():
    # 12 sentences of Japanese: few \w+ runs, but plainly an article's worth of text.
    sentence = "市は新しい港湾計画を発表し住民説明会を来月開くと明らかにした。"
    verdict = classify("https://n.example/news/20261125/a1", tree(), 12, len(sentence) * 14)
    assert verdict.is_article
    assert classify("https://n.example/news/x", tree(), 12, 60).reason == "thin"
