"""benchmarks/cascade_checks.py: the checks after a field's first answer are counted while
the instrument is active, a changed publication date is judged against the labelled day,
and the extractor is left as it was."""

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

from newscrawl.evaluate.metrics import DateValue
from newscrawl.extract import extractor
from newscrawl.extract.dates import NormalisedDate

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "cascade_checks.py"

PAGE = """<html lang="en"><head><title>Harbour reopens after the storm</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbour reopens after the storm", "datePublished": "2024-03-05T09:30:00+01:00"}</script>
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00"></head>
<body><article><h1>Harbour reopens after the storm</h1>
<p>The harbour opened again on Tuesday morning after three days in which no ferry could leave.</p>
<p>Fishermen said the damage to the piers was smaller than they had feared at first.</p>
</article></body></html>"""


def _module():
    spec = importlib.util.spec_from_file_location("cascade_checks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["cascade_checks"] = module
    spec.loader.exec_module(module)
    return module


def _moment(day: int) -> NormalisedDate:
    return NormalisedDate(f"2024-03-{day:02d}T09:30:00+00:00",
                          dt.datetime(2024, 3, day, 9, 30, tzinfo=dt.timezone.utc), "exact")


def test_the_checks_of_a_page_are_counted_and_the_extractor_is_restored():
    checks = _module()
    before = {name: getattr(extractor, name) for name in (*checks.DATE_CHECKS, "FIELD_STEPS")}
    instrument = checks.Instrument()
    with instrument.active():
        article = extractor.extract_article(PAGE, "https://news.example/harbour", profile=False)
    assert article.sources["published_at"] == "jsonld"
    assert instrument.tallies["_outvoted"].calls == 1
    assert instrument.tallies["_outvoted"].changed == 0  # (the meta key agrees)
    assert instrument.tallies["step_headline_kicker"].calls == 1
    assert all(getattr(extractor, name) is value for name, value in before.items())


def test_a_changed_date_is_judged_against_the_labelled_day():
    checks = _module()
    instrument = checks.Instrument()
    instrument.truth = DateValue("day", dt.date(2024, 3, 5))
    run = SimpleNamespace(article=SimpleNamespace(language="en"))
    to_other_day = instrument._date_check("moved", lambda run, parsed, layer, offered:
                                          (_moment(7), "text", None))
    to_labelled_day = instrument._date_check("back", lambda run, parsed, layer, offered:
                                             (_moment(5), "text", None))
    kept = instrument._date_check("kept", lambda run, parsed, layer, offered: (parsed, layer, offered))
    to_other_day(run, _moment(5), "jsonld", None)
    to_labelled_day(run, _moment(7), "jsonld", None)
    kept(run, _moment(5), "jsonld", None)
    moved, back, same = (instrument.tallies[name] for name in ("moved", "back", "kept"))
    assert (moved.changed, moved.right_to_wrong, moved.wrong_to_right) == (1, 1, 0)
    assert (back.changed, back.right_to_wrong, back.wrong_to_right) == (1, 0, 1)
    assert (same.calls, same.changed) == (1, 0)


def test_the_report_lists_each_check_with_its_share_of_the_time():
    checks = _module()
    tallies = {"_outvoted": checks.Tally("published_at", calls=4, changed=1, wrong_to_right=1,
                                         seconds=0.5)}
    table = checks.report(tallies, extractions=2, seconds=10.0)
    assert "| `_outvoted` | published_at | 4 | 1 | 0 | 1 | 5.00 % |" in table
