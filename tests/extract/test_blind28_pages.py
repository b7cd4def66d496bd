"""Twenty-eighth blind set: sixteen hand-written pages, written during the twenty-fourth round
to measure the extractor on pages nobody tuned it on.

The pages under tests/fixtures/blind28/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight pages of the older web
that is still online (a 2009 paper in a table layout with ``<font>`` and ``<br><br>``, a
WordPress Kubrick-theme blog, a PHP-Nuke item, a Drupal 6 weekly, a vBulletin forum's news
post, a 2013 daily with Facebook and AddThis widgets, a newsletter saved from Word, a 2007 wire
portal framed by ad iframes) and eight news pages written outside the newspapers (a
university newsroom, a town hall, a ministry's release, an NGO's blog, a company release on a
wire platform, a police appeal, a research institute's release, a football club's match
report). Content, people and sites are invented (.example domains). Each expectation's
``note`` says what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``o-`` and ``p-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 102 of 128 page-field tests passed on the round's start 30f1192
(09:20 UTC). The failures are strict xfails in KNOWN_GAPS below.

Fixed since (s24b-meta28): Drupal's "submitted" line (core's node template) dates
the node before its date fields (o-drupal6-ledger published); a wall-clock structured time
takes the zone printed with the same clock near the headline (p-pr-wire published).

s24b-body28 looked at the body and caption gaps on the dev corpora. These stay gaps: a press
release's closing sections (the L3S-GN1 assessors keep the "About <Company>" boilerplate, the
"SOURCE" line and the contact block as text on the two dev release pages that have them); a
standfirst inside the container set apart from the text by a lead image, a byline or a date
(leaving it out changed seven dev pages of seven sites, all for the worse: the Fundus and
trafilatura labels keep such a lead); the contact boxes after a release (a contact heading
closes two dev bodies: the labelled one keeps its contact as text); the match sheet after a
match report and a newsletter issue saved whole (no dev page shows either shape); the wire
photo's caption in a table row of class ``cap`` (on dev pages that class word names drop
capitals, and no dev page has an image row followed by an unmarked row ending in a wire credit).

Fixed since (s24b-body28): o-kubrick-blog body_last and not_in_body (the post's metadata line
under a WordPress post, class ``postmetadata`` as the default Kubrick theme and the themes made
from it print it, left out of the body).
o-drupal6-ledger captions (a photographer's name after the caption's last sentence, before a
spaced slash and the paper's name, opens the staff credit "<Name> / <Publication>" instead of
staying at the caption's end).

Fixed since (s24-times): o-phpnuke-firedept published (PHP-Nuke's "@" between the date and
its time, the separator of its default date string and of The Events Calendar's).

Fixed since (s25-census): p-institute-news body_last (the scientific and press contact cards
after the text, short lines parted by <br> with a telephone number and an e-mail address,
and the heading right before each: newscrawl/extract/body/boxes.py, contact_cards).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('o-drupal6-ledger', 'body_first'): 'the standfirst inside the content area opens the body',
    ('o-drupal6-ledger', 'not_in_body'): 'the standfirst inside the content area kept in the body',
    ('o-newsletter-word', 'body_first'): "a whole newsletter issue saved from Word in one container: the masthead's editor line opens the body (the writer labels only the lead feature)",
    ('o-newsletter-word', 'body_last'): "the issue's closing notice ends the body; the club notes after the lead feature kept",
    ('o-newsletter-word', 'not_in_body'): 'the masthead, contents and club notes around the lead feature kept',
    ('o-phpnuke-firedept', 'authors'): "labelling choice: the site's name (meta author) given where the page names no person ('Posted by webmaster'); dev labels give the site's name there (kicker, telebasel, mbl.is, presse-augsburg)",
    ('o-vbforum-dorf', 'published'): "a vBulletin thread: a reply's date taken for the first post's; the footer's time zone line not applied",
    ('o-wireportal-frames', 'captions'): 'the caption of the wire photo not found',
    ('o-wireportal-frames', 'published'): "a yearless wire date line ('Sat Jul 14, 3:52 PM ET') read to the day only",
    ('p-calcio-club', 'authors'): "labelling choice: a press office credit ('Di Ufficio Stampa') kept as the author; dev labels keep desk credits ('Redaktion' twice, 'BR24 Redaktion')",
    ('p-calcio-club', 'body_last'): 'the match sheet after the report ends the body',
    ('p-calcio-club', 'not_in_body'): 'the match sheet after the report kept in the body',
    ('p-institute-news', 'authors'): "labelling choice: the institute (DC.creator) given as the author; dev labels give an organisation named as author (offshore-stiftung.de, fluessiggas.de), none gives []",
    ('p-institute-news', 'body_first'): 'the teaser above the text opens the body',
    ('p-institute-news', 'not_in_body'): "the teaser, the 'Publication:' box and the contact boxes kept in the body",
    ('p-ministry-release', 'authors'): 'labelling choice: the issuing department (JSON-LD Organization author) given as the author; dev labels give the structured organisation where no person is named (17 of 21 fallback pages right, none labelled [])',
    ('p-pr-wire', 'authors'): 'labelling choice: the issuing company (meta author) given as the author; dev labels give an organisation author where no person is named, none gives []',
    ('p-pr-wire', 'body_last'): "a release's closing sections (About <Company>, forward-looking statements, media contact, SOURCE line) end the body",
    ('p-pr-wire', 'not_in_body'): "a release's closing sections kept in the body",
}

SET = "blind28"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind28_page(name, field):
    check(SET, name, field)


def test_blind28_expectations_complete():
    assert_expectations_complete(SET, 16)
