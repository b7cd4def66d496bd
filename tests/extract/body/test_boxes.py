"""Boxes set into a story that are none of its text, told by their structure
(newscrawl.extract.body.boxes), on blocks written for these tests."""

from __future__ import annotations

import lxml.html
import pytest

from newscrawl.extract.body.boxes import (has_entry_field, is_cut_notice, is_furniture_box,
                                          is_teaser_list)

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
