"""The scale benchmark's parts (``python benchmarks/bench.py scale``): a year of output,
memory while discovering many URLs, start-up over a big output, and crawl throughput
against the machine's bound.

Every measurement runs the real command in a child process, sampled every 0.2 s by
:class:`TreeSampler` (PSS summed over the process and all its descendants: the
extraction workers; CPU time per process from /proc), and is bounded in time: a run that
outlives ``timeout`` is killed and its figure says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
SCRAPY = str(Path(sys.executable).with_name("scrapy"))
#: Settings of the benchmark crawls: local server, no politeness delays, no report.
CRAWL_SETTINGS = (
    "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS=32", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32",
    "-s", "LOG_LEVEL=INFO", "-s", "NEWSCRAWL_REPORT=False",
    "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0",
)
TICKS = os.sysconf("SC_CLK_TCK")


# -- sampling ----------------------------------------------------------------------------
class TreeSampler(threading.Thread):
    """Samples a process and all its descendants every ``interval`` s: the peak of their
    summed PSS (pages shared with a fork server counted once), the peak RSS of the main
    process, and each process's CPU time (the last value seen; a process that exits
    between two samples loses at most one interval of CPU)."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_total_kb = self.peak_main_kb = 0
        self.cpu_ticks: dict[int, int] = {}
        self.parents: dict[int, int] = {}
        self.first_seen: dict[int, float] = {}
        self._halt = threading.Event()

    @staticmethod
    def _field_kb(pid: int, field: str, source: str) -> int:
        try:
            with open(f"/proc/{pid}/{source}") as status:
                for line in status:
                    if line.startswith(field):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    @staticmethod
    def _stat(pid: int) -> tuple[int, int] | None:
        """(parent pid, utime + stime ticks) of a process."""
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            return int(fields[1]), int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            return None

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                stat = self._stat(int(entry))
                if stat is not None:
                    stats[int(entry)] = stat
                    children.setdefault(stat[0], []).append(int(entry))
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            if pid in stats:
                tree.append(pid)
                self.parents[pid] = stats[pid][0]
                self.cpu_ticks[pid] = max(self.cpu_ticks.get(pid, 0), stats[pid][1])
            todo.extend(children.get(pid, []))
        return tree

    def sample(self) -> None:
        tree = self._tree()
        self.peak_main_kb = max(self.peak_main_kb, self._field_kb(self.pid, "VmRSS:", "status"))
        total = sum(self._field_kb(pid, "Pss:", "smaps_rollup") for pid in tree)
        self.peak_total_kb = max(self.peak_total_kb, total)

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        self._halt.set()
        self.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_total_kb / 1024

    def cpu_s(self, main: bool) -> float:
        """CPU seconds of the main process (``main``) or of all its descendants."""
        ticks = sum(t for pid, t in self.cpu_ticks.items() if (pid == self.pid) == main)
        return ticks / TICKS


def run_sampled(args: list[str], timeout: float, *, cwd: Path = ROOT, env=None,
                on_start=None) -> dict:
    """Run a command, sampled; {status, wall_s, peak_mb, main_rss_mb, cpu_main_s,
    cpu_children_s, stderr, timed_out}."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    if on_start:
        on_start(start)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.kill()
        out, err = proc.communicate()
    sampler.stop()
    return {"status": proc.returncode, "wall_s": time.perf_counter() - start,
            "peak_mb": sampler.peak_mb, "main_rss_mb": sampler.peak_main_kb / 1024,
            "cpu_main_s": sampler.cpu_s(True), "cpu_children_s": sampler.cpu_s(False),
            "stdout": out, "stderr": err, "timed_out": timed_out}


def stat_value(stderr: str, key: str) -> int:
    """A Scrapy stats value from a crawl's log (0 when absent)."""
    found = re.search(rf"'{re.escape(key)}': (\d+)", stderr)
    return int(found.group(1)) if found else 0


def stat_sum(stderr: str, prefix: str) -> int:
    """The sum of the Scrapy stats whose key starts with ``prefix``."""
    return sum(int(n) for n in re.findall(rf"'{re.escape(prefix)}[^']*': (\d+)", stderr))


# -- a generated site in its own process ---------------------------------------------------
def start_generated_site(pages: int) -> tuple[subprocess.Popen, str]:
    """A generated local site of ``pages`` articles in its own process: (process, base URL)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.testsite", "--generate", str(pages), "--seed", "1",
         "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
    if not match:
        proc.kill()
        raise SystemExit(f"test site did not start: {line!r}")
    return proc, match.group(1)


def stop(proc: subprocess.Popen) -> float:
    """Stop a child process; returns its CPU seconds (from /proc, before it ends)."""
    stat = TreeSampler._stat(proc.pid)
    proc.terminate()
    proc.wait()
    return stat[1] / TICKS if stat else 0.0


# -- 1. memory while discovering ---------------------------------------------------------
def bench_discovery(size: int, cap: int, output: Path, timeout: float,
                    frontier: str = "disk") -> dict:
    """A crawl of a generated site of ``size`` articles that reads every sitemap first
    (discovery priority) and stops after ``cap`` articles: peak memory."""
    server, base_url = start_generated_site(size)
    try:
        row = run_sampled([SCRAPY, "crawl", "article", "-a", f"site={base_url}", *CRAWL_SETTINGS,
                           "-s", f"NEWSCRAWL_OUTPUT={output}", "-s", f"CLOSESPIDER_ITEMCOUNT={cap}",
                           "-s", "NEWSCRAWL_DISCOVERY_PRIORITY=10",
                           "-s", f"NEWSCRAWL_FRONTIER={frontier}"], timeout)
    finally:
        stop(server)
    row.update(size=size, cap=cap, frontier=frontier,
               discovered=stat_value(row["stderr"], "newscrawl/discovery/listed/sitemap"),
               enqueued=stat_value(row["stderr"], "scheduler/enqueued"),
               articles=stat_value(row["stderr"], "newscrawl/articles_written"))
    return row


# -- 2. a year of output ------------------------------------------------------------------
WORDS = ("council budget river bridge school vote market harbour rail storm minister court "
         "report hospital police festival museum energy water transport union farmers "
         "election mayor housing prices wages strike plan study data season league match "
         "coach player theatre album film novel drought flood fire road tunnel airport").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def generate_output(output: Path, rows: int, *, sites: int = 100, days: int = 365,
                    end: dt.date = dt.date(2026, 11, 30), seed: int = 1,
                    update_share: float = 0.1) -> dict:
    """Write ``rows`` article rows (and one check per row) spread over ``sites`` sites and
    ``days`` daily partitions with the project's own writer (DatasetWriter.write_batch:
    spool, publish, one file per partition per spool), as a year of compacted hourly runs
    leaves them. About ``update_share`` of the rows are new versions of earlier URLs."""
    from newscrawl.model.article import arrow_schema
    from newscrawl.model.check import check_schema
    from newscrawl.storage.dataset import (
        ARTICLES, CHECKS, DatasetWriter, RunStaging, WriterOptions, site_key)

    # Durability is not what is measured here: without fsync a year of files is written
    # in minutes instead of an hour (the writer fsyncs every file and directory).
    os.fsync = lambda fd: None
    rng = random.Random(seed)
    pool = [_sentence(rng) for _ in range(3000)]
    heads = [_sentence(rng)[:-1] for _ in range(3000)]
    names = [f"{a} {b}" for a in ("Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana")
             for b in ("Moreau", "Okafor", "Lind", "Sato", "Kovac", "Reyes")]
    staging = RunStaging(output)
    options = WriterOptions(rows_per_file=100_000, rows_per_group=2000, max_file_seconds=0,
                            sync_seconds=3600)
    articles = DatasetWriter(output / ARTICLES, staging, arrow_schema(), options)
    checks = DatasetWriter(output / CHECKS, staging, check_schema(), options)
    site_names = [f"news{n:03d}.example" for n in range(sites)]
    per_partition, extra = divmod(rows, sites * days)
    counters = [0] * sites
    written = 0
    started = time.perf_counter()
    for day_index in range(days):
        day = end - dt.timedelta(days=days - 1 - day_index)
        midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
        for s, site in enumerate(site_names):
            n = per_partition + (1 if (day_index * sites + s) < extra else 0)
            if not n:
                continue
            urls, fetched, published, hashes, outcomes = [], [], [], [], []
            for _ in range(n):
                if counters[s] and rng.random() < update_share:
                    number, outcome = rng.randrange(counters[s]), "updated"
                else:
                    number, outcome = counters[s], "new"
                    counters[s] += 1
                urls.append(f"https://{site}/news/story-{number}/")
                moment = midnight + dt.timedelta(seconds=rng.randrange(86_400))
                fetched.append(moment)
                published.append(moment - dt.timedelta(minutes=rng.randrange(1, 600)))
                hashes.append(hashlib.blake2b(f"{site}{number}{moment}".encode(),
                                              digest_size=16).hexdigest())
                outcomes.append(outcome)
            bodies = ["\n\n".join(" ".join(rng.sample(pool, 4)) for _ in range(rng.randint(4, 9)))
                      for _ in range(n)]
            batch = pa.RecordBatch.from_pydict({
                "url": urls, "domain": [site] * n, "headline": [rng.choice(heads) for _ in range(n)],
                "body": bodies, "word_count": [len(b.split()) for b in bodies],
                "authors": [[rng.choice(names)] for _ in range(n)],
                "published_at": published, "fetched_at": fetched, "language": ["en"] * n,
                "content_hash": hashes, "http_status": [200] * n,
            })
            partition = (site_key(site), day.isoformat())
            articles.write_batch(batch, partition)
            checks.write_batch(pa.RecordBatch.from_pydict({
                "url": urls, "checked_at": fetched,
                "listed_at": [f - dt.timedelta(minutes=5) for f in fetched],
                "content_hash": hashes, "outcome": outcomes, "spider": ["article"] * n}),
                partition)
            written += n
        if day_index % 30 == 0:
            print(f"# generated {written} rows ({day}) in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
    files = articles.close() + checks.close()
    staging.close()
    return {"rows": written, "files": len(files), "seconds": time.perf_counter() - started,
            "urls": sum(counters), "bytes": sum(f.stat().st_size for f in files)}


class FirstRequest(http.server.ThreadingHTTPServer):
    """A local server that notes when its first request arrived (robots.txt: 404;
    any page: a short article)."""

    daemon_threads = True

    def __init__(self):
        self.first_at: float | None = None

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(handler):  # noqa: N805
                if self.first_at is None:
                    self.first_at = time.perf_counter()
                body = b"<html><body><h1>Start-up probe</h1><p>One short page.</p></body></html>"
                handler.send_response(404 if handler.path == "/robots.txt" else 200)
                handler.send_header("Content-Type", "text/html; charset=utf-8")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)

            def log_message(handler, *args):  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/probe/"

    def close(self) -> None:
        self.shutdown()
        self.server_close()


def bench_startup(output: Path, timeout: float) -> dict:
    """An incremental run's start-up over ``output``: seconds from the command to the
    first request its server sees, and the run's peak memory."""
    probe = FirstRequest()
    began = {}
    try:
        row = run_sampled([SCRAPY, "crawl", "article", "-a", f"url={probe.url}", *CRAWL_SETTINGS,
                           "-s", f"NEWSCRAWL_OUTPUT={output}", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0"],
                          timeout, on_start=lambda t: began.setdefault("t", t))
    finally:
        probe.close()
    row["startup_s"] = probe.first_at - began["t"] if probe.first_at else None
    folded = re.search(r"incremental state: index of .*?( rebuilt)? \((\d+) files, (\d+) rows",
                       row["stderr"])
    row["index"] = (f"{'rebuilt, ' if folded.group(1) else ''}{folded.group(2)} files / "
                    f"{folded.group(3)} rows folded" if folded else "?")
    return row


def bench_python(code: str, timeout: float) -> dict:
    """Run a piece of Python in a child process, sampled."""
    return run_sampled([sys.executable, "-c", code], timeout)


def bench_compaction(output: Path, rows: int, files: int, timeout: float) -> dict:
    """Compaction of one day's partition of ``rows`` article rows in ``files`` files."""
    # One file per spool: write the partition in `files` spools of rows/files rows.
    per_file = max(1, rows // files)
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from pathlib import Path\n"
        "from benchmarks.scale import generate_output\n"
        "for n in range(%d):\n"
        "    generate_output(Path(%r), %d, sites=1, days=1, seed=n + 1)\n"
        % (str(ROOT), files, str(output), per_file))
    made = run_sampled([sys.executable, "-c", code], timeout)
    if made["status"] != 0:
        return {"error": made["stderr"][-500:]}
    row = run_sampled([sys.executable, "-m", "newscrawl", "compact", "--output", str(output)],
                      timeout)
    row.update(rows=rows, files=files)
    return row


# -- 3. throughput -----------------------------------------------------------------------
#: The steady fetch window: from this share of the site's pages fetched to that share.
STEADY_WINDOW = (0.1, 0.9)


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far (/proc/stat; idle and iowait
    are not busy)."""
    with open("/proc/stat") as stat:
        fields = [int(n) for n in stat.readline().split()[1:]]
    return sum(fields) - fields[3] - fields[4], sum(fields)


def thread_schedstat(pid: int, tid: int) -> tuple[int, int]:
    """(ns on a CPU, ns runnable but waiting for a CPU) of one thread so far."""
    try:
        with open(f"/proc/{pid}/task/{tid}/schedstat") as stat:
            run, wait, _ = stat.read().split()
        return int(run), int(wait)
    except (OSError, ValueError):
        return 0, 0


class CrawlSampler(TreeSampler):
    """A :class:`TreeSampler` of a crawl that also keeps a timeline: at every sample the
    CPU ticks of the crawl process, of its descendants (extraction workers) and of the
    test server, the machine's busy ticks, and the schedstat of the crawl's main thread
    (the reactor): time on a CPU and time runnable but waiting for one."""

    def __init__(self, pid: int, server_pid: int, interval: float = 0.5):
        super().__init__(pid, interval)
        self.server_pid = server_pid
        self.timeline: list[dict] = []
        self.worker_sched: dict[int, tuple[int, int]] = {}

    def sample(self) -> None:
        super().sample()
        server = self._stat(self.server_pid)
        busy, total = machine_ticks()
        run, wait = thread_schedstat(self.pid, self.pid)
        # the extraction workers: the crawl's grandchildren (children of its fork server)
        workers = [pid for pid, parent in self.parents.items()
                   if parent != self.pid and pid != self.pid]
        for pid in workers:
            self.worker_sched[pid] = thread_schedstat(pid, pid)
        self.timeline.append({
            "t": time.perf_counter(), "crawl": self.cpu_s(True), "workers": self.cpu_s(False),
            "server": server[1] / TICKS if server else 0.0, "busy": busy / TICKS,
            "total": total / TICKS, "main_run": run / 1e9, "main_wait": wait / 1e9,
            "worker_run": sum(r for r, _ in self.worker_sched.values()) / 1e9,
            "worker_wait": sum(w for _, w in self.worker_sched.values()) / 1e9,
            "workers_seen": len(self.worker_sched)})


def run_crawl_timed(args: list[str], server_pid: int, timeout: float) -> dict:
    """Run a crawl (LOGSTATS every second), sampled by :class:`CrawlSampler`, reading
    its log as it comes: {status, wall_s, stderr, timed_out, progress [(s, pages
    crawled)], timeline, cpu_main_s, cpu_children_s, peak_mb}."""
    start = time.perf_counter()
    proc = subprocess.Popen([*args, "-s", "LOGSTATS_INTERVAL=1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = CrawlSampler(proc.pid, server_pid)
    sampler.start()
    lines: list[str] = []
    progress: list[tuple[float, int]] = []

    def read() -> None:
        for line in proc.stderr:
            lines.append(line)
            crawled = re.search(r"Crawled (\d+) pages", line)
            if crawled:
                progress.append((time.perf_counter(), int(crawled.group(1))))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.kill()
        proc.wait()
    reader.join()
    sampler.stop()
    return {"status": proc.returncode, "wall_s": time.perf_counter() - start, "start": start,
            "stderr": "".join(lines), "timed_out": timed_out, "progress": progress,
            "timeline": sampler.timeline, "cpu_main_s": sampler.cpu_s(True),
            "cpu_children_s": sampler.cpu_s(False), "peak_mb": sampler.peak_mb}


def _at(timeline: list[dict], moment: float) -> dict:
    """The first sample taken at or after ``moment`` (the last one if none)."""
    return next((s for s in timeline if s["t"] >= moment), timeline[-1])


def steady_window(row: dict, pages: int, window=STEADY_WINDOW) -> dict | None:
    """The figures of the steady fetch window (from ``window[0]`` to ``window[1]`` of the
    site's pages crawled, by the crawl's own count): pages/s, CPU ms per page of each
    process kind, the machine's busy share, the main thread's time on a CPU / waiting
    for one / asleep. None when the run never got through the window."""
    low, high = (next(((t, n) for t, n in row["progress"] if n >= share * pages), None)
                 for share in window)
    if low is None or high is None or high[0] <= low[0] or not row["timeline"]:
        return None
    a, b = _at(row["timeline"], low[0]), _at(row["timeline"], high[0])
    span, fetched = b["t"] - a["t"], high[1] - low[1]
    if span <= 0 or fetched <= 0:
        return None
    per_page = {kind: 1000 * (b[kind] - a[kind]) / fetched
                for kind in ("crawl", "workers", "server")}
    ours = sum(b[kind] - a[kind] for kind in ("crawl", "workers", "server"))
    cores = os.cpu_count() or 1
    machine_busy = (b["busy"] - a["busy"]) / (b["total"] - a["total"]) * cores
    return {"seconds": high[0] - low[0], "pages": fetched,
            "pages_per_s": fetched / (high[0] - low[0]), "ms_per_page": per_page,
            "machine_busy_cores": machine_busy,
            "other_cores": max(0.0, machine_busy - ours / span),
            "main_run": (b["main_run"] - a["main_run"]) / span,
            "main_wait": (b["main_wait"] - a["main_wait"]) / span,
            "worker_run": (b["worker_run"] - a["worker_run"]) / span,
            "worker_wait": (b["worker_wait"] - a["worker_wait"]) / span,
            "workers": b["workers_seen"]}


def bench_throughput(pages: int, output: Path, timeout: float, *extra: str) -> dict:
    """A full crawl of a generated site of ``pages`` articles: pages/s over the wall time
    and over the steady fetch window, CPU per page of the crawl process, of its
    extraction workers and of the test server, and the main thread's schedstat."""
    server, base_url = start_generated_site(pages)
    try:
        row = run_crawl_timed([SCRAPY, "crawl", "article", "-a", f"site={base_url}",
                               *CRAWL_SETTINGS, "-s", f"NEWSCRAWL_OUTPUT={output}", *extra],
                              server.pid, timeout)
    finally:
        row_server_cpu = stop(server)
    fetched = stat_sum(row["stderr"], "newscrawl/pages/")
    first = next((t for t, n in row["progress"] if n > 0), None)
    row.update(pages=pages, fetched=fetched, server_cpu_s=row_server_cpu,
               articles=stat_value(row["stderr"], "newscrawl/articles_written"),
               pages_per_s=fetched / row["wall_s"] if row["wall_s"] else 0.0,
               first_page_s=first - row["start"] if first else None,
               steady=steady_window(row, pages))
    return row
