"""benchmarks/date_ranker.py: one candidate per distinct day with page-relative features,
a conditional logit that learns which candidate is right, and folds that keep a site's
pages together."""

import importlib.util
import sys
from pathlib import Path

import numpy as np

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "date_ranker.py"


def _module():
    spec = importlib.util.spec_from_file_location("date_ranker", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["date_ranker"] = module
    spec.loader.exec_module(module)
    return module


def _row(candidates, truth="2024-03-05", cascade=None, period=None):
    return {"key": "k", "corpus": "c", "site": "example.org", "url_period": period,
            "truth": truth, "cascade": cascade, "cascade_right": cascade == truth,
            "candidates": candidates}


def _feature(ranker, matrix, days, day, name):
    return matrix[days.index(day), ranker._feature_names(False).index(name)]


def test_each_distinct_day_is_one_candidate_with_the_kinds_that_give_it():
    ranker = _module()
    days, matrix = ranker.day_features(_row([
        ["jsonld", "2024-03-05", True, 0], ["meta_pub", "2024-03-05", True, 0],
        ["printed_listed", "2024-02-11", False, 0], ["modified", "2024-03-07", False, 0]]))
    assert days == ["2024-03-05", "2024-02-11", "2024-03-07"]
    assert _feature(ranker, matrix, days, "2024-03-05", "src_jsonld") == 1.0
    assert _feature(ranker, matrix, days, "2024-03-05", "n_structured") == 2.0
    assert _feature(ranker, matrix, days, "2024-03-05", "has_time") == 1.0
    assert _feature(ranker, matrix, days, "2024-02-11", "src_jsonld") == 0.0
    assert _feature(ranker, matrix, days, "2024-02-11", "only_listed_or_quoted") == 1.0
    assert _feature(ranker, matrix, days, "2024-03-07", "only_update") == 1.0


def test_a_day_read_with_day_and_month_swapped_is_marked_and_a_plain_other_day_is_not():
    ranker = _module()
    days, matrix = ranker.day_features(_row([
        ["jsonld", "2021-11-01", False, 0], ["printed_stated", "2021-01-11", False, 0],
        ["printed_stated", "2021-01-12", False, 1]], truth="2021-11-01"))
    assert _feature(ranker, matrix, days, "2021-01-11", "swap_of_structured") == 1.0
    assert _feature(ranker, matrix, days, "2021-01-12", "swap_of_structured") == 0.0


def test_a_day_before_the_period_the_url_files_the_page_under_is_marked():
    ranker = _module()
    days, matrix = ranker.day_features(_row([
        ["printed_stated", "2019-05-02", False, 0], ["printed_stated", "2020-06-03", False, 1]],
        period=[2020, 6]))
    assert _feature(ranker, matrix, days, "2019-05-02", "before_url_period") == 1.0
    assert _feature(ranker, matrix, days, "2020-06-03", "before_url_period") == 0.0


def test_the_logit_learns_to_prefer_the_candidate_a_feature_marks():
    ranker = _module()
    pages = []
    for right in (0, 1, 2, 0, 1):
        matrix = np.zeros((3, 2))
        matrix[:, 1] = 1.0
        matrix[right, 0] = 1.0
        pages.append((matrix, right))
    weights = ranker.train(pages, 2, steps=200)
    assert weights[0] > 1.0
    probe = np.array([[0.0, 1.0], [1.0, 1.0]])
    assert int(np.argmax(probe @ weights)) == 1


def test_pages_without_a_right_candidate_teach_nothing():
    ranker = _module()
    weights = ranker.train([(np.eye(2), -1), (np.ones((1, 2)), 0)], 2)
    assert not weights.any()


def test_a_sites_pages_share_a_fold_whatever_their_corpus():
    ranker = _module()
    assert ranker.fold_of("example.org", 10) == ranker.fold_of("example.org", 10)
    assert {ranker.fold_of(f"site{i}.org", 10) for i in range(200)} == set(range(10))
