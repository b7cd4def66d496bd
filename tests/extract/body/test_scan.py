"""The page scan (newscrawl.extract.body.scan): text per block and the scores it credits."""

from __future__ import annotations

import importlib
import lxml.html

from newscrawl.extract.body.scan import scan_page
from tests.gc_checks import cycles_left_by

LINE = "A line of the story that is long enough to count as text"


def _body(html: str):
    return lxml.html.document_fromstring(html).find("body")


def test_a_line_break_is_a_child_block_without_text():
    body = _body(f"<html><body><main><div id='lines'>{LINE}<br>{LINE}<hr>{LINE}</div>"
                 "</main></body></html>")
    scan = scan_page(body)
    lines = body.get_element_by_id("lines")
    for tag in ("br", "hr"):
        mark = next(lines.iter(tag))
        assert (scan.text_chars[mark], scan.link_chars[mark], scan.good_chars[mark],
                scan.clean_chars[mark]) == (0, 0, 0, 0)
    # a block of lines holds child blocks: it is a candidate itself, credited first
    assert scan.scores[lines] == 3 * len(LINE)
    assert scan.scores[lines.getparent()] == 1.5 * len(LINE)


def test_a_block_of_text_without_line_breaks_credits_the_block_around_it():
    body = _body(f"<html><body><main><div id='text'>{LINE}</div></main></body></html>")
    scan = scan_page(body)
    text = body.get_element_by_id("text")
    assert text not in scan.scores
    assert scan.scores[text.getparent()] == len(LINE)


def test_a_hidden_line_break_is_not_recorded():
    body = _body(f"<html><body><div id='d'>{LINE}<br style='display: none'>{LINE}</div>"
                 "</body></html>")
    scan = scan_page(body)
    assert next(body.iter("br")) not in scan.text_chars
    assert scan.text_chars[body.get_element_by_id("d")] == 2 * len(LINE)


def test_a_block_hidden_by_a_frameworks_class_is_not_scanned_unless_shown_on_some_screen():
    paragraphs = f"<p>{LINE}</p><p>{LINE}</p>"
    body = _body(f"<html><body><div id='banner' class='!hidden'>{paragraphs}{paragraphs}</div>"
                 f"<div id='wide' class='hidden md:block'>{paragraphs}</div>"
                 f"<div id='small' class='d-md-none'>{paragraphs}</div></body></html>")
    assert body.get_element_by_id("banner") in scan_page(body).scores  # (read on request only)
    scan = scan_page(body, hiding_classes=True)
    assert body.get_element_by_id("banner") not in scan.scores
    assert scan.scores[body.get_element_by_id("wide")] == 2 * len(LINE)
    assert scan.scores[body.get_element_by_id("small")] == 2 * len(LINE)


def test_a_paragraph_credits_three_blocks_above_it_and_none_above_a_nested_article():
    body = _body(f"<html><body><main><section><div><p>{LINE}</p></div></section></main>"
                 f"<article><article id='card'><p>{LINE}</p></article></article></body></html>")
    scan = scan_page(body)
    paragraph = next(body.iter("p"))
    div = paragraph.getparent()
    assert [scan.scores.get(el) for el in (div, div.getparent(), div.getparent().getparent())] \
        == [len(LINE), 0.5 * len(LINE), 0.25 * len(LINE)]
    assert body not in scan.scores or scan.scores[body] == 0.0
    card = body.get_element_by_id("card")
    assert scan.scores[card] == len(LINE)
    assert card.getparent() not in scan.scores


def test_links_inside_a_block_count_as_link_text_and_tails_after_them_do_not():
    body = _body("<html><body><div id='d'><a href='/x'>linked words</a> plain words after"
                 "</div></body></html>")
    scan = scan_page(body)
    div = body.get_element_by_id("d")
    assert scan.text_chars[div] == len("linked words") + len("plain words after")
    assert scan.link_chars[div] == len("linked words")


def test_the_scan_leaves_no_reference_cycle():
    # (its walk is a recursive closure: left referring to itself, it would hold every
    # element the scan measured, and with them the page's tree, until the cycle
    # collector found it)
    body = _body(f"<html><body><main><div><p>{LINE}</p><p>{LINE}</p></div>"
                 "<nav><a href='/'>Home</a></nav></main></body></html>")
    with cycles_left_by(importlib.import_module("newscrawl.extract.body.scan")) as cycles:
        scan = scan_page(body)
        assert scan.scores
        del scan
    assert cycles == []
