"""Publication dates a page states without date markup: in its URL, or printed near the headline.

These are the last sources of the publication date, read only when structured data,
meta tags and date markup in the article scope gave nothing (or only a date relative
to an unknown reading time):

- :func:`url_date_raws`: a full day in the URL path (``/2019/10/16/``, ``/2019-10-16-``,
  ``/20191016``, ``/2019/nov/16/``), a convention of blogs and news sites alike.
- :func:`visible_date_raws`: the dates printed on the page, nearest the headline first.
  Many sites print the day as plain text in a line above or below the headline or beside
  the byline ("31.10.2023", "2. November 2021", "May 19, 2020", "Datum: 22.12.2012"), or
  in a ``<time datetime>`` outside the article container (a meta block in a header or an
  aside). Dates of other calendars and conventions (Solar Hijri, the Thai Buddhist era,
  Japanese and Republic-of-China era years, Arabic month names written twice) are read
  as their Gregorian days (:mod:`newscrawl.extract.calendars`). Position is the main signal: text nodes are numbered in page order
  and candidates are ranked by their distance from the headline (the ``<h1>`` holding
  the extracted headline, wherever it sits; else the first ``<h1>`` that is not the
  site's masthead; else the ``<h2>`` / ``<h3>`` holding the headline; else the top of the
  article container); a date printed above the headline
  counts a little farther than one below it, where bylines usually are. Dates inside
  long text count only at its start (a dateline); a date a sentence mentions is no
  candidate at all, even when it is the page's only one, unless the sentence labels it
  as the publication. Each kind
  of date moves it in the ranking: a date in a caption or an embedded post,
  or labelled as an update, counts farther; one labelled as the publication nearer; one
  in a list of alike dated blocks (:func:`newscrawl.extract.markup.listed_items`) after
  all others. A ``<time datetime>`` whose own text opens with a publication label
  ("Posted: Nov 12, 2026", "Veröffentlicht am ...") comes before every date not so
  labelled, wherever it sits (a meta block after the story).
- :func:`split_date_raws`, :func:`labelled_far_date_raws`, :func:`title_date_raws`: the last
  sources, read only when every other gave no day: a date near the headline split over the
  elements of one line (day, month and year in spans of their own), a date labelled as the
  publication beyond the windows around the headline, a day the page's ``<title>`` prints.
- :func:`script_date_raws`: a publication date a page's inline scripts state under a
  key of their own (a data layer's ``"publishDate": "2024-08-26T23:27:57Z"``, an
  analytics object's ``article_publish_time: '...'``), where no structured data does.
- :func:`url_period`: the year (and month) a URL's path files the page under; a printed
  date before it is not the page's (:func:`within_period`).
- :func:`printed_day_raws`: the days printed in one given line, unranked (a MediaWiki
  footer's last edit, :mod:`newscrawl.extract.wiki_dates`).
- :func:`numeric_date_order`: the day/month order the page's own numeric dates show.
- :func:`url_country`: the country a URL's country-code domain names (whose numeric
  date order applies when the page's own dates and its language tag leave it open).

The first two give raw strings; :func:`newscrawl.extract.dates.normalise_date` reads them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from urllib.parse import urlsplit

import lxml.etree
from zoneinfo import ZoneInfo

from newscrawl.extract.calendars import NUMERIC_HINT, calendar_dates, may_hold_calendar_date
from newscrawl.extract.dates import (DATE, PUBLISHED_LABEL, UPDATE_LABEL, VIETNAMESE_MONTH_WORD,
                                     VIETNAMESE_YEAR_WORD, is_ambiguous_numeric, normalise_date)
from newscrawl.extract.markup import (MIN_LIST_ITEMS, OTHER_STORIES_NAMES, XPATH_SPACE, h1_elements,
                                      is_masthead_h1, listed_items, outside_related, text_of)
from newscrawl.text import ascii_digits, collapse

#: A full day in a URL path: /yyyy/mm/dd/, yyyy-mm-dd or yyyymmdd (not inside a longer number,
#: unless the longer number is a timestamp: yyyymmdd and the time of day, hhmm or hhmmss,
#: '/story/20071229085406...', '-20241202105634-nt.html').
#: In the slash form the day ends its path segment ('/', a file extension ending the path,
#: a ';' or ',' suffix, the end): a number that opens a slug after /yyyy/mm/
#: ('/2023/10/3-questions-for-...', '/2023/10/2.5-million-...', a month-and-name
#: permalink) is no day.
_URL_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?=/|\.[A-Za-z]{2,5}$|[;,]|$)"
    r"|(?<![\d])((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])"
    r"|(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?=(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?![\d]))")
#: A full day in a URL path with the month as an English word, /yyyy/mon/dd/ (The
#: Guardian's documented article paths, '/world/2019/nov/18/slug', and other news sites',
#: '/stories/2019/nov/19/slug', '/news/2008/January/10/slug'): the abbreviation or the
#: full name, any case; the day ends its path segment as in the slash form above.
_URL_NAMED_MONTH_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d\d)/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    r"/(\d\d?)(?=/|\.[A-Za-z]{2,5}$|[;,]|$)",
    re.IGNORECASE)
#: Month number of each English month abbreviation.
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


#: A numeric day, month and year ("25/12/2020", "12.25.20", "2-3-2021").
_NUMERIC_DAY = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:(?:19|20)\d\d|\d\d)(?![\d./-]|-\d)")
#: What every :data:`_NUMERIC_DAY` holds: a digit, a separator, a digit. A text node
#: without it is passed over by one search that skips to the digits.
_NUMERIC_DAY_HINT = re.compile(r"\d[./-]\d")
#: The most text nodes searched for numeric dates that show the page's order.
MAX_ORDER_NODES = 2000


def numeric_date_order(tree, nodes: list | None = None) -> str | None:
    """The order the page writes numeric dates in, when its own dates show it: 'DMY' when
    some date's first number cannot be a month ("25/12/2020") and none's second, 'MDY'
    the other way round; None when no date shows it or the page has both. ``nodes``: the
    page's :func:`visible_text_nodes`, when the caller has them."""
    day_first = month_first = False
    read = (visible_text_nodes(tree) if nodes is None else nodes)[:MAX_ORDER_NODES]
    # (the nodes holding a numeric date's hint, found by one pass in C)
    for node in itertools.compress(read, map(_NUMERIC_DAY_HINT.search, read)):
        for match in _NUMERIC_DAY.finditer(node):
            first, second = int(match.group(1)), int(match.group(3))
            day_first |= 12 < first <= 31 and 1 <= second <= 12
            month_first |= 12 < second <= 31 and 1 <= first <= 12
        if day_first and month_first:
            return None  # (the page has both orders: no more node can change that)
    if day_first != month_first:
        return "DMY" if day_first else "MDY"
    return None


def url_date_raws(url: str | None) -> list[str]:
    """ISO days (``2019-10-16``) stated in a URL's path, first one first (numeric forms
    before a month written as a word); impossible months or days are skipped. Read once
    per URL (several date checks of a page ask it of the page's URL and canonical link)."""
    return list(_url_date_raws(url or ""))


@lru_cache(maxsize=256)
def _url_date_raws(url: str) -> tuple[str, ...]:
    path = urlsplit(url).path
    raws: list[str] = []
    for match in _URL_DAY.finditer(path):
        groups = [g for g in match.groups() if g is not None]
        year, month, day = (int(g) for g in groups)
        if 1 <= month <= 12 and 1 <= day <= 31:
            raw = f"{year:04d}-{month:02d}-{day:02d}"
            if raw not in raws:
                raws.append(raw)
    for match in _URL_NAMED_MONTH_DAY.finditer(path):
        year, month, day = int(match[1]), _MONTH_NUMBERS[match[2][:3].lower()], int(match[3])
        if 1 <= day <= 31:
            raw = f"{year:04d}-{month:02d}-{day:02d}"
            if raw not in raws:
                raws.append(raw)
    return tuple(raws)


#: Country-code top-level domains that sites of any country register as generic names
#: (Google Search Central's list of generic country-code TLDs, "gccTLDs", which it does
#: not take to target a country): they name no country.
GENERIC_COUNTRY_CODES = frozenset({
    "ad", "as", "bz", "cc", "cd", "co", "dj", "fm", "io", "la", "me", "ms", "nu", "sc",
    "sr", "su", "tv", "tk", "ws",
    # the same use, outside that list: AI, link-shortener and gaming names
    "ai", "gg", "ly", "sh", "to"})
#: Country codes whose domain differs from the ISO 3166 region code.
_DOMAIN_REGIONS = {"uk": "gb"}


def url_country(url: str | None) -> str | None:
    """The ISO region code a URL's country-code top-level domain names ('www.iol.ie' ->
    'ie', 'bbc.co.uk' -> 'gb'); None for a generic domain (.com, .org) or a country code
    used as a generic name (:data:`GENERIC_COUNTRY_CODES`)."""
    host = (urlsplit(url or "").hostname or "").rstrip(".")
    label = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(label) != 2 or not label.isalpha() or label in GENERIC_COUNTRY_CODES:
        return None
    return _DOMAIN_REGIONS.get(label, label)


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
#: The rest of a year of the web era once its first digit is read.
_YEAR_AFTER_ITS_FIRST_DIGIT = r"(?:(?<=1)99\d|(?<=2)0\d\d)"
#: A letter of a month name: a word character that is not a digit, or a combining mark of
#: Latin (a decomposed accent) or of the Brahmic scripts (Indic, Thai, Lao, Myanmar), whose
#: month names carry vowel signs and viramas ("আগস্ট", "अगस्त"). The scan reads ASCII
#: digits only (:func:`newscrawl.text.ascii_digits`), so no digit of those blocks is left.
_MONTH_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f])"
#: The two-digit year that closes a slashed day ("2/1/23", "31/10/23", "01/02/23, 14:30"):
#: the short date of the Unicode CLDR's date formats in every locale that writes its
#: numeric dates with slashes (``M/d/yy`` of American English; ``d/M/yy`` or ``dd/MM/yy``
#: of Australian and Indian English, Spanish, Italian, European Portuguese, Greek,
#: Catalan, Indonesian, Vietnamese, Hindi, Thai), which many sites print as the story's
#: day. Not followed by another slash or a digit after a dot or colon ("1/2/23/4", a
#: version or a ratio); the day/month order is decided as for a four-digit year, and a
#: year read before :data:`newscrawl.extract.dates.EARLIEST` or in the future is no date.
_SLASHED_SHORT_YEAR = r"\d\d(?![\d/]|[.:]\d)"
#: The ordinal marks of a day other than English "st/nd/rd/th": the French first of the
#: month, "1er février 2023" (French typography writes the first day as an ordinal and
#: every other as a cardinal: the Imprimerie nationale's "Lexique des règles
#: typographiques", "le 1er mars" beside "le 2 mars"), and the ordinal indicator of the
#: first day in Portuguese, Spanish and Italian ("1º de fevereiro de 2023", as Brazil's
#: "Manual de Redação da Presidência da República" prescribes for dates; "1° febbraio
#: 2023"), written with the masculine ordinal sign or the degree sign.
_FIRST_DAY_ORDINAL = r"er|[º°]"
#: Dates as pages print them: numeric day-month-year (dots, slashes or dashes: "31.10.2023",
#: "25/12/2020", "30-12-2007"), ISO, year first with slashes or
#: dots ("2024/12/03", "2024.12.03"), East Asian ("2025年1月14日"), "2. November 2021",
#: "18 de marzo de 2020", "May 19, 2020", "2026. november 30." (month words are checked by
#: the date parser).
#: The shapes that open with a digit, as one pattern that reads that digit first (each
#: shape's test of the character before the date looks behind it): a pattern opening
#: with a character class lets the regex engine skip to the next digit, where one
#: opening with a look-behind is tried at every character. The shapes, written plainly:
#: ``(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:YEAR|\d\d)(?![\d])``,
#: ``(?<![\d/])\d{1,2}/\d{1,2}/YEAR(?![\d])``, the same with a two-digit year
#: ``(?<![\d/])\d{1,2}/\d{1,2}/\d\d(?![\d/]|[.:]\d)`` (:data:`_SLASHED_SHORT_YEAR`),
#: ``(?<![\d-])\d{1,2}-\d{1,2}-YEAR(?![\d-])``,
#: the same with the month's abbreviation, ``(?<![\d-])\d{1,2}-MONTH{3,12}\.?-YEAR(?![\d-])``
#: ("07-Oct-2020": the hyphenated date of the RFC 850 and Netscape cookie date formats,
#: ``DD-Mon-YY`` and ``DD-Mon-YYYY``, kept as the obsolete ``rfc850-date`` of HTTP in RFC
#: 9110 and read by RFC 6265's cookie-date algorithm, and the ``d-M-Y`` of PHP's ``date()``
#: format characters, which templates print; only the four-digit year is read),
#: ``(?<![\d-])YEAR-\d\d-\d\d(?![\d])``, ``(?<![\d/.])YEAR([/.])\d{1,2}\1\d{1,2}(?![\d/]|\.\d)``,
#: ``(?<!\d)YEAR\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日`` (and its Korean form
#: ``YEAR년 M월 d일``, the CLDR long date pattern of Korean, "2020년 10월 7일"),
#: ``(?<![\d])\d{1,2}(?:\.|st|nd|rd|th|ORDINAL)?\s+(?:de\s+)?MONTH{3,12}\.?,?\s+(?:de\s+)?YEAR(?![\d])``,
#: and the Hungarian order, year first with the month's name ("2026. november 30.",
#: "2026. nov. 30."): ``(?<![\d.])YEAR\.\s?MONTH{3,12}\.?\s+\d{1,2}\.(?!\d)``,
#: or with the month's number, each number followed by a dot and a space
#: ("2020. 10. 7.", "2020. 10. 07."): ``(?<![\d.])YEAR\.\s\d{1,2}\.\s\d{1,2}\.(?!\d)``,
#: the numeric date pattern of Korean (``y. M. d.``) and Hungarian (``y. MM. dd.``) in
#: the Unicode CLDR's date formats
#: (YEAR: :data:`_YEAR`; MONTH: :data:`_MONTH_LETTER`; ORDINAL: :data:`_FIRST_DAY_ORDINAL`),
#: tried in that order.
_PRINTED_DATE_FROM_DIGIT = re.compile(
    r"\d(?:"
    r"(?<![\d.]\d)\d?\.\s?\d{1,2}\.\s?(?:" + _YEAR + r"|\d\d)(?![\d])"
    r"|(?<![\d/]\d)\d?/\d{1,2}/" + _YEAR + r"(?![\d])"
    r"|(?<![\d/]\d)\d?/\d{1,2}/" + _SLASHED_SHORT_YEAR +
    r"|(?<![\d-]\d)\d?-\d{1,2}-" + _YEAR + r"(?![\d-])"
    r"|(?<![\d-]\d)\d?-" + _MONTH_LETTER + r"{3,12}\.?-" + _YEAR + r"(?![\d-])"
    r"|(?<![\d-]\d)" + _YEAR_AFTER_ITS_FIRST_DIGIT + r"-\d\d-\d\d(?![\d])"
    r"|(?<![\d/.]\d)" + _YEAR_AFTER_ITS_FIRST_DIGIT + r"([/.])\d{1,2}\1\d{1,2}(?![\d/]|\.\d)"
    r"|(?<!\d\d)" + _YEAR_AFTER_ITS_FIRST_DIGIT + r"\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
    r"|(?<![\d]\d)\d?\s+" + VIETNAMESE_MONTH_WORD + r"\s+\d{1,2},?\s+(?:"
    + VIETNAMESE_YEAR_WORD + r"\s+)?" + _YEAR + r"(?![\d])"
    r"|(?<![\d]\d)\d?(?:\.|st|nd|rd|th|" + _FIRST_DAY_ORDINAL + r")?\s+(?:de\s+)?"
    r"(?!" + VIETNAMESE_YEAR_WORD + r"\s)" + _MONTH_LETTER + r"{3,12}\.?,?\s+(?:de\s+)?"
    + _YEAR + r"(?![\d])"
    r"|(?<![\d.]\d)" + _YEAR_AFTER_ITS_FIRST_DIGIT + r"\.\s?" + _MONTH_LETTER + r"{3,12}\.?\s+\d{1,2}\.(?!\d)"
    r"|(?<![\d.]\d)" + _YEAR_AFTER_ITS_FIRST_DIGIT + r"\.\s\d{1,2}\.\s\d{1,2}\.(?!\d)"
    r")")
#: The shape that opens with the month's name: "May 19, 2020".
_PRINTED_DATE_FROM_WORD = re.compile(
    r"(?<![\w])(?!" + VIETNAMESE_MONTH_WORD + r"\s)" + _MONTH_LETTER + r"{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + _YEAR + r"(?![\d])")
_DIGIT = re.compile(r"\d")
#: What every shape of printed date holds: a year (_YEAR), or a dot or a slash before the
#: two-digit year of a dotted or slashed day. A text without it holds no printed date (one
#: cheap search spares the date regex most text nodes with digits: counts, clock times,
#: prices).
_DATE_HINT = re.compile(_YEAR + r"|\.\s?\d\d|/\d\d(?!\d)")
#: What :data:`_DATE_HINT` finds in a collapsed text, found in an ASCII text before it is
#: collapsed (a run of whitespace, not one space, may follow the dot).
_ASCII_DATE_HINT = re.compile(_YEAR + r"|\.\s*\d\d|/\d\d(?!\d)")
#: What a text node with a digit holds when :func:`_printed_dates_placed` may find a date
#: in it: a character beyond ASCII (digits and letters of other scripts: the node is read
#: in full), else a date's hint (:data:`_ASCII_DATE_HINT`) or the hint of another
#: calendar's numeric date (:data:`newscrawl.extract.calendars.NUMERIC_HINT`). A
#: plain-ASCII node with none of them (a count, a clock time, a price) is done without
#: the call.
_MAY_PRINT_DATE = re.compile(_YEAR + r"|\.\s*\d\d|/\d\d(?!\d)|" + NUMERIC_HINT + r"|[^\x00-\x7f]")
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
#: parser puts ``<body>`` under ``<html>``: naming the path spares a walk of the tree.
#: ``descendant::text()[...]`` selects what ``//text()[...]`` does in one walk, where
#: libxml2 reads ``//`` before a predicate as a child step under every node.)
_VISIBLE_TEXT_NODES = lxml.etree.XPath(
    "/html/body/descendant::text()[normalize-space()][not(parent::script or parent::style "
    "or ancestor::noscript or ancestor::template)]")
#: The same on a page whose ``<noscript>`` and ``<template>`` elements hold no text (no
#: ancestor walks).
_BODY_TEXT_NODES = lxml.etree.XPath(
    "/html/body/descendant::text()[normalize-space()][not(parent::script or parent::style)]")


def _holds_text(element) -> bool:
    """True when a non-blank text node lies inside an element (its own tail aside): what
    the ``ancestor::`` tests of :data:`_VISIBLE_TEXT_NODES` would leave out for it."""
    return any(text.strip(XPATH_SPACE) for text in element.itertext())


def visible_text_nodes(tree, unread: list | None = None) -> list:
    """The visible text nodes of the page body, in document order. Most ``<noscript>``
    elements hold only an image or a frame: when none of them (nor any ``<template>``)
    holds text, the list is read without testing every node's ancestors. ``unread``: the
    page's ``<noscript>`` and ``<template>`` elements, when the caller has them."""
    if unread is None:
        root = tree.getroottree().getroot()
        unread = list(root.iter("noscript", "template")) if root is not None else []
    if not any(map(_holds_text, unread)):
        return _BODY_TEXT_NODES(tree)
    return _VISIBLE_TEXT_NODES(tree)


#: The shortest headline matched against the page's h1 elements to find the anchor.
MIN_ANCHOR_HEADLINE_CHARS = 12


def _headline_h1s(tree, headline: str | None, h1s: list | None = None) -> list:
    """The h1 elements that hold the extracted headline, wherever they sit (a story's h1
    inside a block classed like a teaser is still the headline)."""
    if not headline or len(headline) < MIN_ANCHOR_HEADLINE_CHARS:
        return []
    return [h for h in (h1_elements(tree) if h1s is None else h1s) if headline in text_of(h)]


#: The headings below ``<h1>`` that may hold a page's headline where its h1 is the site's
#: name: WordPress's classic themes (Kubrick, the default theme before Twenty Ten, and the
#: many themes built on it) print the blog's name in an ``<h1>`` linking home on every page
#: and the post's title in an ``<h2 class="entry-title">`` or ``<h2>``; other templates of
#: that age use an ``<h3>``.
HEADLINE_SUBHEADINGS = ("h2", "h3")


def _headline_subheadings(tree, headline: str | None) -> list:
    """The first ``<h2>`` / ``<h3>`` (:data:`HEADLINE_SUBHEADINGS`) outside related blocks
    that holds the extracted headline, as a list (empty when none does)."""
    if not headline or len(headline) < MIN_ANCHOR_HEADLINE_CHARS:
        return []
    holding = (h for h in tree.iter(*HEADLINE_SUBHEADINGS) if headline in text_of(h))
    return outside_related(holding, 1)


def _anchor_index(tree, scope, nodes, headline: str | None = None, h1s: list | None = None) -> int:
    """Index of the text node where the headline starts: the h1 holding the extracted
    headline; else the first h1 that is not the site's masthead (a pop-up's or a
    banner's h1 may come first); else, when every h1 is the site's masthead (or there is
    none), the h2 or h3 holding the headline (:data:`HEADLINE_SUBHEADINGS`); else where
    the article scope starts; else 0."""
    if h1s is None:
        h1s = h1_elements(tree)
    targets = _headline_h1s(tree, headline, h1s)
    if not targets:
        unlinked = [h for h in outside_related(h1s, 4) if not is_masthead_h1(h)]
        targets = unlinked if unlinked else _headline_subheadings(tree, headline)
    if not targets and scope is not None and scope.tag not in ("body", "html"):
        targets = [scope]
    for target in targets[:1]:
        inside = set(target.iter())  # the target and its descendants (what is_within tests)
        for index, node in enumerate(nodes):
            if node.getparent() in inside:
                return index
    return 0


def _time_values(tree, times: list | None = None) -> dict:
    """{element: the datetime attribute (None when empty) of the nearest ``<time>`` that is
    the element, its parent or its grandparent}: what a text node owned by the element
    states in markup. Empty for a page without ``<time>`` elements. ``times``: the page's
    ``<time>`` elements, when the caller has them."""
    levels: tuple[dict, dict, dict] = ({}, {}, {})
    for time_element in tree.iter("time") if times is None else times:
        value = (time_element.get("datetime") or "").strip() or None
        levels[0][time_element] = value
        for child in time_element.iterchildren():
            levels[1][child] = value
            for grandchild in child.iterchildren():
                levels[2][grandchild] = value
    return {**levels[2], **levels[1], **levels[0]}  # the nearest <time> wins


#: A day written day.month.year with a four-digit year.
_DOTTED_DAY = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(" + _YEAR + r")")
#: A day written year first: "2024/12/03", "2024.12.03", "2025年1月14日", "2020. 10. 7.",
#: "2020년 10월 7일".
_YEAR_FIRST_DAY = re.compile(r"(" + _YEAR + r")\s?[/.年년]\s?(\d{1,2})\s?[/.月월]\s?(\d{1,2})\s?[日.일]?")
#: The Vietnamese day of :data:`VIETNAMESE_MONTH_WORD`: "31 thg 10, 2023",
#: "31 tháng 10 năm 2023".
_VIETNAMESE_DAY = re.compile(r"(\d{1,2})\s+" + VIETNAMESE_MONTH_WORD + r"\s+(\d{1,2}),?\s+(?:"
                             + VIETNAMESE_YEAR_WORD + r"\s+)?(" + _YEAR + r")")
#: A numeric day written with dashes, day or month first ("30-12-2007", "12-30-2007").
_DASHED_DAY = re.compile(r"(\d{1,2})-(\d{1,2})-(" + _YEAR + r")")


class _PageOrder:
    """The page's :func:`numeric_date_order`, read from its text nodes once, when a dotted
    day either order could read asks for it (most pages never do)."""

    __slots__ = ("nodes", "_order", "_read")

    def __init__(self, nodes: list | None):
        self.nodes = nodes
        self._order: str | None = None
        self._read = False

    def month_first(self) -> bool:
        """True when the page's own numeric dates show it writes the month first."""
        if not self._read:
            self._order = numeric_date_order(None, self.nodes) if self.nodes else None
            self._read = True
        return self._order == "MDY"


def _as_iso(day: str, order: _PageOrder | None = None) -> str | None:
    """A dotted day ("31.10.2023"), a year-first day ("2024/12/03", "2025年1月14日") or a
    dashed day whose order its numbers show ("30-12-2007": no month 30) as ISO text,
    which the date normaliser reads without its natural-language parser; None when it is
    not one, impossible, or a dashed day either order could read (the normaliser decides
    those by the page's own order and its language). A dotted day either order could read
    ("12.05.2014") is read day first, month first where the page's own numeric dates
    show that order (``order``, the page's; as the normaliser reads a two-digit year's
    "12.05.14")."""
    match = _DOTTED_DAY.fullmatch(day)
    dashed = None if match else _DASHED_DAY.fullmatch(day)
    if match:
        d, m, y = (int(g) for g in match.groups())
        if d != m and d <= 12 and m <= 12 and order is not None and order.month_first():
            d, m = m, d  # (some American sites print "12.05.2014" month first)
    elif dashed:
        first, second, y = (int(g) for g in dashed.groups())
        if first > 12 >= second:
            d, m = first, second
        elif second > 12 >= first:
            d, m = second, first
        else:
            return None
    elif (vietnamese := _VIETNAMESE_DAY.fullmatch(day)) is not None:
        d, m, y = (int(g) for g in vietnamese.groups())
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
#: What ends the text before a date in a meta line of items, not a sentence: a separator
#: of the line's items ("Anna Muster, Redaktion Lokales | 12.03.2021 | 14:35",
#: "Lokales · Verkehr · 12.03.2021"), which no sentence writes before a date it mentions;
#: or a dash before a date that ends the line ("Ein Beitrag der Lokalredaktion – 12.03.2021").
_ITEM_SEPARATOR_BEFORE = re.compile(r"[|·•]\s*$")
_DASH_BEFORE = re.compile(r"\s[–—-]\s*$")


#: Weekday names printed between a date and its time ("2026. november 30., hétfő 16:40",
#: "4 March 2031, Tuesday 10:30", "14 Mart 2025 Cuma 17:07"): English, German, French,
#: Spanish, Italian, Portuguese, Dutch, Hungarian, Polish, Czech, Romanian, Finnish, the
#: Scandinavian languages and Turkish (whose sites print the weekday after the date).
WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "hétfő kedd szerda csütörtök péntek szombat vasárnap "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "pondělí úterý středa čtvrtek pátek neděle "
    "luni marți miercuri joi vineri sâmbătă duminică "
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
    "måndag tisdag onsdag torsdag fredag lördag söndag "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar"
).split()
_WEEKDAY_AFTER_DATE = (r"(?:(?i:" + "|".join(sorted(set(WEEKDAY_NAMES), key=len, reverse=True))
                       + r"),?\s+)?")
#: The US and Canadian zones written in words after a time ("3:47 p.m. Central Time",
#: "7 a.m. Eastern Standard Time"), as AP style and many US papers print them, and the
#: abbreviation each stands for.
ZONE_WORDS: dict[str, str] = {"Eastern": "ET", "Central": "CT", "Mountain": "MT", "Pacific": "PT",
                              "Alaska": "AKST", "Hawaii": "HST", "Atlantic": "ADT"}
_ZONE_IN_WORDS = (r"(?:" + "|".join(ZONE_WORDS) + r")(?:\s+(?:Standard|Daylight))?\s+[Tt]ime")
#: A weekday in brackets after a date, as Japanese, Chinese and Korean print it
#: ("2026年12月3日(木)", "（四）", "(목)").
_CJK_WEEKDAY = r"(?:[(（][^\W\d_]{1,3}[)）]\s*)?"
#: The words before a clock that say morning or afternoon in Japanese ("午前" / "午後"),
#: Chinese ("上午" / "下午") and Korean ("오전" / "오후"), and whether they mean after noon.
CJK_HALF_DAYS: dict[str, bool] = {"午前": False, "午後": True, "上午": False, "下午": True,
                                  "오전": False, "오후": True}
#: The "@" some blog and event templates print between a date and its time ("22. Januar
#: 2020 @ 18:13", "Oct 13, 2020 @ 4:48 pm"): The Events Calendar (WordPress) writes its
#: default date-time separator " @ ", and several dev sites' bylines print it; read as
#: the word "at" is.
AT_SIGN_TIME = r"(?P<at_sign>@)\s*"
#: An hour printed without minutes before "a.m." / "p.m." ("Feb. 19, 2020 4 AM",
#: "June 3, 2021 7 a.m."): the AP Stylebook's form for a time on the hour ("use figures
#: ... 11 a.m.", no ":00"), which US papers print after the date. Read only with the half
#: of the day written with dots or in capitals (a bare "4" after a date is no time, and
#: "4 am" is German for "4 on the").
HOUR_ONLY_CLOCK = r"(?=\s?(?:(?i:[ap])\.\s?(?i:m)\.|[AP]M)(?!\w))"
#: A time of day printed just after a date: separators ("," "|" "-" "/"), a weekday's
#: name (:data:`WEEKDAY_NAMES`), a word that introduces a time (at, um, à, alle, ore, a
#: las, om, kl, klo, godz., às, the Romanian (la) ora, ساعت, or an "@": :data:`AT_SIGN_TIME`),
#: the clock ("12:34", "3:45 pm", "15h30", "14 h 05", "12.34 Uhr": a dot only before
#: "Uhr" / "h" or after such a word; an hour alone only before a.m. / p.m.:
#: :data:`HOUR_ONLY_CLOCK`), then an optional zone (:data:`PRINTED_ZONES`, or an offset
#: "+02:00", "GMT+2"). The words are matched in any case, the zone in upper case only.
_TIME_AFTER_DATE = re.compile(
    r"\s*(?:[,|/·•–—-]\s*)*" + _WEEKDAY_AFTER_DATE + _CJK_WEEKDAY +
    r"(?:(?P<word>(?i:at|um|à|a las|alle|ore|la ora|ora|om|kl|klo|kello|godz|às|as|o|ساعت))\.?\s+"
    r"|" + AT_SIGN_TIME + r")?"
    r"(?:(?P<cjk_half>" + "|".join(CJK_HALF_DAYS) + r")\s?)?"
    r"(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?:\s?(?P<sep>[:：])\s?|\s?(?P<h>[hH])\s?|(?P<dot>\.)|(?P<cjk>[時时시点點])\s?)"
    r"(?P<minute>[0-5]\d|(?<=[時时시点點])\d(?=[分분]))[分분]?"
    r"(?::(?P<second>[0-5]\d))?(?![\d.:]\d)"
    r"|" + HOUR_ONLY_CLOCK + r")"
    r"(?:\s?(?P<half>(?i:[ap])\.?\s?(?i:m)\.?)(?!\w))?"
    r"(?:\s?(?P<uhr>(?i:uhr|h))(?!\w))?"
    r"(?:\s?\(?(?P<zone>" + _ZONE_IN_WORDS + r"|[A-Z]{2,5}|[+-]\d\d:?\d\d|(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d\d)?)\)?(?![\w+-]))?")
#: A time of day printed just before a date ("04:30, 3 NOV 2023", "Published: 10:55 EDT,
#: 7 May 2020", "12:20pm Jan 7, 2024", "Fri 6:45 PM, Feb 16, 2018", "18:34 19.10.2019"):
#: the clock (with a colon or an "h"; a dot only before "Uhr"), an optional zone, then
#: separators, an optional connecting word ("on", "am") and an optional weekday written
#: with a comma or a dot ("Samstag,", "Sat.") up to the date.
_TIME_BEFORE_DATE = re.compile(
    r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3])(?:\s?[:：]\s?|\s?[hH]\s?|(?P<dot>\.))(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?"
    r"(?:\s?(?P<half>(?i:[ap])\.?\s?(?i:m)\.?)(?!\w))?"
    r"(?:\s?(?P<uhr>(?i:uhr|h))(?!\w))?"
    r"(?:\s?\(?(?P<zone>" + _ZONE_IN_WORDS + r"|[A-Z]{2,5}|[+-]\d\d:?\d\d)\)?)?"
    r"\s*(?:[,|/·•–—-]\s*)*(?:(?i:on|am|le|el|il)\s+)?(?:[^\W\d_]{2,10}[.,]\s+)?$")
#: Zone abbreviations printed after a time, and what they name: a fixed offset (hours)
#: or, for the abbreviations of zones with summer time, the zone itself (sites print "CET"
#: or "EST" the year round: the zone's own rules give the offset of the day). Names that
#: stand for several zones ("IST": India, Ireland, Israel; "CST": the US, China) are in
#: :data:`AMBIGUOUS_ZONES` instead.
PRINTED_ZONES: dict[str, float | str] = {
    "UTC": 0, "GMT": 0, "Z": 0,
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": -10,
    "ADT": "America/Halifax", "NST": "America/St_Johns", "NDT": "America/St_Johns",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": 3,
    "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3,
    "PKT": 5, "NPT": 5.75, "ICT": 7, "WIB": 7, "WITA": 8, "WIT": 9,
    "PHT": 8, "MYT": 8, "AWST": 8,
    "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
    "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
}
#: Zone abbreviations that stand for different zones in different countries, decided by
#: the page's country (its URL's country-code domain, else its language tag's region:
#: "il", "ie"), else by its language: "he" Israel's IST, "zh" China's CST, "bn"
#: Bangladesh's BST, and on English pages (and India's languages, for IST) what the
#: abbreviation names on the pages that print it most (the Indian press prints "IST"
#: after every time, the US press "CST", the British "BST"). Nothing decides "AST" (the
#: Atlantic or Arabia) but the country; a page whose language is not known, or whose
#: evidence decides nothing, keeps the time as wall-clock time, but for the reading
#: under ``""`` (Britain's BST, read so before Bangladesh's was known).
AMBIGUOUS_ZONES: dict[str, dict[str, str]] = {
    "IST": {"in": "Asia/Kolkata", "ie": "Europe/Dublin", "il": "Asia/Jerusalem",
            "he": "Asia/Jerusalem", "ga": "Europe/Dublin",
            **dict.fromkeys(("en", "hi", "bn", "mr", "ta", "te", "kn", "ml", "gu", "pa", "or", "as"),
                            "Asia/Kolkata")},
    "CST": {"us": "America/Chicago", "ca": "America/Winnipeg", "mx": "America/Mexico_City",
            "cu": "America/Havana", "cn": "Asia/Shanghai", "tw": "Asia/Taipei",
            "zh": "Asia/Shanghai", "en": "America/Chicago"},
    "BST": {"gb": "Europe/London", "bd": "Asia/Dhaka", "bn": "Asia/Dhaka", "": "Europe/London"},
    "AST": {"ca": "America/Halifax", "pr": "America/Puerto_Rico", "sa": "Asia/Riyadh",
            "kw": "Asia/Kuwait", "qa": "Asia/Qatar", "bh": "Asia/Bahrain", "iq": "Asia/Baghdad"},
}


def zone_evidence(country: str | None, language: str | None) -> tuple[str, ...]:
    """What decides an ambiguous zone abbreviation (:data:`AMBIGUOUS_ZONES`), best first:
    the country of the URL's domain, the region of the language tag ("en-IN" -> "in"),
    the language ("he")."""
    evidence = [country.lower()] if country else []
    if language:
        base, _, region = language.replace("_", "-").lower().partition("-")
        if len(region) == 2:
            evidence.append(region)
        evidence.append(base)
    return tuple(evidence)


def _ambiguous_zone(zone: str, evidence: tuple[str, ...]) -> str | None:
    """The IANA zone an ambiguous abbreviation names given the page's ``evidence``
    (:func:`zone_evidence`); None when nothing decides it."""
    readings = AMBIGUOUS_ZONES[zone]
    for clue in evidence:
        if clue in readings:
            return readings[clue]
    return readings.get("")


#: A date string closed by a time and a zone abbreviation that stands for several zones
#: ("December 03, 2026 06:40 pm IST", "2 Dec 2026, 19:40 (IST)"): the text up to the
#: time, and the abbreviation (a key of :data:`AMBIGUOUS_ZONES`).
_TIME_THEN_AMBIGUOUS_ZONE = re.compile(
    r"(?P<text>.*\d(?:\s?(?i:[ap])\.?\s?(?i:m)\.?)?)\s*\(?(?P<zone>"
    + "|".join(sorted(AMBIGUOUS_ZONES)) + r")\)?\s*$", re.DOTALL)


def decided_ambiguous_zone(text: str, evidence: tuple[str, ...]) -> tuple[str, str] | None:
    """(the date string without its zone, the IANA zone) for a date string whose time
    closes with an ambiguous zone abbreviation ("... 06:40 pm IST") that the page's
    ``evidence`` (:func:`zone_evidence`) decides; None otherwise (a general date parser
    would read the abbreviation one way on every page: "IST" as Israel's)."""
    if text[-4:].rstrip(" )")[-3:] not in AMBIGUOUS_ZONES:  # (most strings are done here)
        return None
    match = _TIME_THEN_AMBIGUOUS_ZONE.match(text)
    if match is None or not _CLOCK_DIGITS.search(match.group("text")[-12:]):
        return None
    zone = _ambiguous_zone(match.group("zone"), evidence)
    return (match.group("text"), zone) if zone else None


#: The abbreviations of :data:`PRINTED_ZONES` that name a zone with summer time ("CET",
#: "EST", "AEDT"): a date string closed by a time and one of them is read on the zone's
#: own rules for its day, as a time printed after a date is (:func:`with_printed_time`),
#: not on the abbreviation's fixed offset: sites print "CET" or "EST" the year round
#: (dev pages print "5:50 pm CET" in October and "08:11 CET" in April, their summer time).
SEASONAL_ZONES: dict[str, str] = {abbreviation: zone for abbreviation, zone in PRINTED_ZONES.items()
                                  if isinstance(zone, str)}
_TIME_THEN_SEASONAL_ZONE = re.compile(
    r"(?P<text>.*\d(?:\s?(?i:[ap])\.?\s?(?i:m)\.?)?)\s*\(?(?P<zone>"
    + "|".join(sorted(SEASONAL_ZONES, key=len, reverse=True)) + r")\)?\s*$", re.DOTALL)


def seasonal_zone(text: str) -> tuple[str, str] | None:
    """(the date string without its zone, the IANA zone) for a date string whose time
    closes with the abbreviation of a zone with summer time (:data:`SEASONAL_ZONES`:
    "October 23, 2025 5:50 pm CET"); None otherwise (a general date parser reads the
    abbreviation as one fixed offset whatever the season)."""
    tail = text[-6:].rstrip(" )")
    if tail[-4:] not in SEASONAL_ZONES and tail[-3:] not in SEASONAL_ZONES \
            and tail[-2:] not in SEASONAL_ZONES:  # (most strings are done here)
        return None
    match = _TIME_THEN_SEASONAL_ZONE.match(text)
    if match is None or not _CLOCK_DIGITS.search(match.group("text")[-12:]):
        return None
    return match.group("text"), SEASONAL_ZONES[match.group("zone")]


#: A clock time ("06:40", "7.40", "19h40") at the end of a date string's text.
_CLOCK_DIGITS = re.compile(r"\d[:.h]\d\d(?:\s?(?i:[ap])\.?\s?(?i:m)\.?)?$")


#: A site-wide note naming the zone of every time the site prints ("All times AEDT (GMT
#: +11)", "All times are ET", "All times listed are in PT"), as the footers of News Corp
#: Australia's mastheads and CNN's pages print it: "ll times" is searched as a literal
#: (fast), the "A" / "a" before it checked after; the zone is an abbreviation of
#: :data:`PRINTED_ZONES`. GMT or UTC may be followed by the offset of the site's clock:
#: vBulletin's footer phrase is "All times are GMT {offset}. The time now is {time}." with
#: the board's offset in hours ("GMT -5", "GMT +1", "GMT +5.5"; none for GMT itself), and
#: phpBB's "All times are UTC - 5 hours"; an offset that is no whole hour gives no zone.
_ALL_TIMES_ZONE = re.compile(r"ll times(?: listed)?(?: are)?(?: in)?\s+(?P<zone>[A-Z]{2,5})"
                             r"(?:(?<=GMT|UTC)\s?(?P<sign>[+-])\s?(?P<hours>\d{1,2})(?P<fraction>[.:]\d\d?)?)?"
                             r"(?![\w+-])")
#: How many notes are read before giving up (a page full of "all times" in prose).
MAX_ALL_TIMES_NOTES = 5


def stated_page_zone(html: str) -> str | None:
    """The zone a page says all its times are printed in (:data:`_ALL_TIMES_ZONE`): an
    IANA zone name (a zone with summer time: "AEDT" -> "Australia/Sydney", whose rules
    give each day's offset) or a fixed offset as "Etc/GMT-9" ("JST"); None when the page
    states none, or names two different zones."""
    if "ll times" not in html:  # (a plain substring test: most pages are done here)
        return None
    zones = set()
    for count, match in enumerate(_ALL_TIMES_ZONE.finditer(html)):
        if count >= MAX_ALL_TIMES_NOTES:
            break
        if html[match.start() - 1:match.start()] not in ("A", "a"):
            continue
        zone = PRINTED_ZONES.get(match.group("zone"))
        if match.group("sign"):  # GMT / UTC with an offset: a fixed clock
            if match.group("fraction") and match.group("fraction")[1:].strip("0"):
                continue
            zone = int(match.group("hours")) * (-1 if match.group("sign") == "-" else 1)
        if isinstance(zone, str):
            zones.add(zone)
        elif zone is not None and float(zone).is_integer():
            zones.add("UTC" if zone == 0 else f"Etc/GMT{-int(zone):+d}")
    return zones.pop() if len(zones) == 1 else None


#: Text after a date that is only separators: the time may be in the next text node.
_ONLY_SEPARATORS = re.compile(r"[\s,|/·•–—-]*")
#: A numeric date written with dots ("2026.11.18", "18.11.2026"), whose closing dot a
#: date shape leaves out: in CLDR's Korean, Hungarian, Croatian and Serbian short dates
#: ("y. M. d.", "d. M. y.") every part of the date, the last one too, is closed by a dot,
#: and the time follows it ("2026.11.18. 오전 9:41": Korean portals print the dots without
#: the spaces).
_DOTTED_NUMERIC_DATE = re.compile(r"\d{1,4}\.\s?\d{1,2}\.\s?\d{1,4}")
#: A clock written with a dot ("12.09") and no "Uhr" or word before it is read as a time
#: when it follows a day written with dots ("19.10.2019 12.09"): the page writes its
#: numbers the dotted way, as the CLDR time patterns of Danish ("HH.mm"), Finnish
#: ("H.mm") and Indonesian ("HH.mm") do and Austrian and German sites print beside the
#: day ("Online seit 19.10.2019, 12.09 Uhr" without its "Uhr"). Elsewhere a dotted
#: number alone is a price or a score as often as a time, and so is one whose hour has
#: one digit ("3.50"): the hour must be written with this many digits.
DOTTED_CLOCK_HOUR_DIGITS = 2
#: Characters of the next text node read for a time when the date's node ends with it.
NEXT_NODE_TIME_CHARS = 40


def printed_time(text: str, after_dotted_day: bool = False) -> tuple[int, int, int, str | None] | None:
    """(hour, minute, second, zone) of a time of day printed at the start of ``text``
    (what follows a printed date: ", 10:30", " um 14.05 Uhr", " at 5:55 AM EST",
    " | 06:46", " à 14 h 05"), in 24-hour time; ``zone`` the printed zone abbreviation
    or offset, None when none is printed. None when no time starts the text.
    A clock written with a dot and no word ("12.09") is read only ``after_dotted_day``:
    after a day written with dots, its hour in two digits (:data:`DOTTED_CLOCK_HOUR_DIGITS`)."""
    match = _TIME_AFTER_DATE.match(text)
    if match is None:
        return None
    if match.group("dot") and not (match.group("uhr") or match.group("word") or match.group("at_sign")
                                   or (after_dotted_day
                                       and len(match.group("hour")) == DOTTED_CLOCK_HOUR_DIGITS)):
        return None  # "12.34" alone is a number as often as a time
    return _clock_of(match)


def printed_time_before(text: str) -> tuple[int, int, int, str | None] | None:
    """(hour, minute, second, zone) of a time of day printed at the end of ``text`` (what
    precedes a printed date: "04:30, ", "Published: 10:55 EDT, ", "Fri 6:45 PM, "), as
    :func:`printed_time` reads one after a date; None when no time ends the text."""
    match = _TIME_BEFORE_DATE.search(text[-NEXT_NODE_TIME_CHARS:])
    if match is None or (match.group("dot") and not match.group("uhr")):
        return None
    return _clock_of(match)


def _clock_of(match) -> tuple[int, int, int, str | None] | None:
    """(hour, minute, second, zone) of a matched printed time; None for an impossible one."""
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if match.re is _TIME_AFTER_DATE and match.group("cjk_half"):
        if not 0 <= hour <= 12:
            return None  # ("午前0時" is midnight, "午後0時" noon)
        return (hour % 12 + (12 if CJK_HALF_DAYS[match.group("cjk_half")] else 0), minute,
                int(match.group("second") or 0), _known_zone(match.group("zone")))
    half = match.group("half")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half[0] in "pP" else 0)
    return hour, minute, int(match.group("second") or 0), _known_zone(match.group("zone"))


def _known_zone(zone: str | None) -> str | None:
    """A printed zone as read: None for a word that only looks like a zone (an agency's
    initials)."""
    if zone is not None and " " in zone:
        zone = ZONE_WORDS.get(zone.split()[0])  # ("Central Time": "CT")
    if zone is not None and zone[0].isalpha() and zone not in PRINTED_ZONES and zone not in AMBIGUOUS_ZONES \
            and not zone.startswith(("GMT", "UTC")):
        return None
    return zone


def _offset_text(zone: str | None, day: str, evidence: tuple[str, ...] = ()) -> str | None:
    """The ISO offset ("+01:00") a printed zone has on an ISO ``day``; "" for a zone that
    is not known (or an ambiguous one the page's ``evidence`` does not decide), None for
    no zone."""
    if zone is None:
        return None
    if zone[0] in "+-":
        return zone if ":" in zone else zone[:3] + ":" + zone[3:]
    if zone.startswith(("GMT", "UTC")) and len(zone) > 3:
        sign, rest = zone[3:].strip()[0], zone[3:].strip()[1:]
        hour_text, _, minute_text = rest.partition(":")
        if len(hour_text) > 2:
            hour_text, minute_text = hour_text[:-2], hour_text[-2:]
        return f"{sign}{int(hour_text):02d}:{int(minute_text or 0):02d}"
    named = _ambiguous_zone(zone, evidence) if zone in AMBIGUOUS_ZONES else PRINTED_ZONES.get(zone)
    if named is None:
        return ""
    hours: float
    if isinstance(named, str):
        year, month, date = (int(part) for part in day.split("-"))
        offset = dt.datetime(year, month, date, 12, tzinfo=ZoneInfo(named)).utcoffset()
        hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    else:
        hours = named
    sign = "-" if hours < 0 else "+"
    whole = abs(int(hours * 60))
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"


def with_printed_time(day: str, after: str, before: str = "", evidence: tuple[str, ...] = (),
                      dotted_day: bool = False) -> str:
    """A printed date's raw text with the time of day printed just after it (``after``:
    the text that follows the date), else just before it (``before``: the text that
    precedes it), when one is: ISO days as ``2023-11-07T10:30`` (with the offset of a
    printed zone; an ambiguous one decided by the page's ``evidence``,
    :func:`zone_evidence`), other dates as "<date> 10:30". The date alone when no time
    is printed beside it. ``dotted_day``: the date was printed with dots ("19.10.2019"),
    after which a clock written with a dot is one (:data:`DOTTED_CLOCK_HOUR_DIGITS`)."""
    found = (printed_time(after, dotted_day)
             or (printed_time_before(before) if before else None))
    if found is None:
        return day
    hour, minute, second, zone = found
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    if zone is not None and not _ISO_DAY.fullmatch(day):
        offset = _order_free_offset(zone, day, evidence) if is_ambiguous_numeric(day) else None
        if offset:  # ("4/3/2026", "15:02 (GMT+7)": the page's order reads the day, not this)
            return f"{day} {clock} {offset}"
        # the offset of a zone with summer time depends on the day: read the day first
        reading = normalise_date(day)
        if reading.value is not None and reading.precision == DATE:
            day = reading.value.date().isoformat()
    if _ISO_DAY.fullmatch(day):
        offset = _offset_text(zone, day, evidence)
        return f"{day}T{clock}{offset or ''}"
    return f"{day} {clock}"


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _order_free_offset(zone: str, day: str, evidence: tuple[str, ...] = ()) -> str | None:
    """The offset a printed zone has on a numeric ``day`` either order could read
    ("4/3/2026"), when both readings give the same one (a fixed offset, "GMT+7"; a zone
    with no change of clock between the two days); None otherwise. Such a day keeps its
    printed form, so that the normaliser reads it in the page's own order and language
    (an ISO day made here would fix the month first: Vietnamese and most other languages
    write the day first)."""
    numbers = _NUMERIC_DAY_PARTS.fullmatch(day.strip())
    if numbers is None:
        return None
    first, second, year = (int(part) for part in numbers.groups())
    year += 2000 if year < 100 else 0
    offsets = set()
    for month, date in ((second, first), (first, second)):  # (day first, month first)
        try:
            offsets.add(_offset_text(zone, dt.date(year, month, date).isoformat(), evidence))
        except ValueError:
            return None
    offset = offsets.pop() if len(offsets) == 1 else None
    return offset or None


#: A numeric day as printed, its parts split by slashes, dots or dashes ("4/3/2026", "04.03.26").
_NUMERIC_DAY_PARTS = re.compile(r"(\d{1,2})[./-]\s?(\d{1,2})[./-]\s?(\d{4}|\d{2})")


#: How many text nodes after a date's own are read for its time of day ("Jan. 28, 2020",
#: ", at", "5:55 AM" in three elements).
NEXT_NODES_FOR_TIME = 3


def _following_text(nodes, index: int) -> str:
    """The start of the text of the nodes after ``nodes[index]`` (at most
    :data:`NEXT_NODES_FOR_TIME` of them, :data:`NEXT_NODE_TIME_CHARS` characters)."""
    text = ""
    for node in nodes[index + 1:index + 1 + NEXT_NODES_FOR_TIME]:
        text += " " + str(node)[:NEXT_NODE_TIME_CHARS * 2]
        if len(text) >= NEXT_NODE_TIME_CHARS * 2:
            break
    return text


#: The directional marks the Unicode CLDR's Arabic, Persian and Urdu date patterns write
#: between a numeric date's parts ("1\u200f/2\u200f/2023", the right-to-left mark after the
#: day and the month: what ``Intl.DateTimeFormat`` and ICU print for those locales), and
#: the Arabic letter mark: invisible format characters that no date shape reads through.
_BIDI_MARK_CHARACTERS = "\u200e\u200f\u061c"
_BIDI_MARKS = dict.fromkeys(map(ord, _BIDI_MARK_CHARACTERS))


def _date_text(text: str) -> str:
    """A text as the date shapes read it: whitespace collapsed, digits of any script
    written in ASCII, directional marks (:data:`_BIDI_MARKS`) dropped. (The marks are
    looked for first, a scan in C for each: ``str.translate`` with a table looks up every
    character of the text, some hundred microseconds for a paragraph of prose beyond
    ASCII, and most such texts hold no mark.)"""
    text = ascii_digits(collapse(text))
    if text.isascii() or not any(mark in text for mark in _BIDI_MARK_CHARACTERS):
        return text
    return text.translate(_BIDI_MARKS)


def _printed_dates_placed(text: str, nodes=None, index: int = 0, evidence: tuple[str, ...] = (),
                          order: _PageOrder | None = None) -> list[tuple[str, bool, int]]:
    """(raw, in_prose, start) of the dates printed in a text node (``start``: where it
    begins in the collapsed text): ``in_prose`` when the node is a sentence that mentions
    the date rather than a line that states it. A time of day printed just after a date
    (in the node, or at the start of the next text nodes of ``nodes``, the page's text
    nodes of which ``text`` is number ``index``, when the date ends its node), else just
    before it (in the node, or at the end of the text node before, when the date starts
    its node) is kept with it (:func:`with_printed_time`): naive unless a zone is
    printed (``evidence``: what decides an ambiguous zone, :func:`zone_evidence`). The
    neighbours are read only for a date that ends or starts its node. ``order``: the
    page's order of numeric dates (:class:`_PageOrder`), for a dotted day either order
    could read."""
    if not _DIGIT.search(text):
        return []  # (every printed date holds a digit: most text nodes are done here)
    if (text.isascii() and not _ASCII_DATE_HINT.search(text)
            and not may_hold_calendar_date(text)):
        return []  # (nor a date's hint: most others are done here, their text not collapsed)
    text = _date_text(text)  # (digits of any script: "২৯ আগস্ট ২০২০" is a date)
    found = []
    for start, stop, printed in _printed_matches(text):
        if len(text) > MAX_LINE_CHARS and start > DATELINE_START_CHARS:
            break
        in_prose = (len(text) > MAX_DATE_LINE_CHARS
                    and len(text[:start].split()) >= MIN_PROSE_WORDS_BEFORE
                    and not _ITEM_SEPARATOR_BEFORE.search(text, 0, start)
                    and not (_DASH_BEFORE.search(text, 0, start) and not text[stop:].strip()))
        if text.startswith(".", stop) and _DOTTED_NUMERIC_DATE.fullmatch(printed):
            stop += 1  # (the dot that closes the date, not the end of a sentence)
        after = text[stop:stop + NEXT_NODE_TIME_CHARS]
        if nodes is not None and _ONLY_SEPARATORS.fullmatch(text, stop):
            after += ascii_digits(collapse(_following_text(nodes, index)))[:NEXT_NODE_TIME_CHARS]
        before = text[max(0, start - NEXT_NODE_TIME_CHARS):start]
        preceding = (str(nodes[index - 1])[-NEXT_NODE_TIME_CHARS * 2:]
                     if nodes is not None and index else "")
        if preceding and _ONLY_SEPARATORS.fullmatch(before):
            before = ascii_digits(collapse(preceding))[-NEXT_NODE_TIME_CHARS:] + " " + before
        day = _as_iso(printed, order) or printed
        timed = not in_prose or PUBLISHED_LABEL.search(text, max(0, start - LABEL_WINDOW_CHARS),
                                                      start) is not None
        dotted_day = _DOTTED_DAY.fullmatch(printed) is not None
        found.append((with_printed_time(day, after, before, evidence, dotted_day) if timed else day,
                      in_prose, start))
    return found


def _printed_date_spans(text: str, end: int) -> list[tuple[int, int, str]]:
    """(start, end, date text) of the printed dates of :data:`_PRINTED_DATE_FROM_DIGIT`
    and :data:`_PRINTED_DATE_FROM_WORD` in ``text[:end]``, in text order and never
    overlapping: what one pattern of all the shapes would find, scanning on from the end
    of each date found. (No place opens both kinds; where a character could, the
    digit's shapes come first, as they do in the list of shapes.)"""
    found: list[tuple[int, int, str]] = []
    by_digit = _PRINTED_DATE_FROM_DIGIT.search(text, 0, end)
    by_word = _PRINTED_DATE_FROM_WORD.search(text, 0, end)
    while True:
        if by_digit is not None and (by_word is None or by_digit.start() <= by_word.start()):
            match = by_digit
        elif by_word is not None:
            match = by_word
        else:
            return found
        found.append((match.start(), match.end(), match.group()))
        scanned = match.end()
        if by_digit is not None and by_digit.start() < scanned:
            by_digit = _PRINTED_DATE_FROM_DIGIT.search(text, scanned, end)
        if by_word is not None and by_word.start() < scanned:
            by_word = _PRINTED_DATE_FROM_WORD.search(text, scanned, end)


def _printed_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, date text) of the dates printed in a collapsed text with ASCII
    digits, in text order: the shapes of :func:`_printed_date_spans`, and the dates of other
    calendars and conventions (:func:`newscrawl.extract.calendars.calendar_dates`, as
    ISO days; where both read the same characters, the calendar's reading). In prose
    (a text longer than :data:`MAX_LINE_CHARS`) only a date starting in its first
    :data:`DATELINE_START_CHARS` counts: the scan stops where no such date (nor the
    character after it) can reach."""
    end = len(text) if len(text) <= MAX_LINE_CHARS else DATELINE_START_CHARS + _DATE_SCAN_MARGIN
    found = _printed_date_spans(text, end) if _DATE_HINT.search(text) else []
    if not may_hold_calendar_date(text):
        return found  # (no other calendar's date: most texts are done here)
    converted = calendar_dates(text[:end])
    if not converted:
        return found
    kept = [item for item in found
            if not any(start < item[1] and item[0] < stop for start, stop, _day in converted)]
    return sorted(kept + converted)


def printed_day_raws(text: str) -> list[str]:
    """The days printed in a text, in text order, as raw strings for the date normaliser
    (ISO text where :func:`_as_iso` reads the shape, else the printed words): a line read
    for its date wherever it sits, with no ranking (a footer's "last edited on ...")."""
    text = _date_text(text)
    return [_as_iso(printed) or printed for _start, _stop, printed in _printed_matches(text)]


#: Kinds of printed date: a line stating a date; a date inside a caption or a quote (an
#: embedded post; the name is older than the rule that leaves out dates inside a
#: sentence altogether); a date labelled as an update; a date in a list of dated
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


#: WordPress names the post a single page shows in the body's classes ("single
#: single-post postid-123": ``get_body_class()``, wp-includes/post-template.php) and each
#: post it prints in that post's own wrapper ("post-123 post type-post ...":
#: ``get_post_class()``, the same file; every theme's ``post_class()``). A wrapper naming
#: another post's number is another post (a related post, the "More posts" query loop of
#: a block theme, a recent-posts list): a date printed in it is that post's. The classes
#: also name the post types: ``single-<type>`` on the body, ``type-<type>`` on each
#: wrapper. A wrapper of another type is no other story but a theme builder's template
#: holding the page's own (tagDiv's ``type-tdb_templates``, Elementor's
#: ``type-elementor_library``), and is climbed past.
_WP_SHOWN_POST = re.compile(r"(?<!\S)postid-(\d+)(?!\S)")
_WP_POST_WRAPPER = re.compile(r"(?<!\S)post-(\d+)(?!\S)")
_WP_SHOWN_TYPE = re.compile(r"(?<!\S)single-(?!format-)([\w-]+)(?!\S)")
_WP_POST_TYPE = re.compile(r"(?<!\S)type-([\w-]+)(?!\S)")


def shown_wordpress_post(body) -> tuple[str, frozenset[str]] | None:
    """The number of the post a WordPress single page shows (the ``postid-N`` body class)
    and the post types the body names (``single-<type>``), or None (not such a page, or no
    ``<body>``)."""
    if body is None:
        return None
    names = body.get("class") or ""
    match = _WP_SHOWN_POST.search(names)
    return (match.group(1), frozenset(_WP_SHOWN_TYPE.findall(names))) if match else None


def in_other_wordpress_post(node, shown: tuple[str, frozenset[str]], memo: dict | None = None) -> bool:
    """True when a text node sits in the wrapper of a post other than the shown one
    (``shown``: :func:`shown_wordpress_post`): a ``post-N`` class naming another number
    (:data:`_WP_POST_WRAPPER`), on a wrapper of the shown post's type or of no stated type.

    ``memo``: a dict a caller asking about many text nodes of one page (with the same
    ``shown``) keeps for all of them: the first wrapper that decides is the same for an
    element and every element passed on the walk up to it, so each passed element's
    answer is remembered and a later walk stops where it meets one."""
    number, types = shown
    element = node.getparent()
    if element is not None and node.is_tail:  # (a tail is its element's parent's text)
        element = element.getparent()
    if element is None:
        return False
    passed: list = []
    answer = False
    for element in itertools.chain((element,), element.iterancestors()):
        if memo is not None:
            known = memo.get(element)
            if known is not None:
                answer = known
                break
            passed.append(element)
        names = element.get("class")
        if names and "post-" in names:
            match = _WP_POST_WRAPPER.search(names)
            if match:
                if match.group(1) == number:
                    break
                wrapper_types = set(_WP_POST_TYPE.findall(names))
                if not (types and wrapper_types) or wrapper_types & types:
                    answer = True  # (a template of another type is climbed past)
                    break
    if memo is not None:
        for element in passed:
            memo[element] = answer
    return answer


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
    before the node (the label often sits in an element of its own), or the term of the
    definition list value holding it (``<dt>First published</dt><dd>4 May ...</dd>``)."""
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
        if element.tag == "dd":  # (a definition list's value: its term is its label)
            term = element.getprevious()
            if term is not None and term.tag == "dt":
                before = collapse(term.text_content() or "") + " " + before
            break
        element = element.getparent()
    return before[-LABEL_WINDOW_CHARS:]


def _own_label_end(node) -> int:
    """Where the date a ``<time datetime>`` states starts in its own text: after the words
    its text opens with before the first digit or month, when those are a label
    ("Posted: Nov 12, 2026", "Veröffentlicht am 27.04.24"), so that :func:`_label_before`
    reads the label the element prints; else 0 (the text is the date alone)."""
    text = collapse(str(node))
    label = _TIME_TEXT_LABEL.match(text)
    return label.end() if label and PUBLISHED_LABEL.search(label.group()) else 0


#: The words a ``<time>`` element's text opens with before its date: up to the first
#: digit, a short label ("Posted:", "Published on", "Zuerst veröffentlicht am").
_TIME_TEXT_LABEL = re.compile(r"[^\d]{1,%d}?(?=\d|\b[^\W\d_]{3,9}\.?\s+\d)" % LABEL_WINDOW_CHARS)


def visible_date_raws(tree, scope=None, headline: str | None = None) -> list[str]:
    """Dates printed on the page (and ``<time datetime>`` values anywhere in it), best
    first: nearest the headline (the h1 holding ``headline``, the extracted one, when
    given), each kind of date (:data:`STATED` .. :data:`LISTED`) counting as farther by
    :data:`KIND_DISTANCE`, listed dates last; at most :data:`MAX_VISIBLE_DATES`."""
    return [raw for raw, _kind in visible_dates(tree, scope, headline)]


def _stated_day_with_printed_time(stated: str, node, nodes, index: int,
                                  evidence: tuple[str, ...] = ()) -> str:
    """A ``<time datetime>`` value, with the time of day printed after the element's date
    when the value is a day alone ("2014-05-14") and the element's text ends with its
    printed date, the time following it in the same text or the next text nodes
    (``<time datetime="2014-05-14">14. Mai 2014</time>, 15:40 Uhr``): the HTML standard
    lets the attribute state a date without a time, and the page prints the time beside
    it. Any other value as it is."""
    if len(stated) != 10 or not _ISO_DAY.fullmatch(stated):
        return stated
    text = _date_text(node)
    spans = _printed_matches(text) if _DIGIT.search(text) else []
    if not spans:
        return stated
    stop = spans[-1][1]
    after = text[stop:stop + NEXT_NODE_TIME_CHARS]
    if _ONLY_SEPARATORS.fullmatch(text, stop):
        after += ascii_digits(collapse(_following_text(nodes, index)))[:NEXT_NODE_TIME_CHARS]
    return with_printed_time(stated, after, evidence=evidence)


def visible_dates(tree, scope=None, headline: str | None = None,
                  h1s: list | None = None, evidence: tuple[str, ...] = (),
                  window: tuple | None = None, times: list | None = None) -> list[tuple[str, int]]:
    """(raw, kind) of :func:`visible_date_raws`' dates, in its order (the kind of a raw
    printed more than once is that of its best-ranked place). ``h1s``: the page's
    h1 elements (:func:`newscrawl.extract.markup.h1_elements`), when the caller has them;
    ``evidence``: what decides an ambiguous printed zone (:func:`zone_evidence`);
    ``window``: the page's :func:`headline_window`, when the caller has it; ``times``:
    the page's ``<time>`` elements, when the caller has them."""
    nodes, anchor = window or headline_window(tree, scope, headline, h1s)
    if not nodes:
        return []
    dated: list[tuple[int, int, str, bool, int, object, bool]] = []
    low, high = max(0, anchor - MAX_NODES_ABOVE), min(len(nodes), anchor + MAX_NODES_BELOW)
    time_values = _time_values(tree, times)
    page_order = _PageOrder(nodes)
    has_digit = _DIGIT.search
    may_print = _MAY_PRINT_DATE.search
    # (without <time> elements only the nodes with a digit are read: found by one pass in C)
    indexes = range(low, high) if time_values else itertools.compress(
        range(low, high), map(has_digit, nodes[low:high]))
    for index in indexes:
        node = nodes[index]
        stated = time_values.get(node.getparent()) if time_values else None
        if stated:
            placed = [(_stated_day_with_printed_time(stated, node, nodes, index, evidence),
                       False, _own_label_end(node))]
        elif (time_values and has_digit(node) is None) or may_print(node) is None:
            continue  # (no printed date: most text nodes are done here)
        else:
            placed = _printed_dates_placed(node, nodes, index, evidence, page_order)
        distance = index - anchor if index >= anchor else (anchor - index) * ABOVE_WEIGHT
        for order, (raw, in_prose, start) in enumerate(placed[:2]):
            dated.append((distance, order, raw, in_prose, start, node, bool(stated)))
    if dated:
        anchor_element = nodes[anchor].getparent()
        shown = shown_wordpress_post(None if anchor_element is None else
                                     next(anchor_element.iterancestors("body"), None))
        if shown is not None:  # (another post's dates are not the page's)
            in_post: dict = {}  # (the answers of in_other_wordpress_post: the nodes share wrappers)
            dated = [item for item in dated if not in_other_wordpress_post(item[5], shown, in_post)]
    if not dated:
        return []
    # (a list needs MIN_LIST_ITEMS alike blocks, each holding a dated node of its own:
    # fewer dated nodes make none, and the walks up from them are spared)
    listed = (listed_items([item[5] for item in dated], nodes[anchor].getparent())
              if len(dated) >= MIN_LIST_ITEMS else set())
    headline_side = _ancestors_of(nodes[anchor].getparent())
    named_memo: dict = {}
    ranked = []
    for position, (distance, order, raw, in_prose, start, node, in_markup) in enumerate(dated):
        if in_prose and not PUBLISHED_LABEL.search(_label_before(node, start)):
            # a date a sentence mentions (an event, a match, a period a report covers)
            # says nothing of when the page was published, even when it is the only one;
            # a sentence stating the publication ("... first published on ...") does
            continue
        if position in listed or _in_other_items_block(node, headline_side, named_memo):
            kind = LISTED
        elif _quoted(node):
            kind = IN_PROSE
        else:
            label = _label_before(node, start)
            kind = (UPDATE if UPDATE_LABEL.search(label)
                    else PUBLISHED if PUBLISHED_LABEL.search(label) else STATED)
        # (a <time datetime> printing its own publication label, "Posted: <date>", states
        # the publication twice over, in markup and in words: it comes before every
        # unlabelled date, a related story's or a caption's nearer the headline)
        labelled_time = in_markup and kind == PUBLISHED and start > 0
        ranked.append((kind == LISTED, not labelled_time, distance + KIND_DISTANCE.get(kind, 0),
                       order, raw, kind))
    ranked.sort(key=lambda item: item[:4])
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for _listed_last, _unlabelled, _distance, _order, raw, kind in ranked:
        if raw not in seen:
            seen.add(raw)
            out.append((raw, kind))
            if len(out) >= MAX_VISIBLE_DATES:
                break
    return out


def _ancestors_of(element) -> set:
    """The element and its ancestors (empty for None)."""
    return set(element.iterancestors()) | {element} if element is not None else set()


#: A block of other stories is read by the words of
#: :data:`newscrawl.extract.markup.OTHER_STORIES_NAMES`, the related-block words less the
#: comments and the news feeds: a post's own meta line names its link to the comments
#: ("commentmeta", "entry-comments-link"), and a site's feed wraps the story itself on some
#: templates; comment threads are lists of alike dated blocks
#: (:func:`newscrawl.extract.markup.listed_items`). A thread of one comment is no list:
#: the comment markup of WordPress, whole class or id words, names it instead
#: (:data:`COMMENT_THREAD_CLASSES`, :data:`COMMENT_THREAD_IDS`).
#: The class words of a comment thread and its entries in the markup WordPress prints
#: (``wp_list_comments()`` and the comments template of the theme handbook:
#: ``<div id="comments" class="comments-area">``, ``<ol class="comment-list">``, older
#: themes' ``commentlist``, ``<li id="comment-7" class="comment ...">``, ``<article
#: id="div-comment-7" class="comment-body">``), and the plain "comments" / "comment" of
#: other templates; whole words only: a post's own meta line names its link to the
#: comments with longer words ("entry-comments-link", "commentmeta").
COMMENT_THREAD_CLASSES = re.compile(
    r"(?<![\w-])(?:comments?|comments-area|comment-list|commentlist|comment-body)(?![\w-])",
    re.IGNORECASE)
COMMENT_THREAD_IDS = re.compile(r"comments|(?:div-)?comment-\d+", re.IGNORECASE)


def _in_other_items_block(node, headline_side: set, memo: dict) -> bool:
    """True when a text node sits in a block whose class or id names other stories
    (:data:`OTHER_STORIES_NAMES`) or a comment thread (:data:`COMMENT_THREAD_CLASSES`,
    :data:`COMMENT_THREAD_IDS`) that does not hold the headline (``headline_side``: the
    headline's element and its ancestors; a story's own header classed like a teaser is
    no other story's). Its date is that story's, as a date in a list of alike dated
    blocks is (:data:`LISTED`), even when the block holds one story. ``memo``: the
    answer of each element walked up, kept for the page's other nodes."""
    element = node.getparent()
    if element is not None and node.is_tail:  # (a tail is its element's parent's text)
        element = element.getparent()
    passed = []
    answer = False
    while element is not None and element.tag not in ("body", "html"):
        known = memo.get(element)
        if known is not None:
            answer = known
            break
        passed.append(element)
        if element in headline_side:
            break  # (the headline's own block, and every block above it, holds the headline)
        names = element.get("class")
        ids = element.get("id")
        if ((names and (OTHER_STORIES_NAMES.search(names) or COMMENT_THREAD_CLASSES.search(names)))
                or (ids and (OTHER_STORIES_NAMES.search(ids) or COMMENT_THREAD_IDS.fullmatch(ids)))):
            answer = True
            break
        element = element.getparent()
    for element in passed:
        memo[element] = answer
    return answer


#: The most publication-labelled dates :func:`labelled_far_date_raws` collects.
MAX_FAR_LABELLED_DATES = 6


def labelled_far_date_raws(tree, scope=None, headline: str | None = None, h1s: list | None = None,
                           evidence: tuple[str, ...] = (), window: tuple | None = None) -> list[str]:
    """Dates labelled as the publication ("Published on ...", "Veröffentlicht am ...",
    :data:`newscrawl.extract.dates.PUBLISHED_LABEL`) printed beyond the windows
    :func:`visible_dates` reads around the headline: a date line at the end of a long
    story, or above a long header. Below the window first (nearest it first), then above
    it (nearest first); dates labelled as an update, in captions or quoted posts, or in
    sentences that do not label them are none. Read only when no other source gave a
    day; at most :data:`MAX_FAR_LABELLED_DATES`, for the caller to check that there is
    one (several labelled dates are a list: comments, other posts). ``window``: the
    page's :func:`headline_window`, when the caller has it."""
    nodes, anchor = window or headline_window(tree, scope, headline, h1s)
    if not nodes:
        return []
    low, high = max(0, anchor - MAX_NODES_ABOVE), min(len(nodes), anchor + MAX_NODES_BELOW)
    found: list[str] = []
    page_order = _PageOrder(nodes)
    for index in itertools.chain(range(high, len(nodes)), range(low - 1, -1, -1)):
        node = nodes[index]
        if _DIGIT.search(node) is None:
            continue
        for raw, _in_prose, start in _printed_dates_placed(node, nodes, index, evidence,
                                                           page_order)[:2]:
            label = _label_before(node, start)
            if (PUBLISHED_LABEL.search(label) and not UPDATE_LABEL.search(label)
                    and not _quoted(node)):
                found.append(raw)
                if len(found) >= MAX_FAR_LABELLED_DATES:
                    return found
    return found


def headline_window(tree, scope=None, headline: str | None = None,
                    h1s: list | None = None, nodes: list | None = None) -> tuple[list, int]:
    """(the page's visible text nodes, the index of the headline's): what
    :func:`visible_dates` and the last sources of a day (:func:`split_date_raws`,
    :func:`labelled_far_date_raws`) read; ([], 0) for a page without text. ``nodes``: the
    page's :func:`visible_text_nodes`, when the caller has them."""
    if nodes is None:
        nodes = visible_text_nodes(tree)
    return (nodes, _anchor_index(tree, scope, nodes, headline, h1s)) if nodes else ([], 0)


#: How many ancestors of a text node are tried as the line a split date is printed in.
SPLIT_LINE_DEPTH = 3


def _split_line(node) -> tuple[str, list[str]] | None:
    """(text, parts) of the line a text node is part of, when that line may print a date
    split over several elements (day, month and year in spans of their own, "16 January"
    and "2008" as two archive links): the widest of the node's nearest
    :data:`SPLIT_LINE_DEPTH` elements whose text is a line (at most
    :data:`MAX_DATE_LINE_CHARS`) and has several text nodes, those joined by spaces
    (digits in ASCII), and the text nodes; None when there is no such line."""
    element = node.getparent()
    if node.is_tail and element is not None:
        element = element.getparent()
    best = None
    for _ in range(SPLIT_LINE_DEPTH):
        if element is None or not isinstance(element.tag, str) or element.tag in ("body", "html"):
            break
        parts = [ascii_digits(collapse(part)) for part in element.itertext()
                 if part.strip(XPATH_SPACE)]
        text = " ".join(parts)
        if len(text) > MAX_DATE_LINE_CHARS:
            break
        if len(parts) >= 2:
            best = (text, parts)
        element = element.getparent()
    return best


def split_date_raws(tree, scope=None, headline: str | None = None,
                    h1s: list | None = None, window: tuple | None = None) -> list[str]:
    """Dates printed near the headline (within the windows :func:`visible_dates` reads)
    split over several elements of one line (:func:`_split_line`: WordPress themes'
    day, month and year spans, a day and a year as two archive links), which no single
    text node holds: nearest the headline first, as :func:`visible_dates` ranks them
    (not in captions or quoted posts, nor labelled as an update); at most
    :data:`MAX_VISIBLE_DATES`. Read only when no other source gave a day. ``window``: the
    page's :func:`headline_window`, when the caller has it."""
    nodes, anchor = window or headline_window(tree, scope, headline, h1s)
    if not nodes:
        return []
    low, high = max(0, anchor - MAX_NODES_ABOVE), min(len(nodes), anchor + MAX_NODES_BELOW)
    ranked: list[tuple[int, str]] = []
    seen_lines: set[str] = set()
    for index in range(low, high):
        node = nodes[index]
        if _DIGIT.search(node) is None or _quoted(node):
            continue
        line = _split_line(node)
        if line is None or line[0] in seen_lines:
            continue
        text, parts = line
        seen_lines.add(text)
        for start, _stop, printed in _printed_matches(text):
            if (any(printed in part for part in parts)
                    or UPDATE_LABEL.search(text, max(0, start - LABEL_WINDOW_CHARS), start)):
                continue  # (a date one text node prints: read as such, or ruled out, before)
            distance = index - anchor if index >= anchor else (anchor - index) * ABOVE_WEIGHT
            ranked.append((distance, _as_iso(printed) or printed))
            break
    ranked.sort(key=lambda item: item[0])
    return list(dict.fromkeys(raw for _distance, raw in ranked))[:MAX_VISIBLE_DATES]


def title_date_raws(title: str | None) -> list[str]:
    """The days a page's ``<title>`` prints ("Story headline (15 February 2020) | Site"),
    in text order: a page names its day in its title where it prints none in its body
    (:func:`printed_day_raws`)."""
    return printed_day_raws(title) if title and _DIGIT.search(title) else []


#: A word of a script key that names the publication moment ("publishDate",
#: "pub_date", "articlePublicationTime", "datePub"), found first (a plain scan).
_PUBLICATION_WORD = re.compile(r"publish|publicat|pub_?date|date_?pub", re.IGNORECASE)
#: How far before its "pub" a publication word may start ("date_pub").
_PUB_OFFSET = len("date_")
#: How far past its "pub" a publication word may end ("pub_date"), plus one.
_PUB_REACH = len("pub_date") + 1


def _publication_words(text: str, lowered: str, first: int):
    """The matches of :data:`_PUBLICATION_WORD` in ``text`` that
    ``_PUBLICATION_WORD.finditer(text)`` gives, found from the places of "pub" in
    ``lowered`` (``text`` lower-cased, the same length; ``first``: its first "pub"): the
    regex reads a few characters around each, not the whole script, which its
    case-blind scan of a long script costs. Every match holds a "pub" (at its start or
    after "date" and an optional "_"), and two "pub" lie at least three characters apart:
    the first match at or after a place lies around the first "pub" after it, or starts
    at or after that one's third character."""
    position = 0
    found = first
    while found >= 0:
        match = _PUBLICATION_WORD.search(text, max(position, found - _PUB_OFFSET),
                                         found + _PUB_REACH)
        if match is None:
            position = found + 2
        else:
            yield match
            position = match.end()
        found = lowered.find("pub", position)


#: What may precede that word in its key (read backwards from the word).
_KEY_HEAD = re.compile(r"[\w.$-]{0,40}$")
#: The rest of the key after the word, then its ISO value with a time of day:
#: ``Date": "2024-08-26T23:27:57Z"``, ``_date':'2024-04-28 14:26'``, ``Time = "..."``.
_KEY_TAIL_VALUE = re.compile(
    r"""(?P<tail>[\w.$-]{0,30})["']?\s*[:=]\s*["'](?P<value>(?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d"""
    r"""(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)["']""")
#: Keys that also name another moment: a modification, an update, an expiry, a GMT /
#: UTC copy of a local time, a start or end, an embargo, a schedule.
_OTHER_MOMENT_KEY = re.compile(r"modif|updat|expir|gmt|utc|end|start|embargo|unpub|sched",
                               re.IGNORECASE)
#: The most characters of inline scripts searched for a publication key.
MAX_SCRIPT_CHARS = 2_000_000
#: Script types whose text is not the page's program or data (JSON-LD is read elsewhere).
_SKIPPED_SCRIPT_TYPES = ("application/ld+json", "text/template", "text/x-template")
#: An ISO value that ends in a UTC offset.
_HAS_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")


def script_date_raws(tree, scripts: list | None = None) -> list[str]:
    """ISO publication moments the page's inline scripts state under a publication key
    (a key holding :data:`_PUBLICATION_WORD` and no :data:`_OTHER_MOMENT_KEY`, whose
    value is an ISO date with a time): those with a UTC offset first (an instant), then
    naive ones, each in page order, at most :data:`MAX_VISIBLE_DATES`. The first key of a
    data layer is the page's own; lists of other stories come later in the page.
    ``scripts``: the page's ``<script>`` elements, when the caller has them."""
    exact: list[str] = []
    naive: list[str] = []
    budget = MAX_SCRIPT_CHARS
    for script in tree.iter("script") if scripts is None else scripts:
        if budget <= 0 or len(exact) >= MAX_VISIBLE_DATES:
            break
        if script.get("src") or (script.get("type") or "").strip().lower() in _SKIPPED_SCRIPT_TYPES:
            continue
        text = (script.text or "")[:budget]
        budget -= len(text)
        # every publication word holds "pub" (in any case): a script without it is done
        # after one plain search, the case-blind regex runs from there on the others
        lowered = text.lower()
        first = lowered.find("pub")
        if first < 0:
            continue
        words = (_publication_words(text, lowered, first) if len(lowered) == len(text)
                 else _PUBLICATION_WORD.finditer(text))
        for word in words:
            match = _KEY_TAIL_VALUE.match(text, word.end())
            if match is None:
                continue
            head = _KEY_HEAD.search(text, max(0, word.start() - 40), word.start())
            key = (head.group() if head else "") + word.group() + match.group("tail")
            if _OTHER_MOMENT_KEY.search(key):
                continue
            value = match.group("value")
            target = exact if _HAS_OFFSET.search(value) else naive
            if value not in target:
                target.append(value)
    return (exact + naive)[:MAX_VISIBLE_DATES]
