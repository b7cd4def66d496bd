"""A site's entry-point layout: which discovery files it serves, where, and what they list.

Real news sites differ in where crawlers find their pages: a Ghost site has ``/rss/``
and a ``/sitemap.xml`` index of ``/sitemap-posts.xml``, ``/sitemap-pages.xml``,
``/sitemap-tags.xml`` and ``/sitemap-authors.xml``; others name a ``/news-sitemap.xml``
in robots.txt or serve gzipped ``/sitemap-1.xml.gz`` files. ``site.json`` may declare
this under ``"layout"`` (every key optional; a missing key keeps the default, which is
the demo site's layout)::

    "layout": {
      "robots": {"sitemaps": ["/sitemap.xml"], "disallow": ["/ghost/"]},
      "sitemap_index": "/sitemap.xml",
      "sitemaps": [
        {"path": "/sitemap-posts.xml", "kinds": ["article"]},
        {"path": "/sitemap-pages.xml", "kinds": ["front", "page"]},
        {"path": "/news-sitemap.xml", "kinds": ["article"], "news": true, "in_index": false},
        {"path": "/sitemap-{n}.xml.gz", "kinds": ["*"], "max_urls": 1000}
      ],
      "feeds": [{"path": "/rss/", "format": "rss", "kinds": ["article"], "limit": 15}],
      "home_feed_links": true
    }

- ``robots.sitemaps``: the ``Sitemap:`` lines of robots.txt (default: the index, or every
  sitemap when there is no index); ``robots.disallow``: ``Disallow:`` prefixes.
- ``sitemap_index``: path of the sitemap index (``null``: none); it lists every sitemap
  whose ``in_index`` is true (the default).
- a sitemap lists the pages whose kind is in ``kinds`` (``"*"``: every page); articles
  come newest first, other pages in site order. ``news: true`` writes a Google News
  sitemap (``news:publication_date``, ``news:title``). A path ending in ``.gz`` (or
  ``"gzip": true``) is served gzip-compressed. ``max_urls`` caps a sitemap: with ``{n}``
  in the path the pages are split over ``-1``, ``-2``... files of at most that many
  URLs, all listed in the index; without it only the first ``max_urls`` pages are listed.
- a feed is ``rss`` or ``atom`` and lists the newest ``limit`` pages of its ``kinds``.
- ``home_feed_links``: put ``<link rel="alternate">`` tags for the feeds into the home
  page's head when it does not have them already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

#: The kind pattern meaning "every page".
ANY_KIND = "*"

#: The placeholder a split sitemap's path carries for its 1-based part number.
PART_PLACEHOLDER = "{n}"

FEED_FORMATS = ("rss", "atom")


class LayoutError(ValueError):
    """The layout block of site.json is malformed."""


@dataclass(frozen=True, slots=True)
class SitemapSpec:
    """One sitemap file (or, with ``{n}`` in its path, a numbered series of them)."""

    path: str
    kinds: tuple[str, ...] = ("article",)
    news: bool = False
    gzip: bool = False
    in_index: bool = True
    max_urls: int | None = None

    @property
    def compressed(self) -> bool:
        """True when served gzipped: asked for, or implied by a ``.gz`` path."""
        return self.gzip or self.path.endswith(".gz")

    @property
    def split(self) -> bool:
        """True when the pages are split over numbered parts."""
        return PART_PLACEHOLDER in self.path

    def part_path(self, number: int) -> str:
        """The path of part ``number`` (1-based) of a split sitemap."""
        return self.path.replace(PART_PLACEHOLDER, str(number))

    def part_pattern(self) -> re.Pattern:
        """A pattern matching the paths of the parts, the number captured."""
        before, _, after = self.path.partition(PART_PLACEHOLDER)
        return re.compile(re.escape(before) + r"([1-9][0-9]*)" + re.escape(after))


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One RSS or Atom feed."""

    path: str
    format: str = "rss"
    kinds: tuple[str, ...] = ("article",)
    limit: int = 50

    @property
    def media_type(self) -> str:
        """The feed's media type, for headers and ``<link rel=alternate>``."""
        return "application/atom+xml" if self.format == "atom" else "application/rss+xml"


@dataclass(frozen=True, slots=True)
class Layout:
    """Everything a site serves for discovery besides its pages."""

    robots_sitemaps: tuple[str, ...]
    robots_disallow: tuple[str, ...] = ()
    sitemap_index: str | None = None
    sitemaps: tuple[SitemapSpec, ...] = ()
    feeds: tuple[FeedSpec, ...] = ()
    home_feed_links: bool = False

    @property
    def indexed_sitemaps(self) -> tuple[SitemapSpec, ...]:
        """The sitemaps the index lists."""
        return tuple(s for s in self.sitemaps if s.in_index)


def matches_kind(kinds: tuple[str, ...], kind: str) -> bool:
    """True when a page of ``kind`` belongs to a file listing ``kinds``."""
    return ANY_KIND in kinds or kind in kinds


#: The demo site's layout: the default for every site.json without a layout block.
DEFAULT_LAYOUT = Layout(
    robots_sitemaps=("/sitemap.xml",),
    robots_disallow=("/private/",),
    sitemap_index="/sitemap.xml",
    sitemaps=(
        SitemapSpec("/sitemap-news.xml", kinds=("article",), news=True),
        SitemapSpec("/sitemap-pages.xml", kinds=(ANY_KIND,)),
    ),
    feeds=(FeedSpec("/rss.xml", "rss"), FeedSpec("/atom.xml", "atom")),
)


def _path(value, what: str) -> str:
    if not isinstance(value, str) or not value.startswith("/"):
        raise LayoutError(f"layout {what}: a path starting with '/' is needed, got {value!r}")
    return value


def _kinds(value, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not value or not all(isinstance(k, str) and k for k in value):
        raise LayoutError(f"layout {what}: 'kinds' must be a non-empty list of names")
    return tuple(value)


def parse_sitemap(entry: dict) -> SitemapSpec:
    """One ``sitemaps`` entry of the layout block."""
    path = _path(entry.get("path"), "sitemap")
    max_urls = entry.get("max_urls")
    if max_urls is not None and (not isinstance(max_urls, int) or max_urls < 1):
        raise LayoutError(f"layout sitemap {path}: max_urls must be a positive integer")
    if PART_PLACEHOLDER in path and max_urls is None:
        raise LayoutError(f"layout sitemap {path}: a numbered series needs max_urls")
    return SitemapSpec(
        path=path,
        kinds=_kinds(entry.get("kinds", ["article"]), f"sitemap {path}"),
        news=bool(entry.get("news", False)),
        gzip=bool(entry.get("gzip", path.endswith(".gz"))),
        in_index=bool(entry.get("in_index", True)),
        max_urls=max_urls,
    )


def parse_feed(entry: dict) -> FeedSpec:
    """One ``feeds`` entry of the layout block."""
    path = _path(entry.get("path"), "feed")
    feed_format = entry.get("format", "rss")
    if feed_format not in FEED_FORMATS:
        raise LayoutError(f"layout feed {path}: format must be one of {FEED_FORMATS}")
    return FeedSpec(path=path, format=feed_format,
                    kinds=_kinds(entry.get("kinds", ["article"]), f"feed {path}"),
                    limit=int(entry.get("limit", 50)))


def parse_layout(data: dict | None, default: Layout = DEFAULT_LAYOUT) -> Layout:
    """The layout declared by a site.json ``layout`` block; missing keys keep ``default``."""
    if data is None:
        return default
    if not isinstance(data, dict):
        raise LayoutError("layout must be an object")
    layout = default
    if "sitemap_index" in data:
        index = data["sitemap_index"]
        layout = replace(layout, sitemap_index=None if index is None else _path(index, "index"))
    if "sitemaps" in data:
        layout = replace(layout, sitemaps=tuple(parse_sitemap(e) for e in data["sitemaps"] or ()))
    if "feeds" in data:
        layout = replace(layout, feeds=tuple(parse_feed(e) for e in data["feeds"] or ()))
    if "home_feed_links" in data:
        layout = replace(layout, home_feed_links=bool(data["home_feed_links"]))
    robots = data.get("robots", {})
    if "sitemaps" in robots:
        layout = replace(layout, robots_sitemaps=tuple(
            _path(p, "robots sitemap") for p in robots["sitemaps"] or ()))
    elif "sitemaps" in data or "sitemap_index" in data:
        named = ((layout.sitemap_index,) if layout.sitemap_index
                 else tuple(s.path for s in layout.sitemaps if not s.split))
        layout = replace(layout, robots_sitemaps=named)
    if "disallow" in robots:
        layout = replace(layout, robots_disallow=tuple(robots["disallow"] or ()))
    return layout


__all__ = [
    "ANY_KIND", "DEFAULT_LAYOUT", "FeedSpec", "Layout", "LayoutError", "SitemapSpec",
    "matches_kind", "parse_feed", "parse_layout", "parse_sitemap",
]
