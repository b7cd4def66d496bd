"""The markup layer: fields read from the visible HTML when structured data is missing.

Every heuristic is a named, precompiled XPath (or a function selecting the same
elements, where lxml's C iteration is faster) in an ordered list; the first list
entry that yields something wins. The article *scope* (the element holding the
article: headline, byline, figures, body) limits where bylines, dates and figures are
looked for, so related-article teasers and sidebars do not leak into the fields.
"""

from __future__ import annotations

import re
from typing import Callable, TypeAlias

import lxml.etree

from newscrawl.text import collapse


def class_has(*words: str, attribute: str = "@class") -> str:
    """XPath test: the class contains one of ``words`` (lower-case or Capitalised; cheaper
    than translate() on every element)."""
    spellings = []
    for word in words:
        spellings += [word, f"{word[:1].upper()}{word[1:]}"]
    tests = " or ".join(f"contains({attribute}, '{spelling}')" for spelling in spellings)
    shared = _shared_part(spellings) if len(words) > 1 else ""
    if shared:  # one test first rules out most values: the same selection, faster
        return f"(contains({attribute}, '{shared}') and ({tests}))"
    return f"({tests})"


def _shared_part(spellings: list[str]) -> str:
    """The longest text (of 3 characters or more) that every spelling contains, or ''."""
    shortest = min(spellings, key=len)
    for size in range(len(shortest), 2, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start:start + size]
            if all(part in spelling for spelling in spellings):
                return part
    return ""


def with_class(*words: str) -> str:
    """XPath step (after ``//``) selecting elements whose class contains one of ``words``.

    It walks the class *attributes* and goes up to their element: libxml2 evaluates that
    several times faster than a class predicate on every element.
    """
    return f"@class[{class_has(*words, attribute='.')}]/parent::*"


def with_attribute(name: str, *values: str) -> str:
    """XPath step (after ``//``) selecting elements whose attribute ``name`` is one of ``values``."""
    tests = " or ".join(f". = '{value}'" for value in values)
    return f"@{name}[{tests}]/parent::*"


#: Ancestors that hold teasers of other articles, comments or navigation (checked in
#: Python on the few elements the XPaths return).
RELATED_TAGS = frozenset({"aside", "nav", "footer"})
RELATED_NAMES = re.compile(
    r"related|teaser|recommend|comment|more-from|newsfeed|news-feed|popular|trending|"
    r"most-read|mostread|outbrain|taboola", re.IGNORECASE)


def in_related(element, tags: frozenset = RELATED_TAGS) -> bool:
    """True when the element sits in an aside / nav / footer (``tags``) or a related /
    teaser / comments block (the <body> and <html> classes are not considered)."""
    node = element
    while node is not None and node.tag not in ("body", "html"):
        if node.tag in tags:
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if len(names) > 1 and RELATED_NAMES.search(names):
            return True
        node = node.getparent()
    return False


def outside_related(elements, limit: int | None = None) -> list:
    """The elements that are not in related blocks (at most ``limit``)."""
    kept = []
    for element in elements:
        if not in_related(element):
            kept.append(element)
            if limit is not None and len(kept) >= limit:
                break
    return kept


XP: TypeAlias = lxml.etree.XPath
#: What a heuristic list holds: a precompiled XPath, or a function that selects the same.
Finder: TypeAlias = "XP | Callable[[lxml.etree._Element], list]"

HTML_LANG = XP("/html/@lang | /html/@xml:lang")


def title_elements(tree) -> list:
    """The ``<title>`` elements (lxml's C ``iter(tag)``: several times faster than XPath)."""
    return list(tree.iter("title"))


def h1_elements(tree) -> list:
    """The ``<h1>`` elements, in page order."""
    return list(tree.iter("h1"))


ITEMPROP_HEADLINE = XP(f"//{with_attribute('itemprop', 'headline')}")

#: Where the article container is, tried in order when no body node tells.
SCOPE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemtype-article", XP("//@itemtype[contains(., 'Article') or contains(., 'BlogPosting')]/parent::*"
                            "[not(ancestor::*[contains(@itemtype, 'Article')])]")),
    ("article-with-h1", XP("//article[.//h1]")),
    ("main", XP("//main | //*[@role='main']")),
    ("article", XP("//article")),
)

#: Class words that mark author *furniture* (bio, avatar, ...), not the byline.
_AUTHOR_FURNITURE = class_has("bio", "avatar", "image", "img", "photo", "picture", "desc", "role",
                              "title", "social", "follow", "twitter", "mail", "more", "date",
                              "time", "count", "about", "info", "text", "job", "position")

#: Byline heuristics whose elements are declared authors (microdata, rel=author): their
#: text is trusted like structured data (no capitalisation check).
DECLARED_BYLINES = frozenset({"itemprop-author-name", "itemprop-author", "rel-author"})
#: Byline elements, tried in order inside the article scope (then the whole page).
BYLINE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemprop-author-name",
     XP(f".//{with_attribute('itemprop', 'author', 'creator')}//{with_attribute('itemprop', 'name')}")),
    ("itemprop-author", XP(f".//{with_attribute('itemprop', 'author', 'creator')}")),
    ("rel-author", XP(".//@rel[contains(., 'author')]/parent::a")),
    ("author-name-class", XP(f".//{with_class('authorName', 'author-name', 'author__name', 'contributorName', 'contributor-name', 'byline__name', 'bylineName')}"
                             f"[not(ancestor::*[{class_has('authorName', 'author-name', 'contributorName')}])]")),
    ("byline-class", XP(f".//{with_class('byline')}[not(ancestor::*[{class_has('byline')}])]")),
    ("author-class", XP(f".//{with_class('author')}[not({_AUTHOR_FURNITURE})]"
                        f"[not(ancestor::*[{class_has('author')}])]")),
    ("author-link", XP(".//@href[contains(., '/author/') or contains(., '/authors/') or "
                       "contains(., '/autor/') or contains(., '/autoren/') or "
                       "contains(., '/auteur/') or contains(., '/journalist/') or "
                       "contains(., '/profile/')]/parent::a")),
)
#: A signature closing the story: the last paragraphs, when all their text is bold.
SIGNATURE_PARAGRAPHS = XP("(.//p[normalize-space()][not(.//a)])[position() > last() - 2]"
                          "[normalize-space() = normalize-space(string(b | strong))]")
#: Text nodes near the top of the scope that may open a "By ..." line.
TEXT_NODES = XP(".//text()[normalize-space()]")
#: Text nodes of the scope read when looking for a "By ..." line.
BYLINE_TEXT_NODES = 400
#: The first BYLINE_TEXT_NODES of TEXT_NODES (libxml2 stops there: no list of all of them).
_FIRST_TEXT_NODES = XP(f"(.//text()[normalize-space()])[position() <= {BYLINE_TEXT_NODES}]")

def time_elements(*class_words: str, pubdate: bool = False):
    """A finder like an XPath ``.//time`` (with ``[@pubdate or class_has(class_words)]``
    when given): the ``<time>`` elements under an element, through lxml's C
    ``iterdescendants(tag)``, several times faster than an XPath walk."""
    def has_class(element) -> bool:
        names = element.get("class") or ""
        return any(word in names or f"{word[:1].upper()}{word[1:]}" in names
                   for word in class_words)

    def find(scope) -> list:
        found = scope.iterdescendants("time")
        if not class_words:
            return list(found)
        return [element for element in found
                if (pubdate and element.get("pubdate") is not None) or has_class(element)]
    return find


#: Publication date candidates in markup, tried in order (XPaths or finders like them).
PUBLISHED_XPATHS: tuple[tuple[str, Finder], ...] = (
    ("itemprop-datepublished", XP(f".//{with_attribute('itemprop', 'datePublished')}")),
    ("time-pubdate", time_elements("publish", pubdate=True)),
    ("time", time_elements()),
)
#: Datelines: date-classed text elements, read after every structured source.
DATELINE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("date-class", XP(f".//{with_class('date', 'publish', 'datum', 'fecha')}"
                      "[not(*[not(self::span or self::b or self::strong or self::em or self::small)])]")),
)
MODIFIED_XPATHS: tuple[tuple[str, Finder], ...] = (
    ("itemprop-datemodified", XP(f".//{with_attribute('itemprop', 'dateModified')}")),
    ("time-updated", time_elements("update", "modif")),
)


def text_of(element) -> str:
    """Whitespace-collapsed text content of an element."""
    return collapse(element.text_content()) if hasattr(element, "text_content") else collapse(str(element))


def _needs_space(before: str, after: str) -> bool:
    """True where two text pieces of adjacent elements would run together: a lower-case
    letter or sentence end followed by an upper-case letter ("ртамиФото", "TikTok.Getty")."""
    if not before or not after or before[-1].isspace() or after[0].isspace():
        return False
    return after[0].isupper() and (before[-1].islower() or before[-1] in ".!?:;)»”\"")


def joined_text(element) -> str:
    """Text of an element with a space where adjacent elements' texts would run together."""
    pieces: list[str] = []
    for piece in element.itertext():
        if pieces and _needs_space(pieces[-1], piece):
            pieces.append(" ")
        pieces.append(piece)
    return collapse("".join(pieces))


def canonical(tree) -> str | None:
    """The href of ``<link rel=canonical>``, as written."""
    for link in tree.iter("link"):  # rel=canonical picked in Python: cheaper than XPath
        href = (link.get("href") or "").strip()
        if href and "canonical" in (link.get("rel") or "").lower():
            return href
    return None


def html_language(tree) -> str | None:
    """The ``lang`` attribute of ``<html>``."""
    for value in HTML_LANG(tree):
        if value.strip():
            return value.strip()
    return None


def title(tree) -> str | None:
    """The document ``<title>`` text."""
    for element in title_elements(tree):
        text = text_of(element)
        if text:
            return text
    return None


_SITE_ROOTS = frozenset({"/", "./", "/index.html", "/index.php", "index.html"})
_ROOT_URL = re.compile(r"^(?:https?:)?//[^/?#]+/?$")


def _links_home(element) -> bool:
    href = (element.get("href") or "").strip()
    return href in _SITE_ROOTS or bool(_ROOT_URL.match(href))


def is_masthead_h1(h1) -> bool:
    """True when an h1 is the site's masthead, not a headline: it sits in a link to the home
    page, or all its text is one such link (``<h1><a href="/">Site</a></h1>``). Class
    names are not used: sticky headers named "masthead" carry the article's title too."""
    parent = h1.getparent()
    if parent is not None and parent.tag == "a" and _links_home(parent):
        return True
    links = list(h1.iter("a"))
    return (len(links) == 1 and _links_home(links[0])
            and text_of(links[0]) == text_of(h1))


def headline_candidates(scope, tree) -> list[str]:
    """Texts of the h1 elements (those in the article scope first; a site masthead h1 is
    not one), then itemprop=headline."""
    found: list[str] = []
    if scope is not None:
        found.extend(text_of(h) for h in outside_related(scope.iter("h1"), 6) if not is_masthead_h1(h))
    found.extend(text_of(h) for h in outside_related(h1_elements(tree), 6) if not is_masthead_h1(h))
    found.extend(text_of(h) for h in outside_related(ITEMPROP_HEADLINE(tree), 3) if h.tag != "meta")
    seen, out = set(), []
    for text in found:
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def is_within(element, ancestor) -> bool:
    """True when ``element`` is ``ancestor`` or lies inside it.

    lxml keeps one Python proxy per node while a reference to it lives, so comparing
    identities is exact as long as the caller holds both elements."""
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def article_scope(tree, body_node=None):
    """The element holding the article: around the body node if known, else the first
    matching container of :data:`SCOPE_XPATHS`, else ``<body>``."""
    if body_node is not None:
        h1s = outside_related(h1_elements(tree), 3)
        node = body_node
        for _ in range(8):
            parent = node.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            node = parent
            if node.tag == "article" or any(is_within(h, node) for h in h1s[:3]):
                return node
        return body_node.getparent() if body_node.getparent() is not None else body_node
    for _name, xpath in SCOPE_XPATHS:
        found = xpath(tree)
        if found:
            return found[0]
    body = tree.find("body")
    return body if body is not None else tree


def byline_elements(scope, tree) -> tuple[str, list]:
    """(heuristic name, elements) of the first byline heuristic with hits, scope first."""
    for where in (scope, tree) if scope is not None else (tree,):
        for name, xpath in BYLINE_XPATHS:
            if where is tree and name in ("author-class", "author-link"):
                continue
            found = outside_related(xpath(where), 12)
            if found:
                return name, found
    return "", []


#: The longest line around a byline read for a date.
MAX_BYLINE_LINE_CHARS = 200


def byline_lines(scope, tree, elements: list | None = None) -> list[str]:
    """Texts of the short lines that hold the byline (its element's parent or grandparent,
    up to :data:`MAX_BYLINE_LINE_CHARS`): where many sites print the date beside the
    author ("Do 25.04.24 | 14:07 Uhr | Von Eva K."). ``elements``: the byline elements
    when the caller already has them (else :func:`byline_elements` finds them)."""
    if elements is None:
        _name, elements = byline_elements(scope, tree)
    lines: list[str] = []
    for element in elements[:3]:
        node = element
        for _ in range(2):
            node = node.getparent()
            if node is None or node.tag in ("body", "html", "article", "main"):
                break
            text = node.text_content()
            if len(text) > MAX_BYLINE_LINE_CHARS * 2:
                break
            text = " | ".join(part for part in (collapse(t) for t in text.splitlines()) if part)
            if len(text) <= MAX_BYLINE_LINE_CHARS and text not in lines:
                lines.append(text)
    return lines


def element_value(element) -> str:
    """The value an element states: @content / @datetime / @title of meta-ish elements, else text."""
    for attribute in ("content", "datetime"):
        value = element.get(attribute)
        if value and value.strip():
            return collapse(value)
    return text_of(element)


def date_candidates(scope, xpaths) -> list[tuple[str, str, str]]:
    """(heuristic, attribute value, visible text) of date elements in the scope, in order."""
    found = []
    for name, xpath in xpaths:
        for element in outside_related(xpath(scope), 3):
            attribute = collapse(element.get("datetime") or element.get("content") or "")
            found.append((name, attribute, text_of(element)))
        if found:
            return found
    return found


def short_texts(scope, limit: int = BYLINE_TEXT_NODES) -> list[str]:
    """Texts of the blocks holding the scope's first text nodes (for "By ..." lines):
    each text node's parent text, when short."""
    texts, seen = [], set()
    nodes = _FIRST_TEXT_NODES(scope) if limit == BYLINE_TEXT_NODES else TEXT_NODES(scope)[:limit]
    for node in nodes:
        parent = node.getparent()
        if parent is None or id(parent) in seen:
            continue
        seen.add(id(parent))
        if node.is_tail:
            parent = parent.getparent() if parent.getparent() is not None else parent
        text = text_of(parent)
        if 3 < len(text) < 120:
            texts.append(text)
    return texts


def signature_texts(container) -> list[str]:
    """Texts of the bold-only paragraphs that close a story ("<p><strong>Jane Doe</strong></p>"),
    a byline convention of several publishers."""
    return [text_of(p) for p in SIGNATURE_PARAGRAPHS(container)]
