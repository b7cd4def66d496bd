"""Where the text the body misses sits in its page.

A diagnostic for body recall. On a snippets corpus (trafilatura's layout: ``with`` /
``without``) the text is the with-snippets; on a full-body corpus (zyte, fundus-dev,
l3s-gn1) each truth line of eight tokens or more whose word 4-grams are mostly missing
from the body (its opening words are looked up). For every such text that newscrawl's
generic extractor leaves out of ``body``, the page is searched for the smallest element whose visible text holds it, and
the miss is put in one class by where that element sits relative to the container the
body was read from:

- ``description``: in the Article's description (the standfirst rule keeps it there);
- ``inside-container``: inside the container, dropped by a paragraph filter;
- ``sibling`` / ``up-N``: in a block that meets the container N levels up (1: a sibling);
- ``before-headline``: before the headline's heading in page order;
- ``no-container``: the page gave no body from markup;
- ``not-visible``: in no element's text outside scripts and styles (script data,
  attributes, or text the markup splits);
- ``furniture-tag``: inside ``nav`` / ``aside`` / ``footer`` / ``header`` / ``form``.

Each miss placed in the page is also told by what its element is (:func:`reason`: hidden,
under a furniture name, a caption, a promotion or credit line, link text, a heading, a
list item or cell, else running text; outside the container, before or after it): the
running text is where a filter that is wrong across sites, or a continuation the body
does not join, would show.

Counts are printed by class, with the number of sites each class was seen on; ``--list``
prints each miss; ``--peer`` (a peer's per-page results of ``python -m
newscrawl.evaluate`` on the same snippets corpus) counts the misses of each class the peer
finds. Only the
development part is read, split again into halves A and B by a hash of the site
(``--half``); held-out pages are never opened.

    python benchmarks/snippet_misses.py --corpus ../shared/corpora/trafilatura-dev --half A --list
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager

from lxml import etree

from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.metrics import shingles, snippet_text, tokens
from newscrawl.evaluate.split import DEV, dev_half
from newscrawl.extract import extractor
from newscrawl.extract.body.names import is_hidden, looks_like_boilerplate, name_words
from newscrawl.extract.body.paragraphs import is_promo_or_credit

FURNITURE_TAGS = {"nav", "aside", "footer", "header", "form"}
#: Tags of a caption and of the figure around it.
CAPTION_TAGS = {"figure", "figcaption"}
#: Tags whose text is a heading, a list item or a table cell rather than a paragraph.
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LIST_TAGS = {"li", "dt", "dd", "td", "th", "tr"}
#: The share of a block's text in links above which the block reads as a link line.
LINK_SHARE = 0.5



@contextmanager
def _capture():
    """While in the block, the extractor's extract_body keeps the last call's page root and
    Body in the dict it yields; the original is put back on leaving the block."""
    seen: dict = {}
    original = extractor.extract_body

    def wrapped(ctx, *args, **kwargs):
        body = original(ctx, *args, **kwargs)
        seen["root"], seen["body"] = ctx.body_element, body
        return body

    extractor.extract_body = wrapped
    try:
        yield seen
    finally:
        extractor.extract_body = original


def smallest_holder(root, snippet: str):
    """The deepest element whose normalised text holds the snippet, or None."""
    best = None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if snippet in snippet_text(element.text_content()):
            best = element  # iter() is depth-first: a later holder inside this one is deeper
    if best is None:
        return None
    # iter() visits siblings after descendants; keep the deepest holder on best's path
    while True:
        inner = next((child for child in best.iterchildren() if isinstance(child.tag, str)
                      and snippet in snippet_text(child.text_content())), None)
        if inner is None:
            return best
        best = inner


def classify(root, container, holder, heading_pos) -> str:
    if holder is None:
        return "not-visible"
    if container is None:
        return "no-container"
    ancestors = set(holder.iterancestors())
    if holder is container or container in ancestors:
        return "inside-container"
    tags = {a.tag for a in ancestors} | {holder.tag}
    if tags & FURNITURE_TAGS and not ({a.tag for a in container.iterancestors()} & tags & FURNITURE_TAGS):
        return "furniture-tag"
    if heading_pos is not None and positions(root).get(holder, 0) < heading_pos:
        return "before-headline"
    level = 0
    for level, ancestor in enumerate(container.iterancestors(), start=1):
        if ancestor in ancestors:
            break
    return "sibling" if level == 1 else f"up-{min(level, 5)}"


def reason(holder, container) -> str:
    """What the missed text's element is, by the first of these that holds: inside an
    element hidden from readers (``hidden``), under a class / id named as furniture
    between it and the container's branch (``furniture-named: <word>``), in a figure
    or caption (``caption``), a promotion or credit line (``promo-or-credit``), mostly
    link text (``link-text``), a heading (``heading``), a list item or table cell
    (``list-or-cell``), else plain running text (``running-text``, the class a wrong
    filter or a missed continuation would show as). Outside the container the reason
    is prefixed with where the block sits (``before`` / ``after`` the container)."""
    stop = set(container.iterancestors()) | {container} if container is not None else set()
    chain = [holder] + [a for a in holder.iterancestors() if a not in stop]
    chain = [e for e in chain if e.tag not in ("body", "html")]
    if any(is_hidden(e) for e in chain):
        found = "hidden"
    elif (named := next((e for e in chain if e is not container
                         and looks_like_boilerplate(e)), None)) is not None:
        words = sorted(name_words(named))
        found = "furniture-named: " + " ".join(words[:2])
    elif any(e.tag in CAPTION_TAGS for e in chain):
        found = "caption"
    elif is_promo_or_credit(" ".join(holder.text_content().split())):
        found = "promo-or-credit"
    elif (text := len(holder.text_content().strip())) and \
            sum(len(a.text_content().strip()) for a in holder.iter("a")) > LINK_SHARE * text:
        found = "link-text"
    elif any(e.tag in HEADING_TAGS for e in chain):
        found = "heading"
    elif any(e.tag in LIST_TAGS for e in chain):
        found = "list-or-cell"
    else:
        found = "running-text"
    if container is None or holder is container or container in holder.iterancestors():
        return found
    where = "before" if positions(holder.getroottree().getroot()).get(holder, 0) \
        < positions(container.getroottree().getroot()).get(container, 0) else "after"
    return f"{where} {found}"


_positions: dict = {}


def positions(root) -> dict:
    if _positions.get("root") is not root:
        _positions.clear()
        _positions["root"] = root
        _positions.update({element: i for i, element in enumerate(root.iter())})
    return _positions


def wanted(truth, body: str | None) -> list[str]:
    """The texts a page's body should hold: its with-snippets, or (a full-body truth) the
    opening words of each truth line of 8+ tokens whose 4-grams are mostly missing from
    the body (such a line is reported as missed whatever its opening words)."""
    if truth.snippets is not None:
        return list(truth.snippets.with_)
    if truth.body is None:
        return []
    variants = (truth.body,) if isinstance(truth.body, str) else truth.body
    got = shingles(body)
    best = min(variants, key=lambda v: sum((shingles(v) - got).values()))
    lines = []
    for line in best.split("\n"):
        grams = shingles(line)
        if len(tokens(line)) >= 8 and sum((grams - got).values()) > sum(grams.values()) / 2:
            lines.append(" ".join(line.split()[:8]) + MISSED)
    return lines


#: Marks a truth line known to be missed (never in a body).
MISSED = "\x00"


def _peer_missing(path: str) -> dict[str, set[str]]:
    """Page id -> the with-snippets a peer's per-page results list as missing."""
    import json

    missing = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("part") != DEV:
                continue
            snippets = (record.get("fields") or {}).get("snippets") or {}
            missing[record["id"]] = set(snippets.get("missing") or ())
    return missing


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--half", choices=("A", "B", "both"), default="A")
    parser.add_argument("--list", action="store_true", help="print every miss")
    parser.add_argument("--peer", metavar="JSONL",
                        help="a peer's per-page results of `python -m newscrawl.evaluate` on the "
                             "same snippets corpus: count the misses the peer finds, by class")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    peer_missing = _peer_missing(args.peer) if args.peer else None
    peer_found = Counter()
    by_class, sites_of = Counter(), defaultdict(set)
    by_reason, reason_sites = Counter(), defaultdict(set)
    pages = snippets = 0
    lead_found = lead_intruding = 0  # with the description put before the body
    with _capture() as seen:
        for case in corpus.cases:
            if case.part != DEV or (args.half != "both" and dev_half(case.site) != args.half):
                continue
            pages += 1
            seen.clear()
            article = extractor.extract_article(case.read_html(), case.url, profile=False)
            text = snippet_text(article.body)
            description = snippet_text(article.description)
            root, body = seen.get("root"), seen.get("body")
            if root is not None:  # extraction is over: what is left to search is visible text
                etree.strip_elements(root, "script", "style", "template", with_tail=False)
            container = body.node if body is not None else None
            heading_pos = None
            if root is not None:
                heading = next(root.iter("h1"), None)
                heading_pos = positions(root).get(heading) if heading is not None else None
            if case.truth.snippets is not None and description:
                both = description + " " + text
                lead_found += sum(snippet_text(s) in both and snippet_text(s) not in text
                                  for s in case.truth.snippets.with_)
                lead_intruding += sum(snippet_text(s) in both and snippet_text(s) not in text
                                      for s in case.truth.snippets.without)
            for raw in wanted(case.truth, article.body):
                snippets += 1
                snippet = snippet_text(raw.rstrip(MISSED))
                if snippet in text and not raw.endswith(MISSED):
                    continue
                if snippet and snippet in description:
                    kind = "description"
                else:
                    holder = smallest_holder(root, snippet) if root is not None else None
                    kind = classify(root, container, holder, heading_pos)
                    if holder is not None and kind not in ("no-container",):
                        why = reason(holder, container).split(":")[0]
                        by_reason[(kind, why)] += 1
                        reason_sites[(kind, why)].add(case.site)
                by_class[kind] += 1
                sites_of[kind].add(case.site)
                if peer_missing is not None and case.id in peer_missing \
                        and raw not in peer_missing[case.id]:
                    peer_found[kind] += 1
                if args.list:
                    where = ""
                    if kind not in ("description", "not-visible") and root is not None:
                        holder = smallest_holder(root, snippet)
                        where = f"<{holder.tag} class={holder.get('class')!r}> [{reason(holder, container)}]"
                        if container is not None:
                            where += f" container=<{container.tag} class={container.get('class')!r}>"
                    print(f"{case.id[:8]} {case.site:28} {kind:17} {raw[:50]!r} {where}")
    print(f"\n{pages} pages, {snippets} with-snippets, {sum(by_class.values())} missed")
    for kind, count in by_class.most_common():
        found = f", the peer finds {peer_found[kind]}" if peer_missing is not None else ""
        print(f"  {kind:17} {count:3} snippets on {len(sites_of[kind]):3} sites{found}")
    if by_reason:
        print("by what the missed text's element is (inside / sibling / up-N / other classes):")
    for (kind, why), count in sorted(by_reason.items(), key=lambda item: (item[0][0], -item[1])):
        print(f"  {kind:17} {why:30} {count:3} on {len(reason_sites[(kind, why)]):3} sites")
    if corpus.layout == "snippets":
        print(f"the description before the body would find {lead_found} with-snippets more"
              f" and let {lead_intruding} without-snippets in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
