"""The app-state layer: each embedded-state format, the rich-text trees, its place in the
cascade and its hostile-input bounds. Pages come from newscrawl.testsite.appsite or are
written here (invented text)."""

from __future__ import annotations

import importlib
import json
import time

import pytest

from newscrawl import extract_article
from newscrawl.extract import appstate
from newscrawl.extract.classify import classify, looks_like_app_shell
from newscrawl.extract.context import PageContext
from newscrawl.testsite.appsite import build_app_site, devalue_flatten, Typed
from tests.gc_checks import cycles_left_by

URL = "https://courier.example/news/story-1/"
PARAGRAPHS = [
    "The harbour board voted on Tuesday to rebuild the north pier before the winter storms arrive.",
    "Engineers said the old timber piles had rotted further than the last survey suggested.",
    "Fishing crews will move to the south basin for eleven weeks while the work goes on.",
    "The board expects the first barges of stone to arrive from the quarry early next month.",
]


def page(*scripts: str, body: str = '<div id="root"></div>', head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>Courier</title>{head}</head><body>{body}"
            + "".join(scripts) + "</body></html>")


@pytest.fixture(scope="module")
def app_site(tmp_path_factory):
    root = build_app_site(tmp_path_factory.mktemp("apps"), static_articles=1)
    manifest = json.loads((root / "site.json").read_text())
    return {entry.get("app"): (entry, (root / entry["file"]).read_text())
            for entry in manifest["pages"] if entry.get("app")}


def check_against_truth(article, entry):
    assert article.headline == entry["title"]
    assert article.authors == entry["authors"]
    assert article.published_at.isoformat() == entry["published"]
    assert article.body.split("\n\n") == entry["body"]
    assert article.description == entry["summary"]
    assert article.section == entry["section"]


# -- each framework's format -------------------------------------------------------------

def test_next_data_page_gives_the_whole_story_from_the_app_state(app_site):
    entry, html = app_site["next"]
    article = extract_article(html, "https://courier.example" + entry["path"])
    check_against_truth(article, entry)
    for field in ("headline", "body", "authors", "published_at", "description", "images"):
        assert article.sources[field] == "appstate"
    # the Portable Text image block is an image with its caption, not a paragraph
    assert article.images[0].caption and article.images[0].caption not in article.body
    assert "newsletter" not in article.body.lower()


def test_nuxt_devalue_payload_gives_the_whole_story(app_site):
    entry, html = app_site["nuxt"]
    assert '["ShallowReactive",1]' in html  # the payload really is devalue-flattened
    article = extract_article(html, "https://courier.example" + entry["path"])
    check_against_truth(article, entry)
    assert article.sources["body"] == "appstate"
    assert article.tags and article.images[0].url.endswith(".jpg")


def test_static_page_of_the_same_site_does_not_use_the_layer(app_site):
    entry, html = app_site["static"]
    article = extract_article(html, "https://courier.example" + entry["path"])
    check_against_truth(article, entry)
    assert "appstate" not in article.sources.values()


def test_hashed_class_names_page_is_read_from_its_markup(app_site):
    entry, html = app_site["hashed"]
    assert 'class="article' not in html and "byline" not in html
    article = extract_article(html, "https://courier.example" + entry["path"])
    assert article.headline == entry["title"]
    assert article.authors == entry["authors"]
    assert article.published_at.isoformat() == entry["published"]
    assert article.body.split("\n\n") == entry["body"]


def test_fetch_page_is_an_app_shell_without_a_body(app_site):
    entry, html = app_site["fetch"]
    ctx = PageContext(html, "https://courier.example" + entry["path"])
    assert ctx.appstate is None
    article = extract_article(html, ctx.url)
    verdict = classify(ctx.url, ctx, article.word_count, len(article.body or ""))
    assert not verdict.is_article and verdict.app_shell


def test_pages_with_a_body_are_not_app_shells(app_site):
    for kind in ("static", "hashed"):
        entry, html = app_site[kind]
        assert not looks_like_app_shell(PageContext(html, URL))


def test_devalue_unflatten_special_values_dates_sets_maps_and_cycles():
    flat = [{"a": 1, "b": 2, "c": 3, "d": -1, "e": 4, "self": 0}, ["Date", "2026-11-02T06:30:00.000Z"],
            ["Set", 5, 6], ["Map", 5, 6], ["ShallowReactive", 7], "x", "y", {"z": 5}]
    value = appstate.unflatten_devalue(flat)
    assert value["a"] == "2026-11-02T06:30:00.000Z"
    assert value["b"] == ["x", "y"] and value["c"] == {"x": "y"} and value["d"] is None
    assert value["e"] == {"z": "x"}
    assert value["self"] is value  # a cycle comes back as the same object
    assert appstate.unflatten_devalue(-1) is None


def test_devalue_round_trip_of_our_flattener():
    story = {"title": "A", "list": ["p", "q", "p"], "when": Typed("Date", "2026-01-01T00:00:00Z"),
             "nested": Typed("Reactive", {"k": None, "n": 3.5, "t": True})}
    assert appstate.unflatten_devalue(devalue_flatten(story)) == {
        "title": "A", "list": ["p", "q", "p"], "when": "2026-01-01T00:00:00Z",
        "nested": {"k": None, "n": 3.5, "t": True}}


def test_nuxt2_function_payload():
    text = " ".join(PARAGRAPHS)
    script = ('<script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",'
              'data:[{article:{title:a,body:b,author:{name:c},publishedAt:d,live:!1}}],'
              'fetch:{},error:null,state:{nav:[{title:"Home",url:"\\u002F"}]},serverRendered:!0,'
              f'routePath:"\\u002Fnews\\u002Fstory-1"}}}}("The north pier will be rebuilt",{json.dumps(text)},'
              '"Ines Marchetti","2026-11-20T08:00:00.000Z"));</script>')
    article = extract_article(page(script), URL)
    assert article.headline == "The north pier will be rebuilt"
    assert article.authors == ["Ines Marchetti"]
    assert article.body == text
    assert article.published_at.isoformat() == "2026-11-20T08:00:00+00:00"


def test_initial_state_as_a_javascript_literal():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    script = ("<script>window.__INITIAL_STATE__ = {user: null, article: {'headline': 'Pier vote passes',"
              f" bodyHtml: {json.dumps(body)}, byline: 'By Quinn Sauer', date: 1763625600000,"
              " flags: [!0, undefined, void 0], /* comment */ section: {name: 'Harbour'}}};"
              "window.dataLayer = [];</script>")
    article = extract_article(page(script), URL)
    assert article.headline == "Pier vote passes"
    assert article.body.split("\n\n") == PARAGRAPHS
    assert article.authors == ["Quinn Sauer"]
    assert article.published_at.isoformat() == "2025-11-20T08:00:00+00:00"
    assert article.section == "Harbour"


def test_preloaded_state_through_json_parse():
    state = {"story": {"title": "Pier vote passes", "content": "\n\n".join(PARAGRAPHS),
                       "authors": ["Quinn Sauer", "Ada Brennan"], "datePublished": "2026-11-20T08:00:00Z"}}
    script = f"<script>window.__PRELOADED_STATE__ = JSON.parse({json.dumps(json.dumps(state))});</script>"
    article = extract_article(page(script), URL)
    assert article.headline == "Pier vote passes"
    assert article.authors == ["Quinn Sauer", "Ada Brennan"]
    assert article.body.split("\n\n") == PARAGRAPHS


def test_apollo_state_follows_references():
    state = {
        "ROOT_QUERY": {"__typename": "Query", 'article({"slug":"story-1"})': {"__ref": "Article:77"}},
        "Article:77": {"__typename": "Article", "id": 77, "headline": "Pier vote passes",
                       "authors": [{"__ref": "Author:5"}], "publishedAt": "2026-11-20T08:00:00Z",
                       "body": {"__ref": "RichText:77"}},
        "Author:5": {"__typename": "Author", "id": 5, "name": "Soren Valente"},
        "RichText:77": {"__typename": "RichText", "document": {"nodeType": "document", "content": [
            {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": p, "marks": []}]}
            for p in PARAGRAPHS]}},
    }
    script = f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>"
    article = extract_article(page(script), URL)
    assert article.headline == "Pier vote passes"
    assert article.authors == ["Soren Valente"]
    assert article.body.split("\n\n") == PARAGRAPHS


def test_fusion_global_content_ans():
    ans = {
        "_id": "ABCDEF", "type": "story", "headlines": {"basic": "Pier vote passes"},
        "description": {"basic": "The board backs the rebuild."},
        "credits": {"by": [{"type": "author", "name": "Lucia Gallo"}]},
        "first_publish_date": "2026-11-20T08:00:00Z", "last_updated_date": "2026-11-20T10:00:00Z",
        "taxonomy": {"primary_section": {"name": "Harbour"}},
        "promo_items": {"basic": {"type": "image", "url": "https://img.example/pier.jpg",
                                  "caption": "The north pier at low tide.",
                                  "credits": {"by": [{"name": "Harbour Board"}]}}},
        "content_elements": [
            {"type": "text", "content": PARAGRAPHS[0]},
            {"type": "raw_html", "content": "<div class='ad'>Advertisement</div>"},
            {"type": "header", "level": 2, "content": "What comes next"},
            {"type": "text", "content": f"{PARAGRAPHS[1]} <a href='/x'>Read more</a>"},
            {"type": "image", "url": "https://img.example/barge.jpg", "caption": "A stone barge."},
            {"type": "list", "list_type": "unordered", "items": [
                {"type": "text", "content": PARAGRAPHS[2]}, {"type": "text", "content": PARAGRAPHS[3]}]},
            {"type": "interstitial_link", "content": "Sign up for alerts", "url": "/alerts"},
        ]}
    script = ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
              'Fusion.arcSite="courier";Fusion.deployment="123";'
              f"Fusion.globalContent={json.dumps(ans)};Fusion.globalContentConfig={{\"source\":\"content-api\"}};"
              "Fusion.contentCache={};</script>")
    article = extract_article(page(script, body='<div id="fusion-app"></div>'), URL)
    assert article.headline == "Pier vote passes"
    assert article.authors == ["Lucia Gallo"]
    assert article.section == "Harbour"
    assert article.modified_at.isoformat() == "2026-11-20T10:00:00+00:00"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == PARAGRAPHS[0] and "What comes next" in paragraphs
    assert PARAGRAPHS[1] + " Read more" in paragraphs and PARAGRAPHS[3] in paragraphs
    assert "Advertisement" not in article.body
    assert article.images[0].caption == "The north pier at low tide."
    assert article.images[0].credit == "Harbour Board"


def test_generic_json_script_with_draftjs_blocks():
    state = {"props": {"entry": {"title": "Pier vote passes", "author": "Viktor Thorne",
                                 "published": "2026-11-20",
                                 "content": {"blocks": [
                                     {"key": "a1", "text": PARAGRAPHS[0], "type": "unstyled"},
                                     {"key": "a2", "text": "", "type": "atomic"},
                                     {"key": "a3", "text": "Next steps", "type": "header-two"},
                                     {"key": "a4", "text": PARAGRAPHS[1], "type": "unstyled"}],
                                     "entityMap": {}}}}}
    script = f'<script type="application/json" id="app-data">{json.dumps(state)}</script>'
    article = extract_article(page(script), URL)
    assert article.body.split("\n\n") == [PARAGRAPHS[0], "Next steps", PARAGRAPHS[1]]
    assert article.authors == ["Viktor Thorne"]


def test_the_story_not_a_teaser_is_chosen():
    teasers = [{"title": f"Other story {i}", "excerpt": "Short teaser text.", "date": "2026-11-19"}
               for i in range(5)]
    story = {"title": "Pier vote passes", "body": "\n".join(PARAGRAPHS), "date": "2026-11-20"}
    state = {"props": {"pageProps": {"related": teasers, "story": story, "menu": teasers}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert extract_article(page(script), URL).headline == "Pier vote passes"


# -- the cascade -----------------------------------------------------------------------------

def test_structured_layers_and_a_full_markup_body_come_first():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The JSON-LD headline",
          "author": {"@type": "Person", "name": "Rosa Nakagawa"}, "datePublished": "2026-11-21T09:00:00Z"}
    state = {"props": {"pageProps": {"article": {"title": "The app headline", "authors": ["Someone Else"],
                                                 "publishedAt": "2026-01-01T00:00:00Z",
                                                 "body": "\n".join(PARAGRAPHS)}}}}
    markup_body = "<article>" + "".join(f"<p>{p} {p}</p>" for p in PARAGRAPHS * 2) + "</article>"
    html = page(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>',
                body=markup_body,
                head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    article = extract_article(html, URL)
    assert (article.headline, article.authors) == ("The JSON-LD headline", ["Rosa Nakagawa"])
    assert article.sources["body"] == "markup"
    assert "appstate" not in article.sources.values()


# -- hostile input -------------------------------------------------------------------------

def test_no_app_state_costs_nothing_and_finds_nothing():
    html = page("<script>var x = 1;</script>", body="<p>" + " ".join(PARAGRAPHS) + "</p>")
    ctx = PageContext(html, URL)
    assert appstate.state_sources(ctx.tree) == [] and ctx.appstate is None


@pytest.mark.parametrize("payload", [
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 50_000 + "1" + "}" * 50_000,
    "{not json at all",
    "[" + ",".join(["0"] * 300_000) + "]",
])
def test_hostile_json_scripts_are_bounded(payload):
    html = page(f'<script id="__NEXT_DATA__" type="application/json">{payload}</script>',
                f"<script>window.__INITIAL_STATE__ = {payload};</script>",
                f'<script id="__NUXT_DATA__" type="application/json">{payload}</script>')
    start = time.process_time()
    article = extract_article(html, URL)
    assert time.process_time() - start < 5
    assert article.body is None


def test_self_referencing_devalue_and_huge_sources():
    cyclic = json.dumps([{"title": 1, "next": 0, "body": 2}, "Loop", "x " * 300])
    huge = '{"title": "Big", "body": "' + "word " * (appstate.MAX_SOURCE_CHARS // 5) + '"}'
    html = page(f'<script id="__NUXT_DATA__" type="application/json">{cyclic}</script>',
                f'<script type="application/json">{huge}</script>')
    article = extract_article(html, URL)
    assert article.headline == "Loop"  # the cyclic payload is read; the oversized one skipped
    assert len(article.body) < 1000


def test_next_app_router_flight_payload():
    body_html = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    size = len(body_html.encode("utf-8"))
    article = {"headline": "Pier vote passes", "bodyHtml": "$a", "authors": [{"name": "Oona Lindqvist"}],
               "publishedAt": "$D2026-11-20T08:00:00.000Z", "section": "$undefined"}
    payload = ('0:["$","html",null,{"lang":"en"}]\n'
               '1:I["(app)/page","default"]\n'
               f"a:T{size:x},{body_html}"
               f'2:["$","$L3",null,{{"article":{json.dumps(article)}}}]\n')
    half = len(payload) // 2
    scripts = [f"<script>self.__next_f.push([1,{json.dumps(part)}])</script>"
               for part in (payload[:half], payload[half:])]
    html = page("<script>(self.__next_f=self.__next_f||[]).push([0])</script>", *scripts)
    result = extract_article(html, URL)
    assert result.headline == "Pier vote passes"
    assert result.body.split("\n\n") == PARAGRAPHS
    assert result.authors == ["Oona Lindqvist"]
    assert result.published_at.isoformat() == "2026-11-20T08:00:00+00:00"
    assert result.sources["body"] == "appstate"


def test_apollo_cache_nested_in_next_data():
    cache = {"ROOT_QUERY": {"__typename": "Query", "story": {"__ref": "Story:9"}},
             "Story:9": {"__typename": "Story", "title": "Pier vote passes", "date": "2026-11-20",
                         "byline": [{"__ref": "Person:1"}], "content": "\n".join(PARAGRAPHS)},
             "Person:1": {"__typename": "Person", "displayName": "Halina Moreau"}}
    state = {"props": {"pageProps": {"__APOLLO_STATE__": cache}}, "page": "/[slug]", "buildId": "x"}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    article = extract_article(page(script), URL)
    assert article.authors == ["Halina Moreau"]
    assert article.body.split("\n\n") == PARAGRAPHS


def test_the_recursive_readers_leave_no_reference_cycle():
    # (flight rows, devalue arrays and rich-text trees are read by recursive closures:
    # left referring to themselves, they would hold the whole payload until the cycle
    # collector found them; see the page scan's test of the same)
    payload = '0:["$","html",null,{"lang":"en"}]\n2:["$","$L3",null,{"headline":"Pier"}]\n'
    flat = devalue_flatten({"title": "A", "list": ["p", "q"], "nested": Typed("Reactive", {"n": 3})})
    tree = {"type": "doc", "content": [{"type": "paragraph", "content": [
        {"type": "text", "text": PARAGRAPHS[0]}]}]}
    with cycles_left_by(importlib.import_module("newscrawl.extract.appstate")) as cycles:
        assert ["$", "$L3", None, {"headline": "Pier"}] in appstate.flight_rows(
            f"self.__next_f.push([1,{json.dumps(payload)}])")
        assert appstate.unflatten_devalue(flat) == {
            "title": "A", "list": ["p", "q"], "nested": {"n": 3}}
        assert appstate.rich_text_paragraphs(tree) == [PARAGRAPHS[0]]
    assert cycles == []


# -- which scripts are read: the tests before a script's text is read ---------------------

def _sources_of(scripts: str) -> list[tuple[str, bool]]:
    ctx = PageContext(page(scripts, body="<p>" + " ".join(PARAGRAPHS) + "</p>"), URL)
    return [(source.name, source.devalue) for source in appstate.state_sources(ctx.tree)]


def test_a_template_script_is_not_read_for_state():
    # a client-side template may hold a state assignment's words; it is no script
    assert _sources_of('<script type="text/x-template">window.__INITIAL_STATE__ = '
                       '{"article": {}}</script>') == []


def test_a_state_id_is_read_whatever_the_script_type_says():
    # a framework's state block named by its id, under a type that is neither JSON nor
    # JavaScript, is still read (its text not read past the type would lose it)
    assert _sources_of('<script id="__NUXT_DATA__" type="text/plain" data-ssr="true">'
                       '[{"article": 1}, "x"]</script>') == [("__NUXT_DATA__", True)]


def test_state_assignments_are_found_by_either_mark():
    scripts = ('<script type="module">window.__PRELOADED_STATE__ = {"a": 1};</script>'
               '<script>Fusion.globalContent = {"b": 2};</script>'
               '<script type="text/javascript">var plain = 1;</script>')
    assert _sources_of(scripts) == [("__PRELOADED_STATE__", False),
                                    ("Fusion.globalContent", False)]


# -- the article search: what it reads of objects that cannot be the article ---------------

def test_only_objects_with_a_headline_key_have_their_keys_indexed(monkeypatch):
    # a state's objects are mostly no candidates (a menu item, an ad slot, a config);
    # the search tests their keys against the headline names and indexes only the others
    indexed = []
    real_keys = appstate._Keys

    def counting_keys(node):
        indexed.append(node)
        return real_keys(node)

    monkeypatch.setattr(appstate, "_Keys", counting_keys)
    story = {"Head_Line": "Pier vote passes", "body": "\n".join(PARAGRAPHS), "date": "2026-11-20"}
    state = {"config": {"locale": "en", "flags": [{"name": "beta", "on": True}]},
             "menu": [{"label": "News", "href": "/news"}, {"label": "Sport", "href": "/sport"}],
             "page": {"story": story, 7: "a key that is no string"}}
    assert appstate.find_article([state]) is story
    assert indexed == [story]


def test_the_search_visits_objects_in_the_order_and_with_the_parents_it_did():
    # depth-first, children in their order, each object once, its enclosing object kept
    shared = {"title": "Shared"}
    first, second = {"a": shared, "n": [1, {"b": 2}]}, {"c": shared, "d": {"e": 3}}
    parents: dict = {}
    walked = list(appstate._walk([{"x": first, "y": [second]}], appstate._Budget(), parents))
    assert [sorted(map(str, node)) for node in walked] == [
        ["x", "y"], ["a", "n"], ["title"], ["b"], ["c", "d"], ["e"]]
    assert parents[id(shared)] is first and parents[id(second["d"])] is second
    budget = appstate._Budget(4)  # (each value taken from the stack spends one node)
    assert len(list(appstate._walk([{"x": first, "y": [second]}], budget))) == 3


def test_a_nested_cache_overwrites_the_entries_of_the_one_around_it():
    inner = {"Story:1": {"title": "Inner"}, "Person:2": {"name": "B"}}
    outer = {"Story:1": {"title": "Outer"}, "Person:1": {"name": "A"}, "Query:x": {"nested": inner}}
    refs = appstate._refs_of({"props": outer})
    assert refs["Story:1"] == {"title": "Inner"}
    assert list(refs) == ["Story:1", "Person:1", "Query:x", "Person:2"]


def test_state_names_are_searched_from_the_first_mark_on(monkeypatch):
    # every state name and the flight push hold the mark: the text before the first one
    # is not searched again, and a script with no mark is searched only for Fusion's name
    starts = []
    real = appstate._STATE_NAME

    class Recording:
        def finditer(self, text, position=0):
            starts.append(position)
            return real.finditer(text, position)

    monkeypatch.setattr(appstate, "_STATE_NAME", Recording())
    prefix = "var plain = 1; " * 4
    scripts = (f'<script>{prefix}window.__PRELOADED_STATE__ = {{"a": 1}};</script>'
               '<script>Fusion.globalContent = {"b": 2};</script>'
               f'<script>{prefix}self.__next_f.push([1,"0:[]\\n"])</script>')
    assert _sources_of(scripts) == [("__PRELOADED_STATE__", False),
                                    ("Fusion.globalContent", False), ("__next_f", False)]
    assert starts == [len(prefix) + len("window.")]


def test_the_key_name_memo_is_bounded(monkeypatch):
    # a hostile page's long keys are normalised but not kept; a full memo starts again
    monkeypatch.setattr(appstate, "_KEY_NAMES", {})
    long_key = "Head_Line" + "x" * appstate.MAX_REMEMBERED_KEY_CHARS
    assert appstate._normalised(long_key) == "headline" + "x" * appstate.MAX_REMEMBERED_KEY_CHARS
    assert appstate._normalised("Seo-Title") == "seotitle" and appstate._normalised(3) is None
    assert appstate._KEY_NAMES == {"Seo-Title": "seotitle"}
    monkeypatch.setattr(appstate, "MAX_REMEMBERED_KEYS", 2)
    for key in ("a", "b", "c"):
        appstate._normalised(key)
    assert list(appstate._KEY_NAMES) == ["b", "c"]  # (full at "b": started again)
    assert appstate._has_headline_key({3: "x", "SEO_title": "A"})
    assert not appstate._has_headline_key({3: "x", "titles": "A"})
