"""``-s NEWSCRAWL_WARC=1`` archives what a crawl fetches, rows point at their record, and
``scrapy reextract`` reproduces the rows from those records without a request."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("fastwarc")

from newscrawl.storage.dataset import read_articles, read_failures  # noqa: E402
from newscrawl.storage.warc import HttpResponse, Skipped, read_records  # noqa: E402
from tests.archive_helpers import run_scrapy  # noqa: E402

#: Columns that must come out the same from the record as from the live fetch.
SAME = ("url", "canonical_url", "domain", "headline", "description", "body", "word_count",
        "authors", "byline_raw", "published_at", "published_raw", "modified_at", "language",
        "section", "tags", "images", "fetched_at", "http_status", "content_hash",
        "warc_file", "warc_offset")


def by_url(output):
    return {row["url"]: row for row in read_articles(output).to_pylist()}


def test_a_crawl_with_warc_then_reextract_gives_the_same_rows_without_a_request(tmp_path):
    live = tmp_path / "live"
    crawl = run_scrapy(["crawl", "demo"], live, "-s", "NEWSCRAWL_WARC=1")
    assert crawl.returncode == 0, crawl.log[-3000:]
    files = sorted((live / "warc").glob("*.warc.gz"))
    assert files and not list((live / "warc").glob("*.open"))  # published at the end
    live_rows = by_url(live)
    assert live_rows
    # Every live row points at the response record of its page.
    for url, row in live_rows.items():
        assert row["origin"] == "live"
        with open(live / "warc" / row["warc_file"], "rb") as handle:
            handle.seek(row["warc_offset"])
            record = next(read_records(handle, row["warc_file"], start=row["warc_offset"]))
        assert isinstance(record, HttpResponse) and record.url == url
        assert record.date == row["fetched_at"]
    # Request records beside the responses.
    kinds = [r.kind for f in files for r in read_records(open(f, "rb"), f.name)
             if isinstance(r, Skipped)]
    assert kinds and set(kinds) == {"request"}

    # A fresh output holding only the records: the same rows, and no request at all
    # (the demo site is not running any more: a request would be a failure).
    copy = tmp_path / "copy"
    shutil.copytree(live / "warc", copy / "warc")
    again = run_scrapy(["reextract", "--output", str(copy)], tmp_path / "unused")
    assert again.returncode == 0, again.log[-3000:]
    assert "downloader/request_count" not in again.log
    assert read_failures(copy).num_rows == 0
    copied = by_url(copy)
    assert copied.keys() == live_rows.keys()
    for url, row in copied.items():
        assert row["origin"] == "archive"
        assert {k: row[k] for k in SAME} == {k: live_rows[url][k] for k in SAME}, url

    # In place, with the same extractor: nothing new, every article unchanged.
    in_place = run_scrapy(["reextract"], live)
    assert in_place.returncode == 0, in_place.log[-3000:]
    assert f"new=0 updated=0 unchanged={len(live_rows)}" in in_place.stdout
    assert by_url(live).keys() == live_rows.keys() and read_articles(live).num_rows == len(live_rows)


def test_reextract_without_stored_records_says_so(tmp_path):
    run = run_scrapy(["reextract", "--output", str(tmp_path / "empty")], tmp_path)
    assert run.returncode != 0 and "NEWSCRAWL_WARC=1" in run.log
