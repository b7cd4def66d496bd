"""Thirtieth blind set: sixteen hand-written pages, written during the twenty-fourth round to
measure the round's merged tree on pages nobody tuned it on.

The pages under tests/fixtures/blind30/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight national news sites of
continental Europe as they are built in the 2020s (two German, a French, a Spanish, an Italian,
a Dutch, a Portuguese and an Austrian page: kickers, social titles worded apart from the h1,
standfirsts, author boxes, metered paywalls, "read also" teasers, polls, live-ticker teasers)
and eight pages of English-language digital natives and the trade press (a tech news site, a
logistics trade magazine, a personal-finance blog, a science news site reposting a release, a
fan site of a sports network, a nonprofit local newsroom on Newspack, a newsletter's archive
with a guest writer, a game review with a score box). Content, people and sites are invented
(.example domains). Each expectation's ``note`` says what the page tests and which judgement
calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``s-`` and ``t-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 118 of 128 page-field tests passed on the round's start 30f1192
and the same 118 on ``main`` 01a4631 (10:06 UTC: the round's first wave, s24-captions and
s24-speed16 merged). The failures are strict xfails in KNOWN_GAPS below.

Fixed since: s-alpenkurier-lawinen's published (a date printed under an update label is
read after the page's other printed dates, as the markup's update lines are: s24d-meta30).
Fixed since (s24d-body30): t-sports captions ("Mandatory" before the "Credit:" label goes
with the label, the wire sports pictures' credit line); s-tagesblatt-waermepumpe
not_in_body (a box named a poll that holds the controls to vote with is no text of the story).
Fixed since (s25d-meta35): s-eldiarionacional-alquiler captions (a photographer's name alone
in the closing element of a caption written wholly in elements of its own is its credit,
whatever the class names say).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('s-dagbladnoord-stikstof', 'headline'): 'the structured headline worded apart from the printed h1 taken (the dev labels split between the two)',
    ('s-diariolusitano-seca', 'headline'): 'the shorter structured headline taken over the printed h1 that opens with a topic and a colon (the dev labels of that shape, h1 = "<topic>: <structured headline>", take the structured one more often than the h1)',
    ('s-eldiarionacional-alquiler', 'body_last'): "a comment-login prompt ends the body (the comment box's plain paragraphs are of the story's kind, so the story region spans the whole article, and inside the region only dated threads and writers' cards are looked for)",
    ('s-eldiarionacional-alquiler', 'not_in_body'): "a follow line and the author's bio after the story kept in the body (the container widened to the article over them: obfuscated names, and the region reaches the comment box, as for body_last)",
    ('s-tagesblatt-waermepumpe', 'headline'): 'the structured headline worded apart from the printed h1 taken (the dev labels split between the two)',
    ('t-finance', 'not_in_body'): 'a pros / cons box inside the story kept in the body (a labelling split: the trafilatura-dev labels keep pros / cons lists in the text on two dev sites)',
}

SET = "blind30"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind30_page(name, field):
    check(SET, name, field)


def test_blind30_expectations_complete():
    assert_expectations_complete(SET, 16)
