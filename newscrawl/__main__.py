"""``python -m newscrawl compact [--output DIR]``: the commands that need no Scrapy project.

``compact`` merges the small Parquet files of each partition (see
:mod:`newscrawl.storage.compaction`); it exits 75 when a crawl holds the output lock.
"""

from __future__ import annotations

import argparse
import sys

from newscrawl import defaults
from newscrawl.crawl.outcome import EXIT_LOCKED
from newscrawl.defaults import NEWSCRAWL_CHECKS_KEEP_DAYS


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m newscrawl")
    commands = parser.add_subparsers(dest="command", required=True)
    compact = commands.add_parser("compact", help="merge the small files of each partition")
    compact.add_argument("--output", default=defaults.NEWSCRAWL_OUTPUT,
                         help=f"output directory (default: {defaults.NEWSCRAWL_OUTPUT})")
    compact.add_argument("--min-files", type=int, default=2,
                         help="compact partitions holding at least this many files")
    compact.add_argument("--checks-keep-days", type=float, default=None,
                         help="prune checks/ partitions older than this many days (default: "
                              "the NEWSCRAWL_CHECKS_KEEP_DAYS default; 0 keeps all)")
    args = parser.parse_args(argv)

    from newscrawl.storage.compaction import compact_output
    from newscrawl.storage.lock import OutputLocked

    try:
        keep = NEWSCRAWL_CHECKS_KEEP_DAYS if args.checks_keep_days is None \
            else args.checks_keep_days
        report = compact_output(args.output, min_files=args.min_files, checks_keep_days=keep)
    except OutputLocked as refused:
        print(f"newscrawl: {refused}", file=sys.stderr)
        return EXIT_LOCKED
    print(report.line())
    for reason in report.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
