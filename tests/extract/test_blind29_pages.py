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

s24c-meta29: the Swahili by-word "Na" before the writer's name is stripped (q-sw-sautipwani
authors) and the CMS account's login "admin" names no one, so the story's own "By A and B"
line gives the authors (r-joomla-clubhouse authors). A JSON-LD headline that is a word prefix
of the whole the h1, og:title and <title> state gives way to it (q-hi-khabarlok headline). A
JSON-LD article node whose own URL names another article of the site and whose headline stands
apart from the h1, og:title and <title> that agree is set aside (r-wp-hardware-close headline
and authors). SPIP's readers' thread (forum-fil / forum-message) is a related block like
comments, so its posters' hCards are no authors (r-spip-four-banal authors). (A structured
publication date on the day of the printed "updated" date gave way to an earlier printed
publication date, r-typo3-freibad published, until that rule was reverted for its cost.)
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('q-th-khaoklang', 'authors'): "the site's online desk given as a person (no Thai page on dev; the Fundus labels keep a site's web desk as the author on one dev page)",
    ('q-vi-tinnhanh', 'body_first'): 'the standfirst (its dateline place glued to it) opens the body: a labelling choice, it runs straight into the story, where the Fundus and trafilatura labels keep a lead (the standfirst rule); no Vietnamese dev page',
    ('q-vi-tinnhanh', 'not_in_body'): 'the standfirst kept in the body (a labelling choice, as body_first)',
    ('r-spip-four-banal', 'body_first'): "the bold lead (SPIP's chapo) opens the body: a labelling choice, the trafilatura-dev labels keep the chapo as text on both SPIP dev sites",
    ('r-spip-four-banal', 'not_in_body'): "the bold lead (SPIP's chapo) kept in the body (a labelling choice, as body_first)",
    ('r-squarespace-wood-kiln', 'published'): 'an itemprop datePublished on the wrong element taken over the date the post prints',
    ('r-typo3-freibad', 'published'): "the structured datePublished (the last edit) taken over the printed 'Veröffentlicht am' day and time (s24c-meta29's rule for it, merged, was reverted at the round's end: it read the printed dates on every page whose dateModified equals its datePublished, about 5 % of the time on zyte and fundus-dev pages, and changed no dev page)",
}

SET = "blind29"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind29_page(name, field):
    check(SET, name, field)


def test_blind29_expectations_complete():
    assert_expectations_complete(SET, 16)
