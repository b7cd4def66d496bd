"""Rzeczpospolita (Polish, Poland).

Overrides:

* images - the lead picture is a ``<picture>`` in a ``div.article--image`` (news) or
  ``div.blog--image`` (commentary) with its caption in ``p.article--media--lead`` and the
  credit in ``p.image--author``, no ``<figure>`` and no caption class the generic finder
  knows. The full-page advertising layer (``.commercial--break``) has a caption-classed
  notice that is no caption.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import FigureMarkup, article_images

LEAD_PICTURE = FigureMarkup(
    container=(".//div[contains(concat(' ', normalize-space(@class), ' '), ' article--image ')"
               " or contains(concat(' ', normalize-space(@class), ' '), ' blog--image ')]"),
    caption="./p[contains(@class, 'article--media--lead')]",
    credit="./p[contains(@class, 'image--author')]",
)

#: The full-page advertising layer shown before the article, with a caption-classed notice.
COMMERCIAL_BREAK = "//*[contains(@class, 'commercial--break')]"

PROFILE = SiteProfile(
    name="rzeczpospolita",
    domains=("rp.pl",),
    start_urls=("https://www.rp.pl/",),
    allow=(r"/art\d+-",),
    deny=(r"/autor/", r"/tagi/"),
    timezone="Europe/Warsaw",
    language="pl",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields={
        "images": [article_images(figures=(LEAD_PICTURE,), skip=(COMMERCIAL_BREAK,))],
    }),),
)
