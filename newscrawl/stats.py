"""The names of newscrawl's crawl stats (keys of Scrapy's stats collector), each given once.

Every module that writes or reads a key takes it from here. The strings are part of the
interface (people, the summary line and the report read them): they do not change.
A family of keys whose last part varies (a reason, a stage, an outcome) has its prefix
here and a small function that builds one key of it; :func:`family` sums a family.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# -- the Parquet pipeline -------------------------------------------------------------
#: Article rows written (new and updated versions).
ARTICLES_WRITTEN = "newscrawl/articles_written"
#: Failure rows written.
FAILURES_WRITTEN = "newscrawl/failures_written"
#: Parquet files published when the crawl closed.
FILES_PUBLISHED = "newscrawl/files_published"
#: Items that could not be written and became 'pipeline' failures.
PIPELINE_FAILURES = "newscrawl/pipeline_failures"
#: Listed pages refused as non-articles and recorded as 'not_article' checks.
NOT_ARTICLE_CHECKS = "newscrawl/checks/not_article"
#: Refused pages written to pages/, and those not written again (same content as before).
PAGES_WRITTEN = "newscrawl/pages_written"
PAGES_UNCHANGED = "newscrawl/pages_unchanged"
#: Pages taken as articles whose body the extractor did not find (written all the same).
NO_BODY = "newscrawl/extract/no_body"
#: Failed extraction field steps: <prefix><field>.
FIELD_ERRORS = "newscrawl/extract/field_errors/"
#: Articles by incremental outcome: <prefix>new, updated, unchanged.
ARTICLES_BY_OUTCOME = "newscrawl/articles/"
#: Rows recovered from killed runs' spools: <prefix><dataset>.
RECOVERED = "newscrawl/recovered/"

# -- the site furniture pipeline -----------------------------------------------------
#: Paragraphs the site-level boilerplate memory dropped, and the articles it cleaned.
SITE_FURNITURE_DROPPED = "newscrawl/site_furniture/paragraphs_dropped"
SITE_FURNITURE_PAGES = "newscrawl/site_furniture/pages_cleaned"
#: Paragraph rows the run added to the output's site furniture memory at its end.
SITE_FURNITURE_REMEMBERED = "newscrawl/site_furniture/paragraphs_remembered"

# -- the dates pipeline ---------------------------------------------------------------
#: Date values filled from their raw strings.
DATES_FILLED = "newscrawl/dates/filled"
#: Raw date strings that gave no value.
DATES_REJECTED = "newscrawl/dates/rejected"

# -- the spiders ----------------------------------------------------------------------
#: Known URLs not requested again: <prefix><reason>.
SKIPPED = "newscrawl/incremental/skipped/"
#: Sitemaps named by robots.txt files.
ROBOTS_SITEMAPS = "newscrawl/discovery/robots_sitemaps"
#: Feeds announced on home pages.
HOME_FEEDS = "newscrawl/discovery/home_feeds"
#: Sitemaps and feeds read.
SITEMAPS_READ = "newscrawl/discovery/sitemaps"
FEEDS_READ = "newscrawl/discovery/feeds"
#: Article candidates listed, by where they were listed: <prefix><source>.
LISTED = "newscrawl/discovery/listed/"
#: Listed URLs skipped without a fetch for their shape (or the profile): <prefix><shape>.
SKIPPED_URL = "newscrawl/discovery/skipped_url/"
#: Listed URLs skipped because their listing date is before the cut-off.
SKIPPED_OLD = "newscrawl/discovery/skipped_old"
#: Fetched pages refused as non-articles, by the classifier's reason: <prefix><reason>.
NON_ARTICLE = "newscrawl/pages/non_article/"
#: Fetched pages taken as articles, by the classifier's reason: <prefix><reason>.
ARTICLE_PAGES = "newscrawl/pages/article/"
#: Failures recorded by the spider, by stage: <prefix><stage>.
FAILURES_BY_STAGE = "newscrawl/failures/"

# -- retries --------------------------------------------------------------------------
#: Waits before a retry, and their total in milliseconds.
RETRY_WAITS = "newscrawl/retry/waits"
RETRY_WAIT_MS = "newscrawl/retry/wait_ms"

# -- the extensions -------------------------------------------------------------------
#: The last progress line's figures.
PROGRESS_PAGES_PER_MIN = "newscrawl/progress/pages_per_min"
PROGRESS_ARTICLES_PER_MIN = "newscrawl/progress/articles_per_min"
PROGRESS_QUEUE = "newscrawl/progress/queue"
#: The crawl report's page, and how many sites' coverage dropped.
REPORT_PATH = "newscrawl/report/path"
REPORT_COVERAGE_DROPS = "newscrawl/report/coverage_drops"

# -- rendering (NEWSCRAWL_RENDER) -----------------------------------------------------
#: Pages rendered in the browser, and renders that failed (recorded as 'render' failures).
RENDERED_PAGES = "newscrawl/render/pages"
RENDER_FAILED_PAGES = "newscrawl/render/failed_pages"
#: Browser restarts after NEWSCRAWL_RENDER_RESTART_PAGES rendered pages.
BROWSER_RESTARTS = "newscrawl/render/browser_restarts"
#: Render requests, rendered pages and failed renders by reason: <prefix><reason>.
RENDER_REQUESTED = "newscrawl/render/requested/"
RENDERED = "newscrawl/render/rendered/"
RENDER_FAILED = "newscrawl/render/failed/"

# -- archives -------------------------------------------------------------------------
#: Records read from WARC / ARC files (every kind).
ARCHIVE_RECORDS = "newscrawl/archive/records"
#: Records that hold no page, by kind (warcinfo, request, revisit, ...): <prefix><kind>.
ARCHIVE_SKIPPED = "newscrawl/archive/skipped/"
#: Records that could not be read, by reason (gzip, header, length, ...): <prefix><reason>.
ARCHIVE_BROKEN = "newscrawl/archive/broken/"
#: Response records not extracted, by filter (not_html, status_404, site, date,
#: language): <prefix><filter>.
ARCHIVE_FILTERED = "newscrawl/archive/filtered/"
#: Archive files read to their end, records/s of the last progress line, share of files done.
ARCHIVE_FILES_DONE = "newscrawl/archive/files_done"
ARCHIVE_RECORDS_PER_S = "newscrawl/archive/records_per_s"
ARCHIVE_FILES_SHARE = "newscrawl/archive/files_share"
#: CC-NEWS monthly listings that could not be read.
ARCHIVE_LISTING_ERRORS = "newscrawl/archive/listing_errors"
#: Records already in the output, skipped unread (a key of the SKIPPED family).
SKIPPED_ARCHIVED = SKIPPED + "archived"
#: Responses written to WARC files (NEWSCRAWL_WARC), and those that could not be.
WARC_RECORDS = "newscrawl/warc/records"
WARC_WRITE_ERRORS = "newscrawl/warc/write_errors"

# -- distributed mode -----------------------------------------------------------------
#: Pushed seeds this worker took, requests it put back for dead workers, and whether
#: it ran the crawl's entry requests (1) or another worker did (0).
FLEET_SEEDS = "newscrawl/fleet/seeds"
FLEET_REQUEUED = "newscrawl/fleet/requeued"
FLEET_ENTRY_CLAIMED = "newscrawl/fleet/entry_claimed"
#: Requests pushed to and popped from the shared queue (scrapy-redis's naming).
REDIS_ENQUEUED = "scheduler/enqueued/redis"
REDIS_DEQUEUED = "scheduler/dequeued/redis"


def article_outcome(outcome: str) -> str:
    """Articles with this incremental outcome ('new', 'updated', 'unchanged')."""
    return ARTICLES_BY_OUTCOME + outcome


def recovered(dataset: str) -> str:
    """Rows of ``dataset`` ('articles', 'failures', 'checks') recovered from killed runs."""
    return RECOVERED + dataset


def skipped(reason: str) -> str:
    """Known URLs not requested again for this reason."""
    return SKIPPED + reason


def listed(source: str) -> str:
    """Article candidates listed by this source (sitemap, feed, home, ...)."""
    return LISTED + source


def skipped_url(shape: str) -> str:
    """Listed URLs skipped for this URL shape ('tag', 'author', ... or 'profile_deny')."""
    return SKIPPED_URL + shape


def non_article(reason: str) -> str:
    """Fetched pages refused as non-articles for this reason."""
    return NON_ARTICLE + reason


def article_page(reason: str) -> str:
    """Fetched pages taken as articles for this reason."""
    return ARTICLE_PAGES + reason


def failures_at(stage: str) -> str:
    """Failures the spider recorded at this stage ('fetch', 'extract', ...)."""
    return FAILURES_BY_STAGE + stage


def field_error(field: str) -> str:
    """Pages on which the extraction step of this field raised (the field was left empty)."""
    return FIELD_ERRORS + field


def render_requested(reason: str) -> str:
    """Pages asked for in the browser for this reason ('app_shell', 'always')."""
    return RENDER_REQUESTED + reason


def rendered(reason: str) -> str:
    """Pages rendered in the browser for this reason."""
    return RENDERED + reason


def render_failed(reason: str) -> str:
    """Renders that failed, by the reason they were asked for."""
    return RENDER_FAILED + reason


def archive_skipped(kind: str) -> str:
    """Archive records of this kind that hold no page."""
    return ARCHIVE_SKIPPED + kind


def archive_broken(reason: str) -> str:
    """Archive records that could not be read for this reason."""
    return ARCHIVE_BROKEN + reason


def archive_filtered(reason: str) -> str:
    """Archive response records not extracted because of this filter."""
    return ARCHIVE_FILTERED + reason


def family(stats: Mapping[str, Any], prefix: str) -> int:
    """The sum of a family of counters (every key that starts with ``prefix``)."""
    return sum(int(value or 0) for key, value in stats.items() if key.startswith(prefix))
