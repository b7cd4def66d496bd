"""The story's opening outside the text container (newscrawl.extract.body.lead), on pages
written for these tests: a block of nothing but paragraphs right before the container (the
story's first part, set before a paywall's or an ad's cut in a block of another kind) opens
the body with all its paragraphs."""

from __future__ import annotations

from pathlib import Path

from newscrawl.extract.body import extract_body
from newscrawl.extract.context import PageContext

PAGES = Path(__file__).resolve().parent / "pages"
TITLE = "Harbour ferry returns after repairs"
STORY = ("The small ferry that links the old harbour with the island made its first "
         "crossing of the year on Monday, after a winter in the shipyard. ")
RELATED = ('<div class="related-stories"><h3>Related</h3><ul>'
           + "".join(f'<li><a href="/r{i}">Another story about the harbour and its ferries, '
                     f'number {i}</a></li>' for i in range(6)) + "</ul></div>")


def _paragraphs(part: str, count: int) -> str:
    return "".join(f"<p>{STORY}{part} paragraph {i}.</p>" for i in range(count))


def _page(between: str = "", first_class: str = "article-free") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='{first_class}'>{_paragraphs('One', 2)}</div>{between}"
            f"<div class='paywall-premium'>{_paragraphs('Two', 5)}</div>{RELATED}"
            f"</article></body></html>")


def _body(html: str) -> str:
    return extract_body(PageContext(html, "https://example.org/f"), titles=[TITLE]).text


def test_a_block_of_paragraphs_before_the_container_opens_the_story_whole():
    text = _body(_page())
    assert "One paragraph 0." in text and "One paragraph 1." in text
    assert text.index("One paragraph 1.") < text.index("Two paragraph 0.")
    assert "Another story about the harbour" not in text


def test_a_block_set_apart_by_a_date_stays_out():
    text = _body(_page(between="<p class='meta'><time datetime='2024-03-12'>12 March 2024</time></p>"))
    assert "Two paragraph 0." in text
    assert "One paragraph 0." not in text


def test_a_block_named_like_furniture_stays_out():
    text = _body(_page(first_class="newsletter-teaser"))
    assert "Two paragraph 0." in text and "One paragraph 0." not in text


def test_a_block_of_paragraphs_before_the_headline_is_no_opening():
    notice = ("<div class='site-alert'><p>Your browser is out of date and some parts of this "
              "site may not work as they should.</p><p>Please update your browser to read "
              "safely and comfortably.</p></div>")
    html = (f"<html><head><title>{TITLE}</title></head><body>{notice}<main><h1>{TITLE}</h1>"
            f"<div class='paywall-premium'>{_paragraphs('Two', 5)}</div></main></body></html>")
    text = _body(html)
    assert "Two paragraph 0." in text and "browser" not in text


OPENING = ("The harbour council voted on Tuesday evening to close the old ferry pier for "
           "repairs, after an engineers' survey found two of its timber supports rotten.")
SIGN_UP = ("<div class='newsletter-signup'><h3>Morning briefing</h3><p>Sign up for the morning "
           "briefing and never miss a story from the coast.</p></div>")


def _opening_page(before_headline: str = "", after_headline: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body>{before_headline}<article>"
            f"<h1>{TITLE}</h1><div class='byline'>By Jane Fielding</div>{after_headline}"
            f"{SIGN_UP}{RELATED}<div class='article-text'>{_paragraphs('Two', 5)}</div>"
            f"</article></body></html>")


def test_the_opening_paragraph_is_found_past_a_sign_up_box_and_a_related_list():
    text = _body(_opening_page(after_headline=f"<p>{OPENING}</p>"))
    assert text.startswith(OPENING) and "Two paragraph 4." in text
    assert "Sign up" not in text and "Another story about the harbour" not in text


def test_a_paragraph_before_the_headline_is_not_taken_past_the_furniture():
    notice = f"<div class='site-notice'><p>{OPENING}</p></div>"
    text = _body(_opening_page(before_headline=notice))
    assert text.startswith(STORY.strip()) and OPENING not in text


def test_a_paragraph_past_the_furniture_still_needs_a_clear_gap():
    dated = f"<p>{OPENING}</p><p class='meta'><time datetime='2024-03-12'>12 March</time></p>"
    text = _body(_opening_page(after_headline=dated))
    assert text.startswith(STORY.strip()) and OPENING not in text


PAYWALL_NOTICE = ("<div class='s1-note'><p>For subscribers: 1,240 characters left.</p>"
                  "<a href='/subscribe'>Subscribe to read on</a> "
                  "<a href='/login'>Already a subscriber? Log in</a></div>")
TEASERS = ("<div class='more-from-us'>" + "".join(
    f"<div class='card'><h3><a href='/t{i}'>Pier {i} reopens after the storm repairs</a></h3>"
    f"<p>The works took a month longer than planned, number {i}.</p></div>" for i in range(3))
    + "</div>")
SIGN_UP_FORM = ("<div class='x9fk2'><h3>The morning briefing</h3><p>Every weekday at seven, free, "
                "in your inbox.</p><form><input type='email' name='email'><button>Send</button>"
                "</form></div>")


def test_the_first_part_is_found_past_a_paywall_notice_of_links():
    """A notice set between the free part and the paid part, unnamed but mostly links
    ("Subscribe to read on", "Log in"), is passed over: the free part opens the story."""
    text = _body(_page(between=PAYWALL_NOTICE))
    assert "One paragraph 0." in text and "One paragraph 1." in text
    assert text.index("One paragraph 1.") < text.index("Two paragraph 0.")
    assert "For subscribers" not in text


def test_the_first_part_is_found_past_a_list_of_teasers_and_a_sign_up_form():
    text = _body(_page(between=TEASERS + SIGN_UP_FORM))
    assert text.startswith(f"{STORY}One paragraph 0.") and "Two paragraph 4." in text
    assert "reopens after the storm" not in text and "month longer" not in text
    assert "morning briefing" not in text


def test_a_block_of_another_story_past_the_teasers_still_needs_a_clear_gap():
    dated = TEASERS + "<p class='meta'><time datetime='2024-03-12'>12 March 2024</time></p>"
    text = _body(_page(between=dated))
    assert "Two paragraph 0." in text and "One paragraph 0." not in text


METER_NOTICE = ("<div class='q7-note'><p>You have <b>3</b> free stories left this month.</p>"
                "<a class='btn' href='/join'>Join now</a></div>")
INLINE_CARD = ("<div class='c2'><span>See also</span> <a href='/pier'>The pier that fell into "
               "the sea</a></div>")


def _cut_page(first: str, between: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><div class='head'>"
            f"<h1>{TITLE}</h1><h2 class='dek'>The pier's last crossing came before the storms "
            f"of the winter, and the island waited for the boat all spring</h2>"
            f"<div class='byline'>By Jane Fielding, <time datetime='2024-03-12'>12 March "
            f"2024</time></div><figure><img src='/f.jpg'><figcaption>The ferry at the "
            f"island's quay on its first crossing of the year.</figcaption></figure></div>"
            f"<div class='story-free'>{first}</div>{between}"
            f"<section class='rest'><div class='rest-text'>{_paragraphs('Two', 9)}</div></section>"
            f"<div class='story-footer'><p><em>Tom Ash contributed to this report.</em></p>"
            f"<div class='author-bio'>Jane Fielding reports on the coast and its harbours for "
            f"the paper, and before that covered the courts for ten years.</div>"
            f"<div class='author-bio'>Tom Ash writes about shipping, the port and the fishing "
            f"fleet, and edits the paper's weekly maritime page.</div>"
            f"<a href='#comments'>View 48 comments</a></div></article></body></html>")


def test_the_first_part_is_found_past_a_short_meter_notice_and_holds_a_card():
    """The free part (its paragraphs around a one-link card) before a short notice with a
    call to act (the count of free stories left, a button), the rest in a wrapper of
    another kind: the free part opens the story, the notice and the card stay out."""
    first = _paragraphs("One", 2) + INLINE_CARD + "<p>" + STORY + "One paragraph 2.</p>"
    text = _body(_cut_page(first, METER_NOTICE))
    assert text.startswith(f"{STORY}One paragraph 0.") and "Two paragraph 4." in text
    assert text.index("One paragraph 2.") < text.index("Two paragraph 0.")
    assert "free stories left" not in text and "fell into the sea" not in text


def test_a_longer_notice_between_the_parts_still_sets_the_first_apart():
    # its link inside its sentence: no cut notice (too long) and no offer box (no button)
    notice = ("<div class='q7-note'><p>You have <b>3</b> free stories left this month, and "
              "every story you read after them needs a <a href='/join'>subscription</a> of "
              "your own.</p></div>")
    text = _body(_cut_page(_paragraphs("One", 2), notice))
    assert "Two paragraph 0." in text and "One paragraph 0." not in text


def test_the_first_part_is_found_past_a_longer_notice_with_a_button_of_its_own():
    # the same notice with its button set apart after it: an offer box (boxes.is_offer_box)
    notice = ("<div class='q7-note'><p>You have <b>3</b> free stories left this month, and "
              "every story you read after them needs a subscription of your own.</p>"
              "<a class='btn' href='/join'>Join now</a></div>")
    text = _body(_cut_page(_paragraphs("One", 2), notice))
    assert text.index("One paragraph 1.") < text.index("Two paragraph 0.")
    assert "free stories left" not in text and "Join now" not in text


def test_a_lead_images_caption_in_plain_divs_does_not_open_the_body():
    """An image and a block of spans alone in one wrapper right before the text container
    (a figure and its caption drawn in ``<div>``s, classes that say nothing) is the
    image's caption, though it ends like a sentence: not the story's opening
    (tests/extract/body/pages/caption_in_plain_divs.html)."""
    from pathlib import Path

    from newscrawl.extract import extract_article
    html = (Path(__file__).resolve().parent / "pages" / "caption_in_plain_divs.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://tidewater.example/local/lock-keeper", profile=False)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Brenda Okonkwo has opened and closed the gates")
    assert len(paragraphs) == 8
    assert "courtesy" not in article.body and "upper gates" not in article.body


def _summary_page(summary: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"{summary}<div class='story-body'>{_paragraphs('Two', 5)}</div>"
            f"</article></body></html>")


def test_a_standfirst_drawn_as_a_list_of_points_does_not_open_the_story():
    points = ("<div class='story-summary'><h2>Overview</h2><ul>"
              "<li>The ferry made its first crossing of the year on Monday.</li>"
              "<li>The shipyard replaced its engine and two of its propellers.</li></ul></div>")
    text = _body(_summary_page(points))
    assert text.startswith(STORY.strip()) and "Two paragraph 0." in text.split("\n\n")[0]
    assert "Overview" not in text and "propellers" not in text


def test_a_standfirst_paragraph_in_the_same_place_still_opens_the_story():
    lead = ("<div class='story-summary'><p>The ferry made its first crossing of the year on "
            "Monday, after the shipyard replaced its engine and two of its propellers.</p></div>")
    text = _body(_summary_page(lead))
    assert text.startswith("The ferry made its first crossing of the year on Monday")


def test_a_blogs_description_in_its_sidebar_does_not_open_the_post():
    # a blog theme's sidebar beside the post holds the blog's description, a block named
    # like a standfirst: inside a block named like furniture, it is no opening of the story
    # (tests/extract/body/pages/blog_description_in_sidebar.html)
    html = (PAGES / "blog_description_in_sidebar.html").read_text(encoding="utf-8")
    text = extract_body(PageContext(html, "https://greencorner.example/post/1"),
                        titles=["Repotting the big fig"]).text
    assert text.startswith("The fiddle-leaf fig has been in the same pot")
    assert "eleven pots" not in text
    # the same block outside the sidebar is read as the post's standfirst
    html = html.replace('<div id="sidebar">', '<div>')
    text = extract_body(PageContext(html, "https://greencorner.example/post/1"),
                        titles=["Repotting the big fig"]).text
    assert text.startswith("a balcony, eleven pots")
