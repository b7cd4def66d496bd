"""Tenth blind set: sixteen hand-written news pages, written during the thirteenth round.

The pages under tests/fixtures/blind10/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: English-language pages
of a US regional chain paper, a UK regional, an Australian metro masthead of hashed
classes, a small South African site, a Singapore broadcaster, a political newsletter on
Substack, a football site in an old table layout and a science site; and French, German,
Flemish, Czech (a table layout), Finnish (hashed classes), Colombian, Egyptian Arabic and
Japanese news sites, most with the story split across containers by ads, promos or a
paywall wrapper. Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``o-`` and ``p-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-06 (04:30 UTC) with the twelfth round's extractor (``main``
c4ab87d) and with the thirteenth round's first wave (m13): 107 of 128 page-field tests
passed (0.836), the same tests; kept from every helper of the round, then measured on the
round's final merge (04:55 UTC): 107, the same tests again. The failures are strict xfails
in KNOWN_GAPS below, each with its reason; a fix makes its xfail pass, which fails the run
until the mark is removed (docs/evaluation.md, "Blind pages").

Fixed since (s24e-body31, a local reporting fund's credit line closing the story): o-valleypost-council body_last and not_in_body.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("o-straitscast-hawker", "body_first"): "the standfirst opens the body before the story's dateline paragraph",
    ("o-substack-midterms", "headline"): "the headline's curly apostrophe written straight (the thirteenth round's fix keeps the h1's quotes on WordPress pages only; this is Substack)",
    ("o-touchline-porto", "headline"): "a kicker with a colon ('PRIMEIRA LIGA:') kept before a table layout's headline",
    ("o-touchline-porto", "authors"): "an agency after the name ('Name, Agence France-Presse in Porto') kept as a name (the corpora's labels keep it)",
    ("p-ar-eg", "authors"): "an Arabic byline label ('كتب') before the name not read",
    ("p-cs-table", "headline"): "a table layout without h1, whose <title> names only the site: a section line taken for the headline",
    ("p-cs-table", "authors"): "a table layout's byline not found",
    ("p-de-regional", "body_last"): "an 'Aktualisiert: ...' line closing the container kept as the last paragraph",
    ("p-de-regional", "not_in_body"): "the update line kept in the body",
    ("p-es-co", "body_last"): "a closing WhatsApp channel invitation kept as the last paragraph",
    ("p-es-co", "not_in_body"): "the WhatsApp invitation kept in the body",
    ("p-fr-regional", "headline"): "a town kicker with a full stop ('Angers.') kept before the headline (the <title> and JSON-LD carry it)",
    ("p-ja-national", "captions"): "a Japanese photographer's credit ('、...撮影') not split off the caption",
    ("p-nl-be", "body_first"): "the standfirst opens the body",
    ("p-nl-be", "not_in_body"): "the standfirst kept in the body",
}

SET = "blind10"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind10_page(name, field):
    check(SET, name, field)


def test_blind10_expectations_complete():
    assert_expectations_complete(SET, 16)
