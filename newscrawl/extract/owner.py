"""The page's owner as its author, read only when no byline, structured author or
organisation names anyone: the person a personal site or an IndieWeb post belongs to.

Two conventions, each a cascade of small pure functions over the parsed tree:

- IndieWeb authorship (https://indieweb.org/authorship-spec, microformats2 at
  https://microformats.org/wiki/h-entry and .../representative-h-card-parsing): a post
  marked ``h-entry`` without a ``p-author`` is written by the person of the page's
  ``rel=author`` link, or by the site's representative ``h-card`` (one whose ``u-url`` is
  the site's home page or the ``rel=author`` target, or that is marked ``rel=me``). An
  ``h-card`` whose ``p-org`` is its ``p-name`` is an organisation's (the h-card spec's
  implied organisation) and names no person.
- A personal site: the site goes by a person's name (its ``og:site_name`` or publisher,
  its home link, a segment of ``<title>``, its host name spelled as the name, a "© 2026
  Name" line) in at least two of those places, and it speaks of its owner in the first
  person (an "About me" page or box: :data:`FIRST_PERSON_ABOUT`) or its structured data
  types the publisher as a Person (schema.org, Yoast SEO's "Person" site
  representation). Publications share every signal but the first-person one, and their
  names are mostly words the page also prints in lower case (:func:`person_shaped`).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.etree

from newscrawl.extract import authors as byline
from newscrawl.extract import markup
from newscrawl.text import collapse, fold

# -- IndieWeb authorship ---------------------------------------------------------------

#: Class words of microformats2 read here (the class attribute holds them among others).
H_ENTRY, H_CARD, P_AUTHOR, P_NAME, P_ORG, U_URL = "h-entry", "h-card", "p-author", "p-name", "p-org", "u-url"
#: Class words of the parts of a post that hold other people's cards: replies, likes,
#: quoted posts (microformats2 ``p-comment`` / ``h-cite``, and the ``u-like-of`` /
#: ``u-repost-of`` / ``u-in-reply-to`` links of the responses vocabulary).
OTHER_PEOPLES = frozenset({"p-comment", "h-cite", "u-comment", "u-like-of", "u-repost-of",
                           "u-in-reply-to", "p-like", "p-repost"})


def _classes(element) -> list[str]:
    return (element.get("class") or "").split()


def _rels(element) -> list[str]:
    return (element.get("rel") or "").lower().split()


def _class_xpath(word: str) -> lxml.etree.XPath:
    return lxml.etree.XPath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {word} ')]")


#: The elements marked with a class word, found by one precompiled XPath each.
_BY_CLASS = {word: _class_xpath(word) for word in (H_ENTRY, H_CARD)}


def _by_class(tree, word: str) -> list:
    """Elements whose class attribute holds ``word`` as a whole word."""
    return _BY_CLASS[word](tree)


def _among_others(element, stop) -> bool:
    """True when an element sits in a reply, like or quoted post (:data:`OTHER_PEOPLES`)
    below ``stop`` (or anywhere, ``stop`` None)."""
    node = element.getparent()
    while node is not None and node is not stop:
        if OTHER_PEOPLES.intersection(_classes(node)):
            return True
        node = node.getparent()
    return False


def _card_name(card) -> str | None:
    """An h-card's name: its ``p-name``, else (the implied name) the text of the card, or
    an image's ``alt`` when the card is an image; None for an organisation's card."""
    names = [e for e in card.iter() if isinstance(e.tag, str) and P_NAME in _classes(e)]
    name = collapse(names[0].text_content()) if names else None
    if not name:
        name = collapse(card.get("alt") or "") if card.tag == "img" else collapse(card.text_content())
    orgs = [e for e in card.iter() if isinstance(e.tag, str) and P_ORG in _classes(e)]
    if orgs and fold(collapse(orgs[0].text_content())) == fold(name):
        return None
    return name or None


def _card_urls(card, base: str) -> list[str]:
    """The absolute ``u-url`` values of an h-card (the card itself when it is a link)."""
    links = [e for e in card.iter("a", "link") if U_URL in _classes(e)]
    if card.tag == "a":
        links.append(card)
    return [urljoin(base, e.get("href") or "") for e in links if e.get("href")]


def entry_author(tree, url: str, source: str | None = None) -> str | None:
    """The author of the page's first ``h-entry`` that names none (no ``p-author``), by
    the IndieWeb authorship algorithm without fetching: the text of the page's
    ``rel=author`` link when it is a name, else the representative h-card's name (an
    h-card outside replies and quoted posts whose ``u-url`` is the site's home page or
    the ``rel=author`` target, or that is marked ``rel=me``). None when the page has no
    h-entry or the entry names its author (the byline layers read that); ``source``, the
    page's HTML when given, is searched for the class word first."""
    if source is not None and H_ENTRY not in source:
        return None
    entries = _by_class(tree, H_ENTRY)
    if not entries:
        return None
    entry = entries[0]
    if any(P_AUTHOR in _classes(e) for e in entry.iter() if isinstance(e.tag, str)
           and not _among_others(e, entry)):
        return None
    home = urljoin(url, "/")
    author_pages = []
    for link in tree.iter("a", "link"):
        if "author" in _rels(link) and link.get("href"):
            author_pages.append(urljoin(url, link.get("href")))
            text = collapse(link.text_content()) if link.tag == "a" else ""
            if text and byline.clean_byline(text, strict=True) == [text]:
                return text
    for card in _by_class(tree, H_CARD):
        if _among_others(card, None) or card is entry:
            continue
        urls = _card_urls(card, url)
        if not ("me" in _rels(card) or any(markup.same_page(u, p) for u in urls for p in [home, *author_pages])):
            continue
        name = _card_name(card)
        if name and byline.clean_byline(name, strict=True) == [name]:
            return name
    return None


# -- A personal site -------------------------------------------------------------------

#: The first-person singular label of a personal site's page or box about its owner, in
#: the languages of the development corpora ("About me" on English blogs, "Über mich" on
#: German ones: trafilatura-dev's personal sites print it beside the owner's byline).
FIRST_PERSON_ABOUT = re.compile(
    r"(?:about\s+me|über\s+mich|ueber\s+mich|à\s+propos\s+de\s+moi|qui\s+suis[\s-]je|"
    r"sobre\s+m[ií]m?|chi\s+sono|over\s+mij|om\s+mig|o\s+mnie)\s*[:?!.]?", re.IGNORECASE)
#: Lower-case pieces of those labels, searched in the page's HTML before its elements are
#: walked (a substring search of the lowered source, faster than the regex over it).
FIRST_PERSON_PIECES = ("about me", "über mich", "ueber mich", "propos de moi", "qui suis",
                       "sobre m", "chi sono", "over mij", "om mig", "o mnie")
#: Tags a first-person label is printed in: a link of the menu, a heading of a side box.
ABOUT_TAGS = ("a", "h2", "h3", "h4", "h5", "h6", "summary")
#: Longest text of an element read as such a label (in characters).
MAX_ABOUT_CHARS = 24

#: Separators of a ``<title>``'s segments ("Post – Site", "Site | Post").
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•»:-]\s+|\s*[|–—·•»]\s*")
#: A copyright line naming the owner: "© 2026 Name", "Copyright © 2019–2026 Name".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                        r"(?P<name>[^\W\d_][^\n|·•,.©]{2,60})", re.IGNORECASE)
#: Most words of a person's name, and fewest (one word is a brand or a handle).
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
#: A word of a name: a capital and lower-case letters (with an inner hyphen or apostrophe),
#: or an initial ("T.").
_NAME_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_]*)?|[^\W\d_a-z]\.")
#: Fewest places among :func:`owner_signals`' kinds that must give the site's name.
MIN_OWNER_SIGNALS = 2


def person_shaped(name: str, page_words: frozenset[str]) -> bool:
    """True when ``name`` is written as a person's: two to four capitalised words (name
    particles aside), none of which the page prints as a lower-case word (``page_words``:
    a publication's name is made of words, "Daily", "Star", "Courier", that its prose
    uses too), not an organisation's form and not a desk."""
    words = name.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    if byline.looks_like_organisation(name) or byline.is_desk(name):
        return False
    named = [w for w in words if w not in byline.NAME_PARTICLES]
    if len(named) < MIN_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in named):
        return False
    return not any(w.lower() in page_words for w in named if not w.endswith("."))


def _host_spells(name: str, domain: str | None) -> bool:
    """True when a label of the host spells the name ("lenahofbauer", "lena-hofbauer")."""
    key = fold(name)
    labels = (domain or "").lower().split(".")
    return bool(key) and any(fold(label) == key for label in labels)


def _title_segments(title: str | None) -> list[str]:
    """The first and last segments of a ``<title>`` cut at its separators (none when
    there is one segment only)."""
    segments = [s for s in _TITLE_SEPARATOR.split(collapse(title or "")) if s]
    return [segments[0], segments[-1]] if len(segments) >= 2 else []


def _home_hrefs(url: str) -> frozenset[str]:
    """The ways a link may write the site's home page (relative, with or without the
    scheme, ``www.`` and the closing slash)."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    hosts = {host, host.removeprefix("www."), "www." + host.removeprefix("www.")}
    forms = {"/", "./", ""}
    for name in hosts:
        for prefix in ("http://", "https://", "//"):
            forms.update({prefix + name, prefix + name + "/"})
    return frozenset(forms)


def _home_link_texts(tree, url: str) -> list[str]:
    """Texts of links to the site's home page (or marked ``rel=home``), in page order."""
    home = _home_hrefs(url)
    texts = []
    for link in tree.iter("a"):
        href = link.get("href")
        if href is not None and (href.strip().lower() in home or "home" in _rels(link)):
            text = collapse(link.text_content())
            if text:
                texts.append(text)
    return texts


def _copyright_names(text: str) -> list[str]:
    """The names after a copyright sign and year in the page's text."""
    return [collapse(m.group("name")) for m in _COPYRIGHT.finditer(text)]


def owner_signals(name: str, *, site_names, title: str | None, home_texts: list[str],
                  domain: str | None, copyright_names: list[str]) -> list[str]:
    """The kinds of place that give ``name`` as the site's name: "site name"
    (og:site_name or the publisher), "title" (a segment of ``<title>``), "home link",
    "host" (a label of the host spells it), "copyright"."""
    key = fold(name)
    found = []
    if any(fold(s) == key for s in site_names if s):
        found.append("site name")
    if any(fold(s) == key for s in _title_segments(title)):
        found.append("title")
    if any(fold(t) == key for t in home_texts):
        found.append("home link")
    if _host_spells(name, domain):
        found.append("host")
    if any(fold(c) == key or fold(c).startswith(key) and len(fold(c)) == len(key) for c in copyright_names):
        found.append("copyright")
    return found


def speaks_in_first_person(tree, source: str | None = None) -> bool:
    """True when a link or heading of the page is a first-person "About me" label
    (:data:`FIRST_PERSON_ABOUT`); ``source``, the page's HTML when given, is searched for
    the label's pieces first (:data:`FIRST_PERSON_PIECES`: a substring search, not a walk
    of the elements)."""
    if source is not None:
        lowered = source.lower()
        if not any(piece in lowered for piece in FIRST_PERSON_PIECES):
            return False
    for element in tree.iter(*ABOUT_TAGS):
        text = collapse(element.text_content())
        if text and len(text) <= MAX_ABOUT_CHARS and FIRST_PERSON_ABOUT.fullmatch(text):
            return True
    return False


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z][^\W\d_]*")


def site_owner(tree, url: str, *, site_names, title, domain: str | None,
               person_publisher: bool = False, source: str | None = None) -> tuple[str, list[str]] | None:
    """(name, signals) of the person a personal site is named after: a candidate site name
    (og:site_name and the publisher, the first and last segments of ``<title>``) that is
    :func:`person_shaped` and given by at least :data:`MIN_OWNER_SIGNALS` kinds of place
    (:func:`owner_signals`), on a site that speaks of its owner in the first person
    (:func:`speaks_in_first_person`) or whose structured data types the publisher as a
    Person (``person_publisher``). None otherwise. The cheap tests come first (the
    name's shape; then the first-person label, searched in the page's HTML, ``source``,
    when given; the places read without the page's text); the page's text is read for the
    copyright line and its lower-case words only for a name that passed them. ``title``:
    the page's ``<title>``, or a function giving it."""
    if callable(title):
        title = title()
    seen: set[str] = set()
    shaped = []
    for name in [*(s for s in site_names if s), *_title_segments(title)]:
        name = collapse(name)
        if fold(name) not in seen and person_shaped(name, frozenset()):
            shaped.append(name)
        seen.add(fold(name))
    if not shaped or not (person_publisher or speaks_in_first_person(tree, source)):
        return None
    home_texts = _home_link_texts(tree, url)
    text: str | None = None
    for name in shaped:
        signals = owner_signals(name, site_names=site_names, title=title, home_texts=home_texts,
                                domain=domain, copyright_names=[])
        if len(signals) < MIN_OWNER_SIGNALS:
            if text is None:
                text = collapse(tree.text_content())
            signals = owner_signals(name, site_names=site_names, title=title, home_texts=home_texts,
                                    domain=domain, copyright_names=_copyright_names(text))
        if len(signals) < MIN_OWNER_SIGNALS:
            continue
        if text is None:
            text = collapse(tree.text_content())
        if person_shaped(name, frozenset(_LOWER_WORD.findall(text))):
            return name, signals
    return None
