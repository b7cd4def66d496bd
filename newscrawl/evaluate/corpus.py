"""Loading labelled corpora: pages (HTML text) with the truth of each field.

Two layouts are read, recognised by their index file:

- Zyte benchmark layout: ``ground-truth.json`` (``{id: {"articleBody", "url"}}``) and
  ``html/<id>.html.gz``. Body truth only.
- Fundus layout: ``cases.jsonl`` (one case a line: url, title, authors,
  publishing_date, summary, sections, images, ``html`` path relative to the corpus).

HTML files may be gzip-compressed or plain; they are decoded as UTF-8 (a byte order
mark is dropped, undecodable bytes replaced), whatever the page declares, because
both corpora are stored in UTF-8 and the Zyte pages often declare no charset.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.evaluate.metrics import DateValue, date_value

ZYTE_INDEX = "ground-truth.json"
FUNDUS_INDEX = "cases.jsonl"

#: Field names a corpus can hold truth for, in report order.
FIELDS = ("body", "headline", "authors", "published", "captions")


class CorpusError(ValueError):
    """A directory is not a corpus in a known layout, or a file in it is unreadable."""


@dataclass(slots=True)
class Truth:
    """The labelled values of one page; None means the corpus has no truth for a field."""

    body: str | None = None
    headline: str | None = None
    authors: list[str] | None = None
    published: DateValue | None = None
    captions: list[str] | None = None

    def has(self, name: str) -> bool:
        """Does this page have a truth for field ``name``?"""
        return getattr(self, name) is not None


@dataclass(slots=True)
class Case:
    """One labelled page: its id, URL, the path of its HTML and the truth."""

    id: str
    url: str
    html_path: Path
    truth: Truth = field(default_factory=Truth)

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


def read_html_file(path: Path) -> str:
    """Read an HTML file, gunzipping it when it is gzip data, and decode it as UTF-8."""
    data = Path(path).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8-sig", errors="replace")


def detect_layout(directory: Path) -> str:
    """'zyte' or 'fundus' by the index file the directory holds."""
    directory = Path(directory)
    if (directory / FUNDUS_INDEX).is_file():
        return "fundus"
    if (directory / ZYTE_INDEX).is_file():
        return "zyte"
    raise CorpusError(
        f"{directory}: no {ZYTE_INDEX} or {FUNDUS_INDEX}, not a corpus in a known layout")


def load_corpus(directory: str | Path, *, limit: int | None = None) -> Corpus:
    """Load a corpus directory of either layout (cases sorted by id; ``limit`` keeps the first N)."""
    directory = Path(directory)
    layout = detect_layout(directory)
    fields: tuple[str, ...]
    if layout == "fundus":
        cases, fields = list(_fundus_cases(directory)), FIELDS
    else:
        cases, fields = list(_zyte_cases(directory)), ("body",)
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


def _fundus_cases(directory: Path) -> Iterator[Case]:
    index = directory / FUNDUS_INDEX
    with index.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{index}:{number}: {exc}") from exc
            html = directory / label["html"]
            if not html.is_file():
                raise CorpusError(f"{index}:{number}: missing {html}")
            yield Case(id=label.get("id") or html.name, url=label.get("url") or "",
                       html_path=html, truth=fundus_truth(label))


def _read_json(path: Path):
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from exc
