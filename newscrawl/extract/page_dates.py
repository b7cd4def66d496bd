"""Publication dates a page states without date markup: in its URL, or printed near the headline.

These are the last sources of the publication date, read only when structured data,
meta tags and date markup in the article scope gave nothing (or only a date relative
to an unknown reading time):

- :func:`url_date_raws`: a full day in the URL path (``/2019/10/16/``, ``/2019-10-16-``,
  ``/20191016``), a convention of blogs and news sites alike.
- :func:`visible_date_raws`: the dates printed on the page, nearest the headline first.
  Many sites print the day as plain text in a line above or below the headline or beside
  the byline ("31.10.2023", "2. November 2021", "May 19, 2020", "Datum: 22.12.2012"), or
  in a ``<time datetime>`` outside the article container (a meta block in a header or an
  aside). Position is the signal, not wording: text nodes are numbered in page order
  and candidates are ranked by their distance from the headline (the ``<h1>`` holding
  the extracted headline, wherever it sits; else the first ``<h1>``; else the top of the
  article container); a date printed above the headline
  counts a little farther than one below it, where bylines usually are. Dates inside
  long text count only at its start (a dateline), not in the middle of prose.

Both give raw strings; :func:`newscrawl.extract.dates.normalise_date` reads them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.etree

from newscrawl.extract.markup import h1_elements, is_masthead_h1, outside_related, text_of
from newscrawl.text import collapse

#: A full day in a URL path: /yyyy/mm/dd/, yyyy-mm-dd or yyyymmdd (not inside a longer number).
_URL_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])")


def url_date_raws(url: str | None) -> list[str]:
    """ISO days (``2019-10-16``) stated in a URL's path, first one first; impossible
    months or days are skipped."""
    path = urlsplit(url or "").path
    raws = []
    for match in _URL_DAY.finditer(path):
        groups = [g for g in match.groups() if g is not None]
        year, month, day = (int(g) for g in groups)
        if 1 <= month <= 12 and 1 <= day <= 31:
            raw = f"{year:04d}-{month:02d}-{day:02d}"
            if raw not in raws:
                raws.append(raw)
    return raws


#: A year of the web era, as a word.
_YEAR = r"(?:19[9]\d|20\d\d)"
#: Dates as pages print them: numeric day-month-year, ISO, "2. November 2021",
#: "18 de marzo de 2020", "May 19, 2020" (month words are checked by the date parser).
_PRINTED_DATE = re.compile(
    r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:" + _YEAR + r"|\d\d)(?![\d])"
    r"|(?<![\d/])\d{1,2}/\d{1,2}/" + _YEAR + r"(?![\d])"
    r"|(?<![\d-])" + _YEAR + r"-\d\d-\d\d(?![\d])"
    r"|(?<![\d])\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?" + _YEAR
    + r"(?![\d])"
    r"|(?<![\w])[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + _YEAR + r"(?![\d])")
_DIGIT = re.compile(r"\d")
#: How many text nodes above / below the headline a printed date may be.
MAX_NODES_ABOVE = 40
MAX_NODES_BELOW = 250
#: A date above the headline counts this many times its distance.
ABOVE_WEIGHT = 2
#: Text longer than this is prose: only a date at its very start counts.
MAX_LINE_CHARS = 160
#: Where a date must start in prose to count as its dateline.
DATELINE_START_CHARS = 40
#: Characters past DATELINE_START_CHARS read in prose: more than the longest printed date
#: and the character after it.
_DATE_SCAN_MARGIN = 100
#: The most printed dates returned (each costs a date-parser call).
MAX_VISIBLE_DATES = 4

#: The visible text nodes of the page body. (``<script>`` and ``<style>`` hold text only,
#: never elements, in a parsed HTML page: testing the parent is enough, and cheaper.)
_TEXT_NODES = lxml.etree.XPath(
    "//body//text()[normalize-space()][not(parent::script or parent::style "
    "or ancestor::noscript or ancestor::template)]")


#: The shortest headline matched against the page's h1 elements to find the anchor.
MIN_ANCHOR_HEADLINE_CHARS = 12


def _headline_h1s(tree, headline: str | None) -> list:
    """The h1 elements that hold the extracted headline, wherever they sit (a story's h1
    inside a block classed like a teaser is still the headline)."""
    if not headline or len(headline) < MIN_ANCHOR_HEADLINE_CHARS:
        return []
    return [h for h in h1_elements(tree) if headline in text_of(h)]


def _anchor_index(tree, scope, nodes, headline: str | None = None) -> int:
    """Index of the text node where the headline starts: the h1 holding the extracted
    headline; else the first h1 that is not the site's masthead (a pop-up's or a
    banner's h1 may come first); else where the article scope starts; else 0."""
    targets = (_headline_h1s(tree, headline)
               or [h for h in outside_related(h1_elements(tree), 4) if not is_masthead_h1(h)])
    if not targets and scope is not None and scope.tag not in ("body", "html"):
        targets = [scope]
    for target in targets[:1]:
        inside = set(target.iter())  # the target and its descendants (what is_within tests)
        for index, node in enumerate(nodes):
            if node.getparent() in inside:
                return index
    return 0


def _time_values(tree) -> dict:
    """{element: the datetime attribute (None when empty) of the nearest ``<time>`` that is
    the element, its parent or its grandparent}: what a text node owned by the element
    states in markup. Empty for a page without ``<time>`` elements."""
    levels: tuple[dict, dict, dict] = ({}, {}, {})
    for time_element in tree.iter("time"):
        value = (time_element.get("datetime") or "").strip() or None
        levels[0][time_element] = value
        for child in time_element.iterchildren():
            levels[1][child] = value
            for grandchild in child.iterchildren():
                levels[2][grandchild] = value
    return {**levels[2], **levels[1], **levels[0]}  # the nearest <time> wins


#: A day written day.month.year with a four-digit year.
_DOTTED_DAY = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(" + _YEAR + r")")


def _as_iso(day: str) -> str | None:
    """A dotted day ("31.10.2023") as ISO text, which the date normaliser reads without
    its natural-language parser; None when it is not one or impossible."""
    match = _DOTTED_DAY.fullmatch(day)
    if not match:
        return None
    d, m, y = (int(g) for g in match.groups())
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _printed_dates(text: str) -> list[str]:
    """The dates printed in a text node, day.month.year ones as ISO text. The day only:
    a clock time printed beside it has no zone, and the publication day is what these
    last sources are for."""
    if not _DIGIT.search(text):
        return []  # (every printed date holds a digit: most text nodes are done here)
    text = collapse(text)
    found = []
    # in prose only a date starting in its first DATELINE_START_CHARS counts: the scan
    # stops where no such date (nor the character after it) can reach
    end = len(text) if len(text) <= MAX_LINE_CHARS else DATELINE_START_CHARS + _DATE_SCAN_MARGIN
    for match in _PRINTED_DATE.finditer(text, 0, end):
        if len(text) > MAX_LINE_CHARS and match.start() > DATELINE_START_CHARS:
            break
        found.append(_as_iso(match.group()) or match.group())
    return found


def visible_date_raws(tree, scope=None, headline: str | None = None) -> list[str]:
    """Dates printed on the page (and ``<time datetime>`` values anywhere in it), nearest
    the headline first (the h1 holding ``headline``, the extracted one, when given), at
    most :data:`MAX_VISIBLE_DATES`."""
    nodes = _TEXT_NODES(tree)
    if not nodes:
        return []
    anchor = _anchor_index(tree, scope, nodes, headline)
    ranked: list[tuple[int, int, str]] = []
    low, high = max(0, anchor - MAX_NODES_ABOVE), min(len(nodes), anchor + MAX_NODES_BELOW)
    time_values = _time_values(tree)
    has_digit = _DIGIT.search
    for index in range(low, high):
        node = nodes[index]
        stated = time_values.get(node.getparent()) if time_values else None
        if stated:
            raws = [stated]
        elif has_digit(node) is None:
            continue  # (no printed date: most text nodes are done here)
        else:
            raws = _printed_dates(node)
        distance = index - anchor if index >= anchor else (anchor - index) * ABOVE_WEIGHT
        for order, raw in enumerate(raws[:2]):
            ranked.append((distance, order, raw))
    ranked.sort(key=lambda item: (item[0], item[1]))
    out: list[str] = []
    for _distance, _order, raw in ranked:
        if raw not in out:
            out.append(raw)
            if len(out) >= MAX_VISIBLE_DATES:
                break
    return out
