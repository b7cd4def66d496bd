"""Dates printed in calendars and writing conventions other than the Gregorian one with
Western month names, read as Gregorian ISO days.

Documented conventions of the press, not any one site's phrasing:

- **Solar Hijri** (the Persian calendar, official in Iran and Afghanistan): "۱۲ تیر ۱۳۹۹"
  with the Iranian month names, "12 سرطان 1399" with the Dari (zodiac) names of
  Afghanistan or the Pashto ones, or year first and numeric, "1399/04/12". Converted by
  the arithmetic of the calendar's 33-year leap cycles, with the break years of its
  astronomical rule (:func:`solar_hijri_to_gregorian`).
- **Arabic month names written twice**: the Levantine (Syriac) name beside the
  Gregorian one, "24 نيسان / أبريل 2020", "نيسان (أبريل)": the Levantine press's
  convention. Read when the two names agree on the month.
- **Thai Buddhist era**: "12 มกราคม 2563", "12 ม.ค. 63", "12/01/2563" (Gregorian year
  + 543; a two-digit year is the era's last two digits; numeric days are day first).
- **Japanese era years**: "令和5年3月14日", "平成31年4月30日" (Reiwa from 2019, Heisei
  from 1989; 元年 is the first year).
- **Republic of China (Minguo) years**: "民國112年3月14日", "112年3月14日" (year + 1911;
  without the era word only a three-digit year, which no other convention writes).

Dates of the Islamic (lunar Hijri) calendar are not read: their day depends on the
moon sighting or the variant of the calendar, and pages that print one print the
Gregorian day beside it, which the other readers take.

:func:`calendar_dates` finds such dates in a text (ASCII digits: the caller has read
every script's digits as ASCII) and gives each as ISO text; :func:`may_hold_calendar_date`
is the cheap test a text must pass first.
"""

from __future__ import annotations

import datetime as dt
import re

#: Break years of the Solar Hijri leap rule (the years where the 33-year cycle of leap
#: years shifts), as in the documented arithmetic of the calendar (Borkowski's).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
           2192, 2262, 2324, 2394, 2456, 3178)


def _nowruz(year: int) -> dt.date:
    """The Gregorian day of 1 Farvardin (the Solar Hijri new year) of ``year``."""
    leaps = -14
    previous = _BREAKS[0]
    for break_year in _BREAKS[1:]:
        jump = break_year - previous
        if year < break_year:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        previous = break_year
    n = year - previous
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    gregorian_year = year + 621
    gregorian_leaps = gregorian_year // 4 - (gregorian_year // 100 + 1) * 3 // 4 - 150
    return dt.date(gregorian_year, 3, 1) + dt.timedelta(days=20 + leaps - gregorian_leaps - 1)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri date; None for an impossible one (months 1-6
    have 31 days, 7-11 30, the 12th 29 or 30) or one outside the calendar's rule."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)) or not 1 <= year < 3178:
        return None
    start = _nowruz(year)
    offset = (month - 1) * 31 + day - 1 if month <= 6 else 6 * 31 + (month - 7) * 30 + day - 1
    if month == 12 and day == 30 and _nowruz(year + 1) - start != dt.timedelta(days=366):
        return None
    return start + dt.timedelta(days=offset)


def _table(rows: dict[int, str]) -> dict[str, int]:
    """{name: month} from {month: 'name name ...'}."""
    return {name: month for month, names in rows.items() for name in names.split()}


#: Solar Hijri month names: Iranian (Persian), Dari (zodiac, Afghanistan), Pashto; Persian
#: letters (ی, ک): Arabic yeh and kaf are read as those first (:func:`_persian_letters`).
_SOLAR_MONTHS = _table({
    1: "فروردین حمل وری", 2: "اردیبهشت ثور غویی", 3: "خرداد جوزا غبرگولی",
    4: "تیر سرطان چنگاښ", 5: "مرداد امرداد اسد زمری", 6: "شهریور سنبله وږی",
    7: "مهر میزان تله", 8: "آبان عقرب لړم", 9: "آذر قوس لیندۍ",
    10: "دی جدی مرغومی", 11: "بهمن دلو سلواغه", 12: "اسفند حوت کب"})
#: Levantine (Syriac) month names; the two-word ones are written with one space.
_LEVANTINE_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12}
#: Arabic names of the Gregorian months (Egyptian and Gulf spelling, with and without hamza).
_ARABIC_GREGORIAN_MONTHS = _table({
    1: "يناير", 2: "فبراير", 3: "مارس", 4: "أبريل إبريل ابريل", 5: "مايو", 6: "يونيو يونيه",
    7: "يوليو يوليه", 8: "أغسطس اغسطس", 9: "سبتمبر", 10: "أكتوبر اكتوبر", 11: "نوفمبر",
    12: "ديسمبر"})
#: Thai month names, full and abbreviated.
_THAI_MONTHS = _table({
    1: "มกราคม ม.ค.", 2: "กุมภาพันธ์ ก.พ.", 3: "มีนาคม มี.ค.", 4: "เมษายน เม.ย.",
    5: "พฤษภาคม พ.ค.", 6: "มิถุนายน มิ.ย.", 7: "กรกฎาคม ก.ค.", 8: "สิงหาคม ส.ค.",
    9: "กันยายน ก.ย.", 10: "ตุลาคม ต.ค.", 11: "พฤศจิกายน พ.ย.", 12: "ธันวาคม ธ.ค."})
#: First Gregorian year of each Japanese era read (its year 1, 元年).
_JAPANESE_ERAS = {"令和": 2019, "平成": 1989}
#: Gregorian year of the Republic of China's year 0.
_MINGUO_OFFSET = 1911
#: Years between the Buddhist and the Gregorian era.
_BUDDHIST_OFFSET = 543
#: A two-digit Buddhist year from this one on is of the 2500s (2533 is 1990); below it,
#: the two digits are a Gregorian year of the 2000s.
_SHORT_BUDDHIST_FROM = 33


def _alternation(names) -> str:
    """A regex alternation of names, longest first (so a name is not cut by a prefix)."""
    return "|".join(re.escape(name).replace(r"\ ", r"\s") for name in sorted(names, key=len, reverse=True))


#: Solar Hijri years read (1369 is 1990/91; 1409 is 2030/31): no Gregorian date of a
#: news page has them.
SOLAR_HIJRI_YEARS = range(1360, 1410)
#: A year of :data:`SOLAR_HIJRI_YEARS`, as a named group.
_SOLAR_YEAR = r"(?P<{}>13[6-9]\d|140\d)"
_NOT_LETTER = r"(?![^\W\d_])"
_SOLAR_NAMED = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s?(?:ام|م)?\s+(?P<month>" + _alternation(_SOLAR_MONTHS) + r")"
    + _NOT_LETTER + r"\s*(?:ماه\s+)?(?:سال\s+)?" + _SOLAR_YEAR.format("year") + r"(?!\d)")
_SOLAR_NUMERIC = re.compile(
    r"(?<![\d/.-])" + _SOLAR_YEAR.format("year") + r"(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?![\d/]|\.\d)")
_LEVANTINE_TWICE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?:(?P<lev>" + _alternation(_LEVANTINE_MONTHS) + r")\s*[/(-]\s*"
    r"(?P<greg>" + _alternation(_ARABIC_GREGORIAN_MONTHS) + r")|(?P<greg2>"
    + _alternation(_ARABIC_GREGORIAN_MONTHS) + r")\s*[/(-]\s*(?P<lev2>"
    + _alternation(_LEVANTINE_MONTHS) + r"))\s*\)?\s*,?\s*(?P<year>(?:19|20)\d\d)(?!\d)")
#: A numeric day with a Buddhist-era year, day first as Thai writes it: "12/01/2563".
_THAI_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>25[3-9]\d)(?![\d/]|\.\d)")
_THAI = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?P<month>" + _alternation(_THAI_MONTHS) + r")\s*"
    r"(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(?P<year>25[3-9]\d|(?:19|20)\d\d|\d\d)(?!\d)")
#: The Gregorian year printed in brackets after an era year: "令和5年（2023年）".
_GREGORIAN_ASIDE = r"(?:\s?[(（]\s?(?:(?P<gregorian>(?:19|20)\d\d)\s?年?|[^)）]{0,8})\s?[)）])?"
_JAPANESE = re.compile(
    r"(?P<era>" + _alternation(_JAPANESE_ERAS) + r")\s?(?P<year>\d{1,2}|元)\s?年"
    + _GREGORIAN_ASIDE + r"\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日")
_MINGUO = re.compile(
    r"(?:(?P<era>民[國国])\s?(?P<year>\d{2,3})|(?<![\d年])(?P<year3>1\d\d))\s?年"
    + _GREGORIAN_ASIDE + r"\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日")

#: A letter of the Arabic or the Thai script, or 年: every convention read but the
#: numeric Solar Hijri one holds one of them.
_SCRIPT_HINT = re.compile(r"[\u0600-\u06ff\u0e01-\u0e4e年]")
#: The start of a numeric Solar Hijri date of the web era ("1399/", "1402-"), or the end
#: of a numeric day with a Buddhist-era year ("/2563").
NUMERIC_HINT = r"1(?:3[6-9]|40)\d[/.-]|[/.-]25[3-9]\d"
_NUMERIC_HINT = re.compile(NUMERIC_HINT)


def may_hold_calendar_date(text: str) -> bool:
    """False when :func:`calendar_dates` is certain to find nothing in ``text`` (ASCII
    digits): it holds neither a letter of the scripts read nor a piece of a numeric
    Solar Hijri or Buddhist-era date. (A plain-ASCII text, as most texts with digits
    are, is done after a test of its flag and one search.)"""
    return bool((not text.isascii() and _SCRIPT_HINT.search(text))
                or _NUMERIC_HINT.search(text))


def _persian_letters(text: str) -> str:
    """Arabic yeh and kaf (and alef maksura) as the Persian letters, one for one (the
    positions hold): pages write the month names with either."""
    return text.translate(_PERSIAN_LETTERS)


_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _gregorian(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _solar(match) -> str | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else _SOLAR_MONTHS.get(re.sub(r"\s+", " ", month))
    if number is None:
        return None
    return _iso(solar_hijri_to_gregorian(int(match.group("year")), number, int(match.group("day"))))


def _levantine(match) -> str | None:
    lev = _LEVANTINE_MONTHS.get(re.sub(r"\s+", " ", match.group("lev") or match.group("lev2")))
    greg = _ARABIC_GREGORIAN_MONTHS.get(match.group("greg") or match.group("greg2"))
    if lev is None or lev != greg:
        return None
    return _gregorian(int(match.group("year")), lev, int(match.group("day")))


def _thai_numeric(match) -> str | None:
    return _gregorian(int(match.group("year")) - _BUDDHIST_OFFSET, int(match.group("month")),
                      int(match.group("day")))


def _thai(match) -> str | None:
    month = _THAI_MONTHS.get(match.group("month"))
    year = int(match.group("year"))
    if month is None:
        return None
    if year < 100:
        year = 2500 + year - _BUDDHIST_OFFSET if year >= _SHORT_BUDDHIST_FROM else 2000 + year
    elif year >= 2500:
        year -= _BUDDHIST_OFFSET
    return _gregorian(year, month, int(match.group("day")))


def _japanese(match) -> str | None:
    year = match.group("year")
    number = 1 if year == "元" else int(year)
    if number < 1:
        return None
    return _gregorian(_aside_or(match, _JAPANESE_ERAS[match.group("era")] + number - 1),
                      int(match.group("month")), int(match.group("day")))


def _aside_or(match, year: int) -> int:
    """The Gregorian year printed beside an era year, when one is (the page's own
    reading, preferred), else the era year's."""
    aside = match.group("gregorian")
    return int(aside) if aside else year


def _minguo(match) -> str | None:
    year = int(match.group("year") or match.group("year3"))
    return _gregorian(_aside_or(match, year + _MINGUO_OFFSET), int(match.group("month")), int(match.group("day")))


#: Each convention's pattern and reader, tried in this order, and whether the pattern is
#: matched on the text with Persian letters (:func:`_persian_letters`).
_READERS = ((_SOLAR_NAMED, _solar, True), (_SOLAR_NUMERIC, _solar, False),
            (_LEVANTINE_TWICE, _levantine, False), (_THAI, _thai, False),
            (_THAI_NUMERIC, _thai_numeric, False),
            (_JAPANESE, _japanese, False), (_MINGUO, _minguo, False))


def calendar_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO day) of the dates printed in ``text`` in the conventions of the
    module docs, in text order (overlapping matches: the first convention's); impossible
    dates are skipped. ``text`` holds ASCII digits (every script's digits read as ASCII)."""
    if not may_hold_calendar_date(text):
        return []
    persian = _persian_letters(text)
    found: list[tuple[int, int, str]] = []
    for pattern, reader, in_persian_letters in _READERS:
        for match in pattern.finditer(persian if in_persian_letters else text):
            if any(start < match.end() and match.start() < end for start, end, _day in found):
                continue
            day = reader(match)
            if day is not None:
                found.append((match.start(), match.end(), day))
    found.sort()
    return found
