"""The body metric (checked on hand-counted examples) and the per-field measures."""

import datetime as dt

import pytest

from newscrawl.evaluate import metrics
from newscrawl.evaluate.metrics import DateValue

UTC = dt.timezone.utc
PLUS2 = dt.timezone(dt.timedelta(hours=2))


# -- body ------------------------------------------------------------------------------

def test_tokens_are_word_runs_with_case_kept():
    assert metrics.tokens("Hello, World! It's 2025.") == ["Hello", "World", "It", "s", "2025"]


def test_short_text_gives_one_short_shingle_and_empty_none():
    assert metrics.shingles("a b") == {("a", "b"): 1}
    assert metrics.shingles("") == {}
    assert sum(metrics.shingles("a b c d e f").values()) == 3


def test_body_score_counts_shared_and_excess_shingles():
    # truth: a b c d e f -> abcd, bcde, cdef; prediction adds "x" at the end -> + defx
    score = metrics.body_score("a b c d e f x", "a b c d e f")
    assert (score.tp, score.fp, score.fn) == (3, 1, 0)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == 1.0
    assert not score.exact


def test_body_score_multiset_counts():
    truth = "a b c d a b c d"  # abcd, bcda, cdab, dabc, abcd
    score = metrics.body_score("a b c d", truth)
    assert (score.tp, score.fp, score.fn) == (1, 0, 4)
    assert score.recall == pytest.approx(0.2)


def test_exact_ignores_punctuation_and_spacing_but_not_case():
    assert metrics.body_score("Hello,  world.\n\nBye", "Hello world Bye").exact
    assert not metrics.body_score("hello world bye", "Hello world Bye").exact


def test_empty_prediction_has_zero_recall_and_no_precision():
    score = metrics.body_score("", "some true text here now")
    assert score.recall == 0.0
    assert score.tp + score.fp == 0  # left out of the precision average


def test_summarise_body_averages_over_the_right_pages():
    scores = [
        metrics.body_score("a b c d e f", "a b c d e f"),  # P 1, R 1, exact
        metrics.body_score("", "a b c d e f"),  # no prediction: R 0, not in precision
        metrics.body_score("a b c d e f x", "a b c d e f"),  # P .75, R 1
    ]
    summary = metrics.summarise_body(scores)
    assert summary.precision == pytest.approx((1 + 0.75) / 2)
    assert summary.recall == pytest.approx((1 + 0 + 1) / 3)
    p, r = summary.precision, summary.recall
    assert summary.f1 == pytest.approx(2 * p * r / (p + r))
    assert summary.accuracy == pytest.approx(1 / 3)
    assert summary.pages == 3


def test_both_empty_counts_as_exact_but_outside_averages():
    score = metrics.body_score("", "")
    assert score.exact
    summary = metrics.summarise_body([score, metrics.body_score("a b c d", "a b c d")])
    assert summary.precision == 1.0 and summary.recall == 1.0 and summary.accuracy == 1.0


# -- headline and authors -------------------------------------------------------------

def test_headline_match_normalises_unicode_case_and_whitespace():
    assert metrics.headline_match("  Ｕkraine\u00a0Says  NO ", "ukraine says no")
    assert not metrics.headline_match("Ukraine says no | Site", "Ukraine says no")
    assert not metrics.headline_match("", "Ukraine says no")


def test_author_counts_are_a_multiset_of_normalised_names():
    counts = metrics.author_counts(["JANE  Doe", "Bob Roe", "Extra"], ["Jane Doe", "bob roe", "Zed"])
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
    assert metrics.author_counts([], []).f1 is None


def test_pooled_counts_weigh_items_not_pages():
    total = metrics.pooled([metrics.Counts(tp=9, fp=1, fn=0), metrics.Counts(tp=0, fp=0, fn=10)])
    assert total.precision == pytest.approx(0.9)
    assert total.recall == pytest.approx(9 / 19)
    assert total.f1 == pytest.approx(2 * 0.9 * (9 / 19) / (0.9 + 9 / 19))


# -- captions -------------------------------------------------------------------------

def test_token_f1_is_case_insensitive_and_order_free():
    assert metrics.token_f1("The Mayor speaks", "speaks the mayor") == 1.0
    assert metrics.token_f1("a b c d", "a b") == pytest.approx(2 * 0.5 * 1 / 1.5)
    assert metrics.token_f1("", "a") == 0.0


def test_caption_matching_is_one_to_one_and_thresholded():
    truth = ["The mayor opens the new bridge", "Crowds on the river bank at dusk"]
    predicted = [["The mayor opens the new bridge"], ["The mayor opens the new bridge"],
                 ["Something else entirely"]]
    counts, matches = metrics.caption_counts(predicted, truth)
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 1)
    assert matches == [(0, 0, 1.0)]


def test_caption_matches_through_its_credit_form():
    truth = ["Soldiers near the city (Photo: Jane Roe / Agency)"]
    predicted = [["Soldiers near the city", "Soldiers near the city Photo: Jane Roe / Agency"]]
    counts, _ = metrics.caption_counts(predicted, truth)
    assert counts.tp == 1
    alone, _ = metrics.caption_counts([predicted[0][:1]], truth)
    assert alone.tp == 0  # 4 of 8 tokens: F1 0.67 without the credit


# -- dates ----------------------------------------------------------------------------

def test_date_value_classifies_labels():
    assert metrics.date_value("2024-04-24 00:00:00").kind == "day"
    assert metrics.date_value("2024-04-25 14:07:00").kind == "wallclock"
    assert metrics.date_value("2024-05-03 15:47:42.389000+00:00").kind == "instant"
    assert metrics.date_value(dt.date(2024, 1, 2)).kind == "day"
    assert metrics.date_value("2024-01-02").kind == "day"
    assert metrics.date_value("yesterday") is None
    assert metrics.date_value(None) is None


def test_same_minute_for_instants_ignores_seconds_and_offsets():
    truth = DateValue("instant", dt.datetime(2025, 2, 27, 1, 17, 42, tzinfo=PLUS2))
    same = DateValue("instant", dt.datetime(2025, 2, 26, 23, 17, 5, tzinfo=UTC))
    later = DateValue("instant", dt.datetime(2025, 2, 26, 23, 18, tzinfo=UTC))
    assert metrics.same_minute(same, truth)
    assert not metrics.same_minute(later, truth)
    assert not metrics.same_minute(None, truth)
    assert not metrics.same_minute(DateValue("day", dt.date(2025, 2, 27)), truth)


def test_wall_clock_prediction_is_read_in_the_truths_offset():
    truth = DateValue("instant", dt.datetime(2025, 2, 27, 1, 17, tzinfo=PLUS2))
    assert metrics.same_minute(DateValue("wallclock", dt.datetime(2025, 2, 27, 1, 17)), truth)
    assert not metrics.same_minute(DateValue("wallclock", dt.datetime(2025, 2, 26, 23, 17)), truth)


def test_naive_truth_accepts_an_instant_in_some_real_offset():
    truth = DateValue("wallclock", dt.datetime(2026, 5, 13, 15, 44))
    in_cest = DateValue("instant", dt.datetime(2026, 5, 13, 13, 44, tzinfo=UTC))
    odd_minute = DateValue("instant", dt.datetime(2026, 5, 13, 13, 37, tzinfo=UTC))
    too_far = DateValue("instant", dt.datetime(2026, 5, 14, 13, 44, tzinfo=UTC))
    assert metrics.same_minute(in_cest, truth)
    assert not metrics.same_minute(odd_minute, truth)
    assert not metrics.same_minute(too_far, truth)


def test_date_only_truth_is_scored_by_day_only():
    truth = metrics.date_value("2024-04-24 00:00:00")
    pred = DateValue("instant", dt.datetime(2024, 4, 23, 22, 30, tzinfo=UTC))  # 00:30 in UTC+2
    assert metrics.same_minute(pred, truth) is None
    assert metrics.same_day(pred, truth)
    assert not metrics.same_day(DateValue("instant", dt.datetime(2024, 4, 22, 9, tzinfo=UTC)), truth)
    assert metrics.same_day(DateValue("day", dt.date(2024, 4, 24)), truth)


def test_a_date_only_truth_is_matched_by_the_predictions_own_day_when_given():
    truth = metrics.date_value("2024-04-24")
    moment = dt.datetime(2024, 4, 24, 12, 0, tzinfo=UTC)
    # Noon UTC is the 24th or the 25th somewhere: without its own day, either passes.
    assert metrics.same_day(DateValue("instant", moment), metrics.date_value("2024-04-25"))
    # With the day its page states, only that day does.
    stated = DateValue("instant", moment, own_day=dt.date(2024, 4, 24))
    assert metrics.same_day(stated, truth)
    assert not metrics.same_day(stated, metrics.date_value("2024-04-25"))
    # Against an aware truth the moment is read in the truth's offset, as before.
    other = DateValue("instant", moment, own_day=dt.date(2024, 4, 25))
    assert metrics.same_day(other, DateValue("instant", dt.datetime(2024, 4, 24, 9, tzinfo=UTC)))


def test_same_day_uses_the_truths_own_offset():
    truth = DateValue("instant", dt.datetime(2025, 2, 27, 1, 17, tzinfo=PLUS2))
    utc_previous_day = DateValue("instant", dt.datetime(2025, 2, 26, 23, 17, tzinfo=UTC))
    assert metrics.same_day(utc_previous_day, truth)
    assert metrics.same_day(DateValue("day", dt.date(2025, 2, 27)), truth)
    assert not metrics.same_day(DateValue("day", dt.date(2025, 2, 26)), truth)
    assert not metrics.same_day(None, truth)


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert metrics.percentile(values, 0.95) == 95
    assert metrics.percentile([3.0], 0.95) == 3.0
    assert metrics.percentile([], 0.5) is None


def test_snippets_are_looked_up_after_nfc_and_whitespace_collapsing():
    from newscrawl.evaluate.metrics import Snippets, snippet_counts

    truth = Snippets(with_=("cafe\u0301  au lait", "missing bit"), without=("footer", "nav"))
    counts = snippet_counts("A caf\u00e9 au\nlait here, then the footer.", truth)
    assert (counts.found, counts.missed, counts.present, counts.absent) == (1, 1, 1, 1)
    assert counts.precision == 0.5 and counts.recall == 0.5 and counts.f1 == 0.5
