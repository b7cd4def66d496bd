"""Absurd dates on article pages: zero dates, year 99999, far-future and far-past
moments, epoch overflows, relative dates in Japanese. A date is either dropped or a
plausible moment; the row always fits the schema (timestamp[us, UTC])."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile import pages
from tests.hostile.pages import outcome

pytestmark = pytest.mark.usefixtures("warm_process")

FETCHED = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.timezone.utc)
ABSURD = ["0000-00-00", "0000-00-00T00:00:00Z", "99999-01-01T00:00:00Z", "year 99999",
          "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "-0001-01-01",
          "2025-13-45T25:61:61Z", "2025-02-30", "1e20", "99999999999999999999",
          "-62135596800", "NaN", "∞", "tomorrow forever", "31/31/3131", "1970-01-01T00:00:00Z",
          "2100-01-01", "Mon, 99 Foo 2025 99:99:99 GMT", "12:00", "0", "-1", "   ",
          "2025-02-27T01:17:00+99:00", "2025-02-27T01:17:00\x00Z", "2" * 5000]


def page_with_date(raw: str) -> str:
    return pages.article_page(
        head=f'<meta property="article:published_time" content="{raw}">'
             f'<meta property="article:modified_time" content="{raw}">'
             f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":'
             f'"{raw.replace(chr(92), "").replace(chr(34), "")}"}}</script>',
        body=f'<time datetime="{raw}">{raw}</time>')


def plausible(moment: dt.datetime | None) -> bool:
    return moment is None or (dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc) <= moment
                              <= FETCHED + dt.timedelta(days=1))


@pytest.mark.parametrize("raw", ABSURD)
def test_absurd_dates_are_dropped_or_plausible(raw):
    result = outcome(page_with_date(raw.replace("\x00", "")), fetched_at=FETCHED)
    article = result.article
    assert article.published_at is None or article.published_at.tzinfo is not None
    assert plausible(article.published_at), (raw, article.published_at)
    assert plausible(article.modified_at), (raw, article.modified_at)
    assert result.seconds < pages.PAGE_SECONDS


@pytest.mark.parametrize("raw,ago", [("3日前", dt.timedelta(days=3)),
                                     ("2時間前", dt.timedelta(hours=2)),
                                     ("30分前", dt.timedelta(minutes=30))])
def test_relative_dates_in_japanese_count_back_from_the_fetch(raw, ago):
    page = pages.article_page(head='<html lang="ja">', body=f'<time>{raw}</time>')
    article = outcome(page, fetched_at=FETCHED, language="ja").article
    if article.published_at is not None:
        assert abs(article.published_at - (FETCHED - ago)) <= dt.timedelta(days=1)


def test_many_unreadable_date_candidates_stay_within_the_bound():
    times = "".join(f'<time datetime="not a date {n}">someday {n}</time>' for n in range(2000))
    result = outcome(pages.article_page(body=times), fetched_at=FETCHED)
    assert result.article.published_at is None
    assert result.seconds < pages.PAGE_SECONDS
