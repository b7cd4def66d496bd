"""The blind page sets: hand-written pages in layouts the extractor was not developed
against, each with a labeller's expectations (``expected.json`` beside the pages).

One set is a folder of ``tests/fixtures``; this module reads its expectations, extracts
each page once with the generic extractor (``profile=False``) and checks one field of one
page against its expectation, so that each page and field is a test of its own:

- headline: equal, whitespace collapsed;
- authors: equal list, whitespace collapsed;
- published: the instant when the expectation has an offset; the page's own wall clock
  when it is naive (for a time read in the site's zone, the raw value read without one);
  the day when it is a date only; no date at all when it is null (the page gives none);
- captions: each expected caption equals, whitespace collapsed, the caption of some
  extracted image;
- body_first / body_last: the body's first / last paragraph (paragraphs are separated by
  blank lines), whitespace collapsed;
- not_in_body: none of the strings occurs in the body;
- language: equal.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.dates import normalise_date

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIELDS = ("headline", "authors", "published", "captions", "body_first", "body_last",
          "not_in_body", "language")
#: The keys of one page's expectation.
KEYS = frozenset({"url", "note", *FIELDS})


def collapse(text: str | None) -> str:
    """Whitespace runs (including non-breaking and ideographic spaces) to one space."""
    return " ".join((text or "").split())


def paragraphs(body: str | None) -> list[str]:
    return [p for p in (collapse(chunk) for chunk in re.split(r"\n\s*\n", body or "")) if p]


@lru_cache(maxsize=None)
def expectations(folder: str) -> dict[str, dict]:
    """Page file name -> its expectation, for the set in ``tests/fixtures/<folder>``."""
    return json.loads((FIXTURES / folder / "expected.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def article_of(folder: str, name: str):
    """The Article of one page of a set (extracted once per test session)."""
    html = (FIXTURES / folder / name).read_bytes()
    return extract_article(html, expectations(folder)[name]["url"], profile=False)


def cases(folder: str, known: dict[tuple[str, str], str]) -> list:
    """One pytest case per page and field, id ``<page>-<field>``; a (page, field) in
    ``known`` is a strict xfail with its reason."""
    out = []
    for name in sorted(expectations(folder)):
        page = name.removesuffix(".html")
        for field in FIELDS:
            reason = known.get((page, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(name, field, id=f"{page}-{field.replace('_', '-')}",
                                    marks=marks))
    return out


def check(folder: str, name: str, field: str) -> None:
    """Assert one field of one page of a set against its expectation."""
    CHECKS[field](article_of(folder, name), expectations(folder)[name][field])


def _check_headline(article, expected):
    assert collapse(article.headline) == collapse(expected)


def _check_authors(article, expected):
    assert [collapse(a) for a in article.authors or []] == [collapse(a) for a in expected]


def _check_published(article, expected):
    got = article.published_at
    if expected is None:  # the page gives no publication date
        assert got is None, f"{got.isoformat()} extracted where the page gives no date"
        return
    assert got is not None, f"no date extracted; expected {expected}"
    if len(expected) == 10:  # a day only
        assert got.date() == dt.date.fromisoformat(expected), f"{got.isoformat()} != {expected}"
        return
    want = dt.datetime.fromisoformat(expected)
    if want.tzinfo is None:  # a wall-clock time without zone: compare the wall clock
        if article.published_precision == "site-tz":  # read in a zone: the page's own
            # wall clock is the raw value read without one
            got = normalise_date(article.published_raw, language=article.language).value
        assert got.replace(tzinfo=None, microsecond=0) == want.replace(microsecond=0), \
            f"{got.isoformat()} != {expected}"
    else:  # an instant: compare the instant (to the second)
        assert got.astimezone(dt.timezone.utc).replace(microsecond=0) == \
            want.astimezone(dt.timezone.utc).replace(microsecond=0), \
            f"{got.isoformat()} != {expected}"


def _check_captions(article, expected):
    got = [collapse(image.caption) for image in article.images or [] if image.caption]
    missing = [c for c in expected if collapse(c) not in got]
    assert not missing, f"captions not found: {missing}; extracted captions: {got}"


def _check_body_first(article, expected):
    paras = paragraphs(article.body)
    assert paras, "empty body"
    assert paras[0] == collapse(expected)


def _check_body_last(article, expected):
    paras = paragraphs(article.body)
    assert paras, "empty body"
    assert paras[-1] == collapse(expected)


def _check_not_in_body(article, expected):
    body = collapse(article.body)
    found = [s for s in expected if collapse(s) in body]
    assert not found, f"in the body: {found}"


def _check_language(article, expected):
    assert article.language == expected


CHECKS = {field: globals()[f"_check_{field}"] for field in FIELDS}


def assert_expectations_complete(folder: str, pages: int) -> None:
    """Every page of the set has a complete, well-formed expectation, and every
    expectation a page."""
    expected = expectations(folder)
    names = sorted(p.name for p in (FIXTURES / folder).glob("*.html"))
    assert names == sorted(expected), "every page has an expectation and every expectation a page"
    assert len(names) == pages
    for name, page in expected.items():
        assert set(page) == KEYS, f"{name}: keys {sorted(set(page) ^ KEYS)}"
        assert page["url"].startswith("https://"), name
        assert page["headline"] and page["body_first"] and page["body_last"], name
        assert isinstance(page["authors"], list), name
        assert isinstance(page["captions"], list), name
        assert 3 <= len(page["not_in_body"]) <= 6, name
        assert re.fullmatch(r"[a-z]{2}", page["language"]), name
        assert page["published"] is None or re.fullmatch(
            r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?", page["published"]
        ), name
        assert page["note"], name
