"""Forty-second blind set: sixteen hand-written pages, written at the start of the
twenty-sixth round and kept from every fixer, to measure the round's merged tree.

The pages under tests/fixtures/blind42/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight German-language pages
of every kind a German reader meets (a regional daily of a big group, a public broadcaster, a
news magazine, a municipality's press release, a personal blog, a company release on a press
portal, a sports portal, a consumer advice site) and eight English-language pages off the
beaten track (a think-tank commentary, a local TV station, a podcast episode page, a
newsletter's web archive, a state agency's press release, a paywalled trade newsletter, a
regional business journal, a community forum's announcement).
Content, people and sites are invented (.example domains). Each expectation's ``note`` says
what the page tests and which judgement calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``q-`` and ``r-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07: 104 of 128 page-field tests passed on ``main`` 83b911e (15:20 UTC,
the output of the twenty-fifth round's merged tree, af68a39) and 105 on the twenty-sixth round's
merged tree cf9fee47 (16:30 UTC): the state agency's caption lost its "Photo courtesy of ..."
credit sentence to ``s26d-meta43``'s worded-credit rule, written for another set's page. The
failures are strict xfails in KNOWN_GAPS below.

Fixed since (s27-headline): q-gemeinde's headline (og:title and ``<title>`` add the town's name
to the printed h1, "Hallenbad Kirchbergen: ..." over "Hallenbad: ...": the h1 that is the
structured headline with one or two words left out, not at its end, is taken, headline.py's
``_printed_without_added_words``).

Opened to fixers in the twenty-seventh round (``s27-b42``): q-blog's author-box heading
"Über Hanne" is read as its name (the Genesis author box's "About NAME", translated; written
by ``s27-b42`` and ``s27-authors`` alike, the merged tree keeps the latter's
``_AUTHOR_BOX_HEADING``, which reads WordPress's default themes' translations too);
q-gemeinde's caption loses the "©" before its "Bild:" credit; q-presseportal's body ends
before news aktuell's "Original-Content von: ..., übermittelt durch news aktuell" line (the
ots service's fixed originator line); r-forum's poster is the full name Discourse prints in
brackets after the username; r-newsletter's letter is read from all the Text blocks of the
Mailchimp template's body section, without its close and the writer's first name. r-govpress's
"FOR IMMEDIATE RELEASE" is no name any more (the issuing agency now stands as its author,
the organisation fallback's answer). q-rundfunk's studio after the reporter ("Nordfunk Studio
Braunschweig") is no second author, and its "Dieses Thema im Programm:" line (the ARD
broadcasters' programme reference) no part of the body. r-thinktank's chart is found: its
``<article>``'s WordPress term class "category-commentary" read as a comments block hid it.
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: The reasons shared by several gaps left in the twenty-seventh round (s27-b42).
_ISSUER = ('the issuing organisation given as the author of a release. Left (s27-b42): the organisation '
           'fallback answers when no person is named anywhere, on releases as on other pages, and the dev '
           'labels name an organisation where no person is credited; no dev page tells a release apart')
_BOLD_OPENING = ('the bold standfirst at the top of the text opens the body. Left (s27-b42): the one dev page '
                 'of this broadcaster layout (fundus-dev, tagesschau.de) labels its bold first paragraph as '
                 'text, and a bold opening paragraph opens the story by the project\'s rule '
                 '(test_body_recall); no dev page sets a lead-named paragraph apart')
_FORUM_REPLIES = ('the replies after the announcement post kept in the body. Left (s27-b42), as blind21\'s '
                  'Discourse page: the labels disagree on a thread\'s replies (the dev forum thread keeps them), '
                  'and Discourse types every reply as schema.org Comment alike')
_MEMBERS_NOTICE = ('the members-only notice closing the partial transcript kept in the body. Left (s27-b42): no '
                   'dev page prints an "available to ... members" notice, and a members word also names the '
                   'wrapper of a paid story (blind39\'s trade-association page)')

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('q-magazin', 'headline'): ('the kicker kept before the headline (the magazine sets kicker and headline as two '
                                'spans of one heading). Left (s27-headline): the dev labels keep a kicker printed as '
                                'a span of the heading and carried by every source (welt.de, sueddeutsche.de)'),
    ('q-presseportal', 'authors'): _ISSUER,
    ('q-rundfunk', 'body_first'): _BOLD_OPENING,
    ('q-rundfunk', 'not_in_body'): 'the standfirst kept in the body. ' + _BOLD_OPENING.split('. ', 1)[1],
    ('q-sport', 'body_first'): _BOLD_OPENING,
    ('q-sport', 'not_in_body'): 'the bold lead paragraph kept in the body. ' + _BOLD_OPENING.split('. ', 1)[1],
    ('r-forum', 'body_last'): _FORUM_REPLIES,
    ('r-forum', 'not_in_body'): _FORUM_REPLIES,
    ('r-govpress', 'authors'): _ISSUER + ' ("FOR IMMEDIATE RELEASE" is no name since s27-b42)',
    ('r-podcast', 'body_first'): ('the "Show notes" heading opens the body. Left (s27-b42): no dev page opens its '
                                  'text with such a label heading, and a heading opening the text is text to the '
                                  'labels elsewhere'),
    ('r-podcast', 'body_last'): _MEMBERS_NOTICE,
    ('r-podcast', 'not_in_body'): _MEMBERS_NOTICE,
    ('r-tvstation', 'published'): ('the structured instant (with seconds) taken where the label gives the printed '
                                   'minute: the same minute, the instant more precise. Left (s27-b42): cutting the '
                                   'seconds off where the printed time has none would move every dev page whose '
                                   'labels keep the structured seconds'),
}

SET = "blind42"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind42_page(name, field):
    check(SET, name, field)


def test_blind42_expectations_complete():
    assert_expectations_complete(SET, 16)
