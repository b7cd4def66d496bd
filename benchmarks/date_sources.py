"""Which source of the publication day is right, counted by site: the day each source of
a development page names beside the labelled day, over all pages, where the page's
sources disagree, and where one source alone names a day.

The sources: the article's JSON-LD ``datePublished`` and ``dateModified``, the meta tags
(publication keys, generic ``date`` keys, modification keys: :mod:`newscrawl.extract.meta`),
the app state, the first date markup of the article scope, the day in the page's URL, the
first and second dates printed nearest the headline (with their kinds), the publication
keys of inline scripts, and the day the extractor chose. Each source's day is the page's
own calendar day of what it states (:func:`newscrawl.extract.dates.stated_day`). The pages:
the development part (split by site, as ``python -m newscrawl.evaluate``) of the corpora
with a labelled day (trafilatura-dev, htmldate-dev, fundus-dev) and of every corpus
stripped of its structured data (truth: the date the structured data stated), as
:mod:`benchmarks.date_audit` loads them. A page in two corpora counts in each.

    python benchmarks/date_sources.py --corpora ../shared/corpora [--half A|B|all]
        [--stripped | --labelled] [--out eval-results/date-sources.jsonl]

It prints, per source: on how many development sites (and pages) its day is the label's
and on how many it is not, (1) wherever it names a day, (2) on the pages whose
publication sources (all but the modification keys and the second printed date) name
more than one day, (3) on the pages where it is the only publication source; then the
development pages the extractor misses, with each source's day. Held-out pages are never
loaded. This is a development instrument, not a test; it reads the corpora at run time.
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

from benchmarks.date_audit import load_pages, prepared_state, published_of  # noqa: E402
from newscrawl.extract import extractor, jsonld, meta, page_dates  # noqa: E402
from newscrawl.extract.dates import RELATIVE, stated_day  # noqa: E402
from newscrawl.evaluate.split import dev_half  # noqa: E402

#: Sources that state another moment than the publication, or a date beside the page's
#: own: shown, but not counted when asking whether the publication sources disagree.
NOT_PUBLICATION = ("jsonld modified", "meta modified", "printed 2nd")
#: Meta key groups, in the order the cascade reads them.
META_GROUPS = (("meta published", meta.PUBLISHED_KEYS), ("meta generic", meta.GENERIC_DATE_KEYS),
               ("meta modified", meta.MODIFIED_KEYS))
#: Names of the kinds of printed date (:data:`newscrawl.extract.page_dates.STATED` ...).
KIND_NAMES = {page_dates.STATED: "stated", page_dates.IN_PROSE: "in prose",
              page_dates.UPDATE: "update", page_dates.LISTED: "listed",
              page_dates.PUBLISHED: "publication"}


def _own_day(run, raw) -> str | None:
    """The page's own calendar day of a raw date, None when it does not read or is
    relative."""
    if not raw:
        return None
    reading = run.date(str(raw))
    if reading.value is None or reading.precision == RELATIVE:
        return None  # (a bare time, "2 hours ago": no day of their own)
    try:
        day = stated_day(str(raw), language=run.date_language, timezone=run.date_zone,
                         reference=run.ctx.fetched_at)
    except (ValueError, TypeError, OverflowError):
        return None
    return day.isoformat() if day else None


def source_days(run) -> dict[str, str]:
    """{source: its day} of a page's prepared extraction state (sources naming no day left out)."""
    raws: list[tuple[str, object]] = []
    if run.node:
        raws += [("jsonld published", jsonld.date_published(run.node)),
                 ("jsonld modified", jsonld.date_modified(run.node))]
    for name, keys in META_GROUPS:
        raws.append((name, meta.first_value(run.meta, keys)))
    if run.app is not None:
        raws.append(("app state", run.app.published))
    markup_raws = list(extractor.markup_date_raws(run.published_markup))[:1]
    raws += [("date markup", raw) for _where, raw in markup_raws]
    raws += [("URL", raw) for raw in page_dates.url_date_raws(run.ctx.url)[:1]]
    raws += [("script", raw) for raw in run.script_dates[:1]]
    printed = run.visible_dates
    for place, (raw, kind) in zip(("printed 1st", "printed 2nd"), printed[:2]):
        raws.append((place, raw))
        raws.append((f"{place} ({KIND_NAMES.get(kind, kind)})", raw))
    days = {}
    for name, raw in raws:
        day = _own_day(run, raw)
        if day:
            days[name] = day
    return days


def truth_day(truth) -> str:
    value = truth.value
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def survey(root: Path, half: str, which: str) -> list[dict]:
    rows = []
    for page in load_pages(root, half):
        stripped = page.corpus.endswith("-stripped")
        if (which == "stripped" and not stripped) or (which == "labelled" and stripped):
            continue
        state = prepared_state(page)
        if state is None:
            continue
        result = published_of(page, state)
        rows.append({"key": page.key, "site": page.site, "half": dev_half(page.site),
                     "truth": truth_day(page.truth), "chosen": result["value"],
                     "right": bool(result["day"]),
                     "layer": state.article.sources.get("published_at"),
                     "sources": source_days(state)})
    return rows


def tables(rows: list[dict]) -> dict[str, dict]:
    """{table: {source: [sites right, sites wrong, pages right, pages wrong]}}."""
    out: dict[str, dict] = {name: defaultdict(lambda: [set(), set(), 0, 0])
                            for name in ("wherever it names a day", "where the sources disagree",
                                         "where it is the only source")}
    for row in rows:
        days = row["sources"]
        publication = {name: day for name, day in days.items()
                       if not name.startswith(NOT_PUBLICATION) and "(" not in name}
        disagree = len(set(publication.values())) > 1
        for name, day in days.items():
            right = day == row["truth"]
            picks = ["wherever it names a day"] + (["where the sources disagree"] if disagree else [])
            if len(publication) == 1 and name.split(" (")[0] in publication:
                picks.append("where it is the only source")
            for table in picks:
                cell = out[table][name]
                cell[0 if right else 1].add(row["site"])
                cell[2 if right else 3] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--half", choices=("A", "B", "all"), default="all")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--stripped", action="store_const", dest="which", const="stripped")
    group.add_argument("--labelled", action="store_const", dest="which", const="labelled")
    parser.add_argument("--out", type=Path, help="also write one JSON row per page here")
    args = parser.parse_args(argv)
    rows = survey(args.corpora, args.half, args.which or "both")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, default=str) + "\n")
    right = sum(row["right"] for row in rows)
    print(f"{len(rows)} development page versions of {len({r['site'] for r in rows})} sites "
          f"(half {args.half}); the chosen day right on {right}")
    for table, cells in tables(rows).items():
        print(f"\n## {table}\n\n| source | sites right | sites wrong | pages right | pages wrong "
              f"| wrong on (sites) |\n| --- | ---: | ---: | ---: | ---: | --- |")
        for name, cell in sorted(cells.items(), key=lambda item: -len(item[1][0]) - len(item[1][1])):
            wrong = ", ".join(sorted(cell[1])[:6]) + (" ..." if len(cell[1]) > 6 else "")
            print(f"| {name} | {len(cell[0])} | {len(cell[1])} | {cell[2]} | {cell[3]} | {wrong} |")
    print("\n## development pages missed\n")
    for row in rows:
        if not row["right"]:
            print(f"- {row['key']} ({row['site']}, {row['half']}): label {row['truth']}, "
                  f"chosen {str(row['chosen'])[:25]} ({row['layer']}); {row['sources']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
