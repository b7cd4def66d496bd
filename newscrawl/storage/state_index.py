"""The per-URL state index: what the datasets say about each URL, kept on disk.

An incremental run needs, for every URL it considers, the newest version's
``fetched_at`` and ``content_hash`` (from ``articles/``), the newest check (from
``checks/``: its time, listing date and outcome, so a refusal's time and flag) and the
content hash of the newest refused page kept in ``pages/``. Reading that from the whole dataset at every start costs time and memory
in proportion to the dataset. :class:`StateIndex` keeps it in one SQLite file,
``<output>/_state/urls.sqlite`` (stdlib ``sqlite3``), with one row per URL, and is looked
up one URL at a time, so memory stays bounded by SQLite's page cache.

The index is derived from published files only, never from what a run has merely
spooled: :meth:`StateIndex.refresh` folds in the Parquet files it has not seen yet. It
finds them without listing every file: it remembers each partition directory's
modification time (``st_mtime_ns``, which changes when a file is added, renamed into it
or removed) and lists only the directories whose time changed, then reads the three or
five columns it needs from their new files. A crawl refreshes it at start (files a
killed run's recovery published, a compaction's rewritten partitions) and after
publishing its own files at the end. Folding a file twice is harmless (newest version
and newest check win), so a compacted partition is simply folded again.

Rebuilt from the dataset when: the file is missing or unreadable, its layout version
differs, or a dataset directory it had folded is gone altogether (``articles/``
deleted to start again). Rows removed from the dataset by hand otherwise stay known
(their URLs are not fetched again); delete ``<output>/_state/`` to forget them. The
output lock (one crawl or compaction per output) is what keeps two writers apart.

Times are stored as integer microseconds since the epoch, UTC.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newscrawl.model.check import NOT_ARTICLE, REDIRECT
from newscrawl.storage.dataset import ARTICLES, CHECKS, PAGES, PUBLISHED_SUFFIX

#: Directory of the index under the output directory (readers skip ``_`` names).
STATE_DIR = "_state"
#: The index file inside it.
INDEX_NAME = "urls.sqlite"
#: Layout version of the index file; another value rebuilds it.
INDEX_VERSION = "2"
#: Rows read from a Parquet file per batch while folding.
FOLD_BATCH_ROWS = 50_000
#: SQLite page cache per connection, in KiB (what the index may hold in memory).
CACHE_KIB = 16 * 1024

UTC = dt.timezone.utc
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)


def to_micros(moment: dt.datetime | None) -> int | None:
    """Microseconds since the epoch of an aware (or naive = UTC) datetime."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int | None) -> dt.datetime | None:
    """The aware UTC datetime of microseconds since the epoch."""
    return None if value is None else _EPOCH + dt.timedelta(microseconds=value)


def open_sqlite(path: str | os.PathLike, *, cache_kib: int = CACHE_KIB,
                durable: bool = True) -> sqlite3.Connection:
    """A SQLite connection tuned for one writer: bounded page cache; without
    ``durable`` no journal and no fsync (for files thrown away when the run ends)."""
    connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
    connection.execute("PRAGMA temp_store=FILE")
    if durable:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
    else:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
    return connection


@dataclass(slots=True)
class UrlRecord:
    """What the datasets hold about one URL (the rules that turn it into a decision are
    the incremental module's)."""

    has_version: bool = False
    fetched_at: dt.datetime | None = None      # newest version
    content_hash: str | None = None            # of the newest version
    has_check: bool = False
    checked_at: dt.datetime | None = None      # newest check
    listed_at: dt.datetime | None = None       # listing date of the newest check
    check_outcome: str | None = None
    alias_at: dt.datetime | None = None        # newest 'redirect' check
    alias_hash: str | None = None
    refused: bool = False                      # any 'not_article' check
    page_hash: str | None = None               # of the newest row in pages/ (refused pages)


@dataclass
class Refresh:
    """What one :meth:`StateIndex.refresh` did."""

    rebuilt: bool = False
    directories_listed: int = 0
    files_folded: int = 0
    rows_folded: int = 0


_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    has_version INTEGER NOT NULL DEFAULT 0,
    fetched_at INTEGER, content_hash TEXT,
    has_check INTEGER NOT NULL DEFAULT 0,
    checked_at INTEGER, listed_at INTEGER, check_outcome TEXT,
    alias_at INTEGER, alias_hash TEXT,
    refused INTEGER NOT NULL DEFAULT 0,
    page_at INTEGER, page_hash TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dirs (path TEXT PRIMARY KEY, mtime_ns INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
"""

_FOLD_VERSION = """
INSERT INTO urls (url, has_version, fetched_at, content_hash) VALUES (?, 1, ?, ?)
ON CONFLICT (url) DO UPDATE SET has_version = 1, fetched_at = excluded.fetched_at,
    content_hash = excluded.content_hash
WHERE urls.has_version = 0 OR urls.fetched_at IS NULL
    OR (excluded.fetched_at IS NOT NULL AND excluded.fetched_at > urls.fetched_at)
"""

# The newest check wins (a later row wins a tie); 'redirect' checks also give the
# alias version, 'not_article' checks mark the URL as refused.
_NEWER_CHECK = ("(urls.has_check = 0 OR urls.checked_at IS NULL OR (excluded.checked_at "
                "IS NOT NULL AND excluded.checked_at >= urls.checked_at))")
_NEWER_ALIAS = ("(excluded.alias_at IS NOT NULL AND (urls.alias_at IS NULL "
                "OR excluded.alias_at >= urls.alias_at))")
_FOLD_CHECK = f"""
INSERT INTO urls (url, has_check, checked_at, listed_at, check_outcome, alias_at, alias_hash,
                  refused) VALUES (?, 1, ?, ?, ?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET
    checked_at = CASE WHEN {_NEWER_CHECK} THEN excluded.checked_at ELSE urls.checked_at END,
    listed_at = CASE WHEN {_NEWER_CHECK} THEN excluded.listed_at ELSE urls.listed_at END,
    check_outcome = CASE WHEN {_NEWER_CHECK} THEN excluded.check_outcome
                         ELSE urls.check_outcome END,
    alias_hash = CASE WHEN {_NEWER_ALIAS} THEN excluded.alias_hash ELSE urls.alias_hash END,
    alias_at = CASE WHEN {_NEWER_ALIAS} THEN excluded.alias_at ELSE urls.alias_at END,
    refused = MAX(urls.refused, excluded.refused),
    has_check = 1
"""

# The newest row of the refused pages dataset (pages/) gives the page hash.
_FOLD_PAGE = """
INSERT INTO urls (url, page_at, page_hash) VALUES (?, ?, ?)
ON CONFLICT (url) DO UPDATE SET page_at = excluded.page_at, page_hash = excluded.page_hash
WHERE urls.page_hash IS NULL OR urls.page_at IS NULL
    OR (excluded.page_at IS NOT NULL AND excluded.page_at >= urls.page_at)
"""

_SELECT = ("SELECT has_version, fetched_at, content_hash, has_check, checked_at, listed_at, "
           "check_outcome, alias_at, alias_hash, refused, page_hash FROM urls WHERE url = ?")


def index_path(output_dir: str | os.PathLike) -> Path:
    """Where the state index of an output directory lives."""
    return Path(output_dir) / STATE_DIR / INDEX_NAME


def _micros_column(column: pa.ChunkedArray | pa.Array) -> list:
    """A timestamp column as a list of epoch microseconds (None for nulls)."""
    if pa.types.is_timestamp(column.type):
        column = pc.cast(column, pa.timestamp("us", tz=column.type.tz))
        return pc.cast(column, pa.int64()).to_pylist()
    return [to_micros(value) for value in column.to_pylist()]


class StateIndex:
    """The SQLite index of one output directory (see the module docstring)."""

    def __init__(self, path: str | os.PathLike, *, durable: bool = True):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.durable = durable
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            db = open_sqlite(self.path, durable=self.durable)
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
            elif row[0] != INDEX_VERSION:
                raise sqlite3.DatabaseError(f"index layout {row[0]}, not {INDEX_VERSION}")
            return db
        except sqlite3.DatabaseError:
            if "db" in locals():
                db.close()
            self._remove_files()
            db = open_sqlite(self.path, durable=self.durable)
            db.executescript(_SCHEMA)
            db.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
            return db

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        """Close the connection (the file stays)."""
        self._db.close()

    # -- look-ups -------------------------------------------------------------------
    def get(self, url: str) -> UrlRecord | None:
        """What the datasets hold about ``url`` (None: nothing)."""
        row = self._db.execute(_SELECT, (url,)).fetchone()
        if row is None:
            return None
        return UrlRecord(bool(row[0]), from_micros(row[1]), row[2], bool(row[3]),
                         from_micros(row[4]), from_micros(row[5]), row[6],
                         from_micros(row[7]), row[8], bool(row[9]), row[10])

    def url_count(self) -> int:
        """URLs in the index (a scan of the index: for tests and reports)."""
        return self._db.execute("SELECT count(*) FROM urls").fetchone()[0]

    # -- keeping it current -----------------------------------------------------------
    def refresh(self, output_dir: str | os.PathLike) -> Refresh:
        """Fold in the published files of ``articles/``, ``checks/`` and ``pages/`` not
        folded yet."""
        output = Path(output_dir)
        done = Refresh()
        known_dirs = dict(self._db.execute("SELECT path, mtime_ns FROM dirs"))
        current = {}
        for dataset in (ARTICLES, CHECKS, PAGES):
            current.update(_partition_dirs(output, dataset))
        gone_datasets = {path.split("/", 1)[0] for path in known_dirs} - \
            {path.split("/", 1)[0] for path in current}
        if gone_datasets:  # a whole dataset was removed: start again from what is there
            self._clear()
            done.rebuilt = True
            known_dirs = {}
        for relative, mtime in sorted(current.items()):
            if known_dirs.get(relative) == mtime:
                continue
            done.directories_listed += 1
            self._refresh_dir(output, relative, mtime, done)
        for relative in set(known_dirs) - set(current):
            self._forget_dir(relative)
        return done

    def _clear(self) -> None:
        self._db.execute("BEGIN")
        for table in ("urls", "dirs", "files"):
            self._db.execute(f"DELETE FROM {table}")
        self._db.execute("COMMIT")

    def _refresh_dir(self, output: Path, relative: str, mtime: int, done: Refresh) -> None:
        folder = output / relative
        names = sorted(entry.name for entry in os.scandir(folder)
                       if entry.name.endswith(PUBLISHED_SUFFIX)
                       and not entry.name.startswith(("_", ".")))
        prefix = relative + "/"
        folded = {row[0][len(prefix):] for row in self._db.execute(
            "SELECT path FROM files WHERE path >= ? AND path < ?", (prefix, relative + "0"))}
        dataset = relative.split("/", 1)[0]
        self._db.execute("BEGIN")
        try:
            for name in names:
                if name in folded:
                    continue
                done.rows_folded += self._fold_file(folder / name, dataset)
                done.files_folded += 1
                self._db.execute("INSERT OR IGNORE INTO files VALUES (?)", (prefix + name,))
            for name in folded - set(names):
                self._db.execute("DELETE FROM files WHERE path = ?", (prefix + name,))
            self._db.execute("INSERT OR REPLACE INTO dirs VALUES (?, ?)", (relative, mtime))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _forget_dir(self, relative: str) -> None:
        self._db.execute("BEGIN")
        self._db.execute("DELETE FROM files WHERE path >= ? AND path < ?",
                         (relative + "/", relative + "0"))
        self._db.execute("DELETE FROM dirs WHERE path = ?", (relative,))
        self._db.execute("COMMIT")

    def _fold_file(self, path: Path, dataset: str) -> int:
        parquet = pq.ParquetFile(path)
        names = set(parquet.schema_arrow.names)
        if dataset in (ARTICLES, PAGES):
            wanted = [c for c in ("url", "fetched_at", "content_hash") if c in names]
        else:
            wanted = [c for c in ("url", "checked_at", "listed_at", "content_hash", "outcome")
                      if c in names]
        if "url" not in wanted:
            return 0
        rows = 0
        for batch in parquet.iter_batches(columns=wanted, batch_size=FOLD_BATCH_ROWS):
            rows += batch.num_rows
            if dataset == ARTICLES:
                self._fold_versions(batch)
            elif dataset == PAGES:
                self._fold_pages(batch)
            else:
                self._fold_checks(batch)
        return rows

    @staticmethod
    def _column(batch: pa.RecordBatch, name: str, micros: bool = False) -> list:
        if name not in batch.schema.names:
            return [None] * batch.num_rows
        column = batch.column(name)
        return _micros_column(column) if micros else column.to_pylist()

    def _fold_versions(self, batch: pa.RecordBatch) -> None:
        rows = [row for row in zip(self._column(batch, "url"),
                                   self._column(batch, "fetched_at", True),
                                   self._column(batch, "content_hash")) if row[0]]
        rows.sort(key=lambda row: row[0])  # B-tree locality
        self._db.executemany(_FOLD_VERSION, rows)

    def _fold_pages(self, batch: pa.RecordBatch) -> None:
        rows = [row for row in zip(self._column(batch, "url"),
                                   self._column(batch, "fetched_at", True),
                                   self._column(batch, "content_hash")) if row[0]]
        rows.sort(key=lambda row: row[0])
        self._db.executemany(_FOLD_PAGE, rows)

    def _fold_checks(self, batch: pa.RecordBatch) -> None:
        rows = []
        for url, checked, listed, digest, outcome in zip(
                self._column(batch, "url"), self._column(batch, "checked_at", True),
                self._column(batch, "listed_at", True), self._column(batch, "content_hash"),
                self._column(batch, "outcome")):
            if not url:
                continue
            alias = outcome == REDIRECT
            rows.append((url, checked, listed, outcome, checked if alias else None,
                         digest if alias else None, int(outcome == NOT_ARTICLE)))
        rows.sort(key=lambda row: row[0])
        self._db.executemany(_FOLD_CHECK, rows)


def _partition_dirs(output: Path, dataset: str) -> dict[str, int]:
    """{'<dataset>/site=../date=..': mtime_ns} of a dataset's partition directories."""
    found: dict[str, int] = {}
    root = output / dataset
    try:
        sites = list(os.scandir(root))
    except FileNotFoundError:
        return found
    for site in sites:
        if site.name.startswith(("_", ".")) or not site.is_dir():
            continue
        for day in os.scandir(site.path):
            if day.name.startswith(("_", ".")) or not day.is_dir():
                continue
            found[f"{dataset}/{site.name}/{day.name}"] = day.stat().st_mtime_ns
    return found


def open_index(output_dir: str | os.PathLike, path: str | os.PathLike | None = None, *,
               durable: bool = True) -> tuple[StateIndex, Refresh]:
    """The state index of ``output_dir`` (at ``path``, default :func:`index_path`),
    brought up to date with its published files."""
    index = StateIndex(path or index_path(output_dir), durable=durable)
    return index, index.refresh(output_dir)


__all__ = ["INDEX_NAME", "STATE_DIR", "Refresh", "StateIndex", "UrlRecord", "from_micros",
           "index_path", "open_index", "open_sqlite", "to_micros"]
