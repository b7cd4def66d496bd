"""benchmarks/snippet_misses.py: each missed text is put in the class of where it sits."""

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from newscrawl.evaluate.corpus import Truth
from newscrawl.evaluate.split import DEV, dev_half, part_of

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "snippet_misses.py"

STORY = ("The harbour ferry returned to service on Monday after a winter of repairs to its "
         "engines, and the first crossing carried {n} passengers across the bay.")

PAGE = """<!doctype html><html lang="en"><head><title>Harbour ferry back in service</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour ferry back in service</h1>
<p class="standfirst">Repairs took the whole winter, and the town waited for its boat.</p>
<p class="byline">By Ann Writer</p>
<figure><img src="/ferry.jpg" alt=""><figcaption>The ferry at the quay.</figcaption></figure>
<div class="story-text">{paragraphs}</div>
</article>
<script>var teaser = "A sentence only a script of the page holds.";</script>
</body></html>"""


def load_script():
    spec = importlib.util.spec_from_file_location("snippet_misses", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_of_half(module, half: str) -> str:
    """A site name that falls in the development part and in the given half."""
    return next(site for site in (f"ferry-{i}.example" for i in range(200))
                if part_of(site) == DEV and dev_half(site) == half)


@pytest.fixture()
def corpus(tmp_path):
    module = load_script()
    site = site_of_half(module, "A")
    paragraphs = "".join(f"<p>{STORY.format(n=n)}</p>" for n in (40, 41, 42, 43))
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.format(paragraphs=paragraphs).encode()))
    case = {"id": "p1", "url": f"https://{site}/news/ferry", "group": site, "html": "html/p1.html.gz",
            "with": ["first crossing carried 41 passengers",       # in the body: found
                     "the town waited for its boat",               # the standfirst
                     "only a script of the page holds"],           # not visible
            "without": ["Home"]}
    (tmp_path / "cases.jsonl").write_text(json.dumps(case) + "\n")
    return module, tmp_path


def test_misses_are_classed_by_where_they_sit(corpus, capsys):
    module, directory = corpus
    assert module.main(["--corpus", str(directory), "--half", "A", "--list"]) == 0
    out = capsys.readouterr().out
    assert "1 pages, 3 with-snippets, 2 missed" in out
    assert "description" in out and "not-visible" in out
    assert "the description before the body would find 1 with-snippets more" in out


def test_the_other_half_is_not_read(corpus, capsys):
    module, directory = corpus
    assert module.main(["--corpus", str(directory), "--half", "B"]) == 0
    assert "0 pages, 0 with-snippets, 0 missed" in capsys.readouterr().out


def test_a_full_body_truth_reports_its_missing_lines():
    module = load_script()
    truth = Truth(body="One two three four five six seven eight nine.\n"
                       "Ten eleven twelve thirteen fourteen fifteen sixteen seventeen.")
    lines = module.wanted(truth, "One two three four five six seven eight nine.")
    assert [line.rstrip(module.MISSED) for line in lines] == [
        "Ten eleven twelve thirteen fourteen fifteen sixteen seventeen."]


def test_a_miss_is_placed_relative_to_the_container():
    import lxml.html

    module = load_script()
    root = lxml.html.fromstring(
        "<html><body><p id='early'>Before the headline.</p><h1>Headline</h1>"
        "<div id='outer'><div id='wrap'><div id='box'><p id='story'>Story text.</p>"
        "<p id='dropped'>A dropped line.</p></div><div id='next'><p>Next block.</p></div></div>"
        "<div id='far'><p>Farther block.</p></div></div>"
        "<nav><p id='menu'>Menu line.</p></nav></body></html>")
    container = root.get_element_by_id("box")
    heading = module.positions(root)[next(root.iter("h1"))]

    def where(text):
        return module.classify(root, container, module.smallest_holder(root, text), heading)

    assert where("A dropped line.") == "inside-container"
    assert where("Next block.") == "sibling"
    assert where("Farther block.") == "up-2"
    assert where("Menu line.") == "furniture-tag"
    assert where("Before the headline.") == "before-headline"
    assert where("Not on the page.") == "not-visible"


def test_a_miss_is_told_by_what_its_element_is():
    import lxml.html

    module = load_script()
    root = lxml.html.fromstring(
        "<html><body><div id='lead'><p>A lead set apart before the story.</p></div>"
        "<div id='box'><p>Story text.</p><p>A paragraph a filter dropped.</p>"
        "<figure><figcaption>The ferry at the quay.</figcaption></figure>"
        "<div class='related-links'><p>Another story of the day.</p></div>"
        "<p><a href='/x'>A line that is nothing but a link</a></p>"
        "<p>Additional reporting by Ann Writer</p>"
        "<h3>A subheading</h3><ul><li>An item of a list</li></ul>"
        "<p hidden>A paragraph the page hides.</p></div>"
        "<div><p>A block after the story.</p></div></body></html>")
    container = root.get_element_by_id("box")

    def why(text):
        return module.reason(module.smallest_holder(root, text), container)

    assert why("A paragraph a filter dropped.") == "running-text"
    assert why("The ferry at the quay.") == "caption"
    assert why("Another story of the day.").startswith("furniture-named: ")
    assert why("A line that is nothing but a link") == "link-text"
    assert why("Additional reporting by Ann Writer") == "promo-or-credit"
    assert why("A subheading") == "heading"
    assert why("An item of a list") == "list-or-cell"
    assert why("A paragraph the page hides.") == "hidden"
    assert why("A lead set apart before the story.") == "before running-text"
    assert why("A block after the story.") == "after running-text"


def test_the_reasons_are_counted(corpus, capsys):
    module, directory = corpus
    case = json.loads((directory / "cases.jsonl").read_text())
    case["with"] = ["The ferry at the quay."]  # the caption beside the story's block
    (directory / "cases.jsonl").write_text(json.dumps(case) + "\n")
    assert module.main(["--corpus", str(directory), "--half", "A", "--list"]) == 0
    out = capsys.readouterr().out
    assert "[before caption]" in out
    assert "by what the missed text's element is" in out
    assert "before caption" in out.split("by what the missed text's element is")[1]
