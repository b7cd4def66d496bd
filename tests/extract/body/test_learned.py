"""The learned layer of the body: its weights match its features, it adds an opening cut
off from the story by a picture and leaves a newsletter box out (the training tool:
tests/evaluate/test_train_body.py)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from newscrawl.extract import boilerplate as bp
from newscrawl.extract import extract_article
from newscrawl.extract.body.learned import FEATURES, block_score, recording
from newscrawl.extract.body.learned_weights import MODEL
from newscrawl.extract.record import ExtractionRecord

PAGES = Path(__file__).resolve().parent / "pages"

OPENING = "Three winters of record rainfall have pushed farmers on the high moors"
NEWSLETTER = "farming letter arrives in your inbox"


def _page() -> str:
    return (PAGES / "opening_cut_off_by_picture.html").read_text(encoding="utf-8")


@pytest.fixture
def layer_on(monkeypatch):
    """The layer switched on (it is off by default: see ``bp.LEARNED_LAYER``)."""
    monkeypatch.setattr(bp, "LEARNED_LAYER", True)


def test_weights_match_the_declared_features():
    assert MODEL is not None
    assert tuple(MODEL["features"]) == FEATURES
    for key in ("means", "scales", "weights"):
        assert len(MODEL[key]) == len(FEATURES), key
        assert all(math.isfinite(value) for value in MODEL[key]), key
    assert all(scale > 0 for scale in MODEL["scales"])
    assert 0.0 < MODEL["threshold"] < 1.0
    assert math.isfinite(MODEL["intercept"])


def test_layer_adds_the_opening_cut_off_by_a_picture_and_records_it(layer_on):
    record = ExtractionRecord()
    article = extract_article(_page(), "https://ledger.example/farming/hill-sheep", record=record,
                              profile=False)
    assert article.body.startswith(OPENING)
    assert "auctioneers said that ewes" in article.body
    assert article.sources["body"] == "learned"
    taken = record.taken("body")
    assert taken.layer == "learned" and "learned layer: 1 blocks near the body added" in taken.note


def test_layer_leaves_the_newsletter_box_out(layer_on):
    article = extract_article(_page(), "https://ledger.example/farming/hill-sheep", profile=False)
    assert NEWSLETTER not in article.body
    with recording() as pages:  # the box is a candidate, and the model rates it low
        extract_article(_page(), "https://ledger.example/farming/hill-sheep", profile=False)
    scores = {block["texts"][0][:40]: block_score(block["features"], MODEL)
              for block in pages[-1] if block["texts"]}
    box = [score for text, score in scores.items() if "farming letter" in text]
    assert box and box[0] < MODEL["threshold"]


def test_by_default_the_layer_is_off_and_the_rules_leave_the_opening_out():
    assert bp.LEARNED_LAYER is False
    article = extract_article(_page(), "https://ledger.example/farming/hill-sheep", profile=False)
    assert OPENING not in article.body
    assert article.sources["body"] == "markup"


def test_recording_adds_nothing(layer_on):
    with recording() as pages:
        article = extract_article(_page(), "https://ledger.example/farming/hill-sheep", profile=False)
    assert OPENING not in article.body
    assert pages and any(OPENING in " ".join(block["texts"]) for block in pages[-1])
