"""The article-or-not evaluation: its reading of the corpora layouts (on corpora written
here), and the CI floors of its two figures over the shared corpora (skipped when
../shared is absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newscrawl.evaluate import pagetype
from newscrawl.evaluate.floors import CORPORA_FROM_REPO
from newscrawl.extract.classify import Verdict

REPO = Path(__file__).resolve().parents[2]
CORPORA = (REPO / CORPORA_FROM_REPO).resolve()
FLOORS = json.loads((REPO / "tests" / "quality_floors.json").read_text("utf-8"))["pagetype"]

ARTICLE = ("<html><head><title>Pier</title></head><body><article><h1>Pier reopens</h1>"
           + "<p>The pier reopened on Monday after a winter of repairs to its deck.</p>" * 30
           + "</article></body></html>")
FRONT = ("<html><head><title>Gazette</title></head><body><h1>Gazette</h1>"
         + "".join(f'<article><h2><a href="/news/{n}">Story {n}</a></h2></article>'
                   for n in range(15)) + "</body></html>")


def write_corpora(root: Path) -> None:
    types = root / "pagetypes"
    (types / "html").mkdir(parents=True)
    cases = []
    for n, (label, html, url) in enumerate([
            ("article", ARTICLE, "https://gazette.example/news/2025/03/01/pier-reopens-after-repairs"),
            ("non_article", FRONT, "https://gazette.example/")]):
        (types / "html" / f"{n}.html.gz").write_bytes(gzip.compress(html.encode()))
        cases.append({"id": str(n), "url": url, "label": label, "html": f"html/{n}.html.gz"})
    (types / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases), "utf-8")
    flagged = root / "flagged"
    (flagged / "html").mkdir(parents=True)
    (flagged / "html" / "a.html").write_text(ARTICLE, "utf-8")
    (flagged / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in [
        {"id": "a", "url": "https://b.example/story-one-two-three", "html": "html/a.html",
         "article": True},
        {"id": "b", "url": "https://b.example/", "html": "html/a.html", "article": False},
    ]), "utf-8")
    zyte = root / "zyte"
    (zyte / "html").mkdir(parents=True)
    (zyte / "html" / "z1.html.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (zyte / "ground-truth.json").write_text(json.dumps(
        {"z1": {"articleBody": "x", "url": "https://c.example/2024/01/02/pier"}}), "utf-8")


def test_pages_of_every_layout_are_read_and_judged(tmp_path, capsys):
    write_corpora(tmp_path)
    pages = pagetype.all_labelled_pages(tmp_path)
    assert sorted((p.corpus, p.is_article) for p in pages) == [
        ("flagged", True), ("pagetypes", False), ("pagetypes", True), ("zyte", True)]
    judged = pagetype.judge_all(pages)
    assert pagetype.figures(judged) == {"articles.kept": 1.0, "non_articles.refused": 1.0}
    assert pagetype.main(["--corpora", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "articles kept 100.00% (3/3)" in out and "pages that went wrong (0;" in out


@pytest.fixture(scope="module")
def shared_figures():
    if not (CORPORA / pagetype.PAGETYPES).is_dir():
        pytest.skip(f"{CORPORA} holds no {pagetype.PAGETYPES} corpus: the page-type floors "
                    "need ../shared/corpora beside the checkout")
    return pagetype.measure(CORPORA)


@pytest.mark.parametrize("key", sorted(FLOORS["floors"]))
def test_pagetype_figure_stays_above_its_floor(shared_figures, key):
    value, floor = shared_figures[key], FLOORS["floors"][key]
    assert value is not None and value >= floor, (
        f"{key} fell to {value:.4f}, below its floor {floor:.3f} "
        f"(measured {FLOORS['measured'][key]:.4f} when pinned)")


def test_the_report_names_wrong_pages_of_development_parts_only():
    # pier-news.com falls in the development part, dock-post.com in the held-out part (split.py)
    def wrong(url):
        page = pagetype.LabelledPage("pagetypes", url, url, True, Path("x.html"), "", "")
        return pagetype.Judged(page, Verdict(False, "thin", -1.0))

    out = pagetype.report([wrong("https://pier-news.com/story"), wrong("https://dock-post.com/story")])
    assert "pages that went wrong (2; held-out pages only counted: 1)" in out
    assert "https://pier-news.com/story" in out and "dock-post.com" not in out
