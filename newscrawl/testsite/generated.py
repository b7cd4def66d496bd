"""The generated site: N synthetic articles built on request, deterministic from a seed.

``GeneratedCatalog(n_articles=50_000, seed=1)`` keeps no pages in memory: article ``i``
(0 = newest) is computed from ``(seed, i)`` when it is asked for. Its path is
``/<section>/<yyyy>/<mm>/<slug>-<i>/``; it was published ``i`` steps of
:data:`STEP` (less a seeded jitter) before the anchor time, so articles are in
publication order by index and the newest ``lastmod`` of any index range is at its
start, unless the range holds updated articles.

What it serves (layout :data:`GENERATED_LAYOUT`):

- articles in three markup styles (JSON-LD / meta only / bare), bylines, datelines,
  figures with captions and credits, 4-12 paragraphs with subheadings and quotations,
  navigation, a related list, a newsletter box and a footer (see :mod:`render`); with
  ``furniture``, a site-wide paragraph closing every body (not in :meth:`truth`);
- a front page, section fronts, tag pages and author pages (the newest 30 articles
  of each), all linked from the navigation or the articles;
- robots.txt naming ``/sitemap.xml`` (an index of ``/sitemap-articles-<n>.xml`` files of
  at most 1,000 URLs each plus ``/sitemap-pages.xml``) and ``/news-sitemap.xml`` (the
  newest 1,000 articles, Google News format); RSS at ``/feed/``, Atom at ``/feed/atom/``.

:meth:`GeneratedCatalog.update` changes articles for incremental-crawl tests: each
gets a new ``lastmod`` (sitemaps, feeds' ``updated``, the page's dateModified) and an
extra closing paragraph. :meth:`GeneratedCatalog.truth` gives what a correct
extraction of an article holds.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from newscrawl.testsite import synth
from newscrawl.testsite.catalog import Page
from newscrawl.testsite.layout import FeedSpec, Layout, SitemapSpec, matches_kind
from newscrawl.testsite.render import (
    STORY_LAYOUTS, Figure, Link, SiteChrome, Story, Teaser, article_page, listing_page)

#: The publication time of article 0 unless another anchor is given.
DEFAULT_ANCHOR = dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.timezone.utc)

#: Time between two consecutive articles (each is published up to STEP/2 earlier).
STEP = dt.timedelta(minutes=41)

#: Offsets the articles' dates are written in.
OFFSETS = tuple(dt.timezone(dt.timedelta(hours=h)) for h in (0, 1, 2, -5, 9))

#: Time between successive update() rounds (their lastmod is anchor + round * this).
UPDATE_STEP = dt.timedelta(minutes=10)

#: How many teasers listing pages show.
LISTING_SIZE = 30

ARTICLE_PATH = re.compile(r"/[a-z]+/\d{4}/\d{2}/[a-z0-9-]+-(\d+)/")

GENERATED_LAYOUT = Layout(
    robots_sitemaps=("/sitemap.xml", "/news-sitemap.xml"),
    robots_disallow=("/search/", "/subscribe/"),
    sitemap_index="/sitemap.xml",
    sitemaps=(
        SitemapSpec("/sitemap-articles-{n}.xml", kinds=("article",), max_urls=1000),
        SitemapSpec("/sitemap-pages.xml", kinds=("front", "section", "tag", "author")),
        SitemapSpec("/news-sitemap.xml", kinds=("article",), news=True, in_index=False,
                    max_urls=1000),
    ),
    feeds=(FeedSpec("/feed/", "rss", limit=50), FeedSpec("/feed/atom/", "atom", limit=50)),
    home_feed_links=True,
)

TAG_NAMES = tuple(sorted({topic[0].capitalize() for topic in synth.TOPICS}
                         | {town for town in synth.TOWNS[:10]}))


def _distinct(rng: random.Random, population: int, count: int) -> list[int]:
    """``count`` different indexes below ``population``, in drawing order."""
    chosen: list[int] = []
    while len(chosen) < count:
        index = rng.randrange(population)
        if index not in chosen:
            chosen.append(index)
    return chosen


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What listings need about an article: cheap to compute, no body text."""

    index: int
    path: str
    headline: str
    summary: str
    published: dt.datetime
    lastmod: dt.datetime
    section: Link
    authors: tuple[Link, ...]
    tags: tuple[Link, ...]
    topic: tuple[str, str, str]
    town: str
    layout: str


class GeneratedCatalog:
    """A synthetic news site of ``n_articles`` articles (see the module docstring)."""

    language = "en"

    def __init__(self, n_articles: int = 5000, seed: int = 1, *,
                 anchor: dt.datetime = DEFAULT_ANCHOR, layout: Layout = GENERATED_LAYOUT,
                 name: str | None = None, furniture: str = ""):
        if n_articles < 1:
            raise ValueError("a generated site needs at least one article")
        self.n_articles = n_articles
        self.seed = seed
        self.anchor = anchor
        self.layout = layout
        self.name = name or f"The Generated Courier ({seed})"
        self.furniture = furniture  # a paragraph closing every article body, if given
        self.description = (f"{n_articles} synthetic news articles for newscrawl tests "
                            f"(seed {seed}).")
        self.redirects = ()
        self.static = ()
        self.root = None
        rng = random.Random(f"{seed}:staff")
        self.staff = tuple(sorted({synth.person(rng) for _ in range(24)}))
        self.staff_links = tuple(Link(n, f"/author/{synth.slugify(n)}/") for n in self.staff)
        self.sections = tuple(Link(name, f"/{slug}/") for name, slug in synth.SECTIONS)
        self.tags = tuple(Link(t, f"/tag/{synth.slugify(t)}/") for t in TAG_NAMES)
        self.chrome = SiteChrome(self.name, self.sections,
                                 tuple((f.media_type, f.path) for f in layout.feeds))
        self._updates: dict[int, int] = {}  # article index -> update round
        self._round = 0
        self._lock = threading.Lock()
        #: Article metadata by index, the recently used ones cached (memory stays flat).
        self._base_meta = functools.lru_cache(maxsize=8192)(self._compute_meta)
        self._listing_pages = self._make_listing_pages()

    # -- articles -----------------------------------------------------------------------
    def _compute_meta(self, index: int) -> ArticleMeta:
        rng = random.Random(f"{self.seed}:meta:{index}")
        offset = rng.choice(OFFSETS)
        jitter = dt.timedelta(seconds=rng.randrange(int(STEP.total_seconds()) // 2))
        published = (self.anchor - index * STEP - jitter).replace(microsecond=0).astimezone(offset)
        edited = rng.random() < 0.3
        edit = dt.timedelta(seconds=rng.randrange(60, int(STEP.total_seconds()) // 2))
        section = self.sections[rng.randrange(len(self.sections))]
        topic = rng.choice(synth.TOPICS)
        town = rng.choice(synth.TOWNS)
        headline = synth.headline(rng, topic, town)
        path = f"{section.path}{published:%Y/%m}/{synth.slugify(headline)[:60].strip('-')}-{index}/"
        authors = tuple(self.staff_links[i] for i in
                        _distinct(rng, len(self.staff), 1 if rng.random() < 0.8 else 2))
        tags = tuple(self.tags[i] for i in _distinct(rng, len(self.tags), rng.randint(1, 3)))
        return ArticleMeta(
            index=index, path=path, headline=headline,
            summary=synth.sentence(rng, topic, town), published=published,
            lastmod=published + edit if edited else published, section=section,
            authors=authors, tags=tags, topic=topic, town=town,
            layout=STORY_LAYOUTS[rng.randrange(len(STORY_LAYOUTS))])

    def _update_round(self, index: int) -> int:
        with self._lock:
            return self._updates.get(index, 0)

    def _lastmod(self, meta: ArticleMeta, update_round: int) -> dt.datetime:
        if not update_round:
            return meta.lastmod
        return self._round_time(update_round).astimezone(meta.published.tzinfo)

    def _round_time(self, update_round: int) -> dt.datetime:
        """When update round N happened: after every article's own dates."""
        return self.anchor + STEP + update_round * UPDATE_STEP

    def _page(self, index: int) -> Page:
        meta = self._base_meta(index)
        return Page(path=meta.path, file=None, kind="article", title=meta.headline,
                    language=self.language, lastmod=self._lastmod(meta, self._update_round(index)),
                    published=meta.published, authors=tuple(a.text for a in meta.authors),
                    section=meta.section.text, summary=meta.summary)

    def story(self, index: int) -> Story:
        """The full article ``index`` (its text depends on how often it was updated)."""
        meta = self._base_meta(index)
        update_round = self._update_round(index)
        rng = random.Random(f"{self.seed}:body:{index}")
        count = rng.randint(4, 12)
        blocks = []
        for number in range(count):
            text = synth.paragraph(rng, meta.topic, meta.town)
            if number == 0:
                text = f"{meta.town.upper()} \u2014 {text}"
            if number and number % 4 == 0 and rng.random() < 0.5:
                blocks.append(("h2", f"What happens to {meta.topic[2]} next"))
            if number == 2 and rng.random() < 0.3:
                blocks.append(("blockquote", synth.sentence(rng, meta.topic, meta.town)))
            blocks.append(("p", text))
        if update_round:
            update_rng = random.Random(f"{self.seed}:update:{index}:{update_round}")
            stamp = self._lastmod(meta, update_round)
            blocks.append(("p", f"Update, {stamp:%B} {stamp.day}: "
                                f"{synth.sentence(update_rng, meta.topic, meta.town)}"))
        figures = tuple(
            Figure(src=f"/images/{meta.index}-{n}.jpg",
                   alt=meta.headline if n == 0 else synth.caption(rng, meta.topic, meta.town),
                   caption=synth.caption(rng, meta.topic, meta.town), credit=synth.credit(rng))
            for n in range(rng.choice((0, 1, 1, 1, 2, 3))))
        related = tuple(Link(m.headline, m.path) for m in
                        (self._base_meta(j) for j in self._neighbours(index, rng)))
        return Story(path=meta.path, headline=meta.headline, summary=meta.summary,
                     authors=meta.authors, published=meta.published,
                     modified=self._lastmod(meta, update_round), section=meta.section,
                     tags=meta.tags, blocks=tuple(blocks), figures=figures, related=related,
                     layout=meta.layout, furniture=self.furniture)

    def _neighbours(self, index: int, rng: random.Random) -> list[int]:
        candidates = [j for j in range(index - 3, index + 6)
                      if 0 <= j < self.n_articles and j != index]
        return rng.sample(candidates, min(4, len(candidates)))

    def truth(self, path_or_index) -> dict:
        """What a correct extraction of an article holds (headline, authors, dates, body)."""
        index = path_or_index if isinstance(path_or_index, int) else self.index_of(path_or_index)
        if index is None:
            raise KeyError(path_or_index)
        story = self.story(index)
        return {
            "headline": story.headline, "authors": [a.text for a in story.authors],
            "published": story.published.isoformat(), "modified": story.modified.isoformat(),
            "body_paragraphs": story.body_paragraphs, "layout": story.layout,
            "images": [{"url": f.src, "caption": f.caption, "credit": f.credit}
                       for f in story.figures],
        }

    def index_of(self, path: str) -> int | None:
        """The article index of a path (or URL), or None when it is not an article path."""
        if "://" in path:
            path = urlsplit(path).path
        match = ARTICLE_PATH.fullmatch(path)
        if not match:
            return None
        index = int(match.group(1))
        if index >= self.n_articles or self._base_meta(index).path != path:
            return None
        return index

    # -- updates ------------------------------------------------------------------------
    def update(self, paths_or_count) -> list[str]:
        """Give articles a new lastmod and changed text; returns their paths.

        An int picks that many articles (seeded by the update round); otherwise each item
        is an article path or URL. Every call is one round: its articles' lastmod is
        ``anchor + STEP + round * UPDATE_STEP``, later than anything before.
        """
        with self._lock:
            self._round += 1
            update_round = self._round
        if isinstance(paths_or_count, int):
            rng = random.Random(f"{self.seed}:round:{update_round}")
            indexes = rng.sample(range(self.n_articles), min(paths_or_count, self.n_articles))
        else:
            indexes = []
            for item in paths_or_count:
                index = self.index_of(item)
                if index is None:
                    raise KeyError(f"not an article of this site: {item}")
                indexes.append(index)
        with self._lock:
            for index in indexes:
                self._updates[index] = update_round
        return [self._base_meta(i).path for i in indexes]

    def _updated(self) -> list[tuple[dt.datetime, int]]:
        """(lastmod, index) of updated articles, newest first."""
        with self._lock:
            rounds = dict(self._updates)
        return sorted(((self._round_time(r), i) for i, r in rounds.items()),
                      reverse=True)

    # -- listing pages ------------------------------------------------------------------
    def _make_listing_pages(self) -> dict[str, tuple[str, str, Link | None]]:
        """path -> (kind, title, filter link) of the non-article pages."""
        pages: dict[str, tuple[str, str, Link | None]] = {"/": ("front", self.name, None)}
        pages.update({s.path: ("section", s.text, s) for s in self.sections})
        pages.update({t.path: ("tag", t.text, t) for t in self.tags})
        for name in self.staff:
            author = Link(name, f"/author/{synth.slugify(name)}/")
            pages[author.path] = ("author", name, author)
        return pages

    def _listing_page(self, path: str) -> Page:
        kind, title, _ = self._listing_pages[path]
        return Page(path=path, file=None, kind=kind, title=title, language=self.language,
                    lastmod=self.last_modified)

    def _members(self, kind: str, link: Link | None) -> list[ArticleMeta]:
        found = []
        for index in range(self.n_articles):
            meta = self._base_meta(index)
            if (link is None or (kind == "section" and meta.section == link)
                    or (kind == "tag" and link in meta.tags)
                    or (kind == "author" and link in meta.authors)):
                found.append(meta)
                if len(found) == LISTING_SIZE or index > 4000:
                    break
        return found

    # -- the catalog interface ----------------------------------------------------------
    def lookup(self, path: str, query: str = "") -> Page | None:
        """An article or listing page at this path."""
        if path in self._listing_pages:
            return self._listing_page(path)
        index = self.index_of(path)
        return None if index is None else self._page(index)

    def render(self, page: Page, base_url: str) -> bytes:
        """The page's HTML, built now."""
        index = self.index_of(page.path)
        if page.kind == "article" and index is not None:
            return article_page(self.story(index), self.chrome,
                                base_url).encode("utf-8")
        kind, title, link = self._listing_pages[page.path]
        teasers = [Teaser(m.headline, m.path, m.summary, m.published)
                   for m in self._members(kind, link)]
        intro = f"Stories by {title}." if kind == "author" else ""
        return listing_page(self.chrome, title, teasers, intro, kind).encode("utf-8")

    def _non_articles(self, kinds: tuple[str, ...]) -> list[str]:
        return [p for p, (kind, _, _) in self._listing_pages.items() if matches_kind(kinds, kind)]

    def count(self, kinds: tuple[str, ...]) -> int:
        """How many pages have one of ``kinds``."""
        articles = self.n_articles if matches_kind(kinds, "article") else 0
        return articles + len(self._non_articles(kinds))

    def listing(self, kinds: tuple[str, ...], start: int = 0,
                stop: int | None = None) -> list[Page]:
        """Articles newest first (by index), then the listing pages, sliced."""
        stop = self.count(kinds) if stop is None else min(stop, self.count(kinds))
        articles = self.n_articles if matches_kind(kinds, "article") else 0
        pages = [self._page(i) for i in range(start, min(stop, articles))]
        others = self._non_articles(kinds)
        first, last = max(0, start - articles), max(0, stop - articles)
        pages += [self._listing_page(p) for p in others[first:last]]
        return pages

    def newest_lastmod(self, kinds: tuple[str, ...], start: int = 0,
                       stop: int | None = None) -> dt.datetime | None:
        """The newest lastmod in a listing slice, without building its pages."""
        stop = self.count(kinds) if stop is None else min(stop, self.count(kinds))
        if start >= stop:
            return None
        articles = self.n_articles if matches_kind(kinds, "article") else 0
        if start >= articles:
            return self.last_modified
        newest = self._base_meta(start).lastmod
        for stamp, index in self._updated():
            if start <= index < stop:
                return max(newest, stamp)
        return newest

    def recent(self, kinds: tuple[str, ...], limit: int) -> list[Page]:
        """For feeds: updated articles (latest change first), then the newest articles."""
        if not matches_kind(kinds, "article"):
            return self.listing(kinds, 0, limit)
        chosen = [i for _, i in self._updated()][:limit]
        seen = set(chosen)
        index = 0
        while len(chosen) < limit and index < self.n_articles:
            if index not in seen:
                chosen.append(index)
            index += 1
        return [self._page(i) for i in chosen]

    def article_paths(self) -> Iterable[str]:
        """Article paths, newest first (computed one by one)."""
        return (self._base_meta(i).path for i in range(self.n_articles))

    def non_article_paths(self) -> list[str]:
        """The front page, section fronts, tag and author pages."""
        return list(self._listing_pages)

    @property
    def last_modified(self) -> dt.datetime:
        """The newest lastmod of the site (an update, or the newest article)."""
        updated = self._updated()
        newest = self._base_meta(0).lastmod
        return max(newest, updated[0][0]) if updated else newest
