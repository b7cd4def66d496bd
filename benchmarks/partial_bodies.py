"""Simulated partial bodies: how much of a damaged container choice the body cascade's later
layers (the standfirst, the recall fallback, the sanity check, and any layer a branch adds)
win back, on the development pages.

The body failures left on unseen sites are mostly partial bodies: one part of a story, or
a wrong block of similar size. The development pages hold few of them any more (rules
were written on them), so a layer meant for that class cannot show a gain there. This
instrument makes the class on pages whose body is right: the container the cascade
chose (:func:`newscrawl.extract.body.read_story`) is replaced, and the rest of the
cascade runs as usual on the damaged choice:

- ``split``: the container's element child holding the most scoring text, when it holds
  ``SPLIT_SHARES`` of the container's (one part of the story);
- ``elsewhere``: the best other container candidate
  (:func:`newscrawl.extract.body.sanity.next_story`) when it shares at most
  ``ELSEWHERE_MAX_SHARED`` of its text with the body and holds at least
  ``ELSEWHERE_MIN_SIZE`` times its characters (a wrong block of similar size).

The pages: the development part of zyte, fundus-dev, l3s-gn1 (body F1, the Zyte metric)
and trafilatura-dev (wrong snippets), whose undamaged body costs at most ``MAX_COST``.
For each corpus and dev half it prints the pages damaged, the mean cost of their body
undamaged, damaged, and how many the cascade brought back to their undamaged cost.
Compare a branch that adds a recall layer with the tree without it: the damaged cost
must fall on half A and half B, and ``benchmarks/same_output.py`` on the undamaged pages
says what the layer costs where nothing was damaged.

    python benchmarks/partial_bodies.py --corpora ../shared/corpora [--kinds split,elsewhere]
        [--list]

``--list`` names the damaged pages (development pages only). This is a development
instrument, not a test; it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.body_audit import CORPORA, Page, body_of, load_pages, record_baseline, score  # noqa: E402
from newscrawl.extract import body as body_package  # noqa: E402
from newscrawl.extract.body.sanity import next_story, read_parts  # noqa: E402

#: ``split``: the child taken holds this share of the container's scoring text.
SPLIT_SHARES = (0.3, 0.75)
#: ``elsewhere``: the other block shares at most this share of its text with the body ...
ELSEWHERE_MAX_SHARED = 0.2
#: ... and holds at least this many times the body's characters.
ELSEWHERE_MIN_SIZE = 0.5
#: Pages whose undamaged body costs more than this are left out (body: 1 - page F1;
#: snippets: wrong snippets).
MAX_COST = {"body": 0.1, "snippets": 0.0}

KINDS = ("split", "elsewhere")


def split_part(container, scan, home, fields, titles):
    """(part, its parts, its paragraphs) of the child of ``container`` holding the most
    scoring text, when it holds SPLIT_SHARES of the container's; None otherwise."""
    total = scan.good_chars.get(container, 0)
    children = [child for child in container if child.tag.__class__ is str]
    if len(children) < 2 or not total:
        return None
    part = max(children, key=lambda child: scan.good_chars.get(child, 0))
    low, high = SPLIT_SHARES
    if not low <= scan.good_chars.get(part, 0) / total <= high:
        return None
    parts, paragraphs = read_parts(part, scan, home, fields, titles)
    return (part, parts, paragraphs) if paragraphs else None


def other_block(container, paragraphs, root, scan, home, heading, fields, titles):
    """(block, its parts, its paragraphs) of the best other container candidate, when it
    is a wrong block of similar size (see the module's docstring); None otherwise."""
    found = next_story(root, scan, container, home, heading, fields, titles)
    if found is None:
        return None
    chars = sum(map(len, found[2]))
    own = set(paragraphs)
    shared = sum(len(text) for text in found[2] if text in own)
    if shared > ELSEWHERE_MAX_SHARED * chars or chars < ELSEWHERE_MIN_SIZE * sum(map(len, paragraphs)):
        return None
    return found


@contextmanager
def damaged(kind: str, hit: list):
    """``read_story`` returning the damaged choice of ``kind`` (``hit`` notes that it did)."""
    original = body_package.read_story

    def read_story(root, scan, home, heading, fields, titles=()):
        container, parts, paragraphs = original(root, scan, home, heading, fields, titles)
        if container is None or not paragraphs:
            return container, parts, paragraphs
        found = split_part(container, scan, home, fields, titles) if kind == "split" \
            else other_block(container, paragraphs, root, scan, home, heading, fields, titles)
        if found is None:
            return container, parts, paragraphs
        hit.append(True)
        return found

    body_package.read_story = read_story
    try:
        yield
    finally:
        body_package.read_story = original


def run(pages: list[Page], kind: str) -> list[tuple[Page, float]]:
    """(page, its damaged cost) of each page the damage of ``kind`` applied to."""
    out = []
    with_kind: list = []
    with damaged(kind, with_kind):
        for page in pages:
            if page.fixed is not None or page.record["cost"] > MAX_COST[CORPORA[page.corpus]]:
                continue
            with_kind.clear()
            text = body_of(page)
            if with_kind:
                out.append((page, score(page, text)["cost"]))
    return out


def report(kind: str, results: list[tuple[Page, float]], listing: bool) -> None:
    groups: dict = defaultdict(list)
    for page, cost in results:
        groups[(page.corpus, page.half)].append((page, cost))
    print(f"\n{kind}: damaged pages, mean cost undamaged -> damaged, brought back")
    for (corpus, half), rows in sorted(groups.items()):
        before = sum(page.record["cost"] for page, _ in rows) / len(rows)
        after = sum(cost for _, cost in rows) / len(rows)
        back = sum(cost <= page.record["cost"] + 1e-9 for page, cost in rows)
        print(f"  {corpus:16} {half}  {len(rows):3}  {before:6.3f} -> {after:6.3f}  {back:3}")
        if listing:
            for page, cost in rows:
                print(f"      {page.key}  {page.record['cost']:.3f} -> {cost:.3f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--list", action="store_true", help="name the damaged dev pages")
    args = parser.parse_args(argv)
    pages = load_pages(args.corpora, list(CORPORA))
    record_baseline(pages)
    for kind in args.kinds.split(","):
        report(kind, run(pages, kind), args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
