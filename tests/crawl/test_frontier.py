"""The disk frontier: a crawl keeps its pending requests in Scrapy's disk queues and its
seen-set in SQLite, fetches every article once, and leaves no frontier behind; a killed
run's frontier is removed by the next run; sitemaps are read one entry at a time."""

from __future__ import annotations

import re
import signal
import time
from collections import Counter

from scrapy import Request

from newscrawl.crawl import discovery
from newscrawl.crawl.frontier import FRONTIER_PREFIX, SeenSet
from newscrawl.storage.dataset import STAGING, read_articles
from newscrawl.testsite import TestSite
from tests.run_helpers import article_gets, end_faults, run_crawl, start_crawl


def stat(stderr: str, key: str) -> int:
    found = re.search(rf"'{re.escape(key)}': (\d+)", stderr)
    return int(found.group(1)) if found else 0


def test_the_seen_set_remembers_across_commits(tmp_path):
    class Small(SeenSet):
        COMMIT_EVERY = 7

    seen = Small(tmp_path / "seen.sqlite")
    urls = [f"https://a.example/{n}" for n in range(50)]
    assert [seen.request_seen(Request(u)) for u in urls] == [False] * 50
    assert all(seen.request_seen(Request(u)) for u in urls)
    assert seen.request_seen(Request(urls[0] + "#fragment"))  # same fingerprint
    assert not seen.request_seen(Request(urls[0], method="POST"))
    seen.close("finished")


def test_a_crawl_queues_on_disk_fetches_each_article_once_and_cleans_up(tmp_path):
    with TestSite.generated(n_articles=120, seed=3) as site:
        done = run_crawl(site.base_url, tmp_path, "-s", "NEWSCRAWL_DISCOVERY_PRIORITY=10")
        gets = Counter(article_gets(site))
    assert done.returncode == 0, done.stderr[-2000:]
    queued = stat(done.stderr, "scheduler/enqueued")
    assert stat(done.stderr, "scheduler/enqueued/disk") == queued > 120
    assert stat(done.stderr, "scheduler/enqueued/memory") == 0
    assert len(gets) == 120 and set(gets.values()) == {1}
    assert read_articles(tmp_path, columns=["url"]).num_rows == 120
    assert not list((tmp_path / STAGING).glob(FRONTIER_PREFIX + "*"))


def test_a_killed_runs_frontier_is_removed_by_the_next_run(tmp_path):
    with TestSite.generated(n_articles=60, seed=4, faults="delay:seconds=1") as site:
        process = start_crawl(site.base_url, tmp_path)
        deadline = time.monotonic() + 60
        while not article_gets(site) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list((tmp_path / STAGING).glob(FRONTIER_PREFIX + "*"))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        end_faults(site)  # the slow pages kept the killed run going; the rerun needs none
        done = run_crawl(site.base_url, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not list((tmp_path / STAGING).glob(FRONTIER_PREFIX + "*"))
    assert read_articles(tmp_path, columns=["url"]).num_rows == 60


def test_a_sitemap_is_read_one_entry_at_a_time():
    body = "".join(f"<url><loc>/a/{n}/</loc><lastmod>2026-01-0{1 + n % 9}</lastmod></url>"
                   for n in range(3000))
    data = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</urlset>").encode()
    entries = discovery.iter_sitemap(data, "https://x.example/sitemap.xml")
    first = next(entries)
    assert first.url == "https://x.example/a/0/" and first.date.day == 1
    rest = list(entries)
    assert len(rest) == 2999 and rest[-1].url == "https://x.example/a/2999/"
    assert discovery.parse_sitemap(data, "https://x.example/sitemap.xml") == [first, *rest]
