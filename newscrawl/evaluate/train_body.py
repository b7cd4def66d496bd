"""Fit the learned body layer's weights on the development part of the labelled corpora.

    python -m newscrawl.evaluate.train_body [--corpora ../shared/corpora] [--folds 5]
                                            [--write] [--cache FILE]

Every development page (``part == dev``) of the corpora with body labels (zyte,
fundus-dev, l3s-gn1) or snippets (trafilatura-dev) is extracted with the layer recording
(:func:`newscrawl.extract.body.learned.recording`): the rules' body, and each candidate
block near it with its structural features and text. A block is labelled story when
:data:`POSITIVE_SHARE` of its word 4-grams are in the page's true body (furniture at or
under :data:`NEGATIVE_SHARE`; blocks between are left out), or, on a snippet page, when it
holds a snippet the text must contain (furniture: one it must not contain; others left
out).

A logistic regression (standardised features, L2, Newton steps: deterministic) is
cross-validated by site: the sites fall in ``--folds`` folds by a hash, each fold is
scored by the model fitted on the others. The threshold is chosen on those out-of-fold
scores, by simulating each page's body with the blocks above it added and averaging the
corpora's change in body F1 (snippet F1 on trafilatura-dev); the figures of that
simulation are printed per corpus. The final weights are fitted on all development pages
and, with ``--write``, written to :mod:`newscrawl.extract.body.learned_weights`. Held-out
pages are never read.

numpy is needed here (the ``test`` extra), never at extraction time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from newscrawl.evaluate import metrics
from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.runner import body_figures, score_body, score_snippets, snippets_figures
from newscrawl.evaluate.split import DEV
from newscrawl.extract.body.learned import FEATURES, recording

#: The corpora the layer learns from, and the figure each is judged by.
CORPORA = {"zyte": "body", "fundus-dev": "body", "l3s-gn1": "body", "trafilatura-dev": "snippets"}
#: Corpora whose pages' own JSON-LD articleBody is the body label (the ``--stripped``
#: instrument's truth, read on the stripped pages as that instrument reads them).
STATED = ("htmldate-dev", "pagetypes")
#: A block is story when this share of its word 4-grams are in the true body ...
POSITIVE_SHARE = 0.8
#: ... and furniture when at most this share are.
NEGATIVE_SHARE = 0.2
#: L2 penalty of the logistic regression (on standardised features).
L2 = 1.0
#: Newton steps of the fit.
STEPS = 25
#: Thresholds tried on the out-of-fold scores.
THRESHOLDS = tuple(round(0.5 + 0.025 * i, 3) for i in range(20))
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "extract" / "body" / "learned_weights.py"
DEFAULT_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def fold_of(site: str, folds: int) -> int:
    """The cross-validation fold of a site (a hash of it: all its pages in one fold)."""
    return hashlib.sha256(b"newscrawl-train-body:" + site.encode("utf-8")).digest()[0] % folds


def _page(name: str, kind: str, case, html: str, truth) -> dict:
    """A page's entry: the rules' body and the recorded candidate blocks."""
    from newscrawl.extract import extract_article

    with recording() as found:
        try:
            body = extract_article(html, case.url, profile=False).body or ""
        except Exception:  # a page the extractor refuses: no body, no candidates
            body, found[:] = "", []
    blocks = [block for block in (found[-1] if found else []) if block["texts"]]
    stored: list[str] | dict[str, list[str]]
    if kind == "body":
        stored = [truth] if isinstance(truth, str) else list(truth)
    else:
        stored = {"with": list(truth.with_), "without": list(truth.without)}
    return {"corpus": name, "kind": kind, "site": case.site, "id": case.id,
            "body": body, "truth": stored, "blocks": blocks}


def collect(corpora_dir: Path) -> list[dict]:
    """One entry per development page: corpus, site, the rules' body, the truth, and the
    candidate blocks (features, texts, before the body)."""
    from newscrawl.evaluate.stripped import stripped_corpus

    pages = []
    for name, kind in CORPORA.items():
        directory = corpora_dir / name
        if not directory.is_dir():
            continue
        for case in load_corpus(directory).cases:
            truth = case.truth.body if kind == "body" else case.truth.snippets
            if case.part == DEV and truth is not None:
                pages.append(_page(name, kind, case, case.read_html(), truth))
        print(f"  {name}: {sum(1 for p in pages if p['corpus'] == name)} dev pages", file=sys.stderr)
    for name in STATED:
        directory = corpora_dir / name
        if not directory.is_dir():
            continue
        stripped = stripped_corpus(directory)
        label = f"{name}-stated"
        for case in stripped.corpus.cases:
            if case.part == DEV and case.truth.body is not None:
                pages.append(_page(label, "body", case, stripped.htmls[case.id], case.truth.body))
        print(f"  {label}: {sum(1 for p in pages if p['corpus'] == label)} dev pages", file=sys.stderr)
    return pages


def label(page: dict, block: dict) -> int | None:
    """1 story, 0 furniture, None unknown, for one candidate block of a page."""
    text = "\n\n".join(block["texts"])
    if page["kind"] == "snippets":
        norm = metrics.snippet_text(text)
        if any(metrics.snippet_text(s) in norm for s in page["truth"]["without"]):
            return 0
        if any(metrics.snippet_text(s) in norm for s in page["truth"]["with"]):
            return 1
        return None
    grams = metrics.shingles(text)
    total = sum(grams.values())
    if not total:
        return None
    share = max(sum((grams & metrics.shingles(variant)).values()) / total
                for variant in page["truth"])
    if share >= POSITIVE_SHARE:
        return 1
    if share <= NEGATIVE_SHARE:
        return 0
    return None


def fit(x, y):
    """(means, scales, weights, intercept) of an L2 logistic regression by Newton steps."""
    import numpy as np

    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        w = w - np.linalg.solve(hessian, gradient)
    return means, scales, w[1:], w[0]


def predict(model, x):
    import numpy as np

    means, scales, weights, intercept = model
    return 1.0 / (1.0 + np.exp(-(((x - means) / scales) @ weights + intercept)))


def simulate(pages: list[dict], scores: dict, threshold: float | None) -> dict[str, float]:
    """Each corpus's figure with every block scored at or above ``threshold`` added
    (None: the rules' body alone)."""
    records: dict[str, list] = {}
    for index, page in enumerate(pages):
        before: list[str] = []
        after: list[str] = []
        if threshold is not None:
            for number, block in enumerate(page["blocks"]):
                if scores.get((index, number), 0.0) >= threshold:
                    (before if block["before"] else after).extend(block["texts"])
        text = "\n\n".join([*before, page["body"], *after]) if (before or after) else page["body"]
        if page["kind"] == "body":
            record = score_body(text, tuple(page["truth"]))
        else:
            record = score_snippets(text, metrics.Snippets(tuple(page["truth"]["with"]),
                                                           tuple(page["truth"]["without"])))
        records.setdefault(page["corpus"], []).append(record)
    figures = {}
    for name, rows in records.items():
        figures[name] = (snippets_figures(rows)["snippets.f1"] or 0.0 if CORPORA.get(name) == "snippets"
                         else body_figures(rows)["body.f1"])
    return figures


def examples(pages: list[dict]):
    """(rows of features, labels, (page, block) keys, sites) of the labelled blocks."""
    rows, labels, keys, sites = [], [], [], []
    for index, page in enumerate(pages):
        for number, block in enumerate(page["blocks"]):
            value = label(page, block)
            if value is None:
                continue
            rows.append(block["features"])
            labels.append(value)
            keys.append((index, number))
            sites.append(page["site"])
    return rows, labels, keys, sites


def train(pages: list[dict], folds: int) -> dict:
    """Cross-validate by site, choose the threshold, fit on all; the model and the report."""
    import numpy as np

    rows, labels, keys, sites = examples(pages)
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    fold = np.array([fold_of(site, folds) for site in sites])
    # every candidate block (labelled or not) is scored out of fold for the simulation
    all_rows, all_keys, all_folds = [], [], []
    for index, page in enumerate(pages):
        for number, block in enumerate(page["blocks"]):
            all_rows.append(block["features"])
            all_keys.append((index, number))
            all_folds.append(fold_of(page["site"], folds))
    all_x, all_fold = np.array(all_rows, dtype=float), np.array(all_folds)
    oof = np.zeros(len(all_x))
    oof_labelled = np.zeros(len(x))
    for k in range(folds):
        model = fit(x[fold != k], y[fold != k])
        oof[all_fold == k] = predict(model, all_x[all_fold == k])
        oof_labelled[fold == k] = predict(model, x[fold == k])
    scores = {key: float(p) for key, p in zip(all_keys, oof)}
    baseline = simulate(pages, scores, None)
    sweep = []
    for threshold in THRESHOLDS:
        figures = simulate(pages, scores, threshold)
        gain = sum(figures[name] - baseline[name] for name in figures) / len(figures)
        worst = min(figures[name] - baseline[name] for name in figures)
        sweep.append((threshold, gain, worst, figures))
    # the best mean gain among thresholds that cost no corpus more than 0.001
    allowed = [row for row in sweep if row[2] >= -0.001] or sweep
    threshold, gain, worst, figures = max(allowed, key=lambda row: (row[1], row[0]))
    final = fit(x, y)
    auc = _auc(oof_labelled, y)
    report = {"examples": len(y), "positives": int(y.sum()), "blocks": len(all_x),
              "pages": len(pages), "folds": folds, "cv_auc": auc, "threshold": threshold,
              "cv_gain": gain, "baseline": baseline, "cv_figures": figures,
              "sweep": [(t, g, w) for t, g, w, _ in sweep]}
    model = {"features": list(FEATURES), "means": [round(float(v), 6) for v in final[0]],
             "scales": [round(float(v), 6) for v in final[1]],
             "weights": [round(float(v), 6) for v in final[2]],
             "intercept": round(float(final[3]), 6), "threshold": threshold}
    return {"model": model, "report": report}


def _auc(scores, labels) -> float:
    """Area under the ROC curve (rank statistic, ties halved)."""
    import numpy as np

    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    positives = labels.sum()
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def render_weights(model: dict) -> str:
    """The text of :mod:`newscrawl.extract.body.learned_weights` for a fitted model."""
    lines = ['"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by',
             '``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""',
             "", "MODEL = {"]
    lines.append(f'    "features": {tuple(model["features"])!r},')
    for key in ("means", "scales", "weights"):
        lines.append(f'    "{key}": {tuple(model[key])!r},')
    lines.append(f'    "intercept": {model["intercept"]!r},')
    lines.append(f'    "threshold": {model["threshold"]!r},')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newscrawl.evaluate.train_body",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true",
                        help="write the fitted weights into the package")
    parser.add_argument("--cache", type=Path,
                        help="keep the extracted candidates in this JSON file (read it when present)")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}: nothing to train on (pass --corpora)", file=sys.stderr)
        return 2
    if args.cache is not None and args.cache.exists():
        pages = json.loads(args.cache.read_text())
    else:
        pages = collect(args.corpora)
        if args.cache is not None:
            args.cache.write_text(json.dumps(pages))
    result = train(pages, args.folds)
    report = result["report"]
    print(f"{report['pages']} dev pages, {report['blocks']} candidate blocks, "
          f"{report['examples']} labelled ({report['positives']} story)")
    print(f"cross-validated by site ({report['folds']} folds): AUC {report['cv_auc']:.3f}")
    for threshold, gain, worst in report["sweep"]:
        print(f"  threshold {threshold:.3f}: mean gain {gain:+.4f}, worst corpus {worst:+.4f}")
    print(f"chosen threshold {report['threshold']:.3f}; out-of-fold figures (rules alone -> with layer):")
    for name, value in report["cv_figures"].items():
        print(f"  {name:16s} {report['baseline'][name]:.4f} -> {value:.4f}")
    if args.write:
        WEIGHTS_FILE.write_text(render_weights(result["model"]))
        print(f"weights written to {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
