"""Ninth blind set: sixteen hand-written news pages, written during the thirteenth round.

The pages under tests/fixtures/blind9/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: English-language pages
of a New Zealand regional paper, a Nigerian daily, a Pakistani daily, an Irish weekly in an
old table layout, a Canadian chain paper (the story split by ad slots), a UK trade site
behind a paywall wrapper, a US city magazine of hashed classes and a Philippine AMP portal;
and Brazilian Portuguese, Spanish, Swiss German (hashed classes), Danish, Romanian (a table
layout), Greek, Hebrew and Hindi news sites. Content, people and sites are invented
(.example domains). Each expectation's ``note`` says what the page tests and which
judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``m-`` and ``n-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-06 (03:10 UTC) with the twelfth round's extractor (``main``
c4ab87d): 108 of 128 page-field tests passed (0.844); kept from every helper of the
thirteenth round's first wave, then measured on its merge (m13, 04:22 UTC): 108, the same
tests; then material for the round's second wave: 121 on the round's merge. The failures are strict xfails in KNOWN_GAPS below, each with its reason; a fix makes
its xfail pass, which fails the run until the mark is removed (docs/evaluation.md, "Blind
pages").

Fixed since (s24e-body31, a local reporting fund's credit line closing the story): m-nz-stopbank body_last and not_in_body.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("m-pk-tankers", "authors"): ("labelling choice: an agency after a bar ('Name | APP') kept after the "
                                  "name, as the corpora's labels keep an agency after the writers (blind5 "
                                  "f-cs-nextjs, blind7 i-courier) and a rule dropping it failed a held-out "
                                  "authors floor in the twelfth round"),
    ("m-us-counter", "body_first"): "a hashed-class page's standfirst and its 'Photography by' credit open the body",
    ("m-us-counter", "not_in_body"): "the standfirst kept in the body",
    ("n-de-ch", "body_last"): "a closing agency line ('Mit Material der SDA.') kept as the last paragraph",
    ("n-el-news", "authors"): ("labelling choice: a desk ('Newsroom') that Yoast's JSON-LD states as a Person "
                               "is given when no person is named, as the development labels name the desk "
                               "(erfolg-magazin.de, tennismagazin.de 'Redaktion'); a rule dropping such a desk "
                               "(thirteenth round, second wave) cost those pages and was left out"),
}

SET = "blind9"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind9_page(name, field):
    check(SET, name, field)


def test_blind9_expectations_complete():
    assert_expectations_complete(SET, 16)
