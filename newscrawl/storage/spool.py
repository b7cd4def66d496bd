"""Spool files: the append-only log a run writes every record to before publishing it.

A spool file is an Arrow IPC stream (``<stem>.arrows``) of one-row record batches in the
dataset's schema plus two partition columns (:data:`SITE_COLUMN`, :data:`DATE_COLUMN`),
so whoever publishes it (the run itself, or the next run recovering it after a crash)
puts every row into the same partition file, named from the spool's stem.

Each record reaches the operating system before :meth:`SpoolWriter.append` returns, in
one ``write`` call (the record's whole IPC message, serialised in memory first: the
stream writer would issue a ``write`` per buffer, some 90 per article row), so a
``kill -9`` of the process loses nothing already appended; the file is ``fsync``\\ ed every ``sync_seconds`` and when it is closed, which
bounds what a power cut can lose. A record torn by a kill in the middle of its write
makes the reader stop there: :func:`read_spool` returns the complete records before it
and says the tail was torn (that record was never marked seen, so it is fetched again).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pyarrow as pa

#: Suffix of spool files.
SPOOL_SUFFIX = ".arrows"
#: The IPC stream's end-of-stream marker (continuation token, zero length).
END_OF_STREAM = b"\xff\xff\xff\xff\x00\x00\x00\x00"
#: Partition columns carried by spool records (dropped when published).
SITE_COLUMN = "__partition_site"
DATE_COLUMN = "__partition_date"


def spool_schema(schema: pa.Schema) -> pa.Schema:
    """The schema of a spool of ``schema`` rows: the same fields plus the partition."""
    return schema.append(pa.field(SITE_COLUMN, pa.string())).append(
        pa.field(DATE_COLUMN, pa.string()))


def with_partition(batch: pa.RecordBatch, partition: tuple[str, str]) -> pa.RecordBatch:
    """A batch (one row, or several of one partition) with its (site, date) partition
    added as the two spool columns."""
    site, day = partition
    rows = batch.num_rows
    return pa.RecordBatch.from_arrays(
        batch.columns + [pa.array([site] * rows, pa.string()),
                         pa.array([day] * rows, pa.string())],
        schema=spool_schema(batch.schema))


class SpoolWriter:
    """Appends one-row batches to a new spool file; every append reaches the OS at once.

    The file is the Arrow IPC stream format byte for byte (the schema message, one
    message per record, the end-of-stream marker at close), written a message at a time:
    the schemas of the datasets have no dictionary fields, so no dictionary messages."""

    def __init__(self, path: Path, schema: pa.Schema, sync_seconds: float = 1.0):
        self.path = Path(path)
        self.schema = spool_schema(schema)
        self.sync_seconds = sync_seconds
        self.rows = 0
        self._file = open(self.path, "xb", buffering=0)  # noqa: SIM115 - closed in close()
        self._write(self.schema.serialize())
        self._synced_at = time.monotonic()

    def _write(self, data) -> None:
        """Write all of ``data`` (one ``write`` call unless the OS takes less)."""
        view = memoryview(data)
        while view:
            view = view[self._file.write(view):]

    def append(self, batch: pa.RecordBatch, partition: tuple[str, str]) -> None:
        """Write one record (a one-row batch of the dataset schema; or several records
        of one partition) into the spool."""
        batch = with_partition(batch, partition)
        if batch.schema != self.schema:
            raise ValueError("the record's schema is not the spool's")
        self._write(batch.serialize())
        self.rows += batch.num_rows
        if time.monotonic() - self._synced_at >= self.sync_seconds:
            os.fsync(self._file.fileno())
            self._synced_at = time.monotonic()

    def close(self) -> None:
        """End the stream, fsync and close the file."""
        if self._file.closed:
            return
        self._write(END_OF_STREAM)
        os.fsync(self._file.fileno())
        self._file.close()


class SpoolReader:
    """Iterates the complete records of a spool file, in order, one batch at a time.

    It stops quietly at a torn tail (a record cut by a kill, or a schema message cut
    before the first record); ``torn`` tells afterwards whether that happened.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.torn = False

    def __iter__(self):
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            return
        with handle:
            try:
                reader = pa.ipc.open_stream(handle)
            except (pa.ArrowInvalid, OSError, EOFError):
                self.torn = handle.seek(0, os.SEEK_END) > 0
                return
            while True:
                try:
                    batch = reader.read_next_batch()
                except StopIteration:
                    return
                except (pa.ArrowInvalid, OSError, EOFError):
                    self.torn = True
                    return
                yield batch


def read_spool(path: Path) -> tuple[list[pa.RecordBatch], bool]:
    """(complete records in order, whether a torn record was dropped at the end)."""
    reader = SpoolReader(path)
    batches = list(reader)
    return batches, reader.torn


def partition_of_row(batch: pa.RecordBatch) -> tuple[str, str]:
    """The (site, date) partition a spool record belongs to."""
    return (batch.column(SITE_COLUMN)[0].as_py(), batch.column(DATE_COLUMN)[0].as_py())
