"""A news sitemap's ``news:publication_date`` or a feed item's date is the fallback for
``published_at`` (source ``listing``) when the page gives none; such listings also mark the
page as listed news (a signal for "article")."""

from __future__ import annotations

import datetime as dt

from newscrawl import extract_article
from newscrawl.crawl import discovery
from newscrawl.crawl.spiders.base import NewsSpider

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://n.example/news/harbour-plan-approved</loc>
    <lastmod>2025-03-02T10:00:00+00:00</lastmod>
    <news:news><news:publication><news:name>N</news:name><news:language>en</news:language>
      </news:publication><news:publication_date>2025-03-01T08:30:00+01:00</news:publication_date>
      <news:title>Harbour plan approved</news:title></news:news></url>
  <url><loc>https://n.example/about</loc><lastmod>2025-01-01</lastmod></url>
</urlset>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title>Tram line reopens</title><link>https://n.example/news/tram-line-reopens</link>
<pubDate>Tue, 04 Mar 2025 07:15:00 GMT</pubDate></item></channel></rss>"""

UNDATED = ("<html><head><title>Harbour plan approved</title></head><body><article>"
           "<h1>Harbour plan approved</h1>"
           + "<p>The council approved the harbour plan on Saturday by a wide margin.</p>" * 12
           + "</article></body></html>")
DATED = UNDATED.replace("<h1>", '<time datetime="2025-02-27T12:00:00+00:00">Feb 27</time><h1>')


def test_news_sitemap_and_feed_entries_carry_their_publication_date():
    news, plain = discovery.parse_sitemap(NEWS_SITEMAP, "https://n.example/sitemap.xml")
    assert news.news and news.published == dt.datetime(2025, 3, 1, 7, 30, tzinfo=dt.timezone.utc)
    assert not plain.news and plain.published is None
    (item,) = discovery.parse_feed(FEED, "https://n.example/rss")
    assert item.news and item.published == dt.datetime(2025, 3, 4, 7, 15, tzinfo=dt.timezone.utc)


def test_listing_date_is_the_fallback_for_published_at():
    (entry, _) = discovery.parse_sitemap(NEWS_SITEMAP, "https://n.example/sitemap.xml")
    article = extract_article(UNDATED, entry.url)
    assert article.published_at is None
    NewsSpider.fill_from_listing(article, entry)
    assert article.published_at == entry.published
    assert article.sources["published_at"] == "listing"

    own = extract_article(DATED, entry.url)
    NewsSpider.fill_from_listing(own, entry)
    assert own.published_at == dt.datetime(2025, 2, 27, 12, tzinfo=dt.timezone.utc)
    assert own.sources["published_at"] != "listing"
