"""WARC files (and old ARC files): reading their records robustly, writing new ones.

Reading. :func:`read_records` walks a WARC or ARC stream (plain or gzip, a local file
or a response being downloaded: it only reads forwards and holds one record at a time)
and yields, for every record, one of

* :class:`HttpResponse`: an HTTP response record, with its status, headers and the
  payload decoded (chunked transfer and gzip / deflate / brotli content encodings undone);
* :class:`Skipped`: a record that is not a page (warcinfo, request, metadata, revisit,
  a non-HTTP resource), with the kind;
* :class:`Broken`: a record that cannot be read, with the reason: a gzip member that is
  corrupt or cut short, a record header that is not one, a Content-Length that does not
  match the record, an HTTP message that does not parse, a payload that does not decode,
  a record larger than the limit.

After a broken record the reader searches forward for the next record (the next gzip
member that holds a record, or the next ``WARC/1.`` header line) and goes on, so one bad
record costs that record only. Offsets are those of the record in the file (for a gzip
file: of its gzip member, the offset Common Crawl's indexes give), and ``file`` plus
``offset`` address each record. Framing (where a record starts and ends) is done here;
the record itself (WARC header, HTTP message, payload decoding, digests) is parsed and
written by FastWARC. A gzip member holding more than ``max_bytes`` of records (a file
compressed as a whole rather than record by record, past that size) is reported broken.

Writing. :class:`WarcFileWriter` appends request and response records (WARC/1.1, each
record its own gzip member, block and payload SHA-1 digests) to
``<dir>/<name>.warc.gz.open`` and renames the file to ``.warc.gz`` when it reaches its
size limit or is closed. Each record goes to the operating system in one unbuffered
``write`` before :meth:`WarcFileWriter.write_exchange` returns, and the writer holds an
``flock`` on the open file; :func:`recover_open_files` finishes the files of a writer
that died (even by ``kill -9``): a torn last record is cut off and the file renamed, so
readers (who read only ``*.warc.gz``) never see a file being written.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import base64
import io
import os
import re
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.defaults import NEWSCRAWL_WARC_MAX_RECORD_BYTES
from newscrawl.storage.dataset import fsync_path

UTC = dt.timezone.utc

GZIP_MAGIC = b"\x1f\x8b\x08"
#: Suffix of a WARC file being written (no reader's ``*.warc.gz`` glob matches it).
OPEN_SUFFIX = ".open"
#: Default largest record (decompressed) that is read; bigger ones are Broken.
MAX_RECORD_BYTES = NEWSCRAWL_WARC_MAX_RECORD_BYTES
#: Longest WARC / ARC record header accepted.
MAX_HEADER_BYTES = 64 * 1024
_READ_SIZE = 1 << 20
_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)
_RECORD_START = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")
#: WARC-Type values of records that hold no page.
_SKIP_TYPES = ("warcinfo", "request", "metadata", "revisit", "conversion", "continuation")


def fastwarc():
    """The FastWARC module (``pip install 'newscrawl[warc]'``), imported when first needed
    so that the spiders load without it."""
    try:
        import fastwarc.warc
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("reading and writing WARC files needs FastWARC: "
                          "pip install 'newscrawl[warc]'") from exc
    return fastwarc.warc


@dataclass(slots=True)
class HttpResponse:
    """An HTTP response record, its payload decoded."""

    file: str
    offset: int
    url: str
    date: dt.datetime | None
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    record_id: str | None = None

    def header(self, name: str) -> str | None:
        """The first HTTP header of that name (any case), or None."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@dataclass(slots=True)
class Skipped:
    """A record that holds no page: ``kind`` says what it is."""

    file: str
    offset: int
    kind: str
    url: str | None = None


@dataclass(slots=True)
class Broken:
    """A record that could not be read, and why (``reason`` is a short word, ``message``
    the details)."""

    file: str
    offset: int
    reason: str
    message: str
    url: str | None = None


class _Window:
    """A forward-only view of a byte stream with absolute offsets."""

    def __init__(self, stream, start: int = 0):
        self.stream = stream
        self.buf = bytearray()
        self.base = start          # absolute offset of buf[0]
        self.eof = False

    def fill(self, end: int) -> bool:
        """Read until absolute offset ``end`` is buffered (False: the stream ended first)."""
        while self.base + len(self.buf) < end and not self.eof:
            chunk = self.stream.read(_READ_SIZE)
            if not chunk:
                self.eof = True
                break
            self.buf += chunk
        return self.base + len(self.buf) >= end

    def get(self, start: int, end: int) -> bytes:
        self.fill(end)
        return bytes(self.buf[start - self.base:end - self.base])

    def drop_before(self, offset: int) -> None:
        """Forget the bytes before absolute ``offset``."""
        cut = offset - self.base
        if cut > 0:
            del self.buf[:cut]
            self.base = offset

    def find(self, pattern: bytes, start: int) -> int:
        """Absolute offset of the next ``pattern`` at or after ``start`` (-1: none)."""
        while True:
            at = self.buf.find(pattern, max(0, start - self.base))
            if at >= 0:
                return self.base + at
            if self.eof:
                return -1
            keep = self.base + max(0, len(self.buf) - len(pattern))
            self.drop_before(max(keep, start) if keep > start else start)
            if not self.fill(self.base + len(self.buf) + 1):
                at = self.buf.find(pattern, max(0, start - self.base))
                return self.base + at if at >= 0 else -1

    def at_end(self, offset: int) -> bool:
        return not self.fill(offset + 1)


class _MemberError(Exception):
    """A gzip member that cannot be decompressed (``reason`` is its kind)."""

    def __init__(self, reason: str, message: str, end: int | None = None):
        super().__init__(message)
        self.reason = reason
        self.end = end


def _inflate_member(window: _Window, start: int, max_bytes: int) -> tuple[bytes, int]:
    """(decompressed bytes, absolute end) of the gzip member at ``start``."""
    inflater = zlib.decompressobj(31)
    pos = start
    parts: list[bytes] = []
    size, too_big = 0, False
    while not inflater.eof:
        if not window.fill(pos + 1):
            raise _MemberError("truncated", "the gzip member is cut short (end of file)")
        with memoryview(window.buf) as view:
            chunk = view[pos - window.base:]
            try:
                data = inflater.decompress(chunk)
            except zlib.error as exc:
                raise _MemberError("gzip", f"corrupt gzip member: {exc}") from None
            finally:
                chunk.release()
        pos += len(window.buf) - (pos - window.base) - len(inflater.unused_data)
        size += len(data)
        if size > max_bytes:
            too_big = True
            parts.clear()
        elif not too_big:
            parts.append(data)
    if too_big:
        raise _MemberError("too_large", f"record larger than {max_bytes} bytes", end=pos)
    return b"".join(parts), pos


def _frame(data: bytes, pos: int) -> tuple[str, int, int]:
    """(format, header end, record end) of the record starting at ``data[pos]``: raise
    ValueError with the reason when it is not a record or its length is wrong."""
    if data.startswith(b"WARC/", pos):
        head_end = data.find(b"\r\n\r\n", pos, pos + MAX_HEADER_BYTES)
        if head_end < 0:
            raise ValueError("header: no end of the WARC header")
        found = _CONTENT_LENGTH.search(data, pos, head_end)
        if not found:
            raise ValueError("header: no Content-Length")
        block_end = head_end + 4 + int(found.group(1))
        if data[block_end:block_end + 4] != b"\r\n\r\n":
            raise ValueError("length: Content-Length does not match the record")
        return "warc", head_end + 4, block_end + 4
    line_end = data.find(b"\n", pos, pos + MAX_HEADER_BYTES)
    fields = data[pos:line_end].split() if line_end > 0 else []
    if len(fields) == 5 and fields[4].isdigit() and b"://" in fields[0]:
        end = line_end + 1 + int(fields[4])
        if len(data) < end:
            raise ValueError("length: the ARC record is cut short")
        return "arc", line_end + 1, end + (1 if data[end:end + 1] == b"\n" else 0)
    raise ValueError("header: not a WARC or ARC record header")


def _parse(record: bytes, fmt: str, head_end: int, name: str, offset: int):
    """An HttpResponse / Skipped / Broken from one framed record's bytes."""
    if fmt == "arc":
        fields = record[:head_end].split()
        url = fields[0].decode("utf-8", "replace")
        if url.startswith("filedesc:"):
            return Skipped(name, offset, "arcinfo", url)
        date = _arc_date(fields[2])
        record = warc_bytes(url, date, record[head_end:head_end + int(fields[4])])
    warc = fastwarc()
    try:
        parsed = next(iter(warc.ArchiveIterator(io.BytesIO(record), parse_http=False)), None)
    except Exception as exc:  # noqa: BLE001 - FastWARC raises OSError / ValueError
        return Broken(name, offset, "header", str(exc) or type(exc).__name__)
    if parsed is None:
        return Broken(name, offset, "header", "not a WARC record")
    url = parsed.headers.get("WARC-Target-URI")
    kind = str(parsed.record_type)
    if kind in _SKIP_TYPES:
        return Skipped(name, offset, kind, url)
    if kind not in ("response", "resource") \
            or not (parsed.headers.get("Content-Type") or "").startswith("application/http"):
        return Skipped(name, offset, "not_http", url)
    try:
        parsed.parse_http(auto_decode="all")
        body = parsed.reader.read()
    except Exception as exc:  # noqa: BLE001
        reason = "encoding" if parsed.is_http_parsed else "http"
        return Broken(name, offset, reason, str(exc) or type(exc).__name__, url)
    status = parsed.http_headers.status_code
    if status is None:
        return Broken(name, offset, "http", "no HTTP status line", url)
    try:
        date = parsed.record_date
    except Exception:  # noqa: BLE001 - no or bad WARC-Date
        date = None
    return HttpResponse(name, offset, url or "", date, status,
                        list(parsed.http_headers.to_tuples()), body, parsed.record_id)


def _arc_date(stamp: bytes) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(stamp.decode()[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _records_of(data: bytes, name: str, offset: int, fixed_offset: bool):
    """Every record of an in-memory block (a gzip member's content); offsets are the
    member's when ``fixed_offset``, else ``offset`` + the record's position."""
    pos = 0
    while pos < len(data):
        if not data[pos:].strip():
            return
        at = offset if fixed_offset else offset + pos
        try:
            fmt, head_end, end = _frame(data, pos)
        except ValueError as exc:
            reason, _, message = str(exc).partition(": ")
            yield Broken(name, at, reason, message)
            return
        yield _parse(data[pos:end], fmt, head_end - pos, name, at)
        pos = end


def read_records(stream, name: str, *, start: int = 0, max_bytes: int = MAX_RECORD_BYTES):
    """Yield an HttpResponse, Skipped or Broken for every record of a WARC / ARC stream.

    ``stream`` is any binary file object read forwards only, positioned at ``start`` (the
    absolute offset of its first byte); ``name`` is the file's name in the results.
    """
    window = _Window(stream, start)
    if not window.fill(start + 2):
        return
    if window.get(start, start + 2) == GZIP_MAGIC[:2]:
        yield from _read_gzip(window, name, start, max_bytes)
    else:
        yield from _read_plain(window, name, start, max_bytes)


def _read_gzip(window: _Window, name: str, pos: int, max_bytes: int):
    broken_at = None  # offset of the broken region being skipped (one Broken per region)
    while not window.at_end(pos):
        try:
            data, end = _inflate_member(window, pos, max_bytes)
        except _MemberError as exc:
            if exc.end is not None:  # a complete member that is too large: skip it
                yield Broken(name, pos, exc.reason, str(exc))
                broken_at, pos = None, exc.end
                window.drop_before(pos)
                continue
            if broken_at is None:
                yield Broken(name, pos, exc.reason, str(exc))
                broken_at = pos
            nxt = window.find(GZIP_MAGIC, pos + 1)
            if nxt < 0:
                return
            pos = nxt
            window.drop_before(pos)
            continue
        window.drop_before(end)
        if broken_at is not None:
            # A candidate after a broken region must hold a record: a gzip header inside
            # the compressed data of the broken member is not a member of its own.
            try:
                _frame(data, 0)
            except ValueError:
                pos = window.find(GZIP_MAGIC, pos + 1)
                if pos < 0:
                    return
                continue
        broken_at = None
        yield from _records_of(data, name, pos, fixed_offset=True)
        pos = end


def _read_plain(window: _Window, name: str, pos: int, max_bytes: int):
    while True:
        # Skip blank bytes between records.
        while window.fill(pos + 1) and window.buf[pos - window.base:pos - window.base + 1] in (
                b"\r", b"\n", b" ", b"\t"):
            pos += 1
            window.drop_before(pos)
        if window.at_end(pos):
            return
        window.fill(pos + MAX_HEADER_BYTES)
        head = window.get(pos, pos + MAX_HEADER_BYTES)
        length = _declared_length(head)
        if length is not None and length > max_bytes:
            yield Broken(name, pos, "too_large", f"record larger than {max_bytes} bytes")
            pos = _skip(window, pos, head, length)
            continue
        want = pos + len(head) + (length or 0) + 8
        window.fill(want)
        data = window.get(pos, want)
        try:
            fmt, head_end, end = _frame(data, 0)
        except ValueError as exc:
            reason, _, message = str(exc).partition(": ")
            yield Broken(name, pos, reason, message)
            nxt = _next_plain_start(window, pos + 1)
            if nxt < 0:
                return
            pos = nxt
            window.drop_before(pos)
            continue
        yield _parse(data[:end], fmt, head_end, name, pos)
        pos += end
        window.drop_before(pos)


def _declared_length(head: bytes) -> int | None:
    if head.startswith(b"WARC/"):
        head_end = head.find(b"\r\n\r\n")
        found = _CONTENT_LENGTH.search(head, 0, head_end if head_end > 0 else len(head))
        return int(found.group(1)) if found else None
    fields = head.split(b"\n", 1)[0].split()
    return int(fields[4]) if len(fields) == 5 and fields[4].isdigit() else None


def _skip(window: _Window, pos: int, head: bytes, length: int) -> int:
    """Offset after a too-large record, read past without keeping it."""
    head_end = head.find(b"\r\n\r\n")
    end = pos + (head_end + 4 if head_end >= 0 else head.find(b"\n") + 1) + length
    while window.base + len(window.buf) < end and not window.eof:
        window.drop_before(window.base + len(window.buf))
        window.fill(window.base + _READ_SIZE)
    window.drop_before(min(end, window.base + len(window.buf)))
    return end


def _next_plain_start(window: _Window, start: int) -> int:
    """Offset of the next ``WARC/1.x`` header line at or after ``start`` (-1: none)."""
    while True:
        at = window.find(b"WARC/1.", start)
        if at < 0:
            return -1
        before = window.get(at - 1, at) if at > window.base else b"\n"
        line = window.get(at, at + 10)
        if before == b"\n" and _RECORD_START.match(b"\n" + line):
            return at
        start = at + 1


# -- writing ------------------------------------------------------------------------

def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_bytes(url: str, date: dt.datetime | None, http: bytes, *,
               warc_type: str = "response", concurrent_to: str | None = None,
               payload: bytes | None = None) -> bytes:
    """One uncompressed WARC/1.1 record of an HTTP message (``http``: status or request
    line, headers, blank line, body), with block and (given ``payload``) payload digests."""
    warc = fastwarc()
    record = warc.WarcRecord()
    kind = warc.WarcRecordType.response if warc_type == "response" \
        else warc.WarcRecordType.request
    record.init_headers(record_type=kind)
    record.headers["WARC-Target-URI"] = url
    stamp = (date or dt.datetime.now(UTC)).astimezone(UTC)
    record.headers["WARC-Date"] = stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    record.headers["Content-Type"] = f"application/http; msgtype={warc_type}"
    if concurrent_to:
        record.headers["WARC-Concurrent-To"] = concurrent_to
    if payload is not None:
        record.headers["WARC-Payload-Digest"] = _digest(payload)
    record.set_bytes_content(http)
    out = io.BytesIO()
    record.write(out, checksum_data=True)
    return out.getvalue()


def http_message(first_line: str, headers, body: bytes) -> bytes:
    """An HTTP/1.1 message as it goes into a WARC block. The body is stored as received
    (content encoding kept); Transfer-Encoding is dropped (the body is no longer chunked)
    and Content-Length states the stored length."""
    lines = [first_line]
    for name, value in headers:
        if name.lower() in ("transfer-encoding", "content-length"):
            continue
        lines.append(f"{name}: {value}")
    if body or not first_line.startswith(("GET", "HEAD")):
        lines.append(f"Content-Length: {len(body)}")
    head = "\r\n".join(lines).encode("utf-8", "surrogateescape") + b"\r\n\r\n"
    return head + body


@dataclass
class WarcFileWriter:
    """Appends request / response records to rotated ``.warc.gz`` files under ``directory``."""

    directory: Path
    prefix: str = "newscrawl"
    max_file_bytes: int = 1 << 30
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    files_published: list[Path] = field(default_factory=list)

    def __post_init__(self):
        self.directory = Path(self.directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._handle = None
        self._path: Path | None = None
        self._count = 0

    @property
    def current_name(self) -> str | None:
        """Name the open file will have once published (rows refer to it by this name)."""
        return self._path.name.removesuffix(OPEN_SUFFIX) if self._path else None

    def _open(self) -> None:
        self._count += 1
        stamp = dt.datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{self.prefix}-{stamp}-{self.run_id}-{self._count:05d}.warc.gz{OPEN_SUFFIX}"
        self._path = self.directory / name
        self._handle = open(self._path, "xb", buffering=0)  # noqa: SIM115 - closed in _publish
        fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def write_exchange(self, url: str, date: dt.datetime, request: bytes,
                       response: bytes, payload: bytes) -> tuple[str, int]:
        """Write a request and a response record; (file name, offset of the response)."""
        if self._handle is None:
            self._open()
        response_record = warc_bytes(url, date, response, payload=payload)
        response_id = _record_id(response_record)
        request_record = warc_bytes(url, date, request, warc_type="request",
                                    concurrent_to=response_id)
        offset = self._handle.seek(0, os.SEEK_END)
        packed_response = gzip_member(response_record)
        # One write: a kill can tear only the last record, never interleave two.
        self._handle.write(packed_response + gzip_member(request_record))
        name = self.current_name
        assert name is not None
        if self._handle.tell() >= self.max_file_bytes:
            self._publish()
        return name, offset

    def _publish(self) -> None:
        if self._handle is None or self._path is None:
            return
        os.fsync(self._handle.fileno())
        final = self._path.with_name(self._path.name.removesuffix(OPEN_SUFFIX))
        os.replace(self._path, final)
        fsync_path(self.directory)
        self._handle.close()  # releases the lock after the rename
        self._handle, self._path = None, None
        self.files_published.append(final)

    def close(self) -> None:
        """Publish the open file."""
        self._publish()


def _record_id(record: bytes) -> str | None:
    found = re.search(rb"^WARC-Record-ID:[ \t]*(\S+)", record, re.M | re.I)
    return found.group(1).decode() if found else None


def gzip_member(data: bytes) -> bytes:
    """``data`` as one gzip member."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


def recover_open_files(directory: str | os.PathLike) -> list[Path]:
    """Publish the ``.warc.gz.open`` files of writers that died: keep every complete
    record, cut a torn last one, rename. Files whose writer lives (locked) stay."""
    published: list[Path] = []
    directory = Path(directory)
    if not directory.is_dir():
        return published
    for path in sorted(directory.glob(f"*.warc.gz{OPEN_SUFFIX}")):
        with open(path, "r+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # its writer is alive
            good = complete_prefix(handle)
            handle.truncate(good)
            os.fsync(handle.fileno())
            final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
            os.replace(path, final)
            published.append(final)
    if published:
        fsync_path(directory)
    return published


def complete_prefix(handle) -> int:
    """Length of the longest run of complete gzip members at the start of a file."""
    handle.seek(0)
    window = _Window(handle)
    pos = 0
    while not window.at_end(pos):
        try:
            _data, end = _inflate_member(window, pos, 1 << 62)
        except _MemberError:
            break
        pos = end
        window.drop_before(pos)
    return pos


__all__ = ["Broken", "HttpResponse", "Skipped", "WarcFileWriter", "complete_prefix",
           "gzip_member", "http_message", "read_records", "recover_open_files", "warc_bytes"]
