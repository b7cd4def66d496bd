"""Dates printed in other calendars and writing conventions (newscrawl.extract.calendars).

Each page in ``date_pages/`` (written for these tests) prints its day in one convention
only, or in two (the calendar's and the Gregorian): a Solar Hijri date (Persian digits,
an Iranian month name), Arabic month names written twice (Levantine and Gregorian), a
Hijri (lunar) date beside the Gregorian one, a Thai Buddhist-era year (four and two
digits), a Japanese era year, a Republic-of-China year.
"""

import datetime as dt
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.calendars import calendar_dates, solar_hijri_to_gregorian
from newscrawl.extract.dates import normalise_date
from newscrawl.extract.page_dates import visible_date_raws
from newscrawl.extract.context import parse_html

PAGES = Path(__file__).parent / "date_pages"


def extract(name: str):
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://site.example/news/{name[:-5]}", profile=False)


@pytest.mark.parametrize("name, day", [
    ("solar_hijri_only.html", dt.date(2020, 7, 2)),
    ("solar_hijri_and_gregorian.html", dt.date(2020, 7, 2)),
    ("arabic_month_names_twice.html", dt.date(2020, 4, 24)),
    ("hijri_beside_gregorian.html", dt.date(2020, 4, 24)),
    ("thai_buddhist_era.html", dt.date(2020, 1, 12)),
    ("thai_buddhist_and_gregorian.html", dt.date(2020, 1, 12)),
    ("japanese_era_year.html", dt.date(2023, 3, 14)),
    ("japanese_era_and_gregorian.html", dt.date(2023, 3, 14)),
    ("minguo_year.html", dt.date(2023, 3, 14)),
    ("minguo_and_gregorian.html", dt.date(2023, 3, 14)),
])
def test_the_day_printed_in_another_calendar(name, day):
    article = extract(name)
    assert article.published_at is not None, name
    assert article.published_at.date() == day
    assert article.sources["published_at"] == "text"


def test_a_time_printed_after_a_solar_hijri_day_is_kept():
    article = extract("solar_hijri_only.html")
    assert article.published_at == dt.datetime(2020, 7, 2, 14, 5, tzinfo=dt.timezone.utc)
    assert article.published_precision == "naive"


@pytest.mark.parametrize("year, month, day, gregorian", [
    (1399, 1, 1, dt.date(2020, 3, 20)),    # Nowruz after a leap Gregorian February
    (1400, 1, 1, dt.date(2021, 3, 21)),
    (1403, 1, 1, dt.date(2024, 3, 20)),
    (1404, 1, 1, dt.date(2025, 3, 21)),
    (1375, 1, 1, dt.date(1996, 3, 20)),
    (1399, 4, 12, dt.date(2020, 7, 2)),    # months 1-6 have 31 days
    (1399, 7, 1, dt.date(2020, 9, 22)),    # months 7-11 have 30
    (1399, 12, 30, dt.date(2021, 3, 20)),  # 1399 is a leap year: Esfand has 30 days
])
def test_solar_hijri_arithmetic(year, month, day, gregorian):
    assert solar_hijri_to_gregorian(year, month, day) == gregorian


def test_impossible_solar_hijri_days():
    assert solar_hijri_to_gregorian(1400, 12, 30) is None  # 1400 is not a leap year
    assert solar_hijri_to_gregorian(1399, 7, 31) is None
    assert solar_hijri_to_gregorian(1399, 13, 1) is None


@pytest.mark.parametrize("text, day", [
    ("۱۲ تیر ۱۳۹۹", "2020-07-02"),
    ("12 تير 1399", "2020-07-02"),          # Arabic yeh for the Persian one
    ("۱۲ سرطان ۱۳۹۹", "2020-07-02"),         # Dari (zodiac) month name, Afghanistan
    ("1399/04/12", "2020-07-02"),
    ("24 أبريل / نيسان 2020", "2020-04-24"),  # either name first
    ("1 كانون الثاني (يناير) 2021", "2021-01-01"),
    ("12 ม.ค. 2563", "2020-01-12"),
    ("12/01/2563", "2020-01-12"),            # numeric, day first, Buddhist-era year
    ("平成31年4月30日", "2019-04-30"),
    ("令和元年5月1日", "2019-05-01"),
    ("中華民國112年3月14日", "2023-03-14"),
])
def test_conventions_read_as_gregorian_days(text, day):
    from newscrawl.text import ascii_digits

    assert [found[2] for found in calendar_dates(ascii_digits(text))] == [day]


@pytest.mark.parametrize("text", [
    "24 نيسان / مايو 2020",      # the two names disagree on the month
    "1 رمضان 1441",              # a lunar Hijri date alone is not read
    "2023年3月14日",              # a Gregorian year is not an era year
    "1380 employees, 12/4",       # a number that could be a Solar Hijri year
    "25 people 2563 votes",
    "12/01/2063",                 # no Buddhist-era year
])
def test_what_is_not_a_date_of_another_calendar(text):
    assert calendar_dates(text) == []


def test_the_normaliser_reads_them_too():
    # date markup and byline lines reach the normaliser, not the printed-date scan
    reading = normalise_date("پنجشنبه ۱۲ تیر ۱۳۹۹ - ۱۲:۳۰", language="fa")
    assert reading.value == dt.datetime(2020, 7, 2, 12, 30, tzinfo=dt.timezone.utc)
    assert normalise_date("12 มกราคม 2563", language="th").value.date() == dt.date(2020, 1, 12)
    assert normalise_date("24 نيسان / أبريل 2020").value.date() == dt.date(2020, 4, 24)
    # written the ISO way (some Persian sites' datetime attributes), with its offset
    assert normalise_date("1399-04-12").value.date() == dt.date(2020, 7, 2)
    assert normalise_date("1399-04-12T10:00:00+04:30").value == dt.datetime(
        2020, 7, 2, 5, 30, tzinfo=dt.timezone.utc)
    # a year before the web era stays an impossible Gregorian date
    assert normalise_date("1001-01-01").error.startswith("before")
    # a Solar Hijri year after the reference is rejected like any future date
    assert normalise_date("1 فروردین 1409").value is None


def test_the_printed_scan_gives_the_gregorian_day_of_each_convention():
    html = (PAGES / "hijri_beside_gregorian.html").read_text(encoding="utf-8")
    assert visible_date_raws(parse_html(html))[:1] == ["24 أبريل 2020"]
    html = (PAGES / "solar_hijri_and_gregorian.html").read_text(encoding="utf-8")
    assert visible_date_raws(parse_html(html)) == ["2020-07-02"]
