"""Body recall on layouts the extractor was not tuned on, shown on pages written for the
project (tests/extract/pages/): a story split by a sign-up box into blocks of one
template kind is read whole, a story written as loose text and <br> in a layout table
is read, a comment thread longer than the post is not taken for it, and a story is
looked for after its headline."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newscrawl.extract import boilerplate as bp
from newscrawl.extract import extract_article
from newscrawl.extract.body import extract_body
from newscrawl.extract.body.container import container_factor, precedes, story_parts
from newscrawl.extract.body.lead import _labelled_slot
from newscrawl.extract.body.names import is_text_slug, words_of
from newscrawl.extract.body.scan import scan_page
from newscrawl.extract.context import PageContext
from newscrawl.extract.record import ExtractionRecord

PAGES = Path(__file__).resolve().parents[1] / "pages"


def extract(name: str):
    record = ExtractionRecord()
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://example.org/{name}", profile=False, record=record), record


def test_story_split_by_a_signup_box_is_gathered_from_blocks_of_one_kind():
    article, record = extract("split_story.html")
    for sentence in ("The small ferry that links the old harbour",       # first block
                     "Its hull had been scraped",
                     "Passengers on the first crossing were greeted",    # second, a modifier class
                     "A second boat, leased from a neighbouring town",
                     "Timetables for the spring season are posted",      # third, after the box
                     "The shipyard has already booked the ferry"):
        assert sentence in article.body
    for furniture in ("Sign up for our morning newsletter", "Weekend guide", "unsubscribe",
                      "Lifeboat crew honoured", "All rights reserved"):
        assert furniture not in article.body
    # the paragraphs keep the page's order
    assert article.body.index("Its hull") < article.body.index("Passengers") < article.body.index("Timetables")
    taken = record.taken("body")
    assert taken.layer == "markup" and "gathered from 3 blocks" in (taken.note or "")


def test_story_parts_need_the_levels_above_the_container(monkeypatch):
    """With the search held to the container's own siblings, the first block in another
    page-builder row is not reached: the gathering is what reads it. (The block after the
    sign-up box is reached all the same, through the wrappers around the container and
    around it: :func:`~newscrawl.extract.body.container.following_paragraph_blocks`.)"""
    monkeypatch.setattr(bp, "MAX_STORY_LEVELS", 1)
    article, _ = extract("split_story.html")
    assert "Passengers on the first crossing" in article.body
    assert "Its hull had been scraped" not in article.body
    assert "Timetables for the spring season" in article.body


def test_a_block_of_the_same_kind_that_is_mostly_links_is_not_a_continuation():
    html = (PAGES / "split_story.html").read_text(encoding="utf-8").replace(
        '<p>Timetables for the spring season',
        '<p><a href="/t1">Timetables for the spring season</a> <a href="/t2">',
    ).replace("from the ferry crew.</p>", "from the ferry crew.</a></p>")
    body = extract_body(PageContext(html, "https://example.org/s"),
                        titles=["Harbour ferry returns after winter repairs"])
    assert "Passengers on the first crossing" in body.text
    assert "Timetables for the spring season" not in body.text


def test_story_in_loose_text_and_br_in_a_layout_table_is_read():
    article, record = extract("br_story.html")
    paragraphs = article.body.split("\n\n")
    for sentence in ("The old water mill on the river bend opened its doors again",
                     "Restoring the wheel took the volunteers almost three years.",
                     "Visitors can watch the wheel turn on weekend afternoons",
                     "Entry is free for children"):
        assert any(p.startswith(sentence) for p in paragraphs), sentence  # one paragraph per <br><br>
    for furniture in ("Farming", "Classifieds", "Copyright Valley Gazette"):
        assert furniture not in article.body
    assert record.taken("body").where == "td"


def test_comment_thread_longer_than_the_post_is_not_taken():
    article, record = extract("comments_longer_than_post.html")
    for sentence in ("After a dry July, the first heavy rain of August",
                     "Splitting happens when the fruit takes up water",
                     "A thick mulch of straw also helps"):
        assert sentence in article.body
    for comment in ("Same thing happened to mine", "soaker hose", "Does anyone know",
                    "balcony", "12 Responses"):
        assert comment not in article.body
    assert "A small garden blog" not in article.body  # the blog's tagline
    assert record.taken("body").where == "div.storycontent"


def test_comment_text_weighs_less_than_post_text():
    ctx = PageContext((PAGES / "comments_longer_than_post.html").read_text(encoding="utf-8"),
                      "https://example.org/c")
    scan = scan_page(ctx.body_element)
    thread = next(ctx.body_element.iter("ol"))
    post = next(el for el in ctx.body_element.iter("div") if el.get("class") == "storycontent")
    assert scan.scores[thread] >= scan.scores[post]  # raw text: the thread holds more
    assert (scan.scores[thread] * container_factor(thread, scan)
            < scan.scores[post] * container_factor(post, scan))


NOTICE_FIRST = """<html><head><title>Bridge closed for inspection</title></head><body>
<div class="site-notice"><div class="notice-text">
<p>We use cookies and similar tools to run this site, to measure how it is used and to show
you offers. You can accept all of them, refuse the optional ones or choose for each purpose
in the settings below. Your choice is kept for a year and can be changed from the footer.</p>
<p>Strictly necessary tools keep the site working and cannot be switched off. Measurement
tools count visits and pages anonymously. Offer tools remember what you looked at before.
Partner tools come from other companies whose lists we publish on a separate page.</p>
<p>By continuing you agree to the purposes listed above, as described in our notice on
personal data, which also names the partners and how long each of them keeps the data.</p>
</div></div>
<main><h1>Bridge closed for inspection</h1>
<div class="entry"><p>The road bridge over the canal will be closed to traffic for two days next
week while engineers inspect the bearings and the joints of the deck.</p>
<p>Buses will take the diversion through the industrial estate, and a temporary footbridge
stays open for people walking or cycling into the town centre.</p></div></main>
</body></html>"""


def test_a_story_follows_its_headline():
    body = extract_body(PageContext(NOTICE_FIRST, "https://example.org/b"),
                        titles=["Bridge closed for inspection"])
    assert "The road bridge over the canal" in body.text
    assert "cookies" not in body.text
    body = extract_body(PageContext(NOTICE_FIRST, "https://example.org/b"))  # no headline known
    assert "cookies" in body.text


@pytest.mark.parametrize("first, second, expected", [
    ("notice", "h1", True), ("h1", "notice", False), ("notice", "notice", False),
    ("main", "h1", False), ("h1", "main", False),
])
def test_precedes_is_document_order_of_disjoint_elements(first, second, expected):
    ctx = PageContext(NOTICE_FIRST, "https://example.org/b")
    root = ctx.body_element
    named = {"notice": next(root.iter("div")), "h1": next(root.iter("h1")),
             "main": next(root.iter("main"))}
    assert precedes(named[first], named[second]) is expected


def test_story_parts_stay_inside_the_headline_article():
    html = """<html><body><div class="col"><article><h1>One</h1>
    <div class="txt"><p>%s</p></div></article></div>
    <div class="col"><article><h2>Two</h2><div class="txt"><p>%s</p></div></article></div>
    </body></html>""" % ("First story sentence. " * 20, "Second story sentence. " * 20)
    ctx = PageContext(html, "https://example.org/p")
    body = extract_body(ctx, titles=["One"])
    assert "First story sentence." in body.text and "Second story sentence." not in body.text
    container = next(el for el in ctx.body_element.iter("div") if el.get("class") == "txt")
    home = next(ctx.body_element.iter("article"))
    scan = scan_page(ctx.body_element)
    assert story_parts(container, scan, ceiling=home) == [container]


CLOSED_DIALOG = """<html><head><title>Night trains return to the coast line</title></head><body>
<main><h1>Night trains return to the coast line</h1>
<div class="entry"><p>The night train between the capital and the coast runs again from Friday,
after a break of six years, with sleeping cars bought second hand from a northern operator.</p>
<p>Tickets for the first weeks sold out within a day, and the operator says it will add a third
carriage in the summer if the bookings keep up at this pace.</p></div></main>
<div class="consent-layer" style="display: none">
%s
</div>
</body></html>""" % "\n".join(
    f"<p>Purpose {n}: this partner stores and reads information on your device to measure how "
    f"often an advert is shown and to combine it with what it learned on other sites.</p>"
    for n in range(12))


def test_text_hidden_by_inline_style_is_not_a_candidate():
    body = extract_body(PageContext(CLOSED_DIALOG, "https://example.org/n"),
                        titles=["Night trains return to the coast line"])
    assert "The night train between the capital and the coast" in body.text
    assert "Purpose" not in body.text
    visible = CLOSED_DIALOG.replace(' style="display: none"', "")
    body = extract_body(PageContext(visible, "https://example.org/n"),
                        titles=["Night trains return to the coast line"])
    assert "Purpose 3" in body.text  # shown, the longer block would win: the style decides


# -- a lead paragraph: the story's first paragraph, or the header's standfirst ----------------

def test_a_lead_paragraph_running_into_the_story_is_its_first_paragraph():
    # The intro (named like a standfirst) sits apart from the text block, with only
    # share links between them: it is the opening of the story.
    article, _ = extract("lead_into_story.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("From March the number 7 bus will run every hour")
    assert paragraphs[1].startswith("The line links the valley villages")
    for furniture in ("Share", "Email", "Valley bus line gets a night service", "Library opens"):
        assert furniture not in article.body


def test_a_standfirst_set_apart_by_the_byline_and_the_lead_image_stays_out():
    article, _ = extract("standfirst_in_header.html")
    assert "The council has found the money" not in article.body
    assert article.body.startswith("The repairs will cost a little over a million")
    assert article.description.startswith("The council has found the money")


@pytest.mark.parametrize("between", [
    '<div class="post-meta"><span class="who">Tessa Marlow</span></div>',   # a known author
    '<div class="post-meta"><span>By the harbour desk</span></div>',        # a byline
    '<div class="post-meta"><span>Monday 12.02.2024</span></div>',          # a date
    '<div class="post-meta"><time datetime="2024-02-12">Monday</time></div>',
    '<div class="post-picture"><img src="/w.jpg" alt=""><div>The wall in January.</div></div>',
    '<div class="post-note">A note of the editors, longer than a label of the page.</div>',
])
def test_each_piece_of_header_furniture_keeps_the_standfirst_out(between):
    html = _header_page_with_only(between)
    article = extract_article(html, "https://example.org/harbour", profile=False)
    assert "The council has found the money" not in article.body


def test_a_standfirst_with_nothing_between_it_and_the_story_opens_the_story():
    html = _header_page_with_only('<div class="post-tools"><a href="/s">Share</a></div>'
                                  '<div class="post-picture"><img src="/w.jpg" alt=""></div>')
    article = extract_article(html, "https://example.org/harbour", profile=False)
    assert article.body.startswith("The council has found the money")
    # ... unless the page puts it in the <header> with the headline
    html = _header_page_with_only('<div class="post-tools"><a href="/s">Share</a></div>',
                                  head="header")
    article = extract_article(html, "https://example.org/harbour", profile=False)
    assert article.body.startswith("The repairs will cost")


def test_a_teaser_holding_an_image_is_no_lead_paragraph():
    html = _header_page_with_only("").replace(
        '<p class="post-summary">', '<p class="post-summary"><img src="/t.jpg" alt="">')
    article = extract_article(html, "https://example.org/harbour", profile=False)
    assert article.body.startswith("The repairs will cost")


def _header_page_with_only(between: str, head: str = "div") -> str:
    """standfirst_in_header.html with its byline and picture replaced by ``between``
    (and its head block made a ``head`` element)."""
    html = (PAGES / "standfirst_in_header.html").read_text(encoding="utf-8")
    html = html.replace('<div class="post-head">', f'<{head} class="post-head">')
    head_end = html.index('<div class="post-meta">')
    body_start = html.index('<div class="post-body">')
    rest = html[head_end:body_start]
    assert "post-picture" in rest and "Tessa Marlow" in rest
    return html[:head_end] + f"</{head}>\n    " + between + "\n    " + html[body_start:]


# -- a container that reads empty -----------------------------------------------------

def test_a_comment_list_that_outscores_the_post_and_reads_empty_gives_way_to_the_post():
    # The thread scores highest, but every item of it is furniture (comment-N): the body
    # is read from the next candidate, the post.
    article, _ = extract("comment_list_wins_the_score.html")
    assert article.body is not None
    assert "The council has agreed to resurface the river path" in article.body
    assert "New benches and a few more signposts" in article.body
    assert "Reader" not in article.body and "birdwatching hide" not in article.body


def test_only_so_many_containers_are_tried(monkeypatch):
    monkeypatch.setattr(bp, "CONTAINER_TRIES", 1)
    article, _ = extract("comment_list_wins_the_score.html")
    assert not article.body


# -- a plain opening paragraph set apart from the text block ---------------------------

def test_a_bold_opening_paragraph_in_a_block_of_its_own_opens_the_story():
    article, _ = extract("bold_opening_paragraph.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Ab Ostern verbindet eine elektrische Fähre")
    assert paragraphs[1].startswith("Die Fähre bietet Platz")
    for furniture in ("Teilen", "Drucken", "Lena Berger", "04.03.2024", "Verkehr"):
        assert furniture not in article.body


@pytest.mark.parametrize("change", [
    # a date line between the paragraph and the text: the paragraph is the header's
    ('<div class="werkzeuge">', '<div class="datum">Montag, 04.03.2024</div><div class="werkzeuge">'),
    # too short to be prose
    ("Ab Ostern verbindet eine elektrische Fähre die beiden Ufer des Stausees. Der "
     "Gemeinderat hat den Kauf am Freitag mit großer Mehrheit beschlossen.", "Ab Ostern fährt sie."),
    # not a sentence: a label line
    ("Ab Ostern verbindet eine elektrische Fähre die beiden Ufer des Stausees. Der "
     "Gemeinderat hat den Kauf am Freitag mit großer Mehrheit beschlossen.",
     "Ab Ostern verbindet eine elektrische Fähre die beiden Ufer des Stausees und der "
     "Gemeinderat hat den Kauf am Freitag mit großer Mehrheit beschlossen und"),
    # set beside the story in an <aside> (a correction notice, a note): none of its text
    ('<div><p><strong>Ab Ostern', '<aside><p><strong>Ab Ostern'),
])
def test_a_paragraph_before_the_text_that_is_not_its_opening_stays_out(change):
    html = (PAGES / "bold_opening_paragraph.html").read_text(encoding="utf-8")
    assert change[0] in html
    html = html.replace(change[0], change[1])
    if change[1].startswith("<aside>"):
        html = html.replace("beschlossen.</strong></p></div>", "beschlossen.</strong></p></aside>")
    article = extract_article(html, "https://example.org/f", profile=False)
    assert article.body.startswith("Die Fähre bietet Platz")


AD_SLOT = '<div class="ad-slot"><span class="ad-label">Anzeige</span></div>'
TOOLS = '<div class="werkzeuge"><a href="/teilen">Teilen</a> <a href="/drucken">Drucken</a></div>'


def test_an_ad_slot_between_the_opening_paragraph_and_the_text_is_passed_over():
    html = (PAGES / "bold_opening_paragraph.html").read_text(encoding="utf-8")
    assert TOOLS in html
    article = extract_article(html.replace(TOOLS, AD_SLOT), "https://example.org/a", profile=False)
    assert article.body.startswith("Ab Ostern verbindet eine elektrische Fähre")
    assert "Anzeige" not in article.body


def test_a_furniture_block_with_more_than_a_label_before_the_text_is_no_ad_slot():
    html = (PAGES / "bold_opening_paragraph.html").read_text(encoding="utf-8")
    promo = ('<div class="ad-slot"><p>Lesen Sie alle Artikel des Talboten einen Monat lang '
             'gratis und danach für nur fünf Euro im Monat.</p></div>')
    assert not _labelled_slot(lxml.html.fromstring(promo))
    # passed over all the same as a block named like furniture after the headline
    # (body.lead.opening_paragraph, seventeenth round): the opening paragraph opens the
    # body and the promotion stays out
    article = extract_article(html.replace(TOOLS, promo), "https://example.org/b", profile=False)
    assert article.body.startswith("Ab Ostern verbindet eine elektrische Fähre")
    assert "Talboten" not in article.body


# -- a story given only to readers without script ---------------------------------------

def test_a_story_written_by_script_is_read_from_its_noscript_copy():
    article, _ = extract("story_in_noscript.html")
    assert article.body.startswith("Over the last year the team has rebuilt")
    assert "It can be turned off in the settings" in article.body
    assert "News and notes from the people who build the app" not in article.body


def test_noscript_text_is_not_read_when_the_page_shows_its_story():
    html = (PAGES / "story_in_noscript.html").read_text(encoding="utf-8")
    shown = "".join(f"<p>Visible paragraph {n} of the story, written in the page itself for "
                    "every reader to see.</p>" for n in range(4))
    html = html.replace('<div class="post-footer">', shown + '<div class="post-footer">')
    article = extract_article(html, "https://example.org/n", profile=False)
    assert "Visible paragraph 0" in article.body
    assert "fingerprint" not in article.body


# -- a quotation is part of the text around it -----------------------------------------

def test_a_long_quote_is_read_with_the_post_around_it():
    article, _ = extract("post_around_a_long_quote.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == "A friend sent me this radio essay last week. I have listened to it twice since, once on the train."
    assert paragraphs[1].startswith("Every summer the same argument starts again")
    assert paragraphs[-1] == "The whole programme is only twenty minutes long; the link is below."
    assert "Share on" not in article.body


def test_a_lead_also_named_like_furniture_stays_out_but_a_teaser_named_one_opens_the_story():
    html = _header_page_with_only("")
    named = html.replace('class="post-summary"', 'class="post-summary-credit"')
    article = extract_article(named, "https://example.org/harbour", profile=False)
    assert article.body.startswith("The repairs will cost")
    teaser = html.replace('class="post-summary"', 'class="post-teaser-text"')  # a weak furniture word
    article = extract_article(teaser, "https://example.org/harbour", profile=False)
    assert article.body.startswith("The council has found the money")


def test_a_standfirst_that_is_no_sentence_is_a_subtitle_and_stays_out():
    html = _header_page_with_only("").replace(
        "and the work will close the quay for six weeks.</p>",
        "and the work that will close the quay for six weeks</p>")
    assert "for six weeks</p>" in html
    article = extract_article(html, "https://example.org/harbour", profile=False)
    assert article.body.startswith("The repairs will cost")


def test_a_front_page_giving_several_posts_in_noscript_is_not_read_as_one_story():
    html = (PAGES / "story_in_noscript.html").read_text(encoding="utf-8")
    start, end = html.index('<div class="post">'), html.index('<script>document')
    post = html[start:end]
    front = html[:start] + post + post.replace("post-text", "post-text-2") + html[end:]
    article = extract_article(front, "https://example.org/", profile=False)
    assert "fingerprint" not in (article.body or "")


# -- a BEM modifier names a variant, not the role ---------------------------------------

def test_sections_with_an_ads_modifier_are_still_the_story():
    # block__element--modifier: "TestBericht__Abschnitt--ads" is a section (that may
    # hold an ad slot), not an ad
    article, _ = extract("bem_modifier_sections.html")
    for sentence in ("Das Gerät kommt in einem großen Karton", "Nach acht Minuten zeigt das Thermometer",
                     "Die Reinigung ist einfach"):
        assert sentence in article.body
    assert "Kaffeemaschine" not in article.body


def test_only_the_element_part_of_a_full_bem_name_counts():
    assert "ads" not in words_of("TestBericht__Abschnitt--ads")
    assert "abschnitt" in words_of("TestBericht__Abschnitt--ads")
    assert "related" in words_of("card--related")        # no element: kept
    assert "related" in words_of("teaser__related")


# -- a heading's anchor id is its own words, not a role ---------------------------------

def test_headings_whose_anchor_ids_hold_furniture_words_are_kept():
    article, _ = extract("heading_anchor_ids.html")
    paragraphs = article.body.split("\n\n")
    for heading in ("How it started", "Related projects in town", "What comes next"):
        assert heading in paragraphs
    assert is_text_slug("what-comes-next",
                                    lxml.html.fragment_fromstring("<h2>What comes next</h2>"))
    assert not is_text_slug("related-links",
                                        lxml.html.fragment_fromstring("<h2>More to read</h2>"))


def test_articles_that_are_sections_of_the_story_are_read():
    """A page that wraps each part of its story in an <article> (no headline of its own,
    plain text): together they are the container's text, and they are read."""
    article, _ = extract("article_sections.html")
    for sentence in ("Marta, a piano teacher", "Fifty-five square metres",
                     "The window seat above the street", "A pharmacy cabinet"):
        assert sentence in article.body
    assert "All rights reserved" not in article.body
    assert article.body.index("Marta") < article.body.index("pharmacy cabinet")


def test_articles_with_a_headline_of_their_own_stay_teasers():
    html = (PAGES / "article_sections.html").read_text(encoding="utf-8")
    html = html.replace("<h2>The best find</h2>", "<h1>The best find</h1>")
    article = extract_article(html, "https://example.org/teasers", profile=False)
    assert "A pharmacy cabinet" not in (article.body or "")


def test_paragraphs_wrapped_one_by_one_are_no_teaser_cards():
    """Each paragraph in a block of its own, between link boxes: the header's standfirst
    wins the container, and the recall fallback adds the wrapped paragraphs (like blocks
    holding only their paragraph, more text than the body read: the story, not cards)."""
    article, record = extract("wrapped_paragraphs.html")
    for sentence in ("More than a hundred stalls", "The market opens on Saturday",
                     "Local bakers, potters", "Organisers moved the market indoors",
                     "Entry is free"):
        assert sentence in article.body
    for furniture in ("READ MORE", "Carol concert", "All rights reserved"):
        assert furniture not in article.body
    assert record.taken("body").layer == "prose"


def test_like_one_paragraph_blocks_smaller_than_the_body_stay_cards(monkeypatch):
    """The same page with a longer standfirst: the wrapped blocks hold less than the body
    read, so they read as a list of quotes or teasers and stay out."""
    html = (PAGES / "wrapped_paragraphs.html").read_text(encoding="utf-8")
    monkeypatch.setattr(bp, "PROSE_FALLBACK_SHARE", 1.0)
    long_lead = " ".join(["The depot was built for the town's trams a century ago."] * 12)
    html = html.replace("the first indoor winter market", long_lead + " The first indoor market")
    article = extract_article(html, "https://example.org/cards", profile=False)
    assert "Entry is free" not in article.body


def test_a_box_after_a_headline_echo_is_not_taken_for_the_story():
    """The page's only <h1> repeats the title in a share box after the story; a comment
    dialog follows it. Looking for the story after the headline must not settle on text
    inside a block named like furniture (the dialog): the story before it is kept."""
    article, _ = extract("headline_echo_in_share_box.html")
    assert article.body.startswith("The manager believes it would only be fair")
    assert "young goalkeeper to finish the season" in article.body
    for furniture in ("We will post your comment", "confirm this the first time", "Striker signs"):
        assert furniture not in article.body


def test_articles_with_linked_titles_are_a_listing_not_sections():
    """The same <article> blocks with their titles linking away are a listing's teasers
    (a category page): not read as one story (the page-type decision reads the body)."""
    html = (PAGES / "article_sections.html").read_text(encoding="utf-8")
    for title in ("Who lives here?", "How much room is there?", "The favourite corner",
                  "The best find"):
        html = html.replace(f"<h2>{title}</h2>", f'<h2><a href="/p/{len(title)}">{title}</a></h2>')
    article = extract_article(html, "https://example.org/category", profile=False)
    assert not article.body or "A pharmacy cabinet" not in article.body \
        or "Marta, a piano teacher" not in article.body
