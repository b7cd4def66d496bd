"""The text container: the best-scored candidate of the page scan (near the headline when
it is known: its ``<h1>``, or the ``<h2>`` / ``<h3>`` a blog template sets it in; the block
right after it and its byline counts whatever its layout's name says), widened to the
block that holds the whole story, and the sibling blocks that continue it past an ad or a
sign-up box (blocks of its kind, or blocks of nothing but paragraphs right after it, or
a layout table's rows and tables beside its cell); on a thread page, the text blocks of
all its posts."""

from __future__ import annotations

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.boxes import is_furniture_box, is_teaser_list, kind_of, one_link
from newscrawl.extract.body.names import (inside_boilerplate, is_hidden, looks_like_boilerplate,
                                          name_words)
from newscrawl.extract.body.scan import PageScan, names_of, scan_page
from newscrawl.extract.headline import title_parts
from newscrawl.extract.markup import is_within
from newscrawl.text import fold


def container_factor(element, scan: PageScan, *, names: bool = True) -> float:
    """Multiplier of a candidate container from its tag, names, microdata, links, and
    the share of its text that sits in blocks named like furniture (comments ...).
    Without ``names`` the element's own furniture words do not count (its content words
    still do): a layout's name on the block that follows the headline
    (:func:`follows_headline`)."""
    factor = 1.0
    if element.tag == "article":
        factor *= 1.3
    elif element.tag in ("body", "html"):
        factor *= 0.8
    attributes = element.keys()
    itemprop = element.get("itemprop") if "itemprop" in attributes else None
    if itemprop and itemprop.lower() in bp.CONTENT_ITEMPROPS:
        factor *= 1.5
    words = names_of(scan, element, attributes)
    if words:
        if not bp.CONTENT_WORDS.isdisjoint(words):
            factor *= 1.2
        if names and not scan.boilerplate_words.isdisjoint(words):
            factor *= 0.5
    text = scan.text_chars.get(element, 0)
    if text:
        factor *= 1.0 - scan.link_chars.get(element, 0) / text
    good = scan.good_chars.get(element, 0)
    if good:  # text held in boilerplate-named blocks (a thread of comments) counts less
        share = bp.FURNITURE_TEXT_WEIGHT
        clean = scan.clean_chars.get(element, 0)
        if not names and scan.named_furniture.get(element):
            # its own name aside: the clean text of its child blocks
            clean = sum(scan.clean_chars.get(child, 0) for child in element)
        factor *= share + (1.0 - share) * min(1.0, clean / good)
    return factor


def choose_container(root, scan: PageScan | None = None, home=None, heading=None,
                     excluded=(), passed_over=()):
    """The element most likely to hold the article text, or None.

    Candidates inside the ``excluded`` elements (containers that read empty) are passed
    over, and so are the ``passed_over`` elements themselves (not what they hold).

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
    for element in passed_over:
        weighted.pop(element, None)
    if not weighted:
        return None
    finalists = sorted(weighted, key=weighted.__getitem__, reverse=True)[:bp.FINALISTS]
    in_furniture = _inside_boilerplate_all(finalists, scan)
    ranked = {el: weighted[el] * (bp.INSIDE_BOILERPLATE_FACTOR if in_furniture[el] else 1.0)
              for el in finalists}
    best = max(finalists, key=ranked.__getitem__)
    wrappers = headline_wrappers(heading, scan.boilerplate_words) if heading is not None else []
    if wrappers and not any(is_within(best, each) or is_within(each, best) for each in wrappers):
        # the best finalist lies outside the wrappers around the headline that are named
        # like furniture: those names are a layout's, not a role (no comment thread or
        # sidebar holds the story's headline), so finalists inside them are not
        # penalised for them
        in_furniture = _inside_boilerplate_all(finalists, scan, wrappers)
        ranked = {el: weighted[el] * (bp.INSIDE_BOILERPLATE_FACTOR if in_furniture[el] else 1.0)
                  for el in finalists}
        best = max(finalists, key=ranked.__getitem__)
    if home is not None and best is not home and is_within(home, best) \
            and scan.good_chars.get(home, 0) < bp.HOME_SHARE_OF_WIDER * scan.good_chars.get(best, 0):
        # A block around the headline's article that is mostly other text (teasers,
        # comments): the article, or the best finalist inside it, is the container.
        inside = [el for el in finalists if is_within(el, home)]
        if inside:
            return max(inside, key=ranked.__getitem__)
    if home is not None and not is_within(best, home) and not is_within(home, best) \
            and not (heading is not None and told_after_article(heading, home, best, scan)):
        floor = bp.HEADLINE_ARTICLE_MIN_SHARE * ranked[best]
        in_home = [el for el in finalists if ranked[el] >= floor and is_within(el, home)]
        if in_home:
            best = max(in_home, key=ranked.__getitem__)
    if heading is not None and precedes(best, heading):
        floor = bp.AFTER_HEADLINE_MIN_SHARE * ranked[best]
        after = [el for el in finalists if ranked[el] >= floor and precedes(heading, el)
                 and not inside_boilerplate(el, scan.boilerplate_words)]
        if after:
            best = max(after, key=ranked.__getitem__)
    if heading is not None and home is None:
        near = _near_headline(heading, best)
        if near is not None:
            floor = bp.NEAR_HEADLINE_MIN_SHARE * ranked[best]
            ranks = {el: ranked[el] for el in finalists if is_within(el, near)}
            # (a short story's own block, its name weighed against it, can rank below the
            # finalists when a list of teasers fills them: every candidate near it counts)
            opener = max((el for el in _starting_after(heading, near, scan)
                          if el in weighted and follows_headline(heading, el, scan)),
                         key=weighted.__getitem__, default=None)
            if opener is not None and _wrapped_after(heading, opener, near, scan):
                # the block right after the headline and its byline is the story's: no
                # sidebar, comment thread or teaser list stands between a headline and its
                # text, so a furniture word in its name (or its wrappers' that start there
                # too) is the layout's
                ranks[opener] = max(ranks.get(opener, 0.0),
                                    scan.scores[opener] * container_factor(opener, scan, names=False))
                # (its wrappers' names aside too: the rank is not cut for sitting inside them)
            close = [el for el in ranks if ranks[el] >= floor]
            if close:
                best = max(close, key=ranks.__getitem__)
    return best


def told_after_article(heading, home, best, scan: PageScan) -> bool:
    """True when the headline's ``<article>`` holds only the story's header and the story
    is told in ``best`` right after it: ``home`` ends before ``best`` starts, at most
    ``bp.MAX_HEADLINE_GAP_CHARS`` of text (a byline, a date, a standfirst, an ad label)
    lies between the headline and ``best`` (:func:`follows_headline`), and ``best`` sits
    in no other ``<article>`` and under no furniture-named block. A template that closes
    the article after its header, or marks up only the header as one, leaves the text in
    a block of its own; the next story of the page, a comment thread or a teaser list
    come after the article's own text, further than that from its headline."""
    if not precedes(home, best) or next(best.iterancestors("article"), None) is not None:
        return False
    if inside_boilerplate(best, scan.boilerplate_words) \
            or looks_like_boilerplate(best, scan.boilerplate_words):
        return False
    return follows_headline(heading, best, scan)


def _wrapped_after(heading, opener, near, scan: PageScan) -> bool:
    """True when every ancestor of ``opener`` below ``near`` named like furniture follows
    the headline as well (a layout's wrapper around the story, not a comment thread or a
    sidebar the opener sits in)."""
    for ancestor in opener.iterancestors():
        if ancestor is near:
            return True
        if looks_like_boilerplate(ancestor, scan.boilerplate_words) \
                and not follows_headline(heading, ancestor, scan):
            return False
    return True


def _starting_after(heading, near, scan: PageScan):
    """The elements inside ``near`` that start after the headline heading, in page order,
    up to the first block that begins more than ``bp.MAX_HEADLINE_GAP_CHARS`` of text after
    it: the blocks that can follow the headline (:func:`follows_headline`)."""
    gap = 0
    node = heading
    while node is not near:
        for sibling in node.itersiblings():
            if gap > bp.MAX_HEADLINE_GAP_CHARS:
                return
            if sibling.tag.__class__ is str:
                yield from sibling.iter()
            gap += _text_length(sibling, scan)
        node = node.getparent()
        if node is None:
            return


def follows_headline(heading, element, scan: PageScan) -> bool:
    """True when ``element`` starts after the headline heading with at most
    ``bp.MAX_HEADLINE_GAP_CHARS`` of text between them (a byline, a date, a share bar)."""
    if not precedes(heading, element):
        return False
    heading_chain = [heading, *heading.iterancestors()]
    on_heading_side = {id(ancestor) for ancestor in heading_chain}
    gap = 0
    element_top = element  # up to the ancestor it shares with the heading
    while id(element_top.getparent()) not in on_heading_side:
        gap += sum(_text_length(sibling, scan)
                   for sibling in element_top.itersiblings(preceding=True))
        element_top = element_top.getparent()
    shared = element_top.getparent()
    heading_top = heading_chain[heading_chain.index(shared) - 1]
    for node in heading_chain[:heading_chain.index(heading_top)]:
        gap += sum(_text_length(sibling, scan) for sibling in node.itersiblings())
    for sibling in heading_top.itersiblings():
        if sibling is element_top:
            break
        gap += _text_length(sibling, scan)
    return gap <= bp.MAX_HEADLINE_GAP_CHARS


def _text_length(element, scan: PageScan) -> int:
    """The characters of an element's text and tail (a block's from the scan)."""
    if element.tag.__class__ is not str:
        return len((element.tail or "").strip())
    held = scan.text_chars.get(element)
    if held is None:
        held = len(element.text_content().strip())
    return held + len((element.tail or "").strip())


def headline_wrappers(heading, words) -> list:
    """The ancestors of the headline heading below ``<body>`` named like furniture
    (Next.js's ``#__next`` root, a ``content-sidebar-wrap`` around the main column, a
    WordPress post class ``category-video``): wrappers of the story, whatever their
    names say."""
    return [ancestor for ancestor in heading.iterancestors()
            if ancestor.tag not in ("body", "html") and looks_like_boilerplate(ancestor, words)]


def _inside_boilerplate_all(elements, scan: PageScan, exempt=()) -> dict:
    """{element: :func:`~.names.inside_boilerplate` of it (the scan's boilerplate words)}
    for several elements, each ancestor they share read once (finalists are mostly nested
    in one another), and by the scan's reading where it read one; the ``exempt`` ancestors
    do not count."""
    words, named = scan.boilerplate_words, scan.named_furniture
    below: dict = {}  # ancestor -> it, or an ancestor of it below <body>, is named like furniture
    found = {}
    for element in elements:
        chain = []
        inside = False
        for ancestor in element.iterancestors():
            known = below.get(ancestor)
            if known is not None:
                inside = known
                break
            if ancestor.tag in ("body", "html"):
                break
            furniture = named.get(ancestor)
            if furniture is None:
                furniture = looks_like_boilerplate(ancestor, words)
            if furniture and ancestor not in exempt:
                below[ancestor] = inside = True
                break
            chain.append(ancestor)
        for ancestor in chain:
            below[ancestor] = inside
        found[element] = inside
    return found


def _near_headline(heading, best):
    """The highest of the headline heading's first ``bp.NEAR_HEADLINE_LEVELS`` ancestors
    that does not hold ``best``, or None when each of them holds it (or the page is too
    flat to tell). The heading's own block counts when ``best`` is a sibling branch of it:
    a layout table's cell that holds the headline and the story beside a longer cell of
    teasers in the same row."""
    chain = []
    ancestor = heading
    for _ in range(bp.NEAR_HEADLINE_LEVELS):
        ancestor = ancestor.getparent()
        if ancestor is None or ancestor.tag in ("body", "html"):
            return None
        chain.append(ancestor)
    for ancestor in reversed(chain):
        if not is_within(best, ancestor):
            return ancestor
    return None


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


def headline_heading(root, titles, page_h1s=None):
    """The first ``<h1>`` that reads as one of ``titles`` (punctuation and case aside),
    else the first ``<h2>`` / ``<h3>`` that does (:func:`_lesser_headline_heading`), or
    None. ``page_h1s``: the page's ``<h1>`` elements in page order, when the caller has
    them listed (those within ``root`` are read, and the tree is not walked for them)."""
    keys = {key for key in map(fold, titles) if key}
    if not keys:
        return None
    others = []
    h1s = root.iter("h1") if page_h1s is None else [h1 for h1 in page_h1s if is_within(h1, root)]
    for heading in h1s:
        if fold(heading.text_content()) in keys:
            return heading
        others.append(heading)
    if not others:
        return _lesser_headline_heading(root, keys)
    # the title's opening part ("Headline | Section | Site"), and the heading read
    # without a label set in it ("Premium", "Abonnés", "Video")
    wider = keys | {part for title in titles for part in title_parts(title)
                    if fold(title).startswith(part)}
    for heading in others:
        if fold(_without_labels(heading)) in wider:
            return heading
    return _lesser_headline_heading(root, keys)


def _lesser_headline_heading(root, keys):
    """The first ``<h2>`` / ``<h3>`` (``bp.LESSER_HEADLINE_TAGS``) that reads as one of the
    title ``keys`` when no ``<h1>`` does: blog templates set the site's name in the
    ``<h1>`` and the post's title a level below (Blogger's ``h3.post-title``, the classic
    WordPress themes' ``h2``), or leave ``<h1>`` out. A heading that is one link
    is passed over: a teaser's title in a list of stories."""
    for heading in root.iter(*bp.LESSER_HEADLINE_TAGS):
        if fold(heading.text_content()) in keys and not one_link(heading):
            return heading
    return None


def _without_labels(heading) -> str:
    """The text of a heading without its child elements of at most
    ``bp.HEADING_LABEL_MAX_CHARS`` (a subscriber or format label set in a ``<span>`` beside
    the headline's words); the text around them is kept."""
    pieces = [heading.text or ""]
    for child in heading:
        if child.tag.__class__ is str and \
                len(child.text_content().strip()) > bp.HEADING_LABEL_MAX_CHARS:
            pieces.append(child.text_content())
        pieces.append(child.tail or "")
    return "".join(pieces)


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
    No ancestor above ``ceiling`` (the headline's article) is taken, and none above a
    block named like furniture (the container, or a wrapper of it, that follows the
    headline, chosen whatever its name: :func:`choose_container`), whose text an
    ancestor's reading would pass over, and none holding beside the story a list of
    teasers of other stories (:func:`is_teaser_list`).
    """
    good, clean, text = scan.good_chars, scan.clean_chars, scan.text_chars
    gained = good.get(best, 0)
    other = text.get(best, 0) - gained
    min_gain = max(bp.MIN_WIDEN_GAIN_CHARS, bp.MIN_WIDEN_GAIN_SHARE * gained)
    base_good = gained
    chosen = best
    child, ancestor = best, best.getparent()
    for _ in range(bp.MAX_WIDEN_LEVELS):
        if ancestor is None or ancestor.tag in ("body", "html") or child is ceiling \
                or scan.named_furniture.get(child):
            break
        if any(sibling is not child and sibling.tag.__class__ is str and clean.get(sibling, 0)
               and is_teaser_list(sibling) for sibling in ancestor):
            break  # a list of teasers of other stories beside: the story's scope ends below
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


def _like(element, model) -> bool:
    """Same kind (tag and first class word): blocks of one kind in the page's template."""
    kind = kind_of(model)
    return kind is not None and element.tag == model.tag and kind_of(element) == kind


def _continues_story(element, scan: PageScan, opening: bool = False) -> bool:
    """A block that reads as more of the story: scoring text outside boilerplate-named
    blocks, little other text, few links, and no furniture name of its own. An
    ``opening`` block (one before the container: the story's first part) whose links all
    sit inside its sentences (:func:`links_in_running_text`) is judged as plain text."""
    clean = scan.clean_chars.get(element, 0)
    text = scan.text_chars.get(element, 0)
    if not text:
        return False
    links = scan.link_chars.get(element, 0)
    if links <= bp.LINKLESS_CONTINUATION_LINK_SHARE * text:
        # plain text: its headings, list items and short lines are story, not teasers
        least, other_ratio = bp.MIN_LINKLESS_CONTINUATION_CHARS, bp.MAX_LINKLESS_CONTINUATION_OTHER_RATIO
    elif opening and clean < bp.MIN_CONTINUATION_CHARS \
            and clean + links >= bp.MIN_LINKLESS_CONTINUATION_CHARS \
            and links_in_running_text(element):
        # links only inside its sentences (a story's paragraph citing an earlier report):
        # plain text too, its links counted as the words of the sentence they are
        clean += links
        least, other_ratio = bp.MIN_LINKLESS_CONTINUATION_CHARS, bp.MAX_LINKLESS_CONTINUATION_OTHER_RATIO
    else:
        least, other_ratio = bp.MIN_CONTINUATION_CHARS, bp.MAX_CONTINUATION_OTHER_RATIO
    if clean < least or links > bp.MAX_CONTINUATION_LINK_SHARE * text:
        return False
    if text - clean > other_ratio * clean:
        return False
    return not looks_like_boilerplate(element, scan.boilerplate_words)


def links_in_running_text(element) -> bool:
    """True when every link of ``element`` sits inside the running text of a paragraph
    (a ``<p>``): one that ends like a sentence and holds more text outside its links than
    in them (a story's paragraph citing an earlier report), not a teaser's linked title
    or a "read more" line."""
    seen: dict = {}
    found = False
    for link in element.iter("a"):
        paragraph = next((a for a in link.iterancestors("p")), None)
        if paragraph is None or not is_within(paragraph, element):
            return False
        if paragraph not in seen:
            text = " ".join(paragraph.text_content().split())
            linked = sum(len(" ".join(a.text_content().split())) for a in paragraph.iter("a"))
            seen[paragraph] = bool(bp.SENTENCE_END.search(text)) and 2 * linked < len(text)
        if not seen[paragraph]:
            return False
        found = True
    return found


def _same_path(top, kinds: list) -> list:
    """The descendants of ``top`` reached by following ``kinds`` (one kind per level
    down, as the container sits below its ancestor): the like blocks of a repeated
    template row."""
    found = [top]
    for kind in kinds:
        tag = kind[0]
        found = [child for element in found for child in element
                 if child.tag == tag and kind_of(child) == kind]
        if not found:
            break
    return found


def _has_class(element, word: str) -> bool:
    cls = element.get("class")
    return cls is not None and word in cls.split()


def email_text_blocks(container, scan: PageScan) -> list:
    """The text cells of every Text block of an e-mail template's section, in page order,
    when the container is the text cell of one (``bp.EMAIL_TEXT_CONTENT_CLASS`` in a
    ``bp.EMAIL_TEXT_BLOCK_CLASS`` table: Mailchimp's markup); else []. The other Text
    blocks of the section (the block tables beside the container's) are taken when they
    read as more story (:func:`_continues_story`)."""
    if container.tag != "td" or not _has_class(container, bp.EMAIL_TEXT_CONTENT_CLASS):
        return []
    block = next((table for table in container.iterancestors("table")
                  if _has_class(table, bp.EMAIL_TEXT_BLOCK_CLASS)), None)
    section = block.getparent() if block is not None else None
    if section is None:
        return []
    parts: list = []
    for sibling in section:
        if sibling is block:
            parts.append(container)
        elif sibling.tag == "table" and _has_class(sibling, bp.EMAIL_TEXT_BLOCK_CLASS):
            opening = container not in parts
            parts += [cell for cell in sibling.iter("td")
                      if _has_class(cell, bp.EMAIL_TEXT_CONTENT_CLASS)
                      and _continues_story(cell, scan, opening)]
    return parts if len(parts) > 1 else []


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

    When no block of its kind continues it, a container that is a layout table's cell
    gathers the cells of the rows and tables beside it that go on with the story
    (:func:`layout_table_parts`: a pre-CSS page's story cut into rows by an ad's row);
    any other, the blocks of nothing but paragraphs right after it
    (:func:`following_paragraph_blocks`: the story's part after a paywall's or an ad's
    cut, in a block of another kind).

    On a thread page (the container is one post's text: :func:`thread_posts`,
    :func:`forum_posts`) the parts are the text blocks of all its posts instead; in an
    e-mail template (the container is one Text block's cell: :func:`email_text_blocks`)
    the cells of the Text blocks of its section.
    """
    posts = thread_posts(container) or forum_posts(container, scan)
    if posts:
        return posts
    blocks = email_text_blocks(container, scan)
    if blocks:
        return blocks
    if ceiling is not None and not is_within(container, ceiling):
        return [container]
    kinds: list = []
    node = container
    for _ in range(bp.MAX_STORY_LEVELS):
        kind = kind_of(node)
        parent = node.getparent()
        if kind is None or parent is None or (kinds and parent.tag in ("body", "html")):
            break
        kinds.insert(0, kind)
        parts = []
        for sibling in parent:
            if sibling is node:
                parts.append(container)
            elif sibling.tag == kind[0] and kind_of(sibling) == kind:
                opening = container not in parts  # (before the container in page order)
                parts += [el for el in _same_path(sibling, kinds[1:])
                          if _continues_story(el, scan, opening)
                          and not (opening and is_named_lead(el))]
        if len(parts) > 1:
            return parts
        if node is ceiling or parent is ceiling:
            break
        node = parent
    if container.tag in bp.LAYOUT_CELL_TAGS:
        before, after = layout_table_parts(container, scan)
        if before or after:
            return [part for part in (*before, container, *after)
                    if ceiling is None or is_within(part, ceiling)]
    return [container, *following_paragraph_blocks(container, scan)]


def layout_table_parts(cell, scan: PageScan) -> tuple[list, list]:
    """(the cells before, the cells after) that continue a story told in a layout table's
    cell: a pre-CSS page sets the story's text loose in a ``<td>`` (``<br>`` between its
    paragraphs) and cuts it into rows, or into tables one after another, around an ad's
    or a picture's row. From the cell's row, the rows beside it each way, then the tables
    beside its table, whose one cell with text reads as more story
    (:func:`_is_story_cell`), set like the container's (:func:`_cell_kind`) and lie past a
    break (:func:`_is_table_break`: an ad's image or frame) are taken; the first other one
    (a row right beside the last part, a heading's row, a date line, a row of several cells
    with text, a teaser, a footer's notice) ends the search that way. A cell that shares its
    row with another cell of text (the page's columns) gathers nothing."""
    row = cell.getparent()
    if row is None or row.tag != "tr" or len(_text_cells(row, scan)) != 1:
        return [], []
    before = _cells_beside(row, scan, preceding=True)
    before.reverse()
    return before, _cells_beside(row, scan, preceding=False)


def _cells_beside(row, scan: PageScan, *, preceding: bool) -> list:
    """The cells continuing the story beside ``row`` one way, nearest first: in the rows
    of its table, then (when no row ended the search) in the tables beside that table
    (:func:`layout_table_parts`). Each part lies past a break: a row of text right
    beside the story's last part, with no ad's row between, is the page's next
    thing (a signature, a note, the next item), not more of the story."""
    found: list = []
    unit = row
    cut = False  # a break passed since the last part
    kind = _cell_kind(next(cell for cell in row if cell.tag in bp.LAYOUT_CELL_TAGS
                           and _text_length(cell, scan) > bp.MAX_LEAD_GAP_CHARS))
    while True:
        for sibling in _unit_siblings(unit, preceding):
            if _is_table_break(sibling, scan):
                cut = True
                continue
            cells = _text_cells(sibling, scan) if cut and sibling.tag in ("tr", "table") else []
            if len(cells) != 1 or _cell_kind(cells[0]) != kind \
                    or not _is_story_cell(cells[0], scan):
                return found
            found.append(cells[0])
            cut = False
        if unit is not row:
            return found
        unit = row.getparent()
        if unit is not None and unit.tag in bp.TABLE_SECTION_TAGS:
            unit = unit.getparent()
        if unit is None or unit.tag != "table":
            return found


def _is_table_break(element, scan: PageScan) -> bool:
    """True for a row or a table the story is cut by (:func:`layout_table_parts`): one of
    at most ``bp.MAX_LEAD_GAP_CHARS`` of text that holds an ad's or a picture's element
    (``bp.TABLE_BREAK_TAGS``: an ad's image or frame, its label beside it). An empty
    spacer row (a layout sets one between the story and what follows it too), a short
    line of text alone (a date, a "Posted by" line over a comment) and a heading are no
    break."""
    if next(element.iter(*bp.HEADING_TAGS), None) is not None \
            or _text_length(element, scan) > bp.MAX_LEAD_GAP_CHARS:
        return False
    return next(element.iter(*bp.TABLE_BREAK_TAGS), None) is not None


def _cell_kind(cell) -> tuple:
    """The template kind of a layout cell's text: the cell's class and, when its text sits
    in one element child (``<font size=2>``, ``<span class=...>``, ``<div>``), that
    child's tag, class, face and size. A story's parts are set alike; a signature, a
    note or the next item in a layout's rows is set otherwise."""
    children = [child for child in cell if child.tag.__class__ is str
                and child.tag not in bp.TABLE_BREAK_TAGS and child.tag != "br"]
    wrapper = children[0] if len(children) == 1 and not (cell.text or "").strip() \
        and not (children[0].tail or "").strip() else None
    own = (cell.get("class"),)
    if wrapper is None:
        return own
    return own + (wrapper.tag, wrapper.get("class"), wrapper.get("face"), wrapper.get("size"))


def _unit_siblings(element, preceding=False):
    """The element siblings of a row or a table one way, scripts and the like aside."""
    return (sibling for sibling in element.itersiblings(preceding=preceding)
            if sibling.tag.__class__ is str and sibling.tag not in bp.SKIP_TAGS)


def _text_cells(unit, scan: PageScan) -> list:
    """The cells of a row, or of each row of a table (its own rows, not a nested
    table's), holding more than ``bp.MAX_LEAD_GAP_CHARS`` of text."""
    if unit.tag == "tr":
        rows = [unit]
    else:
        rows = [row for child in unit
                for row in ((child,) if child.tag == "tr" else
                            (child if child.tag in bp.TABLE_SECTION_TAGS else ()))
                if row.tag == "tr"]
    return [cell for row in rows for cell in row
            if cell.tag in bp.LAYOUT_CELL_TAGS and _text_length(cell, scan) > bp.MAX_LEAD_GAP_CHARS]


def _is_story_cell(cell, scan: PageScan) -> bool:
    """True for a layout cell of more story: no heading, no nested table, not hidden,
    and it reads as a continuation (:func:`_continues_story`) or, its text loose between
    ``<br>`` (which the scan scores in no block), as plain text: at least
    ``bp.MIN_LINKLESS_CONTINUATION_CHARS``, next to no links
    (``bp.LINKLESS_CONTINUATION_LINK_SHARE``), ending like a sentence, opening with no
    copyright notice (``bp.COPYRIGHT_NOTICE``, ``bp.RIGHTS_RESERVED``: the page's footer
    row), no furniture name."""
    if next(cell.iter(*bp.HEADING_TAGS, "table"), None) is not None or is_hidden(cell):
        return False
    words = " ".join(cell.text_content().split())
    if bp.COPYRIGHT_NOTICE.match(words) or bp.RIGHTS_RESERVED.match(words):
        return False
    if _continues_story(cell, scan):
        return True
    text = scan.text_chars.get(cell, 0)
    if text < bp.MIN_LINKLESS_CONTINUATION_CHARS \
            or scan.link_chars.get(cell, 0) > bp.LINKLESS_CONTINUATION_LINK_SHARE * text:
        return False
    return bool(bp.STORY_PART_END.search(words)) \
        and not looks_like_boilerplate(cell, scan.boilerplate_words)


def is_named_lead(element) -> bool:
    """True for a block named like a standfirst (``bp.LEAD_WORDS``): a CMS prints the lead
    field in the same field markup as the text (Drupal's ``field--name-field-lead`` beside
    ``field--name-body``), so before the container it is no part of the story's text; the
    standfirst rules (:mod:`.lead`) judge whether it opens the story."""
    return not bp.LEAD_WORDS.isdisjoint(name_words(element))


def is_paragraph_block(element) -> bool:
    """True for a ``<div>`` / ``<section>`` of nothing but paragraphs: at least
    ``bp.MIN_STORY_BLOCK_PARAGRAPHS`` ``<p>`` children and no text of its own, its other
    children boxes set into the story (:func:`.boxes.is_furniture_box`: a one-link card, a
    sign-up box, never read), named neither like furniture nor like a standfirst, not
    hidden."""
    if element.tag not in bp.STORY_BLOCK_TAGS or (element.text or "").strip():
        return False
    count = 0
    for child in element:
        if child.tag.__class__ is not str:
            continue
        if (child.tail or "").strip():
            return False
        if child.tag == "p":
            count += 1
        elif child.tag not in bp.STORY_BLOCK_TAGS or not is_furniture_box(child):
            return False
    return count >= bp.MIN_STORY_BLOCK_PARAGRAPHS and not is_hidden(element) \
        and not looks_like_boilerplate(element) and bp.LEAD_WORDS.isdisjoint(name_words(element))


def is_story_block(element) -> bool:
    """True for a ``<div>`` / ``<section>`` of the story's paragraph markup: no text of its
    own, at least ``bp.MIN_STORY_BLOCK_PARAGRAPHS`` ``<p>`` children, its other children
    those a story's text holds (subheadings, quotes, lists, figures), opening with no
    heading (a box titled so, "Fast facts", is beside the story), named neither like
    furniture nor like a standfirst, not hidden."""
    if element.tag not in bp.STORY_BLOCK_TAGS or (element.text or "").strip():
        return False
    count = 0
    opening = True
    for child in element:
        if child.tag.__class__ is not str:
            continue
        if (child.tail or "").strip() or (opening and child.tag in bp.HEADING_TAGS):
            return False
        opening = False
        if child.tag == "p":
            count += 1
        elif child.tag not in bp.STORY_BLOCK_CHILD_TAGS:
            return False
    return count >= bp.MIN_STORY_BLOCK_PARAGRAPHS and not is_hidden(element) \
        and not looks_like_boilerplate(element) and bp.LEAD_WORDS.isdisjoint(name_words(element))


def story_block_within(element):
    """``element`` when it is a block of the story's paragraph markup
    (:func:`is_story_block`), else the first such block down its chain of wrappers
    (blocks with no text of their own and one element child, up to
    ``bp.MAX_STORY_WRAPPER_LEVELS`` levels: a page builder's row and column around a text
    block), else None."""
    for _ in range(bp.MAX_STORY_WRAPPER_LEVELS + 1):
        if is_story_block(element):
            return element
        if element.tag not in bp.STORY_BLOCK_TAGS or (element.text or "").strip() \
                or looks_like_boilerplate(element):
            return None
        children = [child for child in element if child.tag.__class__ is str]
        if len(children) != 1 or (children[0].tail or "").strip():
            return None
        element = children[0]
    return None


def _outermost_wrapper(container):
    """The highest of ``container``'s wrappers (ancestors holding nothing but it, up to
    ``bp.MAX_STORY_WRAPPER_LEVELS`` levels, below ``<body>``), or the container: where the
    blocks beside it begin."""
    top = container
    for _ in range(bp.MAX_STORY_WRAPPER_LEVELS):
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html") \
                or parent.tag not in bp.STORY_BLOCK_TAGS or (parent.text or "").strip() \
                or (top.tail or "").strip() \
                or sum(1 for child in parent if child.tag.__class__ is str) != 1:
            break
        top = parent
    return top


def following_paragraph_blocks(container, scan: PageScan) -> list:
    """The blocks of paragraphs right after the container that continue its story in a
    block of another kind (the part after a paywall's cut, after an ad): the following
    siblings of the container (or of its outermost wrapper) that are blocks of the story's paragraph markup, or wrap one
    (:func:`story_block_within`), reading as story (:func:`_continues_story`), past blocks
    that are furniture (:func:`is_story_break`:
    named so, an ad slot or a label, a sign-up box, a promo or a list of teasers); the
    first other block (a heading, however short, a list, a text of another kind) ends
    the search."""
    found = []
    for sibling in _outermost_wrapper(container).itersiblings():
        if sibling.tag.__class__ is not str or sibling.tag in bp.SKIP_TAGS:
            continue
        block = story_block_within(sibling)
        if block is not None and _continues_story(block, scan):
            found.append(block)
        elif sibling.tag in bp.HEADING_TAGS or not is_story_break(sibling, scan):
            break
    return found


def is_story_break(element, scan: PageScan | None = None) -> bool:
    """True for a block a story's text is cut by and goes on after: a furniture box
    (:func:`.boxes.is_furniture_box`) or one holding at most ``bp.MAX_LEAD_GAP_CHARS`` of text
    (an ad slot, its label, an empty wrapper). Such a block is passed over, never read."""
    text = scan.text_chars.get(element) if scan is not None else None
    if text is None:
        text = len(element.text_content().strip())
    return text <= bp.MAX_LEAD_GAP_CHARS or is_furniture_box(element, scan)


def _item_type(element) -> str:
    """The schema.org type of the item an element belongs to (its nearest ``itemscope``
    ancestor's ``itemtype``, last path segment, lower-case), or ''."""
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None:
            return (ancestor.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
    return ""


def thread_posts(container) -> list:
    """The text blocks of every post of a thread whose posts are marked up as schema.org
    items (a question and its answers, a forum topic and its replies), in page order,
    when the container is the text of one of them; else [].

    The container carries ``itemprop`` text / articleBody and belongs to an item of
    ``bp.THREAD_ITEM_TYPES``; every other block with that ``itemprop`` in an item of those
    types is a post of the same thread, short ones too (a question can be one line).
    Replies typed ``Comment`` count only under a forum topic: a blog post's comments are
    not its text."""
    itemprop = (container.get("itemprop") or "").lower()
    if itemprop not in bp.THREAD_TEXT_ITEMPROPS:
        return []
    own_type = _item_type(container)
    if own_type not in bp.THREAD_ITEM_TYPES:
        return []
    types = bp.THREAD_ITEM_TYPES | ({"comment"} if own_type in bp.FORUM_ITEM_TYPES else set())
    posts = []
    for element in container.getroottree().getroot().iter():
        if element is container:
            posts.append(element)
        elif element.tag.__class__ is str and (element.get("itemprop") or "").lower() == itemprop \
                and _item_type(element) in types and not is_hidden(element) \
                and not is_within(element, container) and not is_within(container, element):
            posts.append(element)
    return posts if len(posts) > 1 else []


def forum_posts(container, scan: PageScan) -> list:
    """The text blocks of every post of a forum thread, in page order, when the container
    is (or sits right around or inside) the text block of one post in a forum platform's
    markup (a class of ``bp.FORUM_POST_CLASSES``, whole: XenForo's ``bbWrapper`` /
    ``messageText``, vBulletin's ``postcontent``, phpBB's ``postbody``, Discourse's
    ``cooked``); else [].

    The posts are the blocks of that block's exact class anywhere on the page (each post
    sits in a template unit of its own, often several levels below the thread), outside
    boilerplate-named ancestors (a signature, a quoted teaser) and with scoring text of
    their own; a one-line reply counts as well."""
    def named(element) -> bool:  # a class token exactly as the platform writes it
        cls = element.get("class") if element is not None else None
        return cls is not None and not bp.FORUM_POST_CLASSES.isdisjoint(cls.lower().split())

    children = [child for child in container if child.tag.__class__ is str]
    parent = container.getparent()
    if named(container):
        block, wrapper = container, None
    elif len(children) == 1 and named(children[0]):
        block, wrapper = children[0], None
    elif named(parent) and container.get("class"):
        block, wrapper = container, parent.get("class")  # phpBB: postbody > content
    else:
        return []
    cls = block.get("class")
    posts = []
    for element in container.getroottree().getroot().iter(block.tag):
        if element is block or (element.get("class") == cls and scan.clean_chars.get(element, 0)
                                and (wrapper is None or element.getparent().get("class") == wrapper)
                                and not inside_boilerplate(element, scan.boilerplate_words)):
            posts.append(element)
    return posts if len(posts) > 1 else []
