"""Discovery files generated from the manifest: robots.txt, sitemaps, RSS and Atom.

Each function takes the manifest and the server's actual base URL (with its port) and
returns the document as text, so the files always point at the running server.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

from newscrawl.testsite.manifest import Manifest, Page

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"

#: Paths of the generated files (the routes serve them under these paths).
ROBOTS_PATH = "/robots.txt"
SITEMAP_INDEX_PATH = "/sitemap.xml"
NEWS_SITEMAP_PATH = "/sitemap-news.xml"
PAGES_SITEMAP_PATH = "/sitemap-pages.xml"
RSS_PATH = "/rss.xml"
ATOM_PATH = "/atom.xml"

#: The harmless path robots.txt disallows (nothing is served there).
DISALLOWED_PREFIX = "/private/"


def absolute(base_url: str, path: str) -> str:
    """The absolute URL of a root-relative path on the served site."""
    return urljoin(base_url, path)


def w3c_datetime(stamp: dt.datetime) -> str:
    """A timestamp as sitemaps and Atom write it: ISO 8601 with its offset, seconds kept."""
    return stamp.isoformat(timespec="seconds")


def rfc822_datetime(stamp: dt.datetime) -> str:
    """A timestamp as RSS 2.0 writes it, e.g. 'Fri, 20 Nov 2026 07:45:00 +0000'."""
    return email.utils.format_datetime(stamp)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    """Append a child element with optional text and attributes."""
    child = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        child.text = text
    return child


def _to_xml(root: ET.Element) -> str:
    """Serialise an element tree with an XML declaration."""
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def robots_txt(manifest: Manifest, base_url: str) -> str:
    """robots.txt: everyone may crawl except a harmless private area; names the sitemap."""
    return (
        "User-agent: *\n"
        f"Disallow: {DISALLOWED_PREFIX}\n"
        "\n"
        f"Sitemap: {absolute(base_url, SITEMAP_INDEX_PATH)}\n"
    )


def sitemap_index(manifest: Manifest, base_url: str) -> str:
    """The sitemap index, pointing at the news sitemap and the all-pages sitemap."""
    root = ET.Element("sitemapindex", {"xmlns": SITEMAP_NS})
    newest_article = max((p.lastmod for p in manifest.articles), default=manifest.last_modified)
    for path, lastmod in ((NEWS_SITEMAP_PATH, newest_article),
                          (PAGES_SITEMAP_PATH, manifest.last_modified)):
        entry = _sub(root, "sitemap")
        _sub(entry, "loc", absolute(base_url, path))
        _sub(entry, "lastmod", w3c_datetime(lastmod))
    return _to_xml(root)


def news_sitemap(manifest: Manifest, base_url: str) -> str:
    """A Google News sitemap listing exactly the article pages."""
    root = ET.Element("urlset", {"xmlns": SITEMAP_NS, "xmlns:news": NEWS_NS})
    for page in manifest.articles:
        url = _sub(root, "url")
        _sub(url, "loc", absolute(base_url, page.path))
        _sub(url, "lastmod", w3c_datetime(page.lastmod))
        news = _sub(url, "news:news")
        publication = _sub(news, "news:publication")
        _sub(publication, "news:name", manifest.name)
        _sub(publication, "news:language", page.language)
        _sub(news, "news:publication_date", w3c_datetime(page.published))
        _sub(news, "news:title", page.title)
    return _to_xml(root)


def pages_sitemap(manifest: Manifest, base_url: str) -> str:
    """A plain sitemap of every page (articles and the rest) with its lastmod."""
    root = ET.Element("urlset", {"xmlns": SITEMAP_NS})
    for page in manifest.pages:
        url = _sub(root, "url")
        _sub(url, "loc", absolute(base_url, page.path))
        _sub(url, "lastmod", w3c_datetime(page.lastmod))
    return _to_xml(root)


def _rss_item(channel: ET.Element, page: Page, base_url: str) -> None:
    """One RSS <item> for an article."""
    link = absolute(base_url, page.path)
    item = _sub(channel, "item")
    _sub(item, "title", page.title)
    _sub(item, "link", link)
    _sub(item, "guid", link, isPermaLink="true")
    _sub(item, "pubDate", rfc822_datetime(page.published))
    for author in page.authors:
        _sub(item, "dc:creator", author)
    if page.section:
        _sub(item, "category", page.section)
    if page.summary:
        _sub(item, "description", page.summary)


def rss_feed(manifest: Manifest, base_url: str) -> str:
    """An RSS 2.0 feed of the articles, newest first, with their pubDates."""
    root = ET.Element("rss", {"version": "2.0", "xmlns:atom": ATOM_NS, "xmlns:dc": DC_NS})
    channel = _sub(root, "channel")
    _sub(channel, "title", manifest.name)
    _sub(channel, "link", absolute(base_url, "/"))
    _sub(channel, "description", manifest.description)
    _sub(channel, "language", manifest.language)
    _sub(channel, "lastBuildDate", rfc822_datetime(manifest.last_modified))
    _sub(channel, "atom:link", href=absolute(base_url, RSS_PATH), rel="self",
         type="application/rss+xml")
    for page in manifest.articles:
        _rss_item(channel, page, base_url)
    return _to_xml(root)


def atom_feed(manifest: Manifest, base_url: str) -> str:
    """An Atom 1.0 feed of the articles, newest first."""
    root = ET.Element("feed", {"xmlns": ATOM_NS, "xml:lang": manifest.language})
    _sub(root, "title", manifest.name)
    _sub(root, "id", absolute(base_url, "/"))
    _sub(root, "updated", w3c_datetime(manifest.last_modified))
    _sub(root, "link", href=absolute(base_url, ATOM_PATH), rel="self")
    _sub(root, "link", href=absolute(base_url, "/"), rel="alternate")
    for page in manifest.articles:
        link = absolute(base_url, page.path)
        entry = _sub(root, "entry")
        _sub(entry, "title", page.title)
        _sub(entry, "id", link)
        _sub(entry, "link", href=link, rel="alternate")
        _sub(entry, "published", w3c_datetime(page.published))
        _sub(entry, "updated", w3c_datetime(page.lastmod))
        for author in page.authors:
            _sub(_sub(entry, "author"), "name", author)
        if page.summary:
            _sub(entry, "summary", page.summary)
    return _to_xml(root)
