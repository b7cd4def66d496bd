"""Site-level boilerplate memory: paragraphs a crawl sees on many pages of one site.

A single page cannot tell a site's furniture from its story when the markup names
nothing (hashed class names, a plain ``<p>`` of "about us" text at the end of every
story). A crawl sees many pages of each site: a paragraph that recurs, word for word,
in the bodies of several different articles of the same site is the site's furniture
(a sign-off blurb, a subscription prompt, a disclaimer), and is left out of the body.

:class:`SiteFurnitureMemory` holds, per site, which pages each paragraph was seen on
(paragraphs and pages as short hashes of their text and name; a bounded number of
paragraphs per site). A paragraph becomes furniture once it has been seen on ``pages``
different pages of the site; from then on it is dropped from every body of that site.
The pages before that keep it: the memory learns as the crawl goes. A body the memory
would cut by more than half is kept whole: that is a story published twice (a
syndicated copy), not furniture.

With a store (:class:`newscrawl.storage.furniture_store.FurnitureStore`), what a run
learns is kept for the next runs on the same output: a site's remembered paragraphs are
read when the run first meets the site, and what the run added is merged into the store
at its end (the workers of a fleet merge theirs side by side). An hourly run that sees
a few new pages of a site goes on from what the runs before it saw.

:class:`SiteFurniturePipeline` applies it to the crawl's Articles (order 500, after the
dates and before Parquet) when ``NEWSCRAWL_SITE_FURNITURE`` is on, keeps it in the
output's ``_state/`` unless ``NEWSCRAWL_SITE_FURNITURE_STATE`` is off, and counts what
it dropped in the stats (``newscrawl/site_furniture/...``).
"""

from __future__ import annotations

import hashlib
import logging

from newscrawl.model.article import Article
from newscrawl import stats
from newscrawl.storage.furniture_store import PAGE_DIGEST_BYTES, FurnitureStore, store_path
from newscrawl.text import fold, word_count
from newscrawl.urls import domain_of

logger = logging.getLogger(__name__)

#: Paragraphs shorter than this (folded characters) are not remembered: short lines
#: recur in real stories too ("Photo: AP", a subheading such as "What happens next").
MIN_PARAGRAPH_CHARS = 60
#: Paragraph keys remembered per site; past it the ones seen on a single page are forgotten.
MAX_KEYS_PER_SITE = 50_000
#: A body is kept whole when the furniture found would remove more than this share of it.
MAX_DROPPED_SHARE = 0.5


def site_of(url: str) -> str:
    """The site a page belongs to: its host name, without ``www.``."""
    return domain_of(url) or ""


def paragraph_key(paragraph: str) -> bytes | None:
    """The memory's key of a paragraph (a digest of its folded text), None when it is too
    short to remember."""
    folded = fold(paragraph)
    if len(folded) < MIN_PARAGRAPH_CHARS:
        return None
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest()


def page_key(page: str) -> bytes:
    """The memory's name of a page (a digest of its URL)."""
    return hashlib.blake2b(page.encode("utf-8"), digest_size=PAGE_DIGEST_BYTES).digest()


class SiteFurnitureMemory:
    """Per site, the pages each paragraph was seen on; paragraphs on ``pages`` pages or
    more are furniture. With a ``store``, sites are read from it when first met and
    :meth:`save` merges what was learnt into it."""

    def __init__(self, pages: int = 3, max_keys: int = MAX_KEYS_PER_SITE,
                 store: FurnitureStore | None = None):
        if pages < 2:
            raise ValueError(f"a paragraph is furniture on 2 pages or more, not {pages}")
        self.pages = pages
        self.max_keys = max_keys
        self.store = store
        self._sites: dict[str, dict[bytes, set[bytes]]] = {}
        self._learnt: dict[str, set[bytes]] = {}  # site -> keys given a new page this run

    def clean(self, url: str, paragraphs: list[str], page: str | None = None) -> list[str]:
        """Remember this page's paragraphs and return them without the site's furniture.

        ``page`` names the page (its canonical URL; ``url`` by default): the same page
        fetched twice counts once.
        """
        name = site_of(url)
        site = self._site(name)
        learnt = self._learnt.setdefault(name, set())
        here = page_key(page or url)
        furniture = set()
        for index, paragraph in enumerate(paragraphs):
            key = paragraph_key(paragraph)
            if key is None:
                continue
            seen = site.get(key)
            if seen is None:
                if len(site) >= self.max_keys:
                    self._forget_singles(site)
                seen = site[key] = set()
            if len(seen) < self.pages and here not in seen:
                seen.add(here)
                learnt.add(key)
            if len(seen) >= self.pages:
                furniture.add(index)
        if not furniture:
            return paragraphs
        dropped = sum(len(paragraphs[i]) for i in furniture)
        if dropped > MAX_DROPPED_SHARE * sum(map(len, paragraphs)):
            return paragraphs  # most of the body recurs: a story published twice
        return [p for i, p in enumerate(paragraphs) if i not in furniture]

    def save(self) -> int:
        """Merge what this memory learnt since the last save into its store (none: 0);
        the rows written."""
        if self.store is None or not any(self._learnt.values()):
            return 0
        learnt = {name: {key: self._sites[name][key] for key in keys
                         if key in self._sites[name]}
                  for name, keys in self._learnt.items() if keys}
        written = self.store.merge(learnt, cap=self.pages, max_keys=self.max_keys)
        self._learnt.clear()
        return written

    def _site(self, name: str) -> dict[bytes, set[bytes]]:
        site = self._sites.get(name)
        if site is None:
            site = self._sites[name] = self.store.load(name) if self.store is not None else {}
        return site

    @staticmethod
    def _forget_singles(site: dict) -> None:
        for key in [key for key, seen in site.items() if len(seen) <= 1]:
            del site[key]


def clean_article(memory: SiteFurnitureMemory, article: Article) -> int:
    """Drop the site's furniture from an Article's body (in place); the paragraphs dropped."""
    if not article.body or not article.url:
        return 0
    paragraphs = article.body.split("\n\n")
    kept = memory.clean(article.url, paragraphs, article.canonical_url or article.url)
    if len(kept) == len(paragraphs):
        return 0
    article.body = "\n\n".join(kept)
    article.word_count = word_count(article.body)
    return len(paragraphs) - len(kept)


class SiteFurniturePipeline:
    """Order 500: with ``NEWSCRAWL_SITE_FURNITURE`` on, drop paragraphs seen on
    ``NEWSCRAWL_SITE_FURNITURE_PAGES`` pages of the same site from the bodies; with
    ``NEWSCRAWL_SITE_FURNITURE_STATE`` on too (and an output), start from what earlier
    runs on the output learnt and add this run's at its end."""

    def __init__(self, crawler=None, *, enabled: bool = False, pages: int = 3,
                 store: FurnitureStore | None = None):
        self.stats = getattr(crawler, "stats", None)
        self.memory = SiteFurnitureMemory(pages, store=store) if enabled else None

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's constructor hook."""
        settings = crawler.settings
        enabled = settings.getbool("NEWSCRAWL_SITE_FURNITURE")
        output = settings.get("NEWSCRAWL_OUTPUT")
        store = (FurnitureStore(store_path(output))
                 if enabled and output and settings.getbool("NEWSCRAWL_SITE_FURNITURE_STATE")
                 else None)
        return cls(crawler, enabled=enabled,
                   pages=settings.getint("NEWSCRAWL_SITE_FURNITURE_PAGES"), store=store)

    def process_item(self, item, spider=None):
        """Clean an Article's body; other items (and everything when off) pass untouched."""
        if self.memory is None or not isinstance(item, Article):
            return item
        dropped = clean_article(self.memory, item)
        if dropped and self.stats is not None:
            self.stats.inc_value(stats.SITE_FURNITURE_DROPPED, dropped)
            self.stats.inc_value(stats.SITE_FURNITURE_PAGES)
        return item

    def close_spider(self, spider=None):
        """Merge what the run learnt into the output's store."""
        if self.memory is None or self.memory.store is None:
            return
        try:
            written = self.memory.save()
            if self.stats is not None:
                self.stats.set_value(stats.SITE_FURNITURE_REMEMBERED, written)
        except Exception:  # noqa: BLE001 - the articles are written; the memory is a cache
            logger.exception("the site furniture memory could not be saved to %s",
                             self.memory.store.path)
        finally:
            self.memory.store.close()
