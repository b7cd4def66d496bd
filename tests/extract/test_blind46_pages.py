"""Forty-sixth blind set: sixteen hand-written pages, written at the start of the
twenty-seventh round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind46/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight news pages in
languages of the wider web on the stacks sites there use (a Brazilian portal, a Portuguese
regional paper, a Polish portal on Next.js, a Czech daily saved in windows-1250, a Turkish local
site, an Indonesian portal, a Romanian local site on WordPress, a Greek site on Drupal) and
eight article-like pages of organisations that are not publishers (a ministry's media release,
a university's research news, a hospital's news post, an engineering blog on Webflow, a podcast
episode on Squarespace, a football club's match report, a charity's field report on TYPO3, a
parish newsletter item on Wix; English and German).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``y-`` and ``z-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 113 of 128 page-field tests passed on ``main`` 9707f9e6 (18:09 UTC,
the twenty-sixth round's merged tree). The failures are strict xfails in KNOWN_GAPS below.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('y-id-portal', 'authors'): 'the editor ("Editor:") listed in the JSON-LD given as a second author (no dev page shows the pattern)',
    ('z-hilfswerk-bericht', 'body_first'): 'labelling choice: the teaser (div.lead, itemprop=description) runs straight into the report, so it opens the body by the standfirst rule; the dev labels keep such summary-named leads (zyte 1 of 2, fundus-dev 6 of 6)',
    ('z-hilfswerk-bericht', 'not_in_body'): 'labelling choice: the teaser paragraph kept in the body (as body_first)',
    ('z-hospital-news', 'body_first'): 'the summary paragraph above the story opens the body (it is inside the container with the h1, where the standfirst rule does not look; a standfirst after the h1 is a label split, see docs)',
    ('z-hospital-news', 'not_in_body'): 'the summary paragraph kept in the body (as body_first; the "About" boilerplate and the update stamp now go)',
    ('z-ministry-release', 'body_first'): 'labelling choice: the summary field (field--name-field-summary, p.ct-lead) runs straight into the release, so it opens the body by the standfirst rule; the dev labels keep such summary-named leads (zyte 1 of 2, fundus-dev 6 of 6)',
    ('z-ministry-release', 'not_in_body'): 'labelling choice: the summary paragraph kept in the body (as body_first)',
    ('z-podcast-episode', 'body_first'): "the episode's guest and host credit line opens the body (a bold 'With <guest>, hosted by <host>' line: no dev page opens a story with one, and its wording is a sentence's too)",
    ('z-podcast-episode', 'not_in_body'): 'the guest and host credit line kept in the body',
}

SET = "blind46"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind46_page(name, field):
    check(SET, name, field)


def test_blind46_expectations_complete():
    assert_expectations_complete(SET, 16)
