"""Euronews (English at euronews.com, German at de.euronews.com; several more editions).

Overrides (both editions share the markup):

* headline - the ``<h1>`` and JSON-LD headline are a longer SEO variant; og:title (and
  twitter:title) hold the article's own, shorter title.

The editions are two profiles so each has its language; the registry picks the most
specific domain, so de.euronews.com pages get the German one.
"""

import datetime as dt

from newscrawl.extract.profiles.base import FieldRule, ProfileVersion, SiteProfile
from newscrawl.extract.profiles.rules import meta_content

_FIELDS: dict[str, list[FieldRule]] = {"headline": [meta_content("og:title", "twitter:title")]}
_ALLOW = (r"/\d{4}/\d{2}/\d{2}/[^/?#]+",)
_DENY = (r"/video/", r"/programs/", r"/tag/")

PROFILE = SiteProfile(
    name="euronews",
    domains=("euronews.com",),
    start_urls=("https://www.euronews.com/",),
    allow=_ALLOW,
    deny=_DENY,
    timezone="Europe/Paris",
    language="en",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields=_FIELDS),),
)

GERMAN = SiteProfile(
    name="euronews-de",
    domains=("de.euronews.com",),
    start_urls=("https://de.euronews.com/",),
    allow=_ALLOW,
    deny=_DENY,
    timezone="Europe/Paris",
    language="de",
    versions=(ProfileVersion(since=dt.date(2020, 1, 1), label="2020", fields=_FIELDS),),
)

#: Both profiles of this module, in registration order.
PROFILES = (PROFILE, GERMAN)
