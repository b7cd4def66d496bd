"""The seed pages (../shared/seed): the extraction the project was conceived for.

One assertion per page and field, so a failure names both. The pages are read from
the shared folder beside the checkout; the tests skip when it is absent.
"""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from newscrawl import extract_article

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"
PAGES = ("structured", "bare")

pytestmark = pytest.mark.skipif(
    not (SEED / "expected.json").exists(),
    reason=f"seed pages not found at {SEED} (the shared data folder beside the checkout)")


def collapse(text):
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def expected():
    return json.loads((SEED / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles(expected):
    """Both pages extracted by the generic extractor (profiles off)."""
    return {page: extract_article((SEED / f"kyiv-independent-{page}.html").read_bytes(),
                                  expected["url"], profile=False)
            for page in PAGES}


@pytest.mark.parametrize("page", PAGES)
def test_headline(articles, expected, page):
    assert articles[page].headline == expected["headline"]


@pytest.mark.parametrize("page", PAGES)
def test_authors(articles, expected, page):
    assert articles[page].authors == expected["authors"]


def test_published_structured_is_the_exact_instant(articles):
    article = articles["structured"]
    assert article.published_at == dt.datetime(2025, 2, 27, 1, 17, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert article.published_precision == "exact"


def test_published_bare_is_the_local_wall_clock_time_flagged_naive(articles):
    # No offset on the page and no profile: 01:17 kept as wall-clock time, flagged 'naive'.
    article = articles["bare"]
    assert article.published_at == dt.datetime(2025, 2, 27, 1, 17, tzinfo=dt.timezone.utc)
    assert article.published_precision == "naive"


def test_published_bare_with_the_site_profile_is_the_exact_instant(expected):
    article = extract_article((SEED / "kyiv-independent-bare.html").read_bytes(), expected["url"])
    assert article.published_at == dt.datetime(2025, 2, 26, 23, 17, tzinfo=dt.timezone.utc)
    assert article.published_precision == "site-tz"
    assert article.extractor.endswith("+kyivindependent@2022")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("part", ("url", "caption", "credit"))
def test_lead_image(articles, expected, page, part):
    assert articles[page].images, "no image extracted"
    assert getattr(articles[page].images[0], part) == expected["images"][0][part]


@pytest.mark.parametrize("page", PAGES)
def test_body_paragraphs(articles, expected, page):
    paragraphs = [collapse(p) for p in (articles[page].body or "").split("\n\n")]
    assert paragraphs == [collapse(p) for p in expected["body_paragraphs"]]


@pytest.mark.parametrize("page", PAGES)
def test_nothing_of_the_page_furniture_in_the_body(articles, expected, page):
    body = articles[page].body or ""
    leaked = [text for text in expected["not_in_body"] if text in body]
    assert leaked == []


@pytest.mark.parametrize("page", PAGES)
def test_caption_not_in_body(articles, page):
    assert "Kent Nishimura" not in (articles[page].body or "")


@pytest.mark.parametrize("page", PAGES)
def test_bookkeeping_fields(articles, expected, page):
    article = articles[page]
    assert article.domain == "kyivindependent.com"
    assert article.word_count == len(re.findall(r"\w+", article.body or "")) > 250
    assert article.language == "en"
    assert article.extractor.startswith("newscrawl/")
    assert {"headline", "authors", "published_at", "images", "body"} <= set(article.sources)


@pytest.mark.parametrize("page", PAGES)
def test_site_profile_on_gives_the_same_text_fields(articles, expected, page):
    # profile=None looks the kyivindependent profile up by URL; fields it has no rule for
    # come from the generic cascade, unchanged.
    with_profile = extract_article((SEED / f"kyiv-independent-{page}.html").read_bytes(), expected["url"])
    generic = articles[page]
    assert (with_profile.headline, with_profile.authors, with_profile.images, with_profile.body) == (
        generic.headline, generic.authors, generic.images, generic.body)
    assert with_profile.sources.get("headline") != "profile"
