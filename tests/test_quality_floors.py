"""CI quality gate: the generic extractor must not fall below the pinned floors.

Runs newscrawl with site profiles off on the shared corpora (``../shared/corpora``
beside the checkout) and compares each guarded figure with ``quality_floors.json``.
One test per corpus and figure, so a failure names the figure. Raise the floors after
an improvement with ``python -m newscrawl.evaluate.floors --write tests/quality_floors.json``.
"""

import json
from pathlib import Path

import pytest

from newscrawl.evaluate.floors import CORPORA_FROM_REPO, measure

REPO = Path(__file__).resolve().parents[1]
CORPORA = (REPO / CORPORA_FROM_REPO).resolve()
FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text("utf-8"))
CASES = [(corpus, key, floor)
         for corpus, figures in FLOORS["floors"].items() for key, floor in figures.items()]

_measured: dict[str, dict] = {}


def figures_of(corpus: str) -> dict:
    """The corpus's guarded figures, measured once per test session."""
    directory = CORPORA / corpus
    if not directory.is_dir():
        pytest.skip(f"corpus {corpus} not found at {directory}: the quality gate needs "
                    f"../shared/corpora beside the checkout")
    if corpus not in _measured:
        _measured[corpus] = measure(directory)
    return _measured[corpus]


@pytest.mark.parametrize("corpus, key, floor", CASES,
                         ids=[f"{corpus}-{key}" for corpus, key, _ in CASES])
def test_figure_stays_above_its_floor(corpus, key, floor):
    value = figures_of(corpus)[key]
    assert value is not None, f"{corpus} {key}: no figure measured"
    assert value >= floor, (f"{corpus} {key} fell to {value:.4f}, below its floor {floor:.3f} "
                            f"(measured {FLOORS['measured'][corpus][key]:.4f} when pinned)")


def test_floors_cover_the_guarded_figures():
    from newscrawl.evaluate.floors import GUARDED

    assert {c: set(f) for c, f in FLOORS["floors"].items()} == \
        {c: set(f) for c, f in GUARDED.items()}
