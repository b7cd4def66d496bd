"""Archive files as the fleet's units: claims in a real Redis, and three ``scrapy crawl
warc`` workers given one folder of files read each file once."""

from __future__ import annotations

import subprocess
import time
from collections import Counter

import pytest

pytest.importorskip("fastwarc")

from newscrawl.storage.dataset import read_articles  # noqa: E402
from newscrawl.testsite import TestSite  # noqa: E402
from tests.archive_helpers import ROOT, _STAT, fetch_pages, scrapy_args, write_warc  # noqa: E402
from tests import processes

FILES = 6
PER_FILE = 15


def units(redis_url, lease=0.5):
    from scrapy.utils.test import get_crawler

    from newscrawl.distributed.archive_units import ArchiveUnits

    crawler = get_crawler(settings_dict={"NEWSCRAWL_REDIS_URL": redis_url,
                                         "NEWSCRAWL_REDIS_HEARTBEAT_SECONDS": lease})
    return ArchiveUnits(crawler, "warc")


def test_a_claim_excludes_others_until_it_runs_out_and_a_finished_file_is_nobodys(redis_url):
    first, second = units(redis_url), units(redis_url)
    assert first.claim("a.warc.gz") and first.claim("a.warc.gz")  # taken, then renewed
    time.sleep(0.7)  # longer than the lease: the first worker's thread renews it
    assert not second.claim("a.warc.gz")
    first.close()  # the first worker dies: nobody renews its lease
    time.sleep(0.7)
    assert second.claim("a.warc.gz") and not first.claim("a.warc.gz")
    second.finish("a.warc.gz")
    assert second.is_done("a.warc.gz") and not first.claim("a.warc.gz")
    assert not second.claim("a.warc.gz") and second.done_count() == 1


def test_three_workers_given_one_folder_read_each_file_once(tmp_path, redis_url):
    with TestSite.generated(n_articles=FILES * PER_FILE, seed=11) as site:
        pages = fetch_pages(site.articles)
    folder = tmp_path / "month"
    folder.mkdir()
    for number in range(FILES):
        write_warc(folder / f"part-{number:02d}.warc.gz",
                   pages[number * PER_FILE:(number + 1) * PER_FILE])
    output = tmp_path / "out"
    workers = [processes.popen(
        scrapy_args(["crawl", "warc", "-a", f"path={folder}"], output,
                    "-s", f"NEWSCRAWL_REDIS_URL={redis_url}", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0"),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)]
    outputs = [worker.communicate(timeout=600) for worker in workers]
    assert [w.returncode for w in workers] == [0, 0, 0], [err[-2000:] for _, err in outputs]
    stats = [{k: int(v) for k, v in _STAT.findall(err)} for _, err in outputs]
    files_read = [s.get("newscrawl/archive/files_done", 0) for s in stats]
    assert sum(files_read) == FILES  # each file read to its end by exactly one worker
    assert sum(s.get("newscrawl/archive/records", 0) for s in stats) == len(pages)
    urls = read_articles(output, columns=["url"]).column("url").to_pylist()
    assert sorted(urls) == sorted(p.url for p in pages)
    assert not [u for u, n in Counter(urls).items() if n > 1]
    print("files read per worker:", files_read)
