"""Coverage history per site, and the drops that say a site's markup changed.

Every end-of-crawl report appends one JSON line to ``<output>/reports/history.jsonl``:
when it ran, the window it covered and, per site, its rows and field coverage. A new
report compares each site's coverage with the median of that site's last few runs; a
field whose share fell by at least the threshold is a :class:`CoverageDrop`, flagged in
the log and the report. Runs (now or before) with too few rows of a site are not
compared, so a site that yielded two pages does not raise alarms.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
from dataclasses import dataclass
from pathlib import Path

from newscrawl import defaults
from newscrawl.report.summary import COVERAGE_FIELDS, Summary

log = logging.getLogger(__name__)

HISTORY_NAME = "history.jsonl"
#: A field is flagged when its share is this much (absolute) below the baseline.
DEFAULT_DROP_THRESHOLD = defaults.NEWSCRAWL_REPORT_DROP
#: Runs of a site with fewer rows than this are neither flagged nor used as baselines.
DEFAULT_MIN_ROWS = defaults.NEWSCRAWL_REPORT_MIN_ROWS
#: The baseline is the median over at most this many previous runs of the site.
DEFAULT_WINDOW = 5


@dataclass(frozen=True)
class CoverageDrop:
    """One site's field whose coverage fell against its previous runs."""

    site: str
    field: str
    current: float
    baseline: float
    runs: int

    def describe(self) -> str:
        """One line for the log: site, field, now vs before."""
        return (f"{self.site}: {self.field} coverage {self.current:.0%}, was {self.baseline:.0%} "
                f"(median of {self.runs} previous run{'s' if self.runs != 1 else ''})")


def history_path(reports_dir: str | os.PathLike) -> Path:
    """Where the history of a reports directory lives."""
    return Path(reports_dir) / HISTORY_NAME


def load_history(reports_dir: str | os.PathLike) -> list[dict]:
    """The recorded runs, oldest first; unreadable lines are skipped with a warning."""
    path = history_path(reports_dir)
    if not path.is_file():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            log.warning("skipping unreadable line %d of %s", number, path)
            continue
        if isinstance(entry, dict) and isinstance(entry.get("sites"), dict):
            entries.append(entry)
    return entries


def history_entry(summary: Summary, *, label: str | None = None) -> dict:
    """The JSON-ready record of one run's summary."""
    return {
        "generated_at": summary.generated_at.isoformat(),
        "since": summary.since.isoformat() if summary.since else None,
        "label": label,
        "sites": {
            site.site: {"articles": site.articles,
                        "coverage": {k: round(v, 4) for k, v in site.coverages().items()}}
            for site in summary.sites_by_size()
        },
    }


def append_history(reports_dir: str | os.PathLike, summary: Summary, *,
                   label: str | None = None) -> Path:
    """Append the summary as one line of the history (one ``write`` call, so concurrent
    appends of whole lines do not interleave); returns the history's path."""
    path = history_path(reports_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(history_entry(summary, label=label), ensure_ascii=False) + "\n"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line)
    return path


def site_baselines(history: list[dict], site: str, *, min_rows: int = DEFAULT_MIN_ROWS,
                   window: int = DEFAULT_WINDOW) -> tuple[dict[str, float], int]:
    """(median share per field, runs used) over the site's last ``window`` runs that had
    at least ``min_rows`` rows; ({}, 0) when there are none."""
    runs = []
    for entry in reversed(history):
        record = entry["sites"].get(site)
        if isinstance(record, dict) and record.get("articles", 0) >= min_rows:
            runs.append(record.get("coverage") or {})
            if len(runs) >= window:
                break
    if not runs:
        return {}, 0
    baselines = {}
    for name in COVERAGE_FIELDS:
        values = [run[name] for run in runs if isinstance(run.get(name), (int, float))]
        if values:
            baselines[name] = statistics.median(values)
    return baselines, len(runs)


def find_drops(summary: Summary, history: list[dict], *,
               threshold: float = DEFAULT_DROP_THRESHOLD, min_rows: int = DEFAULT_MIN_ROWS,
               window: int = DEFAULT_WINDOW) -> list[CoverageDrop]:
    """Fields of sites whose coverage in ``summary`` is at least ``threshold`` below the
    median of their previous runs in ``history`` (sites with few rows are skipped)."""
    drops = []
    for site in summary.sites_by_size():
        if site.articles < min_rows:
            continue
        baselines, runs = site_baselines(history, site.site, min_rows=min_rows, window=window)
        for name in COVERAGE_FIELDS:
            if name not in baselines:
                continue
            current = site.coverage(name)
            if baselines[name] - current >= threshold - 1e-9:
                drops.append(CoverageDrop(site.site, name, current, baselines[name], runs))
    return drops
