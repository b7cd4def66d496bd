"""Hostile servers: timeouts, resets, 429 with Retry-After, 5xx, redirect loops,
offsite redirects, slow drips. Retried with back-off, and recorded at the end.

The unit tests check the retry helpers; the rest read the shared fault crawl
(conftest.fault_crawl) and check what each fault class became."""

from __future__ import annotations

import asyncio
import datetime as dt
from email.utils import format_datetime
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from newscrawl.crawl.retry import (BackoffRetryMiddleware, OffsiteRedirect, RedirectGuard, RedirectLoop,
                             backoff_seconds, host_allowed, retry_after_seconds)
from newscrawl.crawl.spiders.article import ArticleSpider
from tests.hostile import pages
from tests.hostile.conftest import PER_FAULT

NOW = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.timezone.utc)


# -- helpers ----------------------------------------------------------------------------

@pytest.mark.parametrize("value,seconds", [
    (b"5", 5.0), ("0", 0.0), (" 120 ", 120.0), (format_datetime(NOW + dt.timedelta(seconds=30),
                                                                 usegmt=True), 30.0),
    (format_datetime(NOW - dt.timedelta(hours=1), usegmt=True), 0.0),
    (None, None), (b"", None), (b"soon", None), (b"-5", None), (b"1e9", None), (b"\xff\xfe", None),
])
def test_retry_after_values(value, seconds):
    assert retry_after_seconds(value, now=NOW) == seconds


def test_backoff_doubles_up_to_the_cap():
    assert [backoff_seconds(n, 1.0, 5.0) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]


@pytest.mark.parametrize("url,allowed", [
    ("https://news.example/a", True), ("https://www.news.example/a", True),
    ("http://news.example:8080/a", True), ("https://evilnews.example/a", False),
    ("https://news.example.evil.test/a", False), ("https://elsewhere.invalid/", False),
])
def test_host_allowed(url, allowed):
    assert host_allowed(url, ["news.example"]) is allowed


def middleware(cls, **settings):
    crawler = get_crawler(ArticleSpider, settings_dict={"NEWSCRAWL_RETRY_BACKOFF": 0.01,
                                                        **settings})
    crawler.spider = ArticleSpider.from_crawler(crawler, allowed_domains=["news.example"])
    crawler.spider.allowed_domains = ["news.example"]
    return cls.from_crawler(crawler)


def test_retry_after_is_honoured_and_capped():
    retry = middleware(BackoffRetryMiddleware, NEWSCRAWL_RETRY_AFTER_MAX=7)
    request = Request("https://news.example/a")
    for header, wait in ((b"3", 3.0), (b"3600", 7.0)):
        response = Response(request.url, status=429, headers={"Retry-After": header})
        assert retry.wait_for(request, response) == wait
    assert retry.wait_for(request, Response(request.url, status=503)) == 0.01


def test_last_retry_gives_the_response_back():
    retry = middleware(BackoffRetryMiddleware, RETRY_TIMES=1)
    request = Request("https://news.example/a")
    response = Response(request.url, status=503)
    again = asyncio.run(retry.process_response(request, response))
    assert isinstance(again, Request) and again.meta["retry_times"] == 1
    assert asyncio.run(retry.process_response(again, response)) is response


def test_redirect_guard():
    guard = middleware(RedirectGuard)
    request = Request("https://news.example/a", meta={"redirect_urls": ["https://news.example/b"]})

    def answer(location, status=301):
        return Response(request.url, status=status, headers={"Location": location})

    assert guard.process_response(request, answer("/c")).status == 301
    assert guard.process_response(request, answer("https://www.news.example/c")).status == 301
    with pytest.raises(OffsiteRedirect):
        guard.process_response(request, answer("https://elsewhere.invalid/c"))
    with pytest.raises(RedirectLoop):
        guard.process_response(request, answer("/b", 302))
    with pytest.raises(RedirectLoop):
        guard.process_response(request, answer("https://news.example/a", 307))
    assert guard.process_response(request, Response(request.url, status=200)).status == 200


# -- the fault crawl ------------------------------------------------------------------------

def outcome_of(crawl, name: str):
    """(GETs per path, article paths, failures) of one fault class."""
    paths = [p for p, rule in crawl.assigned.items() if rule == name]
    gets = {p: [e for e in crawl.served if e.method == "GET" and e.path == p] for p in paths}
    articles = {urlsplit(u).path for u in crawl.result.urls} & set(paths)
    failures = [f for f in crawl.failures if urlsplit(f["url"]).path in paths]
    return gets, articles, failures


@pytest.mark.parametrize("name", ["503-once", "429-once", "truncate-once", "reset-once"])
def test_a_fault_on_the_first_try_is_retried_into_an_article(fault_crawl, name):
    gets, articles, failures = outcome_of(fault_crawl, name)
    assert len(articles) == PER_FAULT and not failures
    assert all(len(g) == 2 and g[-1].fault is None for g in gets.values())


@pytest.mark.parametrize("name,error_type,status,tries", [
    ("404", "HttpError", 404, 1), ("410", "HttpError", 410, 1), ("500", "HttpError", 500, 3),
    ("429", "HttpError", 429, 3), ("truncate", "ResponseDataLossError", None, 3),
    ("drip", "DownloadTimeoutError", None, 3), ("delay", "DownloadTimeoutError", None, 3),
    ("redirect-loop", "RedirectLoop", 302, 2), ("redirect-offsite", "OffsiteRedirect", 301, 1),
])
def test_a_lasting_fault_is_a_recorded_fetch_failure(fault_crawl, name, error_type, status, tries):
    gets, articles, failures = outcome_of(fault_crawl, name)
    assert not articles
    assert len(failures) == PER_FAULT
    assert {(f["stage"], f["error_type"], f["http_status"]) for f in failures} == {
        ("fetch", error_type, status)}
    assert all(f["message"] and f["failed_at"] is not None for f in failures)
    assert all(len(g) == tries for g in gets.values()), {p: len(g) for p, g in gets.items()}


def test_connection_resets_are_retried_then_recorded(fault_crawl):
    gets, articles, failures = outcome_of(fault_crawl, "reset")
    assert not articles and len(failures) == PER_FAULT
    assert all(f["stage"] == "fetch" and f["http_status"] is None for f in failures)
    assert all(len(g) >= 3 for g in gets.values())


@pytest.mark.parametrize("name,error_type", [("pdf", "NotAPageError"), ("png", "NotHTML")])
def test_documents_and_images_at_article_urls_are_extract_failures(fault_crawl, name, error_type):
    _gets, articles, failures = outcome_of(fault_crawl, name)
    assert not articles
    assert {(f["stage"], f["error_type"], f["http_status"]) for f in failures} == {
        ("extract", error_type, 200)}


def test_html_served_as_octet_stream_is_still_read(fault_crawl):
    _gets, articles, failures = outcome_of(fault_crawl, "octet-stream")
    assert len(articles) == PER_FAULT and not failures


def test_retries_waited_as_asked(fault_crawl):
    """Every 429 retry waited its Retry-After (1 s): 3 first-try 429s + 3 paths x 2 retries."""
    stats = fault_crawl.result.stats
    assert stats.get("newscrawl/retry/waits", 0) >= 9
    assert stats.get("newscrawl/retry/wait_ms", 0) >= 9 * 1000


def test_nothing_went_offsite(fault_crawl):
    assert "elsewhere.invalid" not in {e.host for e in fault_crawl.served}
    assert "Filtered offsite request" not in fault_crawl.result.log


def test_a_decompression_bomb_is_cut_off(fault_crawl):
    bomb = [f for f in fault_crawl.failures if urlsplit(f["url"]).path == "/hostile/gzip-bomb/"]
    assert len(bomb) == 1 and bomb[0]["stage"] == "fetch"


@pytest.mark.parametrize("name,failure", [
    ("pdf-as-html", "NotAPageError"), ("random-bytes-as-html", "NotAPageError"),
    ("empty", "NotAPageError"), ("gzip-bomb", None), ("deep-nesting", ""),
    ("no-html-element", ""), ("cp1251-undeclared", ""), ("shift-jis-declared-utf8", ""),
    ("broken-jsonld", ""), ("megabyte-headline", ""),
])
def test_hostile_pages_in_the_crawl(fault_crawl, name, failure):
    """Binary, empty and oversized answers are failure rows; the rest are article rows."""
    path = f"/hostile/{name}/"
    rows = [a for a in fault_crawl.articles if urlsplit(a["url"]).path == path]
    failed = [f for f in fault_crawl.failures if urlsplit(f["url"]).path == path]
    if failure == "":
        assert len(rows) == 1 and not failed
        assert (rows[0]["headline"] or "") in (pages.HEADLINE, pages.RUSSIAN[:40],
                                                pages.JAPANESE[:20])
        assert "\ufffd" not in rows[0]["body"]
    else:
        assert not rows and len(failed) == 1
        assert failure is None or failed[0]["error_type"] == failure
