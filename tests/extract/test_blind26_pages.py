"""Twenty-sixth blind set: sixteen hand-written pages, written during the twenty-third round
to measure the round's first wave on pages nobody tuned it on.

The pages under tests/fixtures/blind26/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight news pages in
non-Latin scripts (Japanese, Korean, Chinese, Russian, Bulgarian, Arabic, Hebrew, Greek) and
eight pages of news that comes with data and events (a match report with a line-up, a live
blog's summary, election results, a storm warning with a forecast widget, a market close with a
price table, a court report with a timeline, an obituary with a guest book, a strike schedule).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``k-`` and ``l-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 108 of 128 page-field tests passed on the round's start 17f8e8d
(06:23 UTC) and the same 108 on ``main`` 538674c (07:13 UTC: the first wave merged, headed by
the page owner's authorship, short CLDR dates, another story's excerpt box, a caption in
plain divs). The failures are strict xfails in KNOWN_GAPS below.

Fixed since, on branch s23c-body26: the closing source line (the word for "source", a colon,
a few names) ends no body (the Arabic and the Bulgarian page's body_last and not_in_body).

Since then (s23c-meta26): the responsible editor's credit ("责任编辑：<name>") in an author
element names no author (k-cn-portal-elderly-canteen authors), and a guest book's entries
signed with a dash ("— <name>, <date>") under an obituary with no byline give no authors
(l-obituary authors).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('k-ar-gulf-school-buses', 'body_first'): "the bold dateline paragraph (place: writer) opens the body; the writer labels the next paragraph (a judgement call the note marks minor; left: the l3s-gn1 labels keep the short byline and date lines opening a story on most dev pages that print them, and no dev page is Arabic)",
    ('k-cn-portal-elderly-canteen', 'not_in_body'): "an app promotion (scan the QR code to download the app) inside the story kept (left: no dev page of any corpus holds such a promotion, so no convention to rest a rule on)",
    ('k-kr-portal-jeonse', 'published'): "the printed input time (2026.11.18. 오전 9:41) is read to the minute since the dotted day's closing dot is read; the seconds the writer labels are only in a portal's own data-date-time attribute, a convention of one portal family (no dev site of fundus-dev, trafilatura-dev or htmldate-dev writes a data-date-time attribute)",
    ('l-court-report', 'not_in_body'): "the 'The case so far' timeline box of earlier hearings inside the story kept (left: the titled-box rule keeps a box that holds a list as data, and the one dev page with a titled list box inside its text (a how-to on trafilatura-dev) asks for it)",
    ('l-football-report', 'body_first'): "the scoreline box inside the story container opens the body (left: the dev labels keep short data lines opening a story, a race calendar on zyte, and the cricket scorecard on l3s-gn1)",
    ('l-football-report', 'not_in_body'): "the line-up table's scorer and substitute lines kept (left: the dev labels keep tables inside a story: a cricket scorecard, stat lines, poll and results tables on zyte, l3s-gn1 and trafilatura-dev)",
    ('l-liveblog-summary', 'headline'): "the JSON-LD headline and the og:title (agreeing, shorter) chosen over the h1 that carries itemprop='headline'; left: no dev page has JSON-LD and og:title agreeing against an h1 marked itemprop=headline (fundus-dev, trafilatura-dev, l3s-gn1), and where that h1 differs from them the labels split (h1 4, og:title 1, JSON-LD 1, neither 1; newscrawl already right on 5 of 7)",
    ('l-liveblog-summary', 'body_first'): "a live blog: the summary bullets and the timestamped posts are read instead of the summary article the writer labels (a labelling choice: the one dev live blog, on trafilatura-dev, asks for its posts)",
    ('l-liveblog-summary', 'body_last'): 'a live blog: the last post ends the body (as body_first)',
    ('l-liveblog-summary', 'not_in_body'): 'a live blog: the key-events list kept (as body_first)',
    ('l-markets-close', 'not_in_body'): "the price table's caption and source note kept (left: the dev labels keep tables inside a story, and no dev table has a caption or note labelled either way)",
    ('l-meteo-tempete', 'not_in_body'): "the advice box's heading inside the story kept (left: as the court report's timeline box, a titled box holding a list stays)",
    ('l-transport-strike', 'not_in_body'): "the schedule table's cells and source note kept (left: the dev labels keep tables inside a story, as the line-up table)",
    ('l-wahl-ergebnisse', 'headline'): "the og:title and <title> (agreeing) chosen over the differing h1 the writer labels; left: on dev pages with no JSON-LD headline where og:title opens <title> and the h1 differs, the cascade already gives the label on 14 of 16 (trafilatura-dev; fundus-dev none), the h1 differing mostly by a site suffix; an og:title reworded from the h1, as here, is one dev page (labelled h1): too few for a rule",
}

SET = "blind26"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind26_page(name, field):
    check(SET, name, field)


def test_blind26_expectations_complete():
    assert_expectations_complete(SET, 16)
