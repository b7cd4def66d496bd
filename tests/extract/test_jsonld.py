"""JSON-LD layer: broken JSON repairs, node flattening, article choice, author shapes."""

import lxml.html
import pytest

from newscrawl.extract import jsonld


def nodes_of(*scripts: str) -> list[dict]:
    html = "<html><head>" + "".join(
        f'<script type="application/ld+json">{s}</script>' for s in scripts) + "</head><body></body></html>"
    return jsonld.collect_nodes(lxml.html.document_fromstring(html))


@pytest.mark.parametrize("text", [
    '{"@type": "NewsArticle", "headline": "Hello"}',
    '{"@type": "NewsArticle", "headline": "Hello",}',                   # trailing comma
    '{"@type": "NewsArticle", "headline": "Hello", "keywords": ["a", "b",],}',
    '{"@type": "NewsArticle", "headline": "Hel\nlo"}',                   # raw newline in a string
    '<!-- {"@type": "NewsArticle", "headline": "Hello"} -->',
    '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Hello"}\n//]]>',
    '{"@type": "NewsArticle", "headline": "Hel\x01lo", }',                # control char + comma
])
def test_broken_json_is_repaired(text):
    values = jsonld.parse_jsonld_text(text)
    assert len(values) == 1
    assert values[0]["@type"] == "NewsArticle"
    assert values[0]["headline"].replace("\n", "").replace("\x01", "").replace(" ", "") == "Hello"


def test_concatenated_objects_are_all_read():
    values = jsonld.parse_jsonld_text('{"@type": "Organization", "name": "X"}\n'
                                      '{"@type": "NewsArticle", "headline": "H"}')
    assert [v["@type"] for v in values] == ["Organization", "NewsArticle"]


def test_hopeless_json_gives_nothing():
    assert jsonld.parse_jsonld_text('{"@type": "NewsArticle", "headline": ') == []
    assert jsonld.parse_jsonld_text("   ") == []


def test_graph_and_top_level_lists_are_flattened():
    nodes = nodes_of('[{"@type": "WebSite", "name": "S"}]',
                     '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": "#p"},'
                     ' {"@type": "NewsArticle", "@id": "#a", "headline": "In the graph"}]}')
    assert [jsonld.types_of(n) for n in nodes][-2:] == [["webpage"], ["newsarticle"]]
    assert jsonld.headline(jsonld.article_node(nodes)) == "In the graph"


def test_article_node_prefers_article_types_then_webpage_with_article_fields():
    nodes = nodes_of('{"@type": "WebPage", "headline": "Page"}',
                     '{"@type": ["Thing", "ReportageNewsArticle"], "headline": "Report"}')
    assert jsonld.headline(jsonld.article_node(nodes)) == "Report"
    only_page = nodes_of('{"@type": "WebPage", "name": "Plain page"}',
                         '{"@type": "WebPage", "headline": "Has a headline", "datePublished": "2024-01-01"}')
    assert jsonld.headline(jsonld.article_node(only_page)) == "Has a headline"
    assert jsonld.article_node(nodes_of('{"@type": "Organization", "name": "O"}')) is None


@pytest.mark.parametrize("author, expected", [
    ('"Jane Doe"', [("Jane Doe", False)]),
    ('{"@type": "Person", "name": "Jane Doe"}', [("Jane Doe", False)]),
    ('[{"@type": "Person", "name": "A B"}, {"@type": "Person", "name": "C D"}]',
     [("A B", False), ("C D", False)]),
    ('{"@id": "#jane"}', [("Jane Ref", False)]),
    ('{"@type": "Organization", "name": "Agency"}', [("Agency", True)]),
    ('{"@type": "Person", "givenName": "Ann", "familyName": "Lee"}', [("Ann Lee", False)]),
    ('"https://example.com/author/jane"', []),
    # co-authors written as a list of names in one Person node: a person each
    ('{"@type": "Person", "name": ["Ann Lee", "Bo Kim"]}', [("Ann Lee", False), ("Bo Kim", False)]),
    # a list holding one name (or one string among empty ones) is one person
    ('{"@type": "Person", "name": ["Ann Lee", ""]}', [("Ann Lee", False)]),
])
def test_author_shapes(author, expected):
    nodes = nodes_of('{"@graph": [{"@type": "Person", "@id": "#jane", "name": "Jane Ref"},'
                     f' {{"@type": "NewsArticle", "headline": "H", "author": {author}}}]}}')
    node = jsonld.article_node(nodes)
    people = jsonld.authors(node, jsonld.index_by_id(nodes))
    assert [(p.name, p.is_organisation) for p in people] == expected


def test_a_fact_check_names_the_claim_author_as_a_claimant_not_an_author():
    nodes = nodes_of('{"@graph": [{"@type": "Person", "@id": "#mayor", "name": "Olga Brandt"},'
                     ' {"@type": "ClaimReview", "claimReviewed": "Taxes rose tenfold.",'
                     ' "author": {"@type": "Organization", "name": "Checkers"},'
                     ' "itemReviewed": {"@type": "Claim", "author": {"@id": "#mayor"}}}]}')
    assert jsonld.claimants(nodes, jsonld.index_by_id(nodes)) == ["Olga Brandt"]
    # an article's own author is no claimant
    article = nodes_of('{"@type": "NewsArticle", "headline": "H", "author": "Olga Brandt"}')
    assert jsonld.claimants(article, {}) == []


def test_fields_of_the_article_node():
    nodes = nodes_of('{"@type": "NewsArticle", "headline": "Caf&eacute; &amp; bar",'
                     ' "datePublished": "2025-02-27T01:17:00+02:00", "dateModified": "2025-02-28",'
                     ' "image": [{"@type": "ImageObject", "url": "https://x.test/a.jpg", "caption": "Cap"},'
                     ' "https://x.test/b.jpg"], "keywords": "war, peace", "articleSection": ["World"],'
                     ' "inLanguage": "en-GB", "mainEntityOfPage": {"@id": "https://x.test/story"},'
                     ' "publisher": {"@type": "Organization", "name": "The Test"}}')
    node = jsonld.article_node(nodes)
    assert jsonld.headline(node) == "Café & bar"
    assert jsonld.date_published(node) == "2025-02-27T01:17:00+02:00"
    assert jsonld.date_modified(node) == "2025-02-28"
    assert [(i.url, i.caption) for i in jsonld.images(node, {})] == [
        ("https://x.test/a.jpg", "Cap"), ("https://x.test/b.jpg", None)]
    assert jsonld.keywords(node) == ["war", "peace"]
    assert jsonld.section(node) == "World"
    assert jsonld.language(node) == "en-GB"
    assert jsonld.url(node) == "https://x.test/story"
    assert jsonld.publisher_name(node, {}) == "The Test"


def test_captioned_images_collect_associated_media_and_image_objects():
    nodes = nodes_of('{"@graph": [{"@type": "NewsArticle", "headline": "H", "image": "https://x.test/lead.jpg",'
                     ' "associatedMedia": [{"@type": "ImageObject", "url": "https://x.test/1.jpg",'
                     ' "caption": "First caption"}]},'
                     ' {"@type": "ImageObject", "contentUrl": "https://x.test/2.jpg", "description": "Second caption"},'
                     ' {"@type": "ImageObject", "url": "https://x.test/logo.png", "description": "Logo"}]}')
    node = jsonld.article_node(nodes)
    found = jsonld.captioned_images(node, nodes, jsonld.index_by_id(nodes))
    assert [(i.url, i.caption) for i in found] == [
        ("https://x.test/1.jpg", "First caption"), ("https://x.test/2.jpg", "Second caption")]


def test_an_image_object_named_by_a_sentence_is_captioned_by_its_name():
    nodes = nodes_of('{"@type": "NewsArticle", "headline": "Harbour crane returns to service",'
                     ' "image": {"@type": "ImageObject", "url": "https://x.test/crane.jpg",'
                     ' "name": "Dock workers watch the repaired crane lift its first container on Monday."}}')
    node = jsonld.article_node(nodes)
    assert [(i.url, i.caption) for i in jsonld.images(node, {})] == [
        ("https://x.test/crane.jpg", "Dock workers watch the repaired crane lift its first container on Monday.")]


def test_an_image_object_name_is_no_caption_when_short_the_headline_or_beside_a_caption():
    nodes = nodes_of('{"@graph": [{"@type": "NewsArticle", "headline": "Harbour crane returns to service",'
                     ' "image": {"@type": "ImageObject", "url": "https://x.test/lead.jpg",'
                     ' "name": "Harbour crane returns to service"},'
                     ' "associatedMedia": [{"@type": "ImageObject", "url": "https://x.test/1.jpg",'
                     ' "name": "Crane at dawn"},'
                     ' {"@type": "ImageObject", "url": "https://x.test/2.jpg", "caption": "The crane at dawn.",'
                     ' "name": "A long name that the caption beside it outranks here"}]}]}')
    node = jsonld.article_node(nodes)
    assert [(i.url, i.caption) for i in jsonld.images(node, {})] == [("https://x.test/lead.jpg", None)]
    found = jsonld.captioned_images(node, nodes, jsonld.index_by_id(nodes))
    assert [(i.url, i.caption) for i in found] == [("https://x.test/2.jpg", "The crane at dawn.")]


def test_a_subtype_of_scholarly_article_is_an_article_node():
    # schema.org: MedicalScholarlyArticle is a ScholarlyArticle, itself an Article.
    node = {"@type": "MedicalScholarlyArticle", "headline": "Sleep debt on the ward"}
    assert jsonld.article_node([{"@type": "Organization", "name": "Ward Notes"}, node]) is node


def test_live_blog_posting_is_recognised():
    from newscrawl.extract.jsonld import is_live_blog

    assert is_live_blog({"@type": "LiveBlogPosting", "headline": "Harbour live"})
    assert is_live_blog({"@type": ["https://schema.org/LiveBlogPosting"]})
    assert not is_live_blog({"@type": "NewsArticle"})
    assert not is_live_blog(None)


def test_a_node_names_another_page_of_the_site_by_a_slug_of_its_own():
    page = ["https://kestrelvale.test/2031/04/02/library-roof/",
            "https://www.kestrelvale.test/2031/04/02/library-roof/", None]
    other = {"@id": "https://www.kestrelvale.test/2031/03/28/bus-timetable/#article",
             "mainEntityOfPage": {"@id": "https://www.kestrelvale.test/2031/03/28/bus-timetable/"}}
    assert jsonld.names_another_page(other, page)
    # the same slug under another path, the site's root, another host: no other article
    assert not jsonld.names_another_page(
        {"mainEntityOfPage": "https://kestrelvale.test/news/library-roof"}, page)
    assert not jsonld.names_another_page({"url": "https://www.kestrelvale.test/"}, page)
    assert not jsonld.names_another_page({"mainEntityOfPage": "https://example.test/article"}, page)
    # no URL of the page's own, or none of the node's
    assert not jsonld.names_another_page(other, [None])
    assert not jsonld.names_another_page({"headline": "Library roof"}, page)


def test_a_node_giving_the_page_own_url_is_settled_without_parsing_a_url(monkeypatch):
    page = ["https://kestrelvale.test/2031/04/02/library-roof/",
            "https://www.kestrelvale.test/2031/04/02/library-roof/", None]

    def parsed(_address):
        raise AssertionError("a URL was parsed")

    monkeypatch.setattr(jsonld, "_host_and_last_segment", parsed)
    node = {"@id": "https://www.kestrelvale.test/2031/04/02/library-roof/#article",
            "url": "https://www.kestrelvale.test/2031/04/02/library-roof/",
            "mainEntityOfPage": {"@id": "https://kestrelvale.test/2031/04/02/library-roof/"}}
    assert not jsonld.names_another_page(node, page)


def test_the_offset_of_a_medical_scholarly_article_node_dates_the_page():
    # The printed "9:15 AM" has no zone; the article node's datePublished gives the offset.
    from pathlib import Path

    from newscrawl import extract_article

    html = (Path(__file__).parent / "date_pages" / "medical_scholarly_article_node.html").read_bytes()
    article = extract_article(html, "https://wardnotes.example/research/night-shifts", profile=False)
    assert article.published_at.isoformat() == "2024-03-05T14:15:00+00:00"
    assert article.sources["published_at"] == "jsonld"
