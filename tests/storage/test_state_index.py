"""The state index: folded from published files only, newest version and newest check per
URL, only new files read on refresh, compacted partitions folded again with the same
answer, rebuilt when the dataset it came from is gone or the file is damaged; and what
it answers is what a scan of the whole dataset says."""

from __future__ import annotations

import datetime as dt

import pyarrow.compute as pc

from newscrawl.crawl.incremental import CrawlState, IndexedKnown, known_from_record
from newscrawl.model.article import arrow_schema
from newscrawl.model.check import (
    NEW, NOT_ARTICLE, REDIRECT, UPDATED, check_schema, refused_page_schema)
from newscrawl.storage.compaction import compact_output, prune_partitions
from newscrawl.storage.dataset import (
    ARTICLES, CHECKS, PAGES, DatasetWriter, RunStaging, read_articles, site_key)
from newscrawl.storage.state_index import index_path, open_index

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
HOUR = dt.timedelta(hours=1)


def write_run(output, articles=(), checks=()) -> None:
    """One run's published files: article rows (url, fetched_at, hash) and check rows
    (url, checked_at, listed_at, hash, outcome)."""
    staging = RunStaging(output)
    if articles:
        writer = DatasetWriter(output / ARTICLES, staging, arrow_schema())
        for url, fetched, digest in articles:
            writer.write({"url": url, "domain": "a.example", "fetched_at": fetched,
                          "content_hash": digest, "headline": "h"},
                         (site_key("a.example"), fetched.date().isoformat()))
        writer.close()
    if checks:
        writer = DatasetWriter(output / CHECKS, staging, check_schema())
        for url, checked, listed, digest, outcome in checks:
            writer.write({"url": url, "checked_at": checked, "listed_at": listed,
                          "content_hash": digest, "outcome": outcome},
                         (site_key("a.example"), checked.date().isoformat()))
        writer.close()
    staging.close()


def test_newest_version_and_newest_check_per_url(tmp_path):
    a, b, c, d = (f"https://a.example/{n}" for n in "abcd")
    write_run(tmp_path, articles=[(a, T0, "h1"), (b, T0, "hb")],
              checks=[(a, T0, T0 - HOUR, "h1", NEW), (c, T0, None, None, NOT_ARTICLE)])
    write_run(tmp_path, articles=[(a, T0 + 24 * HOUR, "h2")],
              checks=[(a, T0 + 24 * HOUR, T0 + 20 * HOUR, "h2", UPDATED),
                      (d, T0 + 24 * HOUR, T0, "hx", REDIRECT)])
    index, refreshed = open_index(tmp_path)
    assert refreshed.files_folded == 4 and refreshed.rows_folded == 7
    known = known_from_record(index.get(a))
    assert (known.fetched_at, known.content_hash) == (T0 + 24 * HOUR, "h2")
    assert (known.checked_at, known.listed_at) == (T0 + 24 * HOUR, T0 + 20 * HOUR)
    assert known_from_record(index.get(b)).checked_at is None  # a version, no check
    refused = known_from_record(index.get(c))
    assert refused.fetched_at is None and refused.checked_at == T0  # known as looked at
    alias = known_from_record(index.get(d))
    assert (alias.fetched_at, alias.content_hash) == (T0 + 24 * HOUR, "hx")
    assert index.get("https://a.example/never") is None
    index.close()


def test_a_refresh_reads_only_what_is_new_and_survives_reopening(tmp_path):
    url = "https://a.example/x"
    write_run(tmp_path, articles=[(url, T0, "h1")])
    index, first = open_index(tmp_path)
    assert first.files_folded == 1
    again = index.refresh(tmp_path)
    assert (again.directories_listed, again.files_folded) == (0, 0)
    index.close()
    write_run(tmp_path, articles=[(url, T0 + HOUR, "h2")])  # same day: same partition
    index, later = open_index(tmp_path)  # reopened from its file
    assert (later.directories_listed, later.files_folded, later.rows_folded) == (1, 1, 1)
    assert index.get(url).content_hash == "h2"
    index.close()


def test_compaction_and_pruning_keep_the_answers(tmp_path):
    urls = [f"https://a.example/{n}" for n in range(6)]
    for n, url in enumerate(urls):  # six runs: six files in one partition
        write_run(tmp_path, articles=[(url, T0 + n * HOUR, f"h{n}")],
                  checks=[(url, T0 + n * HOUR, T0, f"h{n}", NEW)])
    index, _ = open_index(tmp_path)
    before = {url: known_from_record(index.get(url)) for url in urls}
    compact_output(tmp_path)
    refreshed = index.refresh(tmp_path)
    assert refreshed.directories_listed == 2 and refreshed.files_folded == 2  # new files
    assert {url: known_from_record(index.get(url)) for url in urls} == before
    assert prune_partitions(tmp_path, CHECKS, 30, today=(T0 + 60 * 24 * HOUR).date()) == 1
    assert not (tmp_path / CHECKS / "site=a.example").exists()
    index.close()


def test_rebuilt_when_its_dataset_is_gone_or_the_file_is_damaged(tmp_path):
    import shutil

    url = "https://a.example/x"
    write_run(tmp_path, articles=[(url, T0, "h1")])
    index, _ = open_index(tmp_path)
    index.close()
    shutil.rmtree(tmp_path / ARTICLES)  # starting over from an empty dataset
    index, refreshed = open_index(tmp_path)
    assert refreshed.rebuilt and index.get(url) is None
    index.close()
    write_run(tmp_path, articles=[(url, T0, "h1")])
    index_path(tmp_path).write_bytes(b"not a sqlite file at all" * 100)
    for suffix in ("-wal", "-shm"):
        (tmp_path / "_state" / f"urls.sqlite{suffix}").unlink(missing_ok=True)
    index, refreshed = open_index(tmp_path)
    assert refreshed.files_folded == 1 and index.get(url).content_hash == "h1"
    index.close()


def test_the_index_agrees_with_a_scan_of_the_whole_dataset(tmp_path):
    import random

    rng = random.Random(5)
    for run in range(5):
        rows = [(f"https://a.example/{rng.randrange(40)}", T0 + (run * 7 + n) * HOUR, f"h{run}{n}")
                for n in range(30)]
        write_run(tmp_path, articles=rows)
    index, _ = open_index(tmp_path)
    table = read_articles(tmp_path, columns=["url", "fetched_at", "content_hash"])
    newest = {}
    for row in table.to_pylist():
        if row["url"] not in newest or row["fetched_at"] > newest[row["url"]]["fetched_at"]:
            newest[row["url"]] = row
    for url, row in newest.items():
        record = index.get(url)
        assert (record.fetched_at, record.content_hash) == (row["fetched_at"], row["content_hash"])
    assert index.url_count() == len(newest)
    assert pc.count_distinct(table.column("url")).as_py() == len(newest)
    index.close()


def test_a_refusal_and_the_newest_kept_refused_page_per_url(tmp_path):
    """What issue 15 needs from the index: whether the newest check refused the URL, when,
    and the content hash of its newest row in pages/ (so an unchanged page is not kept
    twice); a later article version's check clears the refusal."""
    page, fixed = "https://a.example/section", "https://a.example/fixed"
    write_run(tmp_path, checks=[(page, T0, None, None, NOT_ARTICLE),
                                (fixed, T0, None, None, NOT_ARTICLE)])
    staging = RunStaging(tmp_path)
    writer = DatasetWriter(tmp_path / PAGES, staging, refused_page_schema())
    for fetched, digest in ((T0, "p1"), (T0 + 24 * HOUR, "p2")):
        writer.write({"url": page, "domain": "a.example", "fetched_at": fetched,
                      "content_hash": digest, "headline": "h", "refusal_reason": "listing"},
                     (site_key("a.example"), fetched.date().isoformat()))
    writer.close()
    staging.close()
    write_run(tmp_path, articles=[(fixed, T0 + 48 * HOUR, "a1")],
              checks=[(fixed, T0 + 48 * HOUR, None, "a1", NEW)])
    index, _ = open_index(tmp_path)
    refused = known_from_record(index.get(page))
    assert refused.refused and refused.checked_at == T0
    assert index.get(page).page_hash == "p2"
    assert not known_from_record(index.get(fixed)).refused
    index.close()

    state = CrawlState.from_output(tmp_path, refusal_recheck_days=7)
    assert isinstance(state.known, IndexedKnown)
    state.now = T0 + 3 * 24 * HOUR
    assert state.skip_reason(page, None) == "seen"
    state.now = T0 + 8 * 24 * HOUR
    assert state.skip_reason(page, None) is None  # a refusal is looked at again
    assert state.page_hash(page) == "p2"
    state.note_page(page, "p3")
    assert state.page_hash(page) == "p3"
    state.close()
