"""Scrapy extensions for people watching a crawl: progress lines and the crawl report.

* :class:`ProgressLog` logs one readable line every ``NEWSCRAWL_PROGRESS_INTERVAL``
  seconds (0 turns it off): pages/min and articles/min over the last interval, totals,
  failures and the scheduler's queue size. The figures also go to the stats
  (``newscrawl/progress/*``).
* :class:`CrawlReport` builds the crawl report of the rows this crawl wrote (fetched
  since it started) when the spider closes, if ``NEWSCRAWL_REPORT`` is on, records it in
  the coverage history and logs a warning for every site whose coverage dropped.

The add-on (:class:`newscrawl.Addon`) installs both (``EXTENSIONS``).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import load_object

from newscrawl import stats as stat_keys
from newscrawl.crawl.pipelines import ParquetPipeline

log = logging.getLogger(__name__)

#: Scrapy's count of responses: the progress line's pages.
PAGES_STAT = "response_received_count"

UTC = dt.timezone.utc

#: Spiders that are not crawls: Scrapy's stand-in spider of ``scrapy fetch`` / ``shell``.
NOT_CRAWLS = frozenset({"default"})


@dataclass(frozen=True)
class Progress:
    """Counters at one moment of the crawl."""

    at: float
    pages: int
    articles: int
    failures: int


def rate_per_minute(before: int, after: int, seconds: float) -> float:
    """Events per minute between two counter readings ``seconds`` apart (0 when no time passed)."""
    return (after - before) * 60.0 / seconds if seconds > 0 else 0.0


def progress_line(previous: Progress, current: Progress, queued: int | None,
                  in_flight: int | None) -> str:
    """The log line: rates over the interval, totals, failures, queue and downloads."""
    seconds = current.at - previous.at
    queue = "?" if queued is None else f"{queued:,}"
    active = "" if in_flight is None else f", {in_flight} downloading"
    return (f"progress: {rate_per_minute(previous.pages, current.pages, seconds):,.0f} pages/min, "
            f"{rate_per_minute(previous.articles, current.articles, seconds):,.0f} articles/min "
            f"(total {current.pages:,} pages, {current.articles:,} articles, "
            f"{current.failures:,} failures); queue {queue}{active}")


def _engine(crawler):
    """The crawler's engine, or None before the crawl started."""
    try:
        return getattr(crawler, "engine", None)
    except RuntimeError:  # Scrapy >= 2.19 raises until the crawl starts
        return None


def queue_size(crawler) -> int | None:
    """Requests waiting in the scheduler, or None when the scheduler cannot tell."""
    engine = _engine(crawler)
    scheduler = getattr(engine, "scheduler", None)  # Scrapy >= 2.19
    if scheduler is None:
        slot = getattr(engine, "slot", None) or getattr(engine, "_slot", None)
        scheduler = getattr(slot, "scheduler", None)
    try:
        return len(scheduler) if scheduler is not None else None
    except TypeError:  # a scheduler without __len__
        return None


def downloads_in_flight(crawler) -> int | None:
    """Requests the downloader is fetching right now, or None when unknown."""
    downloader = getattr(_engine(crawler), "downloader", None)
    active = getattr(downloader, "active", None)
    return len(active) if active is not None else None


class ProgressLog:
    """Logs crawl progress every NEWSCRAWL_PROGRESS_INTERVAL seconds."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.previous: Progress | None = None
        self.task = None
        #: Articles and Failures the spiders produced so far (counted as they are
        #: scraped, not when the pipeline writes them, which may be later).
        self.articles = 0
        self.failures = 0

    @classmethod
    def from_crawler(cls, crawler):
        """Enabled unless NEWSCRAWL_PROGRESS_INTERVAL is 0."""
        interval = crawler.settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured  # switched off on purpose: no warning
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item, spider=None):
        """Count Articles and Failures as the spiders produce them."""
        from newscrawl.model.article import Article
        from newscrawl.model.failure import Failure

        if isinstance(item, Article):
            self.articles += 1
        elif isinstance(item, Failure):
            self.failures += 1

    def snapshot(self) -> Progress:
        """The counters now."""
        return Progress(at=time.monotonic(),
                        pages=self.crawler.stats.get_value(PAGES_STAT, 0),
                        articles=self.articles, failures=self.failures)

    def spider_opened(self, spider):
        """Start the timer."""
        from twisted.internet import task

        self.previous = self.snapshot()
        self.task = task.LoopingCall(self.log_progress)
        self.task.start(self.interval, now=False)

    def log_progress(self) -> str:
        """Log (and return) one progress line; record the figures in the stats."""
        current = self.snapshot()
        previous = self.previous or current
        queued = queue_size(self.crawler)
        line = progress_line(previous, current, queued, downloads_in_flight(self.crawler))
        seconds = current.at - previous.at
        stats = self.crawler.stats
        stats.set_value(stat_keys.PROGRESS_PAGES_PER_MIN,
                        round(rate_per_minute(previous.pages, current.pages, seconds), 1))
        stats.set_value(stat_keys.PROGRESS_ARTICLES_PER_MIN,
                        round(rate_per_minute(previous.articles, current.articles, seconds), 1))
        if queued is not None:
            stats.set_value(stat_keys.PROGRESS_QUEUE, queued)
        self.previous = current
        log.info(line)
        return line

    def spider_closed(self, spider, reason):
        """Stop the timer."""
        if self.task is not None and self.task.running:
            self.task.stop()


#: Stats shown in the report's "This run" table, with their labels.
RUN_STATS = (("start_time", "started"), ("finish_time", "finished"),
             ("finish_reason", "finish reason"), ("elapsed_time_seconds", "seconds"),
             ("response_received_count", "pages fetched"), (stat_keys.ARTICLES_WRITTEN, "articles written"),
             (stat_keys.FAILURES_WRITTEN, "failures written"))


def run_stats_table(stats: dict, spider_name: str | None) -> dict:
    """Label -> value of the crawl stats the report shows (missing stats are left out)."""
    table: dict[str, object] = {"spider": spider_name} if spider_name else {}
    for key, label in RUN_STATS:
        value = stats.get(key)
        if isinstance(value, dt.datetime):
            value = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        elif isinstance(value, float):
            value = round(value, 1)
        if value is not None:
            table[label] = value
    return table


def parquet_pipeline_on(settings) -> bool:
    """Whether ``ITEM_PIPELINES`` runs the Parquet pipeline, whose output the report reads
    (listed by path or by class)."""
    listed = build_component_list(settings.getwithbase("ITEM_PIPELINES"))
    return any(load_object(component) is ParquetPipeline for component in listed)


class CrawlReport:
    """Builds the crawl report of this crawl's rows when the spider closes."""

    def __init__(self, crawler, output_dir: str, threshold: float, min_rows: int):
        self.crawler = crawler
        self.output_dir = output_dir
        self.threshold = threshold
        self.min_rows = min_rows
        self.started: dt.datetime | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """Enabled when NEWSCRAWL_REPORT is on and NEWSCRAWL_OUTPUT is set."""
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_REPORT"):
            raise NotConfigured  # switched off on purpose: no warning
        output = settings.get("NEWSCRAWL_OUTPUT")
        if not output:
            raise NotConfigured("NEWSCRAWL_OUTPUT is empty: nothing to report on")
        if not parquet_pipeline_on(settings):
            raise NotConfigured("the Parquet pipeline is off: nothing to report on")
        extension = cls(crawler, str(output),
                        settings.getfloat("NEWSCRAWL_REPORT_DROP"),
                        settings.getint("NEWSCRAWL_REPORT_MIN_ROWS"))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        """Remember when the crawl started: the report covers rows fetched from then on."""
        self.started = dt.datetime.now(UTC)

    def spider_closed(self, spider, reason):
        """Build the report (the pipelines have published their files by now)."""
        from newscrawl.report import build_report

        if self.started is None or getattr(spider, "name", None) in NOT_CRAWLS:
            return  # the crawl never opened, or it is not a crawl
        stats = self.crawler.stats.get_stats()
        try:
            report = build_report(
                self.output_dir, since=self.started, record_history=True,
                label=getattr(spider, "name", None),
                run_stats=run_stats_table(stats, getattr(spider, "name", None)),
                drop_threshold=self.threshold, min_rows=self.min_rows)
        except Exception:  # a report must never turn a finished crawl into a failed one
            log.exception("could not build the crawl report for %s", self.output_dir)
            return
        self.crawler.stats.set_value(stat_keys.REPORT_PATH, str(report.path))
        self.crawler.stats.set_value(stat_keys.REPORT_COVERAGE_DROPS, len(report.drops))
