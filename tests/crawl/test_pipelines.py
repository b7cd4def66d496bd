"""The item pipelines: DatesPipeline fills dates from raw strings, ParquetPipeline never
loses an item. Real Scrapy crawlers, spiders and site profiles; real files."""

from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap
from pathlib import Path

import pytest
import scrapy
from scrapy.exceptions import NotConfigured
from tests.crawlers import newscrawl_crawler

from newscrawl.model.article import Article
from newscrawl.storage.dataset import read_articles, read_failures
from newscrawl.model.failure import Failure, failure_from_exception
from newscrawl.crawl.pipelines import DatesPipeline, ParquetPipeline, fill_dates
from newscrawl.storage.dataset import WriterOptions
from newscrawl.extract.profiles import get_profile
from tests import processes

UTC = dt.timezone.utc
PROJECT = Path(__file__).resolve().parents[2]
FETCHED = dt.datetime(2025, 2, 27, 10, 0, tzinfo=UTC)


class KyivSpider(scrapy.Spider):
    """A spider crawling with the kyivindependent profile (timezone Europe/Kyiv)."""

    name = "kyiv-test"
    profile = get_profile("kyivindependent")


class PlainSpider(scrapy.Spider):
    """A spider without a site profile."""

    name = "plain-test"


def dates_pipeline() -> tuple[DatesPipeline, object]:
    crawler = newscrawl_crawler()
    return DatesPipeline.from_crawler(crawler), crawler


# -- DatesPipeline --------------------------------------------------------------------

def test_a_raw_date_is_read_in_the_profile_timezone():
    pipeline, crawler = dates_pipeline()
    article = Article(url="https://kyivindependent.com/a", published_raw="Feb 27, 2025 01:17",
                      fetched_at=FETCHED, sources={"published_raw": "profile"})
    assert pipeline.process_item(article, KyivSpider()) is article
    assert article.published_at == dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC)
    assert article.published_precision == "site-tz"
    assert article.sources["published_at"] == "profile"
    assert crawler.stats.get_value("newscrawl/dates/filled") == 1


def test_without_a_profile_the_time_is_flagged_naive():
    pipeline, _ = dates_pipeline()
    article = Article(url="https://x.example/a", published_raw="Feb 27, 2025 01:17",
                      fetched_at=FETCHED)
    pipeline.process_item(article, PlainSpider())
    assert article.published_at == dt.datetime(2025, 2, 27, 1, 17, tzinfo=UTC)
    assert article.published_precision == "naive"


def test_relative_raw_dates_are_anchored_at_fetched_at():
    pipeline, _ = dates_pipeline()
    article = Article(url="https://x.example/a", published_raw="vor 3 Stunden", language="de",
                      modified_raw="2025-02-27T09:00:00+01:00", fetched_at=FETCHED)
    pipeline.process_item(article, PlainSpider())
    assert (article.published_at, article.published_precision) == \
        (dt.datetime(2025, 2, 27, 7, 0, tzinfo=UTC), "relative")
    assert article.modified_at == dt.datetime(2025, 2, 27, 8, 0, tzinfo=UTC)


def test_the_page_language_wins_over_the_profile_language():
    article = Article(published_raw="27 лютого 2025, 01:17", language="uk", fetched_at=FETCHED)
    fill_dates(article, timezone="Europe/Kyiv", language="en")
    assert article.published_at == dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC)


def test_an_existing_value_is_kept_and_moved_to_utc():
    pipeline, crawler = dates_pipeline()
    plus_two = dt.timezone(dt.timedelta(hours=2))
    given = dt.datetime(2025, 2, 27, 1, 17, tzinfo=plus_two)
    article = Article(published_at=given, published_raw="something else entirely",
                      published_precision="exact", fetched_at=FETCHED)
    pipeline.process_item(article, KyivSpider())
    assert article.published_at == given and article.published_at.tzinfo == UTC
    assert article.published_precision == "exact"
    assert crawler.stats.get_value("newscrawl/dates/filled") is None


def test_an_unreadable_date_keeps_the_item_and_its_raw_string():
    pipeline, crawler = dates_pipeline()
    article = Article(url="https://x.example/a", published_raw="0000-00-00", fetched_at=FETCHED)
    assert pipeline.process_item(article, PlainSpider()) is article
    assert article.published_at is None and article.published_raw == "0000-00-00"
    assert crawler.stats.get_value("newscrawl/dates/rejected") == 1


def test_other_items_pass_untouched():
    pipeline, _ = dates_pipeline()
    failure = Failure(url="https://x.example/a", stage="fetch")
    assert pipeline.process_item(failure, PlainSpider()) is failure


# -- ParquetPipeline ------------------------------------------------------------------

def test_no_output_setting_means_not_configured():
    with pytest.raises(NotConfigured):
        ParquetPipeline.from_crawler(newscrawl_crawler(settings={"NEWSCRAWL_OUTPUT": ""}))


def test_settings_reach_the_writer():
    crawler = newscrawl_crawler(settings={"NEWSCRAWL_ROWS_PER_GROUP": "7",
                                         "NEWSCRAWL_ROWS_PER_FILE": 70,
                                         "NEWSCRAWL_PARQUET_COMPRESSION_LEVEL": 9,
                                         "NEWSCRAWL_PUBLISH_SECONDS": "60"})
    options = WriterOptions.from_settings(crawler.settings)
    assert (options.rows_per_group, options.rows_per_file, options.compression_level,
            options.max_file_seconds) == (7, 70, 9, 60.0)


def test_items_that_cannot_be_written_become_pipeline_failures(tmp_path):
    crawler = newscrawl_crawler(PlainSpider, settings={"NEWSCRAWL_OUTPUT": str(tmp_path)})
    pipeline = ParquetPipeline.from_crawler(crawler)
    spider = PlainSpider()
    pipeline.open_spider(spider)
    good = Article(url="https://x.example/ok", fetched_at=FETCHED)
    too_long = Article(url="https://x.example/overflow", word_count=2**40, fetched_at=FETCHED)
    not_a_list = Article(url="https://x.example/authors", authors="Ann Author")
    bad_date = Article(url="https://x.example/date", published_at="yesterday")
    stranger = {"url": "https://x.example/dict", "headline": "a dict item"}
    for item in (good, too_long, not_a_list, bad_date, stranger):
        assert pipeline.process_item(item, spider) is item
    pipeline.close_spider(spider)

    assert read_articles(tmp_path).column("url").to_pylist() == ["https://x.example/ok"]
    failures = {r["url"]: r for r in read_failures(tmp_path).to_pylist()}
    assert set(failures) == {"https://x.example/overflow", "https://x.example/authors",
                             "https://x.example/date", "https://x.example/dict"}
    assert {r["stage"] for r in failures.values()} == {"pipeline"}
    assert all(r["spider"] == "plain-test" and r["message"] for r in failures.values())
    stats = crawler.stats.get_stats()
    assert stats["newscrawl/articles_written"] == 1
    assert stats["newscrawl/failures_written"] == 4
    assert stats["newscrawl/files_published"] == 3  # articles, failures, checks


def test_failure_from_exception_keeps_class_and_first_line():
    failure = failure_from_exception("https://x.example/a", "extract",
                                     ValueError("no body\nsecond line"), spider="s",
                                     http_status=200)
    assert (failure.error_type, failure.message, failure.stage) == \
        ("ValueError", "no body", "extract")
    assert failure.failed_at.tzinfo is not None


# -- through a real Scrapy crawl --------------------------------------------------------

_CRAWL = textwrap.dedent("""
    import datetime as dt, json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings
    from newscrawl.model.article import Article
    from newscrawl.model.failure import Failure
    from newscrawl.extract.profiles import get_profile

    class ItemsSpider(scrapy.Spider):
        name = "items-only"
        profile = get_profile("kyivindependent")

        async def start(self):
            fetched = dt.datetime(2025, 2, 27, 10, tzinfo=dt.timezone.utc)
            yield Article(url="https://kyivindependent.com/a", domain="kyivindependent.com",
                          published_raw="Feb 27, 2025 01:17", fetched_at=fetched)
            yield Article(url="https://kyivindependent.com/b", word_count=2**40)
            yield Failure(url="https://kyivindependent.com/c", stage="fetch",
                          error_type="HttpError", http_status=503)

    settings = get_project_settings()
    settings.set("NEWSCRAWL_OUTPUT", sys.argv[1])
    process = CrawlerProcess(settings, install_root_handler=False)
    crawler = process.create_crawler(ItemsSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({k: v for k, v in stats.items() if k.startswith("newscrawl/")}))
""")


def test_the_project_pipelines_run_in_a_real_crawl(tmp_path):
    done = processes.run([sys.executable, "-c", _CRAWL, str(tmp_path)], cwd=PROJECT,
                         capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    assert stats["newscrawl/articles_written"] == 1
    assert stats["newscrawl/failures_written"] == 2
    assert stats["newscrawl/files_published"] == 3  # articles, failures, checks
    assert "requires a spider argument" not in done.stderr
    article = read_articles(tmp_path).to_pylist()[0]
    assert article["published_at"] == dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC)
    assert article["published_precision"] == "site-tz"
    stages = sorted(r["stage"] for r in read_failures(tmp_path).to_pylist())
    assert stages == ["fetch", "pipeline"]
