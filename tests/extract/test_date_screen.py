"""Tests of newscrawl.extract.date_screen: the strings dateparser's language detection
cannot read (or can read only through the locales of the page's language, which read
nothing) are stopped before it, and every string it can read still reaches it; the same
for the parser of the page's language."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawl.extract import date_screen, dates
from newscrawl.extract.date_screen import _relative_runs, screen_for
from newscrawl.extract.dates import normalise_date

UTC = dt.timezone.utc
FETCHED = dt.datetime(2025, 2, 27, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def detecting():
    """The detecting parser newscrawl builds, and its screen."""
    parser = dates._anchored_parser(None)
    screen = screen_for(parser)
    assert screen is not None, "the screen could not be built for this dateparser"
    return parser, screen


#: Strings with no date any locale could read: a dateline place, labels, a name before a
#: date, a copyright line, a reading time (the kinds that reach detection on real pages).
NO_DATE = ["OSLO", "Port Elizabeth, EC", "Zuletzt", "Fotos", "By Jane Quimby",
           "By Jane Quimby March 4 2024", "Quimby 4.3.2024 10:15",
           "© Copyright 2024 by Some Press", "4 Min. Lesezeit Quimby",
           "par Odile Marchal, 3 mars 2021"]

#: Strings that detection reads although the page's language did not: another language's
#: month names, a time zone name, a relative date, a Chinese date.
READ_BY_DETECTION = [
    ("14 septembrie 2021 09:30", "en", dt.datetime(2021, 9, 14, 9, 30, tzinfo=UTC)),
    ("Wed Mar 3 11:20:00 UTC 2021", "de", dt.datetime(2021, 3, 3, 11, 20, tzinfo=UTC)),
    ("3 марта 2021", "en", dt.datetime(2021, 3, 3, tzinfo=UTC)),
    ("2021年3月3日", "en", dt.datetime(2021, 3, 3, tzinfo=UTC)),
    ("3 hours ago", "fr", dt.datetime(2025, 2, 27, 7, 0, tzinfo=UTC)),
]


@pytest.mark.parametrize("text", NO_DATE)
def test_stopped_strings_are_read_as_no_date_by_dateparser(detecting, text):
    parser, screen = detecting
    assert screen.unreadable(text)
    assert parser.get_date_data(text).date_obj is None


@pytest.mark.parametrize("text, language, expected", READ_BY_DETECTION)
def test_strings_detection_reads_still_reach_it(detecting, text, language, expected):
    _parser, screen = detecting
    assert not screen.unreadable(text)
    assert normalise_date(text, language=language, reference=FETCHED).value == expected


class _Counting:
    """The detecting parser, counting the strings it is asked (it still reads them)."""

    def __init__(self, parser):
        self.parser, self.asked = parser, []

    def get_date_data(self, text):
        self.asked.append(text)
        return self.parser.get_date_data(text)


@pytest.fixture()
def counting(detecting, monkeypatch):
    parser, screen = detecting
    spy = _Counting(parser)
    monkeypatch.setattr(dates, "_anchored_parser",
                        lambda language, real=dates._anchored_parser:
                        spy if language is None else real(language))
    monkeypatch.setattr(date_screen, "screen_for",
                        lambda candidate: screen if candidate is spy else None)
    return spy


def test_normalise_date_does_not_ask_detection_for_a_stopped_string(counting):
    reading = normalise_date("By Jane Quimby", language="en", reference=FETCHED)
    assert reading.value is None and reading.error == "unparsed"
    assert counting.asked == []


def test_normalise_date_asks_detection_for_a_string_it_may_read(counting):
    reading = normalise_date("14 septembrie 2021 09:30", language="en", reference=FETCHED)
    assert reading.value == dt.datetime(2021, 9, 14, 9, 30, tzinfo=UTC)
    assert counting.asked == ["14 septembrie 2021 09:30"]


def test_a_time_zone_name_is_tested_with_and_without_it(detecting):
    _parser, screen = detecting
    # "CEST" is in no locale's dictionary; dateparser also tries the string without it.
    assert not screen.unreadable("Fri Apr 2 10:20:30 CEST 2021")


@pytest.mark.parametrize("pattern, runs", [
    (r"in \d++[.,]?\d*+ days?", {"in", "day", "days"}),
    (r"vor \d++[.,]?\d*+ std\.", {"vor", "std"}),
    (r"\d++[.,]?\d*+\sago", {"ago"}),
])
def test_relative_patterns_are_spelled_out(pattern, runs):
    assert _relative_runs(pattern) == runs


@pytest.mark.parametrize("pattern", [r"in \d+ [a-z]+", r"(\d+) days", r"\d++[.,]?\d*+ \w+",
                                     r"\d++[.,]?\d*+\s+ago"])
def test_relative_patterns_beyond_literals_are_searched_as_they_are(pattern):
    assert _relative_runs(pattern) is None


_PIECES = ["Quimby", "Jane", "By", "March", "mars", "märz", "4", "2024", "10:15", "CET", "PM",
           "ago", "hours", "vor", "Stunden", "am", "de", "le", "-", ",", "|", "Uhr", "T", "Z",
           "septembrie", "марта", "年", "3月", "Lesezeit", "OSLO"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_the_screen_never_stops_a_string_dateparser_reads(detecting, pieces):
    parser, screen = detecting
    text = " ".join(pieces)
    if screen.unreadable(text):
        assert parser.get_date_data(text).date_obj is None


def test_only_plain_parsers_are_screened():
    from dateparser.date import DateDataParser

    assert screen_for(DateDataParser(region="GB")) is None
    assert screen_for(DateDataParser(languages=["en"], try_previous_locales=True)) is None
    assert screen_for(DateDataParser(locales=["en-GB"])) is None
    assert date_screen.locales_tried(DateDataParser(languages=["en"], try_previous_locales=True)) == frozenset()
    assert date_screen.locales_tried(dates._anchored_parser(None)) == frozenset()


#: Strings only English reads the words of, with no date it reads.
ONLY_ENGLISH_WORDS = ["Thursday Jan 10 Sunday Jan 13 2008", "Jan 10 Sunday Jan 13 2008"]


@pytest.mark.parametrize("text", ONLY_ENGLISH_WORDS)
def test_detection_is_not_asked_when_only_the_hints_locales_apply(detecting, text):
    parser, screen = detecting
    tried = date_screen.locales_tried(dates._anchored_parser("en"))
    assert tried == {"en"}
    assert not screen.unreadable(text)  # English applies: detection would try it
    assert screen.unreadable(text, tried)  # ... and only English, which read nothing
    assert dates._anchored_parser("en").get_date_data(text).date_obj is None
    assert parser.get_date_data(text).date_obj is None


#: (language, strings the parser of that language reads as no date: a dateline's place, a
#: source label, a name and a date, a reading time beside a name).
NO_DATE_IN_LANGUAGE = [
    ("en", ["OSLO", "PORT ELIZABETH, S. Africa", "Source: Some Wire", "NEW YORK",
            "© Copyright 2024 by Some Press"]),
    ("de", ["Quimby 4.3.2024 10:15", "von Jana Quimby am Dienstag 4. März 2024", "Fotos"]),
    ("fr", ["par Odile Marchal, 3 mars 2021", "MARSEILLE"]),
]
#: (language, strings its parser reads): a month name, a relative date, a clock time.
READ_IN_LANGUAGE = [
    ("en", ["2 days ago", "21:04 January 11th 2008", "1:18PM Tuesday January 15 2008",
            "18 hours ago", "Jan 10"]),
    ("de", ["Dienstag 6. Mai 2014", "13. Mai 2026 um 15:44", "vor 3 Stunden"]),
    ("fr", ["jeudi 13 juin 2019", "il y a 2 heures"]),
]


@pytest.mark.parametrize("language, texts", NO_DATE_IN_LANGUAGE)
def test_a_hints_parser_is_screened_for_strings_none_of_its_locales_reads(language, texts):
    parser = dates._anchored_parser(language)
    screen = screen_for(parser)
    assert screen is not None
    for text in texts:
        assert screen.unreadable(text), text
        assert parser.get_date_data(text).date_obj is None


@pytest.mark.parametrize("language, texts", READ_IN_LANGUAGE)
def test_a_hints_parser_still_reads_its_dates(language, texts):
    parser = dates._anchored_parser(language)
    screen = screen_for(parser)
    for text in texts:
        assert not screen.unreadable(text), text
        assert parser.get_date_data(text).date_obj is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_the_screen_of_a_hints_parser_never_stops_a_string_it_reads(pieces):
    text = " ".join(pieces)
    for language in ("en", "de", "fr"):
        for parser in (dates._anchored_parser(language), dates._ordered_parser(language, "DMY")):
            screen = screen_for(parser)
            if screen is not None and screen.unreadable(text):
                assert parser.get_date_data(text).date_obj is None


def test_normalise_date_does_not_ask_the_hints_parser_a_place(monkeypatch):
    real = dates._anchored_parser("en")
    spy = _Counting(real)
    screen = screen_for(real)
    monkeypatch.setattr(dates, "_anchored_parser",
                        lambda language, real=dates._anchored_parser:
                        spy if language == "en" else real(language))
    monkeypatch.setattr(date_screen, "screen_for",
                        lambda candidate, real=date_screen.screen_for:
                        screen if candidate is spy else real(candidate))
    reading = normalise_date("RENO, Nev.", language="en", reference=FETCHED)
    assert reading.value is None and spy.asked == []
    # (a count of months: "2 days ago" is read without dateparser, dates._units_ago)
    reading = normalise_date("2 months ago", language="en", reference=FETCHED)
    assert reading.value is not None and spy.asked == ["2 months ago"]


def test_detection_is_asked_when_another_locale_than_the_hints_applies(detecting):
    _parser, screen = detecting
    tried = date_screen.locales_tried(dates._anchored_parser("en"))
    assert not screen.unreadable("14 septembrie 2021 09:30", tried)
    assert not screen.unreadable("Wed Mar 3 11:20:00 UTC 2021", date_screen.locales_tried(
        dates._anchored_parser("de")))


def test_normalise_date_skips_detection_after_the_hint_when_only_its_locales_apply(counting):
    reading = normalise_date("Jan 10 Sunday Jan 13 2008", language="en", reference=FETCHED)
    assert reading.value is None and reading.error == "unparsed"
    assert counting.asked == []
    reading = normalise_date("Jan 10 Sunday Jan 13 2008", language="fr", reference=FETCHED)
    assert counting.asked == ["Jan 10 Sunday Jan 13 2008"]  # French did not try English


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_the_screen_given_the_hints_locales_never_stops_a_string_dateparser_reads(detecting, pieces):
    parser, screen = detecting
    text = " ".join(pieces)
    for language in ("en", "de"):
        hinted = dates._anchored_parser(language)
        if hinted.get_date_data(text).date_obj is None and screen.unreadable(
                text, date_screen.locales_tried(hinted)):
            assert parser.get_date_data(text).date_obj is None


@pytest.mark.parametrize("text, expected", [
    ("vor einer Stunde", dt.datetime(2025, 2, 27, 9, 0, tzinfo=UTC)),
    ("hace una hora", dt.datetime(2025, 2, 27, 9, 0, tzinfo=UTC)),
    ("há uma hora", dt.datetime(2025, 2, 27, 9, 0, tzinfo=UTC)),
])
def test_a_string_a_locale_reads_only_once_simplified_still_reaches_detection(detecting, text, expected):
    # "einer", "una", "uma" are in no dictionary: the locale's simplifications make them
    # "1"; the joined pattern of those simplifications finds where they apply
    _parser, screen = detecting
    simplified = [entry for entry in screen._locales
                  if entry.changes is not None and entry.changes.search(text.lower())]
    assert simplified
    assert not screen.unreadable(text)
    assert normalise_date(text, language="en", reference=FETCHED).value == expected


_SIMPLIFIED_PIECES = ["de", "le", "à", "am", "um", "Uhr", "il y a", "hours", "ago", "hace", "una",
                      "días", "vor", "einer", "Stunden", "en", "el", "del", "12", "2024", "3.",
                      "März", "of", "the", "an", "in", "om", "kl.", "ngày", "tháng", "lúc", "y",
                      "às", "h", "min", "uma", "twenty", "one", "a", "an hour", "noon", "midnight"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SIMPLIFIED_PIECES), min_size=1, max_size=6))
def test_a_string_the_joined_simplifications_find_nothing_in_is_its_own_simplification(detecting, pieces):
    _parser, screen = detecting
    text = " ".join(pieces).lower()
    for entry in screen._locales:
        if entry.changes is not None and entry.changes.search(text) is None:
            assert entry.native._simplify(text, settings=screen._settings) == text, entry.name


def test_the_simplifications_of_most_locales_join(detecting):
    _parser, screen = detecting
    simplifying = [entry for entry in screen._locales if entry.simplifies]
    assert sum(entry.changes is not None for entry in simplifying) >= len(simplifying) - 2
    assert all(entry.changes is None for entry in simplifying if entry.name == "ru")


@pytest.mark.parametrize("text", date_screen._UNREADABLE_PROBES)
def test_the_unreadable_probes_are_stopped_and_read_as_no_date_by_detection(detecting, text):
    """What screen_for no longer asks the detecting parser when it builds its screen (it
    would test every locale dateparser knows): the probes it must stop are no date."""
    parser, screen = detecting
    assert screen.unreadable(text)
    assert parser.get_date_data(text).date_obj is None


def test_the_detecting_parsers_screen_is_built_without_asking_it_a_string(monkeypatch):
    """Building the detecting parser's screen asks the parser nothing (its readable probes
    pass the screen, its unreadable ones are not asked); a hint's parser is asked the
    probes its screen stops, which costs its few locales."""
    from dateparser.date import DateDataParser

    asked = []
    real = DateDataParser.get_date_data
    monkeypatch.setattr(DateDataParser, "get_date_data",
                        lambda self, text, *args, **kwargs:
                        asked.append((tuple(self.languages or ()), text))
                        or real(self, text, *args, **kwargs))
    fresh = dates._build_parser(None, dates._ANCHOR)
    assert screen_for(fresh) is not None
    assert asked == []
    assert screen_for(dates._build_parser(("en",), dates._ANCHOR)) is not None
    assert (("en",), "NEW YORK") in asked
