"""benchmarks/blind_peers.py: each field scored by one rule for every system, and the table."""

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from newscrawl.evaluate.metrics import DateValue
from newscrawl.evaluate.systems import Prediction

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "blind_peers.py"

EXPECTED = {
    "url": "https://www.quayside.example/news/2026/12/04/ferry-returns",
    "note": "a page of this test",
    "headline": "The ferry returns to the quay",
    "authors": ["Mira Holt"],
    "published": "2026-12-04T09:30:00+01:00",
    "captions": [],
    "body_first": "The harbour ferry sailed again on Friday after a month in dry dock.",
    "body_last": "Tickets cost the same as before.",
    "not_in_body": ["Sign up for the Quayside briefing", "More from the harbour"],
    "language": "en",
}
PAGE = """<html lang="en"><head><title>The ferry returns to the quay | Quayside</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>The ferry returns to the quay</h1>
<div class="meta"><p class="byline">By Mira Holt</p>
<time datetime="2026-12-04T09:30:00+01:00">4 December 2026</time></div>
<p>The harbour ferry sailed again on Friday after a month in dry dock.</p>
<p>Crews replaced both propellers and repainted the hull, the operator said in a statement.</p>
<p>Tickets cost the same as before.</p></article>
<aside><h2>More from the harbour</h2><a href="/x">Sign up for the Quayside briefing</a></aside>
</body></html>"""


@pytest.fixture(scope="module")
def blind_peers():
    spec = importlib.util.spec_from_file_location("blind_peers", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_a_right_prediction_scores_every_field(blind_peers):
    right = Prediction(
        body="The harbour ferry sailed again on Friday after a month in dry dock.\n"
             "Crews replaced both propellers.\nTickets cost the same as before.",
        headline="The ferry returns to the quay", authors=["Mira Holt"],
        published=DateValue("day", dt.date(2026, 12, 4)))
    assert blind_peers.scores(right, EXPECTED) == dict.fromkeys(blind_peers.FIELDS, True)


def test_each_field_fails_on_its_own(blind_peers):
    wrong = Prediction(
        body="Sign up for the Quayside briefing. The harbour ferry sailed again on Friday after "
             "a month in dry dock. Tickets cost the same as before. More from the harbour",
        headline="The ferry returns to the quay | Quayside", authors=["Mira Holt", "Quayside"],
        published=DateValue("day", dt.date(2026, 12, 3)))
    assert blind_peers.scores(wrong, EXPECTED) == dict.fromkeys(blind_peers.FIELDS, False)
    nothing = blind_peers.scores(Prediction(), EXPECTED)
    assert nothing == dict.fromkeys(blind_peers.FIELDS, False) | {"body clean": True}


def test_nobody_named_is_right_when_nobody_is_expected(blind_peers):
    expected = dict(EXPECTED, authors=[])
    assert blind_peers.scores(Prediction(), expected)["authors"]
    assert not blind_peers.scores(Prediction(authors=["Quayside Desk"]), expected)["authors"]


def test_the_table_scores_a_set_with_the_extractor(blind_peers, tmp_path, capsys):
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "ferry.html").write_text(PAGE, encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps({"ferry.html": EXPECTED}), encoding="utf-8")
    assert blind_peers.main(["--sets", "harbour", "--systems", "newscrawl-generic",
                             "--fixtures", str(tmp_path)]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| harbour")]
    assert rows == ["| harbour | 1 | newscrawl-generic | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |"]
