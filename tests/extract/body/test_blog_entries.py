"""A blog entry in the blog engines' default templates, where the entry, its pings, its
comments and the comment form share one wrapper with no box of their own: the story ends
where the heading of the comment section opens (Movable Type's ``<h2 id="trackbacks">``
and ``<h2 id="comments">``, the WordPress default theme's ``<h3 id="comments">`` and
``<h3 id="respond">``); and it opens after the date header the templates set over the
entry's title (``<h2 class="date-header">``), which dates the entry and is none of its text
(tests/extract/body/pages/blog_entry_with_comments.html)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article
from newscrawl.extract.body.paragraphs import (collect_paragraphs, comment_section_tail,
                                               is_date_header)

PAGES = Path(__file__).resolve().parent / "pages"
FIRST = ("The island ferry will run four crossings a day instead of six from the first of "
         "November, the operator told a packed meeting at the harbour office on Wednesday night.")
LAST = ("The harbour committee will ask the county for a grant to keep one evening sailing "
        "through December, its chair said after the meeting.")
STORY = ("The library will open on Sundays from March, the council said on Tuesday after a "
         "year of requests from families and students.")
COMMENT = "Great news, but why did it take a whole year to decide this?"


def _entry() -> str:
    html = (PAGES / "blog_entry_with_comments.html").read_bytes()
    return extract_article(html, "https://diary.example/archives/2006/10/ferry_timetable.html",
                           profile=False).body


def test_the_entry_ends_before_its_pings_and_comments():
    body = _entry()
    assert body.rstrip().endswith(LAST)
    for furniture in ("TrackBack URL", "Tracked on", "Four crossings will not do",
                      "Post a comment", "Remember personal info", "Posted by"):
        assert furniture not in body


def test_the_wordpress_default_theme_comment_headings_close_the_story():
    root = lxml.html.fromstring(
        f"<div class='post'><p>{STORY}</p><p>{STORY}</p>"
        f"<h3 id='comments'>2 Responses to “Library opens on Sundays”</h3>"
        f"<ol class='commentlist'><li>{COMMENT}</li></ol>"
        f"<h3 id='respond'>Leave a Reply</h3><p>{COMMENT}</p></div>")
    assert collect_paragraphs(root) == [STORY, STORY]


def test_a_subheading_with_another_id_stays():
    root = lxml.html.fromstring(
        f"<div><p>{STORY}</p><h3 id='reactions'>Reactions</h3><p>{COMMENT}</p></div>")
    assert comment_section_tail(root) == frozenset()
    assert collect_paragraphs(root) == [STORY, "Reactions", COMMENT]


def test_the_entry_opens_after_its_date_header():
    assert _entry().startswith(FIRST)


def test_a_date_heading_over_the_entry_title_is_a_date_header():
    root = lxml.html.fromstring(
        f"<div><h2>Friday, March 4, 2005</h2><h3>Library opens on Sundays</h3>"
        f"<p>{STORY}</p></div>")
    assert is_date_header(root[0])
    assert collect_paragraphs(root) == ["Library opens on Sundays", STORY]


def test_a_dated_subheading_over_its_paragraph_stays():
    root = lxml.html.fromstring(f"<div><p>{STORY}</p><h3>March 4, 2005</h3><p>{STORY}</p></div>")
    assert not is_date_header(root[1])
    assert collect_paragraphs(root) == [STORY, "March 4, 2005", STORY]


def test_a_heading_right_over_blocks_named_for_comments_closes_the_story():
    # no id on the heading: the block right after it, named for a comment, says what it
    # heads, whatever its words; the line after the comments (how to add one) goes too
    root = lxml.html.fromstring(
        f"<div><p>{STORY}</p><p>{STORY}</p><h3>Reader views (2)</h3>"
        f"<div class='comment'><p>Jo, 18/03/2023</p><p>{COMMENT}</p></div>"
        f"<div class='comment'><p>{COMMENT}</p></div>"
        f"<p>Write to the webmaster to have your view added below the report.</p></div>")
    assert collect_paragraphs(root) == [STORY, STORY]


def test_a_subheading_over_the_text_stays_though_comments_follow_later():
    root = lxml.html.fromstring(
        f"<div><p>{STORY}</p><h3>What happens next</h3><p>{STORY}</p>"
        f"<div class='comment'><p>{COMMENT}</p></div></div>")
    assert comment_section_tail(root) == frozenset()


def test_the_entry_title_over_a_line_named_for_its_comments_stays():
    # the title opens the entry, so no comment section starts there: the line under it
    # (the comment count and date a theme names "commentmeta") is the entry's meta
    root = lxml.html.fromstring(
        f"<div><h2>Library opens on Sundays</h2><p class='commentmeta'>12 May 2013</p>"
        f"<p>{STORY}</p><p>{STORY}</p></div>")
    assert comment_section_tail(root) == frozenset()
