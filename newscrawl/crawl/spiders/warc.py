"""``scrapy crawl warc -a path=PATH``: the pages of WARC / ARC files, as if crawled.

The spider fetches nothing. It reads the records of a file, of every archive in a folder
or of a glob (:mod:`newscrawl.storage.warc`), and turns each HTTP response record with
an HTML payload into a request that :class:`~newscrawl.crawl.archive.ArchivedResponses`
answers from the record, so the page goes through the base spider's ``parse_article``
(the same extraction, article-or-not decision and pipelines as a live crawl), with
``fetched_at`` set to the record's WARC-Date and the row pointing at its record
(``origin = 'archive'``, ``warc_file``, ``warc_offset``).

Filters, applied before extraction: ``-a sites=HOST[,HOST...]`` (a host or any of its
subdomains), ``-a since=`` / ``-a until=`` (record date, ``YYYY-MM-DD`` or ``YYYY-MM``,
both inclusive), ``-a language=CODE[,CODE...]`` (pages declaring another language in
``<html lang>`` or Content-Language are skipped unread; pages declaring none are
extracted and kept only when their detected language is one of those).

Exactly once: a record that already has a row in the output (an article, a check or a
failure with its ``warc_file`` and ``warc_offset``) is skipped unread, so reading a file
again, or rerunning after a kill, adds nothing (``-a reextract=1`` reads every record:
``scrapy reextract``). A record that cannot be read becomes a Failure with stage
'archive', the reason, the file and the offset; the rest of the file is still read.
Progress lines give records/s and the share of files done.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import re
import time
from dataclasses import dataclass
from typing import Callable

import scrapy
from scrapy.utils.misc import load_object

from newscrawl import stats
from newscrawl.crawl.archive import archive_files, file_size, max_record_bytes
from newscrawl.crawl.extensions import queue_size
from newscrawl.crawl.incremental import archive_key, load_archive_done
from newscrawl.crawl.spiders.base import NewsSpider, now_utc
from newscrawl.extract.language import normalise_language
from newscrawl.model.article import Article
from newscrawl.storage.warc import Broken, HttpResponse, Skipped, read_records
from newscrawl.urls import domain_of

UTC = dt.timezone.utc
#: Records taken from the reader per step (read in a thread, off the event loop).
BATCH = 16
#: Archive requests waiting in the scheduler before the reader pauses.
MAX_QUEUED = 16
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]{2,12})", re.I)


@dataclass
class Source:
    """One archive file to read: its name in the rows, how to open it, its size if known."""

    name: str
    open: Callable[[], object]
    size: int | None = None


def parse_day(value: str | None, *, end: bool = False) -> dt.datetime | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` as a UTC moment: its start, or (``end``) the start of
    the next day / month, so that ``until`` is inclusive."""
    if not value:
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = map(int, text.split("-"))
        start = dt.datetime(year, month, 1, tzinfo=UTC)
        if not end:
            return start
        return dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
    day = dt.date.fromisoformat(text)
    start = dt.datetime(day.year, day.month, day.day, tzinfo=UTC)
    return start + dt.timedelta(days=1) if end else start


def _split(value: str | None) -> list[str]:
    return [v.strip().lower() for v in (value or "").split(",") if v.strip()]


def is_html(record: HttpResponse) -> bool:
    """Whether a record's payload is an HTML page (by its Content-Type, else by sniffing)."""
    content_type = (record.header("Content-Type") or "").lower()
    if content_type:
        return "html" in content_type
    head = record.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def declared_language(record: HttpResponse) -> str | None:
    """The language a page declares (``<html lang>``, else Content-Language), or None."""
    found = _HTML_LANG.search(record.body[:65536])
    if found:
        return normalise_language(found.group(1).decode("ascii", "replace"))
    return normalise_language((record.header("Content-Language") or "").split(",")[0])


class WarcSpider(NewsSpider):
    """Read WARC / ARC files (``-a path=FILE|FOLDER|GLOB``) into the dataset."""

    name = "warc"
    custom_settings = {
        # Nothing is fetched: no robots.txt to ask, and nothing new to archive.
        "ROBOTSTXT_OBEY": False,
        "NEWSCRAWL_WARC": False,
        # Distributed mode: workers share whole files (claimed in Redis), not requests.
        "NEWSCRAWL_REDIS_FRONTIER": False,
    }

    def __init__(self, *args, path=None, sites=None, since=None, until=None,
                 language=None, reextract=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.path = path
        self.sites = _split(sites)
        self.since = parse_day(since)
        self.until = parse_day(until, end=True)
        self.languages = set(_split(language))
        self.reextract = str(reextract or "").lower() in ("1", "true", "yes")
        self.done: set[tuple[str, int]] = set()
        self.claims = None
        self.records_read = 0
        self.files_done = 0
        self.files_total = 0

    # -- the files ----------------------------------------------------------------------
    def archive_sources(self) -> list[Source]:
        """The files to read (``-a path=``)."""
        if not self.path:
            raise ValueError("give the archives to read: -a path=FILE, FOLDER or GLOB")
        files = archive_files(self.path)
        if not files:
            self.logger.warning("no WARC / ARC files at %s", self.path)
        return [Source(p.name, functools.partial(open, p, "rb"), file_size(p)) for p in files]

    # -- reading ------------------------------------------------------------------------
    async def start(self):
        output = self.settings.get("NEWSCRAWL_OUTPUT")
        skip_done = bool(output) and not self.reextract
        sources = await asyncio.to_thread(self.archive_sources)
        self.files_total = len(sources)
        self._progress_at = self._started = time.monotonic()
        self._progress_records = 0
        claims_class = self.settings.get("NEWSCRAWL_ARCHIVE_CLAIMS")
        self.claims = load_object(claims_class)(self.crawler, self.name) if claims_class else None
        pending = list(sources)
        while pending:
            took = False
            for source in pending:
                if self.claims is not None and not await asyncio.to_thread(
                        self.claims.claim, source.name):
                    continue  # done, or being read by another worker of the fleet
                took = True
                if skip_done:  # this file's records already in the output (one file's worth)
                    self.done = await asyncio.to_thread(load_archive_done, output, source.name)
                    self.logger.info("%d records of %s already in %s", len(self.done),
                                     source.name, output)
                async for item in self.read_source(source):
                    yield item
                if self.claims is not None:
                    await asyncio.to_thread(self.claims.finish, source.name)
                self.files_done += 1
                self.crawler.stats.set_value(stats.ARCHIVE_FILES_DONE, self.files_done)
            if self.claims is None:
                break
            pending = [s for s in pending
                       if not await asyncio.to_thread(self.claims.is_done, s.name)]
            if pending and not took:
                # Others hold them: wait for them to finish, or for a dead one's lease.
                await asyncio.sleep(min(5.0, self.claims.lease_seconds / 3))
        if self.claims is not None:
            self.claims.close()
        self.log_progress(final=True)

    async def read_source(self, source: Source):
        """Requests (and failures) for the records of one file."""
        limit = max_record_bytes(self.settings)
        try:
            stream = await asyncio.to_thread(source.open)
        except Exception as exc:  # noqa: BLE001 - a file that cannot be opened is a failure
            yield self.failure(source.name, "archive", type(exc).__name__, str(exc)[:1000],
                               warc_file=source.name)
            return
        self._stream, self._source = stream, source
        records = read_records(stream, source.name, max_bytes=limit)
        try:
            while True:
                try:
                    batch = await asyncio.to_thread(_take, records, BATCH)
                except Exception as exc:  # noqa: BLE001 - the stream broke for good
                    yield self.failure(source.name, "archive", type(exc).__name__,
                                       f"reading stopped: {exc}"[:1000], warc_file=source.name)
                    return
                if not batch:
                    return
                for record in batch:
                    self.records_read += 1
                    self._inc(stats.ARCHIVE_RECORDS)
                    produced = self.from_record(record)
                    if produced is not None:
                        if isinstance(produced, scrapy.Request):
                            await self.wait_for_room()
                        yield produced
                self.maybe_log_progress()
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()

    def from_record(self, record):
        """The request (or Failure) a record becomes; None when it is skipped (counted)."""
        if isinstance(record, Skipped):
            self._inc(stats.archive_skipped(record.kind))
            return None
        if archive_key(record.file, record.offset) in self.done:
            self._inc(stats.SKIPPED_ARCHIVED)
            return None
        if isinstance(record, Broken):
            self._inc(stats.archive_broken(record.reason))
            return self.failure(record.url or record.file, "archive", record.reason,
                                f"{record.message} ({record.file} at byte {record.offset})",
                                warc_file=record.file, warc_offset=record.offset)
        reason = self.filtered(record)
        if reason:
            self._inc(stats.archive_filtered(reason))
            return None
        try:
            return scrapy.Request(
                record.url, callback=self.parse_article, errback=self.on_error,
                dont_filter=True,
                meta={"newscrawl_stage": "archive", "newscrawl_source": "archive",
                      "newscrawl_record": record,
                      "newscrawl_fetched_at": record.date or now_utc()})
        except ValueError as exc:  # a target URI Scrapy cannot take
            return self.failure(record.url, "archive", "BadURL", str(exc)[:1000],
                                record.status, warc_file=record.file,
                                warc_offset=record.offset)

    def filtered(self, record: HttpResponse) -> str | None:
        """Why a response record is not extracted (None: it is)."""
        if not 200 <= record.status < 300:
            return f"status_{record.status}"
        if not is_html(record):
            return "not_html"
        if self.sites:
            host = domain_of(record.url) or ""
            if not any(host == s or host.endswith("." + s) for s in self.sites):
                return "site"
        if record.date is not None and (
                (self.since is not None and record.date < self.since)
                or (self.until is not None and record.date >= self.until)):
            return "date"
        if self.languages:
            declared = declared_language(record)
            if declared is not None and declared not in self.languages:
                return "language"
        return None

    async def parse_article(self, response):
        """The base spider's page handling; with a language filter, articles whose
        detected language is another one are dropped (counted)."""
        async for item in super().parse_article(response):
            if self.languages and isinstance(item, Article) and item.language \
                    and item.language not in self.languages:
                self._inc(stats.archive_filtered("language"))
                continue
            yield item

    async def wait_for_room(self) -> None:
        """Pause reading while the crawl has enough pages in hand (bounded memory)."""
        engine = self.crawler.engine
        while engine.running and (engine.needs_backout()
                                  or (queue_size(self.crawler) or 0) >= MAX_QUEUED):
            await asyncio.sleep(0.005)

    # -- progress -----------------------------------------------------------------------
    def file_share(self) -> float:
        """Share of the files done, the current one counted by its bytes read."""
        if not self.files_total:
            return 1.0
        current = 0.0
        source = getattr(self, "_source", None)
        stream = getattr(self, "_stream", None)
        if source is not None and stream is not None and self.files_done < self.files_total:
            size = source.size or getattr(stream, "size", None)
            position = getattr(stream, "position", None)
            if position is None and hasattr(stream, "tell"):
                try:
                    position = stream.tell()
                except (OSError, ValueError):
                    position = None
            if size and position is not None:
                current = min(1.0, position / size)
        return (self.files_done + current) / self.files_total

    def maybe_log_progress(self) -> None:
        interval = self.settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL")
        if interval > 0 and time.monotonic() - self._progress_at >= interval:
            self.log_progress()

    def log_progress(self, final: bool = False) -> str:
        """Log records/s (since the last line, or the whole run at the end) and the share of
        files done; the figures also go to the stats."""
        now = time.monotonic()
        since = self._started if final else self._progress_at
        read = self.records_read - (0 if final else self._progress_records)
        rate = read / (now - since) if now > since else 0.0
        share = self.file_share()
        line = (f"archive progress: {rate:,.0f} records/s, {self.records_read:,} records read, "
                f"files {self.files_done}/{self.files_total} done ({share:.0%})")
        self.crawler.stats.set_value(stats.ARCHIVE_RECORDS_PER_S, round(rate, 1))
        self.crawler.stats.set_value(stats.ARCHIVE_FILES_SHARE, round(share, 4))
        self._progress_at, self._progress_records = now, self.records_read
        self.logger.info(line)
        return line


def _take(iterator, count: int) -> list:
    batch = []
    for item in iterator:
        batch.append(item)
        if len(batch) >= count:
            break
    return batch
