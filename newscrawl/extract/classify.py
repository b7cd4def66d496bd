"""Article or not: recognise section fronts, tag / author / search pages, galleries,
video pages and live-blog indexes, which the crawl must not write as articles.

The decision weighs signals; none of the weak ones decides alone. Each signal the page
shows adds its weight (:data:`WEIGHTS`, positive for "article", negative for "not an
article") to a score, and the page is an article when the score is at least
:data:`THRESHOLD`. The signals: the JSON-LD types and ``og:type`` the page declares,
the shape of its URL (a home or index path, a tag / author / section word, or the
date, long number or many-word slug of an article address), what the extractor found
(how much body text, a publication date, a byline, a page-not-found headline), whether a
thin page is a JavaScript app's shell (:func:`looks_like_app_shell`: a weak signal;
:attr:`Verdict.app_shell` tells the crawl a browser may build the page), how
many teaser blocks and links surround little text, and whether a news sitemap or feed
listed the page. A crawl starts from article candidates, so a page showing nothing
either way (an empty body on a page with no other signal) is kept: a failed extraction
is not a refusal.

The :class:`Verdict` keeps the score, the signals seen and a reason: the strongest
signal against for a refusal (``url-front``, ``jsonld-collectionpage``, ``listing``,
``thin``...), the strongest for an article (``jsonld``, ``og``, ``listed``, ``body``...);
the spiders count it in the crawl stats (``newscrawl/pages/non_article/<reason>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

import lxml.etree

#: JSON-LD types that say "this page is one article".
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
    "askpublicnewsarticle", "blogposting", "socialmediaposting", "report",
    "scholarlyarticle", "medicalscholarlyarticle", "techarticle", "satiricalarticle",
    "liveblogposting",
})
#: JSON-LD types that say "this page is a listing, a profile or a media page".
NON_ARTICLE_TYPES = frozenset({
    "collectionpage", "profilepage", "searchresultspage", "itemlist", "imagegallery",
    "mediagallery", "videogallery", "aboutpage", "contactpage",
})
#: og:type values that speak against an article (anything but 'article' and unset).
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
        ("index", r"/index\.(html?|php|jsp|aspx?|ssf)$"),
    )
)
#: Query parameters that page through a listing (``?page=3``, WordPress ``?paged=2``;
#: ``page=1`` is the first page of whatever the URL addresses, often an article).
PAGINATION_PARAMETERS = frozenset({"page", "paged", "pg", "seite", "pagina", "start", "offset"})

#: Addresses of single articles: a date in the path (/2025/02/27/, 20250227), a long
#: number (an article id), or a slug of four words or more.
_URL_DATE = re.compile(r"/(19|20)\d\d/(0?[1-9]|1[0-2])/|(?<!\d)(19|20)\d\d[-_/]?(0[1-9]|1[0-2])"
                       r"[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_ID = re.compile(r"\d{6,}")
_URL_SLUG = re.compile(r"\w+[-_+]\w+[-_+]\w+[-_+]\w+")

#: Headlines of error pages served with status 200 (a convention of many sites).
ERROR_HEADLINE = re.compile(
    r"^\W*(error\W*)?(404|page not found|not found|seite nicht gefunden|page introuvable|"
    r"p[áa]gina no encontrada|pagina non trovata|nie znaleziono strony)\b", re.I)

#: Body words from which the body is article-shaped, each with its weight's name.
BODY_WORDS = ((300, "body-long"), (150, "body"), (80, "body-short"))
#: Fewer body words than the last of BODY_WORDS is a thin body, unless the body has
#: this many characters (unspaced scripts - Chinese, Japanese, Thai - give few \w+
#: "words" for a long text).
MIN_ARTICLE_CHARS = 400
#: Kept for callers of 0.1: fewer words than this is a thin body.
MIN_ARTICLE_WORDS = BODY_WORDS[-1][0]
#: Teaser blocks (``<article>`` elements) from which a page looks like a listing, and
#: from which it is a listing for sure; either only counts when the teasers are many
#: for the body's length (fewer than TEASER_WORDS body words per teaser).
LISTING_TEASERS = 4
MANY_TEASERS = 10
TEASER_WORDS = 20
#: Links from which a page with a short body (fewer than BODY_WORDS[1] words) is a hub.
HUB_LINKS = 150

#: Date layers that say nothing of the page's kind: a day in its URL, a date printed in
#: its text (a section front prints its teasers' dates), a date in its scripts' data, a
#: listing's date.
LAST_RESORT_DATES = frozenset({"url", "text", "script", "listing"})

#: The weight of each signal: positive for "article", negative for "not an article".
WEIGHTS = {
    # what the page declares
    "jsonld": 2.0,              # a JSON-LD article type
    "jsonld-list": -3.5,        # a JSON-LD listing / profile / gallery type, no article type
    "og": 1.5,                  # og:type article
    "og-other": -1.0,           # og:type website, video, profile...
    # the URL
    "url-front": -4.0,          # the site's home page (or a bare index path)
    "url-hub": -2.5,            # a tag / author / section... word as the last part of the path
    "url-word": -1.0,           # such a word earlier in the path
    "url-article": 1.0,         # a date, a long id or a many-word slug
    # what the extractor found
    "body-long": 3.0,
    "body": 2.0,
    "body-short": 1.0,
    "thin": -0.5,               # a short body (or none: a failed extraction is no refusal)
    "date": 1.0,                # a publication date
    "byline": 0.5,              # named authors
    "error": -4.0,              # a page-not-found headline
    "app-shell": -1.0,          # a thin body in a JavaScript app's shell: the article is
                                # not in this HTML yet (a browser would build it). Weak on
                                # purpose: a shell whose structured data says "article" is
                                # kept, bodiless; one with only an article-like URL is not
    # the page around the text
    "teasers": -1.0,            # LISTING_TEASERS or more teasers for a short body
    "listing": -2.0,            # MANY_TEASERS or more teasers for a short body
    "listing-only": -2.5,       # such a listing around a thin body: teasers and no text
    "hub-links": -1.0,          # many links around a short body
    # how the crawl found it
    "listed": 2.0,              # listed by a (news) sitemap or feed
}
#: A page scoring at least this is an article.
THRESHOLD = 0.0

_TEASERS = lxml.etree.XPath("count(//article)")
_LINKS = lxml.etree.XPath("count(//a[@href])")


@dataclass(slots=True, frozen=True)
class Verdict:
    """Whether a page is an article, the reason (for stats and logs), the score and
    the signals that made it."""

    is_article: bool
    reason: str
    score: float = 0.0
    signals: tuple[str, ...] = field(default=(), compare=False)
    #: The page is thin and looks like an app shell a browser would fill (article or not).
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
    """The name of the non-article URL shape the URL matches, or None. A home path
    with a query is the home page only when the query pages through it (or is empty of
    anything else); ``?page=N`` anywhere is pagination."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    keys = {key.lower() for key, _ in query}
    if any(key.lower() in PAGINATION_PARAMETERS and value.isdigit() and int(value) > 1
           for key, value in query):
        return "pagination"
    for name, pattern in URL_SHAPES:
        if pattern.search(parts.path):
            if name == "front" and keys:
                return None  # /?p=5031, /index.php?id=12: an article addressed by query
            if name == "index" and keys:
                return None
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


def url_shape_is_terminal(url: str, shape: str | None) -> bool:
    """Whether the shape's word ends the path (``/tag/ukraine/``, at most one part after
    it) rather than sitting early in an article's address (``/themen/detail/x/y.html``)."""
    if shape is None:
        return False
    if shape in ("front", "pagination", "feed", "index"):
        return True
    path = urlsplit(url).path
    pattern = dict(URL_SHAPES)[shape]
    match = None
    for match in pattern.finditer(path):
        pass
    if match is None:
        return False
    rest = [part for part in path[match.end():].split("/") if part]
    return len(rest) <= 1


def looks_like_article_url(url: str) -> bool:
    """A date, a long number or a slug of four or more words in the URL's path or query."""
    parts = urlsplit(url)
    address = parts.path + ("?" + parts.query if parts.query else "")
    return bool(_URL_DATE.search(address) or _URL_ID.search(address)
                or _URL_SLUG.search(parts.path))


def page_signals(url: str, page, word_count: int | None, body_chars: int = 0, *,
                 article=None, listed: bool = False) -> list[str]:
    """The names of the :data:`WEIGHTS` signals a page shows."""
    signals = []
    types = declared_types(page)
    has_article_type = bool(types & ARTICLE_TYPES)
    if has_article_type:
        signals.append("jsonld")
    elif types & NON_ARTICLE_TYPES:
        signals.append("jsonld-list")
    og = og_type(page)
    if og == "article":
        signals.append("og")
    elif og and NON_ARTICLE_OG_TYPES.match(og):
        signals.append("og-other")
    shape = url_shape(url)
    if shape == "front":
        signals.append("url-front")
    elif shape:
        signals.append("url-hub" if url_shape_is_terminal(url, shape) else "url-word")
    if shape != "front" and looks_like_article_url(url):
        signals.append("url-article")
    words = word_count or 0
    for minimum, name in BODY_WORDS:
        if words >= minimum:
            signals.append(name)
            break
    else:
        signals.append("body-short" if body_chars >= MIN_ARTICLE_CHARS else "thin")
        if signals[-1] == "thin" and looks_like_app_shell(page):
            signals.append("app-shell")
    if article is not None:
        if (article.published_at is not None or article.published_raw) \
                and article.sources.get("published_at") not in LAST_RESORT_DATES:
            signals.append("date")
        if article.authors:
            signals.append("byline")
        if article.headline and ERROR_HEADLINE.match(article.headline):
            signals.append("error")
    short = words < BODY_WORDS[1][0] and body_chars < 2 * MIN_ARTICLE_CHARS
    teasers = _TEASERS(page.tree)
    many_links = short and _LINKS(page.tree) >= HUB_LINKS
    if teasers * TEASER_WORDS > words and teasers >= MANY_TEASERS:
        signals.append("listing")
    elif teasers * TEASER_WORDS > words and teasers >= LISTING_TEASERS:
        # teasers and many links say the same thing (a short text among links): once
        signals.append("listing" if many_links else "teasers")
    elif many_links:
        signals.append("hub-links")
    if "listing" in signals and "thin" in signals:
        signals[signals.index("listing")] = "listing-only"
    if listed:
        signals.append("listed")
    return signals


def _reason(signals: list[str], is_article: bool) -> str:
    """The strongest signal on the winning side, named for the stats."""
    side = [s for s in signals if (WEIGHTS[s] > 0) == is_article]
    if not side:
        return "text" if is_article else "thin"
    strongest = max(side, key=lambda s: abs(WEIGHTS[s]))
    return {"body-long": "body", "body-short": "body", "listing-only": "listing",
            "app-shell": "thin"}.get(strongest, strongest)


def weigh(signals: list[str]) -> Verdict:
    """The verdict of a set of signals: their summed weight against THRESHOLD."""
    score = round(sum(WEIGHTS[s] for s in signals), 2)
    is_article = score >= THRESHOLD
    return Verdict(is_article, _reason(signals, is_article), score, tuple(signals))


def classify(url: str, page, word_count: int | None, body_chars: int = 0, *,
             article=None, listed: bool = False) -> Verdict:
    """Decide whether a fetched page (a PageContext, parsed once for extraction) is an
    article, from its signals (see the module docs). ``article`` (the extracted
    Article) adds the date, byline and error-page signals; ``listed`` says a sitemap or
    feed listed the page."""
    types = declared_types(page)
    if "liveblogposting" in types and url_shape(url) in ("front", "section"):
        return Verdict(False, "liveblog-index", -10.0, ("liveblog-index",))
    verdict = weigh(page_signals(url, page, word_count, body_chars, article=article,
                                 listed=listed))
    if not verdict.is_article:
        reason = verdict.reason
        if reason == "jsonld-list":
            reason = "jsonld-" + sorted(types & NON_ARTICLE_TYPES)[0]
        elif reason in ("og-other", "url-hub", "url-word"):
            reason = ("og-" + (og_type(page) or "").partition(".")[0] if reason == "og-other"
                      else "url-" + (url_shape(url) or "word"))
        return Verdict(False, reason, verdict.score, verdict.signals,
                       app_shell="app-shell" in verdict.signals)
    return Verdict(True, verdict.reason, verdict.score, verdict.signals,
                   app_shell="app-shell" in verdict.signals)


def classify_article(article, page, *, listed: bool = False) -> Verdict:
    """The verdict on an extracted Article and its page context (the crawl's and the
    evaluation's one way of asking)."""
    return classify(article.url, page, article.word_count, len(article.body or ""),
                    article=article, listed=listed)
