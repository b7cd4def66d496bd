"""Reading and writing WARC / ARC records (newscrawl.storage.warc): every record of a good
file with an offset that addresses it; hostile files where each bad record is one Broken
(reason, offset) and every other record is still read; the writer's files and the
recovery of a killed writer's file."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zlib

import pytest

pytest.importorskip("fastwarc")

from newscrawl.storage.warc import (  # noqa: E402
    Broken,
    HttpResponse,
    Skipped,
    WarcFileWriter,
    complete_prefix,
    gzip_member,
    http_message,
    read_records,
    recover_open_files,
    warc_bytes,
)
from tests.archive_helpers import FIRST_DATE, Page, members, response_record, write_warc  # noqa: E402

UTC = dt.timezone.utc


def page(number: int, size: int = 3000) -> Page:
    words = " ".join(f"word{number}x{i}" for i in range(size // 10))
    body = (f"<!doctype html><html lang='en'><head><title>Story {number}</title></head>"
            f"<body><article><h1>Story {number}</h1><p>{words}</p></article></body></html>")
    return Page(f"https://news.example/story/{number}", "text/html; charset=utf-8", body.encode())


PAGES = [page(n) for n in range(6)]


def read_all(data: bytes, name: str = "test.warc.gz", **options):
    return list(read_records(io.BytesIO(data), name, **options))


def urls(results) -> list[str]:
    return [r.url for r in results if isinstance(r, HttpResponse)]


def broken(results) -> list[Broken]:
    return [r for r in results if isinstance(r, Broken)]


def good_file(compress=True) -> tuple[bytes, list[bytes]]:
    records = [response_record(p, FIRST_DATE + dt.timedelta(hours=i)) for i, p in enumerate(PAGES)]
    parts = [gzip_member(r) if compress else r for r in records]
    return b"".join(parts), parts


@pytest.mark.parametrize("compress", [True, False])
def test_every_record_is_read_with_an_offset_that_addresses_it(tmp_path, compress):
    path = tmp_path / ("a.warc.gz" if compress else "a.warc")
    offsets = write_warc(path, PAGES, compress=compress)
    results = list(read_records(open(path, "rb"), path.name))
    assert [r.url for r in results] == [p.url for p in PAGES]
    for record, original in zip(results, PAGES):
        assert isinstance(record, HttpResponse)
        assert record.status == 200 and record.body == original.body
        assert record.offset == offsets[original.url] and record.file == path.name
        assert record.header("content-type") == original.content_type
        # Seeking to the offset gives the same record first.
        with open(path, "rb") as handle:
            handle.seek(record.offset)
            again = next(read_records(handle, path.name, start=record.offset))
        assert again.url == record.url and again.offset == record.offset
    assert [r.date for r in results] == [FIRST_DATE + dt.timedelta(hours=i) for i in range(6)]


def test_a_truncated_gzip_member_costs_that_record_only():
    _, parts = good_file()
    data = b"".join(parts[:2] + [parts[2][:len(parts[2]) // 2]] + parts[3:])
    results = read_all(data)
    assert urls(results) == [p.url for i, p in enumerate(PAGES) if i != 2]
    (bad,) = broken(results)
    assert bad.reason == "gzip" and bad.offset == len(parts[0]) + len(parts[1])


def test_a_gzip_member_cut_at_the_end_of_the_file():
    _, parts = good_file()
    data = b"".join(parts[:-1]) + parts[-1][:40]
    results = read_all(data)
    assert urls(results) == [p.url for p in PAGES[:-1]]
    (bad,) = broken(results)
    assert bad.reason in ("truncated", "gzip") and bad.offset == len(b"".join(parts[:-1]))


@pytest.mark.parametrize("compress", [True, False])
def test_a_corrupted_record_header(compress):
    _, parts = good_file(compress)
    raw = gzip.decompress(parts[2]) if compress else parts[2]
    bad_record = raw.replace(b"WARC/1.1", b"WXRC/1.1", 1)
    parts[2] = gzip_member(bad_record) if compress else bad_record
    results = read_all(b"".join(parts))
    assert urls(results) == [p.url for i, p in enumerate(PAGES) if i != 2]
    (bad,) = broken(results)
    assert bad.reason == "header" and bad.offset == len(parts[0]) + len(parts[1])


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("delta", [+700, -700, +5])
def test_a_wrong_content_length(compress, delta):
    _, parts = good_file(compress)
    raw = gzip.decompress(parts[3]) if compress else parts[3]
    wrong = re.sub(rb"Content-Length: (\d+)",
                   lambda m: b"Content-Length: " + str(int(m.group(1)) + delta).encode(), raw, count=1)
    parts[3] = gzip_member(wrong) if compress else wrong
    results = read_all(b"".join(parts))
    assert urls(results) == [p.url for i, p in enumerate(PAGES) if i != 3]
    (bad,) = broken(results)
    assert bad.reason == "length" and bad.offset == sum(len(p) for p in parts[:3])


def test_revisit_request_warcinfo_metadata_and_non_http_records_are_skipped_by_kind():
    def record(kind, extra=b"", block=b"payload"):
        head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}>\r\n"
                f"WARC-Date: 2024-03-01T00:00:00Z\r\nWARC-Target-URI: https://news.example/x\r\n"
                ).encode() + extra + f"Content-Length: {len(block)}\r\n\r\n".encode()
        return gzip_member(head + block + b"\r\n\r\n")
    data = b"".join([
        record("warcinfo", b"Content-Type: application/warc-fields\r\n", b"software: test\r\n"),
        record("request", b"Content-Type: application/http; msgtype=request\r\n",
               b"GET /x HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        record("revisit", b"WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"
               b"Content-Type: application/http; msgtype=response\r\n",
               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"),
        record("metadata", b"Content-Type: application/warc-fields\r\n", b"via: x\r\n"),
        record("resource", b"Content-Type: text/dns\r\n", b"news.example. 300 IN A 1.2.3.4\r\n"),
        gzip_member(response_record(PAGES[0], FIRST_DATE)),
    ])
    results = read_all(data)
    assert [r.kind for r in results if isinstance(r, Skipped)] == [
        "warcinfo", "request", "revisit", "metadata", "not_http"]
    assert urls(results) == [PAGES[0].url] and not broken(results)


def test_chunked_and_gzip_encoded_payloads_are_decoded():
    body = PAGES[1].body
    packed = gzip.compress(body)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 500]), packed[i:i + 500])
                       for i in range(0, len(packed), 500)) + b"0\r\n\r\n"
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Encoding: gzip\r\n\r\n" + chunked)
    deflated = zlib.compress(body)
    http2 = http_message("HTTP/1.1 200 OK", [("Content-Type", "text/html"),
                                             ("Content-Encoding", "deflate")], deflated)
    data = gzip_member(warc_bytes(PAGES[1].url, FIRST_DATE, http)) + \
        gzip_member(warc_bytes(PAGES[2].url, FIRST_DATE, http2))
    results = read_all(data)
    assert [r.body for r in results] == [body, body]


def test_a_payload_that_does_not_decode_is_broken_and_the_next_read():
    http = http_message("HTTP/1.1 200 OK", [("Content-Type", "text/html"),
                                            ("Content-Encoding", "gzip")], b"not gzip at all" * 20)
    data = gzip_member(warc_bytes(PAGES[1].url, FIRST_DATE, http)) + \
        gzip_member(response_record(PAGES[2], FIRST_DATE))
    results = read_all(data)
    (bad,) = broken(results)
    assert bad.reason == "encoding" and bad.url == PAGES[1].url and bad.offset == 0
    assert urls(results) == [PAGES[2].url]


@pytest.mark.parametrize("compress", [True, False])
def test_a_huge_record_is_broken_and_the_next_one_read(compress):
    huge = Page("https://news.example/huge", "text/html", b"<p>" + b"x" * 300_000 + b"</p>")
    records = [response_record(p, FIRST_DATE) for p in (PAGES[0], huge, PAGES[1])]
    parts = [gzip_member(r) if compress else r for r in records]
    results = read_all(b"".join(parts), max_bytes=100_000)
    assert urls(results) == [PAGES[0].url, PAGES[1].url]
    (bad,) = broken(results)
    assert bad.reason == "too_large" and bad.offset == len(parts[0])


def test_binary_payloads_are_read_as_they_are():
    png = Page("https://news.example/a.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    results = read_all(gzip_member(response_record(png, FIRST_DATE)))
    assert results[0].body == png.body and results[0].header("Content-Type") == "image/png"


def test_arc_files_are_read():
    def arc_record(url, body, stamp="20080301120000"):
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        return f"{url} 10.0.0.1 {stamp} text/html {len(http)}\n".encode() + http + b"\n"
    version = b"1 0 newscrawl\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://test.arc 0.0.0.0 20080301120000 text/plain %d\n" % len(version) \
        + version + b"\n"
    records = [head, arc_record(PAGES[0].url, PAGES[0].body), arc_record(PAGES[1].url, PAGES[1].body)]
    for data in (b"".join(records), b"".join(gzip_member(r) for r in records)):
        results = read_all(data, "test.arc.gz")
        assert isinstance(results[0], Skipped) and results[0].kind == "arcinfo"
        assert urls(results) == [PAGES[0].url, PAGES[1].url]
        assert results[1].body == PAGES[0].body
        assert results[1].date == dt.datetime(2008, 3, 1, 12, tzinfo=UTC)


def test_the_writer_rotates_publishes_and_records_are_where_it_says(tmp_path):
    writer = WarcFileWriter(tmp_path, max_file_bytes=1500)
    refs = []
    for p in PAGES:
        response = http_message("HTTP/1.1 200 OK", [("Content-Type", p.content_type)], p.body)
        request = http_message("GET /x HTTP/1.1", [("Host", "news.example")], b"")
        refs.append(writer.write_exchange(p.url, FIRST_DATE, request, response, p.body))
    writer.close()
    assert not list(tmp_path.glob("*.open"))
    files = sorted(tmp_path.glob("*.warc.gz"))
    assert len(files) >= 2 and {name for name, _ in refs} == {f.name for f in files}
    for (name, offset), p in zip(refs, PAGES):
        with open(tmp_path / name, "rb") as handle:
            handle.seek(offset)
            record = next(read_records(handle, name, start=offset))
        assert record.url == p.url and record.body == p.body
        raw = zlib.decompressobj(31).decompress((tmp_path / name).read_bytes()[offset:])
        digest = re.search(rb"WARC-Payload-Digest: (\S+)", raw).group(1)
        import base64
        import hashlib
        assert digest == b"sha1:" + base64.b32encode(hashlib.sha1(p.body).digest())
        assert b"WARC-Block-Digest: sha1:" in raw and raw.startswith(b"WARC/1.1\r\n")
    # Request records sit beside the responses (skipped by the reader, counted by kind).
    kinds = [r.kind for f in files for r in read_records(open(f, "rb"), f.name)
             if isinstance(r, Skipped)]
    assert kinds == ["request"] * len(PAGES)


def test_a_dead_writers_file_is_cut_to_its_complete_records_and_published(tmp_path):
    data, parts = good_file()
    torn = tmp_path / "newscrawl-x-00001.warc.gz.open"
    torn.write_bytes(data + parts[0][:30])
    with open(torn, "rb") as handle:
        assert complete_prefix(handle) == len(data)
    published = recover_open_files(tmp_path)
    assert [p.name for p in published] == ["newscrawl-x-00001.warc.gz"]
    assert published[0].read_bytes() == data
    assert [m for m in members(published[0].read_bytes())] == parts


def test_a_live_writers_file_is_left_alone(tmp_path):
    writer = WarcFileWriter(tmp_path)
    p = PAGES[0]
    writer.write_exchange(p.url, FIRST_DATE, b"GET / HTTP/1.1\r\n\r\n",
                          http_message("HTTP/1.1 200 OK", [], p.body), p.body)
    assert recover_open_files(tmp_path) == []
    assert len(list(tmp_path.glob("*.open"))) == 1
    writer.close()
    assert len(list(tmp_path.glob("*.warc.gz"))) == 1
