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

Fixed since (s25e-meta36): the fact-check's claimant (schema.org ClaimReview's
``itemReviewed.author``, the claim's author) is no author of the page; an author box's bio
after the name, in sentences closed by the ideographic full stop, gives no names; the word
for the editorial desk in Thai, Chinese, Japanese and Korean marks the JSON-LD's desk
account, so the printed byline's person wins; the reporters a Chinese-language wire
dateline names (Xinhua's "...电（记者<names>）", the Central News Agency's
"（中央社記者<name><place><day>日電）") win over the portal's or the agency's name; the Central
News Agency's dated photo credit in full-width brackets and an Arab wire agency's name in
brackets ("(واس)") are caption credits; a republished story's partner outlet (the host of its
canonical link, another site's) is no part of the writer's name.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('e-factcheck-crime', 'body_first'): "a fact-check's 'If Your Time is short' summary box opens the body (one publisher's box title; by structure alone, zyte's dev label for businessinsider.com keeps a summary list opening the story)",
    ('e-factcheck-crime', 'not_in_body'): 'the summary box and the editor credit kept in the body',
    ('e-investigative-nursing', 'body_last'): "the methodology note ('How We Reported This Story', a <section> after the body's <div>) kept after the story (the research credit closing it is now left out)",
    ('e-investigative-nursing', 'not_in_body'): 'the methodology note after the story kept in the body',
    ('e-metro-arc-transit', 'body_first'): 'a correction box at the top of the story opens the body (labelling choice: dev labels keep corrections as text)',
    ('e-metro-arc-transit', 'not_in_body'): 'a correction box at the top of the story kept in the body (labelling choice)',
    ('e-newspack-cityhall', 'body_first'): "a newsletter post's italic welcome line with its sign-up link opens the body (labelling choice)",
    ('e-pubmedia-collab-flood', 'body_first'): "an italic collaboration note ('This story is a collaboration between ...') opens the body (no dev page prints one; the nearest, a republication note, is text to zyte's dev labels)",
    ('e-pubmedia-collab-flood', 'not_in_body'): 'an italic collaboration note opening the story kept in the body',
    ('e-republished-cc-ballot', 'body_last'): "a Creative Commons republication note closing the story kept as the last paragraph (labelling choice: zyte's dev labels keep a closing republication note, sciencealert.com 'This article was originally published by ...', livescience.com 'Originally published on ...')",
    ('e-republished-cc-ballot', 'not_in_body'): 'a Creative Commons republication note kept in the body (labelling choice, as body_last)',
    ('f-vn-durian', 'body_first'): 'a standfirst (the description) repeated before the story opens the body',
    ('f-vn-durian', 'not_in_body'): 'a standfirst repeated before the story kept in the body',
}

SET = "blind36"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind36_page(name, field):
    check(SET, name, field)


def test_blind36_expectations_complete():
    assert_expectations_complete(SET, 16)
