"""The blind page sets side by side: newscrawl and the peers on the same hand-written pages.

    python benchmarks/blind_peers.py [--sets blind5,blind6] [--systems newscrawl-generic,trafilatura,htmldate]
                                     [--fixtures tests/fixtures]

Each set is a folder of ``--fixtures`` with ``expected.json`` (``tests/blind_sets.py``). Every
system reads every page the same way (the page's text as a string and its URL) and is
scored on what all of them give, with one rule per field:

- headline: equal after NFKC, case-folding and whitespace collapsing (the evaluator's rule);
- authors: the same names, in any order (normalised as the evaluator does); a page whose
  expectation names nobody counts when the system names nobody;
- published day: the evaluator's ``same_day`` against the expectation;
- body boundaries: the body, whitespace collapsed, starts with the expected first
  paragraph and ends with the expected last one (a peer that joins paragraphs with line
  breaks is read the same way once whitespace is collapsed);
- body clean: none of the ``not_in_body`` strings occurs in the body (an empty body is
  clean; its boundaries are wrong).

It prints, per set and system, the share of pages right for each field. A development
instrument: the figures go to docs/evaluation.md with their date, the tree they were
measured on and this command. Run it from a checkout whose ``newscrawl`` is the tree to
measure (``PYTHONPATH=<tree>``) and point ``--fixtures`` at the sets, so that a set can be
scored with the extractor as it was before the set prompted any change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from newscrawl.evaluate.corpus import read_html_file
from newscrawl.evaluate.metrics import date_value, headline_match, normalise_text, same_day
from newscrawl.evaluate.peers import block_network, peer_systems
from newscrawl.evaluate.systems import Prediction, own_systems, prediction_from_article

ROOT = Path(__file__).resolve().parents[1]
#: Each figure and the field of the evaluator's systems it reads (a system that gives no such
#: field shows '-').
FIELDS = {"headline": "headline", "authors": "authors", "published day": "published",
          "body boundaries": "body", "body clean": "body"}


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def scores(prediction: Prediction, expected: dict) -> dict[str, bool]:
    """Field -> right, for one system's prediction of one page."""
    body = _collapse(prediction.body)
    names = sorted(n for n in map(normalise_text, prediction.authors) if n)
    truth = date_value(expected["published"])
    return {
        "headline": headline_match(prediction.headline, expected["headline"]),
        "authors": names == sorted(normalise_text(n) for n in expected["authors"]),
        # a page that gives no date is right when none is given
        "published day": (same_day(prediction.published, truth) if truth is not None
                          else expected["published"] is None and prediction.published is None),
        "body boundaries": bool(body) and body.startswith(_collapse(expected["body_first"]))
        and body.endswith(_collapse(expected["body_last"])),
        "body clean": not any(_collapse(s) in body for s in expected["not_in_body"]),
    }


def predict(system, html: str, url: str) -> Prediction:
    result = system.extract(html, url)
    return result if isinstance(result, Prediction) else prediction_from_article(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="blind,blind2,blind3,blind4,blind5,blind6,blind7,blind8,"
                                          "blind9,blind10,blind11,blind12,blind13,blind14,blind15,blind16,blind17,blind18,blind19,blind20")
    parser.add_argument("--systems", default="newscrawl-generic,trafilatura,htmldate")
    parser.add_argument("--fixtures", default=str(ROOT / "tests" / "fixtures"))
    args = parser.parse_args(argv)
    wanted = args.systems.split(",")
    systems = [s for s in own_systems("off") if s.name in wanted]
    peer_names = [n for n in wanted if not n.startswith("newscrawl")]
    if peer_names:
        peers, missing = peer_systems(peer_names)
        if missing:
            print(f"not installed: {', '.join(missing)}", file=sys.stderr)
        systems += peers
    restore = block_network()
    try:
        print("| set | pages | system | " + " | ".join(FIELDS) + " |")
        print("|---|---:|---|" + "---:|" * len(FIELDS))
        for name in args.sets.split(","):
            folder = Path(args.fixtures) / name
            expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
            for system in systems:
                right: Counter = Counter()
                for page, want in sorted(expected.items()):
                    html = read_html_file(folder / page)
                    try:
                        got = predict(system, html, want["url"])
                    except Exception as error:  # a peer that raises scores as empty
                        print(f"{system.name} raised on {name}/{page}: {error!r}", file=sys.stderr)
                        got = Prediction()
                    right.update(field for field, ok in scores(got, want).items() if ok)
                cells = [f"{right[figure] / len(expected):.3f}" if field in system.fields else "-"
                         for figure, field in FIELDS.items()]
                print(f"| {name} | {len(expected)} | {system.name} | " + " | ".join(cells) + " |")
    finally:
        restore()
    return 0


if __name__ == "__main__":
    sys.exit(main())
