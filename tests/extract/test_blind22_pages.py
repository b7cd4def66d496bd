"""Twenty-second blind set: sixteen hand-written pages, written late in the twenty-first
round to measure the round's merged tree on pages nobody tuned it on.

The pages under tests/fixtures/blind22/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight Spanish- and
Portuguese-language news pages from Latin America (a Mexican national daily, an Argentine
daily's paywall, a Colombian regional paper on WordPress, a Chilean broadcaster, a Brazilian
portal, a Brazilian regional paper, a Peruvian business outlet on Drupal, a Uruguayan
digital-native on Next.js) and eight English-language pages from Africa and Asia (a Nigerian
daily on WordPress, a Kenyan national paper, a South African news site, a Ghanaian portal in a
table layout, a Singaporean broadcaster, a Philippine daily, a Pakistani daily, a Malaysian
business outlet). Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``c-`` and ``d-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07 (01:57 UTC): 111 of 128 page-field tests passed on the round's
start bb1e967, 112 on ``main`` 358a681 (the round's merges but the last speed branch, which
changes no output); the one gained is d-gh-cocoa's caption (s21-captions' archive mark). s21c-meta22 adds
two (c-cl-tv's authors: a role line in an inline element of its own; d-ph-classrooms'
caption: source words and label before a slash): 120 of 128 merged with main 29d1c08. The failures are strict xfails in KNOWN_GAPS below. Worked on in the round's third wave:
s21c-body22 (a paywall offer box with a longer title, a closing heading with no story after
it, a print-edition stamp) and s21c-meta22 (a role line in its own span beside the name, a
source label before a credit's slash): 120.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("c-br-regional", "authors"): ("labelling choice: the desk ('Da Redação', read 'Redação') given when no "
                                   "person is named, as the development labels name desks (revistaforum.com.br "
                                   "'Redação', diariobahiadecadiz.com 'Redacción', erfolg-magazin.de 'Redaktion')"),
    ("c-br-regional", "body_last"): "the closing source line ('*Com informações da Agência Brasil') kept: "
                                    "no dev page of any corpus prints a Spanish or Portuguese source "
                                    "line, and the labels keep the English ones ('Source:', "
                                    "'contributed to this report'), so it is left",
    ("c-cl-tv", "body_last"): "the closing source line ('Con información de AFP.') kept (left: as "
                              "c-br-regional's)",
    ("c-co-wordpress", "authors"): ("labelling choice: the desk 'Redacción Metropolitana' (byline, meta and "
                                    "Yoast Person) given when no person is named, as the development labels "
                                    "name desks"),
    ("c-mx-diario", "body_last"): "the closing source line ('Con información de EFE') kept (left: as "
                                  "c-br-regional's)",
    ("d-gh-cocoa", "body_first"): "the section and date line ('Business News of Thursday, ...') opens the "
                                  "body: the L3S labels keep the date lines that open 17 dev pages' "
                                  "bodies (a short line ending in a full date: 14 worse, 3 better "
                                  "left out), so it is left",
    ("d-gh-cocoa", "not_in_body"): "the section and date line ('Business News of Thursday, ...') opens the "
                                   "body (left: as body_first)",
    ("d-pk-smog-schools", "authors"): ("labelling choice: the JSON-LD author, an Organization (the paper), given "
                                       "where the byline names a desk ('Staff Correspondent'); the development "
                                       "labels give the organisation or the desk on such pages, never []"),
}

SET = "blind22"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind22_page(name, field):
    check(SET, name, field)


def test_blind22_expectations_complete():
    assert_expectations_complete(SET, 16)
