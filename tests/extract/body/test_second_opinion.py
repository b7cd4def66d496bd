"""The second opinion on the body, on pages written for the project: when the chosen body
is a middling share of the page's scoring text, the densest region of the page's prose
blocks is read; its paragraphs the body lacks are added in document order when they are
many beside the body and the region holds the body, and the body is kept otherwise."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body import Body
from newscrawl.extract.body import second_opinion as so
from newscrawl.extract.body.paragraphs import collect_paragraphs
from newscrawl.extract.body.scan import scan_page
from newscrawl.extract.extractor import _body_layer

FIRST_PART = [
    "The harbour crane that stood idle for forty years lifted its first load on Saturday, "
    "a crate of apples from the orchard cooperative on the hill above the town.",
    "Volunteers spent three winters taking the jib apart, cleaning every rivet and "
    "replacing the timber of the driver's cabin with oak from a local sawmill.",
    "The restoration was paid for by a public collection that raised more money than "
    "the committee had asked for, most of it in small amounts from residents.",
    "Engineers from the port authority inspected the crane twice before it was allowed "
    "to carry any weight, and they will inspect it again every spring.",
]
SECOND_PART = [
    "Rides on the platform will be offered on the first Sunday of each month, weather "
    "permitting, and the money will go towards the upkeep of the quay.",
    "The committee now hopes to restore the steam winch that once stood beside the crane, "
    "a job it expects to take at least two more winters of work.",
]
OTHER_PROSE = ("Readers also liked our guide to the best walks along the coast, with maps "
               "and tips for families with small children.")
LINKS = "".join(f'<li><a href="/s{i}">Another story from the coast number {i}</a></li>'
                for i in range(24))


def paragraphs_html(texts) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


TIDES = "".join(f"<p>Tide table for pier {i} high water at {i}:15 and low water at {i}:45 "
                f"on weekdays</p>" for i in range(1, 9))


def split_story_page(second=SECOND_PART) -> str:
    """A story cut into two sibling blocks (a container step can take the first alone), a
    menu, a tide table (text, but no prose) and a footer."""
    return (f"<html><body><nav><ul>{LINKS}</ul></nav><main><h1>Harbour crane lifts again</h1>"
            f"<div class='story'><div class='part'>{paragraphs_html(FIRST_PART)}</div>"
            f"<div class='more-text'>{paragraphs_html(second)}</div></div>"
            f"<div class='tides'>{TIDES}</div></main>"
            f"<footer><p>The Harbour Gazette is published by the town's newspaper trust.</p>"
            f"</footer></body></html>")


def opinion_of(html: str, container_path: str = "//div[@class='part']"):
    body = lxml_html.document_fromstring(html).find("body")
    scan = scan_page(body)
    container = body.xpath(container_path)[0]
    paragraphs = collect_paragraphs(container, scan)
    return body, scan, container, paragraphs


def test_the_rest_of_a_split_story_is_added_after_the_part_read():
    body, scan, container, paragraphs = opinion_of(split_story_page())
    assert paragraphs == FIRST_PART
    assert so.partial(scan, body, paragraphs)
    assert so.with_second_opinion(body, scan, container, paragraphs) == FIRST_PART + SECOND_PART


def test_a_part_before_the_body_goes_first():
    body, scan, container, paragraphs = opinion_of(split_story_page(),
                                                   "//div[@class='more-text']")
    assert paragraphs == SECOND_PART
    assert so.with_second_opinion(body, scan, container, paragraphs) == FIRST_PART + SECOND_PART


def test_a_body_holding_most_of_the_page_text_is_not_second_guessed(monkeypatch):
    body, scan, container, paragraphs = opinion_of(split_story_page())
    monkeypatch.setattr(bp, "SECOND_OPINION_SHARE", 0.3)  # the body holds two fifths
    assert not so.partial(scan, body, paragraphs)
    assert so.with_second_opinion(body, scan, container, paragraphs) is None


def test_a_little_extra_prose_is_not_added():
    """One short paragraph beside the body (a note, an appeal) is under the share of the
    body the region must add."""
    short = ["Rides on the platform cost two pounds for adults and one for children."]
    body, scan, container, paragraphs = opinion_of(split_story_page(short))
    assert so.partial(scan, body, paragraphs)
    opinion = so.consult(body, scan, container, paragraphs)
    assert opinion is not None and opinion.after == short
    assert so.decide(opinion) == "keep"
    assert so.with_second_opinion(body, scan, container, paragraphs) is None


def test_prose_in_a_block_of_links_beside_the_story_is_not_the_region():
    """A teaser's paragraph in a box that is mostly links scores below the story: the
    region is the story's block, which adds nothing to it."""
    html = (f"<html><body><main><h1>Harbour crane lifts again</h1>"
            f"<div class='story'><div class='part'>{paragraphs_html(FIRST_PART)}</div></div>"
            f"<div class='more'><p>{OTHER_PROSE}</p><ul>{LINKS}</ul></div></main></body></html>")
    body, scan, container, paragraphs = opinion_of(html)
    region, blocks = so.prose_region(body, scan, container)
    assert region is container or region.get("class") == "story"
    assert all(OTHER_PROSE not in texts for _, texts in blocks)


@pytest.mark.parametrize("extra, shared, gap, verdict", [
    (400, 1000, 0, "union"),    # a third more, the body inside the region, right beside it
    (200, 1000, 0, "keep"),     # too little beside the body
    (400, 300, 0, "keep"),      # the region is elsewhere: it holds little of the body
    (400, 1000, 900, "keep"),   # far from the body: a heading, links, a byline between
])
def test_decide_thresholds(extra, shared, gap, verdict):
    opinion = so.Opinion(body_chars=1000, shared_chars=shared, after=["x" * extra],
                         gap_chars=gap)
    assert so.decide(opinion) == verdict


def test_text_between_counts_what_lies_between_two_blocks():
    html = ("<html><body><div><p id='a'>First block.</p><h2>Other posts</h2>"
            "<script>var x = 1;</script><p id='b'>Second block.</p></div></body></html>")
    body = lxml_html.document_fromstring(html).find("body")
    first, second = body.xpath("//p[@id='a']")[0], body.xpath("//p[@id='b']")[0]
    assert so.text_between(body, first, second) == len("Other posts")
    assert so.text_between(body, body.xpath("//h2")[0], second) == 0


def test_the_layer_names_the_second_opinion():
    assert _body_layer(Body(paragraphs=["a"], node=object(), second_added=2)) == "second-opinion"
    assert _body_layer(Body(paragraphs=["a"], node=object())) == "markup"
