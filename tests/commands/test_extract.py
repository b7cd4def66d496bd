"""``scrapy extract``: JSON (unchanged by default), the readable text view, ``-v``
candidates per layer, fetching a URL from a local site, and errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.model.article import Article, field_names
from newscrawl.commands.extract import article_text, cut, find_candidates
from newscrawl.extract.extractor import extract_article_with_context

ROOT = Path(__file__).resolve().parents[2]

#: A small page of our own: JSON-LD, meta tags and markup disagree on purpose.
PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Tide tables printed again | The Quayside Post</title>
<meta property="og:title" content="Tide tables are printed again">
<meta name="author" content="Jo Marsh">
<meta property="article:published_time" content="2026-02-03T08:00:00+00:00">
<script type="application/ld+json">{"@type": "NewsArticle",
 "headline": "Harbour office prints tide tables again",
 "datePublished": "2026-02-03T09:30:00+01:00",
 "author": {"@type": "Person", "name": "Jo Marsh"}}</script>
</head><body><article>
<h1>Harbour office prints tide tables again</h1>
<p class="byline">By Jo Marsh and Ravi Teal</p>
<time datetime="2026-02-03T08:30:00+00:00">3 February 2026</time>
<figure><img src="/img/tides.jpg" alt="A tide table"><figcaption>The new booklet. (Photo: Kit Vane)</figcaption></figure>
<div class="story-body">
<p>The harbour office has started printing its annual tide tables again after a
three-year pause, following requests from anglers and the sailing club alike.</p>
<p>The booklets are free at the office and the library, and a large-print edition
will follow in March for readers who asked for one at the last public meeting.</p>
<p>Staff said the print run of two thousand copies was paid for by local businesses
who advertise on the back cover, so no money came from the harbour budget.</p>
</div></article></body></html>"""


def scrapy(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run this environment's scrapy in the project folder."""
    exe = Path(sys.executable).with_name("scrapy")
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.fixture()
def page_file(tmp_path):
    path = tmp_path / "tides.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture()
def extracted():
    return extract_article_with_context(PAGE, "https://quayside.example/news/tides",
                                        profile=False,
                                        fetched_at=dt.datetime(2026, 2, 4, tzinfo=dt.timezone.utc))


def test_candidates_list_every_layer_in_order(extracted):
    article, ctx = extracted
    found = find_candidates(ctx)
    headline = [(c["layer"], c["where"], c["value"]) for c in found["headline"]]
    assert headline[0] == ("jsonld", "headline", "Harbour office prints tide tables again")
    assert ("meta", "og:title", "Tide tables are printed again") in headline
    assert headline[-1] == ("markup", "<title>", "Tide tables printed again | The Quayside Post")
    published = [(c["layer"], c["value"]) for c in found["published_at"]]
    assert published[:2] == [("jsonld", "2026-02-03T09:30:00+01:00"),
                             ("meta", "2026-02-03T08:00:00+00:00")]
    assert ("markup", "2026-02-03T08:30:00+00:00") in published
    markup_bylines = [c["value"] for c in found["authors"] if c["layer"] == "markup"]
    assert {"raw": "By Jo Marsh and Ravi Teal", "names": ["Jo Marsh", "Ravi Teal"]} in markup_bylines
    (figure,) = [c["value"] for c in found["images"] if c["layer"] == "markup"]
    assert figure["caption"] == "The new booklet." and figure["credit"] == "Kit Vane"
    assert any(c["layer"] == "markup" and c["value"].startswith("3 paragraphs: The harbour office")
               for c in found["body"])
    assert found["description"] == []


def test_text_view_shows_layers_and_marks_the_chosen_candidates(extracted):
    article, ctx = extracted
    plain = article_text(article)
    assert f"headline      [{article.sources['headline']}] {article.headline}" in plain
    assert "body          [markup] " in plain and "    | The harbour office" in plain
    assert "candidates" not in plain and "(jsonld" not in plain
    verbose = article_text(article, find_candidates(ctx))
    chosen = [line for line in verbose.splitlines() if line.startswith("    * ")]
    assert any(f"{article.sources['headline']}" in line and article.headline[:20] in line
               for line in chosen)
    assert any(line.startswith(f"    * {article.sources['published_at']}") for line in chosen)
    assert "      meta (og:title): Tide tables are printed again" in verbose


def test_cut_shortens_long_values_and_keeps_structure():
    assert cut("a  b\n c") == "a b c"
    assert len(cut("x" * 1000)) == 240 and cut("x" * 1000).endswith("…")
    assert cut({"names": ["A  B"]}) == {"names": ["A B"]}
    assert cut(dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc)) == "2026-01-02T00:00:00+00:00"


def test_json_output_is_the_article_and_nothing_else(page_file):
    result = scrapy("extract", str(page_file), "--url", "https://quayside.example/news/tides")
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(result.stdout)
    assert list(record) == field_names()
    assert record["url"] == "https://quayside.example/news/tides"
    assert record["authors"] and record["published_at"].startswith("2026-02-03")


def test_verbose_json_adds_candidates_and_text_format_is_readable(page_file):
    result = scrapy("extract", str(page_file), "-v")
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(result.stdout)
    assert list(record) == field_names() + ["candidates"]
    assert [c["layer"] for c in record["candidates"]["headline"]][:2] == ["jsonld", "meta"]
    text = scrapy("extract", str(page_file), "--format", "text", "-v")
    assert text.returncode == 0, text.stderr[-2000:]
    assert text.stdout.startswith("url           file://")
    assert "    * jsonld (headline): Harbour office prints tide tables again" in text.stdout


def test_extract_fetches_a_url_from_a_local_site():
    from newscrawl.testsite import DEMO_ROOT, TestSite

    with TestSite(root=DEMO_ROOT, port=0) as site:
        url = sorted(site.articles)[0]
        result = scrapy("extract", url, "--format", "text")
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"url           {url}" in result.stdout
    assert "http_status   200" in result.stdout and "headline      [" in result.stdout


def test_not_a_page_and_missing_targets_fail_clearly(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = scrapy("extract", str(empty))
    assert result.returncode == 1 and "is not a page" in result.stderr
    missing = scrapy("extract", str(tmp_path / "nope.html"))
    assert missing.returncode != 0 and "neither an existing file nor a URL" in missing.stderr


def test_article_text_of_an_empty_article():
    text = article_text(Article(url="https://x.example/a"))
    assert "headline      [-] -" in text and "0 images" in text and "0 words, 0 paragraphs" in text
    assert dataclasses.is_dataclass(Article)
