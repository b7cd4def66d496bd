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
