"""``python -m newscrawl.report [DIR] [--since YYYY-MM-DD | --days N] [--record]``.

Builds the crawl report of an output directory on demand (default ``output``), prints
its text form and the path of the HTML page. Exits 0; 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from newscrawl import defaults
from newscrawl.report.build import build_report

UTC = dt.timezone.utc


def parse_since(since: str | None, days: float | None, *, now: dt.datetime | None = None):
    """The start of the report window from ``--since`` (an ISO date or time; naive means
    UTC) or ``--days`` (that many days back from now); None when neither is given."""
    if since and days is not None:
        raise ValueError("give --since or --days, not both")
    if since:
        moment = dt.datetime.fromisoformat(since)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    if days is not None:
        if days < 0:
            raise ValueError("--days must not be negative")
        return (now or dt.datetime.now(UTC)) - dt.timedelta(days=days)
    return None


def argument_parser() -> argparse.ArgumentParser:
    """The command line of ``python -m newscrawl.report``."""
    parser = argparse.ArgumentParser(prog="python -m newscrawl.report",
                                     description="Build the crawl report of a dataset.")
    parser.add_argument("output", nargs="?", default=defaults.NEWSCRAWL_OUTPUT,
                        help="the output directory holding articles/ and failures/ "
                             f"(default: {defaults.NEWSCRAWL_OUTPUT})")
    parser.add_argument("--since", help="only rows fetched at or after this date/time (UTC)")
    parser.add_argument("--days", type=float, help="only rows fetched in the last N days")
    parser.add_argument("--record", action="store_true",
                        help="append this summary to reports/history.jsonl (as crawls do)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = argument_parser()
    args = parser.parse_args(argv)
    try:
        since = parse_since(args.since, args.days)
    except ValueError as exc:
        parser.error(str(exc))
    if not Path(args.output).is_dir():
        parser.error(f"no such output directory: {args.output}")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    report = build_report(args.output, since=since, record_history=args.record, log_text=False)
    print(report.text)
    print(f"report page: {report.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
