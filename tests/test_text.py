"""newscrawl.text: collapse (the stored form of a text) and fold (the key texts are compared by)."""

from __future__ import annotations

import re

import pytest

from newscrawl.text import WORD, ascii_digits, collapse, fold, word_count


# -- collapse ---------------------------------------------------------------------------

@pytest.mark.parametrize("empty", [None, "", " ", "\n\t ", "\u00a0", "\u200b", "\ufeff\u2060", "\u200c \u200d"])
def test_collapse_of_nothing_is_the_empty_string(empty):
    assert collapse(empty) == ""


def test_collapse_makes_every_whitespace_run_one_space_and_strips_the_ends():
    assert collapse("  Kyiv \t\n\n  Independent \r\n") == "Kyiv Independent"


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c"])
def test_collapse_treats_nbsp_and_unicode_spaces_as_whitespace(space):
    assert collapse(f"{space}27{space}{space}Feb.{space}2025{space}") == "27 Feb. 2025"


def test_collapse_drops_zero_width_space_word_joiner_and_byte_order_mark():
    assert collapse("\ufeffBreaking\u200b news\u2060 \u200b today") == "Breaking news today"


def test_collapse_keeps_joiners_inside_a_text_and_drops_them_at_its_ends():
    flag = "\U0001f3f3\ufe0f\u200d\U0001f308"  # rainbow flag: an emoji sequence held by a ZWJ
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a ZWNJ inside a word
    assert collapse(f"\u200c {flag} ") == flag
    assert collapse(f" {persian}\u200d") == persian


def test_collapse_keeps_soft_hyphens_and_combining_marks():
    assert collapse("Not\u00adfall\u00addaten") == "Not\u00adfall\u00addaten"
    decomposed = "Cafe\u0301 au lait"
    assert collapse(f" {decomposed} ") == decomposed  # no normalisation: the text as served


def test_collapse_leaves_case_and_punctuation_alone():
    assert collapse("«Ça  va?» — OK!") == "«Ça va?» — OK!"


def test_collapse_is_idempotent():
    text = "\u200c\u00a0a \u200b b\u200d\n\n"
    assert collapse(collapse(text)) == collapse(text) == "a b"


# -- fold -------------------------------------------------------------------------------

@pytest.mark.parametrize("empty", [None, "", "   ", "—", "...!?", "\u200b\u200d", "_"])
def test_fold_of_a_text_without_letters_or_digits_is_empty(empty):
    assert fold(empty) == ""


def test_fold_drops_spaces_punctuation_and_underscores():
    assert fold("Russia's war: day 1,098 — live_updates") == "russiaswarday1098liveupdates"


def test_fold_case_folds_beyond_lower_case():
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("ΟΔΟΣ") == fold("οδος")  # final sigma
    assert fold("ǅemal") == fold("DŽEMAL")  # titlecase digraph
    assert fold("İSTANBUL") == fold("istanbul")  # the dot casefold leaves as a mark goes


def test_fold_equates_combining_and_precomposed_letters():
    precomposed, decomposed = "Café Zürich", "Cafe\u0301 Zu\u0308rich"
    assert precomposed != decomposed
    assert fold(precomposed) == fold(decomposed) == "cafézürich"


def test_fold_keeps_accents_apart_from_plain_letters():
    assert fold("résumé") != fold("resume")


def test_fold_drops_a_combining_mark_left_alone():
    # NFKC cannot attach a mark to a space; the mark is no letter and goes.
    assert fold("a \u0301b") == "ab"


def test_fold_equates_compatibility_forms():
    assert fold("ＫＹＩＶ　２０２５") == fold("Kyiv 2025") == "kyiv2025"  # full-width
    assert fold("ﬁnance") == fold("finance")  # ligature
    assert fold("x²") == fold("x2")


def test_fold_drops_zero_width_and_nbsp():
    assert fold("Kyiv\u200bIndependent") == fold("Kyiv\u00a0Independent") == "kyivindependent"


def test_fold_keeps_letters_and_digits_of_every_script():
    assert fold("Київ 27 лютого") == "київ27лютого"
    assert fold("東京 ニュース") == "東京ニュース"
    assert fold("٢٠٢٥ عام") == "٢٠٢٥عام"


def test_fold_is_idempotent():
    for text in ("Straße", "Cafe\u0301", "ＫＹＩＶ", "İstanbul", "ǅemal", "a_b-c"):
        assert fold(fold(text)) == fold(text)


def test_fold_gives_the_same_key_when_asked_again():
    texts = ["Straße am Hafen", "STRASSE AM HAFEN", "Straße am Hafen"]
    assert [fold(text) for text in texts] == ["straßeamhafen".replace("ß", "ss")] * 3
    assert fold(None) == fold("") == ""
    long_text = "Straße, am Hafen! " * 40  # (longer than the texts whose key is remembered)
    assert fold(long_text) == fold(long_text) == "strasseamhafen" * 40


def test_word_count_counts_runs_of_word_characters():
    assert word_count("Two words.\n\nAnd 3 more—here") == 6
    assert word_count("l'été, São Paulo") == 4
    assert word_count("") == word_count(None) == 0


def test_word_count_of_ascii_text_counts_what_the_pattern_finds():
    texts = ["word", " word", "word ", "_", "a_b c", "x1 2y", "...", " ", "a-b.c,d",
             "under_score and 42\tnumbers\n", "'quoted' (words)", "--a", "a--"]
    for text in texts + [text + " l'été" for text in texts]:
        assert word_count(text) == len(re.findall(r"\w+", text)), text
    assert word_count("a b") == 2 and word_count("_x_ y") == 2 and word_count("!!") == 0


def test_word_count_keeps_a_word_whole_across_its_combining_marks():
    # Vowel signs and the virama are combining marks, which \\w leaves out: \\w+ finds
    # 13 pieces in these five Hindi words, 10 in the three Bengali ones.
    assert len(re.findall(r"\w+", "समस्तीपुर के बंगरा थाना क्षेत्र")) == 13
    assert word_count("समस्तीपुर के बंगरा थाना क्षेत्र") == 5
    assert word_count("গোদাগাড়ীর চর আষাড়িয়াদহে") == 3
    assert word_count("கடலோர மாவட்டங்களில் மழை") == 3  # Tamil
    # A letter written with a combining accent is one word, as its precomposed form is.
    assert word_count("cafe\u0301 de\u0301ja\u0300") == word_count("café déjà") == 2
    # A mark with no word character before it starts no word.
    assert word_count("\u0301 a") == 1
    assert WORD.findall("क्षेत्र, थाना") == ["क्षेत्र", "थाना"]


def test_ascii_digits_writes_the_digits_of_every_script_as_ascii():
    assert ascii_digits("২৯ আগস্ট ২০২০") == "29 আগস্ট 2020"  # Bengali
    assert ascii_digits("٢٤ أبريل ٢٠٢٠") == "24 أبريل 2020"  # Arabic-Indic
    assert ascii_digits("۱۴۰۲/۰۵/۰۳") == "1402/05/03"  # Persian
    assert ascii_digits("१५ अगस्त २०२३") == "15 अगस्त 2023"  # Devanagari
    assert ascii_digits("２０２０年２月１５日") == "2020年2月15日"  # full-width


def test_ascii_digits_keeps_everything_else_and_every_position():
    for text in ("May 19, 2020", "Київ 27 лютого", "x² ½ Ⅻ", "১০:৪৬ পূর্বাহ্ণ"):
        assert len(ascii_digits(text)) == len(text)
    assert ascii_digits("x² ½ Ⅻ") == "x² ½ Ⅻ"  # superscripts, fractions, numerals are no decimal digits
    assert ascii_digits("") == ascii_digits(None) == ""


def test_word_count_of_text_whose_only_other_characters_are_between_words():
    # curly quotes, dashes, spaces and symbols outside ASCII: counted on the bytes, the
    # same words as the pattern finds
    texts = ["\u201cTwo\u201d words \u2014 and\u00a0three\u2026", "don\u2019t \u00ab stop \u00bb",
             "\u2013", "\u20ac5 \u00b1 2\u00b0C", "a\u2009b\u3000c"]
    for text in texts:
        assert word_count(text) == len(WORD.findall(text)) == len(re.findall(r"\w+", text)), text
    assert word_count("don\u2019t") == 2
    # a letter or a combining mark outside ASCII beside them joins its word, as before
    assert word_count("na\u00efve \u201ccaf\u00e9\u201d") == 2
    assert word_count("cafe\u0301\u2019s") == 2
    assert word_count("e\u0301x \u2014 y") == 2


def test_word_count_of_text_mostly_outside_ascii_is_the_patterns():
    # many characters outside ASCII (another script, or punctuation alone): the pattern
    # counts them, with the same result as the bytes would give for the punctuation
    for text in ("\u2014 \u2014 \u2014 a \u2014", "\u00ab\u00bb\u00ab\u00bb x", "Привет, мир \u2014 hi"):
        assert word_count(text) == len(WORD.findall(text)), text
    assert word_count("Привет, мир \u2014 hi") == 3


def test_word_pattern_finds_what_the_single_class_form_finds():
    # WORD is written with a lookahead before its class of marks (so the class is tried
    # only at a character outside ASCII); its matches are those of the plain form "a word
    # character, then word characters and marks", on texts of every kind of character.
    from newscrawl.text import _combining_mark_ranges

    plain = re.compile(rf"\w[\w{_combining_mark_ranges()}]*")
    pieces = ["a", "Z", "9", "_", " ", "-", "\u2014", "\u00a0", "\u00e9", "\u0301", "\u093f",
              "\u094d", "\u0915", "\u0416", "\u201c", "\u20dd", "\ufe0f", "\U000e0100", "\u3000",
              "\u4e2d", "'", "\n"]
    texts = ["".join(pieces[(seed * 7 + step * step * 3 + step) % len(pieces)]
                     for step in range(seed % 13 + 1)) for seed in range(400)]
    texts += ["\u0301\u0301a", "a\u0301\u0301", "a\u0301 \u0301b", "\u20dd", "x\u20dd\u00e9\u0301y"]
    for text in texts:
        assert WORD.findall(text) == plain.findall(text), ascii(text)
    assert WORD.findall("क्षेत्र में e\u0301x \u0301a") == ["क्षेत्र", "में", "e\u0301x", "a"]


def test_word_count_of_accented_text_is_the_patterns():
    # letters outside ASCII inside words, punctuation and spaces outside ASCII between
    # them: counted on the bytes with the punctuation written as spaces, the pattern's count
    texts = ["M\u00e4dchen \u201e\u00fcber\u201c \u2013 Stra\u00dfe", "\u00e9t\u00e9\u00a0\u00e0 Paris",
             "S\u00e3o Paulo\u2019s \u00ab\u00e9lite\u00bb", "\u00fc", "\u00fc\u2014\u00fc", "\u2014\u00fcber",
             "x\u00b2 + y\u00b2", "na\u00efve_ness \u00bd", "\u0416\u0443\u043a and \u00e9"]
    for text in texts:
        assert word_count(text) == len(WORD.findall(text)), text
    assert word_count("M\u00e4dchen \u201e\u00fcber\u201c \u2013 Stra\u00dfe") == 3
    # a combining mark among them still joins its word (the pattern counts that text)
    assert word_count("d\u00e9j\u00e0 vu, cafe\u0301s \u2014 ok") == 4
    assert word_count("\u00e9 \u0301\u00e9") == 2


def test_collapse_keeps_a_collapsed_text_and_still_collapses_every_kind_of_whitespace():
    # a text whose only whitespace is single spaces between words comes back as it is;
    # any other whitespace (each one unprintable), a double space or a space at an end
    # is still collapsed
    assert collapse("Kyiv Independent") == "Kyiv Independent"
    assert collapse("M\u00e4dchen \u201e\u00fcber\u201c") == "M\u00e4dchen \u201e\u00fcber\u201c"
    spaces = [chr(code) for code in range(0x3001) if chr(code).isspace()]
    assert " " in spaces and len(spaces) > 20
    for space in spaces:
        assert collapse(f"a{space}b") == "a b", hex(ord(space))
        assert collapse(f"{space}a b{space}") == "a b", hex(ord(space))
    assert collapse("a  b") == collapse(" a b") == collapse("a b ") == "a b"
    assert collapse("a\u00adb c") == "a\u00adb c"  # unprintable but no whitespace: kept
