"""Archives in a crawl: answering requests from WARC records, recording what a crawl fetches.

* :class:`ArchivedResponses` (downloader middleware) answers a request that carries an
  archived record (``meta["newscrawl_record"]``, put there by the ``warc`` and ``ccnews``
  spiders) with a response built from the record: no network, and the page then goes
  through the same callback, extraction and pipelines as a fetched one.
* :class:`WarcRecorder` (downloader middleware, ``-s NEWSCRAWL_WARC=1``) writes every
  response the crawl downloads, with its request, to rotated WARC files under
  ``<NEWSCRAWL_OUTPUT>/warc/`` and tells the callback where (``meta["newscrawl_warc"]``),
  so article rows point at their record.
* :func:`archive_files` and :class:`HttpStream` are the sources the spiders read: local
  files (a file, a folder or a glob) and files streamed over HTTP(S), resumed with a
  Range request when a connection breaks.
"""

from __future__ import annotations

import datetime as dt
import glob as globbing
import http.client
import logging
import os
import time
import urllib.error
import urllib.request
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse

from newscrawl import stats
from newscrawl.storage.warc import (
    HttpResponse,
    WarcFileWriter,
    http_message,
    recover_open_files,
)

logger = logging.getLogger(__name__)

#: Name of the folder of WARC files under the output directory.
WARC_DIR = "warc"
#: File names read from a folder.
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: HTTP headers that describe the stored bytes, not the decoded payload a response gets.
_TRANSPORT_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})

UTC = dt.timezone.utc


# -- reading ---------------------------------------------------------------------------

def archive_files(path: str) -> list[Path]:
    """The archive files a ``-a path=`` names: a file, every archive in a folder (and its
    subfolders), or a glob; sorted, files still being written left out."""
    target = Path(path)
    if target.is_file():
        return [target]
    if target.is_dir():
        candidates = target.rglob("*")
    else:
        candidates = (Path(p) for p in globbing.glob(path, recursive=True))
    return sorted(p for p in candidates if p.is_file() and p.name.endswith(ARCHIVE_SUFFIXES))


def response_from_record(record: HttpResponse, request) -> HtmlResponse:
    """The Scrapy response an archived record stands for (payload already decoded)."""
    headers = [(k, v) for k, v in record.headers if k.lower() not in _TRANSPORT_HEADERS]
    return HtmlResponse(url=record.url, status=record.status, headers=headers,
                        body=record.body, request=request)


class ArchivedResponses:
    """Downloader middleware: requests carrying an archived record are answered from it."""

    def process_request(self, request, spider=None):
        """The record's response for an archive request; None (download) otherwise."""
        record = request.meta.pop("newscrawl_record", None)
        if record is None:
            return None
        request.meta["newscrawl_archived"] = True
        request.meta["newscrawl_warc"] = (record.file, record.offset)
        return response_from_record(record, request)


class HttpStream:
    """A binary file object reading a URL forwards; a broken connection is resumed where
    it broke with a Range request (``retries`` times, back-off doubling from ``backoff``)."""

    def __init__(self, url: str, *, user_agent: str, timeout: float = 60.0,
                 retries: int = 5, backoff: float = 1.0):
        self.url = url
        self.user_agent = user_agent
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.position = 0
        self.size: int | None = None
        self._response: http.client.HTTPResponse | None = None

    def _connect(self) -> http.client.HTTPResponse:
        headers = {"User-Agent": self.user_agent}
        if self.position:
            headers["Range"] = f"bytes={self.position}-"
        response = urllib.request.urlopen(urllib.request.Request(self.url, headers=headers),
                                          timeout=self.timeout)
        if self.position and response.status != 206:
            response.close()
            raise OSError(f"{self.url}: the server ignored the Range request")
        length = response.headers.get("Content-Length")
        if self.size is None and length and length.isdigit():
            self.size = self.position + int(length)
        self._response = response
        return response

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (b'' at the end)."""
        for attempt in range(self.retries + 1):
            try:
                response = self._response or self._connect()
                data = response.read(size)
                if not data and self.size is not None and self.position < self.size:
                    raise OSError("connection closed before the end of the file")
                self.position += len(data)
                return data
            except (OSError, http.client.HTTPException) as exc:
                if isinstance(exc, urllib.error.HTTPError) and exc.code < 500 \
                        and exc.code not in (408, 429):
                    raise
                self.close()
                if attempt == self.retries:
                    raise
                wait = self.backoff * 2 ** attempt
                logger.warning("%s: %s at byte %d; resuming in %.0f s", self.url, exc,
                               self.position, wait)
                time.sleep(wait)
        return b""

    def close(self) -> None:
        """Close the connection (reading again reconnects)."""
        if self._response is not None:
            self._response.close()
            self._response = None


def fetch_bytes(url: str, *, user_agent: str, retries: int = 5, backoff: float = 1.0) -> bytes:
    """A whole (small) file over HTTP(S), with the retries of :class:`HttpStream`."""
    stream = HttpStream(url, user_agent=user_agent, retries=retries, backoff=backoff)
    try:
        parts = []
        while chunk := stream.read(1 << 20):
            parts.append(chunk)
        return b"".join(parts)
    finally:
        stream.close()


def max_record_bytes(settings) -> int:
    """Largest record read (NEWSCRAWL_WARC_MAX_RECORD_BYTES)."""
    return settings.getint("NEWSCRAWL_WARC_MAX_RECORD_BYTES")


# -- writing ---------------------------------------------------------------------------

class WarcRecorder:
    """Downloader middleware: with NEWSCRAWL_WARC on, every downloaded response (and its
    request) is written to ``<NEWSCRAWL_OUTPUT>/warc/`` before the callback sees it."""

    def __init__(self, crawler, directory: Path, max_file_bytes: int):
        self.crawler = crawler
        recovered = recover_open_files(directory)
        if recovered:
            logger.warning("published %d WARC files of killed runs", len(recovered))
        self.writer = WarcFileWriter(directory, max_file_bytes=max_file_bytes)

    @classmethod
    def from_crawler(cls, crawler):
        """Enabled by NEWSCRAWL_WARC (and an output directory)."""
        settings = crawler.settings
        output = settings.get("NEWSCRAWL_OUTPUT")
        if not settings.getbool("NEWSCRAWL_WARC") or not output:
            raise NotConfigured
        recorder = cls(crawler, Path(output) / WARC_DIR,
                       settings.getint("NEWSCRAWL_WARC_FILE_BYTES"))
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def process_response(self, request, response, spider=None):
        """Write the exchange; note the record's place in the request's meta."""
        if request.meta.get("newscrawl_archived"):
            return response  # read from an archive: it is in one already
        # A redirect's request carries the record of the 3xx answer: not this response's.
        request.meta.pop("newscrawl_warc", None)
        try:
            status_line = f"HTTP/1.1 {response.status} {_reason(response.status)}"
            response_bytes = http_message(status_line, _header_pairs(response.headers),
                                          response.body)
            request_bytes = http_message(f"{request.method} {_target(request.url)} HTTP/1.1",
                                         _header_pairs(request.headers), request.body or b"")
            fetched_at = dt.datetime.now(UTC)
            ref = self.writer.write_exchange(response.url, fetched_at,
                                             request_bytes, response_bytes, response.body)
        except Exception:  # noqa: BLE001 - archiving must never lose the page itself
            logger.exception("could not write %s to the WARC file", response.url)
            self.crawler.stats.inc_value(stats.WARC_WRITE_ERRORS)
            return response
        request.meta["newscrawl_warc"] = ref
        # The row's fetched_at is the record's WARC-Date: re-extraction reproduces it.
        request.meta["newscrawl_fetched_at"] = fetched_at
        self.crawler.stats.inc_value(stats.WARC_RECORDS)
        return response

    def spider_closed(self, spider=None):
        """Publish the open WARC file."""
        self.writer.close()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _header_pairs(headers) -> list[tuple[str, str]]:
    pairs = []
    for name, values in headers.items():
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs


def _target(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def file_size(path: Path) -> int | None:
    """Size of a local file (None when it cannot be read)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return None
