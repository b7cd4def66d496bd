"""A worker's life in the fleet: registry, heartbeat, acks, seeds, reaping, idle stop.

:class:`FleetExtension` (added by distributed mode, see :mod:`newscrawl.distributed.mode`):

- registers the worker in ``<prefix>:workers`` (host, pid, output, start time) and keeps
  ``<prefix>:alive:<id>`` alive with a TTL of ``NEWSCRAWL_REDIS_HEARTBEAT_SECONDS``,
  refreshed every ``NEWSCRAWL_REDIS_POLL_SECONDS``;
- on every poll: acks the requests the engine has finished
  (:meth:`newscrawl.distributed.frontier.ReliableScheduler.settle`), turns up to
  ``NEWSCRAWL_REDIS_SEEDS_PER_POLL`` pushed seeds into requests, wakes the engine when
  the shared queue holds work (the engine by itself looks only every 5 s when idle),
  and reaps dead workers: a registered worker whose heartbeat key has expired has its
  spool recovered (same output directory) and its in-flight requests put back into the
  queue, minus the URLs already written since it started; all under the fleet's
  recovery lock, so one survivor does it once;
- keeps the spider open while the shared frontier (queue, seeds, in-flight requests of
  every registered worker) holds anything, and lets it close ("finished", exit 0) once
  the frontier has stayed empty for ``NEWSCRAWL_REDIS_IDLE_SECONDS``;
- at close deregisters; the last worker of a finished crawl deletes the crawl's keys
  (entry flag, duplicate filter), so the next run of the same command is a new crawl.

:class:`EntryGate` (a spider middleware) lets only one worker per crawl run the spider's
entry requests (robots.txt, home page, sitemaps and feeds named by arguments): the
first to claim ``<prefix>:entry``. A flag left by a crawl whose workers all died is
taken over when nothing of that crawl is left (no live worker, empty queue, nothing in
flight); otherwise the newcomer joins the crawl that is there.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from newscrawl import stats
from newscrawl.storage.dataset import STAGING, WriterOptions
from newscrawl.storage.recovery import recover_abandoned_runs
from newscrawl.distributed.mode import FleetKeys, connect, is_distributed, worker_identity
from newscrawl.distributed.frontier import requeue_inflight
from newscrawl.distributed.seeds import Seed, seed_requests
from newscrawl.distributed.shared_output import fleet_lock, urls_written_since

logger = logging.getLogger(__name__)

#: Rows written this long before a dead worker's recorded start still count as its own
#: (the start stamp and the rows' fetched_at come from the same clock; this is slack).
START_SLACK_SECONDS = 5.0
#: Seconds between two looks for dead workers.
REAP_EVERY_SECONDS = 2.0

#: Claim the entry flag unless a crawl is under way (see EntryGate).
CLAIM_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  local busy = redis.call('ZCARD', KEYS[3]) > 0
  for _, id in ipairs(redis.call('HKEYS', KEYS[2])) do
    if id ~= ARGV[1] then
      if redis.call('EXISTS', ARGV[2] .. ':alive:' .. id) == 1
         or redis.call('HLEN', ARGV[2] .. ':inflight:' .. id) > 0 then
        busy = true
      end
    end
  end
  if busy then return 0 end
  redis.call('DEL', KEYS[4])
end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""

#: Deregister; the last worker of a finished crawl with nothing left deletes its keys.
LEAVE_SCRIPT = """
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
if redis.call('HLEN', KEYS[3]) == 0 then redis.call('DEL', KEYS[3]) end
if ARGV[2] ~= 'finished' or redis.call('HLEN', KEYS[1]) > 0 then return 0 end
if redis.call('ZCARD', KEYS[4]) > 0 or redis.call('LLEN', KEYS[5]) > 0 then return 0 end
redis.call('DEL', KEYS[6], KEYS[7], KEYS[8])
return 1
"""


class FleetExtension:
    """Registry, heartbeat, acks, seeds, reaping and idle stop of one fleet worker."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.settings = settings
        self.idle_seconds = settings.getfloat("NEWSCRAWL_REDIS_IDLE_SECONDS")
        self.heartbeat_seconds = settings.getfloat("NEWSCRAWL_REDIS_HEARTBEAT_SECONDS")
        self.poll_seconds = settings.getfloat("NEWSCRAWL_REDIS_POLL_SECONDS")
        self.seeds_per_poll = settings.getint("NEWSCRAWL_REDIS_SEEDS_PER_POLL")
        self.identity = worker_identity(crawler)
        output = settings.get("NEWSCRAWL_OUTPUT")
        self.output = str(Path(output).resolve()) if output else ""
        self.server = None
        self._keys: FleetKeys | None = None
        self.spider = None
        self.started = time.time()
        self.idle_since: float | None = None
        self.last_reap = 0.0
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's constructor hook; NotConfigured outside distributed mode."""
        if not is_distributed(crawler.settings):
            raise NotConfigured("NEWSCRAWL_REDIS_URL is not set")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @property
    def keys(self) -> FleetKeys:
        """The crawl's Redis keys (they name the spider: known once it opened)."""
        if self._keys is None:
            raise RuntimeError("the fleet's keys are known once the spider has opened")
        return self._keys

    # -- lifecycle ----------------------------------------------------------------------
    def spider_opened(self, spider) -> None:
        """Register this worker and start polling."""
        self.spider = spider
        self._keys = FleetKeys.for_spider(self.settings, spider.name)
        self.server = connect(self.settings)
        info = {"host": self.identity.host, "pid": self.identity.pid, "output": self.output,
                "started": self.started}
        self.server.hset(self.keys.workers, self.identity.worker_id, json.dumps(info))
        self.beat()
        logger.info("fleet worker %s (%s pid %d) joined %s", self.identity.worker_id,
                    self.identity.host, self.identity.pid, self.keys.prefix)
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.poll_seconds, now=False)

    def spider_closed(self, spider, reason) -> None:
        """Stop polling and leave the fleet (the last one out of a finished crawl cleans)."""
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.server is None:
            return
        keys, me = self.keys, self.identity.worker_id
        leave = self.server.register_script(LEAVE_SCRIPT)
        cleaned = leave(keys=[keys.workers, keys.alive(me), keys.inflight(me), keys.requests,
                              keys.seeds, keys.entry, keys.dupefilter, keys.counter],
                        args=[me, reason])
        logger.info("fleet worker %s left (%s)%s", me, reason,
                    "; the crawl is over, its keys were deleted" if cleaned else "")

    def beat(self) -> None:
        """Refresh this worker's heartbeat key."""
        self.server.set(self.keys.alive(self.identity.worker_id), self.identity.host,
                        px=int(self.heartbeat_seconds * 1000))

    def tick(self) -> None:
        """One poll: heartbeat, acks, seeds, reaping, and a nudge to the engine."""
        try:
            self.beat()
            self.settle()
            self.take_seeds()
            if time.monotonic() - self.last_reap >= REAP_EVERY_SECONDS:
                self.last_reap = time.monotonic()
                self.reap_dead()
            self.wake_engine()
        except Exception:  # noqa: BLE001 - a bad poll must not stop the polling
            logger.exception("fleet poll failed")

    # -- pieces ---------------------------------------------------------------------------
    @property
    def scheduler(self):
        """The engine's scheduler (the reliable scheduler in distributed mode)."""
        slot = getattr(self.crawler.engine, "_slot", None)
        return getattr(slot, "scheduler", None)

    def settle(self) -> None:
        """Ack the requests the engine has finished with."""
        scheduler = self.scheduler
        if scheduler is not None and hasattr(scheduler, "settle"):
            scheduler.settle()

    def wake_engine(self) -> None:
        """Make the engine look at the scheduler now rather than at its 5 s heartbeat."""
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and slot.closing is None:
            slot.nextcall.schedule()

    def take_seeds(self) -> int:
        """Turn pushed seeds into requests of this spider (into the shared queue)."""
        raw = self.server.lpop(self.keys.seeds, self.seeds_per_poll) or []
        taken = 0
        for data in raw:
            try:
                seed = Seed.decode(data)
            except ValueError as bad:
                logger.warning("dropped a bad seed: %s", bad)
                continue
            for request in seed_requests(self.spider, seed):
                self.crawler.engine.crawl(request)
            taken += 1
        if taken:
            self.crawler.stats.inc_value(stats.FLEET_SEEDS, taken)
            logger.info("took %d seeds from %s", taken, self.keys.seeds)
        return taken

    def frontier_size(self) -> int:
        """Requests queued, seeds waiting and requests in flight on any registered worker."""
        pipe = self.server.pipeline(transaction=False)
        pipe.zcard(self.keys.requests)
        pipe.llen(self.keys.seeds)
        for worker_id in self.server.hkeys(self.keys.workers):
            pipe.hlen(self.keys.inflight(worker_id.decode()))
        return sum(pipe.execute())

    def spider_idle(self, spider) -> None:
        """Keep the spider open until the shared frontier has been empty long enough."""
        self.settle()
        self.take_seeds()
        self.reap_dead()
        if self.frontier_size() > 0:
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider
        logger.info("the shared frontier has been empty for %.0f s: closing", now - self.idle_since)

    # -- dead workers ---------------------------------------------------------------------
    def dead_workers(self) -> dict[str, dict]:
        """Registered workers (not this one) whose heartbeat key has expired."""
        me = self.identity.worker_id
        found = {}
        for worker_id, info in self.server.hgetall(self.keys.workers).items():
            worker_id = worker_id.decode()
            if worker_id != me and not self.server.exists(self.keys.alive(worker_id)):
                found[worker_id] = json.loads(info)
        return found

    def reap_dead(self) -> None:
        """Recover and requeue what dead workers left (one survivor at a time)."""
        dead = self.dead_workers()
        if not dead:
            return
        with fleet_lock(self.server, self.keys, wait=0) as got:
            if not got:
                return  # another survivor is at it
            for worker_id, info in dead.items():
                if self.server.hexists(self.keys.workers, worker_id):
                    self.reap(worker_id, info)

    def reap(self, worker_id: str, info: dict) -> None:
        """Recover one dead worker's spool (when it shared our output), then put its
        in-flight requests back into the queue minus those already written."""
        skip: set[str] = set()
        if self.output and info.get("output") == self.output:
            root = Path(self.output)
            recovered = recover_abandoned_runs(root, WriterOptions.from_settings(self.settings))
            for dataset, rows in recovered.rows.items():
                self.crawler.stats.inc_value(stats.recovered(dataset), rows)
            if (root / STAGING / worker_id).exists():
                logger.info("dead worker %s: its staging directory is still locked; "
                            "waiting", worker_id)
                return
            since = dt.datetime.fromtimestamp(float(info.get("started") or 0)
                                              - START_SLACK_SECONDS, dt.timezone.utc)
            skip = urls_written_since(root, since)
        else:
            logger.warning("dead worker %s wrote to %s, which this worker cannot see: its "
                           "requests are requeued without checking what it wrote",
                           worker_id, info.get("output"))
        requeued, skipped = requeue_inflight(self.server, self.keys, worker_id, skip)
        self.server.hdel(self.keys.workers, worker_id)
        self.crawler.stats.inc_value(stats.FLEET_REQUEUED, requeued)
        logger.warning("dead worker %s (%s pid %s): %d in-flight requests requeued, %d "
                       "already written", worker_id, info.get("host"), info.get("pid"),
                       requeued, skipped)

    # -- entry requests -------------------------------------------------------------------
    def claim_entry(self) -> bool:
        """Whether this worker runs the crawl's entry requests (see EntryGate)."""
        keys = self.keys
        claim = self.server.register_script(CLAIM_SCRIPT)
        claimed = bool(claim(keys=[keys.entry, keys.workers, keys.requests, keys.dupefilter],
                             args=[self.identity.worker_id, keys.prefix]))
        self.crawler.stats.set_value(stats.FLEET_ENTRY_CLAIMED, int(claimed))
        return claimed


class EntryGate:
    """Spider middleware: only the worker that claims the crawl runs ``start()``."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's constructor hook; NotConfigured outside distributed mode."""
        if not is_distributed(crawler.settings):
            raise NotConfigured("NEWSCRAWL_REDIS_URL is not set")
        return cls(crawler)

    async def process_start(self, start):
        """Pass the entry requests through for the claiming worker; none for the others."""
        fleet = self.crawler.get_extension(FleetExtension)
        if fleet is None or fleet.claim_entry():
            async for request in start:
                yield request
            return
        holder = fleet.server.get(fleet.keys.entry)
        logger.info("entry requests already run by worker %s: taking work from the "
                    "shared frontier", holder.decode() if holder else "?")
