"""A structured publication date the page prints nowhere gives way to the article's own date
markup when the page prints that markup's day nearest the headline.

The pages in ``date_pages/`` (written for these tests) are a German local story whose
JSON-LD (and, on one, ``article:published_time``) states a CMS's import date months
before the day the byline prints and marks up as a ``<time>``; a third page prints the
structured day too, as the story's first appearance, and a fourth marks up its byline day as an
update: both keep the structured day.
"""

import datetime as dt
from pathlib import Path

from newscrawl import extract_article

PAGES = Path(__file__).parent / "date_pages"
URL = "https://www.lokalzeitung.example/lokales/turnhalle-wird-saniert-123.html"


def extract(name: str, url: str = URL):
    return extract_article((PAGES / name).read_text(encoding="utf-8"), url)


def test_the_marked_up_byline_day_beats_an_import_date_in_json_ld():
    article = extract("import_date_in_structured_data.html")
    assert article.published_at == dt.datetime(2024, 3, 14, 8, 15, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "markup"


def test_the_marked_up_byline_day_beats_json_ld_and_meta_agreeing_on_an_import_date():
    article = extract("import_date_in_jsonld_and_meta.html")
    assert article.published_at.date() == dt.date(2024, 3, 14)
    assert article.published_raw.startswith("14.03.2024")


def test_a_structured_day_the_page_prints_too_stays():
    article = extract("structured_date_printed_as_first_appearance.html")
    assert article.published_at.date() == dt.date(2023, 11, 2)
    assert article.sources["published_at"] == "jsonld"


def test_a_structured_day_the_url_states_stays():
    article = extract("import_date_in_structured_data.html",
                      "https://www.lokalzeitung.example/2023/11/02/turnhalle-wird-saniert.html")
    assert article.published_at.date() == dt.date(2023, 11, 2)


def test_a_structured_day_beside_a_marked_up_update_stays():
    article = extract("structured_date_and_marked_up_update.html")
    assert article.published_at.date() == dt.date(2023, 11, 2)
