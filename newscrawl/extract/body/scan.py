"""The page scan: one pass over the tree that measures the text of every block subtree
(all, links, scoring, outside furniture) and scores the candidate containers."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.names import is_hidden, looks_like_boilerplate


@dataclass(slots=True)
class PageScan:
    """What one pass over the page learns: candidate scores and text per block subtree."""

    scores: dict = field(default_factory=dict)       # element -> content score
    text_chars: dict = field(default_factory=dict)   # block element -> chars in subtree
    link_chars: dict = field(default_factory=dict)   # block element -> link chars in subtree
    good_chars: dict = field(default_factory=dict)   # block element -> chars of scoring blocks
    clean_chars: dict = field(default_factory=dict)  # the same, outside boilerplate-named blocks
    named_furniture: dict = field(default_factory=dict)  # block -> named like boilerplate (where read)
    live_blog: bool = False                          # a live blog: its update feed is the text
    boilerplate_words: frozenset = bp.BOILERPLATE_WORDS
    skip_tags: frozenset = bp.SKIP_TAGS              # elements whose text is never read


#: Elements whose text the scan never reads: comments, processing instructions and
#: entities (whose tag is not a string), then the unreadable and skipped tags; the same
#: with ``<noscript>`` read.
_NOT_ELEMENTS = frozenset({etree.Comment, etree.ProcessingInstruction, etree.Entity})
_UNREADABLE = _NOT_ELEMENTS | bp.UNREADABLE_TAGS | bp.SKIP_TAGS
_UNREADABLE_WITH_NOSCRIPT = _UNREADABLE - {"noscript"}

#: Shares of a text block's weight credited to its block ancestors, nearest first.
_PARAGRAPH_SHARES = (1.0, 0.5, 0.25)


def scan_page(root, *, live_blog: bool = False, noscript: bool = False) -> PageScan:
    """One pass over the tree: text per block, and scores of the blocks' ancestors.

    A paragraph-like block (``p``, ``li`` ...) credits its non-link characters to
    its parent, grandparent and great-grandparent block (1, 1/2, 1/4); any other
    block holding text directly counts as a paragraph when it has no child blocks,
    and otherwise (a ``div`` of ``<br>``-separated lines) credits itself first.
    Blocks that are short or mostly links credit nothing.

    An ``<article>`` nested in another one (a teaser card in a list) credits no
    block above it. A block hidden by its inline style (``display: none``: a closed
    dialog, a collapsed menu) is not scanned. ``clean_chars`` is the scoring text of a subtree outside
    blocks named like boilerplate (related stories, comments): what widening
    the container to an ancestor would really add.
    """
    words = bp.BOILERPLATE_WORDS - bp.LIVE_BLOG_CONTENT_WORDS if live_blog else bp.BOILERPLATE_WORDS
    scan = PageScan(live_blog=live_blog, boilerplate_words=words,
                    skip_tags=bp.SKIP_TAGS - {"noscript"} if noscript else bp.SKIP_TAGS)
    scores, text_chars, link_chars = scan.scores, scan.text_chars, scan.link_chars
    good_chars, clean_chars = scan.good_chars, scan.clean_chars
    named_furniture = scan.named_furniture
    block_tags, paragraph_tags = bp.BLOCK_TAGS, bp.PARAGRAPH_TAGS
    list_item_tags = bp.LIST_ITEM_TAGS
    unreadable = _UNREADABLE_WITH_NOSCRIPT if noscript else _UNREADABLE
    min_chars, max_density = bp.MIN_SEED_CHARS, bp.MAX_LINK_DENSITY
    # open blocks, innermost last:
    # [element, own chars, own link chars, subtree chars, subtree link chars,
    #  subtree good chars, has child blocks, nested article, subtree clean chars]
    stack: list[list] = []
    current = [root, 0, 0, 0, 0, 0, False, False, 0]
    link_depth = article_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    skip_subtree = walker.skip_subtree
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag in unreadable:
                skip_subtree()
                continue
            if tag == "a":
                link_depth += 1
            nested_article = False
            if tag == "article":
                article_depth += 1
                nested_article = article_depth > 1
            if tag in block_tags and el is not root:
                if el.get("style") and is_hidden(el):
                    # display:none (a closed dialog, a collapsed menu): what collect_paragraphs
                    # never reads inside a container scores nothing either
                    skip_subtree()  # (its end event still comes: the tail counts)
                    continue
                stack.append(current)
                current = [el, 0, 0, 0, 0, 0, False, nested_article, 0]
            text = el.text
            if text:
                n = len(text.strip())
                current[1] += n
                if link_depth:
                    current[2] += n
            continue
        # end event
        if tag not in unreadable:
            if tag == "a":
                link_depth -= 1
            elif tag == "article":
                article_depth -= 1
            if current[0] is el:
                own, own_links = current[1], current[2]
                total, total_links = current[3] + own, current[4] + own_links
                text_chars[el] = total
                link_chars[el] = total_links
                weight = own - own_links
                good, clean = current[5], current[8]
                if own >= min_chars and own_links <= own * max_density:
                    if tag not in list_item_tags:
                        good += weight
                        clean += weight
                    if tag in paragraph_tags or not current[6]:
                        ancestors = stack[:-4:-1]
                    else:
                        ancestors = [current] + stack[:-3:-1]
                    for share, record in zip(_PARAGRAPH_SHARES, ancestors):
                        holder = record[0]
                        scores[holder] = scores.get(holder, 0.0) + weight * share
                        if record[7]:  # a nested article: nothing above it
                            break
                if clean:
                    if current[7]:  # a nested article
                        clean = 0
                    else:
                        named_furniture[el] = furniture = looks_like_boilerplate(el, words)
                        if furniture:
                            clean = 0
                good_chars[el] = good
                clean_chars[el] = clean
                if el is root:
                    break
                current = stack.pop()
                current[3] += total
                current[4] += total_links
                current[5] += good
                current[6] = True
                current[8] += clean
        tail = el.tail
        if tail and el is not root:
            n = len(tail.strip())
            if n:
                current[1] += n
                if link_depth:
                    current[2] += n
    return scan
