"""Distributed crawling end to end: real redis-server, real ``scrapy crawl`` workers as
separate processes, a generated site of 510 articles on 127.0.0.1, one shared output.

- three workers crawl the site once between them: every article exactly once in the
  union dataset, every discovery file fetched once, every worker did part of the work,
  all exit 0 and the last one deletes the crawl's keys;
- one of three workers is killed with ``kill -9`` midway: the others requeue its
  in-flight requests and recover its spool: nothing lost, nothing doubled;
- seeds pushed with ``scrapy seed`` to a running worker are crawled.
"""

from __future__ import annotations

import signal
import time

import pytest

from newscrawl.storage.dataset import STAGING
from newscrawl.crawl.outcome import EXIT_OK
from newscrawl.testsite import TestSite
from tests.distributed.fleet_helpers import non_article_gets, start_worker, url_counts
from tests.run_helpers import (
    PROJECT, SCRAPY, all_four_readers, article_gets, duplicate_versions, stray_files)
from tests import processes

N_ARTICLES = 510
WORKERS = 3


@pytest.fixture(scope="module")
def site():
    with TestSite.generated(n_articles=N_ARTICLES, seed=606) as served:
        yield served


def expected_urls(site) -> set[str]:
    return {site.url(path) for path in site.articles}


def assert_exactly_once(site, output):
    counts = url_counts(output)
    assert set(counts) == expected_urls(site), "articles missing or foreign"
    assert max(counts.values()) == 1, [u for u, n in counts.items() if n > 1][:5]
    assert duplicate_versions(output) == []
    assert stray_files(output) == []
    assert all_four_readers(output) == [N_ARTICLES] * 4
    staging = output / STAGING
    assert not staging.exists() or not any(staging.iterdir()), list(staging.iterdir())


def test_three_workers_crawl_the_site_once_between_them(site, redis_url, redis_client,
                                                         tmp_path):
    output = tmp_path / "out"
    start = len(site.requests_log)
    workers = [start_worker(site.base_url, output, redis_url, tmp_path, f"w{i}")
               for i in range(WORKERS)]
    codes = [worker.wait() for worker in workers]
    assert codes == [EXIT_OK] * WORKERS, [w.stderr[-2000:] for w in workers]
    assert_exactly_once(site, output)
    # Each article page was fetched once by the whole fleet.
    gets = article_gets(site, start)
    assert len(gets) == len(set(gets)) == N_ARTICLES
    # Discovery once: every sitemap, feed and front page once; robots.txt once for
    # discovery plus at most once per worker for its own robots rules.
    discovery = non_article_gets(site, start)
    robots = discovery.pop("/robots.txt")
    assert robots <= 1 + WORKERS
    assert discovery and max(discovery.values()) == 1, discovery
    # The work was shared, and the crawl's keys are gone with the last worker.
    assert all(worker.summary_count("new") > 0 for worker in workers)
    assert sum(worker.summary_count("new") for worker in workers) == N_ARTICLES
    assert redis_client.keys("*") == []


def test_a_worker_killed_midway_loses_nothing_and_doubles_nothing(site, redis_url, tmp_path):
    output = tmp_path / "out"
    start = len(site.requests_log)
    workers = [start_worker(site.base_url, output, redis_url, tmp_path, f"w{i}")
               for i in range(WORKERS)]
    victim = workers[1]
    deadline = time.monotonic() + 60
    while len(article_gets(site, start)) < N_ARTICLES // 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    victim.process.send_signal(signal.SIGKILL)
    assert victim.wait() == -signal.SIGKILL
    survivors = [w for w in workers if w is not victim]
    codes = [worker.wait() for worker in survivors]
    assert codes == [EXIT_OK] * len(survivors), [w.stderr[-2000:] for w in survivors]
    assert_exactly_once(site, output)
    logs = "".join(w.stderr for w in survivors)
    assert "dead worker" in logs and "requeued" in logs


def test_seeds_pushed_to_a_running_worker_are_crawled(site, redis_url, redis_client, tmp_path):
    output = tmp_path / "out"
    worker = start_worker(None, output, redis_url, tmp_path, "seeded",
                          "-s", "NEWSCRAWL_REDIS_IDLE_SECONDS=12")
    deadline = time.monotonic() + 30
    while not redis_client.hlen("newscrawl:article:workers") and time.monotonic() < deadline:
        time.sleep(0.05)
    urls = [site.url(path) for path in site.articles[:3]]
    pushed = processes.run([SCRAPY, "seed", "article", *urls, "--redis", redis_url],
                           cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert pushed.returncode == 0, pushed.stderr
    assert "pushed 3 seeds" in pushed.stdout
    assert worker.wait() == EXIT_OK, worker.stderr[-2000:]
    assert set(url_counts(output)) == set(urls)
