"""Site-level boilerplate memory: paragraphs a crawl sees on many pages of one site.

A single page cannot tell a site's furniture from its story when the markup names
nothing (hashed class names, a plain ``<p>`` of "about us" text at the end of every
story). A crawl sees many pages of each site: a paragraph that recurs, word for word,
in the bodies of several different articles of the same site is the site's furniture
(a sign-off blurb, a subscription prompt, a disclaimer), and is left out of the body.

:class:`SiteFurnitureMemory` holds, per site, which pages each paragraph was seen on
(keys are short hashes of the folded text; a bounded number of paragraphs per site).
A paragraph becomes furniture once it has been seen on ``pages`` different pages of the
site; from then on it is dropped from every body of that site. The pages before that
keep it: the memory learns as the crawl goes, and one process's memory is its own (a
distributed fleet learns per worker). A body the memory would cut by more than half is
kept whole: that is a story published twice (a syndicated copy), not furniture.

:class:`SiteFurniturePipeline` applies it to the crawl's Articles (order 500, after the
dates and before Parquet) when ``NEWSCRAWL_SITE_FURNITURE`` is on, and counts what it
dropped in the stats (``newscrawl/site_furniture/...``).
"""

from __future__ import annotations

import hashlib

from newscrawl.model.article import Article
from newscrawl import stats
from newscrawl.text import fold, word_count
from newscrawl.urls import domain_of

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


def _key(paragraph: str) -> bytes | None:
    folded = fold(paragraph)
    if len(folded) < MIN_PARAGRAPH_CHARS:
        return None
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest()


class SiteFurnitureMemory:
    """Per site, the pages each paragraph was seen on; paragraphs on ``pages`` pages or
    more are furniture."""

    def __init__(self, pages: int = 3, max_keys: int = MAX_KEYS_PER_SITE):
        if pages < 2:
            raise ValueError(f"a paragraph is furniture on 2 pages or more, not {pages}")
        self.pages = pages
        self.max_keys = max_keys
        self._sites: dict[str, dict[bytes, set[str]]] = {}

    def clean(self, url: str, paragraphs: list[str], page: str | None = None) -> list[str]:
        """Remember this page's paragraphs and return them without the site's furniture.

        ``page`` names the page (its canonical URL; ``url`` by default): the same page
        fetched twice counts once.
        """
        site = self._sites.setdefault(site_of(url), {})
        page = page or url
        furniture = set()
        for index, paragraph in enumerate(paragraphs):
            key = _key(paragraph)
            if key is None:
                continue
            seen = site.get(key)
            if seen is None:
                if len(site) >= self.max_keys:
                    self._forget_singles(site)
                seen = site[key] = set()
            if len(seen) < self.pages:
                seen.add(page)
            if len(seen) >= self.pages:
                furniture.add(index)
        if not furniture:
            return paragraphs
        dropped = sum(len(paragraphs[i]) for i in furniture)
        if dropped > MAX_DROPPED_SHARE * sum(map(len, paragraphs)):
            return paragraphs  # most of the body recurs: a story published twice
        return [p for i, p in enumerate(paragraphs) if i not in furniture]

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
    ``NEWSCRAWL_SITE_FURNITURE_PAGES`` pages of the same site from the bodies."""

    def __init__(self, crawler=None, *, enabled: bool = False, pages: int = 3):
        self.stats = getattr(crawler, "stats", None)
        self.memory = SiteFurnitureMemory(pages) if enabled else None

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's constructor hook."""
        settings = crawler.settings
        return cls(crawler, enabled=settings.getbool("NEWSCRAWL_SITE_FURNITURE"),
                   pages=settings.getint("NEWSCRAWL_SITE_FURNITURE_PAGES"))

    def process_item(self, item, spider=None):
        """Clean an Article's body; other items (and everything when off) pass untouched."""
        if self.memory is None or not isinstance(item, Article):
            return item
        dropped = clean_article(self.memory, item)
        if dropped and self.stats is not None:
            self.stats.inc_value(stats.SITE_FURNITURE_DROPPED, dropped)
            self.stats.inc_value(stats.SITE_FURNITURE_PAGES)
        return item
