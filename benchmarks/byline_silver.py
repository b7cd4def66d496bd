"""Silver audit of the authors on pages without author labels: where does the generic
extractor name nobody although the page shows a byline, and where does it name someone
the page does not print where a byline sits?

The pages: the development part (split by site, as ``python -m newscrawl.evaluate``) of
corpora whose labels say nothing about authors: ``zyte`` (modern news pages), ``l3s-gn1``
(2008 layouts), ``htmldate-dev`` (the wide web; its pages also in trafilatura-dev left
out, those have author labels) and the pages of ``pagetypes`` labelled ``article`` (those
with a URL: the split needs the site). Each is extracted by the generic extractor
(profiles off) and by trafilatura, a peer used here only as a silver reference (never in
the extraction path). Two classes of candidates:

* ``none``: the extractor names nobody while some cheap sign says the page shows a
  person's byline: trafilatura names someone (``peer``); a short block among the first
  texts after the first h1 opens with a by-word of the byline vocabulary
  (``by-word``, :func:`newscrawl.extract.authors.starts_with_lead_in`); an element whose
  class, id, ``itemprop`` or ``rel`` names an author role holds a short text
  (``role-markup``).
* ``unprinted``: the extractor names someone whose name is not in the page's visible
  text near the headline or the edges of the body (``far``: printed elsewhere only;
  ``absent``: not printed at all, e.g. a meta or JSON-LD value the page never shows).

It prints the counts per class, corpus and development half (:func:`dev_half`), and with
``--pages`` the candidates of the half asked for, with the signs, so a reader can judge
each one. ``--out`` writes the candidates as JSON (the file a reader's judgements are
kept beside).

    python benchmarks/byline_silver.py --corpora ../shared/corpora [--half A|B|all]
        [--pages] [--out eval-results/byline-silver.json]

This is a development instrument, not a test; it reads the corpora at run time and
prints development pages only. The signs are cheap and loose on purpose: a candidate is
a page to read, not a miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newscrawl.evaluate.corpus import load_corpus, read_html_file
from newscrawl.evaluate.split import DEV, dev_half, part_of, site_of
from newscrawl.extract import authors as byline
from newscrawl.extract import extractor
from newscrawl.extract.context import parse_html

#: The corpora read, in report order.
CORPORA = ("zyte", "l3s-gn1", "htmldate-dev", "pagetypes")
#: The corpus whose pages are left out of htmldate-dev (they carry author labels there).
LABELLED_TWIN = "trafilatura-dev"

#: Class, id, itemprop or rel words naming an author role (any language the byline
#: vocabulary covers; loose: a sign, not a rule).
ROLE_WORDS = re.compile(r"author|byline|autor|auteur|writer|reporter|verfasser|journalist|firma"
                        r"|contributor|szerzo", re.IGNORECASE)
#: The longest text of a role-named element or a by-word block counted as a byline sign.
MAX_SIGN_CHARS = 120
#: Text nodes read after the first h1 for a by-word block.
TEXTS_AFTER_H1 = 40
#: Windows (characters of visible text) around the headline, the body's first and last
#: characters in which a printed name counts as "near".
NEAR_HEADLINE = (300, 1500)
NEAR_BODY_START = (1500, 300)
NEAR_BODY_END = (300, 1500)

_UNSEEN = ("script", "style", "noscript", "template", "title", "svg")


@dataclass(slots=True)
class Candidate:
    key: str
    corpus: str
    site: str
    half: str
    url: str
    cls: str            # 'none' or 'unprinted'
    ours: list[str]
    peer: list[str]
    signs: dict[str, list[str]] = field(default_factory=dict)
    where: str = ""     # for 'unprinted': 'far' or 'absent'


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def dev_pages(root: Path):
    """(corpus, case) of each development page read."""
    twins = set()
    if (root / LABELLED_TWIN).is_dir():
        twins = {case.url for case in load_corpus(root / LABELLED_TWIN).cases}
    for name in CORPORA:
        directory = root / name
        if name == "pagetypes":
            for line in (directory / "cases.jsonl").read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                url = row.get("url") or ""
                site = site_of(url, row.get("group"))
                if row.get("label") == "article" and site and part_of(site) == DEV:
                    yield name, row["id"], site, url, lambda d=directory, r=row: read_html_file(d / r["html"])
            continue
        for case in load_corpus(directory).cases:
            if case.part == DEV and not (name == "htmldate-dev" and case.url in twins):
                yield name, case.id, case.site, case.url, case.read_html


def visible_tree(html: str):
    """The page parsed as the extractor parses it (a title or head swallowing the body
    repaired), its scripts, style sheets and other unseen elements left out."""
    tree = parse_html(html)
    for element in list(tree.iter(*_UNSEEN)):
        if element.getparent() is not None:
            element.drop_tree()
    return tree


def role_texts(tree) -> list[str]:
    """Short texts of the elements whose class, id, itemprop or rel names an author role."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        names = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop", "rel"))
        if names.strip() and ROLE_WORDS.search(names):
            text = " ".join(element.text_content().split())
            if 2 < len(text) <= MAX_SIGN_CHARS and text not in found:
                found.append(text)
        if len(found) >= 4:
            break
    return found


def by_word_texts(tree) -> list[str]:
    """Short blocks among the first texts after the first h1 that open with a by-word."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return []
    found: list[str] = []
    for node in h1.xpath(f"(following::text()[normalize-space()])[position() <= {TEXTS_AFTER_H1}]"):
        holder = node.getparent()
        if holder is None or not isinstance(holder.tag, str):
            continue
        text = " ".join(holder.text_content().split())
        if len(text) <= MAX_SIGN_CHARS and byline.starts_with_lead_in(text) and text not in found:
            found.append(text)
    return found


def peer_authors(html: str, url: str) -> list[str]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    except Exception:  # noqa: BLE001 - the peer failing is no sign
        return []
    value = getattr(doc, "author", None) if doc is not None else None
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def nearness(tree, article, names: list[str]) -> str:
    """'' when every name is printed near the headline or the body's edges, else 'far'
    (printed elsewhere only) or 'absent' (not printed)."""
    text = fold(tree.text_content())
    anchors = []
    if article.headline:
        at = text.find(fold(article.headline)[:40])
        if at >= 0:
            anchors.append((at - NEAR_HEADLINE[0], at + NEAR_HEADLINE[1]))
    paragraphs = [p for p in (article.body or "").split("\n") if p.strip()]
    if paragraphs:
        at = text.find(fold(paragraphs[0])[:40])
        if at >= 0:
            anchors.append((at - NEAR_BODY_START[0], at + NEAR_BODY_START[1]))
        last = fold(paragraphs[-1])[-40:]
        at = text.rfind(last)
        if at >= 0:
            anchors.append((at - NEAR_BODY_END[0], at + len(last) + NEAR_BODY_END[1]))
    verdict = ""
    for name in names:
        spots = [m.start() for m in re.finditer(re.escape(fold(name)), text)]
        if not spots:
            return "absent"
        if not any(lo <= s <= hi for s in spots for lo, hi in anchors):
            verdict = "far"
    return verdict


def audit(root: Path) -> tuple[list[Candidate], Counter]:
    candidates: list[Candidate] = []
    totals: Counter = Counter()
    for corpus, page_id, site, url, read in dev_pages(root):
        half = dev_half(site)
        totals[(corpus, half)] += 1
        html = read()
        try:
            article = extractor.extract_article(html, url, profile=False)
        except Exception:  # noqa: BLE001 - not a page: nothing to audit
            continue
        ours = list(article.authors or [])
        tree = visible_tree(html)
        key = f"{corpus}/{page_id}"
        if not ours:
            signs = {"peer": peer_authors(html, url), "by-word": by_word_texts(tree),
                     "role-markup": role_texts(tree)}
            signs = {k: v for k, v in signs.items() if v}
            if signs:
                candidates.append(Candidate(key, corpus, site, half, url, "none", ours,
                                            signs.get("peer", []), signs))
        else:
            where = nearness(tree, article, ours)
            if where:
                candidates.append(Candidate(key, corpus, site, half, url, "unprinted", ours,
                                            peer_authors(html, url),
                                            {"layer": [article.sources.get("authors") or ""],
                                             "raw": [article.byline_raw or ""]}, where))
    return candidates, totals


def report(candidates: list[Candidate], totals: Counter, half: str, pages: bool) -> None:
    print("pages read (dev): " + ", ".join(
        f"{c} {totals[(c, 'A')]}A/{totals[(c, 'B')]}B" for c in CORPORA))
    counts = Counter((c.cls, c.where, c.corpus, c.half) for c in candidates)
    for cls, where in (("none", ""), ("unprinted", "far"), ("unprinted", "absent")):
        label = f"{cls} {where}".strip()
        row = ", ".join(f"{c} {counts[(cls, where, c, 'A')]}A/{counts[(cls, where, c, 'B')]}B"
                        for c in CORPORA)
        print(f"{label:18} {row}")
    signs = Counter((s, c.half) for c in candidates if c.cls == "none" for s in c.signs)
    print("none, by sign: " + ", ".join(f"{s} {signs[(s, 'A')]}A/{signs[(s, 'B')]}B"
                                       for s in ("peer", "by-word", "role-markup")))
    if pages:
        for c in candidates:
            if half in ("all", c.half):
                print(f"\n[{c.half}] {c.cls} {c.where} {c.key} {c.url}\n  ours={c.ours} peer={c.peer}")
                for sign, texts in c.signs.items():
                    print(f"  {sign}: " + " || ".join(texts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True)
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="the half whose candidates --pages prints (counts: both)")
    parser.add_argument("--pages", action="store_true", help="print each candidate")
    parser.add_argument("--out", type=Path, help="write the candidates as JSON")
    args = parser.parse_args(argv)
    candidates, totals = audit(args.corpora)
    report(candidates, totals, args.half, args.pages)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps([asdict(c) for c in candidates], ensure_ascii=False,
                                       indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
