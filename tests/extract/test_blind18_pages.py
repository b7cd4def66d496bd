"""Eighteenth blind set: sixteen hand-written pages whose story is not a plain run of
paragraphs or sits where markup does not say so, written during the nineteenth round.

The pages under tests/fixtures/blind18/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets. The set follows the body
recall that trails precision on the held-out parts: eight pages of small, old or hand-made
sites whose story sits where a reader finds it but markup does not say so (loose text and
<br> in a layout table, a word processor's export, <div><font> paragraphs, a story split by
promos into sibling containers, a first container holding only the headline, tabs and an
expander hiding part of the story, a blog post beside a longer comment thread) and eight
stories that are not a plain run of paragraphs (a listicle, a Q&A interview, a live blog, an
explainer closing with an FAQ, a photo essay, a timeline, a review with its boxes, a data
story with a table and a methodology note). Content, people and sites are invented
(.example domains). Each expectation's ``note`` says what the page tests and which
judgement calls were made.

Measured blind on 2026-12-06 (20:20 UTC) on ``main`` 2fc8a86 (the nineteenth round's first
wave merged; none of its rules was written with this set in view): 110 of 128 page-field
tests passed (0.859). The failures are strict xfails in KNOWN_GAPS below, each with its
reason; a fix makes its xfail pass, which fails the run until the mark is removed
(docs/evaluation.md, "Blind pages"). Then worked on in the round's third wave
(s19c-body18, s19c-meta18: conventions counted on the development parts or documented):
123. In the twenty-second round (s22b-body23) Ghost's documented callout card
(``kg-callout-card``) became a box beside the story, as a fact box is: the photo essay's
closing exhibition note (t-fotoreportage-transumanza, body_last) is left out, and its
xfail was removed.

Every page is extracted once, with the generic extractor only, and each field is one test
(``s-`` and ``t-`` name the writer), as ``tests/blind_sets.py`` describes.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("s-blog-sento", "captions"): "the photo's caption, set off by <br> in the post's text, not read as a caption",
    ("t-liveblog-storm", "not_in_body"): "an embedded social post's text kept in the body",
    ("t-test-kopfhoerer", "body_last"): "the review's score box and spec table close the body",
    ("t-test-kopfhoerer", "not_in_body"): "the review's pros / cons, score and price boxes kept in the body",
}

SET = "blind18"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind18_page(name, field):
    check(SET, name, field)


def test_blind18_expectations_complete():
    assert_expectations_complete(SET, 16)
