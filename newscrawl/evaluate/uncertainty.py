"""How sure a figure is: bootstrap intervals over sites.

A corpus figure comes from a few hundred pages of a few hundred sites, and pages of one
site fail together, so the unit of chance is the site. Resampling the sites of a part
with replacement (all pages of each drawn site, the figure recomputed from the per-page
records exactly as the table computes it) gives the spread of the figure a like set of
other sites would give. Three intervals are read from the same draws:

- a figure on one part (development or held-out);
- the gap between the parts, development minus held-out, each part resampled on its own
  (the acceptance "held-out within 0.01 of development" asks whether the gap is small;
  an interval that spans zero says the parts do not tell apart);
- the lead of one system over another on one part: both systems' pages of the same drawn
  sites, so the paired difference is what varies;
- the gap beyond a peer's: this system's gap minus the peer's gap on the same sites (its
  lead on development minus its lead on held-out, each part's sites drawn once for both).
  A peer was tuned on neither part, so its own gap is what the two parts' pages differ
  by; what this system's gap adds to it is what its rules learned of the development
  sites and no others. An interval that spans zero says the gap is the pages', not the
  rules'.

Intervals are percentile intervals of ``resamples`` draws with a fixed seed, so a run
can be repeated exactly.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from newscrawl.evaluate.runner import FIGURE_MAKERS, FIGURES, PageResult, SystemRun
from newscrawl.evaluate.split import DEV, HELD_OUT

#: The figures intervals are given for (the acceptance's and the issue's headline ones).
INTERVAL_FIGURES = ("body.f1", "snippets.f1", "snippets.f1_with_description",
                    "headline.exact", "authors.f1", "published.day")
#: Share of the draws left outside the interval, half on each side.
ALPHA = 0.05
#: Seed of the draws (fixed: the same run gives the same intervals).
SEED = 14


@dataclass(frozen=True, slots=True)
class Interval:
    """A figure and its bootstrap interval."""

    value: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.value:+.3f} [{self.low:+.3f}, {self.high:+.3f}]"


def _field_of(key: str) -> str:
    field = next((field for k, field, _ in FIGURES if k == key), None)
    if field is None:
        raise ValueError(f"{key} is no figure of a scored field")
    return field


def _by_site(pages: list[PageResult], part: str) -> dict[str, list[PageResult]]:
    sites: dict[str, list[PageResult]] = defaultdict(list)
    for page in pages:
        if page.part == part:
            sites[page.site or page.id].append(page)
    return dict(sites)


def figure_of(pages: list[PageResult], key: str) -> float | None:
    """One corpus figure of a list of page results, as the table computes it."""
    field = _field_of(key)
    records = [page.fields[field] for page in pages if field in page.fields]
    return FIGURE_MAKERS[field](records).get(key) if records else None


def _draw(sites: list[str], rng: random.Random) -> list[str]:
    return [sites[rng.randrange(len(sites))] for _ in sites]


def _interval(value: float, draws: list[float]) -> Interval:
    draws = sorted(draws)
    low = draws[int(ALPHA / 2 * (len(draws) - 1))]
    high = draws[int((1 - ALPHA / 2) * (len(draws) - 1))]
    return Interval(value, low, high)


def _draws(groups: dict[str, list[PageResult]], key: str, resamples: int,
           rng: random.Random) -> list[float]:
    names = sorted(groups)
    out = []
    for _ in range(resamples):
        figure = figure_of([page for name in _draw(names, rng) for page in groups[name]], key)
        if figure is not None:
            out.append(figure)
    return out


def part_interval(run: SystemRun, key: str, part: str, resamples: int) -> Interval | None:
    """The figure ``key`` of one part of a run and its interval (None: no such figure)."""
    groups = _by_site(run.pages, part)
    value = figure_of([page for pages in groups.values() for page in pages], key)
    if value is None:
        return None
    draws = _draws(groups, key, resamples, random.Random(f"{SEED}:{key}:{part}"))
    return _interval(value, draws) if draws else None


def gap_interval(run: SystemRun, key: str, resamples: int) -> Interval | None:
    """Development minus held-out for the figure ``key`` of a run, and its interval."""
    dev, held = _by_site(run.pages, DEV), _by_site(run.pages, HELD_OUT)
    value_dev = figure_of([p for pages in dev.values() for p in pages], key)
    value_held = figure_of([p for pages in held.values() for p in pages], key)
    if value_dev is None or value_held is None:
        return None
    rng = random.Random(f"{SEED}:{key}:gap")
    dev_draws = _draws(dev, key, resamples, rng)
    held_draws = _draws(held, key, resamples, rng)
    draws = [a - b for a, b in zip(dev_draws, held_draws)]
    return _interval(value_dev - value_held, draws) if draws else None


def lead_interval(run: SystemRun, other: SystemRun, key: str, part: str,
                  resamples: int) -> Interval | None:
    """``run``'s figure minus ``other``'s on one part, sites drawn once for both."""
    mine, theirs = _by_site(run.pages, part), _by_site(other.pages, part)
    names = sorted(set(mine) & set(theirs))
    if not names:
        return None

    def lead(drawn: list[str]) -> float | None:
        a = figure_of([p for name in drawn for p in mine[name]], key)
        b = figure_of([p for name in drawn for p in theirs[name]], key)
        return None if a is None or b is None else a - b

    value = lead(names)
    if value is None:
        return None
    rng = random.Random(f"{SEED}:{key}:{part}:lead")
    draws = [d for d in (lead(_draw(names, rng)) for _ in range(resamples)) if d is not None]
    return _interval(value, draws) if draws else None


def excess_gap_interval(run: SystemRun, other: SystemRun, key: str,
                        resamples: int) -> Interval | None:
    """``run``'s gap (development - held-out) minus ``other``'s: its lead on development
    minus its lead on held-out, each part's sites drawn once for both systems."""
    parts = {}
    for part in (DEV, HELD_OUT):
        mine, theirs = _by_site(run.pages, part), _by_site(other.pages, part)
        parts[part] = (sorted(set(mine) & set(theirs)), mine, theirs)
    if not parts[DEV][0] or not parts[HELD_OUT][0]:
        return None

    def lead(part: str, drawn: list[str]) -> float | None:
        _, mine, theirs = parts[part]
        a = figure_of([p for name in drawn for p in mine[name]], key)
        b = figure_of([p for name in drawn for p in theirs[name]], key)
        return None if a is None or b is None else a - b

    dev_lead, held_lead = lead(DEV, parts[DEV][0]), lead(HELD_OUT, parts[HELD_OUT][0])
    if dev_lead is None or held_lead is None:
        return None
    rng = random.Random(f"{SEED}:{key}:excess")
    draws = []
    for _ in range(resamples):
        a = lead(DEV, _draw(parts[DEV][0], rng))
        b = lead(HELD_OUT, _draw(parts[HELD_OUT][0], rng))
        if a is not None and b is not None:
            draws.append(a - b)
    return _interval(dev_lead - held_lead, draws) if draws else None


def intervals_report(runs: list[SystemRun], resamples: int,
                     parts: tuple[str, ...] = (DEV, HELD_OUT)) -> str:
    """A Markdown table of intervals: per own system and figure, each part in ``parts``,
    the gap when both are shown, the lead over each peer on each part, and (both parts
    shown) the gap beyond each peer's."""
    own = [run for run in runs if not run.system.is_peer]
    peers = [run for run in runs if run.system.is_peer]
    both = DEV in parts and HELD_OUT in parts
    header = ["system", "figure"] + [PART_NAMES[part] for part in parts]
    header += ["gap"] if both else []
    header += [f"lead over {peer.system.name}, {PART_NAMES[part]}"
               for peer in peers for part in parts]
    header += [f"gap beyond {peer.system.name}'s" for peer in peers] if both else []
    lines = [f"95 % intervals, bootstrap over sites ({resamples} draws"
             + ("; gap = development - held-out" if both else "")
             + ("; lead = this system - the peer" if peers else "")
             + ("; gap beyond the peer's = this system's gap - the peer's" if peers and both
                else "") + "):", "",
             "| " + " | ".join(header) + " |",
             "|---|---|" + "---:|" * (len(header) - 2)]
    for run in own:
        for key in INTERVAL_FIGURES:
            values = [part_interval(run, key, part, resamples) for part in parts]
            if all(value is None for value in values):
                continue
            cells = [run.system.name, LABELS[key]]
            cells += [_show(value, signed=False) for value in values]
            if both:
                cells.append(_show(gap_interval(run, key, resamples)))
            cells += [_show(lead_interval(run, peer, key, part, resamples))
                      for peer in peers for part in parts]
            if both:
                cells += [_show(excess_gap_interval(run, peer, key, resamples))
                          for peer in peers]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: Row names of the figures, as the side-by-side table names them.
LABELS = {key: label for key, _, label in FIGURES}
#: Column names of the parts.
PART_NAMES = {DEV: "development", HELD_OUT: "held-out"}


def _show(interval: Interval | None, signed: bool = True) -> str:
    if interval is None:
        return "-"
    if signed:
        return str(interval)
    return f"{interval.value:.3f} [{interval.low:.3f}, {interval.high:.3f}]"
