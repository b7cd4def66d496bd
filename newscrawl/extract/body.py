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

The standfirst rule: a standfirst / dek marked up outside the text container (class
``lead``, ``standfirst``, ``summary`` ...) is the Article's ``description`` (the
extractor puts it there when the page states no description). It is also the body's
first paragraph when it runs straight into the story (:func:`lead_opens_story`): it ends
like a sentence, it is not in the ``<header>`` with the headline, and no byline, date,
lead image or caption stands between it and the text. A header's standfirst, set apart
by that furniture, stays out of ``body``, as the Zyte benchmark and the project's blind
pages label it; the Fundus and trafilatura labels keep a lead paragraph either way. A
plain paragraph right before the container is taken on the same test
(:func:`opening_paragraph`). The figures are in docs/evaluation.md ("Design choices and
their figures").

When the container reads empty (every block of it furniture) the next candidate outside
it is read (:func:`read_story`); when the markup holds next to no text and a
``<noscript>`` holds the story, the page is read again with ``<noscript>`` text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.authors import starts_with_lead_in
from newscrawl.extract.markup import is_within
from newscrawl.extract.structure import KnownFields, story_furniture
from newscrawl.text import collapse, fold


@dataclass(slots=True)
class Body:
    """The article text as paragraphs, and the container it was read from."""

    paragraphs: list[str] = field(default_factory=list)
    node: object | None = None  # lxml element of the main-content container
    parts: int = 1              # blocks the story was read from (the container and its continuations)
    prose_added: int = 0        # paragraphs the recall fallback added from the page's prose blocks

    @property
    def text(self) -> str:
        """Paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)


def extract_body(ctx, *, hint_text: str | None = None, with_lead: bool = False,
                 titles=(), live_blog: bool = False,
                 fields: KnownFields | None = None) -> Body | None:
    """Extract the article body of a parsed page, or None when nothing looks like one.

    ``hint_text`` (the JSON-LD articleBody, when the page has one) is used only as
    a fallback when the markup yields no text. ``with_lead`` puts a standfirst
    marked up outside the text container (class ``lead``, ``standfirst`` ...) in
    front of the paragraphs; by default it is left to the ``description`` field.
    ``titles`` (the headline and its variants) are dropped where the container
    repeats one of them at its start. ``fields`` (the description and authors other
    layers found) let :func:`newscrawl.extract.structure.story_furniture` tell their
    echoes before the story from it.
    """
    root = ctx.body_element
    scan = scan_page(root, live_blog=live_blog)
    heading = headline_heading(root, titles) if titles else None
    home = next(heading.iterancestors("article"), None) if heading is not None else None
    container, parts, paragraphs = read_story(root, scan, home, heading, fields)
    if sum(map(len, paragraphs)) < bp.NOSCRIPT_FALLBACK_CHARS and _has_noscript_text(root):
        # a page that writes its story by script gives it to readers without script in
        # <noscript>: read that when the visible markup holds next to nothing (one story)
        scan_all = scan_page(root, live_blog=live_blog, noscript=True)
        again = read_story(root, scan_all, home, heading, fields)
        if sum(map(len, again[2])) > sum(map(len, paragraphs)):
            scan = scan_all
            container, parts, paragraphs = again
    if paragraphs and titles:
        paragraphs = without_title_echoes(paragraphs, titles)
    if paragraphs:
        names = fields.names if fields is not None else ()
        found = (find_lead_element(container) if with_lead
                 else story_lead(container, names, scan))
        if found is None:
            found = opening_paragraph(container, names)
        if found is not None:
            paragraphs = [p for p in found[1] if p not in paragraphs] + paragraphs
    added = 0
    if paragraphs and container is not None:
        wider = prose_fallback(root, scan, container, parts, paragraphs, home, heading)
        if wider is not None:
            added = len(wider) - len(paragraphs)
            paragraphs = wider
    if not paragraphs and hint_text and hint_text.strip():
        return Body(paragraphs=split_plain_text(hint_text), node=None)
    if not paragraphs:
        return None
    return Body(paragraphs=paragraphs, node=container, parts=len(parts), prose_added=added)


def read_story(root, scan: PageScan, home, heading, fields) -> tuple:
    """(container, its story parts, their paragraphs) of a scanned page: the best
    container, widened, and the blocks continuing it; when every block of it is furniture
    (a comment list, a box of ads), the next candidate outside it, up to
    ``bp.CONTAINER_TRIES`` containers."""
    failed: list = []
    container = None
    parts: list = []
    paragraphs: list[str] = []
    for _ in range(bp.CONTAINER_TRIES):
        container = choose_container(root, scan, home=home, heading=heading, excluded=failed)
        if container is not None and container.tag == "blockquote" \
                and container.getparent() is not None \
                and container.getparent().tag not in ("body", "html"):
            container = container.getparent()  # a quotation sits inside the text it is quoted in
        if container is not None:
            inside_home = home is not None and is_within(container, home)
            container = widen_container(container, scan, ceiling=home if inside_home else None,
                                        other_ratio=bp.LIVE_BLOG_WIDEN_OTHER_RATIO
                                        if scan.live_blog else bp.MAX_WIDEN_OTHER_RATIO)
        paragraphs = []
        parts = story_parts(container, scan, ceiling=home) if container is not None else []
        if parts:
            skip = story_furniture(container, scan, fields)
            for part in parts:
                paragraphs += [p for p in collect_paragraphs(part, scan, skip, home=home)
                               if p not in paragraphs]
        if paragraphs or container is None:
            break
        failed.append(container)
    return container, parts, paragraphs


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
    its linked headline); it is taken when they add at least
    ``bp.PROSE_FALLBACK_MIN_ADDED_CHARS`` in ``bp.PROSE_FALLBACK_MIN_BLOCKS`` blocks or more.
    """
    body_chars = sum(map(len, paragraphs))
    if body_chars >= bp.PROSE_FALLBACK_SHARE * scan.good_chars.get(root, 0):
        return None
    units = list(parts) or [container]
    seen = set(paragraphs)
    before: list[str] = []
    after: list[str] = []
    blocks = 0
    for element, texts in prose_blocks(root, scan, home):
        parent = element.getparent()
        parent_chars = scan.text_chars.get(parent, 0)
        if any(is_within(element, unit) or is_within(unit, element) for unit in units) \
                or _in_other_article(element, container, home) \
                or (heading is not None and precedes(element, heading)) \
                or _in_repeated_card(element, container) \
                or scan.link_chars.get(parent, 0) > bp.PROSE_MAX_LINK_DENSITY * parent_chars:
            continue
        new = [text for text in texts if text not in seen]
        if new:
            blocks += 1
            seen.update(new)
            (before if precedes(element, container) else after).extend(new)
    added = sum(map(len, before)) + sum(map(len, after))
    if added < bp.PROSE_FALLBACK_MIN_ADDED_CHARS or blocks < bp.PROSE_FALLBACK_MIN_BLOCKS:
        return None
    return before + paragraphs + after


def _in_other_article(element, container, home) -> bool:
    """True when ``element`` lies in an ``<article>`` that holds neither the container nor
    the headline: another story of the page (the next one appended below, a teaser)."""
    for ancestor in element.iterancestors("article"):
        if ancestor is not home and not is_within(container, ancestor):
            return True
    return False


def _in_repeated_card(element, container) -> bool:
    """True when an ancestor of ``element`` (one not holding the container) is one of
    several siblings of its tag and class: a card in a list of teasers."""
    for ancestor in element.iterancestors():
        if is_within(container, ancestor):
            return False
        kind = _card_kind(ancestor)
        parent = ancestor.getparent()
        if kind[1] and parent is not None and sum(
                1 for sibling in parent if _card_kind(sibling) == kind) >= 2:
            return True
    return False


def _card_kind(element) -> tuple:
    """(tag, class) of an element: what the cards of one list share."""
    return element.tag, element.get("class") if isinstance(element.tag, str) else None


def prose_blocks(root, scan: PageScan, home=None):
    """(element, its paragraphs) of each prose block of the page in document order: a
    ``<p>`` of at least ``bp.PROSE_MIN_CHARS`` ending like a sentence, at most
    ``bp.PROSE_MAX_LINK_DENSITY`` links, outside navigation, header, footer, aside,
    forms, hidden elements, blocks named like furniture or like a standfirst (the
    lead rule decides that one: :func:`story_lead`) and teaser cards (an ``<article>``
    inside another one, unless it holds the headline)."""
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
        if is_hidden(element) or looks_like_boilerplate(element, words) or is_lead(element) \
                or not bp.PROSE_FURNITURE_WORDS.isdisjoint(name_words(element)) or (
                tag == "article" and element is not home
                and next(element.iterancestors("article"), None) is not None):
            walker.skip_subtree()
            continue
        if tag != "p":
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


def _has_noscript_text(root) -> bool:
    """True when exactly one <noscript> of the page holds at least
    ``bp.MIN_NOSCRIPT_STORY_CHARS``: one story given to readers without script (a blog's
    front page gives one per post, and is no story)."""
    found = 0
    for element in root.iter("noscript"):
        if len(element.text_content()) >= bp.MIN_NOSCRIPT_STORY_CHARS:
            found += 1
            if found > 1:
                return False
    return found == 1


# -- names --------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def words_of(names: str) -> frozenset[str]:
    """Lower-case words of a class / id value (split at -, _, spaces, camelCase), and
    each multi-word name joined into one word ("fact-box" -> fact, box, factbox).

    For BEM-style names (``block__element``) only the element part counts: in
    ``sidebar-grid__content`` the element is content, whatever its block is; a modifier
    after it names a variant (``report__section--ads``: a section that holds an ad slot).
    State classes (``has-post-thumbnail``, ``is-sticky``) say nothing of the role.
    """
    words: set[str] = set()
    for name in names.split():
        if name.startswith(bp.STATE_CLASS_PREFIXES):  # "has-post-thumbnail": a state, not a role
            continue
        block, _, element = name.rpartition("__")
        if block and bp.HASH_SUFFIX.match(element):  # CSS-modules hash, not a BEM element
            block, _, element = block.rpartition("__")
        if block and "--" in element:  # block__element--modifier: a variant of the element
            element = element.split("--", 1)[0] or element
        parts = [word for word in bp.NAME_WORD_SPLIT.split(element) if word]
        words.update(word.lower() for word in parts)
        if len(parts) > 1:  # "fact-box", "readMore": also the compound ("factbox", "readmore")
            words.add("".join(parts).lower())
        for part in parts:  # "relatedposts": also "related"
            part = part.lower()
            for prefix in bp.COMPOUND_PREFIXES:
                if (part.startswith(prefix) and len(part) > len(prefix) + 2
                        and part not in bp.COMPOUND_EXCEPTIONS):
                    words.add(prefix)
    return frozenset(words)


def name_words(element) -> frozenset[str]:
    """Lower-case words of an element's class and id, and of the component name some
    frameworks give instead (``data-component="byline-block"``, ``data-area``,
    ``data-testid``)."""
    get = element.get
    cls, ident = get("class"), get("id")
    if ident and element.tag in bp.HEADING_TAGS and is_text_slug(ident, element):
        ident = None  # an anchor made of the heading's own words ("what-comes-next")
    component = get("data-component") or get("data-area") or get("data-testid")
    if component:
        return words_of(f"{cls or ''} {ident or ''} {component}")
    if cls and ident:
        return words_of(f"{cls} {ident}")
    return words_of(cls or ident or "")


def is_text_slug(ident: str, element) -> bool:
    """True when an id is made of two or more words of the element's own text (the
    anchor a Markdown renderer or a table-of-contents plugin gives a heading)."""
    words = [word for word in bp.NAME_WORD_SPLIT.split(ident.lower()) if word]
    if len(words) < 2:
        return False
    text = element.text_content().lower()
    return all(word in text for word in words)


def is_hidden(element) -> bool:
    """True for elements the page hides from readers (hidden, aria-hidden, display:none)."""
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style) and "none" in style and "display" in style.replace(" ", "")


def is_drop_cap(element) -> bool:
    """True for a one- or two-letter element that starts the word its tail continues
    (``<span class="dropcap" aria-hidden="true">T</span>he ...``): hidden from screen
    readers, but a part of the text."""
    text, tail = (element.text or "").strip(), element.tail or ""
    return 0 < len(text) <= 2 and text.isalpha() and len(element) == 0 \
        and tail[:1].isalpha()


def looks_like_boilerplate(element, words: frozenset = bp.BOILERPLATE_WORDS) -> bool:
    """True when an element's class / id words name page furniture (``words``: the
    boilerplate words in force, fewer on a live blog)."""
    return not words.isdisjoint(name_words(element))


# -- step 1: the container -------------------------------------------------------------

@dataclass(slots=True)
class PageScan:
    """What one pass over the page learns: candidate scores and text per block subtree."""

    scores: dict = field(default_factory=dict)       # element -> content score
    text_chars: dict = field(default_factory=dict)   # block element -> chars in subtree
    link_chars: dict = field(default_factory=dict)   # block element -> link chars in subtree
    good_chars: dict = field(default_factory=dict)   # block element -> chars of scoring blocks
    clean_chars: dict = field(default_factory=dict)  # the same, outside boilerplate-named blocks
    live_blog: bool = False                          # a live blog: its update feed is the text
    boilerplate_words: frozenset = bp.BOILERPLATE_WORDS
    skip_tags: frozenset = bp.SKIP_TAGS              # elements whose text is never read


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
    block_tags, paragraph_tags = bp.BLOCK_TAGS, bp.PARAGRAPH_TAGS
    list_item_tags = bp.LIST_ITEM_TAGS
    unreadable = bp.UNREADABLE_TAGS | bp.SKIP_TAGS
    if noscript:
        unreadable = unreadable - {"noscript"}
    min_chars, max_density = bp.MIN_SEED_CHARS, bp.MAX_LINK_DENSITY
    # open blocks, innermost last:
    # [element, own chars, own link chars, subtree chars, subtree link chars,
    #  subtree good chars, has child blocks, nested article, subtree clean chars]
    stack: list[list] = []
    current = [root, 0, 0, 0, 0, 0, False, False, 0]
    link_depth = article_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag.__class__ is not str or tag in unreadable:
                walker.skip_subtree()
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
                    walker.skip_subtree()  # (its end event still comes: the tail counts)
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
        if tag.__class__ is not str:
            pass
        elif tag in unreadable:
            pass
        else:
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
                if clean and (current[7] or looks_like_boilerplate(el, words)):
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


def container_factor(element, scan: PageScan) -> float:
    """Multiplier of a candidate container from its tag, names, microdata, links, and
    the share of its text that sits in blocks named like furniture (comments ...)."""
    factor = 1.0
    if element.tag == "article":
        factor *= 1.3
    elif element.tag in ("body", "html"):
        factor *= 0.8
    itemprop = element.get("itemprop")
    if itemprop and itemprop.lower() in bp.CONTENT_ITEMPROPS:
        factor *= 1.5
    words = name_words(element)
    if words:
        if not bp.CONTENT_WORDS.isdisjoint(words):
            factor *= 1.2
        if not scan.boilerplate_words.isdisjoint(words):
            factor *= 0.5
    text = scan.text_chars.get(element, 0)
    if text:
        factor *= 1.0 - scan.link_chars.get(element, 0) / text
    good = scan.good_chars.get(element, 0)
    if good:  # text held in boilerplate-named blocks (a thread of comments) counts less
        share = bp.FURNITURE_TEXT_WEIGHT
        factor *= share + (1.0 - share) * min(1.0, scan.clean_chars.get(element, 0) / good)
    return factor


def inside_boilerplate(element, words: frozenset = bp.BOILERPLATE_WORDS) -> bool:
    """True when an ancestor of the element is named like boilerplate (comments ...)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if looks_like_boilerplate(ancestor, words):
            return True
    return False


def choose_container(root, scan: PageScan | None = None, home=None, heading=None,
                     excluded=()):
    """The element most likely to hold the article text, or None.

    Candidates inside the ``excluded`` elements (containers that read empty) are passed
    over.

    The best few candidates by score are re-ranked with a penalty for sitting
    inside a boilerplate-named ancestor (the comment thread's own text blocks).
    On a page of several ``<article>`` elements (the next story appended below
    the first one), a finalist inside ``home`` (the article holding the page's
    headline, see :func:`headline_article`) wins over a longer one in another
    article.
    """
    scan = scan or scan_page(root)
    scores = scan.scores
    if not scores:
        return None
    weighted = {el: score * container_factor(el, scan) for el, score in scores.items()
                if not excluded or not any(is_within(el, gone) for gone in excluded)}
    if not weighted:
        return None
    finalists = sorted(weighted, key=weighted.__getitem__, reverse=True)[:bp.FINALISTS]
    ranked = {el: weighted[el] * (bp.INSIDE_BOILERPLATE_FACTOR
                                  if inside_boilerplate(el, scan.boilerplate_words) else 1.0)
              for el in finalists}
    best = max(finalists, key=ranked.__getitem__)
    if home is not None and best is not home and is_within(home, best) \
            and scan.good_chars.get(home, 0) < bp.HOME_SHARE_OF_WIDER * scan.good_chars.get(best, 0):
        # A block around the headline's article that is mostly other text (teasers,
        # comments): the article, or the best finalist inside it, is the container.
        inside = [el for el in finalists if is_within(el, home)]
        if inside:
            return max(inside, key=ranked.__getitem__)
    if home is not None and not is_within(best, home) and not is_within(home, best):
        floor = bp.HEADLINE_ARTICLE_MIN_SHARE * ranked[best]
        in_home = [el for el in finalists if ranked[el] >= floor and is_within(el, home)]
        if in_home:
            best = max(in_home, key=ranked.__getitem__)
    if heading is not None and precedes(best, heading):
        floor = bp.AFTER_HEADLINE_MIN_SHARE * ranked[best]
        after = [el for el in finalists if ranked[el] >= floor and precedes(heading, el)]
        if after:
            best = max(after, key=ranked.__getitem__)
    return best


def precedes(first, second) -> bool:
    """True when ``first`` ends before ``second`` starts in document order (neither
    holds the other)."""
    chain_first = [first, *first.iterancestors()]
    chain_second = [second, *second.iterancestors()]
    chain_first.reverse()
    chain_second.reverse()
    for mine, theirs in zip(chain_first, chain_second):
        if mine is not theirs:
            parent = mine.getparent()
            return parent is not None and parent.index(mine) < parent.index(theirs)
    return False


def headline_heading(root, titles):
    """The first ``<h1>`` that reads as one of ``titles`` (punctuation and case aside),
    or None."""
    keys = {key for key in map(fold, titles) if key}
    if not keys:
        return None
    for heading in root.iter("h1"):
        if fold(heading.text_content()) in keys:
            return heading
    return None


def headline_article(root, titles):
    """The ``<article>`` element around the ``<h1>`` that reads as one of ``titles``
    (punctuation and case aside), or None when no such heading sits in an article."""
    heading = headline_heading(root, titles)
    return next(heading.iterancestors("article"), None) if heading is not None else None


def widen_container(best, scan: PageScan, ceiling=None,
                    other_ratio: float = bp.MAX_WIDEN_OTHER_RATIO):
    """The highest near ancestor of ``best`` that adds mostly article-like text.

    Stories split into several sibling or cousin blocks (around ads, images or
    "read more" boxes) are joined this way: an ancestor is taken when the
    scoring text it adds is substantial and outweighs the other text it adds.
    No ancestor above ``ceiling`` (the headline's article) is taken.
    """
    good, clean, text = scan.good_chars, scan.clean_chars, scan.text_chars
    gained = good.get(best, 0)
    other = text.get(best, 0) - gained
    min_gain = max(bp.MIN_WIDEN_GAIN_CHARS, bp.MIN_WIDEN_GAIN_SHARE * gained)
    base_good = gained
    chosen = best
    child, ancestor = best, best.getparent()
    for _ in range(bp.MAX_WIDEN_LEVELS):
        if ancestor is None or ancestor.tag in ("body", "html") or child is ceiling:
            break
        for sibling in ancestor:
            if sibling is child or sibling.tag.__class__ is not str:
                continue
            held = clean.get(sibling, 0)
            if held:
                gained += held
                other += text.get(sibling, 0) - held
            else:
                other += text.get(sibling, 0)
        gain = gained - base_good
        if gain >= min_gain and other <= gain * other_ratio:
            chosen = ancestor
        child, ancestor = ancestor, ancestor.getparent()
    return chosen


def _kind(element) -> tuple | None:
    """Tag and first class word of an element: its kind in the page's template (a
    modifier class after the first, ``detail-body second-part``, keeps the kind), or
    None for an element without a class."""
    cls = element.get("class")
    if not cls:
        return None
    first = cls.split(None, 1)
    return (element.tag, first[0]) if first else None


def _like(element, model) -> bool:
    """Same kind (tag and first class word): blocks of one kind in the page's template."""
    kind = _kind(model)
    return kind is not None and element.tag == model.tag and _kind(element) == kind


def _continues_story(element, scan: PageScan) -> bool:
    """A block that reads as more of the story: scoring text outside boilerplate-named
    blocks, little other text, few links, and no furniture name of its own."""
    clean = scan.clean_chars.get(element, 0)
    text = scan.text_chars.get(element, 0)
    if clean < bp.MIN_CONTINUATION_CHARS or not text:
        return False
    if scan.link_chars.get(element, 0) > bp.MAX_CONTINUATION_LINK_SHARE * text:
        return False
    if text - clean > bp.MAX_CONTINUATION_OTHER_RATIO * clean:
        return False
    return not looks_like_boilerplate(element, scan.boilerplate_words)


def _same_path(top, kinds: list) -> list:
    """The descendants of ``top`` reached by following ``kinds`` (one kind per level
    down, as the container sits below its ancestor): the like blocks of a repeated
    template row."""
    found = [top]
    for kind in kinds:
        tag = kind[0]
        found = [child for element in found for child in element
                 if child.tag == tag and _kind(child) == kind]
        if not found:
            break
    return found


def story_parts(container, scan: PageScan, ceiling=None) -> list:
    """The container and the blocks that continue the story beside it, in page order.

    Stories cut into several blocks of one kind (the same tag and first class word: a
    CMS's text block repeated around an ad, a newsletter box or an image, a page
    builder's row / column / text-block nesting) are read whole. The container's
    siblings of its kind are tried first; when none continues the story, its parent's
    siblings of the parent's kind and their children of the container's kind
    (cousins), and so on up to ``bp.MAX_STORY_LEVELS`` levels, following the same
    chain of kinds down. A block is taken when it reads as more story text
    (:func:`_continues_story`). Nothing outside ``ceiling`` (the headline's article),
    nor the page's ``<body>``, is searched.
    """
    if ceiling is not None and not is_within(container, ceiling):
        return [container]
    kinds: list = []
    node = container
    for _ in range(bp.MAX_STORY_LEVELS):
        kind = _kind(node)
        parent = node.getparent()
        if kind is None or parent is None or (kinds and parent.tag in ("body", "html")):
            break
        kinds.insert(0, kind)
        parts = []
        for sibling in parent:
            if sibling is node:
                parts.append(container)
            elif sibling.tag == kind[0] and _kind(sibling) == kind:
                parts += [el for el in _same_path(sibling, kinds[1:])
                          if _continues_story(el, scan)]
        if len(parts) > 1:
            return parts
        if node is ceiling or parent is ceiling:
            break
        node = parent
    return [container]


def is_lead(element) -> bool:
    """True for an element named like a standfirst / lead paragraph."""
    return not bp.LEAD_WORDS.isdisjoint(name_words(element))


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


def opening_paragraph(container, names=()) -> tuple | None:
    """(the plain paragraph just before the container, its text) when it opens the story,
    else None.

    The story's first paragraph is sometimes set apart from the rest (in bold, in a
    block of its own) with no standfirst name. The text block right before the
    container is taken when it reads as prose (a ``<p>`` or ``<div>`` of one or two
    paragraphs, at least ``bp.MIN_OPENING_CHARS`` long, ending like a sentence, not
    named like furniture) and runs straight into the story
    (:func:`lead_opens_story`).
    """
    block = block_before(container)
    if block is None or block.tag not in ("p", "div") or looks_like_boilerplate(block):
        return None
    paragraphs = collect_paragraphs(block)
    if not paragraphs or len(paragraphs) > bp.MAX_OPENING_PARAGRAPHS \
            or sum(map(len, paragraphs)) < bp.MIN_OPENING_CHARS \
            or not bp.SENTENCE_END.search(paragraphs[-1]):
        return None
    if not lead_opens_story(block, container, names):
        return None
    return block, paragraphs


def block_before(container):
    """The innermost text block just before ``container`` in reading order: the last
    block with visible text inside its nearest preceding sibling that has any (or an
    ancestor's, up to ``bp.LEAD_SEARCH_LEVELS`` levels up), or None."""
    for sibling in preceding_blocks(container):
        if sibling.tag.__class__ is not str or sibling.tag in bp.UNREADABLE_TAGS \
                or is_hidden(sibling) or _only_links(sibling):
            continue  # (a share bar, a row of buttons: the gap's to judge)
        block = sibling
        while not (block.text or "").strip():
            if looks_like_boilerplate(block):  # (a sign-up box's last line is no opening)
                return None
            inner = [child for child in block
                     if child.tag.__class__ is str and child.tag in bp.BLOCK_TAGS
                     and child.tag not in bp.UNREADABLE_TAGS and not is_hidden(child)
                     and child.text_content().strip()]
            if not inner or any((child.tail or "").strip() for child in block):
                break
            block = inner[-1]
        return block
    return None


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
    one named like furniture as well (``standfirst-credit``) is no paragraph of the story.
    ``names`` are the authors other layers found: a byline naming one marks the gap.
    """
    for _image in lead.iter(*bp.IMAGE_TAGS):
        return False
    named = name_words(lead) & bp.BOILERPLATE_WORDS
    if named and not named <= bp.WEAK_BOILERPLATE_WORDS:  # "standfirst-credit", "author-summary"
        return False
    for ancestor in lead.iterancestors():
        if is_within(container, ancestor):
            break
        if ancestor.tag in bp.HEADER_TAGS:
            return False
    return lead_gap_is_clear(lead, container, names)


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
    characters of text outside links, buttons and blocks named like furniture (share
    bars, ads)."""
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
        for text, linked, furniture in _gap_texts(element):
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
            text = collapse("".join(self._pieces))
            if text:
                self.blocks.append((text, self._link_chars))
            self._pieces = []
            self._link_chars = 0


def _walk(element, out: _Paragraphs, in_link: bool, keep,
          skip_tags: frozenset = bp.SKIP_TAGS) -> None:
    """Append the text of ``element``'s children to ``out``, skipping boilerplate."""
    block_tags, inline_skips = bp.BLOCK_TAGS, bp.INLINE_SKIP_TAGS
    for child in element:
        tag = child.tag
        if tag.__class__ is not str:  # comments, processing instructions
            if child.tail:
                out.add(child.tail, in_link)
            continue
        if tag in skip_tags or not keep(child):
            if tag in block_tags or (tag in skip_tags and tag not in inline_skips):
                out.flush()
        else:
            block = tag in block_tags
            child_in_link = in_link or tag == "a"
            if block:
                out.flush()
            if child.text:
                out.add(child.text, child_in_link)
            _walk(child, out, child_in_link, keep, skip_tags)
            if block:
                out.flush()
        if child.tail:
            out.add(child.tail, in_link)


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


def keep_paragraph(text: str, link_chars: int) -> bool:
    """True for a text block that reads as article text (not links, furniture, metadata)."""
    if link_chars > len(text) * bp.MAX_LINK_DENSITY:
        return False
    return (not bp.FURNITURE_TEXT.match(text) and not is_metadata_line(text)
            and not bp.LONE_DATELINE.match(text) and not bp.POST_STAMP.match(text)
            and not is_promo_or_credit(text))


def is_promo_or_credit(text: str) -> bool:
    """True for a short subscription / follow prompt or a reporting / translation credit."""
    if len(text) > max(bp.PROMO_MAX_CHARS, bp.CREDIT_LINE_MAX_CHARS):
        return False
    low = text.lower()
    if len(text) <= bp.PROMO_MAX_CHARS and _has_hint(low, bp.PROMO_HINTS) \
            and bp.PROMO_TEXT.search(text):
        return True
    return (len(text) <= bp.CREDIT_LINE_MAX_CHARS and _has_hint(low, bp.CREDIT_HINTS)
            and bp.CREDIT_LINE.search(text) is not None)


def _has_hint(low: str, hints) -> bool:
    for hint in hints:  # a plain loop: several times faster than any() over a generator
        if hint in low:
            return True
    return False


def without_title_echoes(paragraphs: list[str], titles) -> list[str]:
    """The paragraphs without the headline repeated near their start (a kicker and
    headline in plain ``<div>`` markup): one of the first few paragraphs that reads
    as a title of the page, punctuation aside, is dropped."""
    keys = [key for key in map(fold, titles) if len(key) >= bp.MIN_TITLE_ECHO_CHARS]
    if not keys:
        return paragraphs
    kept = []
    for index, paragraph in enumerate(paragraphs):
        if index < bp.TITLE_ECHO_WINDOW and len(paragraph) <= bp.MAX_TITLE_ECHO_CHARS:
            key = fold(paragraph)
            if key in keys:
                continue
        kept.append(paragraph)
    return kept


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
    protect = bp.PROTECTED_SHARE * good.get(container, 0) or float("inf")
    weak_protect = bp.WEAK_PROTECTED_SHARE * good.get(container, 0) or float("inf")
    words = scan.boilerplate_words if scan is not None else bp.BOILERPLATE_WORDS
    live_blog = scan is not None and scan.live_blog

    def keep(element) -> bool:
        if element in skip:
            return False
        tag = element.tag
        if tag in bp.HEADER_TAGS or (is_hidden(element) and not is_drop_cap(element)):
            return False
        if tag in bp.INLINE_CAPTION_TAGS and is_inline_caption(element):
            return False
        if tag not in bp.BLOCK_TAGS and not bp.DATELINE_WORDS.isdisjoint(name_words(element)):
            return True
        if looks_like_boilerplate(element, words) or (tag == "article" and not live_blog
                                                       and element is not home):
            held = good.get(element)
            if held is None:  # not a block: by its child blocks' text, else by its own text
                inside = [good[child] for child in element if child in good]
                held = sum(inside) if inside else (
                    len(element.text_content()) if protect != float("inf") else 0)
            named = name_words(element) & words
            if named and named <= bp.WEAK_BOILERPLATE_WORDS and _lone_text_block(element, scan):
                return held >= weak_protect
            return held >= protect
        return True

    out = _Paragraphs()
    if container.text:
        out.add(container.text, container.tag == "a")
    _walk(container, out, container.tag == "a", keep,
          scan.skip_tags if scan is not None else bp.SKIP_TAGS)
    out.flush()
    return [text for text, link_chars in out.blocks if keep_paragraph(text, link_chars)]


def split_plain_text(text: str) -> list[str]:
    """Paragraphs of a plain text (blank-line or line separated), whitespace collapsed."""
    lines = (collapse(line) for line in text.splitlines())
    return [line for line in lines if line]
