"""Every ``NEWSCRAWL_*`` setting's default: the one place they live.

The add-on (:class:`newscrawl.Addon`, in this project's settings and in any other
Scrapy project), newscrawl's commands and its base spider install these where nothing
else set them; code reads a setting by name without restating its default. Override
any of them in a project's settings, per run with ``scrapy crawl ... -s NAME=VALUE``
or in a spider's ``custom_settings``.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from scrapy.settings import SETTINGS_PRIORITIES

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

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
#: Pages handed to each extraction worker ahead of the one it is extracting, so it never
#: waits for the crawl process to pass it the next page (Python's pool queues one in all).
NEWSCRAWL_EXTRACT_QUEUED = 4
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
#: Pages refused as non-articles are fetched again after this many days, so a wrong
#: refusal is never final (a new listing date re-checks them sooner; 0: never).
NEWSCRAWL_REFUSAL_RECHECK_DAYS = 7
#: A refused page with at least this many body words is written to <NEWSCRAWL_OUTPUT>/pages/
#: with its fields and the reason (0: every refused page).
NEWSCRAWL_KEEP_REFUSED_WORDS = 150
#: Drop from the bodies paragraphs that recur on several pages of one site (the site's
#: furniture: a blurb, a prompt, a disclaimer), learnt as the crawl goes.
NEWSCRAWL_SITE_FURNITURE = False
#: Pages of one site a paragraph must be seen on to count as its furniture.
NEWSCRAWL_SITE_FURNITURE_PAGES = 3
#: Keep the site furniture memory between runs in <NEWSCRAWL_OUTPUT>/_state/
#: site_furniture.sqlite, so each run goes on from what the runs before it learnt.
NEWSCRAWL_SITE_FURNITURE_STATE = True
#: Where a run keeps its pending requests and seen-set: "disk" (a per-run directory under
#: <NEWSCRAWL_OUTPUT>/_staging/, flat memory) or "memory" (Scrapy's own scheduler).
NEWSCRAWL_FRONTIER = "disk"
#: Priority of discovery requests (robots.txt, sitemaps, feeds) over article pages:
#: above 0 reads every listing before fetching pages (with a page cap, the cap then
#: spends on the newest pages of all listings); 0 keeps Scrapy's depth-first order.
NEWSCRAWL_DISCOVERY_PRIORITY = 0
#: Retention of the checks dataset in days: compaction (``scrapy compact``) removes
#: ``checks/`` partitions older than this (0: keep every check).
NEWSCRAWL_CHECKS_KEEP_DAYS = 0
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

#: Render pages in a browser: "never", "auto" (only a page whose server HTML gives no
#: article and looks like an app shell) or "always" (every article page). Needs the
#: extra "render" (scrapy-playwright) and Chromium; a site profile may set it.
NEWSCRAWL_RENDER = "never"
#: The browser executable (empty: "chromium" or relatives found on the PATH).
NEWSCRAWL_RENDER_BROWSER = ""
#: Seconds one render may take as a whole before it is recorded as a failure.
NEWSCRAWL_RENDER_TIMEOUT = 20.0
#: Pages open at once in one browser context, and browser contexts open at once.
NEWSCRAWL_RENDER_PAGES = 4
NEWSCRAWL_RENDER_CONTEXTS = 1
#: The browser is restarted (once no page is open) after this many rendered pages (0: never).
NEWSCRAWL_RENDER_RESTART_PAGES = 100

#: Archive every response a crawl downloads (with its request) as WARC/1.1 records in
#: rotated <NEWSCRAWL_OUTPUT>/warc/*.warc.gz files; rows point at their record.
NEWSCRAWL_WARC = False
#: Size (bytes) after which a WARC file being written is published and a new one started.
NEWSCRAWL_WARC_FILE_BYTES = 1 << 30
#: Largest WARC / ARC record (decompressed bytes) read; a bigger one is a recorded failure.
NEWSCRAWL_WARC_MAX_RECORD_BYTES = 64 * 1024 * 1024
#: Where ``scrapy crawl ccnews`` finds CC-NEWS: <base>/crawl-data/CC-NEWS/YYYY/MM/warc.paths.gz.
NEWSCRAWL_CCNEWS_BASE = "https://data.commoncrawl.org"

#: Spiders that read whole units of work themselves (the archive spiders) set this False
#: in their custom_settings: in distributed mode they share files, not the frontier.
NEWSCRAWL_REDIS_FRONTIER = True
#: Set by distributed mode for those spiders: the class that claims files in Redis
#: (newscrawl.distributed.archive_units.ArchiveUnits); empty: no fleet.
NEWSCRAWL_ARCHIVE_CLAIMS = ""

#: Tests only: {"real.host": "127.0.0.1:PORT"} sends that host's requests to a local
#: server (see newscrawl.crawl.middlewares.HostMapMiddleware). Empty: disabled.
NEWSCRAWL_HOST_MAP: dict[str, str] = {}

#: Seconds before the first retry when the server sends no Retry-After; doubled per retry.
NEWSCRAWL_RETRY_BACKOFF = 1.0
#: Longest back-off wait between two tries of one request, in seconds.
NEWSCRAWL_RETRY_BACKOFF_MAX = 30.0
#: Longest Retry-After (seconds) honoured; a server asking for more waits this long.
NEWSCRAWL_RETRY_AFTER_MAX = 120.0


def newscrawl_defaults() -> dict[str, Any]:
    """Every ``NEWSCRAWL_*`` default of this module, by setting name (fresh copies)."""
    return {name: copy.deepcopy(value) for name, value in globals().items()
            if name.startswith("NEWSCRAWL_")}


def set_unless_chosen(settings: BaseSettings, values: dict[str, Any],
                      priority: str = "addon") -> None:
    """Set each of ``values`` at ``priority`` unless something chose that setting already.

    Only a setting that is absent or holds Scrapy's own global default is set: a value
    from the project, a command, a spider or the command line is kept.
    """
    floor = SETTINGS_PRIORITIES["default"]
    for name, value in values.items():
        current = settings.getpriority(name)
        if current is None or current <= floor:
            settings.set(name, copy.deepcopy(value), priority=priority)


def install_defaults(settings: BaseSettings) -> None:
    """Give ``settings`` every ``NEWSCRAWL_*`` default it does not set itself."""
    set_unless_chosen(settings, newscrawl_defaults())
