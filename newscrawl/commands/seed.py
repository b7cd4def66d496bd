"""``scrapy seed <spider> [URL ...] [--site URL] [--sitemap URL] [--feed URL]``: push entry
points to a fleet of distributed workers (see :mod:`newscrawl.distributed.seeds`).

The seeds go into the Redis of ``NEWSCRAWL_REDIS_URL`` (``-s NEWSCRAWL_REDIS_URL=...`` or
``--redis URL``), under the spider's key prefix. Running workers take them within a
poll; with no worker running they wait for the next one. Plain URLs are article pages.
Prints how many seeds were pushed and how many wait; exits 2 on bad input and 1 when
Redis cannot be reached.
"""

from __future__ import annotations

import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.defaults import newscrawl_defaults
from newscrawl.distributed.mode import FleetKeys, connect, redis_url
from newscrawl.distributed.seeds import Seed, push_seeds


class Command(ScrapyCommand):
    """Push seeds (article URLs, sites, sitemaps, feeds) to a spider's fleet."""

    requires_project = True
    default_settings = {**newscrawl_defaults(), "LOG_ENABLED": False}

    def syntax(self) -> str:
        return "<spider> [URL ...] [--site URL] [--sitemap URL] [--feed URL] [--redis URL]"

    def short_desc(self) -> str:
        return "Push URLs, sites, sitemaps or feeds to a running distributed crawl"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        for kind in ("site", "sitemap", "feed"):
            parser.add_argument(f"--{kind}", action="append", default=[], metavar="URL",
                                help=f"a {kind} to discover from (repeatable)")
        parser.add_argument("--redis", default=None, metavar="URL",
                            help="the fleet's Redis (default: the NEWSCRAWL_REDIS_URL setting)")

    def run(self, args, opts) -> None:
        if not args:
            raise UsageError("give the spider name, then the seeds")
        spider_name, urls = args[0], args[1:]
        assert self.settings is not None and self.crawler_process is not None  # set before run()
        if spider_name not in self.crawler_process.spider_loader.list():
            raise UsageError(f"no spider named {spider_name!r} (see scrapy list)")
        if opts.redis:
            self.settings.set("NEWSCRAWL_REDIS_URL", opts.redis, priority="cmdline")
        if not redis_url(self.settings):
            raise UsageError("no Redis: pass --redis URL or -s NEWSCRAWL_REDIS_URL=URL")
        try:
            seeds = [Seed("url", url) for url in urls]
            seeds += [Seed(kind, url) for kind in ("site", "sitemap", "feed")
                      for url in getattr(opts, kind)]
        except ValueError as bad:
            raise UsageError(str(bad)) from None
        if not seeds:
            raise UsageError("no seeds given")
        import redis  # the optional 'redis' extra: only needed here and by workers

        keys = FleetKeys.for_spider(self.settings, spider_name)
        try:
            waiting = push_seeds(connect(self.settings), keys.seeds, seeds)
        except redis.RedisError as exc:
            print(f"newscrawl: cannot push seeds to {redis_url(self.settings)}: {exc}",
                  file=sys.stderr, flush=True)
            self.exitcode = 1
            return
        print(f"pushed {len(seeds)} seeds to {keys.seeds} ({waiting} waiting)", flush=True)
