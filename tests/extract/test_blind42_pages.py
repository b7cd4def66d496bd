"""Forty-second blind set: sixteen hand-written pages, written at the start of the
twenty-sixth round and kept from every fixer, to measure the round's merged tree.

The pages under tests/fixtures/blind42/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight German-language pages
of every kind a German reader meets (a regional daily of a big group, a public broadcaster, a
news magazine, a municipality's press release, a personal blog, a company release on a press
portal, a sports portal, a consumer advice site) and eight English-language pages off the
beaten track (a think-tank commentary, a local TV station, a podcast episode page, a
newsletter's web archive, a state agency's press release, a paywalled trade newsletter, a
regional business journal, a community forum's announcement).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``q-`` and ``r-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 104 of 128 page-field tests passed on ``main`` 83b911e (15:20 UTC,
the output of the twenty-fifth round's merged tree, af68a39) and 105 on the twenty-sixth round's
merged tree cf9fee47 (16:30 UTC): the state agency's caption lost its "Photo courtesy of ..."
credit sentence to ``s26d-meta43``'s worded-credit rule, written for another set's page. The
failures are strict xfails in KNOWN_GAPS below.

Fixed since (s27-authors): q-blog's authors (the author box's heading "Über <Name>", the
German of WordPress's default themes' and Genesis's "About %s", is the name after the word:
authors' _AUTHOR_BOX_HEADING).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('q-gemeinde', 'captions'): 'a "©" sign left closing the caption when the credit label and credit sit in their own element',
    ('q-gemeinde', 'headline'): 'the structured / document title (with the town added) taken where the printed h1 differs',
    ('q-magazin', 'headline'): 'the kicker kept before the headline (the magazine sets kicker and headline as two spans of one heading)',
    ('q-presseportal', 'authors'): 'the issuing company given as the author of a press release',
    ('q-presseportal', 'body_last'): 'the press portal\'s "Original-Content von: ... übermittelt durch news aktuell" line kept after the release',
    ('q-presseportal', 'not_in_body'): 'the press portal\'s "Original-Content von" line kept in the body',
    ('q-rundfunk', 'authors'): "the broadcaster's studio after the name in the byline given as a second author",
    ('q-rundfunk', 'body_first'): 'the standfirst (a teaser paragraph above the story) opens the body',
    ('q-rundfunk', 'body_last'): 'the "Dieses Thema im Programm:" broadcast line after the story kept in the body',
    ('q-rundfunk', 'not_in_body'): 'the standfirst and the "Dieses Thema im Programm:" line kept in the body',
    ('q-sport', 'body_first'): 'the bold lead paragraph inside the body container opens the body',
    ('q-sport', 'not_in_body'): 'the bold lead paragraph kept in the body',
    ('r-forum', 'authors'): 'the forum handle taken where the post prints the full name beside it',
    ('r-forum', 'body_last'): 'the replies after the announcement post kept in the body',
    ('r-forum', 'not_in_body'): 'the replies after the announcement post kept in the body',
    ('r-govpress', 'authors'): 'the issuing agency (an organisation) given as the author of a press release (before s27-authors, "FOR IMMEDIATE RELEASE" taken for a name)',
    ('r-newsletter', 'body_last'): 'a newsletter split over several e-mail tables: the body stops after the first table',
    ('r-podcast', 'body_first'): 'the "Show notes" heading opens the body',
    ('r-podcast', 'body_last'): 'the members-only notice closing the partial transcript kept in the body',
    ('r-podcast', 'not_in_body'): 'the members-only notice closing the partial transcript kept in the body',
    ('r-thinktank', 'captions'): 'a chart\'s caption (the figure\'s text before its "Source:" credit) not found',
    ('r-tvstation', 'published'): 'the structured instant (with seconds) taken where the label gives the printed minute',
}

SET = "blind42"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind42_page(name, field):
    check(SET, name, field)


def test_blind42_expectations_complete():
    assert_expectations_complete(SET, 16)
