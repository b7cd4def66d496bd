"""Extraction off the crawl's event loop: pages are extracted in worker processes.

Scrapy runs every callback on one thread, so CPU spent extracting is time the crawl
does not spend downloading. With ``NEWSCRAWL_EXTRACT_WORKERS`` > 0 each article page
is extracted and classified in a process pool while the crawl goes on; with 0 it
runs inline. The pool also bounds the time of one page
(``NEWSCRAWL_EXTRACT_TIMEOUT``): a page that takes longer, or kills its worker, becomes
a recorded failure and the pool is restarted; pages that were in flight on it are
tried once more. Each worker is handed ``NEWSCRAWL_EXTRACT_QUEUED`` pages ahead of the
one it extracts: the crawl process hands pages over from a thread that competes with the
busy event loop for the GIL, and with the standard pool's single queued page a worker
sat idle while pages waited. The pool's processes die with the crawl, even one killed with SIGKILL
(:mod:`newscrawl.crawl.lifeline`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures.process as futures_process
import datetime as dt
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from newscrawl.crawl.lifeline import bind_worker, tag_children
from newscrawl.extract.classify import Verdict, classify_article
from newscrawl.errors import ExtractionError
from newscrawl.model.article import Article


class ExtractionTimeout(ExtractionError):
    """Extracting one page took longer than NEWSCRAWL_EXTRACT_TIMEOUT seconds."""


class WorkerCrashed(ExtractionError):
    """The worker process extracting the page died (twice)."""


@dataclass(slots=True)
class PageJob:
    """Everything a worker needs to extract one fetched page (all picklable)."""

    body: bytes
    url: str
    http_status: int | None
    content_type: str | None
    fetched_at: dt.datetime
    profile: str | bool | None  # a profile name, False (profiles off) or None (by URL)
    listed: bool = False  # a sitemap or feed listed the page (a signal for "article")


@dataclass(slots=True)
class PageResult:
    """What extracting one page gives: the Article, the verdict, the failed field steps."""

    article: Article
    verdict: Verdict
    field_errors: list[str]

    def __iter__(self):  # (article, verdict) unpacking, as before
        return iter((self.article, self.verdict))


def extract_and_classify(job: PageJob) -> PageResult:
    """The PageResult of one page: the one extraction path, inline or in a worker."""
    from newscrawl.extract import extract_article_with_context

    article, ctx = extract_article_with_context(
        job.body, job.url, fetched_at=job.fetched_at, http_status=job.http_status,
        content_type=job.content_type, profile=job.profile)
    verdict: Verdict = classify_article(article, ctx, listed=job.listed)
    return PageResult(article, verdict, list(ctx.field_errors))


def default_workers() -> int:
    """Workers by default: one fewer than the CPUs (the crawl itself needs one), at most 4."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


def _start_worker() -> None:
    """Worker initialiser: die with the crawl, then import the layers once."""
    bind_worker()
    import newscrawl.extract  # noqa: F401  (imports and compiles the layers once per worker)


#: Held while a pool is built with a non-standard queue depth (a module constant).
_QUEUE_DEPTH_LOCK = threading.Lock()


def process_pool(workers: int, queued: int, **options) -> ProcessPoolExecutor:
    """A ProcessPoolExecutor whose call queue holds ``queued`` pages per worker beyond
    the one each is running (the standard pool: one page for the whole pool). Queued pages
    are not cancellable, which the extraction pool never does."""
    with _QUEUE_DEPTH_LOCK:
        standard = futures_process.EXTRA_QUEUED_CALLS
        futures_process.EXTRA_QUEUED_CALLS = max(standard, queued * workers)
        try:
            return ProcessPoolExecutor(workers, **options)
        finally:
            futures_process.EXTRA_QUEUED_CALLS = standard


class ExtractionPool:
    """A process pool for extraction with a per-page time bound and crash recovery."""

    def __init__(self, workers: int, timeout: float, queued: int = 1):
        self.workers = workers
        self.timeout = timeout
        self.queued = queued
        self._executor: ProcessPoolExecutor | None = None
        self._generation = 0

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            tag_children()  # the forkserver and workers carry the crawl's pid
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["newscrawl.crawl.forkserver_tie",
                                            "newscrawl.extract", "newscrawl.extract.classify"])
            self._executor = process_pool(self.workers, self.queued, mp_context=context,
                                          initializer=_start_worker)
            self._generation += 1
        return self._executor

    def _restart(self, generation: int) -> None:
        """Kill the pool's processes (once per broken generation) so the next call starts anew."""
        if self._executor is None or generation != self._generation:
            return
        executor, self._executor = self._executor, None
        for process in list(getattr(executor, "_processes", {}).values()):
            process.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    async def run(self, job: PageJob):
        """The PageResult of a page; ExtractionTimeout / WorkerCrashed when it can't be had."""
        for attempt in (1, 2):
            pool = self._pool()
            generation = self._generation
            future = asyncio.wrap_future(pool.submit(extract_and_classify, job))
            try:
                return await asyncio.wait_for(future, self.timeout)
            except asyncio.TimeoutError:
                self._restart(generation)
                raise ExtractionTimeout(
                    f"extraction took longer than {self.timeout:g} s") from None
            except BrokenProcessPool:
                self._restart(generation)
                if attempt == 2:
                    raise WorkerCrashed("the extraction worker died on this page") from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Stop the workers."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
