"""The site manifest: which pages a served site has, and what the server must know about them.

A site root holds ``site.json``::

    {
      "site": {"name": "...", "language": "en", "description": "..."},
      "pages": [
        {"path": "/news/some-story/", "file": "pages/news/some-story.html",
         "kind": "article", "title": "...", "language": "en",
         "published": "2026-11-20T07:45:00+00:00", "lastmod": "...",
         "authors": ["..."], "section": "News", "summary": "..."},
        {"path": "/", "file": "pages/home.html", "kind": "front", ...}
      ],
      "static": [{"prefix": "/media/", "dir": "media"}],
      "redirects": [{"from": "/old/", "to": "/news/some-story/", "status": 301},
                    {"from": "/p/1/", "to": "/news/some-story/", "absolute": true}],
      "layout": {...}
    }

``kind`` is ``"article"`` for article pages; anything else (``front``, ``section``,
``tag``, ``author``, ``search``...) is a non-article page. Dates are ISO 8601 with an
offset. The manifest is the single source for the generated robots.txt, sitemaps and
feeds, and for each page's ``Last-Modified`` header. An ``absolute`` redirect writes
``Location`` as a full URL on the requested host and scheme. ``layout`` declares where
robots.txt, the sitemaps and the feeds are and what they list (see
:mod:`newscrawl.testsite.layout`; without it the site gets the demo's layout).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.testsite.catalog import (
    ARTICLE_KIND, Page, PageListCatalog, Redirect, StaticDir)
from newscrawl.testsite.layout import DEFAULT_LAYOUT, Layout, LayoutError, parse_layout

#: The manifest file name inside a site root.
MANIFEST_NAME = "site.json"

#: The home page path, the one ``home_feed_links`` adds feed links to.
HOME_PATH = "/"


class ManifestError(ValueError):
    """The manifest is missing, malformed, or points at files that do not exist."""


@dataclass(frozen=True)
class Manifest(PageListCatalog):
    """A whole site: name, language, layout, pages, static directories and redirects."""

    root: Path
    name: str
    language: str
    description: str
    pages: tuple[Page, ...]
    static: tuple[StaticDir, ...] = ()
    redirects: tuple[Redirect, ...] = ()
    layout: Layout = DEFAULT_LAYOUT
    _by_path: dict = field(default_factory=dict, compare=False, repr=False)

    def page(self, path: str) -> Page | None:
        """The page served at ``path``, or None."""
        return self._by_path.get(path)

    def lookup(self, path: str, query: str = "") -> Page | None:
        """The page served at ``path`` (the query is ignored, as most sites do)."""
        return self._by_path.get(path)

    def render(self, page: Page, base_url: str) -> bytes:
        """The page's file, with feed links added to the home page if the layout says so."""
        if page.file is None:
            raise ManifestError(f"page {page.path} has no file")
        body = page.file.read_bytes()
        if self.layout.home_feed_links and page.path == HOME_PATH:
            body = add_feed_links(body, self.layout, self.name)
        return body

    @property
    def articles(self) -> list[Page]:
        """Article pages, newest first."""
        found = [p for p in self.pages if p.is_article]
        return sorted(found, key=lambda p: p.published or p.lastmod, reverse=True)

    @property
    def non_articles(self) -> list[Page]:
        """Every page that is not an article, in manifest order."""
        return [p for p in self.pages if not p.is_article]

    @property
    def last_modified(self) -> dt.datetime:
        """The newest ``lastmod`` of any page: the date of the generated files."""
        return max(p.lastmod for p in self.pages)


def feed_link_tags(layout: Layout, site_name: str) -> str:
    """``<link rel="alternate">`` tags for the layout's feeds (root-relative hrefs)."""
    return "".join(
        f'<link rel="alternate" type="{feed.media_type}" '
        f'title="{html.escape(site_name)}" href="{html.escape(feed.path)}">\n'
        for feed in layout.feeds)


def add_feed_links(body: bytes, layout: Layout, site_name: str) -> bytes:
    """The page with feed links before ``</head>``, unless it already links each feed."""
    text = body.decode("utf-8")
    missing = [f for f in layout.feeds if f'href="{f.path}"' not in text]
    if not missing or "</head>" not in text:
        return body
    tags = feed_link_tags(Layout(robots_sitemaps=(), feeds=tuple(missing)), site_name)
    return text.replace("</head>", tags + "</head>", 1).encode("utf-8")


def parse_timestamp(value: str, what: str) -> dt.datetime:
    """An ISO 8601 timestamp that must carry a UTC offset."""
    try:
        stamp = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ManifestError(f"{what}: not an ISO 8601 timestamp: {value!r}") from exc
    if stamp.tzinfo is None:
        raise ManifestError(f"{what}: timestamp without a UTC offset: {value!r}")
    return stamp


def _page_from_entry(entry: dict, root: Path, default_language: str) -> Page:
    """Build one Page from its manifest entry, checking its file and dates."""
    path = entry.get("path", "")
    if not path.startswith("/"):
        raise ManifestError(f"page path must start with '/': {path!r}")
    file = root / entry["file"]
    if not file.is_file():
        raise ManifestError(f"{path}: file not found: {file}")
    published = entry.get("published")
    published_at = parse_timestamp(published, f"{path} published") if published else None
    lastmod_text = entry.get("lastmod") or published
    if not lastmod_text:
        raise ManifestError(f"{path}: needs 'lastmod' or 'published'")
    kind = entry.get("kind", "")
    if not kind:
        raise ManifestError(f"{path}: needs a 'kind'")
    if kind == ARTICLE_KIND and published_at is None:
        raise ManifestError(f"{path}: an article needs 'published'")
    extra = {k: entry[k] for k in ("section", "summary", "content_type") if k in entry}
    return Page(
        path=path,
        file=file,
        kind=kind,
        title=entry.get("title", ""),
        language=entry.get("language", default_language),
        lastmod=parse_timestamp(lastmod_text, f"{path} lastmod"),
        published=published_at,
        authors=tuple(entry.get("authors", ())),
        **extra,
    )


def load_manifest(root: str | Path) -> Manifest:
    """Read and check ``site.json`` of a site root."""
    root = Path(root).resolve()
    manifest_file = root / MANIFEST_NAME
    try:
        data = json.loads(manifest_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ManifestError(f"no {MANIFEST_NAME} in {root}") from exc
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{manifest_file}: invalid JSON: {exc}") from exc
    site = data.get("site", {})
    language = site.get("language", "en")
    pages = tuple(_page_from_entry(e, root, language) for e in data.get("pages", ()))
    by_path: dict[str, Page] = {}
    for page in pages:
        if page.path in by_path:
            raise ManifestError(f"duplicate page path: {page.path}")
        by_path[page.path] = page
    if not pages:
        raise ManifestError(f"{manifest_file}: no pages")
    static = tuple(
        StaticDir(prefix=s["prefix"], directory=(root / s["dir"]).resolve())
        for s in data.get("static", ())
    )
    redirects = tuple(
        Redirect(source=r["from"], target=r["to"], status=int(r.get("status", 301)),
                 absolute=bool(r.get("absolute", False)))
        for r in data.get("redirects", ())
    )
    try:
        layout = parse_layout(data.get("layout"))
    except LayoutError as exc:
        raise ManifestError(f"{manifest_file}: {exc}") from exc
    return Manifest(
        root=root,
        name=site.get("name", root.name),
        language=language,
        description=site.get("description", ""),
        pages=pages,
        static=static,
        redirects=redirects,
        layout=layout,
        _by_path=by_path,
    )
