"""A printed time closed by a zone abbreviation that names several zones ("IST": India,
Ireland, Israel) is read on the zone the page's country or language decides
(:data:`newscrawl.extract.page_dates.AMBIGUOUS_ZONES`), in every layer that reads a
date string, not only in the dates printed near the headline.

The page ``date_pages/ambiguous_zone_in_date_class.html`` (written for this test) prints
its time with "IST" in a date-classed element, in English, on a domain of no country.
"""

import datetime as dt
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.page_dates import decided_ambiguous_zone

PAGE = Path(__file__).parent / "date_pages" / "ambiguous_zone_in_date_class.html"
UTC = dt.timezone.utc


@pytest.mark.parametrize("text, evidence, expected", [
    ("January 15, 2025 09:30 pm IST", ("en",), ("January 15, 2025 09:30 pm", "Asia/Kolkata")),
    ("15 Jan 2025, 21:30 (IST)", ("he",), ("15 Jan 2025, 21:30", "Asia/Jerusalem")),
    ("15 Jan 2025, 21:30 IST", ("ie", "en"), ("15 Jan 2025, 21:30", "Europe/Dublin")),
    ("15 Jan 2025, 21:30 IST", ("de",), None),          # nothing decides it
    ("15 Jan 2025, 21:30 EST", ("en",), None),          # not an ambiguous abbreviation
    ("January 15, 2025 IST", ("en",), None),            # no time before it
])
def test_the_page_decides_an_ambiguous_abbreviation(text, evidence, expected):
    assert decided_ambiguous_zone(text, evidence) == expected


def test_an_indian_time_in_a_date_class_is_read_on_indian_time():
    html = PAGE.read_text(encoding="utf-8")
    article = extract_article(html, "https://www.coastline-courier.example/city/ferry-fares",
                              profile=False)
    assert article.published_at == dt.datetime(2025, 1, 15, 16, 0, tzinfo=UTC)
    assert article.published_precision == "exact"
    assert "IST" in article.published_raw


def test_the_same_page_in_hebrew_is_read_on_israel_time():
    html = PAGE.read_text(encoding="utf-8").replace('lang="en"', 'lang="he"')
    article = extract_article(html, "https://www.coastline-courier.example/city/ferry-fares",
                              profile=False)
    assert article.published_at == dt.datetime(2025, 1, 15, 19, 30, tzinfo=UTC)
