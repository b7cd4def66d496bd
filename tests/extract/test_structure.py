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
from newscrawl.extract.structure import KnownFields, image_with_caption_block, reads_as_caption, shown_text

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


def caption_beside_image(branch) -> str | None:
    """The text of the caption block grouped with ``branch`` (the image's part), or None."""
    pair = image_with_caption_block(branch.getparent())
    if pair is None or pair[0] is not branch or not reads_as_caption(pair[1]):
        return None
    return shown_text(pair[1])


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


# -- the article's header and what follows the story, inside one wrapper ---------------

def split_story_page(header: str = "", after: str = "", *, middle: str = "") -> str:
    """A hashed-class page whose article wrapper holds the header (``header``), the story
    in two sibling groups of one kind split by an ad (or ``middle``), then ``after``: the
    wrapper is the container and the story region, as on pages that split their text."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Harbour bridge to close", "author": [{"@type": "Person", "name": AUTHOR}]}
    group = '<div class="gR8w">{}</div>'
    paragraphs = [f'<p class="hYt4">{p}</p>' for p in STORY]
    middle = middle or '<div class="aD3"><span>Anzeige</span></div>'
    return f"""<html><head><title>Harbour bridge to close</title>
    <script type="application/ld+json">{json.dumps(ld)}</script></head><body>
    <div class="nV2"><a href="/">Home</a><a href="/city">City</a><a href="/sport">Sport</a></div>
    <article class="zQ4">{header}{group.format("".join(paragraphs[:2]))}{middle}
    {group.format("".join(paragraphs[2:]))}{after}</article>
    <div class="fT0"><a href="/about">About</a><a href="/privacy">Privacy</a></div>
    </body></html>"""


HEADLINE = '<h1 class="hL1">Harbour bridge to close</h1>'
BYLINE_AND_DATE = (f'<div class="bY5"><span>By {AUTHOR}</span> '
                   '<time datetime="2024-05-02T08:00:00Z">2 May 2024, 08:00</time></div>')


def test_header_from_the_headline_to_the_byline_and_date_is_not_body():
    header = (f'<span class="kC1">City</span>{HEADLINE}'
              '<p class="sU1">Two years of detours, a ferry and a lane for bicycles at the end.</p>'
              f'{BYLINE_AND_DATE}')
    assert paragraphs(split_story_page(header)) == STORY


def test_a_subtitle_between_the_header_and_the_story_is_not_body():
    header = f'{HEADLINE}{BYLINE_AND_DATE}<div class="lD2">Two years of detours and a ferry</div>'
    assert paragraphs(split_story_page(header)) == STORY


def test_a_first_paragraph_after_the_headline_with_no_header_between_stays():
    opening = "The city will close the old harbour bridge for two years from June."
    header = f'{HEADLINE}<p class="oP1">{opening}</p>'
    assert paragraphs(split_story_page(header)) == [opening] + STORY


def test_a_section_label_heading_above_the_headline_is_not_body():
    # the story's first paragraph alone in a block of its own between the header and the
    # story: the header is marked, and the label heading above the headline is its too
    opening = "The city will close the old harbour bridge for two years from June."
    header = (f'<div class="hE1"><h2 class="sC1">City</h2>{HEADLINE}{BYLINE_AND_DATE}</div>'
              f'<div class="iN7"><p class="oP1">{opening}</p></div>')
    assert paragraphs(split_story_page(header)) == [opening] + STORY


def test_a_heading_between_the_header_and_the_story_stays():
    # (after the header's last mark a heading may open the story's first section)
    header = f'{HEADLINE}{BYLINE_AND_DATE}<h2 class="sB2">Cracks in three girders</h2>'
    assert paragraphs(split_story_page(header)) == ["Cracks in three girders"] + STORY


def test_a_sentence_above_the_headline_stays():
    sentence = "The bridge was opened in 1932 and has carried the tram since 1950."
    header = f'<h2 class="sC1">{sentence}</h2>{HEADLINE}{BYLINE_AND_DATE}'
    assert paragraphs(split_story_page(header)) == [sentence] + STORY


def test_a_date_line_before_the_story_is_not_body_without_a_headline_either():
    header = '<p class="dL1">First published 08.00, 02/05/2024</p>'
    assert paragraphs(split_story_page(header)) == STORY
    sentence = "The bridge was opened in 1932 and has carried the tram since 1950."
    assert paragraphs(split_story_page(f'<p class="dL1">{sentence}</p>')) == [sentence] + STORY


def test_an_offer_after_the_last_paragraph_inside_the_wrapper_is_not_body():
    after = ('<div class="pW1"><h3>Subscribe to keep reading</h3><p>Unlimited access from one '
             'dollar a week.</p><a href="/subscribe">Subscribe</a></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_the_known_authors_card_after_the_story_is_not_body():
    # (the trailing check inside the story region was left out on the merge; the card's
    # note goes as the closing author's note, body.paragraphs.is_author_note)
    after = (f'<div class="aC1"><img src="/authors/ml.jpg" alt=""><p><strong>{AUTHOR}</strong> '
             'covers transport and the harbour for the paper.</p></div>')
    assert paragraphs(split_story_page(after=after)) == STORY
    note = "The council will publish the detour maps on its website next week."
    assert paragraphs(split_story_page(after=f'<p class="nT1">{note}</p>')) == STORY + [note]


def test_a_table_of_results_after_the_story_is_no_comment_thread():
    # rows of a short name and a value look like comments (a name line, a text): data
    rows = "".join(f"<tr><td>{team}</td><td>Goals scored {score}</td></tr>"
                   for team, score in (("Harbour Rovers", 3), ("Quay United", 1), ("Ferry Town", 0)))
    found = paragraphs(page(after=f'<div class="rS0"><table class="rS1">{rows}</table></div>'))
    assert found == STORY + ["Harbour Rovers Goals scored 3", "Quay United Goals scored 1",
                             "Ferry Town Goals scored 0"]


def test_a_sign_up_box_whose_lines_are_of_the_storys_kind_is_left_out():
    middle = ('<div class="nB1"><h3 class="nB2">The harbour news in your inbox every morning?</h3>'
              '<p class="hYt4">Sign up for our free newsletter and never miss a story.</p>'
              '<form action="/newsletter"><input type="email"><button>Sign up</button></form></div>')
    assert paragraphs(split_story_page(middle=middle)) == STORY


def test_a_short_story_behind_a_login_form_stays():
    story = ('<div class="sT7"><p class="hYt4">The old harbour bridge closes in June for two years.</p>'
             '<p class="hYt4">A ferry will run every twenty minutes while it is rebuilt.</p>'
             '<form action="/login"><input type="text" name="user"><button>Log in</button></form></div>')
    html = (f'<html><head><title>Harbour bridge</title></head><body><article class="zQ4">'
            f'{HEADLINE}{story}<div class="fT0"><a href="/about">About</a></div></article></body></html>')
    assert "The old harbour bridge closes in June for two years." in article(html).body


def test_an_appeal_box_whose_line_is_of_the_storys_kind_is_left_out():
    after = ('<div class="sP1"><h4>Support independent local journalism</h4>'
             '<p class="hYt4">We are funded by our readers. Your gift keeps the harbour reporting going.</p>'
             '<a class="sP2" href="/donate">Donate</a></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_section_under_a_heading_without_a_closing_link_stays():
    line = "The ferry will run every twenty minutes from the north quay until the bridge reopens."
    after = f'<div class="sC1"><h4>What happens next</h4><p class="hYt4">{line}</p></div>'
    assert paragraphs(split_story_page(after=after)) == STORY + ["What happens next", line]


# -- a story told as loose text in a table layout --------------------------------------

def loose_text_page(header: str, after: str = "") -> str:
    """A table layout whose story is loose text in a ``<font>`` of one cell (runs between
    ``<br>``), with ``header`` lines before it and ``after`` lines after it in the cell."""
    text = "<br><br>".join(STORY)
    return f"""<html><head><title>City Times - Harbour bridge to close</title></head><body>
    <table width="780"><tr><td width="150"><a href="/">Home</a><br><a href="/city">City</a></td>
    <td width="470">{header}<font size="2">{text}<br><br></font>{after}</td></tr></table>
    </body></html>"""


LOOSE_HEADER = ('<font size="1"><b>CITY</b></font><br>'
                '<font size="5"><b>Harbour bridge to close</b></font><br>'
                '<font size="3"><i>Two years of detours and a ferry</i></font><br><br>'
                '<font size="1">by Ola Berg<br>Thursday, May 2, 2024</font><br><br>')


def test_loose_text_story_leaves_its_header_out():
    assert paragraphs(loose_text_page(LOOSE_HEADER)) == STORY


def test_loose_text_story_leaves_a_comment_box_after_it_out():
    comments = ('<hr><table width="100%" bgcolor="#eeeeee"><tr><td><font size="1">'
                '<b>Reader comments (2)</b><br><br><b>quayside</b> wrote on 05/02/2024:<br>'
                'About time they fixed it.<br><br><b>eastend</b> wrote on 05/03/2024:<br>'
                'The ring road will jam.<br><br><a href="/comments/post">Post a comment</a>'
                '</font></td></tr></table>')
    assert paragraphs(loose_text_page(LOOSE_HEADER, comments)) == STORY


def test_a_title_named_in_a_sentence_is_no_headline_line():
    # the headline's words linked inside a paragraph are part of the sentence, not a header
    linked = ('<p class="iN1">Critics compared it with <a href="/f/1">Harbour bridge to close</a>, '
              '<a href="/f/2">Quay Days</a> and other films of the year.</p>')
    found = paragraphs(split_story_page(linked))
    assert found[0] == ("Critics compared it with Harbour bridge to close, Quay Days and other "
                        "films of the year.")

def test_a_credit_after_a_line_break_in_a_caption_beside_an_image_is_split_off():
    from newscrawl.extract.images import split_credit

    root = lxml.html.fromstring(
        '<table><tr><td><img src="/kep.jpg"></td>'
        '<td>A felújított híd a kikötőnél<br><i>Fotó: Nagy Eszter</i></td></tr></table>')
    img = root.xpath("//img")[0]
    text = caption_beside_image(img.getparent())
    assert text == "A felújított híd a kikötőnél Fotó: Nagy Eszter"
    assert split_credit(text) == ("A felújított híd a kikötőnél", "Nagy Eszter")


def test_first_element_children_leave_out_comments_and_stop_at_the_limit():
    wrapper = lxml.html.fromstring("<div><!-- a note --><p>a</p><!-- b --><span>b</span><i>c</i><b>d</b></div>")
    assert [child.tag for child in structure._first_element_children(wrapper, 3)] == ["p", "span", "i"]
    assert [child.tag for child in structure._first_element_children(wrapper, 9)] == ["p", "span", "i", "b"]
    assert structure._first_element_children(lxml.html.fromstring("<div><!-- only --></div>"), 3) == []


def test_caption_beside_image_wants_exactly_two_element_children():
    two = lxml.html.fromstring('<div><span><img src="a.jpg"></span><!-- c --><p>The harbour at dawn</p></div>')
    assert caption_beside_image(two.find("span")) == "The harbour at dawn"
    three = lxml.html.fromstring('<div><span><img src="a.jpg"></span><p>The harbour at dawn</p><p>More</p></div>')
    assert caption_beside_image(three.find("span")) is None


# -- comment threads and writers' cards after the story, inside the story region -------

WRITER = "Ola Berg"
LINKED_BYLINE = f'<div class="bY7">By <a href="/people/ola-berg">{WRITER}</a></div>'


def dated_comment(name: str, stamp: str, text: str) -> str:
    # the comment's text is a <p> of the story's own kind
    return (f'<div class="cQ2"><span class="cQ3">{name}</span><span class="cQ4">{stamp}</span>'
            f'<p class="hYt4">{text}</p></div>')


def test_a_dated_comment_thread_under_its_heading_inside_the_region_is_left_out():
    after = ('<div class="cQ1"><h3 class="cQ0">2 comments</h3>'
             + dated_comment("anna_k", "03/05/2024 10:12", "Finally, the cracks were visible for years.")
             + dated_comment("Per L.", "03/05/2024 11:40", "Ten minutes is optimistic at rush hour.")
             + '</div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_list_of_undated_items_under_a_heading_inside_the_region_stays():
    # name lines and texts, but no dates: a fact box or a list of people, not comments
    after = ('<div class="fA1"><h3 class="fA0">Who is who</h3>'
             '<div class="fA2"><b>Ola Rask</b><span class="fA3">harbour master</span>'
             '<p class="fA4">She signed the closure order in April.</p></div>'
             '<div class="fA2"><b>Per Lund</b><span class="fA3">ferry operator</span>'
             '<p class="fA4">He will run the replacement ferry.</p></div></div>')
    found = paragraphs(split_story_page(after=after))
    assert found[:len(STORY)] == STORY and "She signed the closure order in April." in found


def test_a_writers_card_opening_with_the_bylines_linked_name_is_left_out():
    # the byline links the name to the writer's page; no structured data names the writer
    after = (f'<div class="aK1"><a href="/people/ola-berg">{WRITER}</a>'
             '<p class="hYt4">Covers the harbour, the ferries and the city council.</p></div>')
    assert paragraphs(split_story_page(LINKED_BYLINE, after)) == STORY


def test_a_writers_note_opening_with_the_name_and_a_verb_is_left_out():
    after = (f'<div class="aK2"><i>{WRITER} has covered the harbour for the paper since 2009. '
             'He can be reached at the newsroom.</i></div>')
    assert paragraphs(split_story_page(LINKED_BYLINE, after)) == STORY


def test_a_line_quoting_a_person_named_like_the_writer_stays():
    # the name is followed by a comma, not a verb; no portrait, no link: a quotation
    line = f"{WRITER}, who runs the kiosk on the quay, said she would stay open all summer."
    found = paragraphs(split_story_page(LINKED_BYLINE, f'<div class="qT1">{line}</div>'))
    assert found == STORY + [line]


def test_the_storys_last_paragraph_opening_with_the_writers_name_and_a_verb_stays():
    # a paragraph of the story's kind is the story's own, whatever it opens with (here a
    # person named like the writer, quoted)
    line = f"{WRITER} says the ferry will be free for pensioners while the bridge is shut."
    page_html = split_story_page(LINKED_BYLINE).replace(
        "</article>", f'<div class="gR8w"><p class="hYt4">{line}</p></div></article>')
    # (the body alone: the authors' step leaves a closing author's note out by its text,
    # body.paragraphs.is_author_note, which is no structure's rule)
    body = extract_body(PageContext(page_html, URL), titles=["Harbour bridge to close"])
    assert body is not None and body.paragraphs[-1] == line


def test_dated_thread_takes_the_childrens_most_common_kind():
    thread = lxml.html.fromstring(
        '<div><p class="h">Comments</p>'
        '<div><p class="n">Ruth A. · Nov 27, 2026</p><p class="t">Thank you!</p></div>'
        '<div><p class="n">D. Kessler · Nov 28, 2026</p><p class="t">Good call.</p></div></div>')
    assert structure.is_comment_thread(thread, dated=True)
    assert not structure.is_comment_thread(thread)  # (the first child's kind: one item)
    undated = lxml.html.fromstring(
        '<div><div><p class="n">Ruth A.</p><p class="t">Thank you!</p></div>'
        '<div><p class="n">D. Kessler</p><p class="t">Good call.</p></div></div>')
    assert not structure.is_comment_thread(undated, dated=True)


# -- labels of left-out boxes, tag rows and a caption under a bare image ----------------

def test_a_row_of_tag_badges_after_the_story_inside_the_region_is_left_out():
    after = ('<div class="tB1"><span class="tB2">bridges</span> <span class="tB2">traffic</span> '
             '<span class="tB2">city council</span></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_row_of_like_sentences_after_the_story_stays():
    # like inline elements, but each a sentence: text, not labels
    after = ('<div class="tB1"><span class="tB3">The ferry is free.</span> '
             '<span class="tB3">Bicycles ride free too.</span></div>')
    found = paragraphs(split_story_page(after=after))
    assert "The ferry is free. Bicycles ride free too." in found


def test_a_label_line_above_a_comment_box_in_loose_text_is_left_out():
    comments = ('<hr><font size="2"><b>Reader comments</b></font><br>'
                '<font size="1"><b>quayside</b> wrote on 05/02/2024:<br>About time they fixed it.'
                '<br><br><b>eastend</b> wrote on 05/03/2024:<br>The ring road will jam.<br><br>'
                '<a href="/comments/post">Add your comment</a></font>')
    assert paragraphs(loose_text_page(LOOSE_HEADER, comments)) == STORY


def test_a_short_line_above_a_kept_line_in_loose_text_stays():
    after = ('<font size="2"><b>Detours</b></font><br>'
             '<font size="2">The ring road takes the traffic from June, the city said.</font>')
    found = paragraphs(loose_text_page(LOOSE_HEADER, after))
    assert found[-2:] == ["Detours", "The ring road takes the traffic from June, the city said."]


def site_builder_page(under_image: str) -> str:
    """A site builder's page: each piece of the article is an element box of its own,
    the lead image and the text under it side by side, the story in two boxes with a
    picture between them."""
    box = '<div class="cmp{}"><p class="f9">{}</p></div>'
    first, rest = ("".join(f'<p class="f8">{p}</p>' for p in part) for part in (STORY[:2], STORY[2:]))
    return f"""<html><head><title>Harbour bridge to close</title></head><body>
    <div class="nV2"><a href="/">Home</a><a href="/city">City</a></div>
    <section class="sC0"><div class="iN0">
      <div class="cmp1"><h2 class="f2">Harbour bridge to close</h2></div>
      {box.format(2, "By Ola Berg · May 2, 2024")}
      <div class="cmp3"><div class="w1"><img src="/bridge.jpg" alt=""></div></div>
      {box.format(4, under_image)}
      <div class="cmp5">{first}</div>
      <div class="cmp6"><div class="w2"><img src="/ferry.jpg" alt=""></div></div>
      <div class="cmp7">{rest}</div>
    </div></section></body></html>"""


def test_a_caption_under_a_bare_image_before_the_story_is_not_body():
    caption = "The old bridge seen from the north quay on a winter morning."
    assert paragraphs(site_builder_page(caption)) == STORY


def test_a_long_text_under_a_bare_image_stays():
    # longer than any caption: the story's opening set apart by the picture
    opening = " ".join([STORY[0]] * 4)
    assert paragraphs(site_builder_page(opening))[0] == opening


def test_a_portrait_card_under_a_short_heading_opening_with_bold_names_is_left_out():
    # no byline, no structured data: the card's own bold names, its portrait and its verb
    after = ('<div class="aB1"><h3>The authors</h3><p class="hYt4"><img src="/a/berg-lund.jpg" alt=""> '
             '<strong>Ola Berg and Per Lund</strong> are structural engineers and run a practice '
             'in the old harbour.</p></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_last_paragraph_with_a_picture_and_a_bold_name_quoted_stays():
    # bold name, but a comma after it: a person in the story, not a writer's note
    line = "Ola Berg, who runs the kiosk, will stay open all summer."
    after = ('<div class="gR8w"><p class="hYt4"><img src="/kiosk.jpg" alt=""> '
             '<strong>Ola Berg</strong>, who runs the kiosk, will stay open all summer.</p></div>')
    assert paragraphs(split_story_page(after=after))[-1] == line


def test_a_paywall_offer_under_a_heading_with_its_own_button_link_is_left_out():
    # the box does not close on the link: a login line comes last
    after = ('<div class="pW2"><div class="pW3"></div><h3 class="pW4">Read on with Harbour Plus</h3>'
             '<p class="pW5">Want to read on? Try Harbour Plus free for 30 days.</p>'
             '<a class="pW6" href="/plus">Try it free</a>'
             '<p class="pW7">Already a subscriber? <a href="/login">Log in</a></p></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_paywall_offer_titled_by_a_paragraph_inside_a_wrapper_is_left_out():
    # the box sits in a wrapper beside an empty fade, and its title is a short <p>
    after = ('<div class="pX1"><div class="pX2"></div><div class="pX3">'
             '<p class="pX4">Read on with Harbour Plus</p>'
             '<p class="pX5">Read every Plus story on the site and in the app. Try it for '
             'four weeks for one dollar.</p>'
             '<a class="pX6" href="/plus">Try it now</a>'
             '<p class="pX7">Already a subscriber? <a href="/login">Log in</a></p></div></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_paywall_offer_titled_by_a_long_line_naming_the_paper_is_left_out():
    # the wall's title names the offer and the paper: longer than a box label
    after = ('<div class="wQ1" data-wall="hard">'
             '<p class="wQ2">Para continuar leyendo, suscribite a La Gaceta del Litoral</p>'
             '<p class="wQ3">Todas las notas, los boletines y la edición digital del diario.</p>'
             '<a class="wQ4" href="/suscribirse">Suscribite ahora</a>'
             '<p class="wQ5">¿Ya sos suscriptor? <a href="/ingresar">Ingresá</a></p></div>')
    assert paragraphs(split_story_page(after=after)) == STORY


def test_a_closing_note_under_a_short_line_without_a_button_of_its_own_stays():
    line = "The detour maps are on the city's website, the department said."
    after = ('<div class="sC3"><div class="sC4"><p class="sC5">Detours</p>'
             '<p class="hYt4">The detour maps are on the <a href="/maps">city&#39;s website</a>, '
             'the department said.</p></div></div>')
    assert paragraphs(split_story_page(after=after))[-1] == line


def test_a_section_under_a_heading_with_a_link_inside_its_sentence_stays():
    line = "The detour maps are on the city's website, the department said."
    after = ('<div class="sC2"><h4>Detours</h4><p class="hYt4">The detour maps are on the '
             '<a href="/maps">city&#39;s website</a>, the department said.</p></div>')
    assert paragraphs(split_story_page(after=after)) == STORY + ["Detours", line]
