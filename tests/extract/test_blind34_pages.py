"""Thirty-fourth blind set: sixteen hand-written pages, written at the start of the
twenty-fifth round to measure the last round's merged tree on pages nobody tuned it on.

The pages under tests/fixtures/blind34/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight national and regional
dailies of Northern and Eastern Europe in their own languages (Polish, Czech, Finnish, Swedish,
Norwegian, Danish, Hungarian, Romanian) and eight pages built on modern front-end stacks as a
crawler receives them (Next.js with CSS-modules class names, styled-components, Tailwind,
Nuxt, AMP, Substack, a Medium-style post, Astro). Content, people and sites are invented
(.example domains). Each expectation's ``note`` says what the page tests and which judgement
calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``a-`` and ``b-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 119 of 128 page-field tests passed on ``main`` 04d0968 (12:35 UTC:
the twenty-fourth round's final extractor). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s25c-body34): the paywall's offer box closing the Swedish Plus story and the
trial offer inside the Tailwind ``prose`` container, each a box of a few lines with a button
that leads to another page, are left out as offer boxes by their structure
(``newscrawl.extract.body.boxes.is_offer_box``). The Finnish correction note after the story
stays a gap, left so on the evidence: the dev labels keep a correction appended to a story as
its text (the Zyte set's one dev page with a correction note, an ``errata`` block after the last
paragraph, has it in its article body; the app-state reader keeps a CMS's ``correction``
blocks), and newsrooms' corrections policies append the note to the story as part of it. On
this page the note, a plain paragraph under a tag row, is read because the container is
widened from the ``Article-body`` block to the ``<article>`` (the standfirst and the note
together are just enough scoring text beside it); no structural rule tells it from a last
paragraph set apart after an ad without also cutting stories split around their ads.

Fixed since (s25c-meta34): the two-sentence headline (a-ro-spital-rmn), whose og:title states
its first sentence alone while the h1 and ``<title>`` state both: a social title may be the
printed headline's first sentence, as it may be its first words (headline.py); the lazy
image's caption (b-nextjs-ferry), which was screened out as a time stamp for naming an hour
("7.40pm"): a clock time marks a time stamp only in a short line (images.py). Neither the lazy
image nor its ``<noscript>`` copy was the cause. The Tailwind page's byline (b-tailwind-sensors),
a name printed after the headline with no by-word, author link, ``rel=author`` or byline
class: the portrait beside it is filed under the name it prints (markup.py, extractor.py).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('a-cz-prehrada-hraz', 'authors'): "'Autor: ČTK': the news agency given as the author (the writer labels no one; the dev labels name agencies alone: dpa, DPA, 'AFP, MANILA' on fundus-dev, 'AFP/The Local' on trafilatura-dev)",
    ('a-fi-satama-terminaali', 'body_last'): "a correction note ('Korjattu <date> klo <time>: ...') after the story kept as its last paragraph (a labelling choice against the dev labels: see the module docstring)",
    ('a-fi-satama-terminaali', 'not_in_body'): "a correction note ('Korjattu ...') after the story kept in the body",
}

SET = "blind34"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind34_page(name, field):
    check(SET, name, field)


def test_blind34_expectations_complete():
    assert_expectations_complete(SET, 16)
