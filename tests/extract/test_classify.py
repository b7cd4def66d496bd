"""Article-or-not decisions (newscrawl.extract.classify)."""

import pytest

from newscrawl.extract.classify import classify, declared_types, looks_like_article_url, url_shape
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


def test_collection_page_is_refused_even_with_some_text():
    verdict = classify("https://n.example/world/", tree(LIST_LD), 120)
    assert not verdict.is_article and verdict.reason == "jsonld-collectionpage"


def test_tag_url_without_article_markup_is_refused():
    verdict = classify("https://n.example/tag/war/", tree(), 30)
    assert (verdict.is_article, verdict.reason) == (False, "url-tag")


def test_home_page_with_article_markup_is_refused():
    verdict = classify("https://n.example/", tree(NEWS_LD), 60)
    assert (verdict.is_article, verdict.reason) == (False, "url-front")


@pytest.mark.parametrize("head, url", [
    ('<meta property="og:type" content="website">', "https://n.example/x/y"),
    ("", "https://n.example/video/2025/05/01/council-votes-on-harbour-plan"),
    ("", "https://n.example/people/2025/mayor-opens-the-new-bridge-today"),
    ("", "https://n.example/tv/mayor-opens-the-new-bridge-today"),
    ("", "https://n.example/live/mayor-opens-the-new-bridge-today"),
])
def test_no_single_weak_signal_refuses_an_article_shaped_body(head, url):
    verdict = classify(url, tree(head), 500)
    assert verdict.is_article, verdict
    assert classify(url, tree(head), 500).score > classify(url, tree(), 500).score - 1.01


def test_og_website_counts_against_a_short_page():
    og_site = '<meta property="og:type" content="website">'
    og_article = '<meta property="og:type" content="article">'
    assert classify("https://n.example/x/y", tree(og_site), 30).reason == "og-website"
    assert classify("https://n.example/x/y", tree(og_article), 30).is_article


def test_listing_detected_and_teasers_do_not_refuse_a_long_article():
    teasers = "".join(f"<article><h2>t{i}</h2><p>text</p></article>" for i in range(12))
    assert classify("https://n.example/x/y", tree(body=teasers), 100).reason == "listing"
    assert classify("https://n.example/x/y", tree(body=teasers), 900).is_article


def test_listing_in_a_feed_counts_for_article():
    og_site = '<meta property="og:type" content="website">'
    alone = classify("https://n.example/x/y", tree(og_site), 30)
    listed = classify("https://n.example/x/y", tree(og_site), 30, listed=True)
    assert not alone.is_article and listed.is_article and listed.score == alone.score + 2


def test_empty_body_with_article_signals_is_kept():
    og_article = '<meta property="og:type" content="article">'
    verdict = classify("https://n.example/news/2025/03/01/harbour-plan", tree(og_article), 0)
    assert verdict.is_article and "thin" in verdict.signals


def test_error_page_is_refused():
    from newscrawl.model.article import Article

    og_article = '<meta property="og:type" content="article">'
    article = Article(url="https://n.example/x/y", headline="404 - Page not found")
    verdict = classify("https://n.example/x/y", tree(og_article), 20, article=article)
    assert not verdict.is_article and verdict.reason == "error"


def test_long_text_in_an_unspaced_script_is_not_thin():
    # 12 sentences of Japanese: few \w+ runs, but plainly an article's worth of text.
    sentence = "市は新しい港湾計画を発表し住民説明会を来月開くと明らかにした。"
    verdict = classify("https://n.example/news/x", tree(), 12, len(sentence) * 14)
    assert "thin" not in verdict.signals
    assert "thin" in classify("https://n.example/news/x", tree(), 12, 60).signals


@pytest.mark.parametrize("url, article_like", [
    ("https://n.example/2025/02/27/talks", True),
    ("https://n.example/news/20250227-talks", True),
    ("https://n.example/story.asp?NewsID=2531812", True),
    ("https://n.example/world/talks-in-istanbul-end-without-deal", True),
    ("https://n.example/world/", False),
    ("https://n.example/author/abbey-fenbert/", False),
])
def test_article_urls(url, article_like):
    assert looks_like_article_url(url) == article_like


@pytest.mark.parametrize("url, shape", [
    ("https://n.example/?p=5031", None),
    ("https://n.example/index.php?id=12", None),
    ("https://n.example/?cat=1&paged=5", "pagination"),
    ("https://n.example/default.asp?page=/nhl/news/x.htm", None),
    ("https://n.example/live/index.php", "index"),
])
def test_url_shapes_with_queries(url, shape):
    assert url_shape(url) == shape
