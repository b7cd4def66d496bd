"""A copyright notice the page sets after the furniture that closes the story (a list of
related links, the print and e-mail links) is the page's, not the story's, even written as
sentences; one right after the story's last paragraph stays, as labels keep it
(tests/extract/body/pages/notice_past_furniture.html)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article
from newscrawl.extract.body.paragraphs import collect_paragraphs, is_set_off_notice

PAGES = Path(__file__).resolve().parent / "pages"
NOTICE = "Copyright © 2005 The Valley Gazette. All rights reserved."
STORY = ("The River Road bridge will close to traffic for six weeks starting May 1 while state "
         "crews replace its deck, the highway department said Tuesday.")


def test_a_notice_past_the_closing_furniture_is_left_out():
    html = (PAGES / "notice_past_furniture.html").read_bytes()
    article = extract_article(html, "https://gazette.example/news/story.asp?id=503", profile=False)
    assert article.body.rstrip().endswith("district office during business hours.")
    assert "All rights reserved" not in article.body


def test_a_notice_right_after_the_story_stays():
    root = lxml.html.fromstring(f"<div><p>{STORY}</p><p>{STORY}</p><p>{NOTICE}</p></div>")
    assert collect_paragraphs(root)[-1] == NOTICE


def test_a_notice_after_a_dropped_link_block_goes():
    root = lxml.html.fromstring(
        f'<div><p>{STORY}</p><p>{STORY}</p>'
        '<p><a href="/a">Print this story</a> | <a href="/b">Email this story</a></p>'
        f'<p>{NOTICE}</p></div>')
    assert collect_paragraphs(root) == [STORY, STORY]


def test_only_a_short_copyright_notice_is_one():
    assert is_set_off_notice(NOTICE)
    assert not is_set_off_notice("All of the town's copyright records were lost in the fire.")
    assert not is_set_off_notice("© " + "word " * 60)
