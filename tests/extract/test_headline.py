"""Headline choice and site-name stripping."""

from pathlib import Path

import pytest

from newscrawl import extract_article
from newscrawl.extract import headline
from newscrawl.extract.headline import choose_headline, domain_names, is_site_name, strip_site_affixes


@pytest.mark.parametrize("text, names, expected", [
    ("Talks begin | The Kyiv Independent", ["The Kyiv Independent"], "Talks begin"),
    ("The Kyiv Independent - Talks begin", ["The Kyiv Independent"], "Talks begin"),
    ("Talks begin – kyivindependent.com", ["kyivindependent"], "Talks begin"),
    ("Talks begin | World | Example News", ["Example News"], "Talks begin | World"),
    ("Kicker: Talks begin", ["Example News"], "Kicker: Talks begin"),
    ("Example: a news headline", ["Example"], "Example: a news headline"),
    ("Talks - begin", [], "Talks - begin"),
])
def test_strip_site_affixes(text, names, expected):
    assert strip_site_affixes(text, names) == expected


def test_domain_names_and_site_name_check():
    assert domain_names("edition.cnn.com") == ["cnn"]
    assert domain_names("kyivindependent.com") == ["kyivindependent"]
    assert is_site_name("The Kyiv Independent", [], "kyivindependent.com")
    assert not is_site_name("Abbey Fenbert", ["The Kyiv Independent"], "kyivindependent.com")


def choose(**kwargs):
    defaults = dict(jsonld=None, meta=None, h1s=[], title=None, site_names=[], domain="news.test")
    return choose_headline(**{**defaults, **kwargs})


def test_structured_headline_first_then_meta_then_h1_then_title():
    assert choose(jsonld="A", meta="B", h1s=["C"], title="D") == ("A", "jsonld")
    assert choose(meta="B | Site", h1s=["C"], site_names=["Site"]) == ("B", "meta")
    assert choose(h1s=["C"], title="D") == ("C", "markup")
    assert choose(title="D | Daily", domain="daily.test") == ("D", "markup")
    assert choose() == (None, None)


def test_title_affix_around_another_candidate_is_a_site_name():
    assert choose(meta="Talks begin", title="Talks begin :: Daily Planet")[0] == "Talks begin"
    assert choose(jsonld="Other", title="Talks begin :: Daily Planet") == ("Other", "jsonld")


def test_truncated_structured_headline_is_completed_from_the_h1():
    assert choose(jsonld="Who is the new minister and what will...",
                  h1s=["Who is the new minister and what will she change?"]) == (
        "Who is the new minister and what will she change?", "jsonld")


def test_different_kickers_before_the_same_headline_are_dropped():
    assert choose(meta="Attack on Israel: «Restraint has much to do with the US»",
                  h1s=lambda: ["Escalation in the Middle East - «Restraint has much to do with the US»"]) == (
        "«Restraint has much to do with the US»", "meta")
    # The same kicker everywhere is part of the headline.
    assert choose(meta="Kicker: Headline text", h1s=lambda: ["Kicker: Headline text"])[0] == "Kicker: Headline text"


def test_reworded_kicker_variants_are_kept():
    assert choose(jsonld="Kamala Harris' Canadian connections: What we know",
                  title="Kamala Harris in Canada: What we know | Daily")[0] == (
        "Kamala Harris' Canadian connections: What we know")


def test_title_affix_set_off_by_a_separator_is_taken_for_a_site_name():
    assert headline.title_affixes("Harbour reopens | Coast Times", ["Harbour reopens"]) == ["Coast Times"]
    assert headline.title_affixes("Coast Times: Harbour reopens", ["Harbour reopens"]) == ["Coast Times"]


def test_kicker_glued_to_the_headline_in_title_is_not_a_site_name():
    title = "Storm season Harbour reopens - Coast Times"
    assert headline.title_affixes(title, ["Harbour reopens"]) == ["Coast Times"]
    chosen, _ = headline.choose_headline(
        jsonld="Harbour reopens", meta="Storm season / Harbour reopens", h1s=[], title=title,
        site_names=[], domain="coast.example")
    assert chosen == "Harbour reopens"
    candidates = headline.headline_candidates(
        jsonld="Harbour reopens", meta="Storm season / Harbour reopens", h1s=[], title=title,
        site_names=[], domain="coast.example")
    assert candidates["meta"] == "Storm season / Harbour reopens"


@pytest.mark.parametrize("meta", ["Opinion | Harbour reopens", "Harbour reopens | Editorial",
                                  "Opinion · Harbour reopens"])
def test_section_label_beside_the_visible_h1_is_dropped(meta):
    assert choose(meta=meta, h1s=["Harbour reopens"]) == ("Harbour reopens", "meta")


def test_a_kicker_the_h1_leaves_out_is_dropped_a_kicker_it_prints_and_a_long_prefix_are_kept():
    # the page prints the headline without the kicker / suffix the shared title adds
    assert choose(meta="Storms: Harbour reopens", h1s=["Harbour reopens"])[0] == "Harbour reopens"
    assert choose(meta="Harbour reopens after the storm - Coast Weekly News",
                  h1s=["Harbour reopens after the storm"])[0] == "Harbour reopens after the storm"
    assert choose(meta="Storms: Harbour reopens", h1s=["Storms: Harbour reopens"])[0] \
        == "Storms: Harbour reopens"
    assert choose(meta="Storms: Harbour reopens")[0] == "Storms: Harbour reopens"
    long_prefix = "Five things we learned this week in town | Harbour reopens"
    assert choose(meta=long_prefix, h1s=["Harbour reopens"])[0] == long_prefix


def test_h1_naming_the_site_gives_way_to_the_title():
    assert choose(h1s=["Coast Times"], title="Harbour reopens after storm",
                  site_names=["Coast Times"]) == ("Harbour reopens after storm", "markup")
    assert choose(h1s=["Coast Times wins award"], title="Coast Times wins award | Coast Times",
                  site_names=["Coast Times"])[0] == "Coast Times wins award"


def test_h1_that_is_only_the_section_name_does_not_replace_the_headline():
    assert choose(meta="Opinion | Harbour reopens", h1s=["Opinion"])[0] == "Opinion | Harbour reopens"


def test_without_structured_data_the_h1_the_title_contains_wins_over_a_label_h1():
    choose = lambda h1s, title: choose_headline(jsonld=None, meta=None, h1s=h1s, title=title,
                                                site_names=[], domain="coast.example")[0]
    assert choose(["Sports", "Harbour reopens after the storm"],
                  "Harbour reopens after the storm - Sports") == "Harbour reopens after the storm"
    # a short label h1 the title does not contain yields to the title's first long segment
    assert choose(["Local News"], "Harbour reopens after the storm - Weekend - Coast Times") \
        == "Harbour reopens after the storm"
    # an h1 that is the headline stays even when the title words it differently
    assert choose(["Harbour reopens after three days of storms"], "Harbour reopens") \
        == "Harbour reopens after three days of storms"
    # a title of short segments stays whole
    assert choose([], "Port news | Today") == "Port news | Today"


def test_a_short_h1_does_not_yield_to_a_title_that_only_names_the_site():
    choose = lambda h1s, title: choose_headline(jsonld=None, meta=None, h1s=h1s, title=title,
                                                site_names=[], domain="coastferries.example")[0]
    assert choose(["Welcome!"], "Coast Ferries") == "Welcome!"
    # a title saying more than the site's name still wins over the short h1
    assert choose(["Welcome!"], "Coast Ferries timetable for the winter") \
        == "Coast Ferries timetable for the winter"


def test_structured_labels_yield_to_the_h1_the_title_repeats():
    assert choose(meta="Press releases", h1s=["Ferry crews agree new rota"],
                  title="Courier: Ferry crews agree new rota") == ("Ferry crews agree new rota", "markup")
    # a reworded social headline shares words with the h1: it stays
    assert choose(meta="Ferry crews agree a rota for winter", h1s=["Ferry crews agree new rota"],
                  title="Courier: Ferry crews agree new rota") == ("Ferry crews agree a rota for winter", "meta")


def test_an_h1_opening_the_title_is_taken_without_searching_the_page_for_a_printed_part():
    asked = []

    def printed(wanted):
        asked.append(wanted)
        return {key: " ".join(words) for key, words in wanted.items()}

    title = "Harbour bridge reopens after repairs | City desk - Riverside Gazette"
    h1 = "Harbour bridge reopens after repairs"
    assert headline.choose_headline_source(
        jsonld=None, meta=None, h1s=[h1], title=title, site_names=["Riverside Gazette"],
        domain="gazette.test", printed=printed) == (h1, "h1")
    assert asked == []  # (the part could not win over this h1: the source is not searched)
    # an h1 inside the title that does not open it: the printed part is still looked for,
    # and the fuller one wins
    title = "City desk: Harbour bridge reopens after months of repairs on the east span"
    chosen, source = headline.choose_headline_source(
        jsonld=None, meta=None, h1s=["Harbour bridge reopens"], title=title, site_names=[],
        domain="gazette.test", printed=printed)
    assert asked and source == "printed"
    assert chosen == "Harbour bridge reopens after months of repairs on the east span"


@pytest.mark.parametrize("text, names, expected", [
    # East Asian titles set the site off by an unspaced full-width colon or bar
    ("港の再開発、来春着工へ：港北新聞デジタル", ["港北新聞デジタル"], "港の再開発、来春着工へ"),
    ("港の再開発、来春着工へ｜港北ニュース", ["港北ニュース"], "港の再開発、来春着工へ"),
    # a full-width colon inside the headline stays when no segment names the site
    ("市長：来春着工へ", ["港北新聞デジタル"], "市長：来春着工へ"),
])
def test_strip_site_affixes_after_full_width_separators(text, names, expected):
    assert strip_site_affixes(text, names) == expected


@pytest.mark.parametrize("text, expected", [
    ("FOTO | Noul pod din port, deschis după doi ani", "Noul pod din port, deschis după doi ani"),
    ("VIDEO: Harbour bridge reopens after two years", "Harbour bridge reopens after two years"),
    ("Watch: Harbour bridge reopens after two years", "Harbour bridge reopens after two years"),
    ("FOTO/VIDEO | Incendiu în portul vechi al orașului", "Incendiu în portul vechi al orașului"),
    ("Galerie foto | Trei zile de festival în port", "Trei zile de festival în port"),
    ("Bildergalerie: Das Hafenfest in Bildern", "Das Hafenfest in Bildern"),
    # too little left after the kicker, a word that only starts like a media word, a
    # topic kicker and a live blog's label: kept
    ("Video: Highlights", "Video: Highlights"),
    ("Videospiele: Das sind die Trends des Jahres", "Videospiele: Das sind die Trends des Jahres"),
    ("Photography: a new exhibition opens at the harbour", "Photography: a new exhibition opens at the harbour"),
    ("Bahnstreik: Züge stehen am Montag still", "Bahnstreik: Züge stehen am Montag still"),
    ("LIVE: Storm knocks out power across the coast", "LIVE: Storm knocks out power across the coast"),
])
def test_a_media_kicker_before_the_headline_is_dropped(text, expected):
    assert headline.without_media_kicker(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("[단독] 시청 앞 광장에 새 분수대 들어선다", "시청 앞 광장에 새 분수대 들어선다"),
    ("[속보]항구 다리 2년 만에 다시 열려", "항구 다리 2년 만에 다시 열려"),
    ("【独家】港口大桥时隔两年重新开放", "港口大桥时隔两年重新开放"),
    ("【速報】港の橋、2年ぶりに再開通", "港の橋、2年ぶりに再開通"),
    # a bracket in a headline of another script, a bracket too long for a kicker, and
    # too little left after it: kept
    ("[Update] Harbour bridge reopens after two years", "[Update] Harbour bridge reopens after two years"),
    ("[시청 앞 광장에 새 분수대가 들어선다는 소식] 주민 반응", "[시청 앞 광장에 새 분수대가 들어선다는 소식] 주민 반응"),
    ("[포토] 분수대", "[포토] 분수대"),
])
def test_an_east_asian_bracketed_kicker_before_the_headline_is_dropped(text, expected):
    assert headline.without_bracket_kicker(text) == expected


def test_a_bracketed_kicker_is_dropped_from_the_chosen_headline():
    text = "[현장] 폐교된 초등학교가 주민 도서관으로"
    assert choose_headline(jsonld=None, meta=text, h1s=[], title=f"{text} - 항구일보",
                           site_names=["항구일보"], domain="hangu.example") == (
        "폐교된 초등학교가 주민 도서관으로", "meta")


def test_a_media_kicker_in_every_source_is_dropped_from_the_chosen_headline():
    text = "FOTO | Noul pod din port, deschis după doi ani"
    assert choose_headline(jsonld=text, meta=text, h1s=[text], title=f"{text} - Gazeta Portului",
                           site_names=["Gazeta Portului"], domain="gazeta.example") == (
        "Noul pod din port, deschis după doi ani", "jsonld")


def test_a_structured_headline_of_straight_quotes_takes_the_h1s_typographic_ones():
    asked = []

    def h1s():
        asked.append(True)
        return ["Here’s where the ferry goes – and why"]

    structured = "Here's where the ferry goes - and why"
    wordpress = lambda: True
    assert headline.choose_headline_source(
        jsonld=structured, meta=structured, h1s=h1s, title=structured + " | Gazette",
        site_names=["Gazette"], domain="gazette.test",
        curls_quotes=wordpress) == ("Here’s where the ferry goes – and why", "jsonld")
    assert asked  # (read for the straight quote)
    # a site that does not curl its printed titles keeps the structured spelling
    asked.clear()
    quoted = "Here's where the ferry goes"
    assert headline.choose_headline_source(
        jsonld=quoted, meta=quoted, h1s=lambda: asked.append(True) or ["Here’s where the ferry goes"],
        title=quoted + " | Gazette", site_names=["Gazette"], domain="gazette.test") == (quoted, "jsonld")
    assert not asked
    # without a straight quote or spaced hyphen the h1s are not read
    assert headline.choose_headline_source(
        jsonld="Ferry returns", meta=None, h1s=h1s, title="Ferry returns | Gazette",
        site_names=["Gazette"], domain="gazette.test", curls_quotes=wordpress) == ("Ferry returns", "jsonld")
    assert not asked
    # an h1 worded differently is not taken for the spelling
    assert headline.choose_headline_source(
        jsonld=structured, meta=None, h1s=["Where the ferry goes"], title=structured,
        site_names=[], domain="gazette.test", curls_quotes=wordpress) == (structured, "jsonld")


def test_a_full_width_bar_sets_apart_the_parts_of_a_title():
    printed = lambda wanted: {key: " ".join(words) for key, words in wanted.items()
                              if "".join(words).startswith("港の")}
    title = "港北新聞ウェブ｜ニュース｜港の再開発、来春に着工へ 市が発表"
    chosen, source = headline.choose_headline_source(
        jsonld=None, meta=None, h1s=[], title=title, site_names=[], domain="kohoku.test", printed=printed)
    assert source == "printed" and chosen.replace(" ", "").startswith("港の再開発")


def test_a_suffix_that_another_source_leaves_out_is_cut():
    # the h1 states the headline without the structured copy's parenthesised site name
    assert choose(meta="Harbour reopens after the storm (Coast Weekly)",
                  h1s=["Harbour reopens after the storm"]) \
        == ("Harbour reopens after the storm", "meta")
    # a listing number and a section after it; the cleaned title states the headline
    assert choose(meta="Holiday flat Seaview (4021) - Flats Northcoast",
                  title="Holiday flat Seaview | Harbour Lets", site_names=["Harbour Lets"])[0] \
        == "Holiday flat Seaview"
    # a date in parentheses after the h1 the page has no structured headline for
    assert choose(h1s=["Harbour reopens after the storm (14/01/2008)"],
                  title="Harbour reopens after the storm - Coast Weekly",
                  site_names=["Coast Weekly"])[0] == "Harbour reopens after the storm"


def test_a_suffix_no_source_leaves_out_or_after_a_colon_or_long_stays():
    # no other source states the headline without the suffix
    assert choose(meta="Harbour reopens after the storm (Coast Weekly)")[0] \
        == "Harbour reopens after the storm (Coast Weekly)"
    # what follows a colon is the headline after a kicker, not a suffix
    assert choose(meta="Storm damage: harbour reopens on Monday",
                  title="Storm damage | Coast Weekly", site_names=["Coast Weekly"])[0] \
        == "Storm damage: harbour reopens on Monday"
    # a suffix of more than MAX_LABEL_WORDS words is part of the headline
    long_suffix = "Harbour reopens (after five weeks of repairs to the pier)"
    assert choose(meta=long_suffix, h1s=["Harbour reopens"])[0] == long_suffix
    # a one-word opening or the site's name is not the headline
    assert choose(meta="Harbour (reopens Monday)", h1s=["Harbour"])[0] == "Harbour (reopens Monday)"
    assert choose(meta="Coast Weekly (Monday edition)", h1s=["Coast Weekly"],
                  site_names=["Coast Weekly"])[0] == "Coast Weekly (Monday edition)"


def test_a_closing_guillemet_is_no_suffix():
    # a headline quoting someone in French guillemets ends in a spaced "»", which also
    # separates titles' parts; with no word after it there is no suffix to cut
    quoted = "Loyers : « Le gel ne suffira pas »"
    assert choose(jsonld=quoted, meta=quoted, title=f"{quoted} - Abri Ouest",
                  site_names=["Abri Ouest"], h1s=[quoted])[0] == quoted


def test_the_h1s_are_read_for_the_suffix_only_when_no_other_source_states_the_headline():
    calls = []

    def h1s():
        calls.append(1)
        return ["Harbour reopens after the storm"]

    headline.choose_headline(jsonld="Harbour reopens after the storm (Coast Weekly)", meta=None,
                             h1s=h1s, title="Harbour reopens after the storm | Coast Weekly",
                             site_names=["Coast Weekly"], domain="news.test")
    assert calls == []
    assert headline.choose_headline(jsonld="Harbour reopens (Coast Weekly)", meta=None, h1s=h1s,
                                    title="Coast Weekly", site_names=[], domain="news.test")[0] \
        == "Harbour reopens (Coast Weekly)"
    assert len(calls) == 1  # (read once, shared by the choice and the suffix check)


def test_h1_over_labels_cleans_no_title_when_a_source_it_compares_is_missing(monkeypatch):
    def no_cleaning(text, names):
        raise AssertionError("cleaned a text for a comparison that cannot be made")
    monkeypatch.setattr(headline, "strip_site_affixes", no_cleaning)
    title = "Harbour reopens after the storm - Valley News"
    assert headline._h1_over_labels(None, None, ["Harbour reopens after the storm"], title, []) is None
    assert headline._h1_over_labels("Press releases", None, [], title, []) is None
    assert headline._h1_over_labels(None, "Press releases", ["Harbour reopens"], None, []) is None


def test_h1_over_labels_still_finds_the_h1_the_title_repeats():
    assert headline._h1_over_labels(None, "Press releases", ["Harbour reopens after the storm"],
                                    "Harbour reopens after the storm - Valley News",
                                    ["Valley News"]) == "Harbour reopens after the storm"


def test_the_h1_and_title_going_on_past_a_social_og_title_win():
    site = ["Millbrook Rovers"]
    h1 = "Late winner at the derby: Rovers beat Eastfield 2-1"
    title = f"{h1} | Millbrook Rovers"
    assert headline.choose_headline_source(
        jsonld=None, meta="Late winner at the derby!", h1s=lambda: [h1], title=title,
        site_names=site, domain="millbrookrovers.test") == (h1, "h1")
    # a JSON-LD headline of the same words as og:title (one plugin's copy) does not hold it
    assert headline.choose_headline_source(
        jsonld="Late winner at the derby!", meta="Late winner at the derby!", h1s=[h1],
        title=title, site_names=site, domain="millbrookrovers.test") == (h1, "h1")
    # a JSON-LD headline of its own stands
    assert headline.choose_headline_source(
        jsonld="Rovers win the derby late", meta="Late winner at the derby!", h1s=[h1],
        title=title, site_names=site, domain="millbrookrovers.test")[1] == "jsonld"
    # the title stating only the og:title: the h1 gluing a dek to it does not win
    assert headline.choose_headline_source(
        jsonld=None, meta="Late winner at the derby", h1s=[h1],
        title="Late winner at the derby | Millbrook Rovers", site_names=site,
        domain="millbrookrovers.test") == ("Late winner at the derby", "meta")
    # an h1 going on after a space alone continues it too (a word prefix cut off the whole)
    glued = "Late winner at the derby lifts Rovers to third"
    assert headline.choose_headline_source(
        jsonld=None, meta="Late winner at the derby", h1s=[glued],
        title=f"{glued} | Millbrook Rovers", site_names=site,
        domain="millbrookrovers.test") == (glued, "h1")
    # an h1 ending with the og:title (a kicker before it) is not this rule's
    kicker = "Derby day: Late winner at the derby"
    assert headline.choose_headline_source(
        jsonld=None, meta="Late winner at the derby", h1s=[kicker],
        title=f"{kicker} | Millbrook Rovers", site_names=site,
        domain="millbrookrovers.test") == ("Late winner at the derby", "meta")


def test_the_h1_and_title_going_on_past_a_social_og_title_after_a_comma_win():
    # the social title cut at the comma that opens an apposition; h1 and title agree on it all
    site = ["Wayfarer Quarterly"]
    h1 = "Cycling the old salt road to Lunefeld, the valley that time forgot"
    title = f"{h1} — Wayfarer Quarterly"
    assert headline.choose_headline_source(
        jsonld=None, meta="Cycling the old salt road to Lunefeld", h1s=lambda: [h1],
        title=title, site_names=site, domain="wayfarer.test") == (h1, "h1")
    # the title stating only the og:title: the h1 going on after a comma does not win
    assert headline.choose_headline_source(
        jsonld=None, meta="Cycling the old salt road to Lunefeld", h1s=[h1],
        title="Cycling the old salt road to Lunefeld — Wayfarer Quarterly", site_names=site,
        domain="wayfarer.test") == ("Cycling the old salt road to Lunefeld", "meta")


def test_the_h1_and_title_going_on_past_a_word_prefix_og_title_win():
    # og:title the h1's first words, cut before "after ..."; h1 and title agree on the whole
    h1 = "Harbour board approves new ferry pier after two years of talks"
    page = (f"<html><head><title>{h1} | Saltmarsh Gazette</title>"
            "<meta property='og:title' content='Harbour board approves new ferry pier'>"
            "<meta property='og:site_name' content='Saltmarsh Gazette'></head><body><article>"
            f"<h1>{h1}</h1><p>The harbour board voted on Tuesday to build a second pier for the"
            " island ferry, ending a dispute that had run since the old pier was closed.</p>"
            "</article></body></html>")
    assert extract_article(page, "https://saltmarshgazette.test/news/pier", profile=False).headline == h1
    # the title stating only the og:title: the longer h1 does not win
    short = page.replace(f"<title>{h1} |", "<title>Harbour board approves new ferry pier |")
    assert extract_article(short, "https://saltmarshgazette.test/news/pier",
                           profile=False).headline == "Harbour board approves new ferry pier"


def test_the_h1_and_title_going_on_past_an_og_title_by_a_second_sentence_win():
    # og:title the headline's first sentence; h1 and title state both sentences
    h1 = "Valley hospital opens its own scanner at last. Patients no longer sent to the city"
    page = (f"<html><head><title>{h1} &#8211; Valley Herald</title>"
            "<meta property='og:title' content='Valley hospital opens its own scanner at last'>"
            "<meta property='og:site_name' content='Valley Herald'></head><body><article>"
            f"<h1>{h1}</h1><p>The county hospital switched on its first scanner on Thursday,"
            " after patients had for a decade been driven two hours to the city for every scan.</p>"
            "</article></body></html>")
    assert extract_article(page, "https://valleyherald.test/news/scanner", profile=False).headline == h1
    # the title stating only the first sentence: the og:title stands
    short = page.replace(f"<title>{h1} &#8211;",
                         "<title>Valley hospital opens its own scanner at last &#8211;")
    assert extract_article(short, "https://valleyherald.test/news/scanner",
                           profile=False).headline == "Valley hospital opens its own scanner at last"


def test_the_whole_that_h1_og_title_and_title_state_wins_over_a_shorter_json_ld_headline():
    # the JSON-LD headline the h1's first words, cut before its comma clause; og:title, the
    # h1 and the title all state the whole
    site = ["Fenland Echo"]
    short = "Drainage board to rebuild the Old Bedford sluice"
    whole = f"{short}, closing the river path for a year"
    assert headline.choose_headline_source(
        jsonld=short, meta=whole, h1s=lambda: [whole], title=f"{whole} - Fenland Echo",
        site_names=site, domain="fenlandecho.test") == (whole, "h1")
    # the title stating only the JSON-LD's words: the structured headline stands
    assert headline.choose_headline_source(
        jsonld=short, meta=whole, h1s=[whole], title=f"{short} - Fenland Echo",
        site_names=site, domain="fenlandecho.test") == (short, "jsonld")
    # og:title saying something else than the h1: the structured headline stands
    assert headline.choose_headline_source(
        jsonld=short, meta="River path to close for a year", h1s=[whole],
        title=f"{whole} - Fenland Echo", site_names=site, domain="fenlandecho.test") == (short, "jsonld")


def test_the_h1_and_title_going_on_past_an_og_title_after_a_spaced_dash_the_title_affix_test_takes():
    # "<og:title> – <more> | Site": the title's words after the og:title's are not a site affix
    site = ["Lakeside Courier"]
    h1 = "Mobile library makes its last round – collection points to replace it in villages"
    assert headline.choose_headline_source(
        jsonld=None, meta="Mobile library makes its last round", h1s=lambda: [h1],
        title=f"{h1} | Lakeside Courier", site_names=site, domain="lakesidecourier.test") == (h1, "h1")
    # a continuation that is the site's own name is not the headline's
    assert headline.choose_headline_source(
        jsonld=None, meta="Mobile library makes its last round",
        h1s=["Mobile library makes its last round – Lakeside Courier"],
        title="Mobile library makes its last round – Lakeside Courier", site_names=site,
        domain="lakesidecourier.test")[0] == "Mobile library makes its last round"


def test_the_headline_title_and_page_print_wins_over_a_social_og_title():
    printed_texts = {"Harbour ferry to run hourly from May as council backs new timetable"}

    def printed(wanted):
        return {key: " ".join(words) for key, words in wanted.items()
                if " ".join(words) in printed_texts}

    title = "Harbour ferry to run hourly from May as council backs new timetable – Coast Radio"
    social = "Hourly ferries from May"
    assert headline.choose_headline_source(
        jsonld=None, meta=social, h1s=[], title=title, site_names=["Coast Radio"],
        domain="coastradio.test", printed=printed) == (
        "Harbour ferry to run hourly from May as council backs new timetable", "printed")
    # the og:title the title holds stays
    assert headline.choose_headline_source(
        jsonld=None, meta="Harbour ferry to run hourly from May", h1s=[],
        title="Harbour ferry to run hourly from May – Coast Radio", site_names=["Coast Radio"],
        domain="coastradio.test", printed=printed)[1] == "meta"
    # a JSON-LD headline is the publisher's own statement: no printed part over it
    assert headline.choose_headline_source(
        jsonld=social, meta=social, h1s=[], title=title, site_names=["Coast Radio"],
        domain="coastradio.test", printed=printed)[1] == "jsonld"
    # an og:title of the title's own words in another order (a kicker moved) stays
    assert headline.choose_headline_source(
        jsonld=None, meta="Council backs new timetable - Harbour ferry to run hourly from May", h1s=[],
        title="Harbour ferry to run hourly from May: council backs new timetable – Coast Radio",
        site_names=["Coast Radio"], domain="coastradio.test",
        printed=lambda wanted: {key: " ".join(words) for key, words in wanted.items()})[1] == "meta"
    # nothing printed as the title says: the og:title stays
    assert headline.choose_headline_source(
        jsonld=None, meta=social, h1s=[], title=title, site_names=["Coast Radio"],
        domain="coastradio.test", printed=lambda wanted: {})[1] == "meta"


def test_an_seo_plugins_title_copied_into_json_ld_yields_to_the_printed_h1():
    # Rank Math fills the Article headline with the SEO title (the <title> whole); the
    # theme prints the post's own title in the h1
    seo = "Ferry timetable: everything summed up | Harbour Gazette"
    printed = "Ferry timetable: everything about the winter crossings"
    rank_math = lambda: True
    kwargs = dict(jsonld=seo, meta=seo, title=seo, site_names=["Harbour Gazette"],
                  domain="gazette.test")
    assert headline.choose_headline_source(h1s=[printed], seo_title_schema=rank_math,
                                           **kwargs) == (printed, "h1")
    # without the plugin, the JSON-LD headline stands (cleaned of the site's name)
    assert headline.choose_headline_source(h1s=[printed], **kwargs) == (
        "Ferry timetable: everything summed up", "jsonld")
    # an h1 that shares no words with it is a section label or a box's heading
    assert headline.choose_headline_source(h1s=["Winter timetables"], seo_title_schema=rank_math,
                                           **kwargs) == ("Ferry timetable: everything summed up",
                                                         "jsonld")
    # an h1 stating the SEO title without the site's name changes nothing
    assert headline.choose_headline_source(
        h1s=["Ferry timetable: everything summed up"], seo_title_schema=rank_math,
        **kwargs) == ("Ferry timetable: everything summed up", "jsonld")


def test_a_json_ld_headline_other_than_the_title_is_not_asked_about_its_plugin():
    asked = []
    plugin = lambda: asked.append(True) or True
    assert headline.choose_headline_source(
        jsonld="Ferry timetable: everything about the winter crossings", meta=None,
        h1s=["Ferry timetable: the winter crossings, with a kicker"],
        title="Ferry timetable: everything summed up | Harbour Gazette",
        site_names=["Harbour Gazette"], domain="gazette.test",
        seo_title_schema=plugin) == ("Ferry timetable: everything about the winter crossings", "jsonld")
    assert not asked


MENU = frozenset({"aktuelles", "ratgeber", "patchnotes", "guides"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Ratgeber – So überwintern Geranien sicher im Keller", "So überwintern Geranien sicher im Keller"),
    ("Patch Notes - Patchnotes 4.47 - Bugfix Build", "Patchnotes 4.47 - Bugfix Build"),
    ("How to fit a bike chain at home | Guides", "How to fit a bike chain at home"),
    # no segment the menus print, a colon, or too little left: kept
    ("Garten – So überwintern Geranien sicher im Keller", "Garten – So überwintern Geranien sicher im Keller"),
    ("Ratgeber: So überwintern Geranien sicher im Keller", "Ratgeber: So überwintern Geranien sicher im Keller"),
    ("Ratgeber – Geranien", "Ratgeber – Geranien"),
])
def test_a_section_the_menus_print_is_cut_from_either_end(text, expected):
    assert headline.without_menu_section(text, lambda: MENU) == expected


def test_the_menus_are_read_only_for_a_headline_with_a_separator():
    def unread():
        raise AssertionError("menus read")
    assert headline.without_menu_section("Geranien im Keller überwintern", unread) == \
        "Geranien im Keller überwintern"


def test_the_h1_wins_when_no_two_sources_agree():
    h1 = "Birkenau – Dorf am Ufer des Kranichsees"
    title = "Ferienhaus Birkenau ✓ 80 Angebote ab 45 € | Seeblick Ferien"
    og = "Ferienhäuser in Birkenau am Kranichsee"
    assert headline.choose_headline_source(
        jsonld=None, meta=og, h1s=lambda: [h1], title=title, site_names=["Seeblick Ferien"],
        domain="seeblick.test") == (h1, "h1")
    # the title stating the h1: not this rule's (two sources agree; the corpora's labels
    # take og:title there as often as the h1, and the choice stays the structured one)
    assert headline.choose_headline_source(
        jsonld=None, meta=og, h1s=[h1], title=f"{h1} | Seeblick Ferien",
        site_names=["Seeblick Ferien"], domain="seeblick.test") == (og, "meta")
    # a JSON-LD headline stands
    assert headline.choose_headline_source(
        jsonld=og, meta=og, h1s=[h1], title=title, site_names=["Seeblick Ferien"],
        domain="seeblick.test") == (og, "jsonld")
    # an h1 sharing no word with og:title (a box's heading), or a short one: og:title stays
    for other in ("Unsere Angebote für den Sommer", "Birkenau am See"):
        assert headline.choose_headline_source(
            jsonld=None, meta=og, h1s=[other], title=title, site_names=["Seeblick Ferien"],
            domain="seeblick.test") == (og, "meta")


PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize(("name", "expected"), [
    ("headline_menu_section.html", "So überwintern Geranien sicher im Keller"),
    ("headline_no_sources_agree.html", "Birkenau – Dorf am Ufer des Kranichsees"),
    # a <title> left unclosed, its text running into the head's markup: the h1 is taken
    ("headline_unclosed_title.html", "Lena Marsh"),
    # the title "site - Section- Headline" (no space before the dash) and the headline
    # printed in an h5 over the story: every heading level is a heading
    ("headline_h5_over_story.html", "Ferry pier plan approved"),
    # no title: the heading's cell closes with the story's date in an element of its own
    ("headline_cell_with_date.html", "Harbour team signs its new test driver"),
    # og:title and JSON-LD state the first clause; the h1 and the title go on after a
    # semicolon with the second: the printed whole is the headline
    ("headline_clause_after_semicolon.html", "Harbour Mills sales slip as grain prices climb; dividend held"),
    # Arc XP: the h1 prints the ANS headlines.basic of Fusion.globalContent; the JSON-LD
    # headline, og:title and <title> state its meta_title, worded apart: the h1 is taken
    ("headline_arc_basic_over_meta_title.html", "Harbour board freezes ferry fares, closes $3M gap with reserves"),
])
def test_headline_pages(name, expected):
    article = extract_article((PAGES / name).read_bytes(), "https://www.example.test/a/b", profile=False)
    assert article.headline == expected


def test_the_separator_pattern_finds_what_its_alternatives_find():
    # the lookahead that opens _SEPARATOR is a speed-up only: on titles of every kind
    # (spaced and unspaced bars, dashes, full-width colons, double colons, runs of
    # spaces, line breaks) it finds the spans the bare alternation finds
    import itertools
    import re

    bare = re.compile(r"\s+[|–—\-·•»«:/~]\s+|\s*[|：｜]\s*|\s+::\s+")
    pieces = ["Harbour", " ", "  ", "\n", "|", "｜", "：", "-", "–", "—", "·", "•", "»", "«",
              ":", "::", "/", "~", "x", "見出し", "\u00a0"]
    for length in range(1, 5):
        for parts in itertools.product(pieces, repeat=length):
            title = "".join(parts)
            assert [m.span() for m in headline._SEPARATOR.finditer(title)] == \
                [m.span() for m in bare.finditer(title)], title


def test_a_structured_headline_that_only_names_the_site_is_no_candidate():
    # og:title "Harbour Courier" on every page of harbourcourier.test: the title's parts
    # and the page are read instead, as for a logo h1
    assert choose(meta="Harbour Courier", title="Harbour ferry moves | Harbour Courier",
                  domain="www.harbourcourier.test") == ("Harbour ferry moves", "markup")
    assert choose(jsonld="Coast Times", meta="Coast Times", h1s=["Harbour ferry moves"],
                  site_names=["Coast Times"]) == ("Harbour ferry moves", "markup")
    # a headline that mentions the site stays
    assert choose(meta="Harbour Courier wins press award", domain="harbourcourier.test")[0] \
        == "Harbour Courier wins press award"


def test_a_page_whose_og_title_names_the_site_takes_its_printed_headline():
    article = extract_article((PAGES / "headline_og_title_site_name.html").read_bytes(),
                              "https://www.harbourcourier.test/news/2008/01/10/ferry.html",
                              profile=False)
    assert article.headline == "Ferry timetable changes from Monday"


def test_a_kicker_moved_behind_the_structured_headline_is_cut_where_the_h1_prints_it_first():
    # og:title "Headline - Kicker", the h1 "Kicker Headline" (a Dachzeile or strapline
    # printed above the headline) or the kicker alone (the headline in a heading below)
    og = "Ferry runs to timetable again - Harbour dispute"
    for h1s in (["Harbour dispute Ferry runs to timetable again"],
                ["Harbour dispute: Ferry runs to timetable again"]):
        assert choose(meta=og, h1s=h1s) == ("Ferry runs to timetable again", "meta")
    # the kicker alone in the h1: cut only when an h2 or h3 prints the headline by itself
    def source(**kwargs):
        return headline.choose_headline_source(
            **{**dict(jsonld=None, title=None, site_names=[], domain="news.test"), **kwargs})
    assert source(meta=og, h1s=["Harbour dispute"],
                  subheadings=lambda: ["Share", "Ferry runs to timetable again"]) \
        == ("Ferry runs to timetable again", "meta")
    assert source(meta=og, h1s=["Harbour dispute"], subheadings=lambda: ["Share"])[0] == og
    assert source(meta=og, h1s=["Harbour dispute"])[0] == og
    # a suffix the h1 does not print first stays; a "kicker" longer than the headline too
    assert choose(meta=og, h1s=["Ferry runs to timetable again after three weeks"])[0] == og
    assert choose(meta="Ferry runs - Harbour dispute over night fees",
                  h1s=["Harbour dispute over night fees Ferry runs"])[0] \
        == "Ferry runs - Harbour dispute over night fees"
    article = extract_article((PAGES / "headline_moved_kicker.html").read_bytes(),
                              "https://www.hafenbote.test/hafen/faehre-101.html", profile=False)
    assert article.headline == "Fähre fährt wieder nach Plan"


def test_a_structured_headline_stands_apart_from_the_titles_that_agree():
    site = ["Kestrel Vale Post"]
    own = "Library roof to be replaced over the summer"
    assert headline.stands_apart("Bus timetable changes from May", own, [own],
                                 f"{own} | Kestrel Vale Post", site, "kestrelvale.test")
    # a shortened or longer form of the same headline does not stand apart
    assert not headline.stands_apart("Library roof to be replaced", own, [own],
                                     f"{own} | Kestrel Vale Post", site, "kestrelvale.test")
    # the page's own titles not agreeing, or no h1: no verdict
    assert not headline.stands_apart("Bus timetable changes from May", "Summer closure at the library",
                                     [own], f"{own} | Kestrel Vale Post", site, "kestrelvale.test")
    assert not headline.stands_apart("Bus timetable changes from May", own, [],
                                     f"{own} | Kestrel Vale Post", site, "kestrelvale.test")


def test_a_title_is_cleaned_of_the_site_names_once_for_the_same_names(monkeypatch):
    headline._stripped_of_site_affixes.cache_clear()
    asked = []
    weigh = headline._is_site_name

    def counted(text, keys):
        asked.append(text)
        return weigh(text, keys)

    monkeypatch.setattr(headline, "_is_site_name", counted)
    title = "Ferry timetable changes for the winter | Harbour Gazette"
    assert strip_site_affixes(title, ["Harbour Gazette"]) == "Ferry timetable changes for the winter"
    read = len(asked)
    assert read
    assert strip_site_affixes(title, ("Harbour Gazette",)) == "Ferry timetable changes for the winter"
    assert len(asked) == read
    # other names are another question
    assert strip_site_affixes(title, ["Gazette Online"]) == title
    assert len(asked) > read
    headline._stripped_of_site_affixes.cache_clear()


def test_the_h1_going_on_past_a_shortened_social_title_in_words_of_its_own_wins():
    # og:title (and the JSON-LD headline saying the same) the headline's opening; the title
    # goes on past it after a colon, the h1 too, in other words sharing some of the title's
    site = ["Tidewater Tech"]
    h1 = "Corvane Loop 2 review: the quietest cheap headphones, with one real flaw"
    page = ("<html><head><title>Corvane Loop 2 review: quiet and cheap, one real flaw | Tidewater Tech"
            "</title><meta property='og:title' content='Corvane Loop 2 review'>"
            "<meta property='og:site_name' content='Tidewater Tech'>"
            "<script type='application/ld+json'>{\"@type\": \"Review\", \"headline\": "
            "\"Corvane Loop 2 review\"}</script></head><body><article>"
            f"<h1>{h1}</h1><p>The second Loop costs less than the first and blocks more of the"
            " train, but the battery case still rattles in a coat pocket.</p></article></body></html>")
    assert extract_article(page, "https://tidewater.test/reviews/loop-2", profile=False).headline == h1
    # the h1's opening dropping a word of the og:title, its ending the title's
    h1 = "2027 Marlow Tern Estate Test Drive: A Roomy Hybrid That Saves Its Best for Motorways"
    assert headline.choose_headline_source(
        jsonld=None, meta="2027 Marlow Tern Estate Test Drive Review",
        h1s=lambda: [h1], site_names=site, domain="tidewater.test",
        title="2027 Marlow Tern Estate Test Drive Review: A Roomy Hybrid That Saves Its Best"
              " for Motorways | Tidewater Tech") == (h1, "h1")
    # the title not going on past the og:title: the og:title stands
    assert headline.choose_headline_source(
        jsonld=None, meta="Corvane Loop 2 review", h1s=lambda: [h1], site_names=site,
        domain="tidewater.test", title="Corvane Loop 2 review | Tidewater Tech") == (
        "Corvane Loop 2 review", "meta")
    # an h1 whose ending shares no word with the title's is another text (a teaser's heading)
    other = "Corvane Loop 2 review: our verdict after a month of commuting"
    assert headline.choose_headline_source(
        jsonld=None, meta="Corvane Loop 2 review", h1s=lambda: [other], site_names=site,
        domain="tidewater.test",
        title="Corvane Loop 2 review: quiet and cheap, one real flaw | Tidewater Tech") == (
        "Corvane Loop 2 review", "meta")
    # a JSON-LD headline saying something else than og:title: no shortened copy to go past
    assert headline.choose_headline_source(
        jsonld="Corvane's second Loop tested", meta="Corvane Loop 2 review", h1s=lambda: [h1],
        site_names=site, domain="tidewater.test",
        title="Corvane Loop 2 review: quiet and cheap, one real flaw | Tidewater Tech")[1] == "jsonld"


def test_og_title_with_the_kicker_the_title_carries_wins_over_a_json_ld_headline_without_it():
    site = ["Mooracker Zeitung"]
    # og:title "Kicker: Headline", <title> the same, the JSON-LD headline without the kicker
    social = "Neue Taktung: Fähren nach Lindholm fahren ab Mai stündlich"
    found = headline.choose_headline_source(
        jsonld="Fähren nach Lindholm fahren ab Mai stündlich", meta=social, h1s=lambda: [],
        title=f"{social} | Mooracker Zeitung", site_names=site, domain="mooracker.test")
    assert found == (social, "meta")
    # the kicker set off by a slash, the title gluing it on with a space (punctuation aside)
    social = "Streik im Hafen / Fähren nach Lindholm fallen am Montag aus"
    found = headline.choose_headline_source(
        jsonld="Fähren nach Lindholm fallen am Montag aus", meta=social, h1s=lambda: [],
        title="Streik im Hafen Fähren nach Lindholm fallen am Montag aus - Mooracker Zeitung",
        site_names=site, domain="mooracker.test")
    assert found == (social, "meta")
    # the title without the kicker: the JSON-LD headline stands
    found = headline.choose_headline_source(
        jsonld="Fähren nach Lindholm fallen am Montag aus", meta=social, h1s=lambda: [],
        title="Fähren nach Lindholm fallen am Montag aus - Mooracker Zeitung",
        site_names=site, domain="mooracker.test")
    assert found == ("Fähren nach Lindholm fallen am Montag aus", "jsonld")
    # a "kicker" longer than the headline is no kicker
    social = "Was die neue Taktung für Pendler aus Lindholm bedeutet: Fahrplan steht"
    found = headline.choose_headline_source(
        jsonld="Fahrplan steht", meta=social, h1s=lambda: [], title=social,
        site_names=site, domain="mooracker.test")
    assert found == ("Fahrplan steht", "jsonld")
    # a flag of the story's kind in capitals is no topic kicker: the JSON-LD headline stands
    found = headline.choose_headline_source(
        jsonld="Fähren nach Lindholm fallen am Montag aus",
        meta="EXKLUSIV: Fähren nach Lindholm fallen am Montag aus", h1s=lambda: [],
        title="EXKLUSIV: Fähren nach Lindholm fallen am Montag aus | Mooracker Zeitung",
        site_names=site, domain="mooracker.test")
    assert found == ("Fähren nach Lindholm fallen am Montag aus", "jsonld")


def test_the_h1_the_structured_headline_adds_a_word_of_context_to_wins():
    site = ["Stadt Ebershain"]
    h1 = "Freibad: Umbau beginnt im März 2026"
    social = "Freibad Ebershain: Umbau beginnt im März 2026"
    found = headline.choose_headline_source(
        jsonld=None, meta=social, h1s=lambda: [h1], title=f"{social} - Stadt Ebershain",
        site_names=site, domain="ebershain.test")
    assert found == (h1, "h1")
    # two words added in the middle, the JSON-LD headline saying it
    h1 = "Council approves the new ferry timetable for winter"
    found = headline.choose_headline_source(
        jsonld="Council approves the new Lindholm ferry timetable for winter: details",
        meta=None, h1s=lambda: [h1], title=None, site_names=site, domain="ebershain.test")
    assert found[1] == "jsonld"  # (the words added at the end too: not one run)
    found = headline.choose_headline_source(
        jsonld="Council approves the new Lindholm harbour ferry timetable for winter...",
        meta=None, h1s=lambda: ["Council approves the new ferry timetable for winter"],
        title=None, site_names=site, domain="ebershain.test")
    assert found == ("Council approves the new ferry timetable for winter", "h1")
    # the h1 the headline cut short at its end: a truncation, the structured headline stands
    found = headline.choose_headline_source(
        jsonld=None, meta="Freibad: Umbau beginnt im März 2026", h1s=lambda: ["Freibad: Umbau beginnt im"],
        title="Freibad: Umbau beginnt im März 2026 - Stadt Ebershain", site_names=site,
        domain="ebershain.test")
    assert found == ("Freibad: Umbau beginnt im März 2026", "meta")
    # three words left out: another text
    found = headline.choose_headline_source(
        jsonld=None, meta="Freibad am Stadtpark Ebershain: Umbau beginnt im März 2026",
        h1s=lambda: ["Freibad: Umbau beginnt im März 2026"],
        title="Freibad am Stadtpark Ebershain: Umbau beginnt im März 2026 - Stadt Ebershain",
        site_names=site, domain="ebershain.test")
    assert found[1] == "meta"


def test_the_h1_going_on_past_every_copy_of_a_shortened_headline_wins():
    # the JSON-LD headline, og:title and <title> agree on the headline's opening; the page's
    # h1 prints it whole, going on after a colon
    site = ["Kestrel Review"]
    h1 = "Old ferry tickets get a second life: a museum shows the printers behind them"
    short = "Old ferry tickets get a second life"
    page = ("<html><head><title>Old ferry tickets get a second life · Kestrel Review</title>"
            f"<meta property='og:title' content='{short}'>"
            "<meta property='og:site_name' content='Kestrel Review'>"
            "<script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": "
            f"\"{short}\"}}</script></head><body><article><h1>{h1}</h1>"
            "<p>The tickets were printed on card so thin that most of them were thrown away the"
            " day they were bought, which is why so few of them survive.</p></article></body></html>")
    assert extract_article(page, "https://kestrel.test/arts/tickets", profile=False).headline == h1

    def chosen(h1, copy=short, jsonld=short, title=f"{short} · Kestrel Review"):
        return headline.choose_headline_source(
            jsonld=jsonld, meta=copy, h1s=lambda: [h1], title=title, site_names=site,
            domain="kestrel.test", h1_texts=lambda: [h1])

    # going on after a space, with a word in lower case
    assert chosen("Old ferry tickets get a second life in a harbour museum") == (
        "Old ferry tickets get a second life in a harbour museum", "h1")
    # after a space with a capitalised word: a second line glued on (a subtitle in the h1)
    assert chosen("Old ferry tickets get a second life Harbour Museum Opens Its Archive") == (
        short, "jsonld")
    # what the h1 adds names the site
    assert chosen("Old ferry tickets get a second life | Kestrel Review") == (short, "jsonld")
    # the copies disagree (og:title another text): not this rule's
    assert chosen(h1, copy="Printers of the ferry tickets")[1] == "jsonld"
    # no JSON-LD headline: og:title and <title> alone stand (the h1 may glue a dek on)
    assert chosen(h1, jsonld=None) == (short, "meta")
    # <title> goes its own way: not this rule's either
    assert chosen(h1, title="Ferry tickets in the museum | Kestrel Review") == (short, "jsonld")
    # the h1s are read only where one of them opens with the copies' text
    read = []
    headline.choose_headline_source(
        jsonld=short, meta=short, h1s=lambda: read.append(1) or [h1],
        title=f"{short} · Kestrel Review", site_names=site, domain="kestrel.test",
        h1_texts=lambda: ["Kestrel Review"])
    assert not read


def test_a_social_title_closing_with_a_sign_is_continued_past_it():
    # og:title closes with a per cent sign; the h1 and <title> go on past it
    h1 = "How the co-op cut its heating bill by 38% without new boilers"
    assert headline.choose_headline_source(
        jsonld=None, meta="How the co-op cut its heating bill by 38%", h1s=lambda: [h1],
        title=f"{h1} – Fenwick Housing", site_names=["Fenwick Housing"],
        domain="fenwick.test") == (h1, "h1")


def test_what_the_title_adds_past_a_shorter_og_title_is_no_site_name_where_json_ld_states_it():
    # og:title states the first part; the JSON-LD headline, the h1 and <title> the whole:
    # the second part is not stripped from the JSON-LD headline as if it named the site
    whole = "Marsh road to close for six weeks – Detour adds ten minutes to the bus route"
    assert headline.choose_headline_source(
        jsonld=whole, meta="Marsh road to close for six weeks", h1s=lambda: [whole],
        title=f"{whole} | Lowmoor Post", site_names=["Lowmoor Post"],
        domain="lowmoor.test") == (whole, "jsonld")


def test_the_printed_h1_over_the_seo_copies_only_where_arc_states_it_as_the_headline():
    seo = "Ferry fares frozen for a year as harbour board meets deficit"
    printed = "Harbour board freezes ferry fares, closes $3M gap with reserves"
    sources = dict(jsonld=seo, meta=seo, h1s=[printed], title=f"{seo} | Bayside Ledger",
                   site_names=["Bayside Ledger"], domain="bayside.test")
    # ANS headlines.basic is the h1's text: the story's own headline
    assert headline.choose_headline_source(**sources, arc_page=lambda: True,
                                           arc_headline=lambda: printed) == (printed, "h1")
    # no Arc document, or one whose basic headline is the SEO copy's: the cascade's choice
    assert headline.choose_headline_source(**sources) == (seo, "jsonld")
    assert headline.choose_headline_source(**sources, arc_page=lambda: True,
                                           arc_headline=lambda: seo) == (seo, "jsonld")
    # the h1 stating the structured copy: the app state is not read
    def unread():
        raise AssertionError("the Arc document read where the h1 is the structured copy")
    assert headline.choose_headline_source(**{**sources, "h1s": [seo]}, arc_page=lambda: True,
                                           arc_headline=unread) == (seo, "jsonld")


def test_a_site_name_opening_the_title_before_a_colon_is_cut_from_a_title_headline():
    # no structured headline, no h1: the title "Site: Headline" gives the headline; the
    # site is known by its domain only (a page without og:site_name)
    assert headline.choose_headline_source(
        jsonld=None, meta=None, h1s=lambda: [], title="Tarnby Wire: Ferry fares rise for the winter",
        site_names=[], domain="tarnbywire.test") == ("Ferry fares rise for the winter", "title")
    # the words before the colon hold the whole name and a little more
    assert headline.choose_headline_source(
        jsonld=None, meta=None, h1s=lambda: [], title="TarnbyWire.com: Ferry fares rise for the winter",
        site_names=[], domain="tarnbywire.test") == ("Ferry fares rise for the winter", "title")
    # a topic before the colon stays (a kicker, not the site)
    assert headline.choose_headline_source(
        jsonld=None, meta=None, h1s=lambda: [], title="Harbour works: Ferry fares rise for the winter",
        site_names=["Tarnby Wire"], domain="tarnbywire.test") == (
            "Harbour works: Ferry fares rise for the winter", "title")
    # a place that is only a part of the site's name is a kicker too
    assert headline.choose_headline_source(
        jsonld=None, meta=None, h1s=lambda: [], title="Tarnby: Ferry fares rise for the winter",
        site_names=["Tarnby Wire"], domain="tarnbywire.test") == (
            "Tarnby: Ferry fares rise for the winter", "title")
    # too few words after the colon: a site's section page title, left whole
    assert headline.choose_headline_source(
        jsonld=None, meta=None, h1s=lambda: [], title="Tarnby Wire: Top stories",
        site_names=[], domain="tarnbywire.test") == ("Tarnby Wire: Top stories", "title")


def test_a_page_titled_with_its_site_name_and_a_colon_gives_the_headline_without_it():
    # (an old table layout: no h1, the headline printed nowhere but in the title)
    page = (PAGES / "headline_site_colon_title.html").read_bytes()
    article = extract_article(page, "https://www.tarnbywire.test/story.asp?id=4417", profile=False)
    assert article.headline == "Council backs new ferry timetable for the winter"


@pytest.mark.parametrize(("text", "url", "expected"), [
    ("Sports Wire", "http://harbourtv.test/sportswire/22.0.html?type=national", True),
    ("NBA", "http://www.harbourtv.test/nba/15017151/detail.html", True),
    ("Middle East", "http://www.gazette.test/2007/12/06/world/middleeast/06aid.html", True),
    # the page's own slug is no section: the last directory of a path ending in a slash,
    # or the file's name without its extension
    ("Bee Simulator", "https://www.gazette.test/games/bee-simulator/", False),
    ("Old Harbour", "https://www.gazette.test/towns/oldharbour/oldharbour.htm", False),
    # a headline of more words than a label has is never one
    ("Sports wire staff cut by half", "http://harbourtv.test/sportswirestaffcutbyhalf/1.html", False),
    ("Sports Wire", "http://harbourtv.test/", False),
])
def test_names_url_section(text, url, expected):
    assert headline.names_url_section(text, url) is expected


def test_an_h1_naming_the_url_section_yields_to_the_heading_before_the_story():
    # the h1 "Sports Wire" over /sportswire/, repeated by the title "site - Sports Wire":
    # the story's own heading, an h2 just before it, is the headline
    page = (PAGES / "headline_section_h1_in_url.html").read_bytes()
    url = "http://harbourtv.test/sportswire/22.0.html?type=national&filename=ROW--Coach.xml"
    article = extract_article(page, url, profile=False)
    assert article.headline == "Rowing club names its first coach from the islands"
    # the same page filed under a path that does not name the section keeps its h1
    # (the h1 and the title agree)
    assert extract_article(page, "http://harbourtv.test/wire/22.0.html", profile=False).headline == "Sports Wire"


def test_the_h1_past_a_json_ld_headline_cut_at_the_schema_limit_wins():
    # a schema plugin cuts the JSON-LD headline to the 110 characters Google's Article
    # structured data allowed, at a word and without an ellipsis; og:title and <title>
    # state shortenings of their own; the h1 prints the headline whole
    h1 = ("Harbour board approves the new ferry pier after two years of talks, and the first"
          " sailings from it are planned for the autumn")
    cut = h1[:h1.rindex(" ", 0, headline.SCHEMA_HEADLINE_LIMIT + 1)]
    assert len(cut) <= headline.SCHEMA_HEADLINE_LIMIT < len(h1)
    social = "Harbour board approves the new ferry pier: sailings in the autumn"
    page = ("<html><head><title>Ferry pier approved | Kestrel Review</title>"
            f"<meta property='og:title' content='{social}'>"
            "<meta property='og:site_name' content='Kestrel Review'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            f"\"{cut}\"}}</script></head><body><article><h1>{h1}</h1>"
            "<p>The pier will stand beside the old fish market, where the council's boats were"
            " moored until the harbour was dredged last year.</p></article></body></html>")
    assert extract_article(page, "https://kestrel.test/news/pier", profile=False).headline == h1

    def chosen(h1, jsonld=cut):
        return headline.choose_headline_source(
            jsonld=jsonld, meta=social, h1s=lambda: [h1], title="Ferry pier approved | Kestrel Review",
            site_names=["Kestrel Review"], domain="kestrel.test", h1_texts=lambda: [h1])

    assert chosen(h1) == (h1, "h1")
    # a cut inside a word at the limit (a plugin counting characters) is read the same way
    assert chosen(h1, jsonld=h1[:headline.SCHEMA_HEADLINE_LIMIT].rstrip()) == (h1, "h1")
    # a JSON-LD headline whose next printed word would have fitted under the limit was not
    # cut there: the h1 adds words of its own (a dek glued on), and the JSON-LD stands
    short = h1[:h1.rindex(" ", 0, 90)]
    assert chosen(h1, jsonld=short) == (short, "jsonld")
    # an h1 within the limit: nothing was cut
    within = h1[:105]
    assert chosen(within, jsonld=within[:within.rindex(" ")]) == (within[:within.rindex(" ")], "jsonld")
    # an h1 that does not open with the JSON-LD headline's text
    assert chosen("Ferry pier: " + h1) == (cut, "jsonld")
