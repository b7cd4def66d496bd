"""The development pages the instruments read: development sites only, one page per URL,
the page-type corpus's articles only, the URLs asked to be skipped left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.evaluate.devpages import dev_pages
from newscrawl.evaluate.split import DEV, part_of

SHARED_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
NAMES = ("trafilatura-dev", "htmldate-dev", "pagetypes")


@pytest.fixture(scope="module")
def pages():
    if not all((SHARED_CORPORA / name).is_dir() for name in NAMES):
        pytest.skip(f"shared corpora {', '.join(NAMES)} not present in {SHARED_CORPORA}")
    return list(dev_pages(SHARED_CORPORA, NAMES))


def test_only_development_sites_and_each_url_once(pages):
    assert pages and all(part_of(page.site) == DEV for page in pages)
    urls = [page.url for page in pages if page.url]
    assert len(urls) == len(set(urls))


def test_a_page_in_two_corpora_is_read_from_the_first(pages):
    # htmldate-dev shares many pages with trafilatura-dev, which is read before it here
    first = {page.url for page in pages if page.key.startswith("trafilatura-dev/")}
    alone = {page.url for page in dev_pages(SHARED_CORPORA, ("htmldate-dev",))}
    assert alone & first
    assert not any(page.key.startswith("htmldate-dev/") and page.url in first for page in pages)


def test_skipped_urls_and_missing_corpora_are_passed(pages, tmp_path):
    skip = {page.url for page in pages[:5]}
    again = list(dev_pages(SHARED_CORPORA, NAMES, skip_urls=skip))
    assert {page.url for page in again} == {page.url for page in pages} - skip
    assert list(dev_pages(tmp_path, ("zyte",))) == []


def test_page_type_pages_are_articles_without_labels(pages):
    typed = [page for page in pages if page.key.startswith("pagetypes/")]
    assert typed and all(page.truth is None for page in typed)
