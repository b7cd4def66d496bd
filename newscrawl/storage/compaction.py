"""Compaction: merge the small files of each partition into few large ones, atomically.

Hourly cron runs leave many small files per ``site=/date=`` partition. Compaction
rewrites each partition holding at least ``min_files`` files into files of up to
``rows_per_file`` rows (same rows, same order: file by file, row by row; columns
conformed to the current schema, so files of an older schema version are upgraded with
nulls for fields they lacked) and swaps them in.

Atomicity: the new files are written into a staging directory
``<output>/_staging/compact-<id>/new/``, which is then exchanged with the partition
directory in one ``renameat2(RENAME_EXCHANGE)`` call (Linux >= 3.15; ext4, xfs, btrfs,
tmpfs). A reader listing the partition sees either all old files or all new ones,
never both and never neither; a crash before the exchange leaves the partition as it
was, a crash after it leaves the old files in staging. Either way the next crawl or
compaction removes the staging directory and nothing else needs doing.

Where the exchange is not supported, the fallback is a journal: ``journal.json`` names
the new and the old files, then the new files are renamed into the partition and the
old ones deleted. A crash in between is finished by :func:`finish_compaction` (roll
forward once any new file is in place, otherwise drop the staged files). Readers could
then see both sets for the few milliseconds between the renames and the deletions.

Compaction takes the output lock, so it is refused while a crawl writes (and a crawl
is refused while it runs), and it first recovers what killed runs spooled.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newscrawl.model.article import SCHEMA_VERSION, arrow_schema
from newscrawl.model.check import check_schema, refused_page_schema
from newscrawl.model.failure import failure_schema
from newscrawl.storage.dataset import (
    ARTICLES,
    CHECKS,
    FAILURES,
    PAGES,
    LOCK_NAME,
    PUBLISHED_SUFFIX,
    STAGING,
    WriterOptions,
    fsync_path,
    new_run_id,
)
from newscrawl.storage.recovery import recover_abandoned_runs
from newscrawl.storage.swap import COMPACT_PREFIX, exchange_dirs, finish_compaction, swap_by_journal
from newscrawl.storage.lock import acquire_output_lock

#: Datasets compacted by default, with their schemas.
DATASET_SCHEMAS = {ARTICLES: arrow_schema, FAILURES: failure_schema}

@dataclass
class CompactionReport:
    """What a compaction did, per dataset and in total."""

    partitions: int = 0
    files_before: int = 0
    files_after: int = 0
    rows: int = 0
    skipped: list[str] = field(default_factory=list)
    #: Partitions of checks/ removed by the retention policy.
    pruned: int = 0

    def line(self) -> str:
        """One line for logs and the command's output."""
        return (f"newscrawl compact: partitions={self.partitions} files {self.files_before}"
                f" -> {self.files_after} rows={self.rows} skipped={len(self.skipped)}"
                f" checks_pruned={self.pruned}")


def _dataset_schemas() -> dict:
    return {**DATASET_SCHEMAS, CHECKS: check_schema, PAGES: refused_page_schema}


def compact_output(output_dir: str | os.PathLike, datasets=None, *, min_files: int = 2,
                   options: WriterOptions | None = None, checks_keep_days: float = 0,
                   today: dt.date | None = None) -> CompactionReport:
    """Compact every partition of the output's datasets holding >= ``min_files`` files,
    after pruning the checks partitions older than ``checks_keep_days`` (0: keep all;
    setting NEWSCRAWL_CHECKS_KEEP_DAYS).

    Raises :class:`newscrawl.storage.lock.OutputLocked` when a crawl (or another compaction)
    holds the output lock.
    """
    output = Path(output_dir)
    options = options or WriterOptions()
    schemas = _dataset_schemas()
    report = CompactionReport()
    with acquire_output_lock(output, "compact"):
        recover_abandoned_runs(output, options)
        if checks_keep_days and float(checks_keep_days) > 0:
            report.pruned = prune_partitions(output, CHECKS, float(checks_keep_days), today)
        for name in datasets or schemas:
            root = output / name
            if not root.is_dir():
                continue
            for part_dir in sorted(partition_dirs(root)):
                files = sorted(part_dir.glob("*" + PUBLISHED_SUFFIX))
                if len(files) < max(2, min_files):
                    continue
                compact_partition(output, part_dir, files, schemas[name](), options, report)
    return report


def prune_partitions(output: Path, dataset: str, keep_days: float,
                     today: dt.date | None = None) -> int:
    """Remove a dataset's ``date=`` partitions older than ``keep_days`` days; returns how
    many. Each goes in one rename out of the dataset (into a staging directory removed
    after), so a reader sees a partition whole or not at all.

    Pruning ``checks/`` forgets, for URLs last looked at before the window, the listing
    date of that look and the refusals of listed non-articles: such a URL is then judged
    on its newest version's ``fetched_at`` alone (at most one extra fetch when its
    listing date changes), and a refused page is fetched once more if listed again. The
    output's state index keeps what it had folded until it is rebuilt."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    cutoff = today - dt.timedelta(days=keep_days)
    root = output / dataset
    if not root.is_dir():
        return 0
    stage = CompactionStage(output)
    pruned = 0
    try:
        for site_dir in sorted(root.glob("site=*")):
            for day_dir in sorted(site_dir.glob("date=*")):
                try:
                    day = dt.date.fromisoformat(day_dir.name[len("date="):])
                except ValueError:
                    continue
                if day < cutoff:
                    os.rename(day_dir, stage.path / f"{pruned:06d}")
                    pruned += 1
            if not any(site_dir.iterdir()):
                site_dir.rmdir()
        fsync_path(root)
    finally:
        stage.close()
    return pruned


def partition_dirs(root: Path) -> list[Path]:
    """Directories under a dataset root that directly hold published Parquet files."""
    return sorted({p.parent for p in root.rglob("*" + PUBLISHED_SUFFIX)
                   if not any(part.startswith(("_", ".")) for part in p.relative_to(root).parts)})


def compact_partition(output: Path, part_dir: Path, files: list[Path], schema: pa.Schema,
                      options: WriterOptions, report: CompactionReport) -> None:
    """Rewrite one partition's ``files`` as few files and swap them in atomically."""
    newer = [f for f in files if file_schema_version(f) > SCHEMA_VERSION]
    if newer:
        report.skipped.append(f"{part_dir}: written by a newer schema ({newer[0].name})")
        return
    stage = CompactionStage(output)
    try:
        new_dir = stage.path / "new"
        new_dir.mkdir()
        written, rows = _merge(files, schema, new_dir, stage.run_id, options)
        exchanged = exchange_dirs(new_dir, part_dir)
        if not exchanged:
            swap_by_journal(stage.path, new_dir, part_dir, files)
        report.partitions += 1
        report.files_before += len(files)
        report.files_after += len(written)
        report.rows += rows
    finally:
        finish_compaction(stage.path)  # a journal swap cut short by an error: finish it
        stage.close()


def file_schema_version(path: Path) -> int:
    """The ``newscrawl.schema_version`` a file was written with (1 when unrecorded)."""
    metadata = pq.read_schema(path).metadata or {}
    return int(metadata.get(b"newscrawl.schema_version", b"1"))


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns: missing ones null, others cast."""
    columns = []
    for target in schema:
        if target.name in table.column_names:
            columns.append(table.column(target.name).cast(target.type))
        else:
            columns.append(pa.nulls(table.num_rows, target.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _merge(files: list[Path], schema: pa.Schema, new_dir: Path, run_id: str,
           options: WriterOptions) -> tuple[list[Path], int]:
    """Write the rows of ``files`` (in order) into new files of up to rows_per_file rows."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    written: list[Path] = []
    writer = None
    rows_in_file = total = 0
    for table in _file_pieces(files, schema, options.rows_per_group):
        offset = 0
        while offset < table.num_rows:
            if writer is None or rows_in_file >= options.rows_per_file:
                if writer is not None:
                    writer.close()
                written.append(new_dir / f"part-{stamp}-{run_id}-{len(written) + 1:05d}"
                                         f"{PUBLISHED_SUFFIX}")
                writer = pq.ParquetWriter(written[-1], schema,
                                          compression=options.compression,
                                          compression_level=options.compression_level)
                rows_in_file = 0
            piece = table.slice(offset, options.rows_per_file - rows_in_file)
            writer.write_table(piece, row_group_size=options.rows_per_group)
            rows_in_file += piece.num_rows
            total += piece.num_rows
            offset += piece.num_rows
    if writer is not None:
        writer.close()
    for path in written:
        fsync_path(path)
    fsync_path(new_dir)
    return written, total


def _file_pieces(files: list[Path], schema: pa.Schema, rows: int):
    """The rows of ``files``, in order, as conformed tables of at most ``rows`` rows:
    one row group's worth in memory at a time, however large the partition."""
    for path in files:
        parquet = pq.ParquetFile(path)
        present = [name for name in schema.names if name in parquet.schema_arrow.names]
        for batch in parquet.iter_batches(batch_size=max(1, rows), columns=present):
            yield conform(pa.Table.from_batches([batch]), schema)


class CompactionStage:
    """A compaction's staging directory, locked while it lives, removed at close."""

    def __init__(self, output: Path):
        self.run_id = new_run_id()
        self.path = output / STAGING / f"{COMPACT_PREFIX}{self.run_id}"
        self.path.mkdir(parents=True)
        self._lock = open(self.path / LOCK_NAME, "w")  # noqa: SIM115 - held while it lives
        fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def close(self) -> None:
        """Remove the staging directory (old files after a swap, new ones before)."""
        shutil.rmtree(self.path, ignore_errors=True)
        self._lock.close()


__all__ = ["CompactionReport", "compact_output", "compact_partition", "conform",
           "file_schema_version", "partition_dirs", "prune_partitions"]
