"""What the server needs from a site, whatever its pages come from: the catalog interface.

A catalog is a site: its name, language, :class:`~newscrawl.testsite.layout.Layout`,
redirects, static directories and pages. Three kinds exist: the manifest site
(:class:`~newscrawl.testsite.manifest.Manifest`, pages from files listed in site.json),
the corpus site (:class:`~newscrawl.testsite.corpus.CorpusCatalog`, labelled pages read
from ../shared) and the generated site
(:class:`~newscrawl.testsite.generated.GeneratedCatalog`, pages built on request).
The routes only call the methods of :class:`Catalog`, so every site gets the same
robots.txt, sitemaps, feeds, redirects and faults.

:class:`PageListCatalog` implements the listing methods for catalogs that hold their
pages in a list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

from dataclasses import dataclass
from pathlib import Path

from newscrawl.testsite.layout import Layout, matches_kind

#: The page kind that marks an article; every other kind is a non-article page.
ARTICLE_KIND = "article"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a site: where it is served, what it is, its dates and listing data.

    ``path`` is the URL path (with ``?query`` when the page has one), as links write
    it; ``file`` holds the page for file-backed sites and is None for generated ones.
    """

    path: str
    file: Path | None
    kind: str
    title: str
    language: str
    lastmod: dt.datetime
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    summary: str | None = None
    content_type: str = "text/html; charset=utf-8"

    @property
    def is_article(self) -> bool:
        """True for article pages (the ones a crawler should write as articles)."""
        return self.kind == ARTICLE_KIND


@dataclass(frozen=True, slots=True)
class StaticDir:
    """A directory served as-is under a URL prefix (images, CSS)."""

    prefix: str
    directory: Path


@dataclass(frozen=True, slots=True)
class Redirect:
    """A redirect from one path to another (``absolute``: Location is a full URL)."""

    source: str
    target: str
    status: int = 301
    absolute: bool = False


class Catalog(Protocol):
    """The interface the routes use (see the module docstring)."""

    # Read-only attributes (a frozen dataclass's fields satisfy them).
    @property
    def name(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def layout(self) -> Layout: ...
    @property
    def redirects(self) -> Sequence[Redirect]: ...
    @property
    def static(self) -> Sequence[StaticDir]: ...

    def lookup(self, path: str, query: str = "") -> Page | None:
        """The page served at this (unquoted) path and raw query, or None."""

    def render(self, page: Page, base_url: str) -> bytes:
        """The page's HTML, absolute links built on ``base_url``."""

    def count(self, kinds: tuple[str, ...]) -> int:
        """How many pages have one of ``kinds``."""

    def listing(self, kinds: tuple[str, ...], start: int = 0,
                stop: int | None = None) -> list[Page]:
        """Pages of ``kinds`` in sitemap order (articles newest first), sliced."""

    def newest_lastmod(self, kinds: tuple[str, ...], start: int = 0,
                       stop: int | None = None) -> dt.datetime | None:
        """The newest ``lastmod`` among ``listing(kinds, start, stop)``."""

    def recent(self, kinds: tuple[str, ...], limit: int) -> list[Page]:
        """The pages a feed lists: the newest ``limit`` of ``kinds``."""

    def article_paths(self) -> Iterable[str]:
        """URL paths of the article pages, newest first."""

    def non_article_paths(self) -> Iterable[str]:
        """URL paths of the other pages."""

    @property
    def last_modified(self) -> dt.datetime:
        """The newest lastmod of the whole site."""


def sitemap_order(pages: Iterable[Page]) -> list[Page]:
    """Articles first, newest first; then the other pages in their given order."""
    pages = list(pages)
    articles = sorted((p for p in pages if p.is_article),
                      key=lambda p: p.published or p.lastmod, reverse=True)
    return articles + [p for p in pages if not p.is_article]


class PageListCatalog:
    """Listing methods for a catalog whose pages are all in ``self.pages``."""

    pages: tuple[Page, ...]

    def _selected(self, kinds: tuple[str, ...]) -> list[Page]:
        cache = self.__dict__.setdefault("_listing_cache", {})
        if kinds not in cache:
            cache[kinds] = sitemap_order(p for p in self.pages if matches_kind(kinds, p.kind))
        return cache[kinds]

    def count(self, kinds: tuple[str, ...]) -> int:
        """How many pages have one of ``kinds``."""
        return len(self._selected(kinds))

    def listing(self, kinds: tuple[str, ...], start: int = 0,
                stop: int | None = None) -> list[Page]:
        """Pages of ``kinds`` in sitemap order, sliced."""
        return self._selected(kinds)[start:stop]

    def newest_lastmod(self, kinds: tuple[str, ...], start: int = 0,
                       stop: int | None = None) -> dt.datetime | None:
        """The newest lastmod among the listed pages."""
        return max((p.lastmod for p in self.listing(kinds, start, stop)), default=None)

    def recent(self, kinds: tuple[str, ...], limit: int) -> list[Page]:
        """The first ``limit`` pages of ``kinds`` in sitemap order."""
        return self.listing(kinds, 0, limit)

    def article_paths(self) -> list[str]:
        """URL paths of the article pages, newest first."""
        return [p.path for p in self._selected(("article",))]

    def non_article_paths(self) -> list[str]:
        """URL paths of the other pages, in site order."""
        return [p.path for p in self.pages if not p.is_article]
