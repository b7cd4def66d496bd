"""Every article of the bundled demo site, extracted from its file, against demo_expected.json.

The demo pages (newscrawl/testsite/demo, listed in its site.json) are the project's own
fixtures; tests/testsite/demo_expected.json is their truth. Each page and field is a test
of its own, so a failure names the page and the field. Site profiles are off: this is the
generic extractor's result.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newscrawl import extract_article

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "newscrawl" / "testsite" / "demo"
EXPECTED = json.loads((ROOT / "tests" / "testsite" / "demo_expected.json").read_text(encoding="utf-8"))
SITE = json.loads((DEMO / "site.json").read_text(encoding="utf-8"))
ARTICLES = {page["path"]: page for page in SITE["pages"] if page["kind"] == "article"}
BASE_URL = "http://127.0.0.1:8000"


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


_CACHE: dict[str, object] = {}


def article_of(path: str):
    """The Article of one demo page (extracted once per test session)."""
    if path not in _CACHE:
        html = (DEMO / ARTICLES[path]["file"]).read_bytes()
        _CACHE[path] = extract_article(html, BASE_URL + path, profile=False)
    return _CACHE[path]


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.timezone.utc)


def test_every_expected_page_is_a_demo_article():
    assert set(EXPECTED) == set(ARTICLES)


PAGES = sorted(EXPECTED)


@pytest.mark.parametrize("path", PAGES)
def test_headline(path):
    assert article_of(path).headline == EXPECTED[path]["headline"]


@pytest.mark.parametrize("path", PAGES)
def test_authors(path):
    assert article_of(path).authors == EXPECTED[path]["authors"]


@pytest.mark.parametrize("path", PAGES)
def test_published(path):
    published = article_of(path).published_at
    assert published is not None and published == instant(EXPECTED[path]["published"])


@pytest.mark.parametrize("path", PAGES)
def test_language(path):
    assert article_of(path).language == EXPECTED[path]["language"]


@pytest.mark.parametrize("path", PAGES)
def test_body_paragraphs(path):
    body = article_of(path).body or ""
    paragraphs = [collapse(p) for p in body.split("\n\n")]
    assert paragraphs == [collapse(p) for p in EXPECTED[path]["body_paragraphs"]]


@pytest.mark.parametrize("path", PAGES)
def test_furniture_stays_out_of_the_body(path):
    body = collapse(article_of(path).body)
    paragraphs = set(collapse(p) for p in (article_of(path).body or "").split("\n\n"))
    for furniture in EXPECTED[path]["not_in_body"]:
        # a short piece may occur inside a sentence; it must not stand as a paragraph
        assert collapse(furniture) not in paragraphs
        if len(furniture) > 40:
            assert collapse(furniture) not in body


@pytest.mark.parametrize("path", PAGES)
def test_image_captions_and_credits(path):
    images = article_of(path).images or []
    found = {(collapse(i.caption), collapse(i.credit)) for i in images if i.caption}
    for expected in EXPECTED[path]["images"]:
        assert (collapse(expected["caption"]), collapse(expected["credit"])) in found
