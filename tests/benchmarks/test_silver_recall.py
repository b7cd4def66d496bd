"""benchmarks/silver_recall.py: the peer's sentences are looked up in newscrawl's text as
runs of words, and a page is a candidate only when the peer holds enough text it lacks."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "silver_recall.py"


def _module():
    spec = importlib.util.spec_from_file_location("silver_recall", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PEER = ("The harbour ferry made its first crossing of the year on Monday morning.\n"
        "Repairs to both engines took the whole winter in the shipyard by the bay.\n"
        "Share this")


def test_spacing_punctuation_and_soft_hyphens_do_not_count_as_missing():
    silver = _module()
    ours = ("The harbour ferry made its first crossing of the year on Monday morning .\n"
            "Repairs to both en\u00adgines took the whole  winter in the shipyard by the bay!")
    share, missed = silver.coverage(PEER, silver.words_of(ours))
    assert (share, missed) == (1.0, 0)


def test_a_missing_sentence_lowers_the_coverage_and_short_lines_are_not_counted():
    silver = _module()
    ours = "The harbour ferry made its first crossing of the year on Monday morning."
    share, missed = silver.coverage(PEER, silver.words_of(ours))
    assert 0.4 < share < 0.6 and missed > 0
    assert silver.sentences("Share this\nRead more about it") == []
