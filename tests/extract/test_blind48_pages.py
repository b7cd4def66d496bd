"""Forty-eighth blind set: sixteen hand-written pages, written at the start of the
twenty-eighth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind48/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
article pages of organisations that are not newspapers (a city council's press release with
notes to editors, a charity's field report built with Elementor, a B2B trade journal behind a
paywall, a financial wire story, a science magazine feature on Ghost, a city magazine's review on
Drupal 10, a Medium-style platform post, a company engineering blog on Hugo) and eight news pages
in languages and regions less often tested (Turkish, Czech, Norwegian, Indonesian, Romanian,
Hungarian, Finnish, and a Nigerian English daily on a WordPress JNews theme).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``c-`` and ``d-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 118 of 128 page-field tests passed on ``main`` a3a8b207 (21:18 UTC,
the twenty-seventh round's merged tree). The failures are strict xfails in KNOWN_GAPS below.

Changed since (s29-b47body): c-council-press's "Media enquiries" heading leaves the body (a
release that prints no end mark ends at the heading of its contact for the press, when no
more text follows it than precedes it: body.paragraphs.without_release_trailer,
boilerplate.RELEASE_TRAILER_HEADING), but body_last still fails on the "Notes to editors" list
before it, left: a rule ending the release at that heading turned an earlier blind set's
body_last wrong (a ministry's release, blind24 g-gov-ministry), and no dev page prints one.
Left (s29-b47body): the bold leads of d-cz-zpravy (the perex) and d-hu-hirlap, a labelling
choice (they run straight into the story; the dev labels keep such openings), and
c-science-ghost's republishing note, a labelling choice too (the zyte labels keep the
"Originally published on/by ..." line closing a story on the 3 dev pages of 2 sites that
print one).
Fixed since (s29-b47meta): a picture in a link to another page (the story's photo gallery)
keeps the caption of the block right after the link when a labelled credit ("Foto: ...") in
an element of its own closes that block (images._caption_after_picture_link; d-cz-zpravy
captions). Left (s29-b47meta): d-turk-haber's desk and d-no-vestposten's photographer
(reasons in KNOWN_GAPS).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('c-council-press', 'body_last'): 'the "Notes to editors" list after the story kept as the last paragraphs (the "Media enquiries" heading now goes): ending the release at that heading turns blind24 g-gov-ministry body_last wrong, and no dev page prints the heading',
    ('c-science-ghost', 'body_last'): 'labelling choice: the "This article was originally published in ..." republishing note kept as the last paragraph (the zyte labels keep such a note closing a story: 3 dev pages of 2 sites, no dev label leaves one out)',
    ('c-science-ghost', 'not_in_body'): 'labelling choice: the republishing note kept in the body (as body_last)',
    ('d-cz-zpravy', 'body_first'): 'labelling choice: the bold perex runs straight into the story, so it opens the body by the standfirst rule; the dev labels keep an opening paragraph that is wholly bold or lead-classed (54 of 60 judged dev pages), and a lead running into a container that opens with its picture (3 fundus-dev pages of 2 sites, all kept)',
    ('d-cz-zpravy', 'not_in_body'): 'labelling choice: the perex kept in the body (as body_first)',
    ('d-hu-hirlap', 'body_first'): 'labelling choice: the lead (article__lead) runs straight into the story, so it opens the body by the standfirst rule; the dev labels keep an opening paragraph that is wholly bold or lead-classed (54 of 60 judged dev pages)',
    ('d-hu-hirlap', 'not_in_body'): 'labelling choice: the lead paragraph kept in the body (as body_first)',
    ('d-no-vestposten', 'authors'): 'the photographer, listed in the byline with the role "Fotograf" and in the JSON-LD, given as a second author (a labelling choice the writer flagged; no dev page prints a JSON-LD author beside a photographer\'s role, so no dev label says which way)',
    ('d-turk-haber', 'authors'): 'labelling choice: the "Haber Merkezi" news desk, the only credit, not given; blind4 c-turkish-portal and blind11 r-tr-haber-portali label the same desk as no author ([]), and the dev labels that give a desk credited alone (5 sites, German and English) hold no Turkish page',
}

SET = "blind48"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind48_page(name, field):
    check(SET, name, field)


def test_blind48_expectations_complete():
    assert_expectations_complete(SET, 16)
