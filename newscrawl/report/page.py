"""The crawl report as one static HTML page (inline CSS and SVG charts, no JavaScript).

The page shows, for one Summary: the totals, any coverage drops (flagged first, in red),
articles per site, field coverage per site, the distribution of publication dates and
the failures by reason, each as a chart with the numbers in a table below it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape

from newscrawl.report import svg
from newscrawl.report.history import CoverageDrop
from newscrawl.report.summary import COVERAGE_FIELDS, Summary

#: Days of publication dates the date chart shows (ending at the latest date found).
DATE_WINDOW_DAYS = 60
#: Sites drawn as their own series in the date chart; the others are summed as 'other sites'.
DATE_SERIES = 8
#: Sites drawn in the per-site charts (tables list them all).
CHART_SITES = 40
#: Failure reasons drawn in the failures chart.
CHART_REASONS = 20

STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2rem auto;
       max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
h1 { margin-bottom: .2rem; } .meta { color: #555; margin-top: 0; }
.totals { display: flex; gap: 1rem; margin: 1rem 0; }
.totals div { background: #f3f5f8; border-radius: 6px; padding: .6rem 1rem; }
.totals b { display: block; font-size: 1.6rem; }
section { margin: 2rem 0; } svg.chart { display: block; margin: .5rem 0; max-width: 100%; }
table { border-collapse: collapse; font-size: .9rem; margin-top: .5rem; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.drops { border: 2px solid #c0392b; background: #fdf0ee; border-radius: 6px; padding: .5rem 1rem; }
.drops h2 { color: #c0392b; margin-top: .3rem; } td.flagged { color: #c0392b; font-weight: 700; }
.note { color: #666; font-size: .9rem; }
"""


def publication_series(summary: Summary, *, window_days: int = DATE_WINDOW_DAYS,
                       max_series: int = DATE_SERIES):
    """(days, [(site, counts per day)], rows dated before the window, undated rows) for
    the date chart. The window ends at the latest publication day that is not after the
    report's day, so far-future dates do not stretch it."""
    by_day = summary.days_by_count()
    dated = [day for day in by_day if day is not None]
    undated = by_day.get(None, 0)
    if not dated:
        return [], [], 0, undated
    today = summary.generated_at.date()
    end = max((day for day in dated if day <= today), default=max(dated))
    start = end - dt.timedelta(days=window_days - 1)
    first = min(day for day in dated if start <= day <= end)
    days = [first + dt.timedelta(days=n) for n in range((end - first).days + 1)]
    position = {day: n for n, day in enumerate(days)}
    sizes: Counter[str] = Counter()
    for (site, day), count in summary.published_days.items():
        if day in position:
            sizes[site] += count
    named = [site for site, _ in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))][:max_series]
    series = {site: [0] * len(days) for site in named}
    others = [0] * len(days)
    outside = 0
    for (site, day), count in summary.published_days.items():
        if day is None:
            continue
        if day not in position:
            outside += count
            continue
        (series[site] if site in series else others)[position[day]] += count
    result = [(site, series[site]) for site in named]
    if any(others):
        result.append(("other sites", others))
    return days, result, outside, undated


def _table(header: list[str], rows: list[list[str]], *, css_class: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(rows_cell for rows_cell in row) + "</tr>" for row in rows)
    return f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(text, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<td{attribute}>{escape(str(text))}</td>"


def _totals(summary: Summary, drops: list[CoverageDrop]) -> str:
    boxes = [("articles", f"{summary.articles:,}"), ("sites", f"{len(summary.sites):,}"),
             ("failures", f"{summary.failure_count:,}"), ("coverage drops", f"{len(drops):,}")]
    return '<div class="totals">' + "".join(
        f"<div><b>{escape(value)}</b>{escape(name)}</div>" for name, value in boxes) + "</div>"


def _drops_section(drops: list[CoverageDrop]) -> str:
    if not drops:
        return ""
    rows = [[_cell(d.site), _cell(d.field), _cell(f"{d.current:.0%}", "flagged"),
             _cell(f"{d.baseline:.0%}"), _cell(d.runs)] for d in drops]
    return ('<section class="drops" id="drops"><h2>Coverage dropped</h2>'
            '<p>These sites yield a field much less often than in their previous runs: their '
            "markup has probably changed.</p>"
            + _table(["site", "field", "now", "before (median)", "runs compared"], rows)
            + "</section>")


def _sites_section(summary: Summary) -> str:
    sites = summary.sites_by_size()
    chart = svg.horizontal_bars([(s.site, s.articles) for s in sites[:CHART_SITES]],
                                title="Articles per site", css_class="bars sites")
    failures = summary.failures_by_site()
    rows = [[_cell(s.site), _cell(f"{s.articles:,}"), _cell(f"{failures.get(s.site, 0):,}")]
            for s in sites]
    rows += [[_cell(site), _cell(0), _cell(f"{count:,}")]
             for site, count in sorted(failures.items()) if site not in summary.sites]
    return ('<section id="sites"><h2>Articles per site</h2>' + chart
            + _table(["site", "articles", "failures"], rows) + "</section>")


def _coverage_section(summary: Summary, drops: list[CoverageDrop]) -> str:
    everything = summary.overall()
    sites = ([everything] + summary.sites_by_size()[:CHART_SITES]) if summary.sites else []
    shares = {(s.site, name): s.coverage(name) for s in sites for name in COVERAGE_FIELDS}
    flagged = {(d.site, d.field) for d in drops}
    chart = svg.coverage_grid([s.site for s in sites], list(COVERAGE_FIELDS), shares,
                              title="Field coverage per site", flagged=flagged)
    rows = []
    for site in ([everything] + summary.sites_by_size()) if summary.sites else []:
        cells = [_cell(site.site), _cell(f"{site.articles:,}")]
        for name in COVERAGE_FIELDS:
            mark = (site.site, name) in flagged
            cells.append(_cell(f"{site.coverage(name):.0%}" + (" ▼" if mark else ""),
                               "flagged" if mark else ""))
        rows.append(cells)
    return ('<section id="coverage"><h2>Field coverage per site</h2>'
            '<p class="note">Share of rows with a headline, at least one author, a publication '
            "date, at least one captioned image and a body.</p>" + chart
            + _table(["site", "rows", *COVERAGE_FIELDS], rows) + "</section>")


def _dates_section(summary: Summary) -> str:
    days, series, outside, undated = publication_series(summary)
    chart = svg.stacked_columns(days, series, title="Articles per publication day",
                                css_class="days")
    note = (f'<p class="note">Last {DATE_WINDOW_DAYS} days with articles shown; '
            f"{outside:,} rows published earlier (or later), {undated:,} rows without a "
            "publication date.</p>")
    return '<section id="dates"><h2>Publication dates</h2>' + chart + note + "</section>"


def _failures_section(summary: Summary) -> str:
    reasons = summary.failures_by_reason().most_common()
    if not reasons:
        return ('<section id="failures"><h2>Failures by reason</h2>'
                '<p class="note">No failures.</p></section>')
    chart = svg.horizontal_bars(reasons[:CHART_REASONS], title="Failures by reason",
                                colour=svg.FAILURE_COLOUR, css_class="bars failures")
    rows = [[_cell(site), _cell(reason), _cell(f"{count:,}")]
            for (site, reason), count in sorted(summary.failures.items(),
                                                key=lambda kv: (-kv[1], kv[0]))]
    table = _table(["site", "reason", "failures"], rows)
    return '<section id="failures"><h2>Failures by reason</h2>' + chart + table + "</section>"


def _stats_section(run_stats: dict | None) -> str:
    if not run_stats:
        return ""
    rows = [[_cell(name), _cell(value)] for name, value in run_stats.items()]
    return ('<section id="run"><h2>This run</h2>' + _table(["", "value"], rows) + "</section>")


def render_html(summary: Summary, drops: list[CoverageDrop], *, title: str = "Crawl report",
                run_stats: dict | None = None) -> str:
    """The report page for ``summary`` with ``drops`` flagged; ``run_stats`` (name ->
    value) adds a table about the crawl that produced it."""
    window = (f"rows fetched since {summary.since:%Y-%m-%d %H:%M:%S} UTC" if summary.since
              else "every row of the dataset")
    meta = (f"{escape(summary.output_dir)} · {window} · generated "
            f"{summary.generated_at:%Y-%m-%d %H:%M:%S} UTC")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class=\"meta\">{meta}</p>"
            + _totals(summary, drops) + _drops_section(drops) + _sites_section(summary)
            + _coverage_section(summary, drops) + _dates_section(summary)
            + _failures_section(summary) + _stats_section(run_stats)
            + "</body></html>\n")
