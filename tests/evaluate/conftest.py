"""Small hand-written corpora in both layouts, built in a temporary directory."""

import gzip
import json
from pathlib import Path

import pytest

PAGE_ONE = """<html><head><title>Harbour reopens | Coast Times</title></head><body>
<nav>Home News Sport</nav>
<article><h1>Harbour reopens after storm</h1>
<p class="byline">By Mira Holm</p>
<time datetime="2024-03-05T09:30:00+01:00">5 March</time>
<figure><img src="/a.jpg"><figcaption>Boats return to the quay on Tuesday</figcaption></figure>
<p>The harbour reopened on Tuesday after three days of storms kept ferries in port.</p>
<p>Crews cleared débris from the slipway before the first crossing at noon.</p>
</article><footer>Contact us</footer></body></html>"""

PAGE_TWO = """<html><head><meta charset="utf-8"><title>Library wins award</title></head><body>
<article><h1>Library wins award</h1>
<p>The town library won a national prize for its reading programme for children.</p>
</article></body></html>"""


def _write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))


@pytest.fixture
def zyte_corpus(tmp_path) -> Path:
    """A two-page corpus in the Zyte layout: one page gzipped, one plain."""
    root = tmp_path / "tiny-zyte"
    _write_gz(root / "html" / "p1.html.gz", PAGE_ONE)
    (root / "html" / "p2.html").write_text(PAGE_TWO, encoding="utf-8")
    truth = {
        "p1": {"url": "https://coast.example/harbour",
               "articleBody": "The harbour reopened on Tuesday after three days of storms kept "
                              "ferries in port.\n\nCrews cleared débris from the slipway before "
                              "the first crossing at noon."},
        "p2": {"url": "https://town.example/library",
               "articleBody": "The town library won a national prize for its reading programme "
                              "for children."},
    }
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


@pytest.fixture
def fundus_corpus(tmp_path) -> Path:
    """A two-page corpus in the Fundus layout with every field labelled."""
    root = tmp_path / "tiny-fundus"
    _write_gz(root / "html" / "one.html.gz", PAGE_ONE)
    _write_gz(root / "html" / "two.html.gz", PAGE_TWO)
    cases = [
        {"id": "xx/one", "url": "https://coast.example/harbour", "html": "html/one.html.gz",
         "title": "Harbour reopens after storm", "authors": ["Mira Holm"],
         "publishing_date": "2024-03-05 08:30:00+00:00",
         "summary": ["The harbour reopened on Tuesday after three days of storms kept "
                     "ferries in port."],
         "sections": [{"headline": [], "paragraphs": [
             "Crews cleared débris from the slipway before the first crossing at noon."]}],
         "images": [{"url": "https://coast.example/a.jpg",
                     "caption": "Boats return to the quay on Tuesday", "credits": ["Ola Berg"]},
                    {"url": "https://coast.example/b.jpg", "caption": None, "credits": []}]},
        {"id": "xx/two", "url": "https://town.example/library", "html": "html/two.html.gz",
         "title": "Library wins award", "authors": [], "publishing_date": "2024-03-06 00:00:00",
         "summary": [], "sections": [{"headline": ["Prize"], "paragraphs": [
             "The town library won a national prize for its reading programme for children."]}],
         "images": []},
    ]
    (root / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n",
                                      encoding="utf-8")
    return root


def _write_cases(root: Path, cases: list[dict], pages: dict[str, str]) -> Path:
    for name, text in pages.items():
        _write_gz(root / "html" / name, text)
    (root / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n",
                                      encoding="utf-8")
    return root


@pytest.fixture
def snippets_corpus(tmp_path) -> Path:
    """Two pages labelled the way trafilatura's evaluation set is: snippets, headline, day."""
    cases = [
        {"id": "a", "url": "https://coast.example/harbour", "group": "coast.example",
         "html": "html/a.html.gz",
         "with": ["after three  days of storms", "Crews cleared débris"],
         "without": ["Contact us", "Home News Sport"],
         "headline": "Harbour reopens after storm", "authors": ["Mira Holm"],
         "published": "2024-03-05", "article": True},
        {"id": "b", "url": "https://town.example/library", "group": "town.example",
         "html": "html/b.html.gz", "with": ["national prize"], "without": ["Library wins award"],
         "headline": None, "authors": None, "published": None, "article": False},
    ]
    return _write_cases(tmp_path / "tiny-snippets", cases,
                        {"a.html.gz": PAGE_ONE, "b.html.gz": PAGE_TWO})


@pytest.fixture
def dates_corpus(tmp_path) -> Path:
    """Two pages labelled with a publication day only (htmldate's evaluation layout)."""
    cases = [
        {"id": "a", "url": "https://coast.example/harbour", "group": "coast.example",
         "html": "html/a.html.gz", "published": "2024-03-05"},
        {"id": "b", "url": "https://town.example/library", "group": "town.example",
         "html": "html/b.html.gz", "published": "2024-03-06"},
    ]
    return _write_cases(tmp_path / "tiny-dates", cases,
                        {"a.html.gz": PAGE_ONE, "b.html.gz": PAGE_TWO})


@pytest.fixture
def marked_corpus(tmp_path) -> Path:
    """One page with its main text marked, once plain and once with the caption (L3S layout)."""
    body = ("The harbour reopened on Tuesday after three days of storms kept ferries in port.\n"
            "Crews cleared débris from the slipway before the first crossing at noon.")
    cases = [{"id": "a", "url": "https://coast.example/harbour", "group": "coast.example",
              "html": "html/a.html.gz", "body": body,
              "body_variants": [body, "Boats return to the quay on Tuesday\n" + body],
              "headline": "Harbour reopens after storm"}]
    return _write_cases(tmp_path / "tiny-marked", cases, {"a.html.gz": PAGE_ONE})
