"""The corpus site: a labelled corpus directory served as one news site.

``CorpusCatalog.load(DIR)`` reads the corpus index from ``DIR`` (nothing is copied):

- the Zyte benchmark layout: ``ground-truth.json`` ``{id: {"url", "articleBody"}}`` and
  ``html/<id>.html.gz``;
- the fundus-dev layout: ``cases.jsonl``, one case a line with ``id``, ``url``, ``html``
  (a path relative to DIR), ``title``, ``authors``, ``publishing_date``.

Each page is served at the path (and query) of its original URL; when two pages share
one, the later gets a ``-2``, ``-3``... suffix (a page whose path the generated files use
moves under ``/archive``). ``original_url(path)`` and
``entry(path)`` give a page's original URL and corpus id back. Pages are read (and
gunzipped) from the corpus on each request.

Around the pages the site generates (layout :data:`CORPUS_LAYOUT`): robots.txt naming
``/sitemap_index.xml`` and ``/news-sitemap.xml``; the index lists article sitemaps of at
most 100 URLs (``/sitemap-articles-<n>.xml``), ``/sitemap-pages.xml`` (the non-article
pages) and a gzipped Google News sitemap ``/news-sitemap.xml.gz``; RSS at ``/feed.rss``,
Atom at ``/feed.atom``; a home page, section fronts ``/section/<first path segment>/``,
tag pages ``/tag/<original host>/``, an author page ``/author/newsroom/``; and redirects
``/old/<n>/`` to the first articles (301, 302, and one absolute 302).

Dates: fundus cases carry their publishing date (a naive one is taken as UTC); Zyte
pages have none, so they get invented ones, three hours apart in corpus order.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newscrawl.testsite import synth
from newscrawl.testsite.catalog import Page, PageListCatalog, Redirect
from newscrawl.testsite.layout import FeedSpec, Layout, SitemapSpec
from newscrawl.testsite.render import Link, SiteChrome, Teaser, listing_page
from newscrawl.text import collapse

CORPUS_LAYOUT = Layout(
    robots_sitemaps=("/sitemap_index.xml", "/news-sitemap.xml"),
    robots_disallow=("/search",),
    sitemap_index="/sitemap_index.xml",
    sitemaps=(
        SitemapSpec("/sitemap-articles-{n}.xml", kinds=("article",), max_urls=100),
        SitemapSpec("/sitemap-pages.xml", kinds=("front", "section", "tag", "author")),
        SitemapSpec("/news-sitemap.xml.gz", kinds=("article",), news=True, gzip=True),
        SitemapSpec("/news-sitemap.xml", kinds=("article",), news=True, in_index=False),
    ),
    feeds=(FeedSpec("/feed.rss", "rss", limit=50), FeedSpec("/feed.atom", "atom", limit=50)),
    home_feed_links=True,
)

#: Dates given to pages whose corpus has none: this, then three hours earlier each.
INVENTED_DATES_FROM = dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.timezone.utc)
INVENTED_DATES_STEP = dt.timedelta(hours=3)

#: How many redirects /old/<n>/ are made, and their statuses in turn.
REDIRECT_STATUSES = (301, 302, 301, 302)

#: Paths the generated pages and files use; a corpus page there moves under /archive.
RESERVED_PREFIXES = ("/section/", "/tag/", "/author/newsroom/", "/old/", "/sitemap",
                     "/news-sitemap", "/feed.")

TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
HTML_LANG = re.compile(rb"<html[^>]*?\blang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
SECTION_SEGMENT = re.compile(r"[a-z][a-z-]{1,30}")


@dataclass(frozen=True, slots=True)
class CorpusEntry:
    """One labelled page: its id in the corpus, original URL and file."""

    id: str
    url: str
    file: Path
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.datetime | None = None


def read_page(file: Path) -> bytes:
    """A corpus page's HTML (gunzipped when the file is .gz)."""
    data = file.read_bytes()
    return gzip.decompress(data) if file.suffix == ".gz" else data


def _zyte_entries(directory: Path) -> list[CorpusEntry]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [CorpusEntry(id=key, url=value["url"], file=directory / "html" / f"{key}.html.gz")
            for key, value in sorted(truth.items())]


def _parse_date(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)


def _fundus_entries(directory: Path) -> list[CorpusEntry]:
    entries = []
    for line in (directory / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        entries.append(CorpusEntry(
            id=case["id"], url=case["url"], file=directory / case["html"],
            title=case.get("title"), authors=tuple(case.get("authors") or ()),
            published=_parse_date(case.get("publishing_date"))))
    return entries


def load_entries(directory: str | Path) -> list[CorpusEntry]:
    """The corpus index of a directory in the Zyte or the fundus-dev layout."""
    directory = Path(directory)
    if (directory / "ground-truth.json").is_file():
        return _zyte_entries(directory)
    if (directory / "cases.jsonl").is_file():
        return _fundus_entries(directory)
    raise FileNotFoundError(f"{directory}: neither ground-truth.json nor cases.jsonl found")


def with_suffix(path: str, number: int) -> str:
    """'/a/b.html' -> '/a/b-2.html', '/a/b/' -> '/a/b-2/', '/' -> '/-2/'."""
    head, _, tail = path.rstrip("/").rpartition("/")
    stem, dot, ext = tail.partition(".")
    renamed = f"{head}/{stem}-{number}{dot}{ext}"
    return renamed + ("/" if path.endswith("/") else "")


def lookup_key(path: str, query: str) -> str:
    """How a served path is found: the unquoted path, then ``?query`` if any."""
    return unquote(path) + (f"?{query}" if query else "")


def _title_and_language(html: bytes) -> tuple[str, str]:
    match = TITLE.search(html[:200_000])
    title = match.group(1).decode("utf-8", "replace") if match else ""
    title = collapse(title)
    lang = HTML_LANG.search(html[:5000])
    return title, (lang.group(1).decode().lower() if lang else "en")


@dataclass(frozen=True)
class CorpusCatalog(PageListCatalog):
    """A corpus as a site (see the module docstring)."""

    directory: Path
    name: str
    pages: tuple[Page, ...]
    redirects: tuple[Redirect, ...]
    sections: tuple[Link, ...]
    entries_by_path: dict
    listings: dict  # path -> (title, [article paths])
    layout: Layout = CORPUS_LAYOUT
    language: str = "en"
    static: tuple = ()
    description: str = "A labelled news corpus served as one site by newscrawl's test site."
    _by_key: dict = field(default_factory=dict, repr=False)

    @property
    def root(self) -> Path:
        """The corpus directory."""
        return self.directory

    @classmethod
    def load(cls, directory: str | Path) -> "CorpusCatalog":
        """Index a corpus directory (reads each page once for its title and language)."""
        directory = Path(directory).resolve()
        entries = load_entries(directory)
        taken = {"/", "/robots.txt"}
        pages, by_key, entries_by_path = [], {}, {}
        for number, entry in enumerate(entries):
            parts = urlsplit(entry.url)
            path, query = parts.path or "/", parts.query
            if path.startswith(RESERVED_PREFIXES):
                path = "/archive" + path
            candidate, suffix = path, 1
            while lookup_key(candidate, query) in taken:
                suffix += 1
                candidate = with_suffix(path, suffix)
            key = lookup_key(candidate, query)
            taken.add(key)
            served = candidate + (f"?{query}" if query else "")
            title, language = _title_and_language(read_page(entry.file))
            published = entry.published or INVENTED_DATES_FROM - number * INVENTED_DATES_STEP
            page = Page(path=served, file=entry.file, kind="article",
                        title=entry.title or title or parts.netloc, language=language,
                        lastmod=published, published=published, authors=entry.authors,
                        section=parts.netloc)
            pages.append(page)
            by_key[key] = page
            entries_by_path[served] = entry
        listings, sections = _listings(pages, entries_by_path)
        newest = max(p.lastmod for p in pages)
        others = []
        for path, (kind, title, _) in listings.items():
            others.append(Page(path=path, file=None, kind=kind, title=title, language="en",
                               lastmod=newest))
            by_key[path] = others[-1]
        by_newest = sorted(pages, key=published_at, reverse=True)
        redirects = tuple(
            Redirect(source=f"/old/{n + 1}/", target=page.path, status=status,
                     absolute=n == len(REDIRECT_STATUSES) - 1)
            for n, (page, status) in enumerate(zip(by_newest, REDIRECT_STATUSES)))
        return cls(directory=directory, name=f"Corpus: {directory.name}",
                   pages=tuple(pages + others), redirects=redirects, sections=sections,
                   entries_by_path=entries_by_path, listings=listings, _by_key=by_key)

    def lookup(self, path: str, query: str = "") -> Page | None:
        """The page at this (unquoted) path and raw query."""
        return self._by_key.get(lookup_key(path, query))

    def render(self, page: Page, base_url: str) -> bytes:
        """A corpus page as stored, or a generated listing page."""
        if page.file is not None:
            return read_page(page.file)
        kind, title, paths = self.listings[page.path]
        by_path = {p.path: p for p in self.pages if p.is_article}
        teasers = [Teaser(by_path[p].title, p, published=by_path[p].published) for p in paths]
        chrome = SiteChrome(self.name, self.sections[:12],
                            tuple((f.media_type, f.path) for f in self.layout.feeds))
        return listing_page(chrome, title, teasers, kind=kind).encode("utf-8")

    def entry(self, path_or_url: str) -> CorpusEntry | None:
        """The corpus entry served at a path (or a URL of this server)."""
        if "://" in path_or_url:
            parts = urlsplit(path_or_url)
            path_or_url = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.entries_by_path.get(path_or_url)

    def original_url(self, path_or_url: str) -> str | None:
        """The original URL of the page served at a path, with its real host name."""
        entry = self.entry(path_or_url)
        return entry.url if entry else None

    @property
    def last_modified(self) -> dt.datetime:
        """The newest page date."""
        return max(p.lastmod for p in self.pages)


def published_at(page: Page) -> dt.datetime:
    """A corpus article's publication time (every one gets one when the corpus loads)."""
    if page.published is None:
        raise ValueError(f"corpus page {page.path} has no publication time")
    return page.published


def _listings(pages: list[Page], entries: dict) -> tuple[dict, tuple[Link, ...]]:
    """The generated non-article pages: path -> (kind, title, article paths)."""
    newest = sorted(pages, key=published_at, reverse=True)
    by_section, by_host = defaultdict(list), defaultdict(list)
    for page in newest:
        original = urlsplit(entries[page.path].url)
        first = original.path.strip("/").split("/")[0].lower()
        by_section[first if SECTION_SEGMENT.fullmatch(first) else "more"].append(page.path)
        by_host[original.hostname or "unknown"].append(page.path)
    listings = {"/": ("front", "Front page", [p.path for p in newest[:40]])}
    sections = []
    for segment, paths in sorted(by_section.items()):
        link = Link(segment.replace("-", " ").title(), f"/section/{segment}/")
        sections.append(link)
        listings[link.path] = ("section", link.text, paths)
    for host, paths in sorted(by_host.items()):
        listings[f"/tag/{synth.slugify(host)}/"] = ("tag", host, paths)
    listings["/author/newsroom/"] = ("author", "Newsroom", [p.path for p in newest])
    return listings, tuple(sections)
