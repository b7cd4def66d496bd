"""``scrapy crawl`` for unattended runs: the output lock, an exit code that means something
and one summary line at the end (see :mod:`newscrawl.crawl.outcome` for the codes).

It replaces Scrapy's own crawl command (same options) in every project where newscrawl
is installed (the ``scrapy.commands`` entry point); in a project without newscrawl's
settings (no :class:`newscrawl.Addon`, hence no ``NEWSCRAWL_OUTPUT``) it is Scrapy's
crawl, unchanged. Before the crawler starts it
takes the output lock of ``NEWSCRAWL_OUTPUT``; when another crawl or a compaction holds
it, it says so on stderr and exits 75 at once, touching nothing. After the crawl it
logs the summary line (so ``-s LOG_FILE=...`` gets it) and, unless
``NEWSCRAWL_SUMMARY_STDOUT`` is off, prints it on stdout.
"""

from __future__ import annotations

import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl.distributed.mode import is_distributed
from newscrawl.storage.lock import OutputLocked
from newscrawl.crawl.outcome import EXIT_LOCKED, RunSummary, exit_code
from newscrawl.distributed.shared_lock import acquire_crawl_lock

logger = logging.getLogger("newscrawl.summary")


class Command(ScrapyCrawlCommand):
    """Scrapy's crawl, locked, with newscrawl's exit codes and summary line."""

    def short_desc(self) -> str:
        return "Run a spider (locked output, exit codes and a summary line for cron)"

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name")
        settings = self.settings
        assert settings is not None  # Scrapy sets them before it runs a command
        if "NEWSCRAWL_OUTPUT" not in settings:  # not a newscrawl project
            super().run(args, opts)
            return
        spider_name = args[0]
        output = settings.get("NEWSCRAWL_OUTPUT")
        lock = None
        if output:
            try:
                lock = acquire_crawl_lock(settings, output, f"scrapy crawl {spider_name}")
            except OutputLocked as refused:
                print(f"newscrawl: {refused}", file=sys.stderr, flush=True)
                self.exitcode = EXIT_LOCKED
                return
        try:
            self._crawl(spider_name, opts)
        finally:
            if lock is not None:
                lock.release()

    def _crawl(self, spider_name: str, opts) -> None:
        settings, process = self.settings, self.crawler_process
        assert settings is not None and process is not None  # set before run()
        crawler = self._create_crawler(spider_name)
        process.crawl(crawler, **opts.spargs)
        process.start()
        stats = crawler.stats.get_stats() if crawler.stats is not None else {}
        summary = RunSummary.from_stats(stats)
        crashed = bool(process.bootstrap_failed) or not stats.get("finish_reason")
        self.exitcode = exit_code(
            summary, crashed=crashed, fleet_worker=is_distributed(settings),
            max_failure_ratio=settings.getfloat("NEWSCRAWL_MAX_FAILURE_RATIO"))
        logger.info("%s exit=%d", summary.line(), self.exitcode)
        if settings.getbool("NEWSCRAWL_SUMMARY_STDOUT"):
            print(f"{summary.line()} exit={self.exitcode}", flush=True)
