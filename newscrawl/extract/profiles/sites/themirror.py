"""The Mirror (English, United Kingdom; Reach plc).

Overrides:

* headline - live blogs put a "... LIVE:" lead-in into the ``<h1>`` and JSON-LD headline;
  og:title holds the article's own title (on other articles all three agree).
* images - "read more" teaser boxes inside the article body (``aside.read-more-links``)
  carry ``*-caption`` classes and video players a ``video-caption``: neither captions a
  picture of the article.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import article_images, meta_content

PROFILE = SiteProfile(
    name="themirror",
    domains=("mirror.co.uk",),
    start_urls=("https://www.mirror.co.uk/",),
    allow=(r"-\d{7,}(?:[?#]|$)",),
    deny=(r"/all-about/", r"/authors/", r"/video/"),
    timezone="Europe/London",
    language="en",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields={
        "headline": [meta_content("og:title")],
        "images": [article_images(skip=(
            "//aside[contains(@class, 'read-more-links')]",
            "//*[contains(@class, 'video-caption')]",
        ))],
    }),),
)
