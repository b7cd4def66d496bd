"""Text helpers every layer uses: whitespace collapsing and the comparison key of a text.

Four helpers, one behaviour each:

- :func:`collapse` is the form a text is stored and shown in: every run of whitespace
  (NBSP, thin and ideographic spaces, tabs, line breaks included) becomes one space, the
  ends are stripped, and the invisible characters that carry nothing (zero-width space,
  word joiner, byte-order mark) are dropped. The zero-width joiner and non-joiner stay
  inside a text, where they shape scripts and emoji, and go only at its ends. Soft hyphens
  stay: they are the publisher's hyphenation points and part of the text as served.
- :func:`fold` is the key two texts are compared by ("is this paragraph the headline
  again?", "is this segment the site name?", "is this name a duplicate?"): Unicode
  compatibility form (NFKC, so a letter written with a combining accent equals the
  precomposed one, and full-width letters equal their plain forms), case-folded ("Straße"
  equals "STRASSE"), and only letters and digits kept. Spaces, punctuation, underscores,
  zero-width characters and any combining mark NFKC cannot attach to a letter are dropped.
  A fold is never shown; it is only compared.

- :func:`word_count` is the number of words an Article's ``word_count`` gives: runs of
  :data:`WORD`, a word character (``\\w``) with the word characters and combining marks
  after it. Python's ``\\w`` leaves out combining marks (Unicode category M), so in the
  Indic and other Brahmic scripts, where vowel signs and the virama are marks, ``\\w+``
  cuts one word into several ("क्षेत्र" into three); :data:`WORD` keeps it whole.
- :func:`ascii_digits` writes the decimal digits of every script ("২৯", "٢٤", "२०२०") as
  ASCII digits, so that patterns of numbers read them; nothing else changes, and every
  character keeps its position.

All take None (and return "" or 0 for it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Invisible characters dropped anywhere in a text (zero-width space, word joiner, BOM).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]+")
#: Whitespace, and the joiners that mean nothing at a text's ends, stripped from both ends.
_END_CHARACTERS = " \u200c\u200d"
#: What a fold drops: everything that is not a letter or a digit.
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def collapse(text: str | None) -> str:
    """``text`` with whitespace runs as single spaces, stripped, invisible characters dropped."""
    if not text:
        return ""
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = _INVISIBLE.sub("", text)
    # A text whose only whitespace is single spaces between words is kept as it is: every
    # whitespace character but the space is unprintable (a control, a line or paragraph
    # separator, a space separator other than U+0020), so one pass of ``isprintable`` in
    # C rules them out, and most texts collapsed (a text node, a meta content) are so.
    if not (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "):
        text = " ".join(text.split())
    if text and (text[0] in _END_CHARACTERS or text[-1] in _END_CHARACTERS):
        text = text.strip(_END_CHARACTERS)
    return text


#: Distinct texts whose fold is remembered, and the longest text remembered (a headline,
#: a name: longer texts are seldom compared twice, and would hold memory).
MAX_REMEMBERED_FOLDS = 2048
MAX_REMEMBERED_FOLD_CHARS = 300


def fold(text: str | None) -> str:
    """The comparison key of ``text``: NFKC, case-folded, letters and digits only. A short
    text's key is computed once: an extraction compares the same few texts (the site's
    names, the headline candidates, the h1s) again and again."""
    if not text:
        return ""
    if len(text) > MAX_REMEMBERED_FOLD_CHARS:
        return _folded(text)
    return _remembered_fold(text)


def _folded(text: str) -> str:
    return _NOT_LETTER_OR_DIGIT.sub("", unicodedata.normalize("NFKC", text).casefold())


_remembered_fold = lru_cache(maxsize=MAX_REMEMBERED_FOLDS)(_folded)


def _combining_mark_ranges() -> str:
    """A regex character-class body of every combining mark (Unicode category M: Mn, Mc,
    Me) of the basic and supplementary multilingual planes and the variation selectors
    supplement, as ranges."""
    ranges: list[str] = []
    start = None
    for code in [*range(0x20000), *range(0xE0100, 0xE01F0), 0x110000]:
        is_mark = code < 0x110000 and unicodedata.category(chr(code)).startswith("M")
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{code - 1:08x}")
            start = None
    return "".join(ranges)


def _word_pattern() -> str:
    """The pattern of :data:`WORD`: a run of word characters, then any runs of combining
    marks each with the word characters after it. The class of marks is a long list of
    ranges the regex engine tries one by one; the lookahead for a character outside ASCII
    (every mark is one) keeps it from being tried where most words end, at a space or a
    punctuation mark (the same matches as ``\\w[\\w<marks>]*``, found faster)."""
    return rf"\w+(?:(?=[^\x00-\x7f])[{_combining_mark_ranges()}]+\w*)*"


#: A word: a word character and the word characters and combining marks after it (see
#: the module's docstring; the same words as ``\\w+`` in a text without marks).
WORD = re.compile(_word_pattern())
#: A decimal digit that is not an ASCII one (Unicode category Nd: Arabic-Indic, Persian,
#: Devanagari, Bengali, Thai, full-width ... digits).
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")


#: Every byte as b"a" when ``\w`` matches its character (the ASCII letters and digits,
#: the underscore), else as b" ": an ASCII text translated by this table holds one b" a"
#: for each word but a first one at its very start.
_ASCII_WORD_MARKS = bytes(ord("a") if byte < 128 and (chr(byte).isalnum() or chr(byte) == "_")
                          else ord(" ") for byte in range(256))


#: The same for the UTF-8 bytes of a text whose characters outside ASCII are all word
#: characters: each byte of such a character (128 or more) as b"a".
_UTF8_WORD_MARKS = _ASCII_WORD_MARKS[:128] + b"a" * 128


def word_count(text: str | None) -> int:
    """The number of words in a text: the matches of :data:`WORD`.

    An ASCII text's words are counted on its bytes, each marked word character or not
    (:data:`_ASCII_WORD_MARKS`), without making a string of each word; so is a text whose
    characters outside ASCII include no combining mark (most text in a Latin script: its
    accented letters, curly quotes, dashes and spaces): those that are no word character
    written as spaces, the UTF-8 bytes of the others are all bytes of word characters
    (:func:`_other_characters_spaced`, :data:`_UTF8_WORD_MARKS`)."""
    if not text:
        return 0
    if text.isascii():
        marks = text.encode("ascii").translate(_ASCII_WORD_MARKS)
    else:
        spaced = _other_characters_spaced(text)
        if spaced is None:
            return len(WORD.findall(text))
        marks = spaced.encode("utf-8").translate(_UTF8_WORD_MARKS)
    return marks.count(b" a") + (marks[:1] == b"a")


#: A character outside ASCII.
_NON_ASCII_CHARACTER = re.compile(r"[^\x00-\x7f]")
#: Beyond this share of a text's length in bytes added by its characters outside ASCII
#: (in UTF-8) the text is taken to be in another script, and not looked at character by
#: character for :func:`_other_characters_spaced` (its words are found by the pattern).
MAX_BETWEEN_WORDS_EXTRA_BYTES_SHARE = 1 / 8


def _other_characters_spaced(text: str) -> str | None:
    """The text with each of its characters outside ASCII that is no word character
    (``\\w``: a curly quote, a dash, a no-break space) written as a space, so that those
    left are all word characters (an accented letter); None when one of them is a
    combining mark (which :data:`WORD` joins to the word before it), and, unread, for a
    text in which they are many (:data:`MAX_BETWEEN_WORDS_EXTRA_BYTES_SHARE`)."""
    if len(text.encode("utf-8")) - len(text) > len(text) * MAX_BETWEEN_WORDS_EXTRA_BYTES_SHARE:
        return None
    others = set(_NON_ASCII_CHARACTER.findall(text))
    for character in others:
        if unicodedata.category(character).startswith("M"):
            return None
    for character in others:
        if not (character.isalnum() or character == "_"):
            text = text.replace(character, " ")
    return text


def ascii_digits(text: str | None) -> str:
    """``text`` with every decimal digit of another script written as its ASCII digit."""
    if not text:
        return ""
    if text.isascii():
        return text
    return _NON_ASCII_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), text)


def without_accents(text: str) -> str:
    """The text without its combining marks ("Martín" reads "Martin", "Redação" "Redacao";
    "Løland" stays: its letter has no mark to drop)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
