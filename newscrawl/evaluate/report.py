"""Presenting evaluation runs: the side-by-side table, worst pages and per-page JSONL.

The table is Markdown (figures as rows, systems as columns, each system once per part
of the corpus: development and held-out sites), so a run can be pasted into
docs/evaluation.md as it is. Figures a system cannot give, or a corpus has no
truth for, are shown as '-'; rows that are '-' for every system are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

from newscrawl.evaluate.runner import FIGURES, SystemRun, worst_pages
from newscrawl.evaluate.split import PARTS
from newscrawl.text import collapse

#: Default place of per-page results; {corpus} and {system} are filled in.
DEFAULT_OUT = "eval-results/{corpus}-{system}.jsonl"


def format_figure(key: str, value: float | None) -> str:
    """A figure as shown in tables: shares to 3 decimals, milliseconds to 1, '-' if missing."""
    if value is None:
        return "-"
    return f"{value:.1f}" if key.startswith("ms.") else f"{value:.3f}"


def side_by_side(runs: list[SystemRun], *, by_part: bool = True,
                 parts: tuple[str, ...] = PARTS) -> str:
    """A Markdown table of every run's figures, figures as rows and systems as columns
    (with ``by_part``, one column per system and part named in ``parts``: its figures
    on the development part and on the held-out part)."""
    columns = []  # (heading, figures)
    for run in runs:
        if by_part and run.parts:
            columns += [(f"{run.system.name} {part}", run.parts[part]) for part in parts]
        else:
            columns.append((run.system.name, run.figures))
    header = ["figure"] + [heading for heading, _ in columns]
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] + ["---:"] * len(columns)) + "|"]
    for key, _field, label in FIGURES:
        values = [figures.get(key) for _, figures in columns]
        if all(v is None for v in values):
            continue
        cells = [label] + [format_figure(key, v) for v in values]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _short(value, width: int = 70) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = collapse(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _detail(field_name: str, record: dict) -> str:
    if field_name == "body":
        return (f"P={_num(record['precision'])} R={_num(record['recall'])} "
                f"truth={_short(record['truth'], 40)!r} pred={_short(record['prediction'], 40)!r}")
    if field_name == "snippets":
        return (f"missing={_short(record['missing'], 60)} "
                f"intruding={_short(record['intruding'], 40)}")
    return f"truth={_short(record['truth'])} pred={_short(record['prediction'])}"


def _num(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def worst_report(run: SystemRun, k: int, part: str = "all") -> str:
    """The k costliest pages per field of one run, one line each (id, part, cost, truth vs
    prediction); ``part`` keeps the pages of one part only ('all' keeps every page)."""
    field_names = sorted({name for page in run.pages for name in page.fields},
                         key=lambda n: [f for _, f, _ in FIGURES].index(n))
    lines = [f"worst pages of {run.system.name}" + ("" if part == "all" else f" ({part} part)")
             + ":"]
    for field_name in field_names:
        worst = worst_pages(run, field_name, k, part=part)
        lines.append(f"  {field_name}: {len(worst)} shown")
        for page, cost in worst:
            lines.append(f"    {cost:6.2f}  {page.id}  [{page.part}]  {_detail(field_name, page.fields[field_name])}")
    return "\n".join(lines)


def results_path(template: str, corpus: str, system: str, several_systems: bool) -> Path:
    """Where a system's per-page results go; a template without {system} gets the system
    name appended before its suffix when several systems run."""
    if "{system}" not in template and several_systems:
        path = Path(template.format(corpus=corpus, system=system))
        return path.with_name(f"{path.stem}-{system}{path.suffix or '.jsonl'}")
    return Path(template.format(corpus=corpus, system=system))


def write_results(run: SystemRun, path: Path, corpus: str,
                  parts: tuple[str, ...] | None = None) -> Path:
    """Write one JSONL line per page (id, url, corpus, system, ms, error, fields); with
    ``parts``, the pages of those parts only (``--parts dev`` writes no held-out page's
    row, so a per-page file read while a rule is written holds development pages only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for page in run.pages:
            if parts is not None and page.part not in parts:
                continue
            record = {"corpus": corpus, **page.to_json()}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
