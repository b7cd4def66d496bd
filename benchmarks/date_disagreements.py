"""Who is right when a page's dates disagree: for each pair of source kinds of the
publication day, on every development page where both give a day and the days differ,
how often each side is the label's day, on how many sites, and which side the cascade
(:func:`newscrawl.extract.extractor.step_published`) took; then the same for a few
conditions that decide between them (the structured day printed near the headline or
not, a later modification printed first, ...).

The candidates are :func:`benchmarks.date_ranker.collect`'s listing (every development
page with a labelled day, and every corpus's development pages stripped of their
structured data; held-out pages are never loaded). A page that trafilatura-dev and
htmldate-dev both hold counts once. Each kind's day is the first that kind offers; the
derived kinds are ``printed_first`` (the date printed nearest the headline, any kind),
``printed_first_stated`` (the nearest one stated or labelled as the publication) and
``structured_first`` (the first of JSON-LD, the publication meta keys, the app state
and the scope's date markup, in the cascade's order).

    python benchmarks/date_disagreements.py --corpora ../shared/corpora
        [--cache /tmp/date-candidates.json] [--half A|B]

``--cache`` is date_ranker's (read when present, else written). This is a development
instrument, not a test; it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.date_ranker import STRUCTURED, collect  # noqa: E402
from newscrawl.evaluate.split import dev_half  # noqa: E402

#: The pairs of source kinds tabulated, (A, B).
PAIRS = (("jsonld", "printed_published"), ("jsonld", "printed_first_stated"), ("jsonld", "printed_first"),
         ("jsonld", "modified"), ("jsonld", "url"), ("jsonld", "meta_pub"), ("jsonld", "line_part"),
         ("jsonld", "printed_update"), ("jsonld", "script"), ("jsonld", "jsonld_other"),
         ("meta_pub", "printed_first_stated"), ("meta_pub", "modified"),
         ("meta_generic", "printed_first_stated"), ("app", "markup_pub"), ("app", "printed_first_stated"),
         ("markup_pub", "printed_first_stated"), ("markup_pub", "url"), ("dateline", "printed_first_stated"),
         ("line_part", "printed_first_stated"), ("modified", "printed_first_stated"),
         ("url", "printed_first_stated"), ("script", "printed_first_stated"),
         ("printed_update", "printed_stated"), ("printed_update", "printed_published"),
         ("printed_first", "printed_listed"), ("printed_first", "printed_quoted"),
         ("structured_first", "printed_first_stated"), ("structured_first", "modified"),
         ("structured_first", "url"))
#: Kinds of printed date that state a day as the page's (not an update, a list, a quote).
DAY_STATING = ("printed_stated", "printed_published")
#: Kinds of printed date that may show a modification as the page's date.
MODIFICATION_SHOWING = DAY_STATING + ("printed_update",)
#: How long after the publication a modification is a republication (the cascade's
#: ``MIN_REPUBLICATION_GAP``, in days).
REPUBLICATION_DAYS = 31


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def distinct_pages(rows: list[dict]) -> list[dict]:
    """The rows less a second copy of a page two labelled corpora hold (same id and label)."""
    seen, kept = set(), []
    for row in rows:
        corpus, page_id = row["key"].split("/", 1)
        key = (corpus.endswith("-stripped"), page_id, row["truth"])
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def _printed(row: dict) -> list:
    return sorted((c for c in row["candidates"] if c[0].startswith("printed_")), key=lambda c: c[3])


def sources(row: dict) -> dict[str, str]:
    """The first day of each source kind of a page, with the derived kinds."""
    days: dict[str, str] = {}
    for kind, day, _timed, _rank in row["candidates"]:
        days.setdefault(kind, day)
    printed = _printed(row)
    if printed:
        days["printed_first"] = printed[0][1]
    stating = [c for c in printed if c[0] in DAY_STATING]
    if stating:
        days["printed_first_stated"] = stating[0][1]
    structured = [c for c in row["candidates"] if c[0] in STRUCTURED]
    if structured:
        days["structured_first"] = structured[0][1]
    return days


def _swapped(one: str, other: str) -> bool:
    a, b = _day(one), _day(other)
    return a != b and a.year == b.year and (a.day, a.month) == (b.month, b.day)


def conditions(row: dict):
    """(condition, the structured day, the other side's day) of each condition a page meets."""
    days = sources(row)
    structured = days.get("structured_first")
    if not structured:
        return
    printed = _printed(row)
    printed_days = {c[1] for c in printed}
    stated = days.get("printed_first_stated")
    modified = days.get("modified")
    if stated and stated != structured:
        if structured in printed_days:
            yield "printed first (stated) names another day; S printed too", structured, stated
        elif _swapped(structured, stated):
            yield "printed first (stated) names another day; S printed nowhere; a day-month swap", structured, stated
        else:
            yield "printed first (stated) names another day; S printed nowhere", structured, stated
    if modified and _day(modified) > _day(structured):
        first = printed[0] if printed else None
        if first and first[1] == modified and first[0] in MODIFICATION_SHOWING:
            gap = (_day(modified) - _day(structured)).days
            band = (f">{REPUBLICATION_DAYS} days" if gap > REPUBLICATION_DAYS
                    else "2-31 days" if gap > 1 else "next day")
            where = "S printed too" if structured in printed_days else "S printed nowhere"
            yield f"modification later, printed first; {where}; {band}", structured, modified
        elif first and first[1] == structured:
            yield "modification later; S printed first", structured, modified
        elif not printed:
            yield "modification later; nothing printed", structured, modified
    if modified == structured and stated and stated != structured:
        yield "S on the modification's day; printed first another", structured, stated
    others = [_day(c[1]) for c in row["candidates"] if c[0].startswith("printed_") or c[0] == "url"]
    if others and _day(structured) > max(others) + dt.timedelta(days=1):
        yield "S later than every printed and URL day (>1 day)", structured, max(others).isoformat()
    if others and _day(structured) < min(others) - dt.timedelta(days=1):
        yield "S earlier than every printed and URL day (>1 day)", structured, min(others).isoformat()


class _Tally:
    def __init__(self) -> None:
        self.pages = self.labelled = self.neither = self.took_a = self.took_b = 0
        self.right = {"a": 0, "b": 0}
        self.far_right = {"a": 0, "b": 0}
        self.sites: set[str] = set()
        self.right_sites: dict[str, set[str]] = {"a": set(), "b": set()}

    def add(self, row: dict, a: str, b: str) -> None:
        self.pages += 1
        self.labelled += not row["corpus"].endswith("-stripped")
        self.sites.add(row["site"])
        far = abs((_day(a) - _day(b)).days) > 1
        for side, day in (("a", a), ("b", b)):
            if row["truth"] == day:
                self.right[side] += 1
                self.right_sites[side].add(row["site"])
                self.far_right[side] += far
                break
        else:
            self.neither += 1
        self.took_a += row["cascade"] == a
        self.took_b += row["cascade"] == b

    def cells(self) -> list[str]:
        return [f"{self.pages} ({self.labelled})", str(len(self.sites)),
                f"{self.right['a']} ({len(self.right_sites['a'])})",
                f"{self.right['b']} ({len(self.right_sites['b'])})", str(self.neither),
                f"{self.far_right['a']} / {self.far_right['b']}", f"{self.took_a} / {self.took_b}"]


def report(rows: list[dict]) -> None:
    pairs = {pair: _Tally() for pair in PAIRS}
    conditioned: dict[str, _Tally] = defaultdict(_Tally)
    for row in rows:
        days = sources(row)
        for (a, b), tally in pairs.items():
            if a in days and b in days and days[a] != days[b]:
                tally.add(row, days[a], days[b])
        for name, structured, other in conditions(row):
            conditioned[name].add(row, structured, other)
    print(f"{len(rows)} distinct development pages\n")
    print("| A | B | pages (labelled) | sites | A right: pages (sites) | B right: pages (sites) "
          "| neither | >1 day apart: A / B right | cascade took A / B |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (a, b), tally in pairs.items():
        if tally.pages:
            print(f"| {a} | {b} | " + " | ".join(tally.cells()) + " |")
    print("\nS: the first structured publication day (JSON-LD, publication meta, app state, date markup)\n")
    print("| condition | pages (labelled) | sites | S right: pages (sites) | other right: pages (sites) "
          "| neither | >1 day apart: S / other right | cascade took S / other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(conditioned):
        print(f"| {name} | " + " | ".join(conditioned[name].cells()) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--half", choices=("A", "B"))
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        rows = json.loads(args.cache.read_text())
    else:
        rows = collect(args.corpora)
        if args.cache:
            args.cache.write_text(json.dumps(rows))
    if args.half:
        rows = [row for row in rows if dev_half(row["site"]) == args.half]
    report(distinct_pages(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
