"""How far a generic rule for choosing the headline can go on a labelled corpus.

A page usually offers its headline several times: the JSON-LD ``headline``, ``og:title``
(and relatives), the first h1 and ``<title>``. The extractor picks one by a fixed rule.
This module measures, for every page with a labelled headline, which of those sources
(cleaned of site names exactly as the extractor cleans them) equal the label, and from
that three ceilings:

- *best fixed order*: the best of the 24 priority orders ("JSON-LD, else og:title, else
  ...") applied to every page;
- *agreement patterns*: the best any rule can do that sees only which sources a page has
  and which of them agree with each other (the information a generic rule has, short of
  reading the words). Computed by picking, for each pattern, the source that is right on
  most of the corpus's pages with that pattern, so it is fitted to the corpus itself: an
  optimistic bound, not a rule to ship;
- *oracle*: pages where some source equals the label at all.

When the extractor is near the first two and far below the oracle, what is left is not a
matter of cleaning text but of which source a publisher's labeller preferred.

The pages the extractor gets wrong are named for development parts only (``split.py``);
held-out ones are only counted. ``benchmarks/headline_table.py`` goes further on the
development part: every source classed by how it differs from the label, by site and
half.

Usage::

    python -m newscrawl.evaluate.headline_sources --corpus ../shared/corpora/fundus-dev
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.evaluate.corpus import CorpusError, load_corpus
from newscrawl.evaluate.metrics import headline_match, normalise_text
from newscrawl.evaluate.split import DEV

#: The sources, in the order the extractor prefers them (JSON-LD, og:title, h1, <title>).
SOURCES = ("jsonld", "meta", "h1", "title")


@dataclass(slots=True)
class PageSources:
    """One page: each source's cleaned headline, the label, and the extractor's choice."""

    id: str
    label: str
    candidates: dict[str, str | None]
    chosen: str | None
    #: The split's part of the page's site (DEV or HELD_OUT): only development pages are named.
    part: str = DEV
    matching: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.matching = frozenset(
            name for name, text in self.candidates.items() if text and headline_match(text, self.label))

    @property
    def present(self) -> tuple[str, ...]:
        """The sources this page has, in SOURCES order."""
        return tuple(name for name in SOURCES if self.candidates.get(name))

    @property
    def pattern(self) -> tuple[tuple[str, str], ...]:
        """Which sources exist and which agree: each present source with the first source
        (in SOURCES order) whose text equals its own."""
        keys = {name: normalise_text(self.candidates[name]) for name in self.present}
        return tuple((name, next(other for other in self.present if keys[other] == keys[name]))
                     for name in self.present)

    @property
    def chosen_right(self) -> bool:
        """Did the extractor's headline equal the label?"""
        return headline_match(self.chosen, self.label)


def first_in_order(page: PageSources, order: tuple[str, ...]) -> str | None:
    """The source a fixed priority order takes on a page (None when it has none)."""
    return next((name for name in order if page.candidates.get(name)), None)


def best_fixed_orders(pages: list[PageSources]) -> list[tuple[int, tuple[str, ...]]]:
    """Every priority order of the sources with the number of pages it gets right, best first."""
    scored = [(sum(first_in_order(page, order) in page.matching for page in pages), order)
              for order in itertools.permutations(SOURCES)]
    return sorted(scored, key=lambda item: -item[0])


def pattern_bound(pages: list[PageSources]) -> tuple[int, int]:
    """(pages right, patterns): the best a rule over agreement patterns can do on these
    pages, choosing for each pattern the source right most often within it."""
    by_pattern: dict[tuple, list[PageSources]] = defaultdict(list)
    for page in pages:
        by_pattern[page.pattern].append(page)
    right = sum(max(sum(name in page.matching for page in group) for name in SOURCES)
                for group in by_pattern.values())
    return right, len(by_pattern)


def study_corpus(directory: str | Path) -> list[PageSources]:
    """Every page of a corpus with a labelled headline, its sources and the extractor's choice
    (generic extractor, site profiles off)."""
    from newscrawl.extract.extractor import extract_article, headline_candidates

    pages = []
    for case in load_corpus(directory).cases:
        if case.truth.headline is None:
            continue
        html = case.read_html()
        pages.append(PageSources(
            id=case.id, label=case.truth.headline,
            candidates=headline_candidates(html, case.url),
            chosen=extract_article(html, case.url, profile=False).headline, part=case.part))
    return pages


def summary(pages: list[PageSources]) -> dict:
    """The figures: per-source presence and matches, the extractor, the three ceilings."""
    total = len(pages)
    orders = best_fixed_orders(pages)
    bound, patterns = pattern_bound(pages)
    return {
        "pages": total,
        "sources": {name: {"present": sum(bool(p.candidates.get(name)) for p in pages),
                           "equals_label": sum(name in p.matching for p in pages)}
                    for name in SOURCES},
        "extractor": sum(p.chosen_right for p in pages),
        "best_fixed_order": {"right": orders[0][0], "order": list(orders[0][1])},
        "agreement_pattern_bound": {"right": bound, "patterns": patterns},
        "oracle": sum(bool(p.matching) for p in pages),
    }


def disagreements(pages: list[PageSources]) -> Counter:
    """On pages where JSON-LD and og:title both exist and differ: which one the label follows
    ('jsonld', 'meta', 'neither')."""
    followed: Counter = Counter()
    for page in pages:
        first, second = page.candidates.get("jsonld"), page.candidates.get("meta")
        if first and second and normalise_text(first) != normalise_text(second):
            followed["jsonld" if "jsonld" in page.matching
                     else "meta" if "meta" in page.matching else "neither"] += 1
    return followed


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else "-"


def report(pages: list[PageSources], *, missed: bool = True) -> str:
    """The figures as text, then (``missed``) the development pages the extractor gets
    wrong (held-out ones counted, never named)."""
    figures = summary(pages)
    total = figures["pages"]
    lines = [f"{total} pages with a labelled headline", "", "source: present, equals the label"]
    for name, counts in figures["sources"].items():
        lines.append(f"  {name:7} {counts['present']:4}  {_share(counts['equals_label'], total)}")
    order = " > ".join(figures["best_fixed_order"]["order"])
    bound = figures["agreement_pattern_bound"]
    lines += [
        "",
        f"extractor (generic, profiles off)    {_share(figures['extractor'], total)}",
        f"best fixed order ({order})  {_share(figures['best_fixed_order']['right'], total)}",
        f"best rule over agreement patterns    {_share(bound['right'], total)}"
        f"  ({bound['patterns']} patterns; fitted to these pages)",
        f"some source equals the label         {_share(figures['oracle'], total)}",
    ]
    followed = disagreements(pages)
    if followed:
        lines += ["", "where JSON-LD and og:title differ, the label follows: "
                  + ", ".join(f"{name} {count}" for name, count in followed.most_common())]
    if missed:
        wrong = [page for page in pages if not page.chosen_right]
        shown = [page for page in wrong if page.part == DEV]
        lines += ["", f"pages the extractor gets wrong ({len(wrong)}; held-out pages only counted: "
                  f"{len(wrong) - len(shown)}), sources equal to the label in brackets:"]
        for page in shown:
            lines.append(f"  {page.id}  [{', '.join(sorted(page.matching)) or 'none'}]"
                         f"  chose {page.chosen!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: study each corpus given, print the figures (and JSON on request)."""
    parser = argparse.ArgumentParser(prog="python -m newscrawl.evaluate.headline_sources",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", required=True, metavar="DIR")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    for directory in args.corpus:
        try:
            pages = study_corpus(directory)
        except CorpusError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps({"corpus": Path(directory).name, **summary(pages)}))
        elif pages:
            print(f"## {Path(directory).name}\n{report(pages)}\n")
        else:
            print(f"## {Path(directory).name}: no labelled headlines\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
