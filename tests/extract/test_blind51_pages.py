"""Fifty-first blind set: sixteen hand-written pages, written at the start of the
thirtieth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind51/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
news pages of places and stacks less often tested (an Australian metropolitan daily with a
paywall's "Continue reading" cut and hashed class names, an Indian English daily with "Also
Read" lines and ad slots inside the story, a US public radio station on Grove, a Nigerian site
on WordPress's Jannah theme, a Singapore daily on Drupal, a Scottish regional weekly, a
newsroom on Ghost, a US nonprofit on Newspack with a "Republish this story" box) and eight news
pages in European languages (Flemish Dutch, Swedish on Next.js, Norwegian Bokmål on the
Newspaper theme, Finnish on Drupal, Romanian on JNews, Italian on an old custom CMS, Argentine
Spanish on Arc XP, Hungarian on Next.js).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``i-`` and ``j-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-08: 121 of 128 page-field tests passed on ``main`` 4fcf8c78 (04:54 UTC,
the twenty-ninth round's merged tree). The failures are strict xfails in KNOWN_GAPS below.

Fixed since, by a rule written without reading this set (s30-authors, from a list of byline
shapes of the wider press): j-ro-cluj-protest authors (the Romanian "și" ("and") between two
names splits them, before a capital only: authors.py's list of "and" words).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('i-au-metro', 'headline'): 'the structured headline (og:title and JSON-LD agree) taken where the printed h1 says more ("Tram network upgrade ..." against "Tram upgrade ...")',
    ('i-sg-daily', 'captions'): 'the all-caps "ST PHOTO: <NAME>" credit at the caption\'s end cut after "ST", leaving the publication\'s initials on the caption',
    ('j-nb-fiskeri', 'body_first'): 'the standfirst above the dateline paragraph opens the body',
    ('j-nb-fiskeri', 'not_in_body'): 'the standfirst kept in the body',
    ('j-nb-fiskeri', 'language'): 'a labelling choice: lang="nb-NO" is given as the macrolanguage code "no" (language.py folds Bokmål and Nynorsk into it); the writer expects "nb" and calls the two equivalent',
    ('j-sv-slussen', 'headline'): 'the structured headline (og:title and JSON-LD agree) taken where the printed h1 is worded otherwise',
}

SET = "blind51"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind51_page(name, field):
    check(SET, name, field)


def test_blind51_expectations_complete():
    assert_expectations_complete(SET, 16)
