"""The Scrapy add-on that brings newscrawl into any Scrapy project.

``ADDONS = {"newscrawl.Addon": 0}`` in a project's ``settings.py`` installs:

* every ``NEWSCRAWL_*`` default (:mod:`newscrawl.defaults`), before the crawler exists
  too, so commands such as ``scrapy crawl`` and ``scrapy report`` see them;
* the item pipelines (dates from raw strings, the Parquet datasets with incremental
  runs and the output lock), the downloader middlewares (host map, retries with
  back-off, the redirect guard) and the extensions (progress lines, the crawl report);
* the disk frontier (:class:`newscrawl.crawl.frontier.DiskScheduler`: pending requests and
  the seen-set of a run on disk);
* newscrawl's crawl manners (robots.txt, AutoThrottle, a User-Agent naming
  ``NEWSCRAWL_CONTACT``, retries of 429 and 5xx, size and redirect limits);
* distributed mode (:class:`newscrawl.distributed.mode.DistributedMode`) when
  ``NEWSCRAWL_REDIS_URL`` is set;
* the browser (:class:`newscrawl.crawl.rendering.RenderMode`: scrapy-playwright with the
  system's Chromium) when ``NEWSCRAWL_RENDER`` is ``auto`` or ``always``.

The add-on fills in only what nobody chose: a value the project's settings, a command,
a spider or the command line set is kept, and so is a component the project listed
(``None`` switches one off).
"""

from __future__ import annotations

from typing import Any

from scrapy.settings import BaseSettings, Settings
from scrapy.utils.misc import load_object

from newscrawl.crawl.rendering import RenderMode
from newscrawl.defaults import install_defaults, set_unless_chosen
from newscrawl.distributed.mode import DistributedMode
from newscrawl.version import user_agent

#: Component priority dictionaries: (setting, import path, order). Order None switches
#: Scrapy's own component off (newscrawl's replaces it).
COMPONENTS: tuple[tuple[str, str, int | None], ...] = (
    ("ITEM_PIPELINES", "newscrawl.crawl.pipelines.DatesPipeline", 300),
    ("ITEM_PIPELINES", "newscrawl.crawl.sitefurniture.SiteFurniturePipeline", 500),
    ("ITEM_PIPELINES", "newscrawl.crawl.pipelines.ParquetPipeline", 800),
    # After Offsite (50), before RobotsTxt (100): see HostMapMiddleware.
    ("DOWNLOADER_MIDDLEWARES", "newscrawl.crawl.middlewares.HostMapMiddleware", 60),
    # Scrapy's retries, with a wait (Retry-After or exponential back-off) before each.
    ("DOWNLOADER_MIDDLEWARES", "scrapy.downloadermiddlewares.retry.RetryMiddleware", None),
    ("DOWNLOADER_MIDDLEWARES", "newscrawl.crawl.retry.BackoffRetryMiddleware", 550),
    # Sees 3xx answers before RedirectMiddleware (600): offsite redirects and loops fail.
    ("DOWNLOADER_MIDDLEWARES", "newscrawl.crawl.retry.RedirectGuard", 610),
    # Archives: the warc / ccnews spiders' requests are answered from their record before
    # anything else; with NEWSCRAWL_WARC on, responses are recorded as downloaded (before
    # decompression and redirects).
    ("DOWNLOADER_MIDDLEWARES", "newscrawl.crawl.archive.ArchivedResponses", 5),
    ("DOWNLOADER_MIDDLEWARES", "newscrawl.crawl.archive.WarcRecorder", 950),
    ("EXTENSIONS", "newscrawl.crawl.extensions.ProgressLog", 500),
    ("EXTENSIONS", "newscrawl.crawl.extensions.CrawlReport", 510),
)

#: Scrapy settings newscrawl crawls with (politeness, limits, throughput).
CRAWL_SETTINGS: dict[str, Any] = {
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 0.5,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 4.0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 30,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 2,
    # Answers retried (429 included); waits come from BackoffRetryMiddleware.
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    # Larger responses are cancelled and recorded as fetch failures (a 20 MB page passes).
    "DOWNLOAD_MAXSIZE": 64 * 1024 * 1024,
    # Responses larger than this are logged as a warning.
    "DOWNLOAD_WARNSIZE": 16 * 1024 * 1024,
    # Redirect chains longer than this (loops) end as a recorded fetch failure.
    "REDIRECT_MAX_TIMES": 10,
    # Pending requests and the seen-set on disk, in a per-run directory under
    # <NEWSCRAWL_OUTPUT>/_staging/ (newscrawl.crawl.frontier): memory stays flat however
    # many URLs sitemaps list; NEWSCRAWL_FRONTIER = "memory" gives Scrapy's scheduler.
    "SCHEDULER": "newscrawl.crawl.frontier.DiskScheduler",
    # Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback's output; the
    # callbacks yield one item at most and the pipelines are synchronous, so Scrapy's
    # 100 only costs CPU (docs/benchmarks.md).
    "CONCURRENT_ITEMS": 8,
}


def install_components(settings: BaseSettings) -> None:
    """Add each of :data:`COMPONENTS` that its setting does not list already."""
    for setting, path, order in COMPONENTS:
        settings.setdefault_in_component_priority_dict(setting, load_object(path), order)


class Addon:
    """Scrapy add-on: newscrawl's defaults, components and crawl settings (module doc)."""

    @classmethod
    def update_pre_crawler_settings(cls, settings: BaseSettings) -> None:
        """The ``NEWSCRAWL_*`` defaults, for commands that read them before a crawler exists."""
        install_defaults(settings)

    def update_settings(self, settings: Settings) -> None:
        """Install the defaults, the crawl settings, the components, distributed mode
        and rendering."""
        install_defaults(settings)
        set_unless_chosen(settings, {**CRAWL_SETTINGS, "USER_AGENT": user_agent(settings.get("NEWSCRAWL_CONTACT"))})
        install_components(settings)
        DistributedMode().update_settings(settings)
        RenderMode().update_settings(settings)
