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
  aside). Position is the main signal: text nodes are numbered in page order
  and candidates are ranked by their distance from the headline (the ``<h1>`` holding
  the extracted headline, wherever it sits; else the first ``<h1>``; else the top of the
  article container); a date printed above the headline
  counts a little farther than one below it, where bylines usually are. Dates inside
  long text count only at its start (a dateline), not in the middle of prose. Each kind
  of date moves it in the ranking: a date in a sentence, a caption or an embedded post,
  or labelled as an update, counts farther; one labelled as the publication nearer; one
  in a list of alike dated blocks (:func:`newscrawl.extract.markup.listed_items`) after
  all others.
- :func:`url_period`: the year (and month) a URL's path files the page under; a printed
  date before it is not the page's (:func:`within_period`).
- :func:`numeric_date_order`: the day/month order the page's own numeric dates show.

The first two give raw strings; :func:`newscrawl.extract.dates.normalise_date` reads them.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import lxml.etree

from newscrawl.extract.dates import PUBLISHED_LABEL, UPDATE_LABEL
from newscrawl.extract.markup import (h1_elements, is_masthead_h1, listed_items,
                                      outside_related, text_of)
from newscrawl.text import collapse

#: A full day in a URL path: /yyyy/mm/dd/, yyyy-mm-dd or yyyymmdd (not inside a longer number).
_URL_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])")


#: A numeric day, month and year ("25/12/2020", "12.25.20", "2-3-2021").
_NUMERIC_DAY = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:(?:19|20)\d\d|\d\d)(?![\d./-]|-\d)")
#: The most text nodes searched for numeric dates that show the page's order.
MAX_ORDER_NODES = 2000


def numeric_date_order(tree) -> str | None:
    """The order the page writes numeric dates in, when its own dates show it: 'DMY' when
    some date's first number cannot be a month ("25/12/2020") and none's second, 'MDY'
    the other way round; None when no date shows it or the page has both."""
    day_first = month_first = False
    for node in _text_nodes(tree)[:MAX_ORDER_NODES]:
        if not _DIGIT.search(node):
            continue
        for match in _NUMERIC_DAY.finditer(node):
            first, second = int(match.group(1)), int(match.group(3))
            day_first |= 12 < first <= 31 and 1 <= second <= 12
            month_first |= 12 < second <= 31 and 1 <= first <= 12
    if day_first != month_first:
        return "DMY" if day_first else "MDY"
    return None


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


#: A year, or a year and a month, as whole segments of a URL path: /2022/, /2022/08/,
#: /2022-08/, /2022_08/ (a folder of a dated archive).
_URL_PERIOD = re.compile(r"/((?:19|20)\d\d)(?:[/_-](0[1-9]|1[0-2]))?(?=/)")


def url_period(url: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) a URL's path files the page under (/2022/08/, /2022-08/,
    /2022/), or None. A page filed under a period was not published before it: a date
    printed on the page that falls earlier belongs to something else (a teaser, an event
    recalled). (It may be later: pages are updated where they were filed.)"""
    path = urlsplit(url or "").path
    match = _URL_PERIOD.search(path)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def within_period(day, period: tuple[int, int | None] | None) -> bool:
    """False when a date (or datetime) lies before the start of the (year, month) period
    by more than a day (time zones); True otherwise, or when there is no period."""
    if period is None:
        return True
    year, month = period
    start = dt.date(year, month or 1, 1) - dt.timedelta(days=1)
    day = day.date() if isinstance(day, dt.datetime) else day
    return day >= start


#: A year of the web era, as a word.
_YEAR = r"(?:19[9]\d|20\d\d)"
#: Dates as pages print them: numeric day-month-year (dots, slashes or dashes: "31.10.2023",
#: "25/12/2020", "30-12-2007"), ISO, year first with slashes or
#: dots ("2024/12/03", "2024.12.03"), East Asian ("2025年1月14日"), "2. November 2021",
#: "18 de marzo de 2020", "May 19, 2020" (month words are checked by the date parser).
_PRINTED_DATE = re.compile(
    r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:" + _YEAR + r"|\d\d)(?![\d])"
    r"|(?<![\d/])\d{1,2}/\d{1,2}/" + _YEAR + r"(?![\d])"
    r"|(?<![\d-])\d{1,2}-\d{1,2}-" + _YEAR + r"(?![\d-])"
    r"|(?<![\d-])" + _YEAR + r"-\d\d-\d\d(?![\d])"
    r"|(?<![\d/.])" + _YEAR + r"([/.])\d{1,2}\1\d{1,2}(?![\d/]|\.\d)"
    r"|(?<!\d)" + _YEAR + r"\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|(?<![\d])\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?" + _YEAR
    + r"(?![\d])"
    r"|(?<![\w])[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + _YEAR + r"(?![\d])")
_DIGIT = re.compile(r"\d")
#: What every shape of _PRINTED_DATE holds: a year (_YEAR), or a dot before the two-digit
#: year of a dotted day. A text without it holds no printed date (one cheap search spares
#: the date regex most text nodes with digits: counts, clock times, prices).
_DATE_HINT = re.compile(_YEAR + r"|\.\s?\d\d")
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
#: never elements, in a parsed HTML page: testing the parent is enough, and cheaper. The
#: parser puts ``<body>`` under ``<html>``: naming the path spares a walk of the tree.)
_VISIBLE_TEXT_NODES = lxml.etree.XPath(
    "/html/body//text()[normalize-space()][not(parent::script or parent::style "
    "or ancestor::noscript or ancestor::template)]")
#: The same on a page without ``<noscript>`` or ``<template>`` (no ancestor walks).
_BODY_TEXT_NODES = lxml.etree.XPath(
    "/html/body//text()[normalize-space()][not(parent::script or parent::style)]")


def _text_nodes(tree) -> list:
    """The visible text nodes of the page body, in document order."""
    root = tree.getroottree().getroot()
    if root is not None and next(root.iter("noscript", "template"), None) is None:
        return _BODY_TEXT_NODES(tree)
    return _VISIBLE_TEXT_NODES(tree)


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
#: A day written year first: "2024/12/03", "2024.12.03", "2025年1月14日".
_YEAR_FIRST_DAY = re.compile(r"(" + _YEAR + r")\s?[/.年]\s?(\d{1,2})\s?[/.月]\s?(\d{1,2})\s?日?")
#: A numeric day written with dashes, day or month first ("30-12-2007", "12-30-2007").
_DASHED_DAY = re.compile(r"(\d{1,2})-(\d{1,2})-(" + _YEAR + r")")


def _as_iso(day: str) -> str | None:
    """A dotted day ("31.10.2023"), a year-first day ("2024/12/03", "2025年1月14日") or a
    dashed day whose order its numbers show ("30-12-2007": no month 30) as ISO text,
    which the date normaliser reads without its natural-language parser; None when it is
    not one, impossible, or a dashed day either order could read (the normaliser decides
    those by the page's own order and its language)."""
    match = _DOTTED_DAY.fullmatch(day)
    dashed = None if match else _DASHED_DAY.fullmatch(day)
    if match:
        d, m, y = (int(g) for g in match.groups())
    elif dashed:
        first, second, y = (int(g) for g in dashed.groups())
        if first > 12 >= second:
            d, m = first, second
        elif second > 12 >= first:
            d, m = second, first
        else:
            return None
    else:
        match = _YEAR_FIRST_DAY.fullmatch(day)
        if not match:
            return None
        y, m, d = (int(g) for g in match.groups())
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


#: A text node longer than this, with at least :data:`MIN_PROSE_WORDS_BEFORE` words before
#: its date, holds the date inside a sentence ("the fair opens on 12 June 2021"): an
#: event's day, not the page's. (A dateline has a place name before it, or nothing.)
MAX_DATE_LINE_CHARS = 60
MIN_PROSE_WORDS_BEFORE = 4


def _printed_dates_placed(text: str) -> list[tuple[str, bool, int]]:
    """(raw, in_prose, start) of the dates printed in a text node (``start``: where it
    begins in the collapsed text): ``in_prose`` when the node is a sentence that mentions
    the date rather than a line that states it. The day only: a clock time printed
    beside it has no zone, and the publication day is what these last sources are for."""
    if not _DIGIT.search(text):
        return []  # (every printed date holds a digit: most text nodes are done here)
    text = collapse(text)
    if not _DATE_HINT.search(text):
        return []
    found = []
    # in prose only a date starting in its first DATELINE_START_CHARS counts: the scan
    # stops where no such date (nor the character after it) can reach
    end = len(text) if len(text) <= MAX_LINE_CHARS else DATELINE_START_CHARS + _DATE_SCAN_MARGIN
    for match in _PRINTED_DATE.finditer(text, 0, end):
        if len(text) > MAX_LINE_CHARS and match.start() > DATELINE_START_CHARS:
            break
        in_prose = (len(text) > MAX_DATE_LINE_CHARS
                    and len(text[:match.start()].split()) >= MIN_PROSE_WORDS_BEFORE)
        found.append((_as_iso(match.group()) or match.group(), in_prose, match.start()))
    return found


#: Kinds of printed date: a line stating a date; a date inside a sentence, a caption or
#: a quote (an embedded post); a date labelled as an update; a date in a list of dated
#: items (teasers of other stories, a timeline, comments); a date labelled as the
#: publication. Listed dates come after all others; the other kinds count as this many
#: text nodes farther from the headline (a labelled publication date nearer).
STATED, IN_PROSE, UPDATE, LISTED, PUBLISHED = range(5)
KIND_DISTANCE = {PUBLISHED: -10, STATED: 0, IN_PROSE: 30, UPDATE: 15}
#: Elements whose dates are not the page's: captions and quoted or embedded posts.
QUOTING_TAGS = frozenset({"figure", "figcaption", "blockquote", "q"})
#: How far up a text node's ancestors :data:`QUOTING_TAGS` are looked for.
QUOTING_DEPTH = 6
#: Characters before a date in its line (or its parent's text) searched for an update label.
LABEL_WINDOW_CHARS = 40


def _quoted(node) -> bool:
    """True when a text node sits in a caption or a quoted / embedded post."""
    element = node.getparent()
    for _ in range(QUOTING_DEPTH):
        if element is None:
            return False
        if element.tag in QUOTING_TAGS:
            return True
        element = element.getparent()
    return False


def _label_before(node, start: int) -> str:
    """The words just before a date (``start``: where it begins in the text node), where
    a label says what the date is ("Aktualisiert am", "Updated", "Published on"): the
    node's text before the date and, when that is short, the text of the line around it
    before the node (the label often sits in an element of its own)."""
    text = collapse(str(node))
    before = text[:start]
    element = node.getparent()
    for _ in range(2):
        if len(before) >= LABEL_WINDOW_CHARS or element is None:
            break
        line = collapse(element.text_content() or "")
        if len(line) > MAX_LINE_CHARS:
            break
        where = line.find(text)
        if where > 0:
            before = line[:where] + " " + before
        element = element.getparent()
    return before[-LABEL_WINDOW_CHARS:]


def visible_date_raws(tree, scope=None, headline: str | None = None) -> list[str]:
    """Dates printed on the page (and ``<time datetime>`` values anywhere in it), best
    first: nearest the headline (the h1 holding ``headline``, the extracted one, when
    given), each kind of date (:data:`STATED` .. :data:`LISTED`) counting as farther by
    :data:`KIND_DISTANCE`, listed dates last; at most :data:`MAX_VISIBLE_DATES`."""
    nodes = _text_nodes(tree)
    if not nodes:
        return []
    anchor = _anchor_index(tree, scope, nodes, headline)
    dated: list[tuple[int, int, str, bool, int, object]] = []
    low, high = max(0, anchor - MAX_NODES_ABOVE), min(len(nodes), anchor + MAX_NODES_BELOW)
    time_values = _time_values(tree)
    has_digit = _DIGIT.search
    for index in range(low, high):
        node = nodes[index]
        stated = time_values.get(node.getparent()) if time_values else None
        if stated:
            placed = [(stated, False, 0)]
        elif has_digit(node) is None:
            continue  # (no printed date: most text nodes are done here)
        else:
            placed = _printed_dates_placed(node)
        distance = index - anchor if index >= anchor else (anchor - index) * ABOVE_WEIGHT
        for order, (raw, in_prose, start) in enumerate(placed[:2]):
            dated.append((distance, order, raw, in_prose, start, node))
    if not dated:
        return []
    listed = listed_items([item[5] for item in dated], nodes[anchor].getparent())
    ranked = []
    for position, (distance, order, raw, in_prose, start, node) in enumerate(dated):
        if position in listed:
            kind = LISTED
        elif in_prose or _quoted(node):
            kind = IN_PROSE
        else:
            label = _label_before(node, start)
            kind = (UPDATE if UPDATE_LABEL.search(label)
                    else PUBLISHED if PUBLISHED_LABEL.search(label) else STATED)
        ranked.append((kind == LISTED, distance + KIND_DISTANCE.get(kind, 0), order, raw))
    ranked.sort(key=lambda item: item[:3])
    out: list[str] = []
    for _listed_last, _distance, _order, raw in ranked:
        if raw not in out:
            out.append(raw)
            if len(out) >= MAX_VISIBLE_DATES:
                break
    return out
