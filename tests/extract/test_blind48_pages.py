"""Forty-eighth blind set: sixteen hand-written pages, written at the start of the
twenty-eighth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind48/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
article pages of organisations that are not newspapers (a city council's press release with
notes to editors, a charity's field report built with Elementor, a B2B trade journal behind a
paywall, a financial wire story, a science magazine feature on Ghost, a city magazine's review on
Drupal 10, a Medium-style platform post, a company engineering blog on Hugo) and eight news pages
in languages and regions less often tested (Turkish, Czech, Norwegian, Indonesian, Romanian,
Hungarian, Finnish, and a Nigerian English daily on a WordPress JNews theme).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``c-`` and ``d-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 118 of 128 page-field tests passed on ``main`` a3a8b207 (21:18 UTC,
the twenty-seventh round's merged tree). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s29-b47meta): a picture in a link to another page (the story's photo gallery)
keeps the caption of the block right after the link when a labelled credit ("Foto: ...") in
an element of its own closes that block (images._caption_after_picture_link; d-cz-zpravy
captions). Left (s29-b47meta): d-turk-haber's desk and d-no-vestposten's photographer
(reasons in KNOWN_GAPS).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('c-council-press', 'body_last'): 'the "Media enquiries" heading of the press-office contact kept as the last paragraph',
    ('c-science-ghost', 'body_last'): 'the "This article was originally published in ..." republishing note kept as the last paragraph',
    ('c-science-ghost', 'not_in_body'): 'the republishing note kept in the body',
    ('d-cz-zpravy', 'body_first'): 'the bold lead paragraph (perex, a standfirst) opens the body',
    ('d-cz-zpravy', 'not_in_body'): 'the perex kept in the body',
    ('d-hu-hirlap', 'body_first'): 'the bold lead paragraph (a standfirst) opens the body',
    ('d-hu-hirlap', 'not_in_body'): 'the bold lead paragraph kept in the body',
    ('d-no-vestposten', 'authors'): 'the photographer, listed in the byline with the role "Fotograf" and in the JSON-LD, given as a second author (a labelling choice the writer flagged; no dev page prints a JSON-LD author beside a photographer\'s role, so no dev label says which way)',
    ('d-turk-haber', 'authors'): 'labelling choice: the "Haber Merkezi" news desk, the only credit, not given; blind4 c-turkish-portal and blind11 r-tr-haber-portali label the same desk as no author ([]), and the dev labels that give a desk credited alone (5 sites, German and English) hold no Turkish page',
}

SET = "blind48"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind48_page(name, field):
    check(SET, name, field)


def test_blind48_expectations_complete():
    assert_expectations_complete(SET, 16)
