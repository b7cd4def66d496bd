"""Building blocks for site-profile field rules.

Most profile rules are plain CSS or XPath strings (see :mod:`newscrawl.extract.profiles.base`).
This module holds the few helpers that several profiles share:

* :func:`meta_content` - the XPath of a ``<meta>`` tag's content (og:title and friends),
  for sites whose visible headline is not the article's title;
* :class:`FigureMarkup` and :func:`article_images` - an ``images`` rule that reads the
  site's figures the generic way, but only inside the site's article container, without
  the site's teaser / video boxes, and with the site's own figure markup added where the
  generic figure finder does not recognise it.

All XPath is compiled once, when the profile module is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.etree

from newscrawl.model.article import Image
from newscrawl.extract import images as pictures
from newscrawl.extract import meta as meta_tags
from newscrawl.extract.markup import is_within

XPath = lxml.etree.XPath


def meta_content(*names: str) -> str:
    """XPath of the ``content`` of the first ``<meta>`` whose property or name is one of
    ``names`` (in document order), e.g. ``meta_content("og:title")``."""
    tests = " or ".join(f"@property='{n}' or @name='{n}'" for n in names)
    return f"(//meta[{tests}]/@content)[1]"


@dataclass(frozen=True)
class FigureMarkup:
    """A site's own figure markup: the element holding the image, and (relative to it)
    the caption element and, optionally, the credit element."""

    container: str
    caption: str
    credit: str | None = None

    def compiled(self) -> tuple:
        """(container, caption, credit) as compiled XPath (credit may be None)."""
        return (XPath(self.container), XPath(self.caption),
                XPath(self.credit) if self.credit else None)


def _first(xpath, node):
    found = xpath(node) if xpath is not None else []
    return found[0] if found else None


def _excluded(element, excluded: list) -> bool:
    """True when the element lies in one of the excluded subtrees (or is one)."""
    return any(is_within(element, subtree) for subtree in excluded)


def _site_figure(container, caption_xp, credit_xp, base_url: str) -> Image | None:
    """The Image of one site-specific figure (None without an image URL)."""
    caption_el = _first(caption_xp, container)
    image = pictures.figure_image(container, base_url, caption_el)
    if image is None or not image.url:
        return None
    credit_el = _first(credit_xp, container)
    if credit_el is not None:
        image.credit = pictures.clean_credit(pictures.text_of(credit_el)) or image.credit
    return image


def article_images(scope: str | None = None, skip: tuple[str, ...] = (),
                   figures: tuple[FigureMarkup, ...] = ()):
    """An ``images`` rule: the lead image (og:image) first, then the figures inside the
    first element matching ``scope`` (default: the page body) in page order.

    ``skip``: XPaths (absolute) of subtrees whose figures are not the article's (teaser
    boxes, video players, the next article of an endless page). ``figures``: the site's
    own figure markup, read in addition to the generic ``<figure>`` / caption finder.
    """
    scope_xp = XPath(scope) if scope else None
    skip_xps = [XPath(x) for x in skip]
    site_figures = [f.compiled() for f in figures]

    def images_rule(ctx) -> list[Image] | None:
        root = _first(scope_xp, ctx.tree) if scope_xp is not None else None
        root = root if root is not None else ctx.body_element
        excluded = [e for xp in skip_xps for e in xp(ctx.tree)]
        found: list[tuple[int, Image]] = []
        for container, caption_el in pictures.figure_elements(root):
            if _excluded(caption_el if caption_el is not None else container, excluded):
                continue
            image = pictures.figure_image(container, ctx.url, caption_el)
            if image is not None and image.url:
                found.append((container.sourceline or 0, image))
        for container_xp, caption_xp, credit_xp in site_figures:
            for container in container_xp(root):
                if _excluded(container, excluded):
                    continue
                image = _site_figure(container, caption_xp, credit_xp, ctx.url)
                if image is not None:
                    found.append((container.sourceline or 0, image))
        found.sort(key=lambda pair: pair[0])
        lead_url = meta_tags.image(ctx.meta)
        merged = pictures.merge_lead(lead_url, None, None, [image for _, image in found], ctx.url)
        return merged or None

    images_rule.__doc__ = f"images inside {scope or 'the body'}, skipping {list(skip)}"
    return images_rule


__all__ = ["meta_content", "FigureMarkup", "article_images"]
