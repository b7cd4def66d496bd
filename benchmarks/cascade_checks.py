"""What the work after a field's first answer buys: for each check and step the extractor
runs once a field has an answer (the publication date's cross-checks and restatements,
the headline's later steps, the authors' and the body's clean-ups), how often it is
called, how often it changes the answer it was given, how often that change is right or
wrong against the labelled day (the publication-date checks, on the corpora with one),
and its CPU time as a share of the extractions' (inclusive: a shared view of the page a
check is the first to ask for is counted in its time).

The pages: the development part (split by site, as ``python -m newscrawl.evaluate``) of
every corpus under ``--corpora``, each extracted with site profiles off, as it is and
stripped of its structured data (as ``--stripped`` reads it). Held-out pages are
skipped before their HTML is read.

    python benchmarks/cascade_checks.py [--corpora ../shared/corpora] [--ways plain,stripped]

A check that changes no answer on any page costs its time for nothing there; one that
changes answers is judged by its right and wrong counts. This is a development
instrument, not a test; it reads the corpora at run time.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.errors import NotAPageError  # noqa: E402
from newscrawl.evaluate import metrics  # noqa: E402
from newscrawl.evaluate.corpus import CorpusError, load_corpus  # noqa: E402
from newscrawl.evaluate.split import DEV  # noqa: E402
from newscrawl.evaluate.stripped import strip_structured_data  # noqa: E402
from newscrawl.evaluate.systems import article_date  # noqa: E402
from newscrawl.extract import extractor  # noqa: E402

#: The publication-date checks that take (run, date, layer, candidate) and return the
#: (date, layer, candidate) they keep.
DATE_CHECKS = ("_outvoted", "_app_state_checked", "_generic_meta_checked", "_shown_modification",
               "_url_and_print_agreeing", "_markup_text_checked", "_with_printed_time")
#: The publication-date restatements that take (run, date, layer) and return the date.
DATE_RESTATEMENTS = ("_in_printed_offset", "_in_printed_clock", "_on_url_day")
#: Steps and clean-ups that may change a field already answered: name -> the field.
FIELD_CHANGERS = {"step_headline_kicker": "headline", "step_headline_before_story": "headline",
                  "step_permalink_headline": "headline", "step_named_headline": "headline",
                  "_cited_over_login": "authors", "_without_signature": "body"}


@dataclass(slots=True)
class Tally:
    """One check's counts over the pages."""

    field: str
    calls: int = 0
    changed: int = 0
    right_to_wrong: int = 0
    wrong_to_right: int = 0
    seconds: float = 0.0


def _reading_key(reading) -> tuple | None:
    return None if reading is None else (reading.value, reading.raw, reading.precision)


def _day_right(reading, language: str | None, truth) -> bool | None:
    """Whether a date reading names the labelled day (None without a label or a reading)."""
    if truth is None or reading is None or reading.value is None:
        return None
    return bool(metrics.same_day(article_date(reading.value, reading.precision, reading.raw,
                                              language), truth))


class Instrument:
    """Wraps the checks of :mod:`newscrawl.extract.extractor` while active (a context
    manager), counting into :attr:`tallies`; :attr:`truth` is the labelled publication day
    of the page being extracted (None when it has none)."""

    def __init__(self) -> None:
        self.tallies: dict[str, Tally] = {}
        self.truth = None

    def _tally(self, name: str, field: str) -> Tally:
        return self.tallies.setdefault(name, Tally(field))

    def _judge(self, tally: Tally, run, before, after) -> None:
        if _reading_key(before) == _reading_key(after):
            return
        tally.changed += 1
        was = _day_right(before, run.article.language, self.truth)
        now = _day_right(after, run.article.language, self.truth)
        if was is True and now is False:
            tally.right_to_wrong += 1
        elif was is False and now is True:
            tally.wrong_to_right += 1

    def _date_check(self, name: str, check):
        def counted(run, parsed, layer, offered):
            started = time.process_time()
            kept = check(run, parsed, layer, offered)
            tally = self._tally(name, "published_at")
            tally.seconds += time.process_time() - started
            tally.calls += 1
            if kept[1] != layer and _reading_key(kept[0]) == _reading_key(parsed):
                tally.changed += 1  # (the same date, credited to another layer)
            self._judge(tally, run, parsed, kept[0])
            return kept
        return counted

    def _restatement(self, name: str, restate):
        def counted(run, parsed, layer):
            started = time.process_time()
            kept = restate(run, parsed, layer)
            tally = self._tally(name, "published_at")
            tally.seconds += time.process_time() - started
            tally.calls += 1
            self._judge(tally, run, parsed, kept)
            return kept
        return counted

    def _changer(self, name: str, field: str, change):
        def counted(run, *args):
            before = repr(getattr(run.article, field))
            started = time.process_time()
            result = change(run, *args)
            tally = self._tally(name, field)
            tally.seconds += time.process_time() - started
            tally.calls += 1
            tally.changed += repr(getattr(run.article, field)) != before
            return result
        counted.__name__ = name
        return counted

    @contextlib.contextmanager
    def active(self):
        saved = {name: getattr(extractor, name)
                 for name in (*DATE_CHECKS, *DATE_RESTATEMENTS, *FIELD_CHANGERS, "FIELD_STEPS")}
        try:
            for name in DATE_CHECKS:
                setattr(extractor, name, self._date_check(name, saved[name]))
            for name in DATE_RESTATEMENTS:
                setattr(extractor, name, self._restatement(name, saved[name]))
            wrapped = {name: self._changer(name, field, saved[name])
                       for name, field in FIELD_CHANGERS.items()}
            for name in ("_cited_over_login", "_without_signature"):
                setattr(extractor, name, wrapped[name])
            extractor.FIELD_STEPS = tuple(wrapped.get(step.__name__, step)
                                          for step in saved["FIELD_STEPS"])
            yield self
        finally:
            for name, value in saved.items():
                setattr(extractor, name, value)


def run_pages(corpora: Path, ways: tuple[str, ...], instrument: Instrument) -> tuple[int, float]:
    """Extract every development page of every corpus in each way with the instrument
    active: (extractions, their CPU seconds)."""
    extractions, seconds = 0, 0.0
    with instrument.active():
        for directory in sorted(p for p in corpora.iterdir() if p.is_dir()):
            try:
                cases = load_corpus(directory).cases
            except CorpusError:
                continue
            for case in cases:
                if case.part != DEV:
                    continue  # (held out: never read)
                html = case.read_html()
                for way in ways:
                    stripped = way == "stripped"
                    instrument.truth = None if stripped else case.truth.published
                    started = time.process_time()
                    try:
                        extractor.extract_article(strip_structured_data(html) if stripped else html,
                                                  case.url, profile=False)
                    except NotAPageError:
                        pass
                    seconds += time.process_time() - started
                    extractions += 1
    return extractions, seconds


def report(tallies: dict[str, Tally], extractions: int, seconds: float) -> str:
    lines = [f"{extractions} extractions, {1e3 * seconds / max(extractions, 1):.2f} ms each",
             "| check | field | calls | changed | right -> wrong | wrong -> right | CPU share |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, tally in sorted(tallies.items(), key=lambda item: -item[1].seconds):
        lines.append(f"| `{name}` | {tally.field} | {tally.calls} | {tally.changed} | "
                     f"{tally.right_to_wrong} | {tally.wrong_to_right} | "
                     f"{100 * tally.seconds / max(seconds, 1e-9):.2f} % |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--ways", default="plain,stripped",
                        help="comma-separated: plain (the page as it is), stripped")
    opts = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    instrument = Instrument()
    extractions, seconds = run_pages(opts.corpora, tuple(opts.ways.split(",")), instrument)
    print(report(instrument.tallies, extractions, seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
