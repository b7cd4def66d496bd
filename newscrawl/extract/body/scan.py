"""The page scan: one pass over the tree (a recursive walk) that measures the text of
every block subtree (all, links, scoring, outside furniture) and scores the candidate
containers."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.names import hidden_by_class, is_hidden, name_words

#: The names of a block without attributes (what :func:`.names.name_words` gives it).
_NO_NAMES: frozenset = frozenset()


@dataclass(slots=True)
class PageScan:
    """What one pass over the page learns: candidate scores and text per block subtree."""

    scores: dict = field(default_factory=dict)       # element -> content score
    text_chars: dict = field(default_factory=dict)   # block element -> chars in subtree
    link_chars: dict = field(default_factory=dict)   # block element -> link chars in subtree
    good_chars: dict = field(default_factory=dict)   # block element -> chars of scoring blocks
    clean_chars: dict = field(default_factory=dict)  # the same, outside boilerplate-named blocks
    named_furniture: dict = field(default_factory=dict)  # block -> named like boilerplate (where read)
    names: dict = field(default_factory=dict)        # block -> its class / id words (where read)
    live_blog: bool = False                          # a live blog: its update feed is the text
    boilerplate_words: frozenset = bp.BOILERPLATE_WORDS
    skip_tags: frozenset = bp.SKIP_TAGS              # elements whose text is never read
    hiding_classes: bool = False                     # blocks hidden by class were skipped


#: Elements whose text the scan never reads: comments, processing instructions and
#: entities (whose tag is not a string), then the unreadable and skipped tags; the same
#: with ``<noscript>`` read.
_NOT_ELEMENTS = frozenset({etree.Comment, etree.ProcessingInstruction, etree.Entity})
_UNREADABLE = _NOT_ELEMENTS | bp.UNREADABLE_TAGS | bp.SKIP_TAGS
_UNREADABLE_WITH_NOSCRIPT = _UNREADABLE - {"noscript"}

#: What the walk does with an element, by its tag (one look-up per element): skip it
#: (its tail aside), read it as a block, as an ``<article>`` block, as a line break (a
#: block that holds no text: its figures are all 0), or as a link; any other tag is read
#: inline.
_SKIP, _INLINE, _LINK, _BLOCK, _ARTICLE, _LINE_BREAK = range(6)
#: Block tags of elements that never hold text or children (HTML's void elements).
_LINE_BREAK_TAGS = frozenset({"br", "hr"})


def _tag_kinds(unreadable: frozenset) -> dict:
    """{tag: what the walk does with it} for the tags that are not read inline."""
    kinds: dict = dict.fromkeys(bp.BLOCK_TAGS, _BLOCK)
    kinds.update(dict.fromkeys(_LINE_BREAK_TAGS & bp.BLOCK_TAGS, _LINE_BREAK))
    kinds["article"] = _ARTICLE
    kinds["a"] = _LINK
    kinds.update(dict.fromkeys(unreadable, _SKIP))
    return kinds


_KINDS = _tag_kinds(_UNREADABLE)
_KINDS_WITH_NOSCRIPT = _tag_kinds(_UNREADABLE_WITH_NOSCRIPT)

#: Shares of a text block's weight credited to its block ancestors, nearest first.
_PARAGRAPH_SHARES = (1.0, 0.5, 0.25)


def names_of(scan: PageScan | None, element, attributes: list | None = None) -> frozenset:
    """An element's class / id words (:func:`.names.name_words`), as the scan read them
    where it did (the blocks holding scoring text outside furniture), else read now
    (``attributes``: as for :func:`.names.name_words`)."""
    if scan is not None:
        known = scan.names.get(element)
        if known is not None:
            return known
    return name_words(element, attributes)


def scan_page(root, *, live_blog: bool = False, noscript: bool = False,
              hiding_classes: bool = False) -> PageScan:
    """One pass over the tree: text per block, and scores of the blocks' ancestors.

    A paragraph-like block (``p``, ``li`` ...) credits its non-link characters to
    its parent, grandparent and great-grandparent block (1, 1/2, 1/4); any other
    block holding text directly counts as a paragraph when it has no child blocks,
    and otherwise (a ``div`` of ``<br>``-separated lines) credits itself first.
    Blocks that are short or mostly links credit nothing.

    An ``<article>`` nested in another one (a teaser card in a list) credits no
    block above it. A block hidden by its inline style (``display: none``: a closed
    dialog, a collapsed menu) or by a framework's hiding class (``d-none``) is not
    scanned, with ``hiding_classes`` (off by default: most pages never need the
    reading). ``clean_chars`` is the scoring text of a subtree outside blocks named like
    boilerplate (related stories, comments): what widening the container to an
    ancestor would really add.
    """
    words = bp.BOILERPLATE_WORDS - bp.LIVE_BLOG_CONTENT_WORDS if live_blog else bp.BOILERPLATE_WORDS
    scan = PageScan(live_blog=live_blog, boilerplate_words=words,
                    skip_tags=bp.SKIP_TAGS - {"noscript"} if noscript else bp.SKIP_TAGS,
                    hiding_classes=hiding_classes)
    scores, text_chars, link_chars = scan.scores, scan.text_chars, scan.link_chars
    good_chars, clean_chars = scan.good_chars, scan.clean_chars
    named_furniture, block_names = scan.named_furniture, scan.names
    paragraph_tags, list_item_tags = bp.PARAGRAPH_TAGS, bp.LIST_ITEM_TAGS
    kinds = _KINDS_WITH_NOSCRIPT if noscript else _KINDS
    kind = kinds.get(root.tag, _INLINE)
    if kind is _SKIP:
        return scan
    min_chars, max_density = bp.MIN_SEED_CHARS, bp.MAX_LINK_DENSITY
    # a block's record: [element, own chars, own link chars, subtree chars, subtree link
    # chars, subtree good chars, has child blocks, nested article, subtree clean chars,
    # the record of the block around it (None for the root)]

    def close_root(record: list) -> None:
        """The root ends: its figures are kept (it has no block above it to credit)."""
        el, own, own_links = record[0], record[1], record[2]
        text_chars[el] = record[3] + own
        link_chars[el] = record[4] + own_links
        good, clean = record[5], record[8]
        if own >= min_chars and own_links <= own * max_density:
            weight = own - own_links
            if el.tag not in list_item_tags:
                good += weight
                clean += weight
            if el.tag not in paragraph_tags and record[6]:
                scores[el] = scores.get(el, 0.0) + weight
        if clean:
            block_names[el] = el_names = name_words(el)
            named_furniture[el] = furniture = not words.isdisjoint(el_names)
            if furniture:
                clean = 0
        good_chars[el] = good
        clean_chars[el] = clean

    def walk(parent, current: list, link_depth: int, article_depth: int) -> None:
        """Count the text of ``parent``'s children into ``current`` (the innermost open
        block), opening a record for each child block: one call per element with
        children, one frame per level (the page context caps the tree's depth)."""
        for el in parent:
            kind = kinds.get(el.tag, _INLINE)
            if kind is _INLINE or kind is _LINK:
                inner_links = link_depth + 1 if kind is _LINK else link_depth
                text = el.text
                if text:
                    n = len(text.strip())
                    current[1] += n
                    if inner_links:
                        current[2] += n
                if len(el):
                    walk(el, current, inner_links, article_depth)
            elif kind is _SKIP:
                pass
            elif (el.get("style") and is_hidden(el)) or (
                    hiding_classes and (names := el.get("class")) and hidden_by_class(names)):
                # display:none or a framework's hiding class (a closed dialog, a
                # collapsed menu, a browser-update banner): what
                # collect_paragraphs never reads inside a container scores
                # nothing either (its tail counts, below)
                pass
            elif kind is _LINE_BREAK and el.text is None and not len(el):
                # a line break: a child block holding no text (the figures of an empty block)
                text_chars[el] = 0
                link_chars[el] = 0
                good_chars[el] = 0
                clean_chars[el] = 0
                current[6] = True
            else:
                inner_articles = article_depth
                nested_article = False
                if kind is _ARTICLE:
                    inner_articles += 1
                    nested_article = inner_articles > 1
                record = [el, 0, 0, 0, 0, 0, False, nested_article, 0, current]
                text = el.text
                if text:
                    n = len(text.strip())
                    record[1] = n
                    if link_depth:
                        record[2] = n
                if len(el):
                    walk(el, record, link_depth, inner_articles)
                # the block ends: its figures are kept and added to the block around it
                own, own_links = record[1], record[2]
                total, total_links = record[3] + own, record[4] + own_links
                text_chars[el] = total
                link_chars[el] = total_links
                good, clean = record[5], record[8]
                if own >= min_chars and own_links <= own * max_density:
                    weight = own - own_links
                    tag = el.tag
                    if tag not in list_item_tags:
                        good += weight
                        clean += weight
                    # the ancestors credited, nearest first: the block around a
                    # paragraph-like block (or one without child blocks), else itself
                    ancestor = current if tag in paragraph_tags or not record[6] else record
                    for share in _PARAGRAPH_SHARES:
                        holder = ancestor[0]
                        scores[holder] = scores.get(holder, 0.0) + weight * share
                        if ancestor[7]:  # a nested article: nothing above it
                            break
                        ancestor = ancestor[9]
                        if ancestor is None:
                            break
                if clean:
                    if nested_article:
                        clean = 0
                    else:
                        # (the names are kept: the container step and the prose
                        # fallback read them again; a block without attributes, most
                        # paragraphs, has none, and is no furniture)
                        attributes = el.keys()
                        if attributes:
                            block_names[el] = el_names = name_words(el, attributes)
                            named_furniture[el] = furniture = not words.isdisjoint(el_names)
                            if furniture:
                                clean = 0
                        else:
                            block_names[el] = _NO_NAMES
                            named_furniture[el] = False
                good_chars[el] = good
                clean_chars[el] = clean
                if total:  # (a block without text adds nothing but itself)
                    current[3] += total
                    current[4] += total_links
                    current[5] += good
                    current[8] += clean
                current[6] = True
            tail = el.tail
            if tail:
                n = len(tail.strip())
                if n:
                    current[1] += n
                    if link_depth:
                        current[2] += n

    root_links = 1 if kind is _LINK else 0
    root_record = [root, 0, 0, 0, 0, 0, False, False, 0, None]
    text = root.text
    if text:
        n = len(text.strip())
        root_record[1] += n
        if root_links:
            root_record[2] += n
    try:
        walk(root, root_record, root_links, 1 if kind is _ARTICLE else 0)
    finally:
        # (the recursive closure refers to itself: left to the cycle collector, it would
        # hold every element of the scan's figures, and so the page's tree, until a
        # collection of the generation it has reached finds it)
        del walk
    close_root(root_record)
    return scan
