"""Helpers of the end-to-end spider tests: run ``scrapy crawl`` and read what it did."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow.dataset as ds
from tests import processes

ROOT = Path(__file__).resolve().parents[3]
_STAT = re.compile(r"'(newscrawl/[^']+)': (\d+)")

#: Settings that make a test crawl of a local site quick (no politeness delays).
FAST = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO")


@dataclass
class CrawlResult:
    """A finished crawl: exit code, log, newscrawl stats and the rows written."""

    returncode: int
    log: str
    stats: dict[str, int]
    urls: list[str]

    def stat_sum(self, prefix: str) -> int:
        """Sum of the stats whose key starts with ``newscrawl/<prefix>``."""
        return sum(v for k, v in self.stats.items() if k.startswith("newscrawl/" + prefix))


def run_crawl(spider: str, output: Path, *args: str, timeout: int = 240) -> CrawlResult:
    """``scrapy crawl SPIDER ARGS`` in the project folder, writing into ``output``."""
    exe = Path(sys.executable).with_name("scrapy")
    proc = processes.run([str(exe), "crawl", spider, *FAST, "-s", f"NEWSCRAWL_OUTPUT={output}",
                          *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                         env={**os.environ, "PYTHONUNBUFFERED": "1"})
    stats = {k: int(v) for k, v in _STAT.findall(proc.stderr)}
    urls: list[str] = []
    if (output / "articles").exists():
        table = ds.dataset(output / "articles", partitioning="hive").to_table(columns=["url"])
        urls = table.column("url").to_pylist()
    return CrawlResult(proc.returncode, proc.stderr, stats, urls)
