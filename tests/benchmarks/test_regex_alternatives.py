"""benchmarks/regex_alternatives.py: a phrase regex's alternatives, each taken out or alone."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.regex_alternatives import (  # noqa: E402
    alternatives, only_alternative, without_alternative, without_comments)
from newscrawl.extract import boilerplate as bp  # noqa: E402


def test_alternatives_are_the_shallowest_run_of_bars():
    start, end, parts = alternatives(r"^\W*(?:read\ more|ad|(?:x|y)z|[|(]q)\W*$")
    assert parts == [r"read\ more", "ad", "(?:x|y)z", "[|(]q"]
    assert start == len(r"^\W*(?:")
    assert alternatives("a|b(c|d)")[2] == ["a", "b(c|d)"]
    assert alternatives("abc")[2] == ["abc"]


def test_verbose_comments_do_not_count_as_groups():
    pattern = re.compile(r"""^(?:
        # a comment with "(parentheses" and | bars
        one | two\ \#three
      | four)$""", re.X)
    without = without_alternative(pattern, 1)
    assert without.match("one") and without.match("four") and not without.match("two #three")
    assert without_alternative(pattern, 0).match("two #three")


def test_every_furniture_alternative_can_be_taken_out_alone():
    start, end, parts = alternatives(without_comments(bp.FURNITURE_TEXT.pattern))
    assert len(parts) > 30
    index = next(i for i, part in enumerate(parts) if part.strip() == "advertisement")
    without = without_alternative(bp.FURNITURE_TEXT, index)
    assert bp.FURNITURE_TEXT.match("Advertisement") and not without.match("Advertisement")
    assert without.match("Read more")


def test_only_alternative_keeps_the_rest_of_the_pattern():
    pattern = re.compile(r"(?<!\w)(?:read more|see also|tags)(?!\w)", re.IGNORECASE)
    alone = only_alternative(pattern, 1)
    assert alone.search("See also: the harbour") and not alone.search("Read more")
    assert not alone.search("oversee also")  # the look-arounds stay
