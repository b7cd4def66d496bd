"""Word lists as prefix-tree alternations: the same matches as the plain alternation."""

import re

import pytest

from newscrawl.extract.alternation import prefix_alternation

#: Words that share prefixes at several depths, a word that is a prefix of others, marks.
WORDS = ("photographs", "photograph", "photos", "photo", "pic", "pictures", "picture",
         "fot.", "foto", "fotos", "bild", "bilder", "bildet", "källa", "фото", "写真", "图", "图片")


def _longest_first(words):
    return tuple(sorted(set(words), key=lambda word: (-len(word), word)))


def _plain(words) -> str:
    return "|".join(re.escape(word) for word in _longest_first(words))


#: Patterns around the group whose matches depend on which word the group takes first.
SHAPES = (
    r"^(?P<caption>.*?)[\s,;]*\b(?:{})\s*[:©]\s*(?P<credit>.+)$",
    r"^(?:{})(?P<rest>.*)$",
    r"(?P<word>(?:{}))(?P<rest>s?\w*)",
    r"^(?P<caption>.+[.!?])\s*(?:{})\.?(?:\s*:\s*|\s+)(?P<credit>[^.!?]{{2,80}})$",
)

TEXTS = (
    "Harbour at dawn. Photo: Jane Roe", "Photographs: A. Berg", "PICTURES© Agency",
    "fot. Jan Kowalski", "Fotos: dpa", "Bildet viser havna. Foto: NTB", "Bilder: x",
    "Källa: SVT", "Фото: ТАСС", "写真：共同", "图片: 新华社", "图: 路透社",
    "photophotos: x", "a pic: b", "picturesque scene: c", "The photo. Picture Alice Roe",
    "photograph", "photographsphotos", "Bildbilder", "no label here",
)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_tree_matches_what_the_plain_alternation_matches(shape):
    plain = re.compile(shape.format(_plain(WORDS)), re.IGNORECASE | re.DOTALL)
    tree = re.compile(shape.format(prefix_alternation(_longest_first(WORDS))), re.IGNORECASE | re.DOTALL)
    assert plain.pattern != tree.pattern
    for text in TEXTS + tuple(text.upper() for text in TEXTS):
        for method in ("match", "search", "fullmatch"):
            found, expected = getattr(tree, method)(text), getattr(plain, method)(text)
            assert (found and (found.span(), found.groupdict())) == \
                (expected and (expected.span(), expected.groupdict())), (shape, method, text)


def test_a_word_that_is_a_prefix_of_another_is_tried_after_it():
    source = prefix_alternation(("bilder", "bild"))
    assert re.match(f"(?:{source})", "Bilder", re.IGNORECASE).group() == "Bilder"
    assert re.fullmatch(f"(?:{source}):", "bild:", re.IGNORECASE)
    # (the shorter word first would stop at "bild" where nothing forces the longer one)
    assert re.match(f"(?:{source})", "bildx").group() == "bild"


def test_words_given_in_any_order_give_the_same_tree():
    assert prefix_alternation(WORDS) == prefix_alternation(reversed(WORDS))


def test_branches_that_one_character_could_take_both_are_refused():
    with pytest.raises(ValueError):
        prefix_alternation(("σου", "ςου"))  # sigma and final sigma match each other without case
    assert prefix_alternation(("σου", "ςου"), flags=0)
    with pytest.raises(ValueError):
        prefix_alternation(("photo", ""))
