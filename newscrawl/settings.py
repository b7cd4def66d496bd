"""All settings of the newscrawl Scrapy project, with every ``NEWSCRAWL_*`` default.

This is the one place defaults live. Override any of them per run with
``scrapy crawl ... -s NAME=VALUE`` or in a spider's ``custom_settings``.
"""

from newscrawl.version import __version__

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.crawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.crawl.spiders"
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

#: Distributed mode: a Redis URL (redis://HOST:PORT/DB) shared by a fleet of workers; empty: off.
NEWSCRAWL_REDIS_URL = ""
#: Prefix of the fleet's Redis keys; %(spider)s is the spider name (one crawl per prefix).
NEWSCRAWL_REDIS_KEY = "newscrawl:%(spider)s"
#: A worker stops (exit 0) once the shared frontier has been empty this many seconds.
NEWSCRAWL_REDIS_IDLE_SECONDS = 30.0
#: A worker whose heartbeat is this many seconds old is dead: its requests are requeued.
NEWSCRAWL_REDIS_HEARTBEAT_SECONDS = 15.0
#: Seconds between a worker's polls (heartbeat, acks, pushed seeds, dead workers).
NEWSCRAWL_REDIS_POLL_SECONDS = 1.0
#: Pushed seeds a worker takes per poll.
NEWSCRAWL_REDIS_SEEDS_PER_POLL = 100

#: Tests only: {"real.host": "127.0.0.1:PORT"} sends that host's requests to a local
#: server (see newscrawl.crawl.middlewares.HostMapMiddleware). Empty: disabled.
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
# Answers retried (429 included); waits come from newscrawl.crawl.retry.BackoffRetryMiddleware.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
#: Seconds before the first retry when the server sends no Retry-After; doubled per retry.
NEWSCRAWL_RETRY_BACKOFF = 1.0
#: Longest back-off wait between two tries of one request, in seconds.
NEWSCRAWL_RETRY_BACKOFF_MAX = 30.0
#: Longest Retry-After (seconds) honoured; a server asking for more waits this long.
NEWSCRAWL_RETRY_AFTER_MAX = 120.0
# Larger responses are cancelled and recorded as fetch failures (a 20 MB page passes).
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
# Responses larger than this are logged as a warning.
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
# Redirect chains longer than this (loops) end as a recorded fetch failure.
REDIRECT_MAX_TIMES = 10
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"

DOWNLOADER_MIDDLEWARES = {
    # After Offsite (50), before RobotsTxt (100): see HostMapMiddleware.
    "newscrawl.crawl.middlewares.HostMapMiddleware": 60,
    # Scrapy's retries, with a wait (Retry-After or exponential back-off) before each.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.crawl.retry.BackoffRetryMiddleware": 550,
    # Sees 3xx answers before RedirectMiddleware (600): offsite redirects and loops fail.
    "newscrawl.crawl.retry.RedirectGuard": 610,
}

# -- add-ons ------------------------------------------------------------------
# Switches scheduler, duplicate filter and pipeline when NEWSCRAWL_REDIS_URL is set.
ADDONS = {
    "newscrawl.distributed.mode.DistributedMode": 0,
}

# -- extensions -----------------------------------------------------------------
EXTENSIONS = {
    "newscrawl.crawl.extensions.ProgressLog": 500,
    "newscrawl.crawl.extensions.CrawlReport": 510,
}

# -- pipelines ------------------------------------------------------------------
ITEM_PIPELINES = {
    "newscrawl.crawl.pipelines.DatesPipeline": 300,
    "newscrawl.crawl.pipelines.ParquetPipeline": 800,
}

# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback's output; our
# callbacks yield one item at most and the pipelines are synchronous, so the default
# of 100 only costs CPU (measured: 2.7x slower do-nothing crawl of 2,000 pages).
CONCURRENT_ITEMS = 8

# -- Scrapy housekeeping --------------------------------------------------------
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
