"""The crawl report: summary figures, coverage history and drops, the HTML page and its
charts, the text form, ``python -m newscrawl.report``; and the report of a real demo crawl."""

from __future__ import annotations

import datetime as dt
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newscrawl.model.article import Article, Image, arrow_schema, to_record
from newscrawl.storage.dataset import (ARTICLES, FAILURES, DatasetWriter, RunStaging, article_partition,
                               failure_partition)
from newscrawl.model.failure import Failure, failure_record, failure_schema
from newscrawl.report import build_report, find_drops, load_history, summarise
from newscrawl.report.__main__ import parse_since
from newscrawl.report.page import publication_series
from newscrawl.report.svg import coverage_grid, horizontal_bars, share_colour, stacked_columns
from tests import processes

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"


def article(site: str, n: int, *, fetched: dt.datetime = NOW, headline=True, authors=True,
            published: dt.datetime | None = NOW - dt.timedelta(days=1), caption=True,
            body=True) -> Article:
    """An Article of ``site`` with the chosen fields filled."""
    images = [Image(url=f"https://{site}/img/{n}.jpg", caption="A harbour at dusk" if caption else None)]
    return Article(url=f"https://{site}/news/{n}", domain=site,
                   headline=f"Story {n}" if headline else None,
                   authors=["Ann Example"] if authors else [],
                   published_at=published, images=images,
                   body="First paragraph.\n\nSecond one." if body else "  ",
                   fetched_at=fetched)


def write_dataset(output: Path, articles=(), failures=()) -> None:
    """Write rows with the project's own dataset writer (as a crawl does)."""
    staging = RunStaging(output)
    article_writer = DatasetWriter(output / ARTICLES, staging, arrow_schema())
    failure_writer = DatasetWriter(output / FAILURES, staging, failure_schema())
    for item in articles:
        record = to_record(item)
        article_writer.write(record, article_partition(record))
    for item in failures:
        record = failure_record(item)
        failure_writer.write(record, failure_partition(record))
    article_writer.close()
    failure_writer.close()
    staging.close()


# -- summary ----------------------------------------------------------------------------

def test_summary_counts_rows_and_coverage_per_site(tmp_path):
    rows = [article("a.example", n) for n in range(4)]
    rows += [article("b.example", 10, headline=False, caption=False),
             article("b.example", 11, authors=False, published=None, body=False)]
    rows.append(Article(url="https://b.example/news/12", domain="b.example", images=[
        Image(url="https://b.example/x.jpg"), Image(url="https://b.example/y.jpg", caption="Pier")],
        fetched_at=NOW))
    write_dataset(tmp_path, rows)
    summary = summarise(tmp_path, now=NOW)
    assert summary.articles == 7
    a, b = summary.sites["a.example"], summary.sites["b.example"]
    assert a.articles == 4 and a.coverages() == dict.fromkeys(a.coverages(), 1.0)
    assert b.articles == 3
    assert b.covered == {"headline": 1, "authors": 1, "published_at": 1, "captions": 2, "body": 1}
    assert summary.overall().coverage("headline") == pytest.approx(5 / 7)
    assert [s.site for s in summary.sites_by_size()] == ["a.example", "b.example"]


def test_summary_groups_publication_days_and_failures(tmp_path):
    day = dt.datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    rows = [article("a.example", 1, published=day), article("a.example", 2, published=day),
            article("a.example", 3, published=None)]
    failures = [Failure(url="https://a.example/x", stage="fetch", error_type="HttpError",
                        http_status=404, failed_at=NOW),
                Failure(url="https://a.example/y", stage="fetch", error_type="HttpError",
                        http_status=404, failed_at=NOW),
                Failure(url="https://c.example/z", stage="extract", error_type="NotAnArticleError",
                        failed_at=NOW)]
    write_dataset(tmp_path, rows, failures)
    summary = summarise(tmp_path, now=NOW)
    assert summary.published_days[("a.example", dt.date(2026, 3, 1))] == 2
    assert summary.published_days[("a.example", None)] == 1
    assert summary.failures_by_reason() == {"fetch: HttpError 404": 2,
                                            "extract: NotAnArticleError": 1}
    assert summary.failures_by_site() == {"a.example": 2, "c.example": 1}


def test_summary_since_keeps_only_the_window(tmp_path):
    old = NOW - dt.timedelta(days=3)
    write_dataset(tmp_path, [article("a.example", 1, fetched=old), article("a.example", 2)],
                  [Failure(url="https://a.example/x", failed_at=old)])
    summary = summarise(tmp_path, since=NOW - dt.timedelta(hours=1), now=NOW)
    assert summary.articles == 1 and summary.failure_count == 0
    assert summarise(tmp_path, now=NOW).articles == 2


def test_summary_of_an_empty_output_is_empty(tmp_path):
    summary = summarise(tmp_path / "nothing-here", now=NOW)
    assert summary.articles == 0 and summary.sites == {} and summary.failure_count == 0


# -- history and drops ------------------------------------------------------------------

def test_a_site_whose_coverage_falls_is_flagged_against_its_history(tmp_path):
    first = NOW - dt.timedelta(days=1)
    write_dataset(tmp_path, [article("a.example", n, fetched=first) for n in range(6)]
                  + [article("b.example", n, fetched=first) for n in range(6)])
    report = build_report(tmp_path, since=first, record_history=True, now=first, log_text=False)
    assert report.drops == []
    # The second run: a.example lost its bylines and dates (markup changed), b.example is fine.
    write_dataset(tmp_path, [article("a.example", 10 + n, authors=False, published=None)
                             for n in range(6)]
                  + [article("b.example", 10 + n) for n in range(6)])
    report = build_report(tmp_path, since=NOW - dt.timedelta(minutes=5), record_history=True,
                          now=NOW, log_text=False)
    assert {(d.site, d.field) for d in report.drops} == {("a.example", "authors"),
                                                         ("a.example", "published_at")}
    drop = report.drops[0]
    assert drop.current == 0.0 and drop.baseline == 1.0 and drop.runs == 1
    assert "COVERAGE DROPPED" in report.text and "a.example: authors coverage 0%" in report.text
    page = report.path.read_text(encoding="utf-8")
    assert 'id="drops"' in page and 'class="cell flagged"' in page
    assert len(load_history(tmp_path / "reports")) == 2


def test_small_runs_are_neither_flagged_nor_baselines(tmp_path):
    history = [{"sites": {"a.example": {"articles": 2, "coverage": {"headline": 1.0}}}}]
    write_dataset(tmp_path, [article("a.example", n, headline=False) for n in range(6)])
    assert find_drops(summarise(tmp_path, now=NOW), history) == []
    history = [{"sites": {"a.example": {"articles": 50, "coverage": {"headline": 1.0}}}}]
    assert [d.field for d in find_drops(summarise(tmp_path, now=NOW), history)] == ["headline"]
    assert find_drops(summarise(tmp_path, now=NOW), history, min_rows=7) == []


def test_baseline_is_the_median_of_recent_runs(tmp_path):
    runs = [0.9, 0.1, 0.95, 0.92, 0.1]  # two bad runs do not make the baseline
    history = [{"sites": {"a.example": {"articles": 10, "coverage": {"body": share}}}}
               for share in runs]
    write_dataset(tmp_path, [article("a.example", n, body=n < 4) for n in range(6)])  # 67 %
    (drop,) = find_drops(summarise(tmp_path, now=NOW), history)
    assert drop.field == "body" and drop.baseline == pytest.approx(0.9) and drop.runs == 5


def test_unreadable_history_lines_are_skipped(tmp_path):
    (tmp_path / "history.jsonl").write_text('{"sites": {}}\nnot json\n[1]\n\n', encoding="utf-8")
    assert load_history(tmp_path) == [{"sites": {}}]


# -- charts and page --------------------------------------------------------------------

def test_charts_are_well_formed_svg_with_shapes():
    bars = ET.fromstring(horizontal_bars([("a.example", 10), ("b.example", 5)], title="t"))
    widths = [float(r.get("width")) for r in bars.iter(f"{SVG}rect")]
    assert widths[0] == pytest.approx(2 * widths[1]) and widths[1] > 0
    grid = ET.fromstring(coverage_grid(["s"], ["headline", "body"],
                                       {("s", "headline"): 1.0, ("s", "body"): 0.25},
                                       title="t", flagged={("s", "body")}))
    cells = [r for r in grid.iter(f"{SVG}rect") if "cell" in r.get("class")]
    assert len(cells) == 2 and cells[1].get("class") == "cell flagged"
    days = [dt.date(2026, 3, 1) + dt.timedelta(days=n) for n in range(3)]
    columns = ET.fromstring(stacked_columns(days, [("a", [1, 0, 2]), ("b", [1, 1, 0])], title="t"))
    heights = [float(r.get("height")) for r in columns.iter(f"{SVG}rect")
               if r.get("class") == "column"]
    assert len(heights) == 4 and max(heights) == pytest.approx(sum(heights[:2]))
    assert "no data" in horizontal_bars([], title="t")


def test_share_colour_runs_from_red_to_green():
    assert share_colour(0.0) == "#d64541" and share_colour(1.0) == "#43a069"
    assert share_colour(0.5) == "#f0b43c" and share_colour(2) == share_colour(1)


def test_publication_window_ends_at_the_latest_day_not_in_the_future(tmp_path):
    rows = [article("a.example", 1, published=NOW - dt.timedelta(days=2)),
            article("a.example", 2, published=NOW + dt.timedelta(days=400)),
            article("a.example", 3, published=NOW - dt.timedelta(days=900))]
    write_dataset(tmp_path, rows)
    days, series, outside, undated = publication_series(summarise(tmp_path, now=NOW))
    assert days[-1] == (NOW - dt.timedelta(days=2)).date() and len(days) == 1
    assert series == [("a.example", [1])] and outside == 2 and undated == 0


def test_page_escapes_names_and_holds_every_chart(tmp_path):
    write_dataset(tmp_path, [article("a.example", 1)],
                  [Failure(url="https://a.example/<x>", stage="fetch",
                           error_type="<script>alert(1)</script>", failed_at=NOW)])
    report = build_report(tmp_path, now=NOW, log_text=False)
    page = report.path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    for chart in ("bars sites", "coverage", "days", "bars failures"):
        assert f'class="chart {chart}"' in page
    assert report.latest_path.read_text(encoding="utf-8") == page
    assert report.path.name == "report-20260310T120000Z.html"


# -- command line -----------------------------------------------------------------------

def test_parse_since():
    assert parse_since("2026-03-01", None) == dt.datetime(2026, 3, 1, tzinfo=UTC)
    assert parse_since(None, 2, now=NOW) == NOW - dt.timedelta(days=2)
    assert parse_since(None, None) is None
    with pytest.raises(ValueError):
        parse_since("2026-03-01", 2)


def test_python_module_builds_the_report(tmp_path):
    write_dataset(tmp_path, [article("a.example", 1)])
    result = processes.run([sys.executable, "-m", "newscrawl.report", str(tmp_path)],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "1 articles from 1 sites" in result.stdout
    assert list((tmp_path / "reports").glob("report-*.html"))
    missing = processes.run([sys.executable, "-m", "newscrawl.report", str(tmp_path / "nope")],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert missing.returncode == 2 and "no such" in missing.stderr
