"""Pages stripped of their structured data: the stated truth, the stripper, the CLI."""

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import lxml.html
import pytest

from newscrawl.evaluate.__main__ import main
from newscrawl.evaluate.runner import run_system
from newscrawl.evaluate.stripped import (MIN_STATED_BODY_TOKENS, corpus_cases,
                                         is_stripped_meta_key, markup_free, stated_fields,
                                         strip_structured_data, stripped_corpus)
from newscrawl.evaluate.systems import Prediction, System

#: A @graph: the article's author is a reference to a Person elsewhere in the graph;
#: the publisher is an organisation. Every other kind of structured data is on the page.
GRAPH_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable changes for winter | Bay Courier</title>
<meta name="description" content="New sailing times from November.">
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="Ferry timetable changes for winter | Bay Courier">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-10-30T07:15:00+01:00">
<meta property="article:author" content="https://social.example/ines.varga">
<meta name="twitter:title" content="Ferry timetable changes">
<meta name="author" content="Ines Varga">
<meta name="DC.date.issued" content="2023-10-30">
<meta name="parsely-pub-date" content="2023-10-30T06:15:00Z">
<meta name="pubdate" content="20231030">
<meta http-equiv="last-modified" content="2023-10-31">
<meta itemprop="dateModified" content="2023-10-31T10:00:00+01:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "@id": "https://bay.example/ferry#page", "name": "Ferry page"},
  {"@type": "NewsArticle", "@id": "https://bay.example/ferry#article",
   "headline": "Ferry timetable changes for winter",
   "datePublished": "2023-10-30T07:15:00+01:00",
   "author": {"@id": "https://bay.example/#/person/ines"},
   "publisher": {"@id": "https://bay.example/#org"}},
  {"@type": "Person", "@id": "https://bay.example/#/person/ines", "name": "Ines Varga"},
  {"@type": "Organization", "@id": "https://bay.example/#org", "name": "Bay Courier"}
]}
</script>
<link rel="canonical" href="https://bay.example/ferry">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article itemscope itemtype="https://schema.org/NewsArticle">
<link itemprop="mainEntityOfPage" href="https://bay.example/ferry">
<h1 itemprop="headline name">Ferry timetable changes for winter</h1>
<p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a
 rel="author" href="/authors/ines"><span itemprop="name">Ines Varga</span></a></span></p>
<meta itemprop="datePublished" content="2023-10-30T07:15:00+01:00">
<p><time itemprop="datePublished" datetime="2023-10-30T07:15:00+01:00">30 October 2023</time>
 <span property="dc:date">Monday</span></p>
<p itemprop="articleBody">The first winter sailing leaves the harbour at half past six, an
hour later than in summer, and the last boat back is at nine in the evening.</p>
<p>Season tickets bought before November stay valid until the spring timetable starts.</p>
</article>
<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": []}</script>
<footer>Bay Courier, Harbour Road</footer>
</body></html>"""

#: A top-level array; the author list mixes a Person, an organisation and a plain string;
#: the date is a day; the script is wrapped in CDATA marks.
ARRAY_PAGE = """<html><head><title>Notes from the allotment</title>
<script type="application/ld+json">//<![CDATA[
[{"@type": "Organization", "name": "Green Row Society"},
 {"@type": ["BlogPosting"], "headline": "Notes from the allotment &amp; the orchard",
  "datePublished": "2022-05-17",
  "author": [{"@type": "Person", "name": "Tomas  Berg"},
             {"@type": "Organization", "name": "Green Row Society"},
             "Ada Lind", "https://green.example/about"]}]
//]]></script>
<script type="application/ld+json">{ this is not json </script>
</head><body><main><h1>Notes from the allotment &amp; the orchard</h1>
<p>By Tomas Berg and Ada Lind, 17 May 2022</p>
<p>The beans went in late this year because the soil stayed cold well into May.</p>
</main></body></html>"""

#: The article nested in a WebPage's mainEntity, its type a full URL; only an
#: organisation as author.
NESTED_PAGE = """<html><head><title>Council budget</title>
<script type="application/ld+json">
{"@context": "http://schema.org", "@type": "WebPage",
 "mainEntity": {"@type": "http://schema.org/NewsArticle", "headline": "Council budget passed",
                "datePublished": "2021-03-02T18:40:00",
                "author": {"@type": "NewsMediaOrganization", "name": "Valley Post"}}}
</script></head><body><h1>Council budget passed</h1>
<p>The council passed its budget on Tuesday evening after a long debate on bus routes.</p>
</body></html>"""

#: No JSON-LD: Open Graph and article: tags only (one author value is a link).
META_PAGE = """<html><head><title>Night market opens - City Wire</title>
<meta property="og:title" content="Night market opens">
<meta property="article:author" content="https://social.example/rui">
<meta property="article:author" content="Rui Costa">
<meta property="article:published_time" content="2020-08-14T21:05:00Z">
</head><body><h1>Night market opens</h1><p class="byline">Rui Costa</p>
<p>Forty stalls opened on the old car park on Friday night, most of them selling food.</p>
</body></html>"""

#: No structured data at all.
BARE_PAGE = """<html><head><title>About us</title></head><body><h1>About us</h1>
<p>We are a small team writing about the valley since 1998.</p></body></html>"""


def visible_text(page_html: str) -> str:
    """What a reader sees: the text outside scripts, styles and head-only elements."""
    tree = lxml.html.document_fromstring(page_html.encode("utf-8"),
                                         parser=lxml.html.HTMLParser(encoding="utf-8"))
    for element in tree.xpath("//script | //style | //meta | //link"):
        element.drop_tree()
    return re.sub(r"\s+", " ", tree.text_content()).strip()


# -- the stated truth -------------------------------------------------------------------

def test_graph_article_with_a_person_referenced_by_id():
    stated = stated_fields(GRAPH_PAGE)
    assert stated.headline == "Ferry timetable changes for winter"
    assert stated.authors == ["Ines Varga"]  # the publisher organisation is no author
    assert stated.published == "2023-10-30T07:15:00+01:00"
    assert stated.sources == {"headline": "json-ld", "authors": "json-ld",
                              "published": "json-ld"}
    truth = stated.truth()
    assert truth.published.kind == "instant"
    assert truth.published.value == dt.datetime(2023, 10, 30, 7, 15,
                                                tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_array_with_persons_organisations_and_plain_strings():
    stated = stated_fields(ARRAY_PAGE)
    # The organisation and the link are left out; the string is a name; text unescaped.
    assert stated.authors == ["Tomas Berg", "Ada Lind"]
    assert stated.headline == "Notes from the allotment & the orchard"
    truth = stated.truth()
    assert truth.published.kind == "day"
    assert truth.published.value == dt.date(2022, 5, 17)


def test_nested_article_with_an_organisation_only_states_no_author():
    stated = stated_fields(NESTED_PAGE)
    assert stated.headline == "Council budget passed"
    assert stated.authors == []
    truth = stated.truth()
    assert truth.authors is None  # not scored on this page
    assert truth.published.kind == "wallclock"


def test_open_graph_and_article_tags_when_there_is_no_json_ld():
    stated = stated_fields(META_PAGE)
    assert (stated.headline, stated.authors) == ("Night market opens", ["Rui Costa"])
    assert stated.published == "2020-08-14T21:05:00Z"
    assert stated.sources == {"headline": "meta", "authors": "meta", "published": "meta"}
    assert stated.truth().published.kind == "instant"


def test_a_page_without_structured_data_states_nothing():
    stated = stated_fields(BARE_PAGE)
    truth = stated.truth()
    assert not any(truth.has(name) for name in ("headline", "authors", "published"))


# -- the stripper -----------------------------------------------------------------------

def test_stripping_leaves_nothing_stated():
    for page in (GRAPH_PAGE, ARRAY_PAGE, NESTED_PAGE, META_PAGE):
        stripped = strip_structured_data(page)
        stated = stated_fields(stripped)
        assert (stated.headline, stated.authors, stated.published) == (None, [], None)
        tree = lxml.html.document_fromstring(stripped)
        assert not tree.xpath("//script[@type='application/ld+json']")
        for meta in tree.iter("meta"):
            for attr in ("property", "name", "itemprop", "http-equiv"):
                assert not is_stripped_meta_key(meta.get(attr) or ""), lxml.html.tostring(meta)


def test_stripping_removes_the_itemprops_and_rdfa_but_keeps_the_elements():
    tree = lxml.html.document_fromstring(strip_structured_data(GRAPH_PAGE))
    itemprops = {token for value in tree.xpath("//@itemprop") for token in value.split()}
    assert itemprops == {"mainEntityOfPage", "articleBody"}  # others are no statement
    assert tree.xpath("string(//h1)") == "Ferry timetable changes for winter"
    assert tree.xpath("//h1/@itemprop") == []
    # The person's name stays printed, without the itemprop naming it.
    assert tree.xpath("string(//p[@class='byline'])").split() == ["By", "Ines", "Varga"]
    # <time datetime>, rel=author and the <title> are the page's own markup: kept.
    assert tree.xpath("//time/@datetime") == ["2023-10-30T07:15:00+01:00"]
    assert tree.xpath("//a[@rel='author']/@href") == ["/authors/ines"]
    assert tree.findtext(".//title").startswith("Ferry timetable changes")
    assert tree.xpath("//span[@property]") == []
    kept_meta = {meta.get("name") or meta.get("charset") for meta in tree.iter("meta")}
    assert kept_meta == {"utf-8", "description", "viewport"}
    assert tree.xpath("//link[@rel='canonical']")


def test_stripping_keeps_the_visible_page():
    for page in (GRAPH_PAGE, ARRAY_PAGE, NESTED_PAGE, META_PAGE, BARE_PAGE):
        assert visible_text(strip_structured_data(page)) == visible_text(page)


def test_a_page_with_an_xml_declaration_is_read_and_stripped():
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + META_PAGE.replace("Rui", "Rúben")
    assert stated_fields(page).authors == ["Rúben Costa"]
    stripped = strip_structured_data(page)
    assert stated_fields(stripped).authors == []
    assert visible_text(stripped) == visible_text(META_PAGE.replace("Rui", "Rúben"))


def test_stripping_keeps_the_doctype_and_survives_an_empty_page():
    assert strip_structured_data(GRAPH_PAGE).startswith("<!DOCTYPE html>")
    assert strip_structured_data("") == ""


def test_meta_keys():
    for key in ("og:image", "article:section", "twitter:card", "DC.creator", "dcterms.created",
                "parsely-author", "sailthru.date", "citation_title", "pubdate", "publish-date",
                "datePublished", "date", "author", "byl", "title", "last-modified"):
        assert is_stripped_meta_key(key), key
    for key in ("description", "viewport", "keywords", "robots", "theme-color",
                "content-type", "generator", ""):
        assert not is_stripped_meta_key(key), key


# -- corpora and the command ------------------------------------------------------------

def _write_page(root: Path, name: str, text: str) -> str:
    path = root / "html" / f"{name}.html.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return f"html/{name}.html.gz"


#: (id, page, URL): sites chosen to fall in both parts of the split.
PAGES = [("ferry", GRAPH_PAGE, "https://www.baycourier.net/ferry"),
         ("allotment", ARRAY_PAGE, "https://greenrow.net/notes"),
         ("budget", NESTED_PAGE, "https://valleypost.net/budget"),
         ("market", META_PAGE, "https://citywire.net/market"),
         ("about", BARE_PAGE, "https://smallteam.org/about")]


def zyte_layout(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    labels = {}
    for page_id, page, url in PAGES:
        _write_page(root, page_id, page)
        labels[page_id] = {"url": url, "articleBody": "unused"}
    (root / "ground-truth.json").write_text(json.dumps(labels), encoding="utf-8")
    return root


def pagetypes_layout(tmp_path: Path) -> Path:
    root = tmp_path / "mini-types"
    lines = [{"id": page_id, "url": url, "label": "article", "kind": "article",
              "html": _write_page(root, page_id, page)} for page_id, page, url in PAGES]
    lines.append({"id": "front", "url": "https://www.baycourier.net/", "label": "non_article",
                  "kind": "home", "html": _write_page(root, "front", GRAPH_PAGE)})
    (root / "cases.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n",
                                      encoding="utf-8")
    return root


def test_pagetype_corpus_gives_its_article_pages(tmp_path):
    name, cases = corpus_cases(pagetypes_layout(tmp_path))
    assert name == "mini-types"
    assert sorted(case.id for case in cases) == sorted(page_id for page_id, _, _ in PAGES)


def test_every_system_sees_the_stripped_pages(tmp_path):
    stripped = stripped_corpus(zyte_layout(tmp_path))
    assert stripped.skipped == 1
    assert sorted(case.id for case in stripped.corpus.cases) == [
        "allotment", "budget", "ferry", "market"]
    assert stripped.sources["authors"] == {"json-ld": 2, "meta": 1}
    seen = []

    def recording(html: str, url: str) -> Prediction:
        seen.append(html)
        tree = lxml.html.document_fromstring(html)
        return Prediction(headline=tree.xpath("string(//h1)"))

    run = run_system(System(name="h1-reader", extract=recording), stripped.corpus,
                     stripped.htmls)
    assert seen and all("ld+json" not in html and "og:title" not in html for html in seen)
    assert [page.fields["headline"]["match"] for page in run.pages] == [True] * 4
    # The split by site is kept: two sites in each part.
    assert sorted((page.id, page.part) for page in run.pages) == [
        ("allotment", "dev"), ("budget", "dev"), ("ferry", "held-out"), ("market", "held-out")]


def test_the_command_on_a_tiny_corpus_of_each_layout(tmp_path, capsys):
    for root in (zyte_layout(tmp_path), pagetypes_layout(tmp_path)):
        out = tmp_path / "results" / "{corpus}-{system}.jsonl"
        code = main(["--stripped", "--corpus", str(root), "--systems", "newscrawl-generic",
                     "--intervals", "20", "--out", str(out)])
        printed = capsys.readouterr().out
        assert code == 0
        assert f"## corpus {root.name}-stripped: 4 pages stating a field" in printed
        assert "1 pages stating none skipped" in printed
        assert "authors stated on 3 pages (json-ld 2, meta 1)" in printed
        assert "| figure | newscrawl-generic dev | newscrawl-generic held-out |" in printed
        assert "| headline exact |" in printed and "| date = day |" in printed
        assert "   dev: 2 pages of 2 sites\n   held-out: 2 pages of 2 sites" in printed
        assert "95 % intervals" in printed
        records = [json.loads(line) for line in (
            tmp_path / "results" / f"{root.name}-stripped-newscrawl-generic.jsonl"
        ).read_text(encoding="utf-8").splitlines()]
        by_id = {record["id"]: record for record in records}
        assert set(by_id) == {"ferry", "allotment", "budget", "market"}
        assert by_id["ferry"]["fields"]["published"]["truth"] == "2023-10-30T07:15:00+01:00"
        assert "authors" not in by_id["budget"]["fields"]
        assert by_id["allotment"]["fields"]["authors"]["truth"] == ["Tomas Berg", "Ada Lind"]
        assert "body" not in by_id["ferry"]["fields"]


def test_stated_runs_the_same_truth_on_the_full_pages(tmp_path, capsys):
    root = zyte_layout(tmp_path)
    stated = stripped_corpus(root, strip=False)
    assert stated.corpus.name == "mini-stated"
    assert [case.truth for case in stated.corpus.cases] == [
        case.truth for case in stripped_corpus(root).corpus.cases]
    assert "ld+json" in stated.htmls["ferry"]
    out = tmp_path / "results" / "{corpus}-{system}.jsonl"
    assert main(["--stated", "--corpus", str(root), "--systems", "newscrawl-generic",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "## corpus mini-stated: 4 pages stating a field in their structured data; " in printed
    assert (tmp_path / "results" / "mini-stated-newscrawl-generic.jsonl").is_file()


def test_stripped_and_stated_together_is_an_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--stripped", "--stated", "--corpus", str(tmp_path)])
    assert exited.value.code == 2
    assert "give one of them" in capsys.readouterr().err


def test_a_corpus_where_no_page_states_anything(tmp_path, capsys):
    root = tmp_path / "bare"
    _write_page(root, "about", BARE_PAGE)
    (root / "ground-truth.json").write_text(json.dumps(
        {"about": {"url": "https://smallteam.org/about", "articleBody": "unused"}}),
        encoding="utf-8")
    assert main(["--stripped", "--corpus", str(root), "--systems", "newscrawl-generic",
                 "--out", str(tmp_path / "{corpus}-{system}.jsonl")]) == 0
    printed = capsys.readouterr().out
    assert "0 pages stating a field" in printed and "1 pages stating none skipped" in printed
    assert "no pages: nothing to score" in printed and "| figure |" not in printed


def test_a_stated_date_not_in_iso_8601_is_left_out_and_counted(tmp_path, capsys):
    root = tmp_path / "written-dates"
    _write_page(root, "market", META_PAGE.replace("2020-08-14T21:05:00Z",
                                                  "Fri, 14 Aug 2020 21:05:00 GMT"))
    (root / "ground-truth.json").write_text(json.dumps(
        {"market": {"url": "https://citywire.net/market", "articleBody": "unused"}}),
        encoding="utf-8")
    stripped = stripped_corpus(root)
    assert stripped.unreadable_dates == 1
    (case,) = stripped.corpus.cases
    assert case.truth.published is None and case.truth.headline == "Night market opens"
    assert main(["--stripped", "--corpus", str(root), "--systems", "newscrawl-generic",
                 "--out", str(tmp_path / "{corpus}-{system}.jsonl")]) == 0
    assert "1 stated dates not in ISO 8601 (or placeholders before 1990) left out" \
        in capsys.readouterr().out


# -- the stated body (a JSON-LD articleBody) --------------------------------------------

#: The story's paragraphs as the page prints them, and as its articleBody states them.
STORY = ["The river rose two metres overnight and the lower town woke to water in its streets.",
         "Volunteers filled sandbags at the fire station from five in the morning, and by noon "
         "the bakery, the chemist and the school had walls of them at their doors.",
         "The mayor said the old flood wall held where it had been repaired last spring, and "
         "that the gap by the footbridge would be closed before the next high tide."]


def body_page(article_body, *, shown=STORY, extra_head=""):
    """A page whose JSON-LD article states ``article_body`` and which prints ``shown``."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "The river rises", "datePublished": "2024-02-03T08:00:00Z"}
    if article_body is not None:
        data["articleBody"] = article_body
    paragraphs = "".join(f"<p>{text}</p>" for text in shown)
    return (f"<html><head><title>The river rises</title>{extra_head}"
            f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
            f"<body><article><h1>The river rises</h1>{paragraphs}</article>"
            "<footer>Valley News</footer></body></html>")


def test_the_articlebody_is_the_body_truth():
    stated = stated_fields(body_page(" ".join(STORY).replace(" and ", " &amp; ", 1)))
    assert stated.body == " ".join(STORY).replace(" and ", " & ", 1)
    assert stated.body_refused is None and stated.sources["body"] == "json-ld"
    assert stated.truth().body == stated.body


def test_markup_inside_the_articlebody_is_read_as_text():
    written = ("<html><head><style>p {}</style></head><body>"
               + "".join(f"<p>{text}</p>" for text in STORY)
               + '<p>Read more <a href="/floods">here</a>.</p></body></html>')
    stated = stated_fields(body_page(written, shown=STORY + ["Read more here."]))
    assert stated.body == " ".join(STORY + ["Read more here ."])
    assert markup_free("Fish &amp; chips at 5 < 6") == "Fish &amp; chips at 5 < 6"


def test_a_short_truncated_or_unshown_articlebody_is_refused_and_counted():
    teaser = STORY[0]
    assert len(teaser.split()) < MIN_STATED_BODY_TOKENS
    assert stated_fields(body_page(teaser)).body_refused == "too short"
    cut = " ".join(STORY)[:-40] + "…"
    assert stated_fields(body_page(cut)).body_refused == "truncated"
    assert stated_fields(body_page(" ".join(STORY)[:-40] + " [...]")).body_refused == "truncated"
    # The page shows only the first paragraph (the rest behind a paywall it leaves out);
    # a script holding the whole text does not count as shown.
    hidden = stated_fields(body_page(" ".join(STORY), shown=STORY[:1],
                                     extra_head=f"<script>var t = {json.dumps(STORY)};</script>"))
    assert (hidden.body, hidden.body_refused) == (None, "not shown")
    assert hidden.truth().body is None and hidden.truth().headline == "The river rises"
    assert stated_fields(body_page(None)).body_refused is None
    assert stated_fields(body_page(["A list", "of", "strings"])).body_refused == "too short"


def test_the_body_is_scored_on_the_stripped_page(tmp_path, capsys):
    root = tmp_path / "bodies"
    pages = {"river": body_page(" ".join(STORY)),
             "teaser": body_page(STORY[0]),
             "longer": body_page(" ".join(STORY) + " The council meets on Monday.")}
    labels = {}
    for page_id, page in pages.items():
        _write_page(root, page_id, page)
        labels[page_id] = {"url": f"https://{page_id}news.net/story", "articleBody": "unused"}
    (root / "ground-truth.json").write_text(json.dumps(labels), encoding="utf-8")
    stripped = stripped_corpus(root)
    assert stripped.refused_bodies == {"too short": 1}
    assert stripped.sources["body"] == {"json-ld": 2}
    # The stripped page no longer carries the articleBody the extractor could fall back on.
    assert all(" ".join(STORY) not in html for html in stripped.htmls.values())
    out = tmp_path / "results" / "{corpus}-{system}.jsonl"
    assert main(["--stripped", "--corpus", str(root), "--systems", "newscrawl-generic",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "body stated on 2 pages (json-ld 2)" in printed
    assert "articleBody refused as a body truth on 1 pages (too short 1)" in printed
    assert "| body recall |" in printed
    records = {record["id"]: record for record in map(json.loads, (
        tmp_path / "results" / "bodies-stripped-newscrawl-generic.jsonl"
    ).read_text(encoding="utf-8").splitlines())}
    assert "body" not in records["teaser"]["fields"]
    river = records["river"]["fields"]["body"]
    assert river["recall"] == 1.0 and river["precision"] == 1.0
    # A closing line the page does not show (the stated body's shown share stays above
    # the threshold): the extractor reads what is there, and the truth counts the rest
    # as missed.
    longer = records["longer"]["fields"]["body"]
    assert longer["precision"] == 1.0 and 0.8 < longer["recall"] < 1.0


def test_a_placeholder_date_is_left_out_and_counted(tmp_path):
    root = tmp_path / "placeholder-dates"
    _write_page(root, "market", META_PAGE.replace("2020-08-14T21:05:00Z",
                                                  "0001-01-01T00:00:00+00:00"))
    (root / "ground-truth.json").write_text(json.dumps(
        {"market": {"url": "https://citywire.net/market", "articleBody": "unused"}}),
        encoding="utf-8")
    stripped = stripped_corpus(root)
    assert stripped.unreadable_dates == 1
    (case,) = stripped.corpus.cases
    assert case.truth.published is None and case.truth.headline == "Night market opens"
