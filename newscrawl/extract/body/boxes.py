"""Boxes set into or beside a story that are none of its text, told by their structure
(what their names say is :mod:`.names`' concern): a list of teasers of other stories, a
promo box that is mostly links, a sign-up or login box with a field to type into, a reader
poll asking for a vote, another story's excerpt titled and closed by links to it, an offer
box with a button of its own, a short notice with a call to act where a story is cut (a
metered paywall's count of the free articles left), and a contact card (a press office's or
a club's contact, one item to a line). A story cut by such a box goes on after it
(:func:`.container.following_paragraph_blocks`, :func:`.lead.opening_paragraph`), and the
box is no paragraph of it (:func:`.paragraphs.collect_paragraphs`)."""

from __future__ import annotations

import lxml.etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.names import looks_like_boilerplate, name_words
from newscrawl.extract.body.scan import PageScan
from newscrawl.extract.markup import is_within
from newscrawl.text import collapse


def one_link(heading) -> bool:
    """True when all the heading's text is in one link (a teaser's title)."""
    links = heading.findall(".//a")
    return len(links) == 1 and not (heading.text or "").strip() \
        and len(links[0].text_content().strip()) == len(heading.text_content().strip())


def kind_of(element) -> tuple | None:
    """Tag and first class word of an element: its kind in the page's template (a
    modifier class after the first, ``detail-body second-part``, keeps the kind), or
    None for an element without a class."""
    cls = element.get("class")
    if not cls:
        return None
    first = cls.split(None, 1)
    return (element.tag, first[0]) if first else None


def is_teaser_list(element) -> bool:
    """True for a block of teasers of other stories: at least ``bp.MIN_TEASER_CARDS``
    child blocks of one kind (:func:`kind_of`), each with a heading that is wholly one link
    (:func:`one_link`, a teaser's title), as CMSs render a news list beside or under a
    story (Contao's ``mod_newslist``, WordPress's related-posts grids)."""
    counts: dict = {}
    for card in element:
        if card.tag.__class__ is not str:
            continue
        kind = kind_of(card)
        if kind is None:
            continue
        title = next(card.iter(*bp.TEASER_TITLE_TAGS), None)
        if title is not None and one_link(title):
            counts[kind] = counts.get(kind, 0) + 1
            if counts[kind] >= bp.MIN_TEASER_CARDS:
                return True
    return False


def is_story_excerpt(element) -> bool:
    """True for another story's excerpt set into this one: a box that opens with its
    title, a heading that is wholly one link (:func:`one_link`; a label of at most
    ``bp.MAX_EXCERPT_LABEL_CHARS`` before it), and closes with a link of its own to the
    same address (the call to read on, outside the heading), nothing after it. A teaser
    links to its story twice so, as CMSs render one (see ``bp.MAX_EXCERPT_LABEL_CHARS``);
    the story's own paragraphs between two such links are not its text."""
    title = next(element.iter(*bp.TEASER_TITLE_TAGS), None)
    if title is None or not one_link(title):
        return False
    address = (title.find(".//a").get("href") or "").strip()
    if not address or address.startswith("#"):
        return False
    last = None
    for last in element.iter("a"):
        pass
    if last is None or is_within(last, title) or (last.get("href") or "").strip() != address:
        return False
    return _text_outside(element, title, last) <= bp.MAX_EXCERPT_LABEL_CHARS


def _text_outside(element, first, last) -> int:
    """Characters of ``element``'s visible text before ``first`` and after ``last`` (two
    of its descendants, in that order), whitespace aside; more than a label's worth
    (``bp.MAX_EXCERPT_LABEL_CHARS``) is counted no further."""
    chars = 0
    outside = True
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node is first:
                outside = False
            elif outside and node.tag.__class__ is str and node.tag not in bp.UNREADABLE_TAGS:
                chars += len((node.text or "").strip())
        else:
            if node is last:
                outside = True
            if outside and node is not element:
                chars += len((node.tail or "").strip())
        if chars > bp.MAX_EXCERPT_LABEL_CHARS:
            break
    return chars


def _visible_chars(element) -> int:
    """Characters of an element's text, whitespace runs counted as one."""
    return len(" ".join(element.text_content().split()))


def has_entry_field(element) -> bool:
    """True when ``element`` holds a field to type into (``bp.ENTRY_FIELD_TYPES``: an
    e-mail address, a name, a password; a ``<textarea>``), not a tick box or a button."""
    for field in element.iter("input", "textarea"):
        if field.tag == "textarea" or (field.get("type") or "text").lower() in bp.ENTRY_FIELD_TYPES:
            return True
    return False


def is_furniture_box(element, scan: PageScan | None = None, *, links_count: bool = True) -> bool:
    """True for a box set between the parts of a story that is none of it: one named
    like furniture, a promo box that is mostly links (more than ``bp.MAX_LINK_DENSITY`` of
    its text: a "More on this" label over its links), a sign-up or login box (at most
    ``bp.MAX_FORM_BOX_CHARS`` of text and a field to type into, whatever its name: hashed
    classes name nothing), a list of teasers of other stories (:func:`is_teaser_list`) or
    another story's excerpt (:func:`is_story_excerpt`).
    Without a ``scan`` the element's text is measured here. Without ``links_count`` the
    share of links does not count: inside the story's container a block of links with a
    sentence of its own, or a live blog's entries with their share links, stay text."""
    words = scan.boilerplate_words if scan is not None else bp.BOILERPLATE_WORDS
    if looks_like_boilerplate(element, words):
        return True
    text = scan.text_chars.get(element) if scan is not None else None
    if scan is None or text is None:
        text = _visible_chars(element)
        links = sum(_visible_chars(link) for link in element.iter("a"))
    else:
        links = scan.link_chars.get(element, 0)
    if links_count and text and links > bp.MAX_LINK_DENSITY * text:
        return True
    if text <= bp.MAX_FORM_BOX_CHARS and (
            has_entry_field(element)
            or (not (scan is not None and scan.live_blog) and is_offer_box(element))):
        return True
    return is_teaser_list(element) or is_story_excerpt(element)


def is_set_apart_action(action) -> bool:
    """True for a call to act set on a line of its own: a link to another page (an ``<a>``
    whose ``href`` is no ``bp.IN_PAGE_HREF``) that is a child of a block
    (``bp.STORY_BLOCK_TAGS``, not a paragraph, list item or heading, where a link is part of
    the running text), with no text beside it in that block and a button's few words (at
    most ``bp.MAX_ACTION_CHARS``, letters among them: not a counter) of its own."""
    parent = action.getparent()
    if parent is None or parent.tag not in bp.STORY_BLOCK_TAGS or (action.tail or "").strip():
        return False
    before = action.getprevious()
    if ((before.tail if before is not None else parent.text) or "").strip():
        return False
    if bp.IN_PAGE_HREF.match(action.get("href") or ""):
        return False
    words = " ".join(action.text_content().split())
    return 0 < len(words) <= bp.MAX_ACTION_CHARS and any(char.isalpha() for char in words)


def is_offer_box(element) -> bool:
    """True for an offer set into a story (a paywall's box, a product's trial offer): a box
    whose lines all sit in its child elements (no loose text of its own, as a story's block
    written as loose text has) and which holds, besides them, a call to act set apart
    (:func:`is_set_apart_action`); not the story's header, the box of its ``<h1>`` (a
    byline's link to the author's page stands apart too). :func:`is_furniture_box` bounds
    its length."""
    if (element.text or "").strip() or any((child.tail or "").strip() for child in element):
        return False
    if next(element.iter("h1"), None) is not None:
        return False
    for action in element.iter("a"):
        if action is not element and is_set_apart_action(action):
            return _visible_chars(element) > _visible_chars(action)
    return False


def is_cut_notice(element) -> bool:
    """True for a short notice set where a story is cut and goes on (a metered paywall's
    count of the free articles left, a prompt to sign in or to continue reading): less
    text than the shortest paragraph that opens a story (``bp.MIN_OPENING_CHARS``) and a
    link or button of its own that stands outside its sentences (the call to act on it,
    not a link inside a paragraph)."""
    if element.tag not in bp.STORY_BLOCK_TAGS or _visible_chars(element) >= bp.MIN_OPENING_CHARS:
        return False
    for action in element.iter("a", "button"):
        for ancestor in action.iterancestors():
            if ancestor is element:
                return True
            if ancestor.tag == "p":
                break
    return False


def open_polls(container) -> frozenset:
    """The reader polls inside ``container`` that still ask for a vote: for each control
    to vote with (a ``<button>``, an ``<input>`` of ``bp.VOTE_CONTROL_TYPES``), its nearest
    ancestor below the container named a poll (``bp.POLL_WORDS``), else its nearest block
    below the container when that block is a question answered with buttons
    (:func:`is_answered_question`: a feedback widget, whatever its name). A poll's question
    and answers are no text of the story; its results printed alone, with no control, are
    not found here."""
    found = set()
    tried = set()
    poll_named: dict = {}  # ancestor -> named a poll (the controls of a page share most)
    for control in container.iter("button", "input"):
        if control.tag == "input" and (control.get("type") or "text").lower() not in bp.VOTE_CONTROL_TYPES:
            continue
        block = None  # (the control's nearest block below the container)
        for ancestor in control.iterancestors():
            if ancestor is container:
                break
            if ancestor in found:
                block = None
                break
            named = poll_named.get(ancestor)
            if named is None:
                named = poll_named[ancestor] = not bp.POLL_WORDS.isdisjoint(name_words(ancestor))
            if named:
                found.add(ancestor)
                block = None
                break
            if block is None and ancestor.tag in bp.STORY_BLOCK_TAGS:
                block = ancestor
        if block is not None and block not in tried:
            tried.add(block)
            if is_answered_question(block):
                found.add(block)
    return frozenset(found)


def _has_controls(element, wanted: int) -> bool:
    """True when ``element`` holds at least ``wanted`` controls to answer with: its
    ``<button>``s and its ``<input>``s of ``bp.VOTE_CONTROL_TYPES``."""
    for control in element.iter("button", "input"):
        if control.tag == "button" or (control.get("type") or "text").lower() in bp.VOTE_CONTROL_TYPES:
            wanted -= 1
            if wanted <= 0:
                return True
    return False


def _text_outside_buttons(element, budget: int) -> str | None:
    """The text of ``element`` outside its buttons (and comments), whitespace collapsed;
    None once it holds more than ``budget`` characters besides whitespace (a block of
    the story: read no further)."""
    pieces: list[str] = []
    held = [0]  # characters in pieces, counted as they come (not summed again per node)
    most = 4 * budget  # (a generous bound, whitespace counted)

    def read(node) -> bool:
        text = node.text
        if text and isinstance(node.tag, str):
            pieces.append(text)
            held[0] += len(text)
        for child in node:
            if isinstance(child.tag, str) and child.tag != "button" and not read(child):
                return False
            tail = child.tail
            if tail:
                pieces.append(tail)
                held[0] += len(tail)
        return held[0] <= most

    if not read(element):
        return None
    return " ".join(" ".join(pieces).split())


def is_answered_question(element) -> bool:
    """True for a question put to the reader and answered with buttons (``bp.QUESTION_END``):
    at least ``bp.MIN_ANSWER_CONTROLS`` controls (a ``<button>``, an ``<input>`` of
    ``bp.VOTE_CONTROL_TYPES``) and, outside its buttons, one line of at most
    ``bp.MAX_ANSWERED_QUESTION_CHARS`` ending in a question mark: a feedback widget ("Was
    this article helpful?" Yes / No), an alerts prompt."""
    question = _text_outside_buttons(element, bp.MAX_ANSWERED_QUESTION_CHARS)
    return (question is not None and 0 < len(question) <= bp.MAX_ANSWERED_QUESTION_CHARS
            and bp.QUESTION_END.search(question) is not None
            and _has_controls(element, bp.MIN_ANSWER_CONTROLS))


def box_suspects(container, live_blog: bool = False) -> frozenset:
    """The elements inside ``container`` that can be a sign-up box, an offer box or a list
    of teasers by structure (:func:`is_furniture_box` without its links): the ancestors,
    below it, of its fields to type into, of its calls to act set apart
    (:func:`is_set_apart_action`; not on a ``live_blog``, whose posts are boxes with links
    of their own) and of its headings that are one link. Most containers hold none, and
    then nothing is asked of their blocks."""
    found = set()
    for element in container.iter("input", "textarea", "a", *bp.TEASER_TITLE_TAGS):
        tag = element.tag
        if tag in bp.TEASER_TITLE_TAGS:
            if not one_link(element):
                continue
        elif tag == "a":
            if live_blog or not is_set_apart_action(element):
                continue
        elif tag == "input" and (element.get("type") or "text").lower() \
                not in bp.ENTRY_FIELD_TYPES:
            continue
        for ancestor in element.iterancestors():
            if ancestor is container or ancestor in found:
                break
            found.add(ancestor)
    return frozenset(found)


def br_lines(block) -> list[str] | None:
    """The block's lines as a reader sees them, parted at its ``<br>`` elements (empty
    lines left out), or None when the block holds a block element of its own."""
    lines: list[list[str]] = [[block.text or ""]]

    def read(element) -> bool:
        for child in element:
            tag = child.tag
            if tag == "br":
                lines.append([])
            elif tag.__class__ is str:
                if tag in bp.BLOCK_TAGS:
                    return False
                if child.text:
                    lines[-1].append(child.text)
                if len(child) and not read(child):
                    return False
            if child.tail:
                lines[-1].append(child.tail)
        return True

    if not read(block):
        return None
    return [text for text in (collapse("".join(parts)) for parts in lines) if text]


def is_contact_line(line: str) -> bool:
    """True for a line that is a telephone number or an e-mail address to reach, after at
    most a short label (``bp.CONTACT_LINE``)."""
    match = bp.CONTACT_LINE.match(line)
    if match is None:
        return False
    phone = match.group("phone")
    return phone is None or (sum(ch.isdigit() for ch in phone) >= bp.MIN_PHONE_DIGITS
                             and not bp.NOT_A_PHONE.match(phone.strip()))


def is_contact_card(element) -> bool:
    """True for a contact card: short lines parted by ``<br>`` (a name, a post, an
    organisation, a street), one of them a telephone number or an e-mail address
    (:func:`is_contact_line`), as an address or a business card is printed."""
    lines = br_lines(element)
    return lines is not None and len(lines) >= bp.MIN_CONTACT_CARD_LINES \
        and all(len(line) <= bp.MAX_CONTACT_CARD_LINE_CHARS for line in lines) \
        and any(map(is_contact_line, lines))


def is_card_title(element) -> bool:
    """True for a card's title: a heading, or a block whose text is all one bold line,
    short (``bp.MAX_CONTACT_TITLE_CHARS``)."""
    text = element.text_content().strip()
    if not text or len(text) > bp.MAX_CONTACT_TITLE_CHARS:
        return False
    if element.tag in bp.HEADING_TAGS:
        return True
    return len(element) == 1 and element[0].tag in ("b", "strong") \
        and not (element.text or "").strip() and not (element[0].tail or "").strip() \
        and element[0].text_content().strip() == text


def contact_cards(container) -> frozenset:
    """The contact cards in ``container`` (:func:`is_contact_card`, read at the blocks
    holding a ``<br>``) and the title right before each (:func:`is_card_title`)."""
    found = set()
    seen = set()
    for br in container.iter("br"):
        block = br.getparent()
        while block is not None and block.tag not in bp.BLOCK_TAGS:
            block = block.getparent()
        if block is None or block in seen:
            continue
        seen.add(block)
        if block is container or not is_contact_card(block):
            continue
        found.add(block)
        title = block.getprevious()
        while title is not None and title.tag.__class__ is not str:
            title = title.getprevious()
        if title is not None and not (title.tail or "").strip() and is_card_title(title):
            found.add(title)
    return frozenset(found)
