"""Bylines read part by part (issue 14, bylines on unseen sites): the parts of a byline
element kept apart, lead-ins, roles, affiliations, repeated names and picture credits.
Fixture pages of the project's own under tests/extract/fixtures/bylines/."""

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extract import markup
from newscrawl.extract.authors import cited_names, clean_byline
from newscrawl.extract.extractor import extract_article

PAGES = Path(__file__).parent / "fixtures" / "bylines"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("fragment, text", [
    # texts of two elements touching with no space: separate parts
    ('<h2>By <a>Jane Doe</a><a><span>Follow</span></a></h2>', "By Jane Doe | Follow"),
    ('<div><span>By </span><div><a>Jane Doe</a></div><a>@janedoe</a></div>',
     "By | Jane Doe | @janedoe"),
    # a block element of its own, a <br>
    ('<div>Von<br>Jan Kurz</div>', "Von | Jan Kurz"),
    ('<ul><li><p>Von</p></li><li><a><span>Jan Kurz</span></a></li></ul>', "Von | Jan Kurz"),
    # inline elements with a space between them: one part
    ('<p>By <span>Jane</span> <span>Doe</span>, <b>AFP</b></p>', "By Jane Doe, AFP"),
])
def test_byline_text_keeps_parts_apart(fragment, text):
    assert markup.byline_text(lxml_html.fragment_fromstring(fragment)) == text


def test_glued_handle_and_second_author_are_read_apart():
    article = extract_article(page("parts-glued.html"), "https://courier.test/harbour/ferry")
    assert article.authors == ["Mara Lind", "Tomas Ek"]


def test_furniture_before_a_lead_in_of_its_own_and_labels_after_the_date_are_not_names():
    article = extract_article(page("parts-menu-before-lead-in.html"), "https://courier.test/city/library")
    assert article.authors == ["Ines Valk"]


def test_picture_credit_marked_author_in_a_figure_is_not_the_byline():
    article = extract_article(page("credit-in-figure.html"), "https://courier.test/city/tram")
    assert article.authors == ["Oskar Berg"]


def test_name_linked_after_a_photographer_credit_lead_is_not_a_writer():
    article = extract_article(page("photo-credit-line-linked.html"), "https://lakeside.test/features/orchard")
    assert article.authors == ["Hanna Lind"]


@pytest.mark.parametrize("fragment, after_lead", [
    ('<p>Photography by <a href="/contributors/a">Ann Roe</a></p>', True),
    ('<p>Photos by <a href="/contributors/a">Ann Roe</a></p>', True),
    ('<p><span>Foto:</span> <a href="/autor/a">Ann Roe</a></p>', True),
    ('<p>Written by <a href="/contributors/a">Ann Roe</a></p>', False),
    ('<p><a href="/contributors/a">Ann Roe</a></p>', False),
])
def test_after_photo_credit_lead(fragment, after_lead):
    link = lxml_html.fromstring(fragment).find(".//a")
    assert markup.after_photo_credit_lead(link) is after_lead


@pytest.mark.parametrize("raw, names", [
    ("Von | Jan Kurz", ["Jan Kurz"]),
    ("Por", []),
    ("Jane Doe Jane Doe", ["Jane Doe"]),  # a hidden copy beside the shown name
    pytest.param("Jan Kurz | Leitender Wirtschaftsredakteur", ["Jan Kurz"], marks=pytest.mark.xfail(strict=True, reason="seventh round: rule left the generic layer (it changed the authors of one development site only)")),  # German compound role
    ("Anna Berg, Auslandskorrespondentin", ["Anna Berg"]),
    ("By Jane Doe and John Roe For The Evening Courier", ["Jane Doe", "John Roe"]),
    ("Jan Kurz für die Abendpost", ["Jan Kurz"]),
    ("Jane Doe 26. März 2031 | Politik | 12", ["Jane Doe"]),  # what follows the date
    ("Updated 27.02.2031 | By Jane Doe", ["Jane Doe"]),  # a date before the names
    ("Share | Sign Out | By | Jane Doe", ["Jane Doe"]),  # (back in the twelfth round: four sites)
    ("Jane Doe | Kolumne, sagt der und verkauft es gern", ["Jane Doe"]),  # a sentence after
])
def test_clean_byline_parts(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.xfail(strict=True, reason="seventh round: rule left the generic layer (it changed the authors of one development site only)")
def test_organisation_fallback_is_one_name_not_its_address():
    html = ("<html><head><title>Ferry resumes</title>"
            '<meta name="author" content="Riverton Courier, Riverton, Freedonia">'
            '<meta property="og:site_name" content="Riverton Courier"></head><body><article>'
            "<h1>Ferry resumes</h1><p>" + "The ferry sailed again on Monday. " * 12 + "</p>"
            "</article></body></html>")
    article = extract_article(html, "https://rivertoncourier.test/news/ferry")
    assert article.authors == ["Riverton Courier"]


@pytest.mark.xfail(strict=True, reason="seventh round: rule left the generic layer (it changed the authors of one development site only)")
def test_name_after_a_label_of_its_own_with_a_desk_code_after_a_slash():
    article = extract_article(page("label-then-name.html"), "https://stadtbote.test/lokal/ladesaeulen")
    assert article.authors == ["Lena Maurer"]


@pytest.mark.parametrize("raw, names", [
    pytest.param("Jan Kurz/dpa", ["Jan Kurz"], marks=pytest.mark.xfail(strict=True, reason="seventh round: rule left the generic layer (it changed the authors of one development site only)")), ("AC/DC", ["AC/DC"])])
def test_code_after_a_slash(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    ("Geschrieben von Jana Roth", ["Jana Roth"]),
    ("Ein Kommentar von Jan Kurz", ["Jan Kurz"]),
    ("Publié par Marie Dupont", ["Marie Dupont"]),
    ("Publicado por Ana Gil", ["Ana Gil"]),
    # the word introducing the date goes with it
    ("Posted by Jane Doe on March 4, 2031", ["Jane Doe"]),
    ("Veröffentlicht von Jana Roth am 4. März 2031", ["Jana Roth"]),
    ("Por Ana Gil el 4 de marzo de 2031", ["Ana Gil"]),
])
def test_lead_in_phrases_and_date_prepositions(raw, names):
    assert clean_byline(raw) == names


def test_by_word_after_a_numeric_date_opens_the_names_even_of_one_word():
    article = extract_article(page("dated-by-line.html"), "https://stadtbote.test/lokal/sommerfest")
    assert article.authors == ["Jana"]


@pytest.mark.xfail(strict=True, reason="seventh round: rule left the generic layer (it changed the authors of one development site only)")
def test_autor_class_word_in_other_languages_and_a_kicker_before_the_by_word():
    article = extract_article(page("autor-class.html"), "https://diariodelrio.test/local/puerto")
    assert article.authors == ["Ana Gil"]


@pytest.mark.parametrize("raw, names", [
    ("Kommentar Von Jan Kurz und Eva Lang", ["Jan Kurz", "Eva Lang"]),
    pytest.param("Politics By Jane Doe", ["Jane Doe"], marks=pytest.mark.xfail(strict=True, reason="seventh round: rule left the generic layer (it changed the authors of one development site only)")),
    ("Ursula Von Der Leyen", ["Ursula Von Der Leyen"]),  # a particle after the by-word
])
def test_capitalised_by_word_inside_a_byline(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("path", ["contributors", "columnists", "writers", "autores", "autorzy", "auteurs"])
def test_link_to_an_author_page_in_other_url_conventions(path):
    html = ("<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
            f'<div class="meta"><a href="/{path}/mara-lind">Mara Lind</a></div>'
            "<p>" + "The ferry sailed again on Monday after the storm. " * 10 + "</p>"
            "</article></body></html>")
    assert extract_article(html, "https://courier.test/news/ferry").authors == ["Mara Lind"]


@pytest.mark.parametrize("raw, names", [
    # a dateline's place is no name (the wire's job title after the name leaves the name)
    ("By JANE ROE AP Technology Writer | SEATTLE Jan 14, 2031 (AP)", ["JANE ROE"]),
    ("By JANE DOE Jan 14, 2031", ["JANE DOE"]),
    ("AFP 06.11.2031", ["AFP"]),
    ("Ahead of the Ticker | Vipul Roy", ["Vipul Roy"]),  # a column's title before the name
    ("Actores y un exchico de reality: vecinos de la costa protestan | La Tarde", []),
])
def test_datelines_and_titles_in_byline_parts(raw, names):
    assert clean_byline(raw) == names


def test_a_label_repeated_down_the_page_is_a_list_and_a_lower_case_particle_no_label():
    html = ("<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
            "<p>" + "The ferry sailed again on Monday after the storm. " * 10 + "</p>"
            + "".join(f"<div class='c'><span>By</span><a>Reader {n}</a></div>" for n in "ABC")
            + "<p>Tickets sold <a>von</a> <a>Hafenamt</a> offices.</p>"
            "</article></body></html>")
    assert extract_article(html, "https://courier.test/news/ferry").authors == []


def test_a_name_spelled_like_the_domain_with_umlauts_written_out_is_the_site():
    html = ("<html><head><title>Mieten</title></head><body><article><h1>Mieten</h1>"
            "<p class='meta'>Posted by GRÜNWALD on Monday, March 3, 2031</p>"
            "<p>" + "The rent rose again this spring, the tenants said. " * 10 + "</p>"
            "</article></body></html>")
    assert extract_article(html, "https://gruenwald.test/2031/03/03/mieten/").authors == []
    other = extract_article(html.replace("GRÜNWALD", "Jana Roth"), "https://gruenwald.test/2031/03/03/mieten/")
    assert other.authors == ["Jana Roth"]


def test_by_line_after_a_headline_outside_the_story_container():
    # the story is an <article> without the h1; the "By ..." line sits under the h1 in a
    # header row above it (a teaser's "By ..." in the rail beside it is not taken)
    article = extract_article(page("by-line-above-story-article.html"),
                              "https://rivertoncourier.test/news/harbour-ferry")
    assert article.authors == ["Mara Lind"]
    assert article.sources["authors"] == "markup"


def test_author_block_in_a_column_beside_the_story():
    # no by-word: the block after the h1 whose class names the author, in a side column
    # the story's container does not hold; its e-mail address is no name
    article = extract_article(page("author-block-beside-story.html"),
                              "https://correiodovale.test/cidade/biblioteca")
    assert article.authors == ["Ines Valk"]


def test_by_line_of_a_related_teaser_after_the_headline_is_not_the_byline():
    html = page("by-line-above-story-article.html").replace(
        '<div class="submitted-wrap"><span class="submitted-by">By <a href="/people/mara-lind">'
        'Mara Lind</a> - 03/04/31 06:56 AM</span></div>', "")
    assert "Mara Lind" not in html
    article = extract_article(html, "https://rivertoncourier.test/news/harbour-ferry")
    assert article.authors == []


def test_byline_naming_only_the_site_is_the_organisation_fallback():
    # a blog named after its author: the byline names the site, and no one else is named
    # anywhere, so the site's name is given (as the JSON-LD / meta fallback would give it)
    article = extract_article(page("blog-named-after-author.html"),
                              "https://lenamaurer.test/2031/03/herbstwanderung")
    assert article.authors == ["Lena Maurer"]


def test_a_person_named_elsewhere_wins_over_a_byline_naming_the_site():
    # (the page prints the meta author too: a meta author printed nowhere is the page's
    # maker, test_extractor's test_a_meta_author_the_page_prints_nowhere_...)
    html = page("blog-named-after-author.html").replace(
        "</title>", '</title><meta name="author" content="Jonas Brandt">').replace(
        "</body>", "<footer>Gastbeitrag dieser Woche: Jonas Brandt.</footer></body>")
    article = extract_article(html, "https://lenamaurer.test/2031/03/herbstwanderung")
    assert article.authors == ["Jonas Brandt"]


def test_names_printed_in_alike_sibling_elements_are_separate_names():
    article = extract_article(page("names-in-alike-spans.html"), "https://stadtbote.test/lokal/bruecke")
    assert article.authors == ["Jana Roth", "Eva Maria Lang", "Tomas Ek"]


@pytest.mark.parametrize("fragment, text", [
    ('<div class="b"><span class="p">Jana Roth</span> <span class="p">Eva Lang</span></div>',
     "Jana Roth | Eva Lang"),
    ('<div class="b"><span class="p">Jana</span> <span class="p">Roth</span></div>', "Jana Roth"),
    ('<div class="b"><span class="p">Jana Roth</span> <em>Eva Lang</em></div>', "Jana Roth Eva Lang"),
])
def test_alike_siblings_of_whole_names_are_apart_and_a_name_in_parts_stays_one(fragment, text):
    assert markup.byline_text(lxml_html.fragment_fromstring(fragment)) == text


def test_by_line_opening_a_paragraph_before_a_line_break():
    article = extract_article(page("by-line-then-br.html"), "https://courier.test/city/library")
    assert article.authors == ["Ines Valk"]


def test_a_name_alone_above_the_date_line_after_the_headline_is_the_byline():
    article = extract_article(page("name-above-date-line.html"), "https://stadtbote.test/freizeit/baeder")
    assert article.authors == ["Jana Roth"]


def test_a_picture_credit_above_the_date_line_is_no_byline():
    article = extract_article(page("credit-above-date-line.html"), "https://stadtbote.test/lokal/radweg")
    assert article.authors == []


def test_the_author_of_a_quotation_in_the_story_is_no_byline():
    article = extract_article(page("quote-author-in-body.html"), "https://courier.test/port/dockers")
    assert article.authors == ["Mara Lind"]


@pytest.mark.parametrize("fragment, text", [
    # blocks separated by blanks only, the name's own text ending in a blank: still apart
    ('<section><p>\n<a href="/autor/ana-gil">   Ana Gil\n</a>\n</p>\n<p>Corresponsal en Lisboa</p></section>',
     "Ana Gil | Corresponsal en Lisboa"),
    ('<div><span>Glosse </span>\n<div>\n<a>Jana Roth</a></div></div>', "Glosse | Jana Roth"),
    # inline elements with blanks between them stay one part
    ('<p><span>Jana </span>\n<span>Roth</span></p>', "Jana Roth"),
])
def test_blocks_separated_by_blanks_are_parts_of_their_own(fragment, text):
    assert markup.byline_text(lxml_html.fragment_fromstring(fragment)) == text


def test_an_author_card_with_the_name_and_the_role_in_two_paragraphs():
    article = extract_article(page("author-card-name-then-role.html"),
                              "https://diariodelpuerto.test/puerto/muelle")
    assert article.authors == ["Ana Gil"]


@pytest.mark.parametrize("raw, names", [
    ("Von dpa", ["dpa"]), ("Von DPA", ["DPA"]), ("Par AFP", ["AFP"]), ("By AP", ["AP"]),
    ("von dpa, unserer Redaktion", ["dpa"]), ("Von AFP | 12.03.2031", ["AFP"]),
    ("Von Jan Kurz", ["Jan Kurz"]), ("Jan Kurz, dpa", ["Jan Kurz"]),  # (a code after a name: not read)
    ("By admin", []), ("dpa", []),  # (no by-word: no code)
    # a lower-case word after a by-word is no agency unless it is one's code
    ("By now", []), ("by car", []), ("By: the", []), ("von uns, unserer Redaktion", []),
    ("Text: red", []), ("Автор: нет", []),
])
def test_an_agency_code_signing_after_a_by_word(raw, names):
    assert clean_byline(raw) == names


def test_an_agency_signing_a_story_after_a_by_word():
    article = extract_article(page("agency-after-by-word.html"), "https://stadtbote.test/lokal/faehre")
    assert article.authors == ["dpa"]


@pytest.mark.parametrize("raw, names", [
    ("Glosse Von | Jana Roth", ["Jana Roth"]), ("Politics By | Jane Doe", ["Jane Doe"]),
    ("Ludwig van Beethoven", ["Ludwig van Beethoven"]), ("Maria de la Cruz", ["Maria de la Cruz"]),
    # particles that end real names are not by-words here
    ("Li Da", ["Li Da"]), ("Nguyen Van", ["Nguyen Van"]), ("Chen Da, Wang De", ["Chen Da", "Wang De"]),
])
def test_no_name_ends_with_a_by_word(raw, names):
    assert clean_byline(raw) == names


STORY_PARAGRAPHS = ("<p>The harbour ferry runs again from Monday after the landing stage was rebuilt "
                    "over the winter, the county said on Friday afternoon.</p>") * 4


def _story(head: str, body_start: str = "", foot: str = "") -> str:
    return (f"<html lang='en'><head><title>Ferry returns | Courier</title></head><body>"
            f"<article><header><h1>Ferry returns to the harbour</h1>{head}</header>"
            f"<div class='story'>{body_start}{STORY_PARAGRAPHS}</div>{foot}</article></body></html>")


def test_a_desk_byline_gives_way_to_the_writers_credited_in_the_story():
    html = _story('<span class="byline">Door <a href="/author/redactie/">Redactie</a></span>',
                  body_start="<p><strong>Tekst: Anna de Wit, Pieter Bos</strong></p>")
    assert extract_article(html, "https://courier.test/a").authors == ["Anna de Wit", "Pieter Bos"]
    # no one else named: the desk stays the byline (without its by-word, "Por Redação"
    # labelled "Redação" on the development pages)
    alone = _story('<span class="byline">Door <a href="/author/redactie/">Redactie</a></span>')
    assert extract_article(alone, "https://courier.test/a").authors == ["Redactie"]


def test_a_last_first_byline_is_turned_round_when_the_page_prints_the_name_first_last():
    bio = "<p class='bio'>Nadia Okafor covers transport for the Courier.</p>"
    html = _story('<span class="byline">Okafor, Nadia</span>', foot=bio)
    assert extract_article(html, "https://courier.test/a").authors == ["Nadia Okafor"]
    # printed only "Last, First": two names, as before
    html = _story('<span class="byline">Okafor, Nadia</span>')
    assert extract_article(html, "https://courier.test/a").authors == ["Okafor", "Nadia"]


def test_a_reading_time_between_the_name_and_the_date_line_is_passed_over():
    head = ("<div class='x1'><span class='x2'>Mara Lind</span><div class='x3'><span>4 min read</span></div>"
            "<div class='x4'>March 3, 2026 - 6:45AM</div></div>")
    assert extract_article(_story(head), "https://courier.test/a").authors == ["Mara Lind"]
    # a block of words between them is no reading time: no byline read
    head = head.replace("4 min read", "By staff writers")
    assert extract_article(_story(head), "https://courier.test/a").authors == []


def test_a_navigation_trail_in_the_byline_block_names_no_one():
    # (the trail's block shares the byline's styling class)
    head = ("<div class='byline'>By Mara Lind</div><div class='trail byline-style'><ul>"
            "<li><a href='/2026/'>2026</a></li><li>&gt; <a href='/2026/03/'>March</a></li>"
            "<li>&gt; <a href='/2026/03/03/'>3</a></li></ul></div>")
    assert extract_article(_story(head), "https://courier.test/a").authors == ["Mara Lind"]


def test_writers_of_teaser_articles_beside_the_story_are_not_its_byline():
    # (the story is no <article>; two teaser cards are, in different columns, each with
    # its writer in author-named markup)
    def teaser(kind: str, title: str, writer: str) -> str:
        return (f"<article class='{kind}'><h2><a href='/{kind}'>{title}</a></h2>"
                f"<div class='card-author'>{writer}</div></article>")
    html = ("<html lang='en'><head><title>Ferry returns | Courier</title></head><body><main>"
            "<div class='head'><h1>Ferry returns to the harbour</h1></div>"
            "<div class='col-main'><div class='story'><div class='who'>"
            "<a href='/author/mara-lind/'>Mara Lind</a></div>" + STORY_PARAGRAPHS
            + teaser("inline-card", "Bridge works start", "Olaf Berg") + "</div></div>"
            "<div class='col-side'>" + teaser("side-card", "Harbour fees rise", "Ines Holm")
            + "</div></main></body></html>")
    assert extract_article(html, "https://courier.test/a").authors == ["Mara Lind"]
    # the guard asks for repetition: one teaser card's writer is still read, as before
    one = html.replace(teaser("side-card", "Harbour fees rise", "Ines Holm"), "")
    assert extract_article(one, "https://courier.test/a").authors == ["Olaf Berg"]


def test_a_name_in_capitals_opening_the_story_passes_the_sites_own_byline():
    html = ("<html lang='en'><head><title>Ferry returns | Courier</title>"
            "<meta property='og:site_name' content='Courier'></head><body><article>"
            "<header><h1>Ferry returns to the harbour</h1>"
            "<p class='meta'>by Courier | 3 March 2026</p></header>"
            "<div class='story'><p>MARA LIND</p>" + STORY_PARAGRAPHS + "</div></article></body></html>")
    article = extract_article(html, "https://courier.test/a")
    assert article.authors == ["MARA LIND"]
    assert not article.body.startswith("MARA LIND")  # (the byline line is the authors' field)
    # in mixed case the line may be a heading or a kicker: the site's byline stays
    mixed = extract_article(html.replace("MARA LIND", "Mara Lind"), "https://courier.test/a")
    assert mixed.authors == ["Courier"]
    # past the site's byline, a one-word "name" (a heading's word) is not taken
    heading = extract_article(html.replace("<p>MARA LIND</p>", "").replace(
        "</div></article>", "<p>Author Spotlight</p></div></article>"), "https://courier.test/a")
    assert heading.authors == ["Courier"]


def test_a_byline_named_block_after_a_headline_printed_without_an_h1():
    html = ("<html><head><title>Hírek - Bezár a csarnok felújítás miatt</title></head><body><table>"
            "<tr><td><font class='cim'>Bezár a csarnok felújítás miatt</font><br>"
            "<font class='datum'>2026. március 3., kedd 16:40</font> "
            "<font class='szerzo'>Nagy Eszter</font></td></tr>"
            "<tr><td class='cikkszoveg'>" + "A csarnok fél évre bezár, és az árusok addig egy "
            "ideiglenes sátorban dolgoznak a város szélén, közölte az önkormányzat.<br><br>" * 4 +
            "</td></tr></table></body></html>")
    article = extract_article(html, "https://hirlap.test/cikk.php?id=1")
    assert article.authors == ["Nagy Eszter"]
    # a class word holding the same letters inside another word is no byline class
    other = extract_article(html.replace("szerzo", "szerzodes"), "https://hirlap.test/cikk.php?id=1")
    assert other.authors == []


@pytest.mark.parametrize(("name", "url", "authors"), [
    # the Swedish "Publicerad av" ("Published by") before the writer's link
    ("published-by-nordic.html", "https://ekbacka-tk.test/nyheter/nya-banor", ["Sofia Brandt"]),
    # the Italian "Testo e foto di" ("Text and photos by"): the label is no name
    ("text-and-photos-label-romance.html", "https://rivistadelta.test/saline", ["Giulia Marchetti"]),
    # the CMS's installation account ("Super User") gives way to the "Texto:" credit
    ("install-account-and-text-credit.html", "https://moradores-alto.test/feira", ["Helena Castro Vieira"]),
    # the place the writer files from after the name ("Por A, de Campo Alegre") is no author
    ("place-after-name-pt.html", "https://jornaldaserra.test/noticia.php?id=9", ["Rodrigo Paiva"]),
    # the installation account's login ("admin") as the meta and JSON-LD author gives way
    # to the story's own "By A and B" line
    ("install-login-and-story-by-line.html", "https://eastmere-allotments.test/news/seed-library",
     ["Priya Lanham", "Owen Stokes"]),
    # the Swahili by-word "Na" before the writer's name in the byline element
    ("swahili-by-word.html", "https://habaripwani.test/habari/soko-jipya", ["Amina Juma"]),
    # SPIP's readers' thread (forum-fil / forum-message): its posters' hCards are no authors
    ("spip-thread-posters.html", "https://gazette-canton.test/spip.php?article23", ["Lucie Fabre"]),
])
def test_by_words_labels_accounts_and_places_of_more_languages(name, url, authors):
    assert extract_article(page(name), url, profile=False).authors == authors


@pytest.mark.parametrize("raw, names", [
    ("Publicerad av Sofia Brandt", ["Sofia Brandt"]),
    ("Publisert av Sofia Brandt", ["Sofia Brandt"]),
    ("Skrevet af Sofia Brandt", ["Sofia Brandt"]),
    ("Texto: Helena Castro Vieira", ["Helena Castro Vieira"]),
    ("Testo: Giulia Marchetti / Foto: Paolo Neri", ["Giulia Marchetti"]),
    ("Texto y fotos: Ana Gil", ["Ana Gil"]),
    ("Testo e foto di Giulia Marchetti", ["Giulia Marchetti"]),
    ("Escrito por Administrador", []),
    ("Written by Super User", []),
    # the installation account's login ("admin") names no one either
    ("Posted by admin", []),
    ("admin", []),
    # the Swahili by-word "Na" ("by") before the writer; a name of two words after "Na"
    # only (a Korean family name "Na" before one given name stays)
    ("Na Amina Juma", ["Amina Juma"]),
    ("Na: Amina Juma", ["Amina Juma"]),
    ("Na Ji-hye", ["Na Ji-hye"]),
    ("Por Rodrigo Paiva, de Campo Alegre", ["Rodrigo Paiva"]),
    ("Por Ana Lima e João Souza, de Recife", ["Ana Lima", "João Souza"]),
    ("Por Juan Gil, desde Quito", ["Juan Gil"]),
    ("RODRIGO PAIVA | DE SÃO PAULO", ["RODRIGO PAIVA"]),
    # a particle inside a name is no place: "de Souza", "da Silva"
    ("Por Ana de Souza, Pedro da Silva", ["Ana de Souza", "Pedro da Silva"]),
])
def test_by_words_labels_accounts_and_places_in_a_byline(raw, names):
    assert clean_byline(raw) == names


def test_a_role_line_in_an_inline_element_beside_the_name_is_a_part_of_its_own():
    # "<span>Name</span> <span>Periodista <Site></span>": the role line opens with a job
    # title, so it is read apart from the name, whose words do not run into it
    article = extract_article(page("role-line-span-beside-name.html"),
                              "https://canalcordillera.test/noticias/paso-cerrado", profile=False)
    assert article.authors == ["Tomás Alarcón Vidal"]
    fragment = '<div class="firma"><a>Ana Gil</a> <span>Staff Writer</span></div>'
    assert markup.byline_text(lxml_html.fragment_fromstring(fragment)) == "Ana Gil | Staff Writer"
    # a job title opening the element before any name keeps it one part
    fragment = '<p><span>Staff Writer</span> <span>Ana Gil</span></p>'
    assert markup.byline_text(lxml_html.fragment_fromstring(fragment)) == "Staff Writer | Ana Gil"


@pytest.mark.parametrize("raw, names", [
    ("Por Redação", ["Redação"]), ("Por Redacción", ["Redacción"]), ("Von Redaktion", ["Redaktion"]),
    ("Door Redactie, Amsterdam", ["Redactie"]),
    # one word after a particle is otherwise a surname's
    ("Da Silva", ["Da Silva"]), ("Van Dyke", ["Van Dyke"]),
])
def test_a_particle_before_a_desk_word_alone_is_a_by_word(raw, names):
    assert clean_byline(raw, strict=False)[:1] == names


def test_a_desk_byline_after_a_particle_loses_the_particle():
    article = extract_article(page("desk-after-particle-pt.html"),
                              "https://jornaldovale.test/cidade/feira-do-livro", profile=False)
    assert article.authors == ["Redação"]



def test_an_agency_code_as_the_author_is_no_login_a_teaser_s_writer_does_not_replace_it():
    # The JSON-LD author and the byline give the agency's lower-case code ("dpa"); a box
    # teasing the paper's commentary prints "Ein Kommentar von <Name>" above the story's
    # second paragraph: the agency stands (the code is no WordPress login, and a genre
    # lead-in is not the plain by-word the printed-over-login rule reads)
    article = extract_article(page("agency-code-author-and-comment-teaser.html"),
                              "https://kreisbote-nord.example/lokales/faehre-lindholm", profile=False)
    assert article.authors == ["dpa"]


def test_a_login_byline_is_not_replaced_by_the_featured_image_s_photo_credit():
    # The login is the account's display name everywhere; the caption's "Photo by <Name>"
    # credits the picture, and no line of the story names a writer: the login stands
    article = extract_article(page("login-author-and-photo-credit.html"),
                              "https://fernmoor-sailing.example/2031/04/03/spring-regatta/", profile=False)
    assert article.authors == ["rpalmer"]
    # the same page with the story's own "By" line: the printed writer wins over the login
    by_line = page("login-author-and-photo-credit.html").replace(
        '<div class="entry-content">', '<div class="entry-content"><p><strong>By Tessa Marlow and Ian Cole</strong></p>')
    article = extract_article(by_line, "https://fernmoor-sailing.example/2031/04/03/spring-regatta/", profile=False)
    assert article.authors == ["Tessa Marlow", "Ian Cole"]


def test_a_login_byline_gives_way_to_the_name_in_the_post_s_citation_box():
    # The byline and DC.creator print the account's login; the citation box under the
    # post (author-date style) names the writer: "Name (date). Headline. Blog."
    article = extract_article(page("login-then-citation-box.html"), "https://archivnotizen.test/88")
    assert article.authors == ["Hanna Brenner"]


@pytest.mark.parametrize("text, names", [
    ("Hanna Brenner (2. Juni 2025). Mühlenakten als Quelle der Flussgeschichte. Archivnotizen.",
     ["Hanna Brenner"]),
    ("Brenner, Hanna (2 juin 2025), « Mühlenakten als Quelle der Flussgeschichte », Archivnotizen",
     ["Hanna Brenner"]),
    ("Hanna Brenner et Jonas Weber (2025). Mühlenakten als Quelle der Flussgeschichte. Blog.",
     ["Hanna Brenner", "Jonas Weber"]),
    # APA's initials, another post's title, a bracketed year in running text: no names
    ("Brenner, H. (2025, June 2). Mühlenakten als Quelle der Flussgeschichte. Archivnotizen.", []),
    ("Hanna Brenner (2024). Karten der Obermühle. Archivnotizen.", []),
    ("Die Akten (ab 1710) zeigen Mühlenakten als Quelle der Flussgeschichte", []),
])
def test_names_of_an_author_date_reference_to_the_post(text, names):
    assert cited_names(text, "Mühlenakten als Quelle der Flussgeschichte") == names


def test_the_wire_underline_glued_to_a_capitals_byline_is_no_name():
    article = extract_article(page("wire-underline-after-capitals.html"),
                              "https://lakeside.test/region/ferry-fares")
    assert article.authors == ["TOVE ARNESEN", "PIET VAN LOON"]


@pytest.mark.parametrize("fragment, text", [
    # an element after the last linked name: the place, the agency (left out)
    ('<div>By <a href="/authors/jane-doe/">Jane Doe</a> <span>Harbourtown</span></div>',
     "By Jane Doe"),
    ('<p>By <a href="/author/jane-doe">JANE DOE</a> and <a href="/author/john-roe">JOHN ROE</a> '
     '<span>Associated Press</span></p>', "By JANE DOE and JOHN ROE"),
    ('<div><span><a href="/autor/ana-ruiz/">Ana Ruiz</a></span> <span>Santander</span>'
     '<span>15/04/2024 - 08:00h</span></div>', "Ana Ruiz 15/04/2024 - 08:00h"),  # a date stays
    # a name after a conjunction, and elements before the links, stay
    ('<div><a href="/authors/jane-doe/">Jane Doe</a> and <span>John Roe</span></div>',
     "Jane Doe and John Roe"),
    ('<div><a href="/autor/ana-ruiz/">Ana Ruiz</a><span> y </span><span>Juan Gil</span></div>',
     "Ana Ruiz y Juan Gil"),
    ('<div><span>Von</span> <a href="/autor/jan-kurz">Jan Kurz</a></div>', "Von Jan Kurz"),
    # no author link: nothing is left out
    ('<div>By <a href="/news">Jane Doe</a> <span>Harbourtown</span></div>',
     "By Jane Doe Harbourtown"),
])
def test_what_is_printed_beside_linked_names_is_left_out(fragment, text):
    assert markup.byline_text(lxml_html.fragment_fromstring(fragment)) == text


def test_linked_names_and_their_place_give_the_names():
    article = extract_article(page("linked-names-and-place.html"),
                              "https://www.valley-courier.example/news/night-buses", profile=False)
    assert article.authors == ["Hannah Reed", "Omar Sayed"]


@pytest.mark.parametrize("text, names", [
    ("佐藤花子、森下健一", ["佐藤花子", "森下健一"]),           # the ideographic comma lists names
    ("【田中美咲、佐藤浩】", ["田中美咲", "佐藤浩"]),            # lenticular brackets part a byline
])
def test_east_asian_name_lists(text, names):
    assert clean_byline(text) == names


def test_a_japanese_story_signed_by_two_in_lenticular_brackets():
    article = extract_article(page("japanese-listed-and-bracketed.html"),
                              "https://www.wangan-shinpo.example/articles/asaichi", profile=False)
    assert article.authors == ["高田美咲", "小林誠"]


COAST = "https://coastlinegazette.test/news/night-buses"


def test_a_by_line_above_the_article_container_is_the_byline():
    # (the theme's meta row sits above <main>; the teasers' "By" lines are in a
    # related-named block, the page's "Text Size" control names no one)
    article = extract_article(page("by-line-above-main.html"), COAST, profile=False)
    assert article.authors == ["Ines Calloway"]


def test_by_lines_outside_the_container_naming_different_people_give_none():
    html = page("by-line-above-main.html").replace('class="related-stories"', 'class="list-block"')
    assert extract_article(html, COAST, profile=False).authors == []


def test_a_desk_s_by_line_outside_the_container_names_no_one():
    html = page("by-line-above-main.html").replace(">Ines Calloway<", ">Redaktion<")
    assert extract_article(html, COAST, profile=False).authors == []


def test_a_name_its_job_title_and_the_date_in_a_row_after_the_headline_are_the_byline():
    # Utility classes only, no by-word: a row of spans "Name | Title | Published <date>".
    # The job title between the name and the date is passed over as a reading time is.
    article = extract_article(page("name-role-date-row.html"), "https://lakesideledger.test/news/boardwalk")
    assert article.authors == ["Theresa Quillan"]
    # a longer line with a role word in it is no job title: no byline read
    head = ("<div class='x1'><span class='x2'>Mara Lind</span><span>Our reporter walked the new route</span>"
            "<span>March 3, 2026 - 6:45AM</span></div>")
    assert extract_article(_story(head), "https://courier.test/a").authors == []
    head = head.replace("Our reporter walked the new route", "Transport Reporter")
    assert extract_article(_story(head), "https://courier.test/a").authors == ["Mara Lind"]


def test_a_guest_books_signatures_are_no_bylines():
    """An obituary with no byline, then a guest book: entries alike, each a text signed
    with a dash and a name ("— Doug Farris, Mar 3, 2026"). The signers wrote the entries,
    not the story."""
    article = extract_article(page("guest-book-signatures.html"),
                              "https://lakeside-herald.test/obituaries/harold-vance", profile=False)
    assert article.authors == []


def test_the_responsible_editors_credit_is_no_author():
    """The Chinese press closes a story with its responsible editor ("责任编辑：X"): it names
    who edited the story, not who wrote it; the writer's own byline ("作者：X") stays."""
    article = extract_article(page("editor-credit-under-story.html"),
                              "https://hubin-daily.test/city/2025-10/09/park-lights.html", profile=False)
    assert article.authors == ["孙晓明"]


@pytest.mark.parametrize("raw, names", [
    ("责任编辑：高远", []),
    ("編集：佐藤", []),
    ("편집: 김지수", []),
    ("Edited by John Roe", []),
    ("Editor: Jane Doe", []),
    # a job title before the name, with no colon, is a writer's byline
    ("Senior Editor Jane Doe", ["Jane Doe"]),
    ("作者：孙晓明", ["孙晓明"]),
])
def test_an_editors_credit_on_its_own_names_no_author(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # a broadcaster's web desk signing with its channel number: a desk, no person, and
    # the call letters before the number are no name
    ("KQRT 7 Digital Team", []),
    ("By WXYZ 12 News Staff", []),
    ("Channel 4 News Desk", []),
    ("By Jane Doe, KQRT 7 Digital Team", ["Jane Doe"]),
    # a number before other words stays the start of a date
    ("By Jane Doe, 12 March 2031", ["Jane Doe"]),
])
def test_a_channel_desk_names_no_one(raw, names):
    assert clean_byline(raw) == names


def test_a_channel_desk_byline_on_a_page_gives_no_author():
    article = extract_article(page("channel-desk-byline.html"), "https://kqrt.test/news/ice-storm-bridges")
    assert article.authors == []


@pytest.mark.parametrize("raw, names", [
    # the opinion and analysis desks' titles after the name are job titles, no names
    ("Jane Doe, Senior Political Analyst", ["Jane Doe"]),
    ("Jane Doe, Film Critic", ["Jane Doe"]),
    ("Jan Kurz | Opinion Columnist", ["Jan Kurz"]),
    ("Von Jan Kurz, Kolumnist", ["Jan Kurz"]),
    ("Por Ana Gil, columnista", ["Ana Gil"]),
])
def test_analysts_columnists_and_critics_are_job_titles(raw, names):
    assert clean_byline(raw) == names


def test_an_analyst_title_after_the_linked_name_is_no_second_author():
    article = extract_article(page("name-then-analyst-title.html"), "https://gazette.test/opinion/port-budget")
    assert article.authors == ["Nadia Okafor"]


def test_a_call_sign_after_the_name_is_no_second_author():
    # radio amateurs sign with their call sign after the name (ITU Radio Regulations, Art. 19)
    article = extract_article(page("call-sign-after-name.html"), "https://club.test/notes/loop.html")
    assert article.authors == ["Ruth Ellery"]
    assert clean_byline("by Ruth Ellery G4ABC/P") == ["Ruth Ellery"]
    assert clean_byline("Jane Doe, AFP") == ["Jane Doe", "AFP"]


def test_an_organisations_staff_title_and_town_after_the_name_are_no_authors():
    # "Words: Name, Title, Town · Photos: Name": a charity's credit line
    article = extract_article(page("organisation-title-and-place.html"), "https://harvest.test/stories/seed-banks")
    assert article.authors == ["Tomas Berg"]


def test_a_site_account_gives_way_to_the_report_credit_closing_the_story():
    # A club site posts its members' reports under one WordPress account ("Webmaster" in
    # the JSON-LD, the meta author and the post info); the line under the report names the
    # writer ("Bericht: <Name> | Fotos: <Name>"): the writer, not the photographer
    article = extract_article(page("club-report-credit-under-account.html"),
                              "https://sv-eichenau.example/2031/09/14/zweite-mannschaft/", profile=False)
    assert article.authors == ["Marlene Obermaier"]
    assert "Bericht:" not in article.body
    assert article.body.split("\n\n")[-1].startswith("Am kommenden Samstag")


def test_a_contributed_by_credit_names_the_writer_not_her_role_and_club():
    # A local paper's community notes: the desk account ("Newsdesk") in the structured
    # data, and under the notes "Contributed by <Name>, PRO, <Club>": the writer alone
    article = extract_article(page("community-notes-contributed-by.html"),
                              "https://glenmoreobserver.example/2031/07/02/rowers-medals/", profile=False)
    assert article.authors == ["Aoife Brennan"]
    assert "Contributed by" not in article.body
    assert article.body.split("\n\n")[-1].startswith("The club thanks everyone")


def test_a_person_s_name_in_the_structured_data_is_not_replaced_by_the_closing_credit():
    # A structured author of two words is a person's name, not an account: it stands
    html = page("club-report-credit-under-account.html").replace('"name": "Webmaster"', '"name": "Greta Lindner"') \
        .replace('content="Webmaster"', 'content="Greta Lindner"').replace(
            '<span class="author">Webmaster</span>', '<span class="author">Greta Lindner</span>')
    article = extract_article(html, "https://sv-eichenau.example/2031/09/14/zweite-mannschaft/", profile=False)
    assert article.authors == ["Greta Lindner"]


@pytest.mark.parametrize("raw, names", [
    ("Contributed by Aoife Brennan", ["Aoife Brennan"]),
    ("Bericht: Marlene Obermaier", ["Marlene Obermaier"]),
])
def test_the_contributor_and_report_labels_are_lead_ins(raw, names):
    assert clean_byline(raw) == names
