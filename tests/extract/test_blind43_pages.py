"""Forty-third blind set: sixteen hand-written pages, written during the twenty-sixth
round: pages of the wider web that read like articles, for the round's second wave of fixers.

The pages under tests/fixtures/blind43/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight German-language pages
(a sports club's match report, a parish news item, a university institute's news, a party
chapter's press post, a tourism magazine, a knitting blog, a Swiss association's member magazine,
a local history society's post) and eight English-language ones (a recipe blog, a travel blog, a
newsletter essay, a local history society, an NGO field report, a company blog, a church
newsletter item, an amateur radio club's write-up), several with sentences that are mostly
links.
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``s-`` and ``t-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 116 of 128 page-field tests passed on ``main`` 3afb13bb (15:48 UTC,
the round's first wave merged). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s26d-meta43): the JCE editor's Joomla captions (a ``wf_caption`` wrapper holding
the image and an unnamed caption span), their permission credit line closing with a full stop
split off (t-mill-lane-fire captions). The text after an image in its own paragraph that
opens with a numbered figure label ("Fig. 1 – ...") is its caption (t-efhw-40m captions). An
amateur-radio call sign after the writer's name is no name (t-efhw-40m authors); an
organisation's staff titles ("... Officer", "... Manager", "... Adviser") are roles, so the
town after one is a place, not an author (t-field-report-turkana authors). Plone's News Item
image, linked to its full-screen view, is captioned by its caption field after the link
(s-uni-geooekologie captions).

Fixed since (s26d-body43): t-efhw-40m body_first (the h2 taken for the headline as the heading
just before the story, read into the body as its first line, sends the body to be read again).
The comment section's heading there ("Comments (2)" over blocks named for comments) and the line
after the comments now leave the body too; its body_last and not_in_body stay xfails for the
revision note. s-blust-sortengarten body_first and not_in_body (a lead field printed in the
same field markup as the text field, before the lead image, is not gathered as a part of the story:
the standfirst rules judge it, and the image between leaves it out). The reasons of the body xfails left (t-pear-galette, s-uni-geooekologie,
t-efhw-40m) name their dev evidence.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('s-uni-geooekologie', 'body_last'): 'a labelling split: the "Originalpublikation:" study '
        'reference closing the news item is text to this writer, while blind24\'s writer leaves the '
        'same closing line out ("Reference: <authors> (<year>). <title>. <journal>, DOI", '
        'h-science-news body_last / not_in_body); no dev label holds a study reference closing a '
        'news item either way, so the rule stands',
    ('t-efhw-40m', 'body_last'): 'the dated revision note closing the write-up ("Revised <date>: '
        'corrected ...") kept in the body: an edit notice to this writer, but zyte\'s dev labels keep '
        'a dated correction note closing a story ("Correction, <date>: This article originally ...") '
        'and no dev label leaves such a note out',
    ('t-efhw-40m', 'not_in_body'): 'the dated revision note closing the write-up kept in the body '
        '(see body_last)',
    ('t-pear-galette', 'body_last'): "a labelling split: the recipe card's nutrition line after "
        "the notes (WP Recipe Maker's wprm-nutrition-label-container) is furniture to this writer, "
        "while trafilatura-dev's labels keep the same block's text on a dev recipe page (a 'with' "
        "snippet of its 'Carbohydrates: <n>g' line), the one dev page that labels one",
}

SET = "blind43"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind43_page(name, field):
    check(SET, name, field)


def test_blind43_expectations_complete():
    assert_expectations_complete(SET, 16)
