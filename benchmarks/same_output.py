"""Check that a change left the extractor's output unchanged on every corpus page.

    python benchmarks/same_output.py write before.jsonl [--corpora ../shared/corpora] [--parts dev]
    ... change the extractor ...
    python benchmarks/same_output.py write after.jsonl
    python benchmarks/same_output.py diff before.jsonl after.jsonl

``write`` runs ``extract_article`` over every page of every corpus found under
``--corpora`` in four ways (site profiles off; profiles on; profiles off with a fixed
fetch time, so relative dates are read; profiles off on the page stripped of its
structured data, as ``python -m newscrawl.evaluate --stripped`` reads it, where the
fallbacks decide) and writes one JSON line per page and way with every field of the
Article (images with all their fields, dates in ISO form).
``--parts dev`` writes the development part's pages only (:mod:`newscrawl.evaluate.split`):
the listing a rule's author may read, since ``diff`` names every page that moves.
``diff`` prints each field that differs between two such files, then the number of
differences; it exits 1 when there is any. For speed work, where the output must not
move at all.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: The fetch time of the third way (any fixed moment: relative dates are read against it).
FETCHED_AT = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.timezone.utc)
#: The ways each page is extracted: name -> keyword arguments of extract_article.
WAYS = {"profiles-off": {"profile": False},
        "profiles-on": {},
        "fetched": {"profile": False, "fetched_at": FETCHED_AT},
        "stripped": {"profile": False}}
#: The ways that read the page stripped of its structured data.
STRIPPED_WAYS = frozenset({"stripped"})


def _plain(value):
    """A JSON-ready form of an Article field value."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def pages(directory: Path, parts: frozenset[str] | None = None):
    """(id, url, html) of every page of a corpus directory: a labelled corpus the
    evaluation reads, else any ``cases.jsonl`` whose lines name an ``html`` file (the
    page-type corpus); only pages of ``parts`` when given."""
    from newscrawl.evaluate.corpus import CorpusError, load_corpus, read_html_file
    from newscrawl.evaluate.split import part_of, site_of

    try:
        for case in load_corpus(directory).cases:
            if parts is None or case.part in parts:
                yield case.id, case.url, case.read_html()
    except CorpusError:
        index = directory / "cases.jsonl"
        if not index.exists():
            return
        with index.open(encoding="utf-8") as stream:
            for row in map(json.loads, filter(str.strip, stream)):
                if parts is not None and part_of(site_of(row["url"])) not in parts:
                    continue
                yield row["id"], row["url"], read_html_file(directory / row["html"])


def records(corpora: Path, parts: frozenset[str] | None = None):
    """(key, fields) of every page of every corpus, in each way."""
    from newscrawl.errors import NotAPageError
    from newscrawl.evaluate.stripped import strip_structured_data
    from newscrawl.extract import extract_article

    for directory in sorted(p for p in corpora.iterdir() if p.is_dir()):
        count = 0
        for page_id, url, html in pages(directory, parts):
            count += 1
            for way, kwargs in WAYS.items():
                key = f"{directory.name}/{page_id}/{way}"
                try:
                    page = strip_structured_data(html) if way in STRIPPED_WAYS else html
                    fields = _plain(extract_article(page, url, **kwargs))
                except NotAPageError as exc:
                    fields = {"error": f"NotAPageError: {exc}"}
                yield key, fields
        print(f"# {directory.name}: {count} pages", file=sys.stderr)


def write(corpora: Path, out: Path, parts: frozenset[str] | None = None) -> None:
    logging.disable(logging.CRITICAL)
    with out.open("w", encoding="utf-8") as stream:
        for key, fields in records(corpora, parts):
            stream.write(json.dumps({"key": key, "fields": fields}, ensure_ascii=False,
                                    sort_keys=True) + "\n")


def _read(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as stream:
        return {row["key"]: row["fields"] for row in map(json.loads, stream)}


def diff(before: Path, after: Path) -> int:
    """Print every differing field; the number of differences."""
    old, new = _read(before), _read(after)
    differences = 0
    for key in sorted(old.keys() | new.keys()):
        if key not in old or key not in new:
            print(f"{key}: only in {'after' if key in new else 'before'}")
            differences += 1
            continue
        for name in sorted(old[key].keys() | new[key].keys()):
            if old[key].get(name) != new[key].get(name):
                print(f"{key} {name}:\n  before {old[key].get(name)!r:.300}\n"
                      f"  after  {new[key].get(name)!r:.300}")
                differences += 1
    print(f"{len(old)} records before, {len(new)} after, {differences} differences")
    return differences


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="extract every corpus page, write the records")
    w.add_argument("out", type=Path)
    w.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    w.add_argument("--parts", choices=("dev", "held-out", "all"), default="all",
                   help="the split's part whose pages are written (default: all)")
    d = sub.add_parser("diff", help="compare two written files")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    opts = parser.parse_args(argv)
    if opts.command == "write":
        if not opts.corpora.is_dir():
            raise SystemExit(f"no corpora at {opts.corpora}")
        parts = None if opts.parts == "all" else frozenset({opts.parts})
        write(opts.corpora, opts.out, parts)
        return 0
    return 1 if diff(opts.before, opts.after) else 0


if __name__ == "__main__":
    sys.exit(main())
