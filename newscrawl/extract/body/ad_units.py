"""Ad units set among a story's paragraphs, told by the ad network's own markup.

Google AdSense places an ad where the page writes its ad unit tag, ``<ins
class="adsbygoogle">`` (the code AdSense gives publishers to paste). A page that sets
one between its paragraphs often wraps it in a small box with the label the ad carries
("Advertisement", "Anzeige", "Reklama") and a line asking the reader to scroll on past
it, in the page's language. The box is the ad's, whatever its words: the largest element
around the unit, inside the story's container, holding at most
``bp.MAX_AD_UNIT_BOX_CHARS`` of visible text and no heading is left out of the body
(:func:`ad_unit_boxes`).
"""

from __future__ import annotations

import lxml.etree

from newscrawl.extract import boilerplate as bp

#: The visible text of an element: its text nodes outside scripts and styles (the
#: AdSense snippet's ``push`` call is a script beside the unit).
_VISIBLE_TEXT = lxml.etree.XPath(".//text()[not(parent::script or parent::style or parent::noscript)]")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def ad_unit_boxes(part) -> set:
    """The boxes of the AdSense units inside ``part`` (a block the story is read from):
    for each unit, the largest ancestor below ``part`` with at most
    ``bp.MAX_AD_UNIT_BOX_CHARS`` of visible text and no heading."""
    boxes: set = set()
    for unit in part.iter("ins"):
        if bp.AD_UNIT_CLASS not in (unit.get("class") or "").split():
            continue
        box = unit
        node = unit.getparent()
        while node is not None and node is not part:
            if _holds_heading(node) or len("".join(_VISIBLE_TEXT(node)).strip()) \
                    > bp.MAX_AD_UNIT_BOX_CHARS:
                break
            box = node
            node = node.getparent()
        boxes.add(box)
    return boxes


def _holds_heading(element) -> bool:
    if element.tag in _HEADINGS:
        return True
    for _heading in element.iter(*_HEADINGS):
        return True
    return False
