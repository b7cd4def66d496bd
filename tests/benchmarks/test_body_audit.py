"""benchmarks/body_audit.py: each body item is switched off alone, and put back whole."""

import importlib.util
import sys
from pathlib import Path

import pytest

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body import container, names, paragraphs, scan
from newscrawl.extract.context import PageContext
from newscrawl.extract.body import extract_body

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "body_audit.py"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("body_audit", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


PAGE = """<html><head><title>Quay works end</title></head><body>
<article><h1>Quay works end</h1>
<div class="story-text">
<p>The quay reopened to boats on Tuesday after a month of works on its wall and steps.</p>
<p>Fishers said the new steps were steadier, and the harbour master agreed with them.</p>
<div class="newsletter-box"><p>Get the harbour letter in your inbox every week, free of charge.</p></div>
<p>Advertisement</p>
<p>The works cost less than planned, the council said in a note to the town on Monday.</p>
</div></article></body></html>"""


def body(html=PAGE):
    return extract_body(PageContext(html, "https://quay.example/news/works")).paragraphs


def test_a_word_switched_off_changes_the_body_and_comes_back(audit):
    before = body()
    assert not any("inbox" in p for p in before)
    item = next(i for i in audit.word_items()
                if i.group == "BOILERPLATE_WORDS" and i.name == "newsletter")
    with item.switch():
        assert "newsletter" not in bp.BOILERPLATE_WORDS
        # a default argument bound to the list at import time follows the switch too
        assert "newsletter" not in names.looks_like_boilerplate.__defaults__[0]
        assert any("inbox" in p for p in body())
    assert "newsletter" in bp.BOILERPLATE_WORDS
    assert names.looks_like_boilerplate.__defaults__[0] is bp.BOILERPLATE_WORDS
    assert body() == before


def test_a_regex_alternative_switched_off_and_back(audit):
    item = next(i for i in audit.regex_items()
                if i.group == "FURNITURE_TEXT" and i.name == "advertisement")
    original = bp.FURNITURE_TEXT
    with item.switch():
        assert "Advertisement" in body()
    assert bp.FURNITURE_TEXT is original and "Advertisement" not in body()


def test_a_rule_made_a_no_op_and_restored(audit):
    code = paragraphs.is_promo_or_credit.__code__
    item = next(i for i in audit.rule_items() if "is_promo_or_credit" in i.name)
    with item.switch():
        assert paragraphs.is_promo_or_credit("Subscribe to our newsletter in your inbox.") is False
    assert paragraphs.is_promo_or_credit.__code__ is code
    assert paragraphs.is_promo_or_credit("Sign up for our newsletter in your inbox.")


def test_a_condition_edited_out_and_restored(audit):
    code = container.choose_container.__code__
    item = next(i for i in audit.rule_items() if i.name.startswith("choose: after the headline"))
    with item.switch():
        assert container.choose_container.__code__ is not code
        assert body()  # the edited function still runs
    assert container.choose_container.__code__ is code


def test_every_edited_rule_still_finds_its_condition_in_the_source(audit):
    # a rule switched off by editing its function's source names a line of that source:
    # when the function is rewritten, the audit must say so here, not halfway through a run
    for name, func, switch in audit.RULES:
        if isinstance(switch, tuple):
            audit._code_of(getattr(func, "__wrapped__", func), *switch)  # raises when not found once


def test_constants_halved_and_doubled_then_restored(audit):
    items = [i for i in audit.number_items() if i.name.startswith("MIN_SEED_CHARS ")]
    assert [i.name for i in items] == ["MIN_SEED_CHARS 25 halved (12)", "MIN_SEED_CHARS 25 doubled (50)"]
    with items[1].switch():
        assert bp.MIN_SEED_CHARS == 50
    assert bp.MIN_SEED_CHARS == 25
    tags = bp.SKIP_TAGS
    item = next(i for i in audit.word_items() if i.group == "SKIP_TAGS" and i.name == "nav")
    with item.switch():
        assert "nav" not in scan._UNREADABLE
    assert bp.SKIP_TAGS is tags and "nav" in scan._UNREADABLE


def test_classes_of_items(audit):
    def result(moved, a, b):
        return {"sites_moved": moved, "halves": {"A": a, "B": b}}
    none = {"helps": 0, "hurts": 0}
    assert audit.classify(result(0, none, none)) == "dead"
    assert audit.classify(result(1, {"helps": 1, "hurts": 0}, none)) == "memorised"
    assert audit.classify(result(3, {"helps": 2, "hurts": 0}, {"helps": 0, "hurts": 1})) == "overfit"
    assert audit.classify(result(3, {"helps": 2, "hurts": 0}, {"helps": 1, "hurts": 0})) == "general"
