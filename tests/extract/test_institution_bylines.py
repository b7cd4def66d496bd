"""Bylines and release dates of institutions' and blogs' news pages: a CMS's labelled meta
line ("Geplaatst op <date> door <name>"), a government body's name with its portfolios,
and the German "Stand:" day under a press release.

The pages (written for these tests) are under ``fixtures/bylines`` and ``date_pages``.
"""

import datetime as dt
from pathlib import Path

from newscrawl import extract_article

HERE = Path(__file__).parent
BYLINES = HERE / "fixtures" / "bylines"


def page(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_a_labelled_date_then_a_by_word_gives_the_writer():
    html = page(BYLINES / "labelled-date-by-line.html")
    article = extract_article(html, "https://deschakel.example/nieuws/zomerkamp-jeugd", profile=False)
    assert article.authors == ["Pieter van Dam"]
    # an account's one word there is no name ("door Communicatie")
    account = html.replace("door Pieter van Dam", "door Communicatie")
    assert extract_article(account, "https://deschakel.example/nieuws/zomerkamp-jeugd",
                           profile=False).authors == []


def test_a_government_body_is_one_organisation_author_when_no_person_is_named():
    html = page(BYLINES / "government-body-creator.html")
    url = "https://verkehr.land.example/presse/radwege-landstrassen"
    assert extract_article(html, url, profile=False).authors == ["Ministerium für Verkehr, Bau und Wohnen"]
    # a person's byline wins over the body's name
    signed = html.replace('<p class="article-date">', '<p class="byline">Von Jana Roth</p><p class="article-date">')
    assert extract_article(signed, url, profile=False).authors == ["Jana Roth"]


def test_the_stand_day_gives_way_to_the_release_day():
    html = page(HERE / "date_pages" / "as_of_footer.html")
    url = "https://bildung.land.example/presse/schulgaerten"
    assert extract_article(html, url, profile=False).published_at.date() == dt.date(2026, 3, 4)


def test_the_stand_day_still_dates_a_page_that_states_nothing_else():
    html = page(HERE / "date_pages" / "as_of_footer.html").replace(" vom 04.03.2026", "")
    url = "https://bildung.land.example/presse/schulgaerten"
    assert extract_article(html, url, profile=False).published_at.date() == dt.date(2026, 3, 5)
