"""The floors file writer of the CI quality gate."""

import json

from newscrawl.evaluate.floors import GUARDED, MARGIN, floors_document, main


def test_floors_are_measured_minus_margin_rounded_down():
    document = floors_document({"zyte": {"body.f1": 0.9538, "body.accuracy": 0.0031}})
    assert document["floors"]["zyte"] == {"body.f1": 0.948, "body.accuracy": 0.0}
    assert document["measured"]["zyte"]["body.f1"] == 0.9538
    assert document["margin"] == MARGIN
    assert "python -m newscrawl.evaluate.floors" in document["note"]


def test_missing_figures_get_no_floor():
    document = floors_document({"fundus-dev": {"body.f1": 0.9, "captions.recall": None}})
    assert document["floors"]["fundus-dev"] == {"body.f1": 0.895}


def test_every_guarded_corpus_guards_its_held_out_part():
    for keys in GUARDED.values():
        held_out = {key.split("/", 1)[1] for key in keys if key.startswith("held-out/")}
        dev = {key.split("/", 1)[1] for key in keys if key.startswith("dev/")}
        assert held_out and held_out == dev
    assert {"body.f1", "body.accuracy"} <= set(GUARDED["zyte"])


def test_part_keys_read_the_part_figures(zyte_corpus):
    from newscrawl.evaluate.corpus import load_corpus
    from newscrawl.evaluate.floors import figure_of
    from newscrawl.evaluate.runner import run_system
    from newscrawl.evaluate.systems import Prediction, System

    run = run_system(System(name="empty", extract=lambda html, url: Prediction()),
                     load_corpus(zyte_corpus))
    assert figure_of(run, "body.f1") == run.figures["body.f1"]
    for part in ("dev", "held-out"):
        assert figure_of(run, f"{part}/body.f1") == run.parts[part]["body.f1"]


def test_missing_corpora_are_an_error(tmp_path, capsys):
    assert main(["--corpora", str(tmp_path), "--write", str(tmp_path / "f.json")]) == 2
    assert "corpora not found" in capsys.readouterr().err
    assert not (tmp_path / "f.json").exists()


def test_floors_file_in_the_repo_is_consistent():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "quality_floors.json"
    document = json.loads(path.read_text("utf-8"))
    for corpus, floors in document["floors"].items():
        for key, floor in floors.items():
            assert floor <= document["measured"][corpus][key] - document["margin"] + 1e-9
