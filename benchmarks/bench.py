"""newscrawl's benchmark: a script that prints figures (never a timed test).

    python benchmarks/bench.py extraction [--corpora ../shared/corpora] [--repeat 3]
    python benchmarks/bench.py crawl [--pages 5000]
    python benchmarks/bench.py scale [--discover 50000,1000000] [--rows 5000000]
                                     [--sizes 10000,50000] [--parts ...] [--timeout 900]
    python benchmarks/bench.py all --markdown docs/benchmarks.md

1. extraction: CPU ms per page (median, p95) of ``extract_article`` over every page of
   the corpora, beside trafilatura, htmldate, newspaper4k, readability-lxml and goose3
   (the ``bench`` extra) and beside the floor (lxml parsing the same text), all timed the
   same way: the same decoded pages in the same process, each page run ``--repeat`` times
   by every system in rotating interleaved order, each timed run right after an untimed
   run of the same system on the page before (``--no-warm-up``: without it), its best run
   counted. Ratios newscrawl / trafilatura and newscrawl / floor per corpus, beside their
   targets, with their spread and the share of runs other processes interrupted.
2. crawl: pages/s of ``scrapy crawl article -a site=...`` against a generated local
   site, the full pipeline (extraction, dates, Parquet) against the same crawl whose
   article callback does nothing; CPU seconds per 1,000 pages (workers included).
3. scale (``benchmarks/scale.py``): every figure of the scale targets beside its target:
   peak memory (PSS summed over the crawl and its extraction workers) of crawls that
   read every sitemap of generated sites of 50,000 and 1,000,000 articles and fetch
   ``--cap`` of them; start-up (command to first request) and memory of an incremental
   run over a generated year of output (``--rows`` rows, 100 sites x 365 days, written
   with the project's writer), without and with its state index; memory of the latest
   view, the crawl report and one day's compaction over it; pages/s of full crawls over
   the whole wall time and over the steady fetch window (10 % to 90 % of the site
   crawled), with CPU ms per page of the crawl process, the extraction workers and the
   test server in that window, the machine's bound cores / (CPU per page) without and
   with the server, where the reactor thread's and the workers' time went (schedstat)
   and how many cores were idle or used by other processes.

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


def preemptions() -> int:
    """Involuntary context switches of this process so far: a timed call during which it
    grew was interrupted by another process, whose work left the caches colder."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw


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


#: The name of the floor among the systems timed.
FLOOR = "lxml parse (floor)"


def parse_floor(html: str, url: str):
    """The floor: lxml parsing the page text (as UTF-8 bytes when the text starts with an
    XML declaration naming an encoding, which lxml refuses in a str)."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except ValueError:
        return lxml.html.document_fromstring(html.encode("utf-8"))


def extraction_systems(with_peers: bool):
    """(name, function(html, url)) of the systems timed, floor first."""
    from newscrawl import extract_article

    systems = [
        (FLOOR, parse_floor),
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


def bench_extraction(corpora: Path, repeat: int, with_peers: bool, warm: bool = True) -> dict:
    """Median and p95 CPU ms per page of each system on each corpus, every system timed
    the same way: each page is run ``repeat`` times by every system, interleaved (the
    systems' order rotates from one run to the next, so none is always first after
    another's cache churn), and a page's figure is its best run. With ``warm`` (the
    default) each timed run follows an untimed run of the same system on the page before
    (as in a crawl, where one extractor reads page after page), so what a run costs does
    not depend on which system ran before it (a parse after an extraction reads 5-15 %
    slower than after a parse: the caches hold the other system's code and data); the
    page before, not the same one, so that no memo of the page's own values is filled
    by the warm-up. Pages a system fails on are counted apart (``failed``); the
    others give its median and p95. Per corpus also: newscrawl's median of its per-page
    ratios to the floor, and the ratio of medians computed from each of the ``repeat``
    runs alone (its lowest and highest: the spread within the run)."""
    import gc
    import logging
    import math

    logging.disable(logging.WARNING)
    pages = load_pages(corpora)
    if not pages:
        raise SystemExit(f"no corpora under {corpora}")
    systems = extraction_systems(with_peers)
    for _name, fn in systems:
        for html, url in list(pages.values())[0][:5]:  # warm caches and imports
            try:
                fn(html, url)
            except Exception:
                pass
    results: dict = {}
    for corpus, items in pages.items():
        gc.collect()
        times: dict[str, list[float]] = {name: [] for name, _fn in systems}
        runs = {name: [[] for _ in range(repeat)] for name, _fn in systems}
        preempted = dict.fromkeys(times, 0)
        for index, (html, url) in enumerate(items):
            before_html, before_url = items[index - 1]  # (the last page before the first)
            best = dict.fromkeys(times, math.inf)
            for run in range(repeat):
                shift = (index + run) % len(systems)
                for name, fn in systems[shift:] + systems[:shift]:
                    if warm:
                        try:
                            fn(before_html, before_url)
                        except Exception:
                            pass
                    switches = preemptions()
                    try:
                        spent = cpu_ms(fn, html, url)
                    except Exception:
                        spent = math.nan
                    preempted[name] += preemptions() > switches
                    # a page failed once stays failed (min() keeps a nan only first)
                    best[name] = spent if math.isnan(spent) else min(best[name], spent)
                    runs[name][run].append(spent)
            for name, value in best.items():
                times[name].append(value)
        for name, values in times.items():
            clean = [t for t in values if not math.isnan(t)]
            results.setdefault(corpus, {})[name] = {
                "median": statistics.median(clean) if clean else math.nan,
                "p95": percentile(clean, 0.95) if clean else math.nan,
                "pages": len(clean), "failed": len(values) - len(clean),
                "preempted": preempted[name] / (repeat * len(items)),
                # (each run's pages alone: what a comparison of two systems run by run reads)
                "run_times": runs[name]}
        results[corpus]["newscrawl"].update(floor_ratios(
            times["newscrawl"], times[FLOOR], runs["newscrawl"], runs[FLOOR]))
        print(f"# timed {corpus}: {len(items)} pages x {repeat} runs x {len(systems)} systems"
              f"{' (each run after an untimed one of the same system on the page before)' if warm else ''}",
              file=sys.stderr)
    return results


def floor_ratios(ours: list[float], floor: list[float], our_runs: list[list[float]],
                 floor_runs: list[list[float]]) -> dict:
    """newscrawl against the floor, beside the ratio of medians: the median of the
    per-page ratios (a page's two times were taken moments apart) and the lowest and
    highest ratio of medians over the runs taken one at a time."""
    import math

    def medians_ratio(a, b):
        pairs = [(x, y) for x, y in zip(a, b) if not (math.isnan(x) or math.isnan(y))]
        return (statistics.median(x for x, _ in pairs) / statistics.median(y for _, y in pairs)
                if pairs else math.nan)

    page_ratios = [x / y for x, y in zip(ours, floor) if not (math.isnan(x) or math.isnan(y))]
    by_run = [medians_ratio(a, b) for a, b in zip(our_runs, floor_runs)]
    return {"page_ratio_median": statistics.median(page_ratios) if page_ratios else math.nan,
            "run_ratio_low": min(by_run), "run_ratio_high": max(by_run)}


#: The extraction speed targets (issues 14 and 18): newscrawl's median CPU ms per page at
#: most this share of trafilatura's, and at most this multiple of the lxml parse floor.
TARGET_VS_TRAFILATURA = 1 / 3
TARGET_VS_FLOOR = 5.0


def format_extraction(results: dict, repeat: int = 1, warm: bool = True) -> str:
    """The extraction figures as a Markdown table, then the ratios beside their targets."""
    import math

    lines = ["| system | " + " | ".join(f"{c} median ms | {c} p95 ms" for c in results) + " |",
             "| --- |" + " ---: | ---: |" * len(results)]
    systems = list(next(iter(results.values())))
    for system in systems:
        cells = []
        for corpus in results:
            r = results[corpus].get(system)
            cells += [f"{r['median']:.2f}", f"{r['p95']:.2f}"] if r else ["-", "-"]
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    failures = [f"{system} on {corpus}: {r['failed']}" for corpus, by_system in results.items()
                for system, r in by_system.items() if r.get("failed")]
    lines += ["", f"Each figure: per page the best of {repeat} CPU-time runs (process time), "
              "every system on the same pages in the same process, runs interleaved"
              + ("; each timed run right after an untimed run of the same system on the "
                 "page before" if warm else "") + "; median "
              "and p95 over the pages. Pages a system failed on (left out of its figures): "
              + ("; ".join(failures) if failures else "none") + ".", "",
              f"| corpus | newscrawl / trafilatura (target <= {TARGET_VS_TRAFILATURA:.3f}) | "
              f"newscrawl / floor (target <= {TARGET_VS_FLOOR:g}) | both met | "
              "median of page ratios to the floor | ratio to the floor, each run alone |",
              "| --- | ---: | ---: | --- | ---: | ---: |"]
    for corpus, by_system in results.items():
        ours = by_system["newscrawl"]["median"]
        to_floor = ours / by_system[FLOOR]["median"]
        to_peer = (ours / by_system["trafilatura"]["median"]
                   if "trafilatura" in by_system else None)
        met = to_floor <= TARGET_VS_FLOOR and (to_peer is None or to_peer <= TARGET_VS_TRAFILATURA)
        lines.append(f"| {corpus} | {'-' if to_peer is None else f'{to_peer:.3f}'} | "
                     f"{to_floor:.2f} | {'yes' if met else 'no'}"
                     f"{' (trafilatura not timed)' if to_peer is None else ''} | "
                     f"{by_system['newscrawl'].get('page_ratio_median', math.nan):.2f} | "
                     f"{by_system['newscrawl'].get('run_ratio_low', math.nan):.2f}-"
                     f"{by_system['newscrawl'].get('run_ratio_high', math.nan):.2f} |")
    lines += ["", "Share of the timed runs another process interrupted (involuntary context "
              "switches; such a run pays for caches the other process filled, and a long run "
              "is interrupted more often than a short one, so the ratios rise with the "
              "machine's load): " + "; ".join(
                  f"{corpus} " + ", ".join(f"{system} {r.get('preempted', math.nan):.0%}"
                                          for system, r in by_system.items())
                  for corpus, by_system in results.items()) + "."]
    return "\n".join(lines)


# -- 2. and 3. crawls --------------------------------------------------------------------
from benchmarks.scale import TreeSampler, start_generated_site  # noqa: E402


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
    sampler = TreeSampler(proc.pid)
    sampler.start()
    stderr = proc.stderr.read()
    _, wait_status, usage = os.wait4(proc.pid, 0)  # CPU time of the crawl and its workers
    sampler.stop()
    wall = time.perf_counter() - start
    status = os.waitstatus_to_exitcode(wait_status)
    proc.returncode = status
    pages = sum(int(n) for n in re.findall(r"'newscrawl/pages/(?:article|noop)[^']*': (\d+)", stderr))
    written = re.search(r"'newscrawl/articles_written': (\d+)", stderr)
    # wait4 misses the extraction workers (children of the fork server): the sampler's
    # per-process CPU times count them.
    cpu = max(usage.ru_utime + usage.ru_stime, sampler.cpu_s(True) + sampler.cpu_s(False))
    return {"status": status, "wall_s": wall, "cpu_s": cpu, "pages": pages,
            "articles_written": int(written.group(1)) if written else 0,
            "pages_per_s": pages / wall if wall else 0.0,
            "cpu_s_per_1000": 1000 * cpu / pages if pages else None,
            "peak_rss_mb": sampler.peak_total_kb / 1024, "peak_rss_main_mb": sampler.peak_main_kb / 1024}


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


def bench_scale(opts) -> list[str]:
    """Every figure of the scale targets, each beside its target (Markdown lines)."""
    import shutil

    from benchmarks import scale

    parts = set(opts.parts.split(","))
    lines = ["## Scale: every figure beside its target", "",
             "| figure | measured | target | how |", "| --- | ---: | --- | --- |"]
    work = Path(tempfile.mkdtemp(prefix="newscrawl-scale-", dir=opts.work_dir))

    def add(figure, measured, target, how):
        lines.append(f"| {figure} | {measured} | {target} | {how} |")
        print(f"# {figure}: {measured} (target {target})", file=sys.stderr, flush=True)

    def mb(row):
        return "timed out" if row.get("timed_out") else f"{row['peak_mb']:.0f} MB"

    try:
        if "discovery" in parts:
            peaks = {}
            for size in [int(s) for s in opts.discover.split(",") if s]:
                row = scale.bench_discovery(size, opts.cap, work / f"discover-{size}", opts.timeout,
                                            opts.frontier)
                shutil.rmtree(work / f"discover-{size}", ignore_errors=True)
                peaks[size] = row
                add(f"peak memory, {row['discovered']:,} URLs discovered, {row['articles']:,} "
                    f"articles fetched", mb(row), "<= 500 MB",
                    f"crawl + workers PSS; {row['wall_s']:.0f} s; exit {row['status']}; "
                    f"{row['enqueued']:,} requests queued ({opts.frontier} frontier)")
            if len(peaks) >= 2:
                small, big = peaks[min(peaks)], peaks[max(peaks)]
                ratio = big["peak_mb"] / small["peak_mb"] if small["peak_mb"] else 0
                add(f"peak at {max(peaks):,} / peak at {min(peaks):,} URLs", f"{ratio:.2f}",
                    "<= 1.15", "ratio of the two rows above")
        big = Path(opts.big_output) if opts.big_output else work / "year"
        if parts & {"startup", "latest", "report", "compaction"} and opts.rows:
            if not (big / "articles").is_dir():
                made = scale.run_sampled(
                    [sys.executable, "-c",
                     "import sys; sys.path.insert(0, %r)\nfrom pathlib import Path\n"
                     "from benchmarks.scale import generate_output\n"
                     "print(generate_output(Path(%r), %d, sites=%d, days=%d))"
                     % (str(ROOT), str(big), opts.rows, opts.sites, opts.days)], 4 * opts.timeout)
                add(f"generated output: {opts.rows:,} rows, {opts.sites} sites x {opts.days} days",
                    f"{made['wall_s']:.0f} s", "-", (made["stdout"].strip() or made["stderr"][-300:])
                    .replace("|", "/"))
        if "startup" in parts and opts.rows:
            shutil.rmtree(big / "_state", ignore_errors=True)
            for label in ("no index yet (rebuilt from the dataset)", "index up to date"):
                row = scale.bench_startup(big, opts.timeout)
                start = "timed out" if row["startup_s"] is None else f"{row['startup_s']:.1f} s"
                add(f"incremental start-up over {opts.rows:,} rows, {label}: command to first "
                    "request", start, "<= 10 s" if "up to date" in label else "-",
                    f"index: {row['index']}; main process CPU {row['cpu_main_s']:.1f} s")
                add(f"... its peak memory ({label})", mb(row), "<= 500 MB",
                    "whole run, PSS of the process tree")
        if "latest" in parts and opts.rows:
            row = scale.bench_python(
                "from newscrawl.storage.dataset import iter_latest_articles\n"
                f"print(sum(b.num_rows for b in iter_latest_articles({str(big)!r})))", opts.timeout)
            add(f"iter_latest_articles over {opts.rows:,} rows, every column", mb(row),
                "bounded (flat in rows)", f"{row['stdout'].strip()} rows out in {row['wall_s']:.0f} s")
        if "report" in parts and opts.rows:
            row = scale.run_sampled([sys.executable, "-m", "newscrawl.report", str(big)],
                                    opts.timeout)
            add(f"crawl report over {opts.rows:,} rows", mb(row), "bounded (flat in rows)",
                f"python -m newscrawl.report; {row['wall_s']:.0f} s; exit {row['status']}")
        if "compaction" in parts:
            for rows in [int(n) for n in str(opts.compact_rows).split(",") if n]:
                row = scale.bench_compaction(work / f"compact-{rows}", rows, opts.compact_files,
                                             opts.timeout)
                shutil.rmtree(work / f"compact-{rows}", ignore_errors=True)
                if "error" in row:
                    add("compaction of one day's partition", "failed", "bounded", row["error"])
                else:
                    add(f"compaction of one day's partition: {rows:,} rows in "
                        f"{opts.compact_files} files", mb(row), "bounded (flat in rows)",
                        f"python -m newscrawl compact; {row['wall_s']:.0f} s")
        if "throughput" in parts:
            lines.extend(throughput_lines(opts, work, add))
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)
    return lines + [""]


def throughput_lines(opts, work: Path, add) -> list[str]:
    """The throughput figures (full crawls of generated sites of ``--sizes`` pages), each
    beside its target; returns the notes printed under the table."""
    import shutil

    from benchmarks import scale

    cores = os.cpu_count() or 1
    low, high = (f"{share:.0%}" for share in scale.STEADY_WINDOW)
    rates = {}
    for size in [int(s) for s in opts.sizes.split(",") if s]:
        row = scale.bench_throughput(size, work / f"crawl-{size}", opts.timeout)
        shutil.rmtree(work / f"crawl-{size}", ignore_errors=True)
        steady = row["steady"]
        how = (f"{row['fetched']:,} pages in {row['wall_s']:.0f} s wall (command start to exit); "
               f"first page after {row['first_page_s'] or 0:.1f} s; exit {row['status']}"
               + ("; timed out" if row["timed_out"] else ""))
        add(f"pages/s over the whole wall time, {size:,} pages", f"{row['pages_per_s']:.1f}",
            "-", how)
        if steady is None:
            add(f"steady fetch window, {size:,} pages", "not reached", "-",
                "the run never crawled through the window")
            rates[size] = (row["pages_per_s"], None, None)
            continue
        left = max(0.1, cores - steady["other_cores"])
        rates[size] = (row["pages_per_s"], steady["pages_per_s"], steady["pages_per_s"] / left)
        ms = steady["ms_per_page"]
        add(f"pages/s over the steady fetch window, {size:,} pages",
            f"{steady['pages_per_s']:.1f}", "-",
            f"{steady['pages']:,} pages in {steady['seconds']:.0f} s, from {low} to {high} of "
            "the site crawled (the crawl's own count, logged every second)")
        add(f"CPU ms per page, crawl process ({size:,}, steady window)", f"{ms['crawl']:.2f}",
            "-", "utime+stime of the scrapy process (reactor, pipelines, frontier, pool feeding)")
        add(f"CPU ms per page, extraction workers ({size:,}, steady window)",
            f"{ms['workers']:.2f}", "-", "utime+stime of its descendants (fork server, workers)")
        add(f"CPU ms per page, local test server ({size:,}, steady window)",
            f"{ms['server']:.2f}", "-", "the generated site's process, on the same cores")
        crawler_ms = ms["crawl"] + ms["workers"]
        bound = 1000 * cores / crawler_ms
        bound_all = 1000 * cores / (crawler_ms + ms["server"])
        add(f"bound without the server: {cores} cores / (crawl + workers CPU per page) "
            f"({size:,})", f"{bound:.0f} pages/s", "-",
            "what the crawler allows when the site is elsewhere")
        add(f"bound with the server: {cores} cores / (crawl + workers + server CPU per page) "
            f"({size:,})", f"{bound_all:.0f} pages/s", "-",
            "this machine's bound: the server's CPU is spent on the same cores per page")
        add(f"pages/s / bound with the server ({size:,}, steady window)",
            f"{steady['pages_per_s'] / bound_all:.0%}", ">= 85 %",
            f"against the bound without the server: {steady['pages_per_s'] / bound:.0%}")
        add(f"crawl process alone: 1000 / its CPU ms per page ({size:,})",
            f"{1000 / ms['crawl']:.0f} pages/s", "-",
            "one reactor thread: the ceiling whatever the workers do; "
            f"{min(1.0, 1000 / ms['crawl'] / bound_all):.0%} of the bound with the server, the "
            "most a quiet machine can show with this CPU per page")
        add(f"crawl's main thread: on a CPU / waiting for a CPU / asleep ({size:,}, "
            "steady window)",
            f"{steady['main_run']:.0%} / {steady['main_wait']:.0%} / "
            f"{max(0.0, 1 - steady['main_run'] - steady['main_wait']):.0%}", "-",
            "/proc schedstat of the reactor thread: asleep = waiting for the network, the "
            "workers or the disk; waiting for a CPU = the cores were busy")
        workers = max(1, steady["workers"])
        add(f"extraction workers ({steady['workers']}): on a CPU / waiting for a CPU / asleep "
            f"({size:,}, steady window)",
            f"{steady['worker_run'] / workers:.0%} / {steady['worker_wait'] / workers:.0%} / "
            f"{max(0.0, 1 - (steady['worker_run'] + steady['worker_wait']) / workers):.0%}", "-",
            "per worker (schedstat); asleep = no page to extract")
        idle = max(0.0, cores - steady["machine_busy_cores"])
        add(f"machine idle / used by other processes ({size:,}, steady window)",
            f"{idle:.2f} / {steady['other_cores']:.2f} of {cores} cores", "0 / 0 (a quiet machine)",
            f"/proc/stat: the machine was busy {steady['machine_busy_cores']:.2f} cores; the crawl, "
            "its workers and the server used the rest of that. With no idle core and the main "
            "thread seldom asleep, the % of bound above measures the neighbours, not the crawl")
    if len(rates) >= 2:
        small, large = rates[min(rates)], rates[max(rates)]
        if small[1] and large[1]:
            add(f"steady-window pages/s at {max(rates):,} / at {min(rates):,}",
                f"{large[1] / small[1]:.2f}", "0.85 - 1.15", "flat in site size")
        if small[2] and large[2]:
            add(f"steady-window pages/s per core left by other processes, at {max(rates):,} / "
                f"at {min(rates):,}", f"{large[2] / small[2]:.2f}", "0.85 - 1.15",
                "the same ratio with each run's pages/s divided by the cores the other "
                "processes left it: what a shared machine can show of flatness")
        add(f"whole-wall-time pages/s at {max(rates):,} / at {min(rates):,}",
            f"{large[0] / small[0]:.2f}" if small[0] else "-", "0.85 - 1.15",
            "start-up, the first sitemaps and the end (publishing) weigh more in the smaller run")
    return []


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
    parser.add_argument("--repeat", type=int, default=3, help="extraction: runs per page of every system (its figure is the best)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-warm-up", action="store_true",
                        help="extraction: time each run right after whichever system ran "
                             "before it (the way of the rounds before 2026-12-05, 10:00 UTC)")
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--sizes", default="10000,50000",
                        help="scale: generated site sizes crawled in full (throughput)")
    parser.add_argument("--discover", default="50000,1000000",
                        help="scale: site sizes whose sitemaps are all read (memory)")
    parser.add_argument("--cap", type=int, default=5000,
                        help="scale: articles fetched by the discovery crawls")
    parser.add_argument("--frontier", default="disk", choices=["disk", "memory"])
    parser.add_argument("--rows", type=int, default=5_000_000,
                        help="scale: article rows of the generated year of output (0: skip)")
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--big-output", help="scale: reuse (or create) the generated output here")
    parser.add_argument("--compact-rows", default="20000,200000",
                        help="scale: rows of the one-day partitions compacted (comma-separated)")
    parser.add_argument("--compact-files", type=int, default=24)
    parser.add_argument("--parts", default="discovery,startup,latest,report,compaction,throughput",
                        help="scale: which measurements, comma-separated")
    parser.add_argument("--timeout", type=float, default=900,
                        help="scale: seconds after which one measured run is killed")
    parser.add_argument("--work-dir", default=None, help="scale: where temporary outputs go")
    parser.add_argument("--keep", action="store_true", help="scale: keep the temporary outputs")
    parser.add_argument("--markdown", type=Path, help="also write the figures here")
    opts = parser.parse_args(argv)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"# newscrawl benchmark, {stamp}", "", f"Machine: {machine()}", "",
           f"Command: `python benchmarks/bench.py {' '.join(argv or sys.argv[1:])}`", ""]
    if opts.part in ("extraction", "all"):
        results = bench_extraction(opts.corpora, opts.repeat, not opts.no_peers,
                                   not opts.no_warm_up)
        out += ["## Extraction: CPU ms per page", "",
                format_extraction(results, opts.repeat, not opts.no_warm_up), ""]
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
        out += bench_scale(opts)
    text = "\n".join(out)
    print(text)
    if opts.markdown:
        opts.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
