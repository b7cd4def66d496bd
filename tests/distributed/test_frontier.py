"""The reliable queue on a real Redis: a pop records the request as in flight in the
same step, an ack forgets it, a requeue puts it back (by priority) unless its URL was
already written; the entry claim lets one worker per crawl run the entry requests."""

from __future__ import annotations

import pytest
import scrapy
from scrapy.utils.test import get_crawler

from newscrawl.distributed.mode import FleetKeys, worker_identity
from newscrawl.crawl.spiders.article import ArticleSpider

frontier = pytest.importorskip("newscrawl.distributed.frontier", reason="scrapy-redis is not installed")
fleet = pytest.importorskip("newscrawl.distributed.fleet")


@pytest.fixture
def queue(redis_url, redis_client):
    crawler = get_crawler(ArticleSpider, settings_dict={"NEWSCRAWL_REDIS_URL": redis_url})
    spider = ArticleSpider.from_crawler(crawler)
    keys = FleetKeys.for_spider(crawler.settings, spider.name)
    return frontier.ReliablePriorityQueue(redis_client, spider, keys.requests)


def request(spider, path, priority=0):
    return scrapy.Request(f"https://example.org/{path}", callback=spider.parse_article,
                          priority=priority)


def test_a_pop_records_the_request_in_flight_and_an_ack_forgets_it(queue, redis_client):
    queue.push(request(queue.spider, "a"))
    popped = queue.pop()
    assert popped.url == "https://example.org/a" and popped.callback == queue.spider.parse_article
    entry = popped.meta[frontier.INFLIGHT_META]
    assert len(queue) == 0
    assert list(redis_client.hkeys(queue.inflight_key)) == [entry.encode()]
    queue.ack(entry)
    assert redis_client.hlen(queue.inflight_key) == 0
    assert queue.pop() is None


def test_requeue_gives_back_what_was_not_written_in_priority_order(queue, redis_client):
    for path, priority in (("low", 0), ("high", 5), ("written", 3)):
        queue.push(request(queue.spider, path, priority))
    assert [queue.pop().url.rsplit("/", 1)[1] for _ in range(3)] == ["high", "written", "low"]
    requeued, skipped = frontier.requeue_inflight(
        redis_client, queue.keys, queue.worker_id, {"https://example.org/written"})
    assert (requeued, skipped) == (2, 1)
    assert redis_client.hlen(queue.inflight_key) == 0
    assert [queue.pop().url.rsplit("/", 1)[1] for _ in range(2)] == ["high", "low"]
    assert queue.pop() is None


def claim(redis_client, keys, worker_id):
    script = redis_client.register_script(fleet.CLAIM_SCRIPT)
    return script(keys=[keys.entry, keys.workers, keys.requests, keys.dupefilter],
                  args=[worker_id, keys.prefix])


def test_one_worker_claims_the_entry_requests_and_a_dead_crawls_flag_is_taken_over(
        redis_client):
    keys = FleetKeys("newscrawl:article")
    for worker in ("w1", "w2"):
        redis_client.hset(keys.workers, worker, "{}")
        redis_client.set(keys.alive(worker), "host")
    assert claim(redis_client, keys, "w1") == 1
    assert claim(redis_client, keys, "w2") == 0
    # Both die; the crawl left only its flag and duplicate filter: a newcomer starts over.
    redis_client.sadd(keys.dupefilter, "fingerprint")
    redis_client.delete(keys.alive("w1"), keys.alive("w2"))
    redis_client.hset(keys.inflight("w2"), "7", "request")
    assert claim(redis_client, keys, "w3") == 0  # w2's in-flight request is still to do
    redis_client.delete(keys.inflight("w2"))
    assert claim(redis_client, keys, "w3") == 1
    assert redis_client.get(keys.entry) == b"w3"
    assert not redis_client.exists(keys.dupefilter)


def test_the_worker_identity_is_one_per_crawler():
    crawler = get_crawler(ArticleSpider)
    assert worker_identity(crawler) is worker_identity(crawler)
    assert worker_identity(get_crawler(ArticleSpider)) != worker_identity(crawler)


def test_marking_seen_and_queueing_are_one_step(redis_url, redis_client):
    """The scheduler marks a request seen and queues it in one Lua script: a request is
    either both seen and queued, or neither (a worker killed between two separate
    commands used to leave it seen and queued nowhere)."""
    from newscrawl.distributed.mode import DUPEFILTER, QUEUE

    crawler = get_crawler(ArticleSpider, settings_dict={
        "NEWSCRAWL_REDIS_URL": redis_url, "REDIS_URL": redis_url, "SCHEDULER_QUEUE_CLASS": QUEUE,
        "DUPEFILTER_CLASS": DUPEFILTER, "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": "t:requests", "SCHEDULER_DUPEFILTER_KEY": "t:dupefilter"})
    spider = ArticleSpider.from_crawler(crawler)
    scheduler = frontier.ReliableScheduler.from_crawler(crawler)
    scheduler.open(spider)
    first, again = request(spider, "x"), request(spider, "x")
    assert scheduler.enqueue_request(first) is True
    assert scheduler.enqueue_request(again) is False
    assert len(scheduler.queue) == 1
    assert redis_client.scard(scheduler.df.key) == 1
    popped = scheduler.next_request()
    assert popped.url == "https://example.org/x" and popped.callback == spider.parse_article
