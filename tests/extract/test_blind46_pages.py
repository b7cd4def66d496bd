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

Fixed since (s28-bhead): what ``<title>`` adds past a shorter og:title is no site name when
the JSON-LD headline states it, so the JSON-LD headline is kept whole (y-gr-news headline);
a place after a dash closing a byline whose names hold a full name beside the outlet's one
word is the dateline ("Por A e B, Hoje — Brasília"), so the printed byline completes the
JSON-LD's first author (y-br-portal authors). y-id-portal authors stays: no dev page's
JSON-LD lists as an author a person the page prints only as the editor.
Fixed since (s28-bbody): z-spielbericht authors, body_last and not_in_body (the closing
"Bericht: <Name> | Fotos: <Name>" line: the German "Bericht:" joins the byline lead-ins,
authors.LEAD_INS, so the line leaves the body as a closing byline, and the extractor's
_credited_over_account takes its writer over the "Webmaster" account the theme, the JSON-LD
and the meta author give). z-hospital-news body_last (the "About <Organisation>" heading and
description after the story go as a press release's boilerplate,
body.paragraphs.about_boilerplate_start, and "Last updated: April 2, 2024" as an update stamp
with the month first, boilerplate.UPDATE_STAMP).
Left (s28-bbody): the standfirsts of z-hilfswerk-bericht and z-ministry-release (a labelling
choice: they run straight into the story, and the dev labels keep such summary-named leads),
z-hospital-news's summary (inside the container with the h1) and z-podcast-episode's guest
and host line.
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
