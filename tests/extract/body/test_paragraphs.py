"""A container's paragraphs (newscrawl.extract.body.paragraphs): the block tests."""

from __future__ import annotations

import re

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.body.paragraphs import hints_in, is_promo_or_credit

BLOCKS = ["Sign up for our newsletter to get the news in your inbox.",
          "Additional reporting by Jane Doe.",
          "The council met on Tuesday and voted on the budget for next year.",
          "Follow us on Twitter for more.",
          "Short line."]


def test_the_hints_found_in_a_containers_blocks_decide_as_all_hints_do():
    promo, credit = hints_in(BLOCKS)
    assert "newsletter" in promo and "follow" in promo and "reporting" in credit
    assert "whatsapp" not in promo and "translat" not in credit
    for text in BLOCKS:
        assert is_promo_or_credit(text, (promo, credit)) == is_promo_or_credit(text)
    assert [is_promo_or_credit(text) for text in BLOCKS] == [True, True, False, True, False]


def test_blocks_without_any_hint_look_for_none():
    assert hints_in(["The council met on Tuesday.", "It voted on the budget."]) == ((), ())
    assert hints_in([]) == ((), ())
    assert hints_in(["x" * (max(bp.PROMO_MAX_CHARS, bp.CREDIT_LINE_MAX_CHARS) + 1)
                     + " newsletter"]) == ((), ())


def test_a_hint_is_found_whatever_its_case():
    assert hints_in(["SUBSCRIBE TO OUR NEWSLETTER"])[0] == ("newsletter", "subscri")


def test_the_lone_dateline_length_bound_is_the_longest_text_the_pattern_matches():
    longest = "P" * bp.LONE_DATELINE_PLACE_CHARS + " —\n"
    assert len(longest) == bp.LONE_DATELINE_MAX_CHARS
    assert bp.LONE_DATELINE.match(longest)
    assert not bp.LONE_DATELINE.match("P" + longest)
    assert not bp.LONE_DATELINE.match(longest[:-1] + " \n")
    assert re.fullmatch(r"\^\.\{1,(\d+)\}.*", bp.LONE_DATELINE.pattern).group(1) \
        == str(bp.LONE_DATELINE_PLACE_CHARS)


def test_the_default_hints_are_the_lists_in_force(monkeypatch):
    text = BLOCKS[0]
    assert is_promo_or_credit(text)
    monkeypatch.setattr(bp, "PROMO_HINTS", ("whatsapp",))
    assert not is_promo_or_credit(text)
    assert hints_in([text])[0] == ()
