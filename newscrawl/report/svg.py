"""Static SVG charts for the crawl report: no JavaScript, no plotting library.

Each function returns one self-contained ``<svg>`` element (explicit width, height and
viewBox, a ``<title>`` for screen readers, a tooltip ``<title>`` on every shape) that
the HTML page inlines. Shapes carry classes (``bar``, ``cell``, ``column``) so a test
can find them. An empty data set still gives an ``<svg>``, with a "no data" note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from html import escape

FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\""
#: Colours of the series (sites) in stacked charts, in order; the last one is reused.
PALETTE = ("#2f6db5", "#e07b39", "#3a9e6f", "#b8456d", "#7a5cc4", "#c9a227", "#4aa3b5",
           "#8c6d46", "#9aa0a6")
BAR_COLOUR = "#2f6db5"
FAILURE_COLOUR = "#c0392b"
LABEL_CHARS = 30


def _attr(value) -> str:
    return escape(str(value), quote=True)


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """The label cut to ``limit`` characters (an ellipsis marks the cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _svg(width: int, height: int, title: str, body: list[str], css_class: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css_class}" role="img" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" {FONT}>'
            f"<title>{escape(title)}</title>" + "".join(body) + "</svg>")


def _no_data(title: str, css_class: str, width: int = 640) -> str:
    return _svg(width, 40, title, [
        '<text x="8" y="24" fill="#666">no data</text>'], css_class)


def horizontal_bars(items: Sequence[tuple[str, float]], *, title: str, colour: str = BAR_COLOUR,
                    value_format=lambda v: f"{v:,.0f}", css_class: str = "bars",
                    width: int = 640, row_height: int = 24) -> str:
    """One horizontal bar per (label, value), longest scale = largest value."""
    if not items:
        return _no_data(title, css_class, width)
    label_width, value_width, top = 200, 60, 6
    plot = width - label_width - value_width
    largest = max(value for _, value in items) or 1
    body = []
    for index, (label, value) in enumerate(items):
        y = top + index * row_height
        length = max(value / largest * plot, 1 if value else 0)
        tip = escape(f"{label}: {value_format(value)}")
        body.append(
            f'<text x="{label_width - 8}" y="{y + row_height / 2 + 4:.1f}" text-anchor="end">'
            f"<title>{escape(label)}</title>{escape(short_label(label))}</text>"
            f'<rect class="bar" x="{label_width}" y="{y + 3}" width="{length:.1f}" '
            f'height="{row_height - 6}" fill="{_attr(colour)}" rx="2"><title>{tip}</title></rect>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + row_height / 2 + 4:.1f}" '
            f'fill="#333">{escape(value_format(value))}</text>')
    height = top * 2 + len(items) * row_height
    return _svg(width, height, title, body, css_class)


def share_colour(share: float) -> str:
    """Cell colour of a coverage share: red (0) through amber (0.5) to green (1)."""
    share = min(max(share, 0.0), 1.0)
    stops = ((0.0, (214, 69, 65)), (0.5, (240, 180, 60)), (1.0, (67, 160, 105)))
    for (low, low_rgb), (high, high_rgb) in zip(stops, stops[1:]):
        if share <= high:
            mix = (share - low) / (high - low)
            rgb = [round(a + (b - a) * mix) for a, b in zip(low_rgb, high_rgb)]
            return "#%02x%02x%02x" % tuple(rgb)
    return "#43a069"


def coverage_grid(rows: list[str], fields: list[str], shares: dict[tuple[str, str], float], *,
                  title: str, flagged: AbstractSet[tuple[str, str]] = frozenset(),
                  css_class: str = "coverage") -> str:
    """A heat map: one row per site, one column per field, the share written in each
    cell; flagged cells (coverage drops) get a thick dark outline and a '▼'."""
    if not rows:
        return _no_data(title, css_class)
    label_width, cell_width, cell_height, header = 200, 92, 26, 24
    width = label_width + cell_width * len(fields) + 8
    height = header + cell_height * len(rows) + 8
    body = []
    for column, name in enumerate(fields):
        x = label_width + column * cell_width + cell_width / 2
        body.append(f'<text x="{x:.1f}" y="16" text-anchor="middle" font-weight="600">'
                    f"{escape(name)}</text>")
    for line, row in enumerate(rows):
        y = header + line * cell_height
        body.append(f'<text x="{label_width - 8}" y="{y + cell_height / 2 + 4:.1f}" '
                    f'text-anchor="end"><title>{escape(row)}</title>{escape(short_label(row))}</text>')
        for column, name in enumerate(fields):
            x = label_width + column * cell_width
            share = shares.get((row, name))
            is_flagged = (row, name) in flagged
            fill = share_colour(share) if share is not None else "#eeeeee"
            stroke = ' stroke="#111" stroke-width="3"' if is_flagged else ' stroke="#fff" stroke-width="1"'
            text = "–" if share is None else f"{share:.0%}" + (" ▼" if is_flagged else "")
            tip = f"{row} · {name}: {text}" + (" (dropped against previous runs)" if is_flagged else "")
            body.append(
                f'<rect class="cell{" flagged" if is_flagged else ""}" x="{x + 1}" y="{y + 1}" '
                f'width="{cell_width - 2}" height="{cell_height - 2}" fill="{fill}"{stroke}>'
                f"<title>{escape(tip)}</title></rect>"
                f'<text x="{x + cell_width / 2:.1f}" y="{y + cell_height / 2 + 4:.1f}" '
                f'text-anchor="middle" fill="#111">{escape(text)}</text>')
    return _svg(width, height, title, body, css_class)


def stacked_columns(days: list[dt.date], series: list[tuple[str, list[int]]], *, title: str,
                    css_class: str = "days", width: int = 720, height: int = 240) -> str:
    """Rows per day as columns, each stacked by series (site), with a legend."""
    totals = [sum(values[i] for _, values in series) for i in range(len(days))]
    if not days or not any(totals):
        return _no_data(title, css_class, width)
    left, right, top, bottom = 44, 12, 12, 40
    legend_rows = (len(series) + 2) // 3
    full_height = height + legend_rows * 18
    plot_width, plot_height = width - left - right, height - top - bottom
    largest = max(totals)
    slot = plot_width / len(days)
    column_width = max(slot * 0.8, 1)
    body = [f'<line x1="{left}" y1="{top + plot_height}" x2="{width - right}" '
            f'y2="{top + plot_height}" stroke="#999"/>',
            f'<text x="{left - 6}" y="{top + 8}" text-anchor="end" fill="#555">{largest}</text>',
            f'<text x="{left - 6}" y="{top + plot_height}" text-anchor="end" fill="#555">0</text>']
    for index, day in enumerate(days):
        x = left + index * slot + (slot - column_width) / 2
        base: float = top + plot_height
        for number, (name, values) in enumerate(series):
            count = values[index]
            if not count:
                continue
            bar = count / largest * plot_height
            base -= bar
            colour = PALETTE[min(number, len(PALETTE) - 1)]
            body.append(f'<rect class="column" x="{x:.1f}" y="{base:.1f}" width="{column_width:.1f}" '
                        f'height="{bar:.1f}" fill="{colour}">'
                        f"<title>{escape(f'{day.isoformat()} · {name}: {count}')}</title></rect>")
    label_every = max(1, round(len(days) / 8))
    for index in range(0, len(days), label_every):
        x = left + index * slot + slot / 2
        body.append(f'<text x="{x:.1f}" y="{top + plot_height + 16}" text-anchor="middle" '
                    f'fill="#555">{days[index].strftime("%d %b")}</text>')
    for number, (name, _values) in enumerate(series):
        x = left + (number % 3) * (plot_width / 3)
        y = height + (number // 3) * 18
        colour = PALETTE[min(number, len(PALETTE) - 1)]
        body.append(f'<rect class="legend" x="{x:.1f}" y="{y - 10}" width="12" height="12" '
                    f'fill="{colour}"/><text x="{x + 18:.1f}" y="{y}">{escape(short_label(name))}</text>')
    return _svg(width, full_height, title, body, css_class)
