"""Fifth blind set: sixteen hand-written news pages, written at the end of the eleventh
round to measure it.

The pages under tests/fixtures/blind5/ and their expectations (expected.json) were written
blind, like the third and fourth sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: English-language pages
of a UK regional daily, an Australian tabloid of hashed class names, a Canadian daily with a
correction notice, an Irish broadcaster with a key-events list, South African and Nigerian
WordPress sites, a US alt-weekly in a table layout and a council newsletter; and Dutch,
Danish, Finnish, Czech, Romanian (a gallery), Greek, Hebrew and Hungarian (a table layout)
news sites. Content, people and sites are invented (.example domains). Each expectation's
``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(ids like ``e-uk-regional-published``; ``e-`` and ``f-`` name the writer), as
``tests/blind_sets.py`` describes.

Measured blind on 2026-12-05 (23:43 UTC) with the extractor before the eleventh round
(``main`` f6c1994): 90 of 128 page-field tests passed (0.703); with the round's fixes
(``main`` 71772b0): 96 (0.750). One fix followed (the word for an advertisement standing
alone as a paragraph, in six more languages: 98). The failures are strict xfails
in KNOWN_GAPS below, each with its reason; a fix makes its xfail pass, which fails the run
until the mark is removed (docs/evaluation.md, "Blind pages").
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    # ("f-cs-nextjs", "authors") was a labelling choice (an agency, ČTK, credited after the
    # named authors; Fundus's labels keep such a credit): passes since the agency printed
    # in an element of its own after the linked names is left out of the byline
    # (markup.beside_linked_names, s22d-printed).
}

SET = "blind5"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind5_page(name, field):
    check(SET, name, field)


def test_blind5_expectations_complete():
    assert_expectations_complete(SET, 16)
