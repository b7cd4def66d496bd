"""Twenty-first blind set: sixteen hand-written pages, written during the twenty-first round
to measure the round's tree on pages nobody tuned it on.

The pages under tests/fixtures/blind21/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight news and magazine
pages from continental Europe (a Dutch regional daily, a Polish portal, a Czech daily, an
Italian local paper on WordPress, a French regional daily, a Danish regional broadcaster, a
Flemish gardening magazine on Drupal, a Spanish digital-native outlet), printing their dates
as such sites do, and eight English pages whose story is cut up (a tabloid split by ad slots,
a metered paywall's second half in another wrapper, a WordPress blog signed with a linked
first name, a Discourse community post, a 2003 table layout with loose text and <br>, a
newsletter platform's post, a podcast episode with a transcript, a live blog's single
entry). Content, people and sites are invented (.example domains). Each expectation's
``note`` says what the page tests and which judgement calls were made.

Measured blind on 2026-12-07 (00:48 UTC): 115 of 128 page-field tests passed on the round's
start bb1e967, and the same 115 on the merge of the round's first wave (dates, split bodies,
linked handles, captions: none of it written with this set in view). Worked on in the round's
second wave: s21b-body21 gathered b-metered-paywall's first half past its meter notice and left
out a-da-tvnordkyst-faerge's closing update note; s21b-meta21 read the Discourse topic's first
poster, the h1's straight apostrophe over Yoast's curled one and two credit forms: 122. The
failures left are strict xfails in KNOWN_GAPS below, each with its reason.

Every page is extracted once, with the generic extractor only, and each field is one test
(``a-`` and ``b-`` name the writer), as ``tests/blind_sets.py`` describes.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: The forum class left (twenty-first round): the one development page of a forum thread
#: (XenForo, trafilatura-dev) is labelled with its replies as text, this page without them.
_FORUM_REPLIES = ("the replies after the first post taken as the story's continuation. Left: the labels "
                  "disagree on a thread's replies (the one dev forum thread keeps them; Discourse types "
                  "the replies of help threads and community posts alike as schema.org Comment)")

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("a-cs-prazskeslovo-vodovod", "published"): ("the structured datePublished (the revision's day, which every "
                                                 "date element of the page repeats) given over the printed first "
                                                 "publication in words ('12. června 2024 15:30'). Left: on the 80 "
                                                 "dev pages whose datePublished equals dateModified the labels take "
                                                 "that structured day on 77 (the other 3 a day off across UTC)"),
    ("b-community-discourse", "body_last"): _FORUM_REPLIES,
    ("b-community-discourse", "not_in_body"): _FORUM_REPLIES,
    ("b-liveblog-entry", "authors"): ("the live blog's first writer given beside the entry's own. Left: the one "
                                      "dev live blog (trafilatura-dev) is shown whole and labelled with the "
                                      "blog's writer; no dev page is a single entry's view"),
    ("b-liveblog-entry", "published"): ("the live blog's start given, not the entry's own time. Left: the one dev "
                                        "live blog is labelled with its start day"),
    ("b-podcast-transcript", "body_first"): ("the show notes left out: the body starts at the transcript. Left: "
                                             "no dev page holds notes and a transcript as two titled sections (the "
                                             "one podcast episode page, trafilatura-dev, labels its notes as the "
                                             "body; one radio page its written text); gathering a section that "
                                             "opens with its own heading past an aside is refused to titled boxes"),
}

SET = "blind21"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind21_page(name, field):
    check(SET, name, field)


def test_blind21_expectations_complete():
    assert_expectations_complete(SET, 16)
