"""Discovery end to end against the local web: from robots.txt alone, from a news
sitemap with a cut-off, from a feed, and a site profile through its real name.

Each test checks that exactly the article pages were written (no fronts, no
duplicates across entry points) and prints its figures (pages served, articles found,
non-articles refused), which ``pytest -s`` shows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from urllib.parse import urlsplit

import pytest

from newscrawl.crawl import discovery
from newscrawl.testsite import TestSite
from tests.crawl.spiders.crawl_helpers import ROOT, run_crawl

KYIV_ROOT = ROOT / "tests" / "fixtures" / "sites" / "kyivindependent"
N_ARTICLES = 240


def report(name, site, result):
    pages = [r for r in site.served if r.method == "GET"]
    print(f"\n[{name}] pages served={len(pages)} articles found={len(result.urls)} "
          f"non-articles refused={result.stat_sum('pages/non_article')} "
          f"skipped by URL={result.stat_sum('discovery/skipped_url')} "
          f"skipped old={result.stat_sum('discovery/skipped_old')}")


def article_gets(site) -> Counter:
    """How often each article path was fetched."""
    articles = {urlsplit(u).path for u in site.articles}
    return Counter(r.path for r in site.served if r.method == "GET" and r.path in articles)


@pytest.fixture(scope="module")
def generated_site():
    with TestSite.generated(n_articles=N_ARTICLES, seed=7) as site:
        yield site


def test_site_crawl_from_robots_txt_alone(tmp_path):
    with TestSite.generated(n_articles=N_ARTICLES, seed=3) as site:
        result = run_crawl("article", tmp_path, "-a", f"site={site.base_url}")
        report("robots.txt", site, result)
        gets = article_gets(site)
        assert result.returncode == 0, result.log[-3000:]
        assert sorted(result.urls) == sorted(site.articles)
        assert len(result.urls) == len(set(result.urls))
        assert set(gets.values()) == {1}, "an article was fetched twice across entry points"
        served_paths = {r.path for r in site.served}
        assert "/robots.txt" in served_paths and "/sitemap.xml" in served_paths


def test_news_sitemap_with_cutoff_skips_old_entries_unfetched(tmp_path, generated_site):
    site = generated_site
    before = len(site.served)
    data = _get(site, "/news-sitemap.xml")
    entries = discovery.parse_sitemap(data, site.base_url)
    dates = sorted(e.date for e in entries)
    cutoff = dates[len(dates) // 2].date() + dt.timedelta(days=1)
    expected = {e.url for e in entries
                if e.date >= dt.datetime.combine(cutoff, dt.time(), dt.timezone.utc)}
    assert 0 < len(expected) < len(entries)
    result = run_crawl("article", tmp_path, "-a", f"sitemap={site.url('/news-sitemap.xml')}",
                       "-a", f"since={cutoff.isoformat()}")
    report("news sitemap + since", site, result)
    assert result.returncode == 0, result.log[-3000:]
    assert set(result.urls) == expected
    fetched = {site.url(r.path) for r in site.served[before:] if r.method == "GET"}
    assert not (fetched & ({e.url for e in entries} - expected)), "old entries were fetched"
    assert result.stats.get("newscrawl/discovery/skipped_old") == len(entries) - len(expected)


def test_feed_crawl_writes_exactly_the_feed_entries(tmp_path, generated_site):
    site = generated_site
    entries = discovery.parse_feed(_get(site, "/feed/"), site.base_url)
    assert entries
    result = run_crawl("article", tmp_path, "-a", f"feed={site.url('/feed/')}")
    report("feed", site, result)
    assert result.returncode == 0, result.log[-3000:]
    assert sorted(result.urls) == sorted(e.url for e in entries)


def test_profile_spider_crawls_its_real_name_through_feed_and_sitemap(tmp_path):
    expected = json.loads((KYIV_ROOT / "expected.json").read_text(encoding="utf-8"))
    with TestSite(sites={"kyivindependent.com": KYIV_ROOT}) as site:
        result = run_crawl("kyivindependent", tmp_path,
                           "-s", f"NEWSCRAWL_HOST_MAP={site.host_map(as_json=True)}")
        report("kyivindependent", site, result)
        served = {r.path for r in site.served}
    assert result.returncode == 0, result.log[-3000:]
    assert {"/rss/", "/sitemap.xml", "/sitemap-posts.xml"} <= served
    assert sorted(result.urls) == sorted(f"https://kyivindependent.com{p}" for p in expected)
    assert result.stats.get("newscrawl/discovery/feeds") == 1


def test_corpus_site_crawl_finds_its_articles(tmp_path):
    corpus = ROOT.parent / "shared" / "corpora" / "zyte"
    if not corpus.exists():
        pytest.skip(f"{corpus} is absent: the zyte corpus lives in ../shared")
    with TestSite.from_corpus(corpus) as site:
        result = run_crawl("article", tmp_path, "-a", f"site={site.base_url}",
                           "-s", "NEWSCRAWL_PROFILES=False", timeout=400)
        report("zyte corpus via robots.txt", site, result)
        articles = set(site.articles)
        non_articles = set(site.non_articles)
    assert result.returncode == 0, result.log[-3000:]
    found = set(result.urls)
    assert not found & non_articles, "a front, section, tag or author page was written"
    assert len(found) == len(result.urls)
    # Every corpus page is a real article; a few very short ones may be refused as thin.
    assert len(found & articles) >= 0.95 * len(articles)


def _get(site, path: str) -> bytes:
    import urllib.request

    with urllib.request.urlopen(site.url(path), timeout=10) as response:
        return response.read()
