"""A second opinion on the body: a simpler extraction of a different kind, read when the
chosen body looks partial, and a decision between the two.

The main cascade picks a container by the scoring text of its subtree and reads its
blocks. The second opinion ignores containers: it takes the page's prose blocks
(:func:`.prose.outside_prose`: paragraph-like, ending like a sentence, few links, after
the headline, outside furniture and other stories) and keeps the densest region of
them (:func:`prose_region`): the element whose subtree holds the most prose, less a
penalty for the other text it holds (menus, teasers, comments beside the story).

It runs only when its trigger holds (:func:`partial`): the body holds a small share of
the page's scoring text, a figure the scan already has. When it does, the two are
compared (:func:`decide`): the region's paragraphs the body lacks are added around it in
document order when they are many beside the body and the body is mostly inside the
region (the story was cut into parts); the body is kept otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.container import precedes
from newscrawl.extract.body.prose import outside_prose
from newscrawl.extract.body.scan import PageScan
from newscrawl.extract.markup import is_within


@dataclass(slots=True)
class Opinion:
    """The second extraction and how it compares with the body."""

    region: object = None                            # element holding the prose region
    blocks: list = field(default_factory=list)      # (element, paragraphs) in the region
    body_chars: int = 0                              # characters of the body
    region_chars: int = 0                            # characters of the region's paragraphs
    shared_chars: int = 0                            # the body's characters the region holds too
    before: list[str] = field(default_factory=list)  # the region's new paragraphs before the body
    after: list[str] = field(default_factory=list)   # ... and after it
    gap_chars: int = 0                               # most text between the body and a new block

    @property
    def extra_chars(self) -> int:
        """Characters of the region's paragraphs the body lacks."""
        return sum(map(len, self.before)) + sum(map(len, self.after))


def partial(scan: PageScan, root, paragraphs: list[str]) -> bool:
    """True when the body holds less than ``bp.SECOND_OPINION_SHARE`` of the page's scoring
    text (the scan's figure: no extra pass)."""
    return sum(map(len, paragraphs)) < bp.SECOND_OPINION_SHARE * scan.good_chars.get(root, 0)


def prose_region(root, scan: PageScan, container, home=None, heading=None,
                 body_chars: int = 0) -> tuple[object, list]:
    """(the region, its prose blocks in document order): of the page's prose blocks
    (:func:`.prose.outside_prose`), those under the element that maximises their
    characters less ``bp.SECOND_OPINION_OTHER_PENALTY`` times the other text its subtree
    holds; (None, []) when the page has no prose block."""
    blocks = list(outside_prose(root, scan, container, [], home, heading, body_chars))
    if not blocks:
        return None, []
    prose: dict = {}
    for element, texts in blocks:
        chars = sum(map(len, texts))
        for ancestor in element.iterancestors():
            prose[ancestor] = prose.get(ancestor, 0) + chars
            if ancestor is root:
                break
    penalty = bp.SECOND_OPINION_OTHER_PENALTY
    text_chars = scan.text_chars
    region = max(prose, key=lambda element: prose[element] - penalty * max(
        0, text_chars.get(element, 0) - prose[element]))
    return region, [(element, texts) for element, texts in blocks if is_within(element, region)]


def consult(root, scan: PageScan, container, paragraphs: list[str], home=None,
            heading=None) -> Opinion | None:
    """The second opinion on a body read from ``container``, or None when the page has
    no prose region."""
    body_chars = sum(map(len, paragraphs))
    region, blocks = prose_region(root, scan, container, home, heading, body_chars)
    if region is None:
        return None
    opinion = Opinion(region=region, blocks=blocks, body_chars=body_chars)
    seen = set(paragraphs)
    body_blocks: list = []
    new_blocks: list = []
    for element, texts in blocks:
        for text in texts:
            opinion.region_chars += len(text)
            if text in seen:
                opinion.shared_chars += len(text)
                if not body_blocks or body_blocks[-1] is not element:
                    body_blocks.append(element)
                continue
            seen.add(text)
            if not new_blocks or new_blocks[-1] is not element:
                new_blocks.append(element)
            (opinion.before if precedes(element, container) else opinion.after).append(text)
    if body_blocks and new_blocks:
        opinion.gap_chars = max(_gap(region, element, body_blocks) for element in new_blocks)
    return opinion


def _gap(region, element, body_blocks) -> int:
    """Characters of text between a new block and the nearest of the body's blocks around
    it (whatever lies between that is not prose: a heading, a byline, a list of links)."""
    following = next((block for block in body_blocks if precedes(element, block)), None)
    preceding = next((block for block in reversed(body_blocks) if precedes(block, element)), None)
    gaps = [text_between(region, block, element) for block in (preceding,) if block is not None]
    gaps += [text_between(region, element, block) for block in (following,) if block is not None]
    return min(gaps) if gaps else 0


def text_between(region, first, second) -> int:
    """Characters of readable text (whitespace aside) after ``first`` ends and before
    ``second`` starts, both inside ``region`` in document order."""
    chars = 0
    after = False
    unreadable = bp.UNREADABLE_TAGS
    walker = etree.iterwalk(region, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            if element is second:
                break
            if after and element.tag.__class__ is str and element.tag not in unreadable:
                chars += len((element.text or "").strip())
        else:
            if element is first:
                after = True
            elif not after:
                continue
            chars += len((element.tail or "").strip())
    return chars


def decide(opinion: Opinion) -> str:
    """'keep' or 'union': the region's new paragraphs are added when they hold at least
    ``bp.SECOND_OPINION_MIN_EXTRA`` times the body's characters, the region holds at
    least ``bp.SECOND_OPINION_MIN_SHARED`` of the body, and no new block lies more than
    ``bp.SECOND_OPINION_MAX_GAP_CHARS`` of other text away from the body (the parts of one
    story sit apart by an image or an ad slot; a list of teasers, another post or an
    appeal after the story come after a heading, a byline, a box of links)."""
    body = max(opinion.body_chars, 1)
    if opinion.extra_chars >= bp.SECOND_OPINION_MIN_EXTRA * body \
            and opinion.shared_chars >= bp.SECOND_OPINION_MIN_SHARED * body \
            and opinion.gap_chars <= bp.SECOND_OPINION_MAX_GAP_CHARS:
        return "union"
    return "keep"


def with_second_opinion(root, scan: PageScan, container, paragraphs: list[str], home=None,
                   heading=None) -> list[str] | None:
    """The body with the second opinion's paragraphs added, or None when the body is kept
    (most pages: the trigger does not hold)."""
    if not partial(scan, root, paragraphs):
        return None
    opinion = consult(root, scan, container, paragraphs, home, heading)
    if opinion is None:
        return None
    verdict = decide(opinion)
    if verdict == "replace":
        return list(dict.fromkeys(text for _, texts in opinion.blocks for text in texts))
    if verdict == "union":
        return opinion.before + paragraphs + opinion.after
    return None
