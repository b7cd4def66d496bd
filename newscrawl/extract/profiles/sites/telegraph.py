"""The Telegraph (English, United Kingdom).

Overrides:

* headline - the JSON-LD headline is an SEO variant (and ``<title>`` too); the page's
  ``<h1 data-test="headline">`` is the headline readers see, and og:title agrees with it.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import meta_content

PROFILE = SiteProfile(
    name="telegraph",
    domains=("telegraph.co.uk",),
    start_urls=("https://www.telegraph.co.uk/",),
    allow=(r"/\d{4}/\d{2}/\d{2}/[^/]+/?(?:[?#]|$)", r"/recommended/[^/]+/[^/]+/?(?:[?#]|$)"),
    deny=(r"/authors/", r"/topics/", r"/video/"),
    timezone="Europe/London",
    language="en",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields={
        "headline": ["//h1[@data-test='headline']", meta_content("og:title")],
    }),),
)
