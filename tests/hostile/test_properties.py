"""Property-based tests: generated HTML and JSON-LD never raise anything but NotAPageError,
stay within the time bound, and always give a row the dataset schema accepts."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawl.extract.extractor import MAX_FIELD_CHARS
from tests.hostile import pages
from tests.hostile.pages import outcome

pytestmark = pytest.mark.usefixtures("warm_process")

#: Examples per property (40 in CI; set NEWSCRAWL_HYPOTHESIS_EXAMPLES for a longer hunt).
FEW = settings(max_examples=int(os.environ.get("NEWSCRAWL_HYPOTHESIS_EXAMPLES", "40")), deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

TAGS = ["html", "head", "body", "title", "meta", "script", "style", "article", "main", "div",
        "p", "span", "a", "h1", "h2", "figure", "figcaption", "img", "time", "table", "td", "li",
        "ul", "br", "noscript", "template", "svg", "b", "i", "header", "footer", "nav", "aside"]
ATTRIBUTES = ["class", "id", "itemprop", "property", "name", "content", "datetime", "href", "src",
              "rel", "type", "lang", "charset", "alt", "srcset"]
ATTRIBUTE_VALUES = st.one_of(
    st.sampled_from(["byline", "author", "headline", "article:published_time", "og:title",
                     "application/ld+json", "datePublished", "caption", "credit", "1999-99-99",
                     "2025-02-27T01:17:00+02:00", "/img/x.jpg", "data:,", "javascript:x", ""]),
    st.text(max_size=30))
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=60)


@st.composite
def elements(draw, depth: int = 0):
    """One random element (start tag, optional children, optional end tag) as markup."""
    tag = draw(st.sampled_from(TAGS))
    attributes = " ".join(f'{name}="{value.replace(chr(34), "&quot;")}"' for name, value in
                          draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), ATTRIBUTE_VALUES),
                                        max_size=3)))
    children = ""
    if depth < 4:
        children = "".join(draw(st.lists(st.one_of(TEXT, elements(depth + 1)), max_size=4)))
    end = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</div>", "</p"]))
    return f"<{tag} {attributes}>{children}{end}"


HTML_PAGES = st.one_of(
    st.lists(st.one_of(TEXT, elements()), max_size=8).map("".join),
    st.lists(elements(), min_size=1, max_size=5).map(lambda parts: pages.article_page(body="".join(parts))),
    st.binary(max_size=2000),
)

JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        TEXT, st.sampled_from(["NewsArticle", "Person", "@id", "2025-02-27",
                                               "0000-00-00", "https://x.example/i.jpg"]))
JSON_KEYS = st.sampled_from(["@type", "@id", "@graph", "@context", "headline", "name", "author",
                             "datePublished", "dateModified", "image", "url", "caption",
                             "publisher", "keywords", "articleBody", "description", "inLanguage",
                             "articleSection", "associatedMedia", "creator", "thumbnailUrl"])
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(JSON_KEYS, inner, max_size=6)), max_leaves=25)


def assert_invariants(result) -> None:
    assert result.seconds < pages.PAGE_SECONDS
    if result.refusal is not None:
        return
    article = result.article  # outcome() already checked the row against the schema
    assert len(article.headline or "") <= MAX_FIELD_CHARS["headline"]
    assert all(isinstance(name, str) and name for name in article.authors)
    assert article.published_at is None or article.published_at.tzinfo is not None


@FEW
@given(page=HTML_PAGES)
def test_generated_html(page):
    assert_invariants(outcome(page))


@FEW
@given(node=st.dictionaries(JSON_KEYS, JSON_VALUES, max_size=10),
       article_type=st.sampled_from(["NewsArticle", "Article", ["NewsArticle", 3], None, "WebPage"]))
def test_generated_jsonld(node, article_type):
    node = {"@type": article_type, **node}
    assert_invariants(outcome(pages.jsonld_page(json.dumps(node))))


@FEW
@given(text=st.text(max_size=300), cut=st.integers(min_value=0, max_value=400))
def test_generated_broken_jsonld_text(text, cut):
    block = json.dumps({"@type": "NewsArticle", "headline": text, "author": {"name": text}})
    assert_invariants(outcome(pages.jsonld_page(block[:cut] + text)))
