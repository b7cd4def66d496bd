"""The last edit a MediaWiki page prints in its footer, the last source of its day."""

import datetime as dt

from newscrawl import extract_article
from newscrawl.extract.context import parse_html
from newscrawl.extract.page_dates import printed_day_raws
from newscrawl.extract.wiki_dates import is_mediawiki, last_edit_raws

MEDIAWIKI = {"generator": ["MediaWiki 1.35.2"]}
#: A long article: its footer lies beyond the reach of the dates printed near the headline.
ARTICLE = "".join(f"<p>The harbour club met for the {n}th time in the back room of the "
                  f"boathouse; new members brought their own mug and a tide table.</p>"
                  for n in range(4, 64))


def wiki_page(footer: str, generator: str = "MediaWiki 1.35.2", body: str = ARTICLE) -> str:
    return (f"<html lang='en'><head><title>Harbour club - Example Wiki</title>"
            f"<meta name='generator' content='{generator}'></head><body>"
            f"<div id='content'><h1 id='firstHeading'>Harbour club</h1>"
            f"<div id='mw-content-text'>{body}</div></div>"
            f"<div id='footer'>{footer}</div></body></html>")


#: (a sentence: the dates printed near the headline leave a date inside one out)
VECTOR_FOOTER = ("<ul id='footer-info'><li id='footer-info-lastmod'> This page was last "
                 "modified on 7 March 2021, at 09:12 by an anonymous user.</li><li id='footer-info-viewcount'>"
                 "This page has been accessed 1,204 times.</li></ul>")


def test_the_generator_tag_names_mediawiki():
    assert is_mediawiki(MEDIAWIKI)
    assert is_mediawiki({"generator": [" mediawiki 1.31.0"]})
    assert not is_mediawiki({"generator": ["WordPress 6.4.2"]})
    assert not is_mediawiki({})


def test_the_last_edit_item_of_each_skin_gives_its_day():
    for item in ("footer-info-lastmod", "footer-lastmod", "lastmod"):
        tree = parse_html(wiki_page(
            f"<ul><li id='{item}'>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr "
            f"geändert.</li></ul>"))
        assert last_edit_raws(tree, MEDIAWIKI) == ["29. Januar 2020"], item


def test_no_day_from_other_software_or_another_footer_item():
    # the same footer on a page whose generator is not MediaWiki: not read
    tree = parse_html(wiki_page(VECTOR_FOOTER, generator="WordPress 6.4.2"))
    assert last_edit_raws(tree, {"generator": ["WordPress 6.4.2"]}) == []
    # a MediaWiki page whose footer has no last-edit item (a date elsewhere in it)
    tree = parse_html(wiki_page("<ul><li id='footer-places-about'>Since 12 May 2009</li></ul>"))
    assert last_edit_raws(tree, MEDIAWIKI) == []
    # an item with no date in it
    tree = parse_html(wiki_page("<ul><li id='footer-info-lastmod'>Last edited recently.</li></ul>"))
    assert last_edit_raws(tree, MEDIAWIKI) == []


def test_printed_day_raws_reads_a_line_anywhere():
    assert printed_day_raws("This page was last edited on 7 March 2021, at 09:12.") \
        == ["7 March 2021"]
    assert printed_day_raws("Stand: 31.10.2023") == ["2023-10-31"]
    assert printed_day_raws("no date here") == []


def test_a_wiki_page_with_no_other_date_takes_its_last_edit():
    article = extract_article(wiki_page(VECTOR_FOOTER), "https://wiki.example.org/Harbour_club",
                              profile=False)
    assert article.published_at is not None
    assert article.published_at.date() == dt.date(2021, 3, 7)
    assert article.sources["published_at"] == "text"


def test_the_last_edit_never_outranks_a_date_the_page_states():
    # a wiki page whose text prints a dated line under the headline: that date stands
    body = "<p class='date'>12 February 2021</p>" + ARTICLE
    article = extract_article(wiki_page(VECTOR_FOOTER, body=body),
                              "https://wiki.example.org/Harbour_club", profile=False)
    assert article.published_at.date() == dt.date(2021, 2, 12)
    # a day in the URL stands too
    article = extract_article(wiki_page(VECTOR_FOOTER), "https://wiki.example.org/2020/05/04/club",
                              profile=False)
    assert article.published_at.date() == dt.date(2020, 5, 4)


def test_the_same_footer_on_another_site_gives_no_date():
    article = extract_article(wiki_page(VECTOR_FOOTER, generator="Hugo 0.120"),
                              "https://club.example.org/harbour", profile=False)
    assert article.published_at is None
