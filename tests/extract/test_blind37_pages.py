"""Thirty-seventh blind set: sixteen hand-written pages, written during the twenty-fifth round
and opened after its second wave was merged, to measure that tree on pages nobody tuned it on.

The pages under tests/fixtures/blind37/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight pages of the big
English-language news sites of today (a UK broadsheet and a tabloid, a US national paper and a
cable-news site, Australian, Canadian and Irish national sites, a South Asian portal) and eight
pages of the German, Austrian, Swiss, Dutch, Flemish and French big platforms. Content, people
and sites are invented (.example domains). Each expectation's ``note`` says what the page tests
and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``g-`` and ``h-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 114 of 128 page-field tests passed on ``main`` 025e387 (13:21 UTC:
the round's second wave merged), against 111 on the round's start (04d0968): the round's rules,
written before the set, turned three of its tests. The failures are strict xfails in KNOWN_GAPS
below.

Fixed since (s25f-meta37): the writers a byline block prints beyond the structured data's
(``g-ca-national``: each writer in a name element of the block's own with a role beside it,
no joint between; ``g-us-cable``: a byline element with its own name elements inside, the
third name with the network's after it) complete the structured names
(:func:`newscrawl.extract.markup.in_one_byline_block`, the screen's repeated name element).

Fixed since (s25f-body37): two reporting credits closing the story are left out of the body
as the reporting credits already were: the Canadian Press's "With reports from <agency>"
(g-ca-national) and "Additional reporting: <Name>" with a label colon (g-ie-national). A
question put to the reader and answered with buttons ("Cet article vous a-t-il été utile ?",
yes / no) is a control block, left out as an open poll is, whatever its name
(h-ouest-sardine, body_last and not_in_body). A first line made of the page's authors' names
alone, the first with the reporter's place and role in brackets, no lead-in ("<Name>
(<place> (<dept>), envoyée spéciale) et", the second name a link left out), is the byline,
no paragraph (h-fr-maternites, body_first).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('g-au-national', 'headline'): "the printed h1 going on past a shorter social title ('... as Murray reserves sink') not taken: the continuation rule asks <title> to state the h1 whole, and here <title> is a third wording; every dev page whose h1 goes on past og:title (four, of fundus-dev and trafilatura-dev) has <title> stating the h1, so no dev page shows this shape",
    ('g-sa-portal', 'captions'): "a caption's closing '(File photo)' cut as a credit (labelling choice: the writer keeps it in the caption; no dev caption of fundus-dev holds such a note either way)",
    ('h-ouest-sardine', 'headline'): "a place kicker inside the h1 ('Lorient. ') kept in the headline: og:title and <title> state it too, and where og:title opens with the h1's kicker element the dev labels keep the kicker (six of seven dev pages, fundus-dev and trafilatura-dev); no dev page of that paper",
    ('h-spiegel-bahn', 'headline'): "the kicker prefixed in <title> and the JSON-LD headline ('Haushaltsstreit: ...') kept (structured against printed: the dev labels split, one page each way where the JSON-LD headline is og:title after a kicker; the kicker is printed above the headline here too)",
    ('h-vl-tunnel', 'authors'): "'Redactie: Nieuwsnet Antwerpen, bron: Belga': the newsroom's name given as the author (the dev labels name desks that are the only credit)",
    ('h-vl-tunnel', 'body_first'): 'a standfirst (the lead) opens the body (labelling choice: the dev labels keep a standfirst running into the story)',
    ('h-vl-tunnel', 'not_in_body'): 'the standfirst and a pull quote kept in the body',
}

SET = "blind37"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind37_page(name, field):
    check(SET, name, field)


def test_blind37_expectations_complete():
    assert_expectations_complete(SET, 16)
