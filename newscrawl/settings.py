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
#: Worker processes that extract pages beside the crawl ("auto": CPUs - 1, at most 4;
#: 0: extract inline in the crawl process).
NEWSCRAWL_EXTRACT_WORKERS = "auto"
#: Seconds one page may take to extract in a worker before it is recorded as a failure.
NEWSCRAWL_EXTRACT_TIMEOUT = 30.0
#: Use site profiles in extraction (False = the generic extractor only).
NEWSCRAWL_PROFILES = True
#: Contact shown in the User-Agent so site owners can reach the operator.
NEWSCRAWL_CONTACT = "https://github.com/newscrawl/newscrawl"
#: Depth to which discovery follows links from front pages and sections.
NEWSCRAWL_DISCOVERY_DEPTH = 2

#: Build the crawl report (<NEWSCRAWL_OUTPUT>/reports/) when a crawl ends.
NEWSCRAWL_REPORT = True
#: A site's field coverage this much (0-1) below its previous runs' median is flagged.
NEWSCRAWL_REPORT_DROP = 0.2
#: Sites with fewer rows than this in a run are neither flagged nor used as a baseline.
NEWSCRAWL_REPORT_MIN_ROWS = 5
#: Seconds between progress log lines (pages/min, articles/min, failures, queue); 0: off.
NEWSCRAWL_PROGRESS_INTERVAL = 60

#: Incremental runs: skip URLs already in the dataset unless their listing date changed.
NEWSCRAWL_INCREMENTAL = True
#: Re-check window in days: fetch a known URL again once this long has passed (0: never).
NEWSCRAWL_RECHECK_DAYS = 0
#: Seconds between fsyncs of the spool (bounds what a power cut, not a kill, can lose).
NEWSCRAWL_SPOOL_SYNC_SECONDS = 1.0
#: Share of failed fetches (failures / (articles + failures)) above which the exit code is 4.
NEWSCRAWL_MAX_FAILURE_RATIO = 0.5
#: Print the one-line run summary on stdout too (it always goes to the log / LOG_FILE).
NEWSCRAWL_SUMMARY_STDOUT = True

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

# -- extensions -----------------------------------------------------------------
EXTENSIONS = {
    "newscrawl.extensions.ProgressLog": 500,
    "newscrawl.extensions.CrawlReport": 510,
}

# -- pipelines ------------------------------------------------------------------
ITEM_PIPELINES = {
    "newscrawl.pipelines.DatesPipeline": 300,
    "newscrawl.pipelines.ParquetPipeline": 800,
}

# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback's output; our
# callbacks yield one item at most and the pipelines are synchronous, so the default
# of 100 only costs CPU (measured: 2.7x slower do-nothing crawl of 2,000 pages).
CONCURRENT_ITEMS = 8

# -- Scrapy housekeeping --------------------------------------------------------
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
