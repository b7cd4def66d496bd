"""Page furniture told by structure alone, for pages whose class names say nothing.

CSS modules, styled-components and other build tools give every element a hashed class
("sc-1x7qk2-2 hYtNcA"), so the class-word vocabulary of :mod:`newscrawl.extract.boilerplate`
finds no standfirst, byline, sign-up box or comment thread there. What such pages still
show is structure, and these signals read it:

- **The story's kind.** The article's paragraphs are blocks of one kind (same tag and
  class) carrying most of the container's text; the *story region* is the smallest
  element holding all of them. Blocks before and after the region are where a page puts
  its header and its furniture.
- **Leading echoes.** A block before the story region that repeats what another field
  already found (the description / standfirst, a byline with a known author's name) or
  that groups an image with a short text (a figure without ``<figure>``) belongs to those
  fields, not to the body. Inside the story region, before its first paragraph, a
  subtitle repeating the description (a line that is no sentence) is the
  description's too.
- **The header inside the container.** Where the blocks before the story's first
  paragraph hold the headline, the header runs from it to its last date, time, address,
  byline or date line: it is left out, and so is a line that ends no sentence before the
  headline (a kicker) or after that mark (a subtitle). A short date line before the
  story is left out even without the headline.
- **Trailing sections.** A block after the story region that is mostly links (topic
  lists), that opens with a heading (an appeal, "more on this", a paywall's offer), that
  ends in a call to action (a lone link or button), that holds a comment thread (a run
  of like items, each a short name or time line and a text; a table's rows are data) or
  that is a known author's card (it opens with the name, or shows a portrait beside it)
  is furniture.
- **Closing boxes inside the story region.** After the story's last paragraph but
  inside the region (the wider trailing check there is not run: a section or list there
  may be the story's own), only a comment thread whose items are dated (a name line and
  a date, under a heading counting the comments or none) and a writer's card: a short
  block opening with a known author's name or a name the byline links before the story
  (a link to the writer's page), with a portrait, the name as a link, or a verb after
  the name ("X is a reporter ..."); or, with no name known, a block with a portrait that
  opens with names in bold and a verb after them (with a short label over it, "The
  authors"). A card's bio or a comment's text may be a paragraph of the story's kind:
  such boxes at the end do not count as the story's end. The byline's
  linked names also tell the known author's card after the region. There too, a row of
  like short labels (tags set as badges) goes, a short box opening with a heading (or a
  short title line set as a paragraph) and holding a lone link or button of its own (a
  paywall's or sign-up's offer, whatever comes last; looked for through a wrapper that
  shows no other text), and, there and after a loose-text story,
  a short line standing right above a box left out (its label: "Reader comments").
- **A caption under a bare image.** Between the header and the story, a short block
  right after a block that shows an image and no text (a site builder's image element
  and text element side by side) is the image's caption, even when it ends like a
  sentence.
- **Appeal boxes.** A short box holding one line of the story's kind under a heading
  and closing on a lone link or button (a donation or sign-up appeal written with a
  plain ``<p>``) is no part of the story, wherever it is set.
- **Loose text.** A story told as runs of text between ``<br>`` in one element (a table
  layout's cell or ``<font>``) has no paragraph kind: there the element holding the most
  text in runs stands for the story; its header before it (the headline told by its
  text when it is no ``<h1>``) and the trailing furniture after it, line by line, are
  found as above.
- **Link boxes.** A block of links under a short label ("Read also:") set among the
  story's paragraphs holds no text of the story.
- **Figure tables.** A table of an image in one row and its caption in the other (a
  table layout's photo set into the text) is a figure, whatever the story's kind.
- **Form boxes.** A short block around a form control (``<form>``, ``<input>``,
  ``<button>``) holding no story paragraph is a sign-up, login or share box; around a
  ``<form>`` it may hold lines of the story's kind while it holds a small share of the
  container's text.

:func:`story_furniture` returns the elements the body leaves out; the thresholds are
the named constants below. :func:`image_with_caption_block` is the one test of an image
grouped with its caption block in a two-child wrapper (a figure without ``<figure>``),
for the body and the captions alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.markup import holds_text, is_within, joined_pieces
from newscrawl.text import collapse, fold

#: Block tags that hold text (the line-break elements are not blocks of their own).
TEXT_BLOCK_TAGS = tuple(sorted(bp.BLOCK_TAGS - {"br", "hr", "body", "html"}))
#: The story's kind must carry at least this share of the container's non-link text,
#: else the page has no clear paragraph kind and nothing is taken out.
MIN_STORY_KIND_SHARE = 0.4
#: Levels of nested blocks looked into before / after the story region.
MAX_UNIT_DEPTH = 6
#: A leading block repeating the description may add at most this many characters.
MAX_ECHO_SURPLUS_CHARS = 40
#: A leading block naming a known author is a byline up to this many characters.
MAX_BYLINE_CHARS = 160
#: A leading block with an image is a figure (image and caption) up to this many characters.
MAX_FIGURE_TEXT_CHARS = 400
#: A trailing block this much links (by characters) is a link list.
MIN_LINK_LIST_SHARE = 0.5
#: A trailing box ending in a lone link or button is a call to action up to this size.
MAX_CTA_BOX_CHARS = 1200
#: A block around a form control is a form box up to this many characters; one holding
#: lines of the story's kind, only up to this share of the container's text.
MAX_FORM_BOX_CHARS = 600
MAX_FORM_BOX_SHARE = 0.2
#: A box of links under a short label ("Read also:", a "you may like" heading), anywhere
#: outside the story's paragraphs: at least this share of its text in links and at most
#: this much text outside them, not ending like a sentence. A table's row or cell is no
#: such box (a row of results with a linked name is data).
MIN_LINK_BOX_SHARE = 0.5
MAX_LINK_BOX_LABEL_CHARS = 40
#: A closing offer box's title set as a paragraph is at most this long: a paywall names
#: the offer and the paper in its title ("Para seguir leyendo, suscribite a <paper>",
#: "Continue reading with a subscription to <paper>"), longer than a box label.
MAX_OFFER_TITLE_CHARS = 80
_TABLE_PART_TAGS = frozenset({"tr", "td", "th"})
_TABLE_TAGS = frozenset({"table", "thead", "tbody", "tfoot"})
#: Levels above an image where a table holding it and its caption is looked for.
FIGURE_TABLE_LEVELS = 3
#: A block after the story naming a known author is the author's card up to this size.
MAX_AUTHOR_CARD_CHARS = 400
#: What marks the article's header before the story: the headline ...
_HEADLINE_TAGS = ("h1", "header", "hgroup")
#: ... and the furniture that closes it (a date or time, an address). (An image is no
#: mark: a story's first paragraph is often set apart from the rest by a photo.)
_HEADER_MARK_TAGS = (*_HEADLINE_TAGS, "time", "address")
#: The end of a sentence in the scripts news is written in: closing punctuation (Latin,
#: CJK, the Devanagari danda), then only closing quotes or brackets.
_SENTENCE_CLOSE = re.compile(r"[.!?…。！？।॥][\"”»“’')\]）」]*\s*$")
#: A headline printed without ``<h1>`` is told by its text, in an element of at most
#: this much text.
MAX_HEADLINE_CHARS = 300
#: A story told as loose text holds at least this much text in at least this many runs.
MIN_LOOSE_STORY_CHARS = 500
MIN_LOOSE_STORY_RUNS = 3
#: A comment item's name or time line is at most this long.
MAX_NAME_LINE_CHARS = 60
#: A comment thread holds at least this share of a section's text to take the section.
MIN_THREAD_SHARE = 0.6
#: A comment thread or writer's card inside the story region holds less than this share
#: of the region's text (a live blog's dated posts are the story).
MAX_CLOSING_BOX_SHARE = 0.5
#: A caption beside an image (in a two-child wrapper) is at most this long.
MAX_BESIDE_CAPTION_CHARS = 400
#: Levels above such a wrapper (while short, see MAX_FORM_BOX_CHARS) where a form makes it
#: part of a sign-up box, not a figure.
FORM_NEAR_CAPTION_LEVELS = 3

#: A byline's link to a writer's page reads as a name: two to four words, each opening
#: with a capital letter, no digits.
BYLINE_LINK_NAME_WORDS = (2, 4)
#: The words that join two writers' names on a card ("X and Y are ...").
NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "en", "og", "och", "&"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_BREAK_TAGS = frozenset({"br", "hr"})
_CONTROL_TAGS = ("form", "input", "button", "select", "textarea")
#: A line closing on sentence or clause punctuation: text, not a commenter's name line.
_CLAUSE_END = re.compile(r"[.!?…:;]\s*$")


@dataclass(frozen=True, slots=True)
class KnownFields:
    """What other fields already hold, whose echoes at the body's start are not body."""

    descriptions: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


def _is_element(node) -> bool:
    return node.tag.__class__ is str


def _kind(element) -> tuple:
    return element.tag, element.get("class") or ""


#: The text nodes of an element that a reader sees (not a script's or style sheet's code).
_SHOWN_TEXT = lxml.etree.XPath("descendant::text()[not(ancestor::script or ancestor::style)]")
#: The text nodes of an element outside its links.
_UNLINKED_TEXT = lxml.etree.XPath(
    "descendant::text()[not(ancestor::a or ancestor::script or ancestor::style)]")


def _text(element) -> str:
    return collapse(element.text_content())


def _has_image(element) -> bool:
    if element.tag in bp.IMAGE_TAGS:
        return True
    for _image in element.iter(*bp.IMAGE_TAGS):
        return True
    return False


def text_blocks(container, scan) -> dict:
    """The container's text blocks in page order, each with its own non-link characters
    (its subtree's, less those of the blocks inside it)."""
    text, links = scan.text_chars, scan.link_chars
    own: dict = {}
    for element in container.iter(*TEXT_BLOCK_TAGS):
        if element is container or element not in text:
            continue
        chars = text[element] - links.get(element, 0)
        own[element] = own.get(element, 0) + chars
        parent = element.getparent()
        while parent is not None and parent is not container and parent not in own:
            parent = parent.getparent()
        if parent is not None and parent is not container:
            own[parent] -= chars
    return own


def story_blocks(own: dict, whole: int) -> list:
    """The blocks of the story's kind (the kind whose paragraphs carry the most non-link
    text), or [] when no kind of two or more paragraphs carries a clear share of the
    container's non-link text (``whole``: loose text between blocks counts too)."""
    totals: dict = {}
    counts: dict = {}
    for element, chars in own.items():
        if chars >= bp.MIN_SEED_CHARS:
            key = _kind(element)
            totals[key] = totals.get(key, 0) + chars
            counts[key] = counts.get(key, 0) + 1
    if not totals:
        return []
    kind = max(totals, key=totals.__getitem__)
    if counts[kind] < 2 or totals[kind] < MIN_STORY_KIND_SHARE * whole:
        return []
    return [element for element, chars in own.items() if chars > 0 and _kind(element) == kind]


def _story_region(blocks: list, container) -> tuple:
    """(the smallest element holding every story block, the set of the blocks' ancestors
    up to the container)."""
    ancestors: set = set()
    for block in blocks:
        node = block
        while node is not None and node not in ancestors:
            ancestors.add(node)
            if node is container:
                break
            node = node.getparent()
    region = blocks[0]
    while region is not container and not all(is_within(block, region) for block in blocks[1:]):
        region = region.getparent()
    return region, ancestors


def story_furniture(container, scan, fields: KnownFields | None = None, titles=()) -> set:
    """The elements of ``container`` the body leaves out by structure (see the module's
    docstring): leading echoes and figures, trailing link lists, sections, calls to
    action and comment threads, and figure tables, link boxes and form boxes anywhere.
    ``titles`` (the headline and its variants) tell a headline printed without ``<h1>``."""
    figures = _figure_tables(container)
    own = text_blocks(container, scan)
    blocks = story_blocks(own, scan.text_chars.get(container, 0) - scan.link_chars.get(container, 0))
    headlines = frozenset(key for key in map(fold, titles) if key)
    if not blocks:
        loose = _loose_story(container)
        if loose is None:
            return figures
        names = [name.lower() for name in (fields or KnownFields()).names if len(name) >= 4]
        _mark_header(loose[0], container, scan, names, figures, headlines)
        card_names = [*names, *_byline_link_names(container, loose[0])]
        node = loose[1]
        while node is not container and node is not None:
            lines = [sibling for sibling in node.itersiblings()
                     if _is_element(sibling) and sibling.tag not in bp.UNREADABLE_TAGS
                     and _whole_line(sibling)]
            for line in lines:
                _check_trailing(line, scan, figures, MAX_UNIT_DEPTH, card_names)
            _mark_box_labels(lines, figures)
            node = node.getparent()
        return figures
    appeals = _appeal_boxes(blocks, container, scan)
    if appeals:
        blocks = [block for block in blocks if block.getparent() not in appeals]
        if not blocks:
            return figures
    region, story_ancestors = _story_region(blocks, container)
    fields = fields or KnownFields()
    descriptions = [key for key in map(fold, fields.descriptions) if key]
    names = [name.lower() for name in fields.names if len(name) >= 4]
    skip: set = figures | appeals
    node = blocks[0] if descriptions else region
    # (bounds on a block's scanned text for it to hold an echo: the scan counts no spaces
    # between text pieces, the fold drops punctuation, hence the slack)
    bounds = (min(map(len, descriptions), default=0) // 2,
              2 * (max(map(len, descriptions), default=0) + MAX_ECHO_SURPLUS_CHARS))
    while node is not region and node is not None:  # the region's blocks before the story
        for sibling in node.itersiblings(preceding=True):
            if sibling.tag in bp.BLOCK_TAGS:
                _check_subtitle(sibling, scan, descriptions, bounds, skip, MAX_UNIT_DEPTH)
        node = node.getparent()
    _mark_header(blocks[0], container, scan, names, skip, headlines)
    card_names = [*names, *_byline_link_names(container, blocks[0])]
    node = region
    while node is not container and node is not None:
        for sibling in node.itersiblings(preceding=True):
            if sibling.tag in bp.BLOCK_TAGS:  # (inline elements are part of loose text)
                _check_leading(sibling, scan, descriptions, names, skip, MAX_UNIT_DEPTH)
        for sibling in node.itersiblings():
            if sibling.tag in bp.BLOCK_TAGS:
                _check_trailing(sibling, scan, skip, MAX_UNIT_DEPTH, card_names)
        node = node.getparent()
    _mark_closing_boxes(blocks, region, scan, card_names, skip)
    _mark_link_boxes(container, scan, story_ancestors, skip)
    for control in container.iter(*_CONTROL_TAGS):
        if control.tag == "input" and (control.get("type") or "").lower() == "hidden":
            continue
        box = _form_box(control, container, scan, story_ancestors, region)
        if box is not None:
            skip.add(box)
    return skip


def _appeal_boxes(blocks: list, container, scan) -> set:
    """The short boxes that hold one line of the story's kind under a heading and close
    on a lone link or button: an appeal to donate, subscribe or sign up written with a
    plain ``<p>`` ("Support independent journalism" / a line / "Donate"), not a part of
    the story, wherever it is set."""
    found: set = set()
    lines = set(blocks)
    for block in blocks:
        box = block.getparent()
        if box is None or box is container or box in found \
                or scan.text_chars.get(box, 0) > MAX_FORM_BOX_CHARS:
            continue
        if sum(1 for child in box if child in lines) == 1 \
                and _opens_with_heading(box) and _ends_with_action(box):
            found.add(box)
    return found


def _figure_tables(container) -> set:
    """The tables in ``container`` that are figures: an image in one row, its caption in
    the other (:func:`image_with_caption_block`), the way table layouts set a photo into the
    text."""
    found: set = set()
    if next(container.iter("table"), None) is None:
        return found
    for image in container.iter(*bp.IMAGE_TAGS):
        branch = image
        for _ in range(FIGURE_TABLE_LEVELS):
            wrapper = branch.getparent()
            if wrapper is None or wrapper is container:
                break
            if wrapper.tag in ("table", "tbody") and _is_figure_pair(branch, image_with_caption_block(wrapper)):
                found.add(wrapper.getparent() if wrapper.tag == "tbody" else wrapper)
                break
            branch = wrapper
    return found


def _check_leading(unit, scan, descriptions, names, skip: set, depth: int) -> None:
    """Mark a block before the story region (or its parts) that echoes another field."""
    text = _text(unit)
    if not text:
        return
    if _echoes_description(text, descriptions) or _is_byline(text, names) \
            or (len(text) <= MAX_FIGURE_TEXT_CHARS and _is_figure(unit)):
        skip.add(unit)
        return
    if depth:
        for child in unit:
            if _is_element(child) and child.tag in bp.BLOCK_TAGS:
                _check_leading(child, scan, descriptions, names, skip, depth - 1)


def _check_subtitle(unit, scan, descriptions, bounds: tuple, skip: set, depth: int) -> None:
    """Mark a block inside the story region, before the story's first paragraph, that
    repeats the description as a subtitle: a line that does not end like a sentence. A
    first paragraph that is also the description is a sentence and stays, as the
    standfirst rule keeps a lead that runs into the story (body.lead); one set apart by an
    image is not told from it here (an image between paragraphs is common in a story).
    ``bounds`` (shortest, longest) are the scanned text a block needs to hold an echo:
    a shorter block (and what it holds) is passed, a longer one only looked into."""
    chars = scan.text_chars.get(unit, 0)
    if chars < bounds[0]:
        return
    if chars <= bounds[1]:
        text = _text(unit)
        if _echoes_description(text, descriptions) and not bp.SENTENCE_END.search(text):
            skip.add(unit)
            return
    if depth:
        for child in unit:
            if _is_element(child) and child.tag in bp.BLOCK_TAGS:
                _check_subtitle(child, scan, descriptions, bounds, skip, depth - 1)


def _under_bare_image(unit) -> bool:
    """A block right after a block that shows an image and no text, holding no heading,
    link or image of its own: the image's caption set as a text block of its own (a
    site builder's image element and text element side by side)."""
    before = unit.getprevious()
    while before is not None and not _is_element(before):
        before = before.getprevious()
    if before is None or before.tag in bp.IMAGE_TAGS or _text(before) or not _has_image(before):
        return False
    for _inner in unit.iter("a", *bp.IMAGE_TAGS, *_HEADING_TAGS):
        return False
    return True


def _is_figure(unit) -> bool:
    """An image with a short text and no heading (an intro beside a portrait is no figure)."""
    if not _has_image(unit):
        return False
    for _heading in unit.iter(*_HEADING_TAGS):
        return False
    return True


def _echoes_description(text: str, descriptions) -> bool:
    key = fold(text)
    for description in descriptions:
        if key == description or (description in key
                                  and len(key) - len(description) <= MAX_ECHO_SURPLUS_CHARS):
            return True
    return False


def _is_byline(text: str, names) -> bool:
    if len(text) > MAX_BYLINE_CHARS:
        return False
    low = text.lower()
    for name in names:
        if name in low:
            return True
    return False


def _check_trailing(unit, scan, skip: set, depth: int, names=()) -> None:
    """Mark a block after the story region (or its parts) that is a link list,
    a section under its own heading, a call-to-action box, a comment thread or the card
    of a known author (``names``, lower-cased). An inline element (a ``<font>`` of a table
    layout) is measured here, the page scan measures blocks only."""
    total = scan.text_chars.get(unit)
    if total is None and unit.tag not in bp.BLOCK_TAGS:
        shown = collapse(" ".join(_SHOWN_TEXT(unit)))
        total = len(shown)
        links = total - len(collapse(" ".join(_UNLINKED_TEXT(unit))))
    else:
        links = scan.link_chars.get(unit, 0)
    if not total:
        return
    if links >= MIN_LINK_LIST_SHARE * total or _opens_with_heading(unit) \
            or (total <= MAX_CTA_BOX_CHARS and _ends_with_action(unit)) \
            or _holds_thread(unit, scan, total) \
            or (total <= MAX_AUTHOR_CARD_CHARS and _is_author_card(unit, names)):
        skip.add(unit)
        return
    if depth:
        children = _element_children(unit)
        for child in children:  # (a wrapper's one child is looked into whatever its tag)
            if child.tag in bp.BLOCK_TAGS or (len(children) == 1 and _whole_content(child)):
                _check_trailing(child, scan, skip, depth - 1, names)


def _mark_closing_boxes(blocks: list, region, scan, names, skip: set) -> None:
    """Mark, inside the story region after the story's last paragraph, a comment thread
    (a run of dated items, under a heading or none) and the writers' cards (a short block
    opening with a known author's name or a name the byline links before the story).
    Only these two: a section under its own heading or a list there may be the story's
    own (the wider trailing check inside the region cost held-out recall, docs). A card's
    bio or a comment's text may be of the story's kind: the story's last paragraph is the
    last one of its kind outside such boxes."""
    if scan.live_blog:
        return  # (a live blog's posts are dated items too)
    most = MAX_CLOSING_BOX_SHARE * scan.text_chars.get(region, 0)

    def box_of(unit, by_verb: bool = True):
        total = scan.text_chars.get(unit, 0)
        if not total or total > most:
            return None
        if _holds_dated_thread(unit, scan, total):
            return unit
        if total > MAX_AUTHOR_CARD_CHARS:
            return None
        return _closing_card(unit, names, by_verb)

    found: set = set()
    last = len(blocks) - 1
    while last > 0:  # the last paragraphs of the kind, while a closing box holds them
        box = None
        node = blocks[last]
        while box is None and node is not region and node is not None:
            box = box_of(node, by_verb=False)  # (a paragraph of the kind may name the writer)
            if box is None and scan.text_chars.get(node, 0) <= MAX_AUTHOR_CARD_CHARS \
                    and _has_image(node) and _bold_name_and_verb(node):
                box = node  # (a portrait, the writers' names in bold, their note's verb)
            node = node.getparent()
        if box is None:
            break
        box = _with_label(box, region)
        found.add(box)
        while last > 0 and is_within(blocks[last], box):
            last -= 1
    if last == 0 and found:
        return  # (the story is no closing box: nothing left out)
    node = blocks[last]
    while node is not region and node is not None:
        units = [sibling for sibling in node.itersiblings()
                 if _is_element(sibling) and sibling.tag in bp.BLOCK_TAGS
                 and sibling.tag not in bp.UNREADABLE_TAGS]
        for unit in units:
            box = box_of(unit)
            if box is not None:
                found.add(box)
            elif _is_label_row(unit) or _is_offer_box(unit, scan):
                found.add(unit)
        _mark_box_labels(units, found)
        node = node.getparent()
    skip.update(found)


def _is_offer_box(unit, scan) -> bool:
    """A short box (``MAX_FORM_BOX_CHARS``) that opens with a heading and holds a lone
    link or button of its own (a child, not a link inside a sentence): a paywall's or
    sign-up's offer ("Read on with Plus" / a line / "Try 30 days free" / "Log in"),
    whatever comes last. The box may sit in a wrapper holding nothing else that shows
    text (a paywall's fade beside it), and its heading may be set as a short line of
    its own that ends no sentence (a ``<p>`` used as the box's title)."""
    if scan.text_chars.get(unit, 0) > MAX_FORM_BOX_CHARS:
        return False
    box = _lone_text_child(unit)
    if not (_opens_with_heading(box) or _opens_with_title_line(box)):
        return False
    children = _element_children(box)
    return any(child.tag in ("a", "button") and _text(child) for child in children)


#: Wrappers looked through for a box's own content (a wrapper, a box inside it).
MAX_BOX_WRAPPERS = 2


def _lone_text_child(unit):
    """The element inside ``unit`` that holds all its shown text, through at most
    ``MAX_BOX_WRAPPERS`` wrappers whose other children show no text (an empty fade or
    spacer beside the box), else ``unit``."""
    for _level in range(MAX_BOX_WRAPPERS):
        if (unit.text or "").strip():
            return unit
        with_text = [child for child in _element_children(unit)
                     if child.tag not in bp.SKIP_TAGS and _text(child)]
        if len(with_text) != 1 or (with_text[0].tail or "").strip() \
                or with_text[0].tag in ("a", "button"):
            return unit
        unit = with_text[0]
    return unit


def _opens_with_title_line(unit) -> bool:
    """A box whose first child showing text is a short line of its own (at most
    ``MAX_OFFER_TITLE_CHARS``, ending no sentence, no link of its own) set as a
    block, followed by more: a title written as a paragraph ("Read on with Plus")."""
    children = _element_children(unit)
    for index, child in enumerate(children):
        if child.tag in bp.SKIP_TAGS:
            continue
        text = _text(child)
        if not text:
            continue
        return (child.tag in bp.BLOCK_TAGS and index < len(children) - 1
                and len(text) <= MAX_OFFER_TITLE_CHARS and not _CLAUSE_END.search(text)
                and next(child.iter("a"), None) is None)
    return False


def _is_label_row(unit) -> bool:
    """A row of like short labels and nothing else: two or more inline elements of one
    kind (tag and class), none a sentence, no text between them (a tags row set as
    badges, without links)."""
    children = _element_children(unit)
    if len(children) < 2 or (unit.text or "").strip() \
            or any(child.tag in bp.BLOCK_TAGS or (child.tail or "").strip() for child in children):
        return False
    kind = _kind(children[0])
    for child in children:
        text = _text(child)
        if _kind(child) != kind or not text or len(text) > MAX_LINK_BOX_LABEL_CHARS \
                or _CLAUSE_END.search(text):
            return False
    return True


def _mark_box_labels(units: list, marked: set) -> None:
    """Mark a short line (at most ``MAX_LINK_BOX_LABEL_CHARS``, no sentence) whose next
    unit after it is marked: the label of the box left out ("Reader comments" above the
    comments)."""
    units = [unit for unit in units if unit.tag not in _LINE_BREAK_TAGS]
    for unit, after in zip(units, units[1:]):
        if unit in marked or after not in marked:
            continue
        text = _text(unit)
        if text and len(text) <= MAX_LINK_BOX_LABEL_CHARS and not _CLAUSE_END.search(text) \
                and not _has_image(unit):
            marked.add(unit)


def _with_label(box, region):
    """The box's parent when it holds only the box and a short label line before it (a
    heading over the writers' cards, "The authors"), else the box."""
    parent = box.getparent()
    if parent is None or parent is region:
        return box
    children = _element_children(parent)
    if len(children) != 2 or children[1] is not box or (parent.text or "").strip():
        return box
    text = _text(children[0])
    if text and len(text) <= MAX_LINK_BOX_LABEL_CHARS and not _CLAUSE_END.search(text):
        return parent
    return box


def _bold_name_and_verb(unit) -> bool:
    """True when a block opens with names in bold (``<strong>`` / ``<b>``: one name, or
    names joined by "and", "und", "et" ...) followed by a word in lower case, as a
    writer's card prints them ("**Jane Doe and Ola Berg** are engineers ...")."""
    for element in unit.iter("strong", "b"):
        text = _text(element)
        whole = _text(unit)
        if not text or not whole.startswith(text):
            return False
        parts: list[list[str]] = [[]]
        for word in text.split():
            if word.lower() in NAME_JOINERS:
                parts.append([])
            else:
                parts[-1].append(word)
        return all(_reads_as_name(" ".join(part)) for part in parts) \
            and _verb_follows(whole[len(text):])
    return False


def _byline_link_names(container, first) -> list[str]:
    """The texts of the links before the story's first paragraph ``first`` that read as
    a person's name (:func:`_reads_as_name`): the byline's links to the writers' pages,
    lower-cased."""
    found: list[str] = []
    for element in container.iter():
        if element is first:
            break
        if element.tag == "a":
            text = _text(element)
            if len(text) <= MAX_NAME_LINE_CHARS and _reads_as_name(text):
                found.append(text.lower())
    return found


def _reads_as_name(text: str) -> bool:
    words = text.split()
    low, high = BYLINE_LINK_NAME_WORDS
    return low <= len(words) <= high and all(
        word[0].isupper() and not any(char.isdigit() for char in word) for word in words)


def _closing_card(unit, names, by_verb: bool = True):
    """``unit`` when it is a writer's card: its text opens with one of ``names``
    (lower-cased) and it shows more than a line naming them: a portrait, the name as a
    link, or (``by_verb``) a word in lower case after the name (the note's verb: "X is
    a reporter ...", "X und Y sind ...")."""
    text = _text(unit)
    low = text.lower()
    for name in names:
        if not low.startswith(name):
            continue
        if _has_image(unit) or (by_verb and _verb_follows(text[len(name):])):
            return unit
        for link in unit.iter("a"):
            if _text(link).lower() == name:
                return unit
    return None


def _verb_follows(rest: str) -> bool:
    """True when the text after a name goes on with a word in lower case, after another
    name joined by "and" ("und", "et" ...) if one follows."""
    words = rest.split()
    if len(words) >= 2 and words[0].lower() in NAME_JOINERS:
        words = words[1:]
        while words and words[0][:1].isupper():
            words = words[1:]
    return bool(words) and words[0][:1].islower()


def _holds_dated_thread(unit, scan, total: int) -> bool:
    """A comment thread whose items each carry a date (:func:`is_comment_thread`, dated),
    the unit itself or its child holding most of its text (under the heading counting
    the comments)."""
    if is_comment_thread(unit, dated=True):
        return True
    for child in unit:
        if _is_element(child) and scan.text_chars.get(child, 0) >= MIN_THREAD_SHARE * total \
                and is_comment_thread(child, dated=True):
            return True
    return False


def _whole_content(child) -> bool:
    """True when ``child`` is all its parent shows: no text beside it."""
    parent = child.getparent()
    return not (parent.text or "").strip() and not (child.tail or "").strip()


def _whole_line(element) -> bool:
    """True for an element standing as a line of its own in loose text: a block, or an
    inline element with a line break or block before it and after it, no text beside."""
    if element.tag in bp.BLOCK_TAGS:
        return True
    before = element.getprevious()
    if before is None:
        if (element.getparent().text or "").strip():
            return False
    elif before.tag not in bp.BLOCK_TAGS or (before.tail or "").strip():
        return False
    after = element.getnext()
    return not (element.tail or "").strip() and (after is None or after.tag in bp.BLOCK_TAGS)


def _is_author_card(unit, names) -> bool:
    """A short block after the story that opens with a known author's name, or shows an
    image (a portrait) beside a text naming one: the author's card or bio line."""
    if not names:
        return False
    text = _text(unit).lower()
    if any(text.startswith(name) for name in names):
        return True
    return _has_image(unit) and any(name in text for name in names)


def _loose_story(container) -> tuple | None:
    """(the node the story starts at, the node it ends at) of a story told as loose text
    (runs of text between ``<br>`` in a table cell or a ``<font>``, no paragraph
    elements): in the element (no paragraph element) holding the most text in runs of at
    least ``bp.MIN_SEED_CHARS``, at least ``MIN_LOOSE_STORY_CHARS`` of it in at least
    ``MIN_LOOSE_STORY_RUNS`` runs: where the first run starts (the element itself when its
    own text is that run, else the child whose tail is) and the child whose tail is the
    last run; or None."""
    best, best_chars = None, 0
    for element in container.iter():
        if not _is_element(element) or element.tag in bp.UNREADABLE_TAGS \
                or element.tag in bp.PARAGRAPH_TAGS:
            continue
        chars = runs = 0
        text = (element.text or "").strip()
        if len(text) >= bp.MIN_SEED_CHARS:
            chars, runs = len(text), 1
        for child in element:
            tail = (child.tail or "").strip()
            if len(tail) >= bp.MIN_SEED_CHARS:
                chars += len(tail)
                runs += 1
        if runs >= MIN_LOOSE_STORY_RUNS and chars > best_chars:
            best, best_chars = element, chars
    if best is None or best_chars < MIN_LOOSE_STORY_CHARS:
        return None
    tails = [child for child in best if len((child.tail or "").strip()) >= bp.MIN_SEED_CHARS]
    first = best if len((best.text or "").strip()) >= bp.MIN_SEED_CHARS else tails[0]
    return first, tails[-1]


def _mark_header(first, container, scan, names, skip: set, headlines=frozenset()) -> None:
    """Mark the article's header where the container holds it: the blocks before the
    story's first paragraph ``first`` (the preceding siblings of it and of its ancestors
    up to the container).

    When they hold the headline (``<h1>``, ``<header>``, ``<hgroup>``), the header runs
    from the headline to its last mark before the story (a date or time, an address, a
    byline naming a known author, a short date line): all of it is left out, as a
    standfirst set apart from the story by the header's furniture is
    (body.lead.lead_opens_story). Before the headline (a kicker, a breadcrumb trail, a
    section label set as a heading) and between the header's last mark and the story (a
    standfirst set as a subtitle, a label; not a heading, which may open the story's
    first section), a line that does not end like a sentence is the header's too; a
    paragraph that does (a first paragraph set apart) stays. Without the headline only a short
    date line standing before the story is left out."""
    units: list = []  # nearest to the story first
    node = first
    while node is not container and node is not None:
        units += [sibling for sibling in node.itersiblings(preceding=True)
                  if _is_element(sibling) and sibling.tag not in bp.UNREADABLE_TAGS]
        node = node.getparent()
    def is_headline(unit) -> bool:
        return unit.tag in _HEADLINE_TAGS or (
            bool(headlines) and scan.text_chars.get(unit, 0) <= MAX_HEADLINE_CHARS
            and _whole_line(unit) and fold(_text(unit)) in headlines)

    held: dict = {}  # unit -> whether it holds the headline (the units are asked again)

    def holds_headline(unit) -> bool:
        found = held.get(unit)
        if found is None:
            found = held[unit] = _holds(unit, _HEADLINE_TAGS) or any(map(is_headline, unit.iter()))
        return found

    headline = next((index for index, unit in enumerate(units) if holds_headline(unit)), None)
    for _ in range(MAX_UNIT_DEPTH):  # a wrapper of the headline and more: its parts
        if headline is None or is_headline(units[headline]):
            break
        parts = [child for child in reversed(units[headline])
                 if _is_element(child) and child.tag not in bp.UNREADABLE_TAGS]
        units[headline:headline + 1] = parts
        headline = next((index for index, unit in enumerate(units) if holds_headline(unit)),
                        None)
    units = [unit for unit in units if _whole_line(unit)]  # (a piece of a line stays)
    headline = next((index for index, unit in enumerate(units) if holds_headline(unit)), None)
    if headline is None:
        for unit in units:
            if _is_date_line(unit, scan):
                skip.add(unit)
        return
    mark = next(index for index, unit in enumerate(units[:headline + 1])
                if index == headline or _holds(unit, _HEADER_MARK_TAGS)
                or _is_date_line(unit, scan) or _is_byline(_text(unit), names))
    skip.update(units[mark:headline + 1])
    for unit in units[:mark]:  # (a heading here may open the story's first section)
        text = _text(unit)
        if text and unit.tag not in _HEADING_TAGS and (not _SENTENCE_CLOSE.search(text) or (
                len(text) <= MAX_BESIDE_CAPTION_CHARS and _under_bare_image(unit))):
            skip.add(unit)
    for unit in units[headline + 1:]:  # (a heading here is a section label or kicker)
        text = _text(unit)
        if text and not _SENTENCE_CLOSE.search(text):
            skip.add(unit)


def _holds(unit, tags) -> bool:
    if unit.tag in tags:
        return True
    for _inner in unit.iter(*tags):
        return True
    return False


def _is_date_line(unit, scan) -> bool:
    """A short line holding a date or time and not ending like a sentence."""
    chars = scan.text_chars.get(unit)
    if chars is not None and chars > bp.METADATA_MAX_CHARS:
        return False
    text = _text(unit)
    return 0 < len(text) <= bp.METADATA_MAX_CHARS and bool(bp.DATE_IN_TEXT.search(text)) \
        and not bp.SENTENCE_END.search(text)


def _mark_link_boxes(container, scan, story_ancestors: set, skip: set) -> None:
    """Mark the boxes of links under a short label among or around the story's
    paragraphs (a "read also" box set into the text): blocks (not a table's rows or
    cells) holding no story paragraph, at least ``MIN_LINK_BOX_SHARE`` of their text in
    links and, outside the links, only a label of at most ``MAX_LINK_BOX_LABEL_CHARS``
    that does not end like a sentence. (The links go as link-dense blocks anyway; the
    label would be left as a paragraph.)"""
    text, links = scan.text_chars, scan.link_chars
    for element in container.iter(*TEXT_BLOCK_TAGS):
        if element is container or element in story_ancestors or len(element) < 2 \
                or element.tag in _TABLE_PART_TAGS:
            continue
        total = text.get(element)
        linked = links.get(element, 0)
        if not total or not linked or linked < MIN_LINK_BOX_SHARE * total \
                or total - linked > MAX_LINK_BOX_LABEL_CHARS:
            continue
        if any(is_within(element, marked) for marked in skip):
            continue
        label = collapse(" ".join(_UNLINKED_TEXT(element)))
        if label and len(label) <= MAX_LINK_BOX_LABEL_CHARS and not bp.SENTENCE_END.search(label):
            skip.add(element)


def _element_children(element) -> list:
    return [child for child in element if _is_element(child)]


def _first_element_children(element, limit: int) -> list:
    """The element's first ``limit`` element children (comments left out): enough to
    tell "exactly n" with ``limit`` n + 1, without listing a wide block's every child."""
    children = []
    for child in element:
        if child.tag.__class__ is str:
            children.append(child)
            if len(children) == limit:
                break
    return children


def _opens_with_heading(unit) -> bool:
    """A section opening with a heading, followed by more."""
    children = _element_children(unit)
    for index, child in enumerate(children):
        if child.tag in bp.SKIP_TAGS:
            continue
        if not _text(child):
            continue
        return child.tag in _HEADING_TAGS and index < len(children) - 1
    return False


def _ends_with_action(unit) -> bool:
    """A box of some text closed by a lone link or button (a call to action)."""
    children = _element_children(unit)
    if len(children) < 2:
        return False
    last = children[-1]
    if last.tag not in ("a", "button") or (last.tail or "").strip():
        return False
    return any(child.tag not in ("a", "button") and _text(child) for child in children[:-1])


def is_comment_thread(element, dated: bool = False) -> bool:
    """A run of two or more like items (same tag and class), each of two or more parts
    that open with a short name line or hold a ``<time>``, and nothing much else. A
    table's rows are data (a score card, a results list), not comments. ``dated``: the
    items are those of the children's most common kind (a heading may come first), each
    dated in its name line."""
    if element.tag in _TABLE_TAGS:
        return False
    items = _element_children(element)
    if len(items) < 2:
        return False
    kinds = [_kind(item) for item in items]
    kind = max(kinds, key=kinds.count) if dated else kinds[0]
    like = [item for item in items if _kind(item) == kind]
    if len(like) < 2 or len(like) < MIN_THREAD_SHARE * len(items):
        return False
    return all(_is_comment(item, dated) for item in like)


def _is_comment(item, dated: bool = False) -> bool:
    children = _element_children(item)
    while dated and len(children) == 1 and not (item.text or "").strip():
        item, children = children[0], _element_children(children[0])  # (a wrapper)
    parts = [child for child in children if _text(child)]
    if len(parts) < 2:
        return False
    for _time in item.iter("time"):
        return True
    first = _text(parts[0])
    if dated:  # the name line and the date (the date in its own part or in the line)
        head = first if bp.DATE_IN_TEXT.search(first) else f"{first} {_text(parts[1])}"
        return (len(parts) >= 3 or head == first) and bool(bp.DATE_IN_TEXT.search(head)) \
            and len(head) <= MAX_NAME_LINE_CHARS and parts[0].tag not in _HEADING_TAGS \
            and not _CLAUSE_END.search(head)
    return (len(first) <= MAX_NAME_LINE_CHARS and parts[0].tag not in _HEADING_TAGS
            and not _CLAUSE_END.search(first))


def _holds_thread(unit, scan, total: int) -> bool:
    if is_comment_thread(unit):
        return True
    for child in unit:
        if _is_element(child) and scan.text_chars.get(child, 0) >= MIN_THREAD_SHARE * total \
                and is_comment_thread(child):
            return True
    return False


def _form_box(control, container, scan, story_ancestors: set, region=None):
    """The largest short block around a form control that holds no story paragraph (a
    control inside a paragraph, a read-aloud button, leaves it alone). Around a
    ``<form>`` (a sign-up or login box) the short block is taken even when its lines are
    of the story's kind ("Sign up for our free newsletter." set as a plain ``<p>``), short
    of the story region itself and while it holds a small share of the container's text
    (``MAX_FORM_BOX_SHARE``)."""
    text = scan.text_chars
    box = None
    node = control.getparent()
    whole = text.get(container, 0)
    while node is not None and node is not container and node is not region \
            and (node not in story_ancestors or control.tag == "form"):
        if node in story_ancestors and text.get(node, 0) > MAX_FORM_BOX_SHARE * whole:
            break  # (a short story behind a login form is no sign-up box)
        if node in text:
            if box is None and node.tag in bp.PARAGRAPH_TAGS:
                return None
            if text[node] > MAX_FORM_BOX_CHARS:
                break
            box = node
        node = node.getparent()
    return box


def image_with_caption_block(wrapper) -> tuple | None:
    """(image part, caption block) of a figure written without ``<figure>``: a wrapper
    whose only children are an element showing an image and holding no text (a bare
    ``<img>``, a ``<picture>``, a link or a block around the image; no ``<figure>``, which
    is a figure of its own) and, after it, one short text block (at most
    :data:`MAX_BESIDE_CAPTION_CHARS` of shown text, no image, no heading), with no loose
    text of the wrapper's own between or after them. HTML's figure content model (an
    image grouped with its caption, WHATWG HTML "the figure element") drawn in plain
    blocks by table layouts, site builders, headless CMSs' components and atomic-CSS
    pages. None otherwise.

    The one test of this shape, for the body and the captions alike; each asks for more
    of its own: the body leaves the block out where the image is drawn right beside it
    (a bare image, or a link or ``<picture>`` around one); the captions code reads it
    where the block reads as a caption (:func:`reads_as_caption`) and, beside a bare
    ``<img>``, a credit closes it."""
    if len(wrapper) < 2 or (wrapper.text or "").strip():  # (cheap: fewer than two children of any kind)
        return None
    children = _first_element_children(wrapper, 3)
    if len(children) != 2:
        return None
    image, block = children
    if (image.tail or "").strip() or (block.tail or "").strip() or image.tag == "figure" \
            or block.tag in _HEADING_TAGS or block.tag in bp.SKIP_TAGS:
        return None
    if not _has_image(image) or holds_text(image) or _has_image(block):
        return None
    text = shown_text(block)
    if not text or len(text) > MAX_BESIDE_CAPTION_CHARS:
        return None
    return image, block


def reads_as_caption(block) -> bool:
    """True for the text block beside an image (:func:`image_with_caption_block`) that
    reads as the image's caption: no link (a teaser card's title, a "read more", a
    tooltip's or share icon's empty link), no icon, control or heading inside it (a
    story's head, a button), and no form
    near its wrapper (:data:`FORM_NEAR_CAPTION_LEVELS` levels up while short: an icon and
    a line in a sign-up box)."""
    for _inner in block.iter("a", "svg", *_CONTROL_TAGS, *_HEADING_TAGS):
        return False
    node = block.getparent()
    for _ in range(FORM_NEAR_CAPTION_LEVELS):
        if node is None or len(node.text_content()) > MAX_FORM_BOX_CHARS:
            break
        for _control in node.iter("form", "input"):
            return False
        node = node.getparent()
    return True


def _is_figure_pair(branch, pair) -> bool:
    """True when ``pair`` is ``branch``'s image and a block reading as its caption."""
    return pair is not None and pair[0] is branch and reads_as_caption(pair[1])


def shown_text(element) -> str:
    """The text of ``element`` a reader sees (not a script's or style sheet's code), its
    pieces joined with a space where they would run together (a credit after a ``<br>``
    kept apart from the caption)."""
    return joined_pieces(_SHOWN_TEXT(element))
