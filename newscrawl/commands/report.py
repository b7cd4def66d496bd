"""``scrapy report [--output DIR] [--since DATE | --days N] [--record]``: the crawl report on demand.

Builds the same report a crawl builds when it ends, for any dataset: by default every
row under the project's ``NEWSCRAWL_OUTPUT`` (``--output`` names another folder).
Prints the text form and the path of the HTML page in ``<output>/reports/``. Coverage
drops are flagged against the history the crawls recorded; ``--record`` appends this
report to that history too (crawls do it themselves).
"""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.defaults import newscrawl_defaults


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {**newscrawl_defaults(), "LOG_LEVEL": "WARNING"}

    def syntax(self):
        return "[options]"

    def short_desc(self):
        return "Build the crawl report (articles, coverage, dates, failures) of a dataset"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--output", metavar="DIR",
                            help="the output folder (default: the NEWSCRAWL_OUTPUT setting)")
        parser.add_argument("--since", metavar="DATE",
                            help="only rows fetched at or after this date/time (ISO, UTC if naive)")
        parser.add_argument("--days", type=float, metavar="N",
                            help="only rows fetched in the last N days")
        parser.add_argument("--record", action="store_true",
                            help="append this report to reports/history.jsonl")

    def run(self, args, opts):
        if args:
            raise UsageError("scrapy report takes no positional arguments (use --output DIR)")
        from newscrawl.report import build_report
        from newscrawl.report.__main__ import parse_since

        output = opts.output or self.settings.get("NEWSCRAWL_OUTPUT")
        try:
            since = parse_since(opts.since, opts.days)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        if not Path(output).is_dir():
            print(f"error: no such output directory: {output}", file=sys.stderr)
            self.exitcode = 1
            return
        report = build_report(
            output, since=since, record_history=opts.record, log_text=False,
            drop_threshold=self.settings.getfloat("NEWSCRAWL_REPORT_DROP"),
            min_rows=self.settings.getint("NEWSCRAWL_REPORT_MIN_ROWS"))
        print(report.text)
        print(f"report page: {report.path}")
