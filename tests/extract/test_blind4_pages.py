"""Fourth blind set: sixteen hand-written news pages of kinds of sites the extractor was
not developed against.

The pages under tests/fixtures/blind4/ and their expectations (expected.json) were written
blind, like the third set, by two other writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the third set: a US local TV station, a
wire press release, a Hugo blog, a university news office, a government press release, a
regional obituary, a sports match report of hashed class names, and Japanese, Turkish,
Indonesian, Brazilian, Chinese, Vietnamese, Italian (an agency story), Hindi and Swiss
German news sites. Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(ids like ``c-tv-station-published``; ``c-`` and ``d-`` name the writer), as
``tests/blind_sets.py`` describes.

Measured blind on 2026-12-05 (22:11 UTC, ``main`` 7790898), before any change it prompted:
102 of 128 page-field tests passed (0.797). The set was kept from the helpers fixing the
third set's classes, so that it measures their rules on pages they did not see. The
failures are strict xfails in KNOWN_GAPS below, each with its reason; a fix makes its xfail
pass, which fails the run until the mark is removed (docs/evaluation.md, "Blind pages").
Twelve were removed by the eleventh round's fixes of the set's own classes (captions,
headline, bylines, dates, body; docs/evaluation.md, "Eleventh round (2026-12-05): captions,
headline, bylines, dates, from the fourth blind set").
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("c-press-release", "authors"): "the issuing company taken for an author of a press release",
    ("c-press-release", "body_last"): "labelling choice: a wire release's 'About' boilerplate, media contact and "
                                      "'SOURCE' line kept as body, as the L3S assessors keep them",
    ("c-press-release", "not_in_body"): "labelling choice: a wire release's 'About' boilerplate, contact and "
                                        "'SOURCE' lines kept in the body, as the L3S assessors keep them",
    ("c-tv-station", "body_last"): "labelling choice: a station's copyright line written as sentences "
                                   "('Copyright 2026 X. All rights reserved.') is text to the Zyte labels, "
                                   "which keep it on a dev page of the same broadcaster convention",
    ("c-tv-station", "not_in_body"): "labelling choice: the station's copyright line kept (see body_last)",
    ("d-vn-news", "body_first"): "labelling choice: the standfirst (p.description) runs straight into "
                                 "the story, which the project takes as its first paragraph (the labels "
                                 "split: Fundus keeps such leads, Zyte leaves them out)",
    ("d-vn-news", "not_in_body"): "labelling choice: the standfirst kept in the body (see body_first)",
}

SET = "blind4"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind4_page(name, field):
    check(SET, name, field)


def test_blind4_expectations_complete():
    assert_expectations_complete(SET, 16)
