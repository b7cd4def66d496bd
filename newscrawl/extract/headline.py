"""Headline choice: the article's own headline, without the site name.

Candidates come from JSON-LD (``headline``), meta (og:title and relatives), the
article's h1 and ``<title>``. Site-name affixes ("... | The Kyiv Independent",
"Site - Title") are stripped from each candidate when a segment between separators
matches a known site name (og:site_name, the JSON-LD publisher, the domain) or is what
``<title>`` adds around another candidate. The publisher's structured headline
(JSON-LD, then og:title) is preferred: it is the headline as the publisher states it,
while h1 elements often glue a kicker to the headline without punctuation. The h1
serves when no structured headline exists, and completes a structured headline
truncated with an ellipsis, or cut without one at the 110 characters Google's Article
structured data allowed (the h1 opening with it and going on past the limit).
Structured headlines that ``<title>`` does not contain and that share no word with the
h1 the title repeats are site or section labels (og:title "Press releases" on every page):
that h1 is taken. A structured headline of straight quotes and dashes is given as an
h1 prints it typographically when no structured source writes it so; on a WordPress page a
structured headline written typographically is given as the h1 prints it straight (the SEO
plugin's copy is curled, the printed title is not).
A structured headline that is the visible h1 plus a section label, kicker or suffix set
off by a bar, a colon or a spaced dash ("Opinion | ...", "Topic: ...", "... - Site
News") gives the h1: the page prints its headline without it. An h1 that only names the site (a logo
h1; markup already drops h1s that are links to the home page) is not a candidate; nor is a structured headline that
only names the site (og:title "Harbour Courier" on every page of the site).
An og:title that an h1 equal to ``<title>`` (site names aside) opens with and goes on past
after a colon, a bar, a slash or a spaced dash is a shortened social copy: the h1 is taken;
so is an h1 that goes on past such a copy in words of its own while ``<title>`` goes on past
it too. An h1 that goes on past the one text the JSON-LD headline, og:title and ``<title>``
all state, after a separator or a lower-case word, is taken: the three are one shortened
title copied. What ``<title>`` adds past an og:title is no site name where the JSON-LD
headline states it. An og:title that is the JSON-LD headline after a kicker ``<title>``
carries as well is taken over it; an h1 that is the structured headline without one or two words it adds
(not at its end) is taken over it.
Without a structured headline, the part of ``<title>`` that the page prints as the whole
text of one element ("Site - Section: Headline" with "Headline" in a bold cell or an h2)
is taken, unless an h1 within the title says as much or opens it as a part of its own
("Headline | Site Guide" with the site's name printed alone in the footer); else the fullest h1 that
``<title>`` contains; a short h1 the title does not contain is a section label and
yields to the title (unless the title only names the site), which is then cut to its
first segment of a few words when no site name was recognised in it.
A JSON-LD headline written by an SEO plugin that fills it with the SEO title (Rank
Math: the ``<title>`` copied whole) is no statement of the headline: the page's printed h1
is taken when it differs from it and shares its words.
Whatever the source, a short suffix after a bar, a spaced dash or in parentheses
("Headline (Site)", "Headline (4021) - Section") is cut when another source states the
headline without it.

How far any rule choosing among these sources can go on a labelled corpus:
``python -m newscrawl.evaluate.headline_sources`` (docs/evaluation.md).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from newscrawl.text import WORD, collapse, fold

#: Separators between a headline and a site name (East Asian titles set the site off
#: by a full-width colon or bar, unspaced: "見出し：中日新聞Web", "見出し｜BIGLOBEニュース").
#: Every separator opens with a space or a bar, which the lookahead asks first: a position
#: where neither stands is passed over by one test, not by trying each alternative (the
#: same matches; the alternatives alone try three at every character of the title).
_SEPARATOR = re.compile(r"(?=[\s|：｜])(?:\s+[|–—\-·•»«:/~]\s+|\s*[|：｜]\s*|\s+::\s+)")
#: Host labels that never name a site.
_GENERIC_LABELS = frozenset({"www", "com", "co", "org", "net", "news", "edition", "amp", "m",
                             "mobile", "gov", "ac", "uk", "de", "at", "ch", "fr", "it", "es"})


def domain_names(domain: str | None) -> list[str]:
    """Host labels that may name the site ('kyivindependent' of kyivindependent.com)."""
    labels = (domain or "").lower().split(".")
    return [label for label in labels[:-1] if len(label) >= 3 and label not in _GENERIC_LABELS]


#: An ampersand in a site's name, spelled out: a host name holds only letters, digits and
#: hyphens (RFC 1035's preferred name syntax, RFC 1123), so a site named "Field & Stream"
#: lives at fieldandstream.com.
_AMPERSAND = re.compile(r"\s*&\s*")


def _is_site_name(segment: str, site_keys: list[str]) -> bool:
    key = fold(segment)
    if not key:
        return True
    keys = (key, fold(_AMPERSAND.sub(" and ", segment))) if "&" in segment else (key,)
    for site in site_keys:
        if len(site) < 3:
            continue
        if any(key == site or (site in key and len(key) <= len(site) + 12)
               or (key in site and len(key) >= 4) for key in keys):
            return True
    return False


def is_site_name(text: str | None, site_names, domain: str | None = None) -> bool:
    """True when ``text`` names the site (og:site_name, publisher, domain label...)."""
    keys = [fold(name) for name in site_names if name] + [fold(label) for label in domain_names(domain)]
    return text is not None and bool(fold(text)) and _is_site_name(text, keys)


def strip_site_affixes(text: str | None, site_names) -> str | None:
    """The text without leading / trailing segments that name the site (remembered for
    each text and list of names: the headline rules ask again for the same few titles,
    the JSON-LD headline, og:title and ``<title>``, and the answer depends on nothing else)."""
    return _stripped_of_site_affixes(text, tuple(site_names))


#: Distinct (text, site names) pairs whose :func:`strip_site_affixes` is remembered.
MAX_REMEMBERED_AFFIX_STRIPS = 2048


@functools.lru_cache(maxsize=MAX_REMEMBERED_AFFIX_STRIPS)
def _stripped_of_site_affixes(text: str | None, site_names: tuple) -> str | None:
    text = collapse(text)
    if not text:
        return None
    site_keys = [fold(name) for name in site_names if name]
    separators = list(_SEPARATOR.finditer(text))
    if not separators or not site_keys:
        return text
    bounds = [0] + [pos for m in separators for pos in (m.start(), m.end())] + [len(text)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    first, last = 0, len(segments) - 1
    while last > first and _is_site_name(text[segments[last][0]:segments[last][1]], site_keys):
        last -= 1
    while first < last and _is_site_name(text[segments[first][0]:segments[first][1]], site_keys):
        first += 1
    return text[segments[first][0]:segments[last][1]].strip() or text


#: Characters that set a site name off from the headline in ``<title>``.
_AFFIX_JOINT = re.compile(r"[|\-–—:·•»«/~：｜]")


def title_affixes(title: str | None, others: list[str]) -> list[str]:
    """What ``<title>`` adds around another candidate (usually the site name)."""
    title = collapse(title)
    affixes = []
    for other in others:
        other = collapse(other)
        if other and other != title and other in title:
            start = title.index(other)
            before, after = title[:start], title[start + len(other):]
            # A site name is set off by a separator; words glued on by a space alone
            # (a kicker printed before the headline) are not one.
            for piece, joint in ((before, before[-3:]), (after, after[:3])):
                piece = _SEPARATOR.sub(" ", f" {piece} ").strip(" |-–—:·：｜")
                if piece and _AFFIX_JOINT.search(joint):
                    affixes.append(piece)
    return affixes


def _is_truncated(text: str) -> bool:
    return text.rstrip().endswith(("...", "…"))


def _completed(candidate: str, h1s: list[str]) -> str:
    """A truncated candidate ("...?...") replaced by the h1 it is the start of."""
    if not _is_truncated(candidate):
        return candidate
    stem = fold(candidate.rstrip(" .…"))
    for h1 in h1s:
        if stem and fold(h1).startswith(stem):
            return collapse(h1)
    return candidate


#: Where a kicker (topic label) ends and the headline begins.
_KICKER_SEPARATOR = re.compile(r":\s+|\s+[-–—|]\s+")


def _split_kicker(text: str) -> tuple[str, str] | None:
    match = _KICKER_SEPARATOR.search(text)
    return (text[:match.start()], text[match.end():]) if match else None


def _without_kicker(candidate: str, others: list[str]) -> str:
    """The candidate without its kicker when another candidate has the same headline after
    an unrelated kicker (no word in common): "Topic A: Headline" vs "Other topic - Headline"
    -> "Headline". Reworded variants of one kicker ("Harris in Canada" / "Harris' Canadian
    connections") keep it."""
    parts = _split_kicker(candidate)
    if parts is None or not fold(parts[1]):
        return candidate
    words = set(WORD.findall(parts[0].casefold()))
    for other in others:
        other_parts = _split_kicker(other or "")
        if (other_parts and fold(other_parts[1]) == fold(parts[1])
                and not words & set(WORD.findall(other_parts[0].casefold()))):
            return parts[1].strip()
    return candidate


#: What sets a section label, kicker or suffix off from the headline.
_LABEL_SEPARATOR = re.compile(r"\s*[|•·]\s*|:\s+|\s+[-–—]\s+")
#: The longest section label ("Opinion", "Live updates") a structured headline may carry
#: beyond the visible h1, in words.
MAX_LABEL_WORDS = 4


def _without_section_label(candidate: str, h1s: list[str]) -> str:
    """The visible h1 when the candidate is that h1 plus one leading or trailing segment
    set off by a bar, a colon or a spaced dash ("Opinion | Headline", "Topic: Headline",
    "Headline - Site News"): a section label, kicker or suffix added for sharing, while
    the page prints the headline without it. A kicker the h1 prints too stays (the
    labelled corpora keep those as often as they drop them)."""
    if not h1s:
        return candidate
    cuts = list(_LABEL_SEPARATOR.finditer(candidate))
    for h1 in h1s:
        target = fold(h1)
        if not target or target == fold(candidate):
            continue
        for cut in cuts:
            for label, rest in ((candidate[:cut.start()], candidate[cut.end():]),
                                (candidate[cut.end():], candidate[:cut.start()])):
                label_words = len(WORD.findall(label))
                if (fold(rest) == target and 0 < label_words <= MAX_LABEL_WORDS
                        and len(WORD.findall(rest)) > label_words):
                    return collapse(h1)  # (a section-name h1 never wins over the headline)
    return candidate


#: What sets a kicker moved to the end of a structured headline off from the headline: a
#: bar or a spaced dash ("Headline - Kicker"); not a colon, which follows a kicker.
_MOVED_KICKER_SEPARATOR = re.compile(r"\s*[|｜]\s*|\s+[-–—]\s+")


def _without_moved_kicker(candidate: str, h1s: list[str],
                          subheadings: Callable[[], list[str]] = list) -> str:
    """The headline of a structured headline "Headline - Kicker" when the page's h1 prints
    the kicker before it ("Kicker Headline", "Kicker: Headline"), or prints the kicker
    alone while the headline is the whole text of an h2 or h3 (``subheadings``: their
    texts, read only then): the line above the headline
    (German newsrooms' Dachzeile, the English strapline) that the social copy moves
    behind the headline, where the page prints it above. The headline has at least as
    many words as the kicker. An h1 printing the last part alone with nothing printing
    the first is not enough: that h1 may be the headline after a long series label."""
    if not h1s:
        return candidate
    for cut in _MOVED_KICKER_SEPARATOR.finditer(candidate):
        head, kicker = candidate[:cut.start()], candidate[cut.end():]
        head_words = WORD.findall(head)
        if not 0 < len(WORD.findall(kicker)) <= len(head_words):
            continue
        head_key, kicker_key = fold(head), fold(kicker)
        keys = {fold(h1) for h1 in h1s}
        if kicker_key + head_key in keys:
            return head.strip()
        if kicker_key in keys and any(fold(text) == head_key for text in subheadings()):
            return head.strip()
    return candidate


def _not_site_names(h1s, names: list[str]) -> list[str]:
    """The h1 texts that are not the site's name (a logo h1: "India Post" on indiapost.com).
    Stricter than for title segments: a headline that merely mentions the site stays."""
    keys = [key for key in (fold(name) for name in names if name) if len(key) >= 3]
    def names_site(h1: str) -> bool:
        key = fold(h1)
        return any(key == site or (len(key) >= 4 and key in site) for site in keys)
    return [h1 for h1 in h1s if not names_site(h1)]


def names_and_h1s(jsonld, meta, h1s, title, site_names, domain) -> tuple[list[str], list[str]]:
    """The names to strip (the site's, its domain's, what ``<title>`` adds around a
    structured headline) and the h1 texts that are not the site's name."""
    names = [n for n in site_names if n] + domain_names(domain)
    h1s = _not_site_names(h1s, names)
    return names + title_affixes(title, _fullest_copies(jsonld, meta)), h1s


def _fullest_copies(jsonld: str | None, meta: str | None) -> list[str]:
    """The structured headlines ``<title>`` is read around for its affixes: both, less one
    that the other opens with and goes on past (og:title "Headline" beside a JSON-LD
    headline "Headline – its second part"): what ``<title>`` adds after the shorter copy is
    then the other copy's own words, not the site's name. (A copy that the other ends
    with, after a kicker, stays: "Kicker | Headline" beside "Headline" has the kicker read
    as the title's affix, as before.)"""
    copies = [c for c in (jsonld, meta) if c]
    if len(copies) == 2:
        first, second = (collapse(c) for c in copies)
        if first != second and second.startswith(first):
            return [copies[1]]
        if first != second and first.startswith(second):
            return [copies[0]]
    return copies


def headline_candidates(*, jsonld: str | None, meta: str | None, h1s, title: str | None,
                        site_names: list[str], domain: str | None) -> dict[str, str | None]:
    """Every source's headline, cleaned as :func:`choose_headline` cleans it (site-name
    affixes stripped): ``{"jsonld", "meta", "h1", "title"}`` -> text or None. Used to
    study the choice among sources (``python -m newscrawl.evaluate.headline_sources``)."""
    names, h1s = names_and_h1s(jsonld, meta, h1s() if callable(h1s) else list(h1s), title,
                                site_names, domain)
    return {"jsonld": strip_site_affixes(jsonld, names), "meta": strip_site_affixes(meta, names),
            "h1": collapse(h1s[0]) if h1s else None, "title": strip_site_affixes(title, names)}


def choose_headline(*, jsonld: str | None, meta: str | None, h1s, title: str | None,
                    site_names: list[str], domain: str | None,
                    printed=None) -> tuple[str | None, str | None]:
    """(headline, layer): the first of JSON-LD headline, og:title, h1, ``<title>`` that the
    page has, site-name affixes stripped; a truncated structured headline is completed
    from the h1 it begins. ``h1s`` is a list or a function
    giving it (called only when the h1 texts are needed)."""
    value, source = choose_headline_source(jsonld=jsonld, meta=meta, h1s=h1s, title=title,
                                           site_names=site_names, domain=domain, printed=printed)
    return value, (SOURCE_LAYERS[source] if source is not None else None)


#: The extraction layer of each headline source.
SOURCE_LAYERS = {"jsonld": "jsonld", "meta": "meta", "h1": "markup", "printed": "markup",
                 "title": "markup"}


#: Words naming the kind of media a story carries, printed as a kicker before the headline
#: ("FOTO | ...", "VIDEO: ...", "WATCH: ...", "GALERIE FOTO | ..."): English, German,
#: Dutch, the Romance, Slavic and Nordic languages, Finnish, Hungarian, Greek, Russian and
#: Ukrainian. A live blog's "LIVE:" is not among them: it says the story is still being
#: written, and stays with the headline (the first blind set's live blog keeps it).
MEDIA_KICKER_WORDS = (
    r"fotos?", r"photos?", r"pictures", r"foto's", r"fotó(?:k)?", r"zdjęcia", r"kuvat?",
    r"фото", r"φωτο(?:γραφίες)?",
    r"videos?", r"vídeos?", r"videó(?:k)?", r"wideo", r"видео", r"відео", r"βίντεο",
    r"galerie", r"galer[ií]a", r"gallery", r"galleria", r"(?:foto|bilder)galerie",
    r"fotogaler[ií]a", r"fotogaleria", r"galeria\s+zdjęć",
    r"audio", r"podcast", r"watch", r"listen", r"infografi[ck]", r"infographic",
)
_MEDIA_WORD = r"(?:" + "|".join(MEDIA_KICKER_WORDS) + r")"
#: A kicker of media words only ("FOTO", "FOTO/VIDEO", "FOTO și VIDEO", "Galerie foto"),
#: then a bar, a colon or a spaced dash, then the headline.
_MEDIA_KICKER = re.compile(
    r"^\W{0,3}" + _MEDIA_WORD + r"(?:\s*(?:[/+&,]|\s(?:și|si|y|und|and|et|e|és|i|a|en|og|ja))\s*"
    + _MEDIA_WORD + r"|\s+" + _MEDIA_WORD + r"){0,2}\W{0,3}?\s*(?:\||:|\s[-–—])\s+",
    re.IGNORECASE)
#: The fewest words the headline must keep after its media kicker is cut.
MIN_WORDS_AFTER_MEDIA_KICKER = 3


def without_media_kicker(headline: str | None) -> str | None:
    """The headline without a kicker naming the kind of media the story carries
    (:data:`MEDIA_KICKER_WORDS`: "FOTO | Bridge reopens ...", "VIDEO: ..."): a label for
    the page's teasers and shares, not a word of the headline, which the page prints the
    same with or without it. Kept when fewer than MIN_WORDS_AFTER_MEDIA_KICKER words
    would be left ("Video: Highlights")."""
    if not headline:
        return headline
    match = _MEDIA_KICKER.match(headline)
    if match is None:
        return headline
    rest = headline[match.end():].strip()
    return rest if len(WORD.findall(rest)) >= MIN_WORDS_AFTER_MEDIA_KICKER else headline


#: A kicker in brackets opening the headline, the convention of Korean, Chinese and
#: Japanese news sites ("[단독] ...", "[속보] ...", "【独家】...", "【速報】..."): a label
#: of the story's kind, set off by square, lenticular or full-width brackets, of at
#: most BRACKET_KICKER_MAX_CHARS characters.
BRACKET_KICKER_MAX_CHARS = 12
_BRACKET_KICKER = re.compile(
    r"^\s*(?:\[[^\[\]]{1,%d}\]|【[^【】]{1,%d}】|［[^［］]{1,%d}］|〔[^〔〕]{1,%d}〕)\s*"
    % ((BRACKET_KICKER_MAX_CHARS,) * 4))
#: The scripts the bracketed kicker is a convention in: Hangul, Han ideographs, kana.
_EAST_ASIAN_SCRIPT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf"
                                r"\u4e00-\u9fff\uac00-\ud7af]")
#: The fewest East Asian characters the headline keeps after its bracketed kicker.
MIN_CHARS_AFTER_BRACKET_KICKER = 6


def without_bracket_kicker(headline: str | None) -> str | None:
    """The headline without an opening kicker in brackets ("[현장] ...", "【速報】...")
    when the headline is written in Korean, Chinese or Japanese, the languages where the
    bracketed kicker is a convention (:data:`_BRACKET_KICKER`); kept when fewer than
    MIN_CHARS_AFTER_BRACKET_KICKER East Asian characters would be left."""
    if not headline:
        return headline
    match = _BRACKET_KICKER.match(headline)
    if match is None:
        return headline
    rest = headline[match.end():].strip()
    if len(_EAST_ASIAN_SCRIPT.findall(rest)) < MIN_CHARS_AFTER_BRACKET_KICKER:
        return headline
    return rest


def choose_headline_source(*, jsonld: str | None, meta: str | None, h1s, title: str | None,
                           site_names: list[str], domain: str | None, printed=None,
                           curls_quotes: Callable[[], bool] = bool,
                           seo_title_schema: Callable[[], bool] = bool,
                           menu_texts: Callable[[], frozenset[str]] = frozenset,
                           subheadings: Callable[[], list[str]] = list,
                           h1_texts: Callable[[], list[str]] = list,
                           arc_page: Callable[[], bool] = bool,
                           arc_headline: Callable[[], str | None] = lambda: None) -> tuple[str | None, str | None]:
    """(headline, source) as :func:`choose_headline` chooses it, naming the source it came
    from: ``"jsonld"``, ``"meta"``, ``"h1"``, ``"printed"`` or ``"title"`` (None when the
    page has none), without a media kicker (:func:`without_media_kicker`) or an East
    Asian bracketed one (:func:`without_bracket_kicker`). ``printed``
    (optional) tells which texts the page prints as an element's whole text
    (:func:`newscrawl.extract.markup.printed_texts` over the page); ``curls_quotes``
    (optional, called at most once) whether the page is of a CMS that curls the quotes of
    the title it prints but not of its structured copies (:data:`_STRAIGHT_MARK`);
    ``seo_title_schema`` (optional, called at most once, only when the JSON-LD headline is
    the ``<title>`` whole) whether the page's JSON-LD is written by an SEO plugin that
    fills its headline with the SEO title (:func:`_printed_over_seo_title`); ``menu_texts``
    (optional, called at most once, only when the headline has a segment set off at an
    end) the folded texts of the site's menu links (:func:`without_menu_section`);
    ``subheadings`` (optional, called only when the h1 prints alone the last part of a
    structured headline) the texts of the page's h2 and h3 headings
    (:func:`_without_moved_kicker`); ``h1_texts`` (optional, called only when the JSON-LD
    headline, og:title and ``<title>`` agree and the h1s were not read for another rule) the texts
    of the page's h1 elements as printed, the cheap test of
    :func:`_printed_past_every_copy` before ``h1s`` is read; ``arc_page`` (optional, called
    at most once, only when no other rule reads the h1s) whether the page is rendered by Arc
    XP (a substring test), and ``arc_headline`` (optional, called only on such a page when
    its first h1 differs from a structured copy) the story's ANS ``headlines.basic``
    (:func:`_printed_arc_headline`)."""
    if callable(h1s):
        h1s = functools.cache(h1s)  # (read at most once by the choice and the suffix check)
    value, source = _chosen_headline_source(jsonld=jsonld, meta=meta, h1s=h1s, title=title,
                                            site_names=site_names, domain=domain, printed=printed,
                                            curls_quotes=curls_quotes,
                                            seo_title_schema=seo_title_schema,
                                            subheadings=subheadings, h1_texts=h1_texts,
                                            arc_page=arc_page, arc_headline=arc_headline)
    if value and _SUFFIX_OPENING.search(value):
        value = _without_suffix_others_leave_out(value, jsonld=jsonld, meta=meta, h1s=h1s,
                                                 title=title, site_names=site_names, domain=domain)
    value = without_menu_section(value, menu_texts)
    return without_bracket_kicker(without_media_kicker(value)), source


#: What sets a section name off at either end of a headline: a bar, a bullet, a guillemet
#: or a spaced dash. Not a colon: a kicker before a colon is kept as often as it is dropped
#: by the labelled corpora.
_SECTION_SEPARATOR = re.compile(r"\s*[|｜•·»]\s*|\s+[-–—]\s+")
#: The fewest words the headline keeps once a section name is cut from it.
MIN_WORDS_AFTER_SECTION = 3


def without_menu_section(headline: str | None,
                         menu_texts: Callable[[], frozenset[str]]) -> str | None:
    """The headline without a leading or trailing segment that names one of the site's
    sections as its menus print it ("Outdoor news - Headline", "Patch Notes - Headline",
    "Headline | Guides"): a segment set off by a bar, a bullet or a spaced dash
    (:data:`_SECTION_SEPARATOR`) whose text is the whole text of a link in the page's
    navigation, header or footer (``menu_texts``: folded texts, read only when the headline
    has such a separator). The section is the copy's label for sharing and the site's
    titles, not a word of the story's headline. A segment is cut only when it has at most
    MAX_LABEL_WORDS words and fewer than the rest, and the rest keeps
    MIN_WORDS_AFTER_SECTION words."""
    if not headline:
        return headline
    cuts = list(_SECTION_SEPARATOR.finditer(headline))
    if not cuts:
        return headline
    menus = menu_texts()
    if not menus:
        return headline
    start, end = 0, len(headline)
    if fold(headline[:cuts[0].start()]) in menus:
        start = cuts[0].end()
    if cuts[-1].start() >= start and fold(headline[cuts[-1].end():]) in menus:
        end = cuts[-1].start()
    if (start, end) == (0, len(headline)):
        return headline
    rest = headline[start:end].strip()
    rest_words = len(WORD.findall(rest))
    for label in (headline[:start], headline[end:]):
        label_words = len(WORD.findall(label))
        if label_words > MAX_LABEL_WORDS or (label_words and label_words >= rest_words):
            return headline
    return rest if rest_words >= MIN_WORDS_AFTER_SECTION else headline


#: What opens a suffix after the headline: a bar, a bullet, a double or spaced dash, an
#: opening parenthesis. Not a colon: what a colon follows is a kicker more often than a
#: headline ("Storms: Harbour reopens").
_SUFFIX_OPENING = re.compile(r"\s*(?:[|｜·•»~]|--)\s*|\s+[-–—]\s+|\s*\(")
#: The fewest words another source's text needs to stand for the headline without its suffix.
MIN_SHARED_OPENING_WORDS = 2


def _without_suffix_others_leave_out(headline: str, *, jsonld, meta, h1s, title, site_names,
                                     domain) -> str:
    """The headline without a trailing suffix when another source states the rest as its
    whole text: "Headline (Site)", "Headline (14/01/2008)", "Headline (4021) - Section"
    beside an h1, a cleaned ``<title>`` or a structured headline reading "Headline". The
    suffix is set off by a bar, a bullet, a spaced dash or a parenthesis
    (:data:`_SUFFIX_OPENING`) and has one to MAX_LABEL_WORDS words (a closing guillemet
    after a quoted headline, « ... », is no suffix: it holds no word); the other
    source's text has at least MIN_SHARED_OPENING_WORDS words and is not the site's name.
    The sources agree on the headline; the suffix is what one copy adds. The structured
    headlines and the title are asked first, the h1s (read only then) when none of them
    states it; the fullest such text is taken."""
    names = [n for n in site_names if n] + domain_names(domain)
    site_keys = [fold(name) for name in names]

    def fullest(others) -> str | None:
        found = None
        for other in others:
            other = collapse(other)
            if (other and (found is None or len(other) > len(found))
                    and headline.startswith(other)
                    and _SUFFIX_OPENING.match(headline, len(other)) is not None
                    and len(WORD.findall(other)) >= MIN_SHARED_OPENING_WORDS
                    and 1 <= len(WORD.findall(headline[len(other):])) <= MAX_LABEL_WORDS
                    and not _is_site_name(other, site_keys)):
                found = other
        return found

    structured = [strip_site_affixes(text, names) for text in (jsonld, meta, title) if text]
    found = fullest(structured)
    if found is None:
        found = fullest(_not_site_names(h1s() if callable(h1s) else h1s, names))
    return found or headline


def _chosen_headline_source(*, jsonld: str | None, meta: str | None, h1s, title: str | None,
                            site_names: list[str], domain: str | None, printed=None,
                            curls_quotes: Callable[[], bool] = bool,
                            seo_title_schema: Callable[[], bool] = bool,
                            subheadings: Callable[[], list[str]] = list,
                            h1_texts: Callable[[], list[str]] = list,
                            arc_page: Callable[[], bool] = bool,
                            arc_headline: Callable[[], str | None] = lambda: None) -> tuple[str | None, str | None]:
    # (a JSON-LD headline that is the <title> whole, on a page whose schema plugin writes
    # the SEO title there: the test of the plugin runs only on that string equality)
    jsonld, meta = (None if _names_site_only(c, site_names, domain) else c for c in (jsonld, meta))
    seo_title = bool(jsonld and title and collapse(jsonld) == collapse(title)) and seo_title_schema()
    curls_quotes = functools.cache(curls_quotes)
    if callable(h1s):
        needed = seo_title or not (jsonld or meta) or any(
            _is_truncated(c) or _KICKER_SEPARATOR.search(c) for c in (jsonld, meta) if c) \
            or _outside_title(jsonld, meta, title, site_names) \
            or (any(_STRAIGHT_MARK.search(c) or c != c.translate(_STRAIGHT) for c in (jsonld, meta) if c)
                and curls_quotes()) \
            or _title_continues_social(jsonld, meta, title, site_names) \
            or _h1_opens_with_copy(jsonld, meta, title, site_names, h1_texts) \
            or _may_be_cut_at_limit(jsonld) \
            or arc_page()
        h1s = h1s() if needed else []
    names, h1s = names_and_h1s(jsonld, meta, h1s, title, site_names, domain)
    arc = _printed_arc_headline(jsonld, meta, h1s, names, arc_headline)
    if arc:
        return arc, "h1"
    label_h1 = _h1_over_labels(jsonld, meta, h1s, title, names)
    if label_h1:
        return collapse(label_h1), "h1"
    printed_h1 = _printed_over_seo_title(strip_site_affixes(jsonld, names), h1s) if seo_title else None
    if printed_h1:
        return printed_h1, "h1"
    whole_of_cut = _printed_past_schema_limit(jsonld, h1s)
    if whole_of_cut:
        return whole_of_cut, "h1"
    continued = _printed_continuation_of_social(
        jsonld, meta, h1s, title, names, [n for n in site_names if n] + domain_names(domain))
    if continued:
        return continued, "h1"
    longer = _printed_past_shortened_title(jsonld, meta, h1s, title, names)
    if longer:
        return longer, "h1"
    whole = _printed_past_every_copy(jsonld, meta, h1s, title, names,
                                     [n for n in site_names if n] + domain_names(domain))
    if whole:
        return whole, "h1"
    social = _printed_over_social_title(jsonld, meta, title, names, printed)
    if social:
        return social, "printed"
    unrelated = _h1_when_no_sources_agree(jsonld, meta, h1s, title, names)
    if unrelated:
        return unrelated, "h1"
    structured = ((("meta", meta),) if _social_title_with_kicker(jsonld, meta, title, names)
                  else (("jsonld", jsonld), ("meta", meta)))
    for source, candidate in structured:
        cleaned = strip_site_affixes(candidate, names)
        if cleaned:
            others = [strip_site_affixes(c, names) for c in (jsonld, meta, title) if c] + list(h1s)
            chosen = _without_kicker(_without_moved_kicker(
                _without_section_label(_completed(cleaned, h1s), h1s), h1s, subheadings), others)
            shorter = _printed_without_added_words(chosen, h1s)
            if shorter:
                return shorter, "h1"
            return _printed_straight(_as_printed(chosen, h1s, [jsonld, meta]), h1s, curls_quotes), source
    h1 = _h1_in_title(h1s, strip_site_affixes(title, names), names)
    if printed is not None and title:
        h1_in_title = bool(h1) and fold(h1) in fold(title)
        # (an h1 that opens the title as a part of its own is the headline whatever the
        # page prints: the page's source is searched only when a printed part could win)
        if not (h1 and h1_in_title and _opens_title(h1, title)):
            part = _printed_title_part(title, names, printed)
            if part and not (h1 and h1_in_title
                             and len(WORD.findall(h1)) >= len(WORD.findall(part))):
                return part, "printed"
    if h1:
        return collapse(h1), "h1"
    cleaned_title = _main_title_segment(_without_site_prefix(strip_site_affixes(title, names), names))
    return cleaned_title, ("title" if cleaned_title else None)


def _printed_arc_headline(jsonld: str | None, meta: str | None, h1s: list[str], names,
                          arc_headline: Callable[[], str | None]) -> str | None:
    """The page's first h1, when it differs from every structured copy (the JSON-LD headline
    and og:title, site names aside) and states the story's own headline of Arc XP's content document
    (``arc_headline``: ``headlines.basic`` of the ANS document the Fusion renderer embeds as
    ``Fusion.globalContent``). Arc XP's ANS schema keeps one story's headlines apart:
    ``basic``, the story's headline, which the site's templates print over the story, and
    ``meta_title`` (and the social copies), the title written for search and sharing,
    which fills the head's tags where an editor writes one. Where the two differ, the h1
    printing ``basic`` is the story's headline; ``arc_headline`` is called only then, so a
    page whose h1 is one of its structured copies' text parses no app state for this (and
    keeps the layer of that copy)."""
    if not (h1s and (jsonld or meta)):
        return None
    h1 = collapse(h1s[0])
    key = fold(h1)
    if not key or any(fold(strip_site_affixes(copy, names)) == key for copy in (jsonld, meta) if copy):
        return None
    basic = arc_headline()
    return h1 if basic and fold(basic) == key else None


def stands_apart(jsonld: str | None, meta: str | None, h1s: list[str], title: str | None,
                 site_names, domain: str | None) -> bool:
    """True when the structured headline says what none of the page's own titles says while
    they agree: the printed h1, og:title and ``<title>`` (site names aside, at least the h1
    and one of the others) each contain one another, and the JSON-LD headline contains none
    of them and is contained in none (another story's headline, not this one's shortened
    or SEO form)."""
    if not (jsonld and h1s):
        return False
    names, h1s = names_and_h1s(jsonld, meta, h1s, title, site_names, domain)
    if not h1s:
        return False
    structured = fold(strip_site_affixes(jsonld, names))
    own = [fold(text) for text in (strip_site_affixes(meta, names), collapse(h1s[0]),
                                   strip_site_affixes(title, names)) if text]
    if not structured or len(own) < 2:
        return False
    return (all(a in b or b in a for a, b in itertools.combinations(own, 2))
            and not any(text in structured or structured in text for text in own))


def _names_site_only(candidate: str | None, site_names, domain: str | None) -> bool:
    """True when a structured headline (JSON-LD ``headline``, og:title) is only the site's
    name (og:title "Northern Courier" on every page of northerncourier.com): it says
    nothing of the page, as a logo h1 does not (:func:`_not_site_names`, the same strict
    test: a headline that mentions the site stays)."""
    if not candidate:
        return False
    names = [n for n in site_names if n] + domain_names(domain)
    return not _not_site_names([candidate], names)


#: Typographic quotes and dashes written straight.
_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                           "«": '"', "»": '"', "–": "-", "—": "-"})
#: A straight quote or a spaced hyphen in a structured headline of a WordPress page: the
#: h1s are read to see whether the page prints them typographically (WordPress's
#: wptexturize curls the quotes and dashes of the title it prints, not of the copy SEO
#: plugins write into og:title and JSON-LD), and the printed spelling is kept
#: (:func:`_as_printed`). Other sites' structured headlines keep their own spelling (the
#: corpora's labels take it from them).
_STRAIGHT_MARK = re.compile(r"['\"]|\s-\s")


def _as_printed(headline: str, h1s: list[str], structured) -> str:
    """The headline spelled as the page prints it: the h1 that differs from a headline of
    straight quotes and dashes only in writing them typographically, when no structured
    headline writes them so and the h1s were read."""
    straight = headline.translate(_STRAIGHT)
    if straight != headline or any(c and c != c.translate(_STRAIGHT) for c in structured):
        return headline  # (typographic already, or chosen over a typographic structured one)
    for h1 in h1s:
        h1 = collapse(h1)
        if h1 != headline and h1.translate(_STRAIGHT) == straight:
            return h1
    return headline


def _printed_straight(headline: str, h1s: list[str], curls_quotes: Callable[[], bool]) -> str:
    """The h1 of a WordPress page that prints with straight quotes and dashes the structured
    headline written typographically: the copy of the title an SEO plugin writes into its
    JSON-LD is run through ``wptexturize`` (Yoast writes ``&#8217;`` for an apostrophe the
    editor typed straight), while a theme that prints the title without it shows the
    reader the straight one (the reverse of :func:`_as_printed`)."""
    straight = headline.translate(_STRAIGHT)
    if straight == headline or not h1s or not curls_quotes():
        return headline
    return next((straight for h1 in h1s if collapse(h1) == straight), headline)


#: The share of the shorter text's words (of more than two letters) the printed h1 and an
#: SEO title must have in common for the h1 to be taken as the same story's headline.
MIN_SHARED_WORDS_WITH_SEO_TITLE = 0.5


def _printed_over_seo_title(seo_title: str | None, h1s: list[str]) -> str | None:
    """The page's first h1, over a JSON-LD headline that is the SEO title: Rank Math, a
    WordPress SEO plugin, fills the headline of its Article schema with the SEO title
    (``%seo_title%``, its default; the ``<title>`` copied, site name and all) and marks
    its script ``class="rank-math-schema"``, while the theme prints the post's own title
    in the h1. Taken when it differs from the SEO title (cleaned of the site's name) and
    shares at least MIN_SHARED_WORDS_WITH_SEO_TITLE of the shorter one's words: a section
    label or a box's heading shares none."""
    if not (seo_title and h1s):
        return None
    h1 = collapse(h1s[0])
    if not h1 or fold(h1) == fold(seo_title):
        return None
    words, seo_words = _content_words(h1), _content_words(seo_title)
    if not words or not seo_words:
        return None
    shared = len(words & seo_words) / min(len(words), len(seo_words))
    return h1 if shared >= MIN_SHARED_WORDS_WITH_SEO_TITLE else None


def _printed_over_social_title(jsonld, meta, title: str | None, names, printed) -> str | None:
    """The headline ``<title>`` and the page both print, over an og:title that neither
    holds: on a page without a JSON-LD headline whose og:title is a social title of its
    own (rewritten for sharing: the title does not contain it and lacks some of its
    words, but it shares words with the story's headline), the fullest run of title parts that the page prints
    as the whole text of one element (an h1 or h2 heading) and that is no shorter than the
    og:title. Two of the page's sources agree against the third."""
    if jsonld or not (meta and title and printed is not None):
        return None
    cleaned = strip_site_affixes(meta, names)
    if not cleaned or not _outside_title(None, cleaned, title, names):
        return None
    social_words = _content_words(cleaned)
    if not social_words - _content_words(title):
        return None  # (the title's own words reordered: a kicker moved, not a social title)
    part = _printed_title_part(title, names, printed)
    if not part or len(WORD.findall(part)) < len(WORD.findall(cleaned)):
        return None
    return collapse(part) if _content_words(part) & social_words else None


#: The fewest words an h1 needs to be taken over an og:title no other source agrees with
#: (a shorter h1 is as often a section or a place name as a headline).
MIN_H1_WORDS_OVER_SOCIAL = 4


def _h1_when_no_sources_agree(jsonld, meta, h1s: list[str], title: str | None,
                              names) -> str | None:
    """The page's first h1 over an og:title when no two of the page's sources agree: no
    JSON-LD headline, and og:title, the h1 and ``<title>`` (site names aside) each say
    something the others do not contain (an SEO title of offers, a social title, a
    printed headline). The h1 is the heading the page prints over its text (the HTML
    standard's ``h1``, the heading of the page's top-level section); og:title is the title
    the page is to carry when shared (the Open Graph protocol's ``og:title``), written for
    another reader. Taken only when it has MIN_H1_WORDS_OVER_SOCIAL words and shares a
    word with og:title (the same page's subject, not a box's heading)."""
    if jsonld or not (meta and h1s and title):
        return None
    social = fold(strip_site_affixes(meta, names))
    cleaned_title = fold(strip_site_affixes(title, names))
    h1 = collapse(h1s[0])
    printed = fold(h1)
    if not (social and cleaned_title and printed) or len(WORD.findall(h1)) < MIN_H1_WORDS_OVER_SOCIAL:
        return None
    keys = (social, cleaned_title, printed)
    if any(a in b for a, b in itertools.permutations(keys, 2)):
        return None
    return h1 if _content_words(h1) & _content_words(meta) else None


#: The longest headline Google's Article structured data accepted (its testing tool's
#: "String length of headline must be in range [0, 110]"), which schema plugins meet by
#: cutting the JSON-LD headline, with an ellipsis or without one ("Shorten / Limit Headline
#: by 110 characters" filters for the Schema plugin; the same request for the AMP for WP
#: plugin's headline, github.com/ahmedkaludi/accelerated-mobile-pages issue 5033, and
#: schema-and-structured-data-for-wp issue 393).
SCHEMA_HEADLINE_LIMIT = 110
#: The shortest JSON-LD headline read as cut at that limit: the limit less the longest
#: word the cut may have stopped before.
MIN_CUT_HEADLINE_CHARS = 80


#: The word after a cut, spaces before it included.
_NEXT_WORD = re.compile(r"\s*\S+")


def _may_be_cut_at_limit(jsonld: str | None) -> bool:
    """The cheap test before the h1s are read for :func:`_printed_past_schema_limit`: a
    JSON-LD headline of a length the limit may have cut it to, with no ellipsis (one with
    an ellipsis is completed by :func:`_completed`)."""
    return (jsonld is not None and MIN_CUT_HEADLINE_CHARS <= len(jsonld) <= SCHEMA_HEADLINE_LIMIT + 2
            and MIN_CUT_HEADLINE_CHARS <= len(collapse(jsonld)) <= SCHEMA_HEADLINE_LIMIT
            and not _is_truncated(jsonld))


def _printed_past_schema_limit(jsonld: str | None, h1s: list[str]) -> str | None:
    """The h1 that the JSON-LD headline is the opening of, cut at the structured data's
    length limit (:data:`SCHEMA_HEADLINE_LIMIT`) without an ellipsis: the h1 opens with
    the JSON-LD headline's text as written and goes on past the limit within the word
    after the cut (or the word the cut falls in), so the headline stops where its next
    word would not have fitted. The structured copy is a plugin's cut of the headline the
    page prints whole; og:title and ``<title>`` are free to state other shortenings."""
    if not (h1s and _may_be_cut_at_limit(jsonld)):
        return None
    cut = collapse(jsonld)
    for h1 in h1s:
        printed = collapse(h1)
        if len(printed) <= SCHEMA_HEADLINE_LIMIT or not printed.startswith(cut):
            continue
        rest = printed[len(cut):]
        next_word = _NEXT_WORD.match(rest)
        if next_word and len(cut) + next_word.end() > SCHEMA_HEADLINE_LIMIT:
            return printed
    return None


#: What follows a social title's words where the printed headline goes on past them: a
#: colon, a bar, a slash, a bullet or a spaced dash (after the social title's own closing
#: "!", "?" or ".", which the printed headline may keep or drop), a comma or a semicolon
#: (a news headline joins two clauses with one where a sentence would take a stop: "Profit
#: falls as costs bite; shares drop"), a sentence's closing full stop, "!", "?" or ellipsis
#: before the next sentence, or only a space before the next word: a social title is
#: shortened as a headline is for a narrow column, by dropping its last words wherever they
#: start ("Walking the coast path to Porthmore, Cornwall's last fishing harbour", "Harbour
#: board approves new ferry pier after two years of talks"), or its last sentence when the
#: headline has two ("Town gets its own scanner. Patients no longer sent away"). The shape
#: is structural: the social title is a word prefix
#: of the printed headline, and the h1 and ``<title>`` must both state the whole (on the
#: development pages every h1 and title agreeing on a whole that og:title opens are what
#: the labels give, a JSON-LD headline stating it too where there is one).
_CONTINUATION = re.compile(r"\s*[!?.…]?\s*(?:[:|/·•]|\s[-–—])\s|[,;]\s|[!?.…]\s+(?=\w)|\s+(?=\w)")


#: What an opening may print after its last word besides the stops :data:`_CONTINUATION`
#: reads: a per cent, degree, currency or other sign, a closing quote or bracket ("by 71%",
#: "the “Blue Line”").
_CLOSING_SYMBOL = re.compile(r"[^\w\s!?.…:|/·•,;\-–—]+$")


def _closing_symbol(opening: str) -> str:
    """The signs closing ``opening`` after its last word ('' when none): the text that
    goes on past it prints them too before its separator."""
    match = _CLOSING_SYMBOL.search(opening.rstrip())
    return match.group() if match else ""


def _continuation(text: str, opening: str) -> str | None:
    """What ``text`` adds after the words of ``opening`` when it opens with all of them
    (case aside) and goes on after a separator (:data:`_CONTINUATION`); None otherwise."""
    words = WORD.findall(opening.casefold())
    if not words:
        return None
    matches = list(itertools.islice(WORD.finditer(text), len(words)))
    if len(matches) < len(words) or [m.group().casefold() for m in matches] != words:
        return None
    rest = text[matches[-1].end():]
    closing = _closing_symbol(opening)
    if closing and rest.startswith(closing):
        rest = rest[len(closing):]  # ("by 71%" goes on "by 71% without ...")
    cut = _CONTINUATION.match(rest)
    return rest[cut.end():].strip() if cut and WORD.search(rest[cut.end():]) else None


def _title_continues_social(jsonld, meta, title: str | None, site_names) -> bool:
    """The cheap test before the h1s are read for :func:`_printed_continuation_of_social`:
    ``<title>``, cleaned of the site's names, goes on past an og:title's words."""
    if not (meta and title):
        return False
    cleaned = strip_site_affixes(title, site_names)
    shorter = _shorter_title(jsonld, meta)
    short = strip_site_affixes(shorter, site_names)
    if not (short and cleaned):
        return False
    if shorter is not meta and fold(strip_site_affixes(meta, site_names)) != fold(cleaned):
        return False  # (a JSON-LD headline apart from og:title: og:title must state the title's whole)
    return _continuation(cleaned, short) is not None


def _shorter_title(jsonld: str | None, meta: str) -> str:
    """The title a printed headline may continue: og:title, or the JSON-LD headline where
    it differs from og:title (og:title then stating the whole with the h1 and ``<title>``)."""
    return jsonld if jsonld and fold(jsonld) != fold(meta) else meta


def _printed_continuation_of_social(jsonld, meta, h1s: list[str], title: str | None,
                                    names, own_names) -> str | None:
    """The h1 that ``<title>`` states too (site names aside), when it opens with all the
    words of og:title and goes on after a colon, a bar, a slash or a spaced dash
    ("Derby won in the last minute!" against "Derby won in the last minute: Firsts beat
    Millbrook 2-1"): the social title is the printed headline's first part, and the page
    prints the whole of it twice. Where a JSON-LD headline differs from og:title it is the
    JSON-LD headline that the h1 must go on past, and og:title must state the h1 whole: a
    structured headline cut short for a narrow column ("Derby won in the last minute")
    gives way to the whole that the h1, og:title and ``<title>`` all state; one the page's
    other titles do not state whole stands. Not when what the h1 adds names the site."""
    if not (h1s and meta and title):
        return None
    shorter = _shorter_title(jsonld, meta)
    social = strip_site_affixes(shorter, names)
    whole = fold(strip_site_affixes(meta, names)) if shorter is not meta else None
    # (the title cleaned of the site's own names too: what ``<title>`` adds after the
    # og:title's words is taken for an affix by :func:`title_affixes`, and is here the
    # very continuation in question)
    title_keys = {fold(strip_site_affixes(title, names)), fold(strip_site_affixes(title, own_names))}
    title_keys.discard("")
    if not (social and title_keys):
        return None
    site_keys = [fold(name) for name in own_names if name]
    for h1 in h1s:
        if fold(h1) not in title_keys or (whole is not None and fold(h1) != whole):
            continue
        rest = _continuation(collapse(h1), social)
        if rest and not _is_site_name(rest, site_keys):
            return collapse(h1)
    return None


#: Where a title's continuation starts after the words it shares with a shorter copy, and
#: where a printed headline's opening ends: a colon, a bar or a spaced dash.
_PRINTED_PART = re.compile(r":\s+|\s*[|｜]\s*|\s+[-–—]\s+")


def _printed_past_shortened_title(jsonld, meta, h1s: list[str], title: str | None,
                                  names) -> str | None:
    """The page's first h1 over a structured headline cut short, when ``<title>`` and the h1
    both go on past it, each in words of its own: the structured copies (og:title, and
    the JSON-LD headline where it says the same) state only the headline's opening ("Pulse
    Air 3 review"), ``<title>`` opens with all of their words and goes on after a colon, a
    bar or a spaced dash ("Pulse Air 3 review: great sound, one big catch"), and the h1
    is an opening of no word beyond the structured copy's, then that separator, then an
    ending that shares a word with the title's ("Pulse Air 3 review: the best-sounding
    buds, with one big catch"; "Kestrel GT First Drive: A Quick Wagon" beside og:title
    "Kestrel GT First Drive Review"). The page's
    three titles are then the short social copy, an SEO title and the printed headline,
    and the printed one is the story's (:func:`_printed_continuation_of_social` takes the
    h1 where it is the title whole)."""
    if not (h1s and meta and title) or (jsonld and fold(jsonld) != fold(meta)):
        return None
    short = strip_site_affixes(meta, names)
    cleaned_title = strip_site_affixes(title, names)
    if not (short and cleaned_title):
        return None
    title_rest = _continuation(cleaned_title, short)
    h1 = collapse(h1s[0])
    if not title_rest or fold(h1) in (fold(cleaned_title), fold(short)):
        return None
    short_words, rest_words = _content_words(short), _content_words(title_rest)
    for cut in _PRINTED_PART.finditer(h1):
        opening, ending = h1[:cut.start()], h1[cut.end():]
        opening_words = _content_words(opening)
        if (opening_words and opening_words <= short_words
                and _content_words(ending) & rest_words):
            return h1
    return None


def _one_short_copy(jsonld, meta, title: str | None, names) -> str | None:
    """The text the page's three copies of its headline all state, when they agree: the
    JSON-LD headline, og:title and ``<title>`` cleaned of the site's names (None when they
    differ, or one of them is missing)."""
    if not (jsonld and meta and title):
        return None
    copies = [strip_site_affixes(c, names) for c in (jsonld, meta, title)]
    if not all(copies):
        return None
    keys = {fold(copy) for copy in copies}
    return copies[0] if len(keys) == 1 and "" not in keys else None


def _h1_opens_with_copy(jsonld, meta, title: str | None, site_names,
                        h1_texts: Callable[[], list[str]]) -> bool:
    """The cheap test before the h1s are read for :func:`_printed_past_every_copy`: the
    JSON-LD headline, og:title and ``<title>`` agree, and the text of one of the page's h1
    elements (``h1_texts``, their texts as printed) opens with theirs and goes on."""
    short = _one_short_copy(jsonld, meta, title, site_names)
    key = fold(short)
    return bool(key) and any(len(text_key) > len(key) and text_key.startswith(key)
                             for text_key in map(fold, h1_texts()))


def _printed_past_every_copy(jsonld, meta, h1s: list[str], title: str | None, names,
                             own_names) -> str | None:
    """The page's first h1 when it goes on past the headline every other copy states: the
    JSON-LD headline, og:title and ``<title>`` (site names aside) all three agree on a
    text that the h1 opens with (:func:`_continuation`), and the h1 goes on after a colon,
    a bar, a dash, a comma or a semicolon, or after a space with a word in lower case
    ("Las verbenas también tenían diseñadores: una exposición rescata los carteles",
    "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee" beside copies that stop
    before the colon, before "in"). The copies are one shortened title (an SEO title
    field) written into every slot of the head; the page prints the article's own title
    whole. Not when what the h1 adds names the site, nor when it opens with a capitalised
    word after a space alone: that is a second line glued on without a stop (a subtitle
    set in the h1: reitschuster.de's "entry-subtitle" span), not the headline going on.
    A page without a JSON-LD headline keeps its og:title over such an h1 (the earlier
    rounds' choice where og:title and ``<title>`` alone state the short text, kept: no dev
    page of that shape says otherwise)."""
    if not h1s:
        return None
    short = _one_short_copy(jsonld, meta, title, names)
    h1 = collapse(h1s[0])
    if not short or fold(h1) == fold(short):
        return None
    rest = _continuation(h1, short)
    if not rest or _is_site_name(rest, [fold(name) for name in own_names if name]):
        return None
    joint = h1[:len(h1) - len(rest)].rstrip()
    if not _SET_OFF.search(joint) and not rest[:1].islower():
        return None
    return h1


#: What sets the printed headline's second part off from its first: a colon, a bar, a
#: slash, a bullet, a spaced dash, a comma or a semicolon, at the joint.
_SET_OFF = re.compile(r"(?:[:|/·•,;]|\s[-–—])$")


#: The most words a structured headline may add to the printed h1 for the h1 to be taken.
MAX_ADDED_WORDS = 2
#: The fewest words the printed h1 keeps.
MIN_PRINTED_HEADLINE_WORDS = 4


def _printed_without_added_words(headline: str, h1s: list[str]) -> str | None:
    """The page's first h1 when it is the structured headline with one run of one to
    MAX_ADDED_WORDS words left out, anywhere but at its end ("Hallenbad: Sanierung
    startet" printed, "Hallenbad Kirchbergen: Sanierung startet" in og:title and
    ``<title>``): the copy written for sharing and search adds a word of context (the
    town's, the team's, the topic's name) that the page, where the site and section give
    it, leaves out; the reader sees the h1. A run left out at the end is a truncation, not
    an addition, and stays. On the development pages every h1 of this shape (the three
    sites of them drop a leading topic word) is what the labels give. Read only where the
    h1s were read for another rule (a separator or a truncation in the structured
    headline, a ``<title>`` that does not contain it...)."""
    if not h1s:
        return None
    h1 = collapse(h1s[0])
    words = [w.casefold() for w in WORD.findall(headline)]
    printed = [w.casefold() for w in WORD.findall(h1)]
    added = len(words) - len(printed)
    if not 0 < added <= MAX_ADDED_WORDS or len(printed) < MIN_PRINTED_HEADLINE_WORDS:
        return None
    for start in range(len(printed)):
        if words[:start] == printed[:start] and words[start + added:] == printed[start:]:
            return h1
    return None


#: What sets a kicker off before the headline in og:title: a colon, a slash, a bar or a
#: spaced dash ("Kicker: Headline", "Kicker / Headline").
_SOCIAL_KICKER = re.compile(r":\s+|\s+/\s+|\s*[|｜]\s*|\s+[-–—]\s+")


def _social_title_with_kicker(jsonld, meta, title: str | None, names) -> bool:
    """True when og:title is the JSON-LD headline after a kicker ("Kicker: Headline",
    "Kicker / Headline": the line above the headline, German newsrooms' Dachzeile) and
    ``<title>`` states og:title whole (site names, punctuation and spacing aside: "Kicker
    Headline"): the JSON-LD copy alone leaves the kicker out, while the page's own title
    and its social copy carry it, and the labelled corpora keep it where they do. The
    kicker has at most MAX_LABEL_WORDS words and fewer than the headline, and is not
    written in capitals only: "EXCLUSIVE:", "BREAKING:" flag the story's kind (as the
    bracketed "[단독]" of :func:`without_bracket_kicker` does), not its topic, and the
    JSON-LD headline without the flag stands."""
    if not (jsonld and meta and title) or collapse(jsonld) == collapse(meta):
        return False
    social, headline = strip_site_affixes(meta, names), strip_site_affixes(jsonld, names)
    key, social_key = fold(headline), fold(social)
    if not (key and social and social_key.endswith(key)) or social_key == key:
        return False
    if fold(strip_site_affixes(title, names)) != social_key:
        return False
    headline_words = len(WORD.findall(headline or ""))
    for cut in _SOCIAL_KICKER.finditer(social):
        kicker = social[:cut.start()]
        kicker_words = len(WORD.findall(kicker))
        if (fold(social[cut.end():]) == key and not kicker.isupper()
                and 0 < kicker_words <= MAX_LABEL_WORDS and kicker_words < headline_words):
            return True
    return False


def _outside_title(jsonld: str | None, meta: str | None, title: str | None, site_names) -> bool:
    """True when the page has a ``<title>`` and no structured headline it contains (the
    cheap test before the h1s are read to see if the structured ones are labels)."""
    title_key = fold(title)
    structured = [fold(strip_site_affixes(c, site_names)) for c in (jsonld, meta) if c]
    return bool(title_key and structured) and not any(key and key in title_key for key in structured)


#: Words of this many letters or fewer do not count as shared between two headlines.
_SHORT_WORD = 2


def _content_words(text: str | None) -> set[str]:
    return {w for w in WORD.findall((text or "").casefold()) if len(w) > _SHORT_WORD}


def _h1_over_labels(jsonld, meta, h1s: list[str], title: str | None, names) -> str | None:
    """The h1 that ``<title>`` repeats, when the structured headlines are site or section
    labels: the title contains none of them and they have no word in common with that h1
    (og:title "Press releases" or "Northern Ferry Company" on every page of a site,
    the story's headline in the h1 and the title)."""
    if not (h1s and (jsonld or meta) and title):
        return None  # (what the test below finds without cleaning the title first)
    structured = [strip_site_affixes(c, names) for c in (jsonld, meta) if c]
    title_key = fold(strip_site_affixes(title, names))
    if not (h1s and structured and title_key):
        return None
    if any(fold(c) and fold(c) in title_key for c in structured):
        return None
    inside = [h1 for h1 in h1s if fold(h1) and fold(h1) in title_key]
    if not inside:
        return None
    h1 = max(inside, key=lambda text: len(WORD.findall(text)))
    words = _content_words(h1)
    if any(words & _content_words(c) for c in structured):
        return None
    return h1


#: An h1 of at most this many words that ``<title>`` does not contain is a section or
#: site label ("Sports", "Press releases", "Quick links"), not the headline.
MAX_H1_LABEL_WORDS = 3
#: What separates a title's segments (headline, section, site) when no name is known.
_TITLE_SEGMENT = re.compile(r"\s+[|–—\-·•»]\s+|\s*[|｜]\s*")
#: The fewest words a title segment needs to be taken for the headline on its own.
MIN_TITLE_SEGMENT_WORDS = 3


def _h1_in_title(h1s: list[str], title: str | None, names=()) -> str | None:
    """The h1 that is the headline, when no structured headline exists: of the h1s that
    ``<title>`` contains (pages put the headline in both), the one of most words (the
    first on ties); else the first h1,
    unless it is a short label that the title does not contain while the title says
    more (then None: the title is the better source) and is not only the site's name
    (one of ``names``: a title naming the site says nothing of the page)."""
    if not h1s:
        return None
    title_key = fold(title)
    if not title_key:
        return h1s[0]
    inside = [h1 for h1 in h1s if fold(h1) and fold(h1) in title_key]
    if inside:  # the fullest: a section label may sit in the title too
        return max(inside, key=lambda h1: len(WORD.findall(h1)))
    first = h1s[0]
    if (len(WORD.findall(first)) <= MAX_H1_LABEL_WORDS
            and len(WORD.findall(title or "")) > len(WORD.findall(first))
            and not _is_site_name(title or "", [fold(name) for name in names if name])):
        return None
    return first


#: How many letters the words before a title's colon may hold beyond the site's name
#: ("The" before "Canadian Press", ".com" after "NDTV"), as :func:`_is_site_name` allows.
MAX_NAME_EXTRA_CHARS = 12
#: A name opening ``<title>`` before a colon ("AFP: Headline", "NDTV.com: Headline",
#: Blogger's "Blog name: Post title"): the colon sets the site off only when the words
#: before it name the site, else it is a kicker's ("Topic: Headline"), which stays.
_COLON_PREFIX = re.compile(r"([^:|｜]{2,60}?)\s*:\s+(?=\S)")


def _without_site_prefix(title: str | None, names: list[str]) -> str | None:
    """A ``<title>`` used as the headline without the site's name it opens with before a
    colon, where what follows has at least MIN_TITLE_SEGMENT_WORDS words (the separators
    :func:`strip_site_affixes` reads are spaced on both sides, which a colon is not)."""
    if not title or ":" not in title:
        return title
    match = _COLON_PREFIX.match(title)
    if match is None or len(WORD.findall(title[match.end():])) < MIN_TITLE_SEGMENT_WORDS:
        return title
    key = fold(match.group(1))
    # (the words hold a whole name: a place or topic that is only a part of the site's
    # name, "Lübeck" beside "Lübecker Nachrichten", is a kicker)
    names_site = any(len(site) >= 3 and site in key and len(key) <= len(site) + MAX_NAME_EXTRA_CHARS
                     for site in (fold(name) for name in names if name))
    return title[match.end():] if names_site else title


def _main_title_segment(title: str | None) -> str | None:
    """A ``<title>`` used as the headline, cut to its first segment of at least
    MIN_TITLE_SEGMENT_WORDS words when bars or spaced dashes split it into headline,
    section and site segments no known name matched ("Headline - World - Sport - Daily
    News" -> "Headline"; the headline-first order is the common one); a title with no
    such segment stays whole."""
    if not title:
        return title
    cuts = list(_TITLE_SEGMENT.finditer(title))
    if not cuts:
        return title
    bounds = [0] + [pos for cut in cuts for pos in (cut.start(), cut.end())] + [len(title)]
    segments = [title[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    for segment in segments:
        if len(WORD.findall(segment)) >= MIN_TITLE_SEGMENT_WORDS:
            return segment
    return title


#: What may set the parts of a ``<title>`` apart (headline, section, site name): bars,
#: bullets, double dashes, spaced dashes and slashes, a colon before a space, parentheses,
#: and the full-width bar of Japanese and Chinese titles ("サイト名｜ニュース｜見出し").
TITLE_PART = re.compile(r"\s*(?:[|｜·•»«~]|--|::)\s*|\s+[-–—/]\s+|:\s+|\s*[()]\s*")
#: The fewest words a printed title part needs to be taken for the headline.
MIN_PRINTED_WORDS = 3


def title_parts(title: str) -> dict[str, tuple[str, ...]]:
    """Each run of consecutive ``<title>`` parts of MIN_PRINTED_WORDS words or more, as
    ``{fold: its words}``. A title of several parts is not a run of itself: a page
    printing its whole title is a breadcrumb."""
    parts = [part for part in TITLE_PART.split(title) if part and part.strip()]
    runs: dict[str, tuple[str, ...]] = {}
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if len(parts) > 1 and end - start == len(parts):
                continue
            words = WORD.findall(" ".join(parts[start:end]))
            key = fold("".join(parts[start:end]))
            if len(words) >= MIN_PRINTED_WORDS and key:
                runs.setdefault(key, tuple(words))
    return runs


def _opens_title(h1: str, title: str) -> bool:
    """True when ``<title>`` opens with the h1 as a part of its own ("Headline | ...")."""
    h1, title = collapse(h1), collapse(title)
    return (title.startswith(h1) and len(title) > len(h1)
            and bool(TITLE_PART.match(title, len(h1))))


def _printed_title_part(title: str, names: list[str], printed) -> str | None:
    """The headline as both ``<title>`` and the page print it, on a page with no
    structured headline and no h1 within the title: the fullest run of title parts the
    page prints as the whole text of one element ("Site - Section: Headline" with
    "Headline" in a bold cell or an h2), unless that names the site."""
    runs = title_parts(collapse(title))
    site_keys = [fold(name) for name in names if name]
    found = [text for text in printed(runs).values() if not _is_site_name(text, site_keys)]
    return max(found, key=lambda text: len(WORD.findall(text)), default=None)


def names_url_section(text: str | None, url: str | None) -> bool:
    """True when ``text`` is a short label (at most MAX_H1_LABEL_WORDS words) that names a
    directory of the page's URL path other than the page's own slug: a site files its
    stories under its sections' paths ("/sportswire/22.0.html", "/nba/15017151/detail.html",
    "/news/world/middleeast/...") and prints the section's name as the page's h1
    ("Sports Wire", "NBA", "Middle East"). The slug is the path's last segment (the file's
    name without its extension, or the last directory of a path ending in a slash): a
    headline written into it ("/essen/essenwestviertel/essenwestviertel.htm") is no
    section."""
    key = fold(text)
    if not key or not url or len(WORD.findall(text or "")) > MAX_H1_LABEL_WORDS:
        return False
    segments = urlsplit(url).path.split("/")[1:]
    if not segments:
        return False
    slug = segments[-1] or (segments[-2] if len(segments) > 1 else "")
    slug_key = fold(slug.rsplit(".", 1)[0])
    return any(fold(segment) == key for segment in segments[:-1] if fold(segment) != slug_key)
