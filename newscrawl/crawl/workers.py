"""Extraction off the crawl's event loop: pages are extracted in worker processes.

Scrapy runs every callback on one thread, so CPU spent extracting is time the crawl
does not spend downloading. With ``NEWSCRAWL_EXTRACT_WORKERS`` > 0 each article page
is extracted and classified in a process pool while the crawl goes on; with 0 it
runs inline. The pool also bounds the time of one page
(``NEWSCRAWL_EXTRACT_TIMEOUT``): a page that takes longer, or kills its worker, restarts
the pool and is tried once more with the pages that were in flight on it; a page that
fails twice becomes a recorded failure. Each worker is handed ``NEWSCRAWL_EXTRACT_QUEUED`` pages ahead of the
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
import time
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


#: Broken pools a page lives through before it is a failure (even if never on a worker).
MAX_BREAKS = 5
#: Held while a pool is built with a non-standard queue depth (a module constant).
_QUEUE_DEPTH_LOCK = threading.Lock()


def process_pool(workers: int, queued: int, **options) -> ProcessPoolExecutor:
    """A ProcessPoolExecutor whose call queue holds ``queued`` pages per worker beyond
    the one each is running (the standard pool: one page for the whole pool). Queued pages
    are not cancellable, which the extraction pool never does.

    The pool sizes its call queue from the module's ``EXTRA_QUEUED_CALLS`` when it is
    built (typeshed calls it Final; CPython 3.11 reads it in ``__init__``, and
    tests/crawl/test_workers.py checks the queue's size): it is set
    for the construction only, under a lock, and put back."""
    with _QUEUE_DEPTH_LOCK:
        standard = futures_process.EXTRA_QUEUED_CALLS
        futures_process.EXTRA_QUEUED_CALLS = max(standard, queued * workers)  # type: ignore[misc]
        try:
            return ProcessPoolExecutor(workers, **options)
        finally:
            futures_process.EXTRA_QUEUED_CALLS = standard  # type: ignore[misc]


class ExtractionPool:
    """A process pool for extraction with a per-page time bound and crash recovery."""

    def __init__(self, workers: int, timeout: float, queued: int = 1):
        self.workers = workers
        self.timeout = timeout
        self.queued = queued
        self._executor: ProcessPoolExecutor | None = None
        self._generation = 0
        # Pages handed to a pool, in hand-over order (a pool runs them in that order):
        # ticket -> [the pool's generation, when the page reached a worker or None].
        self._in_flight: dict[int, list] = {}
        self._tickets = 0

    def _note_started(self) -> None:
        """The oldest ``workers`` pages in flight on the live pool are on a worker: their
        time runs (pages of a broken pool never start)."""
        if self._executor is None:
            return
        now, position = time.monotonic(), 0
        for entry in self._in_flight.values():
            if entry[0] != self._generation:
                continue
            if position >= self.workers:
                break
            position += 1
            if entry[1] is None:
                entry[1] = now

    async def _result(self, future: asyncio.Future, ticket: int) -> PageResult:
        """The future's result; asyncio.TimeoutError once its page has been on a worker
        for ``timeout`` seconds (time spent queued behind other pages does not count)."""
        while True:
            started = self._in_flight[ticket][1]
            left = self.timeout if started is None else started + self.timeout - time.monotonic()
            if left <= 0:
                future.cancel()
                raise asyncio.TimeoutError
            done, _ = await asyncio.wait({future}, timeout=left)
            if done:
                return future.result()

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
        # Pages still waiting in the broken pool are not cancelled (a cancelled page would
        # end its callback with CancelledError, which nothing records): the pool fails them
        # with BrokenProcessPool once it sees its workers dead, and each is tried again.
        executor.shutdown(wait=False, cancel_futures=False)

    async def run(self, job: PageJob):
        """The PageResult of a page; ExtractionTimeout / WorkerCrashed when it can't be had.

        The time bound runs from when the page reaches a worker, not while it waits
        behind others. A page that times out or whose worker dies restarts the pool; every
        page in flight is handed to the new pool, and one that was on a worker when the
        pool broke has one try left: a page that fails twice is a failure, a page that
        only waited behind it is not charged (up to ``MAX_BREAKS`` broken pools: a pool
        that cannot start at all fails its pages before any reaches a worker)."""
        tries = breaks = 0
        while True:
            pool = self._pool()
            generation = self._generation
            self._tickets += 1
            ticket = self._tickets
            self._in_flight[ticket] = [generation, None]
            self._note_started()
            try:
                future = asyncio.wrap_future(pool.submit(extract_and_classify, job))
                return await self._result(future, ticket)
            except asyncio.TimeoutError:
                self._restart(generation)
                tries += 1
                if tries == 2:
                    raise ExtractionTimeout(
                        f"extraction took longer than {self.timeout:g} s") from None
            except BrokenProcessPool:
                self._restart(generation)
                tries += self._in_flight[ticket][1] is not None
                breaks += 1
                if tries == 2 or breaks == MAX_BREAKS:
                    raise WorkerCrashed("the extraction worker died on this page") from None
            finally:
                del self._in_flight[ticket]
                self._note_started()

    def close(self) -> None:
        """Stop the workers."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
