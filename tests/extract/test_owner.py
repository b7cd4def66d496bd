"""The page's owner as its author (newscrawl.extract.owner): IndieWeb authorship of an
``h-entry`` without ``p-author``, and a personal site named after a person. Fixture
pages of the project's own under tests/extract/fixtures/owner/."""

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extract import owner
from newscrawl.extract.extractor import extract_article

PAGES = Path(__file__).parent / "fixtures" / "owner"
BLOG = "https://tobiasreinholt.example/2031/03/drovers-road/"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_an_entry_without_author_is_the_representative_card_s():
    # (the h-card linking home and marked rel=me; the reply's card is another person's)
    article = extract_article(page("indieweb-header-card.html"),
                              "https://mira.example/notes/2031/04/slow-spring", profile=False)
    assert article.authors == ["Mira Okafor"]
    assert article.sources["authors"] == "owner"


def test_an_entry_without_author_is_the_card_s_of_the_rel_author_page():
    article = extract_article(page("indieweb-author-page-card.html"),
                              "https://pellbrook.example/2031/05/garden-gate", profile=False)
    assert article.authors == ["Rosa Pellbrook"]


def test_an_organisation_s_card_names_no_author():
    article = extract_article(page("indieweb-organisation-card.html"),
                              "https://harbourboard.example/2031/05/dredging", profile=False)
    assert article.authors == []


def test_an_entry_naming_its_author_is_left_to_the_byline():
    html = page("indieweb-header-card.html").replace(
        '<h1 class="p-name">', '<p class="p-author h-card">Sam Reyes</p><h1 class="p-name">')
    tree = lxml_html.fromstring(html)
    assert owner.entry_author(tree, "https://mira.example/notes/x") is None


def test_a_personal_site_named_after_its_owner_gives_the_owner():
    article = extract_article(page("personal-blog-about-me.html"), BLOG, profile=False)
    assert article.authors == ["Tobias Reinholt"]
    assert article.sources["authors"] == "owner"


def test_a_site_named_like_a_person_without_first_person_label_gives_none():
    html = page("personal-blog-about-me.html").replace(">About me<", ">Contact<")
    assert extract_article(html, BLOG, profile=False).authors == []


def test_a_person_s_name_given_in_one_place_only_gives_none():
    html = (page("personal-blog-about-me.html")
            .replace("&copy; 2031 Tobias Reinholt.", "Thanks for reading.")
            .replace(" &#8211; Tobias Reinholt", "")
            .replace("tobiasreinholt.example", "walks.example"))
    assert extract_article(html, "https://walks.example/2031/03/drovers-road/", profile=False).authors == []


def test_a_byline_wins_over_the_owner():
    html = page("personal-blog-about-me.html").replace(
        '<div class="entry-meta">', '<div class="entry-meta"><span class="byline">By Hanna Voss</span> ')
    assert extract_article(html, BLOG, profile=False).authors == ["Hanna Voss"]


def test_a_publication_named_site_gives_none():
    article = extract_article(page("publication-named-site.html"),
                              "https://harbourcourier.example/news/ferry-timetable", profile=False)
    assert article.authors == []


@pytest.mark.parametrize("name, words, shaped", [
    ("Tobias Reinholt", frozenset(), True),
    ("Rosa van Pellbrook", frozenset(), True),
    ("T. V. Raman", frozenset(), True),
    ("Harbour Courier", frozenset({"courier"}), False),  # a word the page's prose uses
    ("Reinholt", frozenset(), False),  # one word: a brand or a handle
    ("HARBOUR NEWS", frozenset(), False),
    ("Harbour Media GmbH", frozenset(), False),
    ("Walks 2031 Club", frozenset(), False),
])
def test_person_shaped(name, words, shaped):
    assert owner.person_shaped(name, words) is shaped


def test_the_owner_layer_reads_the_run_s_title_without_walking_the_page_again(monkeypatch):
    # (the <title> the headline steps read once is the one the owner layer compares with)
    from newscrawl.extract import markup

    def no_walk(tree):
        raise AssertionError("the page walked again for its <title>")

    monkeypatch.setattr(markup, "title_elements", no_walk)
    article = extract_article(page("personal-blog-about-me.html"), BLOG, profile=False)
    assert article.authors == ["Tobias Reinholt"]
    assert article.sources["authors"] == "owner"
