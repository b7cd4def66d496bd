"""Running systems over a corpus: figures, failures, worst pages, results files, CLI."""

import json

import lxml.html
import pytest

from newscrawl.evaluate.__main__ import main
from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.report import results_path, side_by_side, worst_report, write_results
from newscrawl.evaluate.runner import run_system, worst_pages
from newscrawl.evaluate.systems import Prediction, System, caption_forms
from newscrawl.evaluate.metrics import date_value


def naive_extract(html: str, url: str) -> Prediction:
    """A deliberately simple extractor: h1, byline after 'By', <time>, figcaptions, <p>s."""
    root = lxml.html.fromstring(html)
    paragraphs = [p.text_content().strip() for p in root.iter("p")]
    byline = [p[3:] for p in paragraphs if p.startswith("By ")]
    times = root.xpath("//time/@datetime")
    return Prediction(
        body="\n\n".join(p for p in paragraphs if not p.startswith("By ")),
        headline=(root.findtext(".//h1") or "").strip(),
        authors=byline,
        published=date_value(times[0]) if times else None,
        captions=[caption_forms(c.text_content(), None) for c in root.iter("figcaption")],
    )


NAIVE = System(name="naive", extract=naive_extract)


def test_naive_extractor_scores_full_marks_where_it_is_right(fundus_corpus):
    run = run_system(NAIVE, load_corpus(fundus_corpus))
    figures = run.figures
    assert figures["headline.exact"] == 1.0
    assert figures["authors.precision"] == 1.0 and figures["authors.recall"] == 1.0
    assert figures["published.minute"] == 1.0  # 09:30+01:00 == 08:30Z; day-only page left out
    assert figures["published.day"] == 0.5  # the second page has no <time>
    assert figures["captions.recall"] == 1.0 and figures["captions.precision"] == 1.0
    # page two's truth has a section headline "Prize" the extractor misses
    assert figures["body.precision"] == 1.0 and figures["body.recall"] < 1.0
    assert figures["body.accuracy"] == 0.5
    assert figures["ms.median"] >= 0 and figures["ms.p95"] >= figures["ms.median"]


def test_fields_the_corpus_lacks_are_omitted(zyte_corpus):
    run = run_system(NAIVE, load_corpus(zyte_corpus))
    assert run.figures["body.f1"] == 1.0
    assert run.figures["headline.exact"] is None
    assert set(run.pages[0].fields) == {"body"}


def test_fields_a_system_lacks_show_as_dash(fundus_corpus):
    body_only = System(name="body-only", extract=naive_extract, fields=frozenset({"body"}))
    corpus = load_corpus(fundus_corpus)
    table = side_by_side([run_system(NAIVE, corpus), run_system(body_only, corpus)])
    headline_row = next(line for line in table.splitlines() if "headline exact" in line)
    assert headline_row.split("|")[2].strip() == "1.000"
    assert headline_row.split("|")[3].strip() == "-"


def test_a_raising_system_scores_empty_and_keeps_the_error(zyte_corpus):
    def broken(html, url):
        raise RuntimeError("boom")

    run = run_system(System(name="broken", extract=broken), load_corpus(zyte_corpus))
    assert run.figures["body.recall"] == 0.0 and run.figures["body.f1"] == 0.0
    assert all(page.error == "RuntimeError: boom" for page in run.pages)


def test_article_like_objects_are_accepted(zyte_corpus):
    def article_like(html, url):
        return {"body": naive_extract(html, url).body, "images": [], "authors": []}

    run = run_system(System(name="dicts", extract=article_like), load_corpus(zyte_corpus))
    assert run.figures["body.f1"] == 1.0


def test_worst_pages_rank_by_cost(fundus_corpus):
    run = run_system(NAIVE, load_corpus(fundus_corpus))
    worst = worst_pages(run, "published", 5)
    assert [page.id for page, _ in worst] == ["xx/two"]
    assert worst_pages(run, "headline", 5) == []
    report = worst_report(run, 3)
    assert "published: 1 shown" in report and "xx/two" in report


def test_results_file_has_one_line_per_page(fundus_corpus, tmp_path):
    corpus = load_corpus(fundus_corpus)
    run = run_system(NAIVE, corpus)
    path = write_results(run, tmp_path / "out" / "r.jsonl", corpus.name)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["id"] for r in records] == ["xx/one", "xx/two"]
    assert records[0]["fields"]["authors"] == {"truth": ["Mira Holm"], "prediction": ["Mira Holm"],
                                               "tp": 1, "fp": 0, "fn": 0, "cost": 0.0}
    assert records[1]["fields"]["published"]["truth_kind"] == "day"


def test_results_file_of_one_part_holds_that_parts_pages_only(fundus_corpus, tmp_path):
    corpus = load_corpus(fundus_corpus)
    run = run_system(NAIVE, corpus)
    written = []
    for part in ("dev", "held-out"):
        path = write_results(run, tmp_path / f"{part}.jsonl", corpus.name, parts=(part,))
        records = [json.loads(line) for line in path.read_text().splitlines()]
        assert {r["part"] for r in records} <= {part}
        assert [r["id"] for r in records] == [p.id for p in run.pages if p.part == part]
        written += records
    assert sorted(r["id"] for r in written) == sorted(p.id for p in run.pages)


def test_results_path_template():
    assert str(results_path("eval-results/{corpus}-{system}.jsonl", "zyte", "x", True)) == \
        "eval-results/zyte-x.jsonl"
    assert str(results_path("out/run.jsonl", "zyte", "x", True)) == "out/run-x.jsonl"
    assert str(results_path("out/run.jsonl", "zyte", "x", False)) == "out/run.jsonl"


def test_command_runs_a_peer_and_writes_results(zyte_corpus, tmp_path, capsys):
    pytest.importorskip("readability", reason="readability-lxml (bench extra) not installed")
    out = tmp_path / "{corpus}-{system}.jsonl"
    code = main(["--corpus", str(zyte_corpus), "--systems", "readability-lxml",
                 "--out", str(out), "--limit", "1"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "| figure | readability-lxml |" in printed and "body F1" in printed
    assert (tmp_path / "tiny-zyte-readability-lxml.jsonl").is_file()


def test_command_rejects_a_non_corpus(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path), "--systems", "newscrawl-generic"]) == 2
    assert "not a corpus" in capsys.readouterr().err


def test_figures_can_be_recomputed_from_the_results_file(fundus_corpus, tmp_path):
    from newscrawl.evaluate.runner import PageResult, corpus_figures

    corpus = load_corpus(fundus_corpus)
    run = run_system(NAIVE, corpus)
    path = write_results(run, tmp_path / "r.jsonl", corpus.name)
    pages = [PageResult(id=r["id"], url=r["url"], system=r["system"], ms=r["ms"],
                        error=r["error"], fields=r["fields"])
             for r in map(json.loads, path.read_text().splitlines())]
    again = corpus_figures(pages, corpus.fields)
    assert {k: v for k, v in again.items() if not k.startswith("ms.")} == \
        {k: v for k, v in run.figures.items() if not k.startswith("ms.")}


def test_command_lifts_the_network_block_and_rejects_unknown_systems(zyte_corpus, capsys):
    import socket

    assert main(["--corpus", str(zyte_corpus), "--systems", "nonesuch,trafilatura"]) == 2
    assert "nonesuch" in capsys.readouterr().err
    assert not getattr(socket.getaddrinfo, "newscrawl_blocked", False)


def test_snippets_are_scored_on_the_body_and_pooled(snippets_corpus):
    run = run_system(NAIVE, load_corpus(snippets_corpus))
    # page a: both with-snippets in the <p>s, neither without-snippet (nav, footer);
    # page b: its with-snippet found, its without-snippet (the h1) absent
    assert run.figures["snippets.recall"] == 1.0 and run.figures["snippets.precision"] == 1.0
    assert run.figures["headline.exact"] == 1.0  # page b has no headline label
    record = run.pages[0].fields["snippets"]
    assert record["missing"] == [] and record["intruding"] == []


def test_snippets_in_the_description_count_only_in_the_description_and_body_figures(snippets_corpus):
    # the body leaves out the sentence a with-snippet is in; the description holds it, and
    # a without-snippet ("Contact us") too, which only the second figures are charged for
    def split(html, url):
        body = naive_extract(html, url).body
        return Prediction(body=body.replace("after three days of storms", ""),
                          description="Reopened after three days of storms. Contact us")
    run = run_system(System(name="split", extract=split), load_corpus(snippets_corpus))
    plain = run_system(NAIVE, load_corpus(snippets_corpus))
    assert run.figures["snippets.recall"] < plain.figures["snippets.recall"] == 1.0
    assert run.figures["snippets.recall_with_description"] == 1.0
    assert run.figures["snippets.f1_with_description"] < 1.0  # "Contact us" is charged
    # a body that opens with its description is not read twice; without one, the same
    assert plain.figures["snippets.f1_with_description"] == plain.figures["snippets.f1"]


def test_body_is_scored_against_its_best_variant(marked_corpus):
    with_caption = System(name="caption", extract=lambda html, url: Prediction(
        body=naive_extract(html, url).body.replace("The harbour",
                                                   "Boats return to the quay on Tuesday The harbour")))
    plain = run_system(NAIVE, load_corpus(marked_corpus))
    captioned = run_system(with_caption, load_corpus(marked_corpus))
    assert plain.figures["body.f1"] == 1.0 and "variant" in plain.pages[0].fields["body"]
    assert captioned.figures["body.f1"] == 1.0
    assert captioned.pages[0].fields["body"]["variant"] == 1


def test_figures_are_given_per_part_and_the_table_shows_both(snippets_corpus, dates_corpus):
    from newscrawl.evaluate.split import PARTS

    run = run_system(NAIVE, load_corpus(dates_corpus))
    assert set(run.parts) == set(PARTS)
    for part in PARTS:
        pages = [p for p in run.pages if p.part == part]
        expected = (sum(p.fields["published"]["day"] for p in pages) / len(pages)
                    if pages else None)
        assert run.parts[part]["published.day"] == expected
    table = side_by_side([run])
    assert "naive dev" in table and "naive held-out" in table
    assert all(p.part in PARTS and p.site for p in run.pages)
    dev_only = side_by_side([run], parts=("dev",))
    assert "naive dev" in dev_only and "held-out" not in dev_only


def test_worst_pages_of_one_part_only(dates_corpus):
    run = run_system(NAIVE, load_corpus(dates_corpus))
    for part in ("dev", "held-out"):
        assert all(page.part == part for page, _ in worst_pages(run, "published", 5, part=part))
