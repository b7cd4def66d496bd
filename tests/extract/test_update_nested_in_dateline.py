"""A date-classed element that prints the publication time and, in a nested element of
its own, the update ("14 Mar 2025 08:05AM <span>(Updated: 14 Mar 2025 04:50PM)</span>"):
the time before the update label is the publication's, not the update's.

The page ``date_pages/update_nested_in_dateline.html`` was written for this test.
"""

import datetime as dt
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.extractor import printed_before_update_label

PAGE = Path(__file__).parent / "date_pages" / "update_nested_in_dateline.html"


@pytest.mark.parametrize("text, expected", [
    ("14 Mar 2025 08:05AM (Updated: 14 Mar 2025 04:50PM)", "14 Mar 2025 08:05AM"),
    ("03.12.2026, 06:15 Uhr (aktualisiert: 03.12.2026, 18:40 Uhr)", "03.12.2026, 06:15 Uhr"),
    ("(Updated: 14 Mar 2025 04:50PM)", None),        # the update alone
    ("Updated: 14 Mar 2025", None),
    ("Story | Updated: 14 Mar 2025", None),           # no date before the label
    ("14 Mar 2025 08:05AM", None),                    # no update label
])
def test_the_text_before_an_update_label(text, expected):
    assert printed_before_update_label(text) == expected


def test_the_publication_time_before_a_nested_update_is_taken():
    article = extract_article(PAGE.read_text(encoding="utf-8"),
                              "https://www.bayside-standard.example/news/market-stalls", profile=False)
    assert article.published_at.replace(tzinfo=None) == dt.datetime(2025, 3, 14, 8, 5)
