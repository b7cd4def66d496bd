"""Dagbladet (Norwegian, Norway).

An article page scrolls on into the next article (a second ``article.article-entity``),
and the JSON-LD headline keeps the kicker the page shows above the title.

Overrides:

* headline - og:title, else the first ``h1.headline`` (the article's own title).
* authors - the ``itemprop=name`` of every ``.byline`` in the first article's ``.bylines``
  block (the generic byline finder kept only one of them until it read a byline block of one
  name element per writer as one byline; the override stays, pinned to the site's markup).
* images - figures of the first article only.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import article_images, meta_content

FIRST_ARTICLE = "(//article[contains(concat(' ', normalize-space(@class), ' '), ' article-entity ')])[1]"

#: One element per author in the first article's byline block.
BYLINES = (FIRST_ARTICLE + "//*[contains(@class, 'bylines')]"
           "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]")

PROFILE = SiteProfile(
    name="dagbladet",
    domains=("dagbladet.no",),
    start_urls=("https://www.dagbladet.no/",),
    allow=(r"/\d{7,}/?(?:[?#]|$)",),
    deny=(r"/video/", r"/tag/", r"/emne/"),
    timezone="Europe/Oslo",
    language="no",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields={
        "headline": [meta_content("og:title"), "(//h1[contains(@class, 'headline')])[1]"],
        "authors": [BYLINES + "//*[@itemprop='name']", BYLINES],
        "images": [article_images(scope=FIRST_ARTICLE)],
    }),),
)
