"""Captions on unlabelled pages: the captions a page states by documented markup as a silver
reference.

A development instrument for caption recall and precision where no label says what the
captions are. On the development part of every corpus (zyte, fundus-dev, trafilatura-dev,
htmldate-dev, l3s-gn1, and the pages of ``pagetypes`` labelled articles; one page per URL),
newscrawl's generic extractor (profiles off) is run on each page, and the page's *stated
captions* are read straight from its markup:

- HTML5: the ``<figcaption>`` of a ``<figure>``;
- microdata: an element (or ``<meta content>``) with ``itemprop="caption"``;
- WordPress: ``wp-caption-text`` (the classic editor's caption shortcode) and
  ``wp-element-caption`` (the block editor's image caption);
- schema.org JSON-LD: the ``caption`` of an ``ImageObject``.

A stated caption is *in the story* when its element sits inside the article's region (the
deepest element holding most of the paragraphs the extracted body is made of, widened to
the HTML5 ``<article>`` around it) and not inside ``nav`` / ``footer`` / ``aside``, or when
it captions the lead image (``og:image``, matched by :func:`images.url_key`) anywhere on the
page; a JSON-LD caption is in the story when it captions the lead image. A stated text that
is a credit alone (nothing left once :func:`images.split_credit` takes the credit) is not
counted.

Two kinds of candidates are listed:

- *recall*: a stated caption in the story that no caption of the Article matches (an
  Article caption matches when its folded text is inside the stated text or the other way
  round);
- *cut*: a stated caption in the story whose longest matching Article caption is much
  shorter than the stated caption without its credit (text cut, or a caption of several
  parts reduced to one);
- *precision*: a caption of the Article that is inside no text the page states as a
  caption anywhere (any of the markup above, page-wide, and JSON-LD ``caption`` /
  ``description`` of ImageObjects).

Whether a candidate is a miss of the extractor is for a reader to judge: the judgements live
in a JSON file (``--judged``, ``{"corpus/id#kind#n": "class"}``), written after reading half
A's candidates; the report prints the candidates per kind and half, and with judgements the
candidates per class and half. Halves are :func:`newscrawl.evaluate.split.dev_half`;
held-out pages are never opened.

    python benchmarks/caption_silver.py --corpora ../shared/corpora [--out rows.jsonl]
        [--list A|B|both] [--judged judged.json]
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import lxml.etree  # noqa: E402
import lxml.html  # noqa: E402

from newscrawl.evaluate.devpages import dev_pages as development_pages  # noqa: E402
from newscrawl.evaluate.split import dev_half  # noqa: E402
from newscrawl.extract import extractor  # noqa: E402
from newscrawl.extract import images as pictures  # noqa: E402
from newscrawl.text import collapse, fold  # noqa: E402

#: The corpora read, in report order (pagetypes: its article pages only).
CORPORA = ("zyte", "fundus-dev", "trafilatura-dev", "htmldate-dev", "l3s-gn1", "pagetypes")
#: Caption markup by documented convention (HTML5, microdata, WordPress).
STATED_CAPTIONS = lxml.etree.XPath(
    "//figure//figcaption | //*[@itemprop='caption']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' wp-element-caption ')]")
#: Containers whose captions are not the story's (HTML5 sectioning for navigation,
#: page footers and content aside from the story).
NOT_STORY_TAGS = frozenset({"nav", "footer", "aside"})
#: Body lines this long or longer locate the article's region.
MIN_PARAGRAPH_CHARS = 40
#: The region is the deepest element holding this share of the located paragraphs.
REGION_SHARE = 0.6
#: A stated caption is *cut* when the Article's longest matching caption is shorter than
#: this share of its caption part (the stated text without the credit split from it).
CUT_SHARE = 0.7
#: The kinds of candidates, in report order.
KINDS = ("recall", "cut", "precision")
#: The corpora's pages are UTF-8 (a page without a charset is not read as Latin-1).
UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
#: Elements holding an image (a figure's picture).
IMAGE_TAGS = ("img", "amp-img", "source", "video")


def dev_pages(corpora: Path):
    """(key, site, url, html) for each development page of the corpora, one per URL."""
    for page in development_pages(corpora, CORPORA):
        yield page.key, page.site, page.url, page.html


def article_region(tree, body: str):
    """The deepest element holding REGION_SHARE of the body's paragraphs, widened to the
    ``<article>`` element around it; None when no paragraph is found."""
    lines = {fold(line) for line in (body or "").split("\n") if len(line) >= MIN_PARAGRAPH_CHARS}
    found = [p for p in tree.iter("p", "div", "li", "blockquote")
             if len(p) == 0 or p.tag == "p"]
    found = [p for p in found if fold(p.text_content()) in lines]
    if not found:
        return None
    counts: Counter = Counter()
    depth: dict = {}
    for p in found:
        for level, ancestor in enumerate(reversed(list(p.iterancestors()))):
            counts[ancestor] += 1
            depth[ancestor] = level
    needed = REGION_SHARE * len(found)
    region = max((a for a, n in counts.items() if n >= needed), key=lambda a: depth[a], default=None)
    if region is None:
        return None
    outer = next(region.iterancestors("article"), None)
    return outer if outer is not None else region


def _within(element, region) -> bool:
    return region is not None and (element is region or any(a is region for a in element.iterancestors()))


def _not_story(element) -> bool:
    return any(a.tag in NOT_STORY_TAGS for a in element.iterancestors())


def _caption_image_key(element, base: str) -> str:
    """The url_key of the image the caption element belongs to (its figure's, or the
    nearest ancestor's within a few levels)."""
    node = element.getparent()
    for _ in range(4):
        if node is None:
            return ""
        for img in node.iter(*IMAGE_TAGS):
            url = pictures.image_url(img) if img.tag in ("img", "amp-img") else (
                img.get("srcset") or img.get("poster") or "").split(" ")[0]
            if url:
                return pictures.url_key(pictures.absolute(url, base))
        node = node.getparent()
    return ""


def _jsonld_objects(tree):
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, dict):
                yield value
                stack.extend(value.values())


def _text(value) -> str:
    if isinstance(value, str):
        return collapse(html_lib.unescape(value))
    if isinstance(value, dict):
        return _text(value.get("text") or value.get("@value") or value.get("name"))
    return ""


def stated_captions(tree, url: str, region, lead_key: str):
    """(in-story captions as dicts, every stated caption text page-wide)."""
    story, every = [], []
    for element in STATED_CAPTIONS(tree):
        text = collapse(element.get("content")) if element.tag == "meta" else pictures.caption_text(element)
        if not text:
            continue
        every.append(text)
        key = _caption_image_key(element, url)
        lead = bool(lead_key) and key == lead_key
        if _not_story(element) or not (lead or _within(element, region)):
            continue
        kind = "itemprop" if element.get("itemprop") == "caption" else (
            "wp" if "wp-" in (element.get("class") or "") else "figcaption")
        story.append(dict(kind=kind, text=text, lead=lead, cls=(element.get("class") or "")[:60]))
    for value in _jsonld_objects(tree):
        types = value.get("@type")
        types = types if isinstance(types, list) else [types]
        if "ImageObject" not in types:
            continue
        for field in ("caption", "description"):
            text = _text(value.get(field))
            if text:
                every.append(text)
        caption = _text(value.get("caption"))
        image_url = _text(value.get("url") or value.get("contentUrl"))
        if caption and lead_key and pictures.url_key(pictures.absolute(image_url, url)) == lead_key:
            story.append(dict(kind="jsonld", text=caption, lead=True, cls=""))
    return story, every


def _matches(caption: str, stated: str) -> bool:
    a, b = fold(caption), fold(stated)
    return bool(a) and bool(b) and (a in b or b in a)


def page_row(key: str, site: str, url: str, html: str) -> dict:
    article = extractor.extract_article(html, url, profile=False)
    data = html.encode("utf-8") if isinstance(html, str) else html
    tree = lxml.html.fromstring(data, parser=UTF8_PARSER)
    region = article_region(tree, article.body or "")
    meta = tree.xpath("//meta[@property='og:image']/@content")
    lead_key = pictures.url_key(pictures.absolute(meta[0], url)) if meta else ""
    story, every = stated_captions(tree, url, region, lead_key)
    captions = [(i.caption or "", i.credit or "") for i in article.images if i.caption]
    recall, cut, seen = [], [], set()
    for stated in story:
        text_caption, _credit = pictures.split_credit(stated["text"])
        if not text_caption or fold(stated["text"]) in seen:
            continue  # a credit alone, or the same text twice
        seen.add(fold(stated["text"]))
        matched = [c for c, _ in captions if _matches(c, stated["text"])]
        if not matched:
            recall.append(stated)
        elif max(len(fold(c)) for c in matched) < CUT_SHARE * len(fold(text_caption)):
            cut.append(dict(stated, caption=max(matched, key=len)))
    precision = [dict(caption=c, credit=r) for c, r in captions
                 if not any(fold(c) in fold(s) for s in every)]
    return dict(key=key, site=site, half=dev_half(site), url=url, region=region is not None,
                stated=len(seen), captions=len(captions), recall=recall, cut=cut, precision=precision,
                article=[dict(caption=c, credit=r) for c, r in captions])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--judged", type=Path, help='JSON {"corpus/id#kind#n": "class"}')
    parser.add_argument("--list", choices=("A", "B", "both"), help="print these halves' candidates")
    parser.add_argument("--out", type=Path, help="write every page's row (JSON lines)")
    args = parser.parse_args(argv)
    judged = json.loads(args.judged.read_text()) if args.judged else {}
    rows = [page_row(*page) for page in dev_pages(args.corpora)]
    if args.out:
        args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    pages, stated, captions = Counter(), Counter(), Counter()
    candidates: dict[str, Counter] = defaultdict(Counter)
    classes: dict[str, Counter] = defaultdict(Counter)
    sites: dict[str, set] = defaultdict(set)
    listed = []
    for row in rows:
        half = row["half"]
        pages[half] += 1
        stated[half] += row["stated"]
        captions[half] += row["captions"]
        for kind in KINDS:
            for n, item in enumerate(row[kind]):
                candidates[kind][half] += 1
                name = f"{row['key']}#{kind}#{n}"
                verdict = judged.get(name)
                if verdict:
                    classes[f"{kind}: {verdict}"][half] += 1
                    sites[f"{kind}: {verdict}"].add(row["site"])
                if args.list in (half, "both"):
                    listed.append((half, name, row["site"], item, verdict or ""))
    print(f"development pages: A {pages['A']}, B {pages['B']}; stated captions in the story: "
          f"A {stated['A']}, B {stated['B']}; Article captions: A {captions['A']}, B {captions['B']}")
    for kind in KINDS:
        print(f"{kind} candidates: A {candidates[kind]['A']}, B {candidates[kind]['B']}")
    if classes:
        print(f"{'class':70} {'A':>4} {'B':>4} {'sites':>5}")
        for verdict in sorted(classes):
            print(f"{verdict:70} {classes[verdict]['A']:4} {classes[verdict]['B']:4} {len(sites[verdict]):5}")
    for half, name, site, item, verdict in sorted(listed):
        print(f"{half} {name} {site} [{verdict}] {json.dumps(item, ensure_ascii=False)[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
