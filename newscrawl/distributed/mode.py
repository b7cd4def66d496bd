"""Distributed mode: the settings switch, the Redis key names and each worker's identity.

Setting ``NEWSCRAWL_REDIS_URL`` (``-s NEWSCRAWL_REDIS_URL=redis://127.0.0.1:6379/0``)
turns any spider into one worker of a fleet that shares a frontier in Redis. The
:class:`DistributedMode` add-on (listed in ``ADDONS``) sees the setting after the
command line has been applied and before the settings are frozen, and switches:

- ``SCHEDULER`` to :class:`newscrawl.distributed.frontier.ReliableScheduler` (scrapy-redis's
  scheduler with a queue that records what each worker has popped, so nothing is lost
  when a worker dies) and ``DUPEFILTER_CLASS`` to scrapy-redis's ``RFPDupeFilter``;
  ``SCHEDULER_PERSIST`` on (one worker leaving must not flush the fleet's queue);
- the Parquet pipeline to :class:`newscrawl.distributed.shared_output.DistributedParquetPipeline`
  (shared output lock, fleet-serialised recovery, staging directory named by worker);
- adds :class:`newscrawl.distributed.fleet.FleetExtension` (registry, heartbeat, acks, seeds,
  reaping dead workers, idle stop) and :class:`newscrawl.distributed.fleet.EntryGate` (only one
  worker per crawl runs the spider's entry requests).

Shim choice: Scrapy 2.19's ``Spider`` has ``async def start()`` and no
``start_requests()``, while scrapy-redis 0.9.1's ``RedisSpider`` only defines
``start_requests()``. newscrawl keeps the current Scrapy and does not use
``RedisSpider`` at all: the spiders keep their own ``start()``; the scheduler, queue
and duplicate filter come from scrapy-redis; the two things ``RedisSpider`` did
(reading URLs pushed to Redis, not closing while idle) are done by the fleet extension.

Without ``NEWSCRAWL_REDIS_URL`` nothing here runs and nothing is imported from
scrapy-redis or redis-py (they are the optional ``redis`` extra).
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass

#: Components swapped in when distributed mode is on.
SCHEDULER = "newscrawl.distributed.frontier.ReliableScheduler"
QUEUE = "newscrawl.distributed.frontier.ReliablePriorityQueue"
DUPEFILTER = "scrapy_redis.dupefilter.RFPDupeFilter"
PLAIN_PIPELINE = "newscrawl.crawl.pipelines.ParquetPipeline"
SHARED_PIPELINE = "newscrawl.distributed.shared_output.DistributedParquetPipeline"
FLEET_EXTENSION = ("newscrawl.distributed.fleet.FleetExtension", 520)
ENTRY_GATE = ("newscrawl.distributed.fleet.EntryGate", 10)


def redis_url(settings) -> str:
    """The Redis URL of distributed mode ('' when the crawl is a single machine's)."""
    return str(settings.get("NEWSCRAWL_REDIS_URL") or "").strip()


def is_distributed(settings) -> bool:
    """Whether ``NEWSCRAWL_REDIS_URL`` names a Redis."""
    return bool(redis_url(settings))


def key_template(settings) -> str:
    """The key prefix template (``NEWSCRAWL_REDIS_KEY``; ``%(spider)s`` is the spider's name)."""
    return str(settings.get("NEWSCRAWL_REDIS_KEY"))


@dataclass(frozen=True)
class FleetKeys:
    """The Redis keys of one crawl (one spider name, or one ``NEWSCRAWL_REDIS_KEY``)."""

    prefix: str

    @classmethod
    def for_spider(cls, settings, spider_name: str) -> "FleetKeys":
        """The keys a spider's workers share."""
        return cls(key_template(settings) % {"spider": spider_name})

    @property
    def requests(self) -> str:
        """Sorted set: the shared request queue (scrapy-redis PriorityQueue)."""
        return f"{self.prefix}:requests"

    @property
    def dupefilter(self) -> str:
        """Set: fingerprints of every request scheduled in this crawl."""
        return f"{self.prefix}:dupefilter"

    @property
    def seeds(self) -> str:
        """List: seeds pushed by ``scrapy seed`` (JSON ``{"kind", "url"}``)."""
        return f"{self.prefix}:seeds"

    @property
    def entry(self) -> str:
        """String: the worker that ran the entry requests of the current crawl."""
        return f"{self.prefix}:entry"

    @property
    def workers(self) -> str:
        """Hash: worker id -> JSON (host, pid, output, started)."""
        return f"{self.prefix}:workers"

    @property
    def counter(self) -> str:
        """Integer: source of in-flight entry ids."""
        return f"{self.prefix}:counter"

    @property
    def recovery_lock(self) -> str:
        """Lock: held while recovering dead runs' spools or requeueing dead workers."""
        return f"{self.prefix}:recovery-lock"

    def alive(self, worker_id: str) -> str:
        """String with a TTL: present while the worker's heartbeat goes on."""
        return f"{self.prefix}:alive:{worker_id}"

    def inflight(self, worker_id: str) -> str:
        """Hash: entry id -> encoded request the worker popped and has not finished."""
        return f"{self.prefix}:inflight:{worker_id}"


@dataclass(frozen=True)
class WorkerIdentity:
    """Who this process is in the fleet; its id also names its staging directory."""

    worker_id: str
    host: str
    pid: int


def worker_identity(crawler) -> WorkerIdentity:
    """This crawler's worker identity (created once, kept on the crawler)."""
    identity = getattr(crawler, "newscrawl_worker", None)
    if identity is None:
        identity = WorkerIdentity(worker_id=uuid.uuid4().hex[:12], host=socket.gethostname(),
                                  pid=os.getpid())
        crawler.newscrawl_worker = identity
    return identity


def connect(settings):
    """A redis-py client for ``NEWSCRAWL_REDIS_URL``."""
    import redis

    return redis.Redis.from_url(redis_url(settings))


class DistributedMode:
    """Scrapy add-on: when ``NEWSCRAWL_REDIS_URL`` is set, switch the scheduler, the
    duplicate filter and the Parquet pipeline and add the fleet components."""

    def update_settings(self, settings) -> None:
        """Rewrite the settings for distributed mode (no-op without a Redis URL)."""
        url = redis_url(settings)
        if not url:
            return
        try:
            import redis  # noqa: F401
            import scrapy_redis  # noqa: F401
        except ImportError as missing:
            raise RuntimeError(
                "NEWSCRAWL_REDIS_URL is set but scrapy-redis is not installed: "
                "pip install 'newscrawl[redis]'") from missing
        from scrapy.utils.misc import load_object

        prefix = key_template(settings)
        for name, value in {
            "REDIS_URL": url,
            "SCHEDULER": SCHEDULER,
            "SCHEDULER_QUEUE_CLASS": QUEUE,
            "DUPEFILTER_CLASS": DUPEFILTER,
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_FLUSH_ON_START": False,
            "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        }.items():
            settings.set(name, value, priority="cmdline")
        try:
            settings.replace_in_component_priority_dict(
                "ITEM_PIPELINES", load_object(PLAIN_PIPELINE), load_object(SHARED_PIPELINE))
        except KeyError:  # a project without the Parquet pipeline writes nothing to share
            pass
        for setting, (path, order) in (("EXTENSIONS", FLEET_EXTENSION),
                                       ("SPIDER_MIDDLEWARES", ENTRY_GATE)):
            settings.set_in_component_priority_dict(setting, load_object(path), order)
