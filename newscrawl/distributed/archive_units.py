"""Archive files as the units a fleet shares (``scrapy crawl warc`` / ``ccnews`` with
``NEWSCRAWL_REDIS_URL``).

Records are not sent through the shared frontier (it would carry every page, body and
all, through Redis): each worker reads whole files. Before reading a file a worker
claims it in Redis; a claim is a lease of ``NEWSCRAWL_REDIS_HEARTBEAT_SECONDS`` that the
worker renews while it reads, and a file read to its end is marked done. A file done or
under a live lease is skipped; the lease of a worker that died runs out and another
worker takes the file over (the records that already have rows in the output are
skipped there, as in any rerun). Claims are atomic (one Lua script, Redis's clock), so
two workers never read one file at the same time.

Keys, under the crawl's prefix (``NEWSCRAWL_REDIS_KEY``): ``<prefix>:files:claims``
(hash: file -> ``worker|lease end ms``) and ``<prefix>:files:done`` (set). Both expire
:data:`KEYS_LIFETIME_SECONDS` after the fleet's last claim or finish, so a later crawl
(of a new output, say) starts afresh; within that time a rerun skips the files done.
"""

from __future__ import annotations

import threading

from newscrawl.distributed.mode import FleetKeys, connect, worker_identity

#: The claims and done keys expire this long after the fleet's last claim or finish.
KEYS_LIFETIME_SECONDS = 600

#: KEYS: claims hash, done set. ARGV: file, worker, lease ms, keys' lifetime ms. 1 when the caller holds the
#: file now (a new claim, a renewal, or a dead worker's lease taken over), else 0.
CLAIM_SCRIPT = """
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local held = redis.call('HGET', KEYS[1], ARGV[1])
if held then
  local owner, ends = string.match(held, '^(.*)|(%d+)$')
  if owner ~= ARGV[2] and tonumber(ends) > now then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. (now + tonumber(ARGV[3])))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
"""


class ArchiveUnits:
    """One worker's view of the fleet's archive files: claim, renew, finish."""

    def __init__(self, crawler, spider_name: str):
        settings = crawler.settings
        self.server = connect(settings)
        keys = FleetKeys.for_spider(settings, spider_name)
        self.claims_key = f"{keys.prefix}:files:claims"
        self.done_key = f"{keys.prefix}:files:done"
        self.worker = worker_identity(crawler).worker_id
        self.lease_ms = int(settings.getfloat("NEWSCRAWL_REDIS_HEARTBEAT_SECONDS") * 1000)
        self._claim = self.server.register_script(CLAIM_SCRIPT)
        self._held: set[str] = set()
        self._guard = threading.Lock()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def claim(self, name: str) -> bool:
        """Take (or renew) the lease of a file; False when it is done or another holds it.

        A file taken is renewed by a thread every third of the lease until
        :meth:`finish` (a thread, so that pages extracted on the event loop do not
        starve the renewal)."""
        taken = bool(self._claim(keys=[self.claims_key, self.done_key],
                                 args=[name, self.worker, self.lease_ms,
                                       KEYS_LIFETIME_SECONDS * 1000]))
        if taken:
            with self._guard:
                self._held.add(name)
                if self._renewer is None:
                    self._renewer = threading.Thread(target=self._renew, daemon=True,
                                                     name="archive-claims")
                    self._renewer.start()
        return taken

    def _renew(self) -> None:
        while not self._stop.wait(self.lease_ms / 3000):
            with self._guard:
                held = list(self._held)
            for name in held:
                try:
                    self._claim(keys=[self.claims_key, self.done_key],
                                args=[name, self.worker, self.lease_ms,
                                      KEYS_LIFETIME_SECONDS * 1000])
                except Exception:  # noqa: BLE001 - a missed renewal is retried next time
                    pass

    def close(self) -> None:
        """Stop renewing (the leases held run out)."""
        self._stop.set()

    def finish(self, name: str) -> None:
        """Mark a file read to its end."""
        with self._guard:
            self._held.discard(name)
        pipe = self.server.pipeline()
        pipe.sadd(self.done_key, name)
        pipe.hdel(self.claims_key, name)
        pipe.expire(self.done_key, KEYS_LIFETIME_SECONDS)
        pipe.execute()

    def done_count(self) -> int:
        """Files the fleet has read to their end."""
        return int(self.server.scard(self.done_key))

    @property
    def lease_seconds(self) -> float:
        """How long a claim lasts unless renewed."""
        return self.lease_ms / 1000

    def is_done(self, name: str) -> bool:
        """Whether some worker read the file to its end."""
        return bool(self.server.sismember(self.done_key, name))
