"""Archive benchmark: records/s per core from a WARC file, beside extraction alone on the
same pages (a script that prints figures, never a timed test).

    python benchmarks/warc.py [--corpora ../shared/corpora] [--copies 2]

It writes the HTML pages of the shared corpora (each ``--copies`` times, under distinct
URLs) into one per-record-gzip WARC file in a temporary folder, then measures, all as CPU
time of one process (per core):

1. reading: FastWARC's own iterator and warcio's over the file (the library choice), and
   newscrawl's reader (framing, resynchronisation, FastWARC parsing, payload decoding);
2. extraction alone: ``extract_and_classify`` (extraction and the article decision) over
   the same pages held in memory;
3. the whole path: ``scrapy crawl warc -a path=FILE`` with extraction inline
   (``NEWSCRAWL_EXTRACT_WORKERS=0``): reading, decoding, Scrapy, extraction, dates and
   Parquet writing, CPU of the process minus that of the same command on an empty file
   (start-up and shut-down).

The overhead is (whole path CPU) / (extraction CPU) - 1: the cost of reading, decoding
and writing on top of extraction (target: at most 25 %).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.storage.warc import (  # noqa: E402
    HttpResponse, gzip_member, http_message, read_records, warc_bytes)

UTC = dt.timezone.utc


def corpus_pages(corpora: Path) -> list[bytes]:
    pages = []
    for path in sorted(corpora.glob("*/html/*.html.gz")):
        pages.append(gzip.decompress(path.read_bytes()))
    return pages


def write_file(path: Path, pages: list[bytes], copies: int,
               sites: int) -> list[tuple[str, bytes]]:
    written = []
    start = dt.datetime(2024, 3, 1, tzinfo=UTC)
    with open(path, "wb") as out:
        for copy in range(copies):
            for number, body in enumerate(pages):
                url = f"https://site{number % sites}.example/{copy}/news/{number}.html"
                http = http_message("HTTP/1.1 200 OK",
                                    [("Content-Type", "text/html; charset=utf-8")], body)
                out.write(gzip_member(warc_bytes(url, start + dt.timedelta(seconds=len(written)),
                                                 http, payload=body)))
                written.append((url, body))
    return written


def cpu(fn) -> tuple[float, object]:
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle, record_types=WarcRecordType.response,
                                      parse_http=True, auto_decode="all"):
            record.reader.read()
            count += 1
    return count


def read_warcio(path: Path) -> int | None:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        return None
    count = 0
    with open(path, "rb") as handle:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            if record.rec_type == "response":
                record.content_stream().read()
                iterator.get_record_offset()
                count += 1
    return count


def read_newscrawl(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(isinstance(r, HttpResponse) for r in read_records(handle, path.name))


def extract_alone(pages: list[tuple[str, bytes]]) -> list:
    """The articles of the pages the classifier accepts."""
    from newscrawl.crawl.workers import PageJob, extract_and_classify
    from newscrawl.errors import ExtractionError

    articles = []
    for url, body in pages:
        try:
            article, verdict = extract_and_classify(PageJob(
                body=body, url=url, http_status=200, content_type="text/html; charset=utf-8",
                fetched_at=dt.datetime.now(UTC), profile=None))
        except ExtractionError:
            continue  # a failure row in the crawl: the same work was done
        if verdict.is_article:
            articles.append(article)
    return articles


def pipelines_alone(articles: list, output: Path) -> int:
    """The dates and Parquet pipelines over ready articles (spooling, publishing)."""
    from scrapy.utils.test import get_crawler

    from newscrawl.crawl.pipelines import DatesPipeline, ParquetPipeline

    crawler = get_crawler(settings_dict={"NEWSCRAWL_OUTPUT": str(output)})
    dates, parquet = DatesPipeline(crawler), ParquetPipeline.from_crawler(crawler)
    parquet.open_spider()
    for article in articles:
        parquet.process_item(dates.process_item(article))
    parquet.close_spider()
    return len(articles)


def crawl_cpu(path: Path, output: Path) -> tuple[float, str]:
    """CPU seconds of ``scrapy crawl warc`` on a file (extraction inline), and its summary."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [str(Path(sys.executable).with_name("scrapy")), "crawl", "warc", "-a", f"path={path}",
         "-s", f"NEWSCRAWL_OUTPUT={output}", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0",
         "-s", "NEWSCRAWL_REPORT=0", "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0",
         "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-500:]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--sites", type=int, default=97,
                        help="the pages' URLs are spread over this many hosts (partitions)")
    args = parser.parse_args(argv)
    pages = corpus_pages(Path(args.corpora))
    if not pages:
        sys.exit(f"no corpus pages under {args.corpora}")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "bench.warc.gz"
        written = write_file(path, pages, args.copies, args.sites)
        n = len(written)
        size = path.stat().st_size / 1e6
        print(f"{n} records ({len(pages)} corpus pages x {args.copies}) on {args.sites} hosts, "
              f"{size:.0f} MB gzip, "
              f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs\n")
        rows = []
        for name, fn in (("FastWARC iterator", lambda: read_fastwarc(path)),
                         ("warcio iterator", lambda: read_warcio(path)),
                         ("newscrawl reader", lambda: read_newscrawl(path))):
            seconds, count = cpu(fn)
            if count is None:
                rows.append((name, "not installed", ""))
                continue
            rows.append((name, f"{count / seconds:,.0f} records/s", f"{seconds * 1000 / n:.2f} ms"))
        extract_seconds, articles = cpu(lambda: extract_alone(written))
        rows.append(("extraction alone (in memory)", f"{n / extract_seconds:,.0f} records/s",
                     f"{extract_seconds * 1000 / n:.2f} ms"))
        write_seconds, _ = cpu(lambda: pipelines_alone(articles, folder / "out-pipelines"))
        rows.append((f"dates + Parquet pipelines alone ({len(articles)} articles)",
                     f"{n / write_seconds:,.0f} records/s", f"{write_seconds * 1000 / n:.2f} ms"))
        empty = folder / "empty.warc.gz"
        empty.write_bytes(b"")
        base_seconds, _ = crawl_cpu(empty, folder / "out-empty")
        crawl_seconds, summary = crawl_cpu(path, folder / "out")
        net = crawl_seconds - base_seconds
        rows.append(("scrapy crawl warc (whole path)", f"{n / net:,.0f} records/s",
                     f"{net * 1000 / n:.2f} ms"))
        print("| what (one core) | rate | CPU per record |\n| --- | --- | --- |")
        for row in rows:
            print(f"| {row[0]} | {row[1]} | {row[2]} |")
        print(f"\nstart-up of scrapy crawl warc: {base_seconds:.1f} s CPU (subtracted)")
        print(f"overhead of the whole path on top of extraction: "
              f"{net / extract_seconds - 1:+.0%} (target <= +25 %)")
        print(f"of which the pipelines (dates, Parquet, checks; the same in a live crawl): "
              f"{write_seconds / extract_seconds:+.0%}; reading and decoding (newscrawl reader): "
              f"{rows[2][2]} per record")
        print(f"crawl: {summary}")
        print(json.dumps({"records": n, "extract_s": round(extract_seconds, 2),
                          "crawl_s": round(net, 2)}))


if __name__ == "__main__":
    main()
