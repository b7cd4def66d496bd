"""The headline-source study: which sources equal the label, and the ceilings it derives."""

import json

from newscrawl.evaluate import headline_sources as study
from newscrawl.evaluate.headline_sources import PageSources
from newscrawl.evaluate.split import HELD_OUT
from newscrawl.extract.extractor import headline_candidates


def page(id_, label, chosen=None, **candidates):
    full = {name: candidates.get(name) for name in study.SOURCES}
    return PageSources(id=id_, label=label, candidates=full, chosen=chosen)


def test_matching_sources_compare_as_the_headline_metric_does():
    p = page("a", "Harbour  Reopens", jsonld="harbour reopens", meta="Harbour reopens today")
    assert p.matching == {"jsonld"}
    assert p.present == ("jsonld", "meta")


def test_pattern_names_each_source_by_the_first_source_it_agrees_with():
    p = page("a", "x", jsonld="One", meta="Two", h1="one", title="TWO")
    assert p.pattern == (("jsonld", "jsonld"), ("meta", "meta"), ("h1", "jsonld"), ("title", "meta"))


def test_best_fixed_order_counts_the_first_present_source_only():
    pages = [page("a", "B", jsonld="A", meta="B"),
             page("b", "B", meta="B", h1="C"),
             page("c", "C", jsonld="A", meta="B", h1="C")]
    right, order = study.best_fixed_orders(pages)[0]
    assert right == 2
    assert order[0] == "meta"


def test_pattern_bound_picks_the_best_source_within_each_pattern():
    # Same pattern (JSON-LD and og:title differ): labels split 2 to 1, so the bound takes 2.
    pages = [page("a", "B", jsonld="A", meta="B"), page("b", "D", jsonld="C", meta="D"),
             page("c", "E", jsonld="E", meta="F"),
             # another pattern: only og:title, right.
             page("d", "G", meta="G")]
    assert study.pattern_bound(pages) == (3, 2)


def test_summary_and_report_give_the_extractor_and_the_ceilings():
    pages = [page("a", "B", chosen="A", jsonld="A", meta="B"),
             page("b", "C", chosen="C", jsonld="C", meta="D"),
             page("c", "Z", chosen="X", jsonld="X")]
    figures = study.summary(pages)
    assert figures["extractor"] == 1
    assert figures["oracle"] == 2
    assert figures["agreement_pattern_bound"]["right"] == 1
    assert study.disagreements(pages) == {"meta": 1, "jsonld": 1}
    text = study.report(pages)
    assert "1/3 = 0.333" in text and "  a  [meta]  chose 'A'" in text and "  c  [none]" in text


def test_report_names_wrong_development_pages_only():
    pages = [page("dev-page", "B", chosen="A", jsonld="A", meta="B"),
             page("held-page", "D", chosen="C", jsonld="C", meta="D")]
    pages[1].part = HELD_OUT
    text = study.report(pages)
    assert "dev-page" in text and "held-page" not in text
    assert "(2; held-out pages only counted: 1)" in text
    assert study.summary(pages)["extractor"] == 0  # the figures still count every page


def test_candidates_are_cleaned_of_the_site_name_like_the_extractor_does():
    html = """<html><head><title>Ferry timetable changes | Coast Times</title>
    <meta property="og:title" content="New ferry timetable from May">
    <meta property="og:site_name" content="Coast Times">
    <script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Ferry timetable changes"}</script></head>
    <body><article><h1>Ferry timetable changes</h1><p>Text.</p></article></body></html>"""
    candidates = headline_candidates(html, "https://coast.example/ferry")
    assert candidates == {"jsonld": "Ferry timetable changes", "meta": "New ferry timetable from May",
                          "h1": "Ferry timetable changes", "title": "Ferry timetable changes"}


def test_command_studies_a_corpus_directory(fundus_corpus, capsys):
    assert study.main(["--corpus", str(fundus_corpus), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["pages"] == 2
    assert figures["extractor"] <= figures["oracle"] <= 2
    assert figures["sources"]["h1"] == {"present": 2, "equals_label": 2}


def test_command_rejects_a_directory_that_is_not_a_corpus(tmp_path, capsys):
    assert study.main(["--corpus", str(tmp_path)]) == 2
    assert "not a corpus" in capsys.readouterr().err
