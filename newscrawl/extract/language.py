"""Language codes: normalise the many ways pages declare their language to ISO 639-1,
guess the language of a page that declares none from its text (script, frequent words),
and name the clock a language or region keeps where it keeps one (the zone a page's naive
times are read in)."""

from __future__ import annotations

import re
from collections import Counter

_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")
#: ISO 639-2 / legacy codes some pages use, mapped to ISO 639-1.
ALIASES = {"iw": "he", "in": "id", "ji": "yi", "eng": "en", "deu": "de", "ger": "de",
           "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "rus": "ru", "ukr": "uk",
           "por": "pt", "nld": "nl", "dut": "nl", "pol": "pl", "jpn": "ja", "zho": "zh",
           "chi": "zh", "nob": "no", "nb": "no", "nn": "no", "swe": "sv", "dan": "da"}


def normalise_language(value: str | None) -> str | None:
    """'en-US' / 'en_GB' / 'EN' -> 'en'; None for values that are not language codes."""
    match = _CODE.match((value or "").strip())
    if not match:
        return None
    code = match.group(1).lower()
    code = ALIASES.get(code, code)
    return code if len(code) == 2 else None


# -- guessing from the text, for pages that declare no language --------------------------

#: Scripts that name their language on their own (first match wins: kana before Han).
SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
#: A character of any script of SCRIPT_LANGUAGES: a text without one names none of them
#: (one search instead of one per script).
_ANY_SCRIPT = re.compile("[" + "".join(script.pattern.strip("[]")
                                       for _code, script in SCRIPT_LANGUAGES) + "]")
#: Very frequent short words per language (the ones text cannot avoid).
STOPWORDS: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": "the and of to in is that for was with on are it by as be from this have has said",
    "de": "der die und das ist nicht mit sich des den ein eine auch auf für von dem wird sie",
    "fr": "le la les et des est une pour que dans qui sur pas par au du avec ont été sont",
    "es": "el la los las del que y en una por con para es se lo su al como más pero fue",
    "it": "il la che di e per una sono del della non con si gli nel alla anche è dei",
    "pt": "o a os as que de do da em um uma para com não no na se por mais foi são",
    "nl": "de het een en van is dat op te niet met zijn voor die ook aan er om",
    "sv": "och att det som en på är för med inte av till den har var de om",
    "no": "og i det som en på er for med ikke av til den har var de om å",
    "da": "og i det som en på er for med ikke af til den har var de om at",
    "pl": "i w na nie się z że do to jest o jak po co od za ale przez",
    "ru": "и в не на что с по как это он к из у за от для был о",
    "uk": "і в не на що з по як це він до із у за від для був та",
    "tr": "ve bir bu da de için ile olarak çok daha ama gibi en olan",
    "fi": "ja on ei että se oli hän mutta kun myös ovat tai sen",
    "id": "yang dan di dengan untuk dari dalam ini itu tidak akan pada juga",
    # Romanian: its own frequent words only (not "de", "la", "a", "o", "se", "un", which
    # Portuguese, Spanish, French or Italian text writes as often), "și"/"să" also written
    # with the cedilla letter older Romanian fonts and sites use ("şi")
    "ro": "și şi în că să din care este pentru fost sau mai pe cu nu ale după iar dar "
          "fi sunt acest această",
    "hu": "az és hogy nem is egy meg volt van ez csak már mint után pedig még azt ki kell lesz "
          "szerint között miatt amely ami aki akkor vagy sem több",
    # Czech and Slovak: the words they share with each other (and in part with Polish; not
    # "a", "o", "do" and "to", frequent in Portuguese or English), then their own
    "cs": "v na je z za po ale že se jako pro jsou již také které jsem byl byla bylo podle nebo "
          "když při",
    "sk": "v na je z za po ale že sa ako pre sú už tiež ktoré som bol bola bolo podľa alebo keď "
          "pri",
}.items()}
_WORD = re.compile(r"\w+")
#: The stop words written in ASCII, as bytes: an ASCII text's words are counted as bytes
#: (:func:`_word_counts`), and no other stop word can occur in it.
_ASCII_STOPWORDS: dict[str, frozenset[bytes]] = {
    code: frozenset(word.encode("ascii") for word in words if word.isascii())
    for code, words in STOPWORDS.items()}
#: A word character (``\w``) outside ASCII: a text without one has only ASCII words.
_NON_ASCII_WORD_CHARACTER = re.compile(r"[^\W\x00-\x7f]")
#: Every ASCII byte that is not a word character (``\w``: a letter, a digit, "_") made a
#: space: the words of an ASCII text are then its runs between spaces.
_ASCII_NON_WORD_TO_SPACE = bytes.maketrans(
    bytes(b for b in range(128) if not (chr(b).isalnum() or chr(b) == "_")),
    b" " * sum(1 for b in range(128) if not (chr(b).isalnum() or chr(b) == "_")))
#: The text read for a guess, and the hits the winner needs (and its lead over the next).
GUESS_CHARS = 3000
MIN_STOPWORD_HITS = 8
MIN_LEAD = 1.5
#: The share of letters a script needs to name the language (quotes in another script
#: do not).
MIN_SCRIPT_SHARE = 0.3


def _word_counts(sample: str) -> tuple[Counter, dict]:
    """(how often each lower-case ``\\w+`` word occurs in ``sample``, the stop words of
    :data:`STOPWORDS` in the same form): the words of a sample whose word characters are
    all ASCII as bytes, split at the spaces its other characters are made into (the same
    words as the regex finds, at a fraction of its cost), any other sample's as strings."""
    if sample.isascii() or not _NON_ASCII_WORD_CHARACTER.search(sample):
        # (the other characters, "’", "—", a no-break space, as "?": no word character)
        ascii_sample = sample.encode("ascii", "replace").lower()
        words = ascii_sample.translate(_ASCII_NON_WORD_TO_SPACE).split()
        return Counter(words), _ASCII_STOPWORDS
    return Counter(map(str.lower, _WORD.findall(sample))), STOPWORDS


def guess_language(text: str | None) -> str | None:
    """The language of a text from its script or its most frequent short words, or None
    when the text is short or the evidence is not clear."""
    sample = (text or "")[:GUESS_CHARS]
    if not sample.strip():
        return None
    if not sample.isascii() and _ANY_SCRIPT.search(sample):  # (all lie outside ASCII)
        letters = sum(map(str.isalpha, sample)) or 1
        for code, script in SCRIPT_LANGUAGES:
            if len(script.findall(sample)) >= max(20, MIN_SCRIPT_SHARE * letters):
                return code
    counts, stopwords = _word_counts(sample)
    found, count = counts.keys(), counts.__getitem__
    hits = sorted(((sum(map(count, stop & found)), code) for code, stop in stopwords.items()),
                  reverse=True)
    (best, code), (second, runner_up) = hits[0], hits[1]
    if best >= MIN_STOPWORD_HITS and best >= MIN_LEAD * second:
        return code
    if best >= MIN_STOPWORD_HITS:
        return _by_own_letters(sample, (code, runner_up))
    return None


#: Letters that only one of the languages of :data:`STOPWORDS` writes: Hungarian's double
#: acute vowels, Polish's ogonek vowels and "ł", Portuguese's tilde vowels, Spanish's "ñ",
#: German's "ß", Turkish's dotless "ı" and "ğ", Czech's "ě", "ř", "ů", Slovak's "ľ", "ĺ",
#: "ŕ", "ô", Romanian's comma-below "ș", "ț" (or cedilla "ţ"; a
#: cedilla "ş" is Turkish too) and breve "ă"; French's grave "è" and "ù" and its "œ"
#: (of these languages only Italian writes "è" and "ù" too, and Italian, having no letter
#: of its own here, is never told from another by letters).
OWN_LETTERS = {"ro": "șțăȘȚĂţŢ", "fr": "èùœÈ",
               "hu": "őűŐŰ", "pl": "ąęłĄĘŁ", "pt": "ãõÃÕ", "es": "ñÑ", "de": "ß", "tr": "ığİĞ",
               "cs": "ěřůĚŘŮ", "sk": "ľĺŕôĽĹŔÔ"}
#: How many of its own letters a text needs to name one of two languages close in stop words.
MIN_OWN_LETTERS = 5


def _by_own_letters(sample: str, close: tuple[str, str]) -> str | None:
    """Of two languages the stop words do not tell apart (Hungarian and Portuguese share
    "a" and "de"), the one whose own letters (:data:`OWN_LETTERS`) the text writes
    MIN_OWN_LETTERS times or more while it writes none of the other's; None otherwise, and
    when either language has no letters of its own (English: their absence says nothing)."""
    if not all(code in OWN_LETTERS for code in close):
        return None
    counts = {code: sum(sample.count(letter) for letter in OWN_LETTERS[code]) for code in close}
    first, second = close
    for one, other in ((first, second), (second, first)):
        if counts[one] >= MIN_OWN_LETTERS and counts[other] == 0:
            return one
    return None


# -- the clock a page's naive times are written in ----------------------------------------

#: Regions (ISO 3166 codes, as in 'de-AT', 'en_GB') whose people all keep one clock:
#: its IANA zone. Regions spanning several zones (US, CA, RU, AU, MX, ...) are absent.
REGION_ZONES = {
    "GB": "Europe/London", "IE": "Europe/Dublin", "PT": "Europe/Lisbon", "IS": "Atlantic/Reykjavik",
    "DE": "Europe/Berlin", "AT": "Europe/Vienna", "CH": "Europe/Zurich", "LI": "Europe/Vaduz",
    "LU": "Europe/Luxembourg", "FR": "Europe/Paris", "BE": "Europe/Brussels",
    "NL": "Europe/Amsterdam", "IT": "Europe/Rome", "DK": "Europe/Copenhagen",
    "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "PL": "Europe/Warsaw",
    "CZ": "Europe/Prague", "SK": "Europe/Bratislava", "HU": "Europe/Budapest",
    "SI": "Europe/Ljubljana", "HR": "Europe/Zagreb", "RS": "Europe/Belgrade",
    "FI": "Europe/Helsinki", "EE": "Europe/Tallinn", "LV": "Europe/Riga",
    "LT": "Europe/Vilnius", "UA": "Europe/Kyiv", "RO": "Europe/Bucharest",
    "BG": "Europe/Sofia", "GR": "Europe/Athens", "CY": "Asia/Nicosia", "TR": "Europe/Istanbul",
    "IL": "Asia/Jerusalem", "IN": "Asia/Kolkata", "JP": "Asia/Tokyo", "KR": "Asia/Seoul",
    "CN": "Asia/Shanghai", "TW": "Asia/Taipei", "HK": "Asia/Hong_Kong", "SG": "Asia/Singapore",
    "ZA": "Africa/Johannesburg", "NZ": "Pacific/Auckland", "AR": "America/Argentina/Buenos_Aires",
    "CO": "America/Bogota", "PE": "America/Lima", "VE": "America/Caracas",
}
#: Languages (ISO 639-1) whose speakers all keep one clock, read when the tag names no
#: region: its IANA zone. Languages of several zones (en, es, pt, fr, ru, ar, ...) are
#: absent; German is spoken in Germany, Austria, Switzerland and Luxembourg, whose clocks
#: agree, likewise Dutch, Italian, Greek, Romanian and Chinese (UTC+8 wherever written).
LANGUAGE_ZONES = {
    "de": "Europe/Berlin", "nl": "Europe/Amsterdam", "it": "Europe/Rome", "da": "Europe/Copenhagen",
    "sv": "Europe/Stockholm", "no": "Europe/Oslo", "is": "Atlantic/Reykjavik",
    "pl": "Europe/Warsaw", "cs": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "sl": "Europe/Ljubljana", "hr": "Europe/Zagreb",
    "fi": "Europe/Helsinki", "et": "Europe/Tallinn", "lv": "Europe/Riga",
    "lt": "Europe/Vilnius", "uk": "Europe/Kyiv", "ro": "Europe/Bucharest", "bg": "Europe/Sofia",
    "el": "Europe/Athens", "tr": "Europe/Istanbul", "he": "Asia/Jerusalem", "hi": "Asia/Kolkata",
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh": "Asia/Shanghai",
}
_TAG_REGION = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z]{4})?[-_]([a-zA-Z]{2})$")


def language_timezone(tag: str | None) -> str | None:
    """The IANA zone of the clock a page in language ``tag`` ('de', 'en-GB', 'pt_BR')
    is written in, where one zone serves every speaker: the region's when the tag names
    one ('en-GB': Europe/London; 'en-US': None, the US keeps several), else the
    language's ('de': Europe/Berlin; 'en': None). None when unknown."""
    tag = (tag or "").strip()
    region = _TAG_REGION.match(tag)
    if region:
        return REGION_ZONES.get(region.group(1).upper())
    return LANGUAGE_ZONES.get(normalise_language(tag) or "")
