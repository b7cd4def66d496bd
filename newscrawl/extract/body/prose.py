"""The recall fallback: the page's prose blocks around a body that holds too little of the
page's text (a story cut into sibling containers the container step did not join)."""

from __future__ import annotations

from lxml import etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.container import precedes
from newscrawl.extract.body.lead import is_lead
from newscrawl.extract.body.names import is_hidden
from newscrawl.extract.body.paragraphs import collect_paragraphs
from newscrawl.extract.body.scan import PageScan, names_of
from newscrawl.extract.markup import is_within


def prose_fallback(root, scan: PageScan, container, parts, paragraphs: list[str],
                   home=None, heading=None) -> list[str] | None:
    """The body read with the page's prose blocks around it, when the chosen body looks
    too partial for the page; None when it does not (most pages: one look-up).

    Tried only when the body holds less than ``bp.PROSE_FALLBACK_SHARE`` of the page's
    scoring text (its paragraph-like blocks, furniture included: the scan's figure, no
    extra pass). The alternative keeps the chosen paragraphs whole and adds, in
    document order, the prose blocks (:func:`prose_blocks`) outside the container and
    its continuations, after the headline's heading when it is known (a site's
    tagline, a cookie notice come before it), outside another story's ``<article>`` and
    a list of like cards, in a parent that is not mostly links (a teaser's summary under
    its linked headline); a text-only block that is no ``<p>`` counts when it holds two
    paragraphs or more or sits beside a like block (a run of the story's lines, not a
    lone notice); it is taken when they add at least
    ``bp.PROSE_FALLBACK_MIN_ADDED_CHARS`` in ``bp.PROSE_FALLBACK_MIN_BLOCKS`` blocks or more.
    """
    body_chars = sum(map(len, paragraphs))
    if body_chars >= bp.PROSE_FALLBACK_SHARE * scan.good_chars.get(root, 0):
        return None
    return around_body(root, scan, container, parts, paragraphs, home, heading)


def around_body(root, scan: PageScan, container, parts, paragraphs: list[str],
                home=None, heading=None) -> list[str] | None:
    """The body with the page's prose blocks outside it added around it in document
    order (:func:`outside_prose`), or None when they add too little (less than
    ``bp.PROSE_FALLBACK_MIN_ADDED_CHARS``, fewer than ``bp.PROSE_FALLBACK_MIN_BLOCKS``)."""
    seen = set(paragraphs)
    before: list[str] = []
    after: list[str] = []
    blocks = 0
    for element, texts in outside_prose(root, scan, container, list(parts) or [container], home,
                                        heading, sum(map(len, paragraphs))):
        new = [text for text in texts if text not in seen]
        if new:
            blocks += 1
            seen.update(new)
            (before if precedes(element, container) else after).extend(new)
    added = sum(map(len, before)) + sum(map(len, after))
    if added < bp.PROSE_FALLBACK_MIN_ADDED_CHARS or blocks < bp.PROSE_FALLBACK_MIN_BLOCKS:
        return None
    return before + paragraphs + after


def outside_prose(root, scan: PageScan, container, units, home=None, heading=None,
                  body_chars: int = 0):
    """(element, its paragraphs) of each prose block of the page (:func:`prose_blocks`)
    that could belong to the story read from ``container``: outside the ``units``
    (the blocks already read), outside another story's ``<article>`` and a list of like cards (cards
    smaller than ``body_chars`` together), after the headline's ``heading`` when it is
    known, in a parent that is not mostly links; a text-only block that is no ``<p>``
    when it holds two paragraphs or more or sits beside a like block."""
    for element, texts in prose_blocks(root, scan, home, container):
        parent = element.getparent()
        parent_chars = scan.text_chars.get(parent, 0)
        if any(is_within(element, unit) or is_within(unit, element) for unit in units) \
                or _in_other_article(element, container, home) \
                or (heading is not None and precedes(element, heading)) \
                or _in_repeated_card(element, container, scan, body_chars) \
                or (element.tag != "p" and len(texts) < 2 and not _beside_like_text(element)) \
                or scan.link_chars.get(parent, 0) > bp.PROSE_MAX_LINK_DENSITY * parent_chars:
            continue
        yield element, texts


def _in_other_article(element, container, home) -> bool:
    """True when ``element`` lies in an ``<article>`` that holds neither the container nor
    the headline: another story of the page (the next one appended below, a teaser)."""
    for ancestor in element.iterancestors("article"):
        if ancestor is not home and not is_within(container, ancestor):
            return True
    return False


def _in_repeated_card(element, container, scan: PageScan, body_chars: int = 0) -> bool:
    """True when an ancestor of ``element`` (one not holding the container) is one of
    several siblings of its tag and class: a card in a list of teasers.

    A run of like wrappers that hold nothing but their paragraph (a page that wraps each
    paragraph of its story in a block of its own) is no list of cards when together they
    hold more text than the body read so far (``body_chars``): quotes or teasers are
    smaller than the story, the story's own paragraphs are not."""
    own = scan.text_chars.get(element, 0) + bp.CARD_MIN_EXTRA_CHARS
    for ancestor in element.iterancestors():
        if is_within(container, ancestor):
            return False
        kind = _card_kind(ancestor)
        parent = ancestor.getparent()
        if not kind[1] or parent is None:
            continue
        like = [sibling for sibling in parent if _card_kind(sibling) == kind]
        if len(like) < 2:
            continue
        if scan.text_chars.get(ancestor, 0) < own \
                and sum(scan.text_chars.get(sibling, 0) for sibling in like) > body_chars:
            continue  # a wrapper of one paragraph among the story's others
        return True
    return False


def _card_kind(element) -> tuple:
    """(tag, class) of an element: what the cards of one list share."""
    return element.tag, element.get("class") if isinstance(element.tag, str) else None


def _beside_like_text(element) -> bool:
    """True when a sibling next to ``element`` is a block of its tag holding only text: one
    of a run of paragraphs written as ``<div>`` blocks."""
    for sibling in (element.getprevious(), element.getnext()):
        if sibling is not None and sibling.tag == element.tag and _holds_only_text(sibling) \
                and len((sibling.text or "").strip()) >= bp.PROSE_MIN_CHARS:
            return True
    return False


def _holds_only_text(element) -> bool:
    """True for a block with no block inside but line breaks: text written straight into
    a ``<div>`` or a table cell, lines apart."""
    for child in element:
        tag = child.tag
        if tag.__class__ is str and tag in bp.BLOCK_TAGS and tag != "br":
            return False
    return True


def prose_blocks(root, scan: PageScan, home=None, container=None):
    """(element, its paragraphs) of each prose block of the page in document order: a
    ``<p>``, or a ``<div>`` / table cell holding its text with no block inside but
    ``<br>`` (each line-separated paragraph read alone), of at least
    ``bp.PROSE_MIN_CHARS`` ending like a sentence, at most
    ``bp.PROSE_MAX_LINK_DENSITY`` links, outside navigation, header, footer, aside,
    forms, hidden elements, blocks named like furniture or like a standfirst (the
    lead rule decides that one: :func:`.lead.story_lead`) and teaser cards (an ``<article>``
    inside another one, unless it holds the headline). A block around the chosen
    ``container`` is no furniture whatever its name (the page's story is in it)."""
    unreadable = scan.skip_tags | bp.UNREADABLE_TAGS | bp.PROSE_FURNITURE_TAGS
    words = scan.boilerplate_words
    walker = etree.iterwalk(root, events=("start",))
    for _, element in walker:
        tag = element.tag
        if tag.__class__ is not str or tag in unreadable:
            walker.skip_subtree()
            continue
        if element is root:
            continue
        # (an element's names read once for the three tests of them, and an element
        # without attributes, most of a page's, is neither hidden nor named)
        attributes = element.keys()
        if attributes:
            names = names_of(scan, element, attributes)
            if is_hidden(element, attributes) or (not words.isdisjoint(names) and (
                    container is None or not is_within(container, element))) \
                    or is_lead(element, names) or not bp.PROSE_FURNITURE_WORDS.isdisjoint(names):
                walker.skip_subtree()
                continue
        if tag == "article" and element is not home \
                and next(element.iterancestors("article"), None) is not None:
            walker.skip_subtree()
            continue
        if tag != "p" and (tag not in bp.PROSE_TEXT_BLOCK_TAGS or not _holds_only_text(element)):
            continue
        walker.skip_subtree()
        chars = scan.text_chars.get(element, 0)
        if chars < bp.PROSE_MIN_CHARS \
                or scan.link_chars.get(element, 0) > bp.PROSE_MAX_LINK_DENSITY * chars:
            continue
        texts = [text for text in collect_paragraphs(element, scan)
                 if len(text) >= bp.PROSE_MIN_CHARS and bp.SENTENCE_END.search(text)]
        if texts:
            yield element, texts
