"""Compaction: fewer files, the same multiset of rows, all four readers, files of the old
schema version upgraded, refused while another process holds the output lock, an
interrupted journal swap finished by the next run."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tests.crawlers import newscrawl_crawler

from newscrawl.model.article import SCHEMA_VERSION, Article, arrow_schema, to_record
from newscrawl.storage.compaction import compact_output
from newscrawl.storage.swap import JOURNAL, finish_compaction
from newscrawl.storage.dataset import read_articles, schema_versions
from newscrawl.crawl.outcome import EXIT_LOCKED
from newscrawl.crawl.pipelines import ParquetPipeline
from tests.run_helpers import PROJECT, all_four_readers
from tests.storage.test_lock import hold_lock
from tests import processes

UTC = dt.timezone.utc
DAY = dt.datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def crawl_items(output, start: int, count: int) -> None:
    """One small run of the pipeline: ``count`` articles on two sites."""
    crawler = newscrawl_crawler(settings={"NEWSCRAWL_OUTPUT": str(output)})
    pipeline = ParquetPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for n in range(start, start + count):
        host = "a.example" if n % 3 else "b.example"
        pipeline.process_item(Article(
            url=f"https://{host}/story-{n}", domain=host, headline=f"Story {n}",
            body=f"Body of {n}.", authors=[f"Author {n % 4}"], word_count=3,
            fetched_at=DAY + dt.timedelta(minutes=n), http_status=200))
    pipeline.close_spider()


def write_v1_file(output) -> None:
    """A file as schema version 1 wrote it: no content_hash, version 1 in its metadata."""
    fields = [f for f in arrow_schema()
              if f.name not in ("content_hash", "origin", "warc_file", "warc_offset")]
    schema = pa.schema(fields, metadata={"newscrawl.schema_version": "1"})
    record = to_record(Article(url="https://a.example/old", domain="a.example",
                               headline="Old", fetched_at=DAY))
    for name in ("content_hash", "origin", "warc_file", "warc_offset"):
        record.pop(name)
    folder = output / "articles" / "site=a.example" / "date=2026-03-01"
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist([record], schema=schema),
                   folder / "part-20260301T000000000000Z-v1v1v1v1v1v1-00001.parquet")


def row_multiset(output) -> Counter:
    table = read_articles(output)
    return Counter(json.dumps(row, sort_keys=True, default=str) for row in table.to_pylist())


@pytest.fixture
def small_files(tmp_path):
    write_v1_file(tmp_path)
    for run in range(4):
        crawl_items(tmp_path, run * 5, 5)
    return tmp_path


def count_files(output, dataset="articles") -> int:
    return len(list((output / dataset).rglob("*.parquet")))


def test_files_of_both_schema_versions_read_together(small_files):
    assert schema_versions(small_files) == {1: 1, SCHEMA_VERSION: 8}
    assert all_four_readers(small_files) == [21] * 4
    hashes = read_articles(small_files, columns=["url", "content_hash"]).to_pylist()
    assert [r["content_hash"] for r in hashes if r["url"].endswith("/old")] == [None]


def test_compaction_keeps_the_rows_and_leaves_fewer_files(small_files):
    before_rows, before_files = row_multiset(small_files), count_files(small_files)
    report = compact_output(small_files)
    assert before_files == 9 and count_files(small_files) == 2  # one per partition
    assert report.files_before >= 9 and report.rows >= 21
    assert row_multiset(small_files) == before_rows
    assert all_four_readers(small_files) == [21] * 4
    assert schema_versions(small_files) == {SCHEMA_VERSION: 2}  # the v1 rows were upgraded
    assert count_files(small_files, "checks") == 2
    assert not list((small_files / "_staging").iterdir())
    again = compact_output(small_files)
    assert again.partitions == 0 and row_multiset(small_files) == before_rows


def test_compaction_is_refused_while_the_output_is_locked(small_files):
    before = sorted(p.name for p in (small_files / "articles").rglob("*.parquet"))
    holder = hold_lock(small_files)
    try:
        result = processes.run([sys.executable, "-m", "newscrawl", "compact", "--output",
                                str(small_files)], cwd=PROJECT, capture_output=True, text=True,
                               timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == EXIT_LOCKED
    assert "another newscrawl process" in result.stderr
    assert sorted(p.name for p in (small_files / "articles").rglob("*.parquet")) == before


def test_an_interrupted_journal_swap_is_rolled_forward(small_files):
    """The fallback swap, cut after the first new file moved in: the next run finishes it."""
    part = small_files / "articles" / "site=b.example" / "date=2026-03-01"
    old = sorted(part.glob("*.parquet"))
    before = row_multiset(small_files)
    stage = small_files / "_staging" / "compact-interrupted"
    (stage / "new").mkdir(parents=True)
    merged = pa.concat_tables([pq.read_table(p) for p in old])
    pq.write_table(merged, stage / "new" / "part-x-compactxxxxx-00001.parquet")
    (stage / JOURNAL).write_text(json.dumps({
        "partition": str(part), "new": ["part-x-compactxxxxx-00001.parquet"],
        "old": [p.name for p in old]}))
    os.replace(stage / "new" / "part-x-compactxxxxx-00001.parquet",
               part / "part-x-compactxxxxx-00001.parquet")
    finish_compaction(stage)
    assert sorted(p.name for p in part.glob("*.parquet")) == ["part-x-compactxxxxx-00001.parquet"]
    assert row_multiset(small_files) == before


def test_a_journal_written_before_any_move_is_undone(small_files):
    part = small_files / "articles" / "site=b.example" / "date=2026-03-01"
    old = sorted(p.name for p in part.glob("*.parquet"))
    stage = small_files / "_staging" / "compact-early"
    (stage / "new").mkdir(parents=True)
    (stage / "new" / "part-y.parquet").write_bytes(b"not moved")
    (stage / JOURNAL).write_text(json.dumps({"partition": str(part), "new": ["part-y.parquet"],
                                             "old": old}))
    finish_compaction(stage)
    assert sorted(p.name for p in part.glob("*.parquet")) == old


def test_polars_and_pandas_see_the_new_column_across_versions(small_files):
    import pandas as pd
    import polars as pl

    from newscrawl.storage.dataset import articles_dataset

    frame = pl.scan_pyarrow_dataset(articles_dataset(small_files)).collect()
    assert frame.height == 21 and frame["content_hash"].null_count() == 1
    assert pd.read_parquet(small_files / "articles", schema=articles_dataset(small_files).schema
                           )["content_hash"].isna().sum() == 1
