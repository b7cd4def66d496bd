"""``scrapy report``: the crawl report of a dataset on demand, from the project folder."""

from __future__ import annotations

import json

from tests.commands.test_extract import scrapy
from tests.report.test_report import NOW, article, write_dataset


def test_scrapy_report_builds_the_page_of_a_dataset(tmp_path):
    write_dataset(tmp_path, [article("a.example", n) for n in range(3)]
                  + [article("b.example", 9, authors=False)])
    result = scrapy("report", "--output", str(tmp_path), "--record")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "4 articles from 2 sites, 0 failures" in result.stdout
    page_line = result.stdout.strip().splitlines()[-1]
    assert page_line.startswith("report page: ") and page_line.endswith(".html")
    (entry,) = [json.loads(line) for line in
                (tmp_path / "reports" / "history.jsonl").read_text(encoding="utf-8").splitlines()]
    assert entry["sites"]["b.example"]["coverage"]["authors"] == 0.0


def test_scrapy_report_window_and_errors(tmp_path):
    write_dataset(tmp_path, [article("a.example", 1)])
    since = NOW.replace(year=NOW.year + 50).date().isoformat()
    result = scrapy("report", "--output", str(tmp_path), "--since", since)
    assert result.returncode == 0 and "0 articles from 0 sites" in result.stdout
    assert not (tmp_path / "reports" / "history.jsonl").exists()
    missing = scrapy("report", "--output", str(tmp_path / "nope"))
    assert missing.returncode == 1 and "no such output directory" in missing.stderr
    both = scrapy("report", "--output", str(tmp_path), "--since", "2026-01-01", "--days", "2")
    assert both.returncode == 2 and "not both" in both.stderr
