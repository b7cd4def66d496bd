"""The Article: the one definition of what newscrawl extracts from a news page.

Every field is declared once here, with its Python type and a docstring that states
its format. The Arrow schema of the Parquet dataset is derived from these
declarations by :func:`arrow_schema`, so the two cannot drift apart (a test checks
it). Raw values (as found on the page) sit beside normalised ones, following the
``*_raw`` convention: ``byline_raw`` beside ``authors``, ``published_raw`` beside
``published_at``.

Both classes are plain dataclasses, so ``itemadapter.ItemAdapter`` and Scrapy's
item pipelines handle them natively.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass, field

import pyarrow as pa

#: Bumped whenever a field is added, removed or changes meaning. Written into the
#: metadata of every Parquet file so readers can tell old files from new ones.
#: 1: first release. 2: ``content_hash`` added (files of version 1 read it as null).
#: 3: ``origin``, ``warc_file``, ``warc_offset`` added to articles, failures and checks
#: (older files read them as null: a null ``origin`` is a live fetch).
SCHEMA_VERSION = 3

#: Values of ``Article.origin``.
LIVE, ARCHIVE = "live", "archive"


def doc(text: str, **extra) -> dict:
    """Field metadata: the documented format of a field (and optional Arrow overrides)."""
    return {"doc": text, **extra}


@dataclass(slots=True)
class Image:
    """An image of the article, with its caption and credit split apart."""

    url: str | None = field(default=None, metadata=doc(
        "Absolute URL of the image file (the largest candidate the page offers)."))
    caption: str | None = field(default=None, metadata=doc(
        "Caption text as a reader sees it, without the credit; whitespace collapsed."))
    credit: str | None = field(default=None, metadata=doc(
        "Photographer / agency credit, split from the caption where the page puts it in "
        "parentheses, after 'Photo:' / 'Credit:' / a separator, or in its own element."))
    alt: str | None = field(default=None, metadata=doc(
        "The image's alt text, unchanged except for whitespace."))


@dataclass(slots=True)
class Article:
    """One version of one news article, as fetched at ``fetched_at``."""

    # -- identity ------------------------------------------------------------------
    url: str = field(default="", metadata=doc(
        "The URL fetched, after redirects (not the canonical link)."))
    canonical_url: str | None = field(default=None, metadata=doc(
        "The page's declared canonical URL (link rel=canonical, og:url or JSON-LD url), "
        "absolute."))
    domain: str | None = field(default=None, metadata=doc(
        "Host name of ``url``, lower-case, without a leading 'www.'."))

    # -- text --------------------------------------------------------------------
    headline: str | None = field(default=None, metadata=doc(
        "The article's own headline, without the site name; whitespace collapsed."))
    description: str | None = field(default=None, metadata=doc(
        "The standfirst / dek / summary the publisher gives, as plain text."))
    body: str | None = field(default=None, metadata=doc(
        "The article text only: paragraphs (and subheadings as their own paragraphs) "
        "separated by one blank line; no captions, bylines, share buttons, related "
        "lists, newsletter boxes or author bios."))
    word_count: int | None = field(default=None, metadata=doc(
        "Number of words (\\w+ tokens) in ``body``.", arrow=pa.int32()))

    # -- people ------------------------------------------------------------------
    authors: list[str] = field(default_factory=list, metadata=doc(
        "Person names, clean: no 'By', no roles, no dates, no 'and'; in page order, "
        "without duplicates."))
    byline_raw: str | None = field(default=None, metadata=doc(
        "The byline text as found, before cleaning."))

    # -- dates -------------------------------------------------------------------
    published_at: dt.datetime | None = field(default=None, metadata=doc(
        "First publication time, timezone-aware, stored as UTC (timestamp[us, UTC])."))
    published_raw: str | None = field(default=None, metadata=doc(
        "The publication date string as found on the page; a moment the page states in "
        "UTC ('...Z') while its date markup prints it in another offset, or in any "
        "offset while the date printed nearest the headline shows its clock on another "
        "day, is restated in that offset, so that its calendar day is the page's own "
        "(newscrawl.extract.dates.stated_day); a moment stated in UTC that a real offset "
        "puts on the day the page's URL files it under, with nothing printed restating "
        "it, becomes that day ('2019-11-18')."))
    published_precision: str | None = field(default=None, metadata=doc(
        "How exact ``published_at`` is: 'exact' (the page gave an offset), 'site-tz' "
        "(naive time read in the site's timezone: the profile's, else the one zone the "
        "page's language or region keeps, as 'de' or 'en-GB'), 'naive' (naive time kept as "
        "wall-clock time and stored as if UTC: flagged), 'date' (date only, midnight "
        "UTC), 'relative' (e.g. '2 hours ago', anchored at fetched_at)."))
    modified_at: dt.datetime | None = field(default=None, metadata=doc(
        "Last update time, same format as ``published_at``."))
    modified_raw: str | None = field(default=None, metadata=doc(
        "The update date string as found on the page."))

    # -- classification ----------------------------------------------------------
    language: str | None = field(default=None, metadata=doc(
        "ISO 639-1 code of the article's language, lower-case (e.g. 'en', 'uk')."))
    section: str | None = field(default=None, metadata=doc(
        "The site's section / category of the article, as the site names it."))
    tags: list[str] = field(default_factory=list, metadata=doc(
        "Keywords / tags the publisher attached, in page order, without duplicates."))

    # -- media -------------------------------------------------------------------
    images: list[Image] = field(default_factory=list, metadata=doc(
        "Images of the article (lead image first) with caption, credit and alt."))

    # -- crawl -------------------------------------------------------------------
    fetched_at: dt.datetime | None = field(default=None, metadata=doc(
        "When the page was fetched, timezone-aware UTC (timestamp[us, UTC])."))
    http_status: int | None = field(default=None, metadata=doc(
        "HTTP status code of the final response.", arrow=pa.int16()))
    sources: dict[str, str] = field(default_factory=dict, metadata=doc(
        "For each filled field, the layer that supplied it: 'jsonld', 'meta', "
        "'appstate' (a JavaScript app's embedded data), 'profile', 'markup', 'prose' (a body "
        "read from its container and the page's prose blocks around it), 'sanity' (a body "
        "read from another block than the chosen container, which read as furniture: a "
        "menu, a notice, a reference list), 'url' (a day "
        "in the URL), 'text' (a date printed near the headline), 'script' (a publication "
        "key of the page's inline scripts), 'listing' (the sitemap "
        "or feed date) or 'crawl'; on a page rendered in the browser, 'rendered' gives the reason "
        "('app_shell' or 'always')."))
    extractor: str | None = field(default=None, metadata=doc(
        "Version of the extractor (and site profile, if one was used) that produced the "
        "row, e.g. 'newscrawl/0.1.0' or 'newscrawl/0.1.0+kyivindependent@2024'."))
    content_hash: str | None = field(default=None, metadata=doc(
        "Hex digest (32 characters) of the extracted content: every field except the "
        "crawl ones (fetched_at, http_status, sources, extractor), dates by their raw "
        "string when there is one. Set by the Parquet pipeline; two versions of a URL "
        "with the same hash hold the same content. Null in files of schema version 1."))

    # -- provenance ----------------------------------------------------------------
    origin: str | None = field(default=None, metadata=doc(
        "Where the page came from: 'live' (fetched by a crawl) or 'archive' (read from a "
        "WARC / ARC record: ``scrapy crawl warc``, ``ccnews`` or ``scrapy reextract``). "
        "Null in files before schema version 3 (all live)."))
    warc_file: str | None = field(default=None, metadata=doc(
        "The WARC file holding the page's bytes: for an archive row the file read (its "
        "name; a URL for files streamed over HTTP), for a live row crawled with "
        "NEWSCRAWL_WARC on the file it was written to under ``<output>/warc/``; null "
        "otherwise."))
    warc_offset: int | None = field(default=None, metadata=doc(
        "Byte offset of the page's record in ``warc_file`` (in a ``.warc.gz``, of the "
        "record's gzip member): with ``warc_file``, the address of the bytes."))


# -- Arrow schema derived from the dataclasses ------------------------------------

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.datetime: pa.timestamp("us", tz="UTC"),
    dt.date: pa.date32(),
}


def _strip_optional(tp) -> tuple[object, bool]:
    """``X | None`` -> (X, True); anything else -> (tp, False)."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def arrow_type(tp) -> pa.DataType:
    """Map one Python type annotation of the Article onto its Arrow type."""
    tp, _ = _strip_optional(tp)
    if tp in _SCALARS:
        return _SCALARS[tp]
    origin = typing.get_origin(tp)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return pa.list_(arrow_type(inner))
    if origin is dict:
        key, value = typing.get_args(tp)
        return pa.map_(arrow_type(key), arrow_type(value))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return pa.struct([_arrow_field(f, tp) for f in dataclasses.fields(tp)])
    raise TypeError(f"no Arrow type for {tp!r}")


def _arrow_field(f: dataclasses.Field, owner: type) -> pa.Field:
    hints = typing.get_type_hints(owner)
    arrow = f.metadata.get("arrow") or arrow_type(hints[f.name])
    return pa.field(f.name, arrow, nullable=True,
                    metadata={"doc": f.metadata.get("doc", "")})


def arrow_schema() -> pa.Schema:
    """The Arrow schema of the articles dataset, derived field by field from Article."""
    fields = [_arrow_field(f, Article) for f in dataclasses.fields(Article)]
    return pa.schema(fields, metadata={"newscrawl.schema_version": str(SCHEMA_VERSION)})


def field_names() -> list[str]:
    """Names of the Article's fields, in schema order."""
    return [f.name for f in dataclasses.fields(Article)]


def to_record(article: Article) -> dict:
    """The Article as a plain dict ready for ``pa.Table.from_pylist(schema=arrow_schema())``.

    A shallow conversion (no deep copy, unlike ``dataclasses.asdict``): it runs once per
    item on the crawl's hot path, and the record is consumed at once.
    """
    record = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    record["images"] = [_image_record(image) for image in article.images]
    record["sources"] = list(article.sources.items())
    return record


def _image_record(image) -> dict:
    if isinstance(image, Image):
        return {name: getattr(image, name) for name in _IMAGE_FIELDS}
    return dict(image)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_IMAGE_FIELDS = tuple(f.name for f in dataclasses.fields(Image))
