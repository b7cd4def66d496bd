"""The markup layer: fields read from the visible HTML when structured data is missing.

Every heuristic is a named, precompiled XPath in an ordered list; the first list
entry that yields something wins. The article *scope* (the element holding the
article: headline, byline, figures, body) limits where bylines, dates and figures are
looked for, so related-article teasers and sidebars do not leak into the fields.
"""

from __future__ import annotations

import lxml.etree

from newscrawl.extract.authors import collapse


def _lower(attribute: str) -> str:
    return f"translate({attribute}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


_CLASS = _lower("concat(@class, ' ', @id)")

#: Ancestors that hold teasers of other articles, comments or navigation.
NOT_RELATED = (
    "not(ancestor-or-self::*[not(self::body or self::html)][self::aside or self::nav or self::footer "
    f"or contains({_CLASS}, 'related') or contains({_CLASS}, 'teaser') "
    f"or contains({_CLASS}, 'recommend') or contains({_CLASS}, 'comment') "
    f"or contains({_CLASS}, 'more-from') "
    f"or contains({_CLASS}, 'newsfeed') or contains({_CLASS}, 'news-feed') "
    f"or contains({_CLASS}, 'popular') or contains({_CLASS}, 'trending')])"
)

XP = lxml.etree.XPath

CANONICAL = XP("//link[contains(" + _lower("@rel") + ", 'canonical')]/@href")
HTML_LANG = XP("/html/@lang | /html/@xml:lang")
TITLE = XP("//title")
ARTICLES = XP("//article")
H1S = XP(f"//h1[{NOT_RELATED}]")
ITEMPROP_HEADLINE = XP(f"//*[@itemprop='headline'][{NOT_RELATED}]")

#: Where the article container is, tried in order when no body node tells.
SCOPE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemtype-article", XP("//*[contains(@itemtype, 'Article') or contains(@itemtype, 'BlogPosting')]"
                            "[not(ancestor::*[contains(@itemtype, 'Article')])]")),
    ("article-with-h1", XP("//article[.//h1]")),
    ("main", XP("//main | //*[@role='main']")),
    ("article", XP("//article")),
)

_AUTHOR_CLASS_EXCLUDED = " and ".join(
    f"not(contains({_lower('@class')}, '{word}'))"
    for word in ("bio", "avatar", "image", "img", "photo", "picture", "desc", "role", "title",
                 "social", "follow", "twitter", "mail", "more", "date", "time", "count",
                 "about", "info", "text", "job", "position", "position"))

#: Byline elements, tried in order inside the article scope (then the whole page).
BYLINE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemprop-author-name",
     XP(f".//*[@itemprop='author' or @itemprop='creator']//*[@itemprop='name'][{NOT_RELATED}]")),
    ("itemprop-author", XP(f".//*[@itemprop='author' or @itemprop='creator'][{NOT_RELATED}]")),
    ("rel-author", XP(f".//a[contains(@rel, 'author')][{NOT_RELATED}]")),
    ("byline-class", XP(f".//*[contains({_lower('@class')}, 'byline')]"
                        f"[not(ancestor::*[contains({_lower('@class')}, 'byline')])][{NOT_RELATED}]")),
    ("author-class", XP(f".//*[contains({_lower('@class')}, 'author') and {_AUTHOR_CLASS_EXCLUDED}]"
                        f"[not(ancestor::*[contains({_lower('@class')}, 'author')])][{NOT_RELATED}]")),
    ("author-link", XP(".//a[contains(@href, '/author/') or contains(@href, '/authors/') or "
                       "contains(@href, '/autor/') or contains(@href, '/autoren/') or "
                       "contains(@href, '/auteur/') or contains(@href, '/journalist/') or "
                       f"contains(@href, '/profile/')][{NOT_RELATED}]")),
)
#: Short texts in the scope that may be a "By ..." line (checked with the byline cleaner).
SHORT_TEXTS = XP(f".//*[self::p or self::span or self::div or self::address]"
                 f"[string-length(normalize-space()) > 3 and string-length(normalize-space()) < 120]"
                 f"[not(*[self::p or self::div])][{NOT_RELATED}]")

#: Publication date candidates in markup: (name, XPath, attribute to read or None for text).
PUBLISHED_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemprop-datepublished", XP(f".//*[@itemprop='datePublished'][{NOT_RELATED}]")),
    ("time-pubdate", XP(f".//time[@pubdate or contains({_lower('@class')}, 'publish')][{NOT_RELATED}]")),
    ("time", XP(f".//time[{NOT_RELATED}]")),
    ("date-class", XP(f".//*[contains({_lower('@class')}, 'date') or contains({_lower('@class')}, 'dateline')"
                      f" or contains({_lower('@class')}, 'publish')]"
                      f"[string-length(normalize-space()) < 80][not(*[contains({_lower('@class')}, 'date')])]"
                      f"[{NOT_RELATED}]")),
)
MODIFIED_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemprop-datemodified", XP(f".//*[@itemprop='dateModified'][{NOT_RELATED}]")),
    ("time-updated", XP(f".//time[contains({_lower('@class')}, 'update') or "
                        f"contains({_lower('@class')}, 'modif')][{NOT_RELATED}]")),
)


def text_of(element) -> str:
    """Whitespace-collapsed text content of an element."""
    return collapse(element.text_content()) if hasattr(element, "text_content") else collapse(str(element))


def canonical(tree) -> str | None:
    """The href of ``<link rel=canonical>``, as written."""
    for href in CANONICAL(tree):
        if href.strip():
            return href.strip()
    return None


def html_language(tree) -> str | None:
    """The ``lang`` attribute of ``<html>``."""
    for value in HTML_LANG(tree):
        if value.strip():
            return value.strip()
    return None


def title(tree) -> str | None:
    """The document ``<title>`` text."""
    for element in TITLE(tree):
        text = text_of(element)
        if text:
            return text
    return None


def headline_candidates(scope, tree) -> list[str]:
    """Texts of the h1 elements (those in the article scope first), then itemprop=headline."""
    found: list[str] = []
    if scope is not None:
        found.extend(text_of(h) for h in scope.iter("h1"))
    found.extend(text_of(h) for h in H1S(tree)[:6])
    found.extend(text_of(h) for h in ITEMPROP_HEADLINE(tree)[:3] if h.tag != "meta")
    seen, out = set(), []
    for text in found:
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def _contains(ancestor, element) -> bool:
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
        h1s = H1S(tree)
        node = body_node
        for _ in range(8):
            parent = node.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            node = parent
            if node.tag == "article" or any(_contains(node, h) for h in h1s[:3]):
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
            found = xpath(where)
            if found:
                return name, found
    return "", []


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
        for element in xpath(scope)[:3]:
            attribute = collapse(element.get("datetime") or element.get("content") or "")
            found.append((name, attribute, text_of(element)))
        if found:
            return found
    return found


def short_texts(scope, limit: int = 200) -> list[str]:
    """Short texts of the scope's leaf-ish blocks in document order (for "By ..." lines)."""
    return [text_of(e) for e in SHORT_TEXTS(scope)[:limit]]
