"""Running systems over a corpus: per-page scores, corpus figures and timing.

Each page's HTML is read and decompressed before the clock starts, so the timing is
the extractor's alone (CPU time of this process, in ms). Every system is warmed up on
the first page, untimed, so one-off costs (imports, first dateparser call) do not
count. A system that raises on a page scores as empty there and the error is kept.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from newscrawl.evaluate import metrics
from newscrawl.evaluate.corpus import Case, Corpus
from newscrawl.evaluate.systems import Prediction, System, prediction_from_article

#: The figures reported per field, in report order: (key, field, label).
FIGURES = (
    ("body.f1", "body", "body F1"),
    ("body.precision", "body", "body precision"),
    ("body.recall", "body", "body recall"),
    ("body.accuracy", "body", "body accuracy"),
    ("headline.exact", "headline", "headline exact"),
    ("authors.f1", "authors", "authors F1"),
    ("authors.precision", "authors", "authors precision"),
    ("authors.recall", "authors", "authors recall"),
    ("published.minute", "published", "date = minute"),
    ("published.day", "published", "date = day"),
    ("captions.recall", "captions", "captions recall"),
    ("captions.precision", "captions", "captions precision"),
    ("ms.median", None, "cpu ms median"),
    ("ms.p95", None, "cpu ms p95"),
)


@dataclass(slots=True)
class PageResult:
    """One page scored for one system: a record per field with truth, prediction, score, cost."""

    id: str
    url: str
    system: str
    ms: float
    error: str | None = None
    fields: dict[str, dict] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The JSON-serialisable record written to the per-page results file."""
        return {"id": self.id, "url": self.url, "system": self.system,
                "ms": round(self.ms, 3), "error": self.error, "fields": self.fields}


@dataclass(slots=True)
class SystemRun:
    """A system's per-page results on a corpus and its corpus figures (None = not given)."""

    system: System
    pages: list[PageResult]
    figures: dict[str, float | None]


# -- per-page scoring ------------------------------------------------------------------

def score_body(prediction: str, truth: str) -> tuple[dict, metrics.BodyScore]:
    """The body record of a page and its shingle score; cost is 1 - page F1."""
    score = metrics.body_score(prediction, truth)
    page_f1 = metrics.f1_of(score.precision, score.recall)
    record = {"truth": truth, "prediction": prediction, "precision": score.precision,
              "recall": score.recall, "exact": score.exact,
              "cost": 1.0 - (page_f1 if page_f1 is not None else 1.0)}
    return record, score


def score_headline(prediction: str, truth: str) -> dict:
    """The headline record: exact match after normalisation; cost 1 for a miss."""
    match = metrics.headline_match(prediction, truth)
    return {"truth": truth, "prediction": prediction, "match": match, "cost": float(not match)}


def score_authors(prediction: list[str], truth: list[str]) -> tuple[dict, metrics.Counts]:
    """The authors record; cost is the number of wrong plus missing names."""
    counts = metrics.author_counts(prediction, truth)
    record = {"truth": truth, "prediction": prediction, "tp": counts.tp, "fp": counts.fp,
              "fn": counts.fn, "cost": float(counts.fp + counts.fn)}
    return record, counts


def score_published(prediction: metrics.DateValue | None, truth: metrics.DateValue) -> dict:
    """The date record; cost 0 on the minute, 0.5 on the day only, 1 otherwise
    (for date-only truths: 0 on the day, 1 otherwise)."""
    minute = metrics.same_minute(prediction, truth)
    day = metrics.same_day(prediction, truth)
    if minute is None:
        cost = 0.0 if day else 1.0
    else:
        cost = 0.0 if minute else (0.5 if day else 1.0)
    return {"truth": truth.isoformat(), "truth_kind": truth.kind,
            "prediction": prediction.isoformat() if prediction else None,
            "prediction_kind": prediction.kind if prediction else None,
            "minute": minute, "day": day, "cost": cost}


def score_captions(prediction: list[list[str]], truth: list[str]) -> tuple[dict, metrics.Counts]:
    """The captions record; cost is the number of spurious plus missed captions."""
    counts, matches = metrics.caption_counts(prediction, truth)
    record = {"truth": truth, "prediction": [forms[0] for forms in prediction],
              "matches": [[i, j, round(s, 3)] for i, j, s in matches],
              "tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
              "cost": float(counts.fp + counts.fn)}
    return record, counts


# -- running ---------------------------------------------------------------------------

def _timed(system: System, html: str, url: str) -> tuple[Prediction, float, str | None]:
    start = time.process_time()
    try:
        prediction, error = system.extract(html, url), None
    except Exception as exc:  # noqa: BLE001 - a failing page scores as empty, and is recorded
        prediction, error = Prediction(), f"{type(exc).__name__}: {exc}"
    elapsed_ms = (time.process_time() - start) * 1000
    if not isinstance(prediction, Prediction):
        prediction = prediction_from_article(prediction)
    return prediction, elapsed_ms, error


def _fields_to_score(corpus: Corpus, system: System) -> list[str]:
    return [name for name in corpus.fields if name in system.fields]


@dataclass(slots=True)
class _Tally:
    body: list = field(default_factory=list)
    headline: list = field(default_factory=list)
    authors: list = field(default_factory=list)
    minute: list = field(default_factory=list)
    day: list = field(default_factory=list)
    captions: list = field(default_factory=list)
    ms: list = field(default_factory=list)


def score_page(case: Case, prediction: Prediction, names: Iterable[str], tally: _Tally) -> dict:
    """Score the fields ``names`` of one page, adding to the corpus tally; returns the records."""
    truth, records = case.truth, {}
    for name in names:
        if not truth.has(name):
            continue
        if name == "body":
            records[name], score = score_body(prediction.body, truth.body)
            tally.body.append(score)
        elif name == "headline":
            records[name] = score_headline(prediction.headline, truth.headline)
            tally.headline.append(records[name]["match"])
        elif name == "authors":
            records[name], counts = score_authors(prediction.authors, truth.authors)
            tally.authors.append(counts)
        elif name == "published":
            records[name] = score_published(prediction.published, truth.published)
            if records[name]["minute"] is not None:
                tally.minute.append(records[name]["minute"])
            tally.day.append(records[name]["day"])
        elif name == "captions":
            records[name], counts = score_captions(prediction.captions, truth.captions)
            tally.captions.append(counts)
    return records


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def corpus_figures(tally: _Tally, names: Iterable[str]) -> dict[str, float | None]:
    """The corpus figures of a tally; fields not in ``names`` stay None."""
    names = set(names)
    figures: dict[str, float | None] = {key: None for key, _, _ in FIGURES}
    if "body" in names and tally.body:
        body = metrics.summarise_body(tally.body)
        figures.update({"body.f1": body.f1, "body.precision": body.precision,
                        "body.recall": body.recall, "body.accuracy": body.accuracy})
    if "headline" in names:
        figures["headline.exact"] = _share(tally.headline)
    if "authors" in names and tally.authors:
        authors = metrics.pooled(tally.authors)
        figures.update({"authors.f1": authors.f1, "authors.precision": authors.precision,
                        "authors.recall": authors.recall})
    if "published" in names:
        figures["published.minute"] = _share(tally.minute)
        figures["published.day"] = _share(tally.day)
    if "captions" in names and tally.captions:
        captions = metrics.pooled(tally.captions)
        figures.update({"captions.recall": captions.recall,
                        "captions.precision": captions.precision})
    if tally.ms:
        figures["ms.median"] = statistics.median(tally.ms)
        figures["ms.p95"] = metrics.percentile(tally.ms, 0.95)
    return figures


def run_system(system: System, corpus: Corpus, htmls: dict[str, str] | None = None) -> SystemRun:
    """Run one system over a corpus and score it (``htmls`` caches page text by case id)."""
    names = _fields_to_score(corpus, system)
    tally, pages = _Tally(), []
    if corpus.cases:  # warm-up, untimed and unscored
        first = corpus.cases[0]
        _timed(system, _html(first, htmls), first.url)
    for case in corpus.cases:
        prediction, ms, error = _timed(system, _html(case, htmls), case.url)
        tally.ms.append(ms)
        records = score_page(case, prediction, names, tally)
        pages.append(PageResult(id=case.id, url=case.url, system=system.name, ms=ms,
                                error=error, fields=records))
    return SystemRun(system=system, pages=pages, figures=corpus_figures(tally, names))


def _html(case: Case, cache: dict[str, str] | None) -> str:
    if cache is None:
        return case.read_html()
    if case.id not in cache:
        cache[case.id] = case.read_html()
    return cache[case.id]


def worst_pages(run: SystemRun, field_name: str, k: int) -> list[tuple[PageResult, float]]:
    """The k pages whose field ``field_name`` cost most (ties in page order), cost > 0 only."""
    costed = [(page, page.fields[field_name]["cost"]) for page in run.pages
              if field_name in page.fields and page.fields[field_name]["cost"] > 0]
    costed.sort(key=lambda pair: -pair[1])
    return costed[:k]
