"""``scrapy crawl ccnews -a month=YYYY-MM``: a month of Common Crawl's news archive.

CC-NEWS publishes, per month, ``crawl-data/CC-NEWS/YYYY/MM/warc.paths.gz`` (one WARC
path per line) under ``NEWSCRAWL_CCNEWS_BASE``. The spider reads that listing and
streams each WARC file over HTTP(S) as it reads it, record by record, never storing a
file (:class:`~newscrawl.crawl.archive.HttpStream`: a broken connection is resumed with
a Range request, with back-off). Files are read one after another: one connection to
the archive host at a time. Everything else is the ``warc`` spider's: the filters
(``-a sites=``, ``-a since=`` / ``-a until=``, ``-a language=``), exactly-once reading,
failures of bad records and progress. ``-a since=`` / ``-a until=`` without ``month``
read every month between them. Rows name their file by its path in the listing
(``crawl-data/CC-NEWS/...``), as Common Crawl's indexes do.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip

from newscrawl import stats
from newscrawl.crawl.archive import HttpStream, fetch_bytes
from newscrawl.crawl.spiders.warc import Source, WarcSpider, parse_day

LISTING = "crawl-data/CC-NEWS/{year:04d}/{month:02d}/warc.paths.gz"


def months_between(first: dt.datetime, last: dt.datetime) -> list[tuple[int, int]]:
    """(year, month) of every month from ``first`` to ``last``, both included."""
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class CcnewsSpider(WarcSpider):
    """Read CC-NEWS months (``-a month=YYYY-MM``, or ``-a since=`` / ``-a until=``)."""

    name = "ccnews"

    def __init__(self, *args, month=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.month = month

    def months(self) -> list[tuple[int, int]]:
        """The months to read."""
        if self.month:
            start = parse_day(self.month)
            assert start is not None
            return [(start.year, start.month)]
        if self.since is None:
            raise ValueError("give -a month=YYYY-MM (or -a since= / -a until=)")
        last = (self.until - dt.timedelta(seconds=1)) if self.until else dt.datetime.now(
            dt.timezone.utc)
        return months_between(self.since, last)

    def archive_sources(self) -> list[Source]:
        base = self.settings.get("NEWSCRAWL_CCNEWS_BASE").rstrip("/")
        agent = self.settings.get("USER_AGENT")
        retries = self.settings.getint("RETRY_TIMES", 2) + 3
        backoff = self.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF")
        sources = []
        for year, month in self.months():
            listing = f"{base}/{LISTING.format(year=year, month=month)}"
            try:
                paths = gzip.decompress(fetch_bytes(listing, user_agent=agent, retries=retries,
                                                    backoff=backoff)).decode("utf-8").split()
            except Exception as exc:  # noqa: BLE001 - a month that cannot be listed is logged
                self.logger.error("cannot read the CC-NEWS listing %s: %s", listing, exc)
                self._inc(stats.ARCHIVE_LISTING_ERRORS)
                continue
            self.logger.info("%s: %d WARC files", listing, len(paths))
            for path in paths:
                url = f"{base}/{path.lstrip('/')}"
                sources.append(Source(path, functools.partial(
                    HttpStream, url, user_agent=agent, retries=retries, backoff=backoff)))
        return sources
