"""The Check record: one fetch decision of an incremental run, and its Arrow schema;
and the RefusedPage: a page refused as a non-article that is kept all the same.

Check rows make the ``checks`` dataset beside ``articles/`` and ``failures/``; the
crawl's incremental state (:mod:`newscrawl.crawl.incremental`) reads them back.
RefusedPage rows make ``pages/``: every Article column plus the refusal's reason,
score and signals, so an analyst can find a wrongly refused article and promote it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from dataclasses import dataclass, field

import pyarrow as pa

from newscrawl.model.article import SCHEMA_VERSION, Article, arrow_schema, arrow_type, doc

#: Outcomes of fetching an article page.
NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
#: Outcome of the check recorded for a listed URL that redirected to a fetched article.
REDIRECT = "redirect"
#: Outcome of a listed page that was fetched and refused as a non-article.
NOT_ARTICLE = "not_article"

UTC = dt.timezone.utc


def _utc_now() -> dt.datetime:
    return dt.datetime.now(UTC)


@dataclass(slots=True)
class Check:
    """One fetch of a listed page by a run: when, why, and what it found."""

    url: str = field(default="", metadata=doc("The URL fetched, after redirects."))
    checked_at: dt.datetime = field(default_factory=_utc_now, metadata=doc(
        "When the page was fetched (the Article's fetched_at), UTC."))
    listed_at: dt.datetime | None = field(default=None, metadata=doc(
        "The sitemap lastmod / feed date the fetch acted on, UTC; null when the URL "
        "came from no dated listing."))
    content_hash: str | None = field(default=None, metadata=doc(
        "The content hash of what was fetched (see Article.content_hash)."))
    outcome: str = field(default=NEW, metadata=doc(
        "'new' (URL not in the dataset before), 'updated' (a new version was written) "
        "or 'unchanged' (same content as the newest version: nothing written), "
        "'redirect' (a listed URL that redirected to the article checked beside it), or "
        "'not_article' (a listed page refused as a non-article: see reason)."))
    reason: str | None = field(default=None, metadata=doc(
        "For 'not_article': why the page is not an article, as the classifier says it "
        "(e.g. 'jsonld-collectionpage', 'listing', 'thin'); null otherwise."))
    spider: str | None = field(default=None, metadata=doc("Name of the spider."))
    warc_file: str | None = field(default=None, metadata=doc(
        "For a page read from an archive: the WARC / ARC file (see Article.warc_file)."))
    warc_offset: int | None = field(default=None, metadata=doc(
        "For a page read from an archive: the record's byte offset in ``warc_file``."))


def check_schema() -> pa.Schema:
    """The Arrow schema of the checks dataset, derived from :class:`Check`."""
    hints = typing.get_type_hints(Check)
    fields = [pa.field(f.name, arrow_type(hints[f.name]), nullable=True,
                       metadata={"doc": f.metadata.get("doc", "")})
              for f in dataclasses.fields(Check)]
    return pa.schema(fields, metadata={"newscrawl.schema_version": str(SCHEMA_VERSION)})


@dataclass(slots=True)
class RefusedPage:
    """A fetched page the classifier refused that had substantial text: its Article
    (every extracted field) and the refusal (written to ``pages/``)."""

    article: Article
    reason: str
    score: float | None = None
    signals: list[str] = field(default_factory=list)


#: The columns ``pages/`` adds to the Article's.
REFUSAL_FIELDS = (
    pa.field("refusal_reason", pa.string(), metadata={
        "doc": "Why the page was refused as a non-article (the classifier's reason)."}),
    pa.field("refusal_score", pa.float64(), metadata={
        "doc": "The classifier's score (an article scores at least 0)."}),
    pa.field("refusal_signals", pa.list_(pa.string()), metadata={
        "doc": "The signals the classifier weighed (see newscrawl.extract.classify)."}),
)


def refused_page_schema() -> pa.Schema:
    """The Arrow schema of the pages dataset: the Article's columns and REFUSAL_FIELDS."""
    schema = arrow_schema()
    return pa.schema(list(schema) + list(REFUSAL_FIELDS), metadata=schema.metadata)
