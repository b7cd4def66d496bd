"""Rendering in a real browser: ``scrapy crawl`` of the app site (newscrawl.testsite.appsite)
on 127.0.0.1 with NEWSCRAWL_RENDER never / auto / always, Debian's Chromium through
scrapy-playwright. Skipped when Chromium or scrapy-playwright is missing."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from scrapy.settings import Settings

from newscrawl.crawl.rendering import RenderMode, RenderSetupError, render_mode
from newscrawl.testsite import FaultRule, TestSite
from newscrawl.testsite.appsite import build_app_site
from tests import processes

ROOT = Path(__file__).resolve().parents[2]
SCRAPY = str(Path(sys.executable).with_name("scrapy"))
_STAT = re.compile(r"'((?:newscrawl|playwright)/[^']+)': (\d+)")
QUICK = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO",
         "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0")

needs_browser = pytest.mark.skipif(
    shutil.which("chromium") is None or importlib.util.find_spec("scrapy_playwright") is None,
    reason="needs Debian's chromium and scrapy-playwright (pip install -e '.[render]')")


def crawl(site: TestSite, output: Path, *settings: str, timeout: int = 240):
    """(exit code, log, stats, {path: row}) of one crawl of the whole site."""
    args = [SCRAPY, "crawl", "article", "-a", f"site={site.base_url}",
            "-s", f"NEWSCRAWL_OUTPUT={output}", *QUICK]
    for setting in settings:
        args += ["-s", setting]
    proc = processes.run(args, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                         env={**os.environ, "PYTHONUNBUFFERED": "1"})
    log = proc.stdout + proc.stderr
    stats = {key: int(value) for key, value in _STAT.findall(log)}
    rows = {}
    if (output / "articles").exists():
        for row in ds.dataset(output / "articles", partitioning="hive").to_table().to_pylist():
            rows[row["url"].split(str(site.port), 1)[1]] = row
    return proc.returncode, log, stats, rows


def sources(row) -> dict:
    value = row["sources"]
    return dict(value) if isinstance(value, list) else value


@pytest.fixture(scope="module")
def app_root(tmp_path_factory):
    return build_app_site(tmp_path_factory.mktemp("apps"), static_articles=3)


@pytest.fixture(scope="module")
def pages(app_root):
    manifest = json.loads((app_root / "site.json").read_text())
    return {entry["path"]: entry for entry in manifest["pages"] if entry["kind"] == "article"}


def path_of(pages, kind) -> str:
    return next(path for path, entry in pages.items() if entry["app"] == kind)


def test_render_mode_setting_and_never_imports_nothing():
    assert render_mode(Settings()) == "never"
    assert render_mode(Settings({"NEWSCRAWL_RENDER": "AUTO"})) == "auto"
    with pytest.raises(ValueError, match="NEWSCRAWL_RENDER"):
        render_mode(Settings({"NEWSCRAWL_RENDER": "sometimes"}))
    with pytest.raises(RenderSetupError, match="not an executable"):
        RenderMode().update_settings(Settings({"NEWSCRAWL_RENDER": "auto",
                                               "NEWSCRAWL_RENDER_BROWSER": "/nonexistent/chromium"}))
    # With "never" the add-on changes nothing, and no playwright module is loaded.
    code = ("import sys; from scrapy.settings import Settings; "
            "from scrapy.utils.project import get_project_settings; "
            "from newscrawl.crawl.rendering import RenderMode; "
            "import newscrawl.crawl.spiders.base; "
            "s = get_project_settings(); before = dict(s.getdict('DOWNLOAD_HANDLERS')); "
            "RenderMode().update_settings(s); "
            "assert dict(s.getdict('DOWNLOAD_HANDLERS')) == before; "
            "assert not [m for m in sys.modules if 'playwright' in m], 'playwright imported'")
    processes.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


@needs_browser
def test_auto_renders_only_the_app_shell(app_root, pages, tmp_path):
    with TestSite(app_root) as site:
        code, log, stats, rows = crawl(site, tmp_path / "auto", "NEWSCRAWL_RENDER=auto")
        served = list(site.requests_log)
    assert code == 0, log[-3000:]
    fetch_path = path_of(pages, "fetch")
    assert set(rows) == set(pages)  # every article written, the JS-only one included
    rendered = {path for path, row in rows.items() if "rendered" in sources(row)}
    assert rendered == {fetch_path}
    row = rows[fetch_path]
    assert sources(row)["rendered"] == "app_shell"
    assert row["body"].split("\n\n") == pages[fetch_path]["body"]
    assert row["headline"] == pages[fetch_path]["title"]
    assert row["authors"] == pages[fetch_path]["authors"]
    # the Next and Nuxt pages came from their app state, without the browser
    for kind in ("next", "nuxt"):
        assert sources(rows[path_of(pages, kind)])["body"] == "appstate"
    assert stats["newscrawl/render/requested/app_shell"] == 1
    assert stats["newscrawl/render/pages"] == 1
    # the browser fetched the story's JSON; images were blocked
    assert any(path.startswith("/api/stories/") for _m, path, _s in served)
    assert not any(path.startswith("/media/") for _m, path, _s in served)
    assert "pages rendered in the browser" in _report_text(tmp_path / "auto")


def _report_text(output: Path) -> str:
    reports = sorted((output / "reports").rglob("*.html"))
    return reports[-1].read_text() if reports else ""


@needs_browser
def test_never_leaves_the_app_shell_refused_and_starts_no_browser(app_root, pages, tmp_path):
    with TestSite(app_root) as site:
        code, log, stats, rows = crawl(site, tmp_path / "never")
        served = list(site.requests_log)
    assert code == 0, log[-3000:]
    # Without a browser the fetch-only shell has no body: refused as thin, or, when its
    # other signals (a news sitemap listing it) call it an article, written bodiless
    # and counted (a failed extraction is not a refusal).
    shell = rows.get(path_of(pages, "fetch"))
    assert shell is None or not shell["body"]
    assert (stats.get("newscrawl/pages/non_article/thin", 0)
            + stats.get("newscrawl/extract/no_body", 0)) == 1
    assert not any(key.startswith(("playwright/", "newscrawl/render/")) for key in stats)
    assert not any(path.startswith("/api/") for _m, path, _s in served)


@needs_browser
def test_always_renders_every_article_and_restarts_the_browser(app_root, pages, tmp_path):
    with TestSite(app_root) as site:
        code, log, stats, rows = crawl(site, tmp_path / "always", "NEWSCRAWL_RENDER=always",
                                       "NEWSCRAWL_RENDER_RESTART_PAGES=2", "NEWSCRAWL_RENDER_PAGES=1")
    assert code == 0, log[-3000:]
    assert set(rows) == set(pages)
    assert all(sources(row)["rendered"] == "always" for row in rows.values())
    assert stats["newscrawl/render/pages"] == len(pages)
    assert stats["newscrawl/render/browser_restarts"] >= 2
    assert stats["playwright/browser_count"] >= 3


@needs_browser
def test_a_render_that_times_out_is_a_recorded_failure(app_root, pages, tmp_path):
    slow_api = FaultRule("delay", paths=("/api/*",), params={"seconds": 6}, on=("static",))
    with TestSite(app_root, faults=[slow_api]) as site:
        code, log, stats, rows = crawl(site, tmp_path / "slow", "NEWSCRAWL_RENDER=auto",
                                       "NEWSCRAWL_RENDER_TIMEOUT=2")
    fetch_path = path_of(pages, "fetch")
    assert fetch_path not in rows
    assert stats["newscrawl/render/failed/app_shell"] == 1
    failures = ds.dataset(tmp_path / "slow" / "failures", partitioning="hive").to_table().to_pylist()
    failed = [f for f in failures if f["url"].endswith(fetch_path)]
    assert failed and failed[0]["stage"] == "render"
    assert failed[0]["error_type"] == "RenderTimeout"
    assert len(rows) == len(pages) - 1  # the rest of the crawl is untouched


@needs_browser
def test_auto_leaves_an_archived_app_shell_refused_and_fetches_nothing(app_root, pages, tmp_path):
    pytest.importorskip("fastwarc")
    from tests.archive_helpers import fetch_pages, run_warc, write_warc

    fetch_path, next_path = path_of(pages, "fetch"), path_of(pages, "next")
    with TestSite(app_root) as site:
        archived = fetch_pages([site.base_url + fetch_path, site.base_url + next_path])
        archive = tmp_path / "archive"
        archive.mkdir()
        write_warc(archive / "apps.warc.gz", archived)
        run = run_warc(archive, tmp_path / "out", "-s", "NEWSCRAWL_RENDER=auto")
        served = list(site.requests_log)[2:]  # (the two fetches that built the archive)
    assert run.returncode == 0, run.log[-3000:]
    assert run.stats.get("newscrawl/pages/non_article/thin") == 1
    assert not any(key.startswith("newscrawl/render/") for key in run.stats)
    assert served == []  # neither the browser nor anything else went to the site
    rows = ds.dataset(tmp_path / "out" / "articles", partitioning="hive").to_table().to_pylist()
    assert [row["url"].endswith(next_path) for row in rows] == [True]
    assert sources(rows[0])["body"] == "appstate" and rows[0]["origin"] == "archive"
