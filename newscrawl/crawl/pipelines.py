"""Scrapy item pipelines: fill dates from raw strings (300), write the Parquet datasets (800).

Spiders yield :class:`~newscrawl.model.article.Article` and :class:`~newscrawl.model.failure.Failure`
items. ``DatesPipeline`` gives every Article whose date value is missing but whose raw
string is present (a profile or a feed gave only the string) a value, through the same
normaliser the extractor uses. ``ParquetPipeline`` appends Articles to
``<NEWSCRAWL_OUTPUT>/articles/``, Failures to ``<NEWSCRAWL_OUTPUT>/failures/`` and refused
pages with substantial text to ``<NEWSCRAWL_OUTPUT>/pages/`` (layout
and file publishing: :mod:`newscrawl.storage.dataset`). Neither pipeline drops an item: an item
that cannot be written becomes a Failure row with stage 'pipeline'.

Pipeline methods take ``spider`` as an optional argument (Scrapy 2.13+ no longer passes
it); the spider is read from the crawler.
"""

from __future__ import annotations

import datetime as dt
import logging

from scrapy.exceptions import NotConfigured

from newscrawl import defaults, stats
from newscrawl.model.article import Article, arrow_schema, to_record
from newscrawl.storage.dataset import (
    ARTICLES,
    FAILURES,
    DatasetWriter,
    RunStaging,
    WriterOptions,
    CHECKS,
    PAGES,
    article_partition,
    check_partition,
    failure_partition,
)
from newscrawl.storage.recovery import recover_abandoned_runs
from newscrawl.extract.dates import normalise_date
from newscrawl.extract.language import language_timezone
from newscrawl.model.failure import Failure, failure_record, failure_schema
from newscrawl.crawl.incremental import CrawlState, content_hash
from newscrawl.model.check import (
    NOT_ARTICLE, REDIRECT, UNCHANGED, Check, RefusedPage, check_schema, refused_page_schema)
from newscrawl.storage.lock import OutputLock, acquire_output_lock

logger = logging.getLogger(__name__)

UTC = dt.timezone.utc

#: The Article's dates: (value field, raw field, precision field or None).
DATE_FIELDS = (
    ("published_at", "published_raw", "published_precision"),
    ("modified_at", "modified_raw", None),
)

#: The run's notes (listing dates, its fetches) and, for a run that does not share the
#: output's state index, its private index: files in the run's staging directory.
RUN_NOTES = "run-notes.sqlite"
PRIVATE_INDEX = "state-index.sqlite"


def _spider_of(crawler, spider):
    return spider if spider is not None else getattr(crawler, "spider", None)


def _spider_name(spider) -> str | None:
    return getattr(spider, "name", None)


# -- dates ----------------------------------------------------------------------------

def profile_hints(spider) -> tuple[str | None, str | None]:
    """(timezone, language) of the spider's site profile, when it has one."""
    profile = getattr(spider, "profile", None)
    return getattr(profile, "timezone", None), getattr(profile, "language", None)


def fill_dates(article: Article, *, timezone: str | None = None,
               language: str | None = None) -> dict[str, str | None]:
    """Give each date whose value is missing but raw is present a value (in place).

    The page's own language wins over the profile's as a hint; relative dates are
    anchored at ``fetched_at``, in the profile's timezone, else the one zone the page's
    language keeps (:func:`newscrawl.extract.language.language_timezone`), as the
    extractor reads them. Returns {value field: error or None} for the dates it
    tried, so callers can count what was filled and what was rejected.
    """
    tried = {}
    for value_field, raw_field, precision_field in DATE_FIELDS:
        raw = getattr(article, raw_field)
        if getattr(article, value_field) is not None or raw in (None, ""):
            continue
        result = normalise_date(raw, language=article.language or language,
                                timezone=timezone or language_timezone(article.language or language),
                                reference=article.fetched_at)
        tried[value_field] = result.error
        if result.value is None:
            continue
        setattr(article, value_field, result.value)
        if precision_field:
            setattr(article, precision_field, result.precision)
        if raw_field in article.sources and value_field not in article.sources:
            article.sources[value_field] = article.sources[raw_field]
    return tried


def dates_in_utc(article: Article) -> None:
    """Convert aware date values given in another zone to UTC (in place)."""
    for value_field, _raw, _precision in DATE_FIELDS + (("fetched_at", None, None),):
        value = getattr(article, value_field)
        if isinstance(value, dt.datetime) and value.tzinfo is not None \
                and value.utcoffset() != dt.timedelta(0):
            setattr(article, value_field, value.astimezone(UTC))


class DatesPipeline:
    """Order 300: fill Article dates from their raw strings; never drops an item."""

    def __init__(self, crawler=None):
        self.crawler = crawler
        self.stats = getattr(crawler, "stats", None)

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's constructor hook."""
        return cls(crawler)

    def process_item(self, item, spider=None):
        """Fill missing date values of an Article; other items pass untouched."""
        if not isinstance(item, Article):
            return item
        spider = _spider_of(self.crawler, spider)
        timezone, language = profile_hints(spider)
        try:
            tried = fill_dates(item, timezone=timezone, language=language)
            dates_in_utc(item)
        except Exception:  # a bad item must not stop the crawl; the writer checks it
            logger.exception("date normalisation failed for %s", getattr(item, "url", "?"))
            return item
        for error in tried.values():
            self._inc(stats.DATES_REJECTED if error else stats.DATES_FILLED)
        return item

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


# -- Parquet --------------------------------------------------------------------------

def pipeline_failure(item, exc: BaseException, spider_name: str | None) -> Failure:
    """The Failure row standing in for an item that could not be written."""
    url = getattr(item, "url", None)
    if url is None and isinstance(item, dict):
        url = item.get("url")
    return Failure(url=str(url or ""), stage="pipeline", error_type=type(exc).__name__,
                   message=f"{type(item).__name__} not written: {exc}"[:1000],
                   http_status=getattr(item, "http_status", None)
                   if isinstance(getattr(item, "http_status", None), int) else None,
                   spider=spider_name)


class ParquetPipeline:
    """Order 800: append Articles and Failures to the Hive-partitioned Parquet datasets.

    At open it takes the output lock (re-entrant: ``scrapy crawl`` took it already),
    recovers what dead runs spooled, loads the incremental state from the dataset and
    attaches it to the spider as ``spider.crawl_state``. Each Article gets its content
    hash and an outcome (new / updated / unchanged: an unchanged one is not written
    again) and a :class:`~newscrawl.model.check.Check` row in ``<output>/checks/``.
    """

    def __init__(self, output_dir: str, options: WriterOptions, crawler=None, *,
                 incremental: bool = defaults.NEWSCRAWL_INCREMENTAL,
                 recheck_days: float = defaults.NEWSCRAWL_RECHECK_DAYS,
                 refusal_recheck_days: float = defaults.NEWSCRAWL_REFUSAL_RECHECK_DAYS):
        self.output_dir = output_dir
        self.options = options
        self.crawler = crawler
        self.stats = getattr(crawler, "stats", None)
        self.incremental = incremental
        self.recheck_days = recheck_days
        self.refusal_recheck_days = refusal_recheck_days
        self.lock: OutputLock | None = None
        self.state: CrawlState | None = None
        self.staging: RunStaging | None = None
        self.articles: DatasetWriter | None = None
        self.failures: DatasetWriter | None = None
        self.checks: DatasetWriter | None = None
        self.pages: DatasetWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """Build from settings; NotConfigured when NEWSCRAWL_OUTPUT is empty."""
        settings = crawler.settings
        output = settings.get("NEWSCRAWL_OUTPUT")
        if not output:
            raise NotConfigured("NEWSCRAWL_OUTPUT is empty: no Parquet output")
        return cls(str(output), WriterOptions.from_settings(settings), crawler,
                   incremental=settings.getbool("NEWSCRAWL_INCREMENTAL"),
                   recheck_days=settings.getfloat("NEWSCRAWL_RECHECK_DAYS"),
                   refusal_recheck_days=settings.getfloat("NEWSCRAWL_REFUSAL_RECHECK_DAYS"))

    def open_spider(self, spider=None):
        """Lock the output, recover dead runs, load the state, open this run's writers."""
        from pathlib import Path

        spider = _spider_of(self.crawler, spider)
        root = Path(self.output_dir)
        self.lock = self.lock_output(root, f"crawl {_spider_name(spider) or ''}".strip())
        recovered = self.recover(root, spider)
        if recovered:
            logger.warning("recovered %s of killed runs %s (%d torn records dropped)",
                           recovered.rows or "no rows", ", ".join(recovered.runs),
                           recovered.torn_records)
            for dataset, rows in recovered.rows.items():
                self._inc(stats.recovered(dataset), rows)
        self.staging = RunStaging(root, run_id=self.run_id())
        shared = self.shares_state_index()
        self.state = CrawlState.from_output(
            root, recheck_days=self.recheck_days, skipping=self.incremental,
            refusal_recheck_days=self.refusal_recheck_days,
            notes_path=self.staging.path / RUN_NOTES, shared_index=shared,
            index_path=None if shared else self.staging.path / PRIVATE_INDEX)
        refreshed = self.state.refreshed
        logger.info("incremental state: index of %s%s (%d files, %d rows folded in now)",
                    root, " rebuilt" if refreshed.rebuilt else "", refreshed.files_folded,
                    refreshed.rows_folded)
        if spider is not None:
            spider.crawl_state = self.state
        self.articles = DatasetWriter(root / ARTICLES, self.staging, arrow_schema(),
                                      self.options)
        self.failures = DatasetWriter(root / FAILURES, self.staging, failure_schema(),
                                      self.options)
        self.checks = DatasetWriter(root / CHECKS, self.staging, check_schema(), self.options)
        self.pages = DatasetWriter(root / PAGES, self.staging, refused_page_schema(),
                                   self.options)

    def process_item(self, item, spider=None):
        """Spool the item as a row; an unwritable item becomes a 'pipeline' Failure."""
        if self.articles is None:
            self.open_spider(spider)
        try:
            if isinstance(item, Article):
                self._write_article(item, spider)
            elif isinstance(item, Failure):
                record = failure_record(item)
                self.failures.write(record, failure_partition(record))
                self._inc(stats.FAILURES_WRITTEN)
            elif isinstance(item, Check) and item.outcome == NOT_ARTICLE:
                self._write_refusal(item)
            elif isinstance(item, RefusedPage):
                self._write_page(item)
            else:
                raise TypeError(f"not an Article, a Failure or a refusal: {type(item).__name__}")
        except Exception as exc:  # noqa: BLE001 - never lose an item silently
            self._record_failure(item, exc, spider)
        return item

    def close_spider(self, spider=None):
        """Publish what is spooled, remove this run's staging directory, unlock."""
        if self.staging is None:
            return
        try:
            files = (self.articles.close() + self.failures.close() + self.checks.close()
                     + self.pages.close())
            if self.stats is not None:
                self.stats.set_value(stats.FILES_PUBLISHED, len(files))
            logger.info("published %d Parquet files under %s", len(files), self.output_dir)
            if self.state is not None:
                self.state.refresh_index()  # this run's files: the next start skips them
        finally:
            if self.state is not None:
                self.state.close()
            self.staging.close()
            self.staging = None
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    # -- hooks (the fleet's pipeline overrides them) ----------------------------------
    def lock_output(self, root, purpose: str):
        """Take the output lock (exclusive: one crawl per output on one machine)."""
        return acquire_output_lock(root, purpose)

    def recover(self, root, spider):
        """Publish the spools of runs that were killed (see storage.recovery)."""
        return recover_abandoned_runs(root, self.options)

    def run_id(self) -> str | None:
        """This run's staging id (None: a random one)."""
        return None

    def shares_state_index(self) -> bool:
        """Whether this run keeps the output's state index (``<output>/_state/``) up to
        date (False: it builds a private one in its staging directory)."""
        return True

    # -- internals ----------------------------------------------------------------
    def _open_run(self) -> tuple[CrawlState, DatasetWriter, DatasetWriter, DatasetWriter]:
        """The state and the articles, failures and checks writers of the open run."""
        if self.state is None or self.articles is None or self.failures is None \
                or self.checks is None:
            raise RuntimeError("the Parquet pipeline is not open")
        return self.state, self.articles, self.failures, self.checks

    def _write_article(self, item: Article, spider) -> None:
        state, articles, _, checks = self._open_run()
        record = to_record(item)
        digest = content_hash(record)
        record["content_hash"] = item.content_hash = digest
        outcome = state.outcome(item.url, digest)
        if outcome != UNCHANGED:
            articles.write(record, article_partition(record))
            self._inc(stats.ARTICLES_WRITTEN)
        check = {"url": item.url, "checked_at": item.fetched_at,
                 "listed_at": state.listed_date(item.url), "content_hash": digest,
                 "outcome": outcome, "spider": _spider_name(_spider_of(self.crawler, spider)),
                 "warc_file": item.warc_file, "warc_offset": item.warc_offset}
        checks.write(check, check_partition(check))
        for requested in state.redirected_from(item.url):
            # The listed URL that redirected here is checked too: the next run skips it.
            alias = {**check, "url": requested, "listed_at": state.listed_date(requested),
                     "outcome": REDIRECT}
            checks.write(alias, check_partition(alias))
            state.record(requested, item.fetched_at, digest, outcome)
        state.record(item.url, item.fetched_at, digest, outcome)
        self._inc(stats.article_outcome(outcome))

    def _write_refusal(self, check: Check) -> None:
        """A listed page refused as a non-article: a 'not_article' check, so the next run
        skips it as it skips articles it has (unless its listing date changes)."""
        state, _, _, checks = self._open_run()
        record = {"url": check.url, "checked_at": check.checked_at,
                  "listed_at": state.listed_date(check.url), "content_hash": None,
                  "outcome": NOT_ARTICLE, "reason": check.reason, "spider": check.spider,
                  "warc_file": check.warc_file, "warc_offset": check.warc_offset}
        checks.write(record, check_partition(record))
        state.record(check.url, check.checked_at, None, NOT_ARTICLE)
        self._inc(stats.NOT_ARTICLE_CHECKS)

    def _write_page(self, page: RefusedPage) -> None:
        """A refused page with substantial text: its fields and the refusal, to pages/
        (not again when its content is what the newest kept row of the URL holds)."""
        state, pages = self.state, self.pages
        if state is None or pages is None:
            raise RuntimeError("the Parquet pipeline is not open")
        record = to_record(page.article)
        digest = content_hash(record)
        record["content_hash"] = page.article.content_hash = digest
        if state.page_hash(page.article.url) == digest:
            self._inc(stats.PAGES_UNCHANGED)
            return
        record.update(refusal_reason=page.reason, refusal_score=page.score,
                      refusal_signals=list(page.signals))
        pages.write(record, article_partition(record))
        state.note_page(page.article.url, digest)
        self._inc(stats.PAGES_WRITTEN)

    def _record_failure(self, item, exc: BaseException, spider) -> None:
        _, _, failures, _ = self._open_run()
        name = _spider_name(_spider_of(self.crawler, spider))
        failure = pipeline_failure(item, exc, name)
        logger.error("item not written (%s): %s", failure.url, exc)
        self._inc(stats.PIPELINE_FAILURES)
        record = failure_record(failure)
        failures.write(record, failure_partition(record))
        self._inc(stats.FAILURES_WRITTEN)

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, count)
