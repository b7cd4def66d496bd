"""Twenty-seventh blind set: sixteen hand-written pages, written during the twenty-third round
to measure the round's merged tree on pages nobody tuned it on.

The pages under tests/fixtures/blind27/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight story formats that are
no plain news report (a Q&A interview, a fact-check with ClaimReview, an explainer with an FAQ,
a photo essay, a podcast episode with its transcript, a story with an update and a correction,
a newsletter issue archived on the web, a translated syndicated story) and eight national and
regional papers of the Commonwealth and the Nordic countries (a UK tabloid, an Irish weekly, an
Australian metro daily, a New Zealand site, an Indian daily, a Quebec daily, a Swedish national
paper, a Finnish regional paper). Content, people and sites are invented (.example domains).
Each expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``m-`` and ``n-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 118 of 128 page-field tests passed on the round's start 17f8e8d
and the same 118 on ``main`` 093eb87 (07:44 UTC: the round's first three waves merged). The
failures are strict xfails in KNOWN_GAPS below.

s23e-body27 looked at the four body gaps on the dev corpora: the embedded tweet, the
live-updates box and the podcast's show notes stay gaps (their reasons give the evidence); the
photo essay's closing note drops out by the author-note rule once the byline's name is read.

Fixed since (s23e-meta27): n-irish-weekly and n-finnish-regional headline (an og:title that is a
word prefix of the h1 yields to the h1 and ``<title>`` stating the whole: a continuation after a
space alone, and a continuation ``<title>`` sets off by a dash no longer taken for a site affix).
m-photo-essay authors (the English "Photographs and words by", "Text and photos by" read as a
lead-in, as "Text und Fotos von" is), and with it m-photo-essay body_last and not_in_body (the
closing bio that opens with the now known author's name is left out by the existing author-note
rule).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('m-podcast', 'authors'): "a labelling choice: the show notes' writer ('Show notes by <name>') labelled over the host ('Hosted by'); no dev page is an episode page with both credits, and the podcast feeds' own convention (Apple's itunes:author) names the show's creator, not a notes writer",
    ('m-podcast', 'body_first'): "the transcript's 'Transcript' heading opens the body; the show notes before it are left out: the "
                                 "transcript's <section> is the container, and its sibling show notes (another kind, with a chapter "
                                 "list, a links list, a sponsor note) pass neither the widening's other-text share nor the same-kind "
                                 "rule; no dev page tells one story in sibling sections of two kinds, no documented convention",
    ('n-au-metro', 'headline'): 'the shorter og:title chosen over the h1 (itemprop headline) and <title> that state the whole; an og:title inside the h1 after words before it: the dev labels split (og:title on kicker.de and tagesspiegel.de, the h1 on mz.de), so left',
    ('n-nz-news', 'not_in_body'): 'a live-updates box of timed list items inside the story kept: the dev lists whose every item '
                                  'opens with a time or a date (7 sites) are linked teaser lists (furniture by their links already) '
                                  "but one, a header's published / updated lines; none is in the labels, none sits inside a story; "
                                  'no dev evidence or documented convention to drop such a box',
    ('n-uk-tabloid', 'not_in_body'): "an embedded tweet's text (Twitter's blockquote.twitter-tweet embed) inside the story kept, "
                                     "as the dev labels keep embedded posts: zyte on 4 pages of 3 sites, trafilatura-dev's "
                                     "with-snippets on 2 sites; one fundus site and one trafilatura-dev site leave them out "
                                     "(a labelling choice: dropping them loses more dev text than it removes)",
}

SET = "blind27"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind27_page(name, field):
    check(SET, name, field)


def test_blind27_expectations_complete():
    assert_expectations_complete(SET, 16)
