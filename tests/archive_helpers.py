"""Helpers of the archive tests: WARC files built at test time from pages served over
HTTP on 127.0.0.1 (the project's demo and generated sites, or a shared corpus), hostile
variants of them, a CC-NEWS-shaped tree, and ``scrapy crawl warc`` runs."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import re
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from newscrawl.storage.warc import gzip_member, http_message, warc_bytes
from tests import processes

ROOT = Path(__file__).resolve().parents[1]
SCRAPY = str(Path(sys.executable).with_name("scrapy"))
UTC = dt.timezone.utc
#: Date of the first record of a built archive; each next record is one hour later.
FIRST_DATE = dt.datetime(2024, 3, 1, 0, 0, tzinfo=UTC)
#: Settings that make a test run quick and quiet.
FAST = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO",
        "-s", "NEWSCRAWL_REPORT=0", "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0")
_STAT = re.compile(r"'(newscrawl/[^']+)': (\d+)")


@dataclass
class Page:
    """A page as served: URL, Content-Type, body."""

    url: str
    content_type: str
    body: bytes


def fetch_pages(urls) -> list[Page]:
    """GET every URL (a local test site) and keep what it served."""
    pages = []
    for url in urls:
        with urllib.request.urlopen(url, timeout=30) as response:
            pages.append(Page(url, response.headers.get("Content-Type") or "", response.read()))
    return pages


def response_record(page: Page, date: dt.datetime, *, headers=None) -> bytes:
    """An uncompressed WARC response record of a page."""
    http = http_message("HTTP/1.1 200 OK", headers or [("Content-Type", page.content_type)],
                        page.body)
    return warc_bytes(page.url, date, http, payload=page.body)


def write_warc(path: Path, pages: list[Page], *, compress: bool = True,
               first_date: dt.datetime = FIRST_DATE) -> dict[str, int]:
    """A WARC file of the pages (one hour apart); returns {url: record offset}."""
    offsets = {}
    with open(path, "wb") as out:
        for index, page in enumerate(pages):
            record = response_record(page, first_date + dt.timedelta(hours=index))
            offsets[page.url] = out.tell()
            out.write(gzip_member(record) if compress else record)
    return offsets


def members(data: bytes) -> list[bytes]:
    """The gzip members of a per-record gzip WARC file, each as its compressed bytes."""
    import zlib

    found, pos = [], 0
    while pos < len(data):
        inflater = zlib.decompressobj(31)
        inflater.decompress(data[pos:])
        end = len(data) - len(inflater.unused_data)
        found.append(data[pos:end])
        pos = end
    return found


@dataclass
class ArchiveRun:
    """A finished ``scrapy crawl warc`` (or ccnews / reextract): exit code, log, stats."""

    returncode: int
    stdout: str
    log: str
    stats: dict[str, int]

    def stat_sum(self, prefix: str) -> int:
        return sum(v for k, v in self.stats.items() if k.startswith("newscrawl/" + prefix))


def scrapy_args(command: list[str], output: Path, *extra: str) -> list[str]:
    return [SCRAPY, *command, *FAST, "-s", f"NEWSCRAWL_OUTPUT={output}", *extra]


def run_scrapy(command: list[str], output: Path, *extra: str, timeout: float = 300) -> ArchiveRun:
    """Run a scrapy command in the project folder to its end."""
    proc = processes.run(scrapy_args(command, output, *extra), cwd=ROOT, capture_output=True,
                         text=True, timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    stats = {k: int(v) for k, v in _STAT.findall(proc.stderr)}
    return ArchiveRun(proc.returncode, proc.stdout, proc.stderr, stats)


def run_warc(path, output: Path, *extra: str, timeout: float = 300) -> ArchiveRun:
    """``scrapy crawl warc -a path=PATH`` into ``output``."""
    return run_scrapy(["crawl", "warc", "-a", f"path={path}"], output, *extra, timeout=timeout)


def build_ccnews_tree(root: Path, month: str, files: list[list[Page]], *,
                      first_date: dt.datetime = FIRST_DATE) -> list[str]:
    """A CC-NEWS-shaped tree under ``root``: the month's WARC files (one per list of
    pages) and ``warc.paths.gz`` listing them; returns the listed paths."""
    year, mon = month.split("-")
    folder = f"crawl-data/CC-NEWS/{year}/{mon}"
    (root / folder).mkdir(parents=True, exist_ok=True)
    paths = []
    for number, pages in enumerate(files):
        stamp = (first_date + dt.timedelta(days=number)).strftime("%Y%m%d%H%M%S")
        relative = f"{folder}/CC-NEWS-{stamp}-{number:05d}.warc.gz"
        write_warc(root / relative, pages, first_date=first_date + dt.timedelta(days=number))
        paths.append(relative)
    (root / folder / "warc.paths.gz").write_bytes(gzip.compress("\n".join(paths).encode() + b"\n"))
    return paths
