"""Discovery files as text: robots.txt, sitemap indexes, (news) sitemaps, RSS and Atom.

Each writer takes the pages to list and the base URL of the request being answered
(scheme from X-Forwarded-Proto, host from the Host header), so the files always point
at the site the crawler thinks it is talking to. ``sitemap_index`` ... ``atom_feed``
write the demo layout's files for a manifest.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from newscrawl.testsite.catalog import Page
from newscrawl.testsite.layout import DEFAULT_LAYOUT, Layout

if TYPE_CHECKING:
    from newscrawl.testsite.manifest import Manifest

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"

#: Paths of the demo layout's generated files.
ROBOTS_PATH = "/robots.txt"
NEWS_SITEMAP_PATH = "/sitemap-news.xml"
PAGES_SITEMAP_PATH = "/sitemap-pages.xml"
RSS_PATH = "/rss.xml"
ATOM_PATH = "/atom.xml"


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


def robots_txt(site, base_url: str) -> str:
    """robots.txt of a site (a catalog, a Layout, or None for the default layout)."""
    layout = site if isinstance(site, Layout) else getattr(site, "layout", DEFAULT_LAYOUT)
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in layout.robots_disallow] or ["Disallow:"]
    lines.append("")
    lines += [f"Sitemap: {absolute(base_url, path)}" for path in layout.robots_sitemaps]
    return "\n".join(lines) + "\n"


def sitemap_index_xml(children: Iterable[tuple[str, dt.datetime | None]]) -> str:
    """A sitemap index of (absolute URL, lastmod or None) entries."""
    root = ET.Element("sitemapindex", {"xmlns": SITEMAP_NS})
    for loc, lastmod in children:
        entry = _sub(root, "sitemap")
        _sub(entry, "loc", loc)
        if lastmod is not None:
            _sub(entry, "lastmod", w3c_datetime(lastmod))
    return _to_xml(root)


def urlset_xml(pages: Iterable[Page], base_url: str, news_name: str | None = None) -> str:
    """A sitemap of pages with lastmod; with ``news_name``, a Google News sitemap.

    News entries are written for articles only (other pages get plain entries).
    """
    attrs = {"xmlns": SITEMAP_NS}
    if news_name is not None:
        attrs["xmlns:news"] = NEWS_NS
    root = ET.Element("urlset", attrs)
    for page in pages:
        url = _sub(root, "url")
        _sub(url, "loc", absolute(base_url, page.path))
        _sub(url, "lastmod", w3c_datetime(page.lastmod))
        if news_name is None or page.published is None:
            continue
        news = _sub(url, "news:news")
        publication = _sub(news, "news:publication")
        _sub(publication, "news:name", news_name)
        _sub(publication, "news:language", page.language)
        _sub(news, "news:publication_date", w3c_datetime(page.published))
        _sub(news, "news:title", page.title)
    return _to_xml(root)


def _rss_item(channel: ET.Element, page: Page, base_url: str) -> None:
    """One RSS <item> for a page."""
    link = absolute(base_url, page.path)
    item = _sub(channel, "item")
    _sub(item, "title", page.title)
    _sub(item, "link", link)
    _sub(item, "guid", link, isPermaLink="true")
    _sub(item, "pubDate", rfc822_datetime(page.published or page.lastmod))
    for author in page.authors:
        _sub(item, "dc:creator", author)
    if page.section:
        _sub(item, "category", page.section)
    if page.summary:
        _sub(item, "description", page.summary)


def rss_xml(site, pages: Iterable[Page], base_url: str, self_path: str,
            updated: dt.datetime) -> str:
    """An RSS 2.0 feed of ``pages`` for a site (name, description, language)."""
    root = ET.Element("rss", {"version": "2.0", "xmlns:atom": ATOM_NS, "xmlns:dc": DC_NS})
    channel = _sub(root, "channel")
    _sub(channel, "title", site.name)
    _sub(channel, "link", absolute(base_url, "/"))
    _sub(channel, "description", site.description)
    _sub(channel, "language", site.language)
    _sub(channel, "lastBuildDate", rfc822_datetime(updated))
    _sub(channel, "atom:link", href=absolute(base_url, self_path), rel="self",
         type="application/rss+xml")
    for page in pages:
        _rss_item(channel, page, base_url)
    return _to_xml(root)


def atom_xml(site, pages: Iterable[Page], base_url: str, self_path: str,
             updated: dt.datetime) -> str:
    """An Atom 1.0 feed of ``pages``; each entry's ``updated`` is its lastmod."""
    root = ET.Element("feed", {"xmlns": ATOM_NS, "xml:lang": site.language})
    _sub(root, "title", site.name)
    _sub(root, "id", absolute(base_url, "/"))
    _sub(root, "updated", w3c_datetime(updated))
    _sub(root, "link", href=absolute(base_url, self_path), rel="self")
    _sub(root, "link", href=absolute(base_url, "/"), rel="alternate")
    for page in pages:
        link = absolute(base_url, page.path)
        entry = _sub(root, "entry")
        _sub(entry, "title", page.title)
        _sub(entry, "id", link)
        _sub(entry, "link", href=link, rel="alternate")
        _sub(entry, "published", w3c_datetime(page.published or page.lastmod))
        _sub(entry, "updated", w3c_datetime(page.lastmod))
        for author in page.authors:
            _sub(_sub(entry, "author"), "name", author)
        if page.summary:
            _sub(entry, "summary", page.summary)
    return _to_xml(root)


# -- the demo layout's files for a manifest (kept for callers of the first version) ------
def sitemap_index(manifest: Manifest, base_url: str) -> str:
    """The sitemap index, pointing at the news sitemap and the all-pages sitemap."""
    newest_article = max((p.lastmod for p in manifest.articles), default=manifest.last_modified)
    return sitemap_index_xml([(absolute(base_url, NEWS_SITEMAP_PATH), newest_article),
                              (absolute(base_url, PAGES_SITEMAP_PATH), manifest.last_modified)])


def news_sitemap(manifest: Manifest, base_url: str) -> str:
    """A Google News sitemap listing exactly the article pages."""
    return urlset_xml(manifest.articles, base_url, news_name=manifest.name)


def pages_sitemap(manifest: Manifest, base_url: str) -> str:
    """A plain sitemap of every page (articles and the rest) with its lastmod."""
    return urlset_xml(manifest.pages, base_url)


def rss_feed(manifest: Manifest, base_url: str) -> str:
    """An RSS 2.0 feed of the articles, newest first, with their pubDates."""
    return rss_xml(manifest, manifest.articles, base_url, RSS_PATH, manifest.last_modified)


def atom_feed(manifest: Manifest, base_url: str) -> str:
    """An Atom 1.0 feed of the articles, newest first."""
    return atom_xml(manifest, manifest.articles, base_url, ATOM_PATH, manifest.last_modified)
