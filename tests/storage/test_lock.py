"""The output lock: one writer per output directory; a killed holder never blocks the next;
two crawls at once: the second exits 75 within seconds, touching nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from newscrawl.storage.lock import LOCK_FILE, OutputLocked, acquire_output_lock, is_locked
from newscrawl.crawl.outcome import EXIT_LOCKED, EXIT_OK
from newscrawl.testsite import TestSite
from tests.run_helpers import PROJECT, article_gets, end_faults, run_crawl, start_crawl
from tests import processes

_HOLDER = textwrap.dedent("""
    import sys, time
    from newscrawl.storage.lock import acquire_output_lock
    acquire_output_lock(sys.argv[1], "test holder")
    print("locked", flush=True)
    time.sleep(60)
""")


def hold_lock(output) -> subprocess.Popen:
    """Another process holding the output lock (until killed)."""
    holder = processes.popen([sys.executable, "-c", _HOLDER, str(output)], cwd=PROJECT,
                             stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_the_lock_is_reentrant_in_one_process_and_released_by_the_last_holder(tmp_path):
    first = acquire_output_lock(tmp_path, "first")
    second = acquire_output_lock(tmp_path, "second")
    assert second is first
    second.release()
    assert is_locked(tmp_path)
    first.release()
    assert not is_locked(tmp_path)
    assert (tmp_path / LOCK_FILE).exists()  # the file stays; only the flock matters


def test_another_process_is_refused_with_the_holder_named_then_a_kill_frees_it(tmp_path):
    holder = hold_lock(tmp_path)
    try:
        with pytest.raises(OutputLocked) as refused:
            acquire_output_lock(tmp_path)
        assert f"pid {holder.pid}: test holder" in str(refused.value)
    finally:
        holder.kill()  # SIGKILL: no cleanup runs in the holder
        holder.wait()
    with acquire_output_lock(tmp_path) as lock:  # the kernel dropped the flock
        assert lock.held


def test_two_crawls_at_once_the_second_refuses_within_seconds(tmp_path):
    # Article pages answer slowly, so the first crawl surely outlives the second's start.
    with TestSite.generated(n_articles=40, seed=7, faults="delay:seconds=2") as site:
        first = start_crawl(site.base_url, tmp_path)
        deadline = time.monotonic() + 60
        while not article_gets(site) and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.poll() is None, "the first crawl ended before the second started"
        began = time.monotonic()
        second = run_crawl(site.base_url, tmp_path)
        took = time.monotonic() - began
        served_while_second_ran = len(site.requests_log)
        end_faults(site)  # the slow pages kept the first crawl going; it may now end
        assert first.wait(timeout=120) == EXIT_OK
    assert second.returncode == EXIT_LOCKED, second.stderr[-2000:]
    assert "another newscrawl process is writing to" in second.stderr
    assert "scrapy crawl article" in second.stderr  # the holder is named
    assert took < 15
    assert served_while_second_ran > 0
    assert "Spider opened" not in second.stderr  # refused before the crawler started


def test_a_crawl_is_refused_while_a_compaction_or_other_holder_runs(tmp_path):
    holder = hold_lock(tmp_path)
    try:
        result = run_crawl("http://127.0.0.1:9/", tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == EXIT_LOCKED
    assert not (tmp_path / "_staging").exists()
