"""Building a crawl report: summarise, compare with history, write the page, log it.

``build_report(output_dir)`` is what the end-of-crawl extension, ``scrapy report`` and
``python -m newscrawl.report`` call. The page goes to
``<output>/reports/report-<UTC time>.html`` and is copied to ``latest.html``; both are
written to a temporary name and renamed, so a browser never sees half a page.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.report.history import (DEFAULT_DROP_THRESHOLD, DEFAULT_MIN_ROWS, CoverageDrop,
                                      append_history, find_drops, load_history)
from newscrawl.report.page import render_html
from newscrawl.report.summary import Summary, summarise
from newscrawl.report.text import render_text

log = logging.getLogger(__name__)

REPORTS = "reports"
LATEST_NAME = "latest.html"


@dataclass
class Report:
    """A built report: where its page is, what it found, its text form."""

    path: Path
    latest_path: Path
    summary: Summary
    drops: list[CoverageDrop] = field(default_factory=list)
    text: str = ""


def reports_dir(output_dir: str | os.PathLike) -> Path:
    """``<output>/reports``."""
    return Path(output_dir) / REPORTS


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def report_name(moment: dt.datetime) -> str:
    """File name of the report generated at ``moment``."""
    return f"report-{moment.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}.html"


def build_report(output_dir: str | os.PathLike, *, since: dt.datetime | None = None,
                 record_history: bool = False, label: str | None = None,
                 run_stats: dict | None = None,
                 drop_threshold: float = DEFAULT_DROP_THRESHOLD,
                 min_rows: int = DEFAULT_MIN_ROWS, now: dt.datetime | None = None,
                 log_text: bool = True) -> Report:
    """Build the report of the datasets under ``output_dir`` (rows from ``since`` on, or
    all of them), flag coverage drops against ``reports/history.jsonl``, write the HTML
    page and, with ``record_history``, append this summary to the history (the
    end-of-crawl report does; on-demand reports over a whole dataset should not)."""
    summary = summarise(output_dir, since=since, now=now)
    folder = reports_dir(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    drops = find_drops(summary, load_history(folder), threshold=drop_threshold,
                       min_rows=min_rows)
    title = f"Crawl report: {label}" if label else "Crawl report"
    page = render_html(summary, drops, title=title, run_stats=run_stats)
    path = folder / report_name(summary.generated_at)
    _write_atomically(path, page)
    latest = folder / LATEST_NAME
    _write_atomically(latest, page)
    if record_history:
        append_history(folder, summary, label=label)
    text = render_text(summary, drops)
    if log_text:
        log.info("%s\nreport page: %s", text, path)
        for drop in drops:
            log.warning("coverage dropped on %s", drop.describe())
    return Report(path=path, latest_path=latest, summary=summary, drops=drops, text=text)
