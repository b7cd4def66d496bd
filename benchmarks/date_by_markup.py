"""The publication-day share of each system, development and held-out parts, split by
whether the page states its date in JSON-LD or Open Graph: where a dev - held-out gap
of the day lives (on the pages the structured data dates, or on those the later layers
have to date).

It reads the per-page results ``python -m newscrawl.evaluate --out ...`` wrote (one JSONL
per corpus and system) and the corpus pages, which it reads only to ask whether their
structured data states a date (:func:`newscrawl.evaluate.stripped.stated_fields`); it
prints counts and shares, never a page.

    python -m newscrawl.evaluate --systems newscrawl-generic,htmldate \\
        --corpus ../shared/corpora/htmldate-dev --out 'eval-results/{corpus}-{system}.jsonl'
    python benchmarks/date_by_markup.py --corpus ../shared/corpora/htmldate-dev \\
        --results 'eval-results/{corpus}-{system}.jsonl' --systems newscrawl-generic,htmldate

This is a development instrument, not a test; it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.stripped import stated_fields


def day_results(path: Path) -> dict[str, bool]:
    """{page id: day right} of one per-page results file (pages with a date truth)."""
    days = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            published = record["fields"].get("published")
            if published is not None:
                days[record["id"]] = bool(published["day"])
    return days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--results", default="eval-results/{corpus}-{system}.jsonl",
                        help="per-page results; {corpus} and {system} are filled in")
    parser.add_argument("--systems", default="newscrawl-generic,htmldate")
    args = parser.parse_args(argv)
    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    print("| corpus · pages | " + " | ".join(f"{s} dev \\| held-out" for s in systems) + " |")
    print("| --- |" + " ---: |" * len(systems))
    for directory in args.corpus:
        if not directory.is_dir():
            print(f"no corpus at {directory}: skipped", file=sys.stderr)
            continue
        corpus = load_corpus(directory)
        results = {}
        for system in systems:
            path = Path(args.results.format(corpus=directory.name, system=system))
            if not path.is_file():
                print(f"no results at {path}: run python -m newscrawl.evaluate --out first",
                      file=sys.stderr)
                return 2
            results[system] = day_results(path)
        # (part, stated) -> [pages, right per system]
        cells: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0] * (len(systems) + 1))
        for case in corpus.cases:
            if not all(case.id in results[s] for s in systems):
                continue
            stated = stated_fields(case.read_html()).published is not None
            cell = cells[(case.part, stated)]
            cell[0] += 1
            for number, system in enumerate(systems, 1):
                cell[number] += results[system][case.id]
        for stated, label in ((True, "a date stated"), (False, "none stated")):
            dev, held = cells[("dev", stated)], cells[("held-out", stated)]
            shares = []
            for number in range(1, len(systems) + 1):
                shares.append(" \\| ".join(f"{cell[number] / cell[0]:.3f}" if cell[0] else "-"
                                           for cell in (dev, held)))
            print(f"| {directory.name} · {label} ({dev[0]} \\| {held[0]} pages) | "
                  + " | ".join(shares) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
