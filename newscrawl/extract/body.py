"""The article body: choose the main-content container, then read its paragraphs.

Two steps, each one pass over (part of) the parsed tree, never mutating it:

1. :func:`choose_container` scores the parents and grandparents of every text
   block (paragraph-like element) by the non-link text they hold, weighted by
   their class / id words and structural signals (``<article>``,
   ``itemprop=articleBody``), and picks the best one.
2. :func:`collect_paragraphs` walks that container and turns it into text blocks
   in reading order, skipping boilerplate subtrees (captions, share bars, related
   lists, author cards ...) and dropping link-dense or furniture blocks.

The heuristics themselves are data in :mod:`newscrawl.extract.boilerplate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newscrawl.extract import boilerplate as bp

_TEXT_BLOCKS = etree.XPath(bp.TEXT_BLOCK_XPATH)


@dataclass(slots=True)
class Body:
    """The article text as paragraphs, and the container it was read from."""

    paragraphs: list[str] = field(default_factory=list)
    node: object | None = None  # lxml element of the main-content container

    @property
    def text(self) -> str:
        """Paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)


def extract_body(ctx, *, hint_text: str | None = None) -> Body | None:
    """Extract the article body of a parsed page, or None when nothing looks like one.

    ``hint_text`` (the JSON-LD articleBody, when the page has one) is used only as
    a fallback when the markup yields no text.
    """
    root = ctx.body_element
    container = choose_container(root)
    paragraphs = collect_paragraphs(container) if container is not None else []
    if not paragraphs and hint_text and hint_text.strip():
        return Body(paragraphs=split_plain_text(hint_text), node=None)
    if not paragraphs:
        return None
    return Body(paragraphs=paragraphs, node=container)


# -- names --------------------------------------------------------------------------

def name_words(element) -> set[str]:
    """Lower-case words of an element's class and id (split at -, _, spaces, camelCase)."""
    get = element.get
    names = f"{get('class') or ''} {get('id') or ''}"
    if not names.strip():
        return set()
    return {w.lower() for w in bp.NAME_WORD_SPLIT.split(names) if w}


def is_hidden(element) -> bool:
    """True for elements the page hides from readers (hidden, aria-hidden, display:none)."""
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style) and "none" in style and "display" in style.replace(" ", "")


def looks_like_boilerplate(element) -> bool:
    """True when an element's class / id words name page furniture."""
    return not bp.BOILERPLATE_WORDS.isdisjoint(name_words(element))


# -- step 1: the container -------------------------------------------------------------

def _block_weight(block) -> float:
    """Content weight of one text block: its non-link characters (0 for short blocks)."""
    text_len = len(" ".join(block.text_content().split()))
    if text_len < bp.MIN_SEED_CHARS:
        return 0.0
    link_len = sum(len(a.text_content()) for a in block.iter("a"))
    if link_len > text_len * bp.MAX_LINK_DENSITY:
        return 0.0
    return float(text_len - link_len)


def _container_factor(element) -> float:
    """Multiplier of a candidate container from its tag, names and microdata."""
    factor = 1.0
    if element.tag == "article":
        factor *= 1.3
    itemprop = (element.get("itemprop") or "").lower()
    if itemprop in bp.CONTENT_ITEMPROPS:
        factor *= 1.5
    words = name_words(element)
    if words:
        if not bp.CONTENT_WORDS.isdisjoint(words):
            factor *= 1.2
        if not bp.BOILERPLATE_WORDS.isdisjoint(words):
            factor *= 0.5
    return factor


def choose_container(root):
    """The element most likely to hold the article text, or None."""
    scores: dict = {}
    for block in _TEXT_BLOCKS(root):
        weight = _block_weight(block)
        if not weight:
            continue
        parent = block.getparent()
        share = 1.0
        while parent is not None and share > 0.2:
            scores[parent] = scores.get(parent, 0.0) + weight * share
            parent = parent.getparent()
            share /= 2
    if not scores:
        return None
    return max(scores, key=lambda el: scores[el] * _container_factor(el))


# -- step 2: the paragraphs ------------------------------------------------------------

class _Paragraphs:
    """Accumulates inline text into paragraphs, counting the characters inside links."""

    __slots__ = ("blocks", "_pieces", "_link_chars")

    def __init__(self):
        self.blocks: list[tuple[str, int]] = []
        self._pieces: list[str] = []
        self._link_chars = 0

    def add(self, text: str, in_link: bool) -> None:
        self._pieces.append(text)
        if in_link:
            self._link_chars += len(text.strip())

    def flush(self) -> None:
        if self._pieces:
            text = " ".join("".join(self._pieces).split())
            if text:
                self.blocks.append((text, self._link_chars))
            self._pieces = []
            self._link_chars = 0


def _skip_subtree(element) -> bool:
    """True for subtrees that never hold article text."""
    tag = element.tag
    if tag in bp.SKIP_TAGS or tag == "h1":
        return True
    return is_hidden(element) or looks_like_boilerplate(element)


def _walk(element, out: _Paragraphs, in_link: bool) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if child.tail:
                out.add(child.tail, in_link)
            continue
        if not _skip_subtree(child):
            block = tag in bp.BLOCK_TAGS
            child_in_link = in_link or tag == "a"
            if block:
                out.flush()
            if child.text:
                out.add(child.text, child_in_link)
            _walk(child, out, child_in_link)
            if block:
                out.flush()
        elif tag in bp.BLOCK_TAGS or tag in bp.SKIP_TAGS:
            out.flush()
        if child.tail:
            out.add(child.tail, in_link)


def keep_paragraph(text: str, link_chars: int) -> bool:
    """True for a text block that reads as article text (not links, not furniture)."""
    if link_chars > len(text) * bp.MAX_LINK_DENSITY:
        return False
    return not bp.FURNITURE_TEXT.match(text)


def collect_paragraphs(container) -> list[str]:
    """The container's text blocks in reading order, boilerplate left out."""
    out = _Paragraphs()
    if container.text:
        out.add(container.text, container.tag == "a")
    _walk(container, out, container.tag == "a")
    out.flush()
    return [text for text, link_chars in out.blocks if keep_paragraph(text, link_chars)]


def split_plain_text(text: str) -> list[str]:
    """Paragraphs of a plain text (blank-line or line separated), whitespace collapsed."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line]
