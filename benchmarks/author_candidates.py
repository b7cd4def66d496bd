"""Which author source to trust: every candidate the extractor sees on a page with an
author truth, scored against it, per source kind and per site.

For each development page (split by site, as ``python -m newscrawl.evaluate``) of the
corpora with labelled authors (trafilatura-dev, fundus-dev) and of the stripped pages of
every corpus (truth: the authors the structured data stated), the generic extractor
(profiles off) runs up to its authors step; there, besides the cascade's own choice,
every source it could have read is listed: the JSON-LD persons and organisations, each
author-like meta key apart, each visible byline rule of the markup cascade that names
someone, the app state's authors. Each candidate is scored against the truth:

* ``right``: the same names (the evaluation's normalisation);
* ``part``: some of the names, or the names with more;
* ``wrong``: names, none of them the truth's.

It prints, per source kind, how often it is right / part / wrong and on how many sites
(a kind right on one site only says nothing general), the cascade's choice the same way,
the pages where the choice is not right but another candidate is (the choices a rule
could fix), and how often two sources agreeing (the same names from two kinds) are right.

    python benchmarks/author_candidates.py --corpora ../shared/corpora [--half A|B|all]
        [--pages] [--out eval-results/author-candidates.json]

This is a development instrument, not a test; it reads the corpora at run time and
prints development pages only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from newscrawl.evaluate import metrics
from newscrawl.extract import authors as byline
from newscrawl.extract import extractor, jsonld
from newscrawl.extract import meta as meta_module

sys.path.insert(0, str(Path(__file__).resolve().parent))
from byline_audit import Page, load_pages  # noqa: E402

#: The steps before the authors step, run as the extractor runs them.
_BEFORE = extractor.FIELD_STEPS[:extractor.FIELD_STEPS.index(extractor.step_authors)]


def grade(names: list[str], truth: list[str]) -> str:
    """'right', 'part' or 'wrong' (names given), '' (no names)."""
    if not names:
        return ""
    counts = metrics.author_counts(names, truth)
    if counts.fp == 0 and counts.fn == 0:
        return "right"
    return "part" if counts.tp else "wrong"


def candidates(page: Page) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """([(kind, names)] of every source on the page, the cascade's choice)."""
    found: list[tuple[str, list[str]]] = []
    ctx_article: dict = {}

    def listing(run) -> None:
        people = jsonld.authors(run.node, run.index) if run.node else []
        persons = [p.name for p in people if not p.is_organisation]
        orgs = [p.name for p in people if p.is_organisation]
        if persons:
            found.append(("jsonld person", byline.clean_names(persons, strict=False)))
        if orgs:
            found.append(("jsonld organisation", byline.clean_names(orgs, strict=False)))
        for key in meta_module.AUTHOR_KEYS:
            values = [v for v in run.meta.get(key, ()) if not meta_module.is_url(v)]
            if values:
                found.append((f"meta {key}", byline.clean_names(values, strict=False)))
        seen = set()
        for names, _raw, where in extractor.markup_bylines(run, lambda _n: False):
            kind = f"markup {where}"
            if kind not in seen:
                seen.add(kind)
                found.append((kind, names))
        if run.app is not None and run.app.authors:
            found.append(("appstate", byline.clean_names(run.app.authors, strict=False)))
        extractor.step_authors(run)
        ctx_article["authors"] = list(run.article.authors or [])

    saved = extractor.FIELD_STEPS
    extractor.FIELD_STEPS = _BEFORE + (listing,)
    try:
        extractor.extract_article(page.html, page.url, profile=False)
    except Exception as exc:  # noqa: BLE001 - a page that fails is reported, not fatal
        print(f"! {page.key}: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        extractor.FIELD_STEPS = saved
    return [(k, n) for k, n in found if n], ctx_article.get("authors", [])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True)
    parser.add_argument("--half", choices=("A", "B", "all"), default="all")
    parser.add_argument("--pages", action="store_true", help="print each page whose choice is not right")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    pages = load_pages(args.corpora, args.half)
    kinds: dict[str, Counter] = defaultdict(Counter)
    kind_sites: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    choice = Counter()
    agree = Counter()
    fixable = []
    rows = []
    for page in pages:
        found, chosen = candidates(page)
        chosen_grade = grade(chosen, page.truth) or "none"
        choice[chosen_grade] += 1
        for kind, names in found:
            g = grade(names, page.truth)
            kinds[kind][g] += 1
            kind_sites[kind][g].add(page.site)
        folded = [(k, frozenset(map(metrics.normalise_text, n))) for k, n in found]
        pairs = {names for i, (k, names) in enumerate(folded)
                 for k2, n2 in folded[i + 1:] if n2 == names and k2.split()[0] != k.split()[0]}
        for names in pairs:
            agree["right" if names == frozenset(map(metrics.normalise_text, page.truth)) else "other"] += 1
        if chosen_grade != "right" and any(grade(n, page.truth) == "right" for _k, n in found):
            fixable.append(page.key)
        rows.append({"key": page.key, "site": page.site, "truth": page.truth, "chosen": chosen,
                     "grade": chosen_grade, "candidates": found})
        if args.pages and chosen_grade != "right":
            print(f"== {page.key} [{page.site}] {chosen_grade}\n   truth:  {page.truth}\n"
                  f"   chosen: {chosen}")
            for kind, names in found:
                print(f"   {grade(names, page.truth):5} {kind}: {names}")

    print(f"\n{len(pages)} pages (half {args.half}); the cascade's choice: {dict(choice)}")
    print(f"{'source kind':60} right  part wrong  sites right/part/wrong")
    for kind, counts in sorted(kinds.items(), key=lambda kv: -sum(kv[1].values())):
        sites = kind_sites[kind]
        print(f"{kind[:60]:60} {counts['right']:5} {counts['part']:5} {counts['wrong']:5}"
              f"  {len(sites['right'])}/{len(sites['part'])}/{len(sites['wrong'])}")
    print(f"two kinds agreeing on the same names: {dict(agree)}")
    print(f"choice not right while another candidate is: {len(fixable)} pages")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
