"""Meta layer: one-pass collection and the per-field key lists."""

import lxml.html

from newscrawl.extract import meta

PAGE = """<html><head>
<meta property="og:title" content="  The  headline ">
<meta property="og:site_name" content="The Test Times">
<meta name="author" content="https://facebook.com/someone">
<meta property="article:author" content="Jane Doe">
<meta property="article:published_time" content="2025-02-27T01:17:00+02:00">
<meta property="article:modified_time" content="2025-02-27T02:00:00+02:00">
<meta property="article:section" content="World">
<meta property="article:tag" content="Ukraine"><meta property="article:tag" content="USA">
<meta name="keywords" content="one, two">
<meta property="og:image" content="/img/lead.jpg">
<meta property="og:locale" content="en_GB">
<meta itemprop="description" content="Item desc">
<meta name="twitter:site" content="@testtimes">
<meta name="empty" content="">
</head><body></body></html>"""


def collected():
    return meta.collect_meta(lxml.html.document_fromstring(PAGE))


def test_collects_every_key_once_with_collapsed_values():
    found = collected()
    assert found["og:title"] == ["The headline"]
    assert found["article:tag"] == ["Ukraine", "USA"]
    assert found["description"] == ["Item desc"]
    assert "empty" not in found


def test_field_functions_read_keys_in_order():
    found = collected()
    assert meta.title(found) == "The headline"
    assert meta.site_name(found) == "The Test Times"
    assert meta.published(found) == "2025-02-27T01:17:00+02:00"
    assert meta.modified(found) == "2025-02-27T02:00:00+02:00"
    assert meta.section(found) == "World"
    assert meta.tags(found) == ["Ukraine", "USA"]  # article:tag before keywords
    assert meta.image(found) == "/img/lead.jpg"
    assert meta.language(found) == "en_GB"


def test_author_values_skip_links():
    assert meta.author_values(collected()) == ("article:author", ["Jane Doe"])


def test_comma_separated_keywords_are_split():
    found = {"keywords": ["one, two ,three"]}
    assert meta.tags(found) == ["one", "two", "three"]


def test_twitter_handle_loses_its_at_sign():
    assert meta.site_name({"twitter:site": ["@testtimes"]}) == "testtimes"


def test_author_in_an_analytics_namespace_is_found_last():
    assert meta.author_values({"dcsext.author": ["Jane Doe"]}) == ("dcsext.author", ["Jane Doe"])
    assert meta.author_values({"dcsext.author": ["X"], "author": ["Jane Doe"]}) == ("author", ["Jane Doe"])


def test_a_key_holding_dozens_of_names_is_a_reference_list_not_the_byline():
    references = [f"A. Writer{i}" for i in range(40)]
    page = {"author": references, "citation_author": ["Mira Holm"]}
    assert meta.author_values(page) == ("citation_author", ["Mira Holm"])
    assert meta.author_values({"author": references}) is None


def test_an_app_banners_author_is_not_the_storys():
    # the Smart App Banner tags name the publisher of the site's app
    assert meta.author_values({"smartbanner:author": ["Harbour Media Ltd"]}) is None
    assert meta.author_values({"smartbanner.author": ["Harbour Media Ltd"],
                               "xyz:author": ["Mara Lind"]}) == ("xyz:author", ["Mara Lind"])
    # another analytics namespace still names the writer
    assert meta.author_values({"cxenseparse:author": ["Mara Lind"]}) == ("cxenseparse:author", ["Mara Lind"])


def test_a_byline_key_names_the_author_after_the_author_keys():
    assert meta.author_values({"byline": ["By Mara Lind"]}) == ("byline", ["By Mara Lind"])
    assert meta.author_values({"article:byline": ["Mara Lind"]}) == ("article:byline", ["Mara Lind"])
    # an author key comes first; a byline key does not make a credit line an author
    assert meta.author_values({"byline": ["Mara Lind"], "author": ["Tomas Ek"]}) == ("author", ["Tomas Ek"])
    assert meta.author_values({"creditline": ["Harbour Press Writer"]}) is None


def _card(*pairs: tuple[str, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for number, (label, data) in enumerate(pairs, start=1):
        found[f"twitter:label{number}"] = [label]
        found[f"twitter:data{number}"] = [data]
    return found


def _writer_label(label: str) -> bool:
    return label in ("Written by", "Verfasst von")


def test_a_twitter_cards_writer_label_names_the_writer():
    card = _card(("Verfasst von", "Mara Lind"), ("Geschätzte Lesezeit", "4 Minuten"))
    assert meta.labelled_writer(card, _writer_label) == ("twitter:data1", "Mara Lind")
    # (the writer in the second pair, after another label)
    card = _card(("Filed under", "Tides, Harbour"), ("Written by", "Jonas Berg"))
    assert meta.labelled_writer(card, _writer_label) == ("twitter:data2", "Jonas Berg")


def test_a_twitter_cards_other_labels_and_durations_name_no_writer():
    assert meta.labelled_writer(_card(("Est. reading time", "6 minutes")), _writer_label) is None
    assert meta.labelled_writer(_card(("Filed under", "Tides, Harbour")), _writer_label) is None
    # (a reading time under a writer's label is still a duration, by its shape)
    assert meta.labelled_writer(_card(("Written by", "less than 1 minute")), _writer_label) is None
    assert meta.labelled_writer(_card(("Written by", "https://harbour.test/mara")), _writer_label) is None
    assert meta.labelled_writer({"twitter:label1": ["Written by"]}, _writer_label) is None


def test_documented_dublin_core_prism_and_highwire_dates_are_generic_date_keys():
    # DCMI's HTML encoding (DCTERMS.issued before DC.date), PRISM, Highwire's online day
    assert meta.generic_date({"dcterms.issued": ["2019-11-05"], "dc.date": ["2000-01-01"]}) == "2019-11-05"
    assert meta.generic_date({"dc.date.created": ["2019-11-06"]}) == "2019-11-06"
    assert meta.generic_date({"prism.publicationdate": ["2019-11-07"]}) == "2019-11-07"
    assert meta.generic_date({"citation_online_date": ["2019/11/08"]}) == "2019/11/08"
    assert meta.generic_date({"datecreated": ["2019-11-09"]}) is None  # a creation, not a publication


def test_a_namespaced_publication_key_is_read_after_the_named_ones():
    assert meta.published({"bt:pubdate": ["2020-03-12"]}) == "2020-03-12"
    assert meta.published({"vr:published_time": ["2020-03-13"]}) == "2020-03-13"
    assert meta.published({"mediator_published_time": ["2020-03-14"]}) == "2020-03-14"
    assert meta.published({"dtk:publishdate": ["2020-03-15"],
                           "article:published_time": ["2020-03-16"]}) == "2020-03-16"


def test_an_epoch_or_an_expiry_under_a_namespace_is_no_publication_key():
    assert meta.published({"dtk:publishdateunix": ["1588291200"]}) is None
    assert meta.published({"article:expiration_time": ["2030-01-01"]}) is None
    assert meta.published({"publish_date": ["2020-03-12"]}) is None  # (no namespace: read by name only)


def test_parselys_json_page_metadata_names_the_writers_after_the_author_keys():
    # (Parse.ly's older "parsely-page" tag: one JSON object with "author" or "authors")
    page = {"parsely-page": ['{"title": "Harbour dredging", "author": "Jana Roth", "pub_date": "2031-05-20T10:00:00Z"}']}
    assert meta.author_values(page) == ("parsely-page", ["Jana Roth"])
    listed = {"parsely-page": ['{"authors": ["Jana Roth", "Tomas Ek"]}']}
    assert meta.author_values(listed) == ("parsely-page", ["Jana Roth", "Tomas Ek"])
    assert meta.author_values({**page, "author": ["Mira Holm"]}) == ("author", ["Mira Holm"])
    assert meta.author_values({"parsely-page": ["{not json"]}) is None
    assert meta.author_values({"parsely-page": ['{"author": ""}']}) is None


def test_the_date_of_a_single_trackback_description_is_read():
    one = ('<!-- <rdf:Description rdf:about="https://b.example/a.html" '
           'trackback:ping="https://b.example/mt-tb.cgi/1" dc:date="2006-09-12T19:05:33-07:00" /> -->')
    assert meta.trackback_date(one) == "2006-09-12T19:05:33-07:00"
    # an archive page lists one description per entry: none is the page's
    assert meta.trackback_date(one + one.replace("19:05", "08:10")) is None
    # an RDF description that is no TrackBack block, and no description at all
    assert meta.trackback_date('<rdf:Description dc:date="2006-09-12" />') is None
    assert meta.trackback_date("<p>dc:date=</p>") is None


def test_a_movable_type_entry_is_dated_by_its_trackback_description():
    # The page prints the day apart from the time ("Posted by ... at 07:05 PM"), with no zone.
    from pathlib import Path

    from newscrawl import extract_article

    html = (Path(__file__).parent / "date_pages" / "movable_type_trackback_date.html").read_bytes()
    article = extract_article(html, "https://creekwatch.example/archives/2006/09/beavers_are_bac.html",
                              profile=False)
    assert article.published_at.isoformat() == "2006-09-13T02:05:33+00:00"
