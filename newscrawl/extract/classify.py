"""Article or not: recognise section fronts, tag / author / search pages, galleries,
video pages and live-blog indexes, which the crawl must not write as articles.

Signals, as data, tried in order: the JSON-LD types and ``og:type`` the page declares,
the shape of its URL, and what the extractor found (how much body text, how many
teaser blocks). The decision comes with a reason, which the spiders count in the
crawl stats (``newscrawl/pages/non_article/<reason>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.etree

#: JSON-LD types that say "this page is one article".
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
    "askpublicnewsarticle", "blogposting", "socialmediaposting", "report",
    "scholarlyarticle", "techarticle", "satiricalarticle", "liveblogposting",
})
#: JSON-LD types that say "this page is a listing, a profile or a media page".
NON_ARTICLE_TYPES = frozenset({
    "collectionpage", "profilepage", "searchresultspage", "itemlist", "imagegallery",
    "mediagallery", "videogallery", "aboutpage", "contactpage",
})
#: og:type values that rule a page out (anything but 'article' and unset).
NON_ARTICLE_OG_TYPES = re.compile(r"^(website|profile|video(\.\w+)?|music\.\w+|book|product)$")

#: URL path shapes of non-article pages, each with the reason it gives.
URL_SHAPES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (name, re.compile(pattern, re.I)) for name, pattern in (
        ("front", r"^/?(index\.(html?|php))?$"),
        ("tag", r"/(tags?|topics?|themen|thema|schlagworte?|etiquetas?|temas?|sujets?)(/|$)"),
        ("author", r"/(authors?|autor(en)?|auteurs?|journalists?|profiles?|people|contributors?)(/|$)"),
        ("section", r"/(category|categories|section|sections|rubrik|ressort|kategorie)(/|$)"),
        ("search", r"/(search|suche|recherche|buscar)(/|$)"),
        ("pagination", r"/page/\d+/?$"),
        ("gallery", r"/(galleries|gallery|photos|fotos|bildergalerie|slideshow)(/|$)"),
        ("video", r"/(videos?|watch|tv)(/|$)"),
        ("feed", r"\.(xml|rss|atom)$|/(feed|rss)/?$"),
    )
)
#: Fewer body words than this, with no structured article signal, is not an article...
MIN_ARTICLE_WORDS = 80
#: ...unless the body has this many characters (unspaced scripts - Chinese, Japanese,
#: Thai - give few \w+ "words" for a long text).
MIN_ARTICLE_CHARS = 400
#: This many teaser blocks with no structured signal make a listing page.
LISTING_TEASERS = 4

_TEASERS = lxml.etree.XPath("count(//article)")


@dataclass(slots=True, frozen=True)
class Verdict:
    """Whether a page is an article, and the reason (for stats and logs)."""

    is_article: bool
    reason: str
    #: Not an article, and the page looks like an app shell a browser would fill.
    app_shell: bool = False


def declared_types(page) -> set[str]:
    """Lower-cased JSON-LD ``@type`` values the page declares (from the page context's
    already parsed JSON-LD nodes)."""
    from newscrawl.extract.jsonld import types_of

    return {t for node in page.jsonld_nodes for t in types_of(node)}


def og_type(page) -> str | None:
    """The page's og:type, lower-case, or None (from the context's meta tags)."""
    values = page.meta.get("og:type")
    return values[0].strip().lower() if values else None


def url_shape(url: str) -> str | None:
    """The name of the non-article URL shape the URL matches, or None."""
    path = urlsplit(url).path
    for name, pattern in URL_SHAPES:
        if pattern.search(path):
            return name
    return None


#: ids of the elements JavaScript frameworks mount their app into.
MOUNT_IDS = frozenset({"root", "app", "__next", "__nuxt", "___gatsby", "svelte", "app-root",
                       "main-app", "react-root", "application"})
#: Visible characters (outside scripts and styles) below which a page with scripts is a shell.
SHELL_MAX_CHARS = 1500
_VISIBLE_TEXT = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
    "or ancestor::template)]")
_MOUNTED = lxml.etree.XPath("//*[@data-reactroot or @ng-version or @data-v-app or "
                            "@data-server-rendered]")


def looks_like_app_shell(page) -> bool:
    """Whether a page (a PageContext) looks like a JavaScript app's shell: it has
    scripts, little visible text, and an element an app mounts into (or a
    ``<noscript>`` asking for JavaScript)."""
    tree = page.tree
    scripts = list(tree.iter("script"))
    if not scripts:
        return False
    visible = sum(len(text.strip()) for text in _VISIBLE_TEXT(tree))
    if visible > SHELL_MAX_CHARS:
        return False
    if any((element.get("id") or "").lower() in MOUNT_IDS for element in tree.iter("div", "main", "section", "body", "app-root")):
        return True
    if _MOUNTED(tree):
        return True
    return any("javascript" in (element.text_content() or "").lower()
               for element in tree.iter("noscript"))


def classify(url: str, page, word_count: int | None, body_chars: int = 0) -> Verdict:
    """Decide whether a fetched page (a PageContext, parsed once for extraction) is an
    article (see the module docs for the order)."""
    types = declared_types(page)
    has_article_type = bool(types & ARTICLE_TYPES)
    og = og_type(page)
    if not has_article_type and types & NON_ARTICLE_TYPES:
        return Verdict(False, "jsonld-" + sorted(types & NON_ARTICLE_TYPES)[0])
    if "liveblogposting" in types and url_shape(url) in ("front", "section"):
        return Verdict(False, "liveblog-index")
    shape = url_shape(url)
    if shape and not has_article_type:
        return Verdict(False, "url-" + shape)
    if og and NON_ARTICLE_OG_TYPES.match(og) and not has_article_type:
        return Verdict(False, "og-" + og.partition(".")[0])
    words = word_count or 0
    if (words < MIN_ARTICLE_WORDS and body_chars < MIN_ARTICLE_CHARS
            and not (has_article_type and words > 0)):
        return Verdict(False, "thin", app_shell=looks_like_app_shell(page))
    if not has_article_type and og != "article" and _TEASERS(page.tree) >= LISTING_TEASERS:
        return Verdict(False, "listing")
    signal = "jsonld" if has_article_type else ("og" if og == "article" else "text")
    return Verdict(True, signal)
