"""Forty-ninth blind set: sixteen hand-written pages, written at the start of the
twenty-ninth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind49/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
news pages of today's stacks and less often tested places (a US local TV station on a WordPress
VIP broadcast theme, a UK regional daily with "READ MORE" lines and ad slots inside the story, a
Canadian daily on a Postmedia-style stack, a Substack post, a New Zealand site on Next.js with
hashed class names, an Irish site on Brightspot, a US sports blog in the Chorus style, a South
African site whose byline names two writers and an agency) and eight news pages in scripts and
languages less often tested (Japanese, Korean, Chinese in traditional script, Vietnamese, Thai
with Buddhist-era years, Arabic with Arabic-Indic digits, Hebrew, Hindi).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``e-`` and ``f-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-08: 116 of 128 page-field tests passed on ``main`` 3683413f (00:19 UTC,
the twenty-eighth round's merged tree). Seven of the ``e-`` pages came with their JSON-LD
written as a Python dict in the head, outside any script element (a slip of the writer's page
generator: 113 of 128 passed so); the lead wrapped each in its ``application/ld+json`` script,
as the writer's notes describe it, before the figure above. The failures are strict xfails in
KNOWN_GAPS below.

Fixed since (s30-b49body): e-ca-postmedia body_first and not_in_body (a slot's short label
printed three times or more now also leaves the body when it opens it, printed at the head of
every part, the first too, as well as when it closes it: body.paragraphs.without_slot_labels);
f-tw-taichung-bus body_last and not_in_body (the Chinese "related news" label, "相關新聞請見：",
is furniture as "Related news" is: boilerplate.FURNITURE_TEXT); f-hi-delhi-garmi body_last and
not_in_body (the Hindi "... ये खबर भी पढ़ें" ("read this news too") label is furniture as
"Also read" is, and the promoted story's summary closing on "पढ़ें पूरी खबर..." ("read the full
news") is a teaser: boilerplate.FURNITURE_TEXT, boilerplate.READ_ON_TAIL,
body.paragraphs.is_teaser_summary).
Left (s30-b49body): e-us-sports-chorus not_in_body, the embedded tweet's text: a labelling
choice against the dev labels, which keep an embedded tweet's text on 4 of the 5 labelled sites
with one (zyte: 3 sites; fundus-dev: 1 of 2), and trafilatura-dev's snippets want it on 2 sites
and not on 1. f-vn-ve-lien-thong body_first and not_in_body, the standfirst in p.description
(with its place stamp) right before the text: the dev labels keep an opening paragraph that
repeats the page's description on 67 of the 71 labelled dev pages that open so (zyte, fundus-dev,
l3s-gn1, trafilatura-dev's snippets).
Fixed since (s30-b49meta): f-hi-delhi-garmi headline (a JSON-LD headline cut without an
ellipsis at the 110 characters Google's Article structured data allowed, the h1 opening with it
and going on past the limit within the next word: headline._printed_past_schema_limit);
f-tw-taichung-bus authors (the reporters of a bracketed credit "〔記者<names>／<place>報導〕"
opening the story's first or second paragraph, the Liberty Times' form, over the paper the
JSON-LD names: authors.bracketed_reporters, extractor._reporters_of_wire_dateline).
Left (s30-b49meta): e-substack captions, a labelling choice (see its reason).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('e-substack', 'captions'): 'labelling choice: the trailing "Source: ..." data note dropped from the chart\'s caption as a credit; the writer keeps a data source as caption text, while six pages of six other blind sets drop a chart\'s "Source:" line as the credit (blind12 s-science-hugo-footer-date, blind20 y-uk-trade-etrailers, blind24 h-business-paywall, blind27 m-factcheck, blind32 x-earnings-keyfigures, blind42 r-thinktank), and credit_labels.SOURCE_WORDS reads a source label under a picture as its credit; no dev label keeps or drops one (fundus-dev: no dev caption or credit holds a source word)',
    ('e-us-sports-chorus', 'not_in_body'): "the embedded tweet's text kept in the body (the dev labels keep such text: a labelling choice)",
    ('f-vn-ve-lien-thong', 'body_first'): 'the standfirst (p.description with its place prefix) opens the body (the dev labels keep a standfirst that runs into the story: a labelling choice)',
    ('f-vn-ve-lien-thong', 'not_in_body'): 'the standfirst kept in the body',
}

SET = "blind49"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind49_page(name, field):
    check(SET, name, field)


def test_blind49_expectations_complete():
    assert_expectations_complete(SET, 16)
