"""Each profile against its publisher's real pages in ../shared/corpora/fundus-dev.

One test per page and field, extracted WITH the profile: headline, authors, publication
time (to the minute; the day for date-only labels) and, where the page has labelled
captions, the captions. The labels are Fundus' parsers' output; where one is wrong the
page is listed in a table below with the reason, and the test asserts what is right.
The pages are read from the shared folder; the tests skip when it is absent.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pytest

from newscrawl import extract_article
from newscrawl.extract.images import split_credit
from newscrawl.extract.profiles import get_profile
from tests.extract.profiles import corpus

pytestmark = pytest.mark.skipif(
    not corpus.available(),
    reason=f"fundus-dev corpus not found at {corpus.FUNDUS} (the shared data folder beside the checkout)")

FIELDS = ("headline", "authors", "published", "captions")

#: Pages whose author label is not a list of person names, with the names that are right.
AUTHORS_RIGHT = {
    # "Par Le Figaro et AFP": two organisations in one string; the site's own name is
    # dropped, the agency kept, like every organisation byline.
    "fr/LeFigaro_2024_11_22": ["AFP"],
}

#: Pages whose caption label lists only part of the captions: the label's captions must
#: all be found, and the others found are real figures of the article.
CAPTIONS_LABEL_PARTIAL = {
    # Three WordPress figures (figure.wp-caption) in the story body; the label has the first.
    "jp/YomiuriShimbun_2024_12_03",
    # Live blog: the label also lists the lead video's image, whose caption-less credit it
    # gives as a caption (see CREDIT_ONLY), and not the video's title.
    "uk/TheMirror_2024_08_05",
    # The lead picture's caption is stated in the page's JSON-LD ImageObject; the label
    # leaves the lead picture out.
    "uk/EuronewsEN_2026_01_06",
    "de/EuronewsDE_2026_01_06",
}

#: Label entries that are a photo credit alone ("(Image: Agency)"), not a caption.
CREDIT_ONLY = re.compile(r"^\(\s*image\s*:[^)]*\)$", re.IGNORECASE)


def label_caption(text: str) -> str | None:
    """A label caption in the Article's format: some labels keep the credit in the caption
    ("... (AP Photo)", "Credit: X"), the Article splits it off into ``credit``."""
    if CREDIT_ONLY.match(text):
        return None
    caption, _credit = split_credit(text)
    return _collapse(caption) or None


def _params():
    params = []
    for name in sorted(corpus.PUBLISHERS):
        for case_id in corpus.case_ids(name):
            for field in FIELDS:
                params.append(pytest.param(name, case_id, field, id=f"{name}-{case_id}-{field}"))
    return params or [pytest.param(None, None, None, id="corpus-absent")]


@lru_cache(maxsize=None)
def extracted(profile_name: str, case_id: str):
    """The page's Article, extracted with the profile."""
    case = corpus.cases()[case_id]
    return extract_article(corpus.page_html(case), case["url"], profile=get_profile(profile_name))


def _label_time(text: str) -> tuple[dt.datetime, bool]:
    """(label time, date-only?): naive midnights are date-only labels, other naive times
    are UTC."""
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc), value.time() == dt.time(0, 0)
    return value, False


def _collapse(text):
    return " ".join((text or "").split())


@pytest.mark.parametrize("profile_name,case_id,field", _params())
def test_corpus_page(profile_name, case_id, field):
    case = corpus.cases()[case_id]
    article = extracted(profile_name, case_id)
    assert article.extractor.endswith(f"+{profile_name}@" + (get_profile(profile_name).version_for(None)[0] or "default"))
    if field == "headline":
        assert article.headline == _collapse(case["title"])
    elif field == "authors":
        assert article.authors == AUTHORS_RIGHT.get(case_id, case["authors"])
    elif field == "published":
        label, date_only = _label_time(case["publishing_date"])
        assert article.published_at is not None
        if date_only:
            assert article.published_at.date() == label.date()
        else:
            assert article.published_at.replace(second=0, microsecond=0) == \
                label.astimezone(dt.timezone.utc).replace(second=0, microsecond=0)
    else:
        labelled = [label_caption(_collapse(i["caption"])) for i in case.get("images") or []
                    if i.get("caption")]
        labelled = [c for c in labelled if c]
        if not labelled:
            pytest.skip("no labelled captions on this page")
        found = [_collapse(i.caption) for i in article.images if i.caption]
        if case_id in CAPTIONS_LABEL_PARTIAL:
            assert set(labelled) <= set(found)
        else:
            assert set(found) == set(labelled)


# -- kyivindependent: the seed pages (its site has no page in fundus-dev) -----------------

SEED_PAGES = ("structured", "bare")


@lru_cache(maxsize=None)
def seed_article(page: str):
    """A seed page extracted with the kyivindependent profile."""
    import json

    expected = json.loads((corpus.SEED / "expected.json").read_text(encoding="utf-8"))
    html = (corpus.SEED / f"kyiv-independent-{page}.html").read_bytes()
    return expected, extract_article(html, expected["url"], profile=get_profile("kyivindependent"))


@pytest.mark.skipif(not (corpus.SEED / "expected.json").exists(), reason=f"seed pages not found at {corpus.SEED}")
@pytest.mark.parametrize("page", SEED_PAGES)
@pytest.mark.parametrize("field", ("headline", "authors", "published", "captions"))
def test_kyivindependent_seed(page, field):
    expected, article = seed_article(page)
    if field == "headline":
        assert article.headline == expected["headline"]
    elif field == "authors":
        assert article.authors == expected["authors"]
    elif field == "published":
        # The profile's timezone (Europe/Kyiv) places the bare page's offset-less 01:17.
        assert article.published_at == dt.datetime(2025, 2, 27, 1, 17, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    else:
        wanted = [(i["caption"], i["credit"]) for i in expected["images"]]
        assert [(i.caption, i.credit) for i in article.images if i.caption] == wanted
