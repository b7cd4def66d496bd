"""Scoring functions: the Zyte body metric and the per-field measures.

The body metric is the one of the Zyte article-extraction benchmark, so figures
compare with published tables: tokens are ``\\w+`` runs (case kept), each text is a
multiset of 4-token shingles (a text of 1-3 tokens gives one shorter shingle, an
empty text none); per page tp is the multiset intersection, fp and fn the excess.

The other fields: headlines are equal after NFKC, case-folding and whitespace
collapsing; authors are multisets of names normalised that way, counts pooled over
pages; captions match one-to-one at token F1 >= 0.8; dates are compared to the
minute and to the calendar day, a naive label being a wall-clock time in an unknown
zone and a naive midnight label a date only (see docs/evaluation.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from newscrawl.text import collapse

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
    # (a page with tp+fp > 0 always has a precision, one with tp+fn > 0 a recall)
    precisions = [s.precision for s in scores if s.tp + s.fp > 0 and s.precision is not None]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0 and s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return BodySummary(precision=p, recall=r, f1=f1, accuracy=acc, pages=len(scores))


# -- shared helpers -----------------------------------------------------------------

def normalise_text(text: str | None) -> str:
    """NFKC, case-folded, whitespace collapsed and stripped: the form compared for equality."""
    return collapse(unicodedata.normalize("NFKC", text or "").casefold())


def ratio(part: float, whole: float) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def f1_of(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean of two figures (None if either is missing, 0 if both are 0)."""
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# -- headline -------------------------------------------------------------------------

def headline_match(predicted: str | None, truth: str | None) -> bool:
    """True when the headlines are equal after NFKC, case-folding and whitespace collapsing."""
    return normalise_text(predicted) == normalise_text(truth)


# -- pooled counts (authors, captions) -----------------------------------------------

@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one page (or pooled)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was predicted."""
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when there was nothing to find."""
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """F1 of precision and recall; a side with no denominator counts as 0."""
        if self.tp + self.fp + self.fn == 0:
            return None
        return f1_of(self.precision or 0.0, self.recall or 0.0)


def pooled(counts: list[Counts]) -> Counts:
    """Sum of page counts: pooled precision/recall weigh every item, not every page."""
    total = Counts()
    for page in counts:
        total = total + page
    return total


def author_counts(predicted: list[str] | None, truth: list[str] | None) -> Counts:
    """Multiset comparison of normalised author names on one page."""
    pred = Counter(n for n in map(normalise_text, predicted or []) if n)
    true = Counter(n for n in map(normalise_text, truth or []) if n)
    tp = sum((pred & true).values())
    return Counts(tp=tp, fp=sum(pred.values()) - tp, fn=sum(true.values()) - tp)


# -- snippets (trafilatura's evaluation) ----------------------------------------------

@dataclass(slots=True, frozen=True)
class Snippets:
    """Snippets a page's main text must contain (``with``) and must not (``without``)."""

    with_: tuple[str, ...]
    without: tuple[str, ...]


def snippet_text(text: str | None) -> str:
    """The form snippets are looked up in: NFC, then :func:`newscrawl.text.collapse`."""
    return collapse(unicodedata.normalize("NFC", text or ""))


@dataclass(slots=True)
class SnippetCounts:
    """Per page (or pooled): with-snippets found / missed, without-snippets present / absent."""

    found: int = 0
    missed: int = 0
    present: int = 0
    absent: int = 0

    @property
    def precision(self) -> float | None:
        """Share of without-snippets kept out of the text."""
        return ratio(self.absent, self.absent + self.present)

    @property
    def recall(self) -> float | None:
        """Share of with-snippets found in the text ('with-found')."""
        return ratio(self.found, self.found + self.missed)

    @property
    def f1(self) -> float | None:
        """F1 of the two shares (a missing side counts as 0)."""
        if self.precision is None and self.recall is None:
            return None
        return f1_of(self.precision or 0.0, self.recall or 0.0)


def snippet_counts(predicted: str | None, truth: Snippets) -> SnippetCounts:
    """Which of a page's snippets occur in the predicted text (substring after
    :func:`snippet_text` on both sides)."""
    text = snippet_text(predicted)
    found = sum(1 for snippet in truth.with_ if snippet_text(snippet) in text)
    present = sum(1 for snippet in truth.without if snippet_text(snippet) in text)
    return SnippetCounts(found=found, missed=len(truth.with_) - found,
                         present=present, absent=len(truth.without) - present)


# -- image captions -------------------------------------------------------------------

#: A predicted caption matches a true one when their token F1 reaches this.
CAPTION_MATCH_F1 = 0.8


def token_f1(predicted: str | None, truth: str | None) -> float:
    """F1 of the multisets of case-folded ``\\w+`` tokens (NFKC) of two short texts."""
    pred = Counter(tokens(normalise_text(predicted)))
    true = Counter(tokens(normalise_text(truth)))
    overlap = sum((pred & true).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(pred.values())
    recall = overlap / sum(true.values())
    return 2 * precision * recall / (precision + recall)


def caption_counts(
    predicted: list[list[str]], truth: list[str], threshold: float = CAPTION_MATCH_F1
) -> tuple[Counts, list[tuple[int, int, float]]]:
    """One-to-one matching of a page's predicted captions with its true captions.

    ``predicted`` holds, per predicted caption, its acceptable forms (e.g. the caption
    alone and the caption followed by its credit); a pair's score is the best token F1
    of those forms. Pairs at or above ``threshold`` are matched greedily, best first.
    Returns the counts and the matched (predicted index, true index, score) triples.
    """
    candidates = []
    for i, forms in enumerate(predicted):
        for j, true_caption in enumerate(truth):
            score = max((token_f1(form, true_caption) for form in forms), default=0.0)
            if score >= threshold:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_pred: set[int] = set()
    used_true: set[int] = set()
    matches = []
    for score, i, j in candidates:
        if i not in used_pred and j not in used_true:
            used_pred.add(i)
            used_true.add(j)
            matches.append((i, j, score))
    tp = len(matches)
    return Counts(tp=tp, fp=len(predicted) - tp, fn=len(truth) - tp), matches


# -- dates --------------------------------------------------------------------------

#: The offsets a wall-clock time may have been written in (UTC-12 .. UTC+14).
_OFFSET_MIN = dt.timedelta(hours=-12)
_OFFSET_MAX = dt.timedelta(hours=14)
_OFFSET_STEP = dt.timedelta(minutes=15)


@dataclass(slots=True, frozen=True)
class DateValue:
    """A date as a label or an extractor gives it, with how much it says.

    kind 'instant': an aware datetime (a moment); 'wallclock': a naive datetime whose
    zone is unknown; 'day': a calendar date only. ``own_day`` is, for an instant, the
    calendar day the page itself states (in the page's own offset or clock), when the
    system knows it; the day is then judged on it (:func:`same_day`).
    """

    kind: str
    value: dt.datetime | dt.date
    own_day: dt.date | None = None

    def isoformat(self) -> str:
        """ISO text of the value, for the per-page results."""
        return self.value.isoformat()


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0)


def _as_utc_naive(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _offset_explains(wall: dt.datetime, instant: dt.datetime) -> bool:
    """True if ``wall`` is ``instant`` read in some real UTC offset (to the minute)."""
    delta = _minute(wall) - _minute(_as_utc_naive(instant))
    return _OFFSET_MIN <= delta <= _OFFSET_MAX and delta % _OFFSET_STEP == dt.timedelta(0)


def _day_of_instant_somewhere(day: dt.date, instant: dt.datetime) -> bool:
    """True if ``instant`` falls on ``day`` in some real UTC offset."""
    utc = _as_utc_naive(instant)
    return (utc + _OFFSET_MIN).date() <= day <= (utc + _OFFSET_MAX).date()


def same_minute(predicted: DateValue | None, truth: DateValue) -> bool | None:
    """Is the prediction the true time to the minute? None when the truth is a day only.

    A naive (wall-clock) side is compared with the other side's wall clock: the
    truth's own offset when the truth is aware, or any real offset when the truth
    is naive and the prediction aware.
    """
    if truth.kind == "day":
        return None
    if predicted is None or predicted.kind == "day":
        return False
    true, guess = _moment(truth), _moment(predicted)
    if truth.kind == "instant" and predicted.kind == "instant":
        return _minute(_as_utc_naive(true)) == _minute(_as_utc_naive(guess))
    if truth.kind == "instant":  # predicted wall clock: read the truth in its own offset
        return _minute(true.replace(tzinfo=None)) == _minute(guess)
    if predicted.kind == "wallclock":
        return _minute(true) == _minute(guess)
    return _offset_explains(true, guess)


def _moment(value: DateValue) -> dt.datetime:
    """The datetime of a value that is not a day only."""
    if not isinstance(value.value, dt.datetime):
        raise TypeError(f"a {value.kind} value holds no time: {value.value!r}")
    return value.value


def _calendar_day(value: DateValue) -> dt.date:
    return value.value.date() if isinstance(value.value, dt.datetime) else value.value


def same_day(predicted: DateValue | None, truth: DateValue) -> bool:
    """Is the prediction on the true calendar day?

    The true day is the truth's local date (in its own offset when it has one). An
    aware prediction is read in the truth's offset. Against a naive or date-only truth,
    whose zone is unknown, an aware prediction's own day (the day its page states) is
    compared when the system gives it, as a date-only system's day is; else the
    prediction counts when it falls on the day in any real offset (UTC-12..UTC+14).
    """
    if predicted is None:
        return False
    day = _calendar_day(truth)
    if predicted.kind != "instant":
        return _calendar_day(predicted) == day
    if truth.kind == "instant":
        return _moment(predicted).astimezone(_moment(truth).tzinfo).date() == day
    if predicted.own_day is not None:
        return predicted.own_day == day
    return _day_of_instant_somewhere(day, _moment(predicted))


def date_value(value) -> DateValue | None:
    """Classify a datetime / date / ISO string: aware -> instant, naive midnight -> day,
    other naive -> wall clock, date -> day. Unparseable or empty gives None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return DateValue("instant", value)
        if value.time() == dt.time(0, 0):
            return DateValue("day", value.date())
        return DateValue("wallclock", value)
    if isinstance(value, dt.date):
        return DateValue("day", value)
    return None


# -- speed ----------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile (share in 0..1) of a list; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]
