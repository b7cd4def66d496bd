"""A learned chooser of the publication day, cross-validated by site: does a ranker
trained on the development pages choose the day better on sites it never saw than the
hand-built cascade of :func:`newscrawl.extract.extractor.step_published` does?

For every development page with a labelled day (trafilatura-dev, htmldate-dev,
fundus-dev; generic extractor, profiles off) the page is extracted up to the
publication date, the cascade's own choice is scored, and every candidate day the
extractor's readers offer is listed with its source (the article's JSON-LD, the
publication and generic meta keys, the app state, the article scope's date markup and
date lines, the date parts of the byline lines, the modification sources, other JSON-LD
nodes, the URL's day, inline scripts' publication keys, the dates printed near the
headline with their kind and rank, the last sources: a split line, a labelled date far
from the headline, the title). No date is parsed here: each raw is read by the run's
own reader and its day is :func:`newscrawl.extract.dates.stated_day`.

Each distinct day of a page is one candidate, described by structural, page-relative
features (:func:`day_features`: which kinds of source give it, how many agree, its rank
among the page's days, its printed rank and label kind, a clock time, after the
modification date, within the URL's period, ...). The model is a conditional logit
(a softmax over a page's candidate days, L2-penalised, trained by gradient descent with
numpy): a page's day is its highest-scoring candidate. Cross-validation is group k-fold
by site (k=10; a site's pages, in any corpus, fall in one fold): the figure of each
corpus is the share of its pages whose chosen day is the label's, each page chosen by a
model that never saw its site. The oracle is the share of pages where some candidate is
the label's day. The cost of listing every candidate after the extraction is timed
(process time). A hybrid keeps the cascade's day unless the ranker's favourite beats it
by a margin in probability; a second one gives the ranker the cascade's choice as a
feature (both lean on the cascade, whose choices on these pages are in-sample).

    python benchmarks/date_ranker.py --corpora ../shared/corpora
        [--cache /tmp/date-candidates.json] [--folds 10] [--weights out.json]

``--cache`` keeps the listed candidates (a second run reads them instead of extracting);
``--weights`` writes the model trained on all development pages. Held-out pages are
never loaded. This is a development instrument, not a test; it reads the corpora at run
time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from benchmarks import date_audit  # noqa: E402
from benchmarks.date_audit import Page, prepared_state, published_of  # noqa: E402
from newscrawl.evaluate.split import dev_half  # noqa: E402
from newscrawl.extract import extractor, jsonld, markup, meta, page_dates  # noqa: E402
from newscrawl.extract.dates import (EXACT, RELATIVE, UPDATE_LABEL, date_parts_of_line,  # noqa: E402
                                     stated_day)

#: Names of the kinds of printed date (:data:`newscrawl.extract.page_dates.STATED` ...).
PRINTED_KINDS = {page_dates.STATED: "printed_stated", page_dates.IN_PROSE: "printed_quoted",
                 page_dates.UPDATE: "printed_update", page_dates.LISTED: "printed_listed",
                 page_dates.PUBLISHED: "printed_published"}
#: Source kinds that state the publication in structured form.
STRUCTURED = ("jsonld", "meta_pub", "app", "markup_pub")
#: Every source kind, in the cascade's order of reading.
KINDS = ("jsonld", "meta_pub", "app", "markup_pub", "markup_pub_update", "meta_generic",
         "dateline", "dateline_update", "line_part", "line_part_update", "modified", "jsonld_other", "url",
         "script", "printed_published", "printed_stated", "printed_update", "printed_quoted",
         "printed_listed", "split", "far_labelled", "title", "wiki")


# -- the candidates ----------------------------------------------------------------------

def load_pages(root: Path) -> list[Page]:
    """The development pages of the corpora with a labelled day, and of every corpus
    stripped of its structured data (truth: the date it stated): those of
    :func:`benchmarks.date_audit.load_pages`, both halves. Held-out pages are never loaded."""
    return date_audit.load_pages(root, "all")


def _raw_sources(run):
    """(kind, raw, rank) of every candidate the extractor's readers offer on a page whose
    state is prepared (rank: the printed date's place among the printed ones, else 0)."""
    if run.node:
        yield "jsonld", jsonld.date_published(run.node), 0
    yield "meta_pub", meta.published(run.meta), 0
    if run.app is not None:
        yield "app", run.app.published, 0
    for _where, raw in extractor.markup_date_raws(run.published_markup):
        yield ("markup_pub_update" if raw and UPDATE_LABEL.match(raw.lstrip()) else "markup_pub"), raw, 0
    yield "meta_generic", meta.generic_date(run.meta), 0
    datelines = run.datelines
    for _where, raw in extractor.markup_date_raws(datelines):
        yield ("dateline_update" if raw and UPDATE_LABEL.match(raw.lstrip()) else "dateline"), raw, 0
    lines = [text for _name, _attribute, text in datelines]
    lines.append(run.article.byline_raw or "")
    lines += markup.byline_lines(run.scope, run.ctx.tree, run.byline_elements[1])
    for line in lines:
        for raw in date_parts_of_line(line, labelled=True):
            yield ("line_part_update" if extractor._after_update_label(line, raw) else "line_part"), raw, 0
    for _layer, _where, raw in extractor._modified_candidates(run):
        yield "modified", raw, 0
    for node in run.ctx.jsonld_nodes[:extractor.MAX_DATE_CANDIDATES]:
        if node is not run.node:
            yield "jsonld_other", jsonld.date_published(node), 0
    for url in (run.ctx.url, run.canonical_href, meta.url(run.meta)):
        for raw in page_dates.url_date_raws(url):
            yield "url", raw, 0
    for raw in run.script_dates:
        yield "script", raw, 0
    for rank, (raw, kind) in enumerate(run.visible_dates):
        yield PRINTED_KINDS.get(kind, "printed_stated"), raw, rank
    for layer, where, raw in extractor._further_published_candidates(run):
        kind = {extractor.SPLIT_DATE_WHERE: "split", extractor.FAR_LABELLED_WHERE: "far_labelled",
                extractor.TITLE_DATE_WHERE: "title"}.get(where, "split")
        yield kind, raw, 0
    for _layer, _where, raw in extractor._wiki_last_edit_candidates(run):
        yield "wiki", raw, 0


def _reading(run, raw) -> tuple[str | None, bool]:
    """(the page's own day of a raw date, whether it states a clock time); (None, False)
    when it does not read or is relative."""
    if not raw or not isinstance(raw, str):
        return None, False
    reading = run.date(raw)
    if reading.value is None or reading.precision == RELATIVE:
        return None, False
    try:
        day = stated_day(raw, language=run.date_language, timezone=run.date_zone,
                         reference=run.ctx.fetched_at)
    except (ValueError, TypeError, OverflowError):
        return None, False
    return (day.isoformat() if day else None), reading.precision == EXACT


def truth_day(truth) -> str:
    value = truth.value
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def collect(root: Path) -> list[dict]:
    """One row per development page: its site, the label's day, the cascade's day and
    score, and the (kind, day, has time, rank) of every candidate."""
    rows = []
    for page in load_pages(root):
        started = time.process_time()
        state = prepared_state(page)
        if state is None:
            continue
        result = published_of(page, state)
        extracted = time.process_time()
        cascade_raw = state.article.published_raw
        cascade_day, _ = _reading(state, cascade_raw) if cascade_raw else (None, False)
        if cascade_day is None and state.article.published_at is not None:
            cascade_day = state.article.published_at.date().isoformat()
        candidates = []
        try:
            for kind, raw, rank in _raw_sources(state):
                day, timed = _reading(state, raw)
                if day:
                    candidates.append((kind, day, timed, rank))
        except Exception as exc:  # noqa: BLE001 - a page that fails is counted without candidates
            print(f"{page.key}: {type(exc).__name__}: {exc}", file=sys.stderr)
        listed = time.process_time()
        rows.append({"key": page.key, "corpus": page.corpus, "site": page.site,
                     "url_period": page_dates.url_period(page.url),
                     "truth": truth_day(page.truth), "cascade": cascade_day,
                     "cascade_right": bool(result["day"]), "candidates": candidates,
                     "ms": [round((extracted - started) * 1000, 2), round((listed - extracted) * 1000, 2)]})
    return rows


# -- the features ------------------------------------------------------------------------

def _feature_names(with_cascade: bool) -> list[str]:
    names = [f"src_{kind}" for kind in KINDS]
    names += ["n_kinds", "n_structured", "structured_disagree_here", "first_in_order",
              "printed_first", "printed_rank", "has_time", "earliest", "latest",
              "after_modified", "before_url_period", "far_from_structured", "lone_day",
              "only_listed_or_quoted", "only_update", "swap_of_structured",
              "untimed_beside_timed"]
    if with_cascade:
        names.append("cascade_pick")
    return names


def _within(day: dt.date, period) -> bool:
    return period is None or page_dates.within_period(
        dt.datetime(day.year, day.month, day.day), tuple(period))


def _swapped(day: dt.date, other: dt.date) -> bool:
    """True when ``day`` is ``other`` with its day and month read the other way round."""
    return day != other and day.year == other.year and (day.day, day.month) == (other.month, other.day)


def day_features(row: dict, with_cascade: bool = False) -> tuple[list[str], np.ndarray]:
    """(days, feature matrix) of a page's candidate days (one row per distinct day)."""
    by_day: dict[str, list] = defaultdict(list)
    order: list[str] = []
    for kind, day, timed, rank in row["candidates"]:
        if day not in by_day:
            order.append(day)
        by_day[day].append((kind, timed, rank))
    days = list(by_day)
    if not days:
        return [], np.zeros((0, len(_feature_names(with_cascade))))
    parsed = {day: dt.date.fromisoformat(day) for day in days}
    modified = [parsed[day] for day in days if any(k == "modified" for k, _t, _r in by_day[day])]
    structured_days = [parsed[day] for day in days
                       if any(k in STRUCTURED for k, _t, _r in by_day[day])]
    first_structured = next((parsed[day] for day in order
                             if any(k in STRUCTURED for k, _t, _r in by_day[day])), None)
    publication_days = [d for d in days if any(k != "modified" for k, _t, _r in by_day[d])]
    earliest = min(parsed[d] for d in publication_days) if publication_days else None
    latest = max(parsed[d] for d in publication_days) if publication_days else None
    timed_days = [d for d in days if any(timed and k in STRUCTURED for k, timed, _r in by_day[d])]
    matrix = []
    for day in days:
        items = by_day[day]
        kinds = {kind for kind, _t, _r in items}
        features = [1.0 if kind in kinds else 0.0 for kind in KINDS]
        printed_ranks = [rank for kind, _t, rank in items if kind.startswith("printed_")]
        structured_here = sum(1 for kind in STRUCTURED if kind in kinds)
        features += [
            math.log1p(len(kinds - {"modified"})),
            float(structured_here),
            1.0 if structured_here and len(structured_days) > structured_here else 0.0,
            1.0 if day == order[0] else 0.0,
            1.0 if printed_ranks and min(printed_ranks) == 0 else 0.0,
            (1.0 / (1 + min(printed_ranks))) if printed_ranks else 0.0,
            1.0 if any(timed for _k, timed, _r in items) else 0.0,
            1.0 if parsed[day] == earliest and earliest != latest else 0.0,
            1.0 if parsed[day] == latest and earliest != latest else 0.0,
            1.0 if modified and parsed[day] > max(modified) else 0.0,
            0.0 if _within(parsed[day], row["url_period"]) else 1.0,
            (min(abs((parsed[day] - first_structured).days), 3650) / 3650.0) ** 0.5
            if first_structured else 0.0,
            1.0 if len(publication_days) == 1 else 0.0,
            1.0 if kinds <= {"printed_listed", "printed_quoted"} else 0.0,
            1.0 if kinds <= {"printed_update", "markup_pub_update", "dateline_update",
                             "line_part_update", "modified"} else 0.0,
            1.0 if any(_swapped(parsed[day], other) for other in structured_days) else 0.0,
            1.0 if not any(timed for _k, timed, _r in items) and any(
                abs((parsed[day] - parsed[other]).days) == 1 for other in timed_days) else 0.0,
        ]
        if with_cascade:
            features.append(1.0 if day == row["cascade"] else 0.0)
        matrix.append(features)
    return days, np.array(matrix, dtype=float)


# -- the model ---------------------------------------------------------------------------

def train(pages: list[tuple[np.ndarray, int]], n_features: int, *, l2: float = 0.01,
          steps: int = 400, rate: float = 0.5) -> np.ndarray:
    """Weights of a conditional logit: for each page (its candidate matrix, the index of
    its right candidate) the softmax of the candidates' scores is pushed toward the right
    one. Pages without a right candidate teach nothing and are left out."""
    useful = [(x, y) for x, y in pages if y >= 0 and len(x) > 1]
    weights = np.zeros(n_features)
    if not useful:
        return weights
    stacked = np.vstack([x for x, _y in useful])
    starts = np.cumsum([0] + [len(x) for x, _y in useful])
    page_of = np.repeat(np.arange(len(useful)), [len(x) for x, _y in useful])
    right = starts[:-1] + np.array([y for _x, y in useful])
    for _ in range(steps):
        scores = stacked @ weights
        peak = np.maximum.reduceat(scores, starts[:-1])
        exp = np.exp(scores - peak[page_of])
        total = np.add.reduceat(exp, starts[:-1])
        prob = exp / total[page_of]
        expected = np.add.reduceat(prob[:, None] * stacked, starts[:-1])
        gradient = (expected - stacked[right]).sum(axis=0) / len(useful) + l2 * weights
        weights -= rate * gradient
    return weights


def fold_of(site: str, folds: int) -> int:
    """The fold of a site: a hash of the site, so every run and corpus agree."""
    return hashlib.sha1(b"date-ranker:" + site.encode()).digest()[0] % folds


def _prepared(rows: list[dict], with_cascade: bool):
    out = []
    for row in rows:
        days, matrix = day_features(row, with_cascade)
        right = days.index(row["truth"]) if row["truth"] in days else -1
        out.append((days, matrix, right))
    return out


def cross_validate(rows: list[dict], folds: int, with_cascade: bool = False,
                   margins: tuple[float, ...] = ()) -> dict:
    """{"ranker": [right per page], "hybrid@m": [...]}: each page chosen by the model
    trained on the other folds' sites."""
    prepared = _prepared(rows, with_cascade)
    n_features = len(_feature_names(with_cascade))
    fold = [fold_of(row["site"], folds) for row in rows]
    outcome: dict[str, list] = {"ranker": [None] * len(rows)}
    for margin in margins:
        outcome[f"hybrid@{margin}"] = [None] * len(rows)
    for k in range(folds):
        weights = train([(m, r) for (d, m, r), f in zip(prepared, fold) if f != k], n_features)
        for i, ((days, matrix, right), f) in enumerate(zip(prepared, fold)):
            if f != k:
                continue
            if not days:
                outcome["ranker"][i] = False
                for margin in margins:
                    outcome[f"hybrid@{margin}"][i] = rows[i]["cascade_right"]
                continue
            scores = matrix @ weights
            prob = np.exp(scores - scores.max())
            prob /= prob.sum()
            best = int(np.argmax(prob))
            outcome["ranker"][i] = days[best] == rows[i]["truth"]
            cascade = rows[i]["cascade"]
            cascade_prob = prob[days.index(cascade)] if cascade in days else 0.0
            for margin in margins:
                override = cascade is None or prob[best] - cascade_prob > margin
                outcome[f"hybrid@{margin}"][i] = (days[best] == rows[i]["truth"] if override
                                                  else rows[i]["cascade_right"])
    return outcome


def _share(values: list) -> str:
    return f"{sum(map(bool, values)) / len(values):.3f}" if values else "-"


def report(rows: list[dict], folds: int) -> None:
    corpora = sorted({row["corpus"] for row in rows}, key=lambda name: (name.endswith("-stripped"), name))
    plain = cross_validate(rows, folds, margins=(0.2, 0.5, 0.8))
    informed = cross_validate(rows, folds, with_cascade=True)
    columns = {"cascade": [row["cascade_right"] for row in rows],
               "oracle": [row["truth"] in {c[1] for c in row["candidates"]} for row in rows],
               **plain, "ranker+cascade": informed["ranker"]}
    print(f"group {folds}-fold cross-validation by site: day accuracy on each fold's unseen sites "
          "(cascade: in-sample, shaped on these pages)")
    print(f"{'corpus':26}{'pages':>6}" + "".join(f"{name:>15}" for name in columns))
    for corpus in corpora + ["all labelled", "all stripped"]:
        idx = [i for i, row in enumerate(rows) if row["corpus"] == corpus
               or (corpus == "all labelled" and not row["corpus"].endswith("-stripped"))
               or (corpus == "all stripped" and row["corpus"].endswith("-stripped"))]
        print(f"{corpus:26}{len(idx):>6}" + "".join(
            f"{_share([values[i] for i in idx]):>15}" for values in columns.values()))
    print("\nranker per fold (each fold's unseen sites; '-': no page of the corpus there):")
    print(f"{'corpus':26}" + "".join(f"{k:>7}" for k in range(folds)))
    for corpus in corpora:
        cells = []
        for k in range(folds):
            idx = [i for i, row in enumerate(rows)
                   if row["corpus"] == corpus and fold_of(row["site"], folds) == k]
            cells.append(_share([plain["ranker"][i] for i in idx]))
        print(f"{corpus:26}" + "".join(f"{cell:>7}" for cell in cells))
    prepared = _prepared(rows, False)
    weights = train([(m, r) for (_d, m, r), row in zip(prepared, rows) if dev_half(row["site"]) == "A"],
                    len(_feature_names(False)))
    for stripped in (False, True):
        idx = [i for i, row in enumerate(rows) if dev_half(row["site"]) == "B"
               and row["corpus"].endswith("-stripped") == stripped]
        chosen = [bool(prepared[i][0]) and prepared[i][0][int(np.argmax(prepared[i][1] @ weights))]
                  == rows[i]["truth"] for i in idx]
        print(f"trained on half A, measured on half B, {'stripped' if stripped else 'labelled'}: "
              f"{len(idx)} pages, ranker {_share(chosen)}, cascade "
              f"{_share([rows[i]['cascade_right'] for i in idx])}")
    labelled = [row["ms"] for row in rows if "ms" in row and not row["corpus"].endswith("-stripped")]
    if labelled:
        print(f"cost, labelled pages (process time): extraction up to the day, median "
              f"{statistics.median(m[0] for m in labelled):.1f} ms; listing and reading every "
              f"candidate after it, median {statistics.median(m[1] for m in labelled):.1f} ms, "
              f"mean {statistics.mean(m[1] for m in labelled):.1f} ms")
    for half in "AB":
        for stripped in (False, True):
            idx = [i for i, row in enumerate(rows) if dev_half(row["site"]) == half
                   and row["corpus"].endswith("-stripped") == stripped]
            print(f"half {half} {'stripped' if stripped else 'labelled'}: {len(idx)} pages, ranker "
                  f"{_share([plain['ranker'][i] for i in idx])}, cascade "
                  f"{_share([rows[i]['cascade_right'] for i in idx])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--weights", type=Path)
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        rows = json.loads(args.cache.read_text())
    else:
        rows = collect(args.corpora)
        if args.cache:
            args.cache.write_text(json.dumps(rows))
    report(rows, args.folds)
    if args.weights:
        prepared = _prepared(rows, False)
        weights = train([(m, r) for _d, m, r in prepared], len(_feature_names(False)))
        args.weights.write_text(json.dumps(dict(zip(_feature_names(False), weights.round(4).tolist())),
                                           indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
