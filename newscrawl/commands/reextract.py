"""``scrapy reextract [--output DIR] [--since DATE]``: the current extractor over the WARC
records a crawl stored, with no network.

Crawls run with ``-s NEWSCRAWL_WARC=1`` keep every response under ``<output>/warc/``.
This command reads those records through the ``warc`` spider with every record re-read
(``-a reextract=1``), so each page goes through today's extraction, article-or-not
decision and pipelines, and the results are appended to the same dataset as versions:
a page whose extracted content changed gets a new row (``origin = 'archive'``, its
``extractor`` naming the extractor that made it, ``fetched_at`` still the record's
date), an unchanged one only a check. ``--since`` reads only records dated on or after
that day. It takes the output lock like ``scrapy crawl`` (exit 75 when a crawl holds it),
and has the same exit codes and summary line.
"""

from __future__ import annotations

from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.commands.crawl import Command as CrawlCommand
from newscrawl.crawl.archive import WARC_DIR
from newscrawl.storage.warc import recover_open_files


class Command(CrawlCommand):
    """Re-extract the stored WARC records of an output into it."""

    def syntax(self) -> str:
        return "[--output DIR] [--since DATE]"

    def short_desc(self) -> str:
        return "Run the current extractor over the WARC records a crawl stored (no network)"

    def add_options(self, parser) -> None:
        # Scrapy's common options only: crawl's -o/--output (feeds) and -a do not apply.
        ScrapyCommand.add_options(self, parser)
        parser.add_argument("--output", metavar="DIR",
                            help="the output folder (default: the NEWSCRAWL_OUTPUT setting)")
        parser.add_argument("--since", metavar="DATE",
                            help="only records dated on or after this day (YYYY-MM-DD)")

    def process_options(self, args, opts) -> None:
        ScrapyCommand.process_options(self, args, opts)
        opts.spargs = {}
        assert self.settings is not None
        if opts.output:
            self.settings.set("NEWSCRAWL_OUTPUT", opts.output, priority="cmdline")

    def run(self, args, opts) -> None:
        if args:
            raise UsageError("scrapy reextract takes no positional arguments")
        assert self.settings is not None
        output = self.settings.get("NEWSCRAWL_OUTPUT")
        warc_dir = Path(output) / WARC_DIR
        if not warc_dir.is_dir():
            raise UsageError(f"no stored records: {warc_dir} does not exist "
                             "(crawl with -s NEWSCRAWL_WARC=1 first)")
        recover_open_files(warc_dir)  # files of a crawl that was killed
        opts.spargs = {"path": str(warc_dir), "reextract": "1"}
        if opts.since:
            opts.spargs["since"] = opts.since
        super().run(["warc"], opts)
