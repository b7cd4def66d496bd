"""Bylines and headlines on pages of sites the extractor was not developed on (issue 14):
one fixture page of the project's own per class, under tests/extract/fixtures/unseen/."""

from pathlib import Path

import pytest

from newscrawl.extract import headline, markup
from newscrawl.extract.extractor import extract_article
from newscrawl.extract.record import ExtractionRecord

PAGES = Path(__file__).parent / "fixtures" / "unseen"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


# -- headlines: the title part the page prints ----------------------------------------

def test_title_part_printed_in_a_cell_beats_a_section_h1_and_the_site_segment():
    # No structured data; the h1 is a section label; the title's first long segment is
    # the site's name, which no known name matches. The page prints the headline part.
    article = extract_article(page("headline-printed-title-part.html"),
                              "https://courier.test/news/ferry-resumes")
    assert article.headline == "Harbour ferry resumes after three-day storm"
    assert article.sources["headline"] == "markup"


def test_title_part_after_a_site_prefix_with_an_unspaced_colon():
    record = ExtractionRecord()
    article = extract_article(page("headline-site-prefix.html"),
                              "https://rivertoncourier.test/politics/bridge", record=record)
    assert article.headline == "Council approves the new bridge budget"
    assert record.taken("headline").value == "Council approves the new bridge budget"


def test_title_printed_only_across_cells_or_in_a_script_is_not_printed():
    html = page("headline-title-not-printed-whole.html")
    runs = headline.title_parts("Riverton Courier | Ferry timetable changes for the winter")
    assert markup.printed_texts(html, runs) == {}


def test_title_parts_are_runs_of_three_words_or_more_and_never_the_whole_title():
    runs = headline.title_parts("Daily Gazette - Sports: Harbour ferry resumes (Gazette)")
    assert set(runs) == {"dailygazettesports", "dailygazettesportsharbourferryresumes",
                         "sportsharbourferryresumes", "sportsharbourferryresumesgazette",
                         "harbourferryresumes", "harbourferryresumesgazette"}
    assert runs["harbourferryresumes"] == ("Harbour", "ferry", "resumes")
    assert headline.title_parts("Harbour ferry resumes") == {
        "harbourferryresumes": ("Harbour", "ferry", "resumes")}


@pytest.mark.parametrize("html, printed", [
    ("<body><td><b>Ferry</b> resumes after storm</td></body>", "Ferry resumes after storm"),
    ("<body><h2>\n  &raquo; Ferry resumes after storm!</h2></body>", "» Ferry resumes after storm!"),
    ("<body><p>AT&amp;T ferry resumes</p></body>", None),  # (another text: four words)
    ("<body><p>The ferry resumes after storm</p></body>", None),
    ("<body><p>Ferry resumes after storm, the office said.</p></body>", None),
    ("<body><span>Ferry resumes after</span><span>storm</span></body>", "Ferry resumes after storm"),
    ("<body><p>Ferry resumes after</p><p>storm</p><p>More</p></body>", None),
    ("<body><div><p>Ferry resumes after storm</p></div>(1)</body>", "Ferry resumes after storm"),
    ("<head><title>Ferry resumes after storm</title></head><body></body>", None),
])
def test_printed_texts_reads_the_whole_text_of_one_element(html, printed):
    found = markup.printed_texts(html, {"ferryresumesafterstorm": ("Ferry", "resumes", "after", "storm")})
    assert found.get("ferryresumesafterstorm") == printed


def test_a_title_part_in_an_indic_script_is_found_where_the_page_prints_it():
    # vowel signs and the virama are combining marks: the title's words and the page's
    # words are cut by the same pattern, so a Hindi headline printed alone is found
    title = "ग्रामीण क्षेत्र में नई सड़क खुली | नगर समाचार"
    html = ('<html><body><div class="top">नगर समाचार</div>'
            '<h2 class="x9">ग्रामीण क्षेत्र में नई सड़क खुली</h2><p>...</p></body></html>')
    runs = headline.title_parts(title)
    found = markup.printed_texts(html, runs)
    assert "ग्रामीण क्षेत्र में नई सड़क खुली" in found.values()


def test_printed_texts_sharing_a_first_word_each_take_their_first_printed_place():
    wanted = {"ferryresumes": ("Ferry", "resumes"), "ferryresumesafterstorm":
              ("Ferry", "resumes", "after", "storm")}
    html = ("<body><p>ferry resumes</p><h2>FERRY resumes after storm</h2>"
            "<h3>Ferry resumes!</h3><p>Ferry resumes after storm</p></body>")
    # (the search of a first word ends once each of its texts is found; a text never
    # found keeps it going: the same places are taken either way)
    first_places = {"ferryresumes": "ferry resumes", "ferryresumesafterstorm": "Ferry resumes after storm"}
    assert markup.printed_texts(html, wanted) == first_places
    assert markup.printed_texts(html, wanted | {"ferrytimes": ("Ferry", "times")}) == first_places
    html = html.replace("<p>ferry resumes</p>", "")  # (spellings: as given, Capitalised, upper)
    assert markup.printed_texts(html, wanted) == {
        "ferryresumes": "Ferry resumes!", "ferryresumesafterstorm": "Ferry resumes after storm"}


# -- bylines ------------------------------------------------------------------------

def test_a_line_of_running_text_opening_with_von_gives_no_authors():
    # "Von Brücken, Fähren und «ganz neuen Wegen»": a headline starting with "Von"
    # ("about"); its capitalised words are topics, not people.
    article = extract_article(page("byline-topic-line.html"), "https://kurier.test/stadt/bruecken")
    assert article.authors == []


def test_the_site_name_with_its_tagline_in_meta_author_yields_to_the_visible_byline():
    article = extract_article(page("byline-site-name-in-meta.html"),
                              "https://www.river-kurier.test/insel/faehre")
    assert article.authors == ["Ona Brask"]
    assert article.sources["authors"] == "markup"


def test_initials_keep_their_point_and_a_teaser_in_a_byline_class_gives_no_names():
    article = extract_article(page("byline-initials-and-teaser.html"),
                              "https://puerto.test/noticias/reabre")
    assert article.authors == ["Tomás Rivas C.", "Henry Walsh Jr."]


# -- headlines: labels in og:title, site names in brackets, quotes --------------------

def test_an_og_title_label_sharing_no_word_with_the_h1_the_title_repeats_yields_to_it():
    article = extract_article(page("headline-label-og-title.html"), "https://courier.test/ferry-rota")
    assert article.headline == "Ferry crews agree new winter rota"
    assert article.sources["headline"] == "markup"


def test_the_printed_quotes_are_kept():
    article = extract_article(page("headline-site-in-brackets-and-quotes.html"),
                              "https://courier.test/skipper")
    # JSON-LD writes straight quotes; the page prints typographic ones in an h1
    assert article.headline == "Harbour: Skipper’s “last crossing” draws a crowd"


def test_straight_quotes_printed_in_the_h1_are_kept_over_a_plugins_curled_copy():
    # A WordPress page: the SEO plugin's JSON-LD curls the quotes (wptexturize), the
    # theme prints the title with straight ones, as do og:title and <title>.
    article = extract_article(page("headline-plugin-curled-quotes.html"),
                              "https://baycourier.test/2026/03/02/harbour-master-last-tide/")
    assert article.headline == 'Harbour master\'s "last tide" marks fifty years'


# -- bylines: a declared author that names no one does not hide the byline -------------

def test_an_empty_author_item_and_a_rel_author_link_to_the_site_yield_to_the_byline_class():
    # itemprop=author holds only a URL and rel=author links to the publisher: the
    # byline element after them names the people.
    article = extract_article(page("byline-empty-author-then-byline-class.html"),
                              "https://blog.riverton.test/2008/03/night-ferry.html")
    assert article.authors == ["Ona Brask", "Tal Ferrer"]
    assert article.sources["authors"] == "markup"


# -- headlines: the heading printed just before the story -----------------------------

def test_a_heading_just_before_the_story_beats_a_sidebar_h1_and_a_site_title():
    record = ExtractionRecord()
    article = extract_article(page("headline-heading-before-story.html"),
                              "https://riverton.test/news/ferry-strike", record=record)
    assert article.headline == "Ferry crews vote to end the winter strike"
    assert record.taken("headline").where == "heading just before the story"


def test_an_h1_the_title_repeats_stays_over_a_box_heading_before_the_story():
    # No structured data; a share box's heading sits between the h1 and the first
    # paragraph; the title repeats the h1, so the h1 is the headline.
    record = ExtractionRecord()
    article = extract_article(page("headline-h1-agrees-with-title.html"),
                              "https://marshvalley.test/news/tide-mill", record=record)
    assert article.headline == "Tide mill reopens after a winter of repairs"
    assert record.taken("headline").where != "heading just before the story"


def test_an_h1_in_a_teaser_strip_that_the_title_repeats_stays_over_a_box_heading():
    # No structured data; the only h1, repeating the title, sits in a block whose class
    # names a teaser; the heading just before the story is a columnist box: the h1 (the
    # title repeats it) stays.
    record = ExtractionRecord()
    article = extract_article(page("headline-title-h1-in-breadcrumb.html"),
                              "https://lakeside.test/boats/rent-or-buy", record=record)
    assert article.headline == "Renting or buying a rowing boat: which suits whom?"
    assert record.taken("headline").where != "heading just before the story"


def test_the_only_h1_in_a_block_named_teaser_is_the_headline():
    # No structured data; the story's h1 sits in a header box whose class names a
    # teaser, and no other h1 exists; the title is worded for search engines.
    article = extract_article(page("headline-h1-in-teaser-box.html"),
                              "https://coastcourier.test/ferry/timetable")
    assert article.headline == '"We will sail every hour, whatever the weather"'


def test_an_h1_in_a_sidebar_is_still_no_headline():
    # The same story with its only h1 in an aside's teaser: the title stays.
    article = extract_article(page("headline-h1-only-in-aside.html"),
                              "https://coastcourier.test/ferry/timetable")
    assert article.headline == "Island ferry timetable changes: what travellers need to know"


def test_a_kicker_the_h1_opens_with_in_its_own_element_is_left_out():
    # No structured data; the title repeats the headline without the kicker.
    article = extract_article(page("headline-kicker-span-in-h1.html"),
                              "https://inselbote.test/hafen/faehre")
    assert article.headline == "Neue Fähre für die Möweninsel bestellt"


def test_a_kicker_in_its_own_element_is_left_out_where_the_title_sets_it_off_as_a_part():
    # No structured data; the h1 prints <small>kicker</small><br>headline with no space
    # between them, which the title states as two parts ("Kicker | Headline - Site"):
    # the page prints the run of the two title parts, and the kicker still goes.
    record = ExtractionRecord()
    article = extract_article(page("headline-kicker-small-in-h1-title-run.html"),
                              "https://poolside.test/training/ladder", profile=False, record=record)
    assert article.headline == "Ladder of strokes over eight lengths"
    assert record.taken("headline").where == "h1 without the kicker it opens with"


def test_a_shorter_copy_of_the_h1_just_before_the_story_leaves_the_h1_the_title_repeats():
    # No structured data; the h1 (in the header's breadcrumb) and the title agree; the
    # heading just before the story prints the same headline without its first word's
    # prefix: a part of the h1, not another headline, so the h1 stays.
    record = ExtractionRecord()
    article = extract_article(page("headline-shorter-heading-before-story.html"),
                              "https://estuarysport.test/rowing/hale", profile=False, record=record)
    assert article.headline == 'Rowing-Club Captain Hale: "We have nothing left to lose"'
    assert record.taken("headline").where != "heading just before the story"


def test_a_shorter_heading_the_title_sets_off_as_a_part_of_its_own_still_wins():
    # The same page where the title sets the heading off as a part of its own
    # ("Kicker | Headline") and the h1 runs a kicker into it: the h1's rest is a kicker,
    # and the heading just before the story is the headline.
    html = page("headline-shorter-heading-before-story.html").replace(
        'Rowing-Club Captain Hale: "We have nothing left to lose" - Estuary Sport',
        'Estuary regatta | Captain Hale: "We have nothing left to lose" - Estuary Sport').replace(
        '<h1>Rowing-Club Captain Hale', '<h1>Estuary regatta Captain Hale')
    article = extract_article(html, "https://estuarysport.test/rowing/hale", profile=False)
    assert article.headline == 'Captain Hale: "We have nothing left to lose"'


def test_a_name_set_in_its_own_element_that_the_title_runs_into_the_headline_stays():
    article = extract_article(page("headline-name-span-in-h1.html"),
                              "https://marshvalley.test/news/holt")
    assert article.headline == "Mira Holt explains why she left the harbour board"


def test_h1_kicker_needs_a_leading_element_of_few_words():
    from lxml import html as lxml_html

    def kicker(snippet):
        return markup.h1_kicker(lxml_html.fromstring(snippet))

    assert kicker("<h1><span>Topic</span> A headline of five words</h1>") == \
        ("Topic", "A headline of five words")
    assert kicker("<h1><span><small>Topic</small><br>A headline of five words</span></h1>") == \
        ("Topic", "A headline of five words")
    assert kicker("<h1>A headline <span>of</span> five words</h1>") is None
    assert kicker("<h1><a href='/t'>Topic</a> A headline of five words</h1>") is None
    assert kicker("<h1><span>One two three four five</span> six seven</h1>") is None


def test_a_badge_the_h1_closes_with_in_its_own_element_is_left_out():
    # No structured data; the title repeats the headline without the "Members" badge.
    record = ExtractionRecord()
    article = extract_article(page("headline-tail-badge-in-h1.html"),
                              "https://coastcourier.test/ferry/winter", record=record)
    assert article.headline == "Harbour board approves the winter ferry timetable"
    assert record.taken("headline").where == "h1 without the element it closes with"


def test_a_date_the_h1_closes_with_after_a_feed_icon_is_left_out():
    article = extract_article(page("headline-tail-date-in-h1.html"),
                              "https://shoreweekly.test/news/gull-point")
    assert article.headline == "Lighthouse keepers return to Gull Point"


def test_an_h1_tail_that_the_title_repeats_stays():
    # "in Greyport" is set in a span of its own, but the title prints it: headline words.
    article = extract_article(page("headline-tail-words-in-title.html"),
                              "https://coastcourier.test/ferry/fares")
    assert article.headline == "Ferry fares rise in Greyport"


def test_h1_tail_needs_a_closing_element_of_few_words():
    from lxml import html as lxml_html

    def tail(snippet):
        return markup.h1_tail(lxml_html.fromstring(snippet))

    assert tail("<h1>A headline of five words <span>Live</span></h1>") == \
        ("A headline of five words", "Live")
    assert tail("<h1>A headline of five words <b>Live</b><a href='/rss'><img src='r.gif'></a></h1>") == \
        ("A headline of five words", "Live")
    assert tail("<h1>A headline <span>of</span> five words</h1>") is None
    assert tail("<h1>Two words <span>three four five six seven</span></h1>") is None
    assert tail("<h1><span>A headline of five words</span></h1>") is None
    assert tail("<h1>A headline of five words</h1>") is None


def test_a_short_h1_that_opens_the_title_stays_over_the_title_part_printed_in_the_footer():
    # No structured data; the title is "h1 | name" and the page prints the name alone in
    # its footer: the h1 the title opens with is the headline.
    article = extract_article(page("headline-h1-opens-title.html"),
                              "https://harbourguide.test/events/regatta")
    assert article.headline == "Lantern Regatta"


def test_the_h1_and_title_going_on_past_an_og_title_cut_at_a_comma_win():
    # (no og:site_name: the title's "Wayfarer & Wheel" is the site of wayfarerandwheel.test)
    article = extract_article(page("headline-social-title-cut-at-comma.html"),
                              "https://www.wayfarerandwheel.test/journeys/salt-road")
    assert article.headline == "Cycling the old salt road to Lunefeld, the valley that time forgot"


@pytest.mark.parametrize("text, named", [
    ("Wayfarer & Wheel", True),
    ("Wayfarer&Wheel", True),
    ("Wayfarer Wheel", False),
    ("Salt & Pepper", False),
])
def test_an_ampersand_in_the_site_name_is_spelled_out_in_its_host_name(text, named):
    assert headline.is_site_name(text, [], "www.wayfarerandwheel.test") is named


def test_the_h1_printed_before_the_story_stays_over_the_deck_beneath_it():
    article = extract_article(page("headline-h1-before-a-deck.html"),
                              "https://riverton.test/news/quay-repairs")
    assert article.headline == "Quay repairs to start in May"


def test_headings_before_the_story_leave_out_dates_and_sentences():
    from lxml import html as lxml_html

    root = lxml_html.fromstring(
        "<html><body><div><h2>Ferry crews vote to end the strike</h2>"
        "<p><b>Tuesday 4th March 2008</b></p><p><strong>The vote was close.</strong></p>"
        "<p class='first'>Crews voted on Monday night to end the strike.</p></div></body></html>")
    container = root.find(".//div")
    assert markup.headings_before_story(container, "Crews voted on Monday night to end the strike.") \
        == ["Ferry crews vote to end the strike"]


def test_a_kicker_og_title_adds_before_the_printed_h1_is_left_out():
    article = extract_article(page("headline-kicker-in-og-title.html"),
                              "https://river-kurier.test/hafen/faehre")
    assert article.headline == "Neue Fähre für die Möweninsel bestellt"


def test_an_account_named_after_the_site_with_an_initial_yields_to_the_person_named():
    # JSON-LD and rel=author name the site's account ("Rivercourier D"); the page names
    # the reporter in an author-name element.
    article = extract_article(page("byline-site-account-with-initial.html"),
                              "https://rivercouriernews.test/news/fares-frozen")
    assert article.authors == ["Mira Holt"]


# -- captions: the lead picture printed above the story ----------------------------------

def test_the_lead_picture_above_the_story_keeps_the_name_printed_under_it():
    # og:image and the <picture> differ only in the resizer's query; lxml nests the
    # <source> tags around the <img>; the caption is the alt text printed again, a name.
    article = extract_article(page("caption-lead-picture-outside-the-story.html"),
                              "https://riverside.test/city/bridge-opens")
    assert [(image.caption, image.credit) for image in article.images][:1] == [("Hanna Lindqvist", None)]


# -- bylines: a handle linked to the writer's own archive ----------------------------------

def test_a_handle_linked_to_its_own_author_archive_is_the_writer():
    # No structured data; the post's meta line links the writer's login, written in lower
    # case, to /author/<login>/ (WordPress's author permalink); the menu's "Autoren" link
    # to the index of all writers names no one.
    record = ExtractionRecord()
    article = extract_article(page("byline-handle-linked-to-own-archive.html"),
                              "https://hafenblog.test/2031/03/neue-faehre/", record=record)
    assert article.authors == ["moewenkind"]
    assert record.taken("authors").where == "author-link"


def test_a_handle_linked_before_the_headline_outside_the_story_container_is_the_writer():
    # The "Posted by <a>login</a>" line stands above the h1, in the entry's header outside
    # the <article> holding the story; the sidebar's comment author is another account.
    record = ExtractionRecord()
    article = extract_article(page("byline-handle-before-the-headline.html"),
                              "https://tidewaternotes.test/2031/03/regatta/", record=record)
    assert article.authors == ["gullwing"]
    assert record.taken("authors").where == "name alone in author-link markup in the article's region"


def test_a_handle_linked_just_after_a_headline_far_from_the_story_is_the_writer():
    # The headline row and the story's column share no block near the story: the handle
    # linked to its archive just after the h1 is the byline.
    record = ExtractionRecord()
    article = extract_article(page("byline-handle-after-the-headline.html"),
                              "https://quaysidelog.test/2031/03/night-ferry/", record=record)
    assert article.authors == ["harbourwatch"]
    assert record.taken("authors").where == "handle linked to the author's page it names after the headline"


def test_the_poster_of_a_forum_threads_first_post_is_the_writer():
    # A forum thread in XenForo 2's markup: each post an <article data-author=...
    # data-content="post-N">; the first post's poster wrote the topic, the replies are others'.
    record = ExtractionRecord()
    article = extract_article(page("byline-forum-thread-starter.html"),
                              "https://harboursim.test/forums/threads/lamp-flickers.9100/", record=record)
    assert article.authors == ["lampwick"]
    assert record.taken("authors").where == "poster of the thread's first post (a forum engine's post markup)"


def test_the_poster_of_a_phpbb_threads_first_post_is_the_writer():
    # phpBB's default style: each post a <div id="pN" class="post">, its author line
    # naming the poster as a link of class "username"; the reply is another member's.
    record = ExtractionRecord()
    article = extract_article(page("byline-phpbb-thread-starter.html"),
                              "https://harbourkeepers.test/viewtopic.php?t=412", record=record)
    assert article.authors == ["bollard_bill"]
    assert record.taken("authors").where == "poster of the thread's first post (a forum engine's post markup)"


def test_the_poster_of_a_discourse_topics_first_post_is_the_writer():
    # Discourse's crawler view: each post a <div id="post_N" class="topic-body crawler-post">
    # whose creator span names the poster (itemprop=name); the reply is another member's.
    record = ExtractionRecord()
    article = extract_article(page("byline-discourse-thread-starter.html"),
                              "https://quaysideforum.test/t/lighthouse-open-day-moves-to-14-september/317",
                              record=record)
    assert article.authors == ["Mara Whitcombe"]
    assert record.taken("authors").where == "poster of the thread's first post (a forum engine's post markup)"
