"""Refused pages are not thrown away: a page refused as a non-article that had
substantial text is written to DIR/pages/ with its fields and the reason, and the refusal
is looked at again later (never skipped for ever)."""

from __future__ import annotations

import datetime as dt
import json

from newscrawl.crawl.incremental import CrawlState
from newscrawl.model.check import NOT_ARTICLE
from newscrawl.storage.dataset import read_articles, read_pages
from newscrawl.testsite import TestSite
from newscrawl.testsite.routes import Response, Route, exact
from tests.run_helpers import FAST, SCRAPY, PROJECT

import socket
from tests import processes

SENTENCE = ("The council met on Tuesday to discuss the harbour plan, which would add two "
            "new piers and a ferry terminal by the end of the decade. ")


def hub_page(words_wanted: int) -> str:
    """A section front: JSON-LD CollectionPage, teasers, and a long introduction."""
    text = " ".join([SENTENCE] * (words_wanted // 25 + 1))
    teasers = "".join(f'<article><h2><a href="/news/story-{n}">Story {n}</a></h2></article>'
                      for n in range(12))
    ld = json.dumps({"@context": "https://schema.org", "@type": "CollectionPage",
                     "name": "Harbour"})
    return (f'<html><head><title>Harbour news</title><script type="application/ld+json">{ld}'
            f'</script><meta property="og:type" content="website"></head><body>'
            f"<h1>Harbour</h1><div class=intro><p>{text}</p></div>{teasers}</body></html>")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def crawl(html: str, output, *extra, port: int = 0):
    """Crawl the one URL /harbour/ (serving ``html``); (result, GETs of /harbour/)."""
    route = Route("harbour", exact("/harbour/"), lambda request: Response(200, html.encode()))
    with TestSite(port=port, extra_routes=[route]) as site:
        result = processes.run(
            [SCRAPY, "crawl", "article", "-a", f"url={site.url('/harbour/')}",
             "-s", f"NEWSCRAWL_OUTPUT={output}", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0",
             *FAST, *extra], cwd=PROJECT, capture_output=True, text=True, timeout=120)
        gets = [path for method, path, _ in site.requests_log
                if method == "GET" and path.startswith("/harbour")]
    return result, gets


def test_refused_page_with_text_is_kept_in_pages_and_rechecked(tmp_path):
    html = hub_page(300)
    output = tmp_path / "out"
    port = free_port()  # the same URL in every run
    result, gets = crawl(html, output, port=port)
    assert gets == ["/harbour/"], result.stderr[-2000:]
    pages = read_pages(output).to_pylist()
    assert len(pages) == 1 and read_articles(output).num_rows == 0
    page = pages[0]
    assert page["refusal_reason"] == "jsonld-collectionpage"
    assert page["refusal_score"] < 0 and "jsonld-list" in page["refusal_signals"]
    assert page["headline"] == "Harbour" and page["word_count"] >= 150
    assert SENTENCE.split(".")[0] in page["body"]

    # The next run skips the refusal, as it skips articles it has...
    result, gets = crawl(html, output, port=port)
    assert gets == [], result.stderr[-2000:]
    # ...but not once the refusal re-check window has passed (here: at once).
    result, gets = crawl(html, output, "-s", "NEWSCRAWL_REFUSAL_RECHECK_DAYS=0.000001",
                         port=port)
    assert gets == ["/harbour/"], result.stderr[-2000:]
    assert read_pages(output).num_rows == 1  # the same content is not written twice


def test_short_refused_page_is_not_kept(tmp_path):
    output = tmp_path / "out"
    result, _ = crawl(hub_page(40), output)
    assert result.returncode in (0, 3), result.stderr[-2000:]
    assert read_pages(output).num_rows == 0


def test_refusals_are_rechecked_by_default_after_the_window():
    from newscrawl import defaults
    from newscrawl.crawl.incremental import Known

    now = dt.datetime(2026, 12, 4, tzinfo=dt.timezone.utc)
    days = defaults.NEWSCRAWL_REFUSAL_RECHECK_DAYS
    assert days > 0  # never skipped for ever by default
    recheck = dt.timedelta(days=days)
    refused = Known(checked_at=now - recheck - dt.timedelta(hours=1), refused=True)
    recent = Known(checked_at=now - dt.timedelta(hours=1), refused=True)
    article = Known(fetched_at=now - recheck * 3, content_hash="x",
                    checked_at=now - recheck * 3)
    state = CrawlState({"a": refused, "b": recent, "c": article}, now=now,
                       refusal_recheck=recheck)
    assert state.skip_reason("a", None) is None
    assert state.skip_reason("b", None) == "seen"
    assert state.skip_reason("c", None) == "seen"  # articles keep NEWSCRAWL_RECHECK_DAYS
    # a new listing date re-checks a refusal at once
    assert state.skip_reason("b", now) is None
    assert NOT_ARTICLE == "not_article"


def test_page_without_a_body_that_signals_call_an_article_is_written(tmp_path):
    """A failed extraction is not a refusal: no body found, but JSON-LD, og:type and a date
    say article, so the row is written with its other fields and the miss is counted."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Harbour plan approved", "datePublished": "2025-03-01T08:30:00Z",
                     "author": {"@type": "Person", "name": "Ana Field"}})
    html = (f'<html><head><title>Harbour plan approved</title><script type="application/ld+json">'
            f'{ld}</script><meta property="og:type" content="article"></head><body>'
            '<h1>Harbour plan approved</h1><div id="app"></div></body></html>')
    output = tmp_path / "out"
    result, gets = crawl(html, output)
    assert gets == ["/harbour/"] and result.returncode == 0, result.stderr[-2000:]
    rows = read_articles(output).to_pylist()
    assert len(rows) == 1 and read_pages(output).num_rows == 0
    assert rows[0]["headline"] == "Harbour plan approved" and not rows[0]["body"]
    assert rows[0]["authors"] == ["Ana Field"] and rows[0]["published_at"] is not None
    assert "'newscrawl/extract/no_body': 1" in result.stderr
