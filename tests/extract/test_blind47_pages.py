"""Forty-seventh blind set: sixteen hand-written pages, written at the start of the
twenty-eighth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind47/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
pages of today's stacks (a US metro daily on Arc XP, a UK tabloid story with inline "READ MORE"
boxes, a guest post on a WordPress GeneratePress blog whose structured author is the admin
account, an Indian portal printing the update before the publication time, a university news
office on Drupal, a match report on Nuxt, a Ghost newsletter post, an Australian broadcaster's
explainer with a "Key points" list) and eight news pages in other European languages (German,
French, Spanish, Italian, Dutch, Polish, Brazilian Portuguese, Swedish behind a paywall teaser).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``a-`` and ``b-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 122 of 128 page-field tests passed on ``main`` a3a8b207 (21:18 UTC,
the twenty-seventh round's merged tree). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s29-b47body): a-wp-guestpost body_last and not_in_body (a note on the writer
opening with the label "About the author", alone or before a colon, among the last three
paragraphs in the body's second half, goes with what follows it, the "Want to write for ...?"
call: body.paragraphs.author_note_start, boilerplate.AUTHOR_NOTE_LABEL). b-polskiportal's
video-ad label ("Dalsza część artykułu pod materiałem wideo") leaves the body as the Polish
form of "Article continues below" (boilerplate.FURNITURE_TEXT); its not_in_body still fails
on the bold lead.
Left (s29-b47body): b-polskiportal's bold lead paragraph, a labelling choice: it runs
straight into the story, and the dev labels keep a story's opening paragraph that is wholly
bold or lead-classed on 54 of the 60 judged dev pages that open so (40 sites, every corpus;
5 pages of 5 sites leave it out).
Fixed since (s29-b47meta): the h1 that prints Arc XP's ANS ``headlines.basic`` is taken over
a JSON-LD headline and og:title that state the document's ``meta_title`` in other words
(headline._printed_arc_headline; a-metro-arc headline); the Dutch ANP, and the other
national agencies of the European press, alone in the caption's closing element are its
credit as AP and Reuters are (images.NATIONAL_AGENCY_CREDITS; b-omroep-nieuws captions).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('b-polskiportal', 'body_first'): 'labelling choice: the bold lead paragraph runs straight into the story, so it opens the body by the standfirst rule; the dev labels keep an opening paragraph that is wholly bold or lead-classed (54 of 60 judged dev pages: zyte 3 of 4, fundus-dev 11 of 11, trafilatura-dev 24 of 25 judged, l3s-gn1 16 of 20)',
    ('b-polskiportal', 'not_in_body'): 'labelling choice: the bold lead paragraph kept in the body (as body_first; the video-ad label now goes)',
}

SET = "blind47"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind47_page(name, field):
    check(SET, name, field)


def test_blind47_expectations_complete():
    assert_expectations_complete(SET, 16)
