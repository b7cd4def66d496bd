"""The output lock of a fleet worker: the single-machine ``flock``, taken shared.

Single-machine crawls and compaction take ``DIR/.newscrawl.storage.lock`` exclusively
(:mod:`newscrawl.storage.lock`). Distributed workers take the same ``flock`` *shared*: any
number of workers write side by side, while a single-machine crawl or a compaction is
refused (exit 75) as long as one worker runs, and a worker is refused while either of
those runs. Like the exclusive lock, a shared one dies with its process.

This module is light on purpose: ``scrapy crawl`` takes the lock before anything heavy
is imported, so a refused crawl says so within moments.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os

from newscrawl.distributed.mode import is_distributed
from newscrawl.storage.lock import acquire_output_lock, lock_path, open_flocked


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


def acquire_worker_lock(output: str | os.PathLike,
                        purpose: str = "crawl worker") -> SharedOutputLock:
    """Take the output lock shared, without waiting; :class:`OutputLocked` when a
    single-machine crawl or a compaction holds it exclusively."""
    handle = open_flocked(lock_path(output), fcntl.LOCK_SH)
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
