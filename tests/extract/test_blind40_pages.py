"""Fortieth blind set: sixteen hand-written pages, written at the start of the
twenty-sixth round: new shapes for the round's fixers, on pages nobody tuned the tree on.

The pages under tests/fixtures/blind40/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets:
eight specialist and trade press pages (a technology review, science news, a football match
report, celebrity news, personal finance, an automotive first drive, video-game news, a medical
trade journal) and eight German, Dutch and Nordic pages of smaller sites (an Austrian regional, a
Swiss German local portal, an IT magazine, a German city portal, a Flemish regional, a Dutch
regional broadcaster, a Danish local daily, a Swedish trade magazine).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``m-`` and ``n-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 119 of 128 page-field tests passed on ``main`` af68a39 (14:58 UTC,
the twenty-fifth round's merged tree). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s26b-body3940): the Dutch broadcaster's tip box after the story (a lone question
over a line with a telephone number to send photos to) no longer closes the body: a
telephone number stands for the e-mail address in the boxed reader call.

Fixed since (s26b-meta394041): m-medical-news's published (the article node is a
MedicalScholarlyArticle, an Article subtype in schema.org's type hierarchy that the JSON-LD
layer did not know; its datePublished with an offset now dates the page instead of the printed
wall-clock time; the page prints no zone abbreviation).

Fixed since (s27-headline): m-earbuds-review's and m-first-drive's headline (og:title, and the
JSON-LD headline where it says the same, is the headline's opening only; ``<title>`` goes on
past it after a colon and the printed h1 goes on too in words of its own, its ending sharing
words with the title's: the h1 is taken, headline.py's ``_printed_past_shortened_title``).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('m-celebrity-news', 'headline'): 'the social / document title taken where the printed h1 differs',
    ('m-match-report', 'body_last'): 'the line-ups, incidents and a quote card after the story kept in the body. Left (s26b-body3940): the container is widened from the articleBody block to the <article>, and the match-sheet section after the text carries no name or role the generic layer knows ("alineaciones" is one page\'s Spanish class word); one dev page has a match sheet (l3s-gn1 guardian.co.uk, a table of referee / venue / attendance already outside the body), and no dev label holds one either way',
    ('m-match-report', 'not_in_body'): 'the line-ups, incidents and a quote card after the story kept in the body. Left (s26b-body3940): the container is widened from the articleBody block to the <article>, and the match-sheet section after the text carries no name or role the generic layer knows ("alineaciones" is one page\'s Spanish class word); one dev page has a match sheet (l3s-gn1 guardian.co.uk, a table of referee / venue / attendance already outside the body), and no dev label holds one either way',
    ('n-de-a1sperrung', 'authors'): 'the agency ("dpa") given as the author',
}

SET = "blind40"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind40_page(name, field):
    check(SET, name, field)


def test_blind40_expectations_complete():
    assert_expectations_complete(SET, 16)
