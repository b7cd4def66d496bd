"""``scrapy extract``: JSON (unchanged by default), the readable text view, ``-v``
candidates as the extractor recorded them (checked against what it did, on the project's
own pages and, when present, on the shared corpora), fetching a URL from a local site,
and errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.evaluate.corpus import load_corpus
from newscrawl.extract.extractor import extract_article, extract_article_with_context
from newscrawl.extract.inspection import article_text, candidates_json, cut
from newscrawl.extract.record import TAKEN, TRIED, UNREACHED, ExtractionRecord
from newscrawl.model.article import Article, field_names
from newscrawl.testsite import DEMO_ROOT
from newscrawl.testsite.appsite import build_app_site
from tests import processes

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CORPORA = ROOT.parent / "shared" / "corpora"
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
    return processes.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True,
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


FETCHED = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)


@pytest.fixture()
def recorded():
    record = ExtractionRecord()
    article, _ctx = extract_article_with_context(PAGE, "https://quayside.example/news/tides",
                                                 profile=False, fetched_at=FETCHED, record=record)
    return article, record


def values(record, field_name, *states):
    return [(c.layer, c.where, c.value) for c in record.candidates(field_name)
            if not states or c.state in states]


def test_the_record_lists_every_layer_in_cascade_order_and_marks_the_one_taken(recorded):
    article, record = recorded
    headline = values(record, "headline")
    assert headline[0] == ("jsonld", "headline", "Harbour office prints tide tables again")
    assert ("meta", "og:title", "Tide tables are printed again") in headline
    assert headline[-1] == ("markup", "<title>", "Tide tables printed again | The Quayside Post")
    assert record.taken("headline").layer == "jsonld"
    published = record.candidates("published_at")
    assert [(c.layer, c.value, c.state) for c in published[:2]] == [
        ("jsonld", "2026-02-03T09:30:00+01:00", TAKEN), ("meta", "2026-02-03T08:00:00+00:00", UNREACHED)]
    assert ("markup", "time@datetime", "2026-02-03T08:30:00+00:00") in values(record, "published_at")
    assert record.taken("published_at").stored == article.published_at
    # JSON-LD names one author; the visible byline names it and a co-author, so the byline
    # completes the structured names and is taken; the JSON-LD candidate is recorded as
    # tried and replaced.
    assert record.taken("authors").stored == ["Jo Marsh", "Ravi Teal"] == article.authors
    (byline,) = [c for c in record.candidates("authors") if c.layer == "markup"]
    assert (byline.value, byline.state, byline.note) == (
        "By Jo Marsh and Ravi Teal", TAKEN, "the structured names and co-authors")
    (structured,) = [c for c in record.candidates("authors") if c.layer == "jsonld"]
    assert (structured.value, structured.note) == ("Jo Marsh", "replaced by a later step")
    (figure,) = [c.value for c in record.candidates("images") if c.layer == "markup"]
    assert figure.caption == "The new booklet." and figure.credit == "Kit Vane"
    body = record.taken("body")
    assert body.layer == "markup" and body.value == article.body
    assert "Harbour office prints tide tables again" in body.note  # the titles it left out
    assert record.candidates("description") == [] and record.taken("description") is None
    assert record.failures == []


#: A page with no date markup: the day is printed under the headline and, on one URL, in the path.
UNDATED = ("<html><head><title>Ferry crossing reopens</title></head><body>"
           "<div><a href='/'>Home</a></div><h1>Ferry crossing reopens</h1><div>12.03.2024</div>"
           + "<p>The ferry crossing reopened on Monday after the landing stage was rebuilt over "
             "the winter, the county said, and the first boat left at seven.</p>" * 4
           + "</body></html>")


def test_the_last_resort_dates_are_recorded_the_first_that_reads_taken():
    record = ExtractionRecord()
    article = extract_article(UNDATED, "https://blog.example/2024/03/11/ferry/", profile=False,
                              fetched_at=FETCHED, record=record)
    assert article.sources["published_at"] == "url" and article.published_at.date() == dt.date(2024, 3, 11)
    taken = record.taken("published_at")
    assert (taken.layer, taken.where, taken.value) == ("url", "a day in the URL path", "2024-03-11")
    assert taken.stored == article.published_at
    assert values(record, "published_at", UNREACHED) == [
        ("text", "printed near the headline", "2024-03-12")]
    assert_record_matches(article, record, "undated page, day in the URL")

    record = ExtractionRecord()
    article = extract_article(UNDATED, "https://blog.example/ferry", profile=False,
                              fetched_at=FETCHED, record=record)
    assert article.sources["published_at"] == "text" and article.published_at.date() == dt.date(2024, 3, 12)
    taken = record.taken("published_at")
    assert (taken.layer, taken.where, taken.value) == ("text", "printed near the headline", "2024-03-12")
    assert_record_matches(article, record, "undated page")


def test_the_last_resort_dates_are_unreached_when_a_dated_layer_gave_the_date(recorded):
    _article, record = recorded
    assert record.taken("published_at").layer == "jsonld"
    last = [c for c in record.candidates("published_at") if c.layer == "url"
            or c.where == "printed near the headline"]
    assert last and all(c.state == UNREACHED for c in last)


def test_recording_changes_nothing_in_the_article():
    for html, url, profile in project_pages()[::3]:
        plain = extract_article(html, url, profile=profile, fetched_at=FETCHED)
        recorded = extract_article(html, url, profile=profile, fetched_at=FETCHED,
                                   record=ExtractionRecord())
        assert dataclasses.asdict(plain) == dataclasses.asdict(recorded), url


def test_text_view_shows_layers_and_marks_the_taken_candidates(recorded):
    article, record = recorded
    plain = article_text(article)
    assert f"headline      [{article.sources['headline']}] {article.headline}" in plain
    assert "body          [markup] " in plain and "    | The harbour office" in plain
    assert "candidates" not in plain and "(jsonld" not in plain
    verbose = article_text(article, record)
    assert "    * jsonld (headline): Harbour office prints tide tables again" in verbose
    assert "      meta (og:title): Tide tables are printed again" in verbose
    assert "    ~ meta (article:published_time): 2026-02-03T08:00:00+00:00" in verbose
    assert "    * markup (byline-class): By Jo Marsh and Ravi Teal" in verbose


def test_cut_shortens_long_values_and_keeps_structure():
    assert cut("a  b\n c") == "a b c"
    assert len(cut("x" * 1000)) == 240 and cut("x" * 1000).endswith("…")
    assert cut({"names": ["A  B"]}) == {"names": ["A B"]}
    assert cut(dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc)) == "2026-01-02T00:00:00+00:00"


# -- the record against what the extractor did, on many pages -----------------------------

def _expected_urls(directory: Path) -> dict[str, str]:
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    return {name: case["url"] for name, case in expected.items() if "url" in case}


def _site_pages(root: Path, host: str) -> list[tuple[bytes, str, None]]:
    site = json.loads((root / "site.json").read_text(encoding="utf-8"))
    return [((root / page["file"]).read_bytes(), host + page["path"], None)
            for page in site["pages"] if page.get("file", "").endswith(".html")]


def project_pages() -> list[tuple[bytes, str, object]]:
    """(html, url, profile) of the project's own pages: the blind fixtures, the profile
    fixtures (profile on and off), the Kyiv Independent fixture site and the demo site."""
    pages = []
    for directory in (FIXTURES / "blind", FIXTURES / "blind2"):
        pages += [((directory / name).read_bytes(), url, None)
                  for name, url in sorted(_expected_urls(directory).items())]
    for directory in sorted((ROOT / "tests" / "extract" / "profiles" / "fixtures").iterdir()):
        if (directory / "expected.json").exists():
            url = json.loads((directory / "expected.json").read_text(encoding="utf-8"))["url"]
            html = (directory / "page.html").read_bytes()
            pages += [(html, url, None), (html, url, False)]
    pages += _site_pages(FIXTURES / "sites" / "kyivindependent", "https://kyivindependent.com")
    pages += _site_pages(DEMO_ROOT, "https://harbour-gazette.example")
    return pages


@pytest.fixture(scope="module")
def app_pages(tmp_path_factory) -> list[tuple[bytes, str, None]]:
    """The app-built pages (Next, Nuxt, fetch-only, hashed classes) and plain ones."""
    root = build_app_site(tmp_path_factory.mktemp("apps"), copies=2, static_articles=2)
    return _site_pages(root, "https://courier.example")


def corpus_pages(name: str, count: int = 25) -> list[tuple[str, str, None]]:
    directory = CORPORA / name
    if not directory.exists():
        return []
    return [(case.read_html(), case.url, None) for case in load_corpus(directory, limit=count).cases]


def assert_record_matches(article, record: ExtractionRecord, where: str) -> None:
    """Every field the Article has: its taken candidate holds the Article's value and the
    layer of ``sources``; no other field has one; no unreached candidate comes before it."""
    for field_name, layer in article.sources.items():
        taken = record.taken(field_name)
        assert taken is not None, (where, field_name)
        assert (taken.layer, taken.stored) == (layer, getattr(article, field_name)), (where, field_name)
    for field_name, candidates in record.fields.items():
        states = [c.state for c in candidates]
        assert set(states) <= {TAKEN, TRIED, UNREACHED}, (where, field_name)
        assert states.count(TAKEN) == (1 if field_name in article.sources else 0), (where, field_name)
        if UNREACHED in states and TAKEN in states:
            assert states.index(TAKEN) < states.index(UNREACHED), (where, field_name)


def test_the_taken_candidates_are_what_the_extractor_did_on_the_projects_pages(app_pages):
    pages = project_pages() + app_pages
    assert len(pages) > 60
    for html, url, profile in pages:
        record = ExtractionRecord()
        article = extract_article(html, url, profile=profile, fetched_at=FETCHED, record=record)
        assert_record_matches(article, record, url)
    sources = {layer for html, url, profile in pages
               for layer in extract_article(html, url, profile=profile).sources.values()}
    assert {"profile", "jsonld", "meta", "appstate", "markup"} <= sources  # every layer was exercised


def test_a_field_the_profile_gave_still_lists_what_the_generic_layers_offer():
    taken_from_profile = 0
    for html, url, profile in project_pages():
        record = ExtractionRecord()
        article = extract_article(html, url, profile=profile, fetched_at=FETCHED, record=record)
        for field_name in ("headline", "body", "images", "authors"):
            if article.sources.get(field_name) != "profile":
                continue
            taken_from_profile += 1
            others = [c for c in record.candidates(field_name) if c.layer != "profile"]
            assert all(c.state == UNREACHED for c in others), (url, field_name)
            if field_name in ("headline", "body"):  # every page has a title and some text
                assert others, (url, field_name)
    assert taken_from_profile >= 10


@pytest.mark.parametrize("corpus", ["zyte", "fundus-dev", "trafilatura-dev", "htmldate-dev", "l3s-gn1"])
def test_the_taken_candidates_are_what_the_extractor_did_on_the_shared_corpora(corpus):
    pages = corpus_pages(corpus)
    if not pages:
        pytest.skip(f"{CORPORA / corpus} is absent (the shared corpora are read, not shipped)")
    for html, url, _profile in pages:
        record = ExtractionRecord()
        article = extract_article(html, url, fetched_at=FETCHED, record=record)
        assert_record_matches(article, record, url)


def test_the_app_state_candidates_are_recorded_where_the_cascade_tries_them(app_pages):
    taken = set()
    for html, url, _profile in app_pages:
        record = ExtractionRecord()
        article = extract_article(html, url, fetched_at=FETCHED, record=record)
        for field_name, layer in article.sources.items():
            if layer == "appstate" and field_name != "word_count":  # (counted, not found)
                taken.add(field_name)
                assert record.taken(field_name).where, (url, field_name)  # the state's script
    # the Next and Nuxt pages carry no JSON-LD, meta article data or visible byline
    assert {"headline", "body", "authors", "published_at"} <= taken


def test_the_command_prints_the_candidates_the_extractor_recorded(tmp_path):
    blind_name, blind_url = sorted(_expected_urls(FIXTURES / "blind").items())[0]
    demo = _site_pages(DEMO_ROOT, "https://harbour-gazette.example")[1]
    kyiv = _site_pages(FIXTURES / "sites" / "kyivindependent", "https://kyivindependent.com")[0]
    pages = [((FIXTURES / "blind" / blind_name).read_bytes(), blind_url), demo[:2], kyiv[:2]]
    pages += [(html.encode("utf-8"), url) for html, url, _ in
              corpus_pages("zyte", 1) + corpus_pages("fundus-dev", 1)]
    for number, (html, url) in enumerate(pages):
        path = tmp_path / f"page{number}.html"
        path.write_bytes(html)
        result = scrapy("extract", str(path), "--url", url, "-v")
        assert result.returncode == 0, result.stderr[-2000:]
        printed = json.loads(result.stdout)
        record = ExtractionRecord()
        article = extract_article(html, url, fetched_at=dt.datetime.fromisoformat(printed["fetched_at"]),
                                  record=record)
        assert printed["candidates"] == candidates_json(record), url
        for field_name, layer in printed["sources"].items():
            (taken,) = [c for c in printed["candidates"][field_name] if c["state"] == TAKEN]
            assert taken["layer"] == layer, (url, field_name)
            assert taken.get("stored", taken["value"]) == printed[field_name], (url, field_name)
        assert printed["headline"] == article.headline and printed["sources"] == article.sources
        if number > 2:
            continue  # (the text view of the project's own pages is enough)
        text = scrapy("extract", str(path), "--url", url, "-v", "--format", "text")
        assert text.returncode == 0, text.stderr[-2000:]
        for field_name in ("headline", "published_at", "authors", "images", "body"):
            taken = record.taken(field_name)
            marked = [line for line in field_block(text.stdout, field_name) if line.startswith("    * ")]
            assert len(marked) == (taken is not None), (url, field_name)
            if taken is not None:
                where = f" ({taken.where})" if taken.where else ""
                assert marked[0].startswith(f"    * {taken.layer}{where}: "), (url, field_name)


def field_block(text: str, field_name: str) -> list[str]:
    """The lines of one field in the text view: its own line and the indented ones below."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{field_name:<14}["))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), len(lines))
    return lines[start:end]


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


def test_the_taken_candidates_are_what_the_extractor_did_on_the_kept_blind_sets():
    """The newest blind sets, whose pages this round's cross-checks (a byline's case over
    capitals, a bracketed reporters' credit, a relative date's last resort) reach."""
    pages = [((FIXTURES / name / page).read_bytes(), url)
             for name in ("blind49", "blind50", "blind51", "blind52")
             for page, url in sorted(_expected_urls(FIXTURES / name).items())]
    assert len(pages) == 64
    for html, url in pages:
        record = ExtractionRecord()
        article = extract_article(html, url, fetched_at=FETCHED, record=record)
        assert_record_matches(article, record, url)
