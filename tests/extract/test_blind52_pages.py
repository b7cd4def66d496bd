"""Fifty-second blind set: sixteen hand-written pages, written at the start of the
thirtieth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind52/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
pages that carry a dated article but are not a newspaper's story (a press release on a
wire-distribution site, a university's news article on Drupal, a city's "News Flash" post, a
football club's match report with line-ups, a photo essay of five captioned pictures on Next.js,
a numbered listicle, a charity's blog post on Squarespace with a donation box inside the story,
a trade magazine's item on Ghost with a sponsored box) and eight news pages in languages and
scripts less often tested (Indonesian, Malay, Turkish, Persian with Solar Hijri dates, Urdu,
Swahili, Bengali on a React stack, Tamil).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``k-`` and ``l-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-08: 123 of 128 page-field tests passed on ``main`` 4fcf8c78 (04:54 UTC,
the twenty-ninth round's merged tree). The failures are strict xfails in KNOWN_GAPS below.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('k-listicle', 'published'): 'the day of a <time class="entry-date published updated"> printed as "Updated April 2, 2026" taken where JSON-LD and article:published_time state the first publication a year earlier',
    ('k-press-release', 'authors'): 'the company\'s name given without its ", Inc." as the "News provided by" credit prints it (the writer allows no author too)',
    ('k-press-release', 'body_last'): 'the release\'s "About <Company>" boilerplate and its "SOURCE <Company>" line kept after the story',
    ('k-press-release', 'not_in_body'): 'the "About <Company>" boilerplate kept in the body',
    ('l-sw-korosho', 'authors'): 'the bold "NA <NAME>" ("by") credit opening a Swahili story not read; the theme\'s "Mhariri" ("editor") account of the byline, meta and JSON-LD given',
}

SET = "blind52"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind52_page(name, field):
    check(SET, name, field)


def test_blind52_expectations_complete():
    assert_expectations_complete(SET, 16)
