"""Body recall, fifth round: story blocks the extractor used to leave out, shown on pages
written for the project (tests/extract/body/pages/). A block of the container's kind that
holds plain text (headings, list items and short steps between its paragraphs, next to no
links) continues the story; a block of that kind holding a list of links does not."""

from __future__ import annotations

from pathlib import Path

from newscrawl.extract import boilerplate as bp
from newscrawl.extract import extract_article
from newscrawl.extract.record import ExtractionRecord

PAGES = Path(__file__).resolve().parent / "pages"


def extract(name: str):
    record = ExtractionRecord()
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://example.org/{name}", profile=False, record=record), record


def test_a_linkless_block_of_steps_and_lists_continues_the_story():
    article, record = extract("guide_with_steps.html")
    body = article.body
    for sentence in ("Tomatoes want more light",                 # the first block
                     "1. Soak the seeds overnight",              # the block of steps ...
                     "Throw away seeds that float.",             # ... its list items
                     "Soaked seeds germinate two or three days",
                     "Cover the tray with a lid.",
                     "Hardening off takes a week"):              # the block after the picks
        assert sentence in body
    assert body.index("Tomatoes want") < body.index("Soak the seeds") < body.index("Hardening off")
    for furniture in ("Readers also picked", "Ten vegetables you can still sow",
                      "More from the garden", "Peppers on a windowsill",
                      "Browse our full archive", "All rights reserved"):
        assert furniture not in body
    assert "gathered from 3 blocks" in (record.taken("body").note or "")


def test_without_the_linkless_rule_the_block_of_steps_is_left_out(monkeypatch):
    """The steps block holds more short lines and list items than paragraph text: by the
    rule for any block it reads as a teaser box."""
    monkeypatch.setattr(bp, "LINKLESS_CONTINUATION_LINK_SHARE", -1.0)
    article, _ = extract("guide_with_steps.html")
    assert "Tomatoes want more light" in article.body
    assert "Hardening off takes a week" in article.body
    assert "Soaked seeds germinate" not in article.body
