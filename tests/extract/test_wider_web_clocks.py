"""The publication minute of printed date shapes of the wider web, and a printed wall
clock whose instant a script states (pages written for these tests, with no structured
data: what the printed-date readers decide alone).

- ``date_pages/numeric_day_with_gmt_offset.html``: a Vietnamese date line "Thứ tư,
  4/3/2026, 09:40 (GMT+7)" (day first, as Vietnamese writes numeric dates). The printed
  zone used to restate the day as ISO read month first (3 April); the day keeps its
  printed form when both orders give the zone the same offset
  (``page_dates._order_free_offset``), so the page's language orders it.
- ``date_pages/weekday_after_date_turkish.html``: "12 Mart 2025 Çarşamba 16:35", the
  weekday between the date and its clock, as Turkish sites print it (the minute was lost:
  the weekday names of ``page_dates.WEEKDAY_NAMES`` had no Turkish ones).
- ``date_pages/dotted_clock_after_year_nordic.html``: "Publicerad 3 november 2025
  07.45", a dotted clock after a date closed by its year, with no "kl." before it, and a
  list of latest items whose ``<time>``s state the day alone (already read on main: kept
  as a guard of the shape).
- ``date_pages/wall_clock_and_script_instant.html``: "Oct 13, 2020 @ 4:48 pm" and a data
  layer's ``publish_date`` of 20:48:33Z, the same clock in UTC-4
  (``extractor._in_scripted_zone``).
"""

import datetime as dt
from pathlib import Path

from newscrawl import extract_article
from newscrawl.extract.page_dates import with_printed_time

PAGES = Path(__file__).parent / "date_pages"
UTC = dt.timezone.utc


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_a_numeric_day_with_a_fixed_offset_is_read_in_the_pages_order():
    article = extract_article(_page("numeric_day_with_gmt_offset.html"),
                              "https://tinphoco.example/phuong-mo-diem-trong-xe-4981300.html", profile=False)
    assert article.published_at == dt.datetime(2026, 3, 4, 2, 40, tzinfo=UTC)


def test_an_ambiguous_numeric_day_keeps_its_printed_form_beside_a_fixed_offset():
    assert with_printed_time("4/3/2026", ", 15:02 (GMT+7)") == "4/3/2026 15:02 +07:00"
    # an unambiguous day, or a zone whose offset the two readings change, is restated as before
    assert with_printed_time("14/3/2026", ", 15:02 ET") == "2026-03-14T15:02-04:00"
    assert with_printed_time("4/3/2026", ", 15:02 ET") == "2026-04-03T15:02-04:00"


def test_a_turkish_weekday_between_the_date_and_the_clock():
    article = extract_article(_page("weekday_after_date_turkish.html"),
                              "https://kiyihaber.example/sahil-yoluna-bisiklet-seridi", profile=False)
    assert article.published_at == dt.datetime(2025, 3, 12, 13, 35, tzinfo=UTC)


def test_a_dotted_clock_after_a_date_closed_by_its_year():
    article = extract_article(_page("dotted_clock_after_year_nordic.html"),
                              "https://vastkustbladet.example/nyheter/biblioteket-oppettider", profile=False)
    assert article.published_at == dt.datetime(2025, 11, 3, 6, 45, tzinfo=UTC)


def test_a_printed_wall_clock_takes_the_instant_a_script_states_for_it():
    url = "https://valleyweekly.example/garden-feeds-the-street"
    article = extract_article(_page("wall_clock_and_script_instant.html"), url, profile=False)
    assert article.published_at == dt.datetime(2020, 10, 13, 20, 48, 33, tzinfo=UTC)
    assert article.published_precision == "exact"
    assert article.sources["published_at"] == "script"


def test_a_script_moment_of_another_minute_leaves_the_wall_clock():
    url = "https://valleyweekly.example/garden-feeds-the-street"
    page = _page("wall_clock_and_script_instant.html").replace("20:48:33Z", "22:10:00Z")
    article = extract_article(page, url, profile=False)
    assert article.published_precision == "naive"
    assert article.published_at == dt.datetime(2020, 10, 13, 16, 48, tzinfo=UTC)
