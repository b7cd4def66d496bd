"""The built-in site profiles."""

import datetime as dt

from newscrawl.profiles import ProfileVersion, SiteProfile, register

register(SiteProfile(
    name="kyivindependent",
    domains=("kyivindependent.com",),
    feeds=("https://kyivindependent.com/rss/",),
    sitemaps=("https://kyivindependent.com/sitemap.xml",),
    start_urls=("https://kyivindependent.com/",),
    deny=(r"/tag/", r"/author/", r"/page/\d+", r"/news-feed/?$"),
    timezone="Europe/Kyiv",
    language="en",
    versions=(ProfileVersion(since=dt.date(2022, 1, 1), label="2022"),),
))
