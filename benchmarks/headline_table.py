"""Which headline source a labelled corpus follows, counted by site and by half.

For every development page with a labelled headline, each source the extractor could
take (JSON-LD ``headline``, og:title, twitter:title, ``<title>`` whole, cleaned of site
names and cut at its separators, every h1) is set against the label after the metric's
normalisation, and each source that differs is classed by how it differs
(:func:`difference`): the label plus a suffix after a separator, a prefix before one, a
truncation with or without an ellipsis, quotes and dashes written otherwise,
punctuation only, or something else. Counts are of sites, not pages (a site's pages
share a template), per half of the development part (``split.dev_half``): half A to
shape a rule, half B to check it. Three tables per half:

- each source family: on how many sites it is present, on how many it equals the label;
- the extractor's misses: how its headline differs from the label, and which sources
  would have been right;
- for pairs of sources that differ on a page, which one the label follows.

``--rules`` simulates candidate rules for choosing between sources (:data:`CANDIDATE_RULES`)
on top of the extractor's choice and counts what each would gain and lose per corpus
and half. ``--pages`` names half A's missed pages (and the pages a rule changes on
half A); half B is only counted. ``--relations`` sets each pair of sources that differ
against the label by how they differ (one a part of the other, holding it, sharing more
or fewer than half the words). Held-out pages are skipped before they are read.

Usage::

    PYTHONPATH=. python benchmarks/headline_table.py --corpus ../shared/corpora/fundus-dev [--rules] [--pages]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.metrics import normalise_text
from newscrawl.evaluate.split import DEV, dev_half
from newscrawl.extract import headline as headlines
from newscrawl.extract import meta
from newscrawl.extract.context import PageContext
from newscrawl.extract.extractor import Article, headline_sources, ExtractionRun, extract_article
from newscrawl.text import WORD, collapse

#: A separator opening what follows the label in a source ("Headline | Site").
_LEADING_SEPARATOR = re.compile(r"[|｜:·•»«~/\-–—(]")
#: A separator closing what precedes the label in a source ("Section: Headline").
_TRAILING_SEPARATOR = re.compile(r"[|｜:·•»«~/\-–—)]\s*$")
_ELLIPSIS = ("...", "…")
#: Typographic quotes and dashes (and the no-break space) written plain.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                        "«": '"', "»": '"', "–": "-", "—": "-", "\u00a0": " "})
_NOT_WORD = re.compile(r"[\W_]+")


def difference(source: str, label: str) -> str:
    """How a source's text differs from the label, both normalised as the metric does."""
    text, truth = normalise_text(source), normalise_text(label)
    if text == truth:
        return "equal"
    if text.translate(_PLAIN) == truth.translate(_PLAIN):
        return "quotes/dashes"
    if _NOT_WORD.sub("", text) == _NOT_WORD.sub("", truth):
        return "punctuation"
    if truth and text.startswith(truth):
        rest = text[len(truth):].lstrip()
        return "suffix after separator" if _LEADING_SEPARATOR.match(rest) else "label + more words"
    if truth and text.endswith(truth):
        before = text[:-len(truth)].rstrip()
        return "prefix before separator" if _TRAILING_SEPARATOR.search(before) else "words + label"
    if text.endswith(_ELLIPSIS) and truth.startswith(text.rstrip(" .…")):
        return "truncated with ellipsis"
    if text and truth.startswith(text):
        return "truncated, no ellipsis"
    if truth and truth in text:
        return "label inside"
    if text and text in truth:
        return "part of label"
    return "other"


@dataclass(slots=True)
class Sources:
    """One page's headline sources: the raw texts (for the table) and the texts cleaned of
    site names as the extractor cleans them (for the rules), normalised."""

    raw: dict[str, str]
    jsonld: str
    og: str
    twitter: str
    title: str
    h1s: list[str]

    @property
    def structured(self) -> bool:
        return bool(self.jsonld or self.og)


def page_sources(html: str | bytes, url: str) -> Sources:
    """Every source of one page (h1s that only name the site left out, as the extractor does)."""
    run = ExtractionRun(PageContext(html, url), Article(url=url), None, None)
    found = headline_sources(run)
    og = meta.first_value(run.meta, ("og:title",))
    twitter = meta.first_value(run.meta, ("twitter:title",))
    names, h1s = headlines.names_and_h1s(found["jsonld"], found["meta"], found["h1s"](),
                                          found["title"], found["site_names"], found["domain"])
    title = collapse(found["title"])
    raw = {"jsonld": found["jsonld"], "og:title": og, "twitter:title": twitter,
           "title": title, "title cleaned": headlines.strip_site_affixes(title, names)}
    parts = [part.strip() for part in headlines.TITLE_PART.split(title)] if title else []
    raw.update({f"title part {index}": part
                for index, part in enumerate((p for p in parts if p), start=1)})
    raw.update({f"h1 #{index}": collapse(h1) for index, h1 in enumerate(h1s, start=1)})

    def cleaned(text: str | None) -> str:
        return normalise_text(headlines.strip_site_affixes(text, names)) if text else ""

    return Sources(raw={name: text for name, text in raw.items() if text},
                   jsonld=cleaned(found["jsonld"]), og=cleaned(og), twitter=cleaned(twitter),
                   title=cleaned(title), h1s=[normalise_text(h1) for h1 in h1s])


def family(source: str) -> str:
    """'h1 #2' -> 'h1', 'title part 3' -> 'title'."""
    return source.split(" #")[0].split(" part ")[0]


# -- candidate rules: (sources, the extractor's headline normalised) -> a headline or None --

def _opening_words(text: str, count: int) -> list[str]:
    return WORD.findall(text)[:count]


def h1_and_title_agree(sources: Sources, chosen: str) -> str | None:
    """An h1 equal to the cleaned ``<title>`` outvotes a structured headline."""
    if not sources.structured:
        return None
    return next((h1 for h1 in sources.h1s if h1 and h1 == sources.title), None)


def og_and_twitter_over_jsonld(sources: Sources, chosen: str) -> str | None:
    """og:title, seconded by twitter:title, over the JSON-LD headline the extractor took."""
    if sources.jsonld and chosen == sources.jsonld and sources.og == sources.twitter \
            and sources.og and sources.og != sources.jsonld:
        return sources.og
    return None


def h1_extends_the_opening(sources: Sources, chosen: str) -> str | None:
    """The first h1, longer than a structured headline and opening with its first three
    words, is the fuller headline ("Wine: All you need" -> "Wine: All you need to know")."""
    if not sources.structured or chosen not in (sources.jsonld, sources.og) or not sources.h1s:
        return None
    h1, words = sources.h1s[0], WORD.findall(chosen)
    if len(words) >= 3 and len(WORD.findall(h1)) > len(words) \
            and _opening_words(h1, 3) == words[:3]:
        return h1
    return None


def h1_extends_the_headline(sources: Sources, chosen: str) -> str | None:
    """The first h1 opening with all the words of a structured headline and adding more
    (a structured headline cut short without an ellipsis)."""
    if not sources.structured or chosen not in (sources.jsonld, sources.og) or not sources.h1s:
        return None
    h1, words = sources.h1s[0], WORD.findall(chosen)
    h1_words = WORD.findall(h1)
    return h1 if len(h1_words) > len(words) and h1_words[:len(words)] == words else None


def majority_of_sources(sources: Sources, chosen: str) -> str | None:
    """The text most source families (JSON-LD, og:title, twitter:title, ``<title>`` or one of
    its parts, an h1) state, when at least two do and more than state the extractor's."""
    support: Counter = Counter()
    title_texts = {sources.title} | {normalise_text(text) for name, text in sources.raw.items()
                                     if name.startswith("title part")}
    for texts in ({sources.jsonld}, {sources.og}, {sources.twitter}, title_texts, set(sources.h1s)):
        support.update(text for text in texts if text)
    if not support:
        return None
    best, votes = support.most_common(1)[0]
    return best if votes >= 2 and votes > support[chosen] else None


#: The rules simulated by ``--rules`` (fourteenth round: none was kept, docs/evaluation.md).
CANDIDATE_RULES: dict[str, Callable[[Sources, str], str | None]] = {
    rule.__name__: rule for rule in (h1_and_title_agree, og_and_twitter_over_jsonld,
                                     h1_extends_the_opening, h1_extends_the_headline,
                                     majority_of_sources)}


@dataclass(slots=True)
class Page:
    """One development page: its site, half, label, the extractor's headline, its sources."""

    corpus: str
    id: str
    site: str
    half: str
    label: str
    chosen: str
    sources: Sources

    @property
    def right(self) -> bool:
        return normalise_text(self.chosen) == normalise_text(self.label)

    @property
    def classes(self) -> dict[str, str]:
        return {name: difference(text, self.label) for name, text in self.sources.raw.items()}


def development_pages(directory: str | Path) -> list[Page]:
    """The development pages of a corpus with a labelled headline (held-out ones never read)."""
    corpus = Path(directory).name
    pages = []
    for case in load_corpus(directory).cases:
        if case.part != DEV or case.truth.headline is None:
            continue
        html = case.read_html()
        pages.append(Page(corpus=corpus, id=str(case.id), site=case.site, half=dev_half(case.site),
                          label=case.truth.headline,
                          chosen=extract_article(html, case.url, profile=False).headline or "",
                          sources=page_sources(html, case.url)))
    return pages


#: The pairs of sources set against each other where they differ.
PAIRS = (("jsonld", "og:title"), ("jsonld", "h1 #1"), ("og:title", "h1 #1"),
         ("og:title", "twitter:title"), ("jsonld", "title cleaned"),
         ("og:title", "title cleaned"), ("h1 #1", "title cleaned"), ("h1 #1", "h1 #2"))


def _by_site(pages: list[Page]) -> dict[str, list[Page]]:
    sites: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        sites[page.site].append(page)
    return sites


def _counts(counter: Counter) -> str:
    return ", ".join(f"{key} {count}" for key, count in counter.most_common()) or "-"


def half_table(pages: list[Page], *, name_misses: bool) -> list[str]:
    """The three tables of one half (counts of sites)."""
    sites = _by_site(pages)
    lines = [f"{len(pages)} pages of {len(sites)} sites; extractor right on "
             f"{sum(page.right for page in pages)} pages, on every page of "
             f"{sum(all(page.right for page in group) for group in sites.values())} sites"]
    present, equal = Counter(), Counter()
    for group in sites.values():
        present.update({family(name) for page in group for name in page.classes})
        equal.update({family(name) for page in group
                      for name, kind in page.classes.items() if kind == "equal"})
    lines.append("  source: sites where present, where it equals the label on some page")
    lines += [f"    {name:14} {present[name]:4} {equal[name]:4}" for name, _ in present.most_common()]
    how, right_source = Counter(), Counter()
    for group in sites.values():
        missed = [page for page in group if not page.right]
        how.update({difference(page.chosen, page.label) for page in missed})
        reachable = {family(name) for page in missed
                     for name, kind in page.classes.items() if kind == "equal"}
        right_source.update(reachable or ({"(no source)"} if missed else set()))
    lines.append(f"  misses, how the extractor's headline differs: {_counts(how)}")
    lines.append(f"  misses, sources equal to the label: {_counts(right_source)}")
    lines.append("  where two sources differ, the label follows:")
    for first, second in PAIRS:
        outcome: Counter = Counter()
        for group in sites.values():
            seen = set()
            for page in group:
                one, other = page.sources.raw.get(first), page.sources.raw.get(second)
                if not one or not other or normalise_text(one) == normalise_text(other):
                    continue
                classes = page.classes
                seen.add(first if classes[first] == "equal"
                         else second if classes[second] == "equal" else "neither")
            outcome.update(seen)
        if outcome:
            lines.append(f"    {first} vs {second}: {_counts(outcome)}")
    if name_misses:
        lines.append("  misses:")
        lines += [f"    {page.site} {page.id} [{difference(page.chosen, page.label)}] "
                  f"{page.chosen!r}; equal: "
                  f"{', '.join(n for n, k in page.classes.items() if k == 'equal') or '-'}"
                  for page in pages if not page.right]
    return lines


def rule_table(pages: list[Page], *, name_pages: bool) -> list[str]:
    """What each candidate rule changes: pages gained, lost, or wrong before and after, per
    corpus and half, and sites over all corpora per half; half A's pages named on request."""
    outcomes: Counter = Counter()
    sites: dict[tuple, set] = defaultdict(set)
    named = []
    for page in pages:
        chosen, label = normalise_text(page.chosen), normalise_text(page.label)
        for name, rule in CANDIDATE_RULES.items():
            new = rule(page.sources, chosen)
            if not new or new == chosen:
                continue
            outcome = "gain" if new == label else "loss" if chosen == label else "wrong->wrong"
            outcomes[(name, page.corpus, page.half, outcome)] += 1
            sites[(name, page.half, outcome)].add(page.site)
            if name_pages and page.half == "A":
                named.append(f"    {name} {page.corpus} {page.site} {outcome}")
    lines = ["## candidate rules (pages per corpus and half; sites over all corpora per half)"]
    for name in CANDIDATE_RULES:
        lines.append(f"  {name}")
        for (rule, corpus, half, outcome), count in sorted(outcomes.items()):
            if rule == name:
                lines.append(f"    {corpus} {half} {outcome} {count}")
        for half in ("A", "B"):
            lines.append(f"    sites {half}: " + ", ".join(
                f"{outcome} {len(sites[(name, half, outcome)])}"
                for outcome in ("gain", "loss", "wrong->wrong")))
    return lines + named


def relation(text: str, other: str) -> str:
    """How one source's text stands to another's (both normalised): a part of it, holding
    it, sharing more than half of the shorter one's words (of three letters or more), or
    fewer."""
    if text in other:
        return "shorter (a part)"
    if other in text:
        return "longer (holds it)"
    words = {w for w in WORD.findall(text) if len(w) > 2}
    others = {w for w in WORD.findall(other) if len(w) > 2}
    shared = len(words & others) / max(1, min(len(words), len(others)))
    return "shares > half" if shared > 0.5 else "shares few / none"


#: The pairs set against each other by :func:`relation_table`.
RELATION_PAIRS = (("jsonld", "h1"), ("og", "h1"), ("jsonld", "og"), ("h1", "title"))


def relation_table(pages: list[Page]) -> list[str]:
    """For each pair of sources that differ on a page (cleaned of site names and
    normalised), by how the first stands to the second: on how many sites the label
    follows the first, the second, neither; per corpus and half (a Markdown table)."""
    columns = sorted({(page.corpus, page.half) for page in pages})
    rows: dict[tuple, dict[tuple, dict[str, set]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    for page in pages:
        label = normalise_text(page.label)
        texts = {"jsonld": page.sources.jsonld, "og": page.sources.og,
                 "h1": page.sources.h1s[0] if page.sources.h1s else "", "title": page.sources.title}
        for first, second in RELATION_PAIRS:
            one, other = texts[first], texts[second]
            if not one or not other or one == other:
                continue
            follows = first if one == label else second if other == label else "neither"
            rows[(first, second, relation(one, other))][(page.corpus, page.half)][follows].add(page.site)
    lines = ["| pair: label follows first / second / neither (sites) | "
             + " | ".join(f"{corpus} {half}" for corpus, half in columns) + " |",
             "| --- |" + " --- |" * len(columns)]
    for (first, second, how), cells in sorted(rows.items()):
        lines.append(f"| {first} {how} than {second} | " + " | ".join(
            " / ".join(str(len(cells[column][key])) for key in (first, second, "neither"))
            if column in cells else "-" for column in columns) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", action="append", required=True, metavar="DIR")
    parser.add_argument("--rules", action="store_true", help="simulate the candidate rules")
    parser.add_argument("--pages", action="store_true", help="name half A's pages")
    parser.add_argument("--relations", action="store_true",
                        help="where two sources differ, by how they differ, which the label follows")
    args = parser.parse_args(argv)
    every_page = []
    for directory in args.corpus:
        pages = development_pages(directory)
        every_page += pages
        print(f"## {Path(directory).name}")
        for half in ("A", "B"):
            in_half = [page for page in pages if page.half == half]
            if in_half:
                print(f"half {half}: " + "\n".join(
                    half_table(in_half, name_misses=args.pages and half == "A")))
        print()
    if args.rules:
        print("\n".join(rule_table(every_page, name_pages=args.pages)))
    if args.relations:
        print("\n".join(relation_table(every_page)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
