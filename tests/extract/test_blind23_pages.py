"""Twenty-third blind set: sixteen hand-written pages, written at the start of the
twenty-second round to measure the round's start on pages nobody tuned it on.

The pages under tests/fixtures/blind23/ and their expectations (expected.json) were written
blind, like the earlier sets, by two writers who read neither the extractor (newscrawl/),
the tests, the docs, the corpora nor the other sets: eight American and Canadian local news
pages on the big hosted platforms (a small daily on TownNews BLOX, a metro paper on Arc XP,
a Gannett paper, a TV station on WordPress VIP, a public radio station on Grove, an
alt-weekly on Ghost, a Postmedia paper, a nonprofit newsroom on Newspack) and eight pages
written outside the newsrooms (a Substack post, a Ghost newsletter, a Medium article, a
WordPress.com blog on a classic theme, a Blogger post, a Hugo blog, a Dutch society's news
item on Joomla, a French research blog on Hypothèses). Content, people and sites are
invented (.example domains). Each expectation's ``note`` says what the page tests and which
judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``e-`` and ``f-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07 (03:40 UTC) on ``main`` 71b0251 (the extraction of the round's
start 3788df3): 116 of 128 page-field tests passed. The failures are strict xfails in
KNOWN_GAPS below.

Fixed since, by conventions documented or seen across development sites (not by these
pages' words), and taken out of KNOWN_GAPS:

- the notes after a post (f-hugo-flaky-tuesday, f-hypotheses-registres: body_last): a
  ``footnotes`` block (Goldmark, kramdown, Pandoc, markdown-it, WP-Footnotes, WordPress's
  ``wp-block-footnotes``) and DPUB-ARIA's ``role="doc-endnotes"`` are furniture words;
- Ghost's callout card (e-ghost-starlite-drive-in: body_first, not_in_body): its documented
  card class ``kg-callout-card`` is a box beside the story, as a fact box is.
- the lead image's caption (e-gannett-four-day-week: captions): a figure with no caption
  element reads the one text block after its image as its caption (s22b-meta23);
- the login under the title (f-hypotheses-registres: authors): a byline of logins only gives
  way to the names of an author-date reference to the post, the citation box of academic
  blogs (s22b-meta23).

Left as they were, with the evidence: the wire's closing credit (e-blox-deer-creek-bridge)
is left out as the development labels of two corpora out of three leave such lines out;
the ad slot's notice (e-postmedia-tax-increase) is set here as a paragraph beside the ad,
where the publisher's real pages print it inside the ad's own placeholder (left out there).
Medium's subtitle (f-medium-weekly-email) stays: the rule that fixed it (a heading repeating
a description) had no dev page and no documented convention, and was not merged. 122 of 128
on the round's merged tree (2026-12-07, 05:05 UTC).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("e-blox-deer-creek-bridge", "body_last"): "the wire's closing credit ('The Associated Press "
                                               "contributed to this report.') left out of the body "
                                               "(body.paragraphs' credit-line filter; the dev labels "
                                               "split: zyte and fundus-dev leave such lines out, "
                                               "l3s-gn1 keeps them)",
    ("e-nexstar-grass-fire", "authors"): "a labelling choice: the JSON-LD's Organization author "
                                         "('KQRT', the station's own name, not cut from the desk "
                                         "byline) given where no person is named, as the "
                                         "development labels give such an organisation; the "
                                         "label gives none",
    ("e-postmedia-tax-increase", "body_first"): "the ad slot's placeholder notice ('This advertisement "
                                                "has not loaded yet, ...') opens the body: set as a "
                                                "paragraph beside the ad, not inside its placeholder "
                                                "(as on the publisher's dev pages, where it is left out)",
    ("e-postmedia-tax-increase", "not_in_body"): "the ad slot's placeholder notice kept (as body_first)",
    ("f-medium-weekly-email", "body_first"): "the subtitle (a standfirst under the title, hashed "
                                             "classes) opens the body",
    ("f-medium-weekly-email", "not_in_body"): "the subtitle kept in the body (as body_first)",
}

SET = "blind23"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind23_page(name, field):
    check(SET, name, field)


def test_blind23_expectations_complete():
    assert_expectations_complete(SET, 16)
