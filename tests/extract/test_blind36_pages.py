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
    ('e-factcheck-crime', 'body_first'): "a fact-check's 'If Your Time is short' summary box opens the body",
    ('e-factcheck-crime', 'body_last'): "the editor credit ('Edited by ...') after the ruling kept as the last paragraph",
    ('e-factcheck-crime', 'not_in_body'): 'the summary box and the editor credit kept in the body',
    ('e-investigative-nursing', 'body_last'): "a research credit ('<Name> contributed research.') after the story kept as the last paragraph",
    ('e-investigative-nursing', 'not_in_body'): 'the methodology note and the research credit after the story kept in the body',
    ('e-metro-arc-transit', 'body_first'): 'a correction box at the top of the story opens the body (labelling choice: dev labels keep corrections as text)',
    ('e-metro-arc-transit', 'not_in_body'): 'a correction box at the top of the story kept in the body (labelling choice)',
    ('e-newspack-cityhall', 'body_first'): "a newsletter post's italic welcome line with its sign-up link opens the body (labelling choice)",
    ('e-pubmedia-collab-flood', 'body_first'): "an italic collaboration note ('This story is a collaboration between ...') opens the body",
    ('e-pubmedia-collab-flood', 'not_in_body'): 'an italic collaboration note opening the story kept in the body',
    ('e-republished-cc-ballot', 'body_last'): 'a Creative Commons republication note closing the story kept as the last paragraph',
    ('e-republished-cc-ballot', 'not_in_body'): 'a Creative Commons republication note kept in the body',
    ('e-statewide-water', 'body_last'): "a funding disclosure ('Disclosure: ... financial supporters of ...') closing the story kept as the last paragraph",
    ('e-statewide-water', 'not_in_body'): 'a funding disclosure closing the story kept in the body',
    ('f-cn-metro', 'not_in_body'): 'an image caption paragraph inside the body container kept in the body',
    ('f-id-beras', 'body_last'): "an editor credit ('Editor: <Name>') after the story kept as the last paragraph",
    ('f-id-beras', 'not_in_body'): 'an editor credit after the story kept in the body',
    ('f-kr-birthrate', 'body_last'): "an editor credit ('편집 : <Name>') after the story kept as the last paragraph",
    ('f-kr-birthrate', 'not_in_body'): "the reporter's e-mail line and the editor credit kept in the body",
    ('f-tw-rice', 'body_last'): "an editor tag ('（編輯：<Name>）<code>') after the story kept as the last paragraph",
    ('f-tw-rice', 'not_in_body'): 'an editor tag after the story kept in the body',
    ('f-vn-durian', 'body_first'): 'a standfirst (the description) repeated before the story opens the body',
    ('f-vn-durian', 'not_in_body'): 'a standfirst repeated before the story kept in the body',
}

SET = "blind36"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind36_page(name, field):
    check(SET, name, field)


def test_blind36_expectations_complete():
    assert_expectations_complete(SET, 16)
