"""A moment stated in UTC keeps the calendar day the page prints.

Many content systems state every time in UTC ('2023-09-14T01:40:12Z') while the page
prints its newsroom's day and clock ("13 de septiembre de 2023 22:40"); the UTC day is
then not the page's day, and no zone can be read from the language (Spanish is spoken on
many clocks). The pages in ``date_pages/`` (written for these tests) state a moment in UTC
in their structured data and print it in their date markup: as the same moment with its
own offset, or as a day and a clock (in one value, or in two elements) that are the
moment in a real UTC offset. The moment
(``published_at``) stays; ``published_raw`` states it in the page's offset, so its own
day is the printed one. A printed clock in no real offset, a printed day two days off, or
a day printed without a clock leave the UTC statement as it is.
"""

import datetime as dt
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.dates import offset_showing, stated_day, stated_in_utc

PAGES = Path(__file__).parent / "date_pages"
UTC = dt.timezone.utc


def extract(name: str):
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://site.example/news/{name[:-5]}", profile=False)


CASES = {
    # page: (published_at, published_raw, the page's own day)
    "utc_moment_printed_local_day.html": (
        dt.datetime(2023, 9, 14, 1, 40, 12, tzinfo=UTC), "2023-09-13T22:40:12-03:00",
        dt.date(2023, 9, 13)),
    "utc_moment_printed_day_and_clock_in_one_value.html": (
        dt.datetime(2023, 9, 14, 1, 40, 12, tzinfo=UTC), "2023-09-13T22:40:12-03:00",
        dt.date(2023, 9, 13)),
    "utc_moment_same_instant_in_markup.html": (
        dt.datetime(2021, 6, 30, 22, 15, tzinfo=UTC), "2021-07-01T00:15:00+02:00",
        dt.date(2021, 7, 1)),
    "utc_moment_clock_in_no_offset.html": (
        dt.datetime(2023, 9, 14, 1, 40, 12, tzinfo=UTC), "2023-09-14T01:40:12Z",
        dt.date(2023, 9, 14)),
    "utc_moment_printed_day_two_off.html": (
        dt.datetime(2023, 9, 14, 1, 40, 12, tzinfo=UTC), "2023-09-14T01:40:12Z",
        dt.date(2023, 9, 14)),
    "utc_moment_printed_day_without_clock.html": (
        dt.datetime(2023, 9, 14, 1, 40, 12, tzinfo=UTC), "2023-09-14T01:40:12Z",
        dt.date(2023, 9, 14)),
}


@pytest.mark.parametrize("page", sorted(CASES))
def test_the_moment_stays(page):
    article = extract(page)
    assert article.published_at == CASES[page][0]
    assert article.published_precision == "exact"


@pytest.mark.parametrize("page", sorted(CASES))
def test_the_raw_states_the_moment_in_the_pages_offset(page):
    assert extract(page).published_raw == CASES[page][1]


@pytest.mark.parametrize("page", sorted(CASES))
def test_the_pages_own_day(page):
    assert stated_day(extract(page).published_raw) == CASES[page][2]


@pytest.mark.parametrize("raw, expected", [
    ("2022-05-04T00:25:56Z", True), ("2022-05-04T00:25:56.152Z", True),
    ("2022-05-04T00:25:56+00:00", True), ("Wed, 04 May 2022 00:25:56 GMT", True),
    ("2022-05-04 00:25 UTC", True), ("2022-05-04T00:25:56-03:00", False),
    ("2022-05-04", False), ("4 May 2022", False), (None, False),
])
def test_stated_in_utc(raw, expected):
    assert stated_in_utc(raw) is expected


@pytest.mark.parametrize("wall, minutes", [
    (dt.datetime(2022, 5, 3, 21, 25), -180), (dt.datetime(2022, 5, 4, 5, 55), 330),
    (dt.datetime(2022, 5, 4, 6, 10), 345), (dt.datetime(2022, 5, 4, 0, 25), 0),
    (dt.datetime(2022, 5, 3, 21, 7), None), (dt.datetime(2022, 5, 4, 7, 55), None),
    (dt.datetime(2022, 5, 2, 21, 25), None),
])
def test_offset_showing(wall, minutes):
    moment = dt.datetime(2022, 5, 4, 0, 25, 56, tzinfo=UTC)
    offset = offset_showing(moment, wall)
    if minutes is None:
        assert offset is None
    else:
        assert offset == dt.timezone(dt.timedelta(minutes=minutes))
