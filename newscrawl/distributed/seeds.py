"""Seeds pushed to a running fleet: their format in Redis and the requests they become.

A seed is a JSON object ``{"kind": KIND, "url": URL}`` in the list ``<prefix>:seeds``
(see :class:`newscrawl.distributed.mode.FleetKeys`). ``scrapy seed`` pushes them; each
worker pops a few at a time and turns them into its spider's requests, which go into
the shared queue through the shared duplicate filter.

Kinds: ``url`` (an article page, skipped like ``-a url=`` when the dataset already
has it unchanged), ``site`` (discovery from robots.txt), ``sitemap``, ``feed``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import scrapy

#: The kinds of seed, in the order the command line offers them.
SEED_KINDS = ("url", "site", "sitemap", "feed")


@dataclass(frozen=True)
class Seed:
    """One entry point pushed to the fleet."""

    kind: str
    url: str

    def __post_init__(self):
        if self.kind not in SEED_KINDS:
            raise ValueError(f"unknown seed kind {self.kind!r} (one of {', '.join(SEED_KINDS)})")
        if not self.url.startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {self.url!r}")

    def encode(self) -> str:
        """The JSON text stored in Redis."""
        return json.dumps({"kind": self.kind, "url": self.url}, sort_keys=True)

    @classmethod
    def decode(cls, data: bytes | str) -> "Seed":
        """The seed of a stored JSON text (ValueError when it is not one)."""
        try:
            fields = json.loads(data)
            return cls(kind=str(fields["kind"]), url=str(fields["url"]))
        except (TypeError, KeyError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a seed: {data!r}") from exc


def push_seeds(server, key: str, seeds: list[Seed]) -> int:
    """Append seeds to a fleet's seed list; returns the list's new length."""
    if not seeds:
        return server.llen(key)
    return server.rpush(key, *(seed.encode() for seed in seeds))


def seed_requests(spider, seed: Seed) -> list[scrapy.Request]:
    """The requests a NewsSpider makes of one seed."""
    discovery_meta = {"newscrawl_stage": "discovery"}
    if seed.kind == "url":
        if not spider.should_fetch(seed.url):
            return []
        return [spider.article_request(seed.url, source="seed")]
    if seed.kind == "site":
        return [spider.site_request(seed.url)]
    callback = spider.parse_sitemap if seed.kind == "sitemap" else spider.parse_feed
    return [scrapy.Request(seed.url, callback=callback, errback=spider.on_error,
                           meta=discovery_meta)]
