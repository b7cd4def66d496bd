"""Helpers of the distributed end-to-end tests: fleet workers as separate processes."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from newscrawl.storage.dataset import read_articles
from tests.run_helpers import FAST, PROJECT, SCRAPY, crawl_args
from tests import processes

#: Settings that make a fleet test quick: short idle stop, quick death detection.
FLEET_FAST = ("-s", "NEWSCRAWL_REDIS_IDLE_SECONDS=2", "-s", "NEWSCRAWL_REDIS_HEARTBEAT_SECONDS=2",
              "-s", "NEWSCRAWL_REDIS_POLL_SECONDS=0.25", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0")


def start_redis_server(executable: str, port: int, workdir: Path) -> subprocess.Popen:
    """A redis-server on 127.0.0.1:``port`` without persistence, killed by the kernel when
    the process that started it dies (``prctl(PR_SET_PDEATHSIG)`` in the child before it
    runs redis-server: a test run killed outright leaves no server behind)."""
    return processes.popen(
        [executable, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Worker:
    """One ``scrapy crawl`` worker process, its output captured in files."""

    def __init__(self, args: list[str], logs: Path, name: str):
        self.name = name
        self.stdout_path = logs / f"{name}.out"
        self.stderr_path = logs / f"{name}.err"
        with open(self.stdout_path, "w") as out, open(self.stderr_path, "w") as err:
            self.process = processes.popen(args, cwd=PROJECT, stdout=out, stderr=err,
                                           env={**os.environ, "PYTHONUNBUFFERED": "1"})

    def wait(self, timeout: float = 120) -> int:
        """The exit code, once the worker ends."""
        return self.process.wait(timeout=timeout)

    @property
    def stdout(self) -> str:
        return self.stdout_path.read_text()

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text()

    def summary_count(self, name: str) -> int:
        """A count of the worker's summary line (``new``, ``failed`` ...)."""
        for line in self.stdout.splitlines():
            if line.startswith("newscrawl summary:"):
                for part in line.split():
                    if part.startswith(f"{name}="):
                        return int(part.split("=")[1])
        raise AssertionError(f"{self.name}: no summary line\n{self.stderr[-3000:]}")


def start_worker(site_url: str | None, output: Path, redis_url: str, logs: Path, name: str,
                 *extra: str) -> Worker:
    """Start one fleet worker crawling ``site_url`` (None: no entry points, seeds only)."""
    if site_url is None:
        args = [SCRAPY, "crawl", "article", "-s", f"NEWSCRAWL_OUTPUT={output}", *FAST]
    else:
        args = crawl_args(site_url, output)
    return Worker([*args, "-s", f"NEWSCRAWL_REDIS_URL={redis_url}", *FLEET_FAST, *extra],
                  logs, name)


def url_counts(output: Path) -> Counter:
    """How many rows each URL has in the articles dataset."""
    return Counter(read_articles(output, columns=["url"]).column("url").to_pylist())


def non_article_gets(site, start: int = 0) -> Counter:
    """GETs of the site's non-article paths (discovery files, fronts) since ``start``."""
    return Counter(path for method, path, _ in site.requests_log[start:]
                   if method == "GET" and site.catalog.index_of(urlsplit(path).path) is None)
