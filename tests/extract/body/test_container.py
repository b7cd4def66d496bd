"""The container step (newscrawl.extract.body.container) on pages written for these tests:
the headline's heading found when the <h1> holds a label beside the headline's words or
the title carries the section and site after it, and a story split into page-builder
sections six levels above its text block gathered whole."""

from __future__ import annotations

import lxml.html
import pytest

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body import extract_body
from newscrawl.extract.body.container import headline_heading, headline_wrappers
from newscrawl.extract.context import PageContext

TITLE = "Harbour ferry returns after repairs"


def _root(body: str):
    return lxml.html.fromstring(f"<html><body>{body}</body></html>").body


@pytest.mark.parametrize("heading", [
    f"<h1>{TITLE} <span class='badge'>Premium</span></h1>",   # a subscriber label
    f"<h1><i class='icon'>Video</i> {TITLE}</h1>",               # a format label before it
    f"<h1>{TITLE}<small>(14/01/2008)</small></h1>",              # a short date beside it
])
def test_a_heading_with_a_short_label_is_the_headline(heading):
    root = _root(f"<div class='logo'><h1>The Gazette</h1></div>{heading}")
    found = headline_heading(root, [TITLE])
    assert found is not None and TITLE in found.text_content()


def test_a_heading_with_more_words_in_a_child_is_not_the_headline():
    root = _root(f"<h1>{TITLE} <span>and the timetable for the whole spring season</span></h1>")
    assert headline_heading(root, [TITLE]) is None


def test_the_titles_opening_part_finds_the_heading_but_not_the_sites_name():
    titles = [f"{TITLE} | Local news | The Valley Gazette"]
    root = _root(f"<h1>The Valley Gazette</h1><h1>{TITLE}</h1>")
    found = headline_heading(root, titles)
    assert found is not None and found.text_content() == TITLE
    # the site's name is a part of the title too, but not the one it opens with
    assert headline_heading(_root("<h1>The Valley Gazette</h1>"), titles) is None


STORY = ("The small ferry that links the old harbour with the island made its first "
         "crossing of the year on Monday, after a winter in the shipyard. ")
TEASER = ("Council approves the new cycle lane along the river after a long debate "
          "about parking spaces and deliveries to the shops. ")

LABELLED_PAGE = f"""<html><head><title>{TITLE} | Local news | The Valley Gazette</title></head>
<body><div id="page">
<div id="content"><article>
  <header><h1>{TITLE} <span class="label">Abonnés</span></h1><p>12 March 2024</p></header>
  <div class="text"><p>{STORY * 2}</p><p>{STORY * 2}</p></div>
</article></div>
<div id="more"><div class="list">
  {"".join(f'<div class="item"><h3><a href="/n{i}">Council approves the cycle lane, part {i} of our series on the river</a></h3><p>{TEASER * 2}</p></div>' for i in range(8))}
</div></div>
</div></body></html>"""


def test_a_story_under_a_labelled_heading_wins_over_a_longer_teaser_list():
    ctx = PageContext(LABELLED_PAGE, "https://example.org/ferry")
    body = extract_body(ctx, titles=[f"{TITLE} | Local news"])
    assert "The small ferry that links the old harbour" in body.text
    assert "Council approves the new cycle lane" not in body.text


def test_without_the_heading_the_longer_teaser_list_is_taken():
    """The page the test above needs the heading for: with no title known, the list wins."""
    body = extract_body(PageContext(LABELLED_PAGE, "https://example.org/ferry"))
    assert "Council approves the new cycle lane" in body.text


def _widget(kind: str, inner: str) -> str:
    """A page builder's widget, as Elementor writes one: widget > widget container."""
    return (f'<div class="elementor-element elementor-element-a1b2 elementor-widget '
            f'elementor-widget-{kind}"><div class="elementor-widget-container">{inner}</div></div>')


def _section(*widgets: str) -> str:
    """A page builder's section: section > container > column > widget wrap > widgets."""
    return ('<section class="elementor-section elementor-top-section elementor-element">'
            '<div class="elementor-container elementor-column-gap-default">'
            '<div class="elementor-column elementor-col-100 elementor-element">'
            f'<div class="elementor-widget-wrap">{"".join(widgets)}</div></div></div></section>')


def _builder_page(between: str) -> str:
    first = "".join(f"<p>{STORY}Part one, paragraph {i}.</p>" for i in range(4))
    second = "".join(f"<p>{STORY}Part two, paragraph {i}.</p>" for i in range(3))
    return (f"<html><head><title>{TITLE}</title></head><body><article>"
            f"<h1>{TITLE}</h1><div class='elementor elementor-12'>"
            f"{_section(_widget('text-editor', first))}{between}"
            f"{_section(_widget('text-editor', second))}</div></article></body></html>")


NEWSLETTER = _section(_widget("form", "<p>Sign up for our morning newsletter.</p>"))


def test_a_story_split_into_page_builder_sections_is_read_whole():
    body = extract_body(PageContext(_builder_page(NEWSLETTER), "https://example.org/b"),
                        titles=[TITLE])
    assert "Part one, paragraph 0." in body.text and "Part two, paragraph 2." in body.text
    assert "Sign up for our morning newsletter" not in body.text


def test_page_builder_sections_need_six_levels(monkeypatch):
    monkeypatch.setattr(bp, "MAX_STORY_LEVELS", 5)
    body = extract_body(PageContext(_builder_page(NEWSLETTER), "https://example.org/b"),
                        titles=[TITLE])
    assert "Part one, paragraph 0." in body.text
    assert "Part two, paragraph 2." not in body.text


def test_a_sidebar_widget_is_still_furniture():
    """The builder's "widget" is its nesting; a theme's sidebar widget is furniture."""
    sidebar = ('<section class="widget widget_text"><div class="textwidget">'
               + "".join(f"<p>{STORY}Sidebar line {i}.</p>" for i in range(3))
               + "</div></section>")
    html = _builder_page(NEWSLETTER).replace("</article>", f"</article><aside>{sidebar}</aside>")
    html = html.replace("<aside>", "<div class='side'>").replace("</aside>", "</div>")
    body = extract_body(PageContext(html, "https://example.org/b"), titles=[TITLE])
    assert "Part two, paragraph 2." in body.text
    assert "Sidebar line" not in body.text


RELATED = ('<div class="related-stories"><h3>Related</h3><ul>'
           + "".join(f'<li><a href="/r{i}">Another story about the harbour and its ferries, '
                     f'number {i}</a></li>' for i in range(6)) + "</ul></div>")
AD = '<div class="ad-slot"><span>Advertisement</span></div>'


def _tail_page(after_ad: str) -> str:
    main = "".join(f"<p>{STORY}Part one, paragraph {i}.</p>" for i in range(6))
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='body-main'>{main}</div>{AD}{after_ad}{RELATED}{RELATED}"
            f"</article></body></html>")


TAIL = "".join(f"<p>{STORY}Part two, paragraph {i}.</p>" for i in range(2))


def test_a_block_of_paragraphs_after_an_ad_continues_the_story():
    text = extract_body(PageContext(_tail_page(f"<div class='body-rest'>{TAIL}</div>"),
                                    "https://example.org/t"), titles=[TITLE]).text
    assert "Part one, paragraph 5." in text and "Part two, paragraph 1." in text
    assert "Advertisement" not in text and "Another story about the harbour" not in text


def test_a_block_after_a_heading_or_named_like_furniture_does_not_continue_it():
    for after in (f"<h2>About the author</h2><div class='body-rest'>{TAIL}</div>",
                  f"<div class='author-bio'>{TAIL}</div>"):
        text = extract_body(PageContext(_tail_page(after), "https://example.org/t"),
                            titles=[TITLE]).text
        assert "Part one, paragraph 5." in text and "Part two, paragraph 1." not in text


# -- a wrapper named like furniture around the headline and the story ------------------

_WRAP_STORY = "".join(
    f"<p>{line}</p>" for line in (
        "The harbour ferry returned to service on Monday after six weeks of repairs to its "
        "engine and hull at the yard across the bay.",
        "Passengers queued from early morning, and the first crossing left ten minutes late "
        "while the crew checked the new ramp one more time.",
        "The operator said the timetable of the summer would start in May as planned, with "
        "two extra crossings on weekend afternoons."))
_WRAP_RIVAL = "<div class='k7'>" + "".join(
    f"<div class='t5'><h3><a href='/n{n}'>Another story {n}</a></h3><p>Volunteers from the "
    f"valley cleared the old towpath of fallen trees and litter this weekend, and the council "
    f"promised new benches along the canal before the summer holidays begin.</p></div>"
    for n in range(5)) + "</div>"


def _wrapped(wrapper: str, closing: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body>{wrapper}<h1>{TITLE}</h1>"
            f"<div class='e5'>{_WRAP_STORY}</div>{closing}{_WRAP_RIVAL}</body></html>")


@pytest.mark.parametrize("wrapper, closing", [
    ("<div id='__next'><main>", "</main></div>"),                      # Next.js's root
    ("<div class='content-sidebar-wrap'><main class='content'>", "</main></div>"),  # Genesis
    ("<article class='post-7 post type-post status-publish category-video'>", "</article>"),
])
def test_a_wrapper_named_like_furniture_that_holds_the_headline_is_no_furniture(wrapper, closing):
    # the rival block outside the wrapper scores a little higher than the story
    body = extract_body(PageContext(_wrapped(wrapper, closing), "https://example.org/a"),
                        titles=[TITLE])
    assert body is not None
    assert body.text.startswith("The harbour ferry returned")
    assert "Volunteers from the valley" not in body.text


def test_only_the_headlines_ancestors_named_like_furniture_are_its_wrappers():
    root = _root(f"<div id='__next'><div class='page'><div class='content-sidebar-wrap'>"
                 f"<main><h1>{TITLE}</h1></main></div></div></div>"
                 f"<div class='related-stories'><p>x</p></div>")
    heading = root.find(".//h1")
    wrappers = headline_wrappers(heading, bp.BOILERPLATE_WORDS)
    assert [el.get("id") or el.get("class") for el in wrappers] == ["content-sidebar-wrap",
                                                                     "__next"]


def test_a_rival_named_like_furniture_stays_furniture_beside_a_plain_wrapper():
    html = _wrapped("<div class='q1'><main>", "</main></div>").replace(
        "<div class='k7'>", "<div class='related-stories'>")
    body = extract_body(PageContext(html, "https://example.org/a"), titles=[TITLE])
    assert body is not None and body.text.startswith("The harbour ferry returned")
    assert "Volunteers from the valley" not in body.text
