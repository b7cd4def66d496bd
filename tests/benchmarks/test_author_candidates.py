"""benchmarks/author_candidates.py: every author source of a page listed and graded."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "author_candidates.py"
URL = "https://harbourherald.example/news/ferry"


def load():
    spec = importlib.util.spec_from_file_location("author_candidates", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_candidate_is_graded_right_part_or_wrong_against_the_truth():
    module = load()
    assert module.grade(["Jane Doe"], ["JANE DOE"]) == "right"
    assert module.grade(["Jane Doe", "Ola Berg"], ["Jane Doe"]) == "part"
    assert module.grade(["Ola Berg"], ["Jane Doe"]) == "wrong"
    assert module.grade([], ["Jane Doe"]) == ""


def test_every_source_of_a_page_is_listed_beside_the_cascades_choice():
    module = load()
    story = "".join(f"<p>The ferry returned to service on Monday after repairs, part {i}.</p>"
                    for i in range(6))
    html = ("<html><head><meta name='author' content='Harbour Media Group'></head><body><article>"
            f"<h1>Ferry returns</h1><p class='byline'>By Tomasz Nowak</p>{story}</article></body></html>")
    page = module.Page("test/ferry", "test", "harbourherald.example", URL, html, ["Tomasz Nowak"])
    found, chosen = module.candidates(page)
    kinds = dict(found)
    assert kinds["meta author"] == ["Harbour Media Group"]
    assert kinds["markup byline-class"] == ["Tomasz Nowak"]
    assert chosen == ["Tomasz Nowak"]
