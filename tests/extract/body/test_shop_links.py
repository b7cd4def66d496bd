"""Shop links around a story: the affiliate-link disclosure set above it and the shop box
set inside it (links marked ``rel="sponsored"``) are no part of its text; a shop link in
a story paragraph's sentence is (tests/extract/body/pages/shop_links_disclosed.html)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article
from newscrawl.extract.body.paragraphs import (is_affiliate_disclosure, sponsored_boxes,
                                               without_opening_disclosure)

PAGES = Path(__file__).resolve().parent / "pages"
STORY = ["The council met on Tuesday and voted on the budget for the next year.",
         "The vote was close, and the opposition asked for a recount."]


def _body(name: str) -> str:
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://example.org/{name}", profile=False).body


def test_the_disclosure_above_the_story_and_the_shop_box_inside_it_are_left_out():
    body = _body("shop_links_disclosed.html")
    assert body.startswith("My commute is forty minutes along the canal")
    assert "affiliate links" not in body
    assert "Double wall, leak-proof cup" not in body and "Thermal flask, 500 ml" not in body
    # a shop link inside a story sentence is the story's
    assert "The second, a slim flask I found at a camping shop online, fits" in body
    assert body.rstrip().endswith("the really hard weeks in January.")


def test_an_affiliate_disclosure_in_the_words_of_several_languages():
    for text in ("This article contains affiliate links. If you buy through them we may earn "
                 "a small commission.",
                 "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
                 "Este post contiene enlaces de afiliado.",
                 "Questo articolo contiene link di affiliazione.",
                 "As an Amazon Associate I earn from qualifying purchases."):
        assert is_affiliate_disclosure(text), text


def test_a_commission_without_links_or_a_long_paragraph_is_no_disclosure():
    assert not is_affiliate_disclosure(
        "The planning commission voted on Monday to buy the old mill for the town.")
    long_opening = "The affiliate network of regional papers agreed a merger. " * 8
    assert not is_affiliate_disclosure(long_opening)


def test_only_an_opening_disclosure_is_taken_off():
    note = "Some links in this post are affiliate links."
    assert without_opening_disclosure([note] + STORY) == STORY
    assert without_opening_disclosure(STORY + [note]) == STORY + [note]  # a closing one stays
    assert without_opening_disclosure([note]) == [note]  # nothing else: left to the sanity check


def test_a_sponsored_link_in_a_paragraph_of_the_container_makes_no_box():
    root = lxml.html.fromstring(
        '<div><p>I bought mine at <a rel="sponsored" href="/x">a shop</a>.</p>'
        '<div class="b"><p>A box.</p><a rel="nofollow sponsored" href="/y">Buy</a></div>'
        '<div><p>' + "Long paragraph text. " * 20 + '<a rel="sponsored" href="/z">here</a></p></div>'
        '</div>')
    boxes = sponsored_boxes(root)
    assert [box.get("class") for box in boxes] == ["b"]
