"""Incremental runs: the state from the dataset, the skip rule, content hashes, and end to
end against a generated site: a second crawl fetches no article page, updated pages (and
only they) are fetched again and written as new versions, the latest view."""

from __future__ import annotations

import datetime as dt
import shutil
from urllib.parse import urlsplit

import duckdb
import pytest

from newscrawl.model.article import Article, to_record
from newscrawl.storage.dataset import latest_articles, read_articles
from newscrawl.crawl.incremental import CrawlState, Known, content_hash
from newscrawl.model.check import NOT_ARTICLE
from newscrawl.storage.dataset import checks_dataset
from newscrawl.crawl.outcome import EXIT_OK
from newscrawl.testsite import TestSite
from tests.run_helpers import article_gets, run_crawl
from tests import processes

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
HOUR = dt.timedelta(hours=1)


# -- the skip rule --------------------------------------------------------------------

def state_with(**known) -> CrawlState:
    return CrawlState({"https://x.example/a": Known(**known)}, now=T0 + 100 * HOUR)


def test_unknown_urls_are_fetched_and_known_ones_without_a_date_skipped():
    state = state_with(fetched_at=T0, content_hash="h")
    assert state.skip_reason("https://x.example/new", None) is None
    assert state.skip_reason("https://x.example/a", None) == "seen"


def test_a_listing_date_newer_than_the_recorded_one_means_changed():
    state = state_with(fetched_at=T0, checked_at=T0, listed_at=T0 - 5 * HOUR)
    assert state.skip_reason("https://x.example/a", T0 - 5 * HOUR) == "seen"
    assert state.skip_reason("https://x.example/a", T0 - 4 * HOUR) is None
    assert state.listed_date("https://x.example/a") == T0 - 4 * HOUR


def test_without_a_recorded_listing_date_the_fetch_time_decides():
    state = state_with(fetched_at=T0)
    assert state.skip_reason("https://x.example/a", T0 - HOUR) == "seen"
    assert state.skip_reason("https://x.example/a", T0 + HOUR) is None


def test_the_recheck_window_fetches_old_urls_again():
    known = {"https://x.example/a": Known(fetched_at=T0)}
    recent = CrawlState(known, recheck=dt.timedelta(days=7), now=T0 + 2 * HOUR)
    due = CrawlState(known, recheck=dt.timedelta(days=7), now=T0 + dt.timedelta(days=8))
    assert recent.skip_reason("https://x.example/a", None) == "seen"
    assert due.skip_reason("https://x.example/a", None) is None


def test_outcomes_follow_the_content_hash():
    state = state_with(fetched_at=T0, content_hash="h1")
    assert state.outcome("https://x.example/a", "h1") == "unchanged"
    assert state.outcome("https://x.example/a", "h2") == "updated"
    assert state.outcome("https://x.example/b", "h1") == "new"
    state.record("https://x.example/b", T0, "h1", "new")
    assert state.outcome("https://x.example/b", "h1") == "unchanged"


# -- content hash ---------------------------------------------------------------------

def article(**changes) -> dict:
    base = Article(url="https://x.example/a", headline="Title", body="One.\n\nTwo.",
                   published_raw="2 hours ago", published_precision="relative",
                   published_at=T0 - 2 * HOUR, fetched_at=T0, http_status=200,
                   extractor="newscrawl/0.1.0")
    for name, value in changes.items():
        setattr(base, name, value)
    return to_record(base)


def test_the_hash_ignores_crawl_facts_and_relative_date_values():
    same = article(fetched_at=T0 + HOUR, published_at=T0 - HOUR, http_status=203,
                   sources={"headline": "meta"}, extractor="newscrawl/0.2.0")
    assert content_hash(same) == content_hash(article())


@pytest.mark.parametrize("change", [{"body": "One.\n\nTwo!"}, {"headline": "Title 2"},
                                    {"authors": ["Ann"]},
                                    {"modified_at": T0, "modified_raw": None}])
def test_the_hash_changes_with_the_content(change):
    assert content_hash(article(**change)) != content_hash(article())


# -- end to end -----------------------------------------------------------------------

N_ARTICLES = 200


@pytest.fixture(scope="module")
def site():
    with TestSite.generated(n_articles=N_ARTICLES, seed=11) as served:
        yield served


@pytest.fixture(scope="module")
def first_crawl(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("incremental")
    result = run_crawl(site.base_url, out)
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    return out, result


def test_the_first_crawl_writes_every_article_once(first_crawl, site):
    out, result = first_crawl
    assert len(set(article_gets(site))) == N_ARTICLES
    table = read_articles(out, columns=["url", "content_hash"])
    assert table.num_rows == N_ARTICLES == len(set(table.column("url").to_pylist()))
    assert None not in table.column("content_hash").to_pylist()
    assert f"new={N_ARTICLES} updated=0 unchanged=0" in result.stdout
    checks = checks_dataset(out).to_table(columns=["url", "outcome", "reason"]).to_pylist()
    assert sum(c["outcome"] == "new" for c in checks) == N_ARTICLES
    refused = [c for c in checks if c["outcome"] == "not_article"]
    assert len(checks) == N_ARTICLES + len(refused)
    # Every listed page refused as a non-article is recorded once, with the reason.
    assert refused and all(c["reason"] for c in refused)
    assert len({c["url"] for c in refused}) == len(refused)
    assert {urlsplit(c["url"]).path for c in refused} <= set(site.catalog.non_article_paths())


@pytest.fixture(scope="module")
def second_crawl(first_crawl, site):
    """One second crawl of the unchanged site into the first crawl's output, for the two
    tests below (each used to run its own, the same crawl twice): its result, the
    requests the site served it, the article pages among them, and the paths the first
    crawl refused as non-articles."""
    out, _ = first_crawl
    refused = {urlsplit(c["url"]).path for c in checks_dataset(out).to_table(
        columns=["url", "outcome"]).to_pylist() if c["outcome"] == "not_article"}
    start = len(site.requests_log)
    result = run_crawl(site.base_url, out)
    return result, site.requests_log[start:], article_gets(site, start), refused


def test_a_second_crawl_fetches_no_article_page(first_crawl, second_crawl):
    out, _ = first_crawl
    result, _, gets, _ = second_crawl
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    assert gets == []
    assert read_articles(out).num_rows == N_ARTICLES
    assert "new=0 updated=0 unchanged=0 failed=0" in result.stdout
    assert "skipped=0" not in result.stdout


def test_a_second_crawl_fetches_no_listed_non_article_page_either(second_crawl):
    result, served, _, refused = second_crawl
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    again = [path for method, path, _ in served
             if method == "GET" and urlsplit(path).path in refused]
    assert refused and again == []
    assert "non_articles=0" in result.stdout


def test_without_the_checks_dataset_nothing_is_fetched_again_either(first_crawl, site, tmp_path):
    out, _ = first_crawl
    copy = tmp_path / "copy"
    shutil.copytree(out / "articles", copy / "articles")  # checks/ and everything else gone
    start = len(site.requests_log)
    result = run_crawl(site.base_url, copy)
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    assert article_gets(site, start) == []


def test_updated_pages_and_only_they_are_fetched_again_as_new_versions(first_crawl, site):
    out, _ = first_crawl
    before = read_articles(out).to_pylist()
    changed = site.update(7)
    start = len(site.requests_log)
    result = run_crawl(site.base_url, out)
    assert result.returncode == EXIT_OK, result.stderr[-3000:]
    changed_paths = sorted(c.removeprefix(site.base_url.rstrip("/")) for c in changed)
    assert sorted(article_gets(site, start)) == changed_paths
    assert "new=0 updated=7 unchanged=0" in result.stdout

    rows = read_articles(out).to_pylist()
    assert len(rows) == N_ARTICLES + 7
    for url in changed:
        versions = sorted((r for r in rows if r["url"] == url), key=lambda r: r["fetched_at"])
        assert len(versions) == 2
        old, new = versions
        assert old["content_hash"] != new["content_hash"]
        assert new["fetched_at"] > old["fetched_at"]
        assert len(new["body"]) > len(old["body"])
    old_rows = {(r["url"], r["content_hash"]) for r in before}
    assert old_rows <= {(r["url"], r["content_hash"]) for r in rows}  # nothing rewritten


def test_the_latest_view_has_one_row_per_article_the_newest(first_crawl, site):
    out, _ = first_crawl
    rows = read_articles(out, columns=["url", "fetched_at", "content_hash"]).to_pylist()
    newest = {}
    for row in rows:
        if row["url"] not in newest or row["fetched_at"] > newest[row["url"]]["fetched_at"]:
            newest[row["url"]] = row
    latest = latest_articles(out)
    assert latest.num_rows == len(newest) == N_ARTICLES
    assert {(r["url"], r["content_hash"]) for r in latest.to_pylist()} == \
        {(r["url"], r["content_hash"]) for r in newest.values()}
    assert set(latest.column_names) >= {"headline", "body", "site", "date"}

    # The DuckDB recipe of docs/unattended.md gives the same rows.
    recipe = f"""
        SELECT url, content_hash
        FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning = true,
                          union_by_name = true)
        QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
    """
    assert set(duckdb.sql(recipe).fetchall()) == \
        {(r["url"], r["content_hash"]) for r in newest.values()}


def test_a_page_refused_as_a_non_article_is_skipped_and_new_if_it_becomes_one():
    state = CrawlState(now=T0 + HOUR)
    url = "https://x.example/section"
    assert state.skip_reason(url, T0) is None
    state.record(url, T0, None, NOT_ARTICLE)
    assert state.skip_reason(url, None) == "seen"
    assert state.skip_reason(url, T0) == "seen"            # same listing date
    assert state.skip_reason(url, T0 + HOUR) is None       # listed as changed
    assert state.outcome(url, "abc") == "new"              # no version of it was written


def test_a_url_listed_twice_keeps_its_newest_listing_date():
    state = CrawlState()
    state.skip_reason("https://x.example/n", T0 + HOUR)  # sitemap lastmod
    state.skip_reason("https://x.example/n", T0)          # news sitemap publication date
    assert state.listed_date("https://x.example/n") == T0 + HOUR



def test_a_listed_url_that_redirects_is_not_fetched_again(tmp_path):
    """A listed URL answers 301 to the article's canonical path: the next run skips the
    listed URL as well (its check is recorded), so nothing is requested again."""
    from urllib.parse import urlsplit

    from newscrawl.testsite import DEMO_ROOT
    from tests.run_helpers import FAST, PROJECT, SCRAPY

    def crawl(url):
        return processes.run([SCRAPY, "crawl", "article", "-a", f"url={url}",
                              "-s", f"NEWSCRAWL_OUTPUT={tmp_path}", *FAST],
                             cwd=PROJECT, capture_output=True, text=True, timeout=120)

    with TestSite(root=DEMO_ROOT, port=0) as site:
        final = site.articles[0]
        listed = final.rstrip("/")
        first = crawl(listed)
        assert first.returncode == EXIT_OK, first.stderr[-2000:]
        assert read_articles(tmp_path).column("url").to_pylist() == [final]
        before = len(site.requests_log)
        second = crawl(listed)
        assert second.returncode == EXIT_OK, second.stderr[-2000:]
        gets = [path for method, path, _ in site.requests_log[before:]
                if method == "GET" and path != "/robots.txt"]
    assert gets == [], f"fetched again: {gets} (listed {urlsplit(listed).path})"
