"""The output lock in distributed mode: workers share it; a single-machine crawl or a
compaction (exclusive) and a worker exclude each other; without a Redis URL the crawl
lock stays exclusive."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from newscrawl.storage.lock import OutputLock, OutputLocked, acquire_output_lock
from newscrawl.distributed.shared_lock import SharedOutputLock, acquire_crawl_lock, acquire_worker_lock


def test_workers_share_the_lock_and_keep_exclusive_holders_out(tmp_path):
    first = acquire_worker_lock(tmp_path, "worker 1")
    second = acquire_worker_lock(tmp_path, "worker 2")
    with pytest.raises(OutputLocked):
        acquire_output_lock(tmp_path, "compaction")
    first.release()
    with pytest.raises(OutputLocked):
        acquire_output_lock(tmp_path, "compaction")
    second.release()
    acquire_output_lock(tmp_path, "compaction").release()


def test_a_worker_is_refused_while_an_exclusive_holder_runs(tmp_path):
    exclusive = acquire_output_lock(tmp_path, "scrapy crawl article")
    with pytest.raises(OutputLocked) as refused:
        acquire_worker_lock(tmp_path)
    assert "scrapy crawl article" in str(refused.value)
    exclusive.release()
    acquire_worker_lock(tmp_path).release()


def test_the_crawl_lock_is_shared_only_in_distributed_mode(tmp_path):
    plain = acquire_crawl_lock(Settings(), tmp_path / "a", "crawl")
    assert isinstance(plain, OutputLock)
    plain.release()
    worker = acquire_crawl_lock(Settings({"NEWSCRAWL_REDIS_URL": "redis://127.0.0.1:1/0"}),
                                tmp_path / "b", "crawl")
    assert isinstance(worker, SharedOutputLock) and worker.held
    worker.release()
    assert not worker.held
