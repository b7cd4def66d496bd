"""Partial bodies on unlabelled pages: trafilatura's text as a silver reference.

A development instrument for body recall where no label says what the story is. On the
development part of every corpus (zyte, fundus-dev, trafilatura-dev, htmldate-dev,
l3s-gn1, and the pages of ``pagetypes`` labelled articles; one page per URL), newscrawl's
generic extractor (profiles off) and trafilatura are run on each page. trafilatura's text
is cut into sentences of eight words or more; a sentence is covered when its normalised
text is in newscrawl's body or description. A page is a *candidate* when trafilatura's
text has 600 characters or more and newscrawl covers less than 0.7 of its sentences'
characters: the peer holds substantial prose the body lacks.

Whether the missing text is story (a miss) or furniture the peer took (not a miss) is for
a reader to judge: the judgements live in a JSON file (``--judged``, ``{"corpus/id":
"class"}``; a class starting ``story:`` is a miss of the story, any other class is not),
written after reading half A's candidates. The report prints the candidates per half and,
with judgements, the pages per class and half and the *silver figure*: the mean coverage
of trafilatura's sentences on the pages judged story misses, per half (it rises when a
rule gathers the missing parts). Halves are :func:`newscrawl.evaluate.split.dev_half`;
held-out pages are never opened. trafilatura is a peer here only, never in the
extraction path; ``--cache`` keeps its texts between runs (a scratch file, not committed).

With ``--select disjoint`` the candidates are the other class, *two different blocks*:
newscrawl's body and trafilatura's text both have 500 characters or more and share little
(newscrawl covers less than 0.3 of the peer's sentences, and the peer less than 0.3 of
newscrawl's): one of the two took another part of the page for the story. On labelled
pages (zyte, fundus-dev and l3s-gn1 bodies, trafilatura-dev snippets) each row also
carries newscrawl's recall on the labels, and the list adds the labelled pages whose
recall is under 0.5 (marked ``L``), candidates or not.

    python benchmarks/silver_recall.py --corpora ../shared/corpora --cache /tmp/traf.json
        [--select partial|disjoint] [--judged judged.json] [--list A|B|both] [--out rows.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.evaluate.metrics import snippet_text  # noqa: E402
from newscrawl.evaluate.devpages import dev_pages as development_pages  # noqa: E402
from newscrawl.evaluate.runner import score_body, score_snippets  # noqa: E402
from newscrawl.evaluate.split import dev_half  # noqa: E402
from newscrawl.extract import extractor  # noqa: E402

#: The corpora read, in report order (pagetypes: its article pages only).
CORPORA = ("zyte", "fundus-dev", "trafilatura-dev", "htmldate-dev", "l3s-gn1", "pagetypes")
#: A sentence counts when it has this many words or more (shorter lines are labels).
MIN_SENTENCE_WORDS = 8
#: A page is a candidate when the peer's text is this long or longer ...
MIN_PEER_CHARS = 600
#: ... and newscrawl covers less than this share of its sentences' characters.
MAX_COVERAGE = 0.7
#: ``--select disjoint``: both texts this long or longer ...
MIN_DISJOINT_CHARS = 500
#: ... and each covers less than this share of the other's sentences.
MAX_SHARED = 0.3
#: Labelled pages with a recall under this are listed too (``--select disjoint``).
LOW_LABEL_RECALL = 0.5
#: Where a line is cut into sentences.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
#: A word, as the body metric counts them.
WORD = re.compile(r"\w+")
#: U+00AD, the HTML ``&shy;``.
SOFT_HYPHEN = "\u00ad"
#: Judged classes that are misses of the story start with this.
STORY_PREFIX = "story:"


def dev_pages(corpora: Path):
    """(key, site, url, html, truth) for each development page of the corpora, one per
    URL (truth None on pagetypes)."""
    for page in development_pages(corpora, CORPORA):
        yield page.key, page.site, page.url, page.html, page.truth


def sentences(text: str) -> list[str]:
    """The peer text's sentences of MIN_SENTENCE_WORDS words or more, normalised."""
    out = []
    for line in text.splitlines():
        for sentence in SENTENCE_END.split(line):
            if len(sentence.split()) >= MIN_SENTENCE_WORDS:
                out.append(words_of(sentence))
    return out


def words_of(text: str) -> str:
    """The text's words, lower-cased, one space apart (spacing and punctuation vary
    between two extractors' renderings of the same markup; a soft hyphen is a
    hyphenation hint one keeps and the other drops)."""
    text = snippet_text(text).replace(SOFT_HYPHEN, "").lower()
    return " " + " ".join(WORD.findall(text)) + " "


def coverage(peer: str, have: str) -> tuple[float, int]:
    """Share of the peer's sentence characters found in ``have`` (a :func:`words_of`
    text); characters missed."""
    found = missed = 0
    for sentence in sentences(peer):
        if sentence in have:
            found += len(sentence)
        else:
            missed += len(sentence)
    total = found + missed
    return (found / total if total else 1.0), missed


def label_recall(truth, body: str) -> float | None:
    """newscrawl's recall on the page's labels: the body metric's where the page has a
    labelled body, the share of with-snippets found where it has snippets; None without."""
    if truth is None:
        return None
    if truth.body is not None:
        return score_body(body, truth.body)["recall"]
    if truth.snippets is not None and truth.snippets.with_:
        record = score_snippets(body, truth.snippets)
        return record["found"] / (record["found"] + record["missed"])
    return None


def is_candidate(select: str, peer: str, body: str, share: float, back: float) -> bool:
    """Does the page belong to the selected class (see the module docstring)?"""
    if select == "disjoint":
        return (len(peer) >= MIN_DISJOINT_CHARS and len(body) >= MIN_DISJOINT_CHARS
                and share < MAX_SHARED and back < MAX_SHARED)
    return len(peer) >= MIN_PEER_CHARS and share < MAX_COVERAGE


def peer_text(key: str, url: str, html: str, cache: dict) -> str:
    if key not in cache:
        import trafilatura

        cache[key] = trafilatura.extract(html, url=url or None, include_comments=False) or ""
    return cache[key]


def low_recall(row: dict) -> bool:
    """A labelled page whose recall on its labels is under LOW_LABEL_RECALL."""
    return row["label_recall"] is not None and row["label_recall"] < LOW_LABEL_RECALL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--cache", type=Path, help="JSON file keeping the peer's texts")
    parser.add_argument("--select", choices=("partial", "disjoint"), default="partial",
                        help="the candidates: partial bodies, or two different blocks")
    parser.add_argument("--judged", type=Path, help='JSON {"corpus/id": "class"}')
    parser.add_argument("--list", choices=("A", "B", "both"), help="print these halves' candidates")
    parser.add_argument("--out", type=Path, help="write every page's row (JSON lines)")
    args = parser.parse_args(argv)
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    judged = json.loads(args.judged.read_text()) if args.judged else {}
    rows = []
    for key, site, url, html, truth in dev_pages(args.corpora):
        peer = peer_text(key, url, html, cache)
        article = extractor.extract_article(html, url, profile=False)
        body = article.body or ""
        have = words_of(body + "\n" + (article.description or ""))
        share, missed = coverage(peer, have)
        back, _ = coverage(body, words_of(peer))
        recall = label_recall(truth, body)
        rows.append(dict(key=key, site=site, half=dev_half(site), url=url,
                         body_chars=len(body), peer_chars=len(peer),
                         coverage=round(share, 3), missed_chars=missed,
                         back_coverage=round(back, 3),
                         label_recall=None if recall is None else round(recall, 3),
                         candidate=is_candidate(args.select, peer, body, share, back)))
    if args.cache:
        args.cache.write_text(json.dumps(cache))
    if args.out:
        args.out.write_text("".join(json.dumps(row) + "\n" for row in rows))
    pages = Counter(row["half"] for row in rows)
    candidates = Counter(row["half"] for row in rows if row["candidate"])
    if args.select == "disjoint":
        rule = (f"both {MIN_DISJOINT_CHARS}+ chars, coverage < {MAX_SHARED} "
                f"both ways")
    else:
        rule = f"peer {MIN_PEER_CHARS}+ chars, coverage < {MAX_COVERAGE}"
    print(f"development pages: A {pages['A']}, B {pages['B']}; "
          f"candidates ({rule}): A {candidates['A']}, B {candidates['B']}")
    if args.select == "disjoint":
        labelled = Counter(row["half"] for row in rows if row["label_recall"] is not None)
        low = Counter(row["half"] for row in rows if low_recall(row))
        print(f"labelled pages: A {labelled['A']}, B {labelled['B']}; "
              f"label recall < {LOW_LABEL_RECALL}: A {low['A']}, B {low['B']}")
    if judged:
        classes: dict[str, Counter] = defaultdict(Counter)
        sites: dict[str, set] = defaultdict(set)
        story: dict[str, list[float]] = defaultdict(list)
        for row in rows:
            verdict = judged.get(row["key"])
            if verdict is None:
                continue
            classes[verdict][row["half"]] += 1
            sites[verdict].add(row["site"])
            if verdict.startswith(STORY_PREFIX):
                story[row["half"]].append(row["coverage"])
        print(f"{'class':60} {'A':>4} {'B':>4} {'sites':>5}")
        for verdict in sorted(classes):
            print(f"{verdict:60} {classes[verdict]['A']:4} {classes[verdict]['B']:4} "
                  f"{len(sites[verdict]):5}")
        for half in "AB":
            values = story[half]
            mean = sum(values) / len(values) if values else float("nan")
            still = sum(1 for value in values if value < MAX_COVERAGE)
            print(f"silver figure, half {half}: mean coverage {mean:.3f} on {len(values)} "
                  f"story-miss pages ({still} still below {MAX_COVERAGE})")
    if args.list:
        for row in sorted(rows, key=lambda r: (r["half"], r["key"])):
            listed = row["candidate"] or (args.select == "disjoint" and low_recall(row))
            if listed and args.list in (row["half"], "both"):
                mark = ("C" if row["candidate"] else "-") + ("L" if low_recall(row) else "-")
                recall = row["label_recall"]
                print(f"{row['half']} {mark} {row['key'][:60]:60} {row['site'][:28]:28} "
                      f"cov {row['coverage']:.2f} back {row['back_coverage']:.2f} "
                      f"body {row['body_chars']:6} peer {row['peer_chars']:6} "
                      f"label {'-' if recall is None else f'{recall:.2f}':>4} "
                      f"[{judged.get(row['key'], '')}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
