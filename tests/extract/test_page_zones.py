"""A naive time a page prints is read on the clock its language or region keeps.

The pages in ``date_pages/`` (written for these tests) print their publication time with
no zone: a German page just after midnight (Berlin's clock: the UTC day is the day
before, the page's own day stays in ``published_raw``), a British page in summer
(London's clock, an hour ahead of UTC), and the same page marked ``en-US`` (the United
States keep several clocks: the time stays naive, as printed).
"""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from newscrawl import extract_article
from newscrawl.crawl.pipelines import fill_dates
from newscrawl.extract.dates import stated_day
from newscrawl.extract.language import language_timezone

PAGES = Path(__file__).parent / "date_pages"
UTC = dt.timezone.utc


def extract(name: str, **kwargs):
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://site.example/news/{name[:-5]}", **kwargs)


@pytest.mark.parametrize("tag, zone", [
    ("de", "Europe/Berlin"), ("de-AT", "Europe/Vienna"), ("en-GB", "Europe/London"),
    ("en_IE", "Europe/Dublin"), ("ja", "Asia/Tokyo"), ("zh-Hant-TW", "Asia/Taipei"),
    ("en", None), ("en-US", None), ("es", None), ("pt-BR", None), ("fr", None),
    ("ru-RU", None), ("", None), (None, None), ("xx-YY", None),
])
def test_the_zone_of_a_language_or_region(tag, zone):
    assert language_timezone(tag) == zone


def test_a_german_time_after_midnight_is_berlin_time_and_keeps_its_day():
    article = extract("zone_of_language_midnight.html", profile=False)
    assert article.published_at == dt.datetime(2024, 3, 4, 23, 30, tzinfo=UTC)
    assert article.published_precision == "site-tz"
    # the page's own calendar day is recoverable from what it printed
    assert stated_day(article.published_raw) == dt.date(2024, 3, 5)


def test_a_british_summer_time_is_an_hour_ahead_of_utc():
    article = extract("zone_of_region_summer.html", profile=False)
    assert article.published_at == dt.datetime(2023, 7, 14, 8, 15, tzinfo=UTC)
    assert article.published_precision == "site-tz"


def test_a_region_of_several_zones_leaves_the_time_naive():
    article = extract("zone_unknown_region.html", profile=False)
    assert article.published_at == dt.datetime(2023, 7, 14, 9, 15, tzinfo=UTC)
    assert article.published_precision == "naive"


def test_a_timezone_given_by_the_caller_wins_over_the_language():
    article = extract("zone_of_language_midnight.html", profile=False, timezone="Asia/Tokyo")
    assert article.published_at == dt.datetime(2024, 3, 5, 0, 30,
                                                tzinfo=ZoneInfo("Asia/Tokyo"))


def test_the_dates_pipeline_reads_relative_dates_on_the_same_clock():
    article = extract("zone_of_language_midnight.html", profile=False)
    article.published_at = None
    article.published_raw = "gestern, 23:30"
    article.fetched_at = dt.datetime(2024, 3, 6, 10, 0, tzinfo=UTC)
    fill_dates(article)
    # yesterday in Berlin, 23:30 local, is 22:30 UTC on 5 March
    assert article.published_at == dt.datetime(2024, 3, 5, 22, 30, tzinfo=UTC)
