"""Discovery sources: robots.txt ``Sitemap:`` lines, sitemaps and RSS / Atom feeds.

Pure parsing functions, no network: the spiders fetch, these read. Every parser is
safe on hostile XML (no entity expansion, no network access, recover mode, size
capped by the caller) and returns :class:`Entry` objects that carry the date the
source gives for each URL, so a cut-off can skip old entries without fetching them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from newscrawl.extract.dates import normalise_date
from newscrawl.text import collapse

_XML_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    recover=True,
    remove_comments=True,
    remove_pis=True,
    huge_tree=False,
    collect_ids=False,
)

#: MIME types of feeds announced with <link rel="alternate">.
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/feed+xml",
    "application/rdf+xml", "application/xml", "text/xml",
})


@dataclass(slots=True, frozen=True)
class Entry:
    """One URL found by discovery, with the date its source gave (if any)."""

    url: str
    date: dt.datetime | None = None
    title: str | None = None
    kind: str = "page"  # 'page' (an article candidate) or 'sitemap' (a nested sitemap)
    #: The publication date the listing gives (news:publication_date, a feed item's
    #: pubDate / published / dc:date), the fallback for the article's own.
    published: dt.datetime | None = None
    #: Listed as news: by a news sitemap entry or a feed item (a signal for "article").
    news: bool = False


def _localname(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()


#: A document type declaration with its internal subset. Sitemaps and feeds need none;
#: removing it before parsing leaves entity bombs undefined (libxml2 otherwise stops at its
#: amplification limit and everything after the first reference is lost).
_DOCTYPE = re.compile(rb"<!DOCTYPE\s[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL)
#: Bytes at the start of a document searched for a DOCTYPE.
_PROLOG_BYTES = 4096


def _without_doctype(data: bytes) -> bytes:
    """The document without its DOCTYPE declaration (and any internal entity subset)."""
    if b"<!DOCTYPE" not in data[:_PROLOG_BYTES]:
        return data
    return _DOCTYPE.sub(b"", data, count=1)


def _parse_xml(data: bytes) -> lxml.etree._Element | None:
    if not data or not data.strip():
        return None
    data = _without_doctype(data)
    parser = lxml.etree.XMLParser(**_XML_PARSER_OPTIONS)
    try:
        return lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None


#: Free-form (not ISO 8601 / RFC 2822) listing dates read per document. Each costs a
#: dateparser call on the crawl's thread, so a hostile sitemap of tens of thousands of
#: unreadable lastmods would block it; past the budget such dates count as missing.
MAX_FREEFORM_DATES = 100


def _machine_readable(text: str) -> bool:
    """True for an ISO 8601 or RFC 2822 date, which normalise_date reads at once."""
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        return True
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text) is not None
    except (TypeError, ValueError, IndexError):
        return False


class _ListingDates:
    """Reads one document's listing dates, free-form ones within MAX_FREEFORM_DATES."""

    def __init__(self):
        self.freeform_left = MAX_FREEFORM_DATES

    def __call__(self, raw: str | None) -> dt.datetime | None:
        if not raw or not raw.strip():
            return None
        text = raw.strip()
        if not _machine_readable(text):
            if self.freeform_left <= 0:
                return None
            self.freeform_left -= 1
        return normalise_date(text).value


def _child_text(elem, *names: str) -> str | None:
    """Text of the first descendant whose local name is one of ``names``."""
    for child in elem.iter():
        if _localname(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def sitemap_urls_from_robots(text: str, base_url: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt, absolute, in order, without duplicates."""
    found: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            url = urljoin(base_url, value.strip())
            if url not in found:
                found.append(url)
    return found


def parse_sitemap(data: bytes, base_url: str) -> list[Entry]:
    """Entries of a sitemap index (kind 'sitemap') or urlset (kind 'page'), as a list
    (:func:`iter_sitemap` gives them one at a time)."""
    return list(iter_sitemap(data, base_url))


def iter_sitemap(data: bytes, base_url: str) -> Iterator[Entry]:
    """Entries of a sitemap index (kind 'sitemap') or urlset (kind 'page'), one at a
    time: the document is parsed as a stream and each entry's elements are freed once
    read, so a 50,000-URL sitemap never becomes a tree or a list in memory.

    Google News entries give ``news:publication_date`` and ``news:title``; plain
    entries give ``lastmod``. The later of the dates is kept, as it says when the
    page last changed.
    """
    if not data or not data.strip():
        return
    data = _without_doctype(data)
    options = {k: v for k, v in _XML_PARSER_OPTIONS.items() if k != "collect_ids"}
    events = lxml.etree.iterparse(io.BytesIO(data), events=("start", "end"), **options)
    _date = _ListingDates()
    kind = "page"
    depth = 0
    try:
        for event, elem in events:
            if event == "start":
                if depth == 0:
                    kind = "sitemap" if _localname(elem.tag) == "sitemapindex" else "page"
                depth += 1
                continue
            depth -= 1
            if depth != 1:
                continue  # only the root's children are entries
            if _localname(elem.tag) in ("url", "sitemap"):
                entry = _sitemap_entry(elem, base_url, kind, _date)
                if entry is not None:
                    yield entry
            elem.clear(keep_tail=False)
            parent = elem.getparent()
            while parent is not None and elem.getprevious() is not None:
                del parent[0]
    except lxml.etree.XMLSyntaxError:
        return  # recover mode gives up: the entries read so far stand


def _sitemap_entry(elem, base_url: str, kind: str, _date: _ListingDates) -> Entry | None:
    loc = None
    lastmod = news_date = title = None
    is_news = False
    for child in elem:
        name = _localname(child.tag)
        if name == "loc" and child.text:
            loc = child.text.strip()
        elif name == "lastmod":
            lastmod = _date(child.text)
        elif name == "news":
            is_news = kind == "page"
            news_date = _date(_child_text(child, "publication_date"))
            title = _child_text(child, "title")
    if not loc:
        return None
    dates = [d for d in (lastmod, news_date) if d is not None]
    return Entry(urljoin(base_url, loc), max(dates) if dates else None, title, kind,
                 published=news_date, news=is_news)


def parse_feed(data: bytes, base_url: str) -> list[Entry]:
    """Entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, with their dates."""
    root = _parse_xml(data)
    if root is None:
        return []
    _date = _ListingDates()
    entries: list[Entry] = []
    for item in root.iter():
        name = _localname(item.tag)
        if name not in ("item", "entry"):
            continue
        url = title = published = None
        dates: list[dt.datetime] = []
        for child in item:
            cname = _localname(child.tag)
            if cname == "link":
                href = child.get("href")
                rel = child.get("rel", "alternate")
                if href and rel == "alternate":
                    url = url or href.strip()
                elif child.text and child.text.strip():
                    url = url or child.text.strip()
            elif cname == "guid" and child.get("isPermaLink", "true") != "false" and not url:
                if child.text and child.text.strip().startswith("http"):
                    url = child.text.strip()
            elif cname in ("pubdate", "published", "updated", "date", "modified"):
                value = _date(child.text)
                if value is not None:
                    dates.append(value)
                    if cname in ("pubdate", "published", "date") and published is None:
                        published = value
            elif cname == "title" and child.text:
                title = collapse(child.text)
        if url:
            entries.append(Entry(urljoin(base_url, url), max(dates) if dates else None, title,
                                 published=published, news=True))
    return entries


def feed_urls_from_html(html_text: str, base_url: str) -> list[str]:
    """Feed URLs a page announces with ``<link rel="alternate" type="...rss/atom...">``."""
    try:
        root = lxml.html.document_fromstring(html_text)
    except (lxml.etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        ctype = (link.get("type") or "").lower().strip()
        href = link.get("href")
        if "alternate" in rel and href and ctype in FEED_TYPES:
            url = urljoin(base_url, href.strip())
            if url not in found:
                found.append(url)
    return found


def looks_like_feed(data: bytes) -> bool:
    """True when XML data is an RSS / RDF / Atom document rather than a sitemap."""
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
