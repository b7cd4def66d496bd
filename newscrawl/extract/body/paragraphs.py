"""The paragraphs of a container: its subtree turned into text blocks in reading order,
skipping furniture subtrees (captions, share bars, related lists, author cards ...) and
dropping link-dense, metadata and promotional blocks."""

from __future__ import annotations

import lxml.etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.authors import (EDITOR_CREDIT_ONLY, bracketed_signature, clean_byline,
                                       starts_with_lead_in)
from newscrawl.extract.body.boxes import (box_suspects, contact_cards, is_furniture_box,
                                          open_polls)
from newscrawl.extract.body.names import (has_furniture_role, is_drop_cap, is_hidden,
                                          looks_like_boilerplate, name_words)
from newscrawl.extract.body.scan import PageScan
from newscrawl.extract.images import IMAGE_TEXT_NAME
from newscrawl.extract.markup import is_within
from newscrawl.extract.structure import NAME_JOINERS, image_with_caption_block
from newscrawl.text import WORD, collapse, fold


class _Paragraphs:
    """Accumulates inline text into paragraphs, counting the characters inside links and
    the links opened in each."""

    __slots__ = ("blocks", "gaps", "links", "_pieces", "_link_chars")

    def __init__(self):
        self.blocks: list[tuple[str, int, int]] = []  # (text, characters in links, links)
        self.gaps: set[int] = set()  # block indexes an element left out stood before
        self.links = 0  # links opened in the block being read
        self._pieces: list[str] = []
        self._link_chars = 0

    def add(self, text: str, in_link: bool) -> None:
        self._pieces.append(text)
        if in_link:
            self._link_chars += len(text.strip())

    def add_counted(self, text: str, link_chars: int) -> None:
        """Add text whose characters inside links are counted already."""
        self._pieces.append(text)
        self._link_chars += link_chars

    def mark_gap(self) -> None:
        """Note that an element left out stands between two blocks (not inside one)."""
        if not self._pieces or not "".join(self._pieces).strip():
            self.gaps.add(len(self.blocks))

    def flush(self) -> None:
        if self._pieces:
            text = collapse("".join(self._pieces))
            if text:
                self.blocks.append((text, self._link_chars, self.links))
            self._pieces = []
            self._link_chars = 0
            self.links = 0  # (a link with no text before a block may count in the next one)


def _walk(element, out: _Paragraphs, in_link: bool, keep,
          skip_tags: frozenset = bp.SKIP_TAGS) -> None:
    """Append the text of ``element``'s children to ``out``, skipping boilerplate."""
    block_tags, inline_skips = bp.BLOCK_TAGS, bp.INLINE_SKIP_TAGS
    add, flush = out.add, out.flush
    for child in element:
        tag = child.tag
        if tag.__class__ is not str:  # comments, processing instructions
            tail = child.tail
            if tail:
                add(tail, in_link)
            continue
        if tag in skip_tags or not keep(child):
            if tag in block_tags or (tag in skip_tags and tag not in inline_skips):
                flush()
            if tag not in skip_tags:
                out.mark_gap()
        elif tag == "tr" and is_data_row(child):
            flush()
            _add_row(child, out, in_link, keep, skip_tags)
            flush()
        else:
            block = tag in block_tags
            if block:
                flush()
            if tag == "a":
                child_in_link = True
                if not in_link:
                    out.links += 1
            else:
                child_in_link = in_link
            text = child.text
            if text:
                add(text, child_in_link)
            if len(child):
                _walk(child, out, child_in_link, keep, skip_tags)
            if block:
                flush()
        tail = child.tail
        if tail:
            add(tail, in_link)


def is_data_row(row) -> bool:
    """True for a row of a data table: two cells or more, none holding a block or a line
    break of its own (a paragraph, a list, a nested table, lines). Its cells are one line
    of the text, as a reader reads the row; a layout table's cells hold blocks or lines."""
    cells = 0
    for cell in row:
        if cell.tag not in ("td", "th"):
            if cell.tag.__class__ is str:
                return False
            continue
        cells += 1
        for inner in cell.iterdescendants():
            if inner.tag in bp.BLOCK_TAGS:
                return False
    return cells >= 2


def _add_row(row, out: _Paragraphs, in_link: bool, keep, skip_tags) -> None:
    """The kept cells of a data row as one paragraph, a space between cells; a cell that
    is mostly a link (a name or a date linking away) is left out as a block of its own
    would be, so that the row's text is judged by what remains."""
    for cell in row:
        if cell.tag.__class__ is not str or cell.tag in skip_tags or not keep(cell):
            continue
        cell_out = _Paragraphs()
        if cell.text:
            cell_out.add(cell.text, in_link)
        _walk(cell, cell_out, in_link, keep, skip_tags)
        cell_out.flush()
        for text, link_chars, _links in cell_out.blocks:
            if link_chars <= len(text) * bp.MAX_LINK_DENSITY:
                out.add_counted(" " + text, link_chars)


def is_metadata_line(text: str) -> bool:
    """True for a short line of fields with a date ("News | 12.03.2024 | By Jane Doe")."""
    return (len(text) <= bp.METADATA_MAX_CHARS and not bp.SENTENCE_END.search(text)
            and bp.METADATA_SEPARATOR.search(text) is not None
            and bp.DATE_IN_TEXT.search(text) is not None)


def _shows_image(element) -> bool:
    """True for an image, or a link / picture around one."""
    if element.tag in bp.IMAGE_TAGS:
        return True
    return element.tag in ("a", "picture", "span") and len(element) == 1 and element[0].tag in bp.IMAGE_TAGS


def is_inline_caption(element) -> bool:
    """True for an emphasised line right after an image, closing its paragraph: the
    caption of the image in plain markup (``<p><img …><br><em>Caption</em></p>``)."""
    if element.getnext() is not None or (element.tail or "").strip():
        return False
    before = element.getprevious()
    if before is not None and before.tag == "br" and not (before.tail or "").strip():
        before = before.getprevious()
    return (before is not None and not (before.tail or "").strip() and _shows_image(before)
            and len(element.text_content()) <= bp.MAX_INLINE_CAPTION_CHARS)


def is_block_caption(element) -> bool:
    """True for a short block right after an image (a ``<br>`` between them aside), with
    no block inside it and not ending like a sentence: the caption of the image in loose
    markup (``<a><img …></a><div>Caption</div><br>Text …``)."""
    before = element.getprevious()
    if before is not None and before.tag == "br" and not (before.tail or "").strip():
        before = before.getprevious()
    if before is None or (before.tail or "").strip() or not _shows_image(before):
        return False
    if any(child.tag in bp.BLOCK_TAGS for child in element):
        return False
    text = element.text_content().strip()
    return 0 < len(text) <= bp.MAX_INLINE_CAPTION_CHARS \
        and bp.CAPTION_SENTENCE_END.search(text) is None


def is_named_image_text(element) -> bool:
    """True for a short block named as the text of the image before it (an image word
    joined to a description word, :data:`~newscrawl.extract.images.IMAGE_TEXT_NAME`:
    "pictext", "pic-desc", "bildtext") right after an image or a block that
    shows only an image (a centred paragraph holding the picture): the caption of that
    image, which the captions code reads by the same name, not a paragraph of the story."""
    names = element.get("class") or element.get("id")
    if not names or IMAGE_TEXT_NAME.search(names.lower()) is None:
        return False
    before = element.getprevious()
    while before is not None and before.tag.__class__ is not str:
        before = before.getprevious()  # (comments and processing instructions passed over)
    if before is None or (before.tail or "").strip():
        return False
    if not (_shows_image(before) or _shows_only_image(before)):
        return False
    return 0 < len(collapse(element.text_content())) <= bp.MAX_INLINE_CAPTION_CHARS


def _shows_only_image(element) -> bool:
    """True for a block holding an image and no text of its own."""
    return (any(True for _image in element.iter(*bp.IMAGE_TAGS))
            and not element.text_content().strip())


def is_image_caption_block(element) -> bool:
    """True for the caption block of a figure written without ``<figure>`` (an image and a
    short text block alone in one wrapper, the image first:
    :func:`~newscrawl.extract.structure.image_with_caption_block`, the test the captions
    code reads the caption with) where the image is drawn right beside the block (a bare
    image, a link or ``<picture>`` around one: :func:`_shows_image`) and the block is at
    most ``bp.MAX_INLINE_CAPTION_CHARS`` long, the caption ending like a sentence or not
    and whatever it holds (a teaser card's linked title beside its picture is no story
    either): left out of the container's text, and no opening of the story before it.
    Where the image sits in a block of its own (a paragraph or box holding only the
    image), the text beside it is a how-to's step or a review under its photo as often
    as a caption, and the body keeps it."""
    image = element.getprevious()
    while image is not None and image.tag.__class__ is not str:
        image = image.getprevious()  # (comments and processing instructions passed over)
    if image is None or not _shows_image(image):  # (cheap: most blocks follow no image)
        return False
    pair = image_with_caption_block(element.getparent())
    return pair is not None and pair[1] is element \
        and len(collapse(element.text_content())) <= bp.MAX_INLINE_CAPTION_CHARS


def keep_paragraph(text: str, link_chars: int, hints: tuple | None = None,
                   links: int | None = None) -> bool:
    """True for a text block that reads as article text (not links, furniture, metadata).
    ``hints``: see :func:`is_promo_or_credit`; ``links``: the links the block holds
    (:func:`is_linked_sentence`)."""
    if link_chars > len(text) * bp.MAX_LINK_DENSITY \
            and not is_linked_sentence(text, link_chars, links):
        return False
    if text[0] in bp.DASHED_LABEL_OPENERS and bp.DASHED_LABEL.match(text):
        return False
    return (not bp.FURNITURE_TEXT.match(text) and not is_metadata_line(text)
            and not (len(text) <= bp.LONE_DATELINE_MAX_CHARS and bp.LONE_DATELINE.match(text))
            and not bp.POST_STAMP.match(text) and not is_promo_or_credit(text, hints)
            and not is_teaser_summary(text))


def is_teaser_summary(text: str) -> bool:
    """True for a paragraph closing on the words that send the reader on to read the whole
    of another story (``bp.READ_ON_TAIL``: "... Continue reading", "... पढ़ें पूरी खबर"):
    a teaser's summary, not the story's text."""
    return bp.READ_ON_TAIL.search(text, max(0, len(text) - bp.MAX_READ_ON_TAIL_CHARS)) is not None


def is_linked_sentence(text: str, link_chars: int, links: int | None = None) -> bool:
    """True for a block of story text whose names or phrases are mostly links (a list of
    brands, people or deals written into a sentence): it ends like a sentence and holds
    ``bp.MIN_LINKED_SENTENCE_OWN_CHARS`` characters or more outside its links; or, with
    ``links`` known, a sentence one or two of whose phrases link away
    (:func:`is_linked_clause`)."""
    own = len(text) - link_chars
    if own >= bp.MIN_LINKED_SENTENCE_OWN_CHARS:
        return bp.LINKED_SENTENCE_END.search(text) is not None
    return links is not None and is_linked_clause(text, own, links)


def is_linked_clause(text: str, own_chars: int, links: int) -> bool:
    """True for a statement whose subject or verb stands outside its one or two links (a
    clause or a name linked to an earlier story, "In April the couple <a>announced a
    third child</a>."): at most ``bp.MAX_LINKED_CLAUSE_LINKS`` links, at least
    ``bp.MIN_LINKED_CLAUSE_OWN_CHARS`` characters outside them (``own_chars``), opening
    with a letter or a digit, no label colon, a full stop at its end. A follow line's
    platforms, a "Read more: <headline>" label and a headline link (no full stop) fail."""
    return (0 < links <= bp.MAX_LINKED_CLAUSE_LINKS
            and own_chars >= bp.MIN_LINKED_CLAUSE_OWN_CHARS and text[0].isalnum()
            and bp.LINKED_CLAUSE_END.search(text) is not None
            and bp.LINK_LABEL_COLON.search(text) is None)


def is_promo_or_credit(text: str, hints: tuple | None = None) -> bool:
    """True for a short subscription / follow prompt or a reporting / translation credit.

    ``hints`` (promotion hints, credit hints): those worth looking for, all of
    ``bp.PROMO_HINTS`` and ``bp.CREDIT_HINTS`` when None; :func:`hints_in` gives the few
    that occur in any of a container's blocks."""
    if len(text) > max(bp.PROMO_MAX_CHARS, bp.CREDIT_LINE_MAX_CHARS):
        return False
    promo_hints, credit_hints = hints if hints is not None else (bp.PROMO_HINTS, bp.CREDIT_HINTS)
    if not (promo_hints or credit_hints):
        return False
    low = text.lower()
    if len(text) <= bp.PROMO_MAX_CHARS and _has_hint(low, promo_hints) \
            and bp.PROMO_TEXT.search(text):
        return True
    return (len(text) <= bp.CREDIT_LINE_MAX_CHARS and _has_hint(low, credit_hints)
            and bp.CREDIT_LINE.search(text) is not None)


def hints_in(texts) -> tuple:
    """(promotion hints, credit hints) of :func:`is_promo_or_credit` that occur in one of
    ``texts`` or more, each text short enough to be tested, lower-cased; a hint found
    nowhere is looked for in none of them (one search of their joined text instead of
    one in each)."""
    longest = max(bp.PROMO_MAX_CHARS, bp.CREDIT_LINE_MAX_CHARS)
    low = "\n".join(text for text in texts if len(text) <= longest).lower()
    if not low:
        return (), ()
    return (tuple(hint for hint in bp.PROMO_HINTS if hint in low),
            tuple(hint for hint in bp.CREDIT_HINTS if hint in low))


def _has_hint(low: str, hints) -> bool:
    for hint in hints:  # a plain loop: several times faster than any() over a generator
        if hint in low:
            return True
    return False


def without_closing_credits(paragraphs: list[str], titles=(), container=None) -> list[str]:
    """The paragraphs without the credit lines that close them (:func:`is_closing_credit`):
    a copyright notice, a reporter's e-mail sign-off, an agency's credit in parentheses,
    the reference of the study the story reports (``bp.REFERENCE_ENTRY``), a funding
    disclosure (:func:`is_funding_disclosure`), a press release's "About <Company>"
    boilerplate (:func:`about_boilerplate_start`: its heading a heading element of
    ``container``), and a
    citation of the page itself (:func:`is_self_citation`, with the label of its
    own before it), taken off the end one by one while one is left (what follows the
    story, not in it). ``titles`` are the page's headline and its variants."""
    cited = [(title, key) for title, key in ((t, fold(t)) for t in titles)
             if len(key) >= bp.MIN_CITED_TITLE_CHARS]
    end = len(paragraphs)
    while end > 1:
        last = paragraphs[end - 1]
        if end > 2 and is_boxed_reader_call(paragraphs[end - 2], last):
            end -= 2
        elif is_closing_credit(last):
            end -= 1
            if end > 1 and is_reader_call(last) and is_call_title(paragraphs[end - 1]):
                end -= 1
        elif is_funding_disclosure(last):
            end -= 1
        elif container is not None \
                and (about := about_boilerplate_start(paragraphs, end, container)) is not None:
            end = about
        elif (note := author_note_start(paragraphs, end)) is not None:
            end = note
        elif is_study_reference(last) or (cited and is_self_citation(last, cited)):
            end -= 1  # (with the label of its own before it)
            if end > 1 and is_citation_label(paragraphs[end - 1]):
                end -= 1
        else:
            break
    return paragraphs if end == len(paragraphs) else paragraphs[:end]


def about_boilerplate_start(paragraphs: list[str], end: int, container) -> int | None:
    """The index of the heading of a press release's "About <Company>" boilerplate
    (``bp.ABOUT_HEADING``) among the last ``bp.MAX_ABOUT_PARAGRAPHS`` + 1 of
    ``paragraphs[:end]``, when it is the text of a heading element (h2-h6) of the story's
    ``container``, the paragraph after it opens with the company's first word and the
    heading stands in the second half of them (not the story's own first section); None
    when the paragraphs end otherwise. (A line "About <Company>" in the release's running
    text, between line breaks, stays: the L3S-GN1 assessors keep such a block, on both the
    development pages that print one.)"""
    for index in range(end - 2, max(end - 2 - bp.MAX_ABOUT_PARAGRAPHS, 0), -1):
        heading = paragraphs[index]
        if not heading[:6].lower().startswith(bp.ABOUT_OPENINGS) \
                or len(heading) > bp.MAX_ABOUT_HEADING_CHARS \
                or 2 * index < end:
            continue
        found = bp.ABOUT_HEADING.fullmatch(heading.strip())
        if found is None:
            continue
        first = found.group("name").split()[0]
        if paragraphs[index + 1].startswith(first) and _is_heading_text(container, heading):
            return index
    return None


def author_note_start(paragraphs: list[str], end: int) -> int | None:
    """The index of the note on the writer that closes ``paragraphs[:end]``: the first of
    its last ``bp.AUTHOR_NOTE_PARAGRAPHS`` paragraphs, in their second half, that opens
    with the label "About the author" (``bp.AUTHOR_NOTE_LABEL``: alone, or before a colon
    or a dash); None when there is none. What follows the note (a call to write for the
    site) goes with it."""
    for index in range(max(end - bp.AUTHOR_NOTE_PARAGRAPHS, 1), end):
        text = paragraphs[index]
        if text[:1].lower() in bp.AUTHOR_NOTE_OPENINGS and 2 * index >= end \
                and bp.AUTHOR_NOTE_LABEL.match(text) is not None:
            return index
    return None


def _is_heading_text(container, text: str) -> bool:
    """True when ``text`` is the whole text of a heading element (h2-h6) in ``container``."""
    key = collapse(text)
    return any(collapse(heading.text_content()) == key
               for heading in container.iter(*bp.ABOUT_HEADING_TAGS))


def is_funding_disclosure(text: str) -> bool:
    """True for a nonprofit newsroom's note disclosing that the story names one of its
    funders ("Disclosure: X has been a financial supporter of ..."): the label and the
    funders' word (``bp.FUNDING_DISCLOSURE``), at most ``bp.MAX_FUNDING_DISCLOSURE_CHARS``
    long."""
    return (len(text) <= bp.MAX_FUNDING_DISCLOSURE_CHARS and text[:1] in bp.DISCLOSURE_OPENINGS
            and bp.FUNDING_DISCLOSURE.match(text) is not None)


def is_study_reference(text: str) -> bool:
    """True for the reference of a study in the author-date form of the APA and Harvard
    styles with a journal's locator (``bp.REFERENCE_ENTRY``, ``bp.JOURNAL_LOCATOR``), at
    most ``bp.MAX_REFERENCE_ENTRY_CHARS`` long: the paper a science story reports."""
    return (len(text) <= bp.MAX_REFERENCE_ENTRY_CHARS and bp.REFERENCE_ENTRY.match(text) is not None
            and bp.JOURNAL_LOCATOR.search(text) is not None)


def is_self_citation(text: str, cited) -> bool:
    """True for a short paragraph that cites the page itself: it holds one of the page's
    titles (``cited``: each title with its :func:`newscrawl.text.fold` key) and, besides
    it, a year ("Doe, J. (2025). «Headline». Blog, 20 May 2025."), the box scholarly
    blogs close a post with."""
    if len(text) > bp.MAX_SELF_CITATION_CHARS:
        return False
    years = len(bp.CITATION_YEAR.findall(text))
    if not years:
        return False
    key = fold(text)
    return any(title_key in key and years > len(bp.CITATION_YEAR.findall(title))
               for title, title_key in cited)


def is_citation_label(text: str) -> bool:
    """True for a short line ending on a colon: the label of the box after it ("Suggested
    citation:")."""
    return len(text) <= bp.MAX_CITATION_LABEL_CHARS and text.rstrip().endswith(":")


def without_release_trailer(paragraphs: list[str]) -> list[str]:
    """The paragraphs up to a press release's end mark (``bp.RELEASE_END_MARK``: "###",
    "-30-", "ENDS" on a line of its own) or, where it prints none, the heading of its
    contact for the press (``bp.RELEASE_TRAILER_HEADING``: "Media enquiries", "Media
    contact:"), the mark and what follows it (the media contact, the "SOURCE" line) left
    out: the first mark after the first paragraph with no more text after it than before
    it (a mark early in a long text is no end)."""
    before = 0
    total = sum(map(len, paragraphs))
    for index, text in enumerate(paragraphs):
        if index and len(text) <= bp.MAX_RELEASE_TRAILER_HEADING_CHARS \
                and total - before - len(text) <= before \
                and (bp.RELEASE_END_MARK.match(text) or bp.RELEASE_TRAILER_HEADING.fullmatch(text)):
            return paragraphs[:index]
        before += len(text)
    return paragraphs


def is_closing_credit(text: str) -> bool:
    """True for a short line that credits or signs a story rather than telling it: a
    copyright notice (also one opening with the reservation of rights), an e-mail
    address with a few words beside it (telephone numbers aside), an editor's credit, the
    line naming the story's sources (:func:`is_closing_source_line`) or the
    agencies' material it draws on (:func:`is_agency_material_credit`), a
    note that the story ran in print, was updated or was published by a machine
    (``bp.AUTOMATION_NOTE``), the credit line of a public fund for
    local reporting (``bp.FUNDING_SCHEME_CREDIT``), a press distributor's originator line
    (``bp.ORIGINATOR_LINE``: "Original-Content von: X, übermittelt durch news aktuell"), a
    broadcaster's line naming the programme that carried the story
    (``bp.BROADCAST_REFERENCE``: "Dieses Thema im Programm: ..."), a bare stamp of its update, its
    publication or its print edition, a byline (:func:`is_byline_line`), also in
    parentheses ("(Text: Jana Roth)"), a box's title with its count ("Comments (3)"), a short line opening with a
    pictograph (an emoji: a portal's promo, "📲 Follow us on ..."), a wire's desk line of
    initials, the agency's or desk's code in capitals after a dash (with the outlet's name)
    or alone, or its feed's line with the item's identifier, or a short line
    wholly in parentheses (full-width
    ones too, as Japanese and Chinese papers close with the reporter's name); the
    notices and the parenthesised line not ending like a sentence. (A notice written as
    sentences, "Copyright 2019 The Daily. All rights reserved.", is text to the Zyte
    labels and stays.)"""
    if len(text) > bp.CLOSING_CREDIT_MAX_CHARS:
        return False
    if bp.COPYRIGHT_NOTICE.match(text) or bp.RIGHTS_RESERVED.match(text):
        return not bp.SENTENCE_END.search(text)  # (a notice written as sentences is kept)
    if "@" in text:
        address = bp.EMAIL_ADDRESS.search(text)
        if address is not None:
            rest = bp.TELEPHONE_NUMBER.sub(" ", text[:address.start()] + " " + text[address.end():])
            return len(bp.SIGN_OFF_WORD.findall(rest)) <= bp.MAX_SIGN_OFF_WORDS \
                or is_reader_call(text)
    if len(text) <= bp.MAX_EDITOR_CREDIT_LINE_CHARS and bp.EDITOR_CREDIT_LINE.match(text):
        return True
    if len(text) <= bp.MAX_NAMED_EDITOR_CREDIT_CHARS and is_named_editor_credit(text):
        return True
    if len(text) <= bp.MAX_SOURCE_LINE_CHARS and is_closing_source_line(text):
        return True
    if len(text) <= bp.MAX_AGENCY_MATERIAL_CREDIT_CHARS and text[:4].lower() == "mit " \
            and is_agency_material_credit(text):
        return True
    if bp.PRINT_EDITION_NOTE.match(text) or bp.UPDATE_NOTE.match(text) \
            or bp.OPINION_DISCLAIMER.match(text) or bp.AUTOMATION_NOTE.match(text):
        return True
    if bp.FUNDING_SCHEME_CREDIT.search(text):  # a local reporting fund's credit line
        return True
    if bp.ORIGINATOR_LINE_SCREEN in text and bp.ORIGINATOR_LINE.match(text):
        return True  # news aktuell's originator line under a release
    if bp.BROADCAST_REFERENCE_SCREEN in text and bp.BROADCAST_REFERENCE.match(text):
        return True  # the programme that carried a broadcaster's story
    if len(text) <= bp.MAX_COUNTED_TITLE_CHARS and text[-1:] == ")" \
            and bp.COUNTED_TITLE.match(text):
        return True
    if len(text) <= bp.MAX_PRINT_EDITION_STAMP_CHARS and bp.PRINT_EDITION_STAMP.match(text):
        return True
    if len(text) <= bp.MAX_UPDATE_STAMP_CHARS and (bp.UPDATE_STAMP.match(text)
                                                   or bp.PUBLICATION_STAMP.match(text)):
        return True
    if is_byline_line(text):  # the byline printed after the story ("Autorin: Jana Roth")
        return True
    if text[-1:] == ")" and is_byline_line(bp.SIGNATURE_CODE.sub("", text)):
        return True  # ... with the agency's or the writer's code after the name ("(PAP)")
    if len(text) <= bp.MAX_DESK_INITIALS_LINE_CHARS and "/" in text \
            and bp.DESK_INITIALS_LINE.match(text) is not None \
            and any(code.islower() for code in text.replace(" ", "").split("/")):
        return True  # the wire's desk line of initials ("abc/ def/")
    if len(text) <= bp.MAX_CODE_SIGN_OFF_LINE_CHARS and bp.CODE_SIGN_OFF_LINE.match(text):
        return True  # the agency's or desk's code signing the story ("- ABC", "—ABC, Outlet")
    if len(text) <= bp.MAX_WIRE_ITEM_ID_LINE_CHARS and ":" in text \
            and bp.WIRE_ITEM_ID_LINE.match(text) is not None:
        return True  # the agency feed's line with the item's identifier
    if text[:1] in bp.CREDIT_PARENTHESES and text[-1:] in bp.CREDIT_CLOSING_PARENTHESES \
            and is_byline_line(text[1:-1].strip()):  # ... in parentheses ("(Text: Jana Roth)")
        return True
    if len(text) <= bp.MAX_PICTOGRAPH_PROMO_CHARS and bp.PICTOGRAPH_OPENER.match(text) \
            and not bp.SENTENCE_END.search(text):
        return True
    return (text[:1] in bp.CREDIT_PARENTHESES and len(text) <= bp.MAX_PARENTHESISED_CREDIT_CHARS
            and bp.PARENTHESISED_CREDIT.match(text) is not None)


def is_named_editor_credit(text: str) -> bool:
    """True for the line crediting the story's editor under it ("Edited by Jane Doe",
    "Editor: Jane Doe", "편집 : 박성훈", "（編輯：林淑媛）1130305"): an editor label of
    bylines (``EDITOR_CREDIT_ONLY``), perhaps after an opening bracket, then at most
    ``bp.MAX_NAMED_EDITOR_CREDIT_WORDS`` words with no digit and no sentence's end, and
    after them perhaps the closing bracket and a date code (``bp.EDITOR_CREDIT_TAIL``)."""
    start = 1 if text[:1] in bp.EDITOR_CREDIT_OPENINGS else 0
    label = EDITOR_CREDIT_ONLY.match(text, start)
    if label is None:
        return False
    tail = bp.EDITOR_CREDIT_TAIL.match(text, label.end())
    if tail is None:
        return False
    names = tail.group("names")
    return (not bp.SENTENCE_END.search(names)
            and len(bp.SIGN_OFF_WORD.findall(names)) <= bp.MAX_NAMED_EDITOR_CREDIT_WORDS)


def is_closing_source_line(text: str) -> bool:
    """True for the line that names a story's sources under it ("Sources: The Foundation,
    The Daily"): the word for "source" and a colon (``bp.CLOSING_SOURCE_LINE``), then at
    most ``bp.MAX_SOURCE_LINE_WORDS`` words and no sentence's end (a sentence after the
    label, or a credit in parentheses, is the story's)."""
    line = bp.CLOSING_SOURCE_LINE.match(text)
    return (line is not None and not bp.SENTENCE_END.search(text)
            and len(bp.SIGN_OFF_WORD.findall(line.group("names"))) <= bp.MAX_SOURCE_LINE_WORDS)


def is_agency_material_credit(text: str) -> bool:
    """True for the German press's line noting the material a story draws on ("Mit
    Material von dpa", "Mit Informationen der Agenturen AFP und Reuters", "mit
    Agenturmaterial"): the phrase (``bp.AGENCY_MATERIAL_CREDIT``), then at most
    ``bp.MAX_AGENCY_MATERIAL_CREDIT_WORDS`` words and no sentence."""
    line = bp.AGENCY_MATERIAL_CREDIT.match(text)
    return (line is not None
            and len(bp.SIGN_OFF_WORD.findall(line.group("names"))) <= bp.MAX_AGENCY_MATERIAL_CREDIT_WORDS)


def is_reader_call(text: str) -> bool:
    """True for a short paragraph that asks the readers a question and then gives an
    e-mail address to write to ("Weet jij meer over dit onderwerp? Mail naar
    tips@paper.example"): a tip line or a contact prompt under the story."""
    if len(text) > bp.CLOSING_CREDIT_MAX_CHARS:
        return False
    question = bp.READER_QUESTION.match(text)
    return question is not None and bp.EMAIL_ADDRESS.search(text, question.end()) is not None


def is_boxed_reader_call(question: str, line: str) -> bool:
    """True for a reader call set as a box of two lines (``bp.CALL_QUESTION``): a question
    standing alone as its title ("Have you got a story?") and under it a short line with
    an e-mail address to write to ("Contact the newsroom on 01632 ... or email
    news@paper.example") or a telephone number to send to ("Send them to us on WhatsApp at
    ..."): the tip box local papers and broadcasters close a story with."""
    return (len(question) <= bp.MAX_CALL_QUESTION_CHARS
            and bp.CALL_QUESTION.match(question) is not None
            and len(line) <= bp.CLOSING_CREDIT_MAX_CHARS
            and (bp.EMAIL_ADDRESS.search(line) is not None or has_telephone_number(line)))


def has_telephone_number(line: str) -> bool:
    """True when ``line`` gives a telephone number (``bp.TELEPHONE_NUMBER``, at least
    ``bp.MIN_TELEPHONE_DIGITS`` digits, not a date or a figure: ``bp.NOT_A_TELEPHONE``)."""
    for number in bp.TELEPHONE_NUMBER.finditer(line):
        text = number.group().strip(" ().-")
        if sum(char.isdigit() for char in text) >= bp.MIN_TELEPHONE_DIGITS \
                and bp.NOT_A_TELEPHONE.fullmatch(text) is None:
            return True
    return False


def without_slot_labels(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the label an ad or widget slot prints each time it breaks
    the story: a short line (at most ``bp.MAX_SLOT_LABEL_WORDS`` words, not ending like a
    sentence nor on a colon) that stands ``bp.MIN_SLOT_LABEL_REPEATS`` times or more among
    them and closes the paragraphs (printed once more after the last part) or opens them
    (printed at the head of every part, the first too, the story's text going on after
    each: :func:`heads_each_part`). (A subheading repeated through a story, or a list's
    label, neither opens nor closes it: the story opens and ends on text; a repeated
    heading that opens it heads a title, not text.)"""
    if len(paragraphs) < bp.MIN_SLOT_LABEL_REPEATS + 1:
        return paragraphs
    label = paragraphs[-1]
    if is_slot_label(label) and paragraphs.count(label) >= bp.MIN_SLOT_LABEL_REPEATS:
        return [text for text in paragraphs if text != label]
    label = paragraphs[0]
    if is_slot_label(label) and paragraphs.count(label) >= bp.MIN_SLOT_LABEL_REPEATS \
            and heads_each_part(paragraphs, label):
        return [text for text in paragraphs if text != label]
    return paragraphs


def heads_each_part(paragraphs: list[str], label: str) -> bool:
    """True when every time ``label`` stands among the paragraphs, the next one ends like a
    sentence: the story's text going on after a slot's label (a series of subheadings
    under a repeated heading, "The issue" then the issue's title, is no such label)."""
    last = len(paragraphs) - 1
    return all(index < last and bp.SENTENCE_END.search(paragraphs[index + 1]) is not None
               for index, text in enumerate(paragraphs) if text == label)


def is_slot_label(text: str) -> bool:
    """True for a line short enough to be a slot's label: at most
    ``bp.MAX_SLOT_LABEL_CHARS`` characters and ``bp.MAX_SLOT_LABEL_WORDS`` words, no
    sentence's end, no closing colon."""
    return (len(text) <= bp.MAX_SLOT_LABEL_CHARS and len(text.split()) <= bp.MAX_SLOT_LABEL_WORDS
            and not bp.SENTENCE_END.search(text) and not text.rstrip().endswith(":"))


def is_call_title(text: str) -> bool:
    """True for a short line not ending like a sentence: the title of the box a reader
    call stands in ("Tip de redactie")."""
    return len(text) <= bp.MAX_CALL_TITLE_CHARS and not bp.SENTENCE_END.search(text) \
        and not text.rstrip().endswith(":")


def without_closing_signature(paragraphs: list[str], names) -> list[str]:
    """The paragraphs without a last one that is an author's name and nothing else (the
    signature some sites print after the story, "<p><strong>Jane Doe</strong></p>",
    also with the author's initials in parentheses, "Jana Nováková (jn)", or in
    brackets as Japanese papers print it, "（高橋 美咲）"), the names of two or more of
    them joined as a byline joins them (:func:`is_joint_signature`), an author's first
    name after a letter's close on a line of its own (:func:`is_signed_valediction`,
    both left out), or an author's note (:func:`is_author_note`): ``names`` are the authors the page
    credits; the name is their field, the note is about them, neither is text."""
    if len(paragraphs) < 2:
        return paragraphs
    text = paragraphs[-1]
    if len(text) <= bp.MAX_OPENING_BYLINE_CHARS:
        last = fold(bp.SIGNATURE_CODE.sub("", text) if text[-1:] == ")" else text)
        bracketed = bracketed_signature(text)
        for name in names:
            if last and (fold(name) == last or name == bracketed):
                return paragraphs[:-1]
        if len(names) > 1 and is_joint_signature(text, names):
            return paragraphs[:-1]
        if len(paragraphs) > 2 and is_signed_valediction(paragraphs[-2], text, names):
            return paragraphs[:-2]
    if is_author_note(text, names):
        return paragraphs[:-1]
    return paragraphs


def is_signed_valediction(close: str, signed: str, names) -> bool:
    """True for a letter's close and signature ending a newsletter: ``close`` a short line
    ending on a comma (at most ``bp.MAX_VALEDICTION_CHARS``: "See you next Thursday,"),
    ``signed`` the first name of one of ``names`` (the page's authors, of two words or
    more) alone."""
    if len(close) > bp.MAX_VALEDICTION_CHARS or not close.endswith(",") or " " in signed.strip():
        return False
    first = fold(signed)
    return bool(first) and any(len(name.split()) > 1 and fold(name.split()[0]) == first
                               for name in names)


def is_joint_signature(text: str, names) -> bool:
    """True for a line that names two or more of ``names`` (the page's authors) and
    nothing else, joined as a byline joins them ("Jane Doe - John Roe", "Jane Doe and
    John Roe"): the joint signature after a story, as Vietnamese papers set it under the
    text (and as the page's authors were read from it)."""
    if bp.SENTENCE_END.search(text):
        return False
    signed = [fold(name) for name in clean_byline(text)]
    return len(signed) > 1 and set(signed) <= {fold(name) for name in names}


def is_name_line(text: str, names) -> bool:
    """True for a short line (at most ``bp.MAX_NAME_LINE_CHARS``) made of ``names`` (the
    page's authors) alone, as the byline above a story prints them without a lead-in:
    one or more of them, each perhaps followed by a note in brackets (the place the
    reporter files from and the role, "Jane Doe (Lyon, special correspondent)"), joined
    by commas and list words (``NAME_JOINERS``), a list word perhaps closing the line
    where a linked name after it was left out. A word of anything else (a verb, a title
    before a name) makes it a sentence of the story."""
    if len(text) > bp.MAX_NAME_LINE_CHARS or not names:
        return False
    if "(" in text:
        while True:
            bare = bp.BRACKETED_NOTE.sub(" ", text)
            if bare == text:
                break
            text = bare
    words = [word.casefold() for word in WORD.findall(text)]
    wanted = [[word.casefold() for word in WORD.findall(name)] for name in names]
    wanted = sorted((name for name in wanted if name), key=len, reverse=True)
    index, found = 0, False
    while index < len(words):
        for name in wanted:
            if words[index:index + len(name)] == name:
                index += len(name)
                found = True
                break
        else:
            if words[index] not in NAME_JOINERS:
                return False
            index += 1
    return found


def is_author_note(text: str, names) -> bool:
    """True for a short paragraph about one of ``names`` (the page's authors): it opens
    with the name, after at most one word (a title, "Deacon"; a verb, "Follow"), and
    the name is followed by a word in lower case (the note's verb: "is a staff
    writer", "er journalist")."""
    if len(text) > bp.MAX_AUTHOR_NOTE_CHARS:
        return False
    for name in names:
        if len(name.split()) < 2:
            continue  # (a single word is no name to be sure of)
        start = 0 if text.startswith(name) else -1
        if start < 0:
            title = bp.AUTHOR_NOTE_TITLE.match(text)
            if title is not None and text.startswith(name, title.end()):
                start = title.end()
        if start >= 0:
            verb = bp.AUTHOR_NOTE_VERB.match(text, start + len(name))
            if verb is not None and verb.group(1).islower():
                return True
    return False


def without_opening_byline(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a byline among the first few (:func:`is_byline_line`,
    :func:`is_desk_byline_line`), and the role line under it ("Staff writer", "Courier
    Staff": :func:`is_staff_role_line`): loose
    markup gives the byline a line of its own before the story (``<i>Von Jana
    Roth</i><br><br>``); it is the authors' field, not text."""
    for index, paragraph in enumerate(paragraphs[:bp.OPENING_BYLINE_WINDOW]):
        if len(paragraphs) > 1 and (is_byline_line(paragraph) or is_reviewer_line(paragraph)
                                    or is_desk_byline_line(paragraph)):
            end = index + 1
            if len(paragraphs) > end + 1 and (is_desk_byline_line(paragraphs[end])
                                              or is_staff_role_line(paragraphs[end])):
                end += 1
            return paragraphs[:index] + paragraphs[end:]
    return paragraphs


def without_opening_disclosure(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a notice about the story as the first: an affiliate-link
    disclosure (:func:`is_affiliate_disclosure`), the notice a site sets above a story with
    shop links, or a note that the story was updated (:func:`is_opening_update_note`), as
    wires and the sites that run them set it above the story; neither is the story's
    text."""
    if len(paragraphs) > 1 and (is_affiliate_disclosure(paragraphs[0])
                                or is_opening_update_note(paragraphs[0])):
        return paragraphs[1:]
    return paragraphs


def is_opening_update_note(text: str) -> bool:
    """True for a short paragraph saying this story was updated (``bp.UPDATE_NOTE``, the
    note left out where it closes the story: :func:`is_closing_credit`), at most
    ``bp.CLOSING_CREDIT_MAX_CHARS`` long."""
    return len(text) <= bp.CLOSING_CREDIT_MAX_CHARS and bp.UPDATE_NOTE.match(text) is not None


def is_affiliate_disclosure(text: str) -> bool:
    """True for a short paragraph that discloses shop links earning the site money: it
    names affiliate (or partner) links, or a commission together with links
    (``bp.AFFILIATE_WORD``, ``bp.COMMISSION_WORD``, ``bp.DISCLOSED_LINK_WORD``)."""
    if len(text) > bp.MAX_OPENING_DISCLOSURE_CHARS:
        return False
    if bp.AFFILIATE_WORD.search(text):
        return True
    return bool(bp.COMMISSION_WORD.search(text)) and bool(bp.DISCLOSED_LINK_WORD.search(text))


def is_reviewer_line(text: str) -> bool:
    """True for a short line naming who reviewed the story ("Medically reviewed by Dr.
    Jane Doe", "Fachlich geprüft von ..."; ``bp.REVIEWER_LINE``) that does not end like a
    sentence: the reviewers' field, not text."""
    return (len(text) <= bp.MAX_REVIEWER_LINE_CHARS and bp.REVIEWER_LINE.match(text) is not None
            and not bp.SENTENCE_END.search(text))


def is_desk_byline_line(text: str) -> bool:
    """True for a short line that names a desk or a role where a byline names a person
    ("From our Abuja bureau", "Staff writer"; ``bp.DESK_BYLINE_LINE``)."""
    return len(text) <= bp.MAX_DESK_BYLINE_CHARS and bp.DESK_BYLINE_LINE.match(text) is not None


def is_staff_role_line(text: str) -> bool:
    """True for a short line naming the paper's staff ("Courier Staff", "Times Staff
    Writer"; ``bp.STAFF_ROLE_LINE``): the role line under a byline, not a line of its own."""
    return len(text) <= bp.MAX_DESK_BYLINE_CHARS and bp.STAFF_ROLE_LINE.match(text) is not None


def is_byline_line(text: str) -> bool:
    """True for a short line that opens with a byline lead-in ("By", "Von", "Par" ...),
    does not end like a sentence and names at least one person (a name of two words or
    more: a lone word after a label is no byline to be sure of)."""
    if len(text) > bp.MAX_OPENING_BYLINE_CHARS or not starts_with_lead_in(text) \
            or bp.SENTENCE_END.search(text):
        return False
    return any(len(name.split()) >= 2 for name in clean_byline(text))


def without_title_echoes(paragraphs: list[str], titles) -> list[str]:
    """The paragraphs without the headline repeated near their start (a kicker and
    headline in plain ``<div>`` markup): one of the first few paragraphs that reads
    as a title of the page, punctuation aside, or a shorter wording of one
    (:func:`is_reworded_title`), is dropped."""
    titles = [title for title in titles if len(fold(title)) >= bp.MIN_TITLE_ECHO_CHARS]
    if not titles:
        return paragraphs
    keys = [fold(title) for title in titles]
    title_words = None  # (each title's words, read once when a line may echo one)
    kept = []
    for index, paragraph in enumerate(paragraphs):
        if index < bp.TITLE_ECHO_WINDOW and len(paragraph) <= bp.MAX_TITLE_ECHO_CHARS:
            key = fold(paragraph)
            if key in keys:
                continue
            if len(paragraphs) > 1 and not bp.SENTENCE_END.search(paragraph):
                if title_words is None:
                    title_words = [words_of_text(title) for title in titles]
                if is_reworded_title(paragraph, title_words):
                    continue
        kept.append(paragraph)
    return kept


def words_of_text(text: str) -> list[str]:
    """The words of ``text`` (:data:`~newscrawl.text.WORD`), case-folded."""
    return [word.casefold() for word in WORD.findall(text)]


def is_reworded_title(line: str, title_words) -> bool:
    """True for a line of at least ``bp.MIN_TITLE_ECHO_WORDS`` words, every one a word of
    one title (``title_words``: each title's words), together at least
    ``bp.MIN_TITLE_ECHO_COVER`` of that title's words: the headline set again in other
    type, a few words shorter."""
    words = words_of_text(line)
    if len(words) < bp.MIN_TITLE_ECHO_WORDS:
        return False
    for title in title_words:
        vocabulary = set(title)
        if vocabulary and all(word in vocabulary for word in words) \
                and len(set(words)) >= bp.MIN_TITLE_ECHO_COVER * len(vocabulary):
            return True
    return False


def _lone_text_block(element, scan: PageScan | None) -> bool:
    """True for a block of plain text that is not one of a list of like blocks: no sibling
    has its class, and at most a tenth of its text is links (a list of story teasers
    fails both; a metered article's "teaser-content" passes)."""
    if scan is None:
        return False
    text = scan.text_chars.get(element, 0)
    if not text or scan.link_chars.get(element, 0) > 0.1 * text:
        return False
    parent, cls = element.getparent(), element.get("class")
    return parent is None or not any(
        sibling is not element and sibling.get("class") == cls for sibling in parent)


def _article_sections(container, scan: PageScan | None, home=None) -> frozenset:
    """The ``<article>`` elements inside ``container`` that are sections of its story, not
    teaser cards: when the outermost nested articles (``home`` aside) together hold at
    least ``bp.ARTICLE_SECTIONS_SHARE`` of the container's scoring text, those of them with
    at most ``bp.ARTICLE_SECTION_LINK_SHARE`` of their text in links (a CMS that wraps each
    text block of a page, or each part of a story, in an ``<article>``). None is a section
    when one of them has a headline (``<h1>``) of its own or a heading that links away
    (a listing's teasers): those are stories."""
    if scan is None:
        return frozenset()
    good, text, links = scan.good_chars, scan.text_chars, scan.link_chars
    whole = good.get(container, 0)
    if not whole:
        return frozenset()
    nested = []
    for element in container.iterdescendants("article"):
        if element is home or element not in good:
            continue
        outer = next(element.iterancestors("article"), None)
        if outer is None or outer is home or is_within(container, outer):
            nested.append(element)
    for element in nested:
        for heading in element.iter(*bp.HEADING_TAGS):
            if heading.tag == "h1" or next(heading.iter("a"), None) is not None \
                    or next(heading.iterancestors("a"), None) is not None:
                return frozenset()  # a headline of its own, a linked title: stories, teasers
    held = sum(good[element] for element in nested)
    if held < bp.ARTICLE_SECTIONS_SHARE * whole:
        return frozenset()
    return frozenset(element for element in nested
                     if links.get(element, 0) <= bp.ARTICLE_SECTION_LINK_SHARE * text.get(element, 0))


def is_summary_box(element) -> bool:
    """True for a box of key points: its first child is a short heading that names a
    summary (``bp.SUMMARY_BOX_HEADING``: "Key points", "In short:", "Das Wichtigste in
    Kürze" ...), another child follows, and the whole box is short. The caller asks
    only before the story's first paragraph: the same heading further down is a
    section of the story."""
    if len(element) < 2:
        return False
    heading = element[0]
    if heading.tag not in bp.HEADING_TAGS and heading.tag not in ("p", "strong", "b", "span", "div"):
        return False
    label = collapse(heading.text_content())
    if not label or len(label) > bp.MAX_SUMMARY_BOX_HEADING_CHARS \
            or bp.SUMMARY_BOX_HEADING.match(label) is None:
        return False
    return len(element.text_content()) <= bp.MAX_SUMMARY_BOX_CHARS


def is_titled_box(element) -> bool:
    """True for a short box set among the story's bare paragraphs under a title of its
    own (``bp.MAX_TITLED_BOX_CHARS`` and the rest there): a contact box, a programme
    notice, a "previously" box. The box is drawn as one: it carries a class or an id (a
    bare ``<div>`` is an editor's wrapper of the story's own text). The caller asks only
    after the story's first paragraph."""
    # (the tests in the order of their cost per box they turn down: most boxes asked
    # about are wrappers or stand among few bare paragraphs, which lxml counts in C)
    if len(element) < 2 or not (element.get("class") or element.get("id")):
        return False
    return (_beside_bare_paragraphs(element)
            and next(element.iter(*bp.TITLED_BOX_KEEP_TAGS), None) is None
            and _shown_chars(element, bp.MAX_TITLED_BOX_CHARS) <= bp.MAX_TITLED_BOX_CHARS
            and _opens_with_title(element))


def _beside_bare_paragraphs(element) -> bool:
    """True when at least ``bp.MIN_BARE_PARAGRAPHS`` of the element's siblings, before and
    after it, are ``<p>`` elements (counted only that far)."""
    bare = 0
    for _sibling in element.itersiblings("p"):
        bare += 1
        if bare >= bp.MIN_BARE_PARAGRAPHS:
            return True
    for _sibling in element.itersiblings("p", preceding=True):
        bare += 1
        if bare >= bp.MIN_BARE_PARAGRAPHS:
            return True
    return False


def _shown_chars(element, limit: int) -> int:
    """The element's text length, counted up to just past ``limit`` (then given as is)."""
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > limit:
            break
    return total


def _opens_with_title(element) -> bool:
    """The first child showing text is a heading, or a short title line (a word in it, no
    sentence end, no link), and more follows it."""
    children = [child for child in element if child.tag.__class__ is str]
    for index, child in enumerate(children):
        if not _shown_chars(child, bp.MAX_TITLED_BOX_TITLE_CHARS):
            continue
        if index == len(children) - 1 or (child.tail or "").strip():
            return False
        if child.tag in bp.HEADING_TAGS:
            return True
        title = collapse(child.text_content())
        return (child.tag in bp.TITLE_LINE_TAGS and len(title) <= bp.MAX_TITLED_BOX_TITLE_CHARS
                and bp.TITLE_LINE_END.search(title) is None and WORD.search(title) is not None
                and next(child.iter("a"), None) is None)
    return False


def is_section_header(element) -> bool:
    """True for a ``<header>`` holding nothing but a subheading (``<h2>`` to ``<h6>``,
    at most ``bp.MAX_SECTION_HEADER_CHARS`` of text): the header of a section of the
    story (the HTML standard's header of its nearest section, an accordion's title), not
    the article's header with its headline, byline and date. The caller asks only after
    the story's first paragraph."""
    if element.tag != "header" or (element.text or "").strip():
        return False
    headings = 0
    for child in element:
        if child.tag.__class__ is not str:
            continue
        if child.tag not in bp.SECTION_HEADER_HEADINGS or (child.tail or "").strip():
            return False
        headings += 1
    return headings > 0 and len(collapse(element.text_content())) <= bp.MAX_SECTION_HEADER_CHARS


def is_story_subheading(heading, blocks) -> bool:
    """True for an ``<h1>`` set between paragraphs of the story as its subheading (an
    editor that offers "Heading 1" for every heading: Quill's and page builders' text
    blocks, a blog's Markdown ``#``): the container has read a story paragraph before it
    (``blocks``: the blocks read so far; :func:`reads_as_story`), it holds a line of at
    most ``bp.MAX_SECTION_HEADER_CHARS`` and no block, and the first text after it in its
    parent is a story paragraph too. The page's headline stands before the story (a
    kicker or a date line read before it is no story paragraph); the title of a box after
    the story (a tip over a link, a review form) is followed by a link or a short line."""
    if heading.tag != "h1" or (heading.tail or "").strip():
        return False
    text = collapse(heading.text_content())
    if not text or len(text) > bp.MAX_SECTION_HEADER_CHARS \
            or any(child.tag in bp.BLOCK_TAGS for child in heading.iterdescendants()):
        return False
    if not any(reads_as_story(block) for block, _link_chars, _links in blocks):
        return False
    after = heading.getnext()
    while after is not None:
        if after.tag.__class__ is str and after.tag not in bp.SKIP_TAGS:
            following = collapse(after.text_content())
            if following:
                return reads_as_story(following)
        after = after.getnext()
    return False


def reads_as_story(text: str) -> bool:
    """True for a paragraph of a story: ``bp.STORY_PARAGRAPH_MIN_CHARS`` characters or
    more, ending a sentence (``bp.STORY_SENTENCE_END``)."""
    return len(text) >= bp.STORY_PARAGRAPH_MIN_CHARS \
        and bp.STORY_SENTENCE_END.search(text) is not None


def heads_link_list(heading) -> bool:
    """True for a heading that closes its box over a list of links: the one element after
    it is a list (``<ul>`` / ``<ol>``) whose text is mostly links ("Recommended from ...",
    "Related"). The list goes as navigation; its title is no text without it."""
    after = heading.getnext()
    if after is None or after.tag not in bp.LIST_CONTAINER_TAGS or after.getnext() is not None \
            or (heading.tail or "").strip() or (after.tail or "").strip():
        return False
    text = len(collapse(after.text_content()))
    links = sum(len(collapse(link.text_content())) for link in after.iter("a"))
    return text > 0 and links > text * bp.MAX_LINK_DENSITY


#: The links below an element that carry a ``rel`` (few do), compiled once: an XPath
#: written as a string on the element is compiled again at every call, which costs more
#: than the walk itself on most containers; ``descendant::`` selects what ``.//`` does,
#: without the step through every node.
_LINKS_WITH_REL = lxml.etree.XPath("descendant::a[@rel]")


def sponsored_boxes(container) -> frozenset:
    """The shop boxes inside ``container``: for each link marked ``rel="sponsored"``, the
    outermost ``bp.SPONSORED_BOX_TAGS`` element around it below the container that holds
    at most ``bp.MAX_SPONSORED_BOX_CHARS`` of text (none when the link sits in a story
    paragraph of the container itself)."""
    boxes = []
    for link in _LINKS_WITH_REL(container):
        if "sponsored" not in link.get("rel").lower():
            continue
        box = None
        element = link.getparent()
        while element is not None and element is not container:
            if len(element.text_content()) > bp.MAX_SPONSORED_BOX_CHARS:
                break
            if element.tag in bp.SPONSORED_BOX_TAGS:
                box = element
            element = element.getparent()
        if box is not None:
            boxes.append(box)
    return frozenset(boxes)


#: Links to a place on the same page (``href="#..."``), the back-links of notes among them.
_SAME_PAGE_LINKS = lxml.etree.XPath("descendant::a[starts-with(@href, '#')]")
#: Elements with an id: the places those links go to.
_ELEMENTS_WITH_ID = lxml.etree.XPath("descendant-or-self::*[@id]")
#: Text-level tags the in-text reference to a note is (or sits in): the number the
#: reader clicks, ``<a>`` or ``<sup>``.
NOTE_REFERENCE_TAGS = frozenset({"a", "sup"})


def numbered_notes(container) -> frozenset:
    """The notes inside ``container`` that link back to their place in the text: a block
    holding a link to an in-text reference (an ``<a>`` or ``<sup>``) which itself links
    to that block (or to the mark at its start). The two links that point at each other
    are how every renderer of numbered notes prints them: Pandoc, Goldmark (Hugo),
    kramdown (Jekyll), Python-Markdown, markdown-it-footnote and Redcarpet (Forem / DEV)
    give ``<sup id="fnref1"><a href="#fn1">`` in the text and ``<li id="fn1"> ... <a
    href="#fnref1">`` below it; WordPress's footnotes block ``<a href="#<id>"
    id="<id>-link">`` and ``<li id="<id>"> ... <a href="#<id>-link">``; Substack's editor
    ``<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">`` and
    ``<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1">``. The note is
    the block around the back-link that holds the id the reference points to (its nearest
    block when the id is on an inline mark), and it comes after the reference (which tells
    the two apart when both are links with ids). Names and words play no part."""
    back_links = [link for link in _SAME_PAGE_LINKS(container) if len(link.get("href")) > 1]
    if not back_links:
        return frozenset()
    ids = {element.get("id"): (order, element)
           for order, element in enumerate(_ELEMENTS_WITH_ID(container))}
    notes = []
    for link in back_links:
        target = ids.get(link.get("href")[1:])
        if target is None or target[1].tag not in NOTE_REFERENCE_TAGS:
            continue
        order, reference = target
        pointers = [reference] if reference.tag == "a" else reference.iter("a")
        places = {pointer.get("href", "")[1:] for pointer in pointers}
        element, note = link, None
        while element is not None and element is not container:
            if note is None and element.get("id") in places:
                if ids[element.get("id")][0] < order:
                    break  # the note comes after its reference (this is the reference)
                note = element
            if note is not None and element.tag in bp.BLOCK_TAGS:
                note = element
                break
            element = element.getparent()
        if note is not None and note.tag in bp.BLOCK_TAGS and not is_within(reference, note):
            notes.append(note)
    return frozenset(notes)


def is_date_header(heading) -> bool:
    """True for a heading holding nothing but a date (``bp.DATE_HEADER_TEXT``) right before
    another heading: the date header a blog engine's default template sets over the
    entry's title, not a subheading of the story."""
    after = heading.getnext()
    if after is None or after.tag not in bp.HEADING_TAGS or (heading.tail or "").strip():
        return False
    text = collapse(heading.text_content())
    return len(text) <= bp.MAX_DATE_HEADER_CHARS and bp.DATE_HEADER_TEXT.match(text) is not None


def comment_section_tail(container) -> frozenset:
    """The elements of ``container`` from the first heading that opens a blog entry's
    comment section (``bp.COMMENT_SECTION_HEADING_ID``: Movable Type's and WordPress's
    default templates) to the container's end: the heading, what follows it and what
    follows each of its ancestors below the container (the pings, the comments and the
    form after the entry); none when the container holds no such heading. A heading with
    no such id opens the section too when the element right after it is named for a
    comment (``bp.COMMENT_BLOCK_WORDS``: a hand-written page's ``<h3>Comments (2)</h3>``
    over its ``<div class="comment">`` blocks) and the story's text comes before it (not
    the entry's title over a line of its meta named so)."""
    for heading in container.iter(*bp.COMMENT_SECTION_HEADING_TAGS):
        ident = heading.get("id")
        if ident is None or bp.COMMENT_SECTION_HEADING_ID.match(ident) is None:
            after = heading.getnext()
            if after is None or after.tag.__class__ is not str or \
                    bp.COMMENT_BLOCK_WORDS.isdisjoint(name_words(after)) or \
                    not _text_before(heading, container):
                continue
        tail = [heading]
        element = heading
        while element is not container:
            tail.extend(element.itersiblings())
            element = element.getparent()
            if element is None:
                return frozenset()
        return frozenset(tail)
    return frozenset()


def _text_before(element, container) -> bool:
    """True when some text of ``container`` comes before ``element`` (in an earlier
    sibling of it or of one of its ancestors below the container)."""
    while element is not container:
        parent = element.getparent()
        if parent is None:
            return False
        if (parent.text or "").strip():
            return True
        for sibling in element.itersiblings(preceding=True):
            if (sibling.tail or "").strip() or (
                    sibling.tag.__class__ is str and sibling.text_content().strip()):
                return True
        element = parent
    return False


def is_dateline_paragraph(element, words) -> bool:
    """True for a block named for a dateline (``bp.DATELINE_WORDS``, no other furniture
    word of ``words``) whose text runs on into a sentence: at least
    ``bp.MIN_DATELINE_PARAGRAPH_CHARS``, ending like one. A release's first paragraph,
    not the date line under a byline."""
    names = name_words(element)
    if bp.DATELINE_WORDS.isdisjoint(names) or not (names & words) <= bp.DATELINE_WORDS:
        return False
    text = collapse(element.text_content())
    return len(text) >= bp.MIN_DATELINE_PARAGRAPH_CHARS and bp.SENTENCE_END.search(text) is not None


def collect_paragraphs(container, scan: PageScan | None = None, skip=frozenset(),
                       home=None) -> list[str]:
    """The container's text blocks in reading order, boilerplate (and the elements in
    ``skip``) left out.

    A descendant named like boilerplate is still read when it holds a large share
    of the container's scoring text (a wrapper such as ``class="paywall"`` around
    the rest of the story), which ``scan`` tells. A nested ``<article>`` (a teaser
    card) is left out unless it is ``home``, the article holding the page's headline.
    """
    good = scan.good_chars if scan is not None else {}
    boxes = sponsored_boxes(container)
    if boxes:
        skip = skip | boxes
    cards = contact_cards(container)
    if cards:
        skip = skip | cards
    notes = numbered_notes(container)
    if notes:
        skip = skip | notes


    comments = comment_section_tail(container)
    if comments:
        skip = skip | comments
    protect = bp.PROTECTED_SHARE * good.get(container, 0) or float("inf")
    weak_protect = bp.WEAK_PROTECTED_SHARE * good.get(container, 0) or float("inf")
    words = scan.boilerplate_words if scan is not None else bp.BOILERPLATE_WORDS
    live_blog = scan is not None and scan.live_blog
    sections = _article_sections(container, scan, home) if not live_blog else frozenset()
    named_furniture = scan.named_furniture if scan is not None else {}
    suspects = box_suspects(container, live_blog)
    polls = open_polls(container)

    out = _Paragraphs()

    def keep(element) -> bool:
        if element in skip:
            return False
        tag = element.tag
        if tag in bp.SUMMARY_BOX_TAGS and not out.blocks and is_summary_box(element):
            return False
        if tag in bp.SUMMARY_BOX_TAGS and out.blocks and is_titled_box(element):
            return False
        if tag in bp.HEADER_TAGS and not (out.blocks and (is_section_header(element)
                                                          or is_story_subheading(element,
                                                                                 out.blocks))):
            return False
        if tag in bp.HEADING_TAGS and ((tag in bp.LINK_LIST_HEADING_TAGS
                                        and heads_link_list(element))
                                       or is_date_header(element)):
            return False  # (one test of the tag for every other element)
        # an element without attributes (most of a story's) is neither hidden nor named
        attributes = element.keys()
        if attributes and is_hidden(element, attributes) and not is_drop_cap(element):
            return False
        if attributes and has_furniture_role(element, attributes):
            return False  # a dialog, a sidebar, a footer by its ARIA role: as its tag is
        if tag in bp.INLINE_CAPTION_TAGS and is_inline_caption(element):
            return False
        if tag in bp.BLOCK_CAPTION_TAGS and (is_block_caption(element)
                                             or is_image_caption_block(element)
                                             or (attributes and is_named_image_text(element))):
            return False
        names = None  # (the element's class / id words, read once)
        furniture: bool | None
        if tag not in bp.BLOCK_TAGS:
            if not attributes:
                return True
            names = name_words(element, attributes)
            if not bp.DATELINE_WORDS.isdisjoint(names):
                return True
            furniture = not words.isdisjoint(names)
        else:  # a block: the page scan may have read its names already
            furniture = named_furniture.get(element)
            if furniture is None:
                furniture = bool(attributes) and looks_like_boilerplate(element, words, attributes)
            if furniture and attributes and tag in bp.DATELINE_PARAGRAPH_TAGS \
                    and is_dateline_paragraph(element, words):
                furniture = False  # the story's first paragraph, named for its dateline
            if not furniture and element in suspects and tag in bp.STORY_BLOCK_TAGS:
                # a box set into the story (a sign-up form, a list of teasers)
                furniture = is_furniture_box(element, scan, links_count=False)
        if not furniture and element in polls:
            furniture = True  # a reader poll asking for a vote: a widget, as a sign-up box is
        if furniture or (tag == "article" and not live_blog and element is not home
                         and element not in sections):
            held = good.get(element)
            if held is None:  # not a block: by its child blocks' text, else by its own text
                inside = [good[child] for child in element if child in good]
                held = sum(inside) if inside else (
                    len(element.text_content()) if protect != float("inf") else 0)
            named = (names if names is not None else name_words(element)) & words
            if named and named <= bp.WEAK_BOILERPLATE_WORDS and _lone_text_block(element, scan):
                return held >= weak_protect
            return held >= protect
        return True

    if container.text:
        out.add(container.text, container.tag == "a")
    _walk(container, out, container.tag == "a", keep,
          scan.skip_tags if scan is not None else bp.SKIP_TAGS)
    out.flush()
    blocks = out.blocks
    hints = hints_in([text for text, _link_chars, _links in blocks])
    kept = [index for index, (text, link_chars, links) in enumerate(blocks)
            if keep_paragraph(text, link_chars, hints, links)]
    if len(kept) > 1 and is_set_off_notice(blocks[kept[-1]][0]) \
            and (kept[-1] - kept[-2] > 1
                 or any(kept[-2] < gap <= kept[-1] for gap in out.gaps)):
        kept.pop()  # a notice past the furniture that closes the story: the page's
    if len(kept) > 1 and is_closing_heading(container, blocks[kept[-1]][0]):
        kept.pop()
    return [blocks[index][0] for index in kept]


def is_closing_heading(container, text: str) -> bool:
    """True when the container's last text block ``text`` is its last subheading
    (``<h2>`` to ``<h6>``): a heading with nothing of the story after it heads a box
    whose items are left out or filled in by script (a playlist, a list of teasers),
    not a section of the story."""
    last = None
    for last in container.iter(*bp.LINK_LIST_HEADING_TAGS):
        pass
    return last is not None and collapse(last.text_content()) == text


def is_set_off_notice(text: str) -> bool:
    """True for a short copyright notice (``bp.COPYRIGHT_NOTICE``), also one written as
    sentences: left out when blocks dropped as furniture (a list of related links, the
    print and e-mail links) stand between it and the story, as the page's notice, not
    the story's credit (a notice right after the story stays: labels keep it)."""
    return len(text) <= bp.CLOSING_CREDIT_MAX_CHARS and bp.COPYRIGHT_NOTICE.match(text) is not None


def split_plain_text(text: str) -> list[str]:
    """Paragraphs of a plain text (blank-line or line separated), whitespace collapsed."""
    lines = (collapse(line) for line in text.splitlines())
    return [line for line in lines if line]
