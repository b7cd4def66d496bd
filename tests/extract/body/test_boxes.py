"""Boxes set into a story that are none of its text, told by their structure
(newscrawl.extract.body.boxes), on blocks written for these tests and on a page
(tests/extract/body/pages/excerpt_in_story.html, offer_box_in_story.html,
contact_card_after_release.html, feedback_after_story.html)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.boxes import (has_entry_field, is_answered_question,
                                          is_contact_card, is_cut_notice, is_furniture_box,
                                          is_offer_box, is_story_excerpt, is_teaser_list)

PAGES = Path(__file__).resolve().parent / "pages"

SENTENCE = ("The harbour council voted on Tuesday to reopen the old ferry pier after the "
            "repairs to its timber supports. ")


def _block(html: str):
    return lxml.html.fragment_fromstring(html)


def test_a_row_of_cards_with_linked_titles_is_a_teaser_list():
    cards = "".join(f"<div class='card'><h3><a href='/t{i}'>Another story {i}</a></h3>"
                    f"<p>Its summary, {i}.</p></div>" for i in range(3))
    assert is_teaser_list(_block(f"<div>{cards}</div>"))
    assert is_furniture_box(_block(f"<div class='x1'>{cards}</div>"))


def test_subheadings_of_a_story_are_no_teaser_list():
    part = "".join(f"<h3>Part {i}</h3><p>{SENTENCE}</p>" for i in range(3))
    assert not is_teaser_list(_block(f"<div class='text'>{part}</div>"))


@pytest.mark.parametrize(("field", "expected"), [
    ("<input type='email' name='e'>", True),
    ("<input name='q'>", True),                 # a text field by default
    ("<textarea name='c'></textarea>", True),
    ("<input type='checkbox'>", False),         # a recipe's ingredient list ticks
    ("<button>Share</button>", False),          # a share bar
])
def test_a_field_to_type_into_is_an_entry_field(field, expected):
    assert has_entry_field(_block(f"<div><p>Sign up</p>{field}</div>")) is expected


def test_a_short_block_with_an_entry_field_is_a_sign_up_box_but_a_story_block_is_not():
    box = "<div class='k3'><h3>Daily news</h3><p>Free, every morning.</p><form><input type='email'></form></div>"
    assert is_furniture_box(_block(box))
    story = f"<div class='k4'><p>{SENTENCE * 4}</p><form><input type='email'></form></div>"
    assert not is_furniture_box(_block(story))  # a login gate deep in the story's own wrapper


def test_a_block_that_is_mostly_links_is_a_promo_box_unless_links_do_not_count():
    promo = "<div class='k5'>More: <a href='/a'>Ferry timetable for the spring season</a></div>"
    assert is_furniture_box(_block(promo))
    assert not is_furniture_box(_block(promo), links_count=False)
    assert not is_furniture_box(_block(f"<div class='k6'><p>{SENTENCE}</p></div>"))


@pytest.mark.parametrize(("html", "expected"), [
    # a meter's count of free stories left with its button
    ("<div><p>You have 2 free stories left.</p><a href='/join'>Join</a></div>", True),
    ("<section><p>Continue reading</p><button>More</button></section>", True),
    # a link inside the sentence is no call to act on the notice
    ("<div><p>Read <a href='/a'>the earlier report</a> first.</p></div>", False),
    # as long as a story's opening paragraph: text, not a notice
    (f"<div><p>{SENTENCE}</p><a href='/join'>Join</a></div>", False),
    ("<p>You have 2 free stories left. <a href='/join'>Join</a></p>", False),  # a paragraph
])
def test_a_short_notice_with_a_call_to_act_is_a_cut_notice(html, expected):
    assert is_cut_notice(_block(html)) is expected


EXCERPT_OPENING = ("<span>Editor's choice</span><h2><a href='/stories/the-pier'>The pier at dawn</a></h2>"
                   "<p>By Jo Weir</p><p>" + SENTENCE * 2 + "</p>")


@pytest.mark.parametrize(("html", "expected"), [
    # another story's title, byline and opening, and its call to read on, to one address
    (f"<div class='k7'>{EXCERPT_OPENING}<a href='/stories/the-pier'>Read the full story</a></div>", True),
    # ... the call to read on inside a paragraph of its own
    (f"<div>{EXCERPT_OPENING}<p><a href='/stories/the-pier'>More</a></p></div>", True),
    # the last link goes elsewhere: a box with a title, not a teaser's two links to one story
    (f"<div>{EXCERPT_OPENING}<a href='/stories/other'>Read the full story</a></div>", False),
    # text after the call: the box goes on, it is not the teaser's end
    (f"<div>{EXCERPT_OPENING}<a href='/stories/the-pier'>More</a><p>{SENTENCE}</p></div>", False),
    # the story's own text before the title: a wrapper of the story, not a box set into it
    (f"<div><p>{SENTENCE}</p>{EXCERPT_OPENING}<a href='/stories/the-pier'>More</a></div>", False),
    # a title that is not wholly one link, a link to a place on the page
    (f"<div><h2>Read: <a href='/a'>The pier</a></h2><p>{SENTENCE}</p><a href='/a'>More</a></div>", False),
    (f"<div><h2><a href='#notes'>Notes</a></h2><p>{SENTENCE}</p><a href='#notes'>Top</a></div>", False),
])
def test_a_box_titled_and_closed_by_links_to_one_story_is_its_excerpt(html, expected):
    assert is_story_excerpt(_block(html)) is expected
    if expected:
        assert is_furniture_box(_block(html), links_count=False)


def test_another_storys_excerpt_set_into_the_story_is_none_of_its_body():
    html = (PAGES / "excerpt_in_story.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://fernbank.example/places/the-orchard", profile=False)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Nobody has lived in Haverleigh")
    assert paragraphs[-1].startswith("The group hopes to plant a dozen young trees")
    assert len(paragraphs) == 6
    assert not any(word in article.body for word in ("ferryman", "From the archive", "Ruairi"))


def test_a_reader_poll_asking_for_a_vote_is_no_text_of_the_story():
    # A box named a poll that holds the controls to vote with (a button per answer; radio
    # buttons and a vote button, WP-Polls' markup): its question is left out. A poll printed with its results alone, no control, stays.
    body = extract_article((PAGES / "poll_in_story.html").read_text(encoding="utf-8"),
                           "https://eastmoorcourier.test/news/second-footbridge", profile=False).body
    assert "Should the town build a second footbridge" not in body
    assert "412 votes" not in body
    assert "Which route should the new bridge take?" not in body
    assert "A second crossing downstream would cost" in body
    assert "How do you cross the Wend most days?" in body
    assert body.rstrip().endswith("cycle lane on its eastern side.")


def test_a_question_to_the_reader_answered_with_buttons_is_no_text_of_the_story():
    # A feedback widget under the story (a question, yes / no buttons), named nothing that
    # says so: left out. A question of the story beside a single button stays.
    body = extract_article((PAGES / "feedback_after_story.html").read_text(encoding="utf-8"),
                           "https://northwold-gazette.test/news/library-sundays", profile=False).body
    assert "Was this article useful" not in body
    assert "Did you find a mistake" not in body
    assert "What would it take to keep the doors open in the evenings too?" in body
    assert body.rstrip().endswith("each quarter on its website.")


@pytest.mark.parametrize(("html", "expected"), [
    ("<div><p>Was this helpful?</p><button>Yes</button><button>No</button></div>", True),
    ("<section>Rate this story? <input type='radio' name='r'> <input type='radio' name='r'></section>", True),
    # one button, no question, or more than a line besides the buttons
    ("<div><p>Was this helpful?</p><button>Tell us</button></div>", False),
    ("<div><p>Send us your photos.</p><button>Upload</button><button>Later</button></div>", False),
    ("<div><p>" + SENTENCE * 2 + "Will it reopen?</p><button>A</button><button>B</button></div>", False),
])
def test_a_question_answered_with_buttons(html, expected):
    assert is_answered_question(_block(html)) is expected


def test_a_question_is_read_up_to_its_budget_of_pieces_whatever_their_number():
    # The text outside the buttons is counted as it is read: many short pieces (empty
    # spans, one-letter marks) are read while they stay within the bound, and the reading
    # stops at the first element that takes them past it (the same answer as summing the
    # pieces at every element).
    marks = "".join("<span>·</span>" for _ in range(300))
    near = f"<div><p>Was this helpful?</p>{marks}<button>Yes</button><button>No</button></div>"
    assert is_answered_question(_block(near)) is False  # a line too long, not None
    many = "".join("<i>x</i>" for _ in range(600))
    past = f"<div><p>Was this helpful?</p>{many}<button>Yes</button><button>No</button></div>"
    assert is_answered_question(_block(past)) is False
    blank = "".join("<b></b>" for _ in range(2000))
    empty = f"<div>{blank}<p>Was this helpful?</p><button>Yes</button><button>No</button></div>"
    assert is_answered_question(_block(empty)) is True


@pytest.mark.parametrize(("html", "expected"), [
    # a title, a line of offer and a button leading to the offer's page
    ("<div><p>Members read free</p><p>Every story, every week.</p><a href='/join'>Join now</a></div>", True),
    ("<section><h2>Try it</h2><p>Thirty days free.</p><a href='/trial'>Start</a></section>", True),
    # ... the button in a wrapper of its own
    ("<div><h2>Try it</h2><div><p>Thirty days free.</p></div><div><a href='/trial'>Start</a></div></div>", True),
    # the link inside a sentence of the box: no button set apart
    ("<div><p>Members read free.</p><p>Every story, <a href='/join'>join now</a>.</p></div>", False),
    # a link that acts in the page (no address, a fragment, script), a counter
    ("<div><p>A quote from the story.</p><a>Show the whole quote</a></div>", False),
    ("<div><p>A quote from the story.</p><a href='#top'>Back to top</a></div>", False),
    ("<div><p>Liked by readers</p><a href='/photos/1'>18</a></div>", False),
    # loose text of the box's own: a story's block written without paragraphs
    ("<div>The council met on Tuesday.<br><a href='/minutes'>Minutes</a></div>", False),
    # the box of the headline, with a byline linking to the author's page
    ("<div><h1>The lock keepers</h1><p>A century on the Cut.</p><div><a href='/people/ines'>Ines</a></div></div>", False),
    # the button alone, nothing else in the box
    ("<div><a href='/join'>Join now</a></div>", False),
])
def test_a_box_with_a_button_to_another_page_is_an_offer_box(html, expected):
    assert is_offer_box(_block(html)) is expected
    assert is_furniture_box(_block(html), links_count=False) is expected


def test_offer_boxes_set_into_the_story_are_none_of_its_body():
    # A member offer between the paragraphs and a paywall's box closing the story, each a
    # title, a line and a button to the offer's page, are left out; a quote box whose link
    # only expands it in the page, and the standfirst above the byline's link, stay.
    html = (PAGES / "offer_box_in_story.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://riverbank.example/water/lock-keepers", profile=False)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("The first lock on the Ouse Cut")
    assert paragraphs[-1].startswith("The navigation trust plans")
    assert not any(text in article.body for text in (
        "Reading on the water", "canal guide", "Become a member", "Keep reading for one pound",
        "Cancel whenever", "Subscribe", "Already a member"))
    assert "We know most of them by name" in article.body


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>Town of Wrenford<br>Press office<br>Phone 01632 960 481<br>press@wrenford.example</p>", True),
    ("<p><b>Contact:</b><br>Huw Maddox<br>E-mail: <a href='mailto:h@w.example'>h@w.example</a></p>", True),
    ("<p>Alys Brennan<br>Market Square 1<br>Tel. +44 (0)1632 / 960 552</p>", True),
    ("<p>Harbour Road 4<br>Wrenford<br>Open daily</p>", False),                 # no number, no address
    ("<p>Two lines<br>Phone 01632 960 481</p>", False),                         # too few lines
    ("<p>Seasons<br>1990-1994<br>1994-1999<br>2004-2007</p>", False),            # year ranges
    ("<p>Dates<br>Opening<br>12.03.2024</p>", False),                           # a date is no number to call
    (f"<p>{SENTENCE}<br>More from the council<br>Phone 01632 960 481</p>", False),  # a sentence's line
    ("<div><p>Alys Brennan</p><p>Phone 01632 960 481</p><p>Market Square 1</p></div>", False),  # blocks
])
def test_short_lines_with_a_number_or_address_to_reach_are_a_contact_card(html, expected):
    assert is_contact_card(_block(html)) is expected


def test_a_contact_card_and_its_title_after_a_release_are_none_of_its_body():
    # Each card: short lines set apart by <br> (a name, a post, an organisation) holding a
    # telephone number or an e-mail address to reach; the heading right before a card goes
    # with it. A sentence naming an address to write to and a poem's lines stay.
    html = (PAGES / "contact_card_after_release.html").read_text(encoding="utf-8")
    body = extract_article(html, "https://wrenford.example/news/library-extension",
                           profile=False).body
    assert body.rstrip().endswith("The library keeps the stories")
    assert "bookings@wrenford.example" in body
    assert "The bridge remembers every step" in body
    for furniture in ("Press office", "Alys Brennan", "01632 960 481", "Library contact",
                      "Huw Maddox", "library@wrenford.example"):
        assert furniture not in body


FACT_BOX = '<div class="key-facts">'


@pytest.mark.parametrize("opening", [
    FACT_BOX,                                  # LocalGov Drupal's key-facts paragraph template
    '<div class="fast-facts">',                # the same box titled "Fast facts"
    '<div class="story-keyfacts">',            # one word after a theme's own prefix
])
def test_a_fact_box_named_by_its_title_is_no_text_of_the_story(opening):
    html = (PAGES / "fact_box_in_story.html").read_text(encoding="utf-8")
    html = html.replace(FACT_BOX, opening)
    article = extract_article(html, "https://www.harlowvale.example/news/eastmoor-library", profile=False)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1].startswith("The building has a children's floor")
    assert paragraphs[2].startswith("Councillor Ruth Okafor")
    assert not any("Forty computers" in p or "At the new library" in p for p in paragraphs)


def test_the_controls_of_a_page_share_the_reading_of_their_ancestors_names(monkeypatch):
    # Many buttons under the same wrappers (a live blog's share and like buttons): each
    # ancestor's names are read once for all of them, and the poll is found as before.
    from newscrawl.extract.body import boxes

    asked: list = []
    reading = boxes.name_words

    def counted(element, *args):
        asked.append(element)
        return reading(element, *args)

    monkeypatch.setattr(boxes, "name_words", counted)
    posts = "".join(f"<div class='post'><p>{SENTENCE}</p><div class='tools'><button>Like"
                    "</button><button>Share</button></div></div>" for _ in range(4))
    poll = ("<div class='poll'><p>Which route should the bridge take?</p>"
            "<span><button>North</button><button>South</button></span></div>")
    container = _block(f"<div><div class='feed'><div class='inner'>{posts}</div></div>{poll}</div>")
    found = boxes.open_polls(container)
    assert [element.get("class") for element in found] == ["poll"]
    assert len(asked) == len(set(asked))  # (each ancestor's names read once)


AFFILIATE_BOX = '<div class="gl-affiliate-box">'


@pytest.mark.parametrize("opening", [
    AFFILIATE_BOX,                             # a theme's affiliate price box
    '<div id="affiliate-prices">',             # the same box named by its id
    '<section class="shop__affiliate">',       # a BEM element of a shop block
])
def test_an_affiliate_box_after_the_story_is_no_text_of_it(opening):
    html = (PAGES / "affiliate_box_after_story.html").read_text(encoding="utf-8")
    tag = opening[1:].split()[0]
    html = html.replace(AFFILIATE_BOX, opening).replace(
        "these shops.</p></div>", f"these shops.</p></{tag}>", 1)
    article = extract_article(html, "https://www.gadgetledger.example/reviews/corvel-3", profile=False)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[-1].startswith("At its price the Corvel 3")
    assert not any("Where to buy" in p or "Shop One" in p or "may earn" in p for p in paragraphs)
