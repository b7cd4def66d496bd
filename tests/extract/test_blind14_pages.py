"""Fourteenth blind set: sixteen hand-written pages of small and mid-size sites, written during
the seventeenth round.

The pages under tests/fixtures/blind14/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets. The set follows where the
held-out parts of the corpora still fall behind (headlines beside section labels, logos and
social titles; captions in every CMS's markup; bylines of small sites; competing dates):
eight English-language pages (a US county paper on a BLOX-like template, a UK local weekly of
a regional group, a Nigerian WordPress news portal, an Australian Landcare group on Drupal, a
B2B trade title on a Brightspot-like template, a university news office on Hugo, a hobby blog
on classic Blogger, a wire distribution press release) and eight of small sites in eight
other languages (a French local radio on WordPress, an Argentine daily on Joomla with K2, an
Italian diocesan weekly on Drupal, a Brazilian city portal on WordPress, a Flemish local site
on TYPO3, a Polish county portal in a table layout, a Swedish local paper on Labrador CMS, an
Indonesian portal on Blogger); ten of the sixteen without structured data. Content, people
and sites are invented (.example domains). Each expectation's ``note`` says what the page
tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``w-`` and ``x-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-06 (14:27 UTC) with the sixteenth round's extractor (``main``
a50df43): 114 of 128 page-field tests passed (0.891); kept from every first-wave helper of
the round and measured on its merge: 116 (the county paper's headline over its deck, the
Nigerian portal's lightbox caption). Then worked on in the round's second wave (s17b-body14,
s17b-meta14: conventions counted on the development parts or documented, docs/evaluation.md):
125. The failures are strict xfails in KNOWN_GAPS below, each with its reason; a fix makes
its xfail pass, which fails the run until the mark is removed (docs/evaluation.md, "Blind
pages").
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("w-press-release", "authors"): "the issuing company's name taken for an author",
    ("x-pl-powiat-porodowka", "authors"): "'Autor: Name (AW)' in the table layout not read",
    ("x-pl-powiat-porodowka", "captions"): "the caption in a table cell under the photo (td.podpis) read with its credit glued on ('rokufot.': no space where a <br> parts them)",
}

SET = "blind14"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind14_page(name, field):
    check(SET, name, field)


def test_blind14_expectations_complete():
    assert_expectations_complete(SET, 16)
