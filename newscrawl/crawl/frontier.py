"""The crawl frontier on disk: pending requests and the seen-set of one run.

Scrapy's default scheduler keeps every pending request in memory and its duplicate
filter keeps every fingerprint in a Python set, so a crawl's memory grows with the URLs
it discovers (sitemaps are read much faster than pages are fetched). Here both live in a
directory of their own, so memory stays flat however many URLs a run discovers:

* :class:`DiskScheduler` is Scrapy's scheduler given a job directory: pending requests
  go to Scrapy's disk queues (``SCHEDULER_DISK_QUEUE``, pickled, one file per priority);
  only requests that cannot be pickled stay in memory.
* :class:`SeenSet` is the duplicate filter: request fingerprints in a SQLite table
  (stdlib ``sqlite3``, a bounded page cache, no journal, no fsync).

The directory, ``<output>/_staging/frontier-<id>/``, belongs to one run: it is locked
while the run lives and removed when it ends. It is not a JOBDIR to resume from: what
is done is what the datasets hold, and the next run decides from them (crash safety and
exactly-once come from the spool and the incremental state, not from the frontier). A
killed run's frontier is removed by the next run's recovery, like its staging
directory. Set ``NEWSCRAWL_FRONTIER = "memory"`` for Scrapy's in-memory scheduler.
Distributed mode replaces both with the fleet's Redis frontier.
"""

from __future__ import annotations

import fcntl
import logging
import shutil
import tempfile
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from scrapy.dupefilters import BaseDupeFilter
from scrapy.utils.misc import build_from_crawler, load_object

from newscrawl.storage.dataset import LOCK_NAME, STAGING, new_run_id
from newscrawl.storage.state_index import open_sqlite

logger = logging.getLogger(__name__)

#: Prefix of a frontier directory under ``<output>/_staging/``.
FRONTIER_PREFIX = "frontier-"
#: The seen-set's file inside the frontier directory.
SEEN_NAME = "seen.sqlite"
#: Scrapy's disk queues' directory inside it (Scheduler's own name).
QUEUE_DIR = "requests.queue"


class FrontierDir:
    """One run's frontier directory, locked while the run lives, removed at close."""

    def __init__(self, output_dir: str | None):
        name = FRONTIER_PREFIX + new_run_id()
        if output_dir:
            self.path = Path(output_dir) / STAGING / name
            self.path.mkdir(parents=True)
        else:
            self.path = Path(tempfile.mkdtemp(prefix=name + "-"))
        self._lock = open(self.path / LOCK_NAME, "w")  # noqa: SIM115 - held for the run
        fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def remove(self) -> None:
        """Delete the directory and release the lock."""
        shutil.rmtree(self.path, ignore_errors=True)
        self._lock.close()


class SeenSet(BaseDupeFilter):
    """Duplicate filter: request fingerprints in a SQLite table on disk."""

    #: Inserts between two commits.
    COMMIT_EVERY = 10_000
    #: SQLite page cache, KiB.
    CACHE_KIB = 8 * 1024

    def __init__(self, path: str | Path, *, fingerprinter=None, debug: bool = False):
        from scrapy.utils.request import RequestFingerprinter

        self.path = Path(path)
        self.fingerprinter = fingerprinter or RequestFingerprinter()
        self.debug = debug
        self.logdupes = True
        self._db = open_sqlite(self.path, cache_kib=self.CACHE_KIB, durable=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS seen (fp BLOB PRIMARY KEY) WITHOUT ROWID")
        self._db.execute("BEGIN")
        self._pending = 0
        self.added = 0

    def request_seen(self, request) -> bool:
        """True when a request with this fingerprint was seen before (else remember it)."""
        cursor = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)",
                                  (self.fingerprinter.fingerprint(request),))
        if cursor.rowcount == 0:
            return True
        self.added += 1
        self._pending += 1
        if self._pending >= self.COMMIT_EVERY:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
            self._pending = 0
        return False

    def close(self, reason: str) -> None:
        """Close the table (its file goes with the frontier directory)."""
        try:
            self._db.execute("COMMIT")
        except Exception:  # noqa: BLE001 - nothing was pending
            pass
        self._db.close()

    def log(self, request, spider) -> None:
        """Log the first filtered duplicate (every one with DUPEFILTER_DEBUG)."""
        if self.debug:
            logger.debug("Filtered duplicate request: %(request)s", {"request": request},
                         extra={"spider": spider})
        elif self.logdupes:
            logger.debug("Filtered duplicate request: %(request)s - no more duplicates will "
                         "be shown (see DUPEFILTER_DEBUG to show all duplicates)",
                         {"request": request}, extra={"spider": spider})
            self.logdupes = False
        spider.crawler.stats.inc_value("dupefilter/filtered")


class DiskScheduler(Scheduler):
    """Scrapy's scheduler with its disk queues and a :class:`SeenSet` in a per-run
    frontier directory (``NEWSCRAWL_FRONTIER = "memory"``: Scrapy's scheduler as is)."""

    frontier: FrontierDir | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """Build the scheduler; with the disk frontier, create its directory."""
        settings = crawler.settings
        if str(settings.get("NEWSCRAWL_FRONTIER")).lower() == "memory":
            return super().from_crawler(crawler)
        frontier = FrontierDir(settings.get("NEWSCRAWL_OUTPUT") or None)
        dupefilter_cls = load_object(settings["DUPEFILTER_CLASS"])
        if issubclass(dupefilter_cls, SeenSet) or dupefilter_cls.__module__.startswith(
                "scrapy.dupefilters"):
            dupefilter = SeenSet(frontier.path / SEEN_NAME,
                                 fingerprinter=crawler.request_fingerprinter,
                                 debug=settings.getbool("DUPEFILTER_DEBUG"))
        else:  # a project's own duplicate filter is kept
            dupefilter = build_from_crawler(dupefilter_cls, crawler)
        scheduler = cls(
            dupefilter=dupefilter, jobdir=str(frontier.path),
            dqclass=load_object(settings["SCHEDULER_DISK_QUEUE"]),
            mqclass=load_object(settings["SCHEDULER_MEMORY_QUEUE"]),
            logunser=settings.getbool("SCHEDULER_DEBUG"), stats=crawler.stats,
            pqclass=load_object(settings["SCHEDULER_PRIORITY_QUEUE"]), crawler=crawler)
        scheduler.frontier = frontier
        return scheduler

    def close(self, reason: str):
        """Close the queues and the seen-set, then remove the frontier directory."""
        try:
            return super().close(reason)
        finally:
            if self.frontier is not None:
                self.frontier.remove()
                self.frontier = None


__all__ = ["DiskScheduler", "FrontierDir", "SeenSet"]
