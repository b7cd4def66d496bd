"""A date line labelled as the update is not taken for the publication while the page
states the publication elsewhere.

``date_pages/update_line_in_byline.html`` (written for this test) prints only "Updated
2:39 AM EDT, Tue August 30, 2022" beside its byline; its URL files it under 29 August and
a data layer in a script states the publication moment. The update line is held back
until every other source is tried, and still dates a page that states nothing else.
"""

import datetime as dt
from pathlib import Path

from newscrawl import extract_article

PAGE = (Path(__file__).parent / "date_pages" / "update_line_in_byline.html").read_text(encoding="utf-8")
URL = "https://weather.example/2022/08/29/weather/storm-floods-valley/index.html"
UTC = dt.timezone.utc


def test_the_update_line_gives_way_to_the_publication_the_page_states_elsewhere():
    article = extract_article(PAGE, URL, profile=False)
    assert article.published_at == dt.datetime(2022, 8, 29, 17, 34, 1, tzinfo=UTC)


def test_the_update_line_gives_way_to_the_day_in_the_url():
    page = PAGE.replace('"publishDate": "2022-08-29T17:34:01Z", ', "")
    article = extract_article(page, URL, profile=False)
    assert article.published_at.date() == dt.date(2022, 8, 29)


def test_the_update_line_dates_a_page_that_states_nothing_else():
    page = PAGE.replace('"publishDate": "2022-08-29T17:34:01Z", ', "")
    article = extract_article(page, "https://weather.example/weather/storm-floods-valley",
                              profile=False)
    assert article.published_at.date() == dt.date(2022, 8, 30)


def test_an_update_label_split_from_its_date_in_the_byline_line_counts_too():
    page = PAGE.replace("<div class=\"timestamp\">Updated 2:39",
                        "<div class=\"timestamp\">Updated</div><div>2:39")
    article = extract_article(page, URL, profile=False)
    assert article.published_at == dt.datetime(2022, 8, 29, 17, 34, 1, tzinfo=UTC)


def test_a_line_labelled_as_the_publication_is_still_taken_first():
    page = PAGE.replace("Updated 2:39 AM EDT", "Published 2:39 AM EDT")
    article = extract_article(page, URL, profile=False)
    assert article.published_at == dt.datetime(2022, 8, 30, 6, 39, tzinfo=UTC)
