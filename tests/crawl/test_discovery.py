"""Parsing of robots.txt, sitemaps and feeds (newscrawl.crawl.discovery)."""

import datetime as dt
import gzip

from newscrawl.crawl import discovery

UTC = dt.timezone.utc


def test_robots_sitemap_lines_are_absolute_and_unique():
    robots = ("User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n"
              "sitemap: https://news.example/news.xml\nSitemap: /sitemap.xml\n")
    assert discovery.sitemap_urls_from_robots(robots, "https://news.example/robots.txt") == [
        "https://news.example/sitemap.xml", "https://news.example/news.xml"]


def test_sitemap_index_gives_nested_sitemaps_with_lastmod():
    xml = b"""<?xml version="1.0"?>
    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://n.example/s1.xml</loc><lastmod>2025-01-02</lastmod></sitemap>
      <sitemap><loc>/s2.xml.gz</loc></sitemap>
    </sitemapindex>"""
    entries = discovery.parse_sitemap(xml, "https://n.example/sitemap.xml")
    assert [(e.url, e.kind) for e in entries] == [
        ("https://n.example/s1.xml", "sitemap"), ("https://n.example/s2.xml.gz", "sitemap")]
    assert entries[0].date == dt.datetime(2025, 1, 2, tzinfo=UTC)
    assert entries[1].date is None


def test_google_news_sitemap_gives_publication_date_and_title():
    xml = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://n.example/a/1</loc>
        <news:news><news:publication><news:name>N</news:name><news:language>en</news:language>
        </news:publication><news:publication_date>2025-02-27T01:17:00+02:00</news:publication_date>
        <news:title>Talks &amp; more</news:title></news:news></url>
    </urlset>"""
    (entry,) = discovery.parse_sitemap(xml, "https://n.example/news.xml")
    assert entry.kind == "page"
    assert entry.title == "Talks & more"
    assert entry.date == dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC)


def test_malformed_sitemap_is_survived_and_entities_not_expanded():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">
      <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <urlset><url><loc>https://n.example/&c;</loc></url><url><loc>https://n.example/ok</loc>"""
    entries = discovery.parse_sitemap(bomb, "https://n.example/")
    assert all(len(e.url) < 200 for e in entries)
    assert discovery.parse_sitemap(b"", "https://n.example/") == []
    assert discovery.parse_sitemap(b"\x00\x01 not xml", "https://n.example/") == []


def test_rss_and_atom_entries_with_dates():
    rss = b"""<rss version="2.0"><channel><title>T</title>
      <item><title>One</title><link>https://n.example/one</link>
        <pubDate>Thu, 27 Feb 2025 01:17:00 +0200</pubDate></item>
      <item><title>Two</title><guid>https://n.example/two</guid></item>
    </channel></rss>"""
    entries = discovery.parse_feed(rss, "https://n.example/rss")
    assert [e.url for e in entries] == ["https://n.example/one", "https://n.example/two"]
    assert entries[0].date == dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC)
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
      <link rel="alternate" href="/a"/><link rel="enclosure" href="/a.jpg"/>
      <updated>2025-03-01T10:00:00Z</updated></entry></feed>"""
    (entry,) = discovery.parse_feed(atom, "https://n.example/atom")
    assert entry.url == "https://n.example/a"
    assert entry.date == dt.datetime(2025, 3, 1, 10, tzinfo=UTC)
    assert discovery.looks_like_feed(rss) and discovery.looks_like_feed(atom)
    assert not discovery.looks_like_feed(b"<urlset></urlset>")


def test_feed_links_announced_by_a_page():
    html = """<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">
      <link rel="alternate" hreflang="de" href="/de/"><link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/atom+xml" href="https://n.example/atom.xml">
      </head><body></body></html>"""
    assert discovery.feed_urls_from_html(html, "https://n.example/") == [
        "https://n.example/rss.xml", "https://n.example/atom.xml"]


def test_gzipped_sitemap_bytes_are_recognised_by_magic():
    data = gzip.compress(b"<urlset><url><loc>https://n.example/x</loc></url></urlset>")
    assert data[:2] == b"\x1f\x8b"
