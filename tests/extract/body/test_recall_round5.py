"""Body recall, fifth round: story blocks the extractor used to leave out, shown on pages
written for the project (tests/extract/body/pages/). A block of the container's kind that
holds plain text (headings, list items and short steps between its paragraphs, next to no
links) continues the story; a block of that kind holding a list of links does not. A data
table is read row by row, each row one line with its numbers; a layout table's cells keep
their paragraphs apart."""

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


def test_a_data_table_is_read_row_by_row_with_its_numbers():
    article, _ = extract("results_table.html")
    paragraphs = article.body.split("\n\n")
    assert "Lane Crew Time Margin" in paragraphs
    assert "5 Old Harbour Club 6:42 0.8 s" in paragraphs
    assert "1 Lighthouse Rowers 6:43 4.0 s" in paragraphs
    # a cell that is all link is left out, as a link-only block is; the row stays
    assert "3 6:41 1.2 s" in paragraphs
    assert "All rights reserved" not in article.body


def test_a_layout_table_keeps_its_cells_paragraphs_apart():
    article, _ = extract("results_table.html")
    paragraphs = article.body.split("\n\n")
    assert any(p.startswith("The club's next outing is the estuary race") and p.endswith("first half.")
               for p in paragraphs)
    assert any(p.startswith("Entries close at the end of May") for p in paragraphs)


def test_data_rows_and_layout_rows_are_told_apart():
    import lxml.html

    from newscrawl.extract.body.paragraphs import is_data_row

    def row(html):
        return lxml.html.fragment_fromstring(f"<table>{html}</table>").find(".//tr")

    assert is_data_row(row("<tr><td>3</td><td><a href='/x'>North Pier</a></td><td>6:41</td></tr>"))
    assert is_data_row(row("<tr><th>Lane</th><th>Crew</th></tr>"))
    assert not is_data_row(row("<tr><td>alone</td></tr>"))                      # one cell
    assert not is_data_row(row("<tr><td><p>text</p></td><td>more</td></tr>"))  # a block inside
    assert not is_data_row(row("<tr><td>one<br>two</td><td>three</td></tr>"))  # lines inside


# -- sixth round ------------------------------------------------------------------------

def test_a_sentence_whose_names_link_away_stays_in_the_story():
    """Paragraphs whose shop names are mostly links (over half their text) but that end
    like a sentence with 40 characters or more of their own are story text; a follow-us
    line and a 'Read more' link (less own text) stay out."""
    article, _ = extract("linked_sentences.html")
    body = article.body
    assert "Shoes go to Sole Revival, Heel and Toe Workshop" in body
    assert "which all take walk-in repairs." in body
    assert "Knitwear is darned by The Wool Exchange on Harbour Street and the Northern" in body
    assert body.index("Repair counters") < body.index("Shoes go to") < body.index("Most repairs")
    for furniture in ("Follow us on", "Read more", "How to darn a sock", "More from Repair",
                      "Why zips fail first", "All rights reserved"):
        assert furniture not in body


def test_without_the_linked_sentence_rule_those_paragraphs_are_dropped(monkeypatch):
    monkeypatch.setattr(bp, "MIN_LINKED_SENTENCE_OWN_CHARS", 10_000)
    monkeypatch.setattr(bp, "MAX_LINKED_CLAUSE_LINKS", 0)  # (the knitwear line is one too)
    article, _ = extract("linked_sentences.html")
    assert "Repair counters" in article.body and "Most repairs cost" in article.body
    assert "Shoes go to" not in article.body and "Knitwear is darned" not in article.body


def test_a_generated_block_id_is_not_read_as_words():
    """A CMS gives every paragraph a random id; one of them happens to hold 'Ad' between
    other letter pairs. The id is one generated token, not the words 'ad' and more: the
    paragraph stays. A person's camelCase name is still split ('adSlot300x250' is an ad)."""
    article, _ = extract("generated_block_ids.html")
    body = article.body
    assert "The operator said the later summer sailings" in body
    assert body.index("winter timetable on Monday") < body.index("The operator said") \
        < body.index("Season tickets stay valid")
    assert "Advertisement" not in body


def test_generated_tokens_and_camel_case_names():
    from newscrawl.extract.body.names import is_generated_token, words_of
    assert is_generated_token("x2LmAdQrTs")
    assert "ad" not in words_of("block-id-x2LmAdQrTs")
    for name in ("readMore", "myAdUnit", "adSlot300x250", "articleBody", "TextAndImage",
                 "AdBox"):
        assert not is_generated_token(name), name
    assert "ad" in words_of("myAdUnit") and "ad" in words_of("adSlot300x250")


def test_without_the_generated_token_rule_the_paragraph_is_read_as_an_ad(monkeypatch):
    from newscrawl.extract.body.names import words_of, words_of_name
    monkeypatch.setattr(bp, "MIN_GENERATED_TOKEN_CHARS", 10_000)
    words_of.cache_clear()
    words_of_name.cache_clear()
    try:
        article, _ = extract("generated_block_ids.html")
        assert "The operator said" not in article.body
        assert "Season tickets stay valid" in article.body
    finally:
        monkeypatch.undo()
        words_of.cache_clear()
        words_of_name.cache_clear()
