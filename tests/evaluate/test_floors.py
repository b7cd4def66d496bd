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


def test_every_guarded_corpus_has_body_figures():
    assert all({"body.f1", "body.accuracy"} <= set(keys) for keys in GUARDED.values())


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
