"""End to end: ``scrapy crawl article`` of https://kyivindependent.com answered by the local copy."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from newscrawl.testsite import TestSite
from tests import processes

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KYIV_ROOT = PROJECT_ROOT / "tests" / "fixtures" / "sites" / "kyivindependent"
EXPECTED = json.loads((KYIV_ROOT / "expected.json").read_text(encoding="utf-8"))


def test_article_spider_crawls_the_real_name_through_the_host_map(tmp_path):
    scrapy = Path(sys.executable).with_name("scrapy")
    if not scrapy.exists():
        pytest.skip("the scrapy command is not installed in this environment")
    with TestSite(sites={"kyivindependent.com": KYIV_ROOT}) as site:
        result = processes.run(
            [str(scrapy), "crawl", "article", "-a", "site=https://kyivindependent.com",
             "-s", f"NEWSCRAWL_HOST_MAP={site.host_map(as_json=True)}",
             "-s", f"NEWSCRAWL_OUTPUT={tmp_path}", "-s", "LOG_LEVEL=INFO",
             "-s", "AUTOTHROTTLE_ENABLED=False"],
            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        served = [(e.host, e.path) for e in site.served]
    assert ("kyivindependent.com", "/robots.txt") in served
    assert ("kyivindependent.com", "/sitemap-posts.xml") in served
    assert all(host == "kyivindependent.com" for host, _ in served)
    table = ds.dataset(tmp_path / "articles", partitioning="hive").to_table(
        columns=["url", "headline"])
    rows = dict(zip(table.column("url").to_pylist(), table.column("headline").to_pylist()))
    assert rows == {f"https://kyivindependent.com{path}": truth["headline"]
                    for path, truth in EXPECTED.items()}, result.stderr[-3000:]
