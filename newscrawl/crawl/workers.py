"""Extraction off the crawl's event loop: pages are extracted in worker processes.

Scrapy runs every callback on one thread, so CPU spent extracting is time the crawl
does not spend downloading. With ``NEWSCRAWL_EXTRACT_WORKERS`` > 0 each article page
is extracted and classified in a process pool while the crawl goes on; with 0 it
runs inline. Each worker is handed ``NEWSCRAWL_EXTRACT_QUEUED`` pages ahead of the
one it extracts: the crawl process hands pages over from a thread that competes with the
busy event loop for the GIL, and with the standard pool's single queued page a worker
sat idle while pages waited.

Every page handed to the pool ends as a PageResult, an ExtractionTimeout or a
WorkerCrashed (or the extraction's own error), and none waits for ever:

* the pool bounds the time of one page (``NEWSCRAWL_EXTRACT_TIMEOUT``, counted from
  when the page reaches a worker); a page that takes longer, or whose worker dies, has
  the pool given up (its workers killed) and is tried once more on a new pool with the
  pages that were in flight on the old one; a page that fails twice becomes a recorded
  failure, a page that only waited behind it is not charged;
* the pages waiting on a pool watch its workers, and a dead worker gives the pool up
  at once. The standard pool reports a dead worker itself, except one that died halfway
  through writing a result larger than the pipe's buffer: its manager thread then
  waits for the rest of that message for ever (CPython 3.11, later versions too), and
  the pool neither returns nor fails the pages queued on it. Giving a pool up also
  unblocks its threads (see ``_kill``);
* ``close()`` waits for the live pool's threads at most the page bound plus
  ``CLOSE_GRACE``, then kills its workers (one still busy or frozen) and gives each
  thread of it, and of pools given up before, up to ``CLOSE_GRACE`` more to end (one
  that does not is logged); after ``close()`` no new pool is started. The pool's
  processes die with the crawl, even one killed with SIGKILL
  (:mod:`newscrawl.crawl.lifeline`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures.process as futures_process
import datetime as dt
import logging
import multiprocessing
import multiprocessing.connection
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
#: Seconds between two looks of a waiting page at its pool's workers: a dead worker
#: breaks the pool, which is given up at the next look even if the standard pool never
#: reports it (see ``_kill``).
WATCH_INTERVAL = 0.25
#: Seconds ``close()`` waits, beyond the per-page time bound, for the pool's threads to
#: end before it kills its workers.
CLOSE_GRACE = 5.0
#: Held while a pool is built with a non-standard queue depth (a module constant).
_QUEUE_DEPTH_LOCK = threading.Lock()

log = logging.getLogger(__name__)


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


class _TimedOut(Exception):
    """A page has been on a worker for longer than the time bound."""


def _forget(future: asyncio.Future) -> None:
    """Done-callback of a page's future nobody waits for any more: its outcome is read
    so asyncio does not report it as never retrieved."""
    if not future.cancelled():
        future.exception()


class _Pool:
    """One process pool of the extraction pool (a generation): the executor and the
    future its waiting pages watch, done when the pool is given up."""

    __slots__ = ("executor", "number", "given_up", "watched_at")

    def __init__(self, executor: ProcessPoolExecutor, number: int):
        self.executor = executor
        self.number = number
        self.given_up: asyncio.Future = asyncio.get_running_loop().create_future()
        self.watched_at = 0.0


def _internals(executor: ProcessPoolExecutor) -> tuple:
    """The executor's manager thread (None: never started), result queue and worker
    processes, read before ``shutdown()`` clears them. There is no public way to reach
    them: these are CPython 3.11's private names (see ``_kill`` for why they are needed)."""
    return (executor._executor_manager_thread, executor._result_queue,
            list((executor._processes or {}).values()))


def _kill(processes: list, results) -> None:
    """Kill a pool's workers and let its threads end.

    A worker killed while it writes a page's result into the pipe the pool's manager
    thread reads (a result larger than the pipe's buffer takes many writes) leaves that
    thread blocked in the middle of the message for ever: this process holds the pipe's
    write end too, so no end of file comes, and CPython 3.11 (later versions too) reads
    the rest of a message without a time limit. The pool then never fails its pages, and
    its queue feeder stays blocked writing the next page into a pipe the dead worker no
    longer reads. Closing that write end here, once the workers are killed, gives the
    manager its end of file: it marks the pool broken, closes the call queue's read end
    (the feeder's write ends with EPIPE) and exits. The manager thread never touches
    the write end itself, and ``shutdown(wait=False)`` does not close it, so this
    cannot race with CPython's own clean-up."""
    dead = set(multiprocessing.connection.wait([p.sentinel for p in processes], timeout=0))
    for process in processes:
        if process.sentinel not in dead:  # a dead worker's pid may be another's by now
            process.kill()
    if results is not None:
        results._writer.close()


def _stop(executor: ProcessPoolExecutor) -> threading.Thread | None:
    """Stop a broken or stuck executor at once: kill its workers, unblock its threads;
    returns its manager thread (None: it never started one)."""
    manager, results, processes = _internals(executor)
    executor.shutdown(wait=False, cancel_futures=False)
    _kill(processes, results)
    return manager


class ExtractionPool:
    """A process pool for extraction with a per-page time bound and crash recovery."""

    def __init__(self, workers: int, timeout: float, queued: int = 1):
        self.workers = workers
        self.timeout = timeout
        self.queued = queued
        self._live: _Pool | None = None
        self._generation = 0
        # Pages handed to a pool, in hand-over order (a pool runs them in that order):
        # ticket -> [the pool's generation, when the page reached a worker or None].
        self._in_flight: dict[int, list] = {}
        self._tickets = 0
        # Manager threads of pools given up, joined by close().
        self._given_up: list[threading.Thread] = []
        self._closed = False  # close() was called: no new pool is started

    def _note_started(self) -> None:
        """The oldest ``workers`` pages in flight on the live pool are on a worker: their
        time runs (pages of a broken pool never start)."""
        if self._live is None:
            return
        now, position = time.monotonic(), 0
        for entry in self._in_flight.values():
            if entry[0] != self._live.number:
                continue
            if position >= self.workers:
                break
            position += 1
            if entry[1] is None:
                entry[1] = now

    async def _result(self, future: asyncio.Future, ticket: int, pool: _Pool) -> PageResult:
        """The future's result; _TimedOut once its page has been on a worker for
        ``timeout`` seconds (time spent queued behind other pages does not count);
        BrokenProcessPool as soon as its pool is given up, whether or not the pool
        itself ever reports it."""
        while True:
            started = self._in_flight[ticket][1]
            left = self.timeout if started is None else started + self.timeout - time.monotonic()
            if left <= 0:
                future.add_done_callback(_forget)
                raise _TimedOut
            await asyncio.wait({future, pool.given_up}, timeout=min(left, WATCH_INTERVAL),
                               return_when=asyncio.FIRST_COMPLETED)
            if future.done():
                return future.result()
            if pool.given_up.done():
                future.add_done_callback(_forget)
                raise BrokenProcessPool("the extraction pool was given up")
            self._watch(pool)

    def _watch(self, pool: _Pool) -> None:
        """Give the live pool up if one of its workers is dead (a dead worker breaks a
        process pool; this does not wait for the pool to say so)."""
        now = time.monotonic()
        if pool is not self._live or now - pool.watched_at < WATCH_INTERVAL / 2:
            return
        pool.watched_at = now
        processes = _internals(pool.executor)[2]
        if multiprocessing.connection.wait([p.sentinel for p in processes], timeout=0):
            self._give_up(pool)

    def _pool(self) -> _Pool:
        if self._live is None:
            tag_children()  # the forkserver and workers carry the crawl's pid
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["newscrawl.crawl.forkserver_tie",
                                            "newscrawl.extract", "newscrawl.extract.classify"])
            executor = process_pool(self.workers, self.queued, mp_context=context,
                                    initializer=_start_worker)
            self._generation += 1
            self._live = _Pool(executor, self._generation)
        elif self._live.given_up.get_loop() is not asyncio.get_running_loop():
            self._live.given_up = asyncio.get_running_loop().create_future()  # a new loop
        return self._live

    def _give_up(self, pool: _Pool) -> None:
        """Stop a broken or stuck pool (once) so the next page starts a new one, and
        wake every page still waiting on it: each goes to the new pool."""
        if pool.given_up.done():
            return
        pool.given_up.set_result(None)
        if self._live is pool:
            self._live = None
        manager = _stop(pool.executor)
        self._given_up = [thread for thread in self._given_up if thread.is_alive()]
        if manager is not None:
            self._given_up.append(manager)

    async def run(self, job: PageJob):
        """The PageResult of a page; ExtractionTimeout / WorkerCrashed when it can't be had.

        The time bound runs from when the page reaches a worker, not while it waits
        behind others. A page that times out or whose worker dies gives the pool up
        (its workers are killed); every page in flight on it is handed to a new pool,
        and one that was on a worker when the pool broke has one try left: a page that
        fails twice is a failure, a page that only waited behind it is not charged (up
        to ``MAX_BREAKS`` broken pools: a pool that cannot start at all fails its pages
        before any reaches a worker)."""
        tries = breaks = 0
        while True:
            if self._closed:  # (a page woken by close() is not retried on a new pool)
                raise WorkerCrashed("the extraction pool was closed before the page was extracted")
            pool = self._pool()
            self._tickets += 1
            ticket = self._tickets
            self._in_flight[ticket] = [pool.number, None]
            self._note_started()
            try:
                future = asyncio.wrap_future(pool.executor.submit(extract_and_classify, job))
                return await self._result(future, ticket, pool)
            except _TimedOut:
                self._give_up(pool)
                tries += 1
                if tries == 2:
                    raise ExtractionTimeout(
                        f"extraction took longer than {self.timeout:g} s") from None
            except BrokenProcessPool:
                self._give_up(pool)
                tries += self._in_flight[ticket][1] is not None
                breaks += 1
                if tries == 2 or breaks == MAX_BREAKS:
                    raise WorkerCrashed("the extraction worker died on this page") from None
            finally:
                del self._in_flight[ticket]
                self._note_started()

    def close(self) -> None:
        """Stop the workers. When it returns, no process or thread of the pool is left:
        a pool with a dead worker is killed at once, one whose threads have not ended
        ``timeout`` + ``CLOSE_GRACE`` seconds after it was asked to stop (a page still
        running, a frozen worker) then."""
        self._closed = True
        pool, self._live = self._live, None
        managers = self._given_up
        self._given_up = []
        if pool is not None:
            manager, results, processes = _internals(pool.executor)
            pool.executor.shutdown(wait=False, cancel_futures=True)
            if multiprocessing.connection.wait([p.sentinel for p in processes], timeout=0):
                _kill(processes, results)  # a dead worker: the pool is broken, waiting is vain
            if manager is not None:
                manager.join(self.timeout + CLOSE_GRACE)
                if manager.is_alive():
                    _kill(processes, results)
                managers.append(manager)
        for manager in managers:
            manager.join(CLOSE_GRACE)
            if manager.is_alive():
                log.warning("a thread of the extraction pool did not end: %s", manager.name)
