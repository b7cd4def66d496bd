"""Thirty-fifth blind set: sixteen hand-written pages, written during the twenty-fifth round
and opened after its first wave was merged, to measure that tree on pages nobody tuned it on.

The pages under tests/fixtures/blind35/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight regional and
national papers of Southern Europe and Latin America in their languages (Italy, Portugal,
Brazil, Spain, Mexico, Argentina, French-speaking Belgium and Switzerland) and eight topical
news pages outside general news (a football report, a gadget review, a university's science
story, games news, car news in German, celebrity news, a weather service's article, a city
council's release). Content, people and sites are invented (.example domains). Each
expectation's ``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``c-`` and ``d-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 120 of 128 page-field tests passed on ``main`` 0b0fdf5 (12:46 UTC:
the round's first wave merged), the same 120 as on the round's start (04d0968). The failures
are strict xfails in KNOWN_GAPS below.

Fixed since (s25d-meta35): the printed "Mis en ligne le ..." (French: put online, the
publication) is read as the publication and "Modifié le ..." (modified) as an update, so
the page's own publication time is no longer passed over for its update time
(c-ch-cff-travaux published); a photographer's name alone in the closing element of a
caption written wholly in elements of its own is its credit, whatever the class names say
(c-es-calle-sol captions).

Fixed since (s25d-body35): d-science-news not_in_body (a fact box named by its title,
``nv-keyfacts``, set between the story's paragraphs: the fact-box class words take the
compounds of its titles, "keyfacts" and "fastfacts", as LocalGov Drupal's key-facts
template names its box); c-ch-cff-travaux body_last and not_in_body (a note closing the
story that a machine published it, with its source after it: the tagline automated
newsrooms print under such stories, as the AP's vendor documents it, this story named as
the subject and the language's "automatically" in its sentence).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('c-ch-cff-travaux', 'authors'): "'ATS' alone: the news agency given as the author (the writer labels no one; the dev labels name an agency alone as the author: fundus-dev nine.com.au, mz.de, tageblatt.lu, apnews.com)",
    ('c-mx-maiz-tortillerias', 'authors'): "'Por Redacción con información de EFE': the newsroom word 'Redacción' (JSON-LD Organization, the byline's only credit) given as the author (a labelling choice: the dev labels name the desk where it is the only credit: fundus-dev br.de, hessenschau.de; trafilatura-dev erfolg-magazin.de, tennismagazin.de, battery-news.de)",
    ('d-celebrity-news', 'not_in_body'): "an embedded X post's text (blockquote.twitter-tweet) kept in the body (the Instagram embed is already out); the dev labels contradict each other on the documented embed markup: zyte's bodies keep five such posts on three sites, fundus-dev's leave out four on two sites, trafilatura-dev lists a post as unwanted on two sites",
}

SET = "blind35"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind35_page(name, field):
    check(SET, name, field)


def test_blind35_expectations_complete():
    assert_expectations_complete(SET, 16)
