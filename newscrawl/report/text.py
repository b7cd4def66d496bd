"""The crawl report as plain text, for the log and the terminal.

Short fixed-width tables: totals, coverage drops (first, so they are not missed),
articles and coverage per site, publication-date range and failures by reason.
"""

from __future__ import annotations

from newscrawl.report.history import CoverageDrop
from newscrawl.report.summary import COVERAGE_FIELDS, Summary

#: Sites and failure reasons listed in the text (the HTML page lists them all).
TEXT_ROWS = 25
SITE_WIDTH = 32


def _site_line(name: str, rows: int, shares: list[str]) -> str:
    cut = name if len(name) <= SITE_WIDTH else name[: SITE_WIDTH - 1] + "…"
    return f"  {cut:<{SITE_WIDTH}} {rows:>8,} " + " ".join(f"{s:>12}" for s in shares)


def render_text(summary: Summary, drops: list[CoverageDrop]) -> str:
    """The report as a few lines of text."""
    window = f"since {summary.since:%Y-%m-%d %H:%M:%S} UTC" if summary.since else "whole dataset"
    lines = [f"crawl report for {summary.output_dir} ({window}): {summary.articles:,} articles "
             f"from {len(summary.sites):,} sites, {summary.failure_count:,} failures"]
    if drops:
        lines.append(f"COVERAGE DROPPED on {len({d.site for d in drops})} site(s) "
                     "(markup changed?):")
        lines += [f"  {drop.describe()}" for drop in drops]
    if summary.sites:
        flagged = {(d.site, d.field) for d in drops}
        lines.append(f"  {'site':<{SITE_WIDTH}} {'articles':>8} "
                     + " ".join(f"{name:>12}" for name in COVERAGE_FIELDS))
        everything = summary.overall()
        for site in [everything] + summary.sites_by_size()[:TEXT_ROWS]:
            shares = [f"{site.coverage(name):.0%}" + ("!" if (site.site, name) in flagged else "")
                      for name in COVERAGE_FIELDS]
            lines.append(_site_line(site.site, site.articles, shares))
        if len(summary.sites) > TEXT_ROWS:
            lines.append(f"  ... and {len(summary.sites) - TEXT_ROWS} more sites")
    dated = [day for day in summary.days_by_count() if day is not None]
    undated = summary.days_by_count().get(None, 0)
    if dated:
        lines.append(f"publication dates: {min(dated)} to {max(dated)}, {undated:,} undated")
    reasons = summary.failures_by_reason().most_common(TEXT_ROWS)
    if reasons:
        lines.append("failures by reason:")
        lines += [f"  {count:>8,}  {reason}" for reason, count in reasons]
    return "\n".join(lines)
