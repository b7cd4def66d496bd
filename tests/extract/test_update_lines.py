"""A date line labelled as the update is not taken for the publication while the page
states the publication elsewhere.

``date_pages/update_line_in_byline.html`` (written for this test) prints only "Updated
2:39 AM EDT, Tue August 30, 2022" beside its byline; its URL files it under 29 August and
a data layer in a script states the publication moment. The update line is held back
until every other source is tried, and still dates a page that states nothing else; so is
a date the page prints under an update label, while it prints another date of its own.
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


# ``date_pages/update_line_above_unlabelled_date.html`` (written for this test) has no
# publication date in markup, only ``article:modified_time``; it prints "Bijgewerkt <day>,
# 18:40" under the h1 and the day with 11:15, unlabelled, below the story.
UPDATE_ABOVE = (Path(__file__).parent / "date_pages" /
                "update_line_above_unlabelled_date.html").read_text(encoding="utf-8")
UPDATE_ABOVE_URL = "https://kanaalbode.example/regio/veerpont-vaart-weer"


def test_a_printed_update_line_gives_way_to_the_other_date_the_page_prints():
    article = extract_article(UPDATE_ABOVE, UPDATE_ABOVE_URL, profile=False)
    assert article.published_raw == "3 oktober 2023 11:15"
    assert article.modified_at == dt.datetime(2023, 10, 3, 16, 40, tzinfo=UTC)


def test_a_printed_update_line_still_dates_a_page_that_prints_no_other_date():
    page = UPDATE_ABOVE.replace('<p class="stamp">3 oktober 2023, 11:15</p>', "")
    article = extract_article(page, UPDATE_ABOVE_URL, profile=False)
    assert article.published_raw == "3 oktober 2023 18:40"
