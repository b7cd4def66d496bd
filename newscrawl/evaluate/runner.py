"""Running systems over a corpus: per-page scores, corpus figures and timing.

Each page's HTML is read and decompressed before the clock starts, so the timing is
the extractor's alone (CPU time of this process, in ms). Every system is warmed up on
the first page, untimed, so one-off costs (imports, first dateparser call) do not
count. A system that raises on a page scores as empty there and the error is kept.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newscrawl.evaluate import metrics
from newscrawl.evaluate.corpus import Case, Corpus
from newscrawl.evaluate.split import PARTS
from newscrawl.evaluate.systems import Prediction, System, prediction_from_article

#: The figures reported per field, in report order: (key, field, label).
FIGURES = (
    ("body.f1", "body", "body F1"),
    ("body.precision", "body", "body precision"),
    ("body.recall", "body", "body recall"),
    ("body.accuracy", "body", "body accuracy"),
    ("snippets.f1", "snippets", "snippets F1"),
    ("snippets.precision", "snippets", "snippets precision (without absent)"),
    ("snippets.recall", "snippets", "snippets recall (with found)"),
    ("snippets.f1_with_description", "snippets", "snippets F1, description + body"),
    ("snippets.recall_with_description", "snippets", "snippets recall, description + body"),
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
    site: str = ""
    part: str = ""

    def to_json(self) -> dict:
        """The JSON-serialisable record written to the per-page results file."""
        return {"id": self.id, "url": self.url, "site": self.site, "part": self.part,
                "system": self.system, "ms": round(self.ms, 3), "error": self.error,
                "fields": self.fields}


@dataclass(slots=True)
class SystemRun:
    """A system's per-page results on a corpus and its corpus figures (None = not given):
    over all pages, and per part (development, held-out)."""

    system: System
    pages: list[PageResult]
    figures: dict[str, float | None]
    parts: dict[str, dict[str, float | None]] = field(default_factory=dict)


# -- per-page scoring ------------------------------------------------------------------
# Each field's page record holds everything its corpus figures need, so the figures
# can be recomputed from the per-page results file alone.

def _page_f1(score: metrics.BodyScore) -> float:
    page_f1 = metrics.f1_of(score.precision, score.recall)
    return page_f1 if page_f1 is not None else 1.0


def score_body(prediction: str, truth: str | tuple[str, ...]) -> dict:
    """The body record: shingle counts, page precision/recall, exactness; cost 1 - page F1.

    A tuple of truths is a list of acceptable variants: the best-scoring one counts
    (the first on ties), and ``variant`` names its index.
    """
    variants = (truth,) if isinstance(truth, str) else tuple(truth)
    scored = [metrics.body_score(prediction, variant) for variant in variants]
    best = max(range(len(scored)), key=lambda i: (_page_f1(scored[i]), -i))
    score = scored[best]
    record = {"truth": variants[best], "prediction": prediction, "tp": score.tp,
              "fp": score.fp, "fn": score.fn, "precision": score.precision,
              "recall": score.recall, "exact": score.exact, "cost": 1.0 - _page_f1(score)}
    if len(variants) > 1:
        record["variant"] = best
    return record


def score_snippets(prediction: str, truth: metrics.Snippets) -> dict:
    """The snippets record: with-snippets found/missed, without-snippets present/absent,
    and the names of those that went wrong; cost is the number of wrong snippets."""
    counts = metrics.snippet_counts(prediction, truth)
    text = metrics.snippet_text(prediction)
    return {"truth": {"with": list(truth.with_), "without": list(truth.without)},
            "prediction": prediction, "found": counts.found, "missed": counts.missed,
            "present": counts.present, "absent": counts.absent,
            "missing": [s for s in truth.with_ if metrics.snippet_text(s) not in text],
            "intruding": [s for s in truth.without if metrics.snippet_text(s) in text],
            "cost": float(counts.missed + counts.present)}


def score_headline(prediction: str, truth: str) -> dict:
    """The headline record: exact match after normalisation; cost 1 for a miss."""
    match = metrics.headline_match(prediction, truth)
    return {"truth": truth, "prediction": prediction, "match": match, "cost": float(not match)}


def score_authors(prediction: list[str], truth: list[str]) -> dict:
    """The authors record; cost is the number of wrong plus missing names."""
    counts = metrics.author_counts(prediction, truth)
    return {"truth": truth, "prediction": prediction, "tp": counts.tp, "fp": counts.fp,
            "fn": counts.fn, "cost": float(counts.fp + counts.fn)}


def score_published(prediction: metrics.DateValue | None, truth: metrics.DateValue) -> dict:
    """The date record; cost 0 on the minute, 0.5 on the day only, 1 otherwise
    (for date-only truths: 0 on the day, 1 otherwise)."""
    minute = metrics.same_minute(prediction, truth)
    day = metrics.same_day(prediction, truth)
    if minute is None:
        cost = 0.0 if day else 1.0
    else:
        cost = 0.0 if minute else (0.5 if day else 1.0)
    record = {"truth": truth.isoformat(), "truth_kind": truth.kind,
              "prediction": prediction.isoformat() if prediction else None,
              "prediction_kind": prediction.kind if prediction else None,
              "minute": minute, "day": day, "cost": cost}
    if prediction is not None and prediction.own_day is not None:
        record["prediction_own_day"] = prediction.own_day.isoformat()
    return record


def score_captions(prediction: list[list[str]], truth: list[str]) -> dict:
    """The captions record; cost is the number of spurious plus missed captions."""
    counts, matches = metrics.caption_counts(prediction, truth)
    return {"truth": truth, "prediction": [forms[0] for forms in prediction],
            "matches": [[i, j, round(score, 3)] for i, j, score in matches],
            "tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
            "cost": float(counts.fp + counts.fn)}


#: Field -> the function scoring a page's prediction against its truth.
SCORERS: dict[str, Callable[..., dict]] = {
    "body": score_body,
    "snippets": score_snippets,
    "headline": score_headline,
    "authors": score_authors,
    "published": score_published,
    "captions": score_captions,
}


#: Scored field -> the prediction attribute it is read from (the snippets are looked
#: up in the body).
PREDICTION_FIELD = {"snippets": "body"}


def predicted_field(name: str) -> str:
    """The prediction attribute (and system field) a scored field is read from."""
    return PREDICTION_FIELD.get(name, name)


def text_with_description(prediction: Prediction) -> str:
    """The description in front of the body, unless the body already opens with it: the
    text a reader of the row gets when the standfirst counts as the article's text."""
    description, body = prediction.description.strip(), prediction.body
    if not description or metrics.snippet_text(body).startswith(metrics.snippet_text(description)):
        return body
    return f"{description}\n\n{body}"


def score_page(case: Case, prediction: Prediction, names: Iterable[str]) -> dict[str, dict]:
    """The records of fields ``names`` of one page (fields the page has no truth for skipped).
    The snippets record also counts the snippets in the description and body together
    (``found_with_description``, ``present_with_description``)."""
    records = {name: SCORERS[name](getattr(prediction, predicted_field(name)),
                                   getattr(case.truth, name))
               for name in names if case.truth.has(name)}
    if "snippets" in records and case.truth.snippets is not None:
        counts = metrics.snippet_counts(text_with_description(prediction), case.truth.snippets)
        records["snippets"]["found_with_description"] = counts.found
        records["snippets"]["present_with_description"] = counts.present
    return records


# -- corpus figures ----------------------------------------------------------------------

def _counts(record: dict) -> metrics.Counts:
    return metrics.Counts(tp=record["tp"], fp=record["fp"], fn=record["fn"])


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def body_figures(records: list[dict]) -> dict[str, float]:
    """Averaged page precision/recall, their F1 and accuracy (the Zyte metric)."""
    scores = [metrics.BodyScore(tp=r["tp"], fp=r["fp"], fn=r["fn"], exact=r["exact"])
              for r in records]
    body = metrics.summarise_body(scores)
    return {"body.f1": body.f1, "body.precision": body.precision,
            "body.recall": body.recall, "body.accuracy": body.accuracy}


def snippets_figures(records: list[dict]) -> dict[str, float | None]:
    """Pooled snippet shares over all pages, as trafilatura's evaluation sums them."""
    total = metrics.SnippetCounts()
    for r in records:
        total.found += r["found"]
        total.missed += r["missed"]
        total.present += r["present"]
        total.absent += r["absent"]
    figures = {"snippets.f1": total.f1, "snippets.precision": total.precision,
               "snippets.recall": total.recall}
    if records and all("found_with_description" in r for r in records):
        read = metrics.SnippetCounts(
            found=sum(r["found_with_description"] for r in records),
            present=sum(r["present_with_description"] for r in records),
            missed=sum(r["found"] + r["missed"] - r["found_with_description"] for r in records),
            absent=sum(r["present"] + r["absent"] - r["present_with_description"]
                       for r in records))
        figures |= {"snippets.f1_with_description": read.f1,
                    "snippets.recall_with_description": read.recall}
    return figures


def headline_figures(records: list[dict]) -> dict[str, float | None]:
    """Share of exact headline matches."""
    return {"headline.exact": _share([r["match"] for r in records])}


def authors_figures(records: list[dict]) -> dict[str, float | None]:
    """Pooled author precision, recall and F1."""
    total = metrics.pooled([_counts(r) for r in records])
    return {"authors.f1": total.f1, "authors.precision": total.precision,
            "authors.recall": total.recall}


def published_figures(records: list[dict]) -> dict[str, float | None]:
    """Share right to the minute (date-only truths left out) and share on the right day."""
    return {"published.minute": _share([r["minute"] for r in records if r["minute"] is not None]),
            "published.day": _share([r["day"] for r in records])}


def captions_figures(records: list[dict]) -> dict[str, float | None]:
    """Pooled caption recall and precision."""
    total = metrics.pooled([_counts(r) for r in records])
    return {"captions.recall": total.recall, "captions.precision": total.precision}


#: Field -> the function turning its page records into corpus figures.
FIGURE_MAKERS: dict[str, Callable[[list[dict]], dict]] = {
    "body": body_figures,
    "snippets": snippets_figures,
    "headline": headline_figures,
    "authors": authors_figures,
    "published": published_figures,
    "captions": captions_figures,
}


def corpus_figures(pages: list[PageResult], names: Iterable[str]) -> dict[str, float | None]:
    """The corpus figures of fields ``names`` from page results; the rest stay None."""
    figures: dict[str, float | None] = {key: None for key, _, _ in FIGURES}
    for name in names:
        records = [page.fields[name] for page in pages if name in page.fields]
        if records:
            figures.update(FIGURE_MAKERS[name](records))
    timings = [page.ms for page in pages]
    if timings:
        figures["ms.median"] = statistics.median(timings)
        figures["ms.p95"] = metrics.percentile(timings, 0.95)
    return figures


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


def run_system(system: System, corpus: Corpus, htmls: dict[str, str] | None = None) -> SystemRun:
    """Run one system over a corpus and score it (``htmls`` caches page text by case id)."""
    names = [name for name in corpus.fields if predicted_field(name) in system.fields]
    pages = []
    if corpus.cases:  # warm-up, untimed and unscored
        first = corpus.cases[0]
        _timed(system, _html(first, htmls), first.url)
    for case in corpus.cases:
        prediction, ms, error = _timed(system, _html(case, htmls), case.url)
        pages.append(PageResult(id=case.id, url=case.url, system=system.name, ms=ms,
                                error=error, fields=score_page(case, prediction, names),
                                site=case.site, part=case.part))
    parts = {part: corpus_figures([p for p in pages if p.part == part], names)
             for part in PARTS}
    return SystemRun(system=system, pages=pages, figures=corpus_figures(pages, names),
                     parts=parts)


def _html(case: Case, cache: dict[str, str] | None) -> str:
    if cache is None:
        return case.read_html()
    if case.id not in cache:
        cache[case.id] = case.read_html()
    return cache[case.id]


def worst_pages(run: SystemRun, field_name: str, k: int,
                part: str = "all") -> list[tuple[PageResult, float]]:
    """The k pages whose field ``field_name`` cost most (ties in page order), cost > 0 only;
    ``part`` keeps the pages of one part ('all' keeps every page)."""
    costed = [(page, page.fields[field_name]["cost"]) for page in run.pages
              if field_name in page.fields and page.fields[field_name]["cost"] > 0
              and part in ("all", page.part)]
    costed.sort(key=lambda pair: -pair[1])
    return costed[:k]
