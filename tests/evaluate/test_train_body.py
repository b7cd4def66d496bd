"""The training tool of the learned body layer: it refuses clearly without corpora, and
on the shared corpora it gives the committed weights back (deterministic, dev pages only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.evaluate.split import DEV, part_of
from newscrawl.evaluate.train_body import fold_of, main, render_weights
from newscrawl.extract.body.learned_weights import MODEL

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def test_without_corpora_the_tool_says_so(tmp_path, capsys):
    assert main(["--corpora", str(tmp_path / "absent")]) == 2
    assert "no corpora" in capsys.readouterr().err


def test_folds_keep_a_site_together_and_use_every_fold():
    sites = [f"site{i}.example" for i in range(200)]
    assert {fold_of(site, 5) for site in sites} == set(range(5))
    assert all(fold_of(site, 5) == fold_of(site, 5) for site in sites)


def test_the_weights_file_is_rendered_from_a_model():
    namespace: dict = {}
    exec(render_weights(dict(MODEL)), namespace)  # the text the tool writes reads back
    assert namespace["MODEL"] == MODEL


def test_training_reproduces_the_committed_weights():
    if not CORPORA.is_dir():
        pytest.skip(f"corpora {CORPORA} absent (needs ../shared beside the checkout)")
    pytest.importorskip("numpy")
    from newscrawl.evaluate.train_body import collect, train

    pages = collect(CORPORA)
    assert pages and all(part_of(page["site"]) == DEV for page in pages)  # never a held-out page
    model = train(pages, 5)["model"]
    assert model["features"] == list(MODEL["features"])
    assert model["threshold"] == MODEL["threshold"]
    for key in ("means", "scales", "weights"):
        assert model[key] == pytest.approx(list(MODEL[key]), abs=1e-4), key
    assert model["intercept"] == pytest.approx(MODEL["intercept"], abs=1e-4)
