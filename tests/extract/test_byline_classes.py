"""Bylines on unseen sites, round 24 (issue 14): the classes of wrong authors that recur
across the development sites and the blind sets. Fixture pages of the project's own under
tests/extract/fixtures/bylines/."""

from pathlib import Path

import pytest

from newscrawl.extract.authors import clean_byline
from newscrawl.extract.extractor import completed_by_byline, extract_article

PAGES = Path(__file__).parent / "fixtures" / "bylines"


def authors_of(name: str) -> list[str]:
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, "https://marrowby-tidings.example/2031/11/story/", profile=False).authors


def test_the_printed_byline_completes_the_one_writer_structured_data_names():
    # Yoast-style schema and meta name the post's one user; the byline prints two writers
    assert authors_of("coauthors-beyond-schema.html") == ["Ellen Brackwater", "Jonah Piersall"]


def test_credits_of_other_elements_do_not_complete_the_structured_writer():
    # a video credit and the next story's byline, marked like bylines, add no co-author
    assert authors_of("coauthors-joined-elements.html") == ["Ellen Brackwater"]


def test_a_byline_block_with_a_name_element_per_writer_completes_the_structured_writer():
    # each writer a link of the byline block's own with a role beside it, no joint between
    assert authors_of("coauthors-name-element-each.html") == ["Ellen Brackwater", "Jonah Piersall"]


def test_a_byline_with_its_own_name_elements_inside_completes_the_structured_writers():
    # the outer byline element reads all three; the two name elements inside repeat two
    assert authors_of("coauthors-nested-name-elements.html") == [
        "Ellen Brackwater", "Mara Quillfeather", "Jonah Piersall"]


def test_completion_adds_only_persons_names():
    assert completed_by_byline(["Ann Lee"], ["Ann Lee", "Bo Kim"]) == ["Ann Lee", "Bo Kim"]
    assert completed_by_byline(["Ann Lee"], ["Ann Lee", "Madrid"]) is None
    assert completed_by_byline(["Ann Lee"], ["Ann Lee", "The University of Leeds"]) is None
    assert completed_by_byline(["Ann Lee"], ["Bo Kim", "Cy Park"]) is None
    assert completed_by_byline(["Ann Lee"], ["Ann Lee", "Bo Kim"], "byline-class", "Ann Lee ; Bo Kim") is None
    assert completed_by_byline(["Ann Lee"], ["Ann Lee", "Bo Kim"], "rel-author", "Ann Lee ; Bo Kim") == ["Ann Lee", "Bo Kim"]
    assert completed_by_byline(["Ann Lee"], ["Ann Lee", "Bo Kim"], "byline-class", "Ann Lee ; Bo Kim",
                               one_block=True) == ["Ann Lee", "Bo Kim"]
    # a writer's outlet after a comma closing each writer's element is no co-author
    assert completed_by_byline(["Ann Lee", "Bo Kim"], ["Ann Lee", "Bo Kim", "Harbor Lens"], "byline-class",
                               "Ann Lee, Tidings ; Bo Kim, Harbor Lens", one_block=True) is None


def test_a_segment_of_places_after_the_writers_is_the_dateline():
    # "Name y Name | Place / Place": the places the writers file from, not co-authors
    assert authors_of("writers-then-places-segment.html") == ["Irene Salvatierra", "Tomás Oyarzábal"]


def test_a_place_after_the_timestamps_of_an_unnamed_byline_is_no_writer():
    # a desk's title, the updated and published stamps, then the town filed from
    assert authors_of("role-dates-then-place.html") == []


@pytest.mark.parametrize("raw, names", [
    ("Ann Lee and Bo Kim | Leeds / York", ["Ann Lee", "Bo Kim"]),
    ("Staff Writer · 4 March 2031 · Leeds", []),
    ("Ann Lee | AFP", ["Ann Lee", "AFP"]),  # (an agency's capitals are not a place)
    ("4 March 2031 · Reuters", ["Reuters"]),  # (nor a wire agency's name after a date)
    ("Jules | Mo", ["Jules", "Mo"]),  # (one-word names after one-word names stay)
    # the place after a dash, the writers' names beside the outlet's one word before it
    ("Por Inês Carvalho e Rui Tavares, Agora — Coimbra", ["Inês Carvalho", "Rui Tavares", "Agora"]),
    ("By Ann Lee | Bo Kim", ["Ann Lee", "Bo Kim"]),
])
def test_dateline_places_in_a_byline(raw, names):
    assert clean_byline(raw) == names


def test_slugs_in_an_analytics_author_tag_yield_to_the_printed_names():
    # cXense-style author tags holding the writers' page slugs; the page prints the names
    assert authors_of("analytics-slug-authors.html") == ["Ellen Brackwater", "Jonah Piersall"]


def test_a_town_after_a_desk_title_naming_no_one_is_no_writer():
    # "Our Correspondent, <town>": the desk byline of a staff title and the town filed from
    assert authors_of("desk-title-then-town.html") == []


@pytest.mark.parametrize("raw, names", [
    ("Staff Correspondent, Dhaka", []),
    ("Staff Reporter | Chennai", []),
    ("Staff Writer, Jane Doe", ["Jane Doe"]),  # (a full name after the title stays)
    ("Jane Doe, Staff Writer, Leeds", ["Jane Doe"]),
])
def test_desk_titles_and_places_in_a_byline(raw, names):
    assert clean_byline(raw) == names


def test_a_byline_printed_in_the_articles_own_aside_is_the_articles():
    # a theme's meta strip written as <aside> inside the article's header: the HTML
    # standard's aside within an article is content related to that article
    assert authors_of("byline-in-article-aside.html") == ["Wilma Castleford"]


def test_a_related_stories_aside_inside_the_article_stays_related():
    # the teaser's writer in an aside named as related stories is not the story's
    assert authors_of("related-aside-in-article.html") == []
