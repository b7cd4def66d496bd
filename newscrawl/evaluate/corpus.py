"""Loading labelled corpora: pages (HTML text) with the truth of each field.

Five layouts are read, recognised by their index file and, for ``cases.jsonl``, by
the labels of its first case:

- Zyte benchmark layout: ``ground-truth.json`` (``{id: {"articleBody", "url"}}``) and
  ``html/<id>.html.gz``. Body truth only.
- Fundus layout: ``cases.jsonl`` (one case a line: url, title, authors,
  publishing_date, summary, sections, images, ``html`` path relative to the corpus).
- Snippets layout (trafilatura's evaluation set): cases with ``with`` / ``without``
  snippets the main text must / must not contain, and where labelled ``headline``,
  ``authors`` and ``published`` (a day).
- Dates layout (htmldate's evaluation set): cases with ``published`` (a day) only.
- Marked-text layout (L3S-GN1): cases with ``body``, ``body_variants`` (the body is
  scored against the best variant) and ``headline``.

Every case carries its site and its part (development or held-out, see
:mod:`newscrawl.evaluate.split`).

HTML files may be gzip-compressed or plain; they are decoded as UTF-8 (a byte order
mark is dropped, undecodable bytes replaced), whatever the page declares, because
the corpora are stored in UTF-8 and the Zyte pages often declare no charset.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.evaluate.metrics import DateValue, Snippets, date_value
from newscrawl.evaluate.split import part_of, site_of

ZYTE_INDEX = "ground-truth.json"
FUNDUS_INDEX = "cases.jsonl"

#: Field names a corpus can hold truth for, in report order.
FIELDS = ("body", "snippets", "headline", "authors", "published", "captions")

#: Layout -> the fields its labels cover.
LAYOUT_FIELDS: dict[str, tuple[str, ...]] = {
    "zyte": ("body",),
    "fundus": ("body", "headline", "authors", "published", "captions"),
    "snippets": ("snippets", "headline", "authors", "published"),
    "dates": ("published",),
    "marked": ("body", "headline"),
}


class CorpusError(ValueError):
    """A directory is not a corpus in a known layout, or a file in it is unreadable."""


@dataclass(slots=True)
class Truth:
    """The labelled values of one page; None means the corpus has no truth for a field.

    ``body`` is one text, or a tuple of acceptable variants scored against the best.
    """

    body: str | tuple[str, ...] | None = None
    snippets: Snippets | None = None
    headline: str | None = None
    authors: list[str] | None = None
    published: DateValue | None = None
    captions: list[str] | None = None

    def has(self, name: str) -> bool:
        """Does this page have a truth for field ``name``?"""
        return getattr(self, name) is not None


@dataclass(slots=True)
class Case:
    """One labelled page: its id, URL, the path of its HTML, the truth, its site and part."""

    id: str
    url: str
    html_path: Path
    truth: Truth = field(default_factory=Truth)
    site: str = ""
    part: str = ""

    def __post_init__(self):
        if not self.site:
            self.site = site_of(self.url)
        if not self.part:
            self.part = part_of(self.site)

    def read_html(self) -> str:
        """The page's HTML as text (decompressed, decoded as UTF-8)."""
        return read_html_file(self.html_path)


@dataclass(slots=True)
class Corpus:
    """A named list of cases and the fields its labels cover."""

    name: str
    layout: str
    cases: list[Case]
    fields: tuple[str, ...]


#: The labels of a page-type corpus's cases (``newscrawl.evaluate.pagetype`` reads them).
PAGE_TYPE_LABELS = ("article", "non_article")


def read_html_file(path: Path) -> str:
    """Read an HTML file, gunzipping it when it is gzip data, and decode it as UTF-8."""
    data = Path(path).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8-sig", errors="replace")


def detect_layout(directory: Path) -> str:
    """The layout by the index file the directory holds and, for ``cases.jsonl``,
    by the labels of its first case: 'zyte', 'fundus', 'snippets', 'dates' or 'marked'."""
    directory = Path(directory)
    if (directory / FUNDUS_INDEX).is_file():
        first = next(_jsonl(directory / FUNDUS_INDEX), (0, {}))[1]
        if "with" in first or "without" in first:
            return "snippets"
        if "body" in first or "body_variants" in first:
            return "marked"
        if "sections" in first or "publishing_date" in first or "title" in first:
            return "fundus"
        if "published" in first:
            return "dates"
        if first.get("label") in PAGE_TYPE_LABELS:
            raise CorpusError(f"{directory}: a page-type corpus (pages labelled article or "
                              "non_article, no field labels): python -m newscrawl.evaluate.pagetype "
                              "scores it; --stripped scores its pages against their own "
                              "structured data")
        raise CorpusError(f"{directory / FUNDUS_INDEX}: cases of an unknown kind "
                          f"(labels {', '.join(sorted(first)) or 'none'})")
    if (directory / ZYTE_INDEX).is_file():
        return "zyte"
    raise CorpusError(
        f"{directory}: no {ZYTE_INDEX} or {FUNDUS_INDEX}, not a corpus in a known layout")


def load_corpus(directory: str | Path, *, limit: int | None = None) -> Corpus:
    """Load a corpus directory of either layout (cases sorted by id; ``limit`` keeps the first N)."""
    directory = Path(directory)
    layout = detect_layout(directory)
    cases: list[Case]
    if layout == "zyte":
        cases = list(_zyte_cases(directory))
    else:
        cases = list(_jsonl_cases(directory, _TRUTH_OF[layout]))
    fields = LAYOUT_FIELDS[layout]
    cases.sort(key=lambda case: case.id)
    if limit is not None:
        cases = cases[:limit]
    return Corpus(name=directory.resolve().name, layout=layout, cases=cases, fields=fields)


# -- Zyte layout ----------------------------------------------------------------------

def _zyte_html_path(directory: Path, page_id: str) -> Path:
    for name in (f"{page_id}.html.gz", f"{page_id}.html"):
        candidate = directory / "html" / name
        if candidate.is_file():
            return candidate
    raise CorpusError(f"{directory}: no html/{page_id}.html.gz or .html")


def _zyte_cases(directory: Path) -> Iterator[Case]:
    labels = _read_json(directory / ZYTE_INDEX)
    for page_id, label in labels.items():
        yield Case(
            id=page_id,
            url=label.get("url") or "",
            html_path=_zyte_html_path(directory, page_id),
            truth=Truth(body=label.get("articleBody") or ""),
        )


# -- Fundus layout --------------------------------------------------------------------

def fundus_body(label: dict) -> str:
    """The body truth of a Fundus case: summary, then each section's headline and
    paragraphs, in order, as paragraphs separated by blank lines."""
    parts = list(label.get("summary") or [])
    for section in label.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def fundus_captions(label: dict) -> list[str]:
    """The non-empty image captions of a Fundus case (credits are kept apart by the labels)."""
    captions = []
    for image in label.get("images") or []:
        caption = (image.get("caption") or "").strip()
        if caption:
            captions.append(caption)
    return captions


def fundus_truth(label: dict) -> Truth:
    """All field truths of one Fundus case.

    A case with no labelled caption has no caption truth: the labelling parsers do not
    collect captions for every publisher, so captions found there are not counted
    against precision.
    """
    return Truth(
        body=fundus_body(label),
        headline=label.get("title") or None,
        authors=list(label.get("authors") or []),
        published=date_value(label.get("publishing_date")),
        captions=fundus_captions(label) or None,
    )


# -- the cases.jsonl layouts ------------------------------------------------------------

def snippets_truth(label: dict) -> Truth:
    """Truths of a snippets case: the snippets, and headline, authors and day where labelled."""
    return Truth(
        snippets=Snippets(tuple(label.get("with") or ()), tuple(label.get("without") or ())),
        headline=label.get("headline") or None,
        authors=list(label["authors"]) if isinstance(label.get("authors"), list) else None,
        published=date_value(label.get("published")),
    )


def dates_truth(label: dict) -> Truth:
    """Truth of a dates case: the publication day."""
    return Truth(published=date_value(label.get("published")))


def marked_truth(label: dict) -> Truth:
    """Truths of a marked-text case: the body variants (the plain body first) and headline."""
    variants = [label.get("body") or ""]
    variants += [v for v in label.get("body_variants") or [] if v and v not in variants]
    return Truth(body=tuple(variants), headline=label.get("headline") or None)


#: cases.jsonl layout -> the function reading one label's truths.
_TRUTH_OF = {"fundus": fundus_truth, "snippets": snippets_truth, "dates": dates_truth,
             "marked": marked_truth}


def _jsonl(index: Path) -> Iterator[tuple[int, dict]]:
    with index.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{index}:{number}: {exc}") from exc


def _jsonl_cases(directory: Path, truth_of) -> Iterator[Case]:
    index = directory / FUNDUS_INDEX
    for number, label in _jsonl(index):
        html = directory / label["html"]
        if not html.is_file():
            raise CorpusError(f"{index}:{number}: missing {html}")
        url = label.get("url") or ""
        yield Case(id=label.get("id") or html.name, url=url, html_path=html,
                   truth=truth_of(label), site=site_of(url, label.get("group")))


def _read_json(path: Path):
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from exc
