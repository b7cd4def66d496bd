"""newscrawl inside any Scrapy project: the add-on's settings, and a fresh project made by
``scrapy startproject`` that lists the add-on, crawls a page served on 127.0.0.1 into a
Parquet dataset with a ten-line spider (and with a subclass of newscrawl's spider), and
uses the commands that come through the ``scrapy.commands`` entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

from newscrawl import Addon, defaults
from newscrawl.addon import COMPONENTS, CRAWL_SETTINGS
from newscrawl.testsite.server import TestSite
from tests import processes

SCRAPY = str(Path(sys.executable).with_name("scrapy"))


def components(settings: Settings, name: str) -> dict:
    return {load_object(path) if isinstance(path, str) else path: order
            for path, order in settings.getdict(name).items()}


# -- the add-on's settings ------------------------------------------------------------

def test_the_addon_installs_components_defaults_and_crawl_settings():
    settings = Settings()
    Addon.update_pre_crawler_settings(settings)
    assert settings.get("NEWSCRAWL_OUTPUT") == defaults.NEWSCRAWL_OUTPUT
    Addon().update_settings(settings)
    for setting, path, order in COMPONENTS:
        assert components(settings, setting)[load_object(path)] == order
    for name in defaults.newscrawl_defaults():
        assert settings.get(name) == getattr(defaults, name)
    assert settings.getint("CONCURRENT_ITEMS") == CRAWL_SETTINGS["CONCURRENT_ITEMS"]
    assert settings.get("USER_AGENT").endswith(f"(+{defaults.NEWSCRAWL_CONTACT})")
    # not distributed: the single-machine disk frontier, not the Redis scheduler
    assert settings.get("SCHEDULER") == CRAWL_SETTINGS["SCHEDULER"]
    assert load_object(settings.get("SCHEDULER")).__module__ == "newscrawl.crawl.frontier"


def test_what_the_project_or_the_command_line_chose_wins():
    settings = Settings()
    parquet = "newscrawl.crawl.pipelines.ParquetPipeline"
    settings.setdict({"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "NEWSCRAWL_ROWS_PER_FILE": 10,
                      "ITEM_PIPELINES": {parquet: None}}, priority="project")
    settings.setdict({"NEWSCRAWL_CONTACT": "ops@example.org"}, priority="cmdline")
    Addon().update_settings(settings)
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getint("NEWSCRAWL_ROWS_PER_FILE") == 10
    assert components(settings, "ITEM_PIPELINES")[load_object(parquet)] is None
    assert settings.get("USER_AGENT").endswith("(+ops@example.org)")


def test_distributed_mode_comes_with_the_addon():
    pytest.importorskip("scrapy_redis", reason="scrapy-redis is not installed")
    settings = Settings()
    settings.set("NEWSCRAWL_REDIS_URL", "redis://127.0.0.1:1/0", priority="cmdline")
    Addon().update_settings(settings)
    pipelines = components(settings, "ITEM_PIPELINES")
    assert load_object("newscrawl.distributed.shared_output.DistributedParquetPipeline") in pipelines
    assert load_object("newscrawl.crawl.pipelines.ParquetPipeline") not in pipelines
    assert settings.get("SCHEDULER") == "newscrawl.distributed.frontier.ReliableScheduler"


# -- a fresh Scrapy project -----------------------------------------------------------

#: The ten-line spider of the project: any spider that yields extract_article's Article.
PAGES_SPIDER = '''
import scrapy
from newscrawl import extract_article


class PagesSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, url, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [url]

    def parse(self, response):
        yield extract_article(response.body, response.url)
'''

#: A spider that is newscrawl's own (discovery, incremental skipping), renamed.
SITE_SPIDER = '''
from newscrawl.crawl.spiders.base import NewsSpider


class SiteSpider(NewsSpider):
    name = "site"
'''

#: Settings that keep the test crawls quick (the startproject template waits 1 s per request).
QUICK = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
         "-s", "NEWSCRAWL_EXTRACT_WORKERS=0", "-s", "LOG_LEVEL=INFO")


def start_project(parent: Path, name: str, *, addon: bool) -> Path:
    """``scrapy startproject name`` in ``parent``, with the add-on listed (or not) and
    the two spiders; returns the project folder (where scrapy.cfg is)."""
    made = run(parent, "startproject", name)
    assert made.returncode == 0, made.stderr
    project = parent / name
    settings = project / name / "settings.py"
    text = settings.read_text(encoding="utf-8")
    assert "\nADDONS = {}\n" in text
    if addon:
        settings.write_text(text.replace("\nADDONS = {}\n", '\nADDONS = {"newscrawl.Addon": 0}\n'),
                            encoding="utf-8")
    (project / name / "spiders" / "pages.py").write_text(PAGES_SPIDER, encoding="utf-8")
    (project / name / "spiders" / "site.py").write_text(SITE_SPIDER, encoding="utf-8")
    return project


def run(cwd: Path, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    return processes.run([SCRAPY, *args], cwd=cwd, capture_output=True, text=True,
                         timeout=timeout, env={**env, "PYTHONUNBUFFERED": "1"})


def summary_of(result: subprocess.CompletedProcess) -> dict[str, str]:
    (line,) = [line for line in result.stdout.splitlines()
               if line.startswith("newscrawl summary:")]
    return dict(part.split("=", 1) for part in line.split() if "=" in part)


def rows(output: Path) -> list[dict]:
    return ds.dataset(output / "articles", format="parquet",
                      partitioning="hive").to_table().to_pylist()


@pytest.fixture(scope="module")
def demo_site():
    with TestSite() as site:
        yield site


def test_a_fresh_project_with_the_addon_crawls_into_a_dataset(tmp_path, demo_site):
    project = start_project(tmp_path, "newsproj", addon=True)
    output = tmp_path / "data"
    article = demo_site.articles[0]

    listed = run(project, "list")
    assert listed.stdout.split() == ["pages", "site"], listed.stderr[-2000:]

    first = run(project, "crawl", "pages", "-a", f"url={article}",
                "-s", f"NEWSCRAWL_OUTPUT={output}", *QUICK)
    assert first.returncode == 0, first.stderr[-3000:]
    assert summary_of(first)["new"] == "1"  # newscrawl's crawl command, from the entry point
    (row,) = rows(output)
    assert row["url"] == article and row["headline"] and row["body"].count("\n\n") >= 1
    assert row["published_at"] is not None and row["content_hash"]
    assert (output / "reports" / "latest.html").is_file()  # the crawl report extension
    assert "<newscrawl.addon.Addon object" in first.stderr  # Scrapy's "Enabled addons" line

    # newscrawl's own spider, subclassed: discovery from robots.txt and the sitemaps; the
    # page the other spider wrote (with no listing date) is fetched again, found unchanged
    # and not written twice.
    crawl_site = ("crawl", "site", "-a", f"site={demo_site.base_url}",
                  "-s", f"NEWSCRAWL_OUTPUT={output}", *QUICK)
    site = run(project, *crawl_site)
    assert site.returncode == 0, site.stderr[-3000:]
    summary = summary_of(site)
    assert (summary["new"], summary["unchanged"]) == (str(len(demo_site.articles) - 1), "1")
    assert sorted(r["url"] for r in rows(output)) == sorted(demo_site.articles)
    rerun = run(project, *crawl_site)  # an incremental run requests no known article
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    again = summary_of(rerun)  # (skips count listings: an article is in sitemaps and feeds)
    assert (again["new"], again["unchanged"]) == ("0", "0")
    assert int(again["skipped"]) >= len(demo_site.articles)

    # scrapy extract, on a saved page and on the served URL: the row's own headline,
    # and fetching a page to show it writes nothing.
    saved = tmp_path / "page.html"
    saved.write_bytes(demo_site_page(article))
    from_file = run(project, "extract", str(saved), "--url", article)
    assert from_file.returncode == 0, from_file.stderr[-2000:]
    assert json.loads(from_file.stdout)["headline"] == row["headline"]
    files_before = sorted(output.rglob("*.parquet"))
    from_url = run(project, "extract", article, "-s", f"NEWSCRAWL_OUTPUT={output}",
                   "-s", "DOWNLOAD_DELAY=0")
    assert from_url.returncode == 0, from_url.stderr[-2000:]
    assert json.loads(from_url.stdout)["headline"] == row["headline"]
    assert sorted(output.rglob("*.parquet")) == files_before

    report = run(project, "report", "--output", str(output))
    assert report.returncode == 0, report.stderr[-2000:]
    assert f"{len(demo_site.articles)} articles from 1 sites" in report.stdout


def demo_site_page(url: str) -> bytes:
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - 127.0.0.1
        return answer.read()


def test_without_the_addon_scrapy_crawl_stays_scrapys_own(tmp_path, demo_site):
    project = start_project(tmp_path, "plainproj", addon=False)
    feed = tmp_path / "items.jsonl"
    plain = run(project, "crawl", "pages", "-a", f"url={demo_site.articles[0]}",
                "-O", str(feed), *QUICK)
    assert plain.returncode == 0, plain.stderr[-3000:]
    assert "newscrawl summary" not in plain.stdout
    assert not (project / "output").exists()  # no dataset, no lock, no report
    (item,) = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    assert item["url"] == demo_site.articles[0] and item["headline"]
    # The other commands still work there: newscrawl's defaults come with them.
    extracted = run(project, "extract", demo_site.articles[0], "-s", "DOWNLOAD_DELAY=0")
    assert extracted.returncode == 0, extracted.stderr[-2000:]
    assert json.loads(extracted.stdout)["headline"] == item["headline"]


def test_this_project_lists_the_addon_and_little_else():
    from newscrawl import settings as project_settings

    names = {name for name in vars(project_settings) if name.isupper()}
    assert project_settings.ADDONS == {"newscrawl.Addon": 0}
    assert not {name for name in names if name.startswith("NEWSCRAWL_")}
    assert len(names) <= 8, names
    text = textwrap.dedent(Path(project_settings.__file__).read_text(encoding="utf-8"))
    assert "ITEM_PIPELINES" not in text and "EXTENSIONS" not in text
