"""Exit codes and the summary line of a crawl, from its stats."""

from __future__ import annotations

import pytest

from newscrawl.crawl.outcome import (
    EXIT_ERROR, EXIT_INTERRUPTED, EXIT_NO_ARTICLES, EXIT_OK, EXIT_TOO_MANY_FAILURES,
    RunSummary, exit_code)


def summary(**stats) -> RunSummary:
    return RunSummary.from_stats({"finish_reason": "finished", **stats})


@pytest.mark.parametrize("stats, code", [
    ({"newscrawl/articles/new": 3}, EXIT_OK),
    ({"newscrawl/incremental/skipped/seen": 40}, EXIT_OK),
    ({}, EXIT_NO_ARTICLES),
    ({"newscrawl/articles/new": 1, "newscrawl/failures_written": 2}, EXIT_TOO_MANY_FAILURES),
    ({"newscrawl/articles/new": 3, "newscrawl/failures_written": 1}, EXIT_OK),
    ({"newscrawl/articles/new": 3, "finish_reason": "shutdown"}, EXIT_INTERRUPTED),
])
def test_exit_codes(stats, code):
    assert exit_code(summary(**stats), max_failure_ratio=0.5) == code


def test_a_crash_is_scrapys_error_code():
    assert exit_code(summary(**{"newscrawl/articles/new": 3}), crashed=True) == EXIT_ERROR


def test_the_summary_line_counts_every_outcome():
    line = summary(**{"newscrawl/articles/new": 12, "newscrawl/articles/updated": 3,
                      "newscrawl/articles/unchanged": 1, "newscrawl/failures_written": 2,
                      "newscrawl/incremental/skipped/seen": 140,
                      "newscrawl/pages/non_article/thin": 3,
                      "newscrawl/pages/non_article/jsonld-collectionpage": 1,
                      "elapsed_time_seconds": 8.0}).line()
    assert line.startswith("newscrawl summary: new=12 updated=3 unchanged=1 failed=2 "
                           "skipped=140 non_articles=4 recovered=0 (2.0 articles/s")
