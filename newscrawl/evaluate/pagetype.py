"""How well the article-or-not decision does on real labelled pages.

``python -m newscrawl.evaluate.pagetype`` reads every labelled page of the corpora
beside the project (``../shared/corpora/*``): the article corpora (every page an
article; in a corpus whose cases carry an ``article`` flag, the pages flagged true) and
the page-type corpus (cases labelled ``article`` or ``non_article``). Each page goes
through the crawl's own path (extraction, then :func:`~newscrawl.extract.classify.classify_article`,
with no listing signal: a page the crawl found in a news sitemap or feed has that
signal in its favour). It prints the share of articles kept and of non-articles
refused, the two halves of the page-type corpus by site (one held out while the
classifier was designed), and every page of a development part (``split.py``) that went
wrong with its score and signals; wrong pages of held-out parts are only counted.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from newscrawl.errors import NotAPageError
from newscrawl.evaluate.split import DEV, part_of, site_of
from newscrawl.extract import extract_article_with_context
from newscrawl.extract.classify import Verdict, classify_article

#: Where the corpora are, relative to the repository root.
CORPORA_FROM_REPO = Path("..") / "shared" / "corpora"
#: The corpus of pages labelled article / non_article.
PAGETYPES = "pagetypes"
#: Stand-in URL for a labelled page whose URL is unknown.
UNKNOWN_URL = "https://unknown.invalid/page"


@dataclass(slots=True)
class LabelledPage:
    """One labelled page: where it is, its URL, whether it is an article, its site."""

    corpus: str
    id: str
    url: str
    is_article: bool
    html_path: Path
    site: str
    #: The site as the dev / held-out split reads it (the corpus's group label, else the
    #: URL's registrable domain).
    split_site: str = ""

    @property
    def part(self) -> str:
        """The split's part the page falls in (DEV or HELD_OUT)."""
        return part_of(self.split_site or site_of(self.url) or self.site)

    @property
    def half(self) -> int:
        """0 or 1: the half of its corpus the page's site falls in (by a hash of the site)."""
        return hashlib.sha1(self.site.encode("utf-8")).digest()[0] % 2

    def read(self) -> bytes:
        """The page's bytes (gunzipped)."""
        data = self.html_path.read_bytes()
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


@dataclass(slots=True)
class Judged:
    """A labelled page and the classifier's verdict on it."""

    page: LabelledPage
    verdict: Verdict

    @property
    def right(self) -> bool:
        """Whether the verdict agrees with the label."""
        return self.verdict.is_article == self.page.is_article


def _site(url: str, fallback: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or fallback


def labelled_pages(corpus_dir: Path) -> list[LabelledPage]:
    """The labelled pages of one corpus directory (Zyte layout or ``cases.jsonl``)."""
    corpus_dir = Path(corpus_dir)
    pages = []
    if (corpus_dir / "cases.jsonl").is_file():
        with (corpus_dir / "cases.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                case = json.loads(line)
                if "label" in case:
                    is_article = case["label"] == "article"
                elif "article" in case:
                    if not case["article"]:
                        continue  # not labelled an article: no label at all
                    is_article = True
                else:
                    is_article = True
                url = case.get("url") or ""
                pages.append(LabelledPage(corpus_dir.name, str(case.get("id") or case["html"]),
                                          url, is_article, corpus_dir / case["html"],
                                          _site(url, str(case.get("group") or case.get("id"))),
                                          site_of(url, case.get("group"))))
    elif (corpus_dir / "ground-truth.json").is_file():
        labels = json.loads((corpus_dir / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id, label in labels.items():
            path = corpus_dir / "html" / f"{page_id}.html.gz"
            if not path.is_file():
                path = corpus_dir / "html" / f"{page_id}.html"
            url = label.get("url") or ""
            pages.append(LabelledPage(corpus_dir.name, page_id, url, True, path,
                                      _site(url, page_id), site_of(url)))
    return pages


def all_labelled_pages(corpora: Path) -> list[LabelledPage]:
    """The labelled pages of every corpus under ``corpora`` (sorted by corpus name)."""
    pages = []
    for corpus_dir in sorted(Path(corpora).iterdir()):
        if corpus_dir.is_dir():
            pages.extend(labelled_pages(corpus_dir))
    return pages


def judge(page: LabelledPage) -> Verdict:
    """The crawl's verdict on a labelled page (a page that is not a page at all is refused)."""
    url = page.url or UNKNOWN_URL
    try:
        article, context = extract_article_with_context(page.read(), url)
    except NotAPageError:
        return Verdict(False, "not-a-page", float("-inf"))
    return classify_article(article, context)


def judge_all(pages: list[LabelledPage]) -> list[Judged]:
    """Every page with its verdict."""
    return [Judged(page, judge(page)) for page in pages]


def share(judged: list[Judged], *, articles: bool) -> tuple[float | None, int, int]:
    """(share right, right, total) among the articles (or the non-articles)."""
    chosen = [j for j in judged if j.page.is_article == articles]
    right = sum(j.right for j in chosen)
    return (right / len(chosen) if chosen else None), right, len(chosen)


def figures(judged: list[Judged]) -> dict[str, float | None]:
    """The two guarded figures: articles kept, non-articles refused."""
    return {"articles.kept": share(judged, articles=True)[0],
            "non_articles.refused": share(judged, articles=False)[0]}


def _line(label: str, judged: list[Judged]) -> str:
    parts = []
    for articles, name in ((True, "articles kept"), (False, "non-articles refused")):
        value, right, total = share(judged, articles=articles)
        if total:
            parts.append(f"{name} {value:.2%} ({right}/{total})")
    return f"{label:<28} " + ", ".join(parts)


def report(judged: list[Judged]) -> str:
    """The printed report: overall shares, per corpus, the page-type halves, the wrong pages
    of development parts (held-out ones counted, never named)."""
    lines = [_line("all labelled pages", judged)]
    for corpus in sorted({j.page.corpus for j in judged}):
        lines.append(_line(f"  {corpus}", [j for j in judged if j.page.corpus == corpus]))
    types = [j for j in judged if j.page.corpus == PAGETYPES]
    for half in (0, 1):
        lines.append(_line(f"  {PAGETYPES} half {half} (by site)",
                           [j for j in types if j.page.half == half]))
    wrong = [j for j in judged if not j.right]
    shown = [j for j in wrong if j.page.part == DEV]
    lines.append(f"\npages that went wrong ({len(wrong)}; held-out pages only counted: "
                 f"{len(wrong) - len(shown)}):")
    for j in sorted(shown, key=lambda j: (j.page.is_article, j.page.corpus, j.page.url)):
        label = "article refused" if j.page.is_article else "non-article kept"
        lines.append(f"  {label:<17} {j.page.corpus:<16} {j.verdict.reason:<22} "
                     f"score {j.verdict.score:>5} {j.page.url or j.page.id}  "
                     f"[{' '.join(j.verdict.signals)}]")
    return "\n".join(lines)


def measure(corpora: Path) -> dict[str, float | None]:
    """The guarded figures over every labelled page under ``corpora``."""
    return figures(judge_all(all_labelled_pages(corpora)))


def main(argv: list[str] | None = None) -> int:
    """Judge every labelled page and print the report."""
    parser = argparse.ArgumentParser(prog="python -m newscrawl.evaluate.pagetype",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA_FROM_REPO,
                        help=f"directory holding the corpora (default {CORPORA_FROM_REPO})")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"error: no corpora in {args.corpora}", file=sys.stderr)
        return 2
    judged = judge_all(all_labelled_pages(args.corpora))
    print(report(judged))
    if args.json:
        print(json.dumps(figures(judged)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
