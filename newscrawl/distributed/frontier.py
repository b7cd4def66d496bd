"""The shared frontier: scrapy-redis's scheduler and priority queue, made reliable.

scrapy-redis pops a request out of Redis and forgets it: a worker killed with requests
in flight would lose them. Here every pop also records the request in the worker's
in-flight hash (``<prefix>:inflight:<worker id>``), atomically, in one Lua script.
The entry is removed ("acked") once Scrapy has completely finished with the request:
downloaded, called back, and every item it produced through the item pipelines (the
Parquet pipeline has spooled it by then). A redirect or retry goes back into the queue
as a new request before the original is acked.

Marking a request seen (the shared duplicate filter) and queueing it are one Lua script
too, so a worker killed while scheduling what a sitemap lists leaves no request that is
marked seen but queued nowhere. (It calls scrapy-redis's ``_encode_request`` to serialise
the request as the queue does.)

What is still in a dead worker's hash is put back into the queue by a survivor
(:func:`requeue_inflight`), bypassing the duplicate filter, minus the URLs that the
output already holds from this crawl (what the dead worker spooled but had not acked
yet), so nothing is lost and nothing is done twice.

Completion is read from the engine's set of requests in progress (``engine._slot
.inprogress``: a request leaves it only after ``_handle_downloader_output`` finished,
which waits for the scraper and the item pipelines). Scrapy has no public signal for
"request fully processed"; if a future Scrapy renames that attribute, requests are
acked only when the worker closes (the fleet still loses nothing).
"""

from __future__ import annotations

import logging

from scrapy_redis import picklecompat
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newscrawl import stats
from newscrawl.distributed.mode import FleetKeys, worker_identity

logger = logging.getLogger(__name__)

#: Request meta key holding the in-flight entry id of a popped request.
INFLIGHT_META = "newscrawl_inflight"

#: Pop the best request and record it as in flight, in one step.
POP_SCRIPT = """
local popped = redis.call('ZRANGE', KEYS[1], 0, 0)
if #popped == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local entry = tostring(redis.call('INCR', KEYS[3]))
redis.call('HSET', KEYS[2], entry, popped[1])
return {entry, popped[1]}
"""

#: Mark a request seen and queue it, in one step: a worker killed between the two
#: (scrapy-redis does them as two commands) would leave a request marked seen that no
#: queue holds, and a survivor re-reading the sitemap would drop it as a duplicate.
SEEN_AND_PUSH_SCRIPT = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

#: Put one in-flight entry back into the queue (score = -priority) and drop it.
REQUEUE_SCRIPT = """
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then return 0 end
local data = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[2], data)
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""


def decode_entry(data: bytes) -> dict:
    """The request dict (``url``, ``priority``, ...) of an encoded queue member."""
    return picklecompat.loads(data)


def requeue_inflight(server, keys: FleetKeys, worker_id: str,
                     skip_urls: set[str] | frozenset = frozenset()) -> tuple[int, int]:
    """Move a worker's in-flight requests back into the shared queue, except those whose
    URL is in ``skip_urls`` (already written by this crawl): they are dropped.
    Returns (requeued, skipped)."""
    inflight = keys.inflight(worker_id)
    requeue = server.register_script(REQUEUE_SCRIPT)
    requeued = skipped = 0
    for entry, data in server.hgetall(inflight).items():
        request = decode_entry(data)
        if request.get("url") in skip_urls:
            server.hdel(inflight, entry)
            skipped += 1
            continue
        requeued += requeue(keys=[keys.requests, inflight],
                            args=[entry, -int(request.get("priority") or 0)])
    return requeued, skipped


class ReliablePriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop also records the request as in flight."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self.keys = FleetKeys.for_spider(spider.settings, spider.name)
        self.worker_id = worker_identity(spider.crawler).worker_id
        self.inflight_key = self.keys.inflight(self.worker_id)
        self._pop = server.register_script(POP_SCRIPT)

    def pop(self, timeout=0):
        """The best request, recorded in this worker's in-flight hash (None: empty)."""
        popped = self._pop(keys=[self.key, self.inflight_key, self.keys.counter])
        if not popped:
            return None
        entry, data = popped
        request = self._decode_request(data)
        request.meta[INFLIGHT_META] = entry.decode() if isinstance(entry, bytes) else entry
        return request

    def ack(self, entry: str) -> None:
        """The request of this in-flight entry is finished: forget it."""
        self.server.hdel(self.inflight_key, entry)


class ReliableScheduler(Scheduler):
    """scrapy-redis's scheduler over :class:`ReliablePriorityQueue`, which acks each
    popped request once the engine has finished with it (see :meth:`settle`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.crawler = None
        self.popped: dict[str, object] = {}
        self._seen_and_push = None

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's constructor hook."""
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        return instance

    def enqueue_request(self, request) -> bool:
        """Push a request unless the shared duplicate filter has seen it; marking it
        seen and queueing it are one atomic step (:data:`SEEN_AND_PUSH_SCRIPT`)."""
        # A redirect / retry copies its parent's meta: its entry id is not its own.
        request.meta.pop(INFLIGHT_META, None)
        if request.dont_filter:
            self.queue.push(request)
        else:
            if self._seen_and_push is None:
                self._seen_and_push = self.server.register_script(SEEN_AND_PUSH_SCRIPT)
            pushed = self._seen_and_push(
                keys=[self.df.key, self.queue.key],
                args=[self.df.request_fingerprint(request), -request.priority,
                      self.queue._encode_request(request)])
            if not pushed:
                self.df.log(request, self.spider)
                return False
        if self.stats:
            self.stats.inc_value(stats.REDIS_ENQUEUED)
        return True

    def next_request(self):
        """Pop the best request of the shared queue (recorded as in flight)."""
        request = self.queue.pop()
        if request is None:
            return None
        if self.stats:
            self.stats.inc_value(stats.REDIS_DEQUEUED)
        self.popped[request.meta[INFLIGHT_META]] = request
        return request

    def in_progress(self):
        """The engine's requests in progress (None when Scrapy does not expose them)."""
        slot = getattr(getattr(self.crawler, "engine", None), "_slot", None)
        return getattr(slot, "inprogress", None)

    def settle(self) -> int:
        """Ack every popped request the engine has finished with; returns how many."""
        active = self.in_progress()
        if active is None:
            return 0
        done = [entry for entry, request in self.popped.items() if request not in active]
        for entry in done:
            self.queue.ack(entry)
            del self.popped[entry]
        return len(done)

    def close(self, reason):
        """Ack what is finished; give what is not back to the fleet (never flush)."""
        self.settle()
        if self.popped:
            requeued, _ = requeue_inflight(self.server, self.queue.keys, self.queue.worker_id)
            logger.info("gave %d unfinished requests back to the shared queue", requeued)
            self.popped.clear()
        super().close(reason)
