"""Incremental runs: what is already in the dataset, and whether a URL is fetched again.

The state is derived from the output directory, never from a JOBDIR or a cache:

* ``<output>/articles/`` gives, per URL, the newest version's ``fetched_at`` and
  ``content_hash``;
* ``<output>/checks/`` (a small dataset beside it, one :class:`Check` row per article
  page a run fetched, and per listed page it refused as a non-article) gives, per URL,
  when it was last looked at, the listing date (sitemap ``lastmod`` / feed date) that
  fetch acted on, and the outcome.

Deleting ``checks/`` loses nothing that matters: a URL is then judged against its
newest version's ``fetched_at`` alone, which costs at most one extra fetch of pages
whose listing date changed without their content changing.

A URL is fetched when it is not in the dataset, when its listing date is newer than
the listing date recorded at its last fetch (or, with none recorded, newer than that
fetch), or when the re-check window (``NEWSCRAWL_RECHECK_DAYS``) has passed since it
was last looked at. A fetched page whose content hash equals its newest version's is
'unchanged' and not written again; otherwise it is 'new' or 'updated' (a new version).

A page that a sitemap, a feed or the command line listed and that turned out not to be an
article (a section front, a gallery, a video page) gets a 'not_article' check with the
classifier's reason, and is skipped by the same rule, but never for ever: a refusal is
fetched again after ``NEWSCRAWL_REFUSAL_RECHECK_DAYS`` (or the general re-check window,
or a newer listing date), since the classifier may have been wrong. Pages reached by following links
are never recorded so: they are the hubs link discovery goes through, fetched every run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from newscrawl.model.check import NEW, NOT_ARTICLE, REDIRECT, UNCHANGED, UPDATED
from newscrawl.storage.dataset import articles_dataset, checks_dataset, failures_dataset, pages_dataset

#: Article fields left out of the content hash: facts about the crawl, not the page.
NOT_CONTENT = frozenset({"fetched_at", "http_status", "sources", "extractor", "content_hash",
                         "origin", "warc_file", "warc_offset"})
#: Date fields hashed through their raw string when there is one (a relative date such
#: as '2 hours ago' gives another value at every fetch, the same raw string).
RAW_OF_DATE = {"published_at": "published_raw", "modified_at": "modified_raw"}

UTC = dt.timezone.utc


def _utc_now() -> dt.datetime:
    return dt.datetime.now(UTC)


# -- content hash ---------------------------------------------------------------------

def _plain(value):
    """A JSON-ready form of a record value (datetimes as ISO strings, in UTC)."""
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def content_hash(record: dict) -> str:
    """The content digest of an article record (see ``Article.content_hash``)."""
    content = {}
    for name, value in record.items():
        if name in NOT_CONTENT:
            continue
        raw = RAW_OF_DATE.get(name)
        if raw and record.get(raw):
            continue  # the raw string, hashed under its own name, stands for the value
        content[name] = _plain(value)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# -- state ----------------------------------------------------------------------------

@dataclass(slots=True)
class Known:
    """What the output says about one URL."""

    fetched_at: dt.datetime | None = None     # newest version
    content_hash: str | None = None           # of the newest version
    checked_at: dt.datetime | None = None     # last fetch, whatever its outcome
    listed_at: dt.datetime | None = None      # listing date that last fetch acted on
    refused: bool = False                     # that last fetch refused it as a non-article

    @property
    def last_look(self) -> dt.datetime | None:
        """When the URL was last fetched, as a version or a check."""
        moments = [m for m in (self.fetched_at, self.checked_at) if m is not None]
        return max(moments) if moments else None


def _aware(moment):
    if isinstance(moment, dt.datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _columns(table: pa.Table, *names: str) -> list[list]:
    return [table.column(name).to_pylist() for name in names]


def load_known(output_dir: str | os.PathLike) -> dict[str, Known]:
    """url -> :class:`Known`, from the articles (newest version) and checks datasets,
    reading only the columns needed."""
    known: dict[str, Known] = {}
    table = articles_dataset(output_dir).to_table(columns=["url", "fetched_at", "content_hash"])
    table = table.filter(pc.is_valid(table.column("url")))
    for url, fetched, digest in zip(*_columns(table, "url", "fetched_at", "content_hash")):
        entry = known.get(url)
        fetched = _aware(fetched)
        if entry is None:
            known[url] = Known(fetched_at=fetched, content_hash=digest)
        elif entry.fetched_at is None or (fetched is not None and fetched > entry.fetched_at):
            entry.fetched_at, entry.content_hash = fetched, digest
    checks = checks_dataset(output_dir).to_table(
        columns=["url", "checked_at", "listed_at", "content_hash", "outcome"])
    for url, checked, listed, digest, outcome in zip(
            *_columns(checks, "url", "checked_at", "listed_at", "content_hash", "outcome")):
        entry = known.get(url)
        if entry is None and outcome == REDIRECT:
            # A listed URL that redirected: known as of its check, under the article's hash.
            entry = known[url] = Known(fetched_at=_aware(checked), content_hash=digest)
        elif entry is None and outcome == NOT_ARTICLE:
            entry = known[url] = Known()  # known as looked at; no version of it exists
        if entry is None:
            continue  # a check whose article row is not there: the URL is not known
        checked = _aware(checked)
        if entry.checked_at is None or (checked is not None and checked >= entry.checked_at):
            entry.checked_at, entry.listed_at = checked, _aware(listed)
            entry.refused = outcome == NOT_ARTICLE
    return known


def load_page_hashes(output_dir: str | os.PathLike) -> dict[str, str]:
    """url -> content hash of the newest row of the refused pages dataset (``pages/``)."""
    table = pages_dataset(output_dir).to_table(columns=["url", "fetched_at", "content_hash"])
    newest: dict[str, tuple] = {}
    for url, fetched, digest in zip(*_columns(table, "url", "fetched_at", "content_hash")):
        fetched = _aware(fetched)
        if url is not None and (url not in newest or (fetched and newest[url][0]
                                                      and fetched > newest[url][0])):
            newest[url] = (fetched, digest)
    return {url: digest for url, (_, digest) in newest.items()}


class CrawlState:
    """The incremental state of one run; attached to the spider as ``crawl_state``.

    ``skip_reason`` answers the spider for every candidate before it is requested;
    ``outcome`` and ``record`` are used by the Parquet pipeline for every article.
    """

    def __init__(self, known: dict[str, Known] | None = None, *,
                 recheck: dt.timedelta | None = None, skipping: bool = True,
                 now: dt.datetime | None = None,
                 refusal_recheck: dt.timedelta | None = None):
        self.known = known or {}
        self.recheck = recheck if recheck and recheck.total_seconds() > 0 else None
        self.refusal_recheck = (refusal_recheck if refusal_recheck
                                and refusal_recheck.total_seconds() > 0 else None)
        self.skipping = skipping
        self.now = now or _utc_now()
        self._listed: dict[str, dt.datetime | None] = {}
        #: url -> content hash of the newest refused page kept in pages/.
        self.page_hashes: dict[str, str] = {}
        self._redirected_from: dict[str, list[str]] = {}

    @classmethod
    def from_output(cls, output_dir: str | os.PathLike, *, recheck_days: float = 0,
                    skipping: bool = True, refusal_recheck_days: float = 0) -> "CrawlState":
        """The state of an output directory (recover dead runs' spools first)."""
        recheck = dt.timedelta(days=float(recheck_days)) if recheck_days else None
        refusal = dt.timedelta(days=float(refusal_recheck_days)) if refusal_recheck_days else None
        state = cls(load_known(output_dir), recheck=recheck, skipping=skipping,
                    refusal_recheck=refusal)
        state.page_hashes = load_page_hashes(output_dir)
        return state

    def __len__(self) -> int:
        return len(self.known)

    def skip_reason(self, url: str, listed_date: dt.datetime | None) -> str | None:
        """None to fetch ``url``; otherwise why not ('seen')."""
        listed_date = _aware(listed_date)
        entry = self.known.get(url)
        if entry is None or not self.skipping or self._changed(entry, listed_date):
            self._remember_listing(url, listed_date)
            return None
        return "seen"

    def _remember_listing(self, url: str, listed: dt.datetime | None) -> None:
        """Keep the newest listing date of a URL listed several times (a sitemap's
        lastmod beside a news sitemap's publication date): the next run compares with it."""
        known = self._listed.get(url)
        if url not in self._listed or (listed is not None and (known is None or listed > known)):
            self._listed[url] = listed

    def _changed(self, entry: Known, listed: dt.datetime | None) -> bool:
        last_look = entry.last_look
        if self.recheck is not None and (last_look is None
                                          or self.now - last_look >= self.recheck):
            return True
        if entry.refused and self.refusal_recheck is not None and (
                last_look is None or self.now - last_look >= self.refusal_recheck):
            return True  # a refusal is looked at again: it may have been wrong
        if listed is None:
            return False
        if entry.listed_at is not None:
            return listed > entry.listed_at
        return last_look is None or listed > last_look

    def note_redirect(self, requested: str, final: str) -> None:
        """A listed URL answered with a redirect to ``final``: the final URL inherits its
        listing date, and the requested URL is checked too (so the next run skips it)."""
        if requested == final:
            return
        if self._listed.get(final) is None and requested in self._listed:
            self._listed[final] = self._listed[requested]
        self._redirected_from.setdefault(final, []).append(requested)

    def redirected_from(self, final: str) -> list[str]:
        """The listed URLs that redirected to ``final`` in this run."""
        return self._redirected_from.get(final, [])

    def listed_date(self, url: str) -> dt.datetime | None:
        """The listing date the request for ``url`` was made on (None if unknown)."""
        return self._listed.get(url)

    def outcome(self, url: str, digest: str | None) -> str:
        """'new', 'updated' or 'unchanged' for a fetched article with this content hash."""
        entry = self.known.get(url)
        if entry is None or (entry.fetched_at is None and entry.content_hash is None):
            return NEW  # never written (at most checked as a non-article before)
        if entry.content_hash is not None and entry.content_hash == digest:
            return UNCHANGED
        return UPDATED

    def record(self, url: str, fetched_at: dt.datetime | None, digest: str | None,
               outcome: str) -> None:
        """Remember a fetch (so a second item for the URL in this run is judged on it)."""
        entry = self.known.setdefault(url, Known())
        fetched_at = _aware(fetched_at)
        entry.checked_at = fetched_at
        entry.listed_at = self._listed.get(url, entry.listed_at)
        entry.refused = outcome == NOT_ARTICLE
        if outcome not in (UNCHANGED, NOT_ARTICLE):
            entry.fetched_at, entry.content_hash = fetched_at, digest


def archive_key(warc_file: str, offset: int) -> tuple[str, int]:
    """The key of an archived record: its file's base name (a file read locally and the
    same file streamed from a URL are one file) and its offset."""
    return warc_file.rsplit("/", 1)[-1], int(offset)


def load_archive_done(output_dir: str | os.PathLike) -> set[tuple[str, int]]:
    """The archived records (:func:`archive_key`) that already have a row in the output:
    an article version, a check (unchanged article or refused page) or a failure. Reading
    an archive skips them, so a second read, or a rerun after a kill, adds nothing."""
    done: set[tuple[str, int]] = set()
    for dataset in (articles_dataset(output_dir), checks_dataset(output_dir),
                    failures_dataset(output_dir)):
        table = dataset.to_table(columns=["warc_file", "warc_offset"],
                                 filter=pc.is_valid(pc.field("warc_offset")))
        for name, offset in zip(*_columns(table, "warc_file", "warc_offset")):
            if name is not None:
                done.add(archive_key(name, offset))
    return done


__all__ = ["CrawlState", "Known", "archive_key", "content_hash", "load_archive_done",
           "load_known"]
