"""Writing and reading the Parquet datasets: ``<output>/articles/`` and ``<output>/failures/``.

Layout (Hive partitioning, the same for both datasets)::

    <output>/articles/site=<domain>/date=<fetch day YYYY-MM-DD>/part-<UTC time>-<run>-<n>.parquet
    <output>/failures/site=<domain>/date=<failure date>/part-...parquet
    <output>/_staging/<run id>/{articles,failures}/part-...parquet.part   (files being written)

Why these partition keys:

* ``date`` is the *fetch* date (the failure date for failures), not the publication
  date. A cron run then writes into one or two new ``date=`` directories and never
  into old ones, so appends never touch, rewrite or compact existing files; a
  publication date would scatter each run's rows over many old partitions (articles of
  any age show up in sitemaps) and pages without a date would need a special bucket.
  Readers filtering on publication date still get row-group statistics pruning.
* ``site`` (the URL's domain, reduced to ``[a-z0-9.-]``) keeps one site's rows together,
  so per-site questions and per-site rewrites (a profile fix, a deletion request) touch
  only its directories. The key is not called ``domain`` because Article has a
  ``domain`` field: partition columns appear as extra columns when read with hive
  partitioning, and must not collide with fields.

Files are never visible half-written. A run writes each file under
``<output>/_staging/<run id>/`` with a ``.parquet.part`` suffix, *outside* the dataset
directories (polars, unlike pyarrow and DuckDB, does not skip ``_``/``.`` prefixed
paths when given a directory), then closes it, fsyncs it and ``os.replace``s it into
its partition (same filesystem: the rename is atomic) and fsyncs the directory. File
names carry the UTC time, a random run id and a counter, so two runs append side by
side and never overwrite each other. A run holds an ``flock`` on
``_staging/<run id>/.lock`` while it lives; the next run removes staging directories
whose lock is free (their run died, even by ``kill -9``), so nothing half-written
stays behind.

Rows are buffered per partition and written as one row group every
``rows_per_group`` rows; a file is published after ``rows_per_file`` rows, when it has
been open ``max_file_seconds`` (checked at each write, so a long crawl killed midway
loses at most that much; 0 turns it off; setting NEWSCRAWL_PUBLISH_SECONDS) or when
the writer closes. Every file carries the derived Arrow schema (field docs included)
and ``newscrawl.schema_version`` in its schema metadata.

Checked readers (tests/storage/test_dataset.py): pyarrow.dataset (hive), DuckDB
``read_parquet('articles/**/*.parquet', hive_partitioning=true)``, pandas
``read_parquet(dir)`` and polars ``read_parquet(dir, hive_partitioning=True)`` / ``scan_parquet``
with a glob. Put nothing but published Parquet files under a dataset directory: polars
reads every file it finds there, ``_``-prefixed or not.
"""

from __future__ import annotations

import functools

import datetime as dt
import fcntl
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newscrawl import defaults
from newscrawl.model.article import arrow_schema
from newscrawl.urls import domain_of
from newscrawl.model.check import check_schema, refused_page_schema
from newscrawl.model.failure import failure_schema
from newscrawl.storage.spool import (
    DATE_COLUMN,
    SITE_COLUMN,
    SPOOL_SUFFIX,
    SpoolReader,
    SpoolWriter,
    partition_of_row,
)

ARTICLES = "articles"
FAILURES = "failures"
#: The dataset of fetch checks beside articles/ and failures/.
CHECKS = "checks"
#: The dataset of refused pages that had substantial text (Article columns + refusal).
PAGES = "pages"
#: Directory (under the output directory) holding the files runs are still writing.
STAGING = "_staging"
#: Suffix of a file being written: no reader's ``*.parquet`` glob matches it.
STAGED_SUFFIX = ".parquet.part"
PUBLISHED_SUFFIX = ".parquet"
#: The lock file a live run holds in its staging directory.
LOCK_NAME = ".lock"
#: A staging directory without a lock file is left alone this long (its run may be
#: between mkdir and taking the lock).
UNLOCKED_GRACE_SECONDS = 300

#: The Hive partition keys and their types (extra columns when read back).
PARTITION_SCHEMA = pa.schema([("site", pa.string()), ("date", pa.date32())])
#: Site key of rows whose URL has no host.
UNKNOWN_SITE = "unknown"
_SITE_UNSAFE = re.compile(r"[^a-z0-9.\-]+")

UTC = dt.timezone.utc


# -- partitions -----------------------------------------------------------------------

def site_key(domain: str | None) -> str:
    """The ``site=`` value of a domain: lower-case, only ``[a-z0-9.-]`` (others -> '_')."""
    key = _SITE_UNSAFE.sub("_", (domain or "").strip().lower()).strip("._")
    return key or UNKNOWN_SITE


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL without a leading 'www.' (None when there is none)."""
    try:
        return domain_of(url or "")
    except ValueError:  # malformed URLs (bad IPv6 brackets, ports)
        return None


def day_key(moment: dt.datetime | None) -> str:
    """The ``date=`` value: the UTC calendar day of ``moment`` (now when missing)."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.now(UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).date().isoformat()


def article_partition(record: dict) -> tuple[str, str]:
    """(site, date) of an article record: its domain (or URL host) and fetch day."""
    return (site_key(record.get("domain") or host_of(record.get("url"))),
            day_key(record.get("fetched_at")))


def failure_partition(record: dict) -> tuple[str, str]:
    """(site, date) of a failure record: its URL's host and the day it failed."""
    return site_key(host_of(record.get("url"))), day_key(record.get("failed_at"))


def check_partition(record: dict) -> tuple[str, str]:
    """(site, day) of a check record: its URL's host and the day of the fetch."""
    return site_key(host_of(record.get("url"))), day_key(record.get("checked_at"))


def partition_dir(root: Path, partition: tuple[str, str]) -> Path:
    """The directory of one partition inside a dataset root."""
    site, day = partition
    return root / f"site={site}" / f"date={day}"


# -- record checks --------------------------------------------------------------------

@functools.lru_cache(maxsize=16)
def _list_fields(schema: pa.Schema) -> tuple[str, ...]:
    """Names of the list-typed fields of a schema (computed once per schema)."""
    return tuple(f.name for f in schema if pa.types.is_list(f.type))


def check_record(record: dict, schema: pa.Schema) -> pa.RecordBatch:
    """The record as a one-row batch of ``schema``; raises TypeError / ValueError if it
    does not fit (a wrong type, an overflow, a string where a list belongs)."""
    for name in _list_fields(schema):
        if isinstance(record.get(name), (str, bytes)):
            raise TypeError(f"field {name!r} holds a string where a list is expected")
    try:
        return pa.RecordBatch.from_pylist([record], schema=schema)
    except (pa.ArrowException, OverflowError) as exc:
        raise ValueError(f"record does not fit the schema: {exc}") from exc


# -- staging --------------------------------------------------------------------------

def new_run_id() -> str:
    """A short random id that keeps one run's file names apart from every other run's."""
    return uuid.uuid4().hex[:12]


def fsync_path(path: Path) -> None:
    """fsync a file or a directory (durability of its content / entries)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class RunStaging:
    """One run's private staging directory, locked for as long as the run lives."""

    def __init__(self, output_dir: str | os.PathLike, run_id: str | None = None):
        self.output_dir = Path(output_dir)
        self.run_id = run_id or new_run_id()
        self.path = self.output_dir / STAGING / self.run_id
        self.path.mkdir(parents=True, exist_ok=False)
        self._lock = open(self.path / LOCK_NAME, "w")  # noqa: SIM115 - held for the run
        fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def file_path(self, dataset: str, name: str) -> Path:
        """Where a file of ``dataset`` is written before it is published."""
        folder = self.path / dataset
        folder.mkdir(exist_ok=True)
        return folder / name

    def close(self) -> None:
        """Remove the (now empty of useful files) staging directory and release the lock."""
        shutil.rmtree(self.path, ignore_errors=True)
        self._lock.close()


# -- writing --------------------------------------------------------------------------

@dataclass
class WriterOptions:
    """How files are cut and compressed (the NEWSCRAWL_ROWS_* / _PARQUET_* settings,
    NEWSCRAWL_PUBLISH_SECONDS and NEWSCRAWL_SPOOL_SYNC_SECONDS); the field defaults are
    those of :mod:`newscrawl.defaults`."""

    rows_per_group: int = defaults.NEWSCRAWL_ROWS_PER_GROUP
    rows_per_file: int = defaults.NEWSCRAWL_ROWS_PER_FILE
    compression: str = defaults.NEWSCRAWL_PARQUET_COMPRESSION
    compression_level: int | None = defaults.NEWSCRAWL_PARQUET_COMPRESSION_LEVEL
    #: Publish a file once it has been open this long (seconds; 0 = only by rows/close).
    max_file_seconds: float = defaults.NEWSCRAWL_PUBLISH_SECONDS
    #: fsync the spool at most this often (seconds): what a power cut can lose.
    sync_seconds: float = defaults.NEWSCRAWL_SPOOL_SYNC_SECONDS

    def __post_init__(self):
        self.rows_per_group = max(1, int(self.rows_per_group))
        self.rows_per_file = max(1, int(self.rows_per_file))
        self.max_file_seconds = max(0.0, float(self.max_file_seconds or 0))
        self.sync_seconds = max(0.0, float(self.sync_seconds or 0))

    @classmethod
    def from_settings(cls, settings) -> WriterOptions:
        """The options a crawl's (or a command's) Scrapy settings give; an empty
        compression means none, an empty level the codec's own."""
        compression = str(settings.get("NEWSCRAWL_PARQUET_COMPRESSION") or "none")
        level = settings.get("NEWSCRAWL_PARQUET_COMPRESSION_LEVEL")
        if level in (None, "") or compression == "none":
            level = None
        return cls(
            rows_per_group=settings.getint("NEWSCRAWL_ROWS_PER_GROUP"),
            rows_per_file=settings.getint("NEWSCRAWL_ROWS_PER_FILE"),
            compression=compression,
            compression_level=None if level is None else int(level),
            max_file_seconds=settings.getfloat("NEWSCRAWL_PUBLISH_SECONDS"),
            sync_seconds=settings.getfloat("NEWSCRAWL_SPOOL_SYNC_SECONDS"),
        )


@dataclass
class Published:
    """What publishing one spool did."""

    files: list[Path] = field(default_factory=list)
    rows: int = 0
    torn: bool = False


@dataclass
class _PartitionFile:
    """One partition's file being built from a spool."""

    staged: Path
    final: Path
    writer: pq.ParquetWriter | None = None
    pending: list[pa.RecordBatch] = field(default_factory=list)
    pending_rows: int = 0
    rows: int = 0


def publish_spool(spool: Path, root: Path, work_dir: Path, options: WriterOptions) -> Published:
    """Turn a closed (or abandoned) spool into one Parquet file per partition it touches,
    named ``<spool stem>.parquet``, publish them atomically and delete the spool.

    A partition whose file already exists was published before a crash and is skipped,
    which makes publishing idempotent.
    """
    stem = spool.name[:-len(SPOOL_SUFFIX)]
    reader = SpoolReader(spool)
    files: dict[tuple[str, str], _PartitionFile] = {}
    done_before: set[tuple[str, str]] = set()
    dataset_schema = None
    for batch in reader:
        partition = partition_of_row(batch)
        if partition in done_before:
            continue
        current = files.get(partition)
        if current is None:
            final = partition_dir(root, partition) / (stem + PUBLISHED_SUFFIX)
            if final.exists():
                done_before.add(partition)
                continue
            current = files[partition] = _PartitionFile(
                staged=work_dir / f"{stem}.{len(files):04d}{STAGED_SUFFIX}", final=final)
        row = batch.drop_columns([SITE_COLUMN, DATE_COLUMN])
        dataset_schema = row.schema
        current.pending.append(row)
        current.pending_rows += row.num_rows
        if current.pending_rows >= options.rows_per_group:
            _flush_group(current, dataset_schema, options)
    result = Published(torn=reader.torn)
    for current in files.values():
        _flush_group(current, dataset_schema, options)
        _publish_file(current)
        result.files.append(current.final)
        result.rows += current.rows
    spool.unlink(missing_ok=True)
    return result


def _flush_group(current: _PartitionFile, schema: pa.Schema, options: WriterOptions) -> None:
    if not current.pending:
        return
    table = pa.Table.from_batches(current.pending, schema=schema).combine_chunks()
    if current.writer is None:
        current.writer = pq.ParquetWriter(
            current.staged, schema, compression=options.compression,
            compression_level=options.compression_level)
    current.writer.write_table(table, row_group_size=table.num_rows)
    current.rows += table.num_rows
    current.pending.clear()
    current.pending_rows = 0


def _publish_file(current: _PartitionFile) -> None:
    assert current.writer is not None  # a partition's file is opened with its first rows
    current.writer.close()
    publish_file(current.staged, current.final)


def publish_file(staged: Path, final: Path) -> None:
    """Move a complete, closed file into place atomically and durably."""
    fsync_path(staged)
    created = _make_dirs(final.parent)
    os.replace(staged, final)
    fsync_path(final.parent)  # the new directory entry of the file
    for folder in created:  # and the entries of directories made for it
        fsync_path(folder.parent)


class DatasetWriter:
    """Appends records to one Hive-partitioned dataset through a crash-safe spool.

    Every record goes to the current spool at once (see :mod:`newscrawl.storage.spool`); a
    spool is published as Parquet files (one per partition) after ``rows_per_file``
    records, when it has been open ``max_file_seconds``, or when the writer closes.
    """

    def __init__(self, root: str | os.PathLike, staging: RunStaging, schema: pa.Schema,
                 options: WriterOptions | None = None):
        self.root = Path(root)
        self.name = self.root.name
        self.staging = staging
        self.schema = schema
        self.options = options or WriterOptions()
        self.published: list[Path] = []
        self._spool: SpoolWriter | None = None
        self._opened_at = 0.0
        self._counter = 0

    def write(self, record: dict, partition: tuple[str, str]) -> None:
        """Spool one record; raises TypeError / ValueError (and keeps nothing) if it
        does not fit the schema."""
        batch = check_record(record, self.schema)
        spool = self._spool if self._spool is not None else self._start_spool()
        spool.append(batch, partition)
        if spool.rows >= self.options.rows_per_file:
            self._publish_spool()
        else:
            self.publish_old_files()

    def write_batch(self, batch: pa.RecordBatch, partition: tuple[str, str]) -> None:
        """Spool many records of one partition at once (a batch of the writer's schema:
        bulk loads and generated outputs; the crawl writes record by record)."""
        if batch.schema != self.schema:
            batch = pa.RecordBatch.from_arrays(
                [batch.column(name) if name in batch.schema.names
                 else pa.nulls(batch.num_rows, field.type)
                 for name, field in zip(self.schema.names, self.schema)], schema=self.schema)
        spool = self._spool if self._spool is not None else self._start_spool()
        spool.append(batch, partition)
        if spool.rows >= self.options.rows_per_file:
            self._publish_spool()

    def publish_old_files(self) -> None:
        """Publish the spool when it has been open longer than ``max_file_seconds``."""
        limit = self.options.max_file_seconds
        if limit and self._spool is not None and time.monotonic() - self._opened_at >= limit:
            self._publish_spool()

    def close(self) -> list[Path]:
        """Publish what is spooled; returns all files published."""
        if self._spool is not None:
            self._publish_spool()
        return self.published

    # -- internals ----------------------------------------------------------------
    def _start_spool(self) -> SpoolWriter:
        self._counter += 1
        stamp = dt.datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        stem = f"part-{stamp}-{self.staging.run_id}-{self._counter:05d}"
        path = self.staging.file_path(self.name, stem + SPOOL_SUFFIX)
        self._spool = SpoolWriter(path, self.schema, self.options.sync_seconds)
        self._opened_at = time.monotonic()
        return self._spool

    def _publish_spool(self) -> None:
        spool, self._spool = self._spool, None
        if spool is None:
            return
        spool.close()
        result = publish_spool(spool.path, self.root, spool.path.parent, self.options)
        self.published += result.files


def _make_dirs(folder: Path) -> list[Path]:
    """mkdir -p; returns the directories it created (their parents need an fsync)."""
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    return missing


# -- reading --------------------------------------------------------------------------

def open_dataset(root: Path, schema: pa.Schema) -> ds.Dataset:
    partitioning = ds.partitioning(PARTITION_SCHEMA, flavor="hive")
    full_schema = pa.schema(list(schema) + list(PARTITION_SCHEMA), metadata=schema.metadata)
    if not root.is_dir():
        return ds.dataset([], schema=full_schema, format="parquet")
    return ds.dataset(root, schema=full_schema, format="parquet", partitioning=partitioning)


def site_dataset(root: Path, site: str, schema: pa.Schema) -> ds.Dataset:
    """One site's part of a dataset (``site`` and ``date`` columns as in the whole one).

    Scanning a big dataset site by site through such short-lived objects keeps memory
    flat: a dataset object keeps per-file metadata of every file it has read for as long
    as it lives (some hundred kilobytes a file, with this schema's field docs)."""
    partitioning = ds.partitioning(PARTITION_SCHEMA, flavor="hive")
    full_schema = pa.schema(list(schema) + list(PARTITION_SCHEMA), metadata=schema.metadata)
    files = []
    for folder, dirs, names in os.walk(root / f"site={site}"):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        files += [os.path.join(folder, n) for n in sorted(names)
                  if n.endswith(PUBLISHED_SUFFIX) and not n.startswith(("_", "."))]
    return ds.dataset(files, schema=full_schema, format="parquet", partitioning=partitioning,
                      partition_base_dir=str(root))


def articles_dataset(output_dir: str | os.PathLike) -> ds.Dataset:
    """The articles dataset for filtering / scanning: Article columns plus ``site``
    (string) and ``date`` (date32, the fetch day) from the partition path."""
    return open_dataset(Path(output_dir) / ARTICLES, arrow_schema())


def failures_dataset(output_dir: str | os.PathLike) -> ds.Dataset:
    """The failures dataset: Failure columns plus ``site`` and ``date`` (failure day)."""
    return open_dataset(Path(output_dir) / FAILURES, failure_schema())


def checks_dataset(output_dir: str | os.PathLike) -> ds.Dataset:
    """The checks dataset (Check columns plus ``site`` and ``date``)."""
    return open_dataset(Path(output_dir) / CHECKS, check_schema())


def pages_dataset(output_dir: str | os.PathLike) -> ds.Dataset:
    """The refused pages dataset (Article columns, the refusal's, ``site`` and ``date``)."""
    return open_dataset(Path(output_dir) / PAGES, refused_page_schema())


def read_pages(output_dir: str | os.PathLike, **to_table) -> pa.Table:
    """Every refused page kept in ``pages/`` (``to_table`` options pass on)."""
    return pages_dataset(output_dir).to_table(**to_table)


def read_articles(output_dir: str | os.PathLike, **to_table) -> pa.Table:
    """Every article row (``to_table`` options such as ``filter=``/``columns=`` pass on)."""
    return articles_dataset(output_dir).to_table(**to_table)


def read_failures(output_dir: str | os.PathLike, **to_table) -> pa.Table:
    """Every failure row (``to_table`` options pass on)."""
    return failures_dataset(output_dir).to_table(**to_table)


#: Rows per record batch when datasets are scanned in bounded memory.
SCAN_BATCH_ROWS = 10_000
#: Scan options that keep a scan's memory bounded: pyarrow's defaults read ahead 16
#: batches from 4 files at once, which with article bodies is hundreds of megabytes.
BOUNDED_SCAN = {"batch_size": SCAN_BATCH_ROWS, "batch_readahead": 1, "fragment_readahead": 1}


def site_keys(output_dir: str | os.PathLike, dataset: str = ARTICLES) -> list[str]:
    """The ``site=`` values of a dataset, from its directory names."""
    root = Path(output_dir) / dataset
    if not root.is_dir():
        return []
    return sorted(entry.name[len("site="):] for entry in os.scandir(root)
                  if entry.is_dir() and entry.name.startswith("site="))


def iter_latest_articles(output_dir: str | os.PathLike, *, columns: list[str] | None = None,
                         filter=None) -> Iterator[pa.RecordBatch]:
    """The latest version of every article, as record batches, in bounded memory.

    One site at a time (a URL's rows are all in its site's partitions): a first pass
    reads only ``url`` and ``fetched_at`` and finds each URL's newest ``fetched_at``, a
    second pass reads the wanted columns batch by batch and keeps those rows. Memory is
    bounded by the largest site's URL list plus one batch, whatever the dataset's size.
    ``columns`` gets ``url`` and ``fetched_at`` added; ``filter`` is a dataset expression.
    """
    if columns is not None:
        columns = list(dict.fromkeys([*columns, "url", "fetched_at"]))
    root = Path(output_dir) / ARTICLES
    for site in site_keys(output_dir):
        dataset = site_dataset(root, site, arrow_schema())
        where = filter
        keys = dataset.to_table(columns=["url", "fetched_at"], filter=where)
        if keys.num_rows == 0:
            continue
        newest = keys.filter(pc.is_valid(keys.column("url"))).group_by("url").aggregate(
            [("fetched_at", "max")]).rename_columns(["url", "__newest"])
        del keys
        emitted: set[str] = set()
        for batch in dataset.to_batches(columns=columns, filter=where, **BOUNDED_SCAN):
            if batch.num_rows == 0:
                continue
            kept = _newest_rows(pa.Table.from_batches([batch]), newest, emitted)
            if kept.num_rows:
                yield from kept.to_batches()


def _newest_rows(table: pa.Table, newest: pa.Table, emitted: set[str]) -> pa.Table:
    """Rows of ``table`` that are their URL's newest version, not emitted before."""
    order = pa.array(range(table.num_rows), pa.int64())
    keyed = pa.table({"url": table.column("url"), "__row": order}).join(
        newest, "url", join_type="left outer")
    fetched = pc.take(table.column("fetched_at"), keyed.column("__row"))
    best = keyed.column("__newest")
    match = pc.or_kleene(pc.equal(fetched, best),
                         pc.and_(pc.is_null(best), pc.is_null(fetched)))
    rows = pc.filter(keyed.column("__row"), pc.fill_null(match, False)).to_pylist()
    urls = table.column("url")
    chosen = []
    for row in sorted(rows):
        url = urls[row].as_py()
        if url is None:
            chosen.append(row)
        elif url not in emitted:
            emitted.add(url)
            chosen.append(row)
    return table.take(pa.array(chosen, pa.int64()))


def latest_articles(output_dir: str | os.PathLike, **to_table) -> pa.Table:
    """The latest version of every article: one row per ``url``, the one with the newest
    ``fetched_at`` (``columns=`` and ``filter=`` pass on; a ``columns=`` list gets
    ``url`` and ``fetched_at`` added for the choice).

    The table holds the whole result; :func:`iter_latest_articles` gives the same rows
    as batches in bounded memory. The same view in DuckDB is in docs/unattended.md
    ("The latest view").
    """
    columns, where = to_table.pop("columns", None), to_table.pop("filter", None)
    if to_table:
        raise TypeError(f"unexpected options: {', '.join(to_table)}")
    schema = articles_dataset(output_dir).schema
    if columns is not None:
        wanted = list(dict.fromkeys([*columns, "url", "fetched_at"]))
        schema = pa.schema([schema.field(name) for name in wanted])
    batches = list(iter_latest_articles(output_dir, columns=columns, filter=where))
    return pa.Table.from_batches(batches, schema=schema)


def schema_versions(output_dir: str | os.PathLike, dataset: str = ARTICLES) -> dict[int, int]:
    """{schema version: number of files} of a dataset, from each file's metadata
    (files written before versions were recorded count as version 1)."""
    versions: dict[int, int] = {}
    for path in (Path(output_dir) / dataset).rglob("*" + PUBLISHED_SUFFIX):
        metadata = pq.read_schema(path).metadata or {}
        version = int(metadata.get(b"newscrawl.schema_version", b"1"))
        versions[version] = versions.get(version, 0) + 1
    return versions
