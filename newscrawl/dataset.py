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

Checked readers (tests/test_dataset.py): pyarrow.dataset (hive), DuckDB
``read_parquet('articles/**/*.parquet', hive_partitioning=true)``, pandas
``read_parquet(dir)`` and polars ``read_parquet(dir, hive_partitioning=True)`` / ``scan_parquet``
with a glob. Put nothing but published Parquet files under a dataset directory: polars
reads every file it finds there, ``_``-prefixed or not.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newscrawl.article import arrow_schema
from newscrawl.failure import failure_schema

ARTICLES = "articles"
FAILURES = "failures"
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
    from newscrawl.extract.context import domain_of

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


def partition_dir(root: Path, partition: tuple[str, str]) -> Path:
    """The directory of one partition inside a dataset root."""
    site, day = partition
    return root / f"site={site}" / f"date={day}"


# -- record checks --------------------------------------------------------------------

def check_record(record: dict, schema: pa.Schema) -> pa.RecordBatch:
    """The record as a one-row batch of ``schema``; raises TypeError / ValueError if it
    does not fit (a wrong type, an overflow, a string where a list belongs)."""
    for name in schema.names:
        value = record.get(name)
        if isinstance(value, (str, bytes)) and pa.types.is_list(schema.field(name).type):
            raise TypeError(f"field {name!r} holds a string where a list is expected")
    try:
        return pa.RecordBatch.from_pylist([record], schema=schema)
    except (pa.ArrowException, OverflowError) as exc:
        raise ValueError(f"record does not fit the schema: {exc}") from exc


# -- staging --------------------------------------------------------------------------

def new_run_id() -> str:
    """A short random id that keeps one run's file names apart from every other run's."""
    return uuid.uuid4().hex[:12]


def _fsync_path(path: Path) -> None:
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


def clean_abandoned_staging(output_dir: str | os.PathLike) -> list[Path]:
    """Remove staging directories left by runs that died; returns the removed paths.

    A directory whose ``.lock`` can be locked has no live owner. One without a lock file
    is removed once it is older than :data:`UNLOCKED_GRACE_SECONDS`.
    """
    removed = []
    staging = Path(output_dir) / STAGING
    if not staging.is_dir():
        return removed
    for run_dir in staging.iterdir():
        if run_dir.is_dir() and _is_abandoned(run_dir):
            shutil.rmtree(run_dir, ignore_errors=True)
            removed.append(run_dir)
    return removed


def _is_abandoned(run_dir: Path) -> bool:
    lock_path = run_dir / LOCK_NAME
    if not lock_path.exists():
        return time.time() - run_dir.stat().st_mtime > UNLOCKED_GRACE_SECONDS
    with open(lock_path, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(lock, fcntl.LOCK_UN)
        return True


# -- writing --------------------------------------------------------------------------

@dataclass
class WriterOptions:
    """How files are cut and compressed (the NEWSCRAWL_ROWS_* / _PARQUET_* settings)."""

    rows_per_group: int = 2000
    rows_per_file: int = 100_000
    compression: str = "zstd"
    compression_level: int | None = 3
    #: Publish a file once it has been open this long (seconds; 0 = only by rows/close).
    max_file_seconds: float = 900

    def __post_init__(self):
        self.rows_per_group = max(1, int(self.rows_per_group))
        self.rows_per_file = max(1, int(self.rows_per_file))
        self.max_file_seconds = max(0.0, float(self.max_file_seconds or 0))


@dataclass
class _OpenFile:
    """One partition's file being written: its buffered rows and its Parquet writer."""

    staged: Path
    final: Path
    writer: pq.ParquetWriter | None = None
    pending: list[pa.RecordBatch] = field(default_factory=list)
    rows_in_file: int = 0
    opened_at: float = field(default_factory=time.monotonic)


class DatasetWriter:
    """Appends records to one Hive-partitioned dataset, publishing only complete files."""

    def __init__(self, root: str | os.PathLike, staging: RunStaging, schema: pa.Schema,
                 options: WriterOptions | None = None):
        self.root = Path(root)
        self.name = self.root.name
        self.staging = staging
        self.schema = schema
        self.options = options or WriterOptions()
        self.rows_written = 0
        self.published: list[Path] = []
        self._open: dict[tuple[str, str], _OpenFile] = {}
        self._counter = 0

    def write(self, record: dict, partition: tuple[str, str]) -> None:
        """Buffer one record; raises TypeError / ValueError (and keeps nothing) if it
        does not fit the schema."""
        batch = check_record(record, self.schema)
        current = self._open.get(partition) or self._start_file(partition)
        current.pending.append(batch)
        room = self.options.rows_per_file - current.rows_in_file
        if len(current.pending) >= min(self.options.rows_per_group, room):
            self._flush_group(current)
            if current.rows_in_file >= self.options.rows_per_file:
                self._publish(partition)
        self.publish_old_files()

    def publish_old_files(self) -> None:
        """Publish every open file that has been open longer than ``max_file_seconds``."""
        limit = self.options.max_file_seconds
        if not limit:
            return
        now = time.monotonic()
        for partition, current in list(self._open.items()):
            if now - current.opened_at >= limit:
                self._publish(partition)

    def close(self) -> list[Path]:
        """Write what is buffered, publish every open file; returns all files published."""
        for partition in list(self._open):
            self._publish(partition)
        return self.published

    # -- internals ----------------------------------------------------------------
    def _start_file(self, partition: tuple[str, str]) -> _OpenFile:
        self._counter += 1
        stamp = dt.datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        stem = f"part-{stamp}-{self.staging.run_id}-{self._counter:05d}"
        opened = _OpenFile(
            staged=self.staging.file_path(self.name, stem + STAGED_SUFFIX),
            final=partition_dir(self.root, partition) / (stem + PUBLISHED_SUFFIX))
        self._open[partition] = opened
        return opened

    def _flush_group(self, current: _OpenFile) -> None:
        if not current.pending:
            return
        table = pa.Table.from_batches(current.pending, schema=self.schema).combine_chunks()
        if current.writer is None:
            current.writer = pq.ParquetWriter(
                current.staged, self.schema, compression=self.options.compression,
                compression_level=self.options.compression_level)
        current.writer.write_table(table, row_group_size=table.num_rows)
        current.rows_in_file += table.num_rows
        current.pending.clear()

    def _publish(self, partition: tuple[str, str]) -> None:
        current = self._open.pop(partition)
        self._flush_group(current)
        if current.writer is None:  # nothing was ever written
            return
        current.writer.close()
        _fsync_path(current.staged)
        created = _make_dirs(current.final.parent)
        os.replace(current.staged, current.final)
        _fsync_path(current.final.parent)  # the new directory entry of the file
        for folder in created:  # and the entries of directories made for it
            _fsync_path(folder.parent)
        self.rows_written += current.rows_in_file
        self.published.append(current.final)


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

def _dataset(root: Path, schema: pa.Schema) -> ds.Dataset:
    partitioning = ds.partitioning(PARTITION_SCHEMA, flavor="hive")
    full_schema = pa.schema(list(schema) + list(PARTITION_SCHEMA), metadata=schema.metadata)
    if not root.is_dir():
        return ds.dataset([], schema=full_schema, format="parquet")
    return ds.dataset(root, schema=full_schema, format="parquet", partitioning=partitioning)


def articles_dataset(output_dir: str | os.PathLike) -> ds.Dataset:
    """The articles dataset for filtering / scanning: Article columns plus ``site``
    (string) and ``date`` (date32, the fetch day) from the partition path."""
    return _dataset(Path(output_dir) / ARTICLES, arrow_schema())


def failures_dataset(output_dir: str | os.PathLike) -> ds.Dataset:
    """The failures dataset: Failure columns plus ``site`` and ``date`` (failure day)."""
    return _dataset(Path(output_dir) / FAILURES, failure_schema())


def read_articles(output_dir: str | os.PathLike, **to_table) -> pa.Table:
    """Every article row (``to_table`` options such as ``filter=``/``columns=`` pass on)."""
    return articles_dataset(output_dir).to_table(**to_table)


def read_failures(output_dir: str | os.PathLike, **to_table) -> pa.Table:
    """Every failure row (``to_table`` options pass on)."""
    return failures_dataset(output_dir).to_table(**to_table)
