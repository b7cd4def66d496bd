"""kill -9 while reading an archive, then rerun: nothing lost, nothing doubled.

One WARC of a generated site's article pages (fetched over HTTP on 127.0.0.1); each trial
starts ``scrapy crawl warc`` on it and kills it (SIGKILL) at a seeded random moment; the
next trial is the rerun. After every kill the dataset reads, holds no partial file and no
URL twice; a last run reads to the end, and one more extracts nothing.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from collections import Counter

import pytest

pytest.importorskip("fastwarc")

from newscrawl.storage.dataset import STAGING, read_articles  # noqa: E402
from newscrawl.storage.spool import SPOOL_SUFFIX, read_spool  # noqa: E402
from newscrawl.testsite import TestSite  # noqa: E402
from tests.archive_helpers import ROOT, fetch_pages, run_warc, scrapy_args, write_warc  # noqa: E402
from tests.run_helpers import all_four_readers, stray_files  # noqa: E402
from tests import processes

N_ARTICLES = 120


def staging_dirs(output) -> set:
    return set((output / STAGING).glob("*")) if (output / STAGING).exists() else set()


def spooled_rows(output, old_dirs=frozenset()) -> int:
    """Article rows spooled by runs other than those of ``old_dirs`` (killed before)."""
    return sum(len(read_spool(spool)[0])
               for spool in (output / STAGING).glob(f"*/articles/*{SPOOL_SUFFIX}")
               if spool.parents[1] not in old_dirs)
TRIALS = 5
SEED = 20261204


def test_kill_9_while_reading_an_archive_then_rerun(tmp_path):
    with TestSite.generated(n_articles=N_ARTICLES, seed=7) as site:
        pages = fetch_pages(site.articles)
    path = tmp_path / "site.warc.gz"
    write_warc(path, pages)
    output = tmp_path / "out"
    rng = random.Random(SEED)
    log = []
    for trial in range(TRIALS):
        target = rng.randint(3, 30)
        before = read_articles(output).num_rows if (output / "articles").exists() else 0
        old_dirs = staging_dirs(output)
        process = processes.popen(
            scrapy_args(["crawl", "warc", "-a", f"path={path}"], output,
                        "-s", "NEWSCRAWL_EXTRACT_WORKERS=1", "-s", "NEWSCRAWL_SPOOL_SYNC_SECONDS=0"),
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        began = time.monotonic()
        while process.poll() is None and time.monotonic() - began < 120 \
                and spooled_rows(output, old_dirs) < target:
            time.sleep(0.05)
        spooled = spooled_rows(output, old_dirs)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        assert code in (-signal.SIGKILL, 0), f"trial {trial}: exit {code}"
        counts = all_four_readers(output)
        assert len(set(counts)) == 1, (trial, counts)
        assert stray_files(output) == [], trial
        urls = read_articles(output, columns=["url"]).column("url").to_pylist()
        assert not [u for u, n in Counter(urls).items() if n > 1], trial
        log.append(f"trial {trial}: killed with {spooled} rows spooled (exit {code}), "
                   f"rows published before {before}")
    final = run_warc(path, output)
    assert final.returncode == 0, final.log[-3000:]
    # The rows of the killed runs (recovered from their spools) are not extracted again.
    assert final.stats["newscrawl/incremental/skipped/archived"] + \
        final.stats.get("newscrawl/articles/new", 0) == len(pages)
    urls = read_articles(output, columns=["url"]).column("url").to_pylist()
    assert sorted(urls) == sorted(p.url for p in pages)  # all there, each once
    again = run_warc(path, output)
    assert again.returncode == 0 and "new=0 updated=0 unchanged=0" in again.stdout
    assert again.stats["newscrawl/incremental/skipped/archived"] == len(pages)
    assert read_articles(output).num_rows == len(pages)
    print("\n".join(log))
    print(final.stdout)
