"""Seeds: their stored form, validation, and the requests a spider makes of each kind."""

from __future__ import annotations

import datetime as dt

import pytest
from scrapy.utils.test import get_crawler

from newscrawl.crawl.incremental import CrawlState, Known

from newscrawl.distributed.seeds import Seed, seed_requests
from newscrawl.crawl.spiders.article import ArticleSpider


def test_a_seed_survives_its_stored_form():
    seed = Seed("sitemap", "https://example.org/sitemap.xml")
    assert Seed.decode(seed.encode()) == seed
    assert Seed.decode(seed.encode().encode()) == seed


@pytest.mark.parametrize("kind, url", [("page", "https://example.org/"),
                                       ("url", "ftp://example.org/x"), ("url", "example.org")])
def test_bad_seeds_are_refused(kind, url):
    with pytest.raises(ValueError):
        Seed(kind, url)


@pytest.mark.parametrize("data", ["[]", "{}", "not json", '{"kind": "url"}'])
def test_stored_garbage_is_not_a_seed(data):
    with pytest.raises(ValueError):
        Seed.decode(data)


def test_each_kind_becomes_the_spiders_own_request():
    spider = ArticleSpider()
    (article,) = seed_requests(spider, Seed("url", "https://example.org/news/a.html"))
    assert article.callback == spider.parse_article
    assert article.meta["newscrawl_source"] == "seed"
    (robots,) = seed_requests(spider, Seed("site", "https://example.org/"))
    assert robots.url == "https://example.org/robots.txt" and robots.callback == spider.parse_robots
    (sitemap,) = seed_requests(spider, Seed("sitemap", "https://example.org/s.xml"))
    assert sitemap.callback == spider.parse_sitemap
    (feed,) = seed_requests(spider, Seed("feed", "https://example.org/feed/"))
    assert feed.callback == spider.parse_feed


def test_an_article_seed_the_dataset_already_has_is_skipped():
    known = "https://example.org/news/a.html"
    crawler = get_crawler(ArticleSpider)
    crawler.stats.open_spider()
    spider = ArticleSpider.from_crawler(crawler)
    spider.crawl_state = CrawlState({known: Known(fetched_at=dt.datetime.now(dt.timezone.utc))})
    assert seed_requests(spider, Seed("url", known)) == []
    assert crawler.stats.get_value("newscrawl/incremental/skipped/seen") == 1
    assert len(seed_requests(spider, Seed("url", "https://example.org/news/b.html"))) == 1
