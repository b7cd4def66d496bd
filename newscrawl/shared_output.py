"""One output directory shared by the workers of a fleet: lock, pipeline, what was written.

Single-machine crawls and compaction take the output lock exclusively
(:mod:`newscrawl.lock`). Distributed workers take the same ``flock`` *shared*: any
number of workers write side by side (each into its own staging directory, named by
its worker id, so file names never collide), while a single-machine crawl or a
compaction is refused (exit 75) as long as one worker runs, and a worker is refused
while either of those runs. Like the exclusive lock, a shared one dies with its process.

Recovering dead runs' spools must not run twice at once on one staging directory, so
in distributed mode it runs under the fleet's Redis lock (``<prefix>:recovery-lock``),
at worker start and when a survivor reaps a dead worker.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
from contextlib import contextmanager
from pathlib import Path

import pyarrow.compute as pc

from newscrawl.article import arrow_schema
from newscrawl.dataset import (
    ARTICLES,
    FAILURES,
    DatasetWriter,
    RunStaging,
    articles_dataset,
    failures_dataset,
    recover_abandoned_runs,
)
from newscrawl.distributed import FleetKeys, connect, is_distributed, worker_identity
from newscrawl.failure import failure_schema
from newscrawl.incremental import CHECKS, CrawlState, check_schema, checks_dataset
from newscrawl.lock import OutputLocked, acquire_output_lock, lock_path
from newscrawl.pipelines import STAT_RECOVERED, ParquetPipeline, _spider_name, _spider_of

logger = logging.getLogger(__name__)

#: How long a worker waits for the fleet's recovery lock before giving up (seconds).
RECOVERY_LOCK_WAIT = 120
#: How long the recovery lock is held at most, should its holder die (seconds).
RECOVERY_LOCK_TTL = 300


class SharedOutputLock:
    """A shared ``flock`` on an output's lock file; release it with :meth:`release`."""

    def __init__(self, handle):
        self._handle = handle

    @property
    def held(self) -> bool:
        """Whether the lock is still held."""
        return self._handle is not None

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()


def acquire_worker_lock(output: str | os.PathLike, purpose: str = "crawl worker") -> SharedOutputLock:
    """Take the output lock shared, without waiting; :class:`OutputLocked` when a
    single-machine crawl or a compaction holds it exclusively."""
    path = lock_path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        raise OutputLocked(path.parent, holder) from None
    since = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    handle.write(f"pid {os.getpid()}: {purpose} (distributed, shared) since {since}\n")
    handle.flush()
    return SharedOutputLock(handle)


def acquire_crawl_lock(settings, output: str | os.PathLike, purpose: str):
    """The output lock ``scrapy crawl`` takes: shared for a distributed worker
    (``NEWSCRAWL_REDIS_URL`` set), exclusive otherwise."""
    if is_distributed(settings):
        return acquire_worker_lock(output, purpose)
    return acquire_output_lock(output, purpose)


@contextmanager
def fleet_lock(server, keys: FleetKeys, *, wait: float = RECOVERY_LOCK_WAIT):
    """Hold the fleet's recovery lock (yields False when it could not be had in ``wait``)."""
    lock = server.lock(keys.recovery_lock, timeout=RECOVERY_LOCK_TTL,
                       blocking_timeout=wait if wait > 0 else None, blocking=wait > 0)
    got = lock.acquire()
    try:
        yield got
    finally:
        if got:
            try:
                lock.release()
            except Exception:  # noqa: BLE001 - expired: someone else may hold it now
                logger.warning("the fleet recovery lock expired while held")


def urls_written_since(output: str | os.PathLike, since: dt.datetime) -> set[str]:
    """URLs the output holds rows of (articles, checks, failures) from ``since`` on."""
    urls: set[str] = set()
    for dataset, column in ((articles_dataset(output), "fetched_at"),
                            (checks_dataset(output), "checked_at"),
                            (failures_dataset(output), "failed_at")):
        table = dataset.to_table(columns=["url"], filter=pc.field(column) >= since)
        urls.update(url for url in table.column("url").to_pylist() if url)
    return urls


class DistributedParquetPipeline(ParquetPipeline):
    """The Parquet pipeline of a fleet worker: shared output lock, recovery under the
    fleet's Redis lock, and a staging directory named by the worker id."""

    def open_spider(self, spider=None):
        """Lock the output (shared), recover dead runs, load the state, open writers."""
        spider = _spider_of(self.crawler, spider)
        root = Path(self.output_dir)
        self.lock = acquire_worker_lock(root, f"crawl {_spider_name(spider) or ''}".strip())
        settings = self.crawler.settings
        keys = FleetKeys.for_spider(settings, spider.name)
        server = connect(settings)
        with fleet_lock(server, keys) as got:
            if not got:
                raise RuntimeError("could not take the fleet's recovery lock")
            recovered = recover_abandoned_runs(root, self.options)
        if recovered:
            logger.warning("recovered %s of killed runs %s (%d torn records dropped)",
                           recovered.rows or "no rows", ", ".join(recovered.runs),
                           recovered.torn_records)
            for dataset, rows in recovered.rows.items():
                self._inc(f"{STAT_RECOVERED}/{dataset}", rows)
        self.state = CrawlState.from_output(root, recheck_days=self.recheck_days,
                                            skipping=self.incremental)
        logger.info("incremental state: %d URLs already in %s", len(self.state), root)
        spider.crawl_state = self.state
        self.staging = RunStaging(root, run_id=worker_identity(self.crawler).worker_id)
        self.articles = DatasetWriter(root / ARTICLES, self.staging, arrow_schema(),
                                      self.options)
        self.failures = DatasetWriter(root / FAILURES, self.staging, failure_schema(),
                                      self.options)
        self.checks = DatasetWriter(root / CHECKS, self.staging, check_schema(), self.options)
