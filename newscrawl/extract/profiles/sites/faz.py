"""Frankfurter Allgemeine Zeitung (German, Germany).

Overrides:

* headline - the JSON-LD headline is sometimes an SEO variant; og:title is the
  headline printed on the page (in the ``<h1>`` / header title of every layout seen).
* images - the 2025 layout shows the lead picture in a ``header-teaser-image`` block and
  its caption (``span``) and credit (``small``) in the block after it, outside any
  figure; the generic figures of the article body are kept.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import FigureMarkup, article_images, meta_content

HEADER_PICTURE = FigureMarkup(
    container=".//div[@data-external-selector='header-teaser-image']",
    caption="./following-sibling::div[1][contains(@class, 'meta2')]/span[1]",
    credit="./following-sibling::div[1][contains(@class, 'meta2')]/small[1]",
)

PROFILE = SiteProfile(
    name="faz",
    domains=("faz.net",),
    start_urls=("https://www.faz.net/",),
    allow=(r"/aktuell/.+-\d{6,}\.html(?:[?#]|$)",),
    deny=(r"/redaktion/", r"/podcasts/", r"/themen/", r"/video/"),
    timezone="Europe/Berlin",
    language="de",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields={
        "headline": [meta_content("og:title"), "h1"],
        "images": [article_images(figures=(HEADER_PICTURE,))],
    }),),
)
