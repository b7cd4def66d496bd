"""Twenty-fourth blind set: sixteen hand-written pages, written during the twenty-second
round to measure the round's merged tree on pages nobody tuned it on.

The pages under tests/fixtures/blind24/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight pages of copy that
travels (a wire agency's own story, the same kind of story on a partner paper's site, a
French agency dispatch on a portal, a German agency report on a regional portal, a UK local
paper running a national agency's copy, a press-release wire's page, a ministry's press
office, a university's news office) and eight magazine and special-interest pages (a
long-form feature, a science news piece, a German match report, a business magazine's
metered paywall, an entertainment story with a gallery, a laptop review, a French food
magazine with a recipe card, a travel feature). Content, people and sites are invented
(.example domains). Each expectation's ``note`` says what the page tests and which
judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``g-`` and ``h-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07 (04:27 UTC): 109 of 128 page-field tests passed on the round's
start 3788df3 and the same 109 on ``main`` b92df7c (the round's first merges: headlines,
dates, footnotes and Ghost's callout card). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (branch s22c-meta24): g-wire-partner authors (the Associated Press's byline
underline glued to a capitals name is cut, ``authors._without_wire_underline``) and
h-travel-map headline (an og:title cut at a comma yields to the h1 and ``<title>`` that state
the whole, with the site's "&" read as "and" in its host name). The agency, ministry and
company authors stay as labelling choices: on the development pages the labels name an
agency, a desk or an organisation credited alone (fundus-dev, trafilatura-dev).

Fixed since (branch s22c-body24): the agencies' closing lines, g-afp-fr body_last / not_in_body
(AFP's desk signature with the service's code hyphened before the writer's) and g-dpa-de
body_last / not_in_body (dpa-infocom's feed line with the item's identifier, no copyright sign).
g-pr-release body_first: the release's first paragraph, its block named for the dateline it
opens with, is read as text when it runs on into a sentence.
h-science-news body_last / not_in_body: the reference of the study the story reports, in the
author-date form of the APA and Harvard styles, taken off the story's end.

118 of 128 on the round's merged tree (2026-12-07, 05:05 UTC); the ten left are strict xfails
below, eight of them labelling choices against the development labels' conventions.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('g-afp-fr', 'authors'): "labelling choice: the agency ('Par Horizon Infos avec AFP') given as the author where the page names no person, as the dev labels name agency-only credits",
    ('g-dpa-de', 'authors'): "labelling choice: the agency ('Von dpa') given as the author where the page names no person, as the dev labels name agency-only credits",
    ('g-gov-ministry', 'authors'): 'labelling choice: the issuing department given as the author where the page names no person, as the dev labels name an organisation credited alone',
    ('g-pr-release', 'authors'): 'labelling choice: the issuing company given as the author where the page names no person, as the dev labels name an organisation credited alone',
    ('g-pr-release', 'body_last'): "the release's contact block ends the body (a labelling choice: L3S's dev release page keeps 'About <company>', SOURCE and CONTACT)",
    ('g-pr-release', 'not_in_body'): "the release's 'About' section and contact block kept (as body_last)",
    ('g-wire-agency', 'body_first'): "the summary bullets above the story open the body (a labelling choice: Zyte's dev label keeps a summary list opening the text; Fundus's body truth opens with the summary)",
    ('h-food-recipe', 'body_last'): "the recipe card after the story ends the body (a labelling choice: two trafilatura-dev sites label WP Recipe Maker card text as main text)",
    ('h-tech-review', 'body_last'): 'the spec table after the verdict ends the body (no dev review page with a spec table or verdict box to learn from)',
    ('h-tech-review', 'not_in_body'): 'the spec table and verdict box kept',
}

SET = "blind24"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind24_page(name, field):
    check(SET, name, field)


def test_blind24_expectations_complete():
    assert_expectations_complete(SET, 16)
