"""The site furniture memory on disk: which pages of a site each remembered paragraph was
seen on, kept between runs in ``<output>/_state/site_furniture.sqlite``.

An hourly run sees a few new pages of each site; a memory that starts empty every run
would rarely see a paragraph on enough pages to call it furniture. The store keeps what
every run learnt. It holds keys and page names as short hashes, never text: a paragraph
key and a page key are 8-byte BLAKE2b digests (see :mod:`newscrawl.crawl.sitefurniture`).

One table, ``paragraphs(site, key, pages)``, ``pages`` being the page digests joined
(at most the memory's threshold of them: past it a paragraph is furniture and more
pages add nothing). A run reads a site's rows the first time it meets the site and
merges what it learnt at its end, in one transaction: the rows on disk are read again
and united with the run's, so runs that share an output one after another or side by
side (a fleet's workers) each add to the memory and none overwrites another's pages.
SQLite's own locking keeps writers apart; a run killed before its end loses only what
it learnt itself.

The store is a cache of what the crawl saw. A file that cannot be read (not SQLite,
another layout) is set aside as ``site_furniture.sqlite.unreadable`` with a warning and
the memory starts empty; deleting it forgets every site.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from newscrawl.storage.state_index import STATE_DIR

logger = logging.getLogger(__name__)

#: The store's file name under ``<output>/_state/``.
STORE_NAME = "site_furniture.sqlite"
#: Bumped when the table's meaning changes; a file of another version is set aside.
LAYOUT_VERSION = 1
#: Bytes of each page digest in ``pages``.
PAGE_DIGEST_BYTES = 8
#: Seconds a writer waits for another one's transaction before giving up.
BUSY_TIMEOUT_SECONDS = 60.0


def store_path(output_dir) -> Path:
    """Where an output keeps its site furniture memory."""
    return Path(output_dir) / STATE_DIR / STORE_NAME


def split_pages(blob: bytes) -> set[bytes]:
    """The page digests packed in a ``pages`` value."""
    return {blob[i:i + PAGE_DIGEST_BYTES] for i in range(0, len(blob), PAGE_DIGEST_BYTES)}


class FurnitureStore:
    """The on-disk memory of one output (see the module docstring)."""

    def __init__(self, path):
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None

    # -- reading and writing ------------------------------------------------------------
    def load(self, site: str) -> dict[bytes, set[bytes]]:
        """The paragraphs remembered for a site: key -> page digests."""
        connection = self._connect()
        rows = connection.execute("SELECT key, pages FROM paragraphs WHERE site = ?", (site,))
        return {bytes(key): split_pages(bytes(pages)) for key, pages in rows}

    def merge(self, sites: dict[str, dict[bytes, set[bytes]]], *, cap: int,
              max_keys: int) -> int:
        """Unite each site's paragraphs with the rows on disk, keeping at most ``cap`` page
        digests a paragraph and, past ``max_keys`` paragraphs of a site, dropping those
        seen on one page only. One transaction; the number of rows written."""
        connection = self._connect()
        written = 0
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            for site, paragraphs in sites.items():
                stored = {bytes(key): split_pages(bytes(pages)) for key, pages in
                          connection.execute("SELECT key, pages FROM paragraphs WHERE site = ?",
                                             (site,))}
                rows = []
                for key, pages in paragraphs.items():
                    have = stored.get(key, set())
                    union = have | pages
                    if union == have:
                        continue
                    rows.append((site, key, b"".join(sorted(union)[:cap])))
                    stored[key] = union
                connection.executemany(
                    "INSERT OR REPLACE INTO paragraphs (site, key, pages) VALUES (?, ?, ?)", rows)
                written += len(rows)
                if len(stored) > max_keys:
                    connection.execute(
                        "DELETE FROM paragraphs WHERE site = ? AND length(pages) <= ?",
                        (site, PAGE_DIGEST_BYTES))
        return written

    def close(self) -> None:
        """Close the connection (the file stays)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # -- the file -----------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._connection = self._open()
            except sqlite3.DatabaseError as exc:
                aside = self.path.with_name(self.path.name + ".unreadable")
                logger.warning("site furniture memory %s is unreadable (%s): set aside as %s, "
                               "starting empty", self.path, exc, aside.name)
                os.replace(self.path, aside)
                self._connection = self._open()
        return self._connection

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS,
                                     isolation_level=None)
        try:
            connection.execute("CREATE TABLE IF NOT EXISTS layout (version INTEGER NOT NULL)")
            found = connection.execute("SELECT version FROM layout").fetchone()
            if found is None:
                with connection:
                    connection.execute("BEGIN IMMEDIATE")
                    if connection.execute("SELECT version FROM layout").fetchone() is None:
                        connection.execute("INSERT INTO layout (version) VALUES (?)",
                                           (LAYOUT_VERSION,))
                    connection.execute(
                        "CREATE TABLE IF NOT EXISTS paragraphs (site TEXT NOT NULL, "
                        "key BLOB NOT NULL, pages BLOB NOT NULL, PRIMARY KEY (site, key)) "
                        "WITHOUT ROWID")
            elif found[0] != LAYOUT_VERSION:
                raise sqlite3.DatabaseError(f"layout version {found[0]}, "
                                            f"this version reads {LAYOUT_VERSION}")
            return connection
        except BaseException:
            connection.close()
            raise


__all__ = ["FurnitureStore", "LAYOUT_VERSION", "PAGE_DIGEST_BYTES", "STORE_NAME",
           "split_pages", "store_path"]
