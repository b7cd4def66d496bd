"""Pages in the default article markup of common CMSes and site generators.

Each page under ``tests/fixtures/themes/<cms>/`` is written by hand after the CMS's own
article template (the template file is named in a comment at the top of the page and in
the ``CMS_TEMPLATES`` table below); its expectation is the ``.json`` file of the same name:
``url``, ``headline``, ``authors``, ``published_day``, optional ``published_minute`` (with an
offset: the instant; without: the wall clock), ``body_first`` / ``body_last`` (the body's
first / last paragraph, or its start), ``captions``, ``not_in_body`` and ``xfail`` (field ->
reason: a strict xfail, for what is a site's choice or not yet read).

Every page is extracted once with the generic extractor (``profile=False``); each field is
one test.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from newscrawl import extract_article

THEMES = Path(__file__).resolve().parent.parent / "fixtures" / "themes"
FIELDS = ("headline", "authors", "published_day", "published_minute", "body_first",
          "body_last", "captions", "not_in_body")

#: The template each page reproduces (the public source it was read from).
CMS_TEMPLATES = {
    "typo3": "georgringer/news Resources/Private/Templates/News/Detail.html, Partials/Detail/FalMediaImage.html",
    "contao": "contao/news-bundle contao/templates/news/news_full.html5, image.html5",
    "drupal": "Drupal 7 themes/bartik/templates/node.tpl.php; Drupal 10 core/themes/olivero/templates/content/node.html.twig",
    "joomla": "joomla-cms components/com_content/tmpl/article/default.php, layouts/joomla/content/info_block/*.php",
    "blogger": "Blogger layout widget Blog1 (post.hbs-like b:includable 'post'), tr-caption-container images",
    "ghost": "TryGhost/Casper post.hbs",
    "hugo": "adityatelange/hugo-PaperMod layouts/_default/single.html; theNewDynamic/gohugo-theme-ananke layouts/_default/single.html",
    "jekyll": "jekyll/minima _layouts/post.html with jekyll-seo-tag",
    "squarespace": "Squarespace 7.1 blog item (BlogItem) markup",
    "substack": "Substack post page markup",
    "blox": "TownNews BLOX asset page markup",
    "wix": "Wix Blog post page markup (data-hook attributes)",
    "medium": "Medium post page markup (data-testid attributes, pw-* classes)",
}


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def _paragraphs(body: str | None) -> list[str]:
    return [p for p in (_collapse(c) for c in re.split(r"\n\s*\n", body or "")) if p]


def _pages() -> list[Path]:
    return sorted(THEMES.glob("*/*.html"))


@lru_cache(maxsize=None)
def _expected(page: str) -> dict:
    return json.loads(Path(page).with_suffix(".json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _article(page: str):
    return extract_article(Path(page).read_bytes(), _expected(page)["url"], profile=False)


def _cases() -> list:
    out = []
    for path in _pages():
        if path.parent.name == "wordpress":
            continue  # another module reads that folder
        expected = _expected(str(path))
        for field in FIELDS:
            if field not in expected:
                continue
            reason = expected.get("xfail", {}).get(field)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(str(path), field, marks=marks,
                                    id=f"{path.parent.name}/{path.stem}-{field}"))
    return out


def test_every_page_names_its_template():
    folders = {p.parent.name for p in _pages()} - {"wordpress"}
    assert folders <= set(CMS_TEMPLATES)
    for path in _pages():
        expected = _expected(str(path))
        assert expected["url"].startswith("https://"), path
        assert set(expected) <= {"url", "headline", "authors", *FIELDS, "xfail"}, path
        assert set(expected.get("xfail", {})) <= set(FIELDS), path


@pytest.mark.parametrize(("page", "field"), _cases())
def test_field(page: str, field: str) -> None:
    article, want = _article(page), _expected(page)[field]
    if field == "headline":
        assert _collapse(article.headline) == _collapse(want)
    elif field == "authors":
        assert [_collapse(a) for a in article.authors or []] == want
    elif field == "published_day":
        assert article.published_at is not None
        assert article.published_at.date() == dt.date.fromisoformat(want), article.published_at
    elif field == "published_minute":
        got, wanted = article.published_at, dt.datetime.fromisoformat(want)
        assert got is not None
        if wanted.tzinfo is None:
            assert got.replace(tzinfo=None, second=0, microsecond=0) == wanted.replace(tzinfo=None), got
        else:
            assert got.astimezone(dt.timezone.utc).replace(second=0, microsecond=0) == \
                wanted.astimezone(dt.timezone.utc), got
    elif field in ("body_first", "body_last"):
        paras = _paragraphs(article.body)
        assert paras, "empty body"
        got = paras[0] if field == "body_first" else paras[-1]
        assert got.startswith(_collapse(want)), got
    elif field == "captions":
        got = [_collapse(i.caption) for i in article.images or [] if i.caption]
        missing = [c for c in want if _collapse(c) not in got]
        assert not missing, f"missing {missing}; got {got}"
    elif field == "not_in_body":
        body = _collapse(article.body)
        found = [s for s in want if _collapse(s) in body]
        assert not found, f"in the body: {found}"
