"""Figures of the JavaScript-pages work: a script that prints them (never a timed test).

    python benchmarks/render.py fields            # fields per layer on the app pages, without / with the browser
    python benchmarks/render.py crawl [--static 180 --copies 5]   # pages/s, NEWSCRAWL_RENDER auto vs never
    python benchmarks/render.py memory [--pages 500]              # the browser's memory over N rendered pages

Every site is :func:`newscrawl.testsite.appsite.build_app_site` served on 127.0.0.1. The
browser is the system's Chromium (``chromium`` on the PATH) through playwright (the
extra ``render``). Memory is the PSS summed over every Chromium process under the crawl
(``/proc/PID/smaps_rollup``), sampled every 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl import extract_article  # noqa: E402
from newscrawl.testsite import TestSite  # noqa: E402
from newscrawl.testsite.appsite import APP_KINDS, build_app_site  # noqa: E402

TRUTH = {"headline": "title", "authors": "authors", "published_at": "published",
         "description": "summary", "section": "section"}
FIELDS = ("headline", "authors", "published_at", "body", "description", "images", "section")
CRAWL_SETTINGS = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO",
                  "-s", "NEWSCRAWL_REPORT=0", "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0",
                  "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16")
_STAT = re.compile(r"'([\w/.-]+)': ([\d.]+)")


def _pages(root: Path) -> list[dict]:
    manifest = json.loads((root / "site.json").read_text())
    return [entry for entry in manifest["pages"] if entry["kind"] == "article"]


def fields() -> str:
    """Markdown table: for each app page kind, each field's layer without / with the browser."""
    from playwright.sync_api import sync_playwright

    lines = ["| page | field | server HTML (no browser) | rendered in Chromium |",
             "| --- | --- | --- | --- |"]
    with tempfile.TemporaryDirectory() as tmp:
        root = build_app_site(tmp, copies=1, static_articles=0)
        with TestSite(root) as site, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                         args=["--no-sandbox"])
            for entry in _pages(root):
                url = site.url(entry["path"])
                server = urllib.request.urlopen(url, timeout=10).read()
                page = browser.new_page()
                page.goto(url, wait_until="networkidle")
                rendered = page.content()
                page.close()
                results = [extract_article(server, url), extract_article(rendered, url)]
                for name in FIELDS:
                    cells = []
                    for article in results:
                        value = getattr(article, name)
                        layer = article.sources.get(name)
                        if not value:
                            cells.append("-")
                        elif name == "body":
                            cells.append(f"{layer} ({len(value.split())} words, "
                                         f"{'=' if value.split(chr(10) * 2) == entry['body'] else '≠'} truth)")
                        elif name in TRUTH:
                            truth = entry[TRUTH[name]]
                            got = value.isoformat() if name == "published_at" else value
                            cells.append(f"{layer} ({'=' if got == truth else '≠'} truth)")
                        else:
                            cells.append(layer)
                    lines.append(f"| {entry['app']} | {name} | {cells[0]} | {cells[1]} |")
            browser.close()
    return "\n".join(lines)


def _crawl(site: TestSite, output: Path, *settings: str) -> dict:
    args = [str(Path(sys.executable).with_name("scrapy")), "crawl", "article", "-a",
            f"site={site.base_url}", "-s", f"NEWSCRAWL_OUTPUT={output}", *CRAWL_SETTINGS]
    for setting in settings:
        args += ["-s", setting]
    started = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - started
    stats = {key: float(value) for key, value in _STAT.findall(proc.stderr)}
    return {"exit": proc.returncode, "wall": wall, "seconds": stats.get("elapsed_time_seconds", 0.0),
            "articles": int(stats.get("newscrawl/articles_written", 0)),
            "rendered": int(stats.get("newscrawl/render/pages", 0)),
            "refused": int(sum(v for k, v in stats.items() if k.startswith("newscrawl/pages/non_article/")))}


def crawl(static: int, copies: int) -> str:
    """Markdown table: the same mixed site crawled with NEWSCRAWL_RENDER never and auto."""
    lines = ["| NEWSCRAWL_RENDER | articles written | refused | rendered | crawl s | articles/s | wall s (process) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    with tempfile.TemporaryDirectory() as tmp:
        root = build_app_site(Path(tmp) / "site", copies=copies, static_articles=static)
        with TestSite(root) as site:
            for mode in ("never", "auto"):
                result = _crawl(site, Path(tmp) / mode, f"NEWSCRAWL_RENDER={mode}")
                rate = result["articles"] / result["seconds"] if result["seconds"] else 0.0
                lines.append(f"| {mode} | {result['articles']} | {result['refused']} | {result['rendered']} | "
                             f"{result['seconds']:.1f} | {rate:.1f} | {result['wall']:.1f} |")
    pages = static + copies * len(APP_KINDS)
    return (f"site: {pages} articles ({static} static, {copies} of each app kind: "
            f"{', '.join(APP_KINDS)}; {copies} need the browser)\n\n" + "\n".join(lines))


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields_ = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields_[1]), []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _browser_pss_mb(pid: int) -> float:
    total = 0
    for child in _descendants(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
            if b"chrom" not in command:
                continue
            rollup = Path(f"/proc/{child}/smaps_rollup").read_text()
        except OSError:
            continue
        match = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M)
        total += int(match.group(1)) if match else 0
    return total / 1024


def memory(pages: int, restart: int) -> str:
    """The browser's PSS over a crawl that renders every one of ``pages`` app pages."""
    copies = max(1, pages // len(APP_KINDS))
    with tempfile.TemporaryDirectory() as tmp:
        root = build_app_site(Path(tmp) / "site", copies=copies, static_articles=0)
        with TestSite(root) as site:
            args = [str(Path(sys.executable).with_name("scrapy")), "crawl", "article", "-a",
                    f"site={site.base_url}", "-s", f"NEWSCRAWL_OUTPUT={Path(tmp) / 'out'}",
                    *CRAWL_SETTINGS, "-s", "NEWSCRAWL_RENDER=always",
                    "-s", f"NEWSCRAWL_RENDER_RESTART_PAGES={restart}"]
            started = time.perf_counter()
            proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True)
            samples: list[tuple[float, float]] = []
            stop = threading.Event()

            def sample():
                while not stop.is_set():
                    samples.append((time.perf_counter() - started, _browser_pss_mb(proc.pid)))
                    stop.wait(0.5)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            _out, err = proc.communicate(timeout=3600)
            stop.set()
            sampler.join()
    stats = {key: float(value) for key, value in _STAT.findall(err)}
    rendered = int(stats.get("newscrawl/render/pages", 0))
    seconds = stats.get("elapsed_time_seconds", 0.0)
    busy = [mb for _t, mb in samples if mb > 0]
    fifths = []
    for part in range(5):
        chunk = busy[part * len(busy) // 5:(part + 1) * len(busy) // 5]
        fifths.append(max(chunk) if chunk else 0.0)
    return (f"rendered {rendered} pages in {seconds:.0f} s ({rendered / seconds if seconds else 0:.1f} pages/s), "
            f"browser restarts {int(stats.get('newscrawl/render/browser_restarts', 0))} "
            f"(NEWSCRAWL_RENDER_RESTART_PAGES={restart}), failures {int(stats.get('newscrawl/render/failed_pages', 0))}\n"
            f"browser PSS peak {max(busy, default=0):.0f} MB, median {sorted(busy)[len(busy) // 2] if busy else 0:.0f} MB; "
            f"peak per fifth of the run: {', '.join(f'{mb:.0f}' for mb in fifths)} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", choices=["fields", "crawl", "memory"])
    parser.add_argument("--static", type=int, default=180)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--restart", type=int, default=100)
    opts = parser.parse_args()
    if opts.part == "fields":
        print(fields())
    elif opts.part == "crawl":
        print(crawl(opts.static, opts.copies))
    else:
        print(memory(opts.pages, opts.restart))


if __name__ == "__main__":
    main()
