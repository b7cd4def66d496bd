"""Twentieth blind set: sixteen hand-written pages, written during the twentieth round to
measure the round's tree on pages nobody tuned it on.

The pages under tests/fixtures/blind20/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English news pages
of small and mid-sized outlets (a US local daily on BLOX / TownNews, a nonprofit hyperlocal
on Newspack, an Indian portal with heavy ads, an Australian regional paper, a UK trade
publication behind a registration wall, a student paper on WordPress, a wire story on a
local TV station's site, a city magazine's long feature) and eight German-language regional
and special-interest pages (a regional daily's paywalled story, a city magazine, an IT trade
portal, an Austrian regional broadcaster, a Swiss local paper, a motoring magazine's test, a
consumer portal's advice article, a business paper's interview). Content, people and sites
are invented (.example domains), but for one real car model. Each expectation's ``note``
says what the page tests and which judgement calls were made.

Measured blind on 2026-12-06 (23:05 UTC) on ``main`` 438c50d (the twentieth round's tree,
its first two waves merged; none of their rules was written with this set in view): 112 of
128 page-field tests passed (0.875); on the round's start a092c6d the same 112 and the same
16 failures. The failures are strict xfails in KNOWN_GAPS below, each with its reason; a fix
makes its xfail pass, which fails the run until the mark is removed (docs/evaluation.md,
"Blind pages"). Worked on in the round's third wave: s20c-body20 left out z-regionaldaily's
subscription offer (a closing offer box titled by a paragraph, inside a wrapper) and
z-regionalbroadcast's programme notice (a named box under its own title among the bare
paragraphs); s20c-meta20 gave up y-citymag-ferry-feature's photographer (a name linked after
"Photography by"): 115. Mended in the twenty-fourth round (s24e-meta31): y-blox-county-bridge's
photographer credit (a byline-classed element closing the figcaption is the picture's credit,
the convention a second blind writer's BLOX page showed too; ``newscrawl.extract.images``).

Every page is extracted once, with the generic extractor only, and each field is one test
(``y-`` and ``z-`` name the writer), as ``tests/blind_sets.py`` describes.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("y-citymag-ferry-feature", "headline"): ("the deck (og:title's wording) given instead of the printed "
                                               "headline. Left: the one dev page with no JSON-LD, an og:title "
                                               "outside <title> and an h1 equal to <title> (in fundus-dev) is "
                                               "labelled with og:title"),
    ("y-citymag-ferry-feature", "captions"): "the first picture's caption not found",
    ("y-india-potholes", "not_in_body"): "a box's line inside the story kept",
    ("y-student-shuttle", "not_in_body"): "the pull quote's speaker line kept",
    ("z-business-interview", "body_last"): "the interviewee's 'Zur Person' box after the interview kept",
    ("z-business-interview", "not_in_body"): "the interviewee's 'Zur Person' box after the interview kept",
    ("z-consumer", "published"): ("the printed 'Stand:' date (a revision) given; the first publication is only "
                                  "in the structured data. Left: on dev the one page printing an update-labelled "
                                  "date over an earlier structured publication ('Updated', in trafilatura-dev "
                                  "and htmldate-dev) is labelled with the update day, and the dev "
                                  "pages printing 'Stand:' (three sites) are labelled with that date"),
    ("z-motortest", "headline"): ("a kicker before a colon kept. Left: the dev pages whose structured headline "
                                   "is a kicker, a colon and the h1 (two, in fundus-dev and trafilatura-dev) have "
                                   "one-word kickers and are right already; none has a kicker longer than the "
                                   "section-label limit, so a widened cut would change no dev page"),
    ("z-regionalbroadcast", "body_first"): ("labelling choice: the bold lead paragraph in its own block before the "
                                            "story is body here; the writer calls it a standfirst"),
    ("z-regionalbroadcast", "not_in_body"): ("labelling choice: the bold lead paragraph kept (see body_first); "
                                             "the programme notice is out"),
    ("z-swisslocal", "headline"): ("og:title's wording given instead of the printed headline. Left: on dev the "
                                    "pages whose structured headline <title> holds while a differing h1 is a "
                                    "headline are labelled with the h1 in trafilatura-dev (four) and with the "
                                    "structured one in fundus-dev (two)"),
}

SET = "blind20"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind20_page(name, field):
    check(SET, name, field)


def test_blind20_expectations_complete():
    assert_expectations_complete(SET, 16)
