"""Second blind set: twelve hand-written news pages in layouts the extractor was not developed against.

The pages under tests/fixtures/blind2/ and their expectations (expected.json) were written
blind: without reading the extractor (newscrawl/), the first blind set or the test site,
from knowledge of how real publishers' CMSs write their pages (BBC-, Guardian-, NYT-like
layouts, a wire story, German, Swedish, Brazilian, Turkish and Russian portals, a magazine
long-read, a Next.js page with hashed class names, a short brief). Their content, people
and sites are invented; the pages are the project's own. Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only (``profile=False``), and
each field is one test (ids like ``bbc-like-published``):

- headline: equal, whitespace collapsed;
- authors: equal list;
- published: the instant when the expectation has an offset, the wall clock (tzinfo
  dropped) when it is naive, the day when it is a date only;
- captions: each expected caption equals, whitespace collapsed, the caption of some
  extracted image;
- body_first / body_last: the body's first / last paragraph (paragraphs are separated by
  blank lines) equals it, whitespace collapsed;
- not_in_body: none of the strings occurs in the body;
- language: equal.

Measured blind on 2026-11-26, before any change it prompted: 68 of 97 tests passed (29
failed). General fixes followed (the headline's article preferred over a wrapper of
teasers and comments, "14h30" clock times, a dateline's place after the byline, credit
labels and screen-reader-only caption text, data-component names, drop caps), each with
unit tests of its own; later, structural signals for hashed class names (the story's
paragraph kind and region, echoes of other fields before it, trailing sections, form
boxes, comment threads, figures without ``<figure>``: newscrawl/extract/structure.py). The failures left are strict xfails in KNOWN_GAPS below, each with
its reason: they are what the extractor still gets wrong on these layouts (or, where
marked, a labelling choice it does not follow). A fix makes its xfail pass, which fails
the run until the mark is removed.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import pytest

from newscrawl import extract_article

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS = {
    ("german-portal", "headline"): "labelling choice: kicker 'Bahnstreik:' kept from og:title",
    ("turkish-news", "published"): "labelling choice: JSON-LD date preferred to the visible one",
    ("wire-story", "body_last"): "labelling choice: 'Reporting by ...' sign-off left out",
}

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "blind2"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
FIELDS = (
    "headline",
    "authors",
    "published",
    "captions",
    "body_first",
    "body_last",
    "not_in_body",
    "language",
)
KEYS = {"url", "note", *FIELDS}


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


@lru_cache(maxsize=None)
def _article(name: str):
    html = (PAGES / name).read_bytes()
    return extract_article(html, EXPECTED[name]["url"], profile=False)


def _paragraphs(body: str | None) -> list[str]:
    return [p for p in (_collapse(x) for x in re.split(r"\n\s*\n", body or "")) if p]


def _check_headline(article, expected):
    assert _collapse(article.headline) == _collapse(expected)


def _check_authors(article, expected):
    assert list(article.authors or []) == expected


def _check_published(article, expected):
    got = article.published_at
    assert got is not None, f"no date, expected {expected}"
    if len(expected) == 10:  # YYYY-MM-DD: only the day is stated
        assert got.date() == date.fromisoformat(expected), f"{got.isoformat()} != {expected}"
        return
    want = datetime.fromisoformat(expected)
    if want.tzinfo is None:  # a wall-clock time without zone
        assert got.replace(tzinfo=None) == want, f"{got.isoformat()} != {expected}"
    else:  # the instant
        assert got == want, f"{got.isoformat()} != {expected}"


def _check_captions(article, expected):
    got = [_collapse(image.caption) for image in article.images or [] if image.caption]
    missing = [c for c in expected if _collapse(c) not in got]
    assert not missing, f"missing {missing}; extracted captions {got}"


def _check_body_first(article, expected):
    paragraphs = _paragraphs(article.body)
    assert paragraphs, "empty body"
    assert paragraphs[0] == _collapse(expected)


def _check_body_last(article, expected):
    paragraphs = _paragraphs(article.body)
    assert paragraphs, "empty body"
    assert paragraphs[-1] == _collapse(expected)


def _check_not_in_body(article, expected):
    body = _collapse(article.body)
    found = [s for s in expected if _collapse(s) in body]
    assert not found, f"in body: {found}"


def _check_language(article, expected):
    assert article.language == expected


CHECKS = {name[len("_check_"):]: fn for name, fn in globals().items() if name.startswith("_check_")}

def _marks(name: str, field: str) -> list:
    reason = KNOWN_GAPS.get((name.removesuffix(".html"), field))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


CASES = [
    pytest.param(name, field, id=f"{name.removesuffix('.html')}-{field.replace('_', '-')}",
                 marks=_marks(name, field))
    for name in sorted(EXPECTED)
    for field in FIELDS
]


@pytest.mark.parametrize(("name", "field"), CASES)
def test_blind2_page(name, field):
    CHECKS[field](_article(name), EXPECTED[name][field])


def test_blind2_expectations_complete():
    pages = sorted(p.name for p in PAGES.glob("*.html"))
    assert pages == sorted(EXPECTED), "every page has an expectation and every expectation a page"
    assert len(pages) == 12
    for name, expected in EXPECTED.items():
        assert set(expected) == KEYS, f"{name}: keys {sorted(set(expected) ^ KEYS)}"
        assert expected["url"].startswith("https://"), name
        assert expected["headline"] and expected["body_first"] and expected["body_last"], name
        assert isinstance(expected["authors"], list), name
        assert isinstance(expected["captions"], list), name
        assert 3 <= len(expected["not_in_body"]) <= 6, name
        assert re.fullmatch(r"[a-z]{2}", expected["language"]), name
        assert re.fullmatch(
            r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?", expected["published"]
        ), name
        assert expected["note"], name
