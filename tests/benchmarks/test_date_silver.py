"""benchmarks/date_silver.py: newscrawl's day is the page's own calendar day, and a page is
a candidate when newscrawl names no day or one that htmldate or the URL contradicts."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "date_silver.py"


def _module():
    spec = importlib.util.spec_from_file_location("date_silver", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(ours, quick=None, extensive=None, url_day=None):
    return {"newscrawl": ours, "htmldate": [extensive, quick], "url_day": url_day}


def test_no_day_or_a_contradicted_day_makes_a_candidate():
    silver = _module()
    assert silver.is_candidate(_row(None))
    assert silver.is_candidate(_row("2021-03-03", extensive="2021-03-04"))
    assert silver.is_candidate(_row("2021-03-03", quick="2021-03-04"))
    assert silver.is_candidate(_row("2021-03-03", url_day="2021-03-02"))


def test_a_day_every_other_source_agrees_with_or_leaves_open_is_no_candidate():
    silver = _module()
    assert not silver.is_candidate(_row("2021-03-03"))
    assert not silver.is_candidate(_row("2021-03-03", "2021-03-03", None, "2021-03-03"))


def test_newscrawls_day_is_the_day_the_page_states_in_its_own_offset():
    silver = _module()
    html = ("<html><head><title>Ferry returns</title>"
            "<meta property='article:published_time' content='2021-03-03T23:30:00-08:00'>"
            "</head><body><article><h1>Ferry returns</h1><p>The ferry crossed the river again "
            "on Wednesday after a winter in the yard, its owners said.</p></article></body></html>")
    day, layer = silver.newscrawl_day(html, "https://news.test/ferry-returns")
    assert (day, layer) == ("2021-03-03", "meta")  # not the UTC day, the 4th
    day, layer = silver.newscrawl_day("<html><body><p>No date here.</p></body></html>",
                                      "https://news.test/x")
    assert (day, layer) == (None, None)
