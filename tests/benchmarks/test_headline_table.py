"""benchmarks/headline_table.py: each headline source is set against the label and classed
by how it differs; candidate rules are counted per half; held-out pages are never read."""

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from newscrawl.evaluate.split import DEV, HELD_OUT, dev_half, part_of

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "headline_table.py"

PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour ferry returns after winter repairs | Coast Times</title>
<meta property="og:site_name" content="Coast Times">
<meta property="og:title" content="{og}">
<meta name="twitter:title" content="{twitter}">
</head><body><header><a href="/">Coast Times</a></header>
<article><h1>{h1}</h1>
<p>The harbour ferry returned to service on Monday after a winter of repairs to its engines,
and the first crossing carried forty passengers across the bay.</p></article></body></html>"""


def load_script():
    spec = importlib.util.spec_from_file_location("headline_table", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up by name)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table():
    return load_script()


@pytest.mark.parametrize("source, kind", [
    ("Ferry returns", "equal"),
    ("FERRY  returns", "equal"),
    ("Ferry returns | Coast Times", "suffix after separator"),
    ("Ferry returns to the bay", "label + more words"),
    ("Travel: Ferry returns", "prefix before separator"),
    ("Travel Ferry returns", "words + label"),
    ("Ferry ret…", "truncated with ellipsis"),
    ("Ferry", "truncated, no ellipsis"),
    ("Something else", "other"),
])
def test_difference_classes(table, source, kind):
    assert table.difference(source, "Ferry returns") == kind


def test_difference_tells_quotes_and_dashes_from_punctuation(table):
    assert table.difference("Ferry \u2018back\u2019 \u2013 at last", "Ferry 'back' - at last") \
        == "quotes/dashes"
    assert table.difference("Ferry back, at last", "Ferry back at last") == "punctuation"


def test_page_sources_clean_the_site_name_and_cut_the_title(table):
    html = PAGE.format(og="Harbour ferry returns", twitter="Harbour ferry returns",
                       h1="Harbour ferry returns after winter repairs")
    sources = table.page_sources(html, "https://coasttimes.example/ferry")
    assert sources.raw["title cleaned"] == "Harbour ferry returns after winter repairs"
    assert sources.raw["title part 2"] == "Coast Times"
    assert sources.title == sources.h1s[0] == "harbour ferry returns after winter repairs"
    assert sources.og == sources.twitter == "harbour ferry returns"
    assert table.family("title part 2") == "title" and table.family("h1 #1") == "h1"


def test_rules_fire_only_on_their_difference(table):
    html = PAGE.format(og="Harbour ferry returns", twitter="Harbour ferry returns",
                       h1="Harbour ferry returns after winter repairs")
    sources = table.page_sources(html, "https://coasttimes.example/ferry")
    chosen = "harbour ferry returns"
    fuller = "harbour ferry returns after winter repairs"
    assert table.h1_and_title_agree(sources, chosen) == fuller
    assert table.h1_extends_the_opening(sources, chosen) == fuller
    assert table.h1_extends_the_headline(sources, chosen) == fuller
    assert table.majority_of_sources(sources, chosen) is None  # two families each
    assert table.og_and_twitter_over_jsonld(sources, chosen) is None  # no JSON-LD
    # An h1 with other words: neither extension rule fires.
    other = table.page_sources(PAGE.format(og="Harbour ferry returns", twitter="",
                                           h1="Winter repairs end at the harbour"),
                               "https://coasttimes.example/ferry")
    assert table.h1_extends_the_opening(other, chosen) is None
    assert table.h1_extends_the_headline(other, chosen) is None


def _site(part: str, half: str | None = None) -> str:
    return next(site for site in (f"coast-{i}.example" for i in range(500))
                if part_of(site) == part and (half is None or dev_half(site) == half))


def test_held_out_pages_are_not_read_and_half_b_is_not_named(table, tmp_path, capsys):
    html = PAGE.format(og="Harbour ferry returns", twitter="Harbour ferry returns",
                       h1="Harbour ferry returns after winter repairs")
    (tmp_path / "html").mkdir()
    cases = []
    for name, site in (("a", _site(DEV, "A")), ("b", _site(DEV, "B")), ("held", _site(HELD_OUT))):
        (tmp_path / "html" / f"{name}.html.gz").write_bytes(gzip.compress(html.encode()))
        cases.append({"id": name, "url": f"https://{site}/ferry", "group": site,
                      "html": f"html/{name}.html.gz", "headline": "Harbour ferry returns",
                      "with": ["harbour ferry"], "without": []})
    (tmp_path / "html" / "held.html.gz").write_bytes(b"not gzip: reading it would fail")
    (tmp_path / "cases.jsonl").write_text("".join(json.dumps(case) + "\n" for case in cases))
    pages = table.development_pages(tmp_path)
    assert sorted(page.id for page in pages) == ["a", "b"]
    assert table.main(["--corpus", str(tmp_path), "--rules", "--pages"]) == 0
    out = capsys.readouterr().out
    assert "half A: 1 pages of 1 sites" in out and "half B: 1 pages of 1 sites" in out
    assert _site(DEV, "A") in out and _site(DEV, "B") not in out
