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

Fixed since (s28-bhead): an h1 that goes on past the one shortened headline the JSON-LD,
og:title and ``<title>`` all state, after a colon or a lower-case word, is the headline
(x-astro-culture headline); a social title closing with a sign ("by 71%") is continued past
it by the h1 and ``<title>`` that go on (x-tailwind-startup headline); a photographer's name
alone in an element after a caption sentence written as loose text is the credit
(x-nuxt-sports captions). A comment's "Submitted by <user>" line inside the node's article
names no author (w-drupal-boundarygazette authors: the commenter is no longer taken; the
JSON-LD's organisation author now is, where the labels give none for "Staff report").
The headline xfails left (x-nextjs-national, x-nuxt-sports, x-styled-tech) are choices the
dev labels do not make one way: where the printed h1 rewords the headline all the other
copies agree on, 3 dev sites' labels follow the h1 and 3 the copies; where og:title sides
with the h1 against a JSON-LD headline that ``<title>`` repeats, 2 of 3 follow the JSON-LD
one; and of the 19 dev pages whose JSON-LD states an alternativeHeadline, none prints it as
its h1 against a different headline (x-nuxt-sports's shape is unseen there).
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
    ('w-drupal-boundarygazette', 'authors'): 'the JSON-LD\'s organisation author taken where the byline says "Staff report" (the labels give no author; the extractor gives the desk\'s organisation where no person is named)',
    ('x-astro-culture', 'body_last'): 'the exhibition facts box after the story kept as the last paragraph (an unnamed div of a bold title and a venue line: no class, heading or role marks it, and no dev page closes a story with such a box)',
    ('x-astro-culture', 'not_in_body'): 'the exhibition facts box kept in the body (as body_last)',
    ('x-nextjs-national', 'headline'): 'the structured headline taken where the printed h1 rewords it (the dev labels split: 3 sites follow such an h1, 3 the copies)',
    ('x-nuxt-sports', 'headline'): 'the structured headline taken where the printed h1 differs (it equals the alternativeHeadline: of 19 dev pages stating one, none prints it as the h1 against another headline)',
    ('x-styled-tech', 'headline'): 'the JSON-LD headline taken where the printed h1 and og:title agree on another (the dev labels split, 2 of 3 sites with the JSON-LD one)',
}

SET = "blind45"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind45_page(name, field):
    check(SET, name, field)


def test_blind45_expectations_complete():
    assert_expectations_complete(SET, 16)
