"""The body's recall fallback, on a page written for the project: when the chosen body
is a small share of the page's paragraph text, the page's prose blocks outside it are
added in document order (teaser cards, an ad, another story's <article>, navigation
and footer stay out) and the
extraction record says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.extract.body import prose as body_module
from newscrawl.extract import boilerplate as bp
from newscrawl.extract import extract_article
from newscrawl.extract.record import ExtractionRecord

PAGES = Path(__file__).resolve().parents[1] / "pages"


def extract():
    record = ExtractionRecord()
    html = (PAGES / "prose_fallback.html").read_text(encoding="utf-8")
    return extract_article(html, "https://example.org/crane", profile=False, record=record), record


def test_prose_outside_the_container_is_added_in_page_order():
    article, record = extract()
    body = article.body
    assert "Volunteers spent three winters" in body
    assert "steamed on the first Sunday" in body  # the prose block after the container
    assert body.index("Volunteers spent") < body.index("steamed on the first Sunday")
    for furniture in ("Crossings start earlier", "four sailors ashore", "All rights reserved",
                      "Contact us", "garden furniture",
                      "covered market", "Stallholders", "Best coffee", "boat trips"):  # teaser cards, ad, another story
        assert furniture not in body
    assert record.taken("body").layer == "prose"


def test_without_the_fallback_the_container_alone_is_read(monkeypatch):
    monkeypatch.setattr(bp, "PROSE_FALLBACK_SHARE", 0.0)
    article, record = extract()
    assert "Volunteers spent three winters" in article.body
    assert "steamed on the first Sunday" not in article.body
    assert record.taken("body").layer == "markup"


@pytest.mark.parametrize("rule, furniture", [
    ("_in_other_article", "Stallholders said the first weekend"),  # another story's <article>
    ("_in_repeated_card", "Best coffee on the quay"),              # a list of like cards
])
def test_each_exclusion_is_what_keeps_its_furniture_out(monkeypatch, rule, furniture):
    assert furniture not in extract()[0].body
    monkeypatch.setattr(body_module, rule, lambda *args: False)
    assert furniture in extract()[0].body


def test_a_short_paragraph_of_one_sentence_is_prose(monkeypatch):
    """A one-sentence paragraph of ten words or so outside the container is added with the
    rest; with the old, longer floor it was left out."""
    assert "Rides on the crane's platform cost two pounds" in extract()[0].body
    monkeypatch.setattr(bp, "PROSE_MIN_CHARS", 80)
    assert "Rides on the crane's platform" not in extract()[0].body


STORY_LINES = ("The town council voted on Tuesday", "Engineers said the bridge had been closed",
               "Work is expected to start in the autumn", "Shop owners on both banks")


def divs_page(as_lines: bool = False) -> str:
    html = (PAGES / "story_as_divs_after_header_article.html").read_text(encoding="utf-8")
    if as_lines:  # the same story as loose text, paragraphs two line breaks apart
        html = html.replace("</div>\n<div>", "<br><br>")
    return html


@pytest.mark.parametrize("as_lines", [False, True])
def test_story_written_without_paragraph_tags_is_added_after_a_header_article(as_lines):
    """The <article> holding the headline holds only the standfirst and the byline; the
    story sits beside it as <div> blocks (or as lines in one <div>), with no <p>. The
    container is the header article; the recall fallback reads the text-only blocks."""
    article = extract_article(divs_page(as_lines), "https://example.org/bridge", profile=False)
    for line in STORY_LINES:
        assert line in article.body
    assert article.body.index(STORY_LINES[0]) < article.body.index(STORY_LINES[-1])
    for furniture in ("Market hall reopens", "All rights reserved", "Home"):
        assert furniture not in article.body


def test_a_lone_text_only_block_is_no_prose_block(monkeypatch):
    """A single <div> of one sentence with no like block beside it stays out (a notice,
    a slogan); only runs of them, or one holding several paragraphs, are read. (The
    sanity check, which takes the block as the next container when it holds several
    sentences, is switched off: this is the recall fallback's rule.)"""
    import newscrawl.extract.body as body_package
    import newscrawl.extract.body.container as container_module
    monkeypatch.setattr(body_package, "replacement", lambda *args, **kwargs: None)
    # (nor is the block taken as the container for following the header article: the
    # header article stays the container, as on a page where more text lies between)
    monkeypatch.setattr(container_module, "told_after_article", lambda *args, **kwargs: False)
    html = divs_page().replace("</div>\n<div>", " ", 3)  # one <div>, one paragraph
    article = extract_article(html, "https://example.org/bridge", profile=False)
    assert "Engineers said the bridge" not in (article.body or "")


def test_a_block_around_the_container_is_read_whatever_its_name():
    """A page wrapped whole in a block whose class reads like furniture (a layout's
    'vh' for viewport height reads like 'visually hidden'): with the container inside
    it, its prose blocks are the page's; another furniture-named block stays out."""
    from lxml import html as lxml_html

    from newscrawl.extract.body.scan import scan_page

    sentence = ("The survey counted the birds on every island of the bay twice a year, "
                "in spring and in autumn, for a decade.")
    page = lxml_html.document_fromstring(
        f"<html><body><div class='u-vh-full'><main><p>{sentence}</p>"
        f"<ol id='refs'><li>Reference one. J Birds. 2001;1:1-9.</li></ol></main>"
        f"<div class='widget'><p>{sentence.replace('birds', 'boats')}</p></div>"
        f"</div></body></html>")
    root = page.find("body")
    scan = scan_page(root)
    container = root.get_element_by_id("refs")
    found = [texts[0] for _, texts in body_module.prose_blocks(root, scan, None, container)]
    assert found == [sentence]
    assert list(body_module.prose_blocks(root, scan)) == []  # no container: the wrapper is furniture
