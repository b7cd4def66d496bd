"""The distributed-mode switch (installed by the add-on): nothing changes without
NEWSCRAWL_REDIS_URL; with it, the scheduler, duplicate filter and Parquet pipeline are
swapped and the fleet components added, also when the URL comes from the command line
(priority cmdline)."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

from newscrawl import settings as project_settings
from newscrawl.addon import Addon
from newscrawl.distributed.mode import DistributedMode, FleetKeys, is_distributed

pytest.importorskip("scrapy_redis", reason="scrapy-redis is not installed")


def crawl_settings(**cmdline) -> Settings:
    """The project's settings with ``cmdline`` from ``-s``, after the add-on ran."""
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    settings.setdict(cmdline, priority="cmdline")
    Addon().update_settings(settings)
    return settings


def components(settings, name) -> set:
    return {load_object(path) if isinstance(path, str) else path
            for path, order in settings.getdict(name).items() if order is not None}


def test_without_a_redis_url_nothing_changes():
    settings = crawl_settings()
    before = dict(settings.copy_to_dict())
    DistributedMode().update_settings(settings)
    assert not is_distributed(settings)
    assert dict(settings.copy_to_dict()) == before
    # The single-machine frontier (pending requests and seen-set on disk), not Redis's.
    assert settings.get("SCHEDULER") == "newscrawl.crawl.frontier.DiskScheduler"
    assert load_object("newscrawl.crawl.pipelines.ParquetPipeline") in components(settings, "ITEM_PIPELINES")


def test_a_redis_url_on_the_command_line_switches_to_the_shared_frontier():
    settings = crawl_settings(NEWSCRAWL_REDIS_URL="redis://127.0.0.1:1/3")
    DistributedMode().update_settings(settings)  # listing it beside the add-on changes nothing
    assert settings.get("SCHEDULER") == "newscrawl.distributed.frontier.ReliableScheduler"
    assert settings.get("DUPEFILTER_CLASS") == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST") is True
    assert settings.get("REDIS_URL") == "redis://127.0.0.1:1/3"
    assert settings.get("SCHEDULER_QUEUE_KEY") == "newscrawl:%(spider)s:requests"
    pipelines = components(settings, "ITEM_PIPELINES")
    assert load_object("newscrawl.distributed.shared_output.DistributedParquetPipeline") in pipelines
    assert load_object("newscrawl.crawl.pipelines.ParquetPipeline") not in pipelines
    assert load_object("newscrawl.crawl.pipelines.DatesPipeline") in pipelines
    assert load_object("newscrawl.distributed.fleet.FleetExtension") in components(settings, "EXTENSIONS")
    assert load_object("newscrawl.distributed.fleet.EntryGate") in components(settings, "SPIDER_MIDDLEWARES")


def test_the_key_prefix_names_every_key_of_one_crawl():
    keys = FleetKeys.for_spider(crawl_settings(NEWSCRAWL_REDIS_KEY="news:%(spider)s:hourly"),
                                "kyivindependent")
    assert keys.requests == "news:kyivindependent:hourly:requests"
    assert keys.inflight("w1") == "news:kyivindependent:hourly:inflight:w1"
    assert FleetKeys.for_spider(crawl_settings(), "article").prefix == "newscrawl:article"
