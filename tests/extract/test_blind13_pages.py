"""Thirteenth blind set: sixteen hand-written pages of small and regional sites, written during
the sixteenth round.

The pages under tests/fixtures/blind13/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets. The set follows where the
held-out parts of the corpora fall behind (German small sites, pages without structured data):
eight German-language pages (a TYPO3 weekly, a regional daily behind a paywall, a sports club
on Joomla, a WordPress beekeeping blog with comments, an Austrian Blogspot hiking blog, a town
hall's press release on Contao, a Swiss local portal of hashed classes, an Austrian hobby
magazine in a FrontPage table layout) and eight more of small sites in eight languages
(French on SPIP, Spanish on Joomla, Dutch on Next.js, a Polish city portal, an Italian parish
in an ASP table layout, a Brazilian WordPress portal, a Swedish association's press release on
Drupal, a Turkish news portal); ten of the sixteen without structured data, ten with a hard
publication date. Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``u-`` and ``v-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-06 (11:39 UTC) with the fifteenth round's extractor (``main``
820c42b): 94 of 128 page-field tests passed (0.734); kept from every helper of the round
and measured on its merge: 95 (the hobby magazine's closing "Text und Fotos: Name" credit,
read by a German lead-in that s16-authors added from the language's conventions). Then worked
on in the round's second wave (s16-body13, s16-meta13: conventions counted on the development
parts, docs/evaluation.md): 107. The
failures are strict xfails in KNOWN_GAPS below, each with its reason; a fix makes its xfail
pass, which fails the run until the mark is removed (docs/evaluation.md, "Blind pages").

Fixed since (s25c-body34): the paywall's box after the visible paragraph (a title, the
offer's line and a button to the offer's page) is an offer box by its structure
(``newscrawl.extract.body.boxes.is_offer_box``): u-regionalzeitung-paywall body_last,
not_in_body.

Fixed since (s25-census): u-contao-rathaus body_last and not_in_body (the press office's
contact card after the release, short lines parted by <br> with a telephone number and an
e-mail address, and its heading right before it: newscrawl/extract/body/boxes.py,
contact_cards).

Fixed since (s26d-body43): v-fr-spip-gazette body_first and not_in_body, and
v-sv-drupal-pressmeddelande body_first (a block named like a standfirst, printed in the same
markup as the text block before it, is not gathered as a part of the story: the standfirst
rules judge it; newscrawl/extract/body/container.py, is_named_lead).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("u-joomla-sportverein", "authors"): "Joomla's 'Geschrieben von' names a role; the writer's name with a short code closing the story not read",
    ("u-joomla-sportverein", "body_first"): "that caption opens the body",
    ("u-joomla-sportverein", "body_last"): "the closing 'Name (code)' signature kept as the last paragraph",
    ("u-joomla-sportverein", "not_in_body"): "the closing signature kept in the body",
    ("u-tabellen-modellbahn", "headline"): "no <h1>: the headline in a <font> element not found; the <title>'s short form taken",
    ("u-tabellen-modellbahn", "body_first"): "the breadcrumb line opens the body of loose table text",
    ("u-tabellen-modellbahn", "not_in_body"): "the 'Text und Fotos: Name' credit line kept in the body (the date line after it leaves)",
    ("v-it-parrocchia-notizie", "authors"): "a closing signature 'don Name, parroco' not read",
    ("v-it-parrocchia-notizie", "published"): "the concert date in the text taken over 'Inserita il 21/10/2026' after the story",
    ("v-it-parrocchia-notizie", "body_last"): "the closing signature 'don Name, parroco' kept as the last paragraph (the 'Inserita il' date line after it leaves)",
    ("v-sv-drupal-pressmeddelande", "body_last"): "the contact block and the 'Om föreningen' boilerplate inside the body field kept",
    ("v-sv-drupal-pressmeddelande", "not_in_body"): "contact and boilerplate kept in the body",
    ("v-tr-haber-portali", "body_last"): "the agency sign-off 'NAME/PLACE,(AGENCY)' kept as the last paragraph",
    ("v-tr-haber-portali", "not_in_body"): "the agency sign-off kept in the body",
}

SET = "blind13"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind13_page(name, field):
    check(SET, name, field)


def test_blind13_expectations_complete():
    assert_expectations_complete(SET, 16)
