"""The development / held-out split: by site, fixed, the same across corpora."""

import json
from pathlib import Path

import pytest

from newscrawl.evaluate.corpus import load_corpus
from newscrawl.evaluate.split import DEV, HELD_OUT, part_of, registrable_domain, site_of

SHARED_CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def test_registrable_domain_keeps_the_public_suffix_offline():
    assert registrable_domain("https://news.bbc.co.uk/a/b") == "bbc.co.uk"
    assert registrable_domain("http://www.Example.com/x") == "example.com"
    assert registrable_domain("not a url") == "not a url" or registrable_domain("") == ""


def test_site_is_the_group_label_where_the_corpus_gives_one():
    assert site_of("https://wien.orf.at/stories/1/", "wien.orf.at") == "wien.orf.at"
    assert site_of("https://wien.orf.at/stories/1/") == "orf.at"


def test_part_is_fixed_and_splits_sites_roughly_in_half():
    sites = [f"site{i}.example" for i in range(2000)]
    parts = [part_of(s) for s in sites]
    assert parts == [part_of(s) for s in sites]  # deterministic
    assert set(parts) == {DEV, HELD_OUT}
    assert 0.45 < parts.count(DEV) / len(parts) < 0.55


def test_every_case_carries_its_site_and_part(zyte_corpus, snippets_corpus):
    for directory in (zyte_corpus, snippets_corpus):
        for case in load_corpus(directory).cases:
            assert case.site and case.part == part_of(case.site)


@pytest.mark.parametrize("corpus", ["trafilatura-dev", "htmldate-dev", "l3s-gn1"])
def test_no_site_of_a_shared_corpus_straddles_the_parts(corpus):
    directory = SHARED_CORPORA / corpus
    if not directory.is_dir():
        pytest.skip(f"shared corpus {corpus} not found at {directory}")
    cases = load_corpus(directory).cases
    parts_of_site: dict[str, set] = {}
    for case in cases:
        parts_of_site.setdefault(case.site, set()).add(case.part)
    assert all(len(parts) == 1 for parts in parts_of_site.values())
    groups = {json.loads(line)["group"] for line in (directory / "cases.jsonl").open()}
    assert {case.site for case in cases} == {g.lower() for g in groups}
    shares = [sum(c.part == DEV for c in cases) / len(cases)]
    assert 0.35 < shares[0] < 0.65


def test_the_development_halves_are_fixed_by_site_and_both_occur():
    from newscrawl.evaluate.split import dev_half
    sites = [f"site{n}.example" for n in range(40)]
    halves = [dev_half(site) for site in sites]
    assert set(halves) == {"A", "B"}
    assert halves == [dev_half(site) for site in sites]  # the same every run
