"""The publication day on pages without a date label: htmldate and the URL as a silver
reference, a reader as the judge.

A development instrument for the day on pages nobody labelled. The pages: the
development part (split by site, :mod:`newscrawl.evaluate.split`) of ``zyte``,
``l3s-gn1`` and the pages of ``pagetypes`` labelled articles (one page per URL; a URL
that a corpus with labelled days also holds is left out: those labels are read
elsewhere), each as it is and stripped of its structured data
(:func:`newscrawl.evaluate.stripped.strip_structured_data`). On each, newscrawl's
generic extractor (profiles off) gives its day (the page's own calendar day of the
moment it chose), and htmldate gives two (``find_date(original_date=True)`` with its
extensive search on and off); the URL's path may state a day
(:func:`newscrawl.extract.page_dates.url_date_raws`). A page is a *candidate* when
newscrawl gives no day, or a day that differs from htmldate's (either search) or from
the URL's.

Which day is the page's true publication day is for a reader to judge: judgements live
in a JSON file (``--judged``, ``{"key": {"truth": "YYYY-MM-DD" | null, "class": "..."}}``;
``truth`` null when the page states no publication day), written after reading half A's
candidates, then once for half B's as the unseen check. With judgements the report prints
the pages per class and half, and on the judged pages how often each system names the
true day (newscrawl, htmldate): newscrawl's count rises when a rule fixes a class.
Halves are :func:`newscrawl.evaluate.split.dev_half`; held-out pages are never opened.
htmldate is a peer here only, never in the extraction path; ``--cache`` keeps its days
between runs (a scratch file, not committed).

    python benchmarks/date_silver.py --corpora ../shared/corpora --cache /tmp/htmldate.json
        [--judged judged.json] [--list A|B|both] [--out rows.jsonl]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.evaluate.corpus import load_corpus  # noqa: E402
from newscrawl.evaluate.devpages import dev_pages as development_pages  # noqa: E402
from newscrawl.evaluate.split import dev_half  # noqa: E402
from newscrawl.evaluate.stripped import strip_structured_data  # noqa: E402
from newscrawl.evaluate.systems import article_date  # noqa: E402
from newscrawl.extract import extractor, page_dates  # noqa: E402

#: The unlabelled corpora read, in report order (pagetypes: its article pages only).
CORPORA = ("zyte", "l3s-gn1", "pagetypes")
#: Corpora with labelled days: their URLs are left out here.
LABELLED = ("trafilatura-dev", "htmldate-dev", "fundus-dev")
#: Suffix of the key of a page's stripped version.
STRIPPED = "-stripped"


def labelled_urls(corpora: Path) -> set[str]:
    urls: set[str] = set()
    for name in LABELLED:
        if (corpora / name).is_dir():
            urls.update(case.url for case in load_corpus(corpora / name).cases if case.url)
    return urls


def dev_pages(corpora: Path):
    """(key, site, url, html) for each development page of the unlabelled corpora, one per
    URL (none a labelled-date corpus holds), then its stripped version."""
    for page in development_pages(corpora, CORPORA, skip_urls=labelled_urls(corpora)):
        yield page.key, page.site, page.url, page.html
        corpus, page_id = page.key.split("/", 1)
        yield f"{corpus}{STRIPPED}/{page_id}", page.site, page.url, strip_structured_data(page.html)


def newscrawl_day(html: str, url: str) -> tuple[str | None, str | None]:
    """newscrawl's day (the page's own calendar day of its moment) and the layer that
    gave it."""
    article = extractor.extract_article(html, url, profile=False)
    value = article_date(article.published_at, article.published_precision,
                         article.published_raw, article.language)
    if value is None:
        return None, None
    day = value.own_day or (value.value.date() if isinstance(value.value, dt.datetime)
                            else value.value)
    return day.isoformat(), article.sources.get("published_at")


def htmldate_days(key: str, url: str, html: str, cache: dict) -> list[str | None]:
    """htmldate's day with its extensive search on, and off."""
    if key not in cache:
        from htmldate import find_date

        days = []
        for extensive in (True, False):
            try:
                days.append(find_date(html, url=url or None, original_date=True,
                                      extensive_search=extensive))
            except Exception:  # noqa: BLE001 - a peer that raises names no day
                days.append(None)
        cache[key] = days
    return cache[key]


def is_candidate(row: dict) -> bool:
    ours = row["newscrawl"]
    if ours is None:
        return True
    others = [day for day in (*row["htmldate"], row["url_day"]) if day]
    return any(day != ours for day in others)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--cache", type=Path, help="JSON file keeping htmldate's days")
    parser.add_argument("--judged", type=Path, help='JSON {"key": {"truth": ..., "class": ...}}')
    parser.add_argument("--list", choices=("A", "B", "both"), help="print these halves' candidates")
    parser.add_argument("--out", type=Path, help="write every page's row (JSON lines)")
    args = parser.parse_args(argv)
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    judged = json.loads(args.judged.read_text()) if args.judged else {}
    rows = []
    for key, site, url, html in dev_pages(args.corpora):
        ours, layer = newscrawl_day(html, url)
        url_days = page_dates.url_date_raws(url)
        row = dict(key=key, site=site, half=dev_half(site), url=url, newscrawl=ours,
                   layer=layer, htmldate=htmldate_days(key, url, html, cache),
                   url_day=url_days[0] if url_days else None)
        row["candidate"] = is_candidate(row)
        rows.append(row)
    if args.cache:
        args.cache.write_text(json.dumps(cache))
    if args.out:
        args.out.write_text("".join(json.dumps(row) + "\n" for row in rows))
    print("pages per version and half (candidates: no day from newscrawl / "
          "a day differing from htmldate's or the URL's):")
    for version in ("as they are", "stripped"):
        mine = [row for row in rows if (STRIPPED in row["key"].split("/")[0]) == (version == "stripped")]
        for half in "AB":
            half_rows = [row for row in mine if row["half"] == half]
            none = sum(1 for row in half_rows if row["newscrawl"] is None)
            differ = sum(1 for row in half_rows if row["candidate"] and row["newscrawl"])
            print(f"  {version:12} half {half}: {len(half_rows):4} pages, candidates "
                  f"{none + differ:3} (no day {none}, a differing day {differ})")
    if judged:
        classes: dict[str, Counter] = defaultdict(Counter)
        sites: dict[str, set] = defaultdict(set)
        hits: dict[str, Counter] = defaultdict(Counter)
        for row in rows:
            verdict = judged.get(row["key"])
            if verdict is None:
                continue
            half = row["half"]
            classes[verdict["class"]][half] += 1
            sites[verdict["class"]].add(row["site"])
            hits[half]["judged"] += 1
            hits[half]["newscrawl"] += row["newscrawl"] == verdict["truth"]
            hits[half]["htmldate"] += row["htmldate"][0] == verdict["truth"]
        print(f"\n{'class':70} {'A':>4} {'B':>4} {'sites':>5}")
        for verdict in sorted(classes):
            print(f"{verdict[:70]:70} {classes[verdict]['A']:4} {classes[verdict]['B']:4} "
                  f"{len(sites[verdict]):5}")
        for half in "AB":
            count = hits[half]
            print(f"judged candidates, half {half}: {count['judged']}; the true day (or none "
                  f"where the page states none) from newscrawl {count['newscrawl']}, "
                  f"htmldate {count['htmldate']}")
    if args.list:
        for row in sorted(rows, key=lambda r: (r["half"], r["key"])):
            if row["candidate"] and args.list in (row["half"], "both"):
                verdict = judged.get(row["key"], {})
                print(f"{row['half']} {row['key'][:44]:44} {row['site'][:24]:24} "
                      f"nc {row['newscrawl']} ({row['layer']}) hd {row['htmldate'][0]}/"
                      f"{row['htmldate'][1]} url {row['url_day']} "
                      f"[{verdict.get('truth', '')} {verdict.get('class', '')}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
