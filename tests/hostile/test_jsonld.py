"""Broken and hostile JSON-LD: invalid JSON, deep nesting, huge arrays, wrong types in
every field. The page keeps what the other layers find; the row always fits the schema."""

from __future__ import annotations

import json

import pytest

from newscrawl.extract import jsonld
from newscrawl.extract.extractor import MAX_FIELD_CHARS
from tests.hostile import pages
from tests.hostile.pages import HEADLINE, PARAGRAPH, outcome

pytestmark = pytest.mark.usefixtures("warm_process")

#: Values of every JSON type, and some shapes no field should hold.
WRONG_VALUES = [None, True, False, 0, -1, 3.5, 1e308, "", " ", [], {}, [[]], [None, 1, {}],
                {"@value": {"@value": 1}}, {"@id": "#nowhere"}, {"name": ["A", ["B"]]},
                "x" * 100_000, ["y"] * 1000]
FIELDS = ["@type", "@id", "@graph", "headline", "name", "author", "creator", "datePublished",
          "dateModified", "image", "thumbnailUrl", "description", "articleBody", "publisher",
          "inLanguage", "articleSection", "keywords", "url", "associatedMedia", "mainEntityOfPage"]


def assert_page_kept(result) -> None:
    assert result.refusal is None
    assert result.article.headline == HEADLINE
    assert (result.article.body or "").count(PARAGRAPH) >= 4
    assert result.seconds < pages.PAGE_SECONDS


@pytest.mark.parametrize("block", [
    '{"@type": "NewsArticle", "headline": ', '{"@type": "NewsArticle",,, }', "{'single': 'quotes'}",
    '{"a": NaN, "b": Infinity, "c": -Infinity}', "undefined", "<!-- {} -->", "]]>", "\\u0000", "\x01\x02\x03",
    '{"@type": "NewsArticle"} trailing garbage {', '{"headline": "\\ud800 lone escape"}',
    '{"@type":"NewsArticle","headline":"' + "\\" * 10001 + '"}'
])
def test_invalid_json(block):
    assert_page_kept(outcome(pages.jsonld_page(block)))


@pytest.mark.parametrize("depth", [500, 990, 5000, 100_000])
@pytest.mark.parametrize("shape", ["[", '{"a":', '{"@graph":[', '{"author":'])
def test_deep_nesting(depth, shape):
    closer = {"[": "]", '{"a":': "}", '{"@graph":[': "]}", '{"author":': "}"}[shape]
    block = shape * depth + '{"@type":"NewsArticle","headline":"Deep"}' + closer * depth
    result = outcome(pages.jsonld_page(block))
    assert result.refusal is None
    assert result.article.headline in (HEADLINE, "Deep")
    assert result.seconds < pages.PAGE_SECONDS


@pytest.mark.parametrize("field,count", [("author", 200_000), ("image", 200_000),
                                         ("keywords", 200_000), ("@graph", 100_000)])
def test_huge_arrays(field, count):
    item = {"author": {"@type": "Person", "name": "Ann Example"}, "image": "/pic.jpg",
            "keywords": "harbour", "@graph": {"@type": "Thing", "name": "n"}}[field]
    node = {"@type": "NewsArticle", "headline": HEADLINE, field: [item] * count}
    result = outcome(pages.jsonld_page(json.dumps(node)))
    assert_page_kept(result)
    assert len(result.article.authors) <= jsonld.MAX_LIST_ITEMS
    assert len(result.article.tags or []) <= jsonld.MAX_LIST_ITEMS


@pytest.mark.parametrize("field", FIELDS)
def test_wrong_types_in_every_field(field):
    for value in WRONG_VALUES:
        node = {"@type": "NewsArticle", "headline": HEADLINE, field: value}
        result = outcome(pages.jsonld_page(json.dumps(node)))
        assert result.refusal is None
        assert result.article.headline, (field, value)
        assert len(result.article.headline) <= MAX_FIELD_CHARS["headline"]


def test_numbers_are_not_dates():
    node = {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": [1, 2],
            "dateModified": 20250101}
    result = outcome(pages.jsonld_page(json.dumps(node)))
    assert result.article.published_at is None and result.article.modified_at is None


def test_lone_surrogate_escapes_do_not_break_the_row():
    block = ('{"@type":"NewsArticle","headline":"Harbour \\ud800 vote","author":'
             '{"@type":"Person","name":"Ann \\udfff Example"},"description":"\\udbff"}')
    result = outcome(pages.jsonld_page(block))  # outcome() checks the row against the schema
    assert result.article.headline == "Harbour \ufffd vote"


def test_many_script_blocks():
    block = '</script><script type="application/ld+json">'.join(
        ['{"@type":"Thing","name":"n"}'] * 5000)
    assert_page_kept(outcome(pages.jsonld_page(block)))
