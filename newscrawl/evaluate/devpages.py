"""The development pages of several corpora, one per URL: what the development instruments
in ``benchmarks/`` read (the silver audits of the body, the captions and the day).

A page is a development page when its site falls in the development part of the split
(:mod:`newscrawl.evaluate.split`); of the page-type corpus only the pages labelled articles
count. A URL read once (in an earlier corpus, or named in ``skip_urls``) is not read again:
the same page saved in two corpora is one page. Held-out pages are never read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.pagetype import PAGETYPES, labelled_pages
from newscrawl.evaluate.split import DEV, part_of, site_of


@dataclass(frozen=True)
class DevPage:
    """One development page: ``key`` is ``<corpus>/<id>``; ``truth`` the corpus's labels
    (None on the page-type corpus)."""
    key: str
    site: str
    url: str
    html: str
    truth: object = None


def dev_pages(corpora: Path, names: Iterable[str],
              skip_urls: Iterable[str] = ()) -> Iterator[DevPage]:
    """Each development page of the corpora ``names`` under ``corpora``, in that order,
    one per URL (a corpus that is not there is passed)."""
    seen = set(skip_urls)
    for name in names:
        directory = corpora / name
        if not directory.is_dir():
            continue
        if name == PAGETYPES:
            for page in labelled_pages(directory):
                site = site_of(page.url)
                if not page.is_article or part_of(site) != DEV or (page.url and page.url in seen):
                    continue
                seen.add(page.url)
                yield DevPage(f"{name}/{page.id}", site, page.url,
                              page.read().decode("utf-8", "replace"))
            continue
        for case in load_corpus(directory).cases:
            if case.part != DEV or (case.url and case.url in seen):
                continue
            seen.add(case.url)
            yield DevPage(f"{name}/{case.id}", case.site, case.url, case.read_html(), case.truth)
