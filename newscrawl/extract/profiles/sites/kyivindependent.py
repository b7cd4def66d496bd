"""The Kyiv Independent (English, Ukraine): the seed's site, a Ghost publication.

The generic extractor reads its pages right (JSON-LD, meta tags and the visible byline),
so the profile declares only where to crawl and the site's defaults.
"""

import datetime as dt

from newscrawl.extract.profiles.base import ProfileVersion, SiteProfile

PROFILE = SiteProfile(
    name="kyivindependent",
    domains=("kyivindependent.com",),
    feeds=("https://kyivindependent.com/rss/",),
    sitemaps=("https://kyivindependent.com/sitemap.xml",),
    start_urls=("https://kyivindependent.com/",),
    deny=(r"/tag/", r"/author/", r"/page/\d+", r"/news-feed/?$"),
    timezone="Europe/Kyiv",
    language="en",
    versions=(ProfileVersion(since=dt.date(2022, 1, 1), label="2022"),),
)
