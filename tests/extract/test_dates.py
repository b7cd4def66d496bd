"""Tests of newscrawl.extract.dates: every reading rule of the normaliser, and that it never raises."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.extract.dates import (PRECISIONS, NormalisedDate, clean_date_text, date_parts_of_line,
                             normalise_date)

UTC = dt.timezone.utc
#: The fetch time every test reads against.
FETCHED = dt.datetime(2025, 2, 27, 10, 0, tzinfo=UTC)


def read(raw, **hints) -> NormalisedDate:
    return normalise_date(raw, reference=FETCHED, **hints)


def utc(*parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


# -- machine formats -------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("2025-02-27T01:17+02:00", utc(2025, 2, 26, 23, 17)),
    ("2025-02-27T01:17:00.000+0200", utc(2025, 2, 26, 23, 17)),
    ("2025-02-26T23:17:00Z", utc(2025, 2, 26, 23, 17)),
    ("20250227T011700Z", utc(2025, 2, 27, 1, 17)),
    ("2024-04-24 15:47:42.389000+00:00", utc(2024, 4, 24, 15, 47, 42, 389000)),
    ("2025-02-26T20:17:00-05:00", utc(2025, 2, 27, 1, 17)),
])
def test_iso_with_offset_is_exact_and_utc(raw, expected):
    result = read(raw)
    assert result.value == expected
    assert result.value.tzinfo == UTC
    assert result.precision == "exact"
    assert result.error is None
    assert result.raw == raw


def test_naive_time_is_read_in_the_site_timezone():
    winter = read("2025-02-27 01:17", timezone="Europe/Kyiv")
    summer = read("2024-07-01T12:00:00", timezone="Europe/Kyiv")
    assert (winter.value, winter.precision) == (utc(2025, 2, 26, 23, 17), "site-tz")
    assert summer.value == utc(2024, 7, 1, 9, 0)  # EEST is UTC+3


def test_naive_time_without_timezone_is_flagged_and_kept_as_wall_clock():
    result = read("2025-02-27T01:17:00")
    assert (result.value, result.precision) == (utc(2025, 2, 27, 1, 17), "naive")


def test_unknown_timezone_name_counts_as_no_timezone():
    result = read("2025-02-27T01:17:00", timezone="Not/A_Zone")
    assert result.precision == "naive"


@pytest.mark.parametrize("raw", ["2025-02-27", "20250227", "Feb. 27, 2025", "27/02/2025"])
def test_date_only_is_midnight_utc_even_with_a_site_timezone(raw):
    result = read(raw, timezone="Europe/Kyiv", language="en")
    assert (result.value, result.precision) == (utc(2025, 2, 27), "date")


@pytest.mark.parametrize("raw, expected", [
    ("Thu, 27 Feb 2025 01:17:00 +0200", utc(2025, 2, 26, 23, 17)),
    ("Wed, 26 Feb 2025 23:17:00 GMT", utc(2025, 2, 26, 23, 17)),
    ("26 Feb 2025 23:17 +0000", utc(2025, 2, 26, 23, 17)),
])
def test_rfc_2822_as_in_feeds(raw, expected):
    result = read(raw)
    assert (result.value, result.precision) == (expected, "exact")


@pytest.mark.parametrize("raw", [1740611820, 1740611820000, 1740611820.0, "1740611820"])
def test_unix_epochs_seconds_and_milliseconds(raw):
    result = read(raw)
    assert (result.value, result.precision) == (utc(2025, 2, 26, 23, 17), "exact")


def test_datetime_and_date_objects_pass_through():
    aware = dt.datetime(2025, 2, 27, 1, 17, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert read(aware).value == utc(2025, 2, 26, 23, 17)
    assert read(dt.date(2025, 2, 27)).precision == "date"
    assert read(dt.datetime(2025, 2, 27, 1, 17), timezone="Europe/Kyiv").precision == "site-tz"


# -- month names in several languages ----------------------------------------------------

@pytest.mark.parametrize("raw, language, expected, precision", [
    ("February 27, 2025 1:17 AM", "en", utc(2025, 2, 26, 23, 17), "site-tz"),
    ("27 лютого 2025, 01:17", "uk", utc(2025, 2, 26, 23, 17), "site-tz"),
    ("27. Februar 2025, 00:17 Uhr", "de", utc(2025, 2, 26, 22, 17), "site-tz"),
    ("2025年2月27日 01:17", "ja", utc(2025, 2, 26, 23, 17), "site-tz"),
    ("27 лютого 2025", "uk", utc(2025, 2, 27), "date"),
])
def test_month_names_in_several_languages(raw, language, expected, precision):
    result = read(raw, language=language, timezone="Europe/Kyiv")
    assert (result.value, result.precision) == (expected, precision)


@pytest.mark.parametrize("raw, language, expected", [
    ("Veröffentlicht am 27.04.24 um 07:39 Uhr", "de", utc(2024, 4, 27, 7, 39)),
    ("15.10.99 23:35", "de", utc(1999, 10, 15, 23, 35)),
])
def test_two_digit_years_are_read_in_the_right_century(raw, language, expected):
    assert read(raw, language=language).value == expected


def test_a_time_without_a_date_takes_the_reference_day():
    result = read("4:11")
    assert (result.value, result.precision) == (utc(2025, 2, 27, 4, 11), "relative")


def test_a_wrong_language_hint_falls_back_to_detection():
    result = read("27 лютого 2025", language="en")
    assert result.value == utc(2025, 2, 27)


def test_an_unknown_language_hint_is_ignored():
    assert read("Feb 27, 2025", language="zz").value == utc(2025, 2, 27)
    assert read("Feb 27, 2025", language="en-GB").value == utc(2025, 2, 27)


def test_zone_names_in_text_are_exact():
    result = read("Feb 27, 2025 01:17 EET")
    assert (result.value, result.precision) == (utc(2025, 2, 26, 23, 17), "exact")


# -- relative dates -------------------------------------------------------------------

@pytest.mark.parametrize("raw, language, expected", [
    ("2 hours ago", "en", utc(2025, 2, 27, 8, 0)),
    ("2時間前", "ja", utc(2025, 2, 27, 8, 0)),
    ("vor 3 Stunden", "de", utc(2025, 2, 27, 7, 0)),
    ("2 hours ago", None, utc(2025, 2, 27, 8, 0)),
])
def test_relative_dates_are_anchored_at_the_reference(raw, language, expected):
    result = read(raw, language=language)
    assert (result.value, result.precision) == (expected, "relative")


def test_relative_dates_follow_the_reference_not_the_clock():
    later = dt.datetime(2030, 1, 1, 12, tzinfo=UTC)
    result = normalise_date("3 days ago", reference=later)
    assert result.value == utc(2029, 12, 29, 12)


def test_relative_wall_clock_is_read_in_the_site_timezone():
    result = read("today 10:00", timezone="Europe/Kyiv")  # 10:00 in Kyiv = 08:00 UTC
    assert (result.value, result.precision) == (utc(2025, 2, 27, 8, 0), "relative")


# -- labels ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("Published: 2025-02-27", "2025-02-27"),
    ("Updated 27 Feb 2025", "27 Feb 2025"),
    ("Aktualisiert am 27.02.2025, 10:15 Uhr", "27.02.2025, 10:15 Uhr"),
    ("(Updated: Feb 27, 2025)", "Feb 27, 2025"),
    ("  Last updated on\n Feb 27, 2025 ", "Feb 27, 2025"),
    ("Оновлено: 27 лютого 2025", "27 лютого 2025"),
    ("Zuerst veröffentlicht am\n 30/04/2024 - 16:17", "30/04/2024 - 16:17"),
    ("Publicerad 23 okt 2025 kl 10.23", "23 okt 2025 kl 10.23"),
    ("Onward 2025", "Onward 2025"),  # a label is a whole word, not a word's start
])
def test_labels_are_trimmed(raw, expected):
    assert clean_date_text(raw) == expected


def test_labelled_strings_parse():
    assert read("Published: Feb 27, 2025").value == utc(2025, 2, 27)
    assert read("Aktualisiert am 27.02.2025, 10:15 Uhr", language="de").value == \
        utc(2025, 2, 27, 10, 15)


def test_an_empty_label_is_empty():
    result = read("(Updated: )")
    assert (result.value, result.error, result.raw) == (None, "empty", "(Updated: )")


# -- impossible dates and junk --------------------------------------------------------

@pytest.mark.parametrize("raw, reason", [
    ("0000-00-00", "unparsed"),
    ("99999-01-01", "unparsed"),
    ("1985-06-01T10:00:00Z", "before 1990"),
    ("2025-03-01T10:00:00Z", "more than a day after"),
    (4102444800, "more than a day after"),  # 2100-01-01
    ("not a date at all", "unparsed"),
    ("", "empty"),
    (None, "empty"),
])
def test_impossible_dates_are_rejected_with_a_reason(raw, reason):
    result = read(raw)
    assert result.value is None and result.precision is None
    assert reason in result.error
    assert result.raw == (raw if raw is None or isinstance(raw, str) else str(raw))


@pytest.mark.parametrize("raw, language", [("06/01/2026 - 13:55 GMT+1", "en"),
                                           ("01/06/2026 13:55 +01:00", "de")])
def test_an_ambiguous_day_month_order_that_lands_in_the_future_is_read_the_other_way(
        raw, language):
    reference = utc(2026, 1, 6, 14, 37)
    result = normalise_date(raw, language=language, reference=reference)
    assert result.value == utc(2026, 1, 6, 12, 55)


def test_an_unambiguous_future_date_stays_rejected():
    result = normalise_date("13/06/2026", language="en", reference=utc(2026, 1, 6))
    assert result.value is None and "after the reference" in result.error


def test_a_date_within_a_day_after_the_reference_is_accepted():
    assert read("2025-02-28T09:00:00Z").value == utc(2025, 2, 28, 9)


def test_without_reference_the_clock_bounds_the_future():
    assert normalise_date("2999-01-01T00:00:00Z").error.startswith("more than a day")
    assert normalise_date("2020-01-01T00:00:00Z").value == utc(2020, 1, 1)


@pytest.mark.parametrize("raw", [
    "x" * 1_000_000, b"\x00\xff\xfe", object(), ["2025-02-27"], {"a": 1}, True,
    float("nan"), float("inf"), -10**30, 10**400, "2025-02-30", "\u202e\u0000",
])
def test_junk_never_raises(raw):
    result = read(raw)
    assert result.value is None
    assert result.error


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.binary(max_size=40),
                 st.none(), st.datetimes()))
def test_any_input_gives_a_result_never_an_exception(raw):
    result = normalise_date(raw, language="en", reference=FETCHED)
    assert isinstance(result, NormalisedDate)
    assert (result.value is None) == (result.error is not None)
    if result.value is not None:
        assert result.value.tzinfo == UTC
        assert result.precision in PRECISIONS


@pytest.mark.parametrize("line, parts", [
    ("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner", ["Do 25.04.24 14:07 Uhr", "Do 25.04.24"]),
    ("Do 25.04.24 | 14:07 Uhr | 4 Min", ["Do 25.04.24 14:07 Uhr 4 Min", "Do 25.04.24 14:07 Uhr",
                                        "Do 25.04.24"]),
    ("By Jane Doe, March 3, 2024, 10:15 am",
     ["March 3 2024 10:15 am", "March 3 2024"]),
    ("Jane Doe | 4 Min | 12 Kommentare", []),
    ("Von Jan Kurz | 10:15", []),
    ("", []),
    # a year (with a zone) or a month alone names no day
    ("Jane Doe | 2023 GMT", []),
    ("Jane Doe | März 2024", []),
    # a name run into the date when the line's elements were joined
    ("Ann LeeMay 3, 2023 GMT", ["Ann Lee May 3 2023 GMT", "Lee May 3 2023 GMT",
                                   "May 3 2023 GMT"]),
    ("Tom Ray21 Jan 2020", ["Tom Ray 21 Jan 2020", "Ray 21 Jan 2020", "21 Jan 2020"]),
])
def test_date_parts_of_a_byline_line_are_absolute_dates_only(line, parts):
    assert date_parts_of_line(line) == parts


def test_a_labelled_date_longer_than_a_part_is_read_without_its_label():
    line = "Publié le mardi 3 mars 2026 à 8h45 | mis à jour le 4 mars 2026 à 10h05 par Léa Roy"
    # read so for the publication date's candidates only
    assert date_parts_of_line(line) == []
    parts = date_parts_of_line(line, labelled=True)
    assert parts[:2] == ["mardi 3 mars 2026 à 8h45", "3 mars 2026 à 8h45"]
    parsed = normalise_date(parts[0], language="fr")
    assert parsed.value == dt.datetime(2026, 3, 3, 8, 45, tzinfo=dt.timezone.utc)
    # nor one closed by a zone abbreviation, which the page's own evidence reads ("IST")
    assert date_parts_of_line("Published: 26th November 2026 07:05 AM IST", labelled=True) == []
    # a long part that opens with no date label, or that is a sentence, is no date part
    assert date_parts_of_line("Der Rat tagte am 3. März 2026 im alten Rathaus der Stadt",
                              labelled=True) == []
    assert date_parts_of_line("The council met on March 3 2026 in the old town hall",
                              labelled=True) == []


def test_date_parts_of_a_byline_line_parse():
    parsed = normalise_date(date_parts_of_line("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner")[0],
                            language="de")
    assert parsed.value == dt.datetime(2024, 4, 25, 14, 7, tzinfo=dt.timezone.utc)
    assert parsed.precision == "naive"


@pytest.mark.parametrize("raw, language, expected", [
    ("15/03/2024 14h30", "pt", dt.datetime(2024, 3, 15, 14, 30, tzinfo=dt.timezone.utc)),
    ("5 février 2024 à 9 h 12", "fr", dt.datetime(2024, 2, 5, 9, 12, tzinfo=dt.timezone.utc)),
])
def test_h_clock_times_are_times_not_hours_ago(raw, language, expected):
    parsed = normalise_date(raw, language=language)
    assert (parsed.value, parsed.precision) == (expected, "naive")


def _named_day_texts():
    """Every month name of dates._MONTH_NAMES in each shape it is read without dateparser."""
    from newscrawl.extract.dates import _MONTH_NAMES

    for language, names in _MONTH_NAMES.items():
        for name in names:
            for spelling, day, year in ((name, 1, 2008), (name.capitalize(), 31, 1999),
                                        (name.upper(), 29, 2024), (name.capitalize(), 30, 2023)):
                if language == "de":
                    yield language, f"{day}. {spelling} {year}"
                    yield language, f"0{day % 10 or 1}. {spelling} {year}"
                else:
                    yield language, f"{spelling} {day}, {year}"
                    yield language, f"{spelling}. {day} {year}"
                    yield language, f"{day} {spelling} {year}"


def test_month_names_read_without_dateparser_agree_with_dateparser():
    """The commonest date-only shapes are read by a fast path: each reading (and each
    impossible day it leaves to dateparser) is what dateparser gives with the same hint."""
    from newscrawl.extract.dates import _anchored_parser, _named_day

    read = 0
    for language, text in _named_day_texts():
        mine = _named_day(text, language)
        theirs = _anchored_parser(language).get_date_data(text).date_obj
        assert mine == theirs, (language, text)  # None both: an impossible day
        read += mine is not None
    assert read > 200
    assert _named_day("February 30, 2023", "en") is None  # impossible: left to dateparser
    assert _named_day("March 4, 2024, 10:15", "en") is None  # a time: left to dateparser
    assert normalise_date("4. März 2024", language="de").precision == "date"


def _clock_day_texts():
    """Full dates in the shapes read without dateparser by _clock_day, with and without a
    weekday and a time of day, and near misses of each (impossible days and times,
    hours that cannot take am/pm), for each language hint the shapes exist for."""
    days = ((18, 1, 2008), (1, 12, 1999), (30, 2, 2023), (29, 2, 2024), (31, 4, 2021),
            (5, 3, 2030))
    clocks = ("", " 4:50 PM", " 12:00am", " 12:30 p.m.", ", 10:15 a.m.", " at 9:05pm",
              " 16:03:26", ", 0:30", " 23:59:59", " 6:41am.", " 4:50 p.m", " 24:00",
              " 10:60", " 13:30pm", " 0:30am", " 9:05:61", " 4:50Pm")
    en_names = {1: ("January", "Jan", "JAN."), 2: ("February", "feb"), 3: ("March", "Mar."),
                4: ("April", "apr"), 12: ("December", "Dec", "dec.")}
    de_names = {1: ("Januar", "JANUAR"), 2: ("Februar",), 3: ("März",), 4: ("April",),
                12: ("Dezember",)}
    for weekday in ("", "Friday, ", "Fri ", "Wed, ", "thursday "):
        for day, month, year in days:
            for clock in clocks:
                for name in en_names[month]:
                    for language in ("en", None):
                        yield language, f"{weekday}{name} {day}, {year}{clock}"
                    yield "en", f"{weekday}{name}. {day}th {year}{clock}"
                    yield "en", f"{weekday}{day} {name}, {year}{clock}"
                    yield "en", f"{weekday}{day}{'st' if day == 1 else 'th'} {name} {year}{clock}"
                for language in ("en", None):
                    yield language, f"{weekday}{month}/{day}/{year}{clock}"
                    yield language, f"{weekday}{month:02d}.{day:02d}.{year}{clock}"
    for day, month, year in days:
        for clock in clocks + (" 12:01 Uhr", ", 18:00 Uhr", " 9:05:07 Uhr"):
            for name in de_names[month]:
                yield "de", f"{day}. {name} {year}{clock}"
            yield "de", f"{day:02d}.{month:02d}.{year}{clock}"
            yield "de", f"{day}.{month}.{year % 100:02d}{clock}"
    for year in ("00", "19", "49", "68", "69", "70", "99"):
        yield "de", f"28.09.{year}"


def test_full_dates_read_without_dateparser_agree_with_dateparser():
    """Full dates with a weekday, an ordinal day or a time of day, and numeric dates,
    are read by a fast path: each of its readings is what dateparser gives with the same
    hint, and what it leaves (None) is left to dateparser."""
    from newscrawl.extract.dates import _anchored_parser, _clock_day

    read = 0
    for language, text in _clock_day_texts():
        mine = _clock_day(text, language)
        if mine is not None:
            assert mine == _anchored_parser(language).get_date_data(text).date_obj, (language, text)
            read += 1
    assert read > 1500
    assert _clock_day("March 4, 2008 24:00", "en") is None
    assert _clock_day("13/01/2008", "en") is None  # not month first: left to dateparser
    assert normalise_date("Tuesday, March 4, 2008 4:50 PM", language="en").value == \
        dt.datetime(2008, 3, 4, 16, 50, tzinfo=dt.timezone.utc)


def _numeric_day_texts():
    """Numeric dates with a four-digit year (day or month first, padded or not, three
    separators) with and without a 24-hour clock, and near misses (a thirteenth month, a
    thirty-first of a short month, a 24:00 and a minute 60)."""
    numbers = ("1", "01", "7", "10", "12", "13", "15", "29", "30", "31")
    for first in numbers:
        for second in numbers:
            for sep in "/.-":
                for year, clock in (("2008", ""), ("2024", " 20:12"), ("1999", " 14:35:41"),
                                    ("2023", " 24:00"), ("2021", " 9:60")):
                    yield f"{first}{sep}{second}{sep}{year}{clock}"


def test_numeric_days_read_without_dateparser_agree_with_dateparser():
    """Numeric dates _clock_day leaves (a first number above twelve, a dash, a region's
    order) are read by a fast path: each of its readings is what the parser the string
    would reach gives (the hint's, or the hint's with the region's order), and what it
    leaves (None) is left to dateparser."""
    from newscrawl.extract.dates import _anchored_parser, _numeric_day, _ordered_parser

    read = 0
    for text in _numeric_day_texts():
        for language in ("en", None):
            for order in (None, "DMY", "MDY"):
                mine = _numeric_day(text, language, order)
                if mine is not None:
                    parser = (_ordered_parser(language, order) if order
                              else _anchored_parser(language))
                    assert mine == parser.get_date_data(text).date_obj, (language, order, text)
                    read += 1
    assert read > 2000
    assert _numeric_day("13/13/2008", "en", None) is None
    assert _numeric_day("15/01/2008", "de", None) is None  # another hint: left to dateparser


def test_numeric_days_of_other_languages_in_an_asked_order_agree_with_dateparser():
    """With the order asked for (a dotted date, a region's order), the hint's parser of
    each language of _ORDERED_NUMERIC_DAY_LANGUAGES reads a numeric date as _numeric_day
    does; without one, the language's own order is dateparser's to apply."""
    from newscrawl.extract.dates import (
        _ORDERED_NUMERIC_DAY_LANGUAGES, _numeric_day, _ordered_parser)

    read = 0
    for language in sorted(_ORDERED_NUMERIC_DAY_LANGUAGES):
        for order in ("DMY", "MDY"):
            parser = _ordered_parser(language, order)
            for text in itertools.islice(_numeric_day_texts(), 0, None, 5):  # (a fifth: time)
                mine = _numeric_day(text, language, order)
                if mine is not None:
                    assert mine == parser.get_date_data(text).date_obj, (language, order, text)
                    read += 1
    assert read > 3000
    assert _numeric_day("11.11.2021 18:00", "de", "DMY") == dt.datetime(2021, 11, 11, 18, 0)
    assert _numeric_day("05/06/2022", "fr", None) is None  # the locale's order: dateparser's


def test_numeric_and_relative_dates_of_the_fast_paths_ask_no_date_parser(monkeypatch):
    from dateparser.date import DateDataParser

    def refuse(self, *args, **kwargs):
        raise AssertionError("dateparser asked")

    monkeypatch.setattr(DateDataParser, "get_date_data", refuse)
    utc = dt.timezone.utc
    assert normalise_date("15/01/2008 16:10:34", language="en").value == \
        dt.datetime(2008, 1, 15, 16, 10, 34, tzinfo=utc)
    assert normalise_date("11/01/2008 14:35:41", language="en-GB").value == \
        dt.datetime(2008, 1, 11, 14, 35, 41, tzinfo=utc)
    assert normalise_date("29-12-2007", language="en").value == dt.datetime(2007, 12, 29, tzinfo=utc)
    parsed = normalise_date("18 hours ago", language="en", reference=FETCHED)
    assert (parsed.value, parsed.precision) == (FETCHED - dt.timedelta(hours=18), "relative")


def test_units_ago_read_without_dateparser_agree_with_dateparser(monkeypatch):
    """English counts of whole units back from the reference are read by a fast path:
    each reading (value, zone and kind) is what dateparser's relative re-read gives, in
    the site's zone; longer spans and other units are left to dateparser."""
    from zoneinfo import ZoneInfo

    from newscrawl.extract import dates

    references = (dt.datetime(2024, 3, 10, 7, 30, 15, 123456, tzinfo=dt.timezone.utc),
                  dt.datetime(2024, 10, 27, 1, 5, tzinfo=dt.timezone.utc))
    zones = (None, ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"))
    texts = [f"{count} {unit}{plural} ago" for count in (0, 1, 2, 18, 24, 60, 99)
             for unit in ("second", "minute", "hour", "day", "week") for plural in ("", "s")]
    fast = dates._units_ago
    read = 0
    for language in ("en", None):
        for zone in zones:
            for reference in references:
                context = dates._Context(language=language, zone=zone, reference=reference)
                for text in texts:
                    mine = fast(text, context)
                    monkeypatch.setattr(dates, "_units_ago", lambda text, context: None)
                    theirs = dates._parse_natural(text, context)
                    monkeypatch.setattr(dates, "_units_ago", fast)
                    assert mine == theirs and mine.value.tzinfo == theirs.value.tzinfo, (text, zone)
                    read += 1
    assert read == 2 * 3 * 2 * 70
    context = dates._Context(language="en", zone=None, reference=references[0])
    assert fast("999 weeks ago", context) is None  # before the anchored window: left to dateparser
    assert fast("2 months ago", context) is None
    assert fast("2 days ago", dates._Context(language="de", zone=None, reference=references[0])) is None


def _zoned_clock_texts():
    """JavaScript Date.toString(), Unix date and ISO-with-a-zone-name strings: every month,
    each zone name, impossible days and clocks, offsets east and west, upper and lower case."""
    from newscrawl.extract.dates import _ZONE_ABBREVIATIONS

    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    zones = list(_ZONE_ABBREVIATIONS)
    names = ["", " (Central European Standard Time)", " (Coordinated Universal Time",
             " (Mitteleuropäische Sommerzeit)", " (India Standard Time)"]
    for index, month in enumerate(months):
        day = (1, 4, 29, 30, 31)[index % 5]
        clock = ("00:00:00", "09:05:07", "23:59:59", "24:00:00", "12:60:00")[index % 5]
        offset = ("+0000", "+0100", "-0500", "+0530", "-0930", "+1400")[index % 6]
        year = (2008, 2019, 2024, 1989)[index % 4]
        month_case = (month, month.upper(), month.lower())[index % 3]
        yield f"Tue {month_case} {day:02d} {year} {clock} GMT{offset}{names[index % 5]}"
        yield f"sat {month} {day} {clock} {zones[index % len(zones)]} {year}"
        yield f"{year}-{index + 1:02d}-{day:02d}T{clock} {zones[-1 - index % len(zones)]}"
        yield f"{year}-{index + 1:02d}-{day:02d} {clock}.123456 {zones[index % len(zones)]}"
    yield from zones  # (not a date: left to dateparser)


@pytest.mark.parametrize("language", [None, "en", "de", "ja", "xx", "guz"])
def test_zoned_clocks_read_without_dateparser_agree_with_dateparser(monkeypatch, language):
    """A JavaScript Date.toString(), a Unix date or an ISO moment with a zone's name is read
    by a fast path: each reading (value, precision, the day stated) is what the hint's
    parser and detection give without it, in any language hint."""
    from newscrawl.extract import dates

    fast = dates._zoned_clock
    read = 0
    for text in _zoned_clock_texts():
        for order in (None, "DMY") if language == "en" else (None,):
            if fast(clean_date_text(text), language) is None:
                continue
            mine = dates.normalise_date_and_day(text, language=language, reference=FETCHED, order=order)
            monkeypatch.setattr(dates, "_zoned_clock", lambda text, language: None)
            theirs = dates.normalise_date_and_day(text, language=language, reference=FETCHED, order=order)
            monkeypatch.setattr(dates, "_zoned_clock", fast)
            assert mine == theirs, (language, order, text)
            read += 1
    if language not in dates._ZONED_CLOCK_LANGUAGES:
        assert read == 0  # (a language not checked: dateparser reads)
        return
    assert read >= 30
    assert fast("Tue Mar 04 2025 15:02:00 GMT+0100 (Central European Standard Time", language) == \
        dt.datetime(2025, 3, 4, 15, 2, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert fast("2025-03-04 15:02:00 IST", language) is None  # (three zones so named: dateparser's)
    assert fast("Tue Mar 04 2025 15:02:00 GMT+1345", language) is None  # (dateparser reads none)


def test_a_language_that_knows_a_zones_name_as_its_own_word_reads_zoned_clocks_itself():
    """Gusii's parser takes "EST" for a word of its own and drops the zone: it is not in
    _ZONED_CLOCK_LANGUAGES, and dateparser reads the string."""
    from newscrawl.extract import dates

    assert "guz" not in dates._ZONED_CLOCK_LANGUAGES
    assert normalise_date("2024-02-04 09:05:59 EST", language="guz").value == \
        dt.datetime(2024, 2, 4, 9, 5, 59, tzinfo=UTC)
    assert normalise_date("2024-02-04 09:05:59 EST", language="en").value == \
        dt.datetime(2024, 2, 4, 14, 5, 59, tzinfo=UTC)


def test_zoned_clocks_ask_no_date_parser(monkeypatch):
    from dateparser.date import DateDataParser

    def refuse(self, *args, **kwargs):
        raise AssertionError("dateparser asked")

    monkeypatch.setattr(DateDataParser, "get_date_data", refuse)
    assert normalise_date("Wed May 04 2022 10:45:00 GMT+0000 (Coordinated Universal Time)",
                          language="es").value == dt.datetime(2022, 5, 4, 10, 45, tzinfo=UTC)
    assert normalise_date("Tue Jan 28 15:28:56 CET 2020", language="de").value == \
        dt.datetime(2020, 1, 28, 14, 28, 56, tzinfo=UTC)
    parsed = normalise_date("2022-05-04T03:00:00 UTC", language="es")
    assert (parsed.value, parsed.precision) == (dt.datetime(2022, 5, 4, 3, tzinfo=UTC), "exact")


def test_stated_day_reads_the_value_once_and_rejects_what_the_normaliser_rejects(monkeypatch):
    from newscrawl.extract import dates

    reads = []
    parse_any = dates._parse_any
    monkeypatch.setattr(dates, "_parse_any", lambda raw, context: reads.append(raw) or parse_any(raw, context))
    assert dates.stated_day("3. März 2024, 23:30 Uhr", language="de", reference=FETCHED) == dt.date(2024, 3, 3)
    assert reads == ["3. März 2024, 23:30 Uhr"]
    for raw in ("1985-05-01", "2025-03-05T10:00:00Z", "not a date", None, ""):
        assert read(raw).value is None
        assert dates.stated_day(raw, reference=FETCHED) is None, raw
    assert dates.stated_day("2025-02-28T09:00:00+05:00", reference=FETCHED) == dt.date(2025, 2, 28)


@pytest.mark.parametrize("raw, expected", [
    ("입력 2026.03.05 10:12", "2026.03.05 10:12"),
    ("기사입력 2026.03.05 10:12", "2026.03.05 10:12"),
    ("등록 2026-03-05 10:12", "2026-03-05 10:12"),
    ("수정 2026.03.05 11:40", "2026.03.05 11:40"),
    ("등록일 2009.05.14", "등록일 2009.05.14"),  # a paper's registration day: no label of the story
])
def test_korean_labels_are_trimmed(raw, expected):
    assert clean_date_text(raw) == expected


def test_korean_labels_say_publication_or_update():
    from newscrawl.extract.dates import PUBLISHED_LABEL, UPDATE_LABEL

    assert PUBLISHED_LABEL.search("김민수 기자 | 등록 ") and PUBLISHED_LABEL.search("입력 ")
    assert UPDATE_LABEL.search("| 수정 ") and not PUBLISHED_LABEL.search("| 수정 ")
    # the words inside longer words (the registration number and day in a footer) are none
    assert not PUBLISHED_LABEL.search("등록번호 서울 아00001 | 등록일 ")


@pytest.mark.parametrize("raw, expected", [
    ("Publikováno: čtvrtek 12. listopadu 2030, 14:05", "čtvrtek 12. listopadu 2030, 14:05"),
    ("Aktualizováno: 13. 11. 2030 8:30", "13. 11. 2030 8:30"),
    ("Publikované 12. novembra 2030", "12. novembra 2030"),
    ("Publikovat 12. 11. 2030", "Publikovat 12. 11. 2030"),  # "to publish": no label
])
def test_czech_and_slovak_labels_are_trimmed(raw, expected):
    assert clean_date_text(raw) == expected


def test_czech_labels_say_publication_or_update():
    from newscrawl.extract.dates import PUBLISHED_LABEL, UPDATE_LABEL

    assert PUBLISHED_LABEL.search("Autor: Jana Nová | Publikováno: ")
    assert UPDATE_LABEL.search("| Aktualizováno: ") and not PUBLISHED_LABEL.search("| Aktualizováno: ")
    # a word that holds the letters is none ("publikovánoho" is no Czech word, "nepublikováno"
    # is "unpublished")
    assert not PUBLISHED_LABEL.search("nepublikováno ")


# -- a day and a year with the month elsewhere ------------------------------------------

@pytest.mark.parametrize("raw", [
    "11th 2009 @ 10:57 UTC",  # the month was a link of its own, split off the text
    "Thursday, 11th, 2009",
    "3 2024",
])
def test_a_day_followed_straight_by_its_year_names_no_date(raw):
    result = read(raw)
    assert result.value is None
    assert result.error.startswith("no month")


@pytest.mark.parametrize("raw, expected", [
    ("June 11th, 2009 @ 10:57 UTC", utc(2009, 6, 11, 10, 57)),
    ("Thursday, 11th June 2009", utc(2009, 6, 11)),
    ("11 June 2009", utc(2009, 6, 11)),
    ("11/06/2009", utc(2009, 11, 6)),
    ("2009", utc(2009, 1, 1)),
])
def test_a_day_with_its_month_between_it_and_the_year_still_reads(raw, expected):
    assert read(raw).value == expected


def test_a_byline_date_whose_month_is_a_link_of_its_own_gives_way_to_the_url_day():
    from newscrawl import extract_article
    story = ("<p>The river ferry will run again from Monday after the landing stage was "
             "rebuilt over the winter, the county said, and the first crossing leaves at "
             "seven.</p>") * 4
    html = ("<html><head><title>Voices » Ferry returns to the river</title></head><body>"
            "<h2><a href='/2009/06/11/ferry/'>Ferry returns to the river</a></h2>"
            "<div class='post-byline-block'><h3>\n Thursday,\n <a href='/2009/06'>June</a>\n"
            " <a href='/2009/06/11'>11th,</a>\n 2009 @ 10:57 UTC\n</h3>"
            "<h4>by <a href='https://voices.example/author/ann-lee/'>Ann Lee</a></h4></div>"
            f"<div class='entry'>{story}</div></body></html>")
    article = extract_article(html, "https://voices.example/2009/06/11/ferry/", profile=False)
    assert article.published_at.date() == dt.date(2009, 6, 11)
    # without the URL's day, no day with a made-up month: the line read whole, its parts
    # joined (page_dates.split_date_raws), names its own day
    alone = extract_article(html, "https://voices.example/ferry/", profile=False)
    assert alone.published_at.date() == dt.date(2009, 6, 11)


@pytest.mark.parametrize("raw, language", [
    ("3. März 2024, 23:30 Uhr", "de"), ("2025-02-28T09:00:00+05:00", None),
    ("March 4, 2024", "en"), ("3 hours ago", "en"), ("1985-05-01", None), ("not a date", "en"),
    (None, None), ("", "en"), ("2025-03-05T10:00:00Z", None)])
def test_the_reading_and_its_day_come_from_one_parse(monkeypatch, raw, language):
    from newscrawl.extract import dates

    expected = (normalise_date(raw, language=language, reference=FETCHED),
                dates.stated_day(raw, language=language, reference=FETCHED))
    reads = []
    parse_any = dates._parse_any
    monkeypatch.setattr(dates, "_parse_any", lambda raw, context: reads.append(raw) or parse_any(raw, context))
    assert dates.normalise_date_and_day(raw, language=language, reference=FETCHED) == expected
    assert len(reads) <= 1


@pytest.mark.parametrize("language", ["en", "en-US", None, "sv", "de"])
@pytest.mark.parametrize("raw, day", [
    ("05.03.2021", dt.date(2021, 3, 5)), ("12.03. 2021", dt.date(2021, 3, 12)),
    ("5. 3. 2021", dt.date(2021, 3, 5)), ("05.03.21", dt.date(2021, 3, 5)),
    ("05.03.2021 14:35", dt.date(2021, 3, 5)), ("25.03.2021", dt.date(2021, 3, 25)),
])
def test_a_dotted_numeric_date_is_read_day_first_whatever_the_language(raw, day, language):
    # no locale writes the month first with dots; an English or missing hint (a German
    # page under a template's "en-US" tag) must not read 05.03.2021 as May 3
    reference = dt.datetime(2022, 1, 1, tzinfo=dt.timezone.utc)
    assert normalise_date(raw, language=language, reference=reference).value.date() == day
    # (slashes keep the language's order: the US writes 06/01/2026 month first)
    assert normalise_date("06/01/2026", language="en-US").value.date() == dt.date(2026, 6, 1)


# -- a printed 12-hour clock after a day-month-year date -------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("06 Feb 2025 3:45 PM", utc(2025, 2, 6, 15, 45)),
    ("06 Feb 2025 3:45 pm", utc(2025, 2, 6, 15, 45)),
    ("06 Feb 2025 3:45PM", utc(2025, 2, 6, 15, 45)),
    ("6 Feb 2025 3:45:10 PM", utc(2025, 2, 6, 15, 45, 10)),
    ("Thu, 06 Feb 2025 3:45 PM", utc(2025, 2, 6, 15, 45)),
    ("06 Feb 2025 3:45 p.m.", utc(2025, 2, 6, 15, 45)),
    ("06 Feb 2025 3:45 P.M.", utc(2025, 2, 6, 15, 45)),
    ("06 Feb 2025 12:05 AM", utc(2025, 2, 6, 0, 5)),
    ("06 Feb 2025 12:05 PM", utc(2025, 2, 6, 12, 5)),
    ("06 Feb 2025 11:05 a.m.", utc(2025, 2, 6, 11, 5)),
    ("06 Feb 25 3:45 PM", utc(2025, 2, 6, 15, 45)),
])
def test_twelve_hour_mark_after_day_month_year_is_not_a_zone(raw, expected):
    """RFC 2822's zone slot takes letters, but "AM" / "PM" there is a 12-hour clock's mark."""
    result = read(raw)
    assert (result.value, result.precision) == (expected, "naive")


def test_twelve_hour_clock_printed_under_the_headline_keeps_the_afternoon():
    from pathlib import Path

    from newscrawl import extract_article
    page = Path(__file__).parent / "date_pages" / "twelve_hour_clock_after_day_month_year.html"
    article = extract_article(page.read_text(encoding="utf-8"),
                              "https://rosslare-lantern.example/news/harbour-lights", profile=False)
    assert article.published_at is not None
    assert article.published_at.replace(tzinfo=None) == dt.datetime(2023, 11, 14, 19, 20)
