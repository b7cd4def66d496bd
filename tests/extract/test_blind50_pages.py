"""Fiftieth blind set: sixteen hand-written pages, written at the start of the
twenty-ninth round and kept from every fixer of that round as its unseen measure.

The pages under tests/fixtures/blind50/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight English-language
article formats that are not a plain news story (a Q&A interview on Newspack, an opinion column
with a large author box and a disclaimer on Arc XP, an obituary with a life-dates line on
Drupal, a film review with a rating and credits box on Next.js, an explainer with "Key
takeaways" and a Yoast FAQ block, a data story with chart embeds on Ghost, a story with a
correction appended on Brightspot, a wire story syndicated on BLOX) and eight news pages in
European languages less often tested (Greek, Ukrainian, Danish, European Portuguese, Catalan,
Slovak, Croatian, Lithuanian).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``g-`` and ``h-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-08: 120 of 128 page-field tests passed on ``main`` 3683413f (00:19 UTC,
the twenty-eighth round's merged tree). The failures are strict xfails in
KNOWN_GAPS below.

Fixed since (s30-b49body): g-wire-syndicated body_first and not_in_body (a short note that
this story was updated, boilerplate.UPDATE_NOTE, left out where it closes the story, is left
out where it opens it too: body.paragraphs.without_opening_disclosure,
is_opening_update_note).
Left (s30-b49body): g-correction-news body_last and not_in_body, the correction appended
after the story: a labelling choice against the dev labels, which keep the one closing
correction on a dev page (zyte: slate.com's errata block, "Correction, Nov. 15, 2019: This
article originally misidentified ..."). h-lithuanian-custom body_first and not_in_body, the
bold p.article__lead inside articleBody: a lead *classed* paragraph differs from a merely
bold one in no dev label; the dev labels keep every lead-classed opening paragraph that sits
beside the story's paragraphs (22 labelled pages of 10 sites, every corpus, among them LRT's
Lithuanian p.text-lead; none left out).
Fixed since (s30-b49meta): g-film-review captions (a caption's element closing with a stop
inside a single quote, "... 'The Salt Orchard.'", gets a space before the credit's element after
it: markup._needs_space; and a credit written on after a stop inside a closing quote is split
off: images.CREDIT_PATTERNS "after-sentence"); g-wire-syndicated authors (a news service's
name after the writers' without a comma, "... and Tobias Njoroge Continental News Service", is
the wire's underline, no part of the last name: authors._name_before_news_service; and the
visible byline's names are given where the JSON-LD writes the same names wholly in capitals,
the wire's style: extractor._printed_case_over_capitals).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('g-correction-news', 'body_last'): 'the "Correction: An earlier version ..." note after the story (below an <hr>) kept as the last paragraph (the dev labels keep a closing correction: a labelling choice)',
    ('g-correction-news', 'not_in_body'): 'the correction note kept in the body',
    ('h-lithuanian-custom', 'body_first'): 'the bold lead paragraph (p.article__lead) inside the body opens it (the writer flagged it as a judgement call; the dev labels keep a lead-classed opening: a labelling choice)',
    ('h-lithuanian-custom', 'not_in_body'): 'the lead paragraph kept in the body',
}

SET = "blind50"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind50_page(name, field):
    check(SET, name, field)


def test_blind50_expectations_complete():
    assert_expectations_complete(SET, 16)
