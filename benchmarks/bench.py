"""newscrawl's benchmark: a script that prints figures (never a timed test).

    python benchmarks/bench.py extraction [--corpora ../shared/corpora] [--repeat 3]
    python benchmarks/bench.py crawl [--pages 5000]
    python benchmarks/bench.py scale [--sizes 1000,10000,50000]
    python benchmarks/bench.py all --markdown docs/benchmarks.md

1. extraction: CPU ms per page (median, p95) of ``extract_article`` over every page of
   the five corpora (:data:`CORPORA`), beside trafilatura, htmldate, newspaper4k, readability-lxml and goose3 (the
   ``bench`` extra) on the same decoded pages, and beside the floor: lxml parsing the
   same text. Ratios newscrawl / trafilatura and newscrawl / floor.
2. crawl: pages/s of ``scrapy crawl article -a site=...`` against a generated local
   site, the full pipeline (extraction, dates, Parquet) against the same crawl whose
   article callback does nothing; CPU seconds per 1,000 pages.
3. scale: peak memory (PSS summed over the crawl process and its extraction workers,
   sampled every 0.2 s; the main process's RSS in brackets) and pages/s of the full crawl at
   several site sizes. CPU seconds include the workers.

Every figure of one invocation comes from the same run on the same machine; runs
differ by 10-35 % here, so compare within a run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Settings of both benchmark crawls: local server, no politeness delays.
CRAWL_SETTINGS = (
    "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS=32", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32",
    "-s", "LOG_LEVEL=INFO", "-s", "NEWSCRAWL_REPORT=False",
    "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0",
)


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def cpu_ms(fn, *args) -> float:
    """CPU milliseconds of one call."""
    start = time.process_time()
    fn(*args)
    return (time.process_time() - start) * 1000


# -- 1. extraction ---------------------------------------------------------------------
#: The corpora timed, when present under --corpora.
CORPORA = ("zyte", "fundus-dev", "trafilatura-dev", "htmldate-dev", "l3s-gn1")


def load_pages(corpora: Path) -> dict[str, list[tuple[str, str]]]:
    """{corpus name: [(html text, url)]} for every corpus found under ``corpora``."""
    from newscrawl.evaluate.corpus import load_corpus

    pages = {}
    for name in CORPORA:
        directory = corpora / name
        if directory.exists():
            corpus = load_corpus(directory)
            pages[name] = [(case.read_html(), case.url) for case in corpus.cases]
    return pages


def extraction_systems(with_peers: bool):
    """(name, function(html, url)) of the systems timed, floor first."""
    import lxml.html

    from newscrawl import extract_article

    systems = [
        ("lxml parse (floor)", lambda html, url: lxml.html.document_fromstring(html)),
        ("newscrawl", lambda html, url: extract_article(html, url, profile=False)),
        ("newscrawl (profiles on)", lambda html, url: extract_article(html, url)),
    ]
    if with_peers:
        from newscrawl.evaluate.peers import block_network, peer_systems

        block_network()
        peers, missing = peer_systems()
        for name in missing:
            print(f"# peer {name} not installed (pip install -e '.[bench]')")
        systems += [(peer.name, peer.extract) for peer in peers]
    return systems


def bench_extraction(corpora: Path, repeat: int, with_peers: bool) -> dict:
    """Median and p95 CPU ms per page of each system on each corpus."""
    import logging

    logging.disable(logging.WARNING)
    pages = load_pages(corpora)
    if not pages:
        raise SystemExit(f"no corpora under {corpora}")
    results: dict = {}
    for name, fn in extraction_systems(with_peers):
        runs = repeat if not name.startswith(("trafilatura", "newspaper", "readability", "goose")) \
            else 1
        for html, url in list(pages.values())[0][:5]:  # warm caches and imports
            try:
                fn(html, url)
            except Exception:
                pass
        for corpus, items in pages.items():
            times = []
            for html, url in items:
                best = float("inf")
                for _ in range(runs):
                    try:
                        best = min(best, cpu_ms(fn, html, url))
                    except Exception:
                        best = min(best, float("nan"))
                times.append(best)
            clean = [t for t in times if t == t]
            results.setdefault(corpus, {})[name] = {
                "median": statistics.median(clean), "p95": percentile(clean, 0.95),
                "pages": len(clean)}
        print(f"# timed {name}", file=sys.stderr)
    return results


def format_extraction(results: dict) -> str:
    """The extraction figures as a Markdown table, with the ratios."""
    lines = ["| system | " + " | ".join(f"{c} median ms | {c} p95 ms" for c in results) + " |",
             "| --- |" + " ---: | ---: |" * len(results)]
    systems = list(next(iter(results.values())))
    for system in systems:
        cells = []
        for corpus in results:
            r = results[corpus].get(system)
            cells += [f"{r['median']:.2f}", f"{r['p95']:.2f}"] if r else ["-", "-"]
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    lines.append("")
    for corpus, by_system in results.items():
        ours = by_system["newscrawl"]["median"]
        floor = by_system["lxml parse (floor)"]["median"]
        ratio = [f"newscrawl / floor = {ours / floor:.2f}"]
        if "trafilatura" in by_system:
            ratio.append(f"newscrawl / trafilatura = {ours / by_system['trafilatura']['median']:.3f}")
        lines.append(f"- {corpus}: " + ", ".join(ratio))
    return "\n".join(lines)


# -- 2. and 3. crawls --------------------------------------------------------------------
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


class TreeRss(threading.Thread):
    """Samples the memory of a process and all its descendants (the extraction workers)
    every 0.2 s: the peak of the sum of their proportional set sizes (PSS: pages the
    workers share with their fork server counted once), and the peak RSS of the main
    process alone."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_total, self.peak_main = pid, 0, 0
        self._stop_event = threading.Event()

    @staticmethod
    def _rss_kb(pid: int, field: str = "VmRSS:", source: str = "status") -> int:
        try:
            with open(f"/proc/{pid}/{source}") as status:
                for line in status:
                    if line.startswith(field):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _pss_kb(self, pid: int) -> int:
        """Proportional set size: pages shared with the fork server counted once."""
        return self._rss_kb(pid, "Pss:", "smaps_rollup")

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as stat:
                        ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
                children.setdefault(ppid, []).append(int(entry))
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        return tree

    def run(self) -> None:
        while not self._stop_event.wait(0.2):
            main = self._rss_kb(self.pid)
            total = sum(self._pss_kb(pid) for pid in self._tree())
            self.peak_main = max(self.peak_main, main)
            self.peak_total = max(self.peak_total, total)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def run_crawl(base_url: str, *, noop: bool, output: Path) -> dict:
    """One crawl of the site in a child process; its wall time, CPU time and peak RSS."""
    args = [str(Path(sys.executable).with_name("scrapy"))]
    if noop:
        args += ["runspider", str(ROOT / "benchmarks" / "noop_spider.py")]
    else:
        args += ["crawl", "article"]
    args += ["-a", f"site={base_url}", *CRAWL_SETTINGS, "-s", f"NEWSCRAWL_OUTPUT={output}"]
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    sampler = TreeRss(proc.pid)
    sampler.start()
    stderr = proc.stderr.read()
    _, wait_status, usage = os.wait4(proc.pid, 0)  # CPU time of the crawl and its workers
    sampler.stop()
    wall = time.perf_counter() - start
    status = os.waitstatus_to_exitcode(wait_status)
    proc.returncode = status
    pages = sum(int(n) for n in re.findall(r"'newscrawl/pages/(?:article|noop)[^']*': (\d+)", stderr))
    written = re.search(r"'newscrawl/articles_written': (\d+)", stderr)
    cpu = usage.ru_utime + usage.ru_stime
    return {"status": status, "wall_s": wall, "cpu_s": cpu, "pages": pages,
            "articles_written": int(written.group(1)) if written else 0,
            "pages_per_s": pages / wall if wall else 0.0,
            "cpu_s_per_1000": 1000 * cpu / pages if pages else None,
            "peak_rss_mb": sampler.peak_total / 1024, "peak_rss_main_mb": sampler.peak_main / 1024}


def bench_crawl(pages: int) -> dict:
    """Full pipeline vs do-nothing callback, on the same generated site."""
    server, base_url = start_generated_site(pages)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            noop = run_crawl(base_url, noop=True, output=Path(tmp) / "noop")
            full = run_crawl(base_url, noop=False, output=Path(tmp) / "full")
    finally:
        server.terminate()
        server.wait()
    return {"pages": pages, "noop": noop, "full": full,
            "full_vs_noop": full["pages_per_s"] / noop["pages_per_s"] if noop["pages_per_s"] else None}


def bench_scale(sizes: list[int]) -> list[dict]:
    """Peak RSS and pages/s of the full crawl at each site size."""
    rows = []
    for size in sizes:
        server, base_url = start_generated_site(size)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                row = run_crawl(base_url, noop=False, output=Path(tmp) / "out")
        finally:
            server.terminate()
            server.wait()
        row["size"] = size
        rows.append(row)
        print(f"# scale {size}: {row}", file=sys.stderr)
    return rows


def machine() -> str:
    """One line naming the machine and software of the run."""
    import lxml.etree
    import scrapy

    return (f"{platform.node()} · {os.cpu_count()} cores · {platform.python_implementation()} "
            f"{platform.python_version()} · scrapy {scrapy.__version__} · "
            f"lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=["extraction", "crawl", "scale", "all"])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--repeat", type=int, default=3, help="best of N for our code")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--markdown", type=Path, help="also write the figures here")
    opts = parser.parse_args(argv)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"# newscrawl benchmark, {stamp}", "", f"Machine: {machine()}", "",
           f"Command: `python benchmarks/bench.py {' '.join(argv or sys.argv[1:])}`", ""]
    if opts.part in ("extraction", "all"):
        results = bench_extraction(opts.corpora, opts.repeat, not opts.no_peers)
        out += ["## Extraction: CPU ms per page", "", format_extraction(results), ""]
    if opts.part in ("crawl", "all"):
        r = bench_crawl(opts.pages)
        out += [f"## Crawl: {opts.pages} generated article pages on 127.0.0.1", "",
                "| crawl | pages | articles written | wall s | pages/s | CPU s / 1000 pages | peak memory MB: PSS all processes (RSS main) |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for name in ("noop", "full"):
            c = r[name]
            out.append(f"| {'do-nothing callback' if name == 'noop' else 'full pipeline'} | "
                       f"{c['pages']} | {c['articles_written']} | {c['wall_s']:.1f} | "
                       f"{c['pages_per_s']:.1f} | {c['cpu_s_per_1000'] or 0:.1f} | "
                       f"{c['peak_rss_mb']:.0f} ({c['peak_rss_main_mb']:.0f}) |")
        out += ["", f"Full pipeline / do-nothing pages/s = {r['full_vs_noop']:.2f}", ""]
    if opts.part in ("scale", "all"):
        rows = bench_scale([int(s) for s in opts.sizes.split(",")])
        out += ["## Scale: full crawl at several site sizes", "",
                "| article pages | pages/s | CPU s / 1000 pages | peak memory MB: PSS all processes (RSS main) |",
                "| ---: | ---: | ---: | ---: |"]
        out += [f"| {r['size']} | {r['pages_per_s']:.1f} | {r['cpu_s_per_1000'] or 0:.1f} | "
                f"{r['peak_rss_mb']:.0f} ({r['peak_rss_main_mb']:.0f}) |" for r in rows]
        out.append("")
    text = "\n".join(out)
    print(text)
    if opts.markdown:
        opts.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
