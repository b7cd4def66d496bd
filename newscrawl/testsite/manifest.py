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
      "redirects": [{"from": "/old/", "to": "/news/some-story/", "status": 301}]
    }

``kind`` is ``"article"`` for article pages; anything else (``front``, ``section``,
``tag``, ``author``, ``search``...) is a non-article page. Dates are ISO 8601 with an
offset. The manifest is the single source for the generated robots.txt, sitemaps and
feeds, and for each page's ``Last-Modified`` header.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

#: The manifest file name inside a site root.
MANIFEST_NAME = "site.json"

#: The page kind that marks an article; every other kind is a non-article page.
ARTICLE_KIND = "article"


class ManifestError(ValueError):
    """The manifest is missing, malformed, or points at files that do not exist."""


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the site: where it is served, which file holds it, what it is."""

    path: str
    file: Path
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
    """A directory of the root served as-is under a URL prefix (images, CSS)."""

    prefix: str
    directory: Path


@dataclass(frozen=True, slots=True)
class Redirect:
    """A permanent or temporary redirect from one path to another."""

    source: str
    target: str
    status: int = 301


@dataclass(frozen=True, slots=True)
class Manifest:
    """A whole site: its name and language, its pages, static directories and redirects."""

    root: Path
    name: str
    language: str
    description: str
    pages: tuple[Page, ...]
    static: tuple[StaticDir, ...] = ()
    redirects: tuple[Redirect, ...] = ()
    _by_path: dict = field(default_factory=dict, compare=False, repr=False)

    def page(self, path: str) -> Page | None:
        """The page served at ``path``, or None."""
        return self._by_path.get(path)

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
        Redirect(source=r["from"], target=r["to"], status=int(r.get("status", 301)))
        for r in data.get("redirects", ())
    )
    return Manifest(
        root=root,
        name=site.get("name", root.name),
        language=language,
        description=site.get("description", ""),
        pages=pages,
        static=static,
        redirects=redirects,
        _by_path=by_path,
    )
