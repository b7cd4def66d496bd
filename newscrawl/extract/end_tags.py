"""End tags libxml2 ignores: a ``<div>`` left open inside a furniture element.

libxml2's HTML parser follows HTML 4's end-tag priorities: an end tag may close only
elements of its own priority or lower, and an element HTML 4 does not know (``nav``,
``aside``, ``footer``, ``figure``, ``header`` ...) ranks below ``div``. So when a page
leaves a ``<div>`` open inside such an element, libxml2 ignores the element's end tag
(logging "Opening and ending tag mismatch: nav and div") and nests the rest of the
page inside it, where a browser, following the HTML5 parsing rules, closes the open
``<div>`` at the end tag and carries on after the element. These elements hold what
the body leaves out, so a story after one of them (after a menu, a figure, an aside
with a stray ``<div>``) was lost whole or from that point on.

:func:`ignored_end_tags` reads the parser's log for such end tags; :func:`close_open_divs`
writes the page's text with the open ``<div>`` end tags put before each of those end
tags, as a browser's parse would close them, for the page context to parse again.
"""

from __future__ import annotations

import re

#: Elements whose subtree the body leaves out (or reads as the page's header region),
#: whose end tag libxml2 ignores while a ``<div>`` inside them is open.
FURNITURE_END_TAGS = frozenset({"nav", "aside", "footer", "figure", "figcaption", "menu",
                                "header"})
#: The parser's message for an end tag it did not apply, and the open element it met.
_MISMATCH = "Opening and ending tag mismatch: "
_OPEN_DIV = " and div"
#: Source the tag count must not read (markup in strings), by its opening and its end.
_OPAQUE_ENDS = {"<!--": "-->", "<script": "</script", "<style": "</style"}


def ignored_end_tags(error_log) -> frozenset[str]:
    """The furniture elements whose end tag the parse left unapplied over an open
    ``<div>``, read from the parser's error log (empty for a well-formed page)."""
    names = set()
    for entry in error_log:
        message = entry.message
        if message.startswith(_MISMATCH) and message.endswith(_OPEN_DIV):
            name = message[len(_MISMATCH):-len(_OPEN_DIV)].lower()
            if name in FURNITURE_END_TAGS:
                names.add(name)
    return frozenset(names)


def _tag_pattern(names: frozenset[str]) -> re.Pattern:
    """Where a script, a style or a comment opens, or a tag of ``names`` or ``div``
    starts (its name only: the scan reads on to its ``>`` itself)."""
    alternatives = "|".join(sorted(names))
    return re.compile(rf"<!--|<script\b|<style\b|<(/?)({alternatives}|div)\b", re.IGNORECASE)


def close_open_divs(text: str, names: frozenset[str]) -> str | None:
    """The text with ``</div>`` end tags written before each end tag of ``names`` for the
    ``<div>`` elements opened inside that element and still open there (as an HTML5
    parser closes them), or None when there are none.

    The tags are counted in the source outside scripts, styles and comments (the scan
    jumps to their end, and stops where one never ends), in one pass; a ``</div>`` met
    inside the element with none of its own open closes the element too (libxml2 lets a
    ``div`` end tag close it), and a later end tag of it is left alone."""
    pattern = _tag_pattern(names)
    folded = text.lower()  # where the end of a script, style or comment is looked for
    frames: list[list] = []  # per open element of ``names``: [its tag, divs open inside]
    pieces: list[str] = []
    last = position = 0
    while (match := pattern.search(text, position)) is not None:
        tag = match.group(2)
        if tag is None:  # a script, a style or a comment: read on after its end
            closer = _OPAQUE_ENDS[match.group(0).lower()]
            end = folded.find(closer, match.end())
            if end < 0:
                break
            position = end + len(closer)
            continue
        tag_end = text.find(">", match.end())
        if tag_end < 0:
            break
        position = tag_end + 1
        tag = tag.lower()
        closing = bool(match.group(1))
        if tag == "div":
            if not frames:
                continue
            if not closing:
                if text[tag_end - 1] != "/":
                    frames[-1][1] += 1
            elif frames[-1][1]:
                frames[-1][1] -= 1
            else:
                frames.pop()
        elif not closing:
            frames.append([tag, 0])
        elif frames and frames[-1][0] == tag:
            open_divs = frames.pop()[1]
            if open_divs:
                pieces.append(text[last:match.start()])
                pieces.append("</div>" * open_divs)
                last = match.start()
    if not pieces:
        return None
    pieces.append(text[last:])
    return "".join(pieces)
