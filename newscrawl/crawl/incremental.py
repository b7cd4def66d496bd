"""Incremental runs: what is already in the dataset, and whether a URL is fetched again.

The state is derived from the output directory's datasets, never from a JOBDIR:

* ``<output>/articles/`` gives, per URL, the newest version's ``fetched_at`` and
  ``content_hash``;
* ``<output>/checks/`` (a small dataset beside it, one :class:`Check` row per article
  page a run fetched, and per listed page it refused as a non-article) gives, per URL,
  when it was last looked at, the listing date (sitemap ``lastmod`` / feed date) that
  fetch acted on, and the outcome.

Both are read through the output's state index (``<output>/_state/urls.sqlite``,
:mod:`newscrawl.storage.state_index`): one row per URL, looked up one URL at a time,
folded from the published files and rebuilt from them when missing, so neither the
start of a run nor its memory grows with the dataset. What a run learns as it goes
(listing dates, its own fetches, redirects) is kept in its :class:`RunNotes`, a
throw-away SQLite file in the run's staging directory.

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
import sqlite3
from dataclasses import dataclass

import pyarrow.compute as pc

from newscrawl.model.check import NEW, NOT_ARTICLE, UNCHANGED, UPDATED
from newscrawl.storage.dataset import articles_dataset, checks_dataset, failures_dataset
from newscrawl.storage.state_index import (
    Refresh, StateIndex, UrlRecord, from_micros, open_index, open_sqlite, to_micros)

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


def known_from_record(record: UrlRecord | None) -> Known | None:
    """The :class:`Known` of what the datasets hold about a URL (None: not known).

    A URL is known when a version of it exists; or, with none, when a check says a listed
    URL redirected to an article (known as of that check, under the article's hash) or
    was refused as a non-article (known as looked at). The newest check gives when it was
    last looked at and the listing date that look acted on.
    """
    if record is None:
        return None
    if record.has_version:
        entry = Known(fetched_at=record.fetched_at, content_hash=record.content_hash)
    elif record.alias_at is not None:
        entry = Known(fetched_at=record.alias_at, content_hash=record.alias_hash)
    elif record.refused:
        entry = Known()
    else:
        return None  # a check whose article row is not there: the URL is not known
    if record.has_check:
        entry.checked_at, entry.listed_at = record.checked_at, record.listed_at
        entry.refused = record.check_outcome == NOT_ARTICLE
    return entry


class IndexedKnown:
    """url -> :class:`Known` looked up one URL at a time in the output's state index
    (:mod:`newscrawl.storage.state_index`), never loaded whole."""

    def __init__(self, index: StateIndex):
        self.index = index

    def get(self, url: str, default=None) -> Known | None:
        """The Known of ``url``, or ``default``."""
        entry = known_from_record(self.index.get(url))
        return default if entry is None else entry

    def __len__(self) -> int:
        return self.index.url_count()


class RunNotes:
    """What one run learns as it goes, kept in a throw-away SQLite file (or in memory
    when no path is given): the listing date of every URL it requested, its fetches (so
    a second item for a URL in the run is judged on the first) and its redirects.

    Bounded memory however many URLs a run discovers: nothing here is a Python dict."""

    #: Writes between two commits (the file is never fsynced: a killed run's notes are lost
    #: with its frontier, and the next run starts again from the datasets).
    COMMIT_EVERY = 5000

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = path
        self._db = open_sqlite(path or ":memory:", cache_kib=4096, durable=False)
        self._db.executescript("""
            CREATE TABLE listed (url TEXT PRIMARY KEY, listed_at INTEGER) WITHOUT ROWID;
            CREATE TABLE fetched (url TEXT PRIMARY KEY, fetched_at INTEGER, content_hash TEXT,
                                  checked_at INTEGER, listed_at INTEGER,
                                  refused INTEGER) WITHOUT ROWID;
            CREATE TABLE pages (url TEXT PRIMARY KEY, content_hash TEXT) WITHOUT ROWID;
            CREATE TABLE redirects (final TEXT, requested TEXT);
            CREATE INDEX redirects_final ON redirects (final);
        """)
        self._db.execute("BEGIN")
        self._writes = 0

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes >= self.COMMIT_EVERY:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
            self._writes = 0

    def listing(self, url: str) -> tuple[bool, dt.datetime | None]:
        """(whether the URL was listed in this run, its listing date)."""
        row = self._db.execute("SELECT listed_at FROM listed WHERE url = ?", (url,)).fetchone()
        return (False, None) if row is None else (True, from_micros(row[0]))

    def set_listing(self, url: str, listed: dt.datetime | None) -> None:
        """Record (or replace) the listing date of ``url``."""
        self._db.execute("INSERT OR REPLACE INTO listed VALUES (?, ?)", (url, to_micros(listed)))
        self._wrote()

    def fetched(self, url: str) -> Known | None:
        """The Known this run recorded for ``url`` (None: not fetched in this run)."""
        row = self._db.execute("SELECT fetched_at, content_hash, checked_at, listed_at, "
                               "refused FROM fetched WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return Known(from_micros(row[0]), row[1], from_micros(row[2]), from_micros(row[3]),
                     bool(row[4]))

    def set_fetched(self, url: str, entry: Known) -> None:
        """Record what this run knows of ``url`` after fetching it."""
        self._db.execute("INSERT OR REPLACE INTO fetched VALUES (?, ?, ?, ?, ?, ?)",
                         (url, to_micros(entry.fetched_at), entry.content_hash,
                          to_micros(entry.checked_at), to_micros(entry.listed_at),
                          int(entry.refused)))
        self._wrote()

    def page_hash(self, url: str) -> str | None:
        """Content hash of the refused page of ``url`` this run wrote to pages/."""
        row = self._db.execute("SELECT content_hash FROM pages WHERE url = ?",
                               (url,)).fetchone()
        return None if row is None else row[0]

    def set_page_hash(self, url: str, digest: str) -> None:
        """Record that this run wrote a refused page of ``url`` with ``digest``."""
        self._db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?)", (url, digest))
        self._wrote()

    def add_redirect(self, final: str, requested: str) -> None:
        """A listed ``requested`` URL redirected to ``final``."""
        self._db.execute("INSERT INTO redirects VALUES (?, ?)", (final, requested))
        self._wrote()

    def redirects_to(self, final: str) -> list[str]:
        """The requested URLs that redirected to ``final``, in order."""
        return [row[0] for row in self._db.execute(
            "SELECT requested FROM redirects WHERE final = ? ORDER BY rowid", (final,))]

    def close(self) -> None:
        """Close (the file, if any, is removed with the run's staging directory)."""
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error:
            pass
        self._db.close()


class CrawlState:
    """The incremental state of one run; attached to the spider as ``crawl_state``.

    ``skip_reason`` answers the spider for every candidate before it is requested;
    ``outcome`` and ``record`` are used by the Parquet pipeline for every article.
    ``known`` is anything with ``get(url)`` giving a :class:`Known` (a dict, or the
    output's state index through :class:`IndexedKnown`); what the run itself learns goes
    to its :class:`RunNotes`.
    """

    def __init__(self, known=None, *, recheck: dt.timedelta | None = None,
                 skipping: bool = True, now: dt.datetime | None = None,
                 notes: RunNotes | None = None,
                 refusal_recheck: dt.timedelta | None = None):
        self.known = known if known is not None else {}
        self.recheck = recheck if recheck and recheck.total_seconds() > 0 else None
        self.refusal_recheck = (refusal_recheck if refusal_recheck
                                and refusal_recheck.total_seconds() > 0 else None)
        self.skipping = skipping
        self.now = now or _utc_now()
        self.notes = notes or RunNotes()
        self.index: StateIndex | None = None
        self.output_dir: str | os.PathLike | None = None
        self.refreshed: Refresh | None = None

    @classmethod
    def from_output(cls, output_dir: str | os.PathLike, *, recheck_days: float = 0,
                    skipping: bool = True, refusal_recheck_days: float = 0,
                    notes_path: str | os.PathLike | None = None,
                    index_path: str | os.PathLike | None = None,
                    shared_index: bool = True) -> "CrawlState":
        """The state of an output directory (recover dead runs' spools first).

        The output's state index (``<output>/_state/urls.sqlite``) is brought up to date
        and looked up lazily; ``shared_index=False`` builds a private one at
        ``index_path`` instead (fleet workers sharing an output must not write one file).
        """
        recheck = dt.timedelta(days=float(recheck_days)) if recheck_days else None
        refusal = dt.timedelta(days=float(refusal_recheck_days)) if refusal_recheck_days else None
        index, refreshed = open_index(output_dir, None if shared_index else index_path,
                                      durable=shared_index)
        state = cls(IndexedKnown(index), recheck=recheck, skipping=skipping,
                    notes=RunNotes(notes_path), refusal_recheck=refusal)
        state.index, state.output_dir, state.refreshed = index, output_dir, refreshed
        return state

    def page_hash(self, url: str) -> str | None:
        """Content hash of the newest refused page of ``url`` kept in pages/ (this run's
        write first, then the output's state index)."""
        digest = self.notes.page_hash(url)
        if digest is None and self.index is not None:
            record = self.index.get(url)
            digest = record.page_hash if record is not None else None
        return digest

    def note_page(self, url: str, digest: str) -> None:
        """This run wrote a refused page of ``url`` with ``digest`` to pages/."""
        self.notes.set_page_hash(url, digest)

    def refresh_index(self) -> None:
        """Fold the files published since the start into the state index (the next
        run then starts without reading them)."""
        if self.index is not None and self.output_dir is not None:
            self.index.refresh(self.output_dir)

    def close(self) -> None:
        """Release the index and the run's notes."""
        self.notes.close()
        if self.index is not None:
            self.index.close()
            self.index = None

    def __len__(self) -> int:
        return len(self.known)

    def _entry(self, url: str) -> Known | None:
        """What is known of ``url``: this run's fetch of it, else the output's state."""
        entry = self.notes.fetched(url)
        return entry if entry is not None else self.known.get(url)

    def skip_reason(self, url: str, listed_date: dt.datetime | None) -> str | None:
        """None to fetch ``url``; otherwise why not ('seen')."""
        listed_date = _aware(listed_date)
        entry = self._entry(url)
        if entry is None or not self.skipping or self._changed(entry, listed_date):
            self._remember_listing(url, listed_date)
            return None
        return "seen"

    def _remember_listing(self, url: str, listed: dt.datetime | None) -> None:
        """Keep the newest listing date of a URL listed several times (a sitemap's
        lastmod beside a news sitemap's publication date): the next run compares with it."""
        was_listed, known = self.notes.listing(url)
        if not was_listed or (listed is not None and (known is None or listed > known)):
            self.notes.set_listing(url, listed)

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
        requested_listed, requested_date = self.notes.listing(requested)
        if self.notes.listing(final)[1] is None and requested_listed:
            self.notes.set_listing(final, requested_date)
        self.notes.add_redirect(final, requested)

    def redirected_from(self, final: str) -> list[str]:
        """The listed URLs that redirected to ``final`` in this run."""
        return self.notes.redirects_to(final)

    def listed_date(self, url: str) -> dt.datetime | None:
        """The listing date the request for ``url`` was made on (None if unknown)."""
        return self.notes.listing(url)[1]

    def outcome(self, url: str, digest: str | None) -> str:
        """'new', 'updated' or 'unchanged' for a fetched article with this content hash."""
        entry = self._entry(url)
        if entry is None or (entry.fetched_at is None and entry.content_hash is None):
            return NEW  # never written (at most checked as a non-article before)
        if entry.content_hash is not None and entry.content_hash == digest:
            return UNCHANGED
        return UPDATED

    def record(self, url: str, fetched_at: dt.datetime | None, digest: str | None,
               outcome: str) -> None:
        """Remember a fetch (so a second item for the URL in this run is judged on it)."""
        entry = self._entry(url) or Known()
        fetched_at = _aware(fetched_at)
        entry.checked_at = fetched_at
        was_listed, listed = self.notes.listing(url)
        if was_listed:
            entry.listed_at = listed
        entry.refused = outcome == NOT_ARTICLE
        if outcome not in (UNCHANGED, NOT_ARTICLE):
            entry.fetched_at, entry.content_hash = fetched_at, digest
        self.notes.set_fetched(url, entry)


def archive_key(warc_file: str, offset: int) -> tuple[str, int]:
    """The key of an archived record: its file's base name (a file read locally and the
    same file streamed from a URL are one file) and its offset."""
    return warc_file.rsplit("/", 1)[-1], int(offset)


def load_archive_done(output_dir: str | os.PathLike,
                      warc_file: str | None = None) -> set[tuple[str, int]]:
    """The archived records (:func:`archive_key`) that already have a row in the output:
    an article version, a check (unchanged article or refused page) or a failure. Reading
    an archive skips them, so a second read, or a rerun after a kill, adds nothing.

    With ``warc_file``, only that file's records (by base name): the archive spider loads
    them per file as it reads it, so memory is bounded by one file's records, not by
    everything ever read from archives. Two columns are read, filtered in the scan."""
    wanted = pc.is_valid(pc.field("warc_offset"))
    if warc_file is not None:
        name = archive_key(warc_file, 0)[0]
        wanted = wanted & ((pc.field("warc_file") == name)
                           | pc.ends_with(pc.field("warc_file"), pattern="/" + name))
    done: set[tuple[str, int]] = set()
    for dataset in (articles_dataset(output_dir), checks_dataset(output_dir),
                    failures_dataset(output_dir)):
        for batch in dataset.to_batches(columns=["warc_file", "warc_offset"], filter=wanted):
            for name_, offset in zip(batch.column("warc_file").to_pylist(),
                                     batch.column("warc_offset").to_pylist()):
                if name_ is not None:
                    done.add(archive_key(name_, offset))
    return done


__all__ = ["CrawlState", "IndexedKnown", "Known", "RunNotes", "archive_key", "content_hash",
           "known_from_record", "load_archive_done"]
