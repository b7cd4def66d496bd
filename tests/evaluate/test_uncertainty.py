"""Bootstrap intervals over sites: what they contain, when they tell two parts or two
systems apart, and that a run repeats exactly."""

from __future__ import annotations

from newscrawl.evaluate.runner import PageResult, SystemRun
from newscrawl.evaluate.split import DEV, HELD_OUT
from newscrawl.evaluate.systems import Prediction, System
from newscrawl.evaluate.uncertainty import (excess_gap_interval, figure_of, gap_interval,
                                            intervals_report, lead_interval, part_interval)

OWN = System(name="own", extract=lambda html, url: Prediction())
PEER = System(name="peer", extract=lambda html, url: Prediction(), is_peer=True)


def page(site: str, part: str, right: bool, system: str = "own") -> PageResult:
    """One page whose day is right or wrong."""
    record = {"minute": None, "day": right, "cost": 0.0 if right else 1.0}
    return PageResult(id=f"{site}-{part}-{right}", url="", system=system, ms=1.0,
                      fields={"published": record}, site=site, part=part)


def run_of(system: System, flags: dict[str, list[bool]]) -> SystemRun:
    """A run of pages given per part as right/wrong flags, one site a page."""
    pages = [page(f"{part}-{n}", part, right, system.name)
             for part, rights in flags.items() for n, right in enumerate(rights)]
    return SystemRun(system=system, pages=pages, figures={})


def test_the_figure_is_the_tables_and_lies_in_its_interval():
    run = run_of(OWN, {DEV: [True] * 30 + [False] * 10, HELD_OUT: [True] * 20})
    assert figure_of([p for p in run.pages if p.part == DEV], "published.day") == 0.75
    dev = part_interval(run, "published.day", DEV, 500)
    assert dev.low <= 0.75 <= dev.high and dev.low < dev.high
    # every page right: nothing varies
    held = part_interval(run, "published.day", HELD_OUT, 500)
    assert (held.value, held.low, held.high) == (1.0, 1.0, 1.0)
    assert part_interval(run, "body.f1", DEV, 100) is None  # no body records


def test_a_gap_within_chance_spans_zero_and_a_wide_one_does_not():
    alike = run_of(OWN, {DEV: [True, True, False] * 15, HELD_OUT: [True, False, True] * 12})
    gap = gap_interval(alike, "published.day", 1000)
    assert abs(gap.value) < 1e-9 and gap.low < 0 < gap.high
    apart = run_of(OWN, {DEV: [True] * 40, HELD_OUT: [True, False] * 20})
    gap = gap_interval(apart, "published.day", 1000)
    assert gap.value == 0.5 and gap.low > 0


def test_the_lead_is_paired_by_site():
    # the peer is wrong exactly where the own system is, plus on eight more sites: the
    # lead is the share of those sites in a draw, never below zero
    own_flags = [True] * 30 + [False] * 10
    peer_flags = [True] * 22 + [False] * 18
    own, peer = run_of(OWN, {DEV: own_flags}), run_of(PEER, {DEV: peer_flags})
    lead = lead_interval(own, peer, "published.day", DEV, 1000)
    assert abs(lead.value - 0.2) < 1e-9 and 0 < lead.low < 0.2 < lead.high
    assert lead_interval(own, peer, "published.day", HELD_OUT, 100) is None


def test_a_gap_the_peer_shares_is_the_pages_and_one_it_does_not_is_the_rules():
    # held-out pages are harder for both systems alike: the own gap is the peer's
    own = run_of(OWN, {DEV: [True] * 36 + [False] * 4, HELD_OUT: [True] * 28 + [False] * 12})
    peer = run_of(PEER, {DEV: [True] * 32 + [False] * 8, HELD_OUT: [True] * 24 + [False] * 16})
    shared = excess_gap_interval(own, peer, "published.day", 1000)
    assert abs(shared.value) < 1e-9 and shared.low < 0 < shared.high
    # the own system is right on every development page and only there: its gap is its own
    fitted = run_of(OWN, {DEV: [True] * 40, HELD_OUT: [True] * 24 + [False] * 16})
    alike = run_of(PEER, {DEV: [True] * 24 + [False] * 16, HELD_OUT: [True] * 24 + [False] * 16})
    excess = excess_gap_interval(fitted, alike, "published.day", 1000)
    assert abs(excess.value - 0.4) < 1e-9 and excess.low > 0
    assert excess_gap_interval(run_of(OWN, {DEV: [True] * 5}), alike, "published.day", 50) is None


def test_a_report_repeats_exactly_and_shows_held_out_only_when_asked():
    own = run_of(OWN, {DEV: [True, False, True] * 10, HELD_OUT: [True, True, False] * 10})
    peer = run_of(PEER, {DEV: [False, False, True] * 10, HELD_OUT: [True, False, False] * 10})
    report = intervals_report([own, peer], 300)
    assert report == intervals_report([own, peer], 300)
    assert "| own | date = day |" in report and "gap" in report and "held-out" in report
    dev_only = intervals_report([own, peer], 300, parts=(DEV,))
    assert "gap beyond peer's" in report
    assert "held-out" not in dev_only and "gap" not in dev_only
    assert dev_only.count("\n|---") == 1 and "lead over peer, development" in dev_only
