"""The extraction pool: pages queued ahead of each worker, crash recovery with them queued."""

from __future__ import annotations

import asyncio
import concurrent.futures.process as futures_process
import datetime as dt
import os
import signal

from newscrawl.crawl.workers import ExtractionPool, PageJob, PageResult, process_pool

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
        tasks = [asyncio.ensure_future(pool.run(page_job(n, paragraphs=3000)))
                 for n in range(1, 8)]
        await asyncio.sleep(0.3)  # the worker holds a page and has more queued
        for process in list(pool._executor._processes.values()):
            os.kill(process.pid, signal.SIGKILL)
        return [first, *await asyncio.gather(*tasks, return_exceptions=True)]

    try:
        results = asyncio.run(run())
    finally:
        pool.close()
    assert pool._generation == 2  # the kill broke the first pool; a second one finished
    assert all(isinstance(r, PageResult) for r in results), results
    assert [r.article.headline for r in results] == [f"Story {n}" for n in range(8)]
