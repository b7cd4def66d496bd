"""Scoring functions: the Zyte body metric and the per-field measures.

The body metric is the one of the Zyte article-extraction benchmark, so figures
compare with published tables: tokens are ``\\w+`` runs (case kept), each text is a
multiset of 4-token shingles (a text of 1-3 tokens gives one shorter shingle, an
empty text none); per page tp is the multiset intersection, fp and fn the excess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


def tokens(text: str | None) -> list[str]:
    """The metric's tokens of a text: ``\\w+`` runs, case kept."""
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter:
    """Multiset of n-token shingles; 1..n-1 tokens give one shorter shingle, none give none."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


@dataclass(slots=True)
class BodyScore:
    """One page's body comparison: shingle counts and exact-token equality."""

    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float | None:
        """Page precision; None when the page has no predicted and no true shingles."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fp == 0:
            return 0.0 if self.fn else None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Page recall; None when the page has no true and no predicted shingles."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.tp == 0 and self.fn == 0:
            return 0.0 if self.fp else None
        return self.tp / (self.tp + self.fn)


def body_score(predicted: str | None, truth: str | None) -> BodyScore:
    """Compare a predicted body with the true one on one page."""
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    return BodyScore(tp=tp, fp=fp, fn=fn, exact=tokens(predicted) == tokens(truth))


@dataclass(slots=True)
class BodySummary:
    """Corpus-level body figures: averaged precision and recall, their F1, accuracy."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def summarise_body(scores: list[BodyScore]) -> BodySummary:
    """Average page precision over pages with tp+fp > 0 and recall over tp+fn > 0.

    F1 is computed from the two averages; accuracy is the share of pages whose token
    lists are identical.
    """
    precisions = [s.precision for s in scores if s.tp + s.fp > 0]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return BodySummary(precision=p, recall=r, f1=f1, accuracy=acc, pages=len(scores))
