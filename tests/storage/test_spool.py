"""The spool: an Arrow IPC stream written one record (one write) at a time."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from newscrawl.model.check import check_schema
from newscrawl.storage.spool import SpoolWriter, read_spool, spool_schema, with_partition

UTC = dt.timezone.utc


def check_batch(n: int) -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist(
        [{"url": f"http://news.test/story-{n}/", "checked_at": dt.datetime(2026, 1, 2, tzinfo=UTC),
          "outcome": "new", "content_hash": f"{n:032x}"}], schema=check_schema())


def test_the_spool_is_the_ipc_stream_pyarrow_writes(tmp_path):
    partition = ("news.test", "2026-01-02")
    writer = SpoolWriter(tmp_path / "s.arrows", check_schema())
    for n in range(3):
        writer.append(check_batch(n), partition)
    writer.close()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, spool_schema(check_schema())) as reference:
        for n in range(3):
            reference.write_batch(with_partition(check_batch(n), partition))
    assert (tmp_path / "s.arrows").read_bytes() == sink.getvalue().to_pybytes()


def test_every_appended_record_is_readable_before_the_spool_is_closed(tmp_path):
    writer = SpoolWriter(tmp_path / "s.arrows", check_schema())
    for n in range(4):
        writer.append(check_batch(n), ("news.test", "2026-01-02"))
        batches, torn = read_spool(tmp_path / "s.arrows")
        assert [b.column("url")[0].as_py() for b in batches] == [
            f"http://news.test/story-{i}/" for i in range(n + 1)]
        assert not torn
    writer.close()


def test_a_record_of_another_schema_is_refused_and_nothing_is_written(tmp_path):
    writer = SpoolWriter(tmp_path / "s.arrows", check_schema())
    size = (tmp_path / "s.arrows").stat().st_size
    other = pa.RecordBatch.from_pylist([{"x": 1}])
    with pytest.raises((ValueError, pa.ArrowInvalid)):
        writer.append(other, ("news.test", "2026-01-02"))
    assert (tmp_path / "s.arrows").stat().st_size == size
    writer.close()
    assert read_spool(tmp_path / "s.arrows") == ([], False)
