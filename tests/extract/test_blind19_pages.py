"""Nineteenth blind set: sixteen hand-written pages, written during the twentieth round.

The pages under tests/fixtures/blind19/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets. The set follows the
held-out part of trafilatura-dev, where the story's start is lost twice as often as on the
development part: eight German pages of the wider web whose main text is an article on a
site that is no newspaper (a town hall's news item on a municipal CMS written in entities
and ISO-8859-1, a farming trade magazine on TYPO3, a heating firm's blog on Elementor, a
holiday-rental portal's village page, a shop's buying guide on Shopware, a health insurer's
article, a handball club's match report on Contao, a community article on forum software)
and eight articles in eight languages whose opening and closing are set apart by their
markup (a first paragraph in the header, a drop cap, a bold wire opening with its dateline,
a heading or a list opening the story, an ad, video or "read also" box after the first
paragraph, a closing paragraph after an embed or a newsletter box, a closing print or
correction note). Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Measured blind on 2026-12-06 (22:15 UTC) on ``main`` 10570a9 (the nineteenth round's
extractor; none of the twentieth round's rules was written with this set in view): 104 of
128 page-field tests passed (0.812). The failures are strict
xfails in KNOWN_GAPS below, each with its reason; a fix makes its xfail pass, which fails
the run until the mark is removed (docs/evaluation.md, "Blind pages"). Worked on in the
round's second wave: s20b-meta19 mended w-ferienort-holmsdorf's headline (the h1 when no two
of og:title, the h1 and the title agree) and s20b-body19 nine body tests (a wire's sign-off
and desk initials, a print-edition note, a readers' tip call, a table of contents and a
call-to-action box, a club report's teaser list). In the third wave s20c-body20 left out
w-rathaus-brueckenstrasse's contact box (a named box under its own title among the story's
bare paragraphs, body.paragraphs.is_titled_box): 115. In the twenty-third round s23b-meta25's
caption of an image whose one sibling block a credit element closes found
x-aiw-budzet-gdansk's caption: 116.

Every page is extracted once, with the generic extractor only, and each field is one test
(``w-`` and ``x-`` name the writer), as ``tests/blind_sets.py`` describes.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
_FIRST_IN_HEADER = ("the story's first paragraph, set in the header under the headline (the next "
                    "paragraph continues it), taken for a standfirst and left out")
_CLOSING_NOTE = ("the closing note on where the story first appeared kept as the body's last paragraph; "
                 "labels disagree on such notes (development: Zyte keeps 'originally published on/by ...', "
                 "Fundus drops 'First published in ...'), so no rule (twentieth round)")
_CORRECTION = ("the correction notice closing the text kept; a correction is text to the labels "
               "(development: Zyte keeps 'Correction, <date>: ...', L3S an editor's note), so no rule")
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("w-ferienort-holmsdorf", "body_first"): "the lead paragraph above the photo gallery left out",
    ("w-krankenkasse-heuschnupfen", "published"): ("the printed update date given; the first publication is "
                                                   "only in the structured data. Left (twentieth round): the one "
                                                   "dev page of this shape, an 'Updated' date printed over an "
                                                   "earlier structured publication, is labelled with the update "
                                                   "day in trafilatura-dev and htmldate-dev"),
    ("w-krankenkasse-heuschnupfen", "body_first"): _FIRST_IN_HEADER,
    ("w-rathaus-brueckenstrasse", "authors"): ("labelling choice: the town (the page's publisher) given as the "
                                               "organisation author when no person is named"),
    ("x-allertal-bruecke", "body_first"): _FIRST_IN_HEADER,
    ("x-allertal-bruecke", "body_last"): _CORRECTION,
    ("x-allertal-bruecke", "not_in_body"): _CORRECTION,
    ("x-henares-huertos", "body_first"): ("labelling choice: the key-points heading and list opening the "
                                          "post are body here, as a heading and a list inside the story are"),
    ("x-peil-fietsenstalling", "body_first"): _FIRST_IN_HEADER,
    ("x-rodape-notificacoes", "body_first"): ("labelling choice: the heading opening the post is body here, as "
                                              "a heading inside the story is"),
    ("x-rodape-notificacoes", "body_last"): _CLOSING_NOTE,
    ("x-rodape-notificacoes", "not_in_body"): _CLOSING_NOTE,
}

SET = "blind19"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind19_page(name, field):
    check(SET, name, field)


def test_blind19_expectations_complete():
    assert_expectations_complete(SET, 16)
