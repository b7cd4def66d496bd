"""The credit-label vocabulary of many languages."""

from newscrawl.extract import credit_labels


def test_every_label_once_and_longest_first():
    labels = credit_labels.CREDIT_LABELS
    assert len(labels) == len(set(labels))
    assert [len(label) for label in labels] == sorted((len(label) for label in labels), reverse=True)


def test_labels_are_lower_case_and_cover_many_scripts():
    assert all(label == label.lower() for label in credit_labels.CREDIT_LABELS)
    for word in ("photo", "foto", "фото", "ছবি", "ภาพ", "فوٹو", "写真", "사진", "攝影"):
        assert word in credit_labels.CREDIT_LABELS
    assert len(credit_labels.CREDIT_LABEL_WORDS) >= 40


def test_the_words_for_source_are_one_list_for_credits_and_source_lines():
    # A credit under a picture ("Quelle: X") and a source line under a chart or a story
    # ("Sources: X") are one label: the body's source lines read the credit labels' list.
    from newscrawl.extract import boilerplate

    words = {word for language_words in credit_labels.SOURCE_WORDS.values() for word in language_words}
    assert set(boilerplate.SOURCE_LINE_WORDS) == words
    assert words <= set(credit_labels.CREDIT_LABELS)


def test_a_plural_source_label_after_a_caption_is_split_off_and_a_singular_closes_a_story():
    from newscrawl.extract.body.paragraphs import is_closing_credit
    from newscrawl.extract.images import split_credit

    assert split_credit("Crowds at the quay. Sources: Harbour Board, Reuters") == (
        "Crowds at the quay.", "Harbour Board, Reuters")
    assert split_credit("Die Fähre im Hafen. Quellen: Hafenamt, Küstenbote") == (
        "Die Fähre im Hafen.", "Hafenamt, Küstenbote")
    # the Slovenian, Latvian, Lithuanian and Estonian words, in the credit labels already
    for line in ("Vir: Hafenamt, Obalni vestnik", "Avots: Ostas pārvalde", "Šaltinis: uosto direkcija",
                 "Allikas: sadama valitsus"):
        assert is_closing_credit(line)


def test_the_romance_credit_noun_before_the_picture_word_is_part_of_the_label():
    # "Crédit photo : X" (the French order of "Photo credit: X"): the word for credit goes
    # with the label, not with the caption; alone in the slot it is a credit only.
    from newscrawl import extract_article
    from newscrawl.extract.images import split_credit

    assert split_credit("Les bateaux rentrent au port. Crédit photo : DR") == (
        "Les bateaux rentrent au port.", "DR")
    assert split_credit("Le quai au matin. Crédits photos : Jeanne Martin / Agence Ouest") == (
        "Le quai au matin.", "Jeanne Martin / Agence Ouest")
    assert split_credit("La plaza mayor. Crédito foto: Ana Ruiz") == ("La plaza mayor.", "Ana Ruiz")
    assert split_credit("Crédit photo : DR") == (None, "DR")
    page = """<html lang="fr"><head><title>Le port rouvre</title></head><body><article>
    <h1>Le port rouvre ses quais</h1>
    <figure><img src="https://port.example/quai.jpg" alt="">
    <figcaption>Les bateaux rentrent au port après les travaux. Crédit photo : DR</figcaption></figure>
    <p>Après six mois de travaux, le port de pêche a rouvert ses quais lundi matin aux bateaux de la flottille locale.</p>
    <p>Les pêcheurs attendaient cette réouverture depuis le printemps, disent-ils, pour reprendre leurs habitudes.</p>
    </article></body></html>"""
    article = extract_article(page, "https://port.example/actualite/le-port-rouvre", profile=False)
    assert [image.caption for image in article.images] == ["Les bateaux rentrent au port après les travaux."]
    assert [image.credit for image in article.images] == ["DR"]
