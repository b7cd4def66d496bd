"""Bylines on unseen sites, sixth round (issue 14): writers listed in repeated blocks
(teasers of other stories, an author directory) are not the page's byline, names side by
side in one byline still are; a byline in the block holding the headline counts when that
block's class reads as a teaser; an abbreviated weekday opens a date, not a name.
Fixture pages of the project's own under tests/extract/fixtures/bylines/."""

from pathlib import Path

import pytest

from newscrawl.extract.authors import clean_byline
from newscrawl.extract.extractor import extract_article

PAGES = Path(__file__).parent / "fixtures" / "bylines"


def authors_of(name: str) -> list[str]:
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, "https://courier.test/city/story", profile=False).authors


def test_writers_of_teasers_and_of_a_directory_are_not_the_byline():
    # the story's own byline, then three teaser cards and a side list of writers, all
    # marked like bylines: only the one outside the repeated blocks is the page's
    assert authors_of("teasers-with-writers.html") == ["Ruth Olsen"]


def test_names_side_by_side_in_one_byline_are_no_list():
    assert authors_of("three-writers-one-byline.html") == ["Lena Brandt", "Omar Haddad", "Kim Sato"]


def test_byline_in_the_teaser_named_block_holding_the_headline():
    # the header component's classes hold "Teaser"; the related teaser below is left out
    assert authors_of("headline-in-teaser-named-header.html") == ["Jana Roth", "Emil Hahn"]


def test_abbreviated_weekday_opens_the_date_after_the_names():
    assert authors_of("byline-abbreviated-weekday.html") == ["Ruth Olsen"]


@pytest.mark.parametrize("raw, names", [
    ("Ruth Olsen | Partner | Tue, 4 March 2031 1:43PM", ["Ruth Olsen"]),
    ("By Jane Doe Thu Mar 4, 2031", ["Jane Doe"]),
    ("By Jane Doe | Sat. 4.3.2031", ["Jane Doe"]),
    ("Sun Yang and Jane Doe", ["Sun Yang", "Jane Doe"]),  # no date after it: a name
])
def test_abbreviated_weekday_before_a_date(raw, names):
    assert clean_byline(raw) == names
