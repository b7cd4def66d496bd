"""Corpus loading: both layouts, gzip and plain HTML, UTF-8, and the shared corpora."""

import gzip
from pathlib import Path

import pytest

from newscrawl.evaluate.corpus import (CorpusError, detect_layout, fundus_body, load_corpus,
                                       read_html_file)

#: The shared corpora beside the checkout (../shared/corpora).
SHARED_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def test_detects_layout_by_index_file(zyte_corpus, fundus_corpus, tmp_path):
    assert detect_layout(zyte_corpus) == "zyte"
    assert detect_layout(fundus_corpus) == "fundus"
    with pytest.raises(CorpusError, match="not a corpus"):
        detect_layout(tmp_path)


def test_zyte_layout_gives_body_truth_only(zyte_corpus):
    corpus = load_corpus(zyte_corpus)
    assert corpus.name == "tiny-zyte" and corpus.fields == ("body",)
    assert [c.id for c in corpus.cases] == ["p1", "p2"]
    first = corpus.cases[0]
    assert first.url == "https://coast.example/harbour"
    assert first.truth.headline is None and first.truth.body.startswith("The harbour")
    assert "débris" in first.read_html()  # gzip, no charset declared, decoded as UTF-8
    assert "library" in corpus.cases[1].read_html()  # plain file


def test_fundus_layout_gives_every_field(fundus_corpus):
    corpus = load_corpus(fundus_corpus)
    one, two = corpus.cases
    assert one.truth.headline == "Harbour reopens after storm"
    assert one.truth.authors == ["Mira Holm"]
    assert one.truth.published.kind == "instant"
    assert one.truth.captions == ["Boats return to the quay on Tuesday"]  # empty one dropped
    assert two.truth.published.kind == "day"
    assert two.truth.authors == []
    assert two.truth.captions is None  # no labelled caption: no caption truth


def test_fundus_body_is_summary_then_sections_in_order():
    label = {"summary": ["Lead."], "sections": [
        {"headline": [], "paragraphs": ["First.", "Second."]},
        {"headline": ["Sub"], "paragraphs": ["Third."]}]}
    assert fundus_body(label) == "Lead.\n\nFirst.\n\nSecond.\n\nSub\n\nThird."


def test_limit_keeps_the_first_pages(zyte_corpus):
    assert [c.id for c in load_corpus(zyte_corpus, limit=1).cases] == ["p1"]


def test_missing_html_is_reported(zyte_corpus):
    (zyte_corpus / "html" / "p2.html").unlink()
    with pytest.raises(CorpusError, match="p2"):
        load_corpus(zyte_corpus)


def test_read_html_drops_bom_and_replaces_bad_bytes(tmp_path):
    path = tmp_path / "x.html.gz"
    path.write_bytes(gzip.compress(b"\xef\xbb\xbf<p>caf\xc3\xa9 \xff</p>"))
    assert read_html_file(path) == "<p>café \ufffd</p>"


@pytest.mark.parametrize("name, layout, pages", [("zyte", "zyte", 181),
                                                  ("fundus-dev", "fundus", 123)])
def test_shared_corpora_load(name, layout, pages):
    directory = SHARED_CORPORA / name
    if not directory.is_dir():
        pytest.skip(f"shared corpus {directory} not present")
    corpus = load_corpus(directory)
    assert corpus.layout == layout and len(corpus.cases) == pages
    assert all(case.truth.body for case in corpus.cases)
    assert corpus.cases[0].read_html().lstrip()[:1] == "<"


def test_snippets_layout_gives_snippets_and_the_labelled_fields(snippets_corpus):
    corpus = load_corpus(snippets_corpus)
    assert corpus.layout == "snippets"
    assert corpus.fields == ("snippets", "headline", "authors", "published")
    a, b = corpus.cases
    assert a.truth.snippets.with_ == ("after three  days of storms", "Crews cleared débris")
    assert a.truth.published.kind == "day" and a.truth.authors == ["Mira Holm"]
    assert a.site == "coast.example"
    assert b.truth.headline is None and b.truth.authors is None and b.truth.published is None


def test_dates_layout_gives_the_day_only(dates_corpus):
    corpus = load_corpus(dates_corpus)
    assert corpus.layout == "dates" and corpus.fields == ("published",)
    assert [str(c.truth.published.value) for c in corpus.cases] == ["2024-03-05", "2024-03-06"]
    assert corpus.cases[0].truth.body is None


def test_marked_layout_gives_body_variants_plain_body_first(marked_corpus):
    corpus = load_corpus(marked_corpus)
    assert corpus.layout == "marked" and corpus.fields == ("body", "headline")
    variants = corpus.cases[0].truth.body
    assert isinstance(variants, tuple) and len(variants) == 2
    assert variants[0].startswith("The harbour") and variants[1].startswith("Boats")


def test_cases_of_an_unknown_kind_are_refused(tmp_path):
    (tmp_path / "cases.jsonl").write_text('{"id": "x", "html": "x.html"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="unknown kind"):
        detect_layout(tmp_path)


def test_a_page_type_corpus_is_refused_with_where_it_is_read(tmp_path):
    (tmp_path / "cases.jsonl").write_text('{"id": "x", "html": "x.html", "label": "non_article"}\n',
                                          encoding="utf-8")
    with pytest.raises(CorpusError, match="page-type corpus.*newscrawl.evaluate.pagetype"):
        detect_layout(tmp_path)
