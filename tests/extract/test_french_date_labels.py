"""The French labels of a page's own dates: "Mis en ligne le" (put online: the
publication) and "Modifié le" (modified: an update).

``date_pages/french_online_and_modified_labels.html`` (written for this test) has no
structured date; beside its byline it prints "Mis en ligne le 3 mars 2026, 07:15" and
"Modifié le 4 mars 2026, 15:40". The first is read as the publication; the second is
held back as an update, so that the day in the URL wins over it when the first is absent.
"""

import datetime as dt
from pathlib import Path

from newscrawl import extract_article
from newscrawl.extract.dates import PUBLISHED_LABEL, UPDATE_LABEL, clean_date_text, normalise_date

PAGE = (Path(__file__).parent / "date_pages" /
        "french_online_and_modified_labels.html").read_text(encoding="utf-8")
URL = "https://echodescollines.example/culture/la-mediatheque-rouvre"
DAY_URL = "https://echodescollines.example/culture/2026/03/03/la-mediatheque-rouvre"
PUBLISHED_LINE = '<span class="story-date">Mis en ligne le 3 mars 2026, 07:15</span>'


def _wall_clock(article):
    return normalise_date(article.published_raw, language="fr").value.replace(tzinfo=None)


def test_the_labels_are_read_as_publication_and_update():
    assert PUBLISHED_LABEL.search("Mis en ligne le 3 mars 2026")
    assert UPDATE_LABEL.search("Modifié le 4 mars 2026")
    assert clean_date_text("Mis en ligne le 3 mars 2026, 07:15") == "3 mars 2026, 07:15"


def test_the_put_online_line_is_the_publication():
    article = extract_article(PAGE, URL, profile=False)
    assert _wall_clock(article) == dt.datetime(2026, 3, 3, 7, 15)


def test_the_modified_line_gives_way_to_the_day_in_the_url():
    article = extract_article(PAGE.replace(PUBLISHED_LINE, ""), DAY_URL, profile=False)
    assert article.published_at.date() == dt.date(2026, 3, 3)
