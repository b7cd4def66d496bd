"""All settings of the newscrawl Scrapy project, with every ``NEWSCRAWL_*`` default.

This is the one place defaults live. Override any of them per run with
``scrapy crawl ... -s NAME=VALUE`` or in a spider's ``custom_settings``.
"""

from newscrawl import __version__

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
COMMANDS_MODULE = "newscrawl.commands"

# -- newscrawl's own settings -------------------------------------------------------
#: Where the datasets go: <NEWSCRAWL_OUTPUT>/articles/, /failures/, /reports/.
NEWSCRAWL_OUTPUT = "output"
#: Rows buffered in memory before they are written as one Parquet row group.
NEWSCRAWL_ROWS_PER_GROUP = 2000
#: Rows after which a Parquet file is closed and published (a new one is started).
NEWSCRAWL_ROWS_PER_FILE = 100_000
#: Parquet compression codec and level.
NEWSCRAWL_PARQUET_COMPRESSION = "zstd"
NEWSCRAWL_PARQUET_COMPRESSION_LEVEL = 3
#: Seconds after which an open Parquet file is published even if not full, so a
#: killed long crawl loses at most this much (0: only when full or at the end).
NEWSCRAWL_PUBLISH_SECONDS = 900
#: Use site profiles in extraction (False = the generic extractor only).
NEWSCRAWL_PROFILES = True
#: Contact shown in the User-Agent so site owners can reach the operator.
NEWSCRAWL_CONTACT = "https://github.com/newscrawl/newscrawl"
#: Depth to which discovery follows links from front pages and sections.
NEWSCRAWL_DISCOVERY_DEPTH = 2

#: Tests only: {"real.host": "127.0.0.1:PORT"} sends that host's requests to a local
#: server (see newscrawl.middlewares.HostMapMiddleware). Empty: disabled.
NEWSCRAWL_HOST_MAP = {}

# -- politeness -----------------------------------------------------------------
USER_AGENT = f"newscrawl/{__version__} (+{NEWSCRAWL_CONTACT})"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"

DOWNLOADER_MIDDLEWARES = {
    # After Offsite (50), before RobotsTxt (100): see HostMapMiddleware.
    "newscrawl.middlewares.HostMapMiddleware": 60,
}

# -- pipelines ------------------------------------------------------------------
ITEM_PIPELINES = {
    "newscrawl.pipelines.DatesPipeline": 300,
    "newscrawl.pipelines.ParquetPipeline": 800,
}

# -- Scrapy housekeeping --------------------------------------------------------
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
