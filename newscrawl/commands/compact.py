"""``scrapy compact``: merge the small Parquet files of each partition (see
:mod:`newscrawl.storage.compaction`). Exits 75 when a crawl holds the output lock."""

from __future__ import annotations

import sys

from scrapy.commands import ScrapyCommand

from newscrawl.defaults import newscrawl_defaults
from newscrawl.storage.compaction import compact_output
from newscrawl.storage.lock import OutputLocked
from newscrawl.crawl.outcome import EXIT_LOCKED
from newscrawl.storage.dataset import WriterOptions


class Command(ScrapyCommand):
    """Compact NEWSCRAWL_OUTPUT (or ``--output DIR``)."""

    requires_project = True
    default_settings = {**newscrawl_defaults(), "LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--output DIR] [--min-files N]"

    def short_desc(self) -> str:
        return "Merge the small Parquet files of each partition, atomically"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--output", default=None,
                            help="output directory (default: the NEWSCRAWL_OUTPUT setting)")
        parser.add_argument("--min-files", type=int, default=2,
                            help="compact partitions holding at least this many files")

    def run(self, args, opts) -> None:
        settings = self.settings
        assert settings is not None  # Scrapy sets them before it runs a command
        output = opts.output or settings.get("NEWSCRAWL_OUTPUT")
        try:
            report = compact_output(
                output, min_files=opts.min_files, options=WriterOptions.from_settings(settings),
                checks_keep_days=settings.getfloat("NEWSCRAWL_CHECKS_KEEP_DAYS"))
        except OutputLocked as refused:
            print(f"newscrawl: {refused}", file=sys.stderr, flush=True)
            self.exitcode = EXIT_LOCKED
            return
        print(report.line(), flush=True)
        for reason in report.skipped:
            print(f"skipped {reason}", file=sys.stderr)
