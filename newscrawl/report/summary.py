"""The crawl summary: articles per site, field coverage, publication days and failures.

Everything is computed from the datasets themselves (``<output>/articles/`` and
``<output>/failures/``), so a report can be built at the end of a crawl (rows fetched
since the crawl started) or later for any dataset. Rows are read in record batches of
the few columns needed and aggregated with pyarrow compute, so memory stays bounded
on large datasets.

Counts are of rows, i.e. article *versions*: a page fetched again after it changed is
counted once per fetch. A report restricted to one run counts each page once.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newscrawl.model.article import arrow_schema
from newscrawl.model.failure import failure_schema
from newscrawl.storage.dataset import ARTICLES, BOUNDED_SCAN, FAILURES, site_dataset, site_keys

UTC = dt.timezone.utc

#: The fields whose coverage the report shows, in display order. ``captions`` means
#: "at least one image with a caption".
COVERAGE_FIELDS = ("headline", "authors", "published_at", "captions", "body")

#: Columns of the articles dataset the summary reads.
ARTICLE_COLUMNS = ("site", "headline", "authors", "published_at", "images", "body")
#: Columns of the failures dataset the summary reads.
FAILURE_COLUMNS = ("site", "stage", "error_type", "http_status")

#: Rows per record batch while scanning.
BATCH_ROWS = 20_000
#: Scan options: one batch read ahead from one file at a time (pyarrow's defaults read
#: 16 batches ahead from 4 files, which with article bodies is hundreds of megabytes).
SCAN = {**BOUNDED_SCAN, "batch_size": BATCH_ROWS}


@dataclass
class SiteSummary:
    """One site's rows and how many of them have each coverage field."""

    site: str
    articles: int = 0
    covered: dict[str, int] = field(default_factory=dict)

    def coverage(self, field_name: str) -> float:
        """Share (0..1) of the site's rows that have ``field_name``; 0 without rows."""
        return self.covered.get(field_name, 0) / self.articles if self.articles else 0.0

    def coverages(self) -> dict[str, float]:
        """Every coverage field's share, in display order."""
        return {name: self.coverage(name) for name in COVERAGE_FIELDS}


@dataclass
class Summary:
    """What a crawl report shows, for one dataset (optionally from a time on)."""

    output_dir: str
    generated_at: dt.datetime
    since: dt.datetime | None = None
    sites: dict[str, SiteSummary] = field(default_factory=dict)
    #: (site, publication day or None for undated rows) -> rows.
    published_days: Counter = field(default_factory=Counter)
    #: (site, reason) -> failures; reason is 'stage: ErrorType[ status]'.
    failures: Counter = field(default_factory=Counter)

    @property
    def articles(self) -> int:
        """Rows over all sites."""
        return sum(s.articles for s in self.sites.values())

    @property
    def failure_count(self) -> int:
        """Failures over all sites and reasons."""
        return sum(self.failures.values())

    def overall(self) -> SiteSummary:
        """All sites together, as one SiteSummary named '(all sites)'."""
        total = SiteSummary("(all sites)")
        for site in self.sites.values():
            total.articles += site.articles
            for name, count in site.covered.items():
                total.covered[name] = total.covered.get(name, 0) + count
        return total

    def sites_by_size(self) -> list[SiteSummary]:
        """Sites, most rows first (ties by name)."""
        return sorted(self.sites.values(), key=lambda s: (-s.articles, s.site))

    def failures_by_reason(self) -> Counter:
        """Failures per reason over all sites."""
        totals: Counter = Counter()
        for (_site, reason), count in self.failures.items():
            totals[reason] += count
        return totals

    def failures_by_site(self) -> Counter:
        """Failures per site over all reasons."""
        totals: Counter = Counter()
        for (site, _reason), count in self.failures.items():
            totals[site] += count
        return totals

    def days_by_count(self) -> Counter:
        """Rows per publication day over all sites (None: undated)."""
        totals: Counter = Counter()
        for (_site, day), count in self.published_days.items():
            totals[day] += count
        return totals


# -- per-batch flags ------------------------------------------------------------------

def _non_empty_text(column: pa.Array) -> pa.Array:
    """True where a string column holds something other than whitespace."""
    length = pc.utf8_length(pc.utf8_trim_whitespace(column))
    return pc.fill_null(pc.greater(length, 0), False)


def _non_empty_list(column: pa.Array) -> pa.Array:
    """True where a list column holds at least one element."""
    return pc.fill_null(pc.greater(pc.list_value_length(column), 0), False)


def _has_caption(images: pa.Array) -> pa.Array:
    """True where at least one of a row's images has a non-empty caption."""
    rows = len(images)
    flat = pc.list_flatten(images)
    if len(flat) == 0:
        return pa.array([False] * rows, pa.bool_())
    parents = pc.list_parent_indices(images)
    captioned = _non_empty_text(pc.struct_field(flat, "caption"))
    with_caption = pc.unique(pc.filter(parents, captioned))
    return pc.is_in(pa.array(range(rows), pa.int64()),
                    value_set=pc.cast(with_caption, pa.int64()))


def coverage_flags(batch: pa.RecordBatch) -> dict[str, pa.Array]:
    """Per row, whether it has each coverage field (boolean arrays by field name)."""
    return {
        "headline": _non_empty_text(batch.column("headline")),
        "authors": _non_empty_list(batch.column("authors")),
        "published_at": pc.is_valid(batch.column("published_at")),
        "captions": _has_caption(batch.column("images")),
        "body": _non_empty_text(batch.column("body")),
    }


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _since_filter(time_column: str, since: dt.datetime | None):
    """Dataset filter for rows at or after ``since``: the partition day prunes files,
    the time column keeps exactly the rows of the window."""
    if since is None:
        return None
    since = _as_utc(since)
    moment = pa.scalar(since, pa.timestamp("us", tz="UTC"))
    return (pc.field("date") >= pa.scalar(since.date(), pa.date32())) & \
        (pc.field(time_column) >= moment)


# -- scanning ---------------------------------------------------------------------------

def _add_article_batch(summary: Summary, batch: pa.RecordBatch) -> None:
    flags = coverage_flags(batch)
    columns = {"site": batch.column("site")}
    columns.update({name: pc.cast(flag, pa.int64()) for name, flag in flags.items()})
    table = pa.table(columns)
    grouped = table.group_by("site").aggregate(
        [("site", "count")] + [(name, "sum") for name in COVERAGE_FIELDS])
    for row in grouped.to_pylist():
        site = summary.sites.setdefault(row["site"], SiteSummary(row["site"]))
        site.articles += row["site_count"]
        for name in COVERAGE_FIELDS:
            site.covered[name] = site.covered.get(name, 0) + (row[f"{name}_sum"] or 0)
    days = pa.table({"site": batch.column("site"),
                     "day": pc.cast(batch.column("published_at"), pa.date32())})
    for row in days.group_by(["site", "day"]).aggregate([("site", "count")]).to_pylist():
        summary.published_days[(row["site"], row["day"])] += row["site_count"]


def failure_reason(stage: str | None, error_type: str | None, http_status: int | None) -> str:
    """A failure's reason as the report groups it, e.g. 'fetch: HttpError 404'."""
    reason = f"{stage or 'unknown'}: {error_type or 'unknown error'}"
    return f"{reason} {http_status}" if http_status else reason


def _add_failure_batch(summary: Summary, batch: pa.RecordBatch) -> None:
    grouped = pa.table({name: batch.column(name) for name in FAILURE_COLUMNS}).group_by(
        list(FAILURE_COLUMNS)).aggregate([("site", "count")])
    for row in grouped.to_pylist():
        reason = failure_reason(row["stage"], row["error_type"], row["http_status"])
        summary.failures[(row["site"], reason)] += row["site_count"]


def summarise(output_dir: str | os.PathLike, *, since: dt.datetime | None = None,
              now: dt.datetime | None = None) -> Summary:
    """The Summary of the datasets under ``output_dir``: every row, or only the articles
    fetched (failures failed) at or after ``since`` (timezone-aware; naive means UTC)."""
    summary = Summary(output_dir=str(output_dir), generated_at=_as_utc(now or dt.datetime.now(UTC)),
                      since=_as_utc(since) if since else None)
    for name, schema, columns, time_column, add in (
            (ARTICLES, arrow_schema(), ARTICLE_COLUMNS, "fetched_at", _add_article_batch),
            (FAILURES, failure_schema(), FAILURE_COLUMNS, "failed_at", _add_failure_batch)):
        root = Path(output_dir) / name
        for site in site_keys(output_dir, name):  # one short-lived dataset per site
            dataset = site_dataset(root, site, schema)
            for batch in dataset.to_batches(columns=list(columns),
                                            filter=_since_filter(time_column, since), **SCAN):
                if batch.num_rows:
                    add(summary, batch)
    return summary
