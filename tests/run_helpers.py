"""Helpers for the unattended-run tests: real ``scrapy crawl`` processes against a
generated site on 127.0.0.1, and checks of the output directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newscrawl.crawl.lifeline import CRAWL_PID_VARIABLE
from newscrawl.storage.dataset import read_articles
from tests import processes

PROJECT = Path(__file__).resolve().parents[1]
SCRAPY = str(Path(sys.executable).with_name("scrapy"))

#: Settings that keep test crawls fast and quiet.
FAST = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO",
        "-s", "NEWSCRAWL_REPORT=0", "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16")


def crawl_args(site_url: str, output: Path, *extra: str) -> list[str]:
    """The command line of one crawl of a whole site into ``output``."""
    return [SCRAPY, "crawl", "article", "-a", f"site={site_url}",
            "-s", f"NEWSCRAWL_OUTPUT={output}", *FAST, *extra]


def run_crawl(site_url: str, output: Path, *extra: str,
              timeout: float = 120) -> subprocess.CompletedProcess:
    """Run one crawl to its end."""
    return processes.run(crawl_args(site_url, output, *extra), cwd=PROJECT,
                         capture_output=True, text=True, timeout=timeout,
                         env={**os.environ, "PYTHONUNBUFFERED": "1"})


def start_crawl(site_url: str, output: Path, *extra: str) -> subprocess.Popen:
    """Start one crawl in the background (stdout / stderr to DEVNULL)."""
    return processes.popen(crawl_args(site_url, output, *extra), cwd=PROJECT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def processes_of_crawl(crawl_pid: int) -> set[int]:
    """Live processes that belong to the crawl ``crawl_pid``: tagged with its pid in their
    environment (newscrawl.crawl.lifeline), or descended from it, or in its process group."""
    tag = f"{CRAWL_PID_VARIABLE}={crawl_pid}".encode()
    parents, found = {}, set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            if fields[0] == b"Z":
                continue  # a zombie is gone, only not yet reaped
            parents[pid] = int(fields[1])
            if int(fields[2]) == crawl_pid:
                found.add(pid)
            with open(f"/proc/{pid}/environ", "rb") as environ:
                if tag in environ.read().split(b"\0"):
                    found.add(pid)
        except OSError:
            continue  # gone meanwhile, or not ours to read
    for pid in parents:
        ancestor, seen = parents.get(pid), 0
        while ancestor and ancestor > 1 and seen < 64:
            if ancestor == crawl_pid:
                found.add(pid)
                break
            ancestor, seen = parents.get(ancestor), seen + 1
    return found - {crawl_pid}


def end_faults(site) -> None:
    """Serve the site without its faults from now on (a request already being answered
    keeps its fault): a test that needed slow pages only until some moment does not wait
    for them after it."""
    for router in (site.router, *site.routers.values()):
        router.faults.clear()


def article_gets(site, start: int = 0) -> list[str]:
    """Paths of the site's article pages GET-requested since log entry ``start``."""
    return [path for method, path, _ in site.requests_log[start:]
            if method == "GET" and site.catalog.index_of(urlsplit(path).path) is not None]


def all_four_readers(output: Path) -> list[int]:
    """Row counts of the articles dataset as pyarrow, DuckDB, pandas and polars see it."""
    root = output / "articles"
    if not root.exists():
        return [0, 0, 0, 0]
    glob = f"{root}/**/*.parquet"
    return [
        ds.dataset(root, format="parquet", partitioning="hive").count_rows(),
        duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true, "
                   "union_by_name=true)").fetchall()[0][0],
        len(pd.read_parquet(root)),
        pl.scan_parquet(glob, hive_partitioning=True, missing_columns="insert",
                        extra_columns="ignore")
        .select(pl.len()).collect().item(),
    ]


def stray_files(output: Path) -> list[Path]:
    """Files under the datasets that are not complete, readable Parquet files."""
    bad = []
    for name in ("articles", "failures", "checks"):
        for path in (output / name).rglob("*"):
            if path.is_dir():
                continue
            if path.suffix != ".parquet":
                bad.append(path)
                continue
            try:
                pq.ParquetFile(path).metadata
            except Exception:  # noqa: BLE001 - any unreadable file is a finding
                bad.append(path)
    return bad


def duplicate_versions(output: Path) -> list[tuple[str, str]]:
    """(url, content_hash) pairs that appear more than once in the articles dataset."""
    table = read_articles(output, columns=["url", "content_hash"])
    pairs = Counter(zip(table.column("url").to_pylist(), table.column("content_hash").to_pylist()))
    return [pair for pair, count in pairs.items() if count > 1]


def demo_crawl_copy(demo_crawl_once, tmp_path_factory, name: str
                    ) -> tuple[Path, subprocess.CompletedProcess]:
    """A copy of the demo crawl's output a test may read and write, with its process."""
    out, result = demo_crawl_once
    copy = tmp_path_factory.mktemp(name) / "out"
    shutil.copytree(out, copy)
    return copy, result
