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
