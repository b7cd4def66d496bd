"""The one date normaliser: any date a page, feed or profile gives -> aware UTC datetime.

``normalise_date(raw, language=, timezone=, reference=)`` is used by the extractor and
by the dates pipeline, so every date in the dataset is read the same way. It returns a
:class:`NormalisedDate` holding the raw value, the value (an aware ``datetime`` in UTC,
or None), its precision and, when there is no value, the reason.

Parsers are tried in order, cheapest first (:data:`_PARSERS`):

1. unix epochs (seconds or milliseconds, as numbers or digit strings: JSON-LD);
2. ISO 8601 through ``datetime.fromisoformat`` (``2025-02-27T01:17+02:00``, ``...Z``,
   ``2024-04-24 15:47:42.389000+00:00``, basic ``20250227T011700Z``, date only);
3. RFC 2822 as in feeds (``Thu, 27 Feb 2025 01:17:00 +0200``) through ``email.utils``;
4. dates of other calendars and conventions (:mod:`newscrawl.extract.calendars`: Solar
   Hijri, the Thai Buddhist era, Japanese and Republic-of-China era years, Arabic month
   names written twice), as their Gregorian day;
5. dateparser for everything else (month names in any language, relative dates),
   with the page language as a hint (retried without it when the hint fails, unless
   :mod:`newscrawl.extract.date_screen` shows that no locale can read the string, or
   none but the hint's own locales, which have just read nothing); the hint's parser
   is not asked a string the screen shows none of its locales can read.

Precision values (also documented on ``Article.published_precision``):

``exact``
    The string carried a UTC offset or zone name (or was an epoch): the instant is known.
``site-tz``
    A naive wall-clock time read in the site profile's IANA timezone (``timezone=``).
``naive``
    A naive wall-clock time with no timezone known: kept as wall-clock time and stored
    as if it were UTC. Flagged, because it may be off by the site's UTC offset.
``date``
    A date without a time of day (or only a month / year): midnight UTC of that date.
``relative``
    A date given relative to the reading ('2 hours ago', 'vor 3 Stunden', '2時間前',
    'yesterday', a day without a year, a time without a day), anchored at
    ``reference`` (the fetch time; now when absent) in the site's timezone when known.

Impossible dates are rejected (value None, ``error`` says why, ``raw`` kept): dates
before 1990, dates more than a day after ``reference`` (or now), and strings no
parser understands ('0000-00-00', year 99999, junk); so is a day followed straight by
its year ('11th 2009', the month left in another element), which a parser would complete
with a month of its own. Labels such as 'Published:', 'Updated', 'Aktualisiert am' are
trimmed before parsing (:data:`LABEL_PREFIXES`).
A numeric date whose day/month order is ambiguous ('06/01/2026') is read in the order of
the language's region when the tag names one (English is month first in the US, day
first in 'en-GB', 'en-AU', 'en-IN' ...), else in the language's order, unless ``order=``
names one (the order the page's own dates show); a reading that lies in the future is
read in the other order.

The function never raises, whatever it is given (any type, megabyte strings: strings
longer than :data:`MAX_DATE_CHARS` after trimming are rejected unread).

dateparser objects are built once per language hint and cached: the first dateparser
call in a process loads locale data and is slow, later ones are cheap. Relative dates
are detected cheaply: the cached parser reads every string against a fixed anchor in
:data:`_ANCHOR_YEAR`, far after any acceptable date; a result that lands near the
anchor depended on it, so the string is read again against the real reference. (The
anchor lies in the future, not the past, so that two-digit years, which dateparser
moves a century back when they would fall after its base, are read as usual.)
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from dataclasses import dataclass, replace
from typing import Callable
from zoneinfo import ZoneInfo

from newscrawl.extract import date_screen
from newscrawl.extract.calendars import SOLAR_HIJRI_YEARS, calendar_dates
from newscrawl.text import ascii_digits, collapse

#: The precision values a NormalisedDate can carry, most exact first.
EXACT, SITE_TZ, NAIVE, DATE, RELATIVE = "exact", "site-tz", "naive", "date", "relative"
PRECISIONS = (EXACT, SITE_TZ, NAIVE, DATE, RELATIVE)

#: Longest date string (after whitespace collapsing and label trimming) that is parsed.
MAX_DATE_CHARS = 200
#: Characters of a raw value looked at at all (bigger inputs are cut before cleaning).
_MAX_SCAN_CHARS = 4 * MAX_DATE_CHARS

#: Earliest acceptable date: news pages on the web start in the 1990s.
EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc)
#: How far past the reference (fetch time) a date may lie: clocks and zones disagree.
FUTURE_TOLERANCE = dt.timedelta(days=1)

UTC = dt.timezone.utc

#: Labels trimmed from the start of a date string, tried as one case-insensitive
#: alternation (longer forms first). Each may be followed by ':' or a dash.
LABEL_PREFIXES: tuple[str, ...] = (
    # English
    r"first published(?: on| at)?", r"last updated(?: on| at)?", r"last modified(?: on)?",
    r"published(?: on| at)?", r"posted(?: on| at)?", r"updated(?: on| at)?",
    r"modified(?: on)?", r"created(?: on)?", r"date(?: published| modified)?", r"on",
    # German
    r"zuletzt aktualisiert(?: am)?", r"aktualisiert(?: am)?",
    r"zuerst veröffentlicht(?: am)?", r"veröffentlicht(?: am)?", r"erschienen(?: am)?",
    # "Publiziert" (published, beside "Veröffentlicht": "Publiziert: 08.12.2022, 14:13",
    # "Publiziert vor einer Stunde"; already a publication word of PUBLISHED_LABEL, so a
    # date after it was found but not read)
    r"publiziert(?: am| um)?",
    r"erstellt(?: am)?", r"geschrieben(?: am)?", r"stand(?: vom)?", r"am",
    # Ukrainian / Russian
    r"дата публікації", r"опубліковано", r"оновлено", r"дата публикации",
    r"опубликовано", r"обновлено",
    # French / Spanish / Italian / Portuguese / Polish / Dutch
    # French "Mis en ligne le" (put online on: "mettre en ligne" is the French for
    # publishing on the web) and "Modifié le" (modified on), the French of the English labels
    r"publié(?:e)?(?: le)?", r"mis(?:e)? en ligne(?: le)?", r"mis(?:e)? à jour(?: le)?",
    r"modifié(?:e)?(?: le)?", r"publicado(?: el| em)?",
    r"actualizado(?: el)?", r"atualizado(?: em)?", r"pubblicato(?: il)?",
    r"aggiornato(?: il)?", r"opublikowano", r"aktualizacja", r"gepubliceerd(?: op)?",
    # Dutch "Geplaatst op" ("Posted on": WordPress's Dutch translation of its themes' meta
    # line "Posted on %s by %s", "Geplaatst op %s door %s")
    r"geplaatst(?: op)?", r"bijgewerkt(?: op)?",
    # Czech / Slovak: "Publikováno" / "Publikované" (published), "Aktualizováno" /
    # "Aktualizované" (updated), "Vydáno" (issued)
    r"publikováno", r"publikované", r"aktualizováno", r"aktualizované", r"vydáno",
    # Scandinavian / Finnish
    r"publicerad", r"uppdaterad", r"publisert", r"oppdatert", r"udgivet", r"opdateret",
    r"julkaistu", r"päivitetty",
    # Japanese / Chinese
    r"公開日", r"更新日", r"掲載日", r"发布时间", r"更新时间", r"發佈時間",
    # Korean: the press's "입력" / "기사입력" (entered), "등록" (registered) and "수정"
    # (revised) before the article's times ("입력 2024.03.05 10:12")
    r"기사입력", r"입력", r"등록", r"최종\s?수정", r"수정",
)

#: Words that mark a printed date as the publication time: looked for just before a date
#: printed on the page (:mod:`newscrawl.extract.page_dates`).
PUBLISHED_LABEL = re.compile(
    r"(?<!\w)(?:published|posted|first published|veröffentlicht|erschienen|publiziert|"
    r"publié(?:e)?|mis(?:e)? en ligne|publicado|pubblicato|opublikowano|gepubliceerd|geplaatst|publicerad|publisert|"
    r"udgivet|julkaistu|publikováno|publikované|vydáno|опубліковано|опубликовано|公開日|掲載日|发布时间|發佈時間|"
    r"기사입력|입력|등록)(?!\w)",
    re.IGNORECASE)
#: Words that mark a printed date as an update time, not the publication: looked for
#: just before a date printed on the page (:mod:`newscrawl.extract.page_dates`).
UPDATE_LABEL = re.compile(
    r"(?<!\w)(?:updated?|last (?:updated|modified|edited)|modified|aktualisiert|akt\.|"
    r"zuletzt|ge(?:ä|ae)ndert|letzte (?:ä|ae)nderung|mis(?:e)? à jour|modifié(?:e)?|actualizado|"
    r"atualizado|aggiornato|bijgewerkt|uppdaterad|oppdatert|opdateret|päivitetty|"
    r"aktualizacja|zaktualizowano|aktualizováno|aktualizované|оновлено|обновлено|更新|수정)(?!\w)",
    re.IGNORECASE)
#: The German "Stand:" ("as of") opening a date: the day the page's text was last
#: brought up to date, as official pages print it in their footer ("Stand: 18.06.2025",
#: "Stand 27.01.2022"), the same day as the publication only when nothing changed since.
#: Only before a colon or a number, not the noun in running text ("der Stand der Dinge").
AS_OF_LABEL = re.compile(r"stand(?:\s*:|\s+(?:vom\s+)?(?=\d))", re.IGNORECASE)

_LABEL = re.compile(
    r"^(?:" + "|".join(LABEL_PREFIXES) + r")(?!\w)\s*[:：\-–—]?\s*", re.IGNORECASE)
#: Wrapping punctuation stripped around a date: '(Updated: ...)', '[...]', '| ...'.
_WRAPPING = "()[]{}|•·,;:–—- \u00a0"

#: A time of day in a date string: '10:15', '10h15', '10 Uhr', '10 am', '10時'.
_TIME_OF_DAY = re.compile(
    r"\d\s*[:：]\s*\d\d|\d[hH]\d\d|\d\s*(?:uhr|[ap]\.?m\.?(?!\w)|時)|午[前後]",
    re.IGNORECASE)
#: ISO forms without a time: 2025-02-27, 20250227, 2025-W09-4, 2025-058.
_ISO_DATE_ONLY = re.compile(r"\d{4}-?(?:\d\d-?\d\d|W\d\d-?\d?|\d{3})")
#: What may be ISO 8601 at all (cheap gate before fromisoformat).
_ISO_START = re.compile(r"\d{4}-?(?:\d\d|W)")
#: Unix epochs: 9-10 digits are seconds (2001-2286), 12-13 digits milliseconds.
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")
#: RFC 2822 as in feeds: optional weekday, day, English month abbreviation, year, time,
#: zone. The zone slot takes no "AM" / "PM": RFC 2822 clocks are 24-hour, so a printed
#: "06 Mar 2024 3:45 PM" is a 12-hour clock, not a zone (email.utils would drop the
#: mark as an unknown zone and read 03:45); the natural parsers read it.
_RFC2822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d\d(?::\d\d)?\s*"
    r"(?:[+-]\d{4}|(?![AaPp][Mm]$)[A-Za-z]{1,5})?")

#: A numeric date whose first two numbers could both be a month: '06/01/2026'. When
#: the locale's order puts it in the future, the other order is tried.
_AMBIGUOUS_DAY_MONTH = re.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|1[0-2])[./-]\d{2,4}")
_DAY_MONTH_ORDERS = ("DMY", "MDY")
#: A day (an ordinal or a plain number) followed straight by a four-digit year, the
#: whole date before any clock time: "11th 2009 @ 10:57 UTC", "Thursday, 11th, 2009".
#: No language writes a day and its year with nothing between them: the month was in
#: another element (a linked month name split off the text), and dateparser would make
#: one up (the number read as the month, the day from its anchor, the 15th).
_DAY_THEN_YEAR = re.compile(
    r"^" + r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?![\d./-])", re.IGNORECASE)


#: A numeric date written with dots, day and month both possible months, then the year
#: ("05.03.2021", "5. 3. 2021", "05.03.21"): the short date of every locale that
#: separates a numeric date with dots and puts the year last (CLDR's short date
#: patterns: German "dd.MM.yy", Russian "dd.MM.y", Czech "d. M. y", Finnish "d.M.y",
#: Norwegian, Danish, Polish, Turkish ...) writes the day first; none writes the month
#: first with dots (the US short date uses slashes). Read day first whatever the
#: language hint (an English or a missing one) would read, unless the page's own dates
#: show it writes the month first (``order="MDY"``): some American sites print their
#: dates dotted, month first ("12.29.14 9:15 pm", "Opening Bell 11.18.19": three sites
#: of the development corpora), and a page whose other dotted dates have a second number
#: above twelve writes its ambiguous ones that way too.
_DOTTED_DAY_MONTH = re.compile(
    r"(?<![\d.])(?:0?[1-9]|1[0-2])\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:\d{4}|\d{2})(?!\d|\.\d)")
#: A digit of any script (what asks whether a string may be a number's date).
_DIGIT = re.compile(r"\d")


def is_ambiguous_numeric(text) -> bool:
    """True when a string holds a numeric date whose day/month order is ambiguous
    ('06/01/2026'): both of its first two numbers could be a month."""
    return isinstance(text, str) and _AMBIGUOUS_DAY_MONTH.search(text[:_MAX_SCAN_CHARS]) is not None
#: Regions where English is written month first ("02/10/2020" is February 10); in every
#: other region an English tag names ("en-GB", "en-AU", "en-IN") the day comes first.
_MONTH_FIRST_REGIONS = frozenset({"us", "ca", "ph", "as", "gu", "mp", "pr", "um", "vi",
                                  "fm", "mh", "pw"})

#: Year of the fixed RELATIVE_BASE of the cached parsers; results from
#: :data:`_ANCHORED_FROM` on depended on it (relative or yearless dates).
_ANCHOR_YEAR = 2200
_ANCHOR = dt.datetime(_ANCHOR_YEAR, 6, 15, 12, 0)
_ANCHORED_FROM = _ANCHOR_YEAR - 10

#: dateparser settings shared by every parser newscrawl builds. No TIMEZONE or
#: TO_TIMEZONE: dateparser then returns an aware datetime exactly when the string
#: names a zone, and a naive one otherwise (RETURN_AS_TIMEZONE_AWARE's default).
_DATEPARSER_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
}
#: Relative strings ('4:11', 'today 10:00') take their missing parts from the reference.
_RELATIVE_SETTINGS = dict(_DATEPARSER_SETTINGS, PREFER_DAY_OF_MONTH="current",
                          PREFER_MONTH_OF_YEAR="current")


@dataclass(slots=True, frozen=True)
class NormalisedDate:
    """A raw date string and what it means: an aware UTC datetime and its precision."""

    raw: str | None
    value: dt.datetime | None
    precision: str | None = None
    error: str | None = None


@dataclass(slots=True, frozen=True)
class _Parsed:
    """One parser's reading: a datetime and how to interpret it.

    ``kind`` is 'exact' (aware), 'wall' (naive wall-clock time), 'date' (naive date at
    midnight) or 'relative' (already anchored at the reference; aware or naive local).
    """

    value: dt.datetime
    kind: str


class _Rejected(ValueError):
    """A string a parser recognised but whose date is impossible (the message says why)."""


@dataclass(slots=True, frozen=True)
class _Context:
    """What a parser may use beyond the string: hints and the anchoring reference."""

    language: str | None
    zone: dt.tzinfo | None
    reference: dt.datetime  # aware UTC
    order: str | None = None  # 'DMY' where the region writes numeric dates day first


# -- public API -----------------------------------------------------------------------

def normalise_date(raw, *, language=None, timezone=None, reference=None,
                   order=None) -> NormalisedDate:
    """Turn a raw date (string, epoch number, date/datetime) into an aware UTC datetime.

    ``language`` is the page's language (ISO 639-1, a hint for month names; a
    tag with a region, 'en-GB', also sets the day/month order of numeric dates),
    ``timezone`` the site's IANA timezone (for naive times), ``reference`` the fetch
    time (anchor of relative dates and upper bound of plausible ones; default now).
    ``order`` ('DMY' or 'MDY'), when given, is the order of ambiguous numeric dates
    ('06/01/2026'), whatever the language says (a page that prints '25/12/2020'
    elsewhere writes the day first).
    Never raises: a value that cannot be read gives ``value=None`` and an ``error``.
    """
    return normalise_date_and_day(raw, language=language, timezone=timezone,
                                  reference=reference, order=order)[0]


def normalise_date_and_day(raw, *, language=None, timezone=None, reference=None,
                           order=None) -> tuple[NormalisedDate, dt.date | None]:
    """:func:`normalise_date` and :func:`stated_day` of the same arguments from one
    reading (the day is None exactly when the reading has no value): a caller that needs
    both parses the string once."""
    raw_text = _raw_text(raw)
    try:
        context = _Context(_language_hint(language), _zone(timezone), _reference(reference),
                           order if order in _DAY_MONTH_ORDERS else regional_order(language))
        parsed = _parse_any(raw, context)
        value, precision = _to_utc(parsed, context)
        _check_range(value, context.reference)
    except _Rejected as exc:
        return NormalisedDate(raw_text, None, None, str(exc)), None
    except Exception as exc:  # noqa: BLE001 - the contract is: never raise
        return NormalisedDate(raw_text, None, None, f"unreadable: {type(exc).__name__}"), None
    return NormalisedDate(raw_text, value, precision, None), parsed.value.date()


def stated_day(raw, *, language=None, timezone=None, reference=None,
               order=None) -> dt.date | None:
    """The calendar day a raw date states, in its own offset: the page's own day.

    ``published_at`` is stored in UTC, which moves a time stated shortly after local
    midnight east of Greenwich (or before it west of it) to another day:
    '2020-01-22T00:30:00+11:00' is 2020-01-21 in UTC and 2020-01-22 here. Naive times
    and dates give their own day, relative dates the day they fall on in the site's
    timezone. None when the raw value is not a readable date. Keyword arguments as in
    :func:`normalise_date`.
    """
    # (read once, as normalise_date reads it: a value it rejects has no day here either)
    try:
        context = _Context(_language_hint(language), _zone(timezone), _reference(reference),
                           order if order in _DAY_MONTH_ORDERS else regional_order(language))
        parsed = _parse_any(raw, context)
        value, _precision = _to_utc(parsed, context)
        _check_range(value, context.reference)
    except Exception:  # noqa: BLE001 - the contract is normalise_date's: never raise
        return None
    return parsed.value.date()


#: Where a line of byline text splits into name, date and time parts.
_LINE_PARTS = re.compile(r"\s*(?:[|•·,;]|\s[-–—]\s)\s*")
#: A part that states a date outright (a year, or a numeric day.month.year): reading
#: times ("4 Min"), counts and bare times in a byline line never pass for dates.
_ABSOLUTE_DATE = re.compile(r"(?<!\d)(?:19[9]\d|20\d\d)(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
#: The longest part (in words) taken for a date or a time of day.
MAX_DATE_PART_WORDS = 5
#: The most consecutive parts read as one date ("Mo", "3. März 2024", "10:15 Uhr").
MAX_DATE_PARTS = 4


#: Where two pieces of a line ran together when its elements' texts were joined: a
#: lower-case letter followed by an upper-case one or by a digit ("PressMay 3",
#: "Anna Berg21 Jan 2020").
_GLUED = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z])|(?<=[^\W\d_A-Z]{2})(?=\d)")
#: The Vietnamese words of a date that are not month names: "thg" and "tháng" (month),
#: which come before the month's number, and "năm" (year), before the year. The Unicode
#: CLDR's Vietnamese date formats write the month as "thg" or "tháng" and its number
#: (medium ``d MMM, y``: "31 thg 10, 2023"; long ``d MMMM, y``: "31 tháng 10, 2023"), and
#: the formal style writes "ngày 31 tháng 10 năm 2023". Read as a month's name, "thg 10,
#: 2023" would be the first of October and "10 năm 2023" a tenth of no month: the
#: Vietnamese day shape of :mod:`newscrawl.extract.page_dates` reads the day, neither word
#: opens a month name's shape there, and the month's number is no day here
#: (:func:`_names_a_day`).
#: (Composed or decomposed accents: the scan does not normalise them.)
VIETNAMESE_MONTH_WORD = r"(?i:thg|th(?:á|a\u0301)ng)"
VIETNAMESE_YEAR_WORD = r"(?i:n(?:ă|a\u0306)m)"
#: Clock times, years and a month's number after the Vietnamese word for month
#: ("tháng 10"), removed to see whether a span names a day at all.
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}\s*[:h]\s*\d\d(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d)|"
                            + VIETNAMESE_MONTH_WORD + r"\s*\d{1,2}(?!\d)")
#: The most leading words without a digit dropped from a part to reach its date
#: ("Associated Press May 3" -> "May 3").
MAX_LEADING_WORDS_DROPPED = 2


def _names_a_day(candidate: str) -> bool:
    """True when a span holds a number besides its year, clock time and a month's number
    (a day): "2023 GMT", "March 2024" or "tháng 10 2023" alone name no day."""
    return any(map(str.isdigit, _CLOCK_OR_YEAR.sub(" ", candidate)))


#: A zone abbreviation closing a date ("... 07:05 AM IST"): several zones share one ("IST":
#: India, Israel, Ireland), which only the page's own evidence tells apart; the dates
#: printed near the headline are read with it (:mod:`newscrawl.extract.page_dates`), so a
#: long labelled part that ends so is left to them.
_ZONE_ABBREVIATION_AT_END = re.compile(r"(?<![\w])[A-Z]{2,5}$")
#: The most words of a part that opens with a date label, read without the label
#: ("Publié le samedi 14 novembre 2026 à 9h30": weekday, day, month, year and time).
MAX_LABELLED_DATE_PART_WORDS = 8


def _date_part(part: str, labelled: bool) -> str | None:
    """The part of a byline line read as (part of) a date, or None: a part that holds a
    digit, of at most :data:`MAX_DATE_PART_WORDS` words, or (``labelled``) of at most
    :data:`MAX_LABELLED_DATE_PART_WORDS` without the date label it opens with ("Publié
    le", "Veröffentlicht am": :data:`LABEL_PREFIXES`)."""
    if not any(map(str.isdigit, part)):
        return None
    words = len(part.split())
    if words <= MAX_DATE_PART_WORDS:
        return part
    if not labelled or words > MAX_LABELLED_DATE_PART_WORDS + 3:
        return None
    unlabelled = _LABEL.sub("", part, count=1)
    if (unlabelled != part and len(unlabelled.split()) <= MAX_LABELLED_DATE_PART_WORDS
            and _ZONE_ABBREVIATION_AT_END.search(unlabelled) is None):
        return unlabelled
    return None


def date_parts_of_line(line: str | None, labelled: bool = False) -> list[str]:
    """Date strings to try from a line that mixes names and dates ("Do 25.04.24 | 14:07 Uhr
    | Von Eva K.", "By Jane Doe, March 3, 2024, 10:15 am"): the consecutive short parts that
    hold a digit, as joined spans, longest first from each part on ("Do 25.04.24 14:07 Uhr
    4 Min", "Do 25.04.24 14:07 Uhr", "Do 25.04.24", ...); only spans that state a date
    outright (a year or a numeric date) and name a day, so "4 Min", "10:15" or "2023 GMT"
    alone never count. A part that opens with a name run into the date ("Associated
    PressMay 3") is also tried without its first words. ``labelled``: a longer part that
    opens with a date label ("Publié le samedi 14 novembre 2026 à 9h30") is read without
    it (the publication date's candidates; not where the date only marks a by-word's line)."""
    text = _GLUED.sub(" ", collapse((line or "")[:_MAX_SCAN_CHARS]))
    parts = [part for part in _LINE_PARTS.split(text) if part]
    runs, current = [], []
    for part in parts:
        date_part = _date_part(part, labelled)
        if date_part is not None:
            current.append(date_part)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    found: list[str] = []
    for run in runs:
        run = run[:MAX_DATE_PARTS]
        for start in range(len(run)):
            if run[start].isdigit():
                continue  # a bare year or number does not start a date
            words = run[start].split()
            openings = [run[start]]
            for dropped in range(1, MAX_LEADING_WORDS_DROPPED + 1):
                if len(words) - dropped < 2 or any(map(str.isdigit, words[dropped - 1])):
                    break
                openings.append(" ".join(words[dropped:]))
            for opening in openings:
                for end in range(len(run), start, -1):
                    candidate = " ".join([opening, *run[start + 1:end]])
                    if (_ABSOLUTE_DATE.search(candidate) and not candidate.isdigit()
                            and _names_a_day(candidate) and candidate not in found):
                        found.append(candidate)
    return found


#: "14h30" / "09 h 12" (French, Portuguese, Italian clock times): read as "14:30", or
#: dateparser takes "14h" for "14 hours ago".
_H_CLOCK = re.compile(r"(?<![\d:])(\d{1,2})\s?[hH]\s?(\d{2})(?!\d)")


#: The ordinal sign after a day ("1º de fevereiro de 2023", "1° de febrero"): Spanish,
#: Portuguese and Italian write the first of the month as an ordinal, with the masculine
#: ordinal indicator or the degree sign standing in for it; dateparser reads the day
#: without it (and nothing with the first).
_DAY_ORDINAL_SIGN = re.compile(r"(?<=\d)[º°](?=\s)")


def clean_date_text(text: str) -> str:
    """Collapse whitespace, write "14h30" clock times as "14:30", drop a day's ordinal
    sign ("1º de ..."), and trim labels ('Published:', 'Aktualisiert am') and wrapping."""
    text = collapse(text[:_MAX_SCAN_CHARS]).strip(_WRAPPING)
    text = _H_CLOCK.sub(r"\1:\2", text)
    text = _DAY_ORDINAL_SIGN.sub("", text)
    while True:
        trimmed = _LABEL.sub("", text, count=1).strip(_WRAPPING)
        if trimmed == text:
            return text
        text = trimmed


# -- inputs ---------------------------------------------------------------------------

def _raw_text(raw) -> str | None:
    """The raw value as a string for the record (None stays None)."""
    if raw is None or isinstance(raw, str):
        return raw
    try:
        if isinstance(raw, (bytes, bytearray)):
            return bytes(raw[:_MAX_SCAN_CHARS]).decode("utf-8", "replace")
        if isinstance(raw, (dt.date, dt.datetime)):
            return raw.isoformat()
        return str(raw)[:_MAX_SCAN_CHARS]
    except Exception:  # noqa: BLE001 - a hostile __str__ must not break the crawl
        return f"<{type(raw).__name__}>"


def _language_hint(language) -> str | None:
    """'en-GB' -> 'en'; anything that is not a language code -> None."""
    if not isinstance(language, str):
        return None
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def regional_order(language) -> str | None:
    """'DMY' for an English tag naming a region that writes the day first ('en-GB',
    'en_AU'); None otherwise (the language's own order applies)."""
    if not isinstance(language, str):
        return None
    parts = language.strip().lower().replace("_", "-").split("-")
    if len(parts) < 2 or parts[0] != "en" or not re.fullmatch(r"[a-z]{2}", parts[1]):
        return None
    return None if parts[1] in _MONTH_FIRST_REGIONS else "DMY"


@functools.lru_cache(maxsize=64)
def _zone_named(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - unknown or malformed names mean 'no zone'
        return None


def _zone(timezone) -> dt.tzinfo | None:
    """An IANA name (or a tzinfo) -> tzinfo; unknown names -> None."""
    if isinstance(timezone, dt.tzinfo):
        return timezone
    if isinstance(timezone, str) and timezone.strip():
        return _zone_named(timezone.strip())
    return None


def _reference(reference) -> dt.datetime:
    """The anchoring instant as an aware UTC datetime (naive ones are read as UTC)."""
    if isinstance(reference, dt.datetime):
        if reference.tzinfo is None:
            return reference.replace(tzinfo=UTC)
        return reference.astimezone(UTC)
    return dt.datetime.now(UTC)


# -- parsers --------------------------------------------------------------------------

def _parse_any(raw, context: _Context) -> _Parsed:
    """Route a raw value to the parsers; raise _Rejected with the reason when none reads it."""
    if raw is None:
        raise _Rejected("empty")
    if isinstance(raw, bool):
        raise _Rejected("not a date: bool")
    if isinstance(raw, dt.datetime):
        return _Parsed(raw, "exact" if raw.tzinfo is not None else "wall")
    if isinstance(raw, dt.date):
        return _Parsed(dt.datetime(raw.year, raw.month, raw.day), "date")
    if isinstance(raw, (int, float)):
        return _from_epoch(raw)
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw[:_MAX_SCAN_CHARS]).decode("utf-8", "replace")
    if not isinstance(raw, str):
        raise _Rejected(f"not a date: {type(raw).__name__}")
    text = clean_date_text(raw)
    if not text:
        raise _Rejected("empty")
    if len(text) > MAX_DATE_CHARS:
        raise _Rejected(f"too long for a date (over {MAX_DATE_CHARS} characters)")
    if _DAY_THEN_YEAR.match(text):
        raise _Rejected("no month: a day followed straight by its year")
    for parser in _PARSERS:
        parsed = parser(text, context)
        if parsed is not None:
            return parsed
    raise _Rejected("unparsed")


def _from_epoch(number) -> _Parsed:
    """Seconds (or, when above 1e11, milliseconds) since 1970 -> exact UTC datetime."""
    seconds = number / 1000 if abs(number) > 1e11 else number
    try:
        return _Parsed(dt.datetime.fromtimestamp(seconds, UTC), "exact")
    except (OverflowError, OSError, ValueError) as exc:
        raise _Rejected(f"epoch out of range: {number!r}") from exc


def _parse_epoch(text: str, _context: _Context) -> _Parsed | None:
    if not _EPOCH.fullmatch(text):
        return None
    return _from_epoch(float(text) if "." in text else int(text))


def _parse_iso(text: str, _context: _Context) -> _Parsed | None:
    if not _ISO_START.match(text):
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.year in SOLAR_HIJRI_YEARS:
        return None  # a Solar Hijri date written the ISO way: :func:`_parse_calendar` reads it
    if value.tzinfo is not None:
        return _Parsed(value, "exact")
    return _Parsed(value, "date" if _ISO_DATE_ONLY.fullmatch(text) else "wall")


def _parse_rfc2822(text: str, _context: _Context) -> _Parsed | None:
    if not _RFC2822.fullmatch(text):
        return None
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _Parsed(value, "exact" if value.tzinfo is not None else "wall")


#: Month names of the commonest date-only shapes, read without dateparser (which costs a
#: millisecond a string): {language hint: {lower-case name: month}}. The hint None
#: (detection) reads English ones as dateparser does; tests check every name against it.
_MONTH_NAMES: dict[str | None, dict[str, int]] = {"en": {
    name: number for number, names in enumerate((
        "january jan", "february feb", "march mar", "april apr", "may", "june jun",
        "july jul", "august aug", "september sep sept", "october oct", "november nov",
        "december dec"), 1) for name in names.split()}, "de": {
    name: number for number, name in enumerate((
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember"), 1)}}
_MONTH_NAMES[None] = _MONTH_NAMES["en"]
#: "March 4, 2024" / "March 4 2024" / "Mar. 4, 2024" (en); "4 March 2024" (en);
#: "4. März 2024" (de): a day, a month name and a four-digit year, nothing else.
_NAMED_DAY: dict[str | None, re.Pattern[str]] = {
    "en": re.compile(r"(?P<month>[a-zA-Z]{3,9})\.? (?P<day>[0-9]{1,2}),? (?P<year>(?:19|20)[0-9]{2})"
                     r"|(?P<day2>[0-9]{1,2}) (?P<month2>[a-zA-Z]{3,9}) (?P<year2>(?:19|20)[0-9]{2})"),
    "de": re.compile(r"(?P<day>[0-9]{1,2})\. (?P<month>[^\W\d_]{3,9}) (?P<year>(?:19|20)[0-9]{2})"),
}
_NAMED_DAY[None] = _NAMED_DAY["en"]


def _named_day(text: str, language: str | None) -> dt.datetime | None:
    """The day of a date-only string in one of the :data:`_NAMED_DAY` shapes, as dateparser
    reads it with this language hint (midnight, naive); None when the string is not one
    (dateparser then reads it)."""
    shape = _NAMED_DAY.get(language)
    match = shape.fullmatch(text) if shape is not None else None
    if match is None:
        return None
    parts = match.groupdict()
    month = _MONTH_NAMES[language].get((parts["month"] or parts.get("month2") or "").lower())
    if month is None:
        return None
    try:
        return dt.datetime(int(parts["year"] or parts["year2"]), month,
                           int(parts["day"] or parts["day2"]))
    except ValueError:
        return None


#: Weekday names dateparser passes over before a full date ("Tuesday, March 4, 2008").
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,? )?"
#: A time of day after a full date: "4:50 PM", "16:03:26", ", 10:15 a.m.", " at 9:05pm"
#: (English); "12:01", ", 18:00 Uhr" (German).
_CLOCK_EN = (r"(?:,? (?:at )?(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?"
             r"(?: ?(?P<half>[ap])\.?m\.?)?)?")
_CLOCK_DE = (r"(?:,? (?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?"
             r"(?P<half>)(?: Uhr)?)?")
#: Full dates, optionally after a weekday and before a time of day, in the shapes read
#: without dateparser (beyond :data:`_NAMED_DAY`), by language hint (None: detection,
#: which reads them as English): month names with an optional ordinal suffix; numeric
#: dates in the order dateparser reads them with that hint (English month first: only
#: those whose first number can be a month; German day first, with two-digit years too).
_CLOCK_DAY: dict[str | None, re.Pattern[str]] = {
    "en": re.compile(
        _WEEKDAY + r"(?:(?P<month>[a-z]{3,9})\.? (?P<day>[0-9]{1,2})(?:st|nd|rd|th)? ?,? "
        r"(?P<year>(?:19|20)[0-9]{2})"
        r"|(?P<day2>[0-9]{1,2})(?:st|nd|rd|th)? (?P<month2>[a-z]{3,9})\.?,? "
        r"(?P<year2>(?:19|20)[0-9]{2})"
        r"|(?P<number>0?[1-9]|1[0-2])(?P<sep>[/.])(?P<day3>[0-9]{1,2})(?P=sep)"
        r"(?P<year3>(?:19|20)[0-9]{2}))" + _CLOCK_EN, re.IGNORECASE),
    "de": re.compile(
        r"(?:(?P<day>[0-9]{1,2})\. (?P<month>[^\W\d_]{3,9})\.? (?P<year>(?:19|20)[0-9]{2})"
        r"|(?P<day3>[0-9]{1,2})\.(?P<number>[0-9]{1,2})\."
        r"(?P<year3>(?:19|20)[0-9]{2}|[0-9]{2}))" + _CLOCK_DE,
        re.IGNORECASE),
}
_CLOCK_DAY[None] = _CLOCK_DAY["en"]


def _clock_day(text: str, language: str | None) -> dt.datetime | None:
    """The moment of a full date (and time of day) in one of the :data:`_CLOCK_DAY`
    shapes, as dateparser reads it with this language hint (naive); None when the string
    is not one or names an impossible day or time (dateparser then reads it)."""
    shape = _CLOCK_DAY.get(language)
    match = shape.fullmatch(text) if shape is not None else None
    if match is None:
        return None
    parts = match.groupdict()
    if parts["number"] is not None:
        month = int(parts["number"])
        year = int(parts["year3"])
        if year < 100:  # two digits: as strptime's %y reads them
            year += 2000 if year < 69 else 1900
        day = int(parts["day3"])
    else:
        named = _MONTH_NAMES[language].get((parts["month"] or parts.get("month2") or "").lower())
        if named is None:
            return None
        month = named
        year = int(parts["year"] or parts["year2"])
        day = int(parts["day"] or parts["day2"])
    hour = minute = second = 0
    if parts["hour"] is not None:
        hour, minute = int(parts["hour"]), int(parts["minute"])
        second = int(parts["second"] or 0)
        if parts["half"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if parts["half"].lower() == "p" else 0)
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


#: A numeric date with a four-digit year and an optional 24-hour clock ("15/01/2008",
#: "07/01/2008 20:12", "11-01-2008 14:35:41"), which :data:`_CLOCK_DAY` leaves to
#: dateparser: a first number above twelve, a dash, or a region's order asked for.
_NUMERIC_DAY = re.compile(
    r"(?P<first>[0-9]{1,2})(?P<sep>[/.-])(?P<second>[0-9]{1,2})(?P=sep)"
    r"(?P<year>(?:19|20)[0-9]{2})"
    r"(?: (?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<seconds>[0-9]{2}))?)?")
#: The languages whose parsers read :data:`_NUMERIC_DAY` as :func:`_numeric_day` does.
_NUMERIC_DAY_LANGUAGES = frozenset({"en", None})
#: The languages whose parsers, given the order (dateparser's DATE_ORDER, which then
#: overrides the locale's own), read :data:`_NUMERIC_DAY` in that order as
#: :func:`_numeric_day` does: the numbers and the clock are read alike in every locale,
#: only the order without one asked for is the locale's (German and French write the day
#: first), and the string is then left to dateparser. Tests check each against it.
_ORDERED_NUMERIC_DAY_LANGUAGES = frozenset({
    "ca", "cs", "da", "de", "el", "es", "fi", "fr", "hu", "id", "it", "nb", "nl", "pl",
    "pt", "ro", "ru", "sv", "tr", "uk"})


def _numeric_day(text: str, language: str | None, order: str | None) -> dt.datetime | None:
    """The moment of a :data:`_NUMERIC_DAY` string as the hinted dateparser reads it
    (naive): in ``order`` ('DMY' or 'MDY') when the region's order is asked for, else
    month first and, when the first number cannot be a month, day first; None when the
    string is not one or names no such day or time (dateparser then reads it). A language
    of :data:`_ORDERED_NUMERIC_DAY_LANGUAGES` is read so only with an order asked for."""
    if language not in _NUMERIC_DAY_LANGUAGES and (
            order is None or language not in _ORDERED_NUMERIC_DAY_LANGUAGES):
        return None
    match = _NUMERIC_DAY.fullmatch(text)
    if match is None:
        return None
    first, second = int(match["first"]), int(match["second"])
    if order == "DMY" or (order is None and first > 12):
        day, month = first, second
    else:
        month, day = first, second
    hour = minute = seconds = 0
    if match["hour"] is not None:
        hour, minute = int(match["hour"]), int(match["minute"])
        seconds = int(match["seconds"] or 0)
    try:
        return dt.datetime(int(match["year"]), month, day, hour, minute, seconds)
    except ValueError:
        return None


#: Zone abbreviations after a clock, read without dateparser as dateparser's time zone
#: table reads them (minutes east of UTC; tests check each against it). Only names that
#: table gives one offset; "IST" (India, Israel, Ireland) and "CST" are left to it.
_ZONE_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420}
_ZONE_NAMES = "|".join(_ZONE_ABBREVIATIONS)
#: The real UTC offsets (:data:`REAL_OFFSET_MINUTES`) dateparser reads no "GMT+hhmm" of:
#: Chatham's summer time, +13:45 (it reads no offset outside them but two historical
#: ones, left to it). Each offset was checked against it; tests check this one.
_GMT_OFFSETS_UNREAD = frozenset({13 * 60 + 45})
#: The language hints under which :data:`_ZONED_CLOCK` strings are read without
#: dateparser: detection (None, which reads them as English), English, and languages
#: whose parser knows none of their words but English's (so the string goes on to
#: detection) or reads them as English does. A language may know a zone's name as a word
#: of its own (Gusii "EST") and read the string otherwise: only languages checked against
#: dateparser on every month, weekday, zone name and offset are listed (6,816 readings,
#: none different; tests check a few).
_ZONED_CLOCK_LANGUAGES = frozenset({
    None, "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs", "sv", "da",
    "nb", "fi", "tr", "ro", "hu", "el", "ja", "zh", "ko", "ar", "fa", "he", "hi", "id",
    "vi", "th", "bn", "ca"})
#: Three machine-written moments with their zone, read without dateparser (which reads
#: them only after the page language's parser and detection, 5-10 ms a string):
#: JavaScript's ``Date.prototype.toString()`` (ECMAScript: weekday, month, two-digit
#: day, year, 24-hour clock, "GMT" and the offset, then the zone's name in parentheses,
#: which dateparser passes over), "Tue Mar 04 2025 15:02:00 GMT+0100 (Central European
#: Standard Time)"; the Unix ``date`` command's default (POSIX ``%a %b %e %H:%M:%S %Z
#: %Y``), "Tue Mar 4 15:02:00 CET 2025"; and an ISO 8601 date and clock followed by a
#: zone's abbreviation instead of an offset, "2025-03-04T15:02:00 UTC". English weekday
#: and month abbreviations in any case; the zone as written, upper case.
_ZONED_CLOCK = re.compile(
    r"(?i:mon|tue|wed|thu|fri|sat|sun) (?i:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)) "
    r"(?P<day>[0-9]{2}) (?P<year>(?:19|20)[0-9]{2}) "
    r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2}) "
    r"GMT(?P<sign>[+-])(?P<offset_hours>[0-9]{2})(?P<offset_minutes>[0-9]{2})"
    r"(?: \([^\d()]*\)?)?"
    r"|(?i:mon|tue|wed|thu|fri|sat|sun) (?i:(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)) "
    r"(?P<day2>[0-9]{1,2}) (?P<hour2>[0-9]{2}):(?P<minute2>[0-9]{2}):(?P<second2>[0-9]{2}) "
    r"(?P<zone2>" + _ZONE_NAMES + r") (?P<year2>(?:19|20)[0-9]{2})"
    r"|(?P<iso>(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}"
    r"(?:\.[0-9]{3}(?:[0-9]{3})?)?) (?P<zone3>" + _ZONE_NAMES + ")")


def _zoned_clock(text: str, language: str | None) -> dt.datetime | None:
    """The aware moment of a :data:`_ZONED_CLOCK` string, as the parser of a language of
    :data:`_ZONED_CLOCK_LANGUAGES` and detection read it; None when the string is not one,
    names no such day, time or offset, or the hint is another language (dateparser then
    reads it)."""
    if language not in _ZONED_CLOCK_LANGUAGES:
        return None
    match = _ZONED_CLOCK.fullmatch(text)
    if match is None:
        return None
    try:
        if match["iso"] is not None:
            moment = dt.datetime.fromisoformat(match["iso"])
            minutes = _ZONE_ABBREVIATIONS[match["zone3"]]
        elif match["zone2"] is not None:
            moment = dt.datetime(int(match["year2"]), _MONTH_NAMES["en"][match["month2"].lower()],
                                 int(match["day2"]), int(match["hour2"]), int(match["minute2"]),
                                 int(match["second2"]))
            minutes = _ZONE_ABBREVIATIONS[match["zone2"]]
        else:
            moment = dt.datetime(int(match["year"]), _MONTH_NAMES["en"][match["month"].lower()],
                                 int(match["day"]), int(match["hour"]), int(match["minute"]),
                                 int(match["second"]))
            minutes = int(match["offset_hours"]) * 60 + int(match["offset_minutes"])
            minutes = -minutes if match["sign"] == "-" else minutes
            if minutes not in REAL_OFFSET_MINUTES or minutes in _GMT_OFFSETS_UNREAD:
                return None
        return moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
    except ValueError:
        return None


#: A relative English date of whole units counted back from the reference ("1 day ago",
#: "18 hours ago", "3 weeks ago"): dateparser's freshness parser reads each as the
#: reference's local wall-clock time less that many units (a ``relativedelta`` of the
#: number); months and years are left to it (it moves their day by its settings), and so
#: are counts of three digits and more (a span of years may fall before the anchored
#: parser's window, :data:`_ANCHORED_FROM`, and be read there as an absolute date).
_UNITS_AGO = re.compile(r"(?P<number>[0-9]{1,2}) (?P<unit>second|minute|hour|day|week)s? ago")
#: The languages whose hinted and detecting parsers read :data:`_UNITS_AGO` as English
#: (the hint itself, or detection, which takes English for such a string).
_UNITS_AGO_LANGUAGES = frozenset({"en", None})


def _units_ago(text: str, context: _Context) -> _Parsed | None:
    """A :data:`_UNITS_AGO` string read as :func:`_reread_relative` reads it through
    dateparser (the reference in the site's zone, less the units); None when the string
    is not one (dateparser then reads it)."""
    if context.language not in _UNITS_AGO_LANGUAGES:
        return None
    match = _UNITS_AGO.fullmatch(text)
    if match is None:
        return None
    zone = context.zone or UTC
    base = context.reference.astimezone(zone).replace(tzinfo=None)
    count = int(match["number"])
    value = base - dt.timedelta(**{match["unit"] + "s": count})
    return _Parsed(value.replace(tzinfo=zone), "relative")


def _parse_natural(text: str, context: _Context) -> _Parsed | None:
    """dateparser: hinted language first, then every language; relative re-read. The
    commonest full-date shapes are read without it (:func:`_named_day`,
    :func:`_clock_day`, :func:`_numeric_day`, :func:`_zoned_clock`) and so are English
    counts of units ago (:func:`_units_ago`), as the hinted parser and the relative
    re-read would read them."""
    day = _named_day(text, context.language)
    if day is not None:
        return _absolute(day, text)
    ago = _units_ago(text, context)
    if ago is not None:
        return ago
    hints = (context.language, None) if context.language else (None,)
    dotted = _DOTTED_DAY_MONTH.search(text) is not None
    if dotted and context.order is None:
        context = replace(context, order="DMY")  # (a dotted date is written day first)
    regional = context.order is not None and (dotted or _AMBIGUOUS_DAY_MONTH.search(text))
    value = (_numeric_day(text, context.language, context.order) if regional
             else _clock_day(text, context.language)
             or _numeric_day(text, context.language, None)
             or _zoned_clock(text, context.language))
    if value is not None:  # what the first hint's parser would give, read the same way
        if _is_future(value, context) and _AMBIGUOUS_DAY_MONTH.search(text):
            value = _other_day_month_order(text, context.language, context) or value
        return _absolute(value, text)
    tried: frozenset[str] = frozenset()  # (the locales of a hint that read nothing)
    for hint in hints:
        parser = _ordered_parser(hint, context.order) if regional else _anchored_parser(hint)
        if parser is None:
            continue
        # (the hint's parser is screened only for a string without digits, which the
        # screen mostly stops: a place, a label; one with digits is mostly a date, which
        # it would let through at a cost of its own)
        screened = hint is None or _DIGIT.search(text) is None
        data = (None if screened and _parser_reads_nothing(parser, text, tried)
                else parser.get_date_data(text))
        value = data.date_obj if data is not None else None
        if data is None or value is None:
            if hint is not None:
                tried = _locales_tried(parser)
            continue
        if value.year >= _ANCHORED_FROM:
            return _reread_relative(text, hint, data.locale, context)
        if _is_future(value, context) and _AMBIGUOUS_DAY_MONTH.search(text):
            value = _other_day_month_order(text, hint, context) or value
        return _absolute(value, text)
    return None


def _parser_reads_nothing(parser, text: str, tried: frozenset[str] = frozenset()) -> bool:
    """True when ``parser`` (a hint's or the detecting one) is certain to read no date from
    ``text`` (:mod:`newscrawl.extract.date_screen`): it would try its locales in vain.
    ``tried``: the locales of the hint's parser (built with the same settings), which read
    no date from ``text``: detection reads one only through another locale (empty when
    ``parser`` is the hint's)."""
    screen = date_screen.screen_for(parser)
    if screen is None:
        return False
    try:
        return screen.unreadable(text, tried)
    except Exception:  # noqa: BLE001 - the screen is a shortcut: in doubt, ask dateparser
        return False


@functools.lru_cache(maxsize=32)
def _locales_tried(parser) -> frozenset[str]:
    """The locales a hint's parser tries a string in (:func:`date_screen.locales_tried`),
    listed once per parser."""
    return date_screen.locales_tried(parser)


def _absolute(value: dt.datetime, text: str) -> _Parsed:
    """A dateparser result that did not depend on the anchor: exact, wall-clock or date."""
    if value.time() == dt.time(0) and not _TIME_OF_DAY.search(text):
        return _Parsed(value.replace(tzinfo=None), "date")
    return _Parsed(value, "exact" if value.tzinfo is not None else "wall")


def _is_future(value: dt.datetime, context: _Context) -> bool:
    """True when a reading lies clearly after the reference, whatever its timezone."""
    naive_margin = dt.timedelta(hours=14)  # the widest UTC offset a naive time may have
    utc_value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return utc_value > context.reference + FUTURE_TOLERANCE + naive_margin


def _other_day_month_order(text: str, hint: str | None,
                           context: _Context) -> dt.datetime | None:
    """Read '06/01/2026' in each day/month order; the first reading not in the future."""
    for order in _DAY_MONTH_ORDERS:
        parser = _ordered_parser(hint, order)
        value = parser.get_date_data(text).date_obj if parser else None
        if value is not None and not _is_future(value, context):
            return value
    return None


def _parse_calendar(text: str, context: _Context) -> _Parsed | None:
    """A date of another calendar or convention (:mod:`newscrawl.extract.calendars`:
    "۱۲ تیر ۱۳۹۹", "12 มกราคม 2563", "令和5年3月14日", "24 نيسان / أبريل 2020"), the first
    one in the string, read as its Gregorian day; the rest of the string (a time of
    day) read with that day in its place. None when the string holds no such date."""
    digits = ascii_digits(text)
    found = calendar_dates(digits)  # (a cheap test first: most strings are done there)
    if not found:
        return None
    start, end, day = found[0]
    if start == 0 and digits[end:end + 1] == "T":  # the ISO way: "1399-04-12T10:00+04:30"
        return _parse_iso(day + digits[end:], context)
    rest = (digits[:start] + " " + digits[end:]).strip(_WRAPPING)
    if any(map(str.isdigit, rest)):
        return _parse_natural(day + " " + rest, context) or _parse_iso(day, context)
    return _parse_iso(day, context)


#: The string parsers, cheapest and strictest first.
_PARSERS: tuple[Callable[[str, _Context], _Parsed | None], ...] = (
    _parse_epoch, _parse_iso, _parse_rfc2822, _parse_calendar, _parse_natural,
)


# -- dateparser objects (cached) ------------------------------------------------------

def _build_parser(languages: tuple[str, ...] | None, relative_base: dt.datetime,
                  base_settings: dict = _DATEPARSER_SETTINGS):
    """A DateDataParser with the given settings; None for a language dateparser lacks."""
    from dateparser.data.languages_info import language_order  # late: import is slow
    from dateparser.date import DateDataParser

    if languages and not set(languages) <= set(language_order):
        return None  # dateparser would raise on first use, not on construction
    settings = dict(base_settings, RELATIVE_BASE=relative_base)
    return DateDataParser(languages=list(languages) if languages else None,
                          settings=settings)


@functools.lru_cache(maxsize=32)
def _anchored_parser(language: str | None):
    """The cached parser for one language hint (None = detect), anchored at _ANCHOR."""
    return _build_parser((language,) if language else None, _ANCHOR)


@functools.lru_cache(maxsize=32)
def _ordered_parser(language: str | None, order: str):
    """Like :func:`_anchored_parser`, with an explicit DATE_ORDER ('DMY' or 'MDY')."""
    return _build_parser((language,) if language else None, _ANCHOR,
                         dict(_DATEPARSER_SETTINGS, DATE_ORDER=order))


@functools.lru_cache(maxsize=32)
def _relative_parser(language: str | None, base: dt.datetime):
    """A parser anchored at ``base`` (naive local time of the reference); few per crawl."""
    return _build_parser((language,) if language else None, base, _RELATIVE_SETTINGS)


def _reread_relative(text: str, hint: str | None, locale: str | None,
                     context: _Context) -> _Parsed | None:
    """Read a relative string again against the reference, in the site's local time."""
    zone = context.zone or UTC
    base = context.reference.astimezone(zone).replace(tzinfo=None)
    language = hint or (locale.split("-")[0] if locale else None)
    parser = _relative_parser(language, base) or _relative_parser(None, base)
    value = parser.get_date_data(text).date_obj if parser else None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return _Parsed(value, "relative")


# -- interpretation -------------------------------------------------------------------

def _to_utc(parsed: _Parsed, context: _Context) -> tuple[dt.datetime, str]:
    """Apply the timezone rules of the module docs; returns (aware UTC value, precision)."""
    value = parsed.value
    if parsed.kind == "exact":
        return value.astimezone(UTC), EXACT
    if parsed.kind == "relative":
        return value.astimezone(UTC), RELATIVE
    if parsed.kind == "date":
        return dt.datetime(value.year, value.month, value.day, tzinfo=UTC), DATE
    if context.zone is not None:
        return value.replace(tzinfo=context.zone).astimezone(UTC), SITE_TZ
    return value.replace(tzinfo=UTC), NAIVE


def _check_range(value: dt.datetime, reference: dt.datetime) -> None:
    """Reject dates before :data:`EARLIEST` or more than a day after the reference."""
    if value < EARLIEST:
        raise _Rejected(f"before {EARLIEST.year}: {value.isoformat()}")
    if value > reference + FUTURE_TOLERANCE:
        raise _Rejected(f"more than a day after the reference {reference.isoformat()}: "
                        f"{value.isoformat()}")


#: A raw date that states its moment in UTC: ends in 'Z', '+00:00' / '+0000', 'GMT' or
#: 'UTC' (what a CMS writes when it stores every time in UTC, whatever the newsroom's clock).
_STATED_IN_UTC = re.compile(r"(?:\dZ|[+-]00:?00|\s(?:GMT|UTC))\s*$", re.IGNORECASE)

#: The UTC offsets clocks keep somewhere (minutes; standard and summer time of the tz
#: database's zones): a printed wall-clock time is read as a local view of a moment only
#: through one of these.
REAL_OFFSET_MINUTES = frozenset(
    {hours * 60 for hours in range(-12, 15)}
    | {-9 * 60 - 30, -3 * 60 - 30, -2 * 60 - 30, 3 * 60 + 30, 4 * 60 + 30, 5 * 60 + 30,
       5 * 60 + 45, 6 * 60 + 30, 8 * 60 + 45, 9 * 60 + 30, 10 * 60 + 30, 12 * 60 + 45,
       13 * 60 + 45})


def stated_in_utc(raw) -> bool:
    """True when a raw date states its moment in UTC ('...T00:25:56Z', '+00:00', 'GMT'):
    its calendar day is then UTC's, which need not be the day the page prints."""
    text = _raw_text(raw)
    return text is not None and _STATED_IN_UTC.search(text) is not None


def offset_showing(moment: dt.datetime, wall: dt.datetime) -> dt.timezone | None:
    """The real UTC offset in which the aware ``moment`` reads as the naive wall-clock
    time ``wall`` (compared to the minute: a printed clock has no seconds), or None
    when no offset clocks keep (:data:`REAL_OFFSET_MINUTES`) does."""
    utc_minute = moment.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    difference = wall.replace(second=0, microsecond=0) - utc_minute
    minutes, rest = divmod(difference.total_seconds(), 60)
    if rest or int(minutes) not in REAL_OFFSET_MINUTES:
        return None
    return dt.timezone(dt.timedelta(minutes=int(minutes)))
