"""benchmarks/partial_bodies.py: the damaged container choice (one part of the story), and
the cascade put back whole after it."""

import importlib.util
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extract import body as body_package
from newscrawl.extract.body import extract_body
from newscrawl.extract.body.scan import scan_page
from newscrawl.extract.context import PageContext

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "partial_bodies.py"

PART = ["The ferry to the island ran again on Monday after the winter storms had kept it in "
        "port for nine days, and the first crossing was full.",
        "Islanders had been supplied by a fishing boat in the meantime, which brought bread, "
        "post and medicine twice a week.",
        "The operator said the new mooring on the island side had held through the worst of "
        "the storms without damage."]
REST = ["A second ferry will join the route in the summer, when the timetable doubles for "
        "the visitors' season.",
        "Tickets bought for the cancelled crossings can be used until the end of March, the "
        "operator said."]


def page(rest=REST) -> str:
    part = "".join(f"<p>{text}</p>" for text in PART)
    more = "".join(f"<p>{text}</p>" for text in rest)
    return (f"<html><body><h1>Island ferry runs again</h1><div class='story'>"
            f"<div class='one'>{part}</div><section class='two'>{more}</section></div></body></html>")


@pytest.fixture(scope="module")
def partial():
    spec = importlib.util.spec_from_file_location("partial_bodies", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def story(html):
    root = lxml_html.document_fromstring(html).find("body")
    return root, scan_page(root), root.xpath("//div[@class='story']")[0]


def test_split_takes_the_child_holding_most_of_the_story(partial):
    """The part is read as the cascade reads a container: the blocks of paragraphs right
    after it continue it (``story_parts``), so here the rest comes back; what the instrument
    measures is what the cascade does not win back."""
    root, scan, container = story(page())
    part, parts, paragraphs = partial.split_part(container, scan, None, None, ())
    assert part.get("class") == "one" and paragraphs[:3] == PART


def test_split_leaves_a_container_whose_child_holds_nearly_all_of_it(partial):
    root, scan, container = story(page(rest=["A second ferry joins in the summer."]))
    assert partial.split_part(container, scan, None, None, ()) is None


def test_the_damage_is_undone_after_the_run(partial):
    original = body_package.read_story
    hit: list = []
    with partial.damaged("split", hit):
        assert body_package.read_story is not original
        damaged = extract_body(PageContext(page(), "https://ferry.example/news")).paragraphs
    assert hit and damaged[:3] == PART
    assert body_package.read_story is original
    whole = extract_body(PageContext(page(), "https://ferry.example/news")).paragraphs
    assert all(text in whole for text in PART + REST)
