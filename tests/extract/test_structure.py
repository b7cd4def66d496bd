"""Tests of the structural furniture signals (newscrawl/extract/structure.py).

Every page here is written with hashed class names only ("x7Qa2 kPzR"), so no class word
of the boilerplate vocabulary can help: what is left out is left out by structure.
"""

from __future__ import annotations

import json

import lxml.html

from newscrawl import extract_article
from newscrawl.extract import structure
from newscrawl.extract.body import extract_body
from newscrawl.extract.context import PageContext
from newscrawl.extract.structure import KnownFields, caption_beside_image

URL = "https://news.example/2024/05/02/harbour-bridge"
DESCRIPTION = "The city will close the old harbour bridge for two years while it is rebuilt."
AUTHOR = "Marta Lindqvist"
STORY = [
    "Engineers found cracks in three of the bridge's steel girders during an inspection in March, "
    "the city's transport department said on Thursday.",
    "Traffic will be sent over the ring road from June, adding about ten minutes to the average "
    "commute from the eastern suburbs, according to the department's estimate.",
    "Shop owners near the bridge said they feared losing customers during the works and asked the "
    "council for help with rents while the crossing is closed.",
    "The new bridge is expected to open in the summer of 2026 and will carry a separate lane for "
    "bicycles, which the old one never had.",
]


def story_blocks(paragraphs=STORY, cls="hYt4 nQ2a") -> str:
    return "".join(f'<div class="k3Lx"><div class="{cls}">{p}</div></div>' for p in paragraphs)


def page(before: str = "", middle: str = "", after: str = "", *, story: str | None = None,
         head: str = "") -> str:
    """A hashed-class page: the header parts (``before``), the story in two groups with
    ``middle`` between them, then ``after``; JSON-LD states the description and author."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour bridge to close",
          "description": DESCRIPTION, "author": [{"@type": "Person", "name": AUTHOR}],
          "datePublished": "2024-05-02T08:00:00Z"}
    if story is None:
        story = (f'<div class="gR8w">{story_blocks(STORY[:2])}</div>{middle}'
                 f'<div class="gR8w">{story_blocks(STORY[2:])}</div>')
    return f"""<html><head><title>Harbour bridge to close</title>
    <meta name="description" content="{DESCRIPTION}">
    <script type="application/ld+json">{json.dumps(ld)}</script>{head}</head><body>
    <div class="aQ1"><div class="nV2"><a href="/">Home</a><a href="/city">City</a><a href="/sport">Sport</a></div></div>
    <div class="zP9"><div class="cC3">
      <div class="hD1">Harbour bridge to close</div>
      {before}
      <div class="sT7">{story}</div>
      {after}
    </div></div>
    <div class="fT0"><a href="/about">About</a><a href="/privacy">Privacy</a></div>
    </body></html>"""


def article(html: str):
    return extract_article(html.encode(), URL, profile=False)


def paragraphs(html: str) -> list[str]:
    return article(html).body.split("\n\n")


def test_plain_hashed_page_gives_the_story():
    assert paragraphs(page()) == STORY


def test_standfirst_repeating_the_description_is_not_body():
    before = f'<div class="dK2">{DESCRIPTION}</div>'
    assert paragraphs(page(before)) == STORY


def test_first_paragraph_that_is_also_the_description_stays():
    # the description is often the story's own first paragraph: same kind, same place
    story = f'<div class="gR8w">{story_blocks([DESCRIPTION] + STORY)}</div>'
    assert paragraphs(page(story=story)) == [DESCRIPTION] + STORY


def test_byline_naming_the_known_author_is_not_body():
    before = (f'<div class="bY5"><span class="q1">By <a href="/authors/ml">{AUTHOR}</a></span>'
              f'<span class="q2">May 2, 2024, 10:00 AM</span></div>')
    assert paragraphs(page(before)) == STORY


def test_image_and_its_caption_without_figure_markup():
    caption = "The old harbour bridge seen from the ferry terminal on Wednesday."
    before = (f'<div class="fG1"><div class="fG2"><span><img src="/img/bridge.jpg" alt="A bridge">'
              f'</span></div><div class="fG3"><span>{caption}</span> <span>Photo by Ola Berg</span>'
              f'</div></div>')
    found = article(page(before))
    assert found.body.split("\n\n") == STORY
    captions = [image.caption for image in found.images]
    assert caption in captions


def test_sign_up_box_with_a_form_between_the_story_groups_is_left_out():
    middle = ('<div class="nL4"><div class="nL5">Get the City Briefing</div>'
              '<div class="nL6">The day\'s local news in your inbox every morning, free of charge.</div>'
              '<form class="nL7"><input type="email" placeholder="Email"><button type="submit">Go</button>'
              '</form></div>')
    assert paragraphs(page(middle=middle)) == STORY


def test_paragraph_holding_a_read_aloud_button_stays():
    story = (f'<div class="gR8w"><div class="k3Lx"><p class="hYt4"><button type="button">Listen'
             f'</button>{STORY[0]}</p></div>'
             + "".join(f'<div class="k3Lx"><p class="hYt4">{p}</p></div>' for p in STORY[1:]) + "</div>")
    assert paragraphs(page(story=story)) == STORY


def test_comment_thread_after_the_story_is_left_out():
    after = ('<div class="cM1"><div class="cM2">12 Comments</div><div class="cM3">'
             '<div class="cM4"><div class="cM5">harbourwatcher</div><div class="cM6">About time they '
             'fixed it, the cracks have been visible from the quay for years.</div></div>'
             '<div class="cM4"><div class="cM5">eastside_anna</div><div class="cM6">Ten minutes is '
             'optimistic. The ring road is already jammed every morning.</div></div></div></div>')
    assert paragraphs(page(after=after)) == STORY


def test_topic_links_and_an_appeal_after_the_story_are_left_out():
    after = ('<div class="eP1"><h2>Before you go, we have a request.</h2><p>Local reporting costs '
             'money, and readers like you pay for most of it. Please think about giving.</p>'
             '<a href="/give" class="eP2">Give now</a></div>'
             '<div class="tP1"><h2>More on these topics</h2><ul><li><a href="/t/bridges">Bridges</a></li>'
             '<li><a href="/t/traffic">Traffic</a></li><li><a href="/t/council">Council</a></li></ul></div>')
    assert paragraphs(page(after=after)) == STORY


def test_a_section_of_the_story_under_its_own_heading_stays():
    # a subheading between paragraphs of the story's kind is inside the story region
    story = (f'<div class="gR8w">{story_blocks(STORY[:2])}<h2 class="sB1">What happens next</h2>'
             f'{story_blocks(STORY[2:])}</div>')
    assert paragraphs(page(story=story)) == STORY[:2] + ["What happens next"] + STORY[2:]


def test_box_of_links_under_a_short_label_among_the_paragraphs_is_left_out():
    middle = ('<div class="rA2"><div class="rA3">Also on the harbour:</div><ul>'
              '<li><a href="/ferry-timetable">Ferry timetable changes for the summer season</a></li>'
              '<li><a href="/quay-works">Works on the north quay run late again</a></li></ul></div>')
    assert paragraphs(page(middle=middle)) == STORY


def test_a_sentence_above_a_list_of_links_stays():
    # the text outside the links ends like a sentence: it says something of its own
    middle = ('<div class="rA2"><div class="rA3">The plans are online.</div><ul>'
              '<li><a href="/plans-a">Plan of the new bridge deck, drawing A</a></li>'
              '<li><a href="/plans-b">Plan of the new bridge piers, drawing B</a></li></ul></div>')
    assert paragraphs(page(middle=middle)) == STORY[:2] + ["The plans are online."] + STORY[2:]


def test_a_label_with_more_than_a_few_words_of_text_beside_links_stays():
    label = "Residents can comment on the plans until the end of May at the town hall"
    middle = (f'<div class="rA2"><div class="rA3">{label}</div><ul>'
              '<li><a href="/plans-a">Plan of the new bridge deck, drawing A</a></li>'
              '<li><a href="/plans-b">Plan of the new bridge piers, drawing B</a></li></ul></div>')
    assert label in paragraphs(page(middle=middle))


SUBTITLE = "Two years of detours, a ferry and a lane for bicycles at the end"


def subtitle_page(subtitle_block: str) -> str:
    """A hashed-class page whose headline, subtitle, share bar and story paragraphs share one
    wrapper (the story region), the description stated as ``SUBTITLE``."""
    return f"""<html><head><title>Harbour bridge to close</title>
    <meta property="og:description" content="{SUBTITLE}"></head><body>
    <div class="zP9"><div class="cC3">
      <div><h1 class="hD1">Harbour bridge to close</h1></div>
      {subtitle_block}
      <div class="bY5"><a href="/share/x">Share</a> <a href="/share/mail">Mail</a></div>
      {"".join(f'<p class="hYt4 nQ2a">{p}</p>' for p in STORY)}
    </div></div></body></html>"""


def test_subtitle_repeating_the_description_inside_the_story_region_is_not_body():
    found = paragraphs(subtitle_page(f'<div><h2 class="sU1">{SUBTITLE}</h2></div>'))
    assert found == STORY


def test_a_sentence_repeating_the_description_inside_the_story_region_stays():
    # the description is often the story's first sentence, set in a block of its own kind
    sentence = SUBTITLE + "."
    html = subtitle_page(f'<div><p class="lD2">{sentence}</p></div>').replace(
        f'content="{SUBTITLE}"', f'content="{sentence}"')
    assert paragraphs(html) == [sentence] + STORY


def table_layout_page(inset: str) -> str:
    """A table-layout page: the story as loose text with line breaks in one cell, with
    ``inset`` (a small table) set in before the text."""
    text = "<br><br>".join(STORY)
    return f"""<html><head><title>Harbour bridge to close</title></head><body>
    <table width="780"><tr><td width="150"><a href="/">Home</a><br><a href="/city">City</a></td>
    <td width="470"><font size="5"><b>Harbour bridge to close</b></font><br>
    <font size="2">{inset}{text}<br><br></font></td></tr></table></body></html>"""


def test_photo_and_caption_table_set_into_loose_text_is_a_figure():
    caption = "The old harbour bridge seen from the ferry terminal. Photo: Ola Berg"
    inset = (f'<table width="210" align="right"><tr><td><img src="/img/bridge.jpg" alt=""></td></tr>'
             f'<tr><td><font size="1">{caption}</font></td></tr></table>')
    found = article(table_layout_page(inset))
    assert found.body.split("\n\n") == STORY
    assert "The old harbour bridge seen from the ferry terminal." in [i.caption for i in found.images]


def test_a_table_of_an_image_and_a_long_text_is_no_figure():
    # a row of story text beside (under) a photo is text: longer than a caption
    long_text = " ".join(STORY[2:] * 2)
    inset = (f'<table width="470"><tr><td><img src="/img/bridge.jpg" alt=""></td></tr>'
             f'<tr><td>{long_text}</td></tr></table>')
    assert long_text in article(table_layout_page(inset)).body


def test_no_clear_paragraph_kind_takes_nothing_out():
    root = lxml.html.fromstring(
        "<div><div class='a'>First paragraph of a page with no repeated kind of block at all.</div>"
        "<form><input type='email'></form></div>")
    ctx_free = structure.text_blocks(root, _scan(root))
    assert structure.story_blocks(ctx_free, 200) == []


def _scan(root):
    from newscrawl.extract.body.scan import scan_page
    return scan_page(root)


def test_extract_body_takes_the_known_fields():
    html = page(f'<div class="dK2">{DESCRIPTION}</div><div class="bY5">By {AUTHOR}</div>')
    ctx = PageContext(html, URL)
    titles = ["Harbour bridge to close"]
    plain = extract_body(ctx, titles=titles)
    assert plain is not None and DESCRIPTION in plain.paragraphs
    told = extract_body(PageContext(html, URL), titles=titles,
                        fields=KnownFields(descriptions=(DESCRIPTION,), names=(AUTHOR,)))
    assert told is not None and told.paragraphs == STORY


def test_caption_beside_image_refuses_a_sign_up_icon_and_links():
    box = lxml.html.fromstring(
        '<div><div class="h"><div class="b"><img src="/icon.svg"></div><div class="t">Morning Post: '
        'the news of the day in five minutes.</div></div><form><input type="email"></form></div>')
    assert caption_beside_image(box.find(".//div[@class='b']")) is None
    linked = lxml.html.fromstring(
        '<div><div class="b"><img src="/a.jpg"></div><div class="t"><a href="/x">Read the story</a></div></div>')
    assert caption_beside_image(linked.find(".//div[@class='b']")) is None
    figure = lxml.html.fromstring(
        '<div><div class="b"><img src="/a.jpg"></div><div class="t">Boats in the harbour at dawn.</div></div>')
    assert caption_beside_image(figure.find(".//div[@class='b']")) == "Boats in the harbour at dawn."


def test_a_credit_after_a_line_break_in_a_caption_beside_an_image_is_split_off():
    from newscrawl.extract.images import split_credit
    from newscrawl.extract.structure import caption_beside_image

    root = lxml.html.fromstring(
        '<table><tr><td><img src="/kep.jpg"></td>'
        '<td>A felújított híd a kikötőnél<br><i>Fotó: Nagy Eszter</i></td></tr></table>')
    img = root.xpath("//img")[0]
    text = caption_beside_image(img.getparent())
    assert text == "A felújított híd a kikötőnél Fotó: Nagy Eszter"
    assert split_credit(text) == ("A felújított híd a kikötőnél", "Nagy Eszter")
