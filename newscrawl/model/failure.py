"""The Failure: the second record type, one row per URL that did not become an Article.

Spiders yield a Failure where a fetch, an extraction or a discovery step fails, and the
Parquet pipeline turns items it cannot write into Failures (stage 'pipeline'), so no
item is ever lost silently. Failures go to ``<NEWSCRAWL_OUTPUT>/failures/``, a
dataset laid out like the articles one. Fields are declared once, with their format
documented, and the Arrow schema is derived from them with ``article.arrow_type``,
exactly as for the Article.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from dataclasses import dataclass, field

import pyarrow as pa

from newscrawl.model.article import SCHEMA_VERSION, arrow_type, doc


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(slots=True)
class Failure:
    """One URL that could not be turned into an Article, and why."""

    url: str = field(default="", metadata=doc(
        "The URL that failed (as requested; after redirects when a response was received)."))
    stage: str = field(default="extract", metadata=doc(
        "Where it failed: 'fetch' (network / HTTP error), 'extract' (the page could not "
        "be read as an article), 'discovery' (robots.txt, sitemap or feed), 'pipeline' "
        "(the item could not be written)."))
    error_type: str | None = field(default=None, metadata=doc(
        "Name of the exception class or error kind, e.g. 'NotAPageError', "
        "'HttpError', 'TimeoutError'."))
    message: str | None = field(default=None, metadata=doc(
        "Human-readable description of the error (one line, may be truncated)."))
    http_status: int | None = field(default=None, metadata=doc(
        "HTTP status of the response, when one was received.", arrow=pa.int16()))
    failed_at: dt.datetime = field(default_factory=_utc_now, metadata=doc(
        "When the failure happened, timezone-aware UTC (timestamp[us, UTC])."))
    spider: str | None = field(default=None, metadata=doc(
        "Name of the spider that met the failure."))


def failure_schema() -> pa.Schema:
    """The Arrow schema of the failures dataset, derived field by field from Failure."""
    hints = typing.get_type_hints(Failure)
    fields = [
        pa.field(f.name, f.metadata.get("arrow") or arrow_type(hints[f.name]), nullable=True,
                 metadata={"doc": f.metadata.get("doc", "")})
        for f in dataclasses.fields(Failure)
    ]
    return pa.schema(fields, metadata={"newscrawl.schema_version": str(SCHEMA_VERSION)})


def failure_record(failure: Failure) -> dict:
    """The Failure as a plain dict ready for ``pa.Table.from_pylist(schema=failure_schema())``."""
    return dataclasses.asdict(failure)


def failure_from_exception(url: str, stage: str, exc: BaseException, *,
                           spider: str | None = None,
                           http_status: int | None = None) -> Failure:
    """A Failure describing ``exc`` (its class name and first line of its message)."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else None
    return Failure(url=url, stage=stage, error_type=type(exc).__name__, message=message,
                   http_status=http_status, spider=spider)
