"""Eighth blind set: sixteen hand-written news pages, written during the twelfth round.

The pages under tests/fixtures/blind8/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: English-language pages
of a US local TV station, a UK tabloid (the story split into three containers), an Indian
daily, an Australian public broadcaster of hashed classes, a crypto news site, a small
weekly on Squarespace, a diocesan paper in an old table layout and a wire agency's own
site; and Belgian French, Austrian German, Italian (a table layout), Polish (hashed
classes), Turkish, Indonesian, Vietnamese and Korean news sites. Content, people and sites
are invented (.example domains). Each expectation's ``note`` says what the page tests and
which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(ids like ``k-tabloid-body-first``; ``k-`` and ``l-`` name the writer), as
``tests/blind_sets.py`` describes.

Measured blind on 2026-12-06 (01:19 UTC) with the eleventh round's extractor (``main``
e200e2b): 101 of 128 page-field tests passed (0.789); kept from the helpers until the
round's first fixes were merged, then with them (the merge m12, 01:34 UTC): 104 (0.812).
The failures are strict xfails in KNOWN_GAPS below, each with its reason; a fix makes its
xfail pass, which fails the run until the mark is removed (docs/evaluation.md, "Blind
pages").
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("k-au-broadcaster", "authors"): "labelling choice: an organisation line printed after the writers ('ABC Rural', a desk of the broadcaster) is kept as an organisation author, as the corpora's labels keep agencies and sites after the names ('... and Eric Tucker | Associated Press'); the expectation names the writers only",
    ("k-tv-station", "body_last"): "a broadcaster's copyright sentence closing the container kept (labelling choice as in the eleventh round: the Zyte labels keep it)",
    ("k-tv-station", "not_in_body"): "the copyright sentence kept in the body (as body_last)",
    ("k-wire-agency", "authors"): "labelling choice: names printed in capitals are given as printed; the expectation writes them in title case",
    ("k-wire-agency", "body_last"): "labelling choice: the wire's rule line '___' before its contributors' line (the line itself is dropped) kept as the last paragraph; the corpora's labels keep a closing '___' on 3 of 5 development pages (Zyte's ap.org and two AP reprints in L3S-GN1 keep it; Fundus's AP News and one L3S reprint drop it), so a rule taking it off was dropped (twelfth round, second wave)",
    ("l-tr-national-agency", "authors"): "labelling choice: an agency-only story gives the agency as the organisation author (the corpora's labels keep agencies and sites); the expectation names no one",
    ("l-vi-news-author-bottom", "body_first"): "a place name run into the first paragraph ('Đà NẵngTừ ...') and the lead paragraph kept as body (the thirteenth round's rule keeping a standfirst out before a container that opens with a captioned figure fixed it and was left out at the merge: it cost the stated bodies of trafilatura-dev's and htmldate-dev's development pages, whose labels keep the standfirst)",
    ("l-vi-news-author-bottom", "not_in_body"): "the lead paragraph (the standfirst) kept in the body",
}

SET = "blind8"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind8_page(name, field):
    check(SET, name, field)


def test_blind8_expectations_complete():
    assert_expectations_complete(SET, 16)
