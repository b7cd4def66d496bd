"""The publication-date classes of pages on sites the extractor was not written for.

Each page in ``date_pages/`` (written for these tests) shows one class: a day printed with
no markup where a pop-up's h1 is the page's only plain h1, a numeric day in a region that
writes the day first, a month name near the byline, a ``<time>`` in an aside beside the
article, a relative date next to a printed day, a day only in the URL, and a time stated
just after local midnight (the page's own day must stay recoverable from the UTC value:
also where the UTC value is a ``<time>``'s own attribute and its text prints the local
day). A date the page states relative to the reading time is its own, not the day a
list of other stories under it prints.
"""

import datetime as dt
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.dates import normalise_date, stated_day

PAGES = Path(__file__).parent / "date_pages"


def extract(name: str, url: str | None = None, **kwargs):
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, url or f"https://site.example/news/{name[:-5]}",
                           profile=False, **kwargs)


@pytest.mark.parametrize("name, day, layer", [
    # the story's h1 sits in a block classed like a teaser; a consent pop-up's h1 ends the page
    ("popup_h1_after_story.html", dt.date(2023, 3, 14), "text"),
    # 'en-GB' (written as XHTML's xml:lang) reads 02/10/2020 day first
    ("numeric_day_first_region.html", dt.date(2020, 10, 2), "text"),
    ("printed_month_name.html", dt.date(2021, 3, 7), "text"),
    ("time_in_aside.html", dt.date(2022, 6, 9), "text"),
    # a numeric day written with dashes: its numbers show the order (no month 30) ...
    ("dashed_day_printed.html", dt.date(2007, 12, 30), "text"),
    # ... or the page's language does (Polish writes the day first)
    ("dashed_day_either_order.html", dt.date(2023, 11, 2), "text"),
    # the only h1 is the blog's name linking home, a long menu after it; the post's title
    # is an h2 with its day printed under it, more text nodes down than the window reads
    # below an h1
    ("blog_name_h1_post_title_h2.html", dt.date(2021, 3, 12), "text"),
    # the only date-classed element of the article is an event box after the story: the
    # day printed plainly under the headline is the page's
    ("event_date_class_after_story.html", dt.date(2021, 3, 12), "text"),
    # a related-stories box just under the headline links an older story with its day;
    # the page's own day is printed above the headline, a row of topic links between
    ("related_box_under_headline.html", dt.date(2021, 3, 12), "text"),
    # a German post under a template's "en-US" tag: its date-classed 05.03.2021 is March 5
    ("dotted_day_under_english_tag.html", dt.date(2021, 3, 5), "markup"),
    # the story's day split over two elements beside the headline; a list of other
    # stories with their days under it: those are read only after the split line
    ("listed_teasers_and_split_day.html", dt.date(2021, 3, 12), "text"),
    # a long meta line of items under the headline ends with the day after a separator:
    # a line, not a sentence that mentions a date
    ("meta_line_of_items.html", dt.date(2021, 3, 12), "text"),
])
def test_the_day_printed_or_marked_near_the_headline(name, day, layer):
    article = extract(name)
    assert article.published_at is not None, name
    assert article.published_at.date() == day
    assert article.sources["published_at"] == layer


def test_month_first_where_the_region_writes_it_so():
    html = (PAGES / "numeric_day_first_region.html").read_text(encoding="utf-8")
    us = extract_article(html.replace('xml:lang="en-GB"', 'xml:lang="en-US"'),
                         "https://site.example/news/harbour", profile=False)
    assert us.published_at.date() == dt.date(2020, 2, 10)
    reference = dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc)
    for tag, day in [("en-GB", 2), ("en_AU", 2), ("en-IN", 2), ("en", 10), ("en-US", 10),
                     (None, 10)]:
        reading = normalise_date("02/10/2020", language=tag, reference=reference)
        assert reading.value.day == day, tag
    # a day above twelve leaves no choice, whatever the region
    assert normalise_date("10/25/2020", language="en-GB",
                          reference=reference).value.date() == dt.date(2020, 10, 25)


def test_the_language_field_reads_xml_lang():
    assert extract("numeric_day_first_region.html").language == "en"


def test_a_relative_date_gives_way_to_the_printed_day():
    # no fetch time: "vor 3 Stunden" means nothing, the printed day is the date
    article = extract("relative_and_printed.html")
    assert article.published_at.date() == dt.date(2022, 8, 21)
    assert article.published_precision == "date"
    # the printed day also wins when the fetch time anchors the relative date elsewhere
    fetched = dt.datetime(2022, 8, 23, 9, 0, tzinfo=dt.timezone.utc)
    assert extract("relative_and_printed.html",
                   fetched_at=fetched).published_at.date() == dt.date(2022, 8, 21)


def test_a_day_only_in_the_url():
    article = extract("url_day_only.html", "https://site.example/2019/10/16/harbour-wall")
    assert article.published_at.date() == dt.date(2019, 10, 16)
    assert article.sources["published_at"] == "url"
    assert extract("url_day_only.html").published_at is None


def test_the_pages_own_day_survives_the_conversion_to_utc():
    article = extract("offset_past_midnight.html")
    assert article.published_at == dt.datetime(2020, 1, 21, 13, 30, tzinfo=dt.timezone.utc)
    assert article.published_precision == "exact"
    assert article.published_raw == "2020-01-22T00:30:00+11:00"
    assert stated_day(article.published_raw) == dt.date(2020, 1, 22)


def test_stated_day_of_other_forms():
    assert stated_day("2024-03-01T23:30:00-05:00") == dt.date(2024, 3, 1)
    assert stated_day("Fri, 01 Mar 2024 23:30:00 -0500") == dt.date(2024, 3, 1)
    assert stated_day("3. März 2024", language="de") == dt.date(2024, 3, 3)
    assert stated_day("2024-03-01 23:30", timezone="America/New_York") == dt.date(2024, 3, 1)
    assert stated_day("not a date") is None
    fetched = dt.datetime(2024, 3, 2, 3, 0, tzinfo=dt.timezone.utc)  # 22:00 in New York
    assert stated_day("vor 2 Stunden", language="de", timezone="America/New_York",
                      reference=fetched) == dt.date(2024, 3, 1)


def test_a_relative_date_needs_the_fetch_time():
    # extracted without a fetch time (a saved page): "3 days ago" is no date, but the raw
    # string is kept for whoever knows the fetch time (the crawl's dates pipeline)
    saved = extract("relative_only.html")
    assert saved.published_at is None and saved.published_precision is None
    assert saved.published_raw == "3 days ago"
    fetched = dt.datetime(2023, 5, 12, 10, 0, tzinfo=dt.timezone.utc)
    article = extract("relative_only.html", fetched_at=fetched)
    assert article.published_at.date() == dt.date(2023, 5, 9)
    assert article.published_precision == "relative"


@pytest.mark.parametrize("name, day", [
    # a slider of dated teasers sits right above the headline; the page's own day is in
    # the author line below the story
    ("teaser_list_near_headline.html", dt.date(2021, 2, 11)),
    # the update line is nearer the headline than the publication line
    ("update_label_above_published.html", dt.date(2023, 3, 2)),
    # an event's day in the standfirst, a photo's day in its caption and an embedded
    # post's day all come before the byline's date
    ("date_in_sentence_and_caption.html", dt.date(2023, 9, 12)),
    # "2025年1月14日" under the headline
    ("east_asian_printed_day.html", dt.date(2025, 1, 14)),
])
def test_the_pages_own_printed_day_among_other_dates(name, day):
    article = extract(name)
    assert article.published_at is not None, name
    # (the page's own day: a printed time read in the page's zone may fall on another UTC day)
    assert stated_day(article.published_raw) == day
    assert article.sources["published_at"] == "text"


def test_the_page_shows_the_order_of_its_numeric_dates():
    # 'en' names no region (month first), but a reply dated 15/04/2020 shows the page
    # writes the day first: 12/04/2020 is 12 April
    html = (PAGES / "numeric_order_shown_by_the_page.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://site.example/bread", profile=False)
    assert article.published_at.date() == dt.date(2020, 4, 12)
    month_first = html.replace("15/04/2020", "04/15/2020")
    assert extract_article(month_first, "https://site.example/bread",
                           profile=False).published_at.date() == dt.date(2020, 12, 4)
    # a page whose dates show both orders, or neither, is read in the language's order
    both = html.replace("</section>", "<p>01/20/2020</p></section>")
    assert extract_article(both, "https://site.example/bread",
                           profile=False).published_at.date() == dt.date(2020, 12, 4)
    assert normalise_date("06/01/2026", language="en", order="DMY",
                          reference=dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)
                          ).value.date() == dt.date(2026, 1, 6)


def test_a_country_code_domain_gives_the_order_the_page_and_its_language_tag_leave_open():
    # 'en' names no region; the replies' date is gone, so the page shows no order: on a
    # domain of a country that writes the day first 12/04/2020 is 12 April ...
    html = (PAGES / "numeric_order_shown_by_the_page.html").read_text(encoding="utf-8")
    no_order = html.replace("<span>15/04/2020</span>", "")
    for url in ("https://bakes.example.ie/bread", "https://bakes.example.co.uk/bread"):
        assert extract_article(no_order, url, profile=False).published_at.date() == dt.date(2020, 4, 12)
    # ... and stays 4 December on a generic domain, a generic country code, a country that
    # writes the month first
    for url in ("https://bakes.example.com/bread", "https://bakes.example.io/bread",
                "https://bakes.example.us/bread"):
        assert extract_article(no_order, url, profile=False).published_at.date() == dt.date(2020, 12, 4)
    # the page's own dates, and a language tag naming a region, come before the domain
    month_first = html.replace("15/04/2020", "04/15/2020")
    assert extract_article(month_first, "https://bakes.example.ie/bread",
                           profile=False).published_at.date() == dt.date(2020, 12, 4)
    us_tag = no_order.replace('<html lang="en">', '<html lang="en-US">')
    assert extract_article(us_tag, "https://bakes.example.ie/bread",
                           profile=False).published_at.date() == dt.date(2020, 12, 4)


def test_a_day_only_in_the_canonical_url():
    # fetched through a feed proxy whose URL carries no day; the canonical link has one
    html = (PAGES / "url_day_only.html").read_text(encoding="utf-8").replace(
        "</head>", '<link rel="canonical" href="https://site.example/2019/10/16/harbour-wall">'
                   "</head>")
    article = extract_article(html, "https://feeds.example/~r/site/~3/abc123/", profile=False)
    assert article.published_at.date() == dt.date(2019, 10, 16)
    assert article.sources["published_at"] == "url"
    og_only = (PAGES / "url_day_only.html").read_text(encoding="utf-8").replace(
        "</head>", '<meta property="og:url" content="/2019/10/16/harbour-wall"></head>')
    assert extract_article(og_only, "https://feeds.example/~r/site/~3/abc123/",
                           profile=False).published_at.date() == dt.date(2019, 10, 16)


def test_a_structured_date_outvoted_by_two_others():
    # JSON-LD says the 4th; article:published_time and the date meta tag both say the 6th
    html = (PAGES / "structured_dates_disagree.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://site.example/ferry", profile=False)
    assert article.published_at.date() == dt.date(2022, 1, 6)
    assert article.sources["published_at"] == "meta"
    assert article.published_raw == "2022-01-06T08:29:34+01:00"
    # one source against one: the first in the cascade stands
    single = html.replace('<meta name="date" content="2022-01-06">', "")
    assert extract_article(single, "https://site.example/ferry",
                           profile=False).published_at.date() == dt.date(2022, 1, 4)
    # a source agreeing with the first (a day apart: zones) keeps it
    backed = html.replace("</article>", '<time datetime="2022-01-04T08:29:00+01:00">'
                                        "4 January</time></article>")
    assert extract_article(backed, "https://site.example/ferry",
                           profile=False).published_at.date() == dt.date(2022, 1, 4)


def test_dated_markup_in_a_list_of_teasers_is_not_the_pages_date():
    # the teasers' <time pubdate> elements are the only ones marked as publication times;
    # they sit in three alike blocks, so the page's own <time> under the headline is read
    article = extract("dated_teasers_in_markup.html")
    assert article.published_at == dt.datetime(2019, 6, 28, 13, 49, 45, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "markup"


def test_a_printed_date_before_the_urls_period_is_not_the_pages():
    # the URL files the page under 2022-08: the teaser's 14/08/2021 nearer the headline is
    # older than that, the line at the end of the story is the page's date
    article = extract("older_teaser_than_url_period.html",
                      "https://site.example/news/2022-08/glocken.html")
    assert article.published_at.date() == dt.date(2022, 8, 14)
    assert article.sources["published_at"] == "text"
    # without a period in the URL, the nearest date is taken
    assert extract("older_teaser_than_url_period.html",
                   "https://site.example/news/glocken.html").published_at.date() == dt.date(2021, 8, 14)


def test_url_period():
    from newscrawl.extract.page_dates import url_period, within_period
    assert url_period("https://a.example/news/2022-08/x.html") == (2022, 8)
    assert url_period("https://a.example/2019/10/16/x") == (2019, 10)
    assert url_period("https://a.example/blog/2023/x") == (2023, None)
    assert url_period("https://a.example/munich2022/x") is None
    assert not within_period(dt.date(2022, 7, 15), (2022, 8))
    assert within_period(dt.date(2022, 7, 31), (2022, 8))  # a day early: time zones
    assert within_period(dt.date(2023, 1, 10), (2022, 8))  # later: updated in place
    assert within_period(dt.date(2001, 1, 1), None)


def test_a_date_labelled_as_the_publication_beats_a_nearer_banner_date():
    # the site's bar prints today's date just above the headline; the line labelled
    # "Published on" a few lines below is the page's
    article = extract("banner_date_and_published_label.html")
    assert article.published_at.date() == dt.date(2022, 5, 10)
    assert article.sources["published_at"] == "text"


def test_an_app_state_date_of_another_day_gives_way_to_the_time_in_the_article():
    # the app state's only dated object is the section, a year older than the story
    article = extract("app_state_of_another_day.html")
    assert article.published_at == dt.datetime(2024, 5, 9, 11, 26, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "markup"
    # a <time> without a datetime attribute: its text states the day
    html = (PAGES / "app_state_of_another_day.html").read_text(encoding="utf-8")
    text_only = html.replace('<time datetime="2024-05-09T13:26:00+02:00">Thursday ', "<time>")
    article = extract_article(text_only, "https://site.example/news/pier", profile=False)
    assert article.published_at.date() == dt.date(2024, 5, 9)
    assert article.sources["published_at"] == "markup"
    # the same page without the <time>: no dated element in the article contradicts the
    # app state, whose exact date comes before the printed line
    bare = html.replace('<time datetime="2024-05-09T13:26:00+02:00">', "<span>").replace(
        "13:26</time>", "13:26</span>")
    article = extract_article(bare, "https://site.example/news/pier", profile=False)
    assert article.sources["published_at"] == "appstate"
    assert article.published_at.date() == dt.date(2023, 6, 20)
    # a <time> printing the day relative to the reading ("22 hours ago") is no witness
    # against it, even where a fetch time reads it (a cached page fetched later)
    relative = html.replace('<time datetime="2024-05-09T13:26:00+02:00">Thursday 9 May 2024, 13:26',
                            "<time>22 hours ago")
    fetched = dt.datetime(2024, 5, 20, 12, 0, tzinfo=dt.timezone.utc)
    article = extract_article(relative, "https://site.example/news/pier", profile=False,
                              fetched_at=fetched)
    assert article.sources["published_at"] == "appstate"
    assert article.published_at.date() == dt.date(2023, 6, 20)


def _story(head: str = "", dateline: str = "", url_path: str = "news/harbour-wall",
           lang: str = "en", dateline_class: str = "meta"):
    """A story page of our own: ``head`` goes in <head>, ``dateline`` just below the h1
    (in a paragraph of class ``dateline_class``)."""
    paragraphs = "".join(
        f"<p>The harbour wall was repaired over the winter, paragraph {n}, and the ferry "
        f"from the island came back to the old pier on schedule once again.</p>"
        for n in range(1, 6))
    html = (f'<html lang="{lang}"><head><title>Harbour wall repaired</title>{head}</head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            f'<article><h1>Harbour wall repaired</h1><p class="{dateline_class}">{dateline}</p>'
            f'{paragraphs}</article><footer>About us</footer></body></html>')
    return extract_article(html, f"https://site.example/{url_path}", profile=False)


def _jsonld(**fields) -> str:
    import json
    node = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Harbour wall repaired", **fields}
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def test_a_structured_moment_takes_the_day_of_the_clock_printed_beside_it():
    # a moment stated in UTC (the 20th, 01:50) is not restated from a date-classed line
    # printing it as 5:50 PM on the 19th (-08:00): reading those lines for every UTC
    # statement cost the median page 0.14 ms and changed no labelled development page
    utc = _jsonld(datePublished="2019-11-20T01:50:59Z")
    article = _story(utc, "Nov. 19, 2019 5:50 PM", dateline_class="publish-date")
    assert article.published_at == dt.datetime(2019, 11, 20, 1, 50, 59, tzinfo=dt.timezone.utc)
    assert article.published_raw == "2019-11-20T01:50:59Z"
    assert article.sources["published_at"] == "jsonld"
    # a moment stated in the site's own offset is not restated from such a line ...
    local = _jsonld(datePublished="2022-05-05T21:00:00-05:00")
    article = _story(local, "6 May 2022 - 2:00 a.m.", dateline_class="publish-date")
    assert article.published_raw == "2022-05-05T21:00:00-05:00"
    # ... unless the site's own sources state it on two days (its meta tag in UTC): the
    # date printed nearest the headline then decides
    both = local + '<meta property="article:published_time" content="2022-05-06T02:00:00Z">'
    article = _story(both, "6 May 2022 - 2:00 a.m.")
    assert stated_day(article.published_raw) == dt.date(2022, 5, 6)
    assert article.published_at == dt.datetime(2022, 5, 6, 2, 0, tzinfo=dt.timezone.utc)
    article = _story(both, "5 May 2022 - 9:00 p.m.")
    assert article.published_raw == "2022-05-05T21:00:00-05:00"


def test_the_modification_the_page_shows_as_its_date():
    dated = _jsonld(datePublished="2021-11-29T14:13:37+00:00",
                    dateModified="2022-01-12T14:27:30+00:00")
    # the page prints the modification's day nearest the headline: it dates itself so
    article = _story(dated, "12 January 2022")
    assert article.published_at == dt.datetime(2022, 1, 12, 14, 27, 30, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "jsonld"
    article = _story(dated, "Updated January 12, 2022")
    assert article.published_at.date() == dt.date(2022, 1, 12)
    # the first publication printed first, the update after it: the publication stands
    article = _story(dated, "29 November 2021, updated 12 January 2022")
    assert article.published_at.date() == dt.date(2021, 11, 29)
    # no printed date: the publication stands
    assert _story(dated).published_at.date() == dt.date(2021, 11, 29)
    # an update within weeks (a live page, a correction) leaves the publication standing
    updated = _jsonld(datePublished="2022-01-04T20:00:00+00:00",
                      dateModified="2022-01-12T10:00:00+00:00")
    assert _story(updated, "12 January 2022").published_at.date() == dt.date(2022, 1, 4)


def test_a_printed_date_marked_as_the_modification_leaves_the_publication_standing():
    # "Last updated on" the modification's day, the element marked itemprop="dateModified"
    # (schema.org microdata): the page says which date it shows; the publication stands
    article = extract("last_updated_marked_as_modification.html")
    assert article.published_at == dt.datetime(2022, 2, 8, 9, 10, tzinfo=dt.timezone.utc)
    # the same line unmarked: the page dates itself by the modification it shows
    unmarked = (PAGES / "last_updated_marked_as_modification.html").read_text(encoding="utf-8")
    unmarked = unmarked.replace(' itemprop="dateModified"', "")
    article = extract_article(unmarked, "https://site.example/news/rhubarb", profile=False)
    assert article.published_at.date() == dt.date(2023, 11, 20)


def test_a_generic_date_meta_tag_gives_way_to_the_printed_day_when_nothing_backs_it():
    head = '<meta name="date" content="2020-04-29T11:52:23+02:00">'
    article = _story(head, "28.04.2020 18:00 Uhr", lang="de")
    assert article.published_at.date() == dt.date(2020, 4, 28)
    assert article.sources["published_at"] == "text"
    # the URL's day backs the meta tag: it stands
    article = _story(head, "28.04.2020 18:00 Uhr", url_path="2020/04/29/harbour-wall", lang="de")
    assert article.published_at.date() == dt.date(2020, 4, 29)
    assert article.sources["published_at"] == "meta"
    # a publication meta key is not second-guessed by one printed date
    published = '<meta property="article:published_time" content="2020-04-29T11:52:23+02:00">'
    article = _story(published, "28.04.2020 18:00 Uhr", lang="de")
    assert article.published_at.date() == dt.date(2020, 4, 29)
    # a printed date of the same day keeps the meta tag's moment
    article = _story(head, "29.04.2020", lang="de")
    assert article.sources["published_at"] == "meta"


def test_a_utc_moment_takes_the_day_the_url_files_it_under():
    # "02:34Z" on the 19th is the evening of the 18th west of UTC; the URL's date path
    # (the site's own calendar day) says the 18th: the page's day is the 18th
    utc = _jsonld(datePublished="2019-11-19T02:34:30Z")
    article = _story(utc, url_path="2019/11/18/markets")
    assert article.published_at == dt.datetime(2019, 11, 19, 2, 34, 30, tzinfo=dt.timezone.utc)
    assert stated_day(article.published_raw) == dt.date(2019, 11, 18)
    assert article.sources["published_at"] == "jsonld"
    # the URL on the UTC day, a URL day no real offset gives (a draft's, three days
    # earlier), or no URL day: the statement stays as it is
    for path in ("2019/11/19/markets", "2019/11/16/markets", "news/markets"):
        assert _story(utc, url_path=path).published_raw == "2019-11-19T02:34:30Z"
    # a language that keeps one zone ('de': Berlin, where it is the 19th) overrules the URL
    assert _story(utc, url_path="2019/11/18/markets", lang="de").published_raw == \
        "2019-11-19T02:34:30Z"
    # a moment stated in the site's own offset is not restated from the URL
    local = _jsonld(datePublished="2019-11-19T02:34:30+01:00")
    assert _story(local, url_path="2019/11/18/markets").published_raw == "2019-11-19T02:34:30+01:00"


def test_the_day_the_url_and_the_printed_line_agree_on_outvotes_a_lone_date():
    # JSON-LD (another story's block) says the 14th; the URL's date path and the line
    # under the headline both say the 6th, and nothing else states the 14th
    lone = _jsonld(datePublished="2008-01-14T18:40:00-05:00")
    article = _story(lone, "January 6, 2008", url_path="2008/01/06/harbour-wall")
    assert article.published_at.date() == dt.date(2008, 1, 6)
    assert article.sources["published_at"] == "text"
    # the printed line alone (no day in the URL), or the URL alone (no printed date, or a
    # printed date of a third day): the structured date stands
    for dateline, path in (("January 6, 2008", "news/harbour-wall"),
                           ("", "2008/01/06/harbour-wall"),
                           ("January 9, 2008", "2008/01/06/harbour-wall")):
        article = _story(lone, dateline, url_path=path)
        assert article.published_at.date() == dt.date(2008, 1, 14), (dateline, path)
    # a source of another kind states the 14th too (a print issue filed under its own
    # date path): it stands
    backed = lone + '<meta property="article:published_time" content="2008-01-14T18:40:00-05:00">'
    article = _story(backed, "January 6, 2008", url_path="2008/01/06/harbour-wall")
    assert article.published_at.date() == dt.date(2008, 1, 14)
    # a day apart is a time zone's doing, not another date
    near = _jsonld(datePublished="2008-01-07T02:10:00Z")
    article = _story(near, "January 6, 2008", url_path="2008/01/06/harbour-wall")
    assert article.published_at == dt.datetime(2008, 1, 7, 2, 10, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "jsonld"


def test_a_time_inside_an_embedded_post_is_not_the_page_date_markup():
    # Instagram's and X's embed codes print the quoted post's day as a <time datetime>
    # inside their <blockquote>; the page prints its own day as plain text
    article = extract("time_in_embedded_post.html")
    assert stated_day(article.published_raw) == dt.date(2021, 5, 17)


@pytest.mark.parametrize("name, day", [
    # a publisher's own namespace around a documented word; an epoch and an expiry beside it
    ("namespaced_publication_meta.html", dt.date(2020, 3, 12)),
    # Dublin Core's issued date as DCMI's HTML encoding writes it, a later modification beside it
    ("dublin_core_issued.html", dt.date(2019, 11, 5)),
])
def test_documented_and_namespaced_publication_meta_keys_date_the_page(name, day):
    article = extract(name)
    assert stated_day(article.published_raw) == day


def test_a_year_first_day_with_spaced_dots_is_read():
    # CLDR's numeric date pattern of Hungarian (y. MM. dd.) and Korean (y. M. d.)
    article = extract("year_first_spaced_dots.html")
    assert stated_day(article.published_raw) == dt.date(2020, 10, 7)


def test_a_korean_year_month_day_is_read():
    # CLDR's long date pattern of Korean (y년 M월 d일), the East Asian 年月日 shape's sibling
    article = extract("korean_year_month_day.html")
    assert article.published_at.date() == dt.date(2020, 10, 7)


def test_drupal_s_submitted_line_dates_the_node_before_its_date_fields():
    """Drupal's node template prints core's "Submitted by <user> on <date>" in an element of
    class "submitted"; a date field of the node (the Date module's ``date-display-single``,
    here a meeting the day after) is another day, and the comments' own submitted lines
    come after the node's."""
    article = extract("drupal6_submitted_and_date_field.html",
                      "https://www.millbrook-gardeners.example/news/orchard-society-plans-its-autumn-pressing")
    assert article.published_raw == "08/02/2010 21:40"
    assert article.published_at == dt.datetime(2010, 8, 2, 21, 40, tzinfo=dt.timezone.utc)
    assert article.published_precision == "naive"


def test_a_utc_time_element_takes_the_day_its_own_text_prints():
    # <time datetime="2021-03-12T23:30:00Z">13.03.2021, 00:30 Uhr</time>: the attribute
    # states the moment in UTC, the element's text the page's own day and clock (+01:00)
    article = extract("utc_time_with_local_text.html")
    assert article.published_at == dt.datetime(2021, 3, 12, 23, 30, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "markup"
    assert article.published_raw == "2021-03-13T00:30:00+01:00"
    assert stated_day(article.published_raw) == dt.date(2021, 3, 13)


def test_a_utc_time_element_whose_text_prints_the_same_day_keeps_its_statement():
    html = (PAGES / "utc_time_with_local_text.html").read_text(encoding="utf-8")
    same_day = html.replace("2021-03-12T23:30:00Z", "2021-03-12T22:30:00Z").replace(
        "13.03.2021, 00:30 Uhr", "12.03.2021, 23:30 Uhr")
    article = extract_article(same_day, "https://site.example/news/faehre", profile=False)
    assert article.published_raw == "2021-03-12T22:30:00Z"


def test_a_relative_own_date_is_not_replaced_by_a_teaser_lists_day():
    # "• Publiziert vor einer Stunde" in the date-classed line; a list of other stories
    # with their days under the article
    saved = extract("relative_own_date_and_dated_teasers.html")
    assert saved.published_at is None
    assert saved.published_raw == "• Publiziert vor einer Stunde"
    fetched = dt.datetime(2024, 5, 20, 12, 0, tzinfo=dt.timezone.utc)
    article = extract("relative_own_date_and_dated_teasers.html", fetched_at=fetched)
    assert article.published_at == dt.datetime(2024, 5, 20, 11, 0, tzinfo=dt.timezone.utc)
    assert article.published_precision == "relative"
    # without the page's own date, the list's first day is still the last resort
    html = (PAGES / "relative_own_date_and_dated_teasers.html").read_text(encoding="utf-8")
    undated = html.replace('<div class="article-date">• Publiziert vor einer Stunde</div>', "")
    assert extract_article(undated, "https://site.example/news/trails", profile=False,
                           fetched_at=fetched).published_at.date() == dt.date(2016, 3, 6)


def test_the_publiziert_label_is_trimmed():
    reference = dt.datetime(2024, 5, 20, 12, 0, tzinfo=dt.timezone.utc)
    assert normalise_date("Publiziert: 12.03.2021, 08:15", language="de").value == \
        dt.datetime(2021, 3, 12, 8, 15, tzinfo=dt.timezone.utc)
    assert normalise_date("Publiziert am 12.03.2021", language="de").value.date() == dt.date(2021, 3, 12)
    relative = normalise_date("Publiziert vor einer Stunde", language="de", reference=reference)
    assert relative.precision == "relative"
    assert relative.value == dt.datetime(2024, 5, 20, 11, 0, tzinfo=dt.timezone.utc)


def test_a_change_history_listed_newest_first_gives_its_first_publication():
    # "Published 9 October 2025" / "Last updated 14 October 2025" under the headline, and a
    # change history of <time> elements classed "...published-dates__change-date" (GOV.UK's
    # publishing components), newest first: its last item, "First published.", is the date
    url = "https://www.eastmoorwater.example/news/reservoir-footpath-to-reopen"
    article = extract("change_history_newest_first.html", url)
    assert article.published_at == dt.datetime(2025, 10, 9, 8, 30, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "markup"
    html = (PAGES / "change_history_newest_first.html").read_text(encoding="utf-8")
    # a history of three items is a list of dated items: its labelled item still comes first
    item = '<li class="gem-c-published-dates__change-item">'
    third = html.replace(item, f'{item}<time class="gem-c-published-dates__change-date timestamp" '
                               'datetime="2025-10-20T16:00:00.000+01:00">20 October 2025</time>'
                               '<p class="gem-c-published-dates__change-note">Car park added.</p>'
                               f'</li>\n{item}', 1)
    assert extract_article(third, url, profile=False).published_at.date() == dt.date(2025, 10, 9)
    # with bare <time> elements (no class naming a publication) as before
    bare = html.replace(' class="gem-c-published-dates__change-date timestamp"', "")
    assert extract_article(bare, url, profile=False).published_at.date() == dt.date(2025, 10, 9)
    # without the "First published." note nothing says which item is the publication
    unnoted = html.replace("First published.", "Press release issued.")
    assert extract_article(unnoted, url, profile=False).published_at.date() == dt.date(2025, 10, 14)


def test_a_time_element_after_an_update_label_goes_behind_the_publications():
    # <dt>Aktualisiert:</dt><dd><time ...>14.10.2025</time></dd><dt>Erstellt:</dt><dd><time>09.10.
    article = extract("update_marked_up_before_publication.html",
                      "https://www.talbote.example/region/neue-buslinie")
    assert article.published_at == dt.datetime(2025, 10, 9, 5, 45, tzinfo=dt.timezone.utc)
    assert article.sources["published_at"] == "markup"
    update = '<time datetime="2025-10-14T11:20:00+01:00">14 October 2025</time>'
    published = '<time datetime="2025-10-09T09:30:00+01:00">9 October 2025</time>'
    for dateline in (
            # each after its label, the update first
            f"<span>Last updated:</span> {update}<br><span>Published:</span> {published}",
            # a table of the two
            f"<table><tr><th>Updated</th><td>{update}</td></tr>"
            f"<tr><th>Published</th><td>{published}</td></tr></table>"):
        assert _story(dateline=dateline).published_at.date() == dt.date(2025, 10, 9), dateline
    # a <time> that prints its own publication label, after an update line, is the publication
    labelled = _story(dateline="Updated 14 October 2025 <time datetime='2025-10-09T09:30:00+01:00'>"
                               "Published 9 October 2025</time>")
    assert labelled.published_at.date() == dt.date(2025, 10, 9)
    # the only <time>, after "Updated", keeps its place (the labels of the development pages
    # that print one so call it the publication), even beside a printed publication line
    for dateline in (f"Updated {update}", f"By Ann Lee · Published 9 October 2025 · Updated {update}"):
        assert _story(dateline=dateline).published_at.date() == dt.date(2025, 10, 14), dateline
