"""Scenarios that break the extraction pool at a chosen moment, run in a child process.

tests/crawl/test_workers.py runs each one with ``python -m tests.crawl.pool_scenarios``
under a time limit: a pool that hangs makes the test fail instead of hanging it, and the
child is killed with its forkserver and workers (they die with it, see
newscrawl.crawl.lifeline). The child prints one JSON line: what each page gave, how
long the pages took, which moment the worker was caught in, and what of the pool was
still there after ``close()``.

The moment is read from ``/proc/PID/wchan`` (Linux): where in the kernel the worker is
blocked. ``pipe_write``: it is writing a page's result into the pipe the crawl reads
(a result larger than the pipe's buffer takes many writes); ``pipe_read``: it waits for,
or reads, the next page; ``running``: it is extracting. ``after:S`` acts S seconds
after the pages were handed over, whatever the worker does.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import threading
import time

from newscrawl.crawl.workers import ExtractionPool, PageResult
from tests.crawl.test_workers import page_job


def wchan(pid: int) -> str | None:
    """Where in the kernel the process waits ('0': running), None: gone or unreadable."""
    try:
        with open(f"/proc/{pid}/wchan") as handle:
            return handle.read().strip()
    except OSError:
        return None


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def caught(moment: str, where: str) -> bool:
    if moment == "running":
        return where == "0"
    return moment in where  # pipe_write also matches kernels that say anon_pipe_write


def run(moment: str, how: str, timeout: float, pages: int, paragraphs: int,
        workers: int = 1) -> dict:
    sig = {"kill": signal.SIGKILL, "stop": signal.SIGSTOP}[how]
    # the first pages start the forkserver and the workers: a loose bound for them (a
    # loaded machine's start-up is not what a scenario tests), the scenario's bound after
    pool = ExtractionPool(workers, timeout=max(timeout, 60.0), queued=4)
    report: dict = {"moment": moment, "signal": how}
    threads_before = set(threading.enumerate())

    async def scenario():
        await asyncio.gather(*(pool.run(page_job(0)) for _ in range(workers)))
        pool.timeout = timeout
        worker = next(iter(pool._live.executor._processes))  # the first worker
        report["worker"] = worker
        tasks = [asyncio.ensure_future(pool.run(page_job(n, paragraphs=paragraphs)))
                 for n in range(1, pages + 1)]
        handed = time.monotonic()
        seen: set[str] = set()

        def watch():  # a thread: the event loop must go on handing pages over
            deadline = handed + 20
            while time.monotonic() < deadline:
                if moment.startswith("after:"):
                    time.sleep(max(0.0, handed + float(moment[6:]) - time.monotonic()))
                    where = wchan(worker) or "gone"
                else:
                    where = wchan(worker)
                    if where is None:
                        break
                    seen.add(where)
                    if not caught(moment, where):
                        time.sleep(0.0002)
                        continue
                os.kill(worker, sig)
                report["caught_in"] = where
                report["caught_after"] = round(time.monotonic() - handed, 3)
                return
            report["seen"] = sorted(seen)

        watcher = threading.Thread(target=watch)
        watcher.start()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        report["seconds"] = round(time.monotonic() - handed, 2)
        watcher.join()
        return results

    try:
        results = asyncio.run(scenario())
    finally:
        pool.close()
    report["results"] = [r.article.headline if isinstance(r, PageResult) else type(r).__name__
                         for r in results]
    report["generations"] = pool._generation
    # what of the pool is left once close() returned
    report["threads_left"] = sorted(t.name for t in set(threading.enumerate()) - threads_before)
    worker = report.get("worker")
    report["worker_left"] = bool(worker and alive(worker))
    if report["worker_left"]:
        os.kill(worker, signal.SIGKILL)  # never leave a stopped worker behind
    return report


def main(argv: list[str]) -> None:
    moment, how = argv[0], argv[1]
    timeout = float(argv[2]) if len(argv) > 2 else 30.0
    pages = int(argv[3]) if len(argv) > 3 else 7
    paragraphs = int(argv[4]) if len(argv) > 4 else 6000
    workers = int(argv[5]) if len(argv) > 5 else 1
    print(json.dumps(run(moment, how, timeout, pages, paragraphs, workers)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
