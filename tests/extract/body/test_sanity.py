"""The sanity check of the chosen body, on pages written for the project: a body that
reads as furniture (a menu's short lines, a notice, a reference list) gives way to a far
richer alternative the page holds, and is kept when the page holds none."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extract import boilerplate as bp
from newscrawl.extract import extract_article
from newscrawl.extract.body import sanity
from newscrawl.extract.body.paragraphs import collect_paragraphs
from newscrawl.extract.body.scan import scan_page
from newscrawl.extract.record import ExtractionRecord

PAGES = Path(__file__).resolve().parents[1] / "pages"

STORY = ("Since the middle of January, the health institute sets the rules",
         "Employers who check proofs at the entrance",
         "A further vaccination restores the full status")


def page_body(html: str):
    return lxml_html.document_fromstring(html).find("body")


def judge(html: str, container_path: str | None = None):
    """The sanity check's replacement when ``container_path`` (the whole <body> when
    None) is the chosen container."""
    body = page_body(html)
    scan = scan_page(body)
    container = body if container_path is None else body.xpath(container_path)[0]
    paragraphs = collect_paragraphs(container, scan)
    return sanity.replacement(body, scan, container, [container], paragraphs)


def menu_page() -> str:
    return (PAGES / "menu_wins_the_score.html").read_text(encoding="utf-8")


# -- the check ----------------------------------------------------------------------------

def test_story_chars_count_paragraphs_holding_a_sentence_end():
    menu = ["Apprenticeships for school leavers", "Training grants for small firms"] * 5
    story = ["The office answered questions from firms by telephone, and it will go on "
             "doing so until the end of the year. Letters are answered within a week."]
    assert sanity.story_chars(menu) == 0
    assert sanity.story_chars(story) == len(story[0])
    # a long block whose last line is a contact line still holds sentences
    assert sanity.story_chars([story[0] + " Contact: press office"]) > 0
    # CJK full stops need no space after them
    assert sanity.story_chars(["凱爾特人在主場大勝湖人。" * 8]) > 0


def test_suspect_names_each_kind_and_passes_a_story():
    ol = lxml_html.fromstring("<ol><li>x</li></ol>")
    div = lxml_html.fromstring("<div>x</div>")
    assert sanity.suspect(ol, ["A reference. J Sci. 2001;3:1-9."] * 10) == "a list"
    assert sanity.suspect(div, ["Please log in to comment."]) == "too short"
    assert sanity.suspect(div, ["Work and training at a glance"] * 20) == "short lines"
    long_story = ["The office answered questions from firms by telephone, and it will go on "
                  "doing so until the end of the year."] * 4
    assert sanity.suspect(div, long_story) is None


# -- replacing a suspect body -------------------------------------------------------------

def test_a_menu_chosen_as_body_gives_way_to_the_story_block():
    swap = judge(menu_page())
    assert swap is not None
    text = " ".join(swap.paragraphs)
    for line in STORY:
        assert line in text
    assert "Apprenticeships for school leavers" not in text
    assert "short lines" in swap.note
    assert swap.rejected is not None and swap.rejected.tag == "body"


def test_a_menu_is_kept_when_the_page_holds_no_richer_story(monkeypatch):
    """The same page, its story cut to one paragraph: too little to replace the body."""
    html = menu_page()
    start = html.index("<p>Employers")
    html = html[:start] + html[html.index("</div>", start):]
    html = html.replace(
        "<p>Since the middle of January, the health institute sets the rules for how long a "
        "proof of recovery stays valid, and it may change them at short notice when new "
        "findings call for it.</p>", "")
    assert judge(html) is None


def test_the_alternative_must_be_several_times_richer(monkeypatch):
    assert judge(menu_page()) is not None
    monkeypatch.setattr(bp, "SANITY_MIN_ALTERNATIVE_CHARS", 5000)
    assert judge(menu_page()) is None


def test_a_table_of_results_without_prose_elsewhere_is_kept():
    rows = "".join(f"<tr><td>{i}.</td><td>Runner number {i}</td><td>Club {i % 5}</td>"
                   f"<td>12:{i:02d}.4</td></tr>" for i in range(1, 40))
    html = (f"<html><body><h1>Results of the county relays</h1><div class='entry'>"
            f"<table>{rows}</table></div><footer><p>Site of the county athletics "
            f"clubs.</p></footer></body></html>")
    assert judge(html, "//div[@class='entry']") is None


def test_a_login_prompt_is_not_replaced_by_a_reply_of_the_thread():
    """A forum page whose chosen body is the comment form's prompt: the other text sits
    in blocks named like comments (the thread's replies), which are no alternative."""
    replies = "".join(
        f"<div class='comment'><div class='comment-text'><p>Reply {i}: I had the same "
        f"trouble with the update on my phone, and switching the setting off and on again "
        f"did not help at all, so I waited for the next release.</p></div></div>"
        for i in range(6))
    html = (f"<html><body><main id='content'><h1>Update fails on my phone</h1>"
            f"<div class='prompt'><p>Comment</p><p>You must log in to join the discussion.</p>"
            f"</div>{replies}</main></body></html>")
    assert judge(html, "//div[@class='prompt']") is None


# -- the whole extractor ------------------------------------------------------------------

def extract_paper():
    record = ExtractionRecord()
    html = (PAGES / "paper_reference_list.html").read_text(encoding="utf-8")
    return extract_article(html, "https://example.org/paper", profile=False,
                           record=record), record


def test_a_reference_list_chosen_as_body_gets_the_abstract_before_it():
    article, record = extract_paper()
    body = article.body
    assert body.startswith("We compared the bloom dates")
    assert "late frosts damaged fewer of their flowers" in body
    assert "Okafor L, Lindqvist E. Soil moisture" in body  # the list is kept
    assert body.index("We compared") < body.index("Okafor L")
    assert "published by a society of growers" not in body  # the footer stays out
    taken = record.taken("body")
    assert taken.layer == "sanity"
    assert "is a list" in taken.note


def test_without_the_check_the_reference_list_alone_is_the_body(monkeypatch):
    import newscrawl.extract.body as body_package
    monkeypatch.setattr(body_package, "replacement", lambda *args, **kwargs: None)
    article, record = extract_paper()
    assert "We compared the bloom dates" not in article.body
    assert record.taken("body").layer == "markup"


@pytest.mark.parametrize("tag", ["ol", "ul"])
def test_a_list_with_no_prose_around_it_is_kept_as_it_is(tag):
    items = "".join(f"<li><p>Step {i}: cut the fabric along the marked line and fold it "
                    f"twice before you sew the hem by hand.</p></li>" for i in range(12))
    html = f"<html><body><h1>How to hem a tablecloth</h1><{tag}>{items}</{tag}></body></html>"
    assert judge(html, f"//{tag}") is None
