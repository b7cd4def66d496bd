"""``python -m newscrawl compact [--output DIR]``: the commands that need no Scrapy project.

``compact`` merges the small Parquet files of each partition (see
:mod:`newscrawl.storage.compaction`); it exits 75 when a crawl holds the output lock.
"""

from __future__ import annotations

import argparse
import sys

from newscrawl import defaults
from newscrawl.crawl.outcome import EXIT_LOCKED


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m newscrawl")
    commands = parser.add_subparsers(dest="command", required=True)
    compact = commands.add_parser("compact", help="merge the small files of each partition")
    compact.add_argument("--output", default=defaults.NEWSCRAWL_OUTPUT,
                         help=f"output directory (default: {defaults.NEWSCRAWL_OUTPUT})")
    compact.add_argument("--min-files", type=int, default=2,
                         help="compact partitions holding at least this many files")
    args = parser.parse_args(argv)

    from newscrawl.storage.compaction import compact_output
    from newscrawl.storage.lock import OutputLocked

    try:
        report = compact_output(args.output, min_files=args.min_files)
    except OutputLocked as refused:
        print(f"newscrawl: {refused}", file=sys.stderr)
        return EXIT_LOCKED
    print(report.line())
    for reason in report.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
