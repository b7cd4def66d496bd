"""The article body: choose the main-content container, then read its paragraphs.

The steps, one module each, imported one way (each uses only those above it):

- :mod:`.names`: what an element's class / id words say of its role, and whether it is
  hidden;
- :mod:`.scan`: one pass over the parsed tree (never mutated) that measures the text
  of every block subtree and scores the parents and grandparents of every text block by
  the non-link text they hold;
- :mod:`.boxes`: boxes set into a story that are none of it, by their structure (a list
  of teasers, a promo box of links, a sign-up box with a field to type into);
- :mod:`.paragraphs`: a container's subtree as text blocks in reading order, skipping
  boilerplate subtrees (captions, share bars, related lists, author cards ...) and
  dropping link-dense or furniture blocks;
- :mod:`.container`: the best candidate, weighted by its names and structural signals
  (``<article>``, ``itemprop=articleBody``), widened, and the sibling blocks that
  continue it (or, in a thread, the text blocks of every post);
- :mod:`.lead`: the standfirst and the opening paragraph outside the container;
- :mod:`.prose`: the recall fallback, the page's prose blocks around a partial body;
- :mod:`.sanity`: the sanity check, the best alternative in place of a body that reads as
  furniture (a notice, a menu, a reference list);
- this module: the order of those steps (:func:`extract_body`), and last a press
  release's trailer after its end mark ("###", "-30-": the media contact, the
  "SOURCE" line) and the credit lines that close the story (a copyright notice, an
  e-mail sign-off, an agency's credit in parentheses, a line naming its sources, an
  update stamp, a release's "About <Company>" boilerplate) taken off its end, and a
  byline line among its first paragraphs and an affiliate-link disclosure opening it
  left out.

The heuristics themselves are data in :mod:`newscrawl.extract.boilerplate`.

The standfirst rule: a standfirst / dek marked up outside the text container (class
``lead``, ``standfirst``, ``summary`` ...) is the Article's ``description`` (the
extractor puts it there when the page states no description). It is also the body's
first paragraph when it runs straight into the story (:func:`.lead.lead_opens_story`):
it ends like a sentence, it is not in the ``<header>`` with the headline, and no byline,
date, lead image or caption stands between it and the text. A header's standfirst, set
apart by that furniture, stays out of ``body``, as the Zyte benchmark and the project's
blind pages label it; the Fundus and trafilatura labels keep a lead paragraph either
way. A plain paragraph right before the container is taken on the same test
(:func:`.lead.opening_paragraph`). The figures are in docs/evaluation.md ("Design
choices and their figures").

When the container reads empty (every block of it furniture) the next candidate outside
it is read (:func:`read_story`); when the markup holds next to no text and a
``<noscript>`` holds the story, the page is read again with ``<noscript>`` text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.container import choose_container, headline_heading, widen_container
from newscrawl.extract.body.lead import find_lead_element, opening_paragraph, story_lead
from newscrawl.extract.body.names import furniture_role_box, under_hiding_class
from newscrawl.extract.body.paragraphs import (split_plain_text, without_closing_credits,
                                               without_opening_byline,
                                               without_opening_disclosure,
                                               without_release_trailer, without_slot_labels,
                                               without_title_echoes)
from newscrawl.extract.body.prose import prose_fallback
from newscrawl.extract.body.sanity import read_parts, replacement
from newscrawl.extract.body.scan import PageScan, scan_page
from newscrawl.extract.markup import is_within
from newscrawl.extract.structure import KnownFields


@dataclass(slots=True)
class Body:
    """The article text as paragraphs, and the container it was read from."""

    paragraphs: list[str] = field(default_factory=list)
    node: object | None = None  # lxml element of the main-content container
    parts: int = 1              # blocks the story was read from (the container and its continuations)
    prose_added: int = 0        # paragraphs the recall fallback added from the page's prose blocks
    sanity: str = ""            # what the sanity check put in place of a suspect body, and why

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
    heading = headline_heading(root, titles, ctx.elements("h1")) if titles else None
    home = next(heading.iterancestors("article"), None) if heading is not None else None
    container, parts, paragraphs = read_story(root, scan, home, heading, fields, titles)
    if container is not None and under_hiding_class(container):
        # the best block is one the page hides by a framework's class (a browser-update
        # banner): the page scanned again without such blocks (the scan reads classes
        # only where this holds, sparing every other page the reading)
        scan = scan_page(root, live_blog=live_blog, hiding_classes=True)
        container, parts, paragraphs = read_story(root, scan, home, heading, fields, titles)
    if sum(map(len, paragraphs)) < bp.NOSCRIPT_FALLBACK_CHARS and _has_noscript_text(root):
        # a page that writes its story by script gives it to readers without script in
        # <noscript>: read that when the visible markup holds next to nothing (one story)
        scan_all = scan_page(root, live_blog=live_blog, noscript=True,
                             hiding_classes=scan.hiding_classes)
        again = read_story(root, scan_all, home, heading, fields, titles)
        if sum(map(len, again[2])) > sum(map(len, paragraphs)):
            scan = scan_all
            container, parts, paragraphs = again
    paragraphs, added = _complete(root, scan, container, parts, paragraphs, home, heading,
                                  titles, fields, with_lead)
    sanity = ""
    if paragraphs and container is not None:
        swap = replacement(root, scan, container, parts, paragraphs, home, heading, fields,
                           titles)
        if swap is not None:
            container, parts, paragraphs, sanity = (swap.container, swap.parts,
                                                    swap.paragraphs, swap.note)
            if swap.rejected is not None:  # another block's story: its lead and prose too
                paragraphs, added = _complete(root, scan, container, [*parts, swap.rejected],
                                              paragraphs, home, heading, titles, fields,
                                              with_lead)
    if not paragraphs and hint_text and hint_text.strip():
        return Body(paragraphs=split_plain_text(hint_text), node=None)
    if not paragraphs:
        return None
    paragraphs = without_opening_disclosure(without_opening_byline(without_closing_credits(
        without_release_trailer(without_slot_labels(paragraphs)), titles, container)))
    return Body(paragraphs=paragraphs, node=container, parts=len(parts), prose_added=added,
                sanity=sanity)


def _complete(root, scan: PageScan, container, parts, paragraphs: list[str], home, heading,
              titles, fields, with_lead: bool) -> tuple[list[str], int]:
    """(paragraphs, how many the recall fallback added) of the story read from
    ``container``: its opening lines repeating a title left out, its standfirst or
    opening paragraph put first, the page's prose blocks around it when it holds too
    little of the page's text (none of ``parts``, which may name a rejected block)."""
    if paragraphs and titles:
        paragraphs = without_title_echoes(paragraphs, titles)
    if paragraphs:
        names = fields.names if fields is not None else ()
        found = (find_lead_element(container) if with_lead
                 else story_lead(container, names, scan))
        if found is None:
            found = opening_paragraph(container, names, heading)
        if found is not None:
            paragraphs = [p for p in found[1] if p not in paragraphs] + paragraphs
    added = 0
    if paragraphs and container is not None:
        wider = prose_fallback(root, scan, container, parts, paragraphs, home, heading)
        if wider is not None:
            added = len(wider) - len(paragraphs)
            paragraphs = wider
    return paragraphs, added


def read_story(root, scan: PageScan, home, heading, fields, titles=()) -> tuple:
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
        box = furniture_role_box(container, heading) if container is not None else None
        if box is not None:  # a dialog, a sidebar, a footer by its ARIA role: as its tag is
            other = choose_container(root, scan, home=home, heading=heading,
                                     excluded=[*failed, box])
            if other is not None:
                container = other
        if container is not None and container.tag == "blockquote" \
                and container.getparent() is not None \
                and container.getparent().tag not in ("body", "html"):
            container = container.getparent()  # a quotation sits inside the text it is quoted in
        if container is not None:
            inside_home = home is not None and is_within(container, home)
            container = widen_container(container, scan, ceiling=home if inside_home else None,
                                        other_ratio=bp.LIVE_BLOG_WIDEN_OTHER_RATIO
                                        if scan.live_blog else bp.MAX_WIDEN_OTHER_RATIO)
        parts, paragraphs = read_parts(container, scan, home, fields, titles) if container is not None \
            else ([], [])
        if paragraphs or container is None:
            break
        failed.append(container)
    return container, parts, paragraphs


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
