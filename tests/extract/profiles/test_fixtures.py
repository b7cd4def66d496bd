"""Each profile on a fixture page of our own that mimics its site's markup.

``tests/profiles/fixtures/<name>/page.html`` holds invented text in the site's structure
(classes, JSON-LD shape, byline and figure markup); ``expected.json`` holds the Article
it must give with the profile: headline, authors, published, images (caption, credit),
body paragraphs. ``generic_differs`` lists the fields the generic extractor (profile
off) gets wrong on it, which is why the profile has rules for them. The kyivindependent
profile reuses the fixture site in ``tests/fixtures/sites/kyivindependent``.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.profiles import all_profiles, get_profile

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
KYIV_SITE = HERE.parents[1] / "fixtures" / "sites" / "kyivindependent"
FIELDS = ("headline", "authors", "published", "images", "body")


def fixture_names() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").exists())


@lru_cache(maxsize=None)
def load(name: str, profile_on: bool = True):
    """(expected, Article) of one fixture page."""
    expected = json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
    html = (FIXTURES / name / "page.html").read_bytes()
    profile = get_profile(name) if profile_on else False
    return expected, extract_article(html, expected["url"], profile=profile)


def check(article, expected: dict, field: str) -> None:
    """Assert one field of an Article against an expected.json entry."""
    if field == "headline":
        assert article.headline == expected["headline"]
    elif field == "authors":
        assert article.authors == expected["authors"]
    elif field == "published":
        assert article.published_at == dt.datetime.fromisoformat(expected["published"])
    elif field == "images":
        found = [{"caption": i.caption, "credit": i.credit} for i in article.images if i.caption]
        assert found == [{"caption": i["caption"], "credit": i["credit"]} for i in expected["images"]]
    else:
        assert (article.body or "").split("\n\n") == expected["body_paragraphs"]


def test_every_profile_has_a_fixture():
    names = set(fixture_names()) | {"kyivindependent"}
    assert {p.name for p in all_profiles()} - names <= {"euronews-de"}  # shares euronews' markup


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", fixture_names())
def test_fixture_page(name, field):
    expected, article = load(name)
    check(article, expected, field)


@pytest.mark.parametrize("name", fixture_names())
def test_generic_extractor_gets_the_overridden_fields_wrong(name):
    """The rules are needed: without the profile these fields come out differently."""
    expected, _ = load(name)
    _, generic = load(name, profile_on=False)
    for field in expected.get("generic_differs", []):
        with pytest.raises(AssertionError):
            check(generic, expected, field)


KYIV_PAGES = json.loads((KYIV_SITE / "expected.json").read_text(encoding="utf-8")) \
    if (KYIV_SITE / "expected.json").exists() else {}


#: (page, field) of the kyivindependent fixture site the generic cleaners get wrong, with
#: or without the profile: the profile has no rule for them (not site-specific).
KYIV_GENERIC_GAPS: dict[tuple[str, str], str] = {}


def _kyiv_params():
    params = []
    for path in sorted(KYIV_PAGES):
        for field in FIELDS:
            gap = KYIV_GENERIC_GAPS.get((path, field))
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            params.append(pytest.param(path, field, marks=marks, id=f"{path.strip('/')}-{field}"))
    return params


@pytest.mark.parametrize("path,field", _kyiv_params())
def test_kyivindependent_fixture_site(path, field):
    expected = dict(KYIV_PAGES[path])
    html = (KYIV_SITE / "pages" / (path.strip("/") + ".html")).read_bytes()
    article = extract_article(html, "https://kyivindependent.com" + path,
                              profile=get_profile("kyivindependent"))
    check(article, expected, field)
