"""Tests of the site-level boilerplate memory: the memory alone, then a real crawl of a
generated site whose every article closes with the same site-wide paragraph."""

from __future__ import annotations

import pyarrow.dataset as ds
import pytest

from newscrawl.crawl.sitefurniture import SiteFurnitureMemory, clean_article, site_of
from newscrawl.model.article import Article
from newscrawl.testsite import TestSite
from tests.crawl.spiders.crawl_helpers import run_crawl

BLURB = ("The Generated Courier is an independent newsroom funded by its readers; "
         "tips and corrections go to the news desk.")


def story(n: int) -> list[str]:
    return [f"Story {n} opens with a paragraph about the harbour works, number {n}.",
            f"Story {n} goes on with a second paragraph that is its own, number {n}.", BLURB]


def test_a_paragraph_becomes_furniture_on_its_third_page():
    memory = SiteFurnitureMemory(pages=3)
    first = memory.clean("https://news.example/a/1", story(1))
    second = memory.clean("https://www.news.example/a/2", story(2))
    third = memory.clean("https://news.example/a/3", story(3))
    fourth = memory.clean("https://news.example/a/4", story(4))
    assert BLURB in first and BLURB in second
    assert third == story(3)[:2] and fourth == story(4)[:2]


def test_sites_and_repeated_fetches_are_counted_apart():
    memory = SiteFurnitureMemory(pages=2)
    memory.clean("https://one.example/a/1", story(1))
    assert BLURB in memory.clean("https://two.example/a/2", story(2))  # another site
    assert BLURB in memory.clean("https://one.example/a/1", story(1))  # the same page again
    assert BLURB not in memory.clean("https://one.example/a/5", story(5))


def test_a_story_published_twice_is_kept_whole():
    memory = SiteFurnitureMemory(pages=2)
    wire = ["A long wire story paragraph that every outlet of the group runs unchanged.",
            "A second wire paragraph, also the same on every page that carries the story."]
    memory.clean("https://news.example/a/1", wire)
    assert memory.clean("https://news.example/b/1", wire) == wire


def test_short_lines_are_not_remembered():
    memory = SiteFurnitureMemory(pages=2)
    for n in range(3):
        kept = memory.clean(f"https://news.example/a/{n}", story(n) + ["Photo: AP"])
    assert kept[-1] == "Photo: AP"


def test_clean_article_updates_body_and_word_count():
    memory = SiteFurnitureMemory(pages=2)
    for n in range(2):
        article = Article(url=f"https://news.example/a/{n}", body="\n\n".join(story(n)))
        dropped = clean_article(memory, article)
    assert dropped == 1 and BLURB not in article.body
    assert article.word_count == len(article.body.split())


def test_memory_needs_two_pages_at_least():
    with pytest.raises(ValueError):
        SiteFurnitureMemory(pages=1)
    assert site_of("https://WWW.News.example/x") == "news.example"


N_ARTICLES = 24


def _bodies(output):
    table = ds.dataset(output / "articles", partitioning="hive").to_table(columns=["url", "body"])
    return dict(zip(table.column("url").to_pylist(), table.column("body").to_pylist()))


def test_crawl_drops_the_site_wide_paragraph_once_learnt(tmp_path):
    with TestSite.generated(n_articles=N_ARTICLES, seed=5, furniture=BLURB) as site:
        off = run_crawl("article", tmp_path / "off", "-a", f"site={site.base_url}")
        on = run_crawl("article", tmp_path / "on", "-a", f"site={site.base_url}",
                       "-s", "NEWSCRAWL_SITE_FURNITURE=True")
        catalog = site.catalog
        for result in (off, on):
            assert result.returncode == 0, result.log[-3000:]
            assert sorted(result.urls) == sorted(site.articles)
        without_memory = _bodies(tmp_path / "off")
        with_memory = _bodies(tmp_path / "on")
    # the single-page extractor keeps the plain <p> on every page...
    assert all(BLURB in body for body in without_memory.values())
    # ...the memory drops it from every page after the first two of the site
    assert sum(BLURB in body for body in with_memory.values()) == 2
    assert on.stats.get("newscrawl/site_furniture/paragraphs_dropped") == N_ARTICLES - 2
    # and nothing else: each body is the article's own text
    for url, body in with_memory.items():
        expected = catalog.truth(url)["body_paragraphs"]
        assert [p for p in body.split("\n\n") if p != BLURB] == expected, url
