"""Tests of the site-level boilerplate memory: the memory alone, then a real crawl of a
generated site whose every article closes with the same site-wide paragraph."""

from __future__ import annotations

import pyarrow.dataset as ds
import pytest

from newscrawl.crawl.sitefurniture import SiteFurnitureMemory, clean_article, site_of
from newscrawl.model.article import Article
from newscrawl.storage.furniture_store import FurnitureStore, store_path
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


def test_a_memory_with_a_store_goes_on_from_the_runs_before(tmp_path):
    path = store_path(tmp_path)
    first = SiteFurnitureMemory(pages=3, store=FurnitureStore(path))
    for n in (1, 2):
        assert BLURB in first.clean(f"https://news.example/a/{n}", story(n))
    assert first.save() >= 1 and first.save() == 0  # the blurb at least; nothing new since
    first.store.close()
    second = SiteFurnitureMemory(pages=3, store=FurnitureStore(path))
    assert second.clean("https://news.example/a/3", story(3)) == story(3)[:2]
    # the same page again, in a later run, does not count as a new page
    third = SiteFurnitureMemory(pages=3, store=FurnitureStore(path))
    assert BLURB in third.clean("https://news.example/a/2", story(2))
    # without a store each run starts empty
    alone = SiteFurnitureMemory(pages=3)
    assert BLURB in alone.clean("https://news.example/a/4", story(4))


def test_hourly_runs_on_one_output_share_what_they_learnt(tmp_path):
    """Two crawls of one site into one output, as cron would run them: the second run's
    pages lose the blurb from its first page on, because the first run's two pages are
    remembered; with the memory kept per run only, the second run relearns it."""
    with TestSite.generated(n_articles=8, seed=7, furniture=BLURB) as site:
        urls = sorted(site.articles)
        runs = {}
        for state in ("True", "False"):
            output = tmp_path / f"state-{state}"
            for n, batch in enumerate((urls[:2], urls[2:])):
                listed = tmp_path / f"urls-{state}-{n}.txt"
                listed.write_text("\n".join(batch) + "\n", encoding="utf-8")
                result = run_crawl("article", output, "-a", f"urls_file={listed}",
                                   "-s", "NEWSCRAWL_SITE_FURNITURE=True",
                                   "-s", f"NEWSCRAWL_SITE_FURNITURE_STATE={state}")
                assert result.returncode == 0, result.log[-3000:]
            runs[state] = _bodies(output)
    assert sorted(runs["True"]) == sorted(runs["False"]) == urls
    kept = {state: sorted(url for url, body in bodies.items() if BLURB in body)
            for state, bodies in runs.items()}
    assert kept["True"] == urls[:2]
    # (the second run's two first pages, whichever the crawl reached first)
    assert len(kept["False"]) == 4
    assert set(urls[:2]) < set(kept["False"])
    assert store_path(tmp_path / "state-True").is_file()
    assert not store_path(tmp_path / "state-False").exists()
