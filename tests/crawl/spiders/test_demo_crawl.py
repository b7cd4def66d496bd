"""End to end: ``scrapy crawl demo`` over real HTTP on 127.0.0.1 into a Parquet dataset,
read back with pyarrow, DuckDB and pandas."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from newscrawl.model.article import arrow_schema
from newscrawl.testsite import DEMO_ROOT, TestSite
from tests import processes
from tests.run_helpers import demo_crawl_copy

ROOT = Path(__file__).resolve().parents[3]


def scrapy(*args: str, cwd: Path = ROOT, timeout: int = 180) -> subprocess.CompletedProcess:
    """Run the scrapy command of this environment in the project folder."""
    exe = Path(sys.executable).with_name("scrapy")
    return processes.run([str(exe), *args], cwd=cwd, capture_output=True, text=True,
                         timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.fixture(scope="module")
def demo_pages():
    """(article paths, non-article paths) of the demo site, from its manifest."""
    with TestSite(root=DEMO_ROOT, port=0) as site:
        articles = {urlsplit(u).path for u in site.articles}
        others = {urlsplit(u).path for u in site.non_articles}
    return articles, others


@pytest.fixture(scope="module")
def demo_crawl(demo_crawl_once, tmp_path_factory):
    """One crawl of the demo site (the session's, tests/conftest.py), copied into a
    temporary output folder."""
    return demo_crawl_copy(demo_crawl_once, tmp_path_factory, "demo-output")


def test_every_demo_article_is_a_row_and_no_other_page(demo_crawl, demo_pages):
    out, result = demo_crawl
    table = ds.dataset(out / "articles", partitioning="hive").to_table()
    paths = [urlsplit(u).path for u in table.column("url").to_pylist()]
    articles, others = demo_pages
    assert sorted(paths) == sorted(articles), result.stderr[-3000:]
    assert not set(paths) & others


def test_dataset_has_the_derived_schema(demo_crawl):
    out, _ = demo_crawl
    schema = ds.dataset(out / "articles", partitioning="hive").schema
    for field in arrow_schema():
        assert schema.field(field.name).type == field.type, field.name
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")


def test_rows_have_headlines_authors_dates_and_bodies(demo_crawl):
    out, _ = demo_crawl
    rows = ds.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    for row in rows:
        assert row["headline"], row["url"]
        assert row["body"] and row["word_count"] > 50, row["url"]
        assert row["authors"], row["url"]
        assert row["published_at"] is not None, row["url"]
        assert row["http_status"] == 200
        assert row["fetched_at"] is not None


def test_duckdb_and_pandas_read_the_dataset(demo_crawl):
    duckdb = pytest.importorskip("duckdb")
    import pandas as pd

    out, _ = demo_crawl
    glob = str(out / "articles" / "**" / "*.parquet")
    con = duckdb.connect()
    n, n_authors, first = con.execute(
        "select count(*), count(distinct a), min(published_at) "
        "from (select unnest(authors) as a, published_at from read_parquet(?, hive_partitioning=true))",
        [glob]).fetchone()
    assert n > 0 and n_authors >= 3
    assert first.tzinfo is not None
    types = {name: kind for name, kind, *_ in con.execute(
        "describe select * from read_parquet(?, hive_partitioning=true)", [glob]).fetchall()}
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["authors"] == "VARCHAR[]"
    frame = pd.read_parquet(out / "articles")
    assert len(frame) == frame["url"].nunique() > 0
    assert str(frame["published_at"].dtype).startswith("datetime64")


def test_crawl_logs_refused_non_articles(demo_crawl):
    _, result = demo_crawl
    assert "newscrawl/pages/article" in result.stderr
    assert "newscrawl/pages/non_article" in result.stderr or \
        "newscrawl/discovery/skipped_url" in result.stderr


def test_scrapy_list_shows_every_spider():
    from newscrawl.extract.profiles import all_profiles

    result = scrapy("list")
    assert result.returncode == 0, result.stderr
    names = set(result.stdout.split())
    assert {"article", "demo"} <= names
    assert {p.name for p in all_profiles()} <= names
