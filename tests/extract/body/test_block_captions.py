"""A picture's caption set as a block of its own right after the picture, in a post
written as loose text and ``<br>`` (no ``<figure>``, no ``<figcaption>``): not the
story's first paragraph (tests/extract/body/pages/caption_block_in_loose_text.html)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article
from newscrawl.extract.body.paragraphs import is_block_caption

PAGES = Path(__file__).resolve().parent / "pages"


def test_the_block_under_the_picture_does_not_open_the_body():
    html = (PAGES / "caption_block_in_loose_text.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://notes.example/2024/10/last-ferry.html", profile=False)
    assert article.body.startswith("On Sunday the little foot ferry made its last crossing")
    assert "waiting at the slipway on its final crossing day" not in article.body


def _block_after_image(markup: str):
    root = lxml.html.fromstring(f"<div>{markup}</div>")
    return root.find(".//div")


def test_a_block_after_a_picture_that_ends_like_a_sentence_is_text():
    assert is_block_caption(_block_after_image('<a href="/a.jpg"><img src="/a.jpg"></a>'
                                               "<br><div>The ferry at the slipway</div>"))
    assert not is_block_caption(_block_after_image(
        '<img src="/a.jpg"><div>The ferry left at noon.</div>'))
    assert not is_block_caption(_block_after_image(
        '<img src="/a.jpg"><div>フェリーは正午に出た。</div>'))


def test_a_block_with_text_between_it_and_the_picture_or_holding_blocks_is_no_caption():
    assert not is_block_caption(_block_after_image(
        '<img src="/a.jpg"> and then <div>The ferry at the slipway</div>'))
    assert not is_block_caption(_block_after_image(
        '<img src="/a.jpg"><div><p>The ferry</p><p>at the slipway</p></div>'))
