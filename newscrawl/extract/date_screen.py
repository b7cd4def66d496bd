"""Which strings a dateparser parser cannot read: a cheap, exact screen.

:mod:`newscrawl.extract.dates` reads a date string with the parser of the page's
language, and when that reads nothing, with a parser built without languages, which
detects the language: it tries each of the locales it knows in turn and reads the string
with the first that applies. Most strings that reach detection hold no date at all (a
place, a label, "By" and a name), and then every locale is tried and refused: that is
the costly call. The parser of the page's language is asked such strings too (a place
dateline, "Source: ..."), and refuses them after preparing the string and testing its
few locales, which costs less but is paid on more pages. The screen answers for both
kinds of parser: those given languages try the locales of their languages only.

dateparser tries a locale only when the locale *applies* to the whole string
(``Locale.is_applicable``): the string, with its numerals translated, its accents
stripped and the locale's simplifications made, is split into tokens, and every token
must be a number, one of the locale's relative expressions or a word of its
dictionary. In a locale that writes spaces between words, the split cuts only next to a
character that is not a letter (its word pattern needs a non-word character, a digit or
an underscore on both sides), so a maximal run of letters lies whole inside one token,
and that token is either a dictionary word, which then holds the same run of letters, or
a relative expression, which the locale's relative patterns then find in the string. So
a locale whose dictionary holds no word with a run of letters of the simplified string,
and none of whose relative patterns occurs in it, cannot apply; in the locales written
without spaces (Chinese, Japanese) the same holds for single letters. The screen makes
the locale's own simplification (cheap; skipped when one pattern joining the locale's
substitutions finds nothing to substitute), tests those runs against a set built once
from the locale's dictionary (a set look-up, not dateparser's split), and asks
dateparser's own ``is_applicable`` only for the locales that pass. When no locale
applies, detection reads no date, and the call is not made.

Detection is asked after the parser of the page's language read no date from the
string; every locale of that language then reads none (the same settings, the same
string: :func:`locales_tried`). So the screen also answers "unreadable" when the only
locales that apply are those: an English page's "Thursday Jan 10 Sunday Jan 13 2008",
which only English has the words of, is not read again by every locale that applies.

The screen answers "unreadable" only when it has followed the path dateparser takes:
for the parser settings newscrawl uses (no previous locales kept, no language detection
function, no default languages, surrounding text not ignored), with the same
preparation of the string (dateparser's ``sanitize_date``, its quarter rewriting, its
time zone stripping, which gives a second string to test), and never for a string that
holds a letter variant (Persian and Arabic letters dateparser retries with translated
letters) or a short Roman year (read through another path). It uses dateparser's
internals, so it is built per parser and checked on probe strings against the parser
itself; when anything is missing or a probe disagrees, the screen is off and every
string goes to dateparser as before.
"""

from __future__ import annotations

import functools
import logging
import re

logger = logging.getLogger(__name__)


@functools.cache
def _letters():
    """A maximal run of letters as dateparser's word patterns see it: the characters that
    are neither non-word (``\\W``), nor digits, nor the underscore, in the ``regex`` module
    (dateparser's own dependency, which its patterns use: the same Unicode classes).
    Imported when first needed, as dateparser is."""
    import regex

    return regex.compile(r"[^\W\d_]+", regex.UNICODE)


def _runs(text: str) -> list[str]:
    """The maximal runs of letters of a string (:func:`_letters`)."""
    return _letters().findall(text)


#: Suffixes dateparser drops after a number without looking them up ("7th").
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: Strings the screen must let through (dateparser reads them with detection): checked
#: when a screen is built.
_READABLE_PROBES = ("27 лютого 2025", "20 septembrie 2020 16:20",
                    "Tue Jan 28 15:28:56 CET 2020", "2 hours ago", "12:11 PM", "vor 3 Stunden",
                    "2020年03月12日")
#: Strings the screen must stop, and that dateparser reads as no date.
_UNREADABLE_PROBES = ("NEW YORK", "By Bruce Sterling January 18 2008")

#: The number in dateparser's relative patterns ("in \\d++[.,]?\\d*+ days"): no letters.
_RELATIVE_NUMBER = r"\d++[.,]?\d*+"
#: The most optional letters a relative pattern may have to be spelled out.
_MAX_OPTIONAL = 8


def _fold(text: str) -> str:
    """A form shared by letters that case-insensitive matching takes for one another."""
    return text.lower().upper().lower()


def _relative_runs(pattern: str) -> set[str] | None:
    """The letter runs (folded) that a match of one of dateparser's relative patterns can
    hold, spelled out; None when the pattern uses more than literal characters, the
    number, ``\\s`` and single optional characters (it is then searched as it is)."""
    atoms: list[tuple[str, bool]] = []
    rest = pattern.replace(_RELATIVE_NUMBER, "1")
    index = 0
    while index < len(rest):
        char = rest[index]
        if char == "\\":
            if index + 1 >= len(rest):
                return None
            escaped = rest[index + 1]
            if escaped == "s":
                atoms.append((" ", False))
            elif escaped.isalnum():
                return None
            else:
                atoms.append((escaped, False))
            index += 2
        elif char == "?":
            if not atoms or atoms[-1][1]:
                return None
            atoms[-1] = (atoms[-1][0], True)
            index += 1
        elif char in ".*+{}[]()|^$":
            return None
        else:
            atoms.append((char, False))
            index += 1
    optional = [i for i, (_char, is_optional) in enumerate(atoms) if is_optional]
    if len(optional) > _MAX_OPTIONAL:
        return None
    runs: set[str] = set()
    for mask in range(1 << len(optional)):
        dropped = {optional[bit] for bit in range(len(optional)) if mask >> bit & 1}
        spelled = "".join(char for i, (char, _o) in enumerate(atoms) if i not in dropped)
        runs.update(_fold(run) for run in _runs(spelled))
    return runs


def _changes(native, settings):
    """One pattern that finds a place where any of a locale's simplifications applies (its
    patterns as alternatives, with their flags), for a locale whose simplification is only
    those substitutions made in turn on the lower-cased string: a string it finds nothing
    in, and whose lower case is itself, is its own simplification. None for any other
    locale (Russian, whose compound ordinals are read besides, a locale translating
    letters), or when the patterns do not join (other flags, back-references)."""
    import regex

    if native.info.get("name") == "ru" or native._translates_letters:
        return None
    try:
        patterns = [next(iter(simplification)) for simplification
                    in native._get_simplifications(settings=settings)]
        flags = {pattern.flags for pattern in patterns}
        if not patterns or len(flags) != 1 or any(
                _BACK_REFERENCE.search(pattern.pattern) for pattern in patterns):
            return None
        return regex.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns),
                             flags.pop())
    except Exception:  # noqa: BLE001 - unknown internals: the locale simplifies each string
        return None


#: A back-reference in a pattern (numbered or named): it would name another group once
#: the pattern is an alternative among others.
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\\g<")


class _Locale:
    """What the screen needs of one locale: the locale to test, the letter runs its
    dictionary words and relative patterns can hold, and how it splits words."""

    __slots__ = ("name", "native", "simplifies", "changes", "runs", "folded_runs", "letters",
                 "folded_letters", "relative", "unspaced")

    def __init__(self, locale, settings):
        self.name = locale.shortname
        self.native = getattr(locale, "_native", locale)
        self.simplifies = (bool(self.native._get_simplifications(settings=settings))
                           or self.native.info.get("name") == "ru"
                           or self.native._translates_letters)
        self.changes = _changes(self.native, settings) if self.simplifies else None
        dictionary = self.native._get_dictionary(settings)
        words = [word for word in dictionary if isinstance(word, str)]
        words += _ORDINAL_SUFFIXES
        self.runs = frozenset(run for word in words for run in _runs(word))
        self.letters = frozenset("".join(self.runs))
        folded: set[str] = set()
        self.relative = None
        strings = dictionary._get_sorted_relative_strings_from_cache()
        for string in strings:
            runs = _relative_runs(string)
            if runs is None:  # searched as it is
                import regex

                self.relative = regex.compile("|".join(strings), regex.UNICODE | regex.IGNORECASE)
                break
            folded |= runs
        self.folded_runs = frozenset(folded)
        self.folded_letters = frozenset("".join(folded))
        self.unspaced = bool(dictionary._no_word_spacing)

    def may_apply(self, simplified: str, runs: list[str]) -> bool:
        """False when the locale cannot apply to a string it simplified to ``simplified``,
        whose letter runs are ``runs``."""
        if self.unspaced:
            known = all(letter in self.letters or _fold(letter) in self.folded_letters
                        for run in runs for letter in run)
        else:
            known = all(run in self.runs or _fold(run) in self.folded_runs for run in runs)
        return known or (self.relative is not None and self.relative.search(simplified) is not None)


class Screen:
    """The screen of one DateDataParser, detecting or given languages (see the module docs)."""

    def __init__(self, parser):
        from dateparser import date as dp_date
        from dateparser.timezone_parser import pop_tz_offset_from_string
        from dateparser.utils import normalize_unicode

        settings = parser._settings
        if (parser.locales or parser.region or parser.try_previous_locales
                or getattr(parser, "detect_languages_function", None)
                or settings.DEFAULT_LANGUAGES
                or getattr(settings, "IGNORE_SURROUNDING_TEXT", False)):
            raise ValueError("not a plain parser: detecting, or given languages alone")
        self._settings = settings
        self._sanitize = dp_date.sanitize_date
        self._quarter = getattr(dp_date, "_replace_quarter", None)
        self._roman = getattr(dp_date, "_RE_ROMAN_YEAR", None)
        self._short_roman = getattr(dp_date, "_is_short_roman_year", None)
        if self._roman is not None and self._short_roman is None:
            raise ValueError("Roman years read in a way the screen does not know")
        self._variant_letters = frozenset(getattr(dp_date, "_VARIANT_LETTERS", ()))
        self._pop_tz = pop_tz_offset_from_string
        self._normalize = normalize_unicode if settings.NORMALIZE else (lambda text: text)
        loader = parser._get_locale_loader()
        # (the locales dateparser lists for the parser: every one it knows, or those of
        # its languages; their order does not change whether one applies)
        self._locales = [_Locale(locale, settings) for locale in loader.get_locales(
            languages=parser.languages or None, locales=None, region=None,
            use_given_order=False)]
        if not self._locales:
            raise ValueError("no locales")

    def _strings(self, text: str) -> list[str]:
        """The strings dateparser tests locales on: the prepared text, and the text
        without its time zone when that differs."""
        prepared = self._sanitize(text)
        if self._quarter is not None:
            prepared = self._quarter(prepared, self._settings) or prepared
        stripped, _zone = self._pop_tz(prepared, as_offset=False, settings=self._settings)
        return [prepared] if stripped == prepared else [prepared, stripped]

    def unreadable(self, text: str, tried: frozenset[str] = frozenset()) -> bool:
        """True only when the parser is certain to read no date from ``text``. ``tried``:
        the names of locales known to read no date from ``text`` (those of a parser with
        the same settings that read none, :func:`locales_tried`): the parser reads one only
        through a locale outside them, and the screen looks for one that applies."""
        if not isinstance(text, str) or not any(c.isalpha() for c in text):
            return False  # letter-free strings: numeric dates, every locale applies
        if self._variant_letters.intersection(text):
            return False
        strings = self._strings(text)
        if self._roman is not None and any(
                self._short_roman(match[0]) for string in strings
                for match in self._roman.finditer(string)):
            return False
        numerals = self._locales[0].native._translate_numerals
        prepared = []
        for string in strings:
            ready = self._normalize(numerals(string))
            lowered = ready.lower()
            prepared.append((string, ready, lowered, _runs(lowered)))
        # the lower-cased strings that lower-case to themselves (each substitution of a
        # simplification is lower-cased again)
        settled = {lowered for _string, _ready, lowered, _runs_of in prepared
                   if lowered.lower() == lowered}
        for entry in self._locales:
            if entry.name in tried:
                continue
            for string, ready, lowered, runs in prepared:
                if entry.simplifies:
                    if (entry.changes is not None and lowered in settled
                            and entry.changes.search(lowered) is None):
                        simplified = lowered  # (no substitution applies: nothing changes)
                    else:
                        simplified = entry.native._simplify(ready, settings=self._settings)
                    if simplified != lowered:
                        runs = _runs(simplified)
                else:
                    simplified = lowered
                if not entry.may_apply(simplified, runs):
                    continue
                if entry.native.is_applicable(string, strip_timezone=False,
                                              settings=self._settings):
                    return False
        return True


@functools.lru_cache(maxsize=64)
def screen_for(parser) -> Screen | None:
    """The screen of a parser (built once per parser), or None when it cannot be built
    for this dateparser or disagrees with the parser on a probe string: a probe it stops
    that the parser reads, or, for the detecting parser, which tries every locale, an
    unreadable probe it lets through (a parser of one language may know a probe's words).

    The detecting parser is not asked the unreadable probes it stops: dateparser reads
    such a string only after testing every locale it knows, which compiles each locale's
    patterns (2.7 of the 4 CPU seconds of a process's first date detection could not
    read); a readable probe it is asked when stopped, as a parser of a language is asked
    every probe its screen stops (the readable probes are the ones that show the screen
    follows dateparser). Tests ask the detecting parser the unreadable probes."""
    try:
        screen = Screen(parser)
        probes = _READABLE_PROBES + (_UNREADABLE_PROBES if parser.languages else ())
        for probe in probes:
            if screen.unreadable(probe) and parser.get_date_data(probe).date_obj is not None:
                raise ValueError(f"screen stops {probe!r}, which dateparser reads")
        for probe in _UNREADABLE_PROBES if not parser.languages else ():
            if not screen.unreadable(probe):
                raise ValueError(f"screen lets {probe!r} through")
    except Exception as exc:  # noqa: BLE001 - any surprise: no screen, dateparser reads all
        logger.debug("dateparser screen off: %s", exc)
        return None
    return screen


def locales_tried(parser) -> frozenset[str]:
    """The names of the locales a DateDataParser with languages tries a string in (every
    one of them, when it reads no date): those of its languages, when it has no other
    source of locales (previous locales, a detection function, default languages); an
    empty set when it has one, or when they cannot be listed."""
    try:
        settings = parser._settings
        if (parser.try_previous_locales or getattr(parser, "detect_languages_function", None)
                or settings.DEFAULT_LANGUAGES or not parser.languages):
            return frozenset()
        loader = parser._get_locale_loader()
        return frozenset(locale.shortname for locale in loader.get_locales(
            languages=parser.languages, locales=parser.locales, region=parser.region,
            use_given_order=True))
    except Exception:  # noqa: BLE001 - unknown internals: no locale counts as tried
        return frozenset()
