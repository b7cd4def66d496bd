"""``python -m newscrawl.evaluate``: score extractors on labelled corpora, side by side.

Example::

    python -m newscrawl.evaluate --corpus ../shared/corpora/zyte --peers --worst 5

Every figure is given twice: on the development part of the corpus and on the held-out
part (split by site, :mod:`newscrawl.evaluate.split`). ``--worst`` lists development
pages only unless asked otherwise, and ``--parts dev`` leaves the held-out figures out
of the table and the held-out pages' rows out of the per-page results (``--out``), so rules
are written without looking at held-out pages. ``--stripped``
scores the pages stripped of their structured data against what it stated
(:mod:`newscrawl.evaluate.stripped`). See docs/evaluation.md for what each figure means.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import warnings

from newscrawl.evaluate.corpus import CorpusError, load_corpus
from newscrawl.evaluate.peers import PEERS, block_network, peer_systems
from newscrawl.evaluate.report import (DEFAULT_OUT, results_path, side_by_side,
                                       worst_report, write_results)
from newscrawl.evaluate.runner import run_system
from newscrawl.evaluate.split import DEV, HELD_OUT, PARTS
from newscrawl.evaluate.stripped import BODY_REFUSALS, STRIPPED_FIELDS, stripped_corpus
from newscrawl.evaluate.systems import own_systems
from newscrawl.evaluate.uncertainty import intervals_report


#: Names of newscrawl's own systems (the others given to --systems are peers).
_OWN_NAMES = {"newscrawl-generic", "newscrawl-profiles"}


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.evaluate",
        description="Score newscrawl (and optionally peer extractors) on labelled corpora.")
    parser.add_argument("--corpus", action="append", required=True, metavar="DIR",
                        help="corpus directory (ground-truth.json or cases.jsonl); repeatable")
    parser.add_argument("--profiles", choices=("on", "off", "both"), default="both",
                        help="newscrawl with site profiles off, on, or both (default)")
    parser.add_argument("--peers", action="store_true",
                        help="also score " + ", ".join(PEERS) + " on the same pages")
    parser.add_argument("--systems", metavar="NAMES",
                        help="comma-separated subset of the systems above to run, e.g. "
                             "'trafilatura' or 'newscrawl-generic,goose3'")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N pages (by id)")
    parser.add_argument("--worst", type=int, default=0, metavar="K",
                        help="list the K costliest pages per field of newscrawl's systems")
    parser.add_argument("--worst-part", choices=(DEV, HELD_OUT, "all"), default=DEV,
                        help=f"which part --worst lists pages from (default {DEV}: rules are "
                             "written on the development part only)")
    parser.add_argument("--parts", choices=(DEV, HELD_OUT, "both"), default="both",
                        help="which parts' figures the table prints (default both; "
                             f"'{DEV}' keeps held-out figures out of sight while a rule "
                             "is written)")
    parser.add_argument("--intervals", type=int, default=0, metavar="N",
                        help="also print 95%% bootstrap intervals over sites (N draws, e.g. "
                             "1000) of each part's figures, the gap between the parts, "
                             "the lead over each peer and the gap beyond each peer's")
    parser.add_argument("--stripped", action="store_true",
                        help="score headline, authors, date and body (a JSON-LD "
                             "articleBody) on the corpus pages stripped "
                             "of their structured data, against what that data stated "
                             "(any layout, the page-type corpus's articles too; see "
                             "newscrawl/evaluate/stripped.py)")
    parser.add_argument("--stated", action="store_true",
                        help="the same truth as --stripped (what the structured data "
                             "states) on the pages as they are: the reference for --stripped")
    parser.add_argument("--out", default=DEFAULT_OUT, metavar="TEMPLATE",
                        help="per-page JSONL results; {corpus} and {system} are filled in "
                             f"(default {DEFAULT_OUT})")
    return parser


def _quiet_peers() -> None:
    """Peers log and warn a lot on odd pages; keep the report readable."""
    warnings.filterwarnings("ignore")
    for name in ("trafilatura", "htmldate", "newspaper", "goose3", "readability", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def evaluate_corpus(directory: str, args, systems) -> None:
    """Run every system on one corpus, write per-page results and print the report."""
    htmls: dict[str, str] = {}
    if args.stripped or args.stated:
        stripped = stripped_corpus(directory, limit=args.limit, strip=not args.stated)
        corpus, htmls = stripped.corpus, stripped.htmls
        print(f"\n## corpus {corpus.name}: {len(corpus.cases)} pages stating a field in "
              "their structured data" + ("" if args.stated else ", stripped of it")
              + f"; {stripped.skipped} pages stating none skipped")
        for name in STRIPPED_FIELDS:
            counts = stripped.sources[name]
            print(f"   {name} stated on {sum(counts.values())} pages ("
                  + ", ".join(f"{source} {n}" for source, n in sorted(counts.items()))
                  + ")")
        if stripped.unreadable_dates:
            print(f"   {stripped.unreadable_dates} stated dates not in ISO 8601 "
                  "(or placeholders before 1990) left out")
        if stripped.refused_bodies:
            print("   articleBody refused as a body truth on "
                  f"{sum(stripped.refused_bodies.values())} pages ("
                  + ", ".join(f"{reason} {stripped.refused_bodies[reason]}"
                              for reason in BODY_REFUSALS if stripped.refused_bodies[reason])
                  + ")")
        if stripped.sources["body"]:
            print("   body: read the recall first (an articleBody may leave out captions "
                  "and the standfirst, or state text the page does not show)")
    else:
        corpus = load_corpus(directory, limit=args.limit)
        print(f"\n## corpus {corpus.name} ({corpus.layout} layout): {len(corpus.cases)} "
              f"pages, fields: {', '.join(corpus.fields)}")
    if not corpus.cases:
        print("   no pages: nothing to score")
        return
    for part in PARTS:
        cases = [c for c in corpus.cases if c.part == part]
        print(f"   {part}: {len(cases)} pages of {len({c.site for c in cases})} sites")
    day_only = sum(1 for c in corpus.cases
                   if c.truth.published is not None and c.truth.published.kind == "day")
    if "published" in corpus.fields:
        print(f"   {day_only} date-only labels (naive midnight) count for the day share only")
    if "captions" in corpus.fields:
        captioned = sum(1 for case in corpus.cases if case.truth.captions)
        print(f"   captions scored on the {captioned} pages with labelled captions")
    runs = []
    parts = PARTS if args.parts == "both" else (args.parts,)
    for system in systems:
        started = time.monotonic()
        run = run_system(system, corpus, htmls)
        runs.append(run)
        path = write_results(run, results_path(args.out, corpus.name, system.name,
                                               len(systems) > 1), corpus.name, parts=parts)
        errors = sum(1 for page in run.pages if page.error)
        print(f"   {system.name}: {time.monotonic() - started:.1f} s, {errors} pages raised, "
              f"results in {path}", file=sys.stderr)
    print()
    print(side_by_side(runs, parts=parts))
    if args.intervals > 0:
        print()
        print(intervals_report(runs, args.intervals, parts=parts))
    if args.worst:
        for run in runs:
            if not run.system.is_peer:
                print()
                print(worst_report(run, args.worst, part=args.worst_part))


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.stripped and args.stated:
        parser.error("--stripped and --stated are two runs: give one of them")
    wanted = set(filter(None, (args.systems or "").split(",")))
    systems = []
    if not wanted:
        systems = own_systems(args.profiles)
    elif wanted & _OWN_NAMES:
        systems = own_systems("both")
    unblock = None
    if args.peers or wanted & set(PEERS):
        _quiet_peers()
        unblock = block_network()
        peers, missing = peer_systems()
        if missing:
            print(f"not installed (pip install 'newscrawl[bench]'): {', '.join(missing)}",
                  file=sys.stderr)
        systems += peers
    try:
        if wanted:
            unknown = wanted - {s.name for s in systems}
            if unknown:
                print(f"error: unknown or unavailable systems: {', '.join(sorted(unknown))}",
                      file=sys.stderr)
                return 2
            systems = [s for s in systems if s.name in wanted]
        for directory in args.corpus:
            evaluate_corpus(directory, args, systems)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if unblock:
            unblock()
    return 0

if __name__ == "__main__":
    sys.exit(main())
