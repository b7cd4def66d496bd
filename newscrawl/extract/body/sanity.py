"""The sanity check of the chosen body: a container that is page furniture rather than a
story (a browser notice, a login prompt, a menu, a reference list) gives way to the best
alternative the page holds.

The check is structural (:func:`suspect`): the body is too short to be a story, or its
story paragraphs (sentence-like, :func:`story_chars`) are a small share of it (a menu's
or a form's short lines), or its container is a list (items, not paragraphs). A suspect
body is not rejected on that alone: most such bodies are right (a results table, a
brief, a listicle). It is replaced only when the page holds an alternative far richer
in story paragraphs (:func:`replacement`): the best container candidate other than it
(:func:`next_story`), or the page's prose blocks it did not read
(:func:`newscrawl.extract.body.prose.outside_prose`). A list container is kept and the
page's prose blocks are added around it instead
(:func:`newscrawl.extract.body.prose.around_body`): a paper's
reference list or a listicle's items come with an abstract or an introduction the
container step did not reach.
"""

from __future__ import annotations

from dataclasses import dataclass

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.ad_units import ad_unit_boxes
from newscrawl.extract.body.container import choose_container, story_parts, widen_container
from newscrawl.extract.body.names import inside_boilerplate
from newscrawl.extract.body.paragraphs import collect_paragraphs
from newscrawl.extract.body.prose import around_body, outside_prose
from newscrawl.extract.body.scan import PageScan
from newscrawl.extract.markup import is_within
from newscrawl.extract.structure import story_furniture


@dataclass(slots=True)
class Replacement:
    """What the sanity check put in place of a suspect body, and why."""

    container: object       # lxml element the story is now read from
    parts: list             # the blocks it is read from
    paragraphs: list[str]
    note: str               # for the extraction record
    rejected: object = None  # the suspect container, when another block's story replaced it


def story_chars(paragraphs) -> int:
    """Characters of the paragraphs that read like a story's: at least
    ``bp.STORY_PARAGRAPH_MIN_CHARS``, holding the end of a sentence."""
    return sum(len(text) for text in paragraphs
               if len(text) >= bp.STORY_PARAGRAPH_MIN_CHARS and bp.STORY_SENTENCE_END.search(text))


def suspect(container, paragraphs: list[str]) -> str | None:
    """Why a body read from ``container`` may be furniture rather than a story, or None:
    'a list' (the container is a list element), 'too short' (under
    ``bp.SANITY_MIN_BODY_CHARS``), 'short lines' (story paragraphs under
    ``bp.SANITY_MIN_STORY_SHARE`` of its text)."""
    if container.tag in bp.LIST_CONTAINER_TAGS:
        return "a list"
    chars = sum(map(len, paragraphs))
    if chars < bp.SANITY_MIN_BODY_CHARS:
        return "too short"
    if story_chars(paragraphs) < bp.SANITY_MIN_STORY_SHARE * chars:
        return "short lines"
    return None


def read_parts(container, scan: PageScan, home, fields, titles=()) -> tuple[list, list[str]]:
    """(the story's parts, their paragraphs) read from a chosen container: the container
    and the blocks continuing it (:func:`.container.story_parts`), the furniture
    echoing the known fields left out."""
    parts = story_parts(container, scan, ceiling=home)
    paragraphs: list[str] = []
    if parts:
        skip = story_furniture(container, scan, fields, titles)
        for part in parts:
            skip |= ad_unit_boxes(part)
            paragraphs += [p for p in collect_paragraphs(part, scan, skip, home=home)
                           if p not in paragraphs]
    return parts, paragraphs


def replacement(root, scan: PageScan, container, parts, paragraphs: list[str],
                home=None, heading=None, fields=None, titles=()) -> Replacement | None:
    """The body to read instead of a suspect one, or None (the body is kept).

    A list container is widened with the page's prose blocks around it
    (:func:`.prose.around_body`). Any other suspect body is replaced by the richer of the
    next container's story (:func:`next_story`) and the page's prose blocks the body did
    not read, when that holds at least ``bp.SANITY_MIN_ALTERNATIVE_CHARS`` of story paragraphs
    and ``bp.SANITY_MIN_GAIN`` times the body's."""
    why = suspect(container, paragraphs)
    if why is None:
        return None
    name = _name(container)
    if why == "a list":
        wider = around_body(root, scan, container, parts, paragraphs, home, heading)
        if wider is None:
            return None
        return Replacement(container, parts, wider,
                           f"{name} is a list: the page's prose blocks added around it")
    floor = max(bp.SANITY_MIN_ALTERNATIVE_CHARS, bp.SANITY_MIN_GAIN * story_chars(paragraphs))
    best: Replacement | None = None
    best_chars = floor - 1
    found = next_story(root, scan, container, home, heading, fields, titles)
    if found is not None:
        chars = story_chars(found[2])
        if chars > best_chars and suspect(found[0], found[2]) is None:
            best, best_chars = Replacement(found[0], found[1], found[2], note=(
                f"{name} reads as {why}: the next container {_name(found[0])} taken"),
                rejected=container), chars
    read = set(paragraphs)
    blocks = [(element, [text for text in texts if text not in read])
              for element, texts in outside_prose(root, scan, container, [], home, heading)]
    blocks = [(element, texts) for element, texts in blocks if texts]
    texts = list(dict.fromkeys(text for _, block_texts in blocks for text in block_texts))
    if story_chars(texts) > best_chars:
        elements = [element for element, _ in blocks]
        best = Replacement(_common_ancestor(elements), elements, texts,
                           note=f"{name} reads as {why}: the page's prose blocks taken",
                           rejected=container)
    return best


def next_story(root, scan: PageScan, failed, home=None, heading=None,
               fields=None, titles=()) -> tuple | None:
    """(container, parts, paragraphs) of the best container candidate other than
    ``failed`` and the ancestors that hold little besides it (a block inside it counts:
    a page's menu and story both inside the chosen ``<body>``), not inside a block named
    like furniture (a thread's replies), widened no higher than the block that still
    leaves ``failed`` out; None when there is none or it reads empty."""
    failed_good = scan.good_chars.get(failed, 0)
    mostly_failed = [failed] + [ancestor for ancestor in failed.iterancestors()
                                if scan.good_chars.get(ancestor, 0) < 2 * failed_good]
    container = choose_container(root, scan, home=home, heading=heading,
                                 passed_over=mostly_failed)
    if container is None or inside_boilerplate(container, scan.boilerplate_words):
        return None
    top = container
    for ancestor in container.iterancestors():
        if is_within(failed, ancestor):
            break
        top = ancestor
    ceiling = home if home is not None and is_within(container, home) and is_within(home, top) \
        else top
    container = widen_container(container, scan, ceiling=ceiling)
    parts, paragraphs = read_parts(container, scan, home, fields, titles)
    return (container, parts, paragraphs) if paragraphs else None


def _common_ancestor(elements):
    """The lowest element holding all ``elements``."""
    chain = [elements[0], *elements[0].iterancestors()]
    for ancestor in chain:
        if all(is_within(element, ancestor) for element in elements[1:]):
            return ancestor
    return chain[-1]


def _name(element) -> str:
    """tag.class of an element, as the record names it."""
    cls = (element.get("class") or "").split()
    return element.tag + (f".{cls[0]}" if cls else "")
