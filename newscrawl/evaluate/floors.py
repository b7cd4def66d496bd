"""Quality floors: the figures CI guards, measuring them, and (re)writing the floors file.

``tests/test_quality_floors.py`` fails when the generic extractor (site profiles off)
drops below a floor pinned in ``tests/quality_floors.json``. Figures are guarded on
every shared corpus, on its development part and on its held-out part (keys
``dev/<figure>`` and ``held-out/<figure>``, see :mod:`newscrawl.evaluate.split`); a few
whole-corpus figures stay guarded as well. After a deliberate improvement, raise the
floors with::

    python -m newscrawl.evaluate.floors --write tests/quality_floors.json

which measures every guarded figure and pins it minus the margin (the page-type figures
of :mod:`newscrawl.evaluate.pagetype` under the key ``pagetype``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

from newscrawl.evaluate import pagetype
from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.runner import run_system
from newscrawl.evaluate.split import PARTS
from newscrawl.evaluate.systems import newscrawl_system


def _by_part(*figures: str) -> tuple[str, ...]:
    return tuple(f"{part}/{figure}" for part in PARTS for figure in figures)


#: Corpus directory name -> the figures guarded on it: whole-corpus keys, and
#: ``<part>/<figure>`` keys for the development and held-out parts.
GUARDED = {
    "zyte": ("body.f1", "body.accuracy") + _by_part("body.f1"),
    "fundus-dev": ("body.f1", "body.accuracy", "headline.exact", "authors.f1",
                   "published.minute", "published.day", "captions.recall",
                   "captions.precision") + _by_part("body.f1", "headline.exact", "authors.f1"),
    "trafilatura-dev": _by_part("snippets.f1", "snippets.recall", "headline.exact",
                                "authors.f1", "published.day"),
    "htmldate-dev": _by_part("published.day"),
    "l3s-gn1": _by_part("body.f1", "headline.exact"),
}


def figure_of(run, key: str) -> float | None:
    """A run's figure by guarded key: ``body.f1`` (whole corpus) or ``held-out/body.f1``."""
    part, _, figure = key.rpartition("/")
    return run.parts[part][figure] if part else run.figures[figure]

#: How far below the measured figure a floor is pinned.
MARGIN = 0.005

#: Where the corpora are, relative to the repository root.
CORPORA_FROM_REPO = Path("..") / "shared" / "corpora"

COMMAND = "python -m newscrawl.evaluate.floors --write tests/quality_floors.json"


def measure(corpus_dir: Path, extract_article=None) -> dict[str, float | None]:
    """The guarded figures of the generic extractor (profiles off) on one corpus."""
    system = newscrawl_system(profiles=False, extract_article=extract_article)
    run = run_system(system, load_corpus(corpus_dir))
    return {key: figure_of(run, key) for key in GUARDED[Path(corpus_dir).name]}


def floors_document(measured: dict[str, dict[str, float | None]], margin: float = MARGIN) -> dict:
    """The JSON document pinning each measured figure minus ``margin`` (3 decimals, floored)."""
    floors = {
        corpus: {key: max(0.0, int((value - margin) * 1000) / 1000)
                 for key, value in figures.items() if value is not None}
        for corpus, figures in measured.items()
    }
    return {
        "note": (f"Set {dt.date.today().isoformat()} with `{COMMAND}` on "
                 f"{os.cpu_count()} cores, Python {platform.python_version()}: "
                 f"generic extractor (profiles off), floor = measured - {margin}; "
                 f"'dev/' and 'held-out/' keys are the figures of the corpus's two parts."),
        "margin": margin,
        "measured": {corpus: {k: round(v, 4) for k, v in figures.items() if v is not None}
                     for corpus, figures in measured.items()},
        "floors": floors,
    }


def main(argv: list[str] | None = None) -> int:
    """Measure the guarded figures and print (or --write) the floors document."""
    parser = argparse.ArgumentParser(prog="python -m newscrawl.evaluate.floors",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA_FROM_REPO,
                        help=f"directory holding the corpora (default {CORPORA_FROM_REPO})")
    parser.add_argument("--write", type=Path, metavar="FILE", help="write the floors here")
    args = parser.parse_args(argv)
    missing = [name for name in GUARDED if not (args.corpora / name).is_dir()]
    if missing:
        print(f"error: corpora not found in {args.corpora}: {', '.join(missing)}", file=sys.stderr)
        return 2
    measured = {name: measure(args.corpora / name) for name in GUARDED}
    document = floors_document(measured)
    if (args.corpora / pagetype.PAGETYPES).is_dir():
        # The article-or-not decision, over every labelled page of every corpus.
        section = floors_document({"all": pagetype.measure(args.corpora)})
        document["pagetype"] = {
            "note": (f"Set {dt.date.today().isoformat()} with `python -m "
                     "newscrawl.evaluate.pagetype` figures (every labelled page of the "
                     f"corpora): floor = measured - {MARGIN}."),
            "measured": section["measured"]["all"], "floors": section["floors"]["all"]}
    text = json.dumps(document, indent=2) + "\n"
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
