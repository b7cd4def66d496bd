"""Progress logging and the end-of-crawl report: the pure helpers, the extensions inside a
real (local) Scrapy crawl, and a demo crawl run as ``scrapy crawl demo``."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.crawlers import newscrawl_crawler

from newscrawl.crawl.extensions import (CrawlReport, Progress, ProgressLog, progress_line,
                                  rate_per_minute, run_stats_table)
from tests import processes

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc


def scrapy(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    """Run this environment's scrapy in the project folder."""
    exe = Path(sys.executable).with_name("scrapy")
    return processes.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def test_rates_are_per_minute_over_the_interval():
    assert rate_per_minute(10, 40, 30.0) == 60.0
    assert rate_per_minute(5, 5, 10.0) == 0.0
    assert rate_per_minute(0, 10, 0.0) == 0.0


def test_progress_line_reads_like_a_sentence():
    line = progress_line(Progress(at=0.0, pages=100, articles=40, failures=1),
                         Progress(at=30.0, pages=160, articles=70, failures=3), 1234, 8)
    assert line == ("progress: 120 pages/min, 60 articles/min (total 160 pages, 70 articles, "
                    "3 failures); queue 1,234, 8 downloading")
    assert "queue ?" in progress_line(Progress(0, 0, 0, 0), Progress(1, 0, 0, 0), None, None)


def test_run_stats_table_formats_times_and_skips_missing_stats():
    table = run_stats_table({"start_time": dt.datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
                             "elapsed_time_seconds": 12.345, "newscrawl/articles_written": 9},
                            "demo")
    assert table == {"spider": "demo", "started": "2026-03-01 08:00:00 UTC", "seconds": 12.3,
                     "articles written": 9}


def test_progress_log_is_off_at_interval_zero():
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        ProgressLog.from_crawler(newscrawl_crawler(settings={"NEWSCRAWL_PROGRESS_INTERVAL": 0}))


def test_report_extension_needs_the_setting_and_the_parquet_pipeline(tmp_path):
    from scrapy.exceptions import NotConfigured

    pipelines = {"newscrawl.crawl.pipelines.ParquetPipeline": 800}
    with pytest.raises(NotConfigured):
        CrawlReport.from_crawler(newscrawl_crawler(settings={
            "NEWSCRAWL_REPORT": False, "NEWSCRAWL_OUTPUT": str(tmp_path), "ITEM_PIPELINES": pipelines}))
    with pytest.raises(NotConfigured):
        CrawlReport.from_crawler(newscrawl_crawler(settings={
            "NEWSCRAWL_OUTPUT": str(tmp_path),
            "ITEM_PIPELINES": {"newscrawl.crawl.pipelines.ParquetPipeline": None}}))
    extension = CrawlReport.from_crawler(newscrawl_crawler(settings={
        "NEWSCRAWL_OUTPUT": str(tmp_path), "ITEM_PIPELINES": pipelines,
        "NEWSCRAWL_REPORT_DROP": 0.5}))
    assert extension.threshold == 0.5 and extension.min_rows == 5
    # The add-on installs the pipeline (by class): the report is on without listing it.
    assert CrawlReport.from_crawler(newscrawl_crawler(settings={
        "NEWSCRAWL_OUTPUT": str(tmp_path)})).min_rows == 5


def test_progress_snapshot_reads_the_crawl_stats():
    crawler = newscrawl_crawler(settings={"NEWSCRAWL_PROGRESS_INTERVAL": 5})
    extension = ProgressLog.from_crawler(crawler)
    crawler.stats.open_spider()
    crawler.stats.set_value("response_received_count", 12)
    from newscrawl.model.article import Article
    from newscrawl.model.failure import Failure

    for n in range(7):
        extension.item_scraped(Article(url=f"https://a.example/{n}"))
    extension.item_scraped(Failure(url="https://a.example/x"))
    extension.item_scraped({"not": "ours"})
    snapshot = extension.snapshot()
    assert (snapshot.pages, snapshot.articles, snapshot.failures) == (12, 7, 1)
    extension.previous = Progress(at=snapshot.at - 60, pages=2, articles=1, failures=0)
    line = extension.log_progress()
    assert line.startswith("progress: 10 pages/min, 6 articles/min")
    assert crawler.stats.get_value("newscrawl/progress/pages_per_min") == pytest.approx(10, abs=0.5)


@pytest.fixture(scope="module")
def two_demo_crawls(tmp_path_factory):
    """Two crawls of the demo site into one output folder, with progress every 0.3 s."""
    out = tmp_path_factory.mktemp("demo-report")
    runs = [scrapy("crawl", "demo", "-s", f"NEWSCRAWL_OUTPUT={out}",
                   "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0.3", "-s", "LOG_LEVEL=INFO")
            for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr[-4000:]
    return out, runs


def test_demo_crawl_logs_progress_lines(two_demo_crawls):
    _, runs = two_demo_crawls
    lines = [line for line in runs[0].stderr.splitlines() if "progress:" in line]
    assert lines, runs[0].stderr[-3000:]
    assert re.search(r"progress: [\d,]+ pages/min, [\d,]+ articles/min \(total \d+ pages, \d+ "
                     r"articles, \d+ failures\); queue \d+", lines[-1])


def test_demo_crawl_writes_and_logs_the_report(two_demo_crawls):
    out, runs = two_demo_crawls
    assert "crawl report for" in runs[0].stderr
    pages = sorted((out / "reports").glob("report-*.html"))
    assert pages and (out / "reports" / "latest.html").is_file()
    page = (out / "reports" / "latest.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 3 and 'class="column"' in page and 'id="run"' in page
    history = [json.loads(line) for line in
               (out / "reports" / "history.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(history) == 2 and history[0]["label"] == "demo"
    # Each run reports only its own rows: the second run re-fetches what changed, if
    # anything, so it never counts the first run's rows again.
    first = sum(site["articles"] for site in history[0]["sites"].values())
    assert first >= 5
    (site,) = history[0]["sites"].values()
    assert site["coverage"]["headline"] == 1.0 and site["coverage"]["body"] == 1.0
    assert "coverage dropped" not in runs[1].stderr.lower()
