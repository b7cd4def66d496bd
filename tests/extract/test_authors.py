"""Byline cleaning in several languages."""

import pytest

from newscrawl.extract.authors import (MAX_BYLINE_CHARS, clean_byline, clean_names, dedupe,
                                       starts_with_lead_in)
from newscrawl import extract_article
from newscrawl.extract import authors


@pytest.mark.parametrize("raw, names", [
    ("By Abbey Fenbert", ["Abbey Fenbert"]),
    ("BY JANE DOE", ["JANE DOE"]),
    ("By Anna Smith, Bob Jones and Carl Brown", ["Anna Smith", "Bob Jones", "Carl Brown"]),
    ("Written by Anna Smith & Bob Jones", ["Anna Smith", "Bob Jones"]),
    ("Von Anna Schmidt, Berlin", ["Anna Schmidt"]),
    ("Por Mariana Albuquerque — Caruaru", ["Mariana Albuquerque"]),
    ("By Jane Doe, AFP", ["Jane Doe", "AFP"]),
    ("Monika Bolliger, Anna Trechsel, Sweidah", ["Monika Bolliger", "Anna Trechsel", "Sweidah"]),
    ("佐藤美咲 記者", ["佐藤美咲"]),
    ("김민수 기자", ["김민수"]),
    ("Analysis by Chris Cole", ["Chris Cole"]),
    ("Opinion by Dana Reyes and Li Wei", ["Dana Reyes", "Li Wei"]),
    ("Von Jan Kurz und Eva Maria Lang", ["Jan Kurz", "Eva Maria Lang"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
    ("Di Mario Rossi e Anna Bianchi", ["Mario Rossi", "Anna Bianchi"]),
    ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
    ("Автор: Іван Петренко", ["Іван Петренко"]),
    ("Abbey Fenbert | Senior News Editor", ["Abbey Fenbert"]),
    ("Abbey Fenbert, Senior News Editor", ["Abbey Fenbert"]),
    ("By Jane Doe Feb. 27, 2025", ["Jane Doe"]),
    ("By Jane Doe · Updated 27.02.2025 10:00", ["Jane Doe"]),
    ("Jane Doe (jane.doe@example.com)", ["Jane Doe"]),
    ("Jane Doe https://twitter.com/jane", ["Jane Doe"]),
    ("By Jane Doe and jane doe", ["Jane Doe"]),
    ("Van der Berg", ["Van der Berg"]),
    ("De Luca", ["De Luca"]),
    ("Read more", []),
    ("Nachrichten", []),
    ("By News", []),
    ("", []),
])
def test_clean_byline(raw, names):
    assert clean_byline(raw) == names


def test_strict_mode_rejects_sentences_but_structured_values_are_trusted():
    sentence = "the quick brown fox jumps over"
    assert clean_byline(sentence) == []
    assert clean_names(["viktor hedlund"]) == ["viktor hedlund"]


def test_dedupe_is_case_insensitive_and_keeps_order():
    assert dedupe(["B", "a", "b", "A"]) == ["B", "a"]


def test_initials_beside_the_name_they_abbreviate_are_the_same_person():
    # the avatar of initials a byline prints in place of a photo
    assert authors.without_initials(["HI", "Hillel Italie"]) == ["Hillel Italie"]
    assert authors.without_initials(["Ana Ruiz Soto", "ARS"]) == ["Ana Ruiz Soto"]
    # initials of nobody in the list are a name or an agency of their own
    assert authors.without_initials(["Hillel Italie", "AP"]) == ["Hillel Italie", "AP"]
    assert authors.without_initials(["HI"]) == ["HI"]
    # dedupe (tags read it too) leaves them: "EA" beside "Electronic Arts" is a ticker there
    assert dedupe(["EA", "Electronic Arts"]) == ["EA", "Electronic Arts"]


@pytest.mark.parametrize("text, expected", [
    ("By Jane", True), ("Von Jan Kurz", True), ("Bystander effect", False), ("Jane Doe", False)])
def test_starts_with_lead_in(text, expected):
    assert starts_with_lead_in(text) is expected


def test_short_codes_after_names_are_signature_marks_not_names():
    from newscrawl.extract.authors import clean_byline

    assert clean_byline("Von Anna Muster (amu) und Jan Kurz (jk/dpa)") == ["Anna Muster", "Jan Kurz"]
    assert clean_byline("Lea Berg (AFP)") == ["Lea Berg"]
    # a longer parenthesis is another segment, as before
    assert "Lea Berg" in clean_byline("Lea Berg (Korrespondentin in Rom)")


def test_last_first_lists_are_turned_round():
    from newscrawl.extract.authors import clean_byline

    assert clean_byline("Muster, Anna; Beispiel, Bernd") == ["Anna Muster", "Bernd Beispiel"]
    assert clean_byline("van Dijk, Els; Kurz, Jan Peter") == ["Els van Dijk", "Jan Peter Kurz"]
    # lists of full names separated by commas and semicolons keep their order
    assert clean_byline("Anna Muster, Bernd Beispiel; Jan Kurz") == \
        ["Anna Muster", "Bernd Beispiel", "Jan Kurz"]


@pytest.mark.parametrize("raw, expected", [
    ("Von Grammatikregeln, Stilfragen und «richtig gutem Deutsch»", []),
    ("Actores, periodista y un exconcursante: vecinos protestan", []),
    # a person named beside a phrase keeps the byline
    ("Jane Doe and John Roe, special to the Post", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, staff writer", ["Jane Doe"]),
])
def test_running_text_is_no_byline(raw, expected):
    from newscrawl.extract.authors import clean_byline

    assert clean_byline(raw) == expected


def test_initials_and_jr_keep_their_point_a_lead_in_alone_is_no_name():
    from newscrawl.extract.authors import clean_byline

    assert clean_byline("Perry Bacon Jr.") == ["Perry Bacon Jr."]
    assert clean_byline("By Juan Carlos Muñoz C.") == ["Juan Carlos Muñoz C."]
    assert clean_byline("Jane Doe.") == ["Jane Doe"]
    assert clean_byline("Autor") == [] and clean_names(["Text:"]) == []
    assert clean_byline("Autor: Jane Doe") == ["Jane Doe"]


@pytest.mark.parametrize("raw", ["Alles von Martin Junker", "More by Martin Junker",
                                 "View all posts by Martin Junker", "Alle Beiträge von Martin Junker"])
def test_author_page_link_texts_give_the_name(raw):
    from newscrawl.extract.authors import clean_byline

    assert clean_byline(raw) == ["Martin Junker"]


@pytest.mark.parametrize("raw, names", [
    # a job title before the name in one part: the name after it
    ("Staff Writer Jane Doe", ["Jane Doe"]),
    ("By Senior Editor Jane Doe and Li Wei", ["Jane Doe", "Li Wei"]),
    # words before a role word name a desk or a team as often as a person
    ("Kiran Nair - Harbour desk team", ["Kiran Nair"]),
    ("Washington Bureau Chief", []),
    ("Chief Washington Correspondent", []),
])
def test_a_job_title_before_the_name_leaves_the_name(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    ("Associated Press in Valencia", ["Associated Press"]),
    ("By Jane Doe in Kyiv", ["Jane Doe"]),
    ("Jane Doe and Li Wei in Rio de Janeiro", ["Jane Doe", "Li Wei"]),
    # lower-case words after "in" are no place: the part is left as it is
    ("Lotte in flight", []),
])
def test_a_dateline_place_after_in_is_not_part_of_the_name(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # the wire services' style: the job title after the name, no comma between
    ("By MIRA KOVAC Associated Press Writer", ["MIRA KOVAC"]),
    ("By Tom Roe AP Technology Writer", ["Tom Roe"]),
    ("By Ana Gil PA Contributing Writer", ["Ana Gil"]),
    ("By MARY ANN LEE AP Writer", ["MARY ANN LEE"]),  # (a short name word is no agency)
    ("By MIRA KOVAC | Associated Press Writer", ["MIRA KOVAC"]),
    # the name in capitals, the title not
    ("By TOM ROE Staff Writer", ["TOM ROE"]),
    # must not fire: a title after words in the same case may be a desk's name
    ("By Antrim Court Reporter", []),
    ("By Harbour Times Chief Correspondent", []),
    # nor when the words before the title hold a role word, or are one word
    ("By HARBOUR DESK Chief Correspondent", []),
    ("By KOVAC AP Writer", []),
])
def test_a_wire_job_title_after_the_name_leaves_the_name(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # the Associated Press's byline underline since 2010 ("Associated Press" where it read
    # "Associated Press Writer"), glued to the last name where a page prints both on a line
    ("By TOVE ARNESEN and PIET VAN LOON Associated Press", ["TOVE ARNESEN", "PIET VAN LOON"]),
    ("By Tove Arnesen The Associated Press", ["Tove Arnesen"]),
    ("By TOVE ARNESEN AP", ["TOVE ARNESEN"]),
    # the agency alone, or after one word, is left as it is
    ("Associated Press", ["Associated Press"]),
    ("By ARNESEN Associated Press", ["ARNESEN Associated Press"]),
    # a name that holds no agency is left alone
    ("By Mara Presley", ["Mara Presley"]),
])
def test_the_wire_underline_after_the_name_is_no_part_of_it(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # a photographer's credit written with the by-word after words of its own
    ("STAFF PHOTO BY TOM ROE", []),
    ("By Jane Doe | Staff photo by Tom Roe", ["Jane Doe"]),
    # at the start, "Photos by" stays a lead-in
    ("Photos by Jane Doe", ["Jane Doe"]),
    # after the writer, in a segment of its own or after a comma or an "and"
    ("Story by Jane Doe | Photos by Tom Roe", ["Jane Doe"]),
    ("By Jane Doe, photographs by Tom Roe", ["Jane Doe"]),
    ("Story by Jane Doe and photos by Tom Roe", ["Jane Doe"]),
    # two writers with no photo credit stay two writers
    ("Story by Jane Doe | Tom Roe", ["Jane Doe", "Tom Roe"]),
])
def test_a_photo_by_credit_inside_a_byline_is_no_writer(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    ("Von Anna Muster, Montag, 4. März 2024", ["Anna Muster"]),
    ("Jane Doe Tuesday 4 March 2008", ["Jane Doe"]),
    ("Anna Muster Stand: 12.03.2024 10:00 Uhr", ["Anna Muster"]),
    ("Text: Anna Muster | Stand: 12:00 Uhr", ["Anna Muster"]),
    # a weekday with no date after it is no date
    ("Robinson Friday", ["Robinson Friday"]),
])
def test_a_weekday_or_stand_opening_a_timestamp_is_not_a_name(raw, names):
    assert clean_byline(raw) == names


def test_last_first_lists_joined_by_and_are_turned_round():
    assert clean_byline("Muster, Anna und Beispiel, Bernd") == ["Anna Muster", "Bernd Beispiel"]
    assert clean_byline("Doe, Jane & Roe, John") == ["Jane Doe", "John Roe"]
    # a list of full names with a last one after "and" keeps its order
    assert clean_byline("Anna Muster, Bernd Beispiel and Carl Conrad") == \
        ["Anna Muster", "Bernd Beispiel", "Carl Conrad"]


@pytest.mark.parametrize("label", ["Share", "Partager", "Compartir", "Condividi", "Delen",
                                   "Megosztom", "Paylaş", "Поделиться", "Kontakt"])
def test_a_share_buttons_label_is_no_name(label):
    assert clean_names([label], strict=True) == []
    assert clean_names([label, "Anna Berg"], strict=True) == ["Anna Berg"]


@pytest.mark.parametrize("raw, names", [
    # a label before the name: Indonesian "Penulis", Chinese "作者：" (full-width colon, no space)
    ("Penulis: Rina Wati", ["Rina Wati"]),
    ("作者：李明", ["李明"]),
    # the editor credited after the authors is no author
    ("Penulis Rina Wati | Editor Dedi Santoso", ["Rina Wati"]),
    ("By Jane Doe | Edited by John Roe", ["Jane Doe"]),
    # ... but a job title before a name with nothing before it still gives the name
    ("Senior Editor Jane Doe", ["Jane Doe"]),
    # a newsroom desk or an office is no person
    ("Haber Merkezi", []),
    ("Redazione ANSA", []),
    ("By Jane Doe, University Communications", ["Jane Doe"]),
])
def test_labels_editors_desks_and_offices(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("value, names", [
    ("Brenner, Clara", ["Clara Brenner"]),
    ("van Dijk, Jan", ["Jan van Dijk"]),
    ("Roth, Hans-Peter", ["Hans-Peter Roth"]),
    # not one person written "Last, First": left as it was
    ("Jane Doe, Berlin", ["Jane Doe"]),
    ("Doe, Jr.", ["Doe", "Jr"]),
    ("AFP, MANILA", ["AFP", "MANILA"]),
    ("Reuters, dpa", ["Reuters", "dpa"]),
    ("Mamokete Modiba, Claire Benit-Gbaffou", ["Mamokete Modiba", "Claire Benit-Gbaffou"]),
])
def test_one_structured_name_written_last_first_is_turned_round(value, names):
    assert clean_names([value]) == names


def test_last_first_turning_is_for_structured_values_only():
    # a visible element reading "Keller, Bauer" is as likely two surnames: left apart
    assert clean_byline("Keller, Bauer") == ["Keller", "Bauer"]
    assert clean_names(["Brenner, Clara", "Vogt, Tobias"]) == ["Clara Brenner", "Tobias Vogt"]


@pytest.mark.parametrize("raw, names", [
    ("كتب: منى الشريف", ["منى الشريف"]),
    ("كتبت: منى الشريف", ["منى الشريف"]),
    ("كتب - منى الشريف", ["منى الشريف"]),
    ("بقلم منى الشريف", ["منى الشريف"]),
])
def test_arabic_byline_labels_are_lead_ins(raw, names):
    assert starts_with_lead_in(raw)
    assert clean_byline(raw) == names


def test_arabic_verb_without_its_colon_opens_no_byline():
    # "كتب الوزير رسالة ..." ("the minister wrote a letter ..."): a sentence, not a label
    assert not starts_with_lead_in("كتب الوزير رسالة إلى النواب")


@pytest.mark.parametrize("raw, names", [
    # the header's furniture before a by-word of its own: share tools, a section label
    ("Bookmark | Share | Harbour News | By | Mara Lind | 09:12, 4 MAR 2031", ["Mara Lind"]),
    ("Subscriptions | Sign Out | Von | Jan Kurz", ["Jan Kurz"]),
    ("Harbour | Par | Anne Roy | Marc Petit", ["Anne Roy", "Marc Petit"]),
])
def test_a_by_word_of_its_own_starts_the_names(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # no name after the by-word: the names before it stay
    ("Mara Lind | Author", ["Mara Lind"]),
    ("Jan Kurz | Autor:", ["Jan Kurz"]),
    # no by-word of its own: nothing is dropped
    ("Mara Lind | Tomas Ek", ["Mara Lind", "Tomas Ek"]),
])
def test_names_before_a_by_word_stay_when_none_follow(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    ("Γράφει: Δήμητρα Νικολάου", ["Δήμητρα Νικολάου"]),
    ("Γράφουν: Δήμητρα Νικολάου, Νίκος Σταύρου", ["Δήμητρα Νικολάου", "Νίκος Σταύρου"]),
    ("Írta: Szabó Péter", ["Szabó Péter"]),
    ("Szerző: Szabó Péter", ["Szabó Péter"]),
    ("Piše: Marko Babić", ["Marko Babić"]),
    ("Teksti: Liisa Korhonen", ["Liisa Korhonen"]),
])
def test_writes_labels_of_more_languages_are_lead_ins(raw, names):
    assert starts_with_lead_in(raw)
    assert clean_byline(raw) == names


def test_writes_verb_without_its_colon_opens_no_byline():
    # "Γράφει ο υπουργός ..." ("the minister writes ..."): a sentence, not a label
    assert not starts_with_lead_in("Γράφει ο υπουργός στην επιστολή του")


def test_visible_last_first_byline_turned_round_when_the_page_prints_it_first_last():
    from newscrawl.extract.authors import turned_round_where_printed

    page = "Storm closes the bridge ... Nadia Okafor covers transport for the Herald."
    assert turned_round_where_printed(["Okafor", "Nadia"], "By Okafor, Nadia", lambda: page) == ["Nadia Okafor"]
    assert turned_round_where_printed(["van Dijk", "Els"], "van Dijk, Els", lambda: "Els van Dijk writes") == [
        "Els van Dijk"]
    # a place after the name goes once the name is whole, as after any full name
    assert turned_round_where_printed(["Okafor", "Nadia", "Lagos"], "Okafor, Nadia | Lagos", lambda: page) == [
        "Nadia Okafor"]
    # without the name printed the other way round elsewhere: two people, left apart
    assert turned_round_where_printed(["Keller", "Bauer"], "Keller, Bauer", lambda: "Keller and Bauer report") == [
        "Keller", "Bauer"]
    # two names not printed "Last, First" in the byline stay as they are
    assert turned_round_where_printed(["Okafor", "Nadia"], "Okafor and Nadia", lambda: page) == ["Okafor", "Nadia"]


@pytest.mark.parametrize("raw, names", [
    # the photographer credited after the writer, or alone, is no author
    ("Text: Karin Berg | Foto: Johan Ek", ["Karin Berg"]),
    ("Text: Karin Berg Foto: Johan Ek Publicerad 2 december 2030", ["Karin Berg"]),
    ("Foto: Jordi Puig", []),
    ("Photo: Jane Roe", []),
    # the date's label in more languages goes with the date
    ("Anna Virtanen Julkaistu 3.12.2030", ["Anna Virtanen"]),
    ("Jana Nová | Publikováno 3. 12. 2030", ["Jana Nová"]),
    ("By Jane Doe | Posted: 27/11/2030 14:20", ["Jane Doe"]),
    # labels of magazines and of job titles with their colon
    ("Words: Jane Doe", ["Jane Doe"]),
    ("Reporter: Jane Doe", ["Jane Doe"]),
    ("Korrespondentin: Eva Lang", ["Eva Lang"]),
    # names after a sentence (an author's bio) are its topics, not the byline
    ("Ingrid Berg is a science writer based in Oslo. Her book, Cold Water, came out last year.", []),
    # a name before such a sentence is still read
    ("By Jane Doe, who has covered the harbour for the paper since the floods", ["Jane Doe"]),
])
def test_photo_credits_date_labels_job_title_labels_and_bios_in_bylines(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("name, desk", [
    ("Door Redactie", True), ("BR24 Redaktion", True), ("La Rédaction", True),
    ("Redazione Cronaca", True), ("Jan de Vries", False), ("Anna Redmond", False),
    # a CMS account's name typed without the accent
    ("Redaction", True), ("Redaccion", True), ("Redacao", True), ("Reda Ion", False),
    # the desk in the scripts of Asian sites, inside the desk's name too
    ("กองบรรณาธิการ", True), ("本报编辑部", True), ("經濟日報編輯部", True), ("編集部", True),
    ("정치부 편집국", True), ("Tim Redaksi", True), ("สมศักดิ์ ใจดี", False), ("王海涛", False),
])
def test_editorial_desks_are_told_from_people(name, desk):
    from newscrawl.extract.authors import is_desk

    assert is_desk(name) is desk


@pytest.mark.parametrize("raw, names", [
    ("By Margaret Kenny and Deacon Tom Ryan", ["Margaret Kenny", "Tom Ryan"]),
    ("By Sister Mary Ellen Walsh", ["Mary Ellen Walsh"]),
    ("By the Rev. John Carter", ["John Carter"]),
    ("Von Pfarrer Jan Keller", ["Jan Keller"]),
    ("Michel Durand, père Jean Roux", ["Michel Durand", "Jean Roux"]),
    ("Por Padre Luis Ortega", ["Luis Ortega"]),
    # an academic title stays; a title word that leaves one word, or is a given name, too
    ("By Dr. Jane Roe", ["Dr. Jane Roe"]),
    ("By Bishop Sankey", ["Bishop Sankey"]),
    ("By Don Brennan", ["Don Brennan"]),
    ("By O. J. Kline", ["O. J. Kline"]),
])
def test_a_clerical_title_before_a_name_is_dropped(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    ("By:Jane Doe", ["Jane Doe"]),
    ("Autor:Jana Roth", ["Jana Roth"]),
    ("Autor: Jana Roth", ["Jana Roth"]),
    # a colon that opens no name ("Text:12") strips nothing to a name
    ("Text:12 photos", []),
])
def test_a_lead_in_is_stripped_with_its_colon_when_no_space_follows(raw, names):
    assert clean_byline(raw) == names


def test_drupals_submitted_by_line_gives_the_name():
    assert clean_byline("Submitted by Jane Doe on Mon, 03/04/2024 - 10:00") == ["Jane Doe"]
    assert starts_with_lead_in("Submitted by Jane Doe")
    # "submitted" without "by" is no lead-in
    assert not starts_with_lead_in("Submitted Jane Doe")


@pytest.mark.parametrize("raw, names", [
    # a job title after a slash written without spaces, as after " / "
    ("Janet Morris/Staff Reporter", ["Janet Morris"]),
    ("Janet Morris/Senior Staff Writer", ["Janet Morris"]),
    ("Janet Morris/Special Correspondent", ["Janet Morris"]),
    ("Ana Gil/Enviada especial", ["Ana Gil"]),
    # a slash before an agency or anything not a role is left as it was
    ("Janet Morris/Reuters", ["Janet Morris/Reuters"]),
])
def test_a_role_after_a_slash_is_left_out(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # "writing:" (Urdu), "reporter:" (Persian), "writer:" (Hindi, Bengali) as labels
    ("تحریر: فرحان احمد", ["فرحان احمد"]),
    ("خبرنگار: مریم رضایی", ["مریم رضایی"]),
    ("लेखक: अनिल शर्मा", ["अनिल शर्मा"]),
    ("প্রতিবেদক: রাকিব হাসান", ["রাকিব হাসান"]),
    # Vietnamese, Indonesian, Turkish labels and the Malay "Oleh" (by)
    ("Phóng viên: Trần Minh", ["Trần Minh"]),
    ("Reportase: Budi Santoso", ["Budi Santoso"]),
    ("Pewarta: Budi Santoso", ["Budi Santoso"]),
    ("Haber: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
    ("Oleh Farid Hashim", ["Farid Hashim"]),
    ("Oleh itu kerajaan akan", []),
    # a place after the name, set off by the Arabic comma, is no second name
    ("فرحان احمد، لاہور", ["فرحان احمد"]),
    # two full names stay two
    ("فرحان احمد، مریم رضایی", ["فرحان احمد", "مریم رضایی"]),
])
def test_byline_labels_and_places_of_scripts_without_capitals(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("text, name", [
    ("（高橋 美咲）", "高橋 美咲"),
    ("（山田太郎）", "山田太郎"),
    # an agency or "to be continued" in the same brackets, or a longer text, is no signature
    ("（共同）", None),
    ("（続く）", None),
    ("（港北市役所の発表による）", None),
    ("高橋 美咲", None),
])
def test_a_japanese_reporters_name_in_brackets_closing_the_story(text, name):
    from newscrawl.extract.authors import bracketed_signature

    assert bracketed_signature(text) == name


@pytest.mark.parametrize(("name", "organisation"), [
    ("harbourherald.example", True),
    ("News.Harbourherald.example.co.uk", True),
    ("Harbour Media GmbH", True),
    ("Northwind Publishing, Inc.", True),
    ("Valley Post Ltd", True),
    # people: a surname spelled like a legal form in lower case, initials, a suffix
    ("Maria Sa", False),
    ("J.Doe", False),
    ("Jane Doe", False),
    ("Mark A. Smith Jr.", False),
    ("AB", False),
])
def test_a_host_name_or_a_company_with_its_legal_form_looks_like_an_organisation(name, organisation):
    assert authors.looks_like_organisation(name) is organisation


@pytest.mark.parametrize("text, name", [
    ("이지은 기자 jieun@harbor-news.example", "이지은"),
    ("이지은 기자", "이지은"),
    # glued after the last sentence, with the place and "=" before the name
    ("시는 다음 달 결과를 발표한다.인천=이지은 기자 jieun@harbor-news.example", "이지은"),
    # "기자" inside the story's sentences, or a sign-off that does not close the text, is none
    ("시청 기자실에서 브리핑이 열렸다.", None),
    ("이지은 기자가 현장을 취재했다.", None),
    ("Jane Doe reporter jane@paper.example", None),
])
def test_a_korean_reporters_sign_off_closing_the_story(text, name):
    assert authors.korean_sign_off(text) == name


@pytest.mark.parametrize("raw, names", [
    ("Από Μαρία Κωνσταντίνου", ["Μαρία Κωνσταντίνου"]),
    ("ΑΠΟ Μαρία Κωνσταντίνου", ["Μαρία Κωνσταντίνου"]),
    # the Greek by-word standing alone before the name, as a theme prints it in a label
    ("Από | Νίκος Αλεξίου", ["Νίκος Αλεξίου"]),
])
def test_the_greek_by_word_is_a_lead_in_not_a_name(raw, names):
    assert clean_byline(raw) == names


def test_the_greek_by_word_alone_is_a_label():
    assert authors.is_lead_in_label("Από")
    # "from" opening running text names no one
    assert clean_byline("Από την Αθήνα στη Θεσσαλονίκη με το τρένο") == []


@pytest.mark.parametrize("raw, expected", [
    # Arabic writes "and" (و) joined to the next word: two full names are split there
    ("كتب: أحمد السيد ومنى عبد الرحمن", ["أحمد السيد", "منى عبد الرحمن"]),
    ("أحمد السيد ووليد حسن", ["أحمد السيد", "وليد حسن"]),
    # a name opening with the letter (وليد, Walid) after a one-word part is one name
    ("محمد وليد", ["محمد وليد"]),
    ("محمد وليد حسن", ["محمد وليد حسن"]),
])
def test_the_arabic_and_joined_to_the_second_name_splits_two_names(raw, expected):
    assert clean_byline(raw) == expected


@pytest.mark.parametrize("raw, names", [
    # the German label in its gender-inclusive spellings is a label, never a name
    ("Autor*innen", []),
    ("Autor:innen", []),
    ("Autor_innen", []),
    ("AutorInnen", []),
    ("Autor*innen: Jana Roth, Max Weber", ["Jana Roth", "Max Weber"]),
    # "Autor:innen" is not "Autor:" and a name "innen"
    ("Autor:innen Jana Roth", ["Jana Roth"]),
    # the plain labels as before
    ("Autorin: Jana Roth", ["Jana Roth"]),
    ("Autoren: Jana Roth und Max Weber", ["Jana Roth", "Max Weber"]),
])
def test_the_gender_inclusive_author_label_is_a_label(raw, names):
    assert clean_byline(raw) == names
    assert authors.is_lead_in_label(raw) == (not names)


@pytest.mark.parametrize("raw, names", [
    # the German genres' "Ein Artikel von", "Eine Rezension von" ... before the writer
    ("Ein Artikel von Jana Roth", ["Jana Roth"]),
    ("Eine Rezension von Jana Roth", ["Jana Roth"]),
    ("Ein Gastkommentar von Max Weber", ["Max Weber"]),
    # Blogger's German "Posted by"
    ("Eingestellt von Jana Roth um 10:15", ["Jana Roth"]),
    # the writer credited with the pictures too
    ("Text und Fotos: Jana Roth", ["Jana Roth"]),
    ("Text & Bild: Jana Roth", ["Jana Roth"]),
    ("Text und Fotos von Jana Roth", ["Jana Roth"]),
    # "Verfasser:" / "Verfasserin:" and "Autor/in:" as the label before the name
    ("Verfasserin: Jana Roth", ["Jana Roth"]),
    ("Autor/in: Jana Roth", ["Jana Roth"]),
    # the regional press's "Von unserer Mitarbeiterin ...", "Von unserem Korrespondenten ..."
    ("Von unserer Mitarbeiterin Jana Roth", ["Jana Roth"]),
    ("Von unserem Korrespondenten Max Weber", ["Max Weber"]),
    # running text is no byline: the genre word inside a sentence, "Verfasser" without its colon
    ("Ein Artikel von gestern hat die Leser empört und viele Fragen offen gelassen", []),
    ("Verfasser des Briefes ist der Bürgermeister", []),
])
def test_german_genre_and_label_words_before_the_writer(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize(("raw", "names"), [
    # the writer credited with the pictures too, in English, in either order
    ("Words and photographs by Joan Perrin", ["Joan Perrin"]),
    ("Photographs and words by Joan Perrin", ["Joan Perrin"]),
    ("Text and photos by Joan Perrin", ["Joan Perrin"]),
    ("Story & pictures by Joan Perrin", ["Joan Perrin"]),
    # the photographer credited after the writer stays out
    ("Words by Joan Perrin | Photographs by Ravi Mehta", ["Joan Perrin"]),
])
def test_the_english_words_and_pictures_credit_is_a_lead_in(raw, names):
    assert clean_byline(raw) == names


def test_a_words_and_pictures_credit_in_an_author_block_names_the_writer():
    page = ("<html><head><title>Salt flats at dawn</title></head><body><article class='post'>"
            "<h1>Salt flats at dawn</h1><div class='post-author'><span>Photographs and words by "
            "<a href='/stories?author=jo'>Joan Perrin</a></span></div>"
            "<p>The salt pans lie flat and white for miles under a sky that changes by the minute;"
            " the families who work them start before dawn.</p>"
            "<p>Workers rake the crust into heaps before the sun climbs too high, then carry it"
            " to the sheds in baskets.</p></article></body></html>")
    assert extract_article(page, "https://fieldbook.test/stories/salt", profile=False).authors == [
        "Joan Perrin"]


@pytest.mark.parametrize(("raw", "names"), [
    # Drupal's German "Verfasst von !username am !datetime", the day name in DIN 5008's
    # two letters (tests/fixtures/themes/drupal/drupal7-german-submitted.html)
    ("Verfasst von Gerhard Lenz am Mi, 06/05/2024 - 19:48", ["Gerhard Lenz"]),
    ("Verfasst von Gerhard Lenz am Mi., 05.06.2024 - 19:48", ["Gerhard Lenz"]),
    # two letters opening a name are no day name without a comma and a digit after them
    ("Von Do Minh", ["Do Minh"]),
])
def test_german_two_letter_day_names_open_the_date(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize(("label", "names"), [
    ("View Archive →", []),  # Twenty Twenty's author box link
    ("View all of Ana Gil's posts.", ["Ana Gil"]),  # Twenty Twenty-One's
    ("View all of Ana Gil’s posts", ["Ana Gil"]),
])
def test_the_author_box_archive_link_label_is_no_name(label, names):
    assert clean_byline(label, strict=False) == names
    assert clean_byline(label) == names


def test_the_arrow_closing_an_author_archive_link_is_no_part_of_the_name():
    """'View all posts by NAME <span class="meta-nav">&rarr;</span>' (Twenty Ten, Twenty Twelve)."""
    assert clean_byline("View all posts by Gwen Parry →", strict=False) == ["Gwen Parry"]


@pytest.mark.parametrize("raw, names", [
    # the category or the tags a blog's meta line prints after the writer's name
    ("Pieter van Dam | Categorie: Jeugdwerk", ["Pieter van Dam"]),
    ("Jane Doe · Kategorie: Garten", ["Jane Doe"]),
    ("Jane Doe | Tags: Harbour, Ferries", ["Jane Doe"]),
    # the byline's own labels are stripped before: no name lost to the colon rule
    ("Autor: Jana Roth", ["Jana Roth"]),
    ("Text: Jana Roth | Foto: Max Weber", ["Jana Roth"]),
])
def test_a_label_and_its_value_after_the_names_is_no_name(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("value", [
    "Ministerium für Umwelt, Wasser und Landwirtschaft",
    "Bundesministerium für Verkehr und digitale Infrastruktur",
    "Department for Transport, Roads and Harbours",
    "Ministerio de Cultura, Turismo y Deporte",
])
def test_a_government_body_listing_its_portfolios_is_one_organisation(value):
    assert clean_names([value]) == [value]
    assert authors.looks_like_organisation(value)


@pytest.mark.parametrize("value, names", [
    # a person's name and a place, two persons: split as before
    ("Jana Roth, Ministerium", ["Jana Roth"]),
    ("Anna Smith, Bob Jones and Carl Brown", ["Anna Smith", "Bob Jones", "Carl Brown"]),
    # a department named in a longer byline with a date is not read whole
    ("Department of Physics | 4 March 2031", []),
])
def test_only_a_whole_government_body_name_is_kept_whole(value, names):
    assert clean_byline(value) == names


@pytest.mark.parametrize("raw, names", [
    # the link to the author's other stories names the author after its by-word
    ("Mehr Artikel von Stefanie Roth", ["Stefanie Roth"]),
    ("More articles by Jane Doe", ["Jane Doe"]),
    ("More stories by Jane Doe", ["Jane Doe"]),
    # an account link is a control, not a name
    ("Sign Out", []),
    ("Log In", []),
    ("Anmelden", []),
])
def test_author_page_links_and_account_controls(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # a navigation trail's steps are dates and sections, not names
    ("2026 | > March | > 3", []),
    ("Home › Transport › Ferries", []),
    # one arrow is no trail: a link arrow closing the name is left out
    ("By Mara Lind >", ["Mara Lind"]),
    ("Mara Lind ›", ["Mara Lind"]),
])
def test_navigation_trails_and_link_arrows_name_no_one(raw, names):
    assert clean_byline(raw) == names


# -- the screen run before the lead-in tests ----------------------------------------------

_SCREENED_TEXTS = [
    "By Jane Doe", "BY JANE DOE", "bY jane", "Von Jana Roth", "VON", "Par Jean Dupont", "Text und Fotos von Ina Berg",
    "Autor:innen: Ina Berg", "Verfasser: Tom Hahn", "كتب: علي حسن", "Γράφει: Νίκος", "作者：周海燕", "Írta: Kiss Anna",
    "Szerző: Kiss Anna", "ÜBER MICH", "Words: Jo Lane", "Reporter: Jo Lane", "Photos & words by Jo Lane",
    "  by  Jo Lane", "Home", "Share this story", "The council met on Tuesday", "Über uns", "Ähnliche Artikel",
    "Mehr zum Thema", "Weitere Artikel von Jana Roth", "Read more", "Byline", "Bypass road closed",
]


@pytest.mark.parametrize("text", _SCREENED_TEXTS)
def test_the_lead_in_screen_lets_through_every_text_the_lead_in_tests_take(text):
    from newscrawl.extract.authors import is_lead_in_label, may_open_with_lead_in

    if starts_with_lead_in(text) or starts_with_lead_in(text, particles=False) or is_lead_in_label(text):
        assert may_open_with_lead_in(text)


def test_the_lead_in_screen_turns_away_lines_that_open_with_no_lead_in():
    from newscrawl.extract.authors import may_open_with_lead_in

    for text in ("Home", "Share this story", "The council met on Tuesday", "Über uns", "Ähnliche Artikel", "Read more"):
        assert not may_open_with_lead_in(text)
    for text in ("By Jane Doe", "BY JANE DOE", "VON JANA ROTH", "Γράφει: Νίκος", "作者：周海燕", "Szerző: Kiss Anna"):
        assert may_open_with_lead_in(text) and starts_with_lead_in(text)


@pytest.mark.parametrize("raw, names", [
    # an author box: the name, then the bio's sentences closed by the ideographic full stop
    ("高橋美咲 ロンドン支局長。社会部で司法、警察を担当し、2021年から現職。", ["高橋美咲"]),
    ("作者：刘晓东 本报驻京记者。长期关注能源、交通。", ["刘晓东"]),
    # no space parts the name from the sentence: nothing is read as a name
    ("ロンドン支局長として司法、警察を担当。", []),
    # a list without a sentence keeps every name
    ("高橋美咲、佐藤浩", ["高橋美咲", "佐藤浩"]),
])
def test_a_cjk_bio_after_the_name_gives_no_names(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("text, names", [
    # Xinhua's and China News Service's "...电（记者<names>）"
    ("新华社西宁4月2日电（记者赵明远、孙悦）清晨六点，湖边已有游客。", ["赵明远", "孙悦"]),
    ("　　中新社杭州4月2日電（記者 鄭雅文）西湖邊的茶園開採。", ["鄭雅文"]),
    ("新华社西宁4月2日电（记者赵明远 通讯员周楠）湖边的游客。", ["赵明远", "周楠"]),
    # the Central News Agency's name glued to the place, three characters or two
    ("（中央社記者林佳蓉高雄2日電）港區的貨櫃量回升。", ["林佳蓉"]),
    ("（中央社記者何芸花蓮2日專電）颱風遠離。", ["何芸"]),
    # a dateline naming no reporter, and a text that does not open with one
    ("（中央社高雄2日電）港區的貨櫃量回升。", []),
    ("清晨六点，新华社西宁4月2日电（记者赵明远）", []),
    ("Reporters named Zhao wrote from Xining.", []),
])
def test_a_chinese_wire_dateline_names_the_reporters(text, names):
    from newscrawl.extract.authors import chinese_wire_reporters

    assert chinese_wire_reporters(text) == names


def test_the_italian_a_cura_di_credit_opens_a_byline_and_a_press_office_is_a_desk():
    # "a cura di" credits the person who prepared a text ("Testo a cura di X"); a press
    # office's account ("Ufficio Stampa", "Pressestelle") is a desk, not a person.
    from newscrawl.extract import authors

    assert authors.starts_with_lead_in("Testo a cura di Chiara Bellandi")
    assert authors.clean_byline("Articolo a cura di Chiara Bellandi", strict=True) == ["Chiara Bellandi"]
    assert authors.clean_byline("A cura di Chiara Bellandi e Paolo Ferri", strict=True) == [
        "Chiara Bellandi", "Paolo Ferri"]
    for office in ("Ufficio Stampa", "Ufficio stampa Comune di Valmora", "Pressestelle", "Press Office"):
        assert authors.is_desk(office)
    assert not authors.is_desk("Chiara Stampa")


def test_a_press_office_byline_stands_where_the_page_names_no_writer():
    from pathlib import Path

    from newscrawl import extract_article

    page = (Path(__file__).parent.parent / "fixtures/themes/wordpress/generatepress-press-office-cura.html").read_text()
    page = page.replace("<p><em>Articolo a cura di Chiara Bellandi</em></p>", "")
    article = extract_article(page, "https://scuolamusicavalmora.example/il-coro/", profile=False)
    assert article.authors == ["Ufficio Stampa"]


@pytest.mark.parametrize("raw, names", [
    # the author box's heading (Genesis's "About NAME", translated)
    ("About Jane Doe", ["Jane Doe"]),
    ("Über Hanne Wiesinger", ["Hanne Wiesinger"]),
    ("À propos de Marie Lenoir", ["Marie Lenoir"]),
    ("Über uns", []),
    ("About the author", []),
    # a press release's release instruction is no name
    ("FOR IMMEDIATE RELEASE", []),
    ("For immediate release", []),
    # a broadcaster's studio after the reporter is the bureau, not a second person
    ("Von Jana Beispiel, Nordwelle Studio Oldenburg", ["Jana Beispiel"]),
    ("Von Jana Beispiel, ARD-Studio Nairobi", ["Jana Beispiel"]),
    ("Von Jana Beispiel und Tom Muster, ORF-Landesstudio Kärnten", ["Jana Beispiel", "Tom Muster"]),
    ("By Ana Studart", ["Ana Studart"]),
])
def test_author_box_headings_release_instructions_and_studios(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("raw, names", [
    # the author box's heading under a post (WordPress's Twenty Ten / Twelve / Thirteen and
    # Genesis: "About %s", and its translations): the name after the word
    ("About Gwen Parry", ["Gwen Parry"]),
    ("Über Hanne", ["Hanne"]),
    ("À propos de Julie Martin", ["Julie Martin"]),
    ("Sobre Carlos Nadalim", ["Carlos Nadalim"]),
    # a site's own "about" heading or link is not read as a heading over a name
    ("Über uns", []),
    ("Sobre nosotros", []),
    # a hyphenated word is no heading ("Über-Ich")
    ("Über-Ich", ["Über-Ich"]),
    # a press release's release line is no name
    ("FOR IMMEDIATE RELEASE", []),
])
def test_an_author_box_heading_gives_the_name_after_its_about_word(raw, names):
    assert clean_byline(raw) == names


def test_a_byline_past_the_longest_read_is_cut_at_a_separator():
    # a megabyte of names (hostile markup) is read up to its last separator before
    # MAX_BYLINE_CHARS: the names in that part, and no half name from the cut
    assert clean_byline("Jane Example, John Sample and " * 40_000) == ["Jane Example", "John Sample"]
    # a name before the cap is read, one past it is not
    within = "Jane Example, " * (MAX_BYLINE_CHARS // 15) + "Ann Other"
    past = "Jane Example, " * (MAX_BYLINE_CHARS // 13) + "Ann Other"
    assert len(within) < MAX_BYLINE_CHARS < len(past)
    assert "Ann Other" in clean_byline(within)
    assert "Ann Other" not in clean_byline(past)


@pytest.mark.parametrize("raw, names", [
    # the serial (Oxford) comma before the "and" closing a list of names: the last name
    # is read without its "and" (it was lost, or kept as "and C" from a structured value)
    ("By Ama Mensah, Rui Tavares, and Ilse Brandt", ["Ama Mensah", "Rui Tavares", "Ilse Brandt"]),
    ("By Ama Mensah, and Rui Tavares", ["Ama Mensah", "Rui Tavares"]),
    ("By Ama Mensah, Rui Tavares and Ilse Brandt", ["Ama Mensah", "Rui Tavares", "Ilse Brandt"]),
    # an "and" inside a role after the names is still no name
    ("Ama Mensah, Android and iOS editor", ["Ama Mensah"]),
])
def test_a_serial_comma_before_the_last_name_keeps_it(raw, names):
    assert clean_byline(raw) == names


def test_a_structured_list_with_a_serial_comma_gives_the_last_name_without_its_and():
    assert clean_names(["Ama Mensah, Rui Tavares, and Ilse Brandt"]) == [
        "Ama Mensah", "Rui Tavares", "Ilse Brandt"]


@pytest.mark.parametrize("raw, names", [
    # a wire service credited alone under its full name, lower-case words or "News" in it
    ("By the Associated Press", ["the Associated Press"]),
    ("By The Canadian Press", ["The Canadian Press"]),
    ("Press Trust of India", ["Press Trust of India"]),
    ("Indo-Asian News Service", ["Indo-Asian News Service"]),
    # beside a writer, as an agency's code is ("By Jane Doe, AFP")
    ("By Ama Mensah, Associated Press", ["Ama Mensah", "Associated Press"]),
    # a look-alike that is not one of them is still refused
    ("Press Trust of Nowhere", []),
])
def test_a_wire_service_credit_is_kept_whole(raw, names):
    assert clean_byline(raw) == names


@pytest.mark.parametrize("text, names", [
    # the Liberty Times' form: "〔記者<names>／<place>報導〕" opening the story
    ("〔記者王志遠／台中報導〕市府今天公布新的公車路網。", ["王志遠"]),
    ("〔記者王志遠、林美君／綜合報導〕颱風遠離。", ["王志遠", "林美君"]),
    ("【記者 王志遠／台北報導】捷運延長營運。", ["王志遠"]),
    ("〔記者王志遠、記者林美君／高雄報導〕港區的貨櫃量回升。", ["王志遠", "林美君"]),
    # a desk's or a translator's credit names no reporter
    ("〔即時新聞／綜合報導〕颱風遠離。", []),
    ("〔編譯陳成良／綜合報導〕外電報導。", []),
    # not at the head of the text
    ("市府今天公布〔記者王志遠／台中報導〕", []),
    ("Reporter Wang filed from Taichung.", []),
])
def test_a_bracketed_reporters_credit_names_the_reporters(text, names):
    from newscrawl.extract.authors import bracketed_reporters

    assert bracketed_reporters(text) == names


@pytest.mark.parametrize("raw, names", [
    # a news service's name after the writers', no comma between, as the wire's underline
    ("By Lena Okafor and Tom Reyes Harbour News Service", ["Lena Okafor", "Tom Reyes"]),
    ("By LENA OKAFOR and TOM REYES Harbour News Service", ["LENA OKAFOR", "TOM REYES"]),
    ("LENA OKAFOR Valley Media News Service", ["LENA OKAFOR"]),
    ("By Lena Okafor Tribune News Service", ["Lena Okafor"]),
    ("Lena Ann Okafor Religion News Service", ["Lena Ann Okafor"]),
    # the service credited alone names no one; after a comma it was read before
    ("By Valley Media News Service", []),
    ("Lena Okafor, Harbour News Service", ["Lena Okafor"]),
])
def test_a_news_services_name_after_the_writers_is_no_part_of_their_names(raw, names):
    assert clean_byline(raw) == names
    assert clean_byline(raw, strict=False) == names


@pytest.mark.parametrize("raw, names", [
    # the French signature of a story built on the agencies' dispatches, and its other forms
    ("Par Marie Dupont avec AFP", ["Marie Dupont"]),
    ("Par Marie Dupont et Paul Martin avec l'AFP", ["Marie Dupont", "Paul Martin"]),
    ("Le Monde avec AFP et Reuters", ["Le Monde"]),
    ("By Euronews with Agencies", ["Euronews"]),
    ("By Jane Doe with AP", ["Jane Doe"]),
    ("Von Jan Kurz mit dpa", ["Jan Kurz"]),
    # "with" before no agency credits no agency: a structured value keeps its words
    ("Jane Doe with Ann Lee", ["Jane Doe with Ann Lee"]),
])
def test_an_agency_credited_with_the_writer_is_no_writer(raw, names):
    assert clean_byline(raw, strict=False) == names


@pytest.mark.parametrize("raw, names", [
    ("Autorius: Jonas Jonaitis", ["Jonas Jonaitis"]),
    ("Autorė: Ona Petraitytė", ["Ona Petraitytė"]),
    ("Jonas Jonaitis ir Ona Petraitytė", ["Jonas Jonaitis", "Ona Petraitytė"]),
    ("Avtor: Janez Novak", ["Janez Novak"]),
    ("Avtorica: Ana Kos", ["Ana Kos"]),
    ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("Autori: Ion Popescu și Ana Ionescu", ["Ion Popescu", "Ana Ionescu"]),
    ("Ion Popescu şi Ana Ionescu", ["Ion Popescu", "Ana Ionescu"]),
    ("Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]),
    ("Forfatter: Ola Nordmann", ["Ola Nordmann"]),
    ("Författare: Anna Svensson", ["Anna Svensson"]),
    # the Greek genitive article before the name, and the Greek "and"
    ("Του Νίκου Αλεξίου", ["Νίκου Αλεξίου"]),
    ("Της Μαρίας Νικολάου", ["Μαρίας Νικολάου"]),
    ("Των Νίκου Αλεξίου και Μαρίας Νικολάου", ["Νίκου Αλεξίου", "Μαρίας Νικολάου"]),
])
def test_lead_in_labels_and_and_words_of_more_languages(raw, names):
    assert clean_byline(raw) == names


def test_a_new_and_word_before_a_lower_case_word_joins_a_job_title_not_two_names():
    # a structured author value with the writer's title after the name: the Lithuanian
    # "ir" inside the title parts no second name (the title is too long to be one)
    value = "Rūta Vaitkutė, Kauno technologijos universiteto Matematikos ir gamtos mokslų fakulteto lektorė"
    assert clean_names([value]) == ["Rūta Vaitkutė"]


@pytest.mark.parametrize("text", ["Yazar Ahmet Yılmaz dün açıkladı", "Της Ελλάδας οι πόλεις",
                                  "Autorius Jonas Jonaitis"])
def test_the_new_labels_need_their_colon_and_greek_articles_make_no_byline_line(text):
    # the words open running text too: without a colon they are no lead-in, and the Greek
    # genitive articles are stripped only from a text already read as a byline
    assert not starts_with_lead_in(text)
