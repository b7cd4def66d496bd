"""kill -9 at random moments, then run again: the dataset stays readable by all four
readers, holds no partial file, keeps every version of every article exactly once, and
ends up with every article a killed run had spooled, without fetching it again.

The trials share one output and one generated site: each trial starts a crawl and kills
it (SIGKILL) at a seeded random moment, either some seconds after the start (startup,
recovery, discovery) or after the site served it a random number of article pages
(mid-crawl); the next trial is the rerun. Before some trials, pages are updated, so
later trials have new versions to fetch. A last crawl runs to its end, and one more
fetches nothing: the state the killed runs left is complete and consistent. Within 5 s
of each kill, no process of the killed crawl (its extraction forkserver and workers) is
left running; a last test kills a crawl once its pool is seen running, so that check
never passes only because the kills came early.
"""

from __future__ import annotations

import os
import random
import signal
import time
from urllib.parse import urlsplit


from newscrawl.storage.dataset import STAGING, read_articles
from newscrawl.crawl.outcome import EXIT_OK
from newscrawl.storage.spool import SPOOL_SUFFIX, read_spool
from newscrawl.testsite import TestSite
from tests import processes
from tests.run_helpers import (
    all_four_readers, article_gets, duplicate_versions, processes_of_crawl, run_crawl,
    start_crawl, stray_files)

N_ARTICLES = 60
TRIALS = 10
#: Before these trials, UPDATES pages are updated.
UPDATE_BEFORE = (3, 6, 8)
UPDATES = 4
SEED = 20261125
#: Seconds within which every process of a killed crawl must be gone.
ORPHAN_SECONDS = 5.0


def spooled_urls(output) -> set[str]:
    """URLs of the article records dead runs left in their spools."""
    urls = set()
    for spool in (output / STAGING).glob(f"*/articles/*{SPOOL_SUFFIX}"):
        batches, _ = read_spool(spool)
        urls.update(b.column("url")[0].as_py() for b in batches)
    return urls


def left_behind(crawl_pid: int) -> set[int]:
    """Processes of the killed crawl still alive ORPHAN_SECONDS after the kill."""
    deadline = time.monotonic() + ORPHAN_SECONDS
    while True:
        left = processes_of_crawl(crawl_pid)
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.1)


def kill_at_random(site, output, rng: random.Random, helpers: list[int]) -> str:
    """Start a crawl and SIGKILL it at a random moment; returns how it was chosen. The
    number of its helper processes alive at the kill is appended to ``helpers``; none of
    them may outlive it by more than ORPHAN_SECONDS."""
    start = len(site.requests_log)
    mode = rng.choice(["seconds", "articles", "articles"])
    limit = rng.uniform(0.3, 3.5) if mode == "seconds" else rng.randint(1, 8)
    process = start_crawl(site.base_url, output)
    began = time.monotonic()
    while process.poll() is None and time.monotonic() - began < 60:
        elapsed = time.monotonic() - began
        if (mode == "seconds" and elapsed >= limit) or \
                (mode == "articles" and len(article_gets(site, start)) >= limit):
            helpers.append(len(processes_of_crawl(process.pid)))
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    code = process.wait(timeout=60)
    assert code in (-signal.SIGKILL, EXIT_OK), f"the crawl failed by itself: exit {code}"
    left = left_behind(process.pid)
    for pid in left:  # clean up before failing, so nothing outlives the test
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, f"processes of the killed crawl still running: {sorted(left)}"
    return f"{mode}={limit:.2f}: exit {code}"


def test_kill_9_at_random_moments_then_rerun(tmp_path):
    rng = random.Random(SEED)
    output = tmp_path / "out"
    log = []
    updated: set[str] = set()
    updated_while_present: dict[str, int] = {}
    refetched_spooled = []
    helpers: list[int] = []
    with TestSite.generated(n_articles=N_ARTICLES, seed=5) as site:
        previous_spool: set[str] = set()
        for trial in range(TRIALS):
            if trial in UPDATE_BEFORE:
                present = {urlsplit(u).path for u in read_articles(output).column("url")
                           .to_pylist()} | previous_spool
                for path in (urlsplit(u).path for u in site.update(UPDATES)):
                    updated.add(path)
                    if path in present:
                        updated_while_present[path] = updated_while_present.get(path, 0) + 1
            start = len(site.requests_log)
            outcome = kill_at_random(site, output, rng, helpers)
            fetched_again = {p for p in article_gets(site, start)} & previous_spool - updated
            refetched_spooled.append(len(fetched_again))
            # After the kill: readable by all four readers, nothing partial, no duplicate.
            counts = all_four_readers(output)
            assert len(set(counts)) == 1, (trial, counts)
            assert stray_files(output) == [], trial
            assert duplicate_versions(output) == [], trial
            previous_spool = {urlsplit(u).path for u in spooled_urls(output)}
            log.append(f"trial {trial}: {outcome}, rows {counts[0]}, "
                       f"spooled {len(previous_spool)}")

        start = len(site.requests_log)
        result = run_crawl(site.base_url, output)
        assert result.returncode == EXIT_OK, result.stderr[-3000:]
        refetched_spooled.append(len(set(article_gets(site, start)) & previous_spool - updated))
        start = len(site.requests_log)
        again = run_crawl(site.base_url, output)
        assert again.returncode == EXIT_OK and article_gets(site, start) == []
        print("\n".join(log))
        print(result.stdout)

    assert refetched_spooled == [0] * (TRIALS + 1)  # spooled pages are never fetched again
    assert not list((output / STAGING).iterdir())
    assert stray_files(output) == []
    assert duplicate_versions(output) == []
    rows = read_articles(output, columns=["url", "content_hash", "fetched_at"]).to_pylist()
    paths = {urlsplit(r["url"]).path for r in rows}
    assert len(paths) == N_ARTICLES  # nothing lost
    versions = {}
    for row in rows:
        versions.setdefault(urlsplit(row["url"]).path, []).append(row)
    for path, found in versions.items():
        assert len(found) <= 1 + updated_while_present.get(path, 0) + (path in updated), path
    for path in updated_while_present:
        assert len(versions[path]) >= 2, path  # the update became a new version
    assert all_four_readers(output) == [len(rows)] * 4


def test_kill_9_of_a_crawl_with_its_pool_running_leaves_no_process(tmp_path):
    """Kill a crawl once its extraction pool runs (forkserver and worker seen, tagged with
    the crawl's pid): within ORPHAN_SECONDS nothing of it is left."""
    with TestSite.generated(n_articles=N_ARTICLES, seed=7) as site:
        process = start_crawl(site.base_url, tmp_path / "out", "-s", "DOWNLOAD_DELAY=0.2")
        began, helpers = time.monotonic(), set()
        while process.poll() is None and time.monotonic() - began < 60 and len(helpers) < 2:
            helpers = processes_of_crawl(process.pid)
            time.sleep(0.05)
        assert len(helpers) >= 2, f"the extraction pool never started: {helpers}"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
        left = left_behind(process.pid)
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        assert not left, f"processes of the killed crawl still running: {sorted(left)}"
        # a helper killed a moment ago may still be exiting: its environment is already
        # gone (so it is no longer seen as the crawl's) while /proc shows it running
        deadline = time.monotonic() + ORPHAN_SECONDS
        while any(processes.alive(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(processes.alive(pid) for pid in helpers)
