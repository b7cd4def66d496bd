"""End tags libxml2 ignores over an open <div> (newscrawl.extract.end_tags), on pages
written for these tests: the open divs are closed where a browser closes them, so a
story after a menu, a figure or an aside with a stray <div> is read again."""

from __future__ import annotations

import lxml.html

from newscrawl.extract import extractor
from newscrawl.extract.context import _html_parser, parse_html
from newscrawl.extract.end_tags import close_open_divs, ignored_end_tags

STORY = "".join(f"<p>The harbour ferry made its first crossing of the year on Monday after a "
                f"winter in the shipyard, paragraph {i}.</p>" for i in range(6))


def _page(menu: str) -> str:
    return (f"<html><head><title>Harbour ferry returns</title></head><body>"
            f"<div class='menu-wrap'>{menu}</div><main><article><h1>Harbour ferry returns</h1>"
            f"{STORY}</article></main></body></html>")


STRAY_MENU = "<nav class='menu'><div class='close'><i></i></div><div class='logo'>Gazette</nav>"
CLOSED_MENU = ("<nav class='menu'><div class='close'><i></i></div>"
               "<div class='logo'>Gazette</div></nav>")


def _log(html: str):
    parser = _html_parser()
    lxml.html.document_fromstring(html, parser=parser)
    return parser.error_log


def test_the_parsers_log_names_a_furniture_element_left_open_over_a_div():
    assert ignored_end_tags(_log(_page(STRAY_MENU))) == {"nav"}
    assert ignored_end_tags(_log(_page(CLOSED_MENU))) == frozenset()


def test_a_section_left_open_over_a_div_is_not_repaired():
    """Only elements whose subtree the body leaves out: a <section> still holds its text."""
    html = _page("<section><div>Gazette</section>")
    assert ignored_end_tags(_log(html)) == frozenset()


def test_the_open_divs_are_closed_before_the_end_tag():
    fixed = close_open_divs("<nav><div><div>a</div><div>b</nav><p>c</p>", frozenset({"nav"}))
    assert fixed == "<nav><div><div>a</div><div>b</div></div></nav><p>c</p>"


def test_divs_in_scripts_and_comments_are_not_counted_and_balanced_text_is_left_alone():
    text = "<nav><script>var s = '<div>';</script><!-- <div> --><div>a</div></nav><p>c</p>"
    assert close_open_divs(text, frozenset({"nav"})) is None


def test_a_div_end_tag_closing_the_element_leaves_its_later_end_tag_alone():
    text = "<div><figure><img src='a.jpg'></div><p>c</p></figure>"
    assert close_open_divs(text, frozenset({"figure"})) is None


def test_a_story_after_a_menu_with_a_stray_div_is_read():
    root = parse_html(_page(STRAY_MENU))
    assert all(next(p.iterancestors("nav"), None) is None for p in root.iter("p"))
    body = extractor.extract_article(_page(STRAY_MENU), "https://example.org/ferry",
                                     profile=False).body
    assert "paragraph 5." in body and "Gazette" not in body


def test_a_well_formed_page_parses_as_before():
    html = _page(CLOSED_MENU)
    expected = lxml.html.tostring(lxml.html.document_fromstring(html, parser=_html_parser()))
    assert lxml.html.tostring(parse_html(html)) == expected


def test_the_count_reads_past_upper_case_scripts_and_stops_where_one_never_ends():
    text = "<nav><SCRIPT>x = '<div>'</SCRIPT><div>a</nav><p>c</p>"
    assert close_open_divs(text, frozenset({"nav"})) == (
        "<nav><SCRIPT>x = '<div>'</SCRIPT><div>a</div></nav><p>c</p>")
    # a script that never ends: nothing after it is counted, the text is left as it is
    assert close_open_divs("<nav><div>a<script>x = 1;</nav>", frozenset({"nav"})) is None
    # a tag that never ends: the same
    assert close_open_divs("<nav><div>a</nav", frozenset({"nav"})) is None
