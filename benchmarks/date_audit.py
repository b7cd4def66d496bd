"""Generalisation audit of the publication-date rules: on how many development SITES does
each rule, label word, meta key and class word of the date cascade change the day?

Each development page is extracted once up to the publication date (generic extractor,
profiles off); then, for each audited item, the item is switched off (a rule made a
no-op, a list entry removed, a pattern's alternative dropped, a constant changed) by
replacing the name it lives under in its module, and the publication-date step alone is
run again on that page's state, its date caches emptied. A word is tried only on the
pages whose HTML holds it. The pages: the development part (split by site, as
``python -m newscrawl.evaluate``) of the corpora with a labelled day (trafilatura-dev,
htmldate-dev, fundus-dev) and of every corpus stripped of its structured data (truth: the
date the structured data stated). For each item it prints the sites whose publication
moment changes, and the sites whose day (or minute) it gains or loses.

An item whose removal changes the output of exactly one development site is a
memorisation candidate: unless it is a member of a documented convention (a label word
of one language among many), it belongs in a site profile if anywhere. Constants (the
window of the printed-date search, the extra distance of each kind of printed date, how
many sources outvote a structured date) are tried at half and twice their value: one
that decides a day on a single site whichever way it moves is fitted to that site.

    python benchmarks/date_audit.py --corpora ../shared/corpora [--half A|B|all]
        [--only NAME_SUBSTRING] [--out eval-results/date-audit.json]

This is a development instrument, not a test; it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.regex_alternatives import alternatives, without_alternative  # noqa: E402
from newscrawl.evaluate.corpus import load_corpus  # noqa: E402
from newscrawl.evaluate.runner import score_published  # noqa: E402
from newscrawl.evaluate.split import DEV, dev_half  # noqa: E402
from newscrawl.evaluate.stripped import stripped_corpus  # noqa: E402
from newscrawl.evaluate.systems import article_date  # noqa: E402
from newscrawl.extract import dates, extractor, markup, meta, page_dates  # noqa: E402

#: Corpora with a labelled day, scored as they are; corpora scored stripped of their
#: structured data against the date it stated.
LABELLED = ("trafilatura-dev", "htmldate-dev", "fundus-dev")
STRIPPED = ("zyte", "fundus-dev", "trafilatura-dev", "htmldate-dev", "pagetypes")

#: The steps before the publication date, run once per page; the publication-date step
#: is then run again on the same state for each item switched off.
_STEPS_BEFORE = extractor.FIELD_STEPS[:extractor.FIELD_STEPS.index(extractor.step_published)]
#: Cached per-run readings the date step computes with code an item may switch off.
_DATE_STATE = ("visible_dates", "script_dates", "numeric_date_order", "date_order", "datelines")


@dataclass(slots=True)
class Page:
    key: str
    corpus: str
    site: str
    url: str
    html: str
    lowered: str
    truth: object



def load_pages(root: Path, half: str) -> list[Page]:
    pages = []
    for name in LABELLED:
        if not (root / name).is_dir():
            continue
        for case in load_corpus(root / name).cases:
            if case.part == DEV and case.truth.published is not None:
                html = case.read_html()
                pages.append(Page(f"{name}/{case.id}", name, case.site, case.url, html,
                                  html.lower(), case.truth.published))
    for name in STRIPPED:
        if not (root / name).is_dir():
            continue
        stripped = stripped_corpus(root / name)
        for case in stripped.corpus.cases:
            if case.part == DEV and case.truth.published is not None:
                html = stripped.htmls[case.id]
                pages.append(Page(f"{name}-stripped/{case.id}", f"{name}-stripped", case.site,
                                  case.url, html, html.lower(), case.truth.published))
    if half != "all":
        pages = [page for page in pages if dev_half(page.site) == half]
    return pages


def prepared_state(page: Page):
    """The extraction state of a page after the steps before the publication date."""
    captured = []
    saved = extractor.FIELD_STEPS
    extractor.FIELD_STEPS = _STEPS_BEFORE + (captured.append,)
    try:
        extractor.extract_article(page.html, page.url, profile=False)
    finally:
        extractor.FIELD_STEPS = saved
    return captured[0] if captured else None


def published_of(page: Page, state) -> dict:
    """The page's publication moment and its day / minute scores: the publication-date
    step run again on the prepared state (its date caches and the field emptied)."""
    if state is None:
        return {"value": "<no state>", "own_day": None, "day": False, "minute": None}
    for name in _DATE_STATE:
        vars(state).pop(name, None)
    vars(state).get("_readings", {}).clear()
    article = state.article
    article.published_at = article.published_raw = article.published_precision = None
    article.sources.pop("published_at", None)
    try:
        extractor.step_published(state)
    except Exception as exc:  # noqa: BLE001 - a page that fails is reported, not fatal
        return {"value": f"<error {type(exc).__name__}>", "own_day": None, "day": False,
                "minute": None}
    prediction = article_date(article.published_at, article.published_precision,
                              article.published_raw, article.language)
    scored = score_published(prediction, page.truth)
    return {"value": scored["prediction"], "own_day": scored.get("prediction_own_day"),
            "day": scored["day"], "minute": scored["minute"]}


# -- the audited items -----------------------------------------------------------------

@dataclass(slots=True)
class Item:
    """One audited item: its group and name, the (module, attribute, replacement) swaps
    that switch it off, and the lowered words whose presence in a page's HTML lets it
    act there (empty: any page)."""

    group: str
    name: str
    swaps: list
    words: tuple = ()
    quoted: bool = False


@contextlib.contextmanager
def switched_off(item: Item):
    saved = [(module, attribute, getattr(module, attribute)) for module, attribute, _ in item.swaps]
    try:
        for module, attribute, replacement in item.swaps:
            setattr(module, attribute, replacement)
        yield
    finally:
        for module, attribute, value in saved:
            setattr(module, attribute, value)


def _rules() -> list[Item]:
    """Rules of the cascade, each made a no-op."""
    same = lambda run, parsed, layer, offered: (parsed, layer, offered)  # noqa: E731
    return [
        Item("rule", "structured dates outvoted (_outvoted)", [(extractor, "_outvoted", same)]),
        Item("rule", "app state yields to date markup (_app_state_checked)",
             [(extractor, "_app_state_checked", same)]),
        Item("rule", "UTC moment in the printed offset (_in_printed_offset)",
             [(extractor, "_in_printed_offset", lambda run, parsed, layer: parsed)]),
        Item("rule", "day-only date takes a printed time (_with_printed_time)",
             [(extractor, "_with_printed_time", same)]),
        Item("rule", "update lines held back (_updates_held_back)",
             [(extractor, "_updates_held_back", lambda candidates, held: candidates)]),
        Item("rule", "printed dates before the URL's period skipped (within_period)",
             [(page_dates, "within_period", lambda day, period: True)]),
        Item("rule", "a day in the URL (url_date_raws)",
             [(page_dates, "url_date_raws", lambda url: [])]),
        Item("rule", "publication keys of inline scripts (script_date_raws)",
             [(page_dates, "script_date_raws", lambda tree, scripts=None: [])]),
        Item("rule", "printed dates near the headline (visible_dates)",
             [(page_dates, "visible_dates", lambda *a, **k: [])]),
        Item("rule", "numeric dates in the page's own order (numeric_date_order)",
             [(page_dates, "numeric_date_order", lambda tree, nodes=None: None)]),
        Item("rule", "date-classed datelines (DATELINE_XPATHS)", [(markup, "DATELINE_XPATHS", ())]),
        Item("rule", "generic date meta tags (GENERIC_DATE_KEYS)", [(meta, "GENERIC_DATE_KEYS", ())]),
        Item("rule", "markup text yields to the printed day (_markup_text_checked)",
             [(extractor, "_markup_text_checked", same)]),
        Item("rule", "h2 / h3 holding the headline anchors the window (_headline_subheadings)",
             [(page_dates, "_headline_subheadings", lambda tree, headline: [])]),
        Item("rule", "dates in blocks named for other stories listed (_in_other_items_block)",
             [(page_dates, "_in_other_items_block", lambda node, side, memo: False)]),
        Item("rule", "a date after an item separator is a line's (_ITEM_SEPARATOR_BEFORE)",
             [(page_dates, "_ITEM_SEPARATOR_BEFORE", re.compile(r"(?!)"))]),
        Item("rule", "dotted numeric dates read day first (_DOTTED_DAY_MONTH)",
             [(dates, "_DOTTED_DAY_MONTH", re.compile(r"(?!)"))]),
    ]


def _key_items(group: str, module, attribute: str) -> list[Item]:
    keys = getattr(module, attribute)
    return [Item(group, key, [(module, attribute, tuple(k for k in keys if k != key))],
                 (key.lower(),), quoted=True) for key in keys]


def _literal_words(alternative: str) -> tuple[str, ...]:
    """Lowered words a page must hold for an alternative to match (a probe, not exact)."""
    plain = re.sub(r"\(\?:[^)]*\)\??|\\\w|[\\^$?*+()\[\]{}|]", " ", alternative)
    words = [w for w in plain.lower().split() if len(w) >= (3 if w.isascii() else 2)]
    return (max(words, key=len),) if words else ()


def _label_items(name: str, modules: tuple) -> list[Item]:
    pattern = getattr(dates, name)
    items = []
    for index, alternative in enumerate(alternatives(pattern.pattern)[2]):
        changed = without_alternative(pattern, index)
        items.append(Item(name, alternative, [(module, name, changed) for module in modules],
                          _literal_words(alternative)))
    return items


def _prefix_items() -> list[Item]:
    items = []
    for prefix in dates.LABEL_PREFIXES:
        rest = [p for p in dates.LABEL_PREFIXES if p != prefix]
        changed = re.compile(r"^(?:" + "|".join(rest) + r")(?!\w)\s*[:：\-–—]?\s*", re.IGNORECASE)
        items.append(Item("LABEL_PREFIXES", prefix, [(dates, "_LABEL", changed)],
                          _literal_words(prefix)))
    return items


#: Constants of the printed-date ranking and the cross-check, each tried at half and
#: twice its value (a kind's extra distance at 0): a figure fitted to one site moves
#: one site's day whichever way it goes.
_CONSTANTS = (
    (page_dates, "MAX_NODES_ABOVE"), (page_dates, "MAX_NODES_BELOW"), (page_dates, "ABOVE_WEIGHT"),
    (page_dates, "MAX_VISIBLE_DATES"), (page_dates, "MIN_PROSE_WORDS_BEFORE"),
    (page_dates, "MAX_DATE_LINE_CHARS"), (page_dates, "MAX_LINE_CHARS"),
    (page_dates, "DATELINE_START_CHARS"), (page_dates, "LABEL_WINDOW_CHARS"),
    (page_dates, "QUOTING_DEPTH"), (page_dates, "MIN_ANCHOR_HEADLINE_CHARS"),
    (extractor, "MIN_AGREEING_WITNESSES"),
)


def _constant_items() -> list[Item]:
    items = []
    for module, name in _CONSTANTS:
        value = getattr(module, name)
        for factor, label in ((0.5, "half"), (2, "twice")):
            changed = max(1, round(value * factor))
            if changed != value:
                items.append(Item("constant", f"{name} {value} -> {changed} ({label})",
                                  [(module, name, changed)]))
    kind_names = {getattr(page_dates, n): n for n in ("STATED", "IN_PROSE", "UPDATE", "LISTED",
                                                      "PUBLISHED")}
    for kind, extra in page_dates.KIND_DISTANCE.items():
        if extra:
            items.append(Item("constant", f"KIND_DISTANCE[{kind_names.get(kind, kind)}] {extra} -> 0",
                              [(page_dates, "KIND_DISTANCE", {**page_dates.KIND_DISTANCE, kind: 0})]))
    return items


def audit_items() -> list[Item]:
    return (_rules() + _constant_items()
            + _key_items("PUBLISHED_KEYS", meta, "PUBLISHED_KEYS")
            + _key_items("GENERIC_DATE_KEYS", meta, "GENERIC_DATE_KEYS")
            + _label_items("PUBLISHED_LABEL", (dates, extractor, page_dates))
            + _label_items("UPDATE_LABEL", (dates, extractor, page_dates))
            + _prefix_items())


# -- the audit ---------------------------------------------------------------------------

def _may_act(item: Item, page: Page) -> bool:
    """Could the item act on the page: no words, or one of them in its HTML (a meta key
    as a quoted attribute value)."""
    if not item.words:
        return True
    if item.quoted:
        return any(f'"{w}"' in page.lowered or f"'{w}'" in page.lowered for w in item.words)
    return any(w in page.lowered for w in item.words)


def audit(pages: list[Page], items: list[Item]) -> tuple[int, list[dict]]:
    """(pages whose day is right as the tree stands, one result per item)."""
    moved = [defaultdict(lambda: {"pages": 0, "day": 0, "minute": 0}) for _ in items]
    probed = [0] * len(items)
    right = 0
    for page in pages:
        state = prepared_state(page)
        before = published_of(page, state)
        right += before["day"]
        for number, item in enumerate(items):
            if not _may_act(item, page):
                continue
            probed[number] += 1
            with switched_off(item):
                after = published_of(page, state)
            if after["value"] == before["value"] and after["own_day"] == before["own_day"]:
                continue
            site = moved[number][f"{page.site} ({page.corpus}, {dev_half(page.site)})"]
            site["pages"] += 1
            # + : the item gains this (the page is right with it, wrong without it)
            site["day"] += int(before["day"]) - int(after["day"])
            if before["minute"] is not None or after["minute"] is not None:
                site["minute"] += int(bool(before["minute"])) - int(bool(after["minute"]))
    results = []
    for item, sites_moved, count in zip(items, moved, probed):
        sites = {key.split(" (")[0] for key in sites_moved}
        results.append({
            "group": item.group, "item": item.name, "pages_probed": count,
            "sites_moved": len(sites),
            "sites_day_gained": sorted(k for k, v in sites_moved.items() if v["day"] > 0),
            "sites_day_lost": sorted(k for k, v in sites_moved.items() if v["day"] < 0),
            "sites_minute_gained": sorted(k for k, v in sites_moved.items() if v["minute"] > 0),
            "sites_minute_lost": sorted(k for k, v in sites_moved.items() if v["minute"] < 0),
            "moved": dict(sites_moved)})
    return right, results


def _site_count(keys: list[str]) -> int:
    """Distinct sites among 'site (corpus, half)' keys."""
    return len({key.split(" (")[0] for key in keys})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--half", choices=("A", "B", "all"), default="all")
    parser.add_argument("--only", help="audit only items whose group or name holds this")
    parser.add_argument("--skip", help="leave out items whose group or name holds this")
    parser.add_argument("--out", type=Path, default=Path("eval-results/date-audit.json"))
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}: nothing to audit", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pages = load_pages(args.corpora, args.half)
    items = audit_items()
    if args.only:
        items = [i for i in items if args.only.lower() in (i.group + " " + i.name).lower()]
    if args.skip:
        items = [i for i in items if args.skip.lower() not in (i.group + " " + i.name).lower()]
    right, results = audit(pages, items)
    print(f"{len(pages)} development pages ({len({p.site for p in pages})} sites), day right "
          f"on {right}")
    print("| group | item | sites moved | day gained on | day lost on | minute +/- sites |")
    print("| --- | --- | ---: | --- | --- | --- |")
    for r in results:
        print(f"| {r['group']} | {r['item']} | {r['sites_moved']} | "
              f"{', '.join(r['sites_day_gained']) or '-'} | {', '.join(r['sites_day_lost']) or '-'} | "
              f"+{len(r['sites_minute_gained'])} / -{len(r['sites_minute_lost'])} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"pages": len(pages), "half": args.half, "items": results},
                                   indent=1, ensure_ascii=False), encoding="utf-8")
    print("memorisation candidates (a rule or entry whose removal moves exactly one "
          "development site): " + ", ".join(
              f"{r['group']}:{r['item']}" for r in results
              if r["group"] != "constant" and r["sites_moved"] == 1))
    print("constants whose half or twice value moves a day: " + (", ".join(
        f"{r['item']} ({_site_count(r['sites_day_gained'])} sites gained with the value as "
        f"it is, {_site_count(r['sites_day_lost'])} lost)" for r in results
        if r["group"] == "constant" and (r["sites_day_gained"] or r["sites_day_lost"])) or "none"))
    print(f"{len(items)} items in {time.perf_counter() - started:.0f} s; details in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
