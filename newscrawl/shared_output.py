"""One output directory shared by the workers of a fleet: pipeline, recovery, what was
written.

Workers hold the output lock shared (:mod:`newscrawl.shared_lock`) and write side by
side, each into its own staging directory, named by its worker id, so file names never
collide.

Recovering dead runs' spools must not run twice at once on one staging directory, so
in distributed mode it runs under the fleet's Redis lock (``<prefix>:recovery-lock``),
at worker start and when a survivor reaps a dead worker.
"""

from __future__ import annotations

import datetime as dt
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
from newscrawl.distributed import FleetKeys, connect, worker_identity
from newscrawl.failure import failure_schema
from newscrawl.incremental import CHECKS, CrawlState, check_schema, checks_dataset
from newscrawl.pipelines import STAT_RECOVERED, ParquetPipeline, _spider_name, _spider_of
from newscrawl.shared_lock import acquire_worker_lock

logger = logging.getLogger(__name__)

#: How long a worker waits for the fleet's recovery lock before giving up (seconds).
RECOVERY_LOCK_WAIT = 120
#: How long the recovery lock is held at most, should its holder die (seconds).
RECOVERY_LOCK_TTL = 300


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
