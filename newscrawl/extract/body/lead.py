"""The standfirst (lead, dek) outside the text container, and when it opens the body: it
runs straight into the story, with no byline, date, lead image or caption between; a plain
opening paragraph right before the container, or a block of nothing but paragraphs there
(the story's first part), is taken on the same test."""

from __future__ import annotations

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.authors import starts_with_lead_in
from newscrawl.extract.body.boxes import is_cut_notice, is_furniture_box
from newscrawl.extract.body.container import is_paragraph_block, precedes
from newscrawl.extract.body.names import is_hidden, looks_like_boilerplate, name_words
from newscrawl.extract.body.paragraphs import collect_paragraphs, is_image_caption_block
from newscrawl.extract.body.scan import PageScan
from newscrawl.extract.markup import is_within
from newscrawl.text import collapse


def is_lead(element, names: frozenset | None = None) -> bool:
    """True for an element named like a standfirst / lead paragraph (``names``: its class
    / id words, when the caller has them)."""
    return not bp.LEAD_WORDS.isdisjoint(name_words(element) if names is None else names)


def find_lead(container) -> list[str]:
    """The standfirst paragraphs just before the container, if the page marks one
    (see :func:`find_lead_element`)."""
    found = find_lead_element(container)
    return found[1] if found is not None else []


def find_lead_element(container) -> tuple | None:
    """(the standfirst element just before the container, its paragraphs), or None.

    Looks at the container's preceding siblings and those of its nearest
    ancestors (the article header usually sits there) for an element whose class
    or id names a lead (``lead``, ``standfirst``, ``intro``, ``summary`` ...).
    """
    for sibling in preceding_blocks(container):
        if sibling.tag.__class__ is not str or sibling.tag in bp.SKIP_TAGS:
            continue
        found = named_lead(sibling)
        if found is not None:
            return found
    return None


def preceding_blocks(container):
    """The container's preceding siblings, then those of its ancestors, nearest first,
    up to ``bp.LEAD_SEARCH_LEVELS`` levels and not past ``<body>``: where an article's
    header (standfirst, byline, date) sits before its text."""
    node = container
    for _ in range(bp.LEAD_SEARCH_LEVELS):
        yield from node.itersiblings(preceding=True)
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return


def named_lead(block) -> tuple | None:
    """(element, its paragraphs) of the first visible element in ``block`` named like a
    standfirst with at least ``bp.MIN_LEAD_CHARS`` of text, or None."""
    for element in block.iter(*bp.LEAD_TAGS):
        if (element.get("class") or element.get("id")) and is_lead(element) \
                and not is_hidden(element):
            paragraphs = collect_paragraphs(element)
            if paragraphs and sum(map(len, paragraphs)) >= bp.MIN_LEAD_CHARS:
                return element, paragraphs
    return None


def story_lead(container, names=(), scan: PageScan | None = None) -> tuple | None:
    """(the standfirst before the container, its paragraphs) when it opens the story
    (:func:`lead_opens_story`), else None.

    A standfirst that does not end like a sentence (a subtitle, a verdict label) is no
    paragraph of the story. Searches like :func:`find_lead_element`, nearest block
    first, but stops at the first
    block that would stand between a standfirst farther back and the story (a date, a
    figure, a byline's worth of text): what lies behind it is the header's. ``scan``
    (its text counts) lets blocks with too little text of their own be passed quickly.
    """
    text = scan.text_chars if scan is not None else {}
    links = scan.link_chars if scan is not None else {}
    for sibling in preceding_blocks(container):
        tag = sibling.tag
        if tag.__class__ is not str:
            continue
        if tag in bp.LEAD_GAP_MARK_TAGS:
            return None
        if tag in bp.SKIP_TAGS:
            continue
        own = text[sibling] - links.get(sibling, 0) if sibling in text else None
        if own is not None and own < bp.MIN_LEAD_CHARS:  # no lead inside: only passed over
            if own > bp.MAX_LEAD_GAP_CHARS and not _passable(sibling):
                return None
            for _mark in sibling.iter(*bp.LEAD_GAP_MARK_TAGS):
                return None
            continue
        found = named_lead(sibling)
        if found is not None:
            element, paragraphs = found
            if bp.SENTENCE_END.search(paragraphs[-1]) \
                    and lead_opens_story(element, container, names):
                return found
            return None
        if not _passable(sibling):
            return None
    return None


def _passable(element) -> bool:
    """True when a block may stand between a lead paragraph and the story (see
    :func:`lead_gap_is_clear`): no date, figure or address element and no more than
    ``bp.MAX_LEAD_GAP_CHARS`` of text outside links, buttons and furniture."""
    for _mark in element.iter(*bp.LEAD_GAP_MARK_TAGS):
        return False
    plain = 0
    for text, linked, furniture in _gap_texts(element):
        if not (linked or furniture):
            plain += len(text)
            if plain > bp.MAX_LEAD_GAP_CHARS:
                return False
    return True


def opening_paragraph(container, names=(), heading=None) -> tuple | None:
    """(the plain paragraph just before the container, its text) when it opens the story,
    else None.

    The story's first paragraph is sometimes set apart from the rest (in bold, in a
    block of its own) with no standfirst name, and its first part is sometimes a block
    of paragraphs of another kind (before a paywall's or an ad's cut): a block of nothing
    but paragraphs right before the container, after the headline's ``heading`` (a notice
    above the page's header is none of the story), is taken whole on the same test
    (:func:`_paragraph_block`). Otherwise the text block right before the
    container is taken when it reads as prose (a ``<p>`` or ``<div>`` of one or two
    paragraphs, at least ``bp.MIN_OPENING_CHARS`` long, ending like a sentence, not
    named like furniture) and runs straight into the story
    (:func:`lead_opens_story`).
    """
    # a sign-up box, a list of related links or a short notice where the story is cut (a
    # paywall's meter) may stand between the story's first part and the rest: passed over
    # when the headline is known, and the paragraph before it taken only after the headline
    block, passed = furniture_passed_block_before(container, heading is not None)
    if passed and block is not None and not precedes(heading, block):
        return None
    if block is None or block.tag not in ("p", "div") or looks_like_boilerplate(block) \
            or is_image_caption_block(block):  # (the lead image's caption, in plain <div>s)
        return None
    wider = _paragraph_block(block) if heading is not None else None
    if wider is not None and precedes(heading, wider):  # the story's first part, a block of paragraphs of its own
        paragraphs = collect_paragraphs(wider)
        if sum(map(len, paragraphs)) >= bp.MIN_OPENING_CHARS \
                and bp.STORY_PART_END.search(paragraphs[-1]) \
                and lead_opens_story(wider, container, names):
            return wider, paragraphs
    paragraphs = collect_paragraphs(block)
    if not paragraphs or len(paragraphs) > bp.MAX_OPENING_PARAGRAPHS \
            or sum(map(len, paragraphs)) < bp.MIN_OPENING_CHARS \
            or not bp.SENTENCE_END.search(paragraphs[-1]):
        return None
    if not lead_opens_story(block, container, names):
        return None
    return block, paragraphs


def _paragraph_block(paragraph):
    """The block around ``paragraph`` when it is a run of the story's paragraphs
    (:func:`.container.is_paragraph_block`: nothing but ``<p>``, named neither like
    furniture nor like a standfirst), else None."""
    parent = paragraph.getparent() if paragraph.tag == "p" else None
    return parent if parent is not None and is_paragraph_block(parent) else None


def block_before(container, past_furniture: bool = False):
    """The innermost text block just before ``container`` in reading order (see
    :func:`furniture_passed_block_before`), or None."""
    return furniture_passed_block_before(container, past_furniture)[0]


def furniture_passed_block_before(container, past_furniture: bool = False) -> tuple:
    """(the innermost text block just before ``container`` in reading order, whether a
    block named like furniture was passed over to reach it): the last
    block with visible text inside its nearest preceding sibling that has any (or an
    ancestor's, up to ``bp.LEAD_SEARCH_LEVELS`` levels up), or None; None too when that
    sibling is an element the body leaves out (``<aside>``, ``<figure>``, ``<nav>`` ...:
    a correction notice or a teaser beside the story is none of its text). An ad slot
    holding its label alone is passed over, as links and buttons are; with
    ``past_furniture``, so is any block named like furniture (a sign-up box)."""
    passed = False
    for sibling in preceding_blocks(container):
        if sibling.tag.__class__ is not str or sibling.tag in bp.UNREADABLE_TAGS \
                or is_hidden(sibling) or _only_links(sibling) or _labelled_slot(sibling):
            continue  # (a share bar, a row of buttons, an ad slot: the gap's to judge)
        if sibling.tag in bp.SKIP_TAGS:  # an aside, a figure, a nav: what the body leaves out
            return None, passed
        if past_furniture and (is_furniture_box(sibling) or is_cut_notice(sibling)):
            passed = True
            continue
        block = sibling
        while not (block.text or "").strip():
            if looks_like_boilerplate(block):  # (a sign-up box's last line is no opening)
                return None, passed
            inner = [child for child in block
                     if child.tag.__class__ is str and child.tag in bp.BLOCK_TAGS
                     and child.tag not in bp.UNREADABLE_TAGS and not is_hidden(child)
                     and child.text_content().strip()]
            if not inner or any((child.tail or "").strip() for child in block):
                break
            block = inner[-1]
        return block, passed
    return None, passed


def _labelled_slot(element) -> bool:
    """True for a block named like furniture whose only text is a furniture label (an
    ad slot between the story's first paragraph and the rest: "Advertisement")."""
    if not looks_like_boilerplate(element):
        return False
    text = collapse(element.text_content())
    return len(text) <= bp.MAX_SLOT_LABEL_CHARS and (
        not text or bp.FURNITURE_TEXT.match(text) is not None
        or bp.DASHED_LABEL.match(text) is not None)


def _only_links(element) -> bool:
    """True for an element without visible text outside links and buttons."""
    if element.tag in ("a", "button"):
        return True
    if (element.text or "").strip():
        return False
    for child in element:
        if child.tag.__class__ is str and child.tag not in bp.UNREADABLE_TAGS \
                and not is_hidden(child) and not _only_links(child):
            return False
        if (child.tail or "").strip():
            return False
    return True


def lead_opens_story(lead, container, names=()) -> bool:
    """True when a standfirst ``lead`` reads as the story's first paragraph rather than
    as part of the article's header.

    A header's standfirst is set apart from the story by the header's furniture: the
    byline, the date, the lead image with its caption come between it and the text,
    or the page wraps it in ``<header>`` / ``<hgroup>`` with the headline. A lead
    paragraph of the story runs straight into the text: nothing but share buttons,
    links, an uncaptioned image or a few words of labels lies between the two
    (:func:`lead_gap_is_clear`). A lead holding an image is a teaser figure, not text;
    one holding a list of points is a box of key points (:func:`is_key_points_list`); one
    named like furniture as well (``standfirst-credit``), or set in a block so named
    outside the story's (a theme's sidebar with the blog's description), is no paragraph
    of the story.
    ``names`` are the authors other layers found: a byline naming one marks the gap.
    """
    for _image in lead.iter(*bp.IMAGE_TAGS):
        return False
    if is_key_points_list(lead):
        return False
    named = name_words(lead) & bp.BOILERPLATE_WORDS
    if named and not named <= bp.WEAK_BOILERPLATE_WORDS:  # "standfirst-credit", "author-summary"
        return False
    for ancestor in lead.iterancestors():
        if is_within(container, ancestor):
            break
        if ancestor.tag in bp.HEADER_TAGS:
            return False
        if ancestor.keys() and _named_furniture(ancestor):
            return False  # a blog's description in its sidebar, beside the post
    return lead_gap_is_clear(lead, container, names)


def _named_furniture(element) -> bool:
    """True for an element named like furniture (``bp.BOILERPLATE_WORDS``, not only the
    weak ones): a sidebar, a widget, a footer the standfirst-like block sits in."""
    named = name_words(element) & bp.BOILERPLATE_WORDS
    return bool(named) and not named <= bp.WEAK_BOILERPLATE_WORDS


def is_key_points_list(lead) -> bool:
    """True for a standfirst drawn as a list: a ``<ul>`` or ``<ol>`` of at least
    ``bp.MIN_KEY_POINTS`` items in it. The box of key points papers set above a story
    ("Key points", "Das Wichtigste in Kürze", a summary's bullets) sums the story up in
    items; it is no paragraph of it, whatever its heading says."""
    for points in lead.iter("ul", "ol"):
        if sum(1 for _item in points.iterchildren("li")) >= bp.MIN_KEY_POINTS:
            return True
    return False


def _gap(lead, container) -> tuple[list, list[str]]:
    """(the elements, the loose texts) between the end of ``lead`` and the start of
    ``container`` in reading order; an element holding the container is entered."""
    elements: list = []
    texts: list[str] = []
    node = lead
    while node is not None:
        if node.tail:
            texts.append(node.tail)
        for sibling in node.itersiblings():
            if sibling is container:
                return elements, texts
            if is_within(container, sibling):
                holder = sibling
                while holder is not container:
                    if holder.text:
                        texts.append(holder.text)
                    for child in holder:
                        if is_within(container, child):
                            holder = child
                            break
                        elements.append(child)
                        if child.tail:
                            texts.append(child.tail)
                return elements, texts
            elements.append(sibling)
            if sibling.tail:
                texts.append(sibling.tail)
        node = node.getparent()
    return elements, texts


def lead_gap_is_clear(lead, container, names=()) -> bool:
    """True when nothing of the article's header lies between ``lead`` and ``container``:
    no date, time, figure, caption or address element, no image with a text beside it
    (a lead image and its caption), no text naming one of ``names``, opening like a
    byline ("By ...") or holding a date, and at most ``bp.MAX_LEAD_GAP_CHARS``
    characters of text outside links, buttons and furniture boxes (share bars and ads
    named so, a sign-up box, a list of teasers: :func:`.container.is_furniture_box`)."""
    elements, texts = _gap(lead, container)
    pieces = [text.strip() for text in texts if text.strip()]
    plain = sum(map(len, pieces))
    shown = bool(pieces)  # text outside links and buttons, furniture or not
    image = False
    for element in elements:
        if element.tag.__class__ is not str or element.tag in bp.UNREADABLE_TAGS:
            continue
        for inner in element.iter(*bp.LEAD_GAP_MARK_TAGS, *bp.IMAGE_TAGS):
            if inner.tag in bp.LEAD_GAP_MARK_TAGS:
                return False
            image = True
        boxed = is_furniture_box(element) or is_cut_notice(element)
        for text, linked, furniture in _gap_texts(element, furniture=boxed):
            pieces.append(text)
            if not linked:
                shown = True
                if not furniture:
                    plain += len(text)
    if plain > bp.MAX_LEAD_GAP_CHARS or (image and shown):
        return False
    joined = " ".join(collapse(text) for text in pieces)
    if bp.DATE_IN_TEXT.search(joined):
        return False
    low = joined.lower()
    if any(len(name) >= 4 and name.lower() in low for name in names):
        return False
    return not any(starts_with_lead_in(collapse(text)) for text in pieces)


def _gap_texts(element, linked: bool = False, furniture: bool = False):
    """(text, inside a link / button / label, inside a block named like furniture) of
    an element's visible text."""
    if is_hidden(element) or element.tag in bp.UNREADABLE_TAGS:
        return
    linked = linked or element.tag in ("a", "button", "label")
    furniture = furniture or looks_like_boilerplate(element)
    if element.text and element.text.strip():
        yield element.text.strip(), linked, furniture
    for child in element:
        if child.tag.__class__ is str:
            yield from _gap_texts(child, linked, furniture)
        if child.tail and child.tail.strip():
            yield child.tail.strip(), linked, furniture
