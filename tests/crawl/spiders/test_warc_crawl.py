"""``scrapy crawl warc``: archived pages go through the same extraction, decision and
dataset as a live crawl; rows point at their record; a second read adds nothing; bad
records are failures with file and offset while the rest is read; the filters."""

from __future__ import annotations

import datetime as dt
import gzip
import re
from pathlib import Path

import pyarrow.dataset as ds
import pytest

pytest.importorskip("fastwarc")

from newscrawl.storage.dataset import read_articles, read_failures  # noqa: E402
from newscrawl.storage.warc import HttpResponse, gzip_member, read_records, warc_bytes  # noqa: E402
from newscrawl.testsite import TestSite  # noqa: E402
from tests.archive_helpers import (  # noqa: E402
    FIRST_DATE, Page, fetch_pages, members, response_record, run_warc, write_warc)

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpora" / "zyte"
UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def demo_pages():
    with TestSite() as site:
        return fetch_pages(site.articles), fetch_pages(site.non_articles), site.base_url


def record_at(folder: Path, name: str, offset: int):
    with open(folder / name, "rb") as handle:
        handle.seek(offset)
        return next(read_records(handle, name, start=offset))


def test_demo_pages_from_a_warc_become_the_rows_of_a_crawl_and_a_second_read_adds_none(
        tmp_path, demo_pages):
    articles, others, _ = demo_pages
    archive = tmp_path / "archive"
    archive.mkdir()
    write_warc(archive / "demo.warc.gz", articles + others)
    output = tmp_path / "out"
    first = run_warc(archive, output)
    assert first.returncode == 0, first.log[-3000:]
    rows = read_articles(output).to_pylist()
    assert sorted(r["url"] for r in rows) == sorted(p.url for p in articles)
    for row in rows:
        assert row["origin"] == "archive" and row["warc_file"] == "demo.warc.gz"
        record = record_at(archive, row["warc_file"], row["warc_offset"])
        assert isinstance(record, HttpResponse) and record.url == row["url"]
        assert row["fetched_at"] == record.date  # the WARC-Date, not the time of reading
        assert row["headline"] and row["body"]
    assert first.stat_sum("pages/non_article/") == len(others)
    # The second read of the same file: nothing extracted, nothing written, exit 0.
    second = run_warc(archive / "demo.warc.gz", output)
    assert second.returncode == 0, second.log[-3000:]
    assert second.stats.get("newscrawl/incremental/skipped/archived") == len(articles + others)
    assert "new=0 updated=0 unchanged=0" in second.stdout
    assert read_articles(output).num_rows == len(articles)


def test_a_hostile_archive_records_each_bad_record_and_reads_the_rest(tmp_path, demo_pages):
    articles, _, _ = demo_pages
    good = articles[:6]
    path = tmp_path / "hostile.warc.gz"
    write_warc(path, good)
    parts = members(path.read_bytes())
    raw = [gzip.decompress(p) for p in parts]
    # 1: cut in half; 2: header corrupted; 3: Content-Length 300 too long.
    parts[1] = parts[1][:len(parts[1]) // 2]
    parts[2] = gzip_member(raw[2].replace(b"WARC/1.1", b"WARC/X.Y", 1))
    parts[3] = gzip_member(re.sub(rb"Content-Length: (\d+)",
                                  lambda m: b"Content-Length: %d" % (int(m.group(1)) + 300),
                                  raw[3], count=1))
    revisit = warc_bytes(good[0].url, FIRST_DATE, b"HTTP/1.1 200 OK\r\n\r\n").replace(
        b"WARC-Type: response", b"WARC-Type: revisit")
    image = Page("http://127.0.0.1/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    bad_encoding = warc_bytes(good[5].url + "?enc", FIRST_DATE,
                              b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip"
                              b"\r\nContent-Length: 12\r\n\r\nnot gzipped!")
    extra = [gzip_member(revisit), gzip_member(response_record(image, FIRST_DATE)),
             gzip_member(bad_encoding)]
    data = b"".join(parts + extra)
    path.write_bytes(data)
    offsets, at = [], 0
    for part in parts + extra:
        offsets.append(at)
        at += len(part)
    output = tmp_path / "out"
    run = run_warc(path, output, "-s", "NEWSCRAWL_MAX_FAILURE_RATIO=1")
    assert run.returncode == 0, run.log[-3000:]
    urls = sorted(read_articles(output).column("url").to_pylist())
    assert urls == sorted(p.url for i, p in enumerate(good) if i not in (1, 2, 3))
    failures = sorted((f["warc_offset"], f["error_type"], f["stage"], f["warc_file"])
                      for f in read_failures(output).to_pylist())
    assert failures == [(offsets[1], "gzip", "archive", path.name),
                        (offsets[2], "header", "archive", path.name),
                        (offsets[3], "length", "archive", path.name),
                        (offsets[8], "encoding", "archive", path.name)]
    assert run.stats["newscrawl/archive/skipped/revisit"] == 1
    assert run.stats["newscrawl/archive/filtered/not_html"] == 1
    # Read again: the failures are not recorded twice either.
    again = run_warc(path, output, "-s", "NEWSCRAWL_MAX_FAILURE_RATIO=1")
    assert again.returncode == 0 and read_failures(output).num_rows == 4
    assert read_articles(output).num_rows == len(urls)


def test_filters_by_site_date_and_language(tmp_path, demo_pages):
    articles, _, _ = demo_pages
    english = [p for p in articles if b'<html lang="en"' in p.body]
    (german,) = [p for p in articles if b'<html lang="de"' in p.body]
    pages = english[:4]
    other_site = [Page(p.url.replace("127.0.0.1", "elsewhere.example"), p.content_type, p.body)
                  for p in english[4:6]]
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, pages + other_site + [german])  # record i is dated FIRST_DATE + i hours
    output = tmp_path / "out"
    since = (FIRST_DATE + dt.timedelta(hours=1)).date().isoformat()
    run = run_warc(path, output, "-a", "sites=127.0.0.1", "-a", f"since={since}",
                   "-a", f"until={since}", "-a", "language=en")
    assert run.returncode == 0, run.log[-3000:]
    assert sorted(read_articles(output).column("url").to_pylist()) == sorted(p.url for p in pages)
    assert run.stats["newscrawl/archive/filtered/site"] == 2
    assert run.stats["newscrawl/archive/filtered/language"] == 1
    later = tmp_path / "later"
    run = run_warc(path, later, "-a", "since=2024-03-02")
    assert run.stats["newscrawl/archive/filtered/date"] == 7 and run.returncode == 3


def test_a_warc_of_real_corpus_pages_gives_one_row_per_article_page(tmp_path):
    if not (CORPUS / "ground-truth.json").exists():
        pytest.skip(f"the zyte corpus is not at {CORPUS}")
    import json

    truth = json.loads((CORPUS / "ground-truth.json").read_text())
    pages = [Page(entry["url"], "text/html; charset=utf-8",
                  gzip.decompress((CORPUS / "html" / f"{key}.html.gz").read_bytes()))
             for key, entry in sorted(truth.items())]
    path = tmp_path / "corpus.warc.gz"
    offsets = write_warc(path, pages)
    output = tmp_path / "out"
    run = run_warc(path, output, timeout=900)
    assert run.returncode == 0, run.log[-3000:]
    rows = read_articles(output, columns=["url", "warc_file", "warc_offset"]).to_pylist()
    failures = read_failures(output).to_pylist()
    refused = run.stat_sum("pages/non_article/")
    # Every page is accounted for: a row, a failure or a refusal.
    assert len(rows) + len(failures) + refused == len(pages)
    assert len(rows) >= 0.9 * len(pages)
    assert len({r["url"] for r in rows}) == len(rows)  # one row per article page
    for row in rows:
        assert offsets[row["url"]] == row["warc_offset"]  # traceable to its record
    again = run_warc(path, output)
    assert again.returncode == 0 and read_articles(output).num_rows == len(rows)
    print(f"{len(rows)} rows, {len(failures)} failures, {refused} refused of {len(pages)} pages")


def test_rows_from_the_dataset_schema_read_with_older_files(tmp_path, demo_pages):
    """Files written before schema 3 (no origin / warc columns) read beside new ones."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newscrawl.model.article import arrow_schema

    articles, _, _ = demo_pages
    write_warc(tmp_path / "a.warc.gz", articles[:2])
    output = tmp_path / "out"
    assert run_warc(tmp_path / "a.warc.gz", output).returncode == 0
    old_schema = pa.schema([f for f in arrow_schema() if f.name not in
                            ("origin", "warc_file", "warc_offset")],
                           metadata={"newscrawl.schema_version": "2"})
    folder = output / "articles" / "site=old.example" / "date=2024-01-01"
    folder.mkdir(parents=True)
    row = {"url": "https://old.example/a", "headline": "Old",
           "fetched_at": dt.datetime(2024, 1, 1, tzinfo=UTC)}
    pq.write_table(pa.Table.from_pylist([row], schema=old_schema), folder / "part-old.parquet")
    table = ds.dataset(output / "articles", partitioning="hive")
    from newscrawl.storage.dataset import articles_dataset
    rows = articles_dataset(output).to_table(columns=["url", "origin", "warc_offset"]).to_pylist()
    assert {r["url"]: r["origin"] for r in rows}["https://old.example/a"] is None
    assert sum(r["origin"] == "archive" for r in rows) == 2
    assert table is not None
