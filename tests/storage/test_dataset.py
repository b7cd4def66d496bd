"""The Parquet datasets on disk: layout, files, staging, and what four readers see.

Everything here writes real files through the real ParquetPipeline (built from a real
Scrapy crawler) into a temporary directory and reads them back with pyarrow.dataset,
DuckDB, pandas and polars.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from tests.crawlers import newscrawl_crawler

from newscrawl.model.article import SCHEMA_VERSION, Article, Image, arrow_schema, to_record
from newscrawl.storage.dataset import (
    STAGING,
    DatasetWriter,
    RunStaging,
    WriterOptions,
    check_record,
    read_articles,
    read_failures,
    site_key,
)
from newscrawl.storage.recovery import clean_abandoned_staging, recover_abandoned_runs
from newscrawl.model.failure import Failure, failure_schema
from newscrawl.crawl.pipelines import ParquetPipeline
from newscrawl.storage.spool import SPOOL_SUFFIX
from tests import processes

UTC = dt.timezone.utc
PROJECT = Path(__file__).resolve().parents[2]
FETCHED = dt.datetime(2025, 2, 27, 10, 0, tzinfo=UTC)


def make_article(n: int, *, domain="news.example", fetched_at=FETCHED) -> Article:
    return Article(
        url=f"https://www.{domain}/story-{n}", domain=domain, headline=f"Story {n}",
        body=f"Paragraph one of {n}.\n\nParagraph two.", word_count=6,
        authors=["Ann Author", f"Writer {n}"],
        published_at=dt.datetime(2024, 1, 1, 8, 30, tzinfo=UTC), published_precision="exact",
        images=[Image(url=f"https://{domain}/{n}.jpg", caption="A caption", credit="Agency",
                      alt="alt")],
        fetched_at=fetched_at, http_status=200, sources={"headline": "jsonld"},
    )


def run_pipeline(output: Path, items, **settings) -> dict:
    """One crawl's worth of items through a ParquetPipeline; returns the crawl stats."""
    crawler = newscrawl_crawler(settings={"NEWSCRAWL_OUTPUT": str(output), **settings})
    pipeline = ParquetPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for item in items:
        assert pipeline.process_item(item) is item
    pipeline.close_spider()
    return crawler.stats.get_stats()


def published_files(output: Path, dataset="articles") -> list[Path]:
    return sorted((output / dataset).rglob("*.parquet"))


@pytest.fixture
def written(tmp_path) -> Path:
    items = [make_article(n) for n in range(5)] + [make_article(9, domain="other.example")]
    items.append(Failure(url="https://news.example/gone", stage="fetch", error_type="HttpError",
                         message="404", http_status=404, failed_at=FETCHED, spider="test"))
    run_pipeline(tmp_path, items)
    return tmp_path


# -- layout ---------------------------------------------------------------------------

def test_partitions_are_site_and_fetch_date(written):
    dirs = sorted(str(p.parent.relative_to(written)) for p in published_files(written))
    assert dirs == ["articles/site=news.example/date=2025-02-27",
                    "articles/site=other.example/date=2025-02-27"]
    failures = published_files(written, "failures")
    assert [str(p.parent.relative_to(written)) for p in failures] == \
        ["failures/site=news.example/date=2025-02-27"]


def test_file_names_carry_time_run_id_and_counter(written):
    for path in published_files(written):
        part, stamp, run_id, counter = path.stem.split("-")
        assert part == "part" and stamp.endswith("Z") and len(run_id) == 12 and counter.isdigit()


def test_files_are_zstd_with_schema_version_and_cut_by_the_settings(tmp_path):
    stats = run_pipeline(tmp_path, [make_article(n) for n in range(12)],
                         NEWSCRAWL_ROWS_PER_GROUP=2, NEWSCRAWL_ROWS_PER_FILE=5)
    files = published_files(tmp_path)
    sizes = sorted(pq.ParquetFile(f).metadata.num_rows for f in files)
    assert sizes == [2, 5, 5]
    assert stats["newscrawl/files_published"] == 6  # 3 of articles, 3 of checks
    assert stats["newscrawl/articles_written"] == 12
    for f in files:
        meta = pq.ParquetFile(f).metadata
        groups = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
        assert max(groups) <= 2
        assert meta.row_group(0).column(0).compression == "ZSTD"
        assert pq.read_schema(f).metadata[b"newscrawl.schema_version"] == \
            str(SCHEMA_VERSION).encode()


def test_nothing_is_left_in_staging_after_a_clean_run(written):
    assert not list((written / STAGING).rglob("*"))


@pytest.mark.parametrize("domain, key", [
    ("news.example", "news.example"), ("News.Example", "news.example"),
    ("127.0.0.1:8080", "127.0.0.1_8080"), ("", "unknown"), (None, "unknown"),
    ("../../etc", "etc"), ("a/b", "a_b"),
])
def test_site_keys_are_safe_directory_names(domain, key):
    assert site_key(domain) == key


# -- readers --------------------------------------------------------------------------

def test_pyarrow_reads_the_right_types(written):
    table = read_articles(written)
    assert table.num_rows == 6
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("authors").type == pa.list_(pa.string())
    assert pa.types.is_struct(table.schema.field("images").type.value_type)
    assert table.schema.field("sources").type == pa.map_(pa.string(), pa.string())
    assert table.schema.field("site").type == pa.string()
    assert table.schema.field("date").type == pa.date32()
    rows = {r["url"]: r for r in table.to_pylist()}
    row = rows["https://www.news.example/story-3"]
    assert row["authors"] == ["Ann Author", "Writer 3"]
    assert row["images"][0]["credit"] == "Agency"
    assert row["site"] == "news.example" and row["date"] == dt.date(2025, 2, 27)

    plain = ds.dataset(written / "articles", format="parquet", partitioning="hive").to_table()
    assert plain.num_rows == 6
    assert plain.schema.field("published_at").type == pa.timestamp("us", tz="UTC")


def test_duckdb_reads_the_right_types(written):
    glob = f"{written}/articles/**/*.parquet"
    relation = duckdb.sql(f"SELECT * FROM read_parquet('{glob}', hive_partitioning=true)")
    types = dict(zip(relation.columns, map(str, relation.dtypes)))
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["authors"] == "VARCHAR[]"
    assert types["images"].startswith("STRUCT(") and types["images"].endswith("[]")
    assert types["sources"] == "MAP(VARCHAR, VARCHAR)"
    assert types["date"] == "DATE"
    count, sites = duckdb.sql(
        f"SELECT count(*), count(DISTINCT site) FROM read_parquet('{glob}', "
        "hive_partitioning=true)").fetchall()[0]
    assert (count, sites) == (6, 2)


def test_pandas_reads_the_right_types(written):
    frame = pd.read_parquet(written / "articles")
    assert len(frame) == 6
    assert str(frame["published_at"].dtype) == "datetime64[us, UTC]"
    first = frame.sort_values("url").iloc[0]
    assert list(first["authors"]) == ["Ann Author", "Writer 0"]
    assert first["images"][0]["caption"] == "A caption"


def test_polars_reads_the_right_types(written):
    frame = pl.read_parquet(written / "articles", hive_partitioning=True)
    scanned = pl.scan_parquet(f"{written}/articles/**/*.parquet", hive_partitioning=True).collect()
    for df in (frame, scanned):
        assert df.height == 6
        assert df.schema["published_at"] == pl.Datetime("us", "UTC")
        assert df.schema["authors"] == pl.List(pl.String)
        assert isinstance(df.schema["images"], pl.List)
        assert isinstance(df.schema["images"].inner, pl.Struct)
        assert df.schema["date"] == pl.Date


def test_failures_dataset_reads_back(written):
    table = read_failures(written)
    assert table.num_rows == 1
    assert table.schema.field("failed_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("http_status").type == pa.int16()
    row = table.to_pylist()[0]
    assert (row["stage"], row["error_type"], row["http_status"]) == ("fetch", "HttpError", 404)


def test_failure_schema_has_the_failure_fields():
    assert failure_schema().names == [f.name for f in dataclasses.fields(Failure)]


def test_reading_an_empty_output_gives_an_empty_table_with_the_schema(tmp_path):
    table = read_articles(tmp_path)
    assert table.num_rows == 0
    assert "headline" in table.schema.names and "site" in table.schema.names


# -- appending, staging ---------------------------------------------------------------

def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_runs_append_and_never_overwrite(tmp_path):
    run_pipeline(tmp_path, [make_article(n) for n in range(3)])
    first = {p: digest(p) for p in published_files(tmp_path)}
    run_pipeline(tmp_path, [make_article(n) for n in range(3, 7)])
    after = published_files(tmp_path)
    assert set(first) < set(after)
    assert all(digest(p) == first[p] for p in first)
    assert len({p.stem.split("-")[2] for p in after}) == 2  # two run ids
    assert read_articles(tmp_path).num_rows == 7


def all_four_readers(output: Path) -> list[int]:
    """Row counts of the articles dataset as pyarrow, DuckDB, pandas and polars see it."""
    glob = f"{output}/articles/**/*.parquet"
    return [
        ds.dataset(output / "articles", format="parquet", partitioning="hive").count_rows(),
        duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true)")
        .fetchall()[0][0],
        len(pd.read_parquet(output / "articles")),
        pl.read_parquet(output / "articles", hive_partitioning=True).height,
    ]


_KILLED_RUN = textwrap.dedent("""
    import datetime as dt, os, signal, sys
    from tests.crawlers import newscrawl_crawler
    from newscrawl.model.article import Article
    from newscrawl.crawl.pipelines import ParquetPipeline
    crawler = newscrawl_crawler(settings={"NEWSCRAWL_OUTPUT": sys.argv[1],
                                "NEWSCRAWL_ROWS_PER_GROUP": 1})
    pipeline = ParquetPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for n in range(4):
        pipeline.process_item(Article(url=f"https://news.example/killed-{n}",
                                      fetched_at=dt.datetime.now(dt.timezone.utc)))
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_killed_run_leaves_nothing_visible_and_the_next_run_recovers_it(tmp_path):
    run_pipeline(tmp_path, [make_article(n) for n in range(2)])
    killed = processes.run([sys.executable, "-c", _KILLED_RUN, str(tmp_path)], cwd=PROJECT,
                           capture_output=True, timeout=120)
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]
    spools = list((tmp_path / STAGING).rglob("*" + SPOOL_SUFFIX))
    assert spools and all(p.stat().st_size > 0 for p in spools)  # records spooled, unpublished

    assert all_four_readers(tmp_path) == [2, 2, 2, 2]

    run_pipeline(tmp_path, [make_article(n) for n in range(2, 3)])
    assert not list((tmp_path / STAGING).iterdir())
    assert all_four_readers(tmp_path) == [7, 7, 7, 7]  # 2 + the 4 recovered + 1
    urls = read_articles(tmp_path).column("url").to_pylist()
    assert sorted(u for u in urls if "killed" in u) == \
        [f"https://news.example/killed-{n}" for n in range(4)]


def test_recovery_is_idempotent_when_it_is_interrupted(tmp_path):
    staging = RunStaging(tmp_path)
    writer = DatasetWriter(tmp_path / "articles", staging, arrow_schema())
    writer.write(to_record(make_article(1)), ("news.example", "2025-02-27"))
    writer.write(to_record(make_article(2, domain="other.example")),
                 ("other.example", "2025-02-27"))
    spool = writer._spool
    spool.close()
    # A recovery that published one partition's file, then died before the other's:
    # publish everything, then put back the spool and remove one published file.
    saved = spool.path.read_bytes()
    staging._lock.close()  # the run "dies": its lock goes
    first = recover_abandoned_runs(tmp_path)
    assert first.rows == {"articles": 2} and len(first.files) == 2
    kept, dropped = sorted(first.files)
    dropped.unlink()
    spool.path.parent.mkdir(parents=True)
    spool.path.write_bytes(saved)
    (staging.path / ".lock").touch()  # as a killed run leaves it: present, unlocked
    second = recover_abandoned_runs(tmp_path)
    assert second.files == [dropped] and second.rows == {"articles": 1}
    assert sorted(read_articles(tmp_path).column("headline").to_pylist()) == ["Story 1", "Story 2"]


def test_a_torn_last_record_is_dropped_and_the_others_recovered(tmp_path):
    staging = RunStaging(tmp_path)
    writer = DatasetWriter(tmp_path / "articles", staging, arrow_schema())
    for n in range(3):
        writer.write(to_record(make_article(n)), ("news.example", "2025-02-27"))
    path = writer._spool.path
    data = path.read_bytes()
    path.write_bytes(data[:-7])  # the last record cut short, as by a kill mid-write
    staging._lock.close()
    result = recover_abandoned_runs(tmp_path)
    assert result.rows == {"articles": 2} and result.torn_records == 1
    assert all_four_readers(tmp_path) == [2, 2, 2, 2]


def test_a_live_run_keeps_its_staging_while_another_run_starts(tmp_path):
    staging = RunStaging(tmp_path)
    writer = DatasetWriter(tmp_path / "articles", staging, arrow_schema(),
                           WriterOptions(rows_per_group=1))
    writer.write(to_record(make_article(1)), ("news.example", "2025-02-27"))
    assert list(staging.path.rglob("*" + SPOOL_SUFFIX))  # the record is on disk

    assert clean_abandoned_staging(tmp_path) == []  # its lock is held: not abandoned
    assert list(staging.path.rglob("*" + SPOOL_SUFFIX))
    assert published_files(tmp_path) == []

    writer.close()
    staging.close()
    assert read_articles(tmp_path).num_rows == 1
    assert not staging.path.exists()


def test_a_file_open_too_long_is_published_before_the_run_ends(tmp_path):
    staging = RunStaging(tmp_path)
    writer = DatasetWriter(tmp_path / "articles", staging, arrow_schema(),
                           WriterOptions(max_file_seconds=0.2))
    partition = ("news.example", "2025-02-27")
    writer.write(to_record(make_article(1)), partition)
    assert published_files(tmp_path) == []
    time.sleep(0.25)
    writer.write(to_record(make_article(2)), partition)
    assert read_articles(tmp_path).num_rows == 2  # published while the run goes on
    writer.write(to_record(make_article(3)), partition)
    writer.close()
    staging.close()
    assert len(published_files(tmp_path)) == 2
    assert read_articles(tmp_path).num_rows == 3


def test_records_that_do_not_fit_are_refused():
    schema = failure_schema()
    with pytest.raises(ValueError):
        check_record({"url": "u", "http_status": 10**9}, schema)
    with pytest.raises(ValueError):
        check_record({"url": "u", "failed_at": "yesterday"}, schema)
