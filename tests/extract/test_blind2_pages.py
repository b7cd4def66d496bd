"""Second blind set: twelve hand-written news pages in layouts the extractor was not developed against.

The pages under tests/fixtures/blind2/ and their expectations (expected.json) were written
blind: without reading the extractor (newscrawl/), the first blind set or the test site,
from knowledge of how real publishers' CMSs write their pages (BBC-, Guardian-, NYT-like
layouts, a wire story, German, Swedish, Brazilian, Turkish and Russian portals, a magazine
long-read, a Next.js page with hashed class names, a short brief). Their content, people
and sites are invented; the pages are the project's own. Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one
test (ids like ``bbc-like-published``), as ``tests/blind_sets.py`` describes.

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

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS = {
    ("german-portal", "headline"): "labelling choice: kicker 'Bahnstreik:' kept from og:title",
    ("turkish-news", "published"): "labelling choice: JSON-LD date preferred to the visible one",
    ("wire-story", "body_last"): "labelling choice: 'Reporting by ...' sign-off left out",
}

SET = "blind2"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind2_page(name, field):
    check(SET, name, field)


def test_blind2_expectations_complete():
    assert_expectations_complete(SET, 12)
