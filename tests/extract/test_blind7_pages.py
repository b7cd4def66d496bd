"""Seventh blind set: sixteen hand-written news pages, written at the start of the twelfth
round and kept from everyone who fixed anything in it, to measure the round.

The pages under tests/fixtures/blind7/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: English-language pages
of an Indian regional daily's live blog, a Ghanaian WordPress site (the story split into
three containers), a Jamaican Drupal daily, a Scottish paper of hashed class names, a US
student paper, a US non-profit newsroom, a magazine long read and a wire story reprinted
in an old table layout; and Thai, Persian, Urdu, Bengali (hashed classes), Traditional
Chinese, Japanese (a table layout), Malay (AMP) and Russian (Kazakhstan) news sites. Half
make the publication date hard. Content, people and sites are invented (.example domains).
Each expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(ids like ``j-fa-agency-authors``; ``i-`` and ``j-`` name the writer), as
``tests/blind_sets.py`` describes.

Measured on 2026-12-06 with the eleventh round's extractor (``main`` e200e2b, 00:42 UTC):
97 of 128 page-field tests passed (0.758); with the round's first merge (01:34 UTC): 100;
with the round's last (02:20 UTC): 101 (0.789). No fix was made for it then. In the
thirteenth round its bylines, dates, captions and headlines were fixed with general rules
(docs/evaluation.md, "Thirteenth round: bylines, dates, captions and headline from the
seventh blind set"): 117. The failures are strict xfails in KNOWN_GAPS below, each with its
reason (docs/evaluation.md, "Blind pages"). In the twenty-second round (s22b-body23)
Ghost's documented callout card (``kg-callout-card``) became a box beside the story, as a
fact box is: the member call-out inside i-longfield-cork-harvest is left out, and its
not_in_body xfail was removed.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("i-campus-dining-contract", "not_in_body"): "labelling choice: a pull quote's attribution line ('Priya Raman, student senator') kept in the body; the Zyte labels keep a pull quote with its attribution (slate.com's '— Neil Gaiman', a development page), so it is no furniture to them (thirteenth round)",
    ("i-courier-wire-valencia-hail", "authors"): "an agency after the name ('By X, Associated Press') kept as a name (the corpora's labels keep it)",
    ("j-ru-kz-bitrix", "authors"): "labelling choice: a byline printed surname first ('Сулейменова Айгерим') is given as printed; the expectation takes the author card's order",
}

SET = "blind7"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind7_page(name, field):
    check(SET, name, field)


def test_blind7_expectations_complete():
    assert_expectations_complete(SET, 16)
