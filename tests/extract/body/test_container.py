"""The container step (newscrawl.extract.body.container) on pages written for these tests:
the headline's heading found when the <h1> holds a label beside the headline's words or
the title carries the section and site after it, and a story split into page-builder
sections six levels above its text block gathered whole."""

from __future__ import annotations

import lxml.html
import pytest

from newscrawl.extract import boilerplate as bp
from newscrawl.extract import extract_article
from newscrawl.extract.body import extract_body
from newscrawl.extract.body.container import (_continues_story, email_text_blocks, headline_heading,
                                              headline_wrappers, links_in_running_text)
from newscrawl.extract.body.scan import scan_page
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


# --- Sixteenth round: probe pages of a short story beside a longer block -------------

PROBE_TITLE = "Lighthouse keepers' cottage reopens as a village museum"
PROBE_STORY = [
    "The stone cottage that once housed the keepers of the lighthouse opened its doors as a "
    "small museum on Saturday, after two winters of work by volunteers from the village.",
    "The building had stood empty since the light was automated, and by the time the parish "
    "council bought it the roof had partly fallen in and the chimney leaned towards the sea.",
    "Volunteers rebuilt the roof with slates from a demolished barn, relaid the flagstone "
    "floor and repaired the iron range in the kitchen, which now heats the two rooms.",
    "Entry is free, and the museum will open on weekends until the end of October, then by "
    "appointment through the winter, the parish council said in a statement on Friday.",
]
PROBE_TEASER = ("A short summary of another story from the same section, written in one or "
                "two sentences to tempt the reader to click through to it. ")
TEASER_MARK = PROBE_TEASER[:40]
TEASER_SECTION = ("<section class='k7'><h2>More from News</h2>" + "".join(
    f"<div class='t5'><h3><a href='/n{i}'>Another headline from the coast, number {i}</a></h3>"
    f"<p>{PROBE_TEASER * 2}</p></div>" for i in range(10)) + "</section>")


def _story(tag: str = "p") -> str:
    return "".join(f"<{tag}>{p}</{tag}>" for p in PROBE_STORY)


def _probe_body(html: str):
    return extract_body(PageContext(html, "https://example.org/cottage"), titles=[PROBE_TITLE])


def _kept_whole(body) -> bool:
    return body is not None and all(p in body.text for p in PROBE_STORY)


def _named_story_page(name: str, between: str = "<div class='c3d4'>By Marta Lind</div>") -> str:
    return (f"<html><head><title>{PROBE_TITLE}</title></head><body><div class='site'>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><div class='a1b2'><h1>{PROBE_TITLE}</h1>{between}"
            f"<div class='{name}'>{_story()}</div></div>{TEASER_SECTION}</main></div></body></html>")


@pytest.mark.parametrize("name", ["content-sidebar", "main-col-related", "entry-content-footer",
                                  "widget-area", "promo-story"])
def test_the_block_right_after_the_headline_is_the_story_whatever_its_name(name):
    """A layout class naming the sidebar or the related column beside the story, on the
    block that follows the headline and byline: the story, not the longer teaser list."""
    body = _probe_body(_named_story_page(name))
    assert _kept_whole(body)
    assert TEASER_MARK not in body.text


@pytest.mark.parametrize("name", ["content-sidebar", "widget-area"])
def test_a_plain_block_in_a_named_wrapper_right_after_the_headline_is_the_story(name):
    page = _named_story_page(name).replace(f"<div class='{name}'>", f"<div class='{name}'><div class='txt'>")
    page = page.replace(f"</p></div></div>{TEASER_SECTION}", f"</p></div></div></div>{TEASER_SECTION}")
    body = _probe_body(page)
    assert _kept_whole(body)
    assert TEASER_MARK not in body.text


def test_a_named_block_far_below_the_headline_keeps_its_name():
    """More than a byline's text between the headline and the named block: its name
    counts, and the longer unnamed block wins as before."""
    between = "<div class='intro'>" + "".join(
        f"<p>{PROBE_TEASER}Paragraph {i} of an introduction.</p>" for i in range(3)) + "</div>"
    body = _probe_body(_named_story_page("content-sidebar", between))
    assert PROBE_STORY[0] not in body.text


def test_a_block_named_like_furniture_is_not_widened_past():
    """The chosen block's own name would make an ancestor's reading pass it over."""
    page = _named_story_page("content-sidebar")
    ctx = PageContext(page, "https://example.org/cottage")
    from newscrawl.extract.body.container import widen_container
    from newscrawl.extract.body.scan import scan_page
    scan = scan_page(ctx.body_element)
    block = next(el for el in ctx.body_element.iter("div") if el.get("class") == "content-sidebar")
    assert widen_container(block, scan) is block
    plain = next(el for el in ctx.body_element.iter("div") if el.get("class") == "t5")
    assert scan.named_furniture.get(plain) is not True


def _table_page(story_cell_first: bool, story_paragraphs: int = 4) -> str:
    story = "<br><br>".join(PROBE_STORY[:story_paragraphs])
    story_cell = f"<td valign='top'><h1>{PROBE_TITLE}</h1><font size='2'>By Marta Lind</font><br><br>{story}</td>"
    links = "".join(f"<a href='/s{i}'>Story link number {i} from the archive</a><br>"
                    f"{PROBE_TEASER}<br><br>" for i in range(10))
    links_cell = f"<td width='200' valign='top'>{links}</td>"
    cells = story_cell + links_cell if story_cell_first else links_cell + story_cell
    return (f"<html><head><title>{PROBE_TITLE}</title></head><body><table width='100%'>"
            f"<tr><td colspan='2'><img src='logo.gif'></td></tr><tr>{cells}</tr></table></body></html>")


@pytest.mark.parametrize("first", [True, False])
def test_a_layout_tables_cell_holding_the_headline_wins_over_a_longer_cell_of_teasers(first):
    body = _probe_body(_table_page(first))
    assert _kept_whole(body)
    assert TEASER_MARK not in body.text


def test_a_headline_cell_with_little_text_does_not_win():
    """The rule asks the headline's cell for half the best cell's rank: a cell holding the
    headline and one line loses to the longer cell of teasers (none is the story)."""
    body = _probe_body(_table_page(True, story_paragraphs=1))
    assert TEASER_MARK in body.text


BLOG_PAGE = (f"<html><head><title>{PROBE_TITLE}</title></head><body>"
             "<div class='header'><h1><a href='/'>The Coastal Blog</a></h1></div>"
             "<div class='main'><div class='post'>{heading}<div class='by'>Posted by Marta</div>"
             f"<div class='post-body entry-content'>{_story()}</div></div>"
             "<div class='content-sidebar'></div></div>"
             f"<div class='k7'>{TEASER_SECTION}</div></body></html>")


@pytest.mark.parametrize("heading", [
    f"<h3 class='post-title entry-title'>{PROBE_TITLE}</h3>",   # Blogger's template
    f"<h2 class='entry-title'>{PROBE_TITLE}</h2>",              # a classic WordPress theme
])
def test_the_headline_set_below_h1_is_the_heading(heading):
    root = lxml.html.fromstring(BLOG_PAGE.replace("{heading}", heading)).body
    found = headline_heading(root, [PROBE_TITLE])
    assert found is not None and found.tag in ("h2", "h3")


def test_a_linked_teaser_title_is_not_the_heading_and_an_h1_comes_first():
    linked = f"<h3><a href='/cottage'>{PROBE_TITLE}</a></h3>"
    root = lxml.html.fromstring(BLOG_PAGE.replace("{heading}", linked)).body
    assert headline_heading(root, [PROBE_TITLE]) is None
    both = BLOG_PAGE.replace("{heading}", f"<h2>{PROBE_TITLE}</h2>").replace(
        "<div class='main'>", f"<div class='main'><h1>{PROBE_TITLE}</h1>")
    assert headline_heading(lxml.html.fromstring(both).body, [PROBE_TITLE]).tag == "h1"


def test_a_story_under_an_h2_headline_in_a_table_is_found():
    html = _table_page(False).replace("<h1>", "<h2>").replace("</h1>", "</h2>").replace(
        "<body>", "<body><h1>The Coastal Courier</h1>")
    assert _kept_whole(_probe_body(html))


COMMENTS = ("<div id='comments' class='comments-area'><ol class='comment-list'>" + "".join(
    f"<li class='comment'><article class='comment-body'><footer class='comment-meta'>Reader {i}"
    f"</footer><div class='comment-content'><p>{PROBE_TEASER * 2}</p></div></article></li>"
    for i in range(8)) + "</ol></div>")


@pytest.mark.parametrize("after", [COMMENTS, TEASER_SECTION])
def test_probes_the_extractor_got_right_before_stay_right(after):
    """A WordPress comment thread and a related list of teasers longer than the story."""
    html = (f"<html><head><title>{PROBE_TITLE}</title></head><body><main>"
            f"<article class='post'><h1 class='entry-title'>{PROBE_TITLE}</h1>"
            f"<div class='entry-content'>{_story()}</div></article>{after}</main></body></html>")
    body = _probe_body(html)
    assert _kept_whole(body) and TEASER_MARK not in body.text


OPENING = ("The harbour council voted on Tuesday evening to close the old ferry pier for "
           "repairs, after <a href='/report'>an engineers' survey</a> found that two of its "
           "timber supports had rotted through.")
SIGN_UP = ("<div class='newsletter-signup'><h3>Morning briefing</h3><p>Sign up for the morning "
           "briefing and never miss a story from the coast.</p></div>")
REST = "".join(f"<p>{STORY}The rest, paragraph {i}.</p>" for i in range(6))


def _opening_page(opening: str, after: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='byline'>By Jane Fielding</div><div class='text-block'>{opening}</div>"
            f"{SIGN_UP}<div class='text-block'>{REST}</div>{after}</article></body></html>")


def test_an_opening_block_citing_a_report_by_a_link_continues_the_story():
    text = extract_body(PageContext(_opening_page(f"<p>{OPENING}</p>"), "https://example.org/o"),
                        titles=[TITLE]).text
    assert text.startswith("The harbour council voted") and "The rest, paragraph 5." in text
    assert "Sign up" not in text


@pytest.mark.parametrize("opening", [
    "<h3><a href='/t'>Ferry timetable for the summer season and the winter months</a></h3>"
    "<p>All crossings of the harbour ferry, with the fares for each of them.</p>",  # a teaser
    f"<p>{OPENING[:-1]} <a href='/more'>and the full text of the survey is here</a></p>",
])
def test_an_opening_block_with_a_linked_title_or_line_is_judged_as_a_teaser(opening):
    text = extract_body(PageContext(_opening_page(opening), "https://example.org/o"),
                        titles=[TITLE]).text
    assert text.startswith(STORY.strip()) and "timetable" not in text and "survey" not in text


def test_a_linked_sentence_counts_as_plain_text_only_before_the_container():
    root = _root(f"<div class='text-block'><p>{OPENING}</p></div>")
    block = root[0]
    scan = scan_page(root)
    assert links_in_running_text(block)
    assert _continues_story(block, scan, opening=True)
    assert not _continues_story(block, scan)  # after the container: a promo's shape too


@pytest.mark.parametrize("block", [
    "<div><h3><a href='/t'>Ferry timetable</a></h3><p>All crossings of the ferry.</p></div>",
    "<div><p>The survey of the pier is online. <a href='/s'>Read the full survey here</a></p></div>",
    "<div><p><a href='/a'>The survey of the pier</a> and <a href='/b'>its annex</a>.</p></div>",
    "<div><p>The survey of the pier is online.</p></div>",  # no link at all
])
def test_a_linked_title_a_closing_link_or_a_mostly_linked_line_is_no_running_text(block):
    assert not links_in_running_text(lxml.html.fromstring(block))


REPORT = [
    "The first team won the derby at the hill hall by a single goal in front of a full house.",
    "They trailed by four at the break and came back with a string of saves from the keeper.",
    "With the win the team climbs to fifth place, and the next game is away on Saturday.",
]
TEASER_LINES = [
    "Two rounds before the end of the season our under-fourteens have won their league.",
    "A draw with a happy end: the second team takes a point from the leaders at last.",
]


def _club_page(cards: str) -> str:
    blocks = "".join(f"<div class='ce_text block'><p>{line}</p></div>" for line in REPORT)
    return (f"<html><head><title>Derby won</title></head><body><div id='wrapper'>"
            f"<main><div class='inside'><div class='breadcrumb'><a href='/'>Home</a></div>"
            f"<div class='mod_newsreader block'><div class='layout_full block'><h1>Derby won</h1>"
            f"{blocks}</div></div>"
            f"<div class='mod_newslist block'><h2>More club news</h2>{cards}</div>"
            f"</div></main></div></body></html>")


def test_the_container_is_not_widened_over_a_list_of_teasers():
    # a club's report on a CMS, the news list of other reports beside it in one wrapper
    cards = "".join(f"<div class='layout_short block'><h2><a href='/news/{n}'>Report {n}</a></h2>"
                    f"<div class='ce_text block'><p>{line}</p></div></div>"
                    for n, line in enumerate(TEASER_LINES))
    body = extract_body(PageContext(_club_page(cards), "https://club.example/news/derby"))
    assert body.paragraphs == REPORT
    # (what the teasers' linked titles change: the same blocks as sections of text)
    plain = cards.replace("<a href='/news/0'>", "").replace("<a href='/news/1'>", "").replace("</a>", "")
    body = extract_body(PageContext(_club_page(plain), "https://club.example/news/derby"))
    assert TEASER_LINES[1] in body.paragraphs


@pytest.mark.parametrize("titles", [[TITLE], ["The Valley Gazette"], ["Nothing printed"],
                                    [f"{TITLE} | The Valley Gazette"], ["Premium " + TITLE]])
def test_headline_heading_from_the_listed_h1s_is_the_one_found_by_walking(titles):
    # given the page's listed <h1> elements (the page context's list, the head's among
    # them), the heading is the one a walk of the body finds, and an <h1> outside the
    # body is not taken
    page = (f"<html><head><h1></h1><title>{TITLE}</title></head><body>"
            f"<h1>The Valley Gazette</h1><div><h1><span>Premium</span> {TITLE}</h1>"
            f"<h2>{TITLE}</h2><p>Story text.</p></div><h1>{TITLE}</h1></body></html>")
    ctx = PageContext(page, "https://example.org/story")
    root = ctx.body_element
    walked = headline_heading(root, titles)
    assert headline_heading(root, titles, ctx.elements("h1")) is walked
    outside = lxml.html.fromstring(f"<html><body><h1>{TITLE}</h1></body></html>").find(".//h1")
    assert headline_heading(root, titles, [outside, *ctx.elements("h1")]) is walked


PAGES = __import__("pathlib").Path(__file__).resolve().parents[1] / "pages"
BATHS = [
    "The county council voted on Tuesday evening to reopen the old swimming baths",
    "Councillors agreed to spend most of the leisure budget",
    "The baths were built in the nineteen-thirties",
    "Engineers who surveyed the building last spring",
    "Work is expected to start in the autumn",
    "The swimming club, which has trained in a neighbouring town",
    "A public meeting about the plans will be held in the library",
    "The council will also ask residents whether the baths should open earlier",
]


def _extract_page(name: str):
    from newscrawl.extract import extract_article
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://example.org/{name}", profile=False)


def test_a_story_cut_by_ad_slots_a_sign_up_form_and_teasers_is_read_whole():
    """Three text blocks of different kinds, each in a wrapper, cut by two ad slots, an
    unnamed sign-up box with an e-mail field and a row of teasers: the first part is
    found past the box and the slot, the last past the teasers, and none of them is read."""
    body = _extract_page("story_cut_by_boxes.html").body
    positions = [body.index(sentence) for sentence in BATHS]
    assert positions == sorted(positions)
    for furniture in ("Every weekday at seven", "morning briefing", "Bypass plans",
                      "Drawings of the new road", "Advertisement", "Copyright"):
        assert furniture not in body


def test_the_article_holding_only_the_header_does_not_win_over_the_story_after_it():
    from newscrawl.extract.body.container import choose_container, told_after_article
    ctx = PageContext((PAGES / "header_only_article.html").read_text(encoding="utf-8"),
                      "https://example.org/h")
    root = ctx.body_element
    heading = next(root.iter("h1"))
    home = next(root.iter("article"))
    story = next(el for el in root.iter("div") if el.get("class") == "k2")
    scan = scan_page(root)
    assert told_after_article(heading, home, story, scan)
    assert choose_container(root, scan, home=home, heading=heading) is story


def test_a_story_after_the_article_holds_little_between_it_and_the_headline():
    """The next story of the page, after the article's own text, is not told after it."""
    from newscrawl.extract.body.container import told_after_article
    own = "".join(f"<p>{'The article tells its own story here at some length. ' * 3}</p>"
                  for _ in range(3))
    root = _root(f"<article><h1>{TITLE}</h1>{own}</article><div class='next'>"
                 f"<p>{'Another story follows below it. ' * 8}</p></div>")
    heading, home = next(root.iter("h1")), next(root.iter("article"))
    after = next(el for el in root.iter("div") if el.get("class") == "next")
    assert not told_after_article(heading, home, after, scan_page(root))


def _following(second: str) -> list:
    from newscrawl.extract.body.container import following_paragraph_blocks
    first = "".join(f"<p>{'The ferry crossed to the island on Monday morning again. ' * 3}</p>"
                    for _ in range(4))
    root = _root(f"<div class='col'><h1>{TITLE}</h1><div class='t1'>{first}</div>"
                 f"<div class='ad-slot'><span>Advertisement</span></div>{second}</div>")
    container = next(el for el in root.iter("div") if el.get("class") == "t1")
    return [el.get("class") for el in following_paragraph_blocks(container, scan_page(root))]


def test_a_part_with_a_subheading_continues_the_story_but_a_titled_box_does_not():
    text = "The crew said the new engine ran quietly all the way across. " * 3
    assert _following(f"<div class='t2'><p>{text}</p><h2>On the island</h2><p>{text}</p></div>") \
        == ["t2"]
    assert _following(f"<div class='t2'><h3>Fast facts</h3><p>{text}</p><p>{text}</p></div>") == []
    # a part in wrappers of its own (a page builder's row and column) is found inside them
    assert _following(f"<div class='row'><div class='column'><div class='t2'><p>{text}</p>"
                      f"<p>{text}</p></div></div></div>") == ["t2"]


def test_a_lead_field_in_the_text_fields_markup_is_no_part_of_the_story():
    # a CMS prints its lead field in the same field markup as the text field (the same
    # tag and first class word: Drupal's field--name-field-lead beside field--name-body),
    # with the lead image between: the lead is gathered as no part of the story, and the
    # standfirst rules leave it out (the image stands between it and the text)
    field = "clearfix text-formatted field field--name-field-{} field__item"
    lead = ("Twenty volunteers planted the first trees ten years ago. The orchard now holds "
            "more than a hundred old varieties of apple and pear, some of them found nowhere "
            "else in the valley any more.")
    story = "".join(f"<p>The orchard on the hill keeps old apple trees alive, and the members "
                    f"prune them every first Saturday of the month, part {n}. Anyone may come "
                    f"along; the group lends out ladders and saws, and the older members show "
                    f"the newcomers how a young tree is cut back in its first summers.</p>"
                    for n in range(1, 5))
    html = ("<html><head><title>Ten years of the hill orchard</title></head><body>"
            "<h1>Ten years of the hill orchard</h1>"
            "<article class='node node--type-article node--view-mode-full'>"
            "<div class='node__meta'><span>Published 18.06.2024</span> <div>Text: Ann Example"
            "</div></div><div class='node__content'>"
            f"<div class='{field.format('lead')}'><p>{lead}</p></div>"
            "<div class='field field--name-field-image'><figure><img src='/a.jpg' alt=''>"
            "<figcaption>The first tree.</figcaption></figure></div>"
            f"<div class='{field.format('body')}'>{story}<figure><img src='/b.jpg' alt=''>"
            f"<figcaption>The rarest apple.</figcaption></figure>{story}</div>"
            "<div class='field field--name-field-note'>This article appeared in the print "
            "issue 2/2024.</div></div></article></body></html>")
    body = extract_body(PageContext(html, "https://orchard.example/magazin/ten-years"))
    assert body.paragraphs[0].startswith("The orchard on the hill")
    assert lead not in body.text


MARKET = [
    "The town meeting voted by a wide margin on Wednesday",
    "Residents had complained about the noise of the generators",
    "The traders said the river site floods every spring",
    "The town clerk said the new rules would be written",
    "Several of the older stallholders",
]


def test_a_story_cut_into_layout_table_rows_and_tables_is_read_whole():
    """A pre-CSS page tells its story loose between ``<br>`` in the cells of a layout
    table, cut by an ad's row, and ends it in a table of its own: every part is read, in
    order; the headline's and the date's rows, the ad, the copyright row under it, the
    side column and the footer are not."""
    body = _extract_page("layout_table_story_rows.html").body
    positions = [body.index(sentence) for sentence in MARKET]
    assert positions == sorted(positions)
    for furniture in ("Copyright 2008", "Thursday, 14 February", "Latest headlines",
                      "School roof repairs", "About us", "Classifieds"):
        assert furniture not in body


_LOOSE = [
    "The harbour board voted on Monday to close the old ferry pier for repairs, which will "
    "send the commuters onto the longer road route for most of the winter months.",
    "Engineers found cracks in three of the concrete piles last spring, and a survey in "
    "the autumn showed that the damage had spread further than anyone had expected.",
    "The board will meet again in January to hear how the work is going and to decide "
    "whether the pier can reopen before the summer timetable begins in May.",
]
_COMMENT = ("I have used this ferry every day for twenty years and I think the board has "
            "handled the whole business badly from the start. They knew about the cracks.")


def _rows_page(rows: str) -> str:
    return ("<html><head><title>Ferry pier to close for repairs</title></head><body>"
            "<table><tr><td><a href='/'>Home</a><br><a href='/n'>News</a></td><td>"
            f"<h1>Ferry pier to close for repairs</h1><table>{rows}</table></td></tr></table>"
            "<p><a href='/about'>About us</a> <a href='/contact'>Contact</a></p></body></html>")


def _rows(*cells: str) -> str:
    return "".join(f"<tr>{cell}</tr>" for cell in cells)


@pytest.mark.parametrize("ad_row", [
    "<td><img src='/ads/banner.gif'></td>",
    "<td><font size=1>Advertisement</font><br><a href='/ad'><img src='/ads/b.gif'></a></td>",
    "<td align=center><iframe src='/ads/frame?slot=2' width=300 height=250></iframe></td>",
])
def test_a_story_cut_by_an_ads_row_in_a_layout_table_is_read_whole(ad_row):
    html = _rows_page(_rows(f"<td>{_LOOSE[0]}<br><br>{_LOOSE[1]}</td>", ad_row,
                             f"<td>{_LOOSE[2]}</td>"))
    from newscrawl.extract import extract_article
    body = extract_article(html, "https://example.org/pier", profile=False).body
    assert all(text[:50] in body for text in _LOOSE)
    assert "Advertisement" not in body


@pytest.mark.parametrize("rows, left_out", [
    # a "Posted by" line is no break: the comment under it is not the story's
    (_rows(f"<td>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td>",
           "<td><img src='/ads/banner.gif'></td>", "<td><b>Posted by Jim at 10:42</b></td>",
           f"<td>{_COMMENT}</td>"), _COMMENT[:50]),
    # the footer's notice, however long
    (_rows(f"<td>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td>",
           "<td>Copyright 2008 The Harbour Times. All rights reserved. This material may not be "
           "published, broadcast, rewritten or redistributed without permission.</td>"),
     "All rights reserved"),
    # a row of two cells of text (the page's columns)
    (_rows(f"<td colspan=2>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td>",
           f"<td>{_COMMENT}</td><td>More stories from the harbour and the island, every day "
           "in the Harbour Times and on our website.</td>"), _COMMENT[:50]),
    # a row set otherwise than the story's cell (a note in small type) past the ad
    (_rows(f"<td><font size=2>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</font></td>",
           "<td><img src='/ads/banner.gif'></td>", f"<td><font size=1>{_COMMENT}</font></td>"),
     _COMMENT[:50]),
    # an empty spacer row is no break: the row after it is the page's next thing
    (_rows(f"<td>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td>", "<td></td>",
           f"<td>{_COMMENT}</td>"), _COMMENT[:50]),
    # a row right after the story's cell, with no ad between, is not more of it
    (_rows(f"<td>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td>", f"<td>{_COMMENT}</td>"),
     _COMMENT[:50]),
    # a heading's row ends the search: what follows it is another text
    (_rows(f"<td>{_LOOSE[0]}<br><br>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td>",
           "<td><h3>Readers write</h3></td>", f"<td>{_COMMENT}</td>"), _COMMENT[:50]),
])
def test_rows_after_a_layout_tables_story_that_are_not_story_stay_out(rows, left_out):
    from newscrawl.extract import extract_article
    body = extract_article(_rows_page(rows), "https://example.org/pier", profile=False).body
    assert all(text[:50] in body for text in _LOOSE)
    assert left_out not in body


def test_a_cell_beside_another_cell_of_text_gathers_no_rows():
    from newscrawl.extract.body.container import layout_table_parts
    root = _root(f"<table><tr><td>{_LOOSE[0]}</td><td>{_COMMENT}</td></tr>"
                 f"<tr><td>{_LOOSE[1]}<br><br>{_LOOSE[2]}</td></tr></table>")
    cell = next(root.iter("td"))
    assert layout_table_parts(cell, scan_page(root)) == ([], [])
def test_a_letter_in_several_email_text_blocks_is_read_whole():
    # Mailchimp's template: the letter's text sits in three Text blocks (mcnTextBlock) of
    # the #templateBody section, with an image block and a sponsor's Boxed Text block
    # between them; the preheader's and the footer's Text blocks are other sections
    html = (PAGES / "newsletter_text_blocks.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://quayside.example/archive/41", profile=False)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Hello again, and thanks")
    assert any(p.startswith("The toll will be two dollars") for p in paragraphs)
    # (the letter's close and the writer's first name after it are her signature)
    assert paragraphs[-1].startswith("I will be in the room")
    for text in ("Harbour Street Bakery", "Open this letter in your browser", "Unsubscribe"):
        assert text not in article.body


def test_email_text_blocks_are_the_text_blocks_of_the_containers_section():
    text = ("<p>The ferry board met on Monday and agreed to keep the winter timetable for one "
            "more year, though the captains asked for a later last sailing on Fridays.</p>")
    tree = lxml.html.fromstring(
        "<html><body><table><tr><td id='templateBody'>"
        f"<table class='mcnTextBlock'><tr><td class='mcnTextContent'>{text}</td></tr></table>"
        f"<table class='mcnBoxedTextBlock'><tr><td class='mcnTextContent'>{text}</td></tr></table>"
        f"<table class='mcnTextBlock'><tr><td class='mcnTextContent'>{text}</td></tr></table>"
        "</td></tr><tr><td id='templateFooter'>"
        f"<table class='mcnTextBlock'><tr><td class='mcnTextContent'>{text}</td></tr></table>"
        f"</td></tr></table><div class='mcnTextContent'>{text}</div></body></html>")
    scan = scan_page(tree)
    cells = tree.xpath("//td[@class='mcnTextContent']")
    # the Text blocks of the section, not its Boxed Text block nor the footer's
    assert email_text_blocks(cells[0], scan) == [cells[0], cells[2]]
    assert email_text_blocks(cells[3], scan) == []  # (the footer's only Text block)
    assert email_text_blocks(tree.xpath("//div")[0], scan) == []  # (no template's cell)
