"""Dates a page states without date markup: in the URL, printed near the headline."""

import datetime as dt
from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract.context import parse_html
from newscrawl.extract.page_dates import url_country, url_date_raws, visible_date_raws

PAGES = Path(__file__).parent / "date_pages"

STORY = ("<p>The river ferry will run again from Monday after the landing stage was rebuilt "
         "over the winter, the county said, and the first crossing leaves at seven.</p>") * 4


def page(above: str = "", below: str = "", teaser: str = "") -> str:
    return (f"<html><body><div class='top'><a href='/'>Home</a></div>{above}"
            f"<div class='story'><h1>Ferry returns to the river</h1>{below}{STORY}</div>"
            f"<div class='more'>{teaser}</div></body></html>")


def test_url_days_in_the_three_usual_forms():
    assert url_date_raws("https://blog.example/2019/10/16/a-post/") == ["2019-10-16"]
    assert url_date_raws("https://news.example/world/2020-04-28-ferry") == ["2020-04-28"]
    assert url_date_raws("https://news.example/a/20200428/ferry") == ["2020-04-28"]
    assert url_date_raws("https://news.example/article/1691780201") == []  # an id, no day
    assert url_date_raws("https://news.example/2019/13/40/x") == []
    assert url_date_raws("https://news.example/2019/10/16") == ["2019-10-16"]
    assert url_date_raws("https://news.example/2019/10/16.html") == ["2019-10-16"]


def test_a_timestamp_in_the_url_gives_its_day_and_a_longer_number_none():
    assert url_date_raws("https://news.example/story/20071229085406abc.nb/top.html") == ["2007-12-29"]
    assert url_date_raws("https://radio.example/news/latest/200801140647/summer") == ["2008-01-14"]
    assert url_date_raws("https://diario.example/sociedad/ferry-20241202105634-nt.html") \
        == ["2024-12-02"]
    # an id that opens with a day but goes on (no time of day after it) is no day
    assert url_date_raws("https://news.example/html_dir/2020082704301.html") == []
    assert url_date_raws("https://news.example/stories/2008011450981300.htm") == []
    assert url_date_raws("https://news.example/a/202012011260") == []  # minute 60
    assert url_date_raws("https://news.example/a/202012012460") == []  # hour 24


def test_a_number_opening_a_slug_after_year_and_month_is_no_day():
    # a month-and-name permalink (/yyyy/mm/slug/) whose slug starts with a number
    assert url_date_raws("https://blog.example/2023/10/3-questions-for-the-mayor/") == []
    assert url_date_raws("https://blog.example/2023/10/12-ways-to-cross-the-river/") == []
    assert url_date_raws("https://blog.example/2023/10/2.5-million-riders/") == []
    # a day followed by a path parameter or a comma suffix is still the day
    assert url_date_raws("https://news.example/2019/10/16;jsessionid=AB12") == ["2019-10-16"]
    assert url_date_raws("https://news.example/2019/10/16,ferry.html") == ["2019-10-16"]


def test_the_country_a_url_names_by_its_country_code_domain():
    assert url_country("https://www.iol.ie/sport/story.asp?j=1") == "ie"
    assert url_country("http://news.example.co.uk/a") == "gb"  # the domain code, not ISO's
    assert url_country("https://www.example.com.au/") == "au"
    assert url_country("https://NEWS.EXAMPLE.DE./a") == "de"
    # no country: a generic domain, a country code sites register as a generic name, no host
    assert url_country("https://news.example.com/2008/01/11/") is None
    assert url_country("https://startup.example.io/blog") is None
    assert url_country("https://radio.example.fm/news") is None
    assert url_country("https://localhost/a") is None
    assert url_country("") is None and url_country(None) is None


def test_the_printed_date_nearest_the_headline_comes_first():
    tree = parse_html(page(below="<div class='meta'>31.10.2023 | Anna Berg</div>",
                           teaser="<ul>" + "<li><a href='/x'>Old story</a> 02.01.2019</li>" * 5
                                  + "</ul>"))
    assert visible_date_raws(tree)[0] == "2023-10-31"


def test_dates_inside_prose_do_not_count_but_a_dateline_does():
    prose = ("<p>Councillors of the county recalled at the meeting that on 12.03.2015 the old landing stage was closed after "
             "an inspection found the piles rotten, and that nothing was done for years.</p>")
    assert visible_date_raws(parse_html(page(below=prose))) == []
    dateline = "<p>Hamburg, 2. November 2021 - " + prose[3:]
    assert visible_date_raws(parse_html(page(below=dateline)))[0] == "2. November 2021"


def test_a_date_a_short_sentence_mentions_is_no_candidate_even_alone():
    # a sentence short enough to be read whole, the page's only date: a past event's day
    sentence = "<p>Their only away win came against the Hornets on November 26, 2007 in the city.</p>"
    assert visible_date_raws(parse_html(page(below=sentence))) == []
    article = extract_article(page(below=sentence), "https://river.example/ferry", profile=False)
    assert article.published_at is None
    # the same sentence before a dated line farther down: the line's date is taken
    later = sentence + "<p>Ferry news</p>" * 5 + "<div>Updated: 14.01.2008</div>"
    assert visible_date_raws(parse_html(page(below=later))) == ["2008-01-14"]
    # a short line stating the date (no sentence before it) is still read
    line = "<p>Posted by the harbour office on November 26, 2007</p>"
    assert visible_date_raws(parse_html(page(below=line))) == ["November 26, 2007"]
    # and so is a sentence that states the publication
    stated = ("<p>This report was first published on November 26, 2007 by the county's "
              "harbour office.</p>")
    assert visible_date_raws(parse_html(page(below=stated))) == ["November 26, 2007"]


def test_a_time_element_outside_the_story_is_read_by_its_datetime():
    tree = parse_html(page(above="<aside><time datetime='2022-02-04T15:29:00+01:00'>"
                                 "Friday</time></aside>"))
    assert visible_date_raws(tree) == ["2022-02-04T15:29:00+01:00"]


def test_extraction_falls_back_on_the_url_then_the_printed_date():
    url_only = extract_article(page(), "https://river.example/2019/10/16/ferry", profile=False)
    assert url_only.published_at.date() == dt.date(2019, 10, 16)
    assert url_only.sources["published_at"] == "url"
    printed = extract_article(page(below="<div>Published 3. März 2024</div>"),
                              "https://river.example/ferry", profile=False)
    assert printed.published_at.date() == dt.date(2024, 3, 3)
    assert printed.sources["published_at"] == "text"
    structured = page().replace(
        "<body>", "<head><meta property='article:published_time' "
                  "content='2024-03-01T08:00:00+00:00'></head><body>")
    assert extract_article(structured, "https://river.example/2019/10/16/ferry",
                           profile=False).published_at.date() == dt.date(2024, 3, 1)


def test_dates_in_noscript_template_script_and_style_are_not_read():
    hidden = ("<noscript><p>03.03.2013</p></noscript><template><p>04.04.2014</p></template>"
              "<script>var d = '05.05.2015';</script><style>/* 06.06.2016 */</style>")
    shown = "<div class='meta'>31.10.2023</div>"
    assert visible_date_raws(parse_html(page(below=hidden + shown))) == ["2023-10-31"]
    # the same page without noscript / template (the other text-node listing)
    plain = "<script>var d = '05.05.2015';</script><style>/* 06.06.2016 */</style>" + shown
    assert visible_date_raws(parse_html(page(below=plain))) == ["2023-10-31"]
    # noscript / template holding no text (a tracking image, a comment): the cheaper listing
    empty = ("<noscript><img src='/pixel.gif'></noscript><template> <!-- 07.07.2017 --> </template>"
             + shown)
    assert visible_date_raws(parse_html(page(below=empty))) == ["2023-10-31"]
    # a date after a comment inside a noscript is still hidden
    tail = "<noscript><img src='/pixel.gif'><!-- pixel -->08.08.2018</noscript>" + shown
    assert visible_date_raws(parse_html(page(below=tail))) == ["2023-10-31"]


def test_every_printed_shape_is_read_and_lines_of_counts_and_times_are_not():
    # (the scan skips texts holding no year nor a dotted two-digit year: each shape must
    # still reach the date regex)
    shapes = {"12.03.24": "12.03.24", "30-12-2007": "2007-12-30", "2024/12/03": "2024-12-03",
              "2025年1月14日": "2025-01-14", "March 4, 2024": "March 4, 2024",
              "4th March 2024": "4th March 2024", "12/30/2007": "12/30/2007",
              "2024. március 4.": "2024. március 4."}
    for printed, read in shapes.items():
        tree = parse_html(page(below=f"<div class='meta'>{printed} | Anna Berg</div>"))
        assert visible_date_raws(tree) == [read], printed
    counts = "<div class='meta'>12 comments · 10:45 · 3 min read · 250 shares</div>"
    assert visible_date_raws(parse_html(page(below=counts))) == []


def test_dates_printed_in_the_digits_of_another_script_are_read():
    # Bengali digits and a month name with a virama; Devanagari; Arabic-Indic digits
    for line, day in (("শনিবার, আগস্ট ২৯, ২০২০ | ১০:৪৬", "2020-08-29"),
                      ("१५ अगस्त २०२३", "2023-08-15"),
                      ("٢٤ أبريل ٢٠٢٠", "2020-04-24"),
                      ("٢٤.٠٤.٢٠٢٠", "2020-04-24")):
        tree = parse_html(page(below=f"<div class='meta'>{line}</div>"))
        raws = visible_date_raws(tree)
        assert raws, line
        article = extract_article(page(below=f"<div class='meta'>{line}</div>"),
                                  "https://river.example/ferry", profile=False)
        assert article.published_at is not None and article.published_at.date().isoformat() == day, line
        assert article.sources["published_at"] == "text"


def test_the_text_node_lists_select_what_the_double_slash_forms_select():
    # "/html/body/descendant::text()[...]" (one walk) where "/html/body//text()[...]" was
    # written: the same text nodes, in the same order, with the same parents
    import lxml.etree

    from newscrawl.extract import page_dates

    html = ("<html><head><title>T</title></head><body>Lead <b>bold</b> tail<script>var x = 1;"
            "</script><style>p {}</style><div> <p>3. Mai 2024</p>\n<noscript><p>Enable JS"
            "</p></noscript><template><i>t</i></template><span>a</span>b</div></body></html>")
    root = parse_html(html)
    old = {
        page_dates._BODY_TEXT_NODES:
            "/html/body//text()[normalize-space()][not(parent::script or parent::style)]",
        page_dates._VISIBLE_TEXT_NODES:
            "/html/body//text()[normalize-space()][not(parent::script or parent::style "
            "or ancestor::noscript or ancestor::template)]",
    }
    for new, path in old.items():
        found, expected = new(root), lxml.etree.XPath(path)(root)
        assert found == expected and len(found) >= 6
        assert [(n.getparent(), n.is_tail) for n in found] == [(n.getparent(), n.is_tail) for n in expected]
    assert "Enable JS" in page_dates._BODY_TEXT_NODES(root)
    assert "Enable JS" not in page_dates._VISIBLE_TEXT_NODES(root)


def test_the_two_date_scans_find_what_one_pattern_of_every_shape_finds():
    # the shapes opening with a digit read that digit first (their look-behinds after it),
    # the month-word shape apart; together they find the dates one plain pattern finds
    import itertools
    import re

    from newscrawl.extract import page_dates

    year, letter = page_dates._YEAR, page_dates._MONTH_LETTER
    plain = re.compile(
        r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:" + year + r"|\d\d)(?![\d])"
        r"|(?<![\d/])\d{1,2}/\d{1,2}/" + year + r"(?![\d])"
        r"|(?<![\d-])\d{1,2}-\d{1,2}-" + year + r"(?![\d-])"
        r"|(?<![\d-])" + year + r"-\d\d-\d\d(?![\d])"
        r"|(?<![\d/.])" + year + r"([/.])\d{1,2}\1\d{1,2}(?![\d/]|\.\d)"
        r"|(?<!\d)" + year + r"\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
        r"|(?<![\d])\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?" + letter + r"{3,12}\.?,?\s+(?:de\s+)?"
        + year + r"(?![\d])"
        r"|(?<![\d.])" + year + r"\.\s?" + letter + r"{3,12}\.?\s+\d{1,2}\.(?!\d)"
        r"|(?<![\w])" + letter + r"{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + year + r"(?![\d])")
    pieces = ["1", "2", "9", "19", "20", "2009", "1998", "12", "31", ".", "/", "-", " ", "年",
              "月", "日", "de ", "June", "st", ",", "x", "3.", "07", "2021-", "Oct."]
    texts = ["Posted 3.5.2021, updated 2021-05-04 and June 5, 2021", "12.03.21 / 4-5-2020",
             "1.2.3.2020 9/9/1999/", "2024年1月14日 2024.12.03", "18 de marzo de 2020",
             "2991-05-04, 1991-05-04, 2099/1/2, 1099-05-04", "2026. november 30., hétfő",
             "x2021. June 5. 12021. June 5.", "2021.June 5.6", "2021. jún. 5."]
    texts += ["".join(combo) for combo in itertools.product(pieces, repeat=3)]
    for a, b in itertools.product(pieces, repeat=2):
        texts += [f"{a}5{b}6{a}2021{b}", f"{a}June{b}5,{a}2021{b}", f"{a}5 June 2021{b}"]
        texts += [f"{a}1{sep}2{sep}2021{b}{a}2021{sep}05{sep}04{b}" for sep in "./-"]
    texts += ["".join(pieces[(i * 7 + j * 3) % len(pieces)] for j in range(12)) for i in range(500)]
    found = 0
    for text in texts:
        for end in (len(text), len(text) // 2):
            expected = [(m.start(), m.end(), m.group()) for m in plain.finditer(text, 0, end)]
            assert page_dates._printed_date_spans(text, end) == expected, (text, end)
            found += bool(expected)
    assert found > 100


def test_a_dotted_day_split_by_runs_of_whitespace_is_still_read():
    # an ASCII text is screened for a date's hint before it is collapsed: a dot, a run of
    # whitespace and the two digits of the year are such a hint
    from newscrawl.extract.page_dates import _printed_dates_placed

    assert [raw for raw, _prose, _start in _printed_dates_placed("Stand: 12.\n\t 05.\n   21")] \
        == ["12. 05. 21"]
    assert _printed_dates_placed("Seite 12 von 40, 3 Kommentare") == []


def test_the_publication_words_are_found_around_each_pub_as_the_whole_scan_finds_them():
    import itertools

    from newscrawl.extract import page_dates

    pieces = ["pub", "PUB", "Pub", "date", "Date", "_", "lish", "licat", "x", "pubpub",
              "datepub", "DATE_PUB", "pub_date", "published", "publicPath"]
    texts = ["".join(combo) for combo in itertools.product(pieces, repeat=3)]
    found = 0
    for text in texts:
        lowered = text.lower()
        first = lowered.find("pub")
        if first < 0:
            continue
        expected = [(m.start(), m.end()) for m in page_dates._PUBLICATION_WORD.finditer(text)]
        words = page_dates._publication_words(text, lowered, first)
        assert [(m.start(), m.end()) for m in words] == expected, text
        found += len(expected)
    assert found > 1000


def test_a_publication_key_is_read_in_a_script_whose_lower_case_is_longer():
    # "İ" lower-cases to two characters: the places of "pub" in the lower-cased text are
    # not the script's, and the whole script is scanned
    from newscrawl.extract.page_dates import script_date_raws

    tree = parse_html("<html><head><script>var city = 'İZMİR İSTANBUL İNEBOLU İĞDIR İKİZDERE İSKİLİP'; var dataLayer = "
                      "{'publishDate': '2024-08-26T23:27:57Z'};</script></head><body><p>x</p>"
                      "</body></html>")
    assert script_date_raws(tree) == ["2024-08-26T23:27:57Z"]


def test_a_weekday_between_the_date_and_its_time_is_passed_over():
    tree = parse_html(page(below="<div class='meta'>2026. november 30., hétfő 16:40</div>"))
    assert visible_date_raws(tree) == ["2026. november 30. 16:40"]
    tree = parse_html(page(below="<div class='meta'>4 March 2031, Tuesday 10:30</div>"))
    assert visible_date_raws(tree) == ["4 March 2031 10:30"]
    # a word that is no weekday still ends the date line
    tree = parse_html(page(below="<div class='meta'>4 March 2031, updated 10:30</div>"))
    assert visible_date_raws(tree) == ["4 March 2031"]


def test_a_zone_stated_for_all_the_sites_times_reads_its_naive_times():
    from newscrawl.extract.page_dates import stated_page_zone

    assert stated_page_zone("<footer>© Courier 2031. All times AEDT (GMT +11).</footer>") == "Australia/Sydney"
    assert stated_page_zone("<p>All times are ET.</p>") == "America/New_York"
    assert stated_page_zone("<p>all times listed are in JST</p>") == "Etc/GMT-9"
    # prose, an unknown or ambiguous zone, two different zones: none
    assert stated_page_zone("<p>Staff are on call at all times.</p>") is None
    assert stated_page_zone("<p>All times IST.</p>") is None
    assert stated_page_zone("<p>All times ET.</p><p>All times PT.</p>") is None
    # vBulletin's footer phrase and phpBB's: GMT / UTC and the board's offset in hours
    assert stated_page_zone("<div>All times are GMT -5. The time now is 08:02 AM.</div>") == "Etc/GMT+5"
    assert stated_page_zone("<div>All times are GMT +1. The time now is 14:02.</div>") == "Etc/GMT-1"
    assert stated_page_zone("<p>All times are UTC - 5 hours</p>") == "Etc/GMT+5"
    assert stated_page_zone("<div>All times are GMT. The time now is 13:02.</div>") == "UTC"
    assert stated_page_zone("<div>All times are GMT +5.5. The time now is 18:32.</div>") is None
    html = ("<html lang='en'><body><h1>Ferry returns to the river</h1>"
            "<div class='meta'>January 10, 2026 6:45AM</div>" + STORY +
            "<footer>All times AEDT (GMT +11).</footer></body></html>")
    article = extract_article(html, "https://courier.example/ferry", profile=False)
    assert article.published_at == dt.datetime(2026, 1, 9, 19, 45, tzinfo=dt.timezone.utc)
    without = extract_article(html.replace("All times AEDT (GMT +11).", ""), "https://courier.example/ferry",
                              profile=False)
    assert without.published_at == dt.datetime(2026, 1, 10, 6, 45, tzinfo=dt.timezone.utc)


def test_zone_evidence_is_the_domains_country_the_tags_region_and_the_language():
    from newscrawl.extract.page_dates import zone_evidence

    assert zone_evidence("ie", "en") == ("ie", "en")
    assert zone_evidence(None, "en-IN") == ("in", "en")
    assert zone_evidence(None, None) == ()


def test_an_ambiguous_zone_after_a_time_is_decided_by_the_page_or_left_naive():
    from newscrawl.extract.page_dates import with_printed_time

    # IST: India's where nothing says otherwise, Israel's and Ireland's by domain or language
    assert with_printed_time("2026-11-26", " 07:05 AM IST", evidence=("en",)) == "2026-11-26T07:05+05:30"
    assert with_printed_time("2026-07-01", " 09:00 IST", evidence=("il", "en")) == "2026-07-01T09:00+03:00"
    assert with_printed_time("2026-07-01", " 09:00 IST", evidence=("he",)) == "2026-07-01T09:00+03:00"
    assert with_printed_time("2026-07-01", " 09:00 IST", evidence=("ie", "en")) == "2026-07-01T09:00+01:00"
    # CST: US Central (its summer time by the day), China's on a Chinese page
    assert with_printed_time("2026-11-23", " 3:47 PM CST", evidence=("en",)) == "2026-11-23T15:47-06:00"
    assert with_printed_time("2026-11-23", " 3:47 PM CST", evidence=("zh",)) == "2026-11-23T15:47+08:00"
    # BST: Bangladesh's on a Bengali page, Britain's summer time otherwise
    assert with_printed_time("2026-07-01", " 10:00 BST", evidence=("bn",)) == "2026-07-01T10:00+06:00"
    assert with_printed_time("2026-07-01", " 10:00 BST", evidence=("en",)) == "2026-07-01T10:00+01:00"
    # AST names the Atlantic or Arabia: nothing decides it on an English page of a generic domain
    assert with_printed_time("2026-07-01", " 10:00 AST", evidence=("en",)) == "2026-07-01T10:00"
    assert with_printed_time("2026-07-01", " 10:00 AST", evidence=("sa", "ar")) == "2026-07-01T10:00+03:00"


def test_zone_abbreviations_of_more_regions_are_read():
    from newscrawl.extract.page_dates import with_printed_time

    assert with_printed_time("2023-11-02", " 20:59 WIB") == "2023-11-02T20:59+07:00"
    assert with_printed_time("2019-11-18", " at 2:26 PM HST") == "2019-11-18T14:26-10:00"
    assert with_printed_time("2026-01-05", " 08:15 NZDT") == "2026-01-05T08:15+13:00"
    # a word in capitals that is no zone leaves the time naive
    assert with_printed_time("2026-01-05", " 08:15 AFP") == "2026-01-05T08:15"


def test_a_page_printing_ist_after_its_time_is_read_in_its_countrys_zone():
    html = ("<html lang='en'><body><h1>Ferry returns to the river</h1>"
            "<div class='meta'>Published: 26 November 2026 07:05 AM IST</div>" + STORY + "</body></html>")
    india = extract_article(html, "https://river.example/ferry", profile=False)
    assert india.published_at == dt.datetime(2026, 11, 26, 1, 35, tzinfo=dt.timezone.utc)
    israel = extract_article(html, "https://river.example.co.il/ferry", profile=False)
    assert israel.published_at == dt.datetime(2026, 11, 26, 5, 5, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(("after", "clock"), [
    # the Romanian press introduces the time with "ora" (the hour) or "la ora" (at the hour)
    (", ora 14:20 | Citiri: 310", (14, 20, 0, None)),
    (" la ora 9:05", (9, 5, 0, None)),
    # the word alone, without a clock after it, is no time
    (", ora de vârf", None),
])
def test_the_romanian_word_before_a_time_is_read(after, clock):
    from newscrawl.extract.page_dates import printed_time

    assert printed_time(after) == clock


def _details_box_page(term: str) -> str:
    story = "".join(f"<p>Paragraph {i} of the story about the road charge and the hauliers.</p>"
                    for i in range(20))
    return ("<html><body><h1>Road charge plan for hauliers</h1>"
            "<div class='meta'>Updated 5 May 2026</div>"
            f"<article>{story}</article>"
            f"<aside><dl><dt>{term}</dt><dd><time datetime='2026-05-04T09:15:00Z'>"
            "4 May 2026, 09:15</time></dd></dl></aside></body></html>")


def test_a_definition_list_term_labels_the_date_it_names():
    # the details box after the story: "First published" in the <dt> labels the <dd>'s time,
    # which then comes before the update printed near the headline
    tree = parse_html(_details_box_page("First published"))
    assert visible_date_raws(tree, headline="Road charge plan for hauliers")[0] == "2026-05-04T09:15:00Z"
    # a term that is no publication label leaves the order of distance from the headline
    tree = parse_html(_details_box_page("Sector"))
    assert visible_date_raws(tree, headline="Road charge plan for hauliers")[0] == "5 May 2026"


def test_a_url_day_with_the_month_as_a_word():
    # /yyyy/mon/dd/: the abbreviation or the full name, any case
    assert url_date_raws("https://paper.example/world/2019/nov/18/ferry-returns") == ["2019-11-18"]
    assert url_date_raws("https://paper.example/news/2008/January/10/ferry") == ["2008-01-10"]
    assert url_date_raws("https://paper.example/a/2019/Sept/3/ferry.html") == ["2019-09-03"]
    # a numeric day comes first when a path states both
    assert url_date_raws("https://paper.example/2019/nov/18/ferry-20191117") == ["2019-11-17", "2019-11-18"]


def test_a_month_word_not_followed_by_a_whole_day_segment_is_no_day():
    assert url_date_raws("https://blog.example/2019/nov/3-questions-for-the-mayor/") == []
    assert url_date_raws("https://blog.example/2019/novel/3/ferry") == []
    assert url_date_raws("https://blog.example/2019/marchers/3/ferry") == []
    assert url_date_raws("https://blog.example/12019/may/5/ferry") == []
    assert url_date_raws("https://blog.example/archive/may/5/ferry") == []  # no year


def test_a_publication_label_keeps_the_time_of_a_date_in_a_long_line():
    from newscrawl.extract.page_dates import _printed_dates_placed

    # a meta line long enough to read as a sentence: the date after the publication label
    # keeps its time
    line = ("김민수 기자 \xa0|\xa0 등록 2026.03.05 10:12 \xa0|\xa0 수정 2026.03.05 11:40 "
            "\xa0|\xa0 지면 2026.03.06 (5면)")
    assert [raw for raw, _prose, _start in _printed_dates_placed(line)][0] == "2026-03-05T10:12"
    # a date a sentence mentions without such a label stays a day
    sentence = "The council said the works that began on 2026.03.05 10:12 will go on for a year."
    assert [raw for raw, _prose, _start in _printed_dates_placed(sentence)] == ["2026-03-05"]


def test_a_korean_registration_label_marks_the_publication_among_related_dates():
    related = "".join(f"<li><a href='/n/{n}'>관련 기사 제목 {n}</a> (2026.02.{n + 10})</li>"
                      for n in range(1, 4))
    page = ("<html lang='ko'><body><table><tr><td><h1>인천 항만 재개발 사업 일정 확정</h1></td></tr>"
            "<tr><td>이지은 기자 \xa0|\xa0 등록 2026.03.05 10:12 \xa0|\xa0 수정 2026.03.05 11:40"
            " \xa0|\xa0 지면 2026.03.06 (5면)</td></tr>"
            f"<tr><td><ul>{related}</ul></td></tr></table></body></html>")
    raws = visible_date_raws(parse_html(page), headline="인천 항만 재개발 사업 일정 확정")
    assert raws[0] == "2026-03-05T10:12"


#: A long story: more text nodes than the window read below the headline.
LONG_STORY = "".join(f"<p>Part {n} of the ferry story: the landing stage, the crossing, "
                     f"the timetable.</p>" for n in range(320))


def long_page(end: str = "", title: str = "Ferry returns to the river") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='story'>"
            f"<h1>Ferry returns to the river</h1>{LONG_STORY}{end}</div></body></html>")


def test_a_publication_labelled_date_beyond_the_window_is_read_when_nothing_else_is():
    from newscrawl.extract.page_dates import labelled_far_date_raws

    end = "<p class='meta'>Veröffentlicht am 14. Mai 2021</p>"
    assert visible_date_raws(parse_html(long_page(end))) == []
    assert labelled_far_date_raws(parse_html(long_page(end))) == ["14. Mai 2021"]
    article = extract_article(long_page(end), "https://river.example/ferry", profile=False)
    assert article.published_at.date() == dt.date(2021, 5, 14)
    assert article.sources["published_at"] == "text"


def test_an_unlabelled_or_update_labelled_date_beyond_the_window_is_not_read():
    for end in ("<p>14. Mai 2021</p>", "<p>Aktualisiert am 14. Mai 2021</p>",
                "<blockquote><p>Published on 14 May 2021</p></blockquote>"):
        article = extract_article(long_page(end), "https://river.example/ferry", profile=False)
        assert article.published_at is None, end


def test_several_labelled_dates_beyond_the_window_are_a_list_and_name_none():
    teasers = "".join(f"<div class='teaser'><a href='/p/{n}'>Other post {n}</a>"
                      f"<span>Posted on {n} May 2021</span></div>" for n in (3, 9, 17))
    comments = "".join(f"<div class='comment'><p>Nice ferry.</p><p>Posted by reader {n} | "
                       f"May 20, 2021 {n}:15:00</p></div>" for n in (10, 11, 12))
    for end in (teasers, comments):
        article = extract_article(long_page(end), "https://river.example/ferry", profile=False)
        assert article.published_at is None
    # the story's own line printed twice (above its comments and at its end) is one date
    twice = "<p>Published on 14 May 2021</p><p>Share</p><p>Published on 14 May 2021</p>"
    assert extract_article(long_page(twice), "https://river.example/ferry",
                           profile=False).published_at.date() == dt.date(2021, 5, 14)


def test_a_day_the_title_prints_is_the_last_resort():
    from newscrawl.extract.page_dates import title_date_raws

    title = "Ferry returns to the river (15 February 2020) | River News"
    assert title_date_raws(title) == ["15 February 2020"]
    assert title_date_raws("Ferry returns to the river in 2020 | River News") == []
    article = extract_article(long_page(title=title), "https://river.example/ferry", profile=False)
    assert article.published_at.date() == dt.date(2020, 2, 15)
    # a day printed on the page near the headline comes first
    near = page(below="<div>3. März 2024</div>").replace(
        "<body>", f"<head><title>{title}</title></head><body>")
    assert extract_article(near, "https://river.example/ferry",
                           profile=False).published_at.date() == dt.date(2024, 3, 3)
    # and a title day before the period the URL files the page under is not the page's
    assert extract_article(long_page(title=title), "https://river.example/2023/05/ferry",
                           profile=False).published_at is None


def test_a_date_split_over_the_elements_of_one_line_is_read_when_nothing_else_is():
    from newscrawl.extract.page_dates import split_date_raws

    spans = ("<div class='post-meta'><span class='day'>16</span> <span class='month'>Jan"
             "</span> <span class='year'>2008</span></div>")
    links = "<p>Published: <a href='/d/16'>Wednesday 16 January</a> <a href='/y'>2008</a></p>"
    for line, day in ((spans, dt.date(2008, 1, 16)), (links, dt.date(2008, 1, 16))):
        assert visible_date_raws(parse_html(page(below=line))) == []
        assert split_date_raws(parse_html(page(below=line))), line
        article = extract_article(page(below=line), "https://river.example/ferry", profile=False)
        assert article.published_at.date() == day
        assert article.sources["published_at"] == "text"


def test_a_split_line_that_is_an_update_long_or_already_read_gives_no_split_date():
    from newscrawl.extract.page_dates import split_date_raws

    update = ("<div>Updated <span class='day'>16</span> <span class='month'>Jan</span> "
              "<span class='year'>2008</span></div>")
    long_line = ("<p>The ferry ran from <b>16</b> stops along the river in <b>January</b> "
                 "and <b>2008</b> was its best year on record</p>")
    one_node = "<p><b>By Ann Lee</b> 16 January 2008</p>"
    for line in (update, long_line, one_node):
        assert split_date_raws(parse_html(page(below=line))) == [], line
    assert extract_article(page(below=update), "https://river.example/ferry",
                           profile=False).published_at is None


#: A page of our own without structured dates: an ambiguous numeric day under the
#: headline, and an older day in a list that shows the page writes the day first.
_DAY_FIRST_PAGE = """<html lang="en"><head><title>Storm passes over the valley</title></head><body>
<h1>Storm passes over the valley</h1><p class="when">06/01/2008</p>
<p>The storm that crossed the valley on Saturday left little damage behind it, the county said on Sunday.</p>
<p>Residents reported fallen branches and a few blocked roads, which crews had cleared by noon.</p>
<ul><li>Older story, 25/12/2007</li></ul></body></html>"""


def test_the_order_and_the_window_read_from_given_text_nodes_are_those_listed_for_them():
    from newscrawl.extract import page_dates

    tree = parse_html(_DAY_FIRST_PAGE)
    nodes = page_dates.visible_text_nodes(tree)
    assert page_dates.numeric_date_order(tree, nodes) == page_dates.numeric_date_order(tree) == "DMY"
    assert page_dates.headline_window(tree, headline="Storm passes over the valley", nodes=nodes) \
        == page_dates.headline_window(tree, headline="Storm passes over the valley")


def test_an_extraction_lists_the_visible_text_nodes_once_for_the_window_and_the_order(monkeypatch):
    from newscrawl.extract import page_dates

    listed = []
    real = page_dates.visible_text_nodes
    monkeypatch.setattr(page_dates, "visible_text_nodes",
                        lambda tree, unread=None: listed.append(tree) or real(tree, unread))
    article = extract_article(_DAY_FIRST_PAGE, "http://valley.example/storm.html", profile=False)
    # the day printed under the headline, read day first as the page's own dates show
    assert article.published_at == dt.datetime(2008, 1, 6, tzinfo=dt.timezone.utc)
    assert len(listed) == 1


#: A page of our own with a publication key in an inline script, a ``<time>`` under the
#: headline, and a ``<noscript>`` that holds text (its text is no visible text).
_LISTED_PAGE = """<html lang="en"><head><title>Harbour opens</title>
<script>var data = {"publishDate": "2024-05-01T09:30:00+02:00"};</script></head><body>
<h1>Harbour opens</h1><p><time datetime="2024-05-01T09:30:00+02:00">1 May 2024</time></p>
<noscript><p>Turn on scripts to read on, 2 May 2024</p></noscript>
<p>The harbour of Gullport opened on Monday, the mayor said in a short speech.</p>
<script>var later = {"pubDate": "2024-05-03T10:00:00"};</script></body></html>"""


def test_the_printed_dates_read_from_the_listed_elements_are_those_read_from_the_tree():
    from newscrawl.extract import page_dates
    from newscrawl.extract.context import PageContext

    ctx = PageContext(_LISTED_PAGE, "https://gull.example/harbour")
    tree = ctx.tree
    unread = ctx.elements("noscript") + ctx.elements("template")
    # the noscript's text is left out with the ancestor tests the listed elements call for
    nodes = page_dates.visible_text_nodes(tree, unread)
    assert nodes == page_dates.visible_text_nodes(tree)
    assert not any("Turn on scripts" in node for node in nodes)
    assert page_dates.script_date_raws(tree, ctx.elements("script")) \
        == page_dates.script_date_raws(tree) == ["2024-05-01T09:30:00+02:00", "2024-05-03T10:00:00"]
    assert page_dates.visible_dates(tree, headline="Harbour opens", times=ctx.elements("time")) \
        == page_dates.visible_dates(tree, headline="Harbour opens") \
        == [("2024-05-01T09:30:00+02:00", page_dates.STATED)]


def test_the_node_screen_lets_through_every_text_a_printed_date_is_found_in():
    # a node with a digit reaches the date scan only when _MAY_PRINT_DATE finds in it:
    # every text the scan finds a date in must hold what it finds
    import itertools

    from newscrawl.extract import page_dates

    days, months = ["3", "12", "31", "٣", "০৫"], ["10", "März", "June", "05", "月"]
    years = ["2024", "24", "2563", "1402", "1999", "١٩٩٩", "7"]
    separators = [".", "/", "-", ". ", " ", "\n  ", "\u00a0", "年"]
    edges = ["", "x ", "Posted ", "10:45 ", " | 3 min", "…"]
    texts = [f"{edge}{day}{first}{month}{second}{year}{edge}" for edge, day, first, month, second, year
             in itertools.product(edges, days, separators, months, separators, years)]
    texts += [f"{year}{first}{month}{second}{day}" for day, first, month, second, year
              in itertools.product(days, separators, months, separators, years)]
    read = 0
    for text in texts:
        if page_dates._printed_dates_placed(text):
            read += 1
            assert page_dates._MAY_PRINT_DATE.search(text), text
    assert read > 2000


def test_dates_the_node_screen_must_let_through_are_still_read():
    # a Buddhist-era numeric day (no year of the web era, no dotted two-digit year), a day
    # in Arabic-Indic digits, a dotted day split by a line break: each still found
    for line, raws in (("12/01/2563 | Anna Berg", ["2020-01-12"]),
                       ("٢٤.٠٤.٢٠٢٠", ["2020-04-24"]),
                       ("31.10.\n    23 | Anna Berg", ["31.10. 23"])):
        tree = parse_html(page(below=f"<div class='meta'>{line}</div>"))
        assert visible_date_raws(tree) == raws, line


def test_three_dated_teasers_above_the_headline_are_a_list_and_two_are_not():
    # three alike dated blocks are a list, ranked after the story's own date though nearer
    # the headline; with two such blocks there is no list (and no walk up from the dates;
    # the blocks' class names no other stories, which would rank them last as well)
    def teasers(count):
        return "<div class='rail'>" + "".join(
            f"<div class='card'><a href='/p/{n}'>Other post {n}</a> 0{n}.01.2019</div>"
            for n in range(1, count + 1)) + "</div>"

    far = "<p>Filler line.</p>" * 12 + "<div class='meta'>31.10.2023 | Anna Berg</div>"
    assert visible_date_raws(parse_html(page(above=teasers(3), below=far)))[0] == "2023-10-31"
    assert visible_date_raws(parse_html(page(above=teasers(2), below=far)))[0] == "2019-01-02"
    from newscrawl.extract.markup import MIN_LIST_ITEMS, listed_items

    tree = parse_html(page(above=teasers(2)))
    nodes = [node for node in tree.xpath("//text()") if "2019" in node]
    assert len(nodes) < MIN_LIST_ITEMS and listed_items(nodes) == set()


@pytest.mark.parametrize("lines, order", [
    (["Posted 25/12/2020", "Updated 03.01.2021"], "DMY"),
    (["12-25-2020 10:45", "on 1/2/21"], "MDY"),
    (["25/12/2020", "12/25/2020"], None),  # both orders: none
    (["25/12/2020", "12/25/2020", "26/12/2020"], None),  # (read no further once both)
    (["3 - 4 - 2020", "2020-12-25", "v1.2.3", "10:45"], None),  # no numeric day at all
    (["see 4.5", "x25/12/2020", "ref 25/12/20201"], "DMY"),  # "25/12/2020" after a letter
])
def test_the_pages_numeric_date_order_is_read_from_the_nodes_that_hold_one(lines, order):
    from newscrawl.extract import page_dates

    html = page(below="".join(f"<div class='line'>{line}</div>" for line in lines))
    assert page_dates.numeric_date_order(parse_html(html)) == order


def _story_with_meta_block_after(meta_block: str) -> str:
    # (a block in no class that names other stories: its dates rank by distance alone)
    related = ("<div class='box'><h3>More stories</h3><ul>"
               "<li><a href='/a'>Ferry fares rise</a> <span>March 14, 2026</span></li>"
               "<li><a href='/b'>Landing stage closes</a> <span>April 2, 2026</span></li></ul></div>")
    return (f"<html><body><div class='story'><h1>Ferry returns to the river</h1>"
            f"{STORY}{related}{STORY}<div class='meta'>{meta_block}</div></div></body></html>")


def test_a_time_printing_its_own_publication_label_beats_nearer_unlabelled_dates():
    posted = "<time datetime='2026-11-12T11:00:00Z'>Posted: Nov 12, 2026 4:00 AM MST</time>"
    raws = visible_date_raws(parse_html(_story_with_meta_block_after(posted)))
    assert raws[0] == "2026-11-12T11:00:00Z"
    article = extract_article(_story_with_meta_block_after(posted), "https://ferry.example/news/ferry",
                              profile=False)
    assert article.published_at == dt.datetime(2026, 11, 12, 11, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("text", ["Nov 12, 2026 4:00 AM MST", "Updated: Nov 12, 2026 4:00 AM MST"])
def test_a_time_without_a_publication_label_keeps_its_place_by_distance(text):
    block = f"<time datetime='2026-11-12T11:00:00Z'>{text}</time>"
    raws = visible_date_raws(parse_html(_story_with_meta_block_after(block)))
    assert raws[0] == "March 14, 2026"


def _wordpress_single(shown: str, other: str) -> str:
    return (f"<html><body class='single single-post postid-{shown}'><main>"
            f"<h1 class='wp-block-post-title'>Ferry keeps its winter timetable</h1>"
            f"<div class='wp-block-post-content'><p>{'The ferry runs as before. ' * 6}</p></div>"
            f"<ul class='wp-block-post-template'><li class='wp-block-post post-{other} post type-post'>"
            f"<h3>Harbour wall repairs begin</h3><div class='wp-block-post-date'>"
            f"<time datetime='2026-11-24T08:00:00+00:00'>Nov 24, 2026</time></div></li></ul>"
            f"</main></body></html>")


def test_another_wordpress_posts_date_is_not_the_pages():
    """A date in a post-N wrapper whose N is not the body's postid-N is another post's."""
    assert visible_date_raws(parse_html(_wordpress_single("88", "85")),
                             headline="Ferry keeps its winter timetable") == []


def test_a_theme_builders_template_wrapping_the_story_is_no_other_post():
    """tagDiv's cloud templates print the single post inside an ``<article class="post-N
    tdb_templates type-tdb_templates">``: a post of another type, the template, not
    another story (its N is the template's)."""
    html = (_wordpress_single("88", "85")
            .replace("<main>", "<main><article class='post-7 tdb_templates type-tdb_templates'>")
            .replace("</main>", "</article></main>")
            .replace("<ul class='wp-block-post-template'><li class='wp-block-post post-85 post type-post'>",
                     "<ul><li>"))
    raws = visible_date_raws(parse_html(html), headline="Ferry keeps its winter timetable")
    assert raws and raws[0].startswith("2026-11-24")
    # the same template holding another story of the page's type still hides that one's date
    assert visible_date_raws(parse_html(_wordpress_single("88", "85").replace(
        "<main>", "<main><article class='post-7 tdb_templates type-tdb_templates'>")),
        headline="Ferry keeps its winter timetable") == []


def test_the_other_post_test_answers_alike_with_a_memo_shared_by_the_nodes():
    # a memo kept for every text node of the page remembers the answer of each element
    # the walks pass: the same answers, in any order, as each node's walk alone
    from newscrawl.extract import page_dates

    for html in (_wordpress_single("88", "85"), _wordpress_single("85", "85"),
                 _wordpress_single("88", "85").replace(
                     "<main>", "<main><article class='post-7 tdb_templates type-tdb_templates'>")):
        root = parse_html(html)
        shown = page_dates.shown_wordpress_post(root.find("body"))
        nodes = root.xpath("//body//text()")
        alone = [page_dates.in_other_wordpress_post(node, shown) for node in nodes]
        for order in (nodes, nodes[::-1]):
            memo: dict = {}
            answers = {id(node): page_dates.in_other_wordpress_post(node, shown, memo) for node in order}
            assert [answers[id(node)] for node in nodes] == alone and memo
    assert any(alone) and not all(alone)


def test_the_shown_wordpress_posts_own_wrapper_keeps_its_date():
    raws = visible_date_raws(parse_html(_wordpress_single("85", "85")),
                             headline="Ferry keeps its winter timetable")
    assert raws and raws[0].startswith("2026-11-24")


def test_a_date_in_a_block_named_for_other_stories_ranks_with_the_listed_dates():
    # one related story under the headline, its day nearer than the story's own line
    # printed farther down: it is that story's day, as a list's would be
    related = ("<div class='related-story'><a href='/old'>Ferry service suspended for the "
               "winter</a> <span>17.08.2019</span></div>")
    below = related + "<p>Filler line.</p>" * 3 + "<div class='meta'>31.10.2023 | Anna Berg</div>"
    assert visible_date_raws(parse_html(page(below=below))) == ["2023-10-31", "2019-08-17"]
    # the same words on the block holding the headline name the story's own header
    own = ("<html><body><div class='article-teaser'><h1>Ferry returns to the river</h1>"
           "<p>12.03.2021</p></div><div class='meta'>31.10.2023</div>" + STORY + "</body></html>")
    assert visible_date_raws(parse_html(own))[0] == "2021-03-12"


def test_a_date_after_an_item_separator_in_a_long_line_is_stated_not_mentioned():
    line = "<div>Anna Berg und Tom Weiss, Redaktion Lokales, Musterstadt | 12.03.2021 | 14:35</div>"
    assert visible_date_raws(parse_html(page(below=line)))[0] == "2021-03-12T14:35"
    dash = "<div>Ein Beitrag der Lokalredaktion zum Thema Verkehr in Musterstadt – 12.03.2021</div>"
    assert visible_date_raws(parse_html(page(below=dash)))[0] == "2021-03-12"
    # a sentence that mentions a date is still no candidate
    sentence = "<div>Die Ausstellung im Rathaus der Stadt läuft noch bis zum 12.03.2021 und zeigt Bilder</div>"
    assert visible_date_raws(parse_html(page(below=sentence))) == []


def test_a_comment_dated_before_the_posts_own_line_is_not_its_date():
    # WordPress prints the comment thread (#comments, ol.comment-list, li.comment) before
    # this theme's entry footer with the post's day: the comment's day is not the post's
    html = (Path(__file__).parent / "date_pages" / "wordpress_comment_before_date_page.html"
            ).read_text(encoding="utf-8")
    article = extract_article(html, "https://parish.example/allotments-list", profile=False)
    assert article.published_at.date() == dt.date(2019, 3, 12)
    # a lone comment in a plain "comments" block is a comment too
    plain = html.replace('id="comments" class="comments-area"', 'class="comments"').replace(
        '<li id="comment-41" class="comment even thread-even depth-1">', '<li class="comment">')
    plain = plain.replace('<ol class="comment-list">', "<ol>").replace(
        '<article id="div-comment-41" class="comment-body">', "<article>")
    assert extract_article(plain, "https://parish.example/allotments-list",
                           profile=False).published_at.date() == dt.date(2019, 3, 12)


def test_a_forum_footer_stating_gmt_and_an_offset_reads_the_post_time_on_that_clock():
    # "Date: 03-14-2011, 07:40 PM" under "All times are GMT -5" (vBulletin's footer phrase)
    html = (PAGES / "forum_footer_gmt_offset.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://harbourchat.example/showthread.php?t=77", profile=False)
    assert article.published_at == dt.datetime(2011, 3, 15, 0, 40, tzinfo=dt.timezone.utc)
