"""Thirty-sixth blind set: sixteen hand-written pages, written during the twenty-fifth round
and opened after its first wave and its speed branches were merged, to measure that tree on
pages nobody tuned it on.

The pages under tests/fixtures/blind36/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight American nonprofit and
metro newsroom pages (a statewide nonprofit, an investigative nonprofit, a story republished
under Creative Commons, an Arc XP metro daily, an alt-weekly feature, a public-media
collaboration, a Newspack city-hall newsletter, a fact-check) and eight news pages of Asia and
the Middle East in their scripts (Simplified and Traditional Chinese, Japanese, Korean,
Vietnamese, Thai, Indonesian, Arabic). Content, people and sites are invented (.example
domains). Each expectation's ``note`` says what the page tests and which judgement calls were
made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``e-`` and ``f-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 97 of 128 page-field tests passed on ``main`` 8464474 (12:59 UTC:
the round's first wave and speed branches merged). The failures are strict xfails in
KNOWN_GAPS below.

Fixed since (s25e-body36): the editor's credit on a line of its own under the story, in the
editor labels of bylines ("Edited by <Name>", "Editor: <Name>", Korean "편집 : <Name>", the
Central News Agency's bracketed tag with its date code "（編輯：<Name>）<code>"), is taken off
the body's end like the other closing credits, and the Indonesian reporter's label
"Pewarta:" over it reads as a byline line (e-factcheck-crime body_last; f-id-beras,
f-kr-birthrate, f-tw-rice body_last and not_in_body). A researcher's credit ("<Name>
contributed research.") reads as a reporting credit (e-investigative-nursing keeps its gap
for the methodology note before it). A nonprofit newsroom's funding disclosure closing the
story ("Disclosure: ... financial supporters of ...", the Texas Tribune's standing note) is
taken off the body's end (e-statewide-water body_last and not_in_body). A block named as
the text of the image before it ("pictext", the name the captions code reads a caption by)
right after a paragraph holding only the picture is its caption, not story (f-cn-metro
not_in_body).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('e-factcheck-crime', 'authors'): 'a fact-check page: the claimant named in the rating box given as an author beside the writer',
    ('e-factcheck-crime', 'body_first'): "a fact-check's 'If Your Time is short' summary box opens the body (one publisher's box title; by structure alone, zyte's dev label for businessinsider.com keeps a summary list opening the story)",
    ('e-factcheck-crime', 'not_in_body'): 'the summary box and the editor credit kept in the body',
    ('e-investigative-nursing', 'body_last'): "the methodology note ('How We Reported This Story', a <section> after the body's <div>) kept after the story (the research credit closing it is now left out)",
    ('e-investigative-nursing', 'not_in_body'): 'the methodology note after the story kept in the body',
    ('e-metro-arc-transit', 'body_first'): 'a correction box at the top of the story opens the body (labelling choice: dev labels keep corrections as text)',
    ('e-metro-arc-transit', 'not_in_body'): 'a correction box at the top of the story kept in the body (labelling choice)',
    ('e-newspack-cityhall', 'body_first'): "a newsletter post's italic welcome line with its sign-up link opens the body (labelling choice)",
    ('e-pubmedia-collab-flood', 'body_first'): "an italic collaboration note ('This story is a collaboration between ...') opens the body (no dev page prints one; the nearest, a republication note, is text to zyte's dev labels)",
    ('e-pubmedia-collab-flood', 'not_in_body'): 'an italic collaboration note opening the story kept in the body',
    ('e-republished-cc-ballot', 'authors'): "'Aurelia Nakamura, Golden State Report': the partner outlet kept with the name",
    ('e-republished-cc-ballot', 'body_last'): "a Creative Commons republication note closing the story kept as the last paragraph (labelling choice: zyte's dev labels keep a closing republication note, sciencealert.com 'This article was originally published by ...', livescience.com 'Originally published on ...')",
    ('e-republished-cc-ballot', 'not_in_body'): 'a Creative Commons republication note kept in the body (labelling choice, as body_last)',
    ('f-ar-desal', 'captions'): "an Arabic caption's closing agency credit '(واس)' kept",
    ('f-cn-metro', 'authors'): "reporters named in the dateline ('（记者王海涛、李静）') passed over for the portal's name",
    ('f-jp-semicon', 'authors'): "fragments of the author's bio box taken as names beside the byline's name",
    ('f-th-pm25', 'authors'): "the JSON-LD's editorial desk given as the author where the printed byline names a person",
    ('f-tw-rice', 'authors'): "the reporter named in the dateline ('中央社記者陳怡君台北5日電') passed over for the agency",
    ('f-tw-rice', 'captions'): "a caption's closing credit in full-width brackets ('（中央社記者...攝 ...）') kept",
    ('f-vn-durian', 'body_first'): 'a standfirst (the description) repeated before the story opens the body',
    ('f-vn-durian', 'not_in_body'): 'a standfirst repeated before the story kept in the body',
}

SET = "blind36"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind36_page(name, field):
    check(SET, name, field)


def test_blind36_expectations_complete():
    assert_expectations_complete(SET, 16)
