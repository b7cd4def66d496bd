"""Times of day printed beside the publication date, on pages without date markup.

Each page in ``date_pages/`` (written for these tests) prints its date with a time: in
the same line ("07.11.2023 - 10:30"), with a zone ("5:52 PM EDT"), in the next elements
("Mar. 3, 2022", ", at", "6:18 PM"), as French writes it ("à 14 h 05") beside a day the
URL also gives, and after an "Updated" line whose time is not the publication's.
A time with no printed zone is read in the one zone the page's language or region keeps
('site-tz': German, Berlin), else stays a wall-clock time ('naive', English or French
here); either way ``published_raw`` keeps the page's own day and hour.
"""

import datetime as dt
from zoneinfo import ZoneInfo
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.dates import normalise_date
from newscrawl.extract.page_dates import printed_time, with_printed_time

PAGES = Path(__file__).parent / "date_pages"


def extract(name: str, url: str | None = None):
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, url or f"https://site.example/news/{name[:-5]}", profile=False)


@pytest.mark.parametrize("name, url, moment, precision", [
    # a German page: its naive time is Berlin's wall clock (the one zone of German speakers)
    ("printed_time_beside_day.html", None,
     dt.datetime(2023, 11, 7, 10, 30, tzinfo=ZoneInfo("Europe/Berlin")), "site-tz"),
    ("printed_time_with_zone.html", None, dt.datetime(2021, 7, 16, 21, 52), "exact"),
    ("printed_time_in_next_elements.html", None, dt.datetime(2022, 3, 3, 18, 18), "naive"),
    ("printed_time_url_day.html", "https://site.example/2019/12/09/marche-couvert/",
     dt.datetime(2019, 12, 9, 14, 5), "naive"),
])
def test_the_time_printed_beside_the_date_is_read(name, url, moment, precision):
    article = extract(name, url)
    assert article.published_precision == precision
    assert article.published_at == (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc))


def test_a_naive_time_keeps_the_page_day_and_hour():
    article = extract("printed_time_beside_day.html")
    # the wall clock the page printed, on its own day, stays in published_raw
    assert article.published_raw == "2023-11-07T10:30"
    assert article.published_at.date() == dt.date(2023, 11, 7)


def test_an_update_time_is_not_taken_for_the_publication():
    article = extract("printed_update_and_publication_times.html")
    assert article.published_at.date() == dt.date(2020, 4, 28)
    assert article.published_precision == "date"  # the publication line states no time


def test_a_day_from_the_url_takes_the_printed_time_of_the_same_day_only():
    html = (PAGES / "printed_time_url_day.html").read_text(encoding="utf-8")
    other_day = html.replace("9 décembre 2019", "10 décembre 2019")
    article = extract_article(other_day, "https://site.example/2019/12/09/marche-couvert/",
                              profile=False)
    assert article.published_at == dt.datetime(2019, 12, 9, tzinfo=dt.timezone.utc)
    assert article.published_precision == "date"


@pytest.mark.parametrize("after, expected", [
    (", 10:30 (Jetzt kommentieren)", (10, 30, 0, None)),
    (" | 06:46 | Energie", (6, 46, 0, None)),
    (", at 5:55 AM", (5, 55, 0, None)),
    (" 5:52 PM EST", (17, 52, 0, "EST")),
    (" à 14 h 05", (14, 5, 0, None)),
    (" um 12.34 Uhr", (12, 34, 0, None)),
    (" klo 9.05", (9, 5, 0, None)),
    (" 15h30", (15, 30, 0, None)),
    (", 6:18 p.m. Updated", (18, 18, 0, None)),
    (" 23:49:07 GMT+2", (23, 49, 7, "GMT+2")),
    (" 12.34", None),          # a number as often as a time
    (" 4 Min. Lesezeit", None),
    (" 13:30 pm", None),       # no such hour
    (" 10:30 AP", (10, 30, 0, None)),  # an agency's initials, not a zone
])
def test_printed_time_shapes(after, expected):
    assert printed_time(after) == expected


def test_printed_zones_use_the_offset_of_the_day():
    assert with_printed_time("2020-01-15", " 08:11 CET") == "2020-01-15T08:11+01:00"
    assert with_printed_time("2020-07-15", " 08:11 CET") == "2020-07-15T08:11+02:00"
    assert with_printed_time("Nov. 20, 2019", " 5:52 AM EST") == "2019-11-20T05:52-05:00"
    assert with_printed_time("2020-07-15", " 08:11 JST") == "2020-07-15T08:11+09:00"
    assert with_printed_time("2020-07-15", " 08:11 IST") == "2020-07-15T08:11"  # ambiguous
    assert with_printed_time("14 August 2022", ", 15:40") == "14 August 2022 15:40"
    assert with_printed_time("2020-07-15", " Share") == "2020-07-15"
    reading = normalise_date(with_printed_time("Nov. 20, 2019", " 5:52 AM EST"))
    assert reading.precision == "exact"
    assert reading.value == dt.datetime(2019, 11, 20, 10, 52, tzinfo=dt.timezone.utc)


def test_a_publication_key_of_an_inline_script_dates_a_page_with_no_markup():
    article = extract("date_in_a_script_data_layer.html")
    # the data layer's publication key, not its modification key nor the related story's
    assert article.published_at == dt.datetime(2023, 10, 24, 11, 32, 41, tzinfo=dt.timezone.utc)
    assert article.published_precision == "exact"
    assert article.sources["published_at"] == "script"


def test_a_printed_day_takes_the_time_a_script_states_for_it():
    article = extract("printed_day_and_script_time.html")
    assert article.published_raw == "2021-03-09T16:45:00-06:00"
    assert article.published_at == dt.datetime(2021, 3, 9, 22, 45, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] != "script"  # the day came from the page's markup
    other_day = (PAGES / "printed_day_and_script_time.html").read_text(encoding="utf-8")
    other_day = other_day.replace("2021-03-09T16:45", "2021-03-08T16:45")
    article = extract_article(other_day, "https://site.example/news/bus-routes", profile=False)
    assert article.published_at == dt.datetime(2021, 3, 9, tzinfo=dt.timezone.utc)
    assert article.published_precision == "date"


def test_script_publication_keys():
    import lxml.html
    from newscrawl.extract.page_dates import script_date_raws
    page = lxml.html.fromstring(
        "<html><head><script type='application/ld+json'>{\"datePublished\": "
        "\"2020-01-01T10:00:00Z\"}</script><script>var a = {\"publish_gmt_date\": "
        "\"2019-11-18 17:02:02\", \"publish_date\": \"2019-11-18 12:02:02\", "
        "\"publish_iso_date\": \"2019-11-18T12:02:02-05:00\", \"modifiedPublishDate\": "
        "\"2019-11-19T00:00:00Z\", \"publishDay\": \"2019-11-18\"};</script></head>"
        "<body><p>x</p></body></html>")
    # offsets first; GMT copies, modification keys, JSON-LD and days without a time left out
    assert script_date_raws(page) == ["2019-11-18T12:02:02-05:00", "2019-11-18 12:02:02"]
    # keys in any case, a word starting before its "pub", a text whose lower case is longer
    # ("İ"), scripts without "pub" at all
    page = lxml.html.fromstring(
        "<html><head><script>var ad = 1;</script><script>x = {\"DATE_PUB\": "
        "\"2018-02-03T04:05:06Z\"}</script><script>var İ = 1; y = {'datepub': "
        "'2017-02-03 04:05'}</script></head><body><p>x</p></body></html>")
    assert script_date_raws(page) == ["2018-02-03T04:05:06Z", "2017-02-03 04:05"]


def test_a_time_printed_before_the_date_is_read_and_the_update_line_is_not():
    article = extract("printed_time_before_day.html")
    assert article.published_raw == "2022-06-12T09:40+01:00"
    assert article.published_at == dt.datetime(2022, 6, 12, 8, 40, tzinfo=dt.timezone.utc)
    assert article.published_precision == "exact"


@pytest.mark.parametrize("before, expected", [
    ("04:30, ", (4, 30, 0, None)),
    ("Published: 10:55 EDT, ", (10, 55, 0, "EDT")),
    ("12:20pm ", (12, 20, 0, None)),
    ("Posted: Fri 6:45 PM, ", (18, 45, 0, None)),
    ("um 10:15 Uhr, Samstag, ", (10, 15, 0, None)),
    ("Seite 12:30 von ", None),       # a word that is not a weekday stands between
    ("Kostenlos bis 19.30 ", None),   # a dot without "Uhr"
])
def test_printed_time_before_shapes(before, expected):
    from newscrawl.extract.page_dates import printed_time_before
    assert printed_time_before(before) == expected


def test_a_publication_line_without_a_time_borrows_none_from_an_unlabelled_line():
    html = (PAGES / "printed_update_and_publication_times.html").read_text(encoding="utf-8")
    published = '<p class="stamp">Published: Apr. 28, 2020</p>'
    revised = '<p class="stamp">Updated: Apr. 28, 2020, 8:11 p.m.</p>'
    assert published in html and revised in html
    # the page's own word for the update is not one newscrawl knows ("Revised")
    html = html.replace(revised, "").replace(
        published, published + '<p class="stamp">Revised Apr. 28, 2020, 8:11 p.m.</p>')
    article = extract_article(html, "https://site.example/news/library-hours", profile=False)
    assert article.published_at == dt.datetime(2020, 4, 28, tzinfo=dt.timezone.utc)
    assert article.published_precision == "date"


def test_the_record_takes_the_day_and_lists_the_time_that_was_lent():
    """The debugging record agrees with the Article: the taken candidate is the one of the
    layer that gave the day (the URL here), holding the refined moment; the printed time
    that lent its hour is listed beside it, not taken."""
    from newscrawl.extract.record import TAKEN, ExtractionRecord

    html = (PAGES / "printed_time_url_day.html").read_text(encoding="utf-8")
    record = ExtractionRecord()
    article = extract_article(html, "https://site.example/2019/12/09/marche-couvert/",
                              profile=False, record=record)
    taken = record.taken("published_at")
    assert (taken.layer, taken.stored) == (article.sources["published_at"], article.published_at)
    assert article.sources["published_at"] == "url"
    lenders = [c for c in record.candidates("published_at")
               if c.state != TAKEN and c.note and "lent its time" in c.note]
    assert [c.layer for c in lenders] == ["text"]


def test_the_clocks_of_japanese_chinese_and_korean_dates_are_read():
    # the weekday in brackets after the date, then the half-day word and "時 / 分"
    assert printed_time("(木) 午前7時05分") == (7, 5, 0, None)
    assert printed_time(" 午後3時5分") == (15, 5, 0, None)
    assert printed_time("（四） 下午3:05") == (15, 5, 0, None)
    assert printed_time(" 오후 3시 05분") == (15, 5, 0, None)
    assert printed_time(" 14時30分") == (14, 30, 0, None)
    # an hour alone is no time
    assert printed_time(" 3時") is None
    assert with_printed_time("2026-12-03", "(木) 午前7時05分") == "2026-12-03T07:05"


def test_us_zones_written_in_words_after_the_time_are_read():
    assert printed_time(" 3:47 p.m. Central Time") == (15, 47, 0, "CT")
    assert printed_time(" 7:05 a.m. Eastern Standard Time") == (7, 5, 0, "ET")
    assert with_printed_time("2026-07-01", " 3:47 p.m. Central Time") == "2026-07-01T15:47-05:00"
    # a place named like a zone is no zone
    assert with_printed_time("2026-07-01", " 9:00 a.m. Central Park") == "2026-07-01T09:00"



def test_the_time_after_the_closing_dot_of_a_dotted_day_is_read():
    """CLDR's Korean (also Hungarian, Croatian, Serbian) short dates close every part with a
    dot, the day too ("2025.03.05. 오후 2:17"): the dot closes the date, and the time after it
    is the date's own."""
    article = extract("dotted_day_closing_dot_half_day.html")
    assert article.published_raw == "2025-03-05T14:17"
    assert article.published_precision == "site-tz"


@pytest.mark.parametrize("stamp, raw", [
    ("05.03.2025. 14:17", "2025-03-05T14:17"),  # day first, the closing dot (Croatian, Serbian)
    ("March 5, 2025. 14:17", "March 5, 2025"),  # a date in words: the dot ends a sentence
])
def test_only_a_dotted_day_has_a_closing_dot(stamp, raw):
    html = (f"<html><body><h1>Library opens late</h1><p class='stamp'>{stamp}</p>"
            "<p>The city library will stay open until ten in the evening on weekdays from next"
            " month, after a survey of its readers.</p></body></html>")
    article = extract_article(html, "https://site.example/news/library", profile=False)
    assert article.published_raw == raw


@pytest.mark.parametrize("name, moment, precision", [
    # "@" between the date and the time (The Events Calendar's default separator)
    ("printed_time_at_sign.html", dt.datetime(2023, 3, 14, 9, 47, tzinfo=ZoneInfo("Europe/Berlin")),
     "site-tz"),
    # the AP style's hour on the hour ("7 a.m."), printed in the element after the day
    ("printed_hour_only_ap_style.html", dt.datetime(2022, 3, 3, 7, 0, tzinfo=dt.timezone.utc), "naive"),
    # a day-only <time datetime>, the time printed after the element
    ("time_day_then_printed_clock.html", dt.datetime(2021, 6, 8, 15, 20, tzinfo=ZoneInfo("Europe/Berlin")),
     "site-tz"),
    # "CET" printed in June: Central European summer time, the zone's rule for the day
    ("seasonal_zone_in_date_class.html", dt.datetime(2024, 6, 12, 16, 5, tzinfo=dt.timezone.utc), "exact"),
    # a dotted clock after a dotted day ("27.11.2021 08.45")
    ("dotted_clock_after_dotted_day.html", dt.datetime(2021, 11, 27, 8, 45, tzinfo=ZoneInfo("Europe/Berlin")),
     "site-tz"),
])
def test_the_time_printed_in_other_forms_is_read(name, moment, precision):
    article = extract(name)
    assert article.published_at == moment
    assert article.published_precision == precision


@pytest.mark.parametrize("after, dotted_day, expected", [
    (" @ 18:13", False, (18, 13, 0, None)),
    (" @6:13 pm", False, (18, 13, 0, None)),
    (" 4 AM", False, (4, 0, 0, None)),
    (", 7 a.m. EST", False, (7, 0, 0, "EST")),
    (" 4 am", False, None),        # German "am": no hour alone without dots or capitals
    (" 4 Min. Lesezeit", False, None),
    (" 12.09", True, (12, 9, 0, None)),
    (" 12.09", False, None),       # a dotted number after another kind of date
    (" 3.50 EUR", True, None),     # a one-digit hour with a dot: a price as often
    (" 12.09.2021", True, None),   # another dotted day
])
def test_printed_time_other_forms(after, dotted_day, expected):
    assert printed_time(after, dotted_day) == expected


def test_a_printed_zone_with_summer_time_is_read_on_the_zone_rules_of_the_day():
    from newscrawl.extract.page_dates import seasonal_zone
    assert seasonal_zone("October 23, 2025 5:50 pm CET") == ("October 23, 2025 5:50 pm", "Europe/Berlin")
    assert seasonal_zone("Nov. 20, 2019 5:52 AM (EST)") == ("Nov. 20, 2019 5:52 AM", "America/New_York")
    assert seasonal_zone("March 3, 2020 ET") is None  # no time before it
    assert seasonal_zone("2020-07-15T08:11:00+02:00") is None
    assert seasonal_zone("2020-07-15 08:11 JST") is None  # a fixed offset: the parser reads it
    html = (PAGES / "seasonal_zone_in_date_class.html").read_text(encoding="utf-8")
    winter = extract_article(html.replace("June 12, 2024", "January 12, 2024"),
                             "https://site.example/news/corridor", profile=False)
    assert winter.published_at == dt.datetime(2024, 1, 12, 17, 5, tzinfo=dt.timezone.utc)


def test_a_wall_clock_structured_time_takes_the_zone_printed_with_the_same_clock():
    """JSON-LD states "2025-11-03T14:30:00" (no offset: a local time, ISO 8601 says); the
    meta line prints "Nov 3, 2025, 2:30 PM ET": the same clock, and which clock it is
    (Eastern time, EST on that day)."""
    article = extract("naive_structured_time_printed_zone.html",
                      "https://newsroom.harborlane.example/releases/second-bakery-plant")
    assert article.published_at == dt.datetime(2025, 11, 3, 19, 30, tzinfo=dt.timezone.utc)
    assert article.published_precision == "exact"
    # another minute printed is another moment (an update): the wall clock stays as it is
    html = (PAGES / "naive_structured_time_printed_zone.html").read_text(encoding="utf-8")
    other = extract_article(html.replace("2:30 PM ET", "4:05 PM ET"),
                            "https://newsroom.harborlane.example/releases/second-bakery-plant", profile=False)
    assert other.published_at == dt.datetime(2025, 11, 3, 14, 30, tzinfo=dt.timezone.utc)
    assert other.published_precision == "naive"
