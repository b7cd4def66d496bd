"""The extraction pool: pages queued ahead of each worker; crashes and time-outs with
pages queued (each tried again, none cancelled); a worker killed or frozen at any moment,
even halfway through writing a result, never leaves a page waiting for ever."""

from __future__ import annotations

import asyncio
import concurrent.futures.process as futures_process
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newscrawl.crawl import workers
from newscrawl.crawl.workers import (
    ExtractionPool, ExtractionTimeout, PageJob, PageResult, WorkerCrashed,
    process_pool)
from tests import processes

ROOT = Path(__file__).resolve().parents[2]

PARAGRAPH = ("The harbour board met on Tuesday and voted to repair the north pier before "
             "the winter storms, after engineers warned that the old timber could fail.")


def page_job(n: int, paragraphs: int = 20) -> PageJob:
    body = (f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
            + "".join(f"<p>{PARAGRAPH} ({n}.{i})</p>" for i in range(paragraphs))
            + "</article></body></html>").encode()
    return PageJob(body=body, url=f"https://harbour.example/news/story-{n}/", http_status=200,
                   content_type="text/html; charset=utf-8",
                   fetched_at=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc), profile=False)


def test_the_call_queue_holds_the_queued_pages_of_every_worker():
    standard = futures_process.EXTRA_QUEUED_CALLS
    executor = process_pool(2, 4)
    try:
        # two running, 4 queued per worker: 2 + 8 (the standard pool: 2 + 1)
        assert executor._call_queue._maxsize == 2 + 8
        assert futures_process.EXTRA_QUEUED_CALLS == standard  # nothing else changed
    finally:
        executor.shutdown()


def test_every_page_comes_back_through_a_deep_queue():
    pool = ExtractionPool(1, timeout=30, queued=4)

    async def run():
        return await asyncio.gather(*(pool.run(page_job(n)) for n in range(30)))

    try:
        results = asyncio.run(run())
    finally:
        pool.close()
    assert [r.article.headline for r in results] == [f"Story {n}" for n in range(30)]


def test_pages_queued_on_a_killed_worker_are_tried_again_and_come_back():
    pool = ExtractionPool(1, timeout=60, queued=4)

    async def run():
        first = await pool.run(page_job(0))  # the pool is up
        tasks = [asyncio.ensure_future(pool.run(page_job(n, paragraphs=6000)))
                 for n in range(1, 8)]
        await asyncio.sleep(0.3)  # the worker holds a page (0.25 s each here), more queued
        for process in list(pool._live.executor._processes.values()):
            os.kill(process.pid, signal.SIGKILL)
        # bounded: a pool stuck on the killed worker fails the test instead of hanging it
        pages = asyncio.gather(*tasks, return_exceptions=True)
        return [first, *await asyncio.wait_for(pages, 60)]

    try:
        results = asyncio.run(run())
    finally:
        pool.close()
    assert pool._generation == 2  # the kill broke the first pool; a second one finished
    assert all(isinstance(r, PageResult) for r in results), results
    assert [r.article.headline for r in results] == [f"Story {n}" for n in range(8)]


def test_a_slow_page_times_out_twice_and_the_pages_queued_behind_it_come_back():
    # 0.2 s bound; the slow page takes about 1.4 s here, the small ones a few ms
    pool = ExtractionPool(1, timeout=30, queued=4)

    async def run():
        await pool.run(page_job(0))  # the pool is up (a worker's start-up is not the point)
        pool.timeout = 0.2
        slow = asyncio.ensure_future(pool.run(page_job(1, paragraphs=40_000)))
        others = [asyncio.ensure_future(pool.run(page_job(n))) for n in range(2, 12)]
        return await asyncio.gather(slow, *others, return_exceptions=True)

    try:
        slow, *others = asyncio.run(run())
    finally:
        pool.close()
    assert isinstance(slow, ExtractionTimeout)
    # none cancelled, none failed for waiting behind the slow page
    assert all(isinstance(r, PageResult) for r in others), others
    assert [r.article.headline for r in others] == [f"Story {n}" for n in range(2, 12)]


def test_a_crawl_whose_pages_all_time_out_ends_with_every_page_a_recorded_failure(tmp_path):
    # Every page exceeds a 0.5 ms bound: each restart of the pool used to cancel the pages
    # waiting in it, their callbacks ended with CancelledError and the crawl never ended.
    from newscrawl.storage.dataset import read_failures
    from newscrawl.testsite import TestSite
    from tests.run_helpers import run_crawl

    with TestSite.generated(n_articles=40, seed=3) as site:
        done = run_crawl(site.base_url, tmp_path / "out", "-s", "NEWSCRAWL_EXTRACT_TIMEOUT=0.0005",
                         timeout=120)
    failures = read_failures(tmp_path / "out").to_pylist()
    timed_out = {f["url"] for f in failures if f["error_type"] == "ExtractionTimeout"}
    assert len(timed_out) >= 40, done.stderr[-2000:]
    assert "CancelledError" not in done.stderr


def run_scenario(*args: str, limit: float = 90) -> dict:
    """Run a scenario of tests/crawl/pool_scenarios.py in a child process: a pool that
    hangs fails the test after ``limit`` seconds (the child is killed, its workers with it)."""
    try:
        done = processes.run([sys.executable, "-m", "tests.crawl.pool_scenarios", *args],
                             cwd=ROOT, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"the pages were not all back after {limit:g} s: the pool hung\n"
                    f"{(hung.stderr or b'')[-3000:]!r}")
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not os.path.exists("/proc/self/wchan"),
                    reason="needs /proc/PID/wchan (Linux) to catch the worker mid-write")
@pytest.mark.parametrize("moment, how, timeout", [
    # killed halfway through writing a page's result (a 1 MB result: many pipe writes),
    # with 1 MB pages queued behind it (the queue feeder blocked writing the next): the
    # pool's own manager thread stays blocked on the half-written result for ever. The
    # page bound (600 s) is beyond the child's limit (90 s), so only noticing the dead
    # worker brings the pages back in time
    ("pipe_write", "kill", "600"),
    # frozen there (SIGSTOP: the worker does not die): the page's 2 s bound gives the pool up
    ("pipe_write", "stop", "2"),
    # killed while extracting
    ("running", "kill", "600"),
])
def test_a_worker_killed_or_frozen_at_any_moment_leaves_no_page_waiting(moment, how, timeout):
    report = run_scenario(moment, how, timeout)
    if "caught_in" not in report and set(report.get("seen", ())) <= {"0"}:
        pytest.skip(f"this kernel does not show where a process waits ({report})")
    assert moment.replace("running", "0") in report.get("caught_in", ""), report
    assert report["results"] == [f"Story {n}" for n in range(1, 8)], report
    assert report["generations"] == 2, report  # the broken pool, then one that finished
    # close() left nothing of the pool: no thread (manager, queue feeder), no worker
    assert report["threads_left"] == [] and not report["worker_left"], report


#: close()'s grace in the frozen-worker test: it waits the page bound plus this grace
#: for a frozen worker's pool to stop before killing it, a fixed wait (1 + 5 s with the
#: module's bound and grace); what is tested is that it kills then, not how long it waits.
SHORT_GRACE = 0.5


def test_close_ends_a_pool_whose_worker_is_frozen(monkeypatch):
    monkeypatch.setattr(workers, "CLOSE_GRACE", SHORT_GRACE)
    pool = ExtractionPool(1, timeout=60, queued=4)  # a loose bound while the pool starts

    async def run():
        return await pool.run(page_job(0))

    try:
        assert asyncio.run(run()).article.headline == "Story 0"
    except BaseException:
        pool.close()
        raise
    pool.timeout = SHORT_GRACE
    worker = next(iter(pool._live.executor._processes.values()))
    threads_before = set(threading.enumerate())
    os.kill(worker.pid, signal.SIGSTOP)  # it will never read the request to stop
    closing = threading.Thread(target=pool.close)
    closing.start()
    closing.join(pool.timeout + workers.CLOSE_GRACE + 20)
    try:
        assert not closing.is_alive(), "close() did not return"
        with pytest.raises(ProcessLookupError):  # killed, and reaped by the forkserver
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                os.kill(worker.pid, 0)
                time.sleep(0.05)
        assert set(threading.enumerate()) <= threads_before | {closing}
    finally:
        try:
            os.kill(worker.pid, signal.SIGKILL)  # never leave a stopped worker behind
        except ProcessLookupError:
            pass
        closing.join()


def test_a_closed_pool_starts_no_new_pool_for_a_late_page():
    pool = ExtractionPool(1, timeout=60, queued=1)
    try:
        assert asyncio.run(pool.run(page_job(0))).article.headline == "Story 0"
    finally:
        pool.close()
    generations = pool._generation
    with pytest.raises(WorkerCrashed, match="closed"):
        asyncio.run(pool.run(page_job(1)))
    assert pool._generation == generations and pool._live is None  # nothing started again
