"""Twenty-ninth blind set: sixteen hand-written pages, written during the twenty-fourth round
to measure the round's merged tree on pages nobody tuned it on.

The pages under tests/fixtures/blind29/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight news pages of the wider
world in its own languages (an Indonesian portal, a Turkish daily, a Vietnamese online paper, a
Hindi site, a Thai WordPress site, a Tanzanian Swahili paper, a Filipino broadcaster in Taglish, a
Polish regional portal) and eight pages whose markup says one thing and the page another (a
template's leftover JSON-LD, a section name as og:title, the CMS user as meta author, a
datePublished that is the last edit, a UTC time whose printed local day differs, articleBody
around the whole page, the headline in an h2 under a logo h1, alt text that differs from the
printed caption). Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``q-`` and ``r-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 110 of 128 page-field tests passed on the round's start 30f1192
(09:50 UTC) and the same 110 on the merge of the round's first wave d05edbb (09:56 UTC; the
first wave reached none of it). The failures are strict xfails in KNOWN_GAPS below.

Passed since, and out of KNOWN_GAPS: q-tl-bantay's body_last and not_in_body (s24c-body29:
the desk's code after a dash, with the outlet's name, signs the story and closes no body),
q-vi-tinnhanh's body_last (s24c-body29: the joint signature of the page's authors under the
story is their field), q-sw-sautipwani's body_first and not_in_body (s24c-body29: a
standfirst-named box drawn as a list of points opens no story).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('q-hi-khabarlok', 'headline'): 'a shorter headline (a word prefix of the printed h1, cut before its comma clause) taken over the h1',
    ('q-sw-sautipwani', 'authors'): "the Swahili by-word 'Na' ('Na <Name>') kept as part of the name",
    ('q-th-khaoklang', 'authors'): "the site's online desk given as a person",
    ('q-vi-tinnhanh', 'body_first'): 'the standfirst (its dateline place glued to it) opens the body: a labelling choice, it runs straight into the story, where the Fundus and trafilatura labels keep a lead (the standfirst rule); no Vietnamese dev page',
    ('q-vi-tinnhanh', 'not_in_body'): 'the standfirst kept in the body (a labelling choice, as body_first)',
    ('r-joomla-clubhouse', 'authors'): "the CMS user of the meta author ('admin') given; the story's own first line 'By <Name> and <Name>' not read",
    ('r-spip-four-banal', 'authors'): "the reader forum's posters added to the byline's author",
    ('r-spip-four-banal', 'body_first'): "the bold lead (SPIP's chapo) opens the body: a labelling choice, the trafilatura-dev labels keep the chapo as text on both SPIP dev sites",
    ('r-spip-four-banal', 'not_in_body'): "the bold lead (SPIP's chapo) kept in the body (a labelling choice, as body_first)",
    ('r-squarespace-wood-kiln', 'published'): 'an itemprop datePublished on the wrong element taken over the date the post prints',
    ('r-typo3-freibad', 'published'): "the structured datePublished (the last edit) taken over the printed 'Veröffentlicht am' day and time",
    ('r-wp-hardware-close', 'authors'): "a template's leftover JSON-LD author (another article's) taken over the printed byline",
    ('r-wp-hardware-close', 'headline'): "a template's leftover JSON-LD headline (another article's) taken over the printed h1",
}

SET = "blind29"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind29_page(name, field):
    check(SET, name, field)


def test_blind29_expectations_complete():
    assert_expectations_complete(SET, 16)
