"""Distributed crawl throughput: pages/s of 1, 2 and 3 fleet workers in one run (a script
that prints figures, never a timed test).

    python benchmarks/distributed.py [--pages 1200] [--workers 1,2,3] [--extract-workers auto]

Starts a redis-server on 127.0.0.1 (free port, no persistence) and a generated site of
``--pages`` articles on 127.0.0.1, then for each fleet size starts that many
``scrapy crawl article -a site=... -s NEWSCRAWL_REDIS_URL=...`` processes on one fresh
output directory. Figures per fleet size:

- pages/s: article pages served / seconds from the start of the workers to the last
  article page served (the fleet's crawling rate; the idle wait at the end is left out);
- wall s: until the last worker exited (includes ``NEWSCRAWL_REDIS_IDLE_SECONDS``);
- rows: articles in the union dataset, and how many URLs appear more than once.

All workers run on this one machine, so they share its cores: on a 2-core machine the
figures say how much the fleet overhead costs and how the work spreads, not how a fleet
of machines scales.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.crawl.lifeline import kill_me_with_parent  # noqa: E402
from newscrawl.storage.dataset import read_articles  # noqa: E402
from newscrawl.testsite import TestSite  # noqa: E402

SCRAPY = str(Path(sys.executable).with_name("scrapy"))
#: Settings of every benchmark worker (politeness off against our own local site).
WORKER_SETTINGS = ("AUTOTHROTTLE_ENABLED=0", "DOWNLOAD_DELAY=0", "LOG_LEVEL=WARNING",
                   "NEWSCRAWL_REPORT=0", "NEWSCRAWL_PROGRESS_INTERVAL=0",
                   "CONCURRENT_REQUESTS_PER_DOMAIN=16", "NEWSCRAWL_SUMMARY_STDOUT=0",
                   "NEWSCRAWL_REDIS_IDLE_SECONDS=2", "NEWSCRAWL_REDIS_POLL_SECONDS=0.25")


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    """A redis-server on 127.0.0.1 without persistence, and its URL."""
    import redis

    server = shutil.which("redis-server")
    if server is None:
        sys.exit("redis-server is not installed (Debian: apt-get install redis-server)")
    port = free_port()
    # (killed by the kernel when this script dies, even by SIGKILL: newscrawl.crawl.lifeline)
    process = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port),
                                "--save", "", "--appendonly", "no", "--dir", str(workdir)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=kill_me_with_parent)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(200):
        try:
            client.ping()
            return process, url
        except redis.ConnectionError:
            time.sleep(0.05)
    process.kill()
    sys.exit("redis-server did not start")


def article_gets(site, start: int) -> int:
    """Article pages the site served since log entry ``start``."""
    return sum(1 for method, path, _ in site.requests_log[start:]
               if method == "GET" and site.catalog.index_of(urlsplit(path).path) is not None)


def run_fleet(site, redis_url: str, size: int, output: Path, extract_workers: str) -> dict:
    """Crawl the whole site with ``size`` workers; returns the figures."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    start = len(site.requests_log)
    settings = [*WORKER_SETTINGS, f"NEWSCRAWL_OUTPUT={output}", f"NEWSCRAWL_REDIS_URL={redis_url}",
                f"NEWSCRAWL_EXTRACT_WORKERS={extract_workers}"]
    args = [SCRAPY, "crawl", "article", "-a", f"site={site.base_url}"]
    for setting in settings:
        args += ["-s", setting]
    began = time.monotonic()
    workers = [subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for _ in range(size)]
    served, last_page_at = 0, began
    while any(worker.poll() is None for worker in workers):
        now_served = article_gets(site, start)
        if now_served != served:
            served, last_page_at = now_served, time.monotonic()
        time.sleep(0.01)
    ended = time.monotonic()
    served = article_gets(site, start)
    urls = Counter(read_articles(output, columns=["url"]).column("url").to_pylist())
    return {"workers": size, "pages": served, "crawl_s": last_page_at - began,
            "pages_per_s": served / (last_page_at - began), "wall_s": ended - began,
            "rows": sum(urls.values()), "doubled": sum(1 for n in urls.values() if n > 1),
            "exit_codes": [worker.returncode for worker in workers]}


def main(argv=None) -> int:
    """Run the benchmark and print one line per fleet size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1200, help="articles of the site")
    parser.add_argument("--workers", default="1,2,3", help="fleet sizes, comma-separated")
    parser.add_argument("--extract-workers", default="auto",
                        help="NEWSCRAWL_EXTRACT_WORKERS of each worker (default: auto)")
    options = parser.parse_args(argv)
    sizes = [int(n) for n in options.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as tmp:
        tmp = Path(tmp)
        redis_process, redis_url = start_redis(tmp)
        try:
            with TestSite.generated(n_articles=options.pages, seed=42) as site:
                print(f"# {options.pages} articles, {os.cpu_count()} CPUs, "
                      f"NEWSCRAWL_EXTRACT_WORKERS={options.extract_workers}")
                print("workers  pages  crawl_s  pages/s  wall_s  rows  doubled  exit")
                for size in sizes:
                    figures = run_fleet(site, redis_url, size, tmp / f"out-{size}",
                                        options.extract_workers)
                    print(f"{figures['workers']:>7}  {figures['pages']:>5}  "
                          f"{figures['crawl_s']:>7.1f}  {figures['pages_per_s']:>7.1f}  "
                          f"{figures['wall_s']:>6.1f}  {figures['rows']:>4}  "
                          f"{figures['doubled']:>7}  {figures['exit_codes']}", flush=True)
        finally:
            redis_process.terminate()
            redis_process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
