"""Where a page's extraction time goes: CPU ms per extraction step, a script that prints
figures (never a timed test).

    python benchmarks/stages.py [--corpora ../shared/corpora] [--repeat 3] [CORPUS ...]

Each page of each corpus is extracted ``--repeat`` times (generic extractor, profiles
off, as ``bench.py extraction`` times it); the run with the least total CPU time counts,
and per step its time in that run. Printed per corpus: the median of the lxml parse floor
and of the whole extraction, then per stage (the page context: decoding and parsing; each
field step of :data:`newscrawl.extract.extractor.FIELD_STEPS`) its median and mean ms, the
share of the summed means, and its median over the floor's. Steps are timed by wrapping
the functions of ``FIELD_STEPS`` and the page context for the length of the script.
"""

from __future__ import annotations

import argparse
import functools
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench import CORPORA, parse_floor  # noqa: E402

#: Name of the stage that builds the page context (decoding, parsing, depth cap).
CONTEXT_STAGE = "context (decode + parse)"


def timed_steps(spent: dict[str, float]) -> None:
    """Wrap the extractor's page context and field steps so each adds its CPU seconds to
    ``spent`` under its name."""
    from newscrawl.extract import extractor

    def timing(name, fn):
        @functools.wraps(fn)
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return run

    extractor.PageContext = timing(CONTEXT_STAGE, extractor.PageContext)
    extractor.FIELD_STEPS = tuple(timing(step.__name__.removeprefix("step_"), step)
                                  for step in extractor.FIELD_STEPS)


def stage_times(pages, repeat: int) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """(floor ms, total ms, {stage: ms}) per page, each page's fastest run of ``repeat``."""
    from newscrawl import extract_article

    spent: dict[str, float] = {}
    timed_steps(spent)
    floors, totals, stages = [], [], {}
    for html, url in pages:
        best_total, best_spent = float("inf"), {}
        for _ in range(repeat):
            spent.clear()
            start = time.process_time()
            extract_article(html, url, profile=False)
            total = time.process_time() - start
            if total < best_total:
                best_total, best_spent = total, dict(spent)
        floor = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            parse_floor(html, url)
            floor = min(floor, time.process_time() - start)
        floors.append(floor * 1000)
        totals.append(best_total * 1000)
        for name in set(stages) | set(best_spent):
            stages.setdefault(name, [0.0] * (len(totals) - 1)).append(best_spent.get(name, 0.0) * 1000)
    return floors, totals, stages


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", help=f"corpora to time (default: {', '.join(CORPORA)})")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--repeat", type=int, default=3)
    opts = parser.parse_args(argv)
    from newscrawl.evaluate.corpus import load_corpus

    logging.disable(logging.WARNING)
    for name in opts.corpus or CORPORA:
        directory = opts.corpora / name
        if not directory.exists():
            print(f"# {name}: not found under {opts.corpora}, skipped")
            continue
        pages = [(case.read_html(), case.url) for case in load_corpus(directory).cases]
        floors, totals, stages = stage_times(pages, opts.repeat)
        floor = statistics.median(floors)
        summed = sum(statistics.mean(values) for values in stages.values()) or 1.0
        print(f"\n{name}: {len(pages)} pages; median floor {floor:.2f} ms, extraction "
              f"{statistics.median(totals):.2f} ms ({statistics.median(totals) / floor:.2f} x floor)")
        print("| stage | median ms | mean ms | share of mean | median / floor |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for stage, values in sorted(stages.items(), key=lambda item: -statistics.mean(item[1])):
            print(f"| {stage} | {statistics.median(values):.3f} | {statistics.mean(values):.3f} | "
                  f"{statistics.mean(values) / summed:.0%} | {statistics.median(values) / floor:.2f} |")


if __name__ == "__main__":
    main()
