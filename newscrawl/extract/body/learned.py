"""The learned layer of the body: text blocks near the chosen body that the rules left
out, each scored by a small fitted model (a logistic regression over structural
features), and those it rates as story added to the body.

The candidates are the text blocks (a ``<p>``, a subheading, a list, a quotation, or a
``<div>`` / table cell holding only text and line breaks) in the container's nearest
ancestors (``bp.LEARNED_REGION_LEVELS`` levels up), outside the container and the story
parts the rules read, whose text the body does not hold yet. Each is described by what
its structure says (length, links, sentence ends, where it sits relative to the body and
the headline, which ancestor it shares with the body, whether a block named like
furniture or another story's ``<article>`` holds it, whether its class is that of the
body's own paragraphs ...): :func:`block_candidates`, in the order of
:data:`FEATURES`. The weights are data (:mod:`.learned_weights`), fitted by
``python -m newscrawl.evaluate.train_body`` on the development part of the labelled
corpora; applying them is a dot product per block, in plain Python. The layer runs
only when ``bp.LEARNED_LAYER`` is set (it is off by default: see its comment).

:func:`recording` lets that training tool see every candidate (its features and text,
and where it would go) with the layer adding nothing, so the model is fitted on exactly
what the layer meets at extraction time.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.container import precedes
from newscrawl.extract.body.lead import is_lead
from newscrawl.extract.body.names import is_hidden, looks_like_boilerplate
from newscrawl.extract.body.paragraphs import collect_paragraphs
from newscrawl.extract.body.scan import PageScan
from newscrawl.extract.markup import is_within
from newscrawl.text import collapse

#: The features of a candidate block, in the order the weights are written.
FEATURES = (
    "log_chars",            # log(1 + characters of the block)
    "link_share",           # share of its characters inside links
    "ends_sentence",        # its text ends like a sentence
    "punctuation",          # commas and full stops per 100 characters
    "is_p",                 # a <p>
    "is_heading",           # a subheading (h2-h6)
    "is_list",              # a list (ul / ol)
    "before_body",          # it comes before the container
    "after_headline",       # it comes after the headline's heading (0 when none is known)
    "level",                # how many ancestors up it meets the container (1 = a sibling)
    "parent_is_unit_parent",  # its parent is the parent of the container or a story part
    "named_furniture",      # it, or an ancestor below the shared one, is named like furniture
    "named_lead",           # it is named like a standfirst
    "in_other_article",     # an <article> holding neither the container nor the headline holds it
    "in_furniture_tag",     # an <aside>, <nav>, <footer>, <header>, <form> or <figure> holds it
    "body_class",           # its tag and class are those of a paragraph of the body
    "scoring",              # the page scan counted it as a text block (long, few links)
    "parent_link_share",    # share of its parent's characters inside links
    "share_of_body",        # its characters / the body's characters
    "log_body_chars",       # log(1 + characters of the body read so far)
    "gap",                  # candidate blocks between it and the body, log(1 + n)
)

#: Tags of the text blocks the layer considers (besides text-only div / td / section).
_BLOCK_CANDIDATES = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Elements that hold page furniture whatever their names.
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "header", "form", "figure", "menu"})

_recorder: ContextVar[list | None] = ContextVar("newscrawl_learned_blocks_recorder", default=None)


@contextmanager
def recording():
    """Within this block, every page's candidates are appended to the list it yields as
    ``{"features": [...], "texts": [...], "before": bool}`` per page (a list of those per
    extraction) and the layer adds nothing: what the training tool learns from."""
    pages: list = []
    token = _recorder.set(pages)
    try:
        yield pages
    finally:
        _recorder.reset(token)


def sigmoid(value: float) -> float:
    """The logistic function, safe for large magnitudes."""
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    z = math.exp(value)
    return z / (1.0 + z)


def block_score(features, model) -> float:
    """The model's probability that a block with these features is story text."""
    total = model["intercept"]
    for value, mean, scale, weight in zip(features, model["means"], model["scales"],
                                          model["weights"]):
        total += weight * (value - mean) / scale
    return sigmoid(total)


def learned_blocks(root, scan: PageScan, container, parts, paragraphs: list[str],
                   home=None, heading=None, model=None) -> tuple[list[str], int]:
    """(the paragraphs with the blocks the model rates as story added in page order, the
    number of blocks added). With no ``model`` (the layer off) the paragraphs are returned
    as they are, unless :func:`recording` is on."""
    pages = _recorder.get()
    if (model is None and pages is None) or container is None or not paragraphs:
        if pages is not None:
            pages.append([])
        return paragraphs, 0
    candidates = block_candidates(root, scan, container, parts, paragraphs, home, heading)
    if pages is not None:
        recorded = []
        body_text = "\n".join(paragraphs)
        for element, features, is_before in candidates:
            texts = [t for t in collect_paragraphs(element, scan) if t not in body_text]
            recorded.append({"features": features, "texts": texts, "before": is_before})
        pages.append(recorded)
        return paragraphs, 0
    threshold = model["threshold"]
    held: str | None = None  # the body's text: a text it holds, whole or inside a paragraph, is not added
    before: list[str] = []
    after: list[str] = []
    added = 0
    for element, features, is_before in candidates:
        if block_score(features, model) < threshold:
            continue
        if held is None:
            held = "\n".join(paragraphs)
        texts = [t for t in collect_paragraphs(element, scan) if t not in held]
        if texts:
            added += 1
            held += "\n" + "\n".join(texts)
            (before if is_before else after).extend(texts)
    if not added:
        return paragraphs, 0
    return before + paragraphs + after, added


def _region(container, home):
    """The container's ancestor ``bp.LEARNED_REGION_LEVELS`` levels up (below <body>),
    and {each ancestor on the way: its level}."""
    levels = {container: 0}
    region = container
    for level in range(1, bp.LEARNED_REGION_LEVELS + 1):
        parent = region.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        region = parent
        levels[region] = level
        if region is home:
            break
    return region, levels


class _Context:
    """What a block's ancestors (up to the region) say of it, read only for the blocks
    that are candidates, each ancestor once: (level of the innermost container ancestor,
    named like furniture, in another article, in a furniture tag, hidden)."""

    __slots__ = ("memo", "levels", "home", "named_furniture", "words")

    def __init__(self, region, levels, home, scan: PageScan):
        self.memo = {region: (levels[region], False, False, False, False)}
        self.levels, self.home = levels, home
        self.named_furniture, self.words = scan.named_furniture, scan.boilerplate_words

    def of(self, element) -> tuple:
        memo = self.memo
        chain = []
        node = element
        while node is not None and node not in memo:
            chain.append(node)
            node = node.getparent()
        state = memo[node] if node is not None else (0, False, False, False, False)
        for node in reversed(chain):
            level, named, other_article, furniture_tag, hidden = state
            hidden = hidden or is_hidden(node)
            own_level = self.levels.get(node)
            if own_level is not None:
                state = (own_level, named, other_article, furniture_tag, hidden)
            else:
                tag = node.tag
                if not named and tag in bp.BLOCK_TAGS:
                    known = self.named_furniture.get(node)
                    named = (looks_like_boilerplate(node, self.words) if known is None
                             else bool(known))
                state = (level, named, other_article or (tag == "article" and node is not self.home),
                         furniture_tag or tag in _FURNITURE_TAGS, hidden)
            memo[node] = state
        return state


def _holds_only_text(element) -> bool:
    for child in element:
        tag = child.tag
        if tag.__class__ is str and tag in bp.BLOCK_TAGS and tag != "br":
            return False
    return True


def block_candidates(root, scan: PageScan, container, parts, paragraphs: list[str],
                     home=None, heading=None) -> list[tuple]:
    """(element, :data:`FEATURES` values, comes before the body) of each candidate block
    around the body, in page order."""
    units = set(parts) if parts else set()
    units.add(container)
    region, levels = _region(container, home)
    if region is container:
        return []
    unit_parents = {unit.getparent() for unit in units}
    body_chars = sum(map(len, paragraphs)) or 1
    body_classes = None  # (tag, class) of the body's paragraphs, read at the first candidate
    text_chars, link_chars, good_chars = scan.text_chars, scan.link_chars, scan.good_chars
    unreadable = scan.skip_tags | bp.UNREADABLE_TAGS
    # 0: no headline known; 1: before it; 2: after it (the walk meets it inside the region)
    heading_state = 0
    if heading is not None:
        heading_state = 1 if is_within(heading, region) or not precedes(heading, region) else 2
    known = set(paragraphs)
    context = _Context(region, levels, home, scan)
    found: list[list] = []
    passed_body = False
    gap_before = 0
    least, block_tags = bp.LEARNED_MIN_CHARS, bp.BLOCK_TAGS
    heading_chain = set(heading.iterancestors()) if heading_state == 1 else set()
    walker = etree.iterwalk(region, events=("start",))
    for _, element in walker:
        tag = element.tag
        if tag.__class__ is not str or tag in unreadable:
            walker.skip_subtree()
            continue
        if element is heading:
            heading_state = 2
        if element in units:
            passed_body = True
            gap_before = 0
            walker.skip_subtree()  # what the rules dropped inside it they dropped by its names
            continue
        chars = text_chars.get(element, 0)
        if chars < least and tag in block_tags and element not in heading_chain:
            walker.skip_subtree()  # too little text below it for any candidate
            continue
        if tag in _BLOCK_CANDIDATES:
            walker.skip_subtree()
        elif tag in bp.PROSE_TEXT_BLOCK_TAGS and chars >= bp.LEARNED_MIN_CHARS \
                and _holds_only_text(element):
            walker.skip_subtree()
        else:
            continue
        if chars < bp.LEARNED_MIN_CHARS:
            continue
        level, named, other_article, furniture_tag, hidden = context.of(element)
        if hidden:
            continue
        if body_classes is None:
            body_classes = {(p.tag, p.get("class")) for p in container.iter("p")}
        text = collapse(element.text_content())
        if not text or text in known:
            continue
        links = link_chars.get(element, 0)
        parent = element.getparent()
        parent_chars = text_chars.get(parent, 0) or chars
        punctuation = text.count(",") + text.count(".")
        features = [
            math.log1p(chars),
            links / chars,
            1.0 if bp.SENTENCE_END.search(text) else 0.0,
            100.0 * punctuation / len(text),
            1.0 if tag == "p" else 0.0,
            1.0 if tag in _HEADINGS else 0.0,
            1.0 if tag in ("ul", "ol") else 0.0,
            0.0 if passed_body else 1.0,
            1.0 if heading_state == 2 else 0.0,
            float(level),
            1.0 if parent in unit_parents else 0.0,
            1.0 if named else 0.0,
            1.0 if is_lead(element) else 0.0,
            1.0 if other_article else 0.0,
            1.0 if furniture_tag else 0.0,
            1.0 if (tag, element.get("class")) in body_classes else 0.0,
            1.0 if good_chars.get(element, 0) > 0 else 0.0,
            link_chars.get(parent, 0) / parent_chars,
            min(chars / body_chars, 10.0),
            math.log1p(body_chars),
            0.0,
        ]
        found.append([element, features, not passed_body, gap_before])
        gap_before += 1
    # the gap: candidate blocks between a block and the body (counted from either side)
    before = [entry for entry in found if entry[2]]
    for distance, entry in enumerate(reversed(before)):
        entry[1][-1] = math.log1p(distance)
    for entry in found:
        if not entry[2]:
            entry[1][-1] = math.log1p(entry[3])
    return [(element, features, is_before) for element, features, is_before, _ in found]
