"""A field step that raises is visible: named on the page context, carried back from the
extraction worker, counted in the crawl stats and named in the crawl report."""

from __future__ import annotations

import datetime as dt

from newscrawl.crawl.extensions import run_stats_table
from newscrawl.crawl.workers import PageResult
from newscrawl.extract import extract_article_with_context
from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile

PAGE = ("<html><head><title>Ferry</title></head><body><article><h1>Ferry service resumes</h1>"
        + "".join(f"<p>The ferry to the islands runs again from Monday, paragraph {n}, after "
                  "the winter storms damaged the pier in January.</p>" for n in range(8))
        + "</article></body></html>")


def broken_rule(ctx):
    raise RuntimeError("a profile function that breaks on this page")


def test_a_failing_field_step_is_named_and_the_rest_kept():
    profile = SiteProfile(name="broken", domains=("ferry.example",), versions=(
        ProfileVersion(since=dt.date(2020, 1, 1), fields={"authors": [broken_rule]}),))
    article, ctx = extract_article_with_context(PAGE, "https://ferry.example/news/ferry",
                                                profile=profile)
    assert ctx.field_errors == ["authors"]
    assert article.headline == "Ferry service resumes" and article.word_count > 100
    _, fine = extract_article_with_context(PAGE, "https://ferry.example/news/ferry",
                                           profile=False)
    assert fine.field_errors == []


def test_page_result_unpacks_and_the_report_names_field_errors():
    result = PageResult("article", "verdict", ["authors"])
    article, verdict = result
    assert (article, verdict) == ("article", "verdict")
    table = run_stats_table({"newscrawl/extract/field_errors/authors": 3,
                             "newscrawl/articles_written": 10}, "article")
    assert table["field errors: authors"] == 3
