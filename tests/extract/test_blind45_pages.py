"""Forty-fifth blind set: sixteen hand-written pages, written at the start of the
twenty-seventh round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind45/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
local and regional news pages of today's stacks (a US daily on BLOX/TownNews, a UK regional on
a Reach-style stack, an Australian regional on Arc XP, an Indian English daily, an Irish weekly
on WordPress's Newspaper theme, a Canadian community paper on Drupal, a public-radio story on
Grove, a Substack-style newsletter post) and eight pages built with front-end stacks whose
class names carry no role words (Next.js CSS modules, styled-components, Emotion, Tailwind,
Nuxt, Astro, Gatsby, SvelteKit; English, German and Spanish).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``w-`` and ``x-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 116 of 128 page-field tests passed on ``main`` 9707f9e6 (18:09 UTC,
the twenty-sixth round's merged tree). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s28-bbody): w-wp-kilcoranchampion authors, body_last and not_in_body (the
"Contributed by <Name>, PRO, <Club>" line under the story: "contributed by" joins the byline
lead-ins, authors.LEAD_INS, so the line leaves the body as a closing byline; the extractor's
closing_credit keeps the names before a role's abbreviation in capitals, and
_credited_over_account takes that credit over the structured data's one-word account,
"Newsdesk"). Left (s28-bbody): x-astro-culture's exhibition facts box (an unnamed block of a
bold title and a venue line after the story: nothing but its wording marks it).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('w-drupal-boundarygazette', 'authors'): 'a commenter\'s "Submitted by" user name taken where the byline says "Staff report"',
    ('x-astro-culture', 'headline'): 'the shortened structured headline taken where the printed h1 is longer',
    ('x-astro-culture', 'body_last'): 'the exhibition facts box after the story kept as the last paragraph (an unnamed div of a bold title and a venue line: no class, heading or role marks it, and no dev page closes a story with such a box)',
    ('x-astro-culture', 'not_in_body'): 'the exhibition facts box kept in the body (as body_last)',
    ('x-nextjs-national', 'headline'): 'the structured headline taken where the printed h1 differs',
    ('x-nuxt-sports', 'headline'): 'the structured headline taken where the printed h1 differs (it equals the alternativeHeadline)',
    ('x-nuxt-sports', 'captions'): 'the photographer credit in its own span inside the figcaption left on the caption',
    ('x-styled-tech', 'headline'): 'the JSON-LD headline taken where the printed h1 and og:title agree on another',
    ('x-tailwind-startup', 'headline'): 'the shortened structured headline taken where the printed h1 is longer',
}

SET = "blind45"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind45_page(name, field):
    check(SET, name, field)


def test_blind45_expectations_complete():
    assert_expectations_complete(SET, 16)
