"""The latest view streamed site by site: one row per URL, its newest version, the same
rows as a scan of everything; ``columns=`` and ``filter=`` pass on."""

from __future__ import annotations

import datetime as dt
import random

import pyarrow.compute as pc

from newscrawl.model.article import arrow_schema
from newscrawl.storage.dataset import (
    ARTICLES, DatasetWriter, RunStaging, iter_latest_articles, latest_articles, read_articles,
    site_key)

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def write_versions(output, rng: random.Random, runs: int = 4) -> None:
    for run in range(runs):
        staging = RunStaging(output)
        writer = DatasetWriter(output / ARTICLES, staging, arrow_schema())
        for n in range(40):
            host = f"s{rng.randrange(3)}.example"
            fetched = T0 + dt.timedelta(hours=run * 30 + n)
            writer.write({"url": f"https://{host}/{rng.randrange(15)}", "domain": host,
                          "fetched_at": fetched, "headline": f"v{run}-{n}",
                          "content_hash": f"{run}-{n}"},
                         (site_key(host), fetched.date().isoformat()))
        writer.close()
        staging.close()


def test_one_row_per_url_the_newest_in_bounded_batches(tmp_path):
    write_versions(tmp_path, random.Random(9))
    rows = read_articles(tmp_path, columns=["url", "fetched_at", "content_hash"]).to_pylist()
    newest = {}
    for row in rows:
        if row["url"] not in newest or row["fetched_at"] > newest[row["url"]]["fetched_at"]:
            newest[row["url"]] = row
    batches = list(iter_latest_articles(tmp_path, columns=["content_hash"]))
    got = [(r["url"], r["content_hash"]) for b in batches for r in b.to_pylist()]
    assert len(got) == len(set(got)) == len(newest) < len(rows)
    assert set(got) == {(r["url"], r["content_hash"]) for r in newest.values()}
    table = latest_articles(tmp_path)
    assert table.num_rows == len(newest) and {"headline", "body", "site", "date"} <= set(
        table.column_names)
    one = latest_articles(tmp_path, columns=["headline"], filter=pc.field("site") == "s1.example")
    assert one.column_names == ["headline", "url", "fetched_at"]
    assert one.num_rows == sum(1 for url in newest if "//s1.example/" in url)
