"""One output directory shared by the workers of a fleet: pipeline, recovery, what was
written.

Workers hold the output lock shared (:mod:`newscrawl.distributed.shared_lock`) and write side by
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

import pyarrow.compute as pc

from newscrawl.storage.dataset import articles_dataset, checks_dataset, failures_dataset
from newscrawl.storage.recovery import recover_abandoned_runs
from newscrawl.distributed.mode import FleetKeys, connect, worker_identity
from newscrawl.crawl.pipelines import ParquetPipeline
from newscrawl.distributed.shared_lock import acquire_worker_lock

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

    def lock_output(self, root, purpose: str):
        """Take the output lock shared: the fleet's workers write side by side."""
        return acquire_worker_lock(root, purpose)

    def recover(self, root, spider):
        """Recover killed runs under the fleet's Redis lock, one worker at a time."""
        settings = self.crawler.settings
        keys = FleetKeys.for_spider(settings, spider.name)
        with fleet_lock(connect(settings), keys) as got:
            if not got:
                raise RuntimeError("could not take the fleet's recovery lock")
            return recover_abandoned_runs(root, self.options)

    def run_id(self) -> str | None:
        """Stage under the worker id, so its spool can be found if the worker dies."""
        return worker_identity(self.crawler).worker_id

    def shares_state_index(self) -> bool:
        """No: the fleet's workers write side by side, so each builds a private state
        index from the dataset instead of writing one shared SQLite file."""
        return False
