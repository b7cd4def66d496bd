"""Boxes a writing tool sets apart from a post's text, left out of the body by the tool's
own documented markup: the notes after the post (a ``footnotes`` block, DPUB-ARIA's
``role="doc-endnotes"``, WordPress's footnotes block; a note that links back to its
reference in the text, whatever its name) and Ghost's callout card
(tests/extract/body/pages/footnotes_after_post.html, notes_linked_back.html,
callout_card_opening.html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.extract import extract_article

PAGES = Path(__file__).resolve().parent / "pages"
NOTES = '<div class="footnotes" role="doc-endnotes">'
LAST = "So if your starter sulks when the seasons turn, check the room before you blame the flour. It is almost always the room."


def _body(name: str, replace: tuple[str, str] | None = None) -> list[str]:
    html = (PAGES / name).read_text(encoding="utf-8")
    if replace is not None:
        assert replace[0] in html
        html = html.replace(*replace)
    article = extract_article(html, "https://blog.example/posts/2024/" + name, profile=False)
    return article.body.split("\n\n")


@pytest.mark.parametrize("opening", [
    NOTES,                                   # Goldmark (Hugo), kramdown, Pandoc: class and role
    '<div class="notes" role="doc-endnotes">',  # the DPUB-ARIA role alone
    '<div class="footnotes">',               # the renderers' class alone (markdown-it, WP-Footnotes)
    '<div class="wp-block-footnotes">',      # WordPress's own footnotes block
])
def test_the_notes_after_a_post_do_not_end_its_body(opening):
    paragraphs = _body("footnotes_after_post.html", (NOTES, opening))
    assert paragraphs[-1] == LAST
    assert not any("market stall" in p or "A reader wrote in" in p for p in paragraphs)


def test_a_note_reference_in_the_text_stays_with_its_sentence():
    paragraphs = _body("footnotes_after_post.html")
    assert any(p.startswith("For a long time I blamed the flour.") for p in paragraphs)


def test_without_the_notes_markup_the_links_back_still_leave_the_notes_out():
    # the same list with no notes' name or role: its items link back to their references
    paragraphs = _body("footnotes_after_post.html", (NOTES, '<div class="post-extra">'))
    assert paragraphs[-1] == LAST


def test_ghosts_callout_cards_are_no_part_of_the_story():
    paragraphs = _body("callout_card_opening.html")
    assert paragraphs[0].startswith("At six every morning from May to October")
    assert paragraphs[-1].startswith("The county has advertised his position twice")
    assert not any("Crossings" in p or "foot passengers" in p or "⛴" in p for p in paragraphs)
    assert len(paragraphs) == 4


LINKED_LAST = ("Would I do it again? Yes, though I would buy the wood a year ahead and let it sit. "
               "Most of what went wrong came back to wood that was not dry enough.")
LINKED_NOTE = ('<li id="note-1"><p>The farmer swore it had been seasoned for two years. It hissed '
               'for most of December. <a href="#ref-1">↩</a></p></li>')


@pytest.mark.parametrize("note", [
    LINKED_NOTE,  # Redcarpet (Forem), Pandoc, markdown-it: the id on the list item
    # Substack's editor: the id on the number that links back, the text in a block beside it
    '<li><div><a id="note-1" href="#ref-1">1</a><div><p>The farmer swore it had been seasoned '
    'for two years. It hissed for most of December.</p></div></div></li>',
])
def test_a_note_that_links_back_to_its_reference_does_not_end_the_body(note):
    paragraphs = _body("notes_linked_back.html", (LINKED_NOTE, note))
    assert paragraphs[-1] == LINKED_LAST
    assert not any("hissed" in p for p in paragraphs)
    # the reference stays with its sentence, and headings that link to the contents stay
    assert any(p.startswith("The first winter we bought") for p in paragraphs)
    assert "The chimney top" in paragraphs


def test_a_note_without_the_link_back_ends_the_body():
    paragraphs = _body("notes_linked_back.html", ('<a href="#ref-1">↩</a>', ""))
    assert paragraphs[-1].startswith("The farmer swore")
