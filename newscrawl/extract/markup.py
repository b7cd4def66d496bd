"""The markup layer: fields read from the visible HTML when structured data is missing.

Every heuristic is a named, precompiled XPath (or a function selecting the same
elements, where lxml's C iteration is faster) in an ordered list; the first list
entry that yields something wins. The article *scope* (the element holding the
article: headline, byline, figures, body) limits where bylines, dates and figures are
looked for, so related-article teasers and sidebars do not leak into the fields.
"""

from __future__ import annotations

import html as htmllib
import itertools
import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator, TypeAlias
from urllib.parse import urljoin, urlsplit

import lxml.etree

from newscrawl.extract import authors
from newscrawl.text import WORD, collapse, fold, without_accents
from newscrawl.urls import domain_of


def class_has(*words: str, attribute: str = "@class") -> str:
    """XPath test: the class contains one of ``words`` (lower-case or Capitalised; cheaper
    than translate() on every element)."""
    spellings = []
    for word in words:
        spellings += [word, f"{word[:1].upper()}{word[1:]}"]
    tests = " or ".join(_word_test(word, attribute) for word in words)
    shared = _shared_part(spellings) if len(words) > 1 else ""
    if shared:  # one test first rules out most values: the same selection, faster
        return f"(contains({attribute}, '{shared}') and ({tests}))"
    return f"({tests})"


def _word_test(word: str, attribute: str) -> str:
    """XPath test: the value contains ``word`` lower-case or Capitalised. Both spellings
    hold the word without its first letter: searched first, it rules out most values with
    one test instead of two (the same selection)."""
    spellings = " or ".join(f"contains({attribute}, '{spelling}')"
                            for spelling in dict.fromkeys((word, f"{word[:1].upper()}{word[1:]}")))
    rest = word[1:]
    if len(rest) >= 3:
        return f"(contains({attribute}, '{rest}') and ({spellings}))"
    return spellings


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
    """XPath step (after ``//`` or :data:`WITHIN`) selecting elements whose class contains one of ``words``.

    It walks the class *attributes* and goes up to their element: libxml2 evaluates that
    several times faster than a class predicate on every element.
    """
    return f"@class[{class_has(*words, attribute='.')}]/parent::*"


def with_attribute(name: str, *values: str) -> str:
    """XPath step (after ``//`` or :data:`WITHIN`) selecting elements whose attribute ``name`` is one of ``values``."""
    tests = " or ".join(f". = '{value}'" for value in values)
    return f"@{name}[{tests}]/parent::*"


#: The prefix of a selection by attribute among an element and every element within it
#: (``./descendant-or-self::*/@class[...]/parent::*``). It selects what ``.//@class[...]``
#: selects; libxml2 evaluates ``//`` before a step with a predicate as a step under every
#: node of the subtree (``descendant-or-self::node()/...``), text nodes included, and the
#: named form as one walk of the elements: the same nodes, found faster.
WITHIN = "./descendant-or-self::*/"


#: Ancestors that hold teasers of other articles, comments or navigation (checked in
#: Python on the few elements the XPaths return).
RELATED_TAGS = frozenset({"aside", "nav", "footer"})
#: Class or id words of a block of other stories: a related-stories box, a teaser,
#: recommendations, a most-read or trending list, the recommendation widgets (Outbrain,
#: Taboola). :data:`OTHER_STORIES_NAMES` reads them alone (the page's printed dates);
#: :data:`RELATED_NAMES` adds the comments and the news feeds. SPIP's readers' thread is
#: comments too: its distributed templates print a ``<ul class="forum">`` of
#: ``<li class="forum-fil">`` each holding a ``<div class="forum-message">``, the poster
#: in an hCard marked ``author`` as the article's writer is ("forum" alone names forum
#: software's own posts and a site's forum links).
OTHER_STORIES_WORDS = ("related", "teaser", "recommend", "more-from", "popular", "trending",
                       "most-read", "mostread", "outbrain", "taboola")
OTHER_STORIES_NAMES = re.compile("|".join(OTHER_STORIES_WORDS), re.IGNORECASE)
#: "Commentary" and "commentator" are no comments: an opinion piece's own markup names
#: them (WordPress's ``post_class`` prints the post's terms, ``category-commentary``, on the
#: ``<article>`` itself), as the body's boilerplate words leave them (``COMPOUND_EXCEPTIONS``).
RELATED_NAMES = re.compile("|".join(OTHER_STORIES_WORDS + ("comment(?!ar(?:y|ies)|ators?)", "newsfeed",
                                                           "news-feed", "forum-fil", "forum-message")),
                           re.IGNORECASE)
#: Distinct class / id values whose :data:`RELATED_NAMES` reading is remembered.
MAX_REMEMBERED_NAMES = 8192


@lru_cache(maxsize=MAX_REMEMBERED_NAMES)
def names_related(names: str) -> bool:
    """True when a class or id value names a related / teaser / comments block; read once
    per distinct value (the ancestors of a page's images and bylines, and the pages of a
    site, repeat their class values)."""
    return RELATED_NAMES.search(names) is not None


#: The elements that open a section of their own in HTML ("sectioning content"): a
#: ``<footer>``'s nearest one is what the footer closes.
SECTIONING_TAGS = frozenset({"article", "section", "aside", "nav"})


def closes_article(footer) -> bool:
    """True when a ``<footer>`` is the footer of an ``<article>``: its nearest sectioning
    ancestor is one. The HTML standard's footer of a section holds that section's facts
    (who wrote it, when, its copyright): an article's footer states the article's dates,
    the page's footer the site's links."""
    for ancestor in footer.iterancestors(*SECTIONING_TAGS):
        return ancestor.tag == "article"
    return False


def in_related(element, tags: frozenset = RELATED_TAGS, article_footer: bool = False,
               memo: dict | None = None, article_aside: bool = False) -> bool:
    """True when the element sits in an aside / nav / footer (``tags``) or a related /
    teaser / comments block (the <body> and <html> classes are not considered).
    ``article_footer``: an article's own footer (:func:`closes_article`) is none.
    ``article_aside``: an article's own aside (:func:`closes_article` read for the aside:
    its nearest sectioning ancestor is an ``<article>``) is none, as the HTML standard
    defines an aside inside an article as content related to that article itself (the
    meta strip of a theme that prints the byline and the date in one, beside the story);
    an aside named as a related / teaser block stays related.

    ``memo``: a dict a caller asking about many elements of one page (with the same
    ``tags`` and ``article_footer``) keeps for all of them: it remembers the answer of
    every element the walk up has passed, so a later walk stops where it meets one (the
    images of one story share their upper ancestors). The dict holds those elements."""
    node = element  # (class and id are read apart: no name matches across a space)
    passed: list = []
    answer = False
    while node is not None:
        if memo is not None:
            known = memo.get(node)
            if known is not None:
                answer = known
                break
            passed.append(node)
        tag = node.tag
        if tag == "body" or tag == "html":
            break
        if tag in tags and not (article_footer and tag == "footer" and closes_article(node)) \
                and not (article_aside and tag == "aside" and closes_article(node)):
            answer = True
            break
        get = node.get
        names = get("class")
        if names and names_related(names):
            answer = True
            break
        names = get("id")
        if names and names_related(names):
            answer = True
            break
        node = node.getparent()
    if memo is not None:
        for node in passed:
            memo[node] = answer
    return answer


def outside_related(elements, limit: int | None = None, article_footer: bool = False,
                    memo: dict | None = None, article_aside: bool = False) -> list:
    """The elements that are not in related blocks (at most ``limit``; ``article_footer``,
    ``article_aside`` and ``memo``: as :func:`in_related`; without a memo the call keeps
    one of its own)."""
    kept = []
    if memo is None:
        memo = {}
    for element in elements:
        if not in_related(element, article_footer=article_footer, memo=memo, article_aside=article_aside):
            kept.append(element)
            if limit is not None and len(kept) >= limit:
                break
    return kept


XP: TypeAlias = lxml.etree.XPath
#: What a heuristic list holds: a precompiled XPath, or a function that selects the same.
Finder: TypeAlias = "XP | Callable[[lxml.etree._Element], list]"

#: ``lang`` of ``<html>``; XHTML pages write ``xml:lang``, which the HTML parser keeps as
#: an attribute of that literal name.
#: The attributes of ``<html>`` that name the page's language: HTML's ``lang`` and XHTML's
#: ``xml:lang`` (as the HTML parser keeps it, and in the XML namespace).
HTML_LANGUAGE_ATTRIBUTES = frozenset({"lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang"})


def title_elements(tree) -> list:
    """The ``<title>`` elements (lxml's C ``iter(tag)``: several times faster than XPath)."""
    return list(tree.iter("title"))


#: The characters XPath's normalize-space() removes (no-break spaces stay text): a text
#: node blank in these is no text node to ``text()[normalize-space()]``.
XPATH_SPACE = " \t\r\n"


def h1_elements(tree) -> list:
    """The ``<h1>`` elements, in page order."""
    return list(tree.iter("h1"))


#: (Whole-page selections by attribute start ``/descendant::*/``: from the document node
#: the elements ``//@name`` and ``/descendant-or-self::*/@name`` read, walked faster.)
ITEMPROP_HEADLINE = XP(f"/descendant::*/{with_attribute('itemprop', 'headline')}")
#: Whether any element of the page has an ``itemprop`` attribute (microdata).
_ANY_ITEMPROP = XP("boolean(/descendant::*/@itemprop)")
#: The heuristics that select elements by their ``itemprop`` (besides
#: :data:`ITEMPROP_HEADLINE`): on a page without microdata they find nothing.
MICRODATA_HEURISTICS = frozenset({"itemprop-author-name", "itemprop-author",
                                  "itemprop-datepublished", "itemprop-datemodified"})


def has_microdata(tree) -> bool:
    """True when an element of the page has an ``itemprop`` attribute. One walk of the
    tree tells; on a page without one (most pages without structured data) the walks of
    :data:`ITEMPROP_HEADLINE` and :data:`MICRODATA_HEURISTICS`, in the article scope and
    in the page, are spared (the functions that run them take ``microdata=False``)."""
    return bool(_ANY_ITEMPROP(tree))

#: Where the article container is, tried in order when no body node tells.
SCOPE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("itemtype-article", XP("/descendant::*/@itemtype[contains(., 'Article') or contains(., 'BlogPosting')]/parent::*"
                            "[not(ancestor::*[contains(@itemtype, 'Article')])]")),
    ("article-with-h1", XP("/descendant::article[descendant::h1]")),
    ("main", XP("//main | //*[@role='main']")),
    ("article", XP("//article")),
)

#: Class words that mark author *furniture* (bio, avatar, ...), not the byline.
AUTHOR_FURNITURE_WORDS = ("avatar", "image", "img", "photo", "picture", "desc", "role",
                          "title", "social", "follow", "twitter", "mail", "more", "date",
                          "time", "count", "about", "job", "position")
_AUTHOR_FURNITURE = class_has(*AUTHOR_FURNITURE_WORDS)

#: "autor" / "auteur" / "szerzo" / "firma" as a word of a class name ("entry-autor",
#: "article_auteur", "autorenzeile", "cikk-szerzo", "firma"), not inside another word
#: ("autoradio", "autorelated", "lesauteurs", "szerzodes": a contract, "firmante").
_AUTOR_WORD = re.compile(r"(?<![a-z])(?:(?:autor|auteur)(?:e?s|in|en|innen|enzeile)?|szerz[oő]k?|firma)(?![a-z])",
                         re.IGNORECASE)
#: A path segment of an author's page in a link: "/author/", "/authors/", "/autor/",
#: "/autoren/", "/autores/", "/autori/", "/autorzy/", "/auteur/", "/auteurs/",
#: "/journalist/", "/profile/", "/contributors/", "/columnists/", "/writers/"; with a slug
#: after it (the bare word is the index of all of them, a menu's link): "/profiles/<name>"
#: (the plural, as several development sites file their writers), its Spanish and
#: Portuguese "/perfil/<name>", and the German feminine and inclusive forms of "autor"
#: ("/autorin/", "/autorinnen/", "/autorInnen/", the spellings the by-words know).
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|es|i|zy)?|auteurs?|journalist|profile|contributors|columnists|writers)/"
    r"|/(?:profiles|perfil|autor(?:in|innen|Innen))/(?=[^/?#\s])")


#: A person's page where a CMS files people under a shared word with one slug after it
#: and nothing more: "/staff/<name>", Drupal's "/user/<id>" and "/users/<name>",
#: "/redakteur/<name>", "/redaktion/<name>" (the German press files each editor's page
#: under its newsroom's word), "/journalists/<name>", "/reporter/<name>"; not the login,
#: registration and account pages under the same words, nor a section's subpage
#: ("/staff/jobs/more", "/staff/jobs": a person's slug holds a hyphen, an underscore or a
#: point between two names, or is a number). Not "/people/<name>": Arc XP's author pages,
#: but also the topic pages of the people a story is about.
_PERSON_PATH = re.compile(
    r"/(?:staff|users?|redakteur(?:in|e)?|redaktion|journalists|reporters?)/"
    r"(?!(?:login|logout|log-in|log-out|register|registration|password|account|signin|signout|"
    r"signup|sign[_-](?:in|out|up)|me|edit)(?:[/?#]|$))(?:[\w%]+[-_.][\w.%-]+|\d+)/?(?:[?#]|$)",
    re.IGNORECASE)


def author_links(scope) -> list:
    """The links (``<a>``, the scope included) whose href holds an author page's path
    segment (:data:`_AUTHOR_PATH`), ends in a person's page (:data:`_PERSON_PATH`) or
    mails the person it names (:func:`_mails_named`), in page order: for the path
    segments, what the XPath
    ``.//@href[contains(., '/author/') or ...]/parent::a`` selects, read through lxml's C
    ``iter("a")`` and one regex search per link, several times faster than fourteen
    ``contains()`` on every href."""
    found = []
    for link in scope.iter("a"):
        href = link.get("href")
        if href and is_author_href(link, href):
            found.append(link)
    return found


def is_author_href(link, href: str) -> bool:
    """True when a link's ``href`` is an author's page (:data:`_AUTHOR_PATH`,
    :data:`_PERSON_PATH`) or the mail address of the name it prints (:func:`_mails_named`)."""
    return bool(_AUTHOR_PATH.search(href) or _PERSON_PATH.search(href)
                or href.startswith(_MAIL_SCHEME) and _mails_named(link, href))


#: The last segment of a link's path (a closing slash aside) and the numeric id some
#: forum engines append to a member's slug ("tidewatcher.42", "jdoe-1234").
_LAST_SLUG = re.compile(r"([^/?#]+)/?$")
_SLUG_ID = re.compile(r"[._-]\d+$")
#: The fewest letters or digits of a slug read as a handle's (compared on :func:`fold`).
MIN_HANDLE_SLUG_CHARS = 3


def archive_handle(element) -> str | None:
    """The handle a link to an author's page prints as its whole text when the page's
    slug spells that very text (:func:`is_author_href`; ``element`` the link or an element
    holding that one link and no other text): the account's display name, a login or a
    pen name written as the writer chose ("telebasel", "fri.juli", "admin"), that a blog
    engine files the writer's archive under. WordPress builds the author archive's
    permalink as ``/author/<user_nicename>/``, the nicename being the login made safe for
    a URL (``sanitize_title`` of ``user_login``), and prints the display name, which
    defaults to the login, as the link's text; other engines file a member's page under
    the name the same way. Such a text is the writer's name as the site gives it, whatever
    its capitals. None for a text of several words (a person's name, read as such), a
    link to a page whose slug spells something else, or no such link."""
    text = text_of(element)
    if not text or any(ch.isspace() for ch in text):
        return None
    link = element if element.tag == "a" else None
    if link is None:
        links = list(element.iter("a"))
        if len(links) != 1 or text_of(links[0]) != text:
            return None
        link = links[0]
    href = link.get("href") or ""
    if not is_author_href(link, href):
        return None
    path = urlsplit(href).path or ""
    match = _LAST_SLUG.search(path)
    if match is None or not (_AUTHOR_PATH.search(path[:match.start(1)]) or _PERSON_PATH.search(path)):
        return None  # (the archive word itself closing the path: the index of all writers, a menu's link)
    slug = fold(_SLUG_ID.sub("", match.group(1)))  # (letters and digits, case aside)
    if len(slug) < MIN_HANDLE_SLUG_CHARS or slug not in fold(text):
        return None
    return text


#: The tags forum engines print a thread's posts in, one element per post carrying its
#: poster's name in ``data-author``: XenForo 2's ``post_macros`` template prints
#: ``<article class="message message--post" data-author="{username}"
#: data-content="post-{post_id}">``, XenForo 1's ``message`` template an ``<li
#: id="post-{post_id}" class="message" data-author="{username}">``.
FORUM_POST_TAGS = ("article", "li")
#: The prefix of a post's ``data-content`` or ``id`` in those templates.
FORUM_POST_PREFIX = "post-"
#: phpBB's post as its default style (prosilver, ``viewtopic_body.html``) prints it: a
#: ``<div id="p{POST_ID}" class="post ...">`` whose ``<p class="author">`` line names the
#: poster as ``get_username_string('full')`` writes a member's name: a link of class
#: ``username`` (``username-coloured`` for a member of a coloured group) to the member's
#: profile (``memberlist.php?mode=viewprofile``).
_PHPBB_POST_ID = re.compile(r"p\d+")
PHPBB_USERNAME_CLASSES = frozenset({"username", "username-coloured"})


def _phpbb_poster(post) -> str | None:
    """The poster a phpBB post's author line names (:data:`PHPBB_USERNAME_CLASSES`), or None."""
    for line in post.iter("p"):
        if "author" not in (line.get("class") or "").split():
            continue
        for link in line.iter("a"):
            if PHPBB_USERNAME_CLASSES & set((link.get("class") or "").split()):
                return text_of(link) or None
        return None
    return None


#: Discourse's topic page as it serves it without JavaScript (the crawler view,
#: ``app/views/topics/show.html.erb``): each post a ``<div id='post_{post_number}'
#: class='topic-body crawler-post'>`` whose ``<span class="creator" itemprop="author">``
#: names the poster in its ``itemprop='name'`` (schema.org Person microdata). Where the
#: forum shows display names (the ``display_name_on_posts`` and ``enable_names`` site
#: settings), the template prints the poster's full name in brackets after the username
#: link, ``(#{u.name})``: that name is the poster's as the post prints it.
DISCOURSE_FIRST_POST_ID = "post_1"
DISCOURSE_POST_CLASS = "crawler-post"
DISCOURSE_CREATOR_CLASS = "creator"


#: The full name in brackets after the username in a Discourse creator span.
_DISCOURSE_FULL_NAME = re.compile(r"\s*\(([^()]{2,80})\)")


def _discourse_poster(post) -> str | None:
    """The poster a Discourse post's creator span names (:data:`DISCOURSE_CREATOR_CLASS`):
    the full name printed in brackets after the username where there is one, else the
    username; or None."""
    for creator in post.iter("span", "div"):
        if DISCOURSE_CREATOR_CLASS in (creator.get("class") or "").split():
            for name in creator.iter():
                if name.get("itemprop") == "name":
                    username = text_of(name)
                    link = next(name.iterancestors("a"), None)
                    after = (link if link is not None and link is not creator else name).tail
                    full = _DISCOURSE_FULL_NAME.match(after) if after else None
                    return collapse(full.group(1)) if full else (username or None)
            return None
    return None


#: Strings of the page's class values without which no post of those engines is there
#: (XenForo 2's ``message--post``, XenForo 1's ``messageList`` around its posts; phpBB's
#: member link classes; Discourse's crawler post): the posts are looked for only on a
#: page that has one.
XENFORO_CLASS_NEEDS = ("message--post", "messageList")
PHPBB_CLASS_NEEDS = ("username",)
DISCOURSE_CLASS_NEEDS = (DISCOURSE_POST_CLASS,)


def thread_starter(tree, class_values: list[str]) -> str | None:
    """The poster of a thread's first post, as forum engines name it: the post's
    ``data-author`` (XenForo: :data:`FORUM_POST_TAGS`), its author line (phpBB:
    :data:`PHPBB_USERNAME_CLASSES`) or its creator's name (Discourse's crawler view:
    :data:`DISCOURSE_CREATOR_CLASS`): the writer of the topic a thread page shows, the
    replies after it being other posters'. None when the page lists no such post.
    ``class_values``: the page's class values (:data:`XENFORO_CLASS_NEEDS`,
    :data:`PHPBB_CLASS_NEEDS`, :data:`DISCOURSE_CLASS_NEEDS`: a page of none of these
    engines is not walked)."""
    joined = "\n".join(class_values)
    discourse = any(need in joined for need in DISCOURSE_CLASS_NEEDS)
    tags = ((FORUM_POST_TAGS if any(need in joined for need in XENFORO_CLASS_NEEDS) else ())
            + (("div",) if discourse or any(need in joined for need in PHPBB_CLASS_NEEDS) else ()))
    if not tags:
        return None
    for post in tree.iter(*tags):
        if post.tag == "div":
            classes = (post.get("class") or "").split()
            if _PHPBB_POST_ID.fullmatch(post.get("id") or "") and "post" in classes:
                return _phpbb_poster(post)
            if discourse and post.get("id") == DISCOURSE_FIRST_POST_ID and DISCOURSE_POST_CLASS in classes:
                return _discourse_poster(post)
            continue
        poster = post.get("data-author")
        if poster and (post.get("data-content") or post.get("id") or "").startswith(FORUM_POST_PREFIX):
            return collapse(poster) or None
    return None


#: How a mail link's ``href`` opens (tested before the address is read).
_MAIL_SCHEME = ("mailto:", "MAILTO:", "Mailto:")


#: A mail link's address, its local part captured.
_MAILTO = re.compile(r"mailto:([^@?#\s]+)@", re.IGNORECASE)
#: Words of a name printed as a mail link: two to four (a desk's "Redaktion" or a "Contact
#: us" link is no writer).
MAIL_NAME_WORDS = (2, 4)


def _mails_named(link, href: str) -> bool:
    """True for a ``mailto:`` link whose text is a name of two to four words and whose
    address's local part holds the name's last word after the first word's initial: the
    writer's name linked to their own mail address ("<a
    href=mailto:jane.doe@paper.example>Jane Doe</a>", "mailto:jdoe@..."), the byline or the signature of regional papers and newsrooms'
    CMSs on several development sites, where no author page exists. A name linked to
    another address (a desk's, a press office's) is not the writer's."""
    match = _MAILTO.match(href)
    if match is None:
        return False
    words = text_of(link).split()
    if not MAIL_NAME_WORDS[0] <= len(words) <= MAIL_NAME_WORDS[1]:
        return False
    last = without_accents(words[-1].casefold()).strip(".,")
    if len(last) < 3 or not last.isalpha():
        return False
    local = without_accents(match.group(1).casefold())
    at = local.find(last)
    # (the first name, or its initial, before the last name: "jane.doe", "jdoe"; a label
    # naming its address, "Site feedback" of "feedback@", is no one's name)
    return at > 0 and local[0] == without_accents(words[0].casefold())[:1]


#: A class word whose last part is "by" ("posted-by", "submitted-by", "published-by",
#: "written-by", Gannett's "gnt_ar_by", a bare "by"): the element printing who wrote the
#: story. Not when the part before it says what else is "by" something: a platform's or a
#: sponsor's credit ("powered-by", "sponsored-by", "presented-by", "supported-by"), a list's
#: controls ("sort-by", "filter-by", "order-by", "group-by", "search-by"), "share-by",
#: "stand-by", "near-by".
_NOT_BY_WORDS = ("powered", "sponsored", "presented", "supported", "brought", "funded", "paid",
                 "promoted", "sort", "filter", "order", "group", "share", "search", "browse",
                 "stand", "near", "side", "step")
_BY_WORD = re.compile(r"(?:^|(?<=\s))(?![\w-]*(?:" + "|".join(_NOT_BY_WORDS) + r")[_-]by(?:\s|$))"
                      r"(?:[\w-]*?[_-])?by(?=\s|$)", re.IGNORECASE)
#: Elements with a class attribute that may hold :data:`_BY_WORD` (filtered in Python).
_MAYBE_BY_NAMED = XP(f"{WITHIN}@class[contains(., 'by') or contains(., 'By') or contains(., 'BY')]/parent::*")


def by_named(scope) -> list:
    """The elements (the scope included) whose class holds a word ending in "by"
    (:data:`_BY_WORD`), outermost only, in page order."""
    found: list = []
    for element in _MAYBE_BY_NAMED(scope):
        if not _BY_WORD.search(element.get("class") or ""):
            continue
        if found and is_within(element, found[-1]):
            continue
        found.append(element)
    return found


#: Byline heuristics whose elements are declared authors (microdata, rel=author): their
#: text is trusted like structured data (no capitalisation check).
DECLARED_BYLINES = frozenset({"itemprop-author-name", "itemprop-author", "rel-author"})
#: A class word naming an entry's author beside an hCard's ``vcard``: hAtom's ``author``
#: property (``class="author vcard"``: WordPress's default and starter themes print every
#: post's byline that way), or a word closing with it (Blogger's ``post-author vcard``);
#: not a comment's author (``comment-author vcard``, the WordPress comment list's).
_HCARD_AUTHOR_WORD = re.compile(r"(?:[\w-]*[-_])?author")
_NOT_HCARD_AUTHOR_WORD = re.compile(r"comment", re.IGNORECASE)


def _names_author(class_words: list[str]) -> bool:
    return any(_HCARD_AUTHOR_WORD.fullmatch(word) and not _NOT_HCARD_AUTHOR_WORD.search(word)
               for word in class_words)


def is_hcard_author(element) -> bool:
    """True when an element is a microformats hCard (class ``vcard``) declared as the
    story's author (:data:`_HCARD_AUTHOR_WORD` in its class or its parent's): a declared
    author, whose name is the account's display name, often a login written in lower case
    ("jdoe", "fri.juli")."""
    words = (element.get("class") or "").split()
    if "vcard" not in words:
        return False
    parent = element.getparent()
    return _names_author(words) or (parent is not None and _names_author((parent.get("class") or "").split()))


def hcard_name(element) -> str | None:
    """The text of an hCard's formatted name (``fn``, the element itself or the first
    under it; its by-word and its avatar's caption left out: "von <span class=fn>jroth</span>"),
    or None when it has none."""
    for node in element.iter():
        if isinstance(node.tag, str) and "fn" in (node.get("class") or "").split():
            return text_of(node) or None
    return None


def article_addresses(scope) -> list:
    """The ``<address>`` elements (the scope included) inside an ``<article>``, in page
    order: the HTML standard's element for the contact information of its nearest
    ``article`` ancestor, which news and blog themes print the byline in ("<address
    class=author>By <a>Jane Doe</a></address>"). One outside any article gives the
    contact of the whole page (the publisher's street address, a help desk), not a
    byline. Read after every other byline heuristic (lxml's C ``iter(tag)``: no walk
    of the scope's elements by XPath)."""
    return [element for element in scope.iter("address")
            if next(element.iterancestors("article"), None) is not None]


#: The class words of an element holding the author's name alone (the ``author-name-class``
#: heuristic), each lower-case or Capitalised (:func:`class_has`).
AUTHOR_NAME_CLASS_WORDS = ('authorName', 'author-name', 'contributorName', 'contributor-name', 'byline__name', 'bylineName')
#: Byline elements, tried in order inside the article scope (then the whole page).
BYLINE_XPATHS: tuple[tuple[str, Finder], ...] = (
    ("itemprop-author-name",
     XP(f"{WITHIN}{with_attribute('itemprop', 'author', 'creator')}"
        f"/descendant-or-self::*/{with_attribute('itemprop', 'name')}")),
    ("itemprop-author", XP(f"{WITHIN}{with_attribute('itemprop', 'author', 'creator')}")),
    ("rel-author", XP(f"{WITHIN}@rel[contains(., 'author')]/parent::a")),
    ("author-name-class", XP(f"{WITHIN}{with_class(*AUTHOR_NAME_CLASS_WORDS)}"
                             f"[not(ancestor::*[{class_has('authorName', 'author-name', 'contributorName')}])]")),
    ("byline-class", XP(f"{WITHIN}{with_class('byline')}[not(ancestor::*[{class_has('byline')}])]")),
    ("author-class", XP(f"{WITHIN}{with_class('author')}[not({_AUTHOR_FURNITURE})]"
                        f"[not(ancestor::*[{class_has('author')}])]")),
    # the same word in German, Spanish, Portuguese, Polish ("autor"), French ("auteur")
    # and Hungarian ("szerző", written "szerzo" in class names), and the Spanish and
    # Italian word for a story's signature ("firma")
    ("autor-class", XP(f"{WITHIN}{with_class('autor', 'auteur', 'szerzo', 'firma')}[not({_AUTHOR_FURNITURE})]"
                       f"[not(ancestor::*[{class_has('autor', 'auteur', 'szerzo', 'author')}])]")),
    ("by-class", by_named),
    ("author-link", author_links),
    ("article-address", article_addresses),
)
#: The paragraphs a signature closing the story may be written in (:func:`signature_paragraphs`).
SIGNATURE_PARAGRAPH_TAGS = ("p", "div")
#: The last paragraphs of a story read for a signature.
SIGNATURE_PARAGRAPHS_READ = 2
#: A run of the whitespace XPath's ``normalize-space()`` collapses.
_XPATH_SPACE_RUN = re.compile("[ \t\r\n]+")


def normalize_space(text: str) -> str:
    """``text`` as XPath's ``normalize-space()`` gives it: runs of space, tab, carriage
    return and line feed made one space, none at the ends (other spaces kept)."""
    return _XPATH_SPACE_RUN.sub(" ", text).strip(" ")


def signature_paragraphs(container) -> list:
    """A signature closing the story: of the last ``SIGNATURE_PARAGRAPHS_READ`` paragraphs
    of ``container`` holding text and no link, in page order, those whose whole text is
    their first bold child's (``<b>`` or ``<strong>``). A paragraph is a ``<p>``, or a
    ``<div>`` holding no block of its own (a table layout's right-aligned
    "<div align=right><b>Name (ab)</b></div>" after loose text). What the XPath
    ``(descendant::*[self::p or self::div[not(descendant::p or descendant::div)]][normalize-space()][not(descendant::a)])[position() > last() - 2][normalize-space() = normalize-space(string(b | strong))]``
    selects, read from the end: that XPath reads the text of every paragraph of the
    story, several times the cost."""
    last: list = []
    for paragraph in reversed(list(container.iterdescendants(*SIGNATURE_PARAGRAPH_TAGS))):
        if paragraph.tag == "div" and next(
                paragraph.iterdescendants(*SIGNATURE_PARAGRAPH_TAGS), None) is not None:
            continue
        text = paragraph.text_content()
        if not text.strip(XPATH_SPACE) or next(paragraph.iterdescendants("a"), None) is not None:
            continue
        last.append((paragraph, text))
        if len(last) == SIGNATURE_PARAGRAPHS_READ:
            break
    found = []
    for paragraph, text in reversed(last):
        bold = next((child for child in paragraph.iterchildren("b", "strong")), None)
        if bold is not None and normalize_space(text) == normalize_space(bold.text_content()):
            found.append(paragraph)
    return found


#: Text nodes near the top of the scope that may open a "By ..." line.
TEXT_NODES = XP("descendant::text()[normalize-space()]")
#: Text nodes of the scope read when looking for a "By ..." line.
BYLINE_TEXT_NODES = 400
#: The first BYLINE_TEXT_NODES of TEXT_NODES (libxml2 stops there: no list of all of them).
_FIRST_TEXT_NODES = XP(f"(descendant::text()[normalize-space()])[position() <= {BYLINE_TEXT_NODES}]")

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


def hatom_published(scope) -> list:
    """The ``<abbr class="published" title="...">`` elements under an element, else under
    the hAtom entry (the nearest ancestor of class ``hentry``) that holds it: the
    microformats' hAtom entry date, written as their "abbr design pattern" (the machine
    date in ``title``, a short human one as text), as Blogger's and older WordPress
    themes print a post's time, in a post footer beside the post's body."""
    for root in itertools.chain((scope,), (node for node in scope.iterancestors()
                                           if "hentry" in (node.get("class") or "").split())):
        found = [element for element in root.iterdescendants("abbr")
                 if element.get("title") and "published" in (element.get("class") or "").split()]
        if found:
            return found
    return []


#: Publication date candidates in markup, tried in order (XPaths or finders like them).
PUBLISHED_XPATHS: tuple[tuple[str, Finder], ...] = (
    ("itemprop-datepublished", XP(f"{WITHIN}{with_attribute('itemprop', 'datePublished')}")),
    ("time-pubdate", time_elements("publish", pubdate=True)),
    ("time", time_elements()),
    ("abbr-published", hatom_published),
)
#: The words of the date-class heuristic (in a class value, lower-case or Capitalised).
DATE_CLASS_WORDS = ("date", "publish", "datum", "fecha")
#: The class of Drupal's "submitted" line, whole: the node template of Drupal 5 to 7
#: (``node.tpl.php``: ``<span class="submitted">`` in Drupal 6, ``<div class="submitted">``
#: in Drupal 7, "meta submitted" in Bartik) prints there ``$submitted``, which core's
#: ``theme_node_submitted()`` writes as "Submitted by <user> on <date>", the date the node
#: was created in the site's medium format ("Tue, 09/14/2010 - 16:05"). A Drupal node
#: often shows other date fields before its body (an event's day, a print edition's, the
#: Date module's ``date-display-single``), so the node's own line comes first.
DRUPAL_SUBMITTED_CLASS = "submitted"
#: Datelines: date-classed text elements, read after every structured source: Drupal's
#: "submitted" line (its user name a link), then the other date-classed elements.
DATELINE_XPATHS: tuple[tuple[str, XP], ...] = (
    ("drupal-submitted", XP(f"{WITHIN}@class[contains(concat(' ', normalize-space(.), ' '), "
                            f"' {DRUPAL_SUBMITTED_CLASS} ')]/parent::*"
                            "[not(*[not(self::span or self::a or self::b or self::strong or self::em"
                            " or self::small)])]")),
    ("date-class", XP(f"{WITHIN}{with_class(*DATE_CLASS_WORDS)}"
                      "[not(*[not(self::span or self::b or self::strong or self::em or self::small)])]")),
)
#: The element that wraps a quoted or embedded post: the embed codes of the social
#: networks write the post they show as a ``<blockquote>`` (Instagram's
#: ``class="instagram-media"``, X / Twitter's ``class="twitter-tweet"``, TikTok's
#: ``class="tiktok-embed"``, Threads' ``class="text-post-media"``: each network's
#: published embed code), and Instagram's and X's print the post's own day in it as a
#: ``<time datetime>``. A date element inside one is the quoted post's, not the page's.
QUOTED_POST_TAG = "blockquote"


def in_quoted_post(element) -> bool:
    """True when a date element sits inside a quoted or embedded post
    (:data:`QUOTED_POST_TAG`)."""
    return next(element.iterancestors(QUOTED_POST_TAG), None) is not None


#: A class word joining a date word with "today" or "current" ("today-date", "current-date",
#: "fecha-hoy", "fecha-actual", "date_today", "todaysDate"): the header's bar printing the day
#: the page is viewed (dev: such bars on two sites, an English and an Arabic header), never
#: the story's date. A "today" class of its own beside a date class ("time is-today
#: pub-time", a story of today) is no such word.
DAY_OF_VIEWING_CLASS = re.compile(
    r"(?:today|todays|hoy|heute|oggi|hoje|current|actual)[-_]?(?:date|fecha|datum|data)"
    r"|(?:date|fecha|datum|data)[-_]?(?:today|hoy|heute|oggi|hoje|current|actual|del[-_]?dia)",
    re.IGNORECASE)
#: Date heuristics that select by words of the class: strings of which one must occur in a
#: value of the page's ``class`` attributes for the heuristic to match anything (its
#: words as :func:`class_has` tests them); when none does, its walk is skipped.
DATE_CLASS_NEEDS: dict[str, tuple[str, ...]] = {
    "drupal-submitted": (DRUPAL_SUBMITTED_CLASS,),
    "date-class": tuple(spelling for word in DATE_CLASS_WORDS
                        for spelling in (word, f"{word[:1].upper()}{word[1:]}")),
}
MODIFIED_XPATHS: tuple[tuple[str, Finder], ...] = (
    ("itemprop-datemodified", XP(f"{WITHIN}{with_attribute('itemprop', 'dateModified')}")),
    ("time-updated", time_elements("update", "modif")),
)


def text_of(element) -> str:
    """Whitespace-collapsed text content of an element."""
    return collapse(element.text_content()) if hasattr(element, "text_content") else collapse(str(element))


#: The elements that hold a site's menus: the HTML standard's elements for a page's
#: navigation and its header and footer (an article's own header holds its headline and
#: byline, so those inside an ``<article>`` are none).
MENU_TAGS = ("nav", "header", "footer")
#: Menu link texts longer than this (in characters) are no section names.
MAX_MENU_TEXT_CHARS = 40


def menu_links(tree) -> list:
    """The links of the site's menus, in page order: those inside a :data:`MENU_TAGS`
    element and not inside an ``<article>`` (what the XPath
    ``//*[self::nav or self::header or self::footer][not(ancestor::article)]//a[not(ancestor::article)]``
    selects in the document of ``tree``). A menu element inside an article holds only
    links inside one, so it is passed over; each outermost menu element left gives its
    links once (a header's own nav is inside it), all of them when it holds no article.
    Walked by lxml's tag iterators, each menu element's ancestors and descendants: the
    XPath tests every link's ancestors and every node's children, several times the cost."""
    root = tree.getroottree().getroot()
    links: list = []
    outer = None  # the last menu element read: the ones inside it are read with it
    for box in root.iter(*MENU_TAGS) if root is not None else ():
        if outer is not None and is_within(box, outer):
            continue
        if next(box.iterancestors("article"), None) is not None:
            continue
        outer = box
        if next(box.iterdescendants("article"), None) is None:
            links.extend(box.iterdescendants("a"))
        else:
            links.extend(link for link in box.iterdescendants("a")
                         if next(link.iterancestors("article"), None) is None)
    return links


def menu_link_texts(tree) -> frozenset[str]:
    """The folded texts of the links in the site's menus (:func:`menu_links`): the names of
    its sections ("Sport", "Ratgeber", "Patch Notes") as the page prints them."""
    texts = set()
    for link in menu_links(tree) if tree is not None else ():
        text = text_of(link)
        if text and len(text) <= MAX_MENU_TEXT_CHARS:
            texts.add(fold(text))
    texts.discard("")
    return frozenset(texts)


def holds_text(element) -> bool:
    """True when :func:`text_of` the element is not empty, read only up to the element's
    first text piece that :func:`~newscrawl.text.collapse` keeps something of (the test
    a wide wrapper answers from its first words, not from its whole text). The same
    answer: collapse empties a text only when every character of it is one it drops
    (whitespace, the invisible characters, the joiners at the ends), so a text is emptied
    exactly when each of its pieces is."""
    for piece in element.itertext():
        if collapse(piece):
            return True
    return False


def _needs_space(before: str, after: str) -> bool:
    """True where two text pieces of adjacent elements would run together: a lower-case
    letter or sentence end followed by an upper-case letter ("ртамиФото", "TikTok.Getty"),
    a sentence's stop inside a closing single quote too ("in 'The Orchard.'Courtesy of X":
    the American style sets the stop inside the quote, single within double or alone in
    headline-style titles; an apostrophe closing a word without a stop is left alone)."""
    if not before or not after or before[-1].isspace() or after[0].isspace():
        return False
    return after[0].isupper() and (before[-1].islower() or before[-1] in ".!?:;)»”\""
                                   or before[-2:] in _STOP_IN_SINGLE_QUOTE)


#: A sentence's stop closed by a single quote, straight or curled.
_STOP_IN_SINGLE_QUOTE = frozenset(stop + quote for stop in ".!?" for quote in "'’")


def joined_text(element) -> str:
    """Text of an element with a space where adjacent elements' texts would run together."""
    return joined_pieces(element.itertext())


def joined_pieces(texts) -> str:
    """Text pieces of adjacent elements joined, with a space where they would run
    together (:func:`_needs_space`), whitespace collapsed."""
    pieces: list[str] = []
    for piece in texts:
        if pieces and _needs_space(pieces[-1], piece):
            pieces.append(" ")
        pieces.append(piece)
    return collapse("".join(pieces))


def canonical(tree, links: list | None = None) -> str | None:
    """The href of ``<link rel=canonical>``, as written (``links``: the page's ``<link>``
    elements, when the caller has listed them)."""
    for link in tree.iter("link") if links is None else links:  # (picked in Python: cheaper than XPath)
        href = (link.get("href") or "").strip()
        if href and "canonical" in (link.get("rel") or "").lower():
            return href
    return None


def html_language(tree) -> str | None:
    """The ``lang`` attribute of ``<html>`` (or ``xml:lang``: the first of them set, in the
    order the element writes them), read from the root element's attributes: what the
    XPath ``/html/@lang | /html/@*[name()='xml:lang']`` selects, without an XPath
    evaluation for each call."""
    root = tree.getroottree().getroot()
    if root.tag != "html":
        return None
    for name, value in root.items():
        if name in HTML_LANGUAGE_ATTRIBUTES and value.strip():
            return value.strip()
    return None


#: Markup written in a ``<title>``'s text: a tag, or the end of a tag's attributes
#: (``" />``). The HTML standard parses a title's content as RCDATA, text up to the next
#: ``</title>``, so a title left unclosed or cut in the middle of the next tag (a page
#: saved broken) takes the head's markup in as its text ("Section - Si" /> </head>
#: <body>...", a recovering parser stopping at ``</head>``). Such a text is no title.
_MARKUP_IN_TITLE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|[\"']\s*/>")


def title(tree, titles: list | None = None) -> str | None:
    """The document ``<title>`` text (``titles``: the page's ``<title>`` elements, when
    the caller has listed them); None for a title whose text holds markup
    (:data:`_MARKUP_IN_TITLE`: an unclosed title that ran into the page)."""
    for element in title_elements(tree) if titles is None else titles:
        text = text_of(element)
        if text:
            return None if ">" in text and _MARKUP_IN_TITLE.search(text) else text
    return None


#: The next word of a printed text (:data:`newscrawl.text.WORD`, as the wanted words are
#: cut), after spaces, punctuation, entities or inline tags.
_PRINTED_WORD = re.compile(r"(?:[^\w<>&]|&[#\w]+;|&|<[^<>]*>)*?(" + WORD.pattern + ")")
#: What may stand between an element's opening tag and its printed text.
_PRINTED_LEAD = re.compile(r"(?:[^\w<>&]|&[#\w]+;)*")
#: What may end a printed text: punctuation or entities, then a closing tag.
_PRINTED_END = re.compile(r"(?:[^\w<>&]|&[#\w]+;)*</")
#: What may come before a printed text inside its element: an opening tag, then spaces,
#: punctuation ("» ") or entities (matched on the reversed page text before it).
_PRINTED_START = re.compile(r"(?:[^\w<>&]|;[#\w]+&)*>([^<>/]*[a-zA-Z0-9])<")
#: Where the page's body starts (what comes before it is never printed).
_BODY_START = re.compile(r"<body[\s>]", re.IGNORECASE)
#: Elements whose text is never printed on the page.
_UNPRINTED_TAGS = frozenset({"title", "script", "style", "noscript", "textarea", "option"})
#: The most places of one text's first word looked at.
_PRINTED_TRIES = 50


#: Elements that have no closing tag.
_VOID_TAGS = frozenset({"br", "img", "wbr", "hr", "input", "meta", "link", "source"})
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*?(/?)>")


def _within_one_element(html: str, tag_end: int, at: int, end: int) -> bool:
    """True when the text from ``at`` to ``end`` is the whole text of one element: it
    closes no element beyond the opening tags directly before it (``<h3><b>Bills</b>
    Bills</h3>``), and only closing tags follow it up to the end of the element it lies
    in (not the text of two neighbours, nor the start of a longer text)."""
    opened = 0
    tag_start = html.rfind("<", max(0, tag_end - 300), tag_end)
    while tag_start >= 0 and opened < 4:
        tag = _TAG.fullmatch(html, tag_start, tag_end + 1)
        if tag is None or tag.group(1):
            break
        opened += tag.group(2).lower() not in _VOID_TAGS and not tag.group(3)
        before = html.rfind(">", max(0, tag_start - 40), tag_start)
        if before < 0 or not _PRINTED_LEAD.fullmatch(html, before + 1, tag_start):
            break
        tag_end, tag_start = before, html.rfind("<", max(0, before - 300), before)
    depth = lowest = 0
    for tag in _TAG.finditer(html, at, end):
        if tag.group(1):
            depth -= 1
            if depth <= -opened:
                return False
            lowest = min(lowest, depth)
        elif tag.group(2).lower() not in _VOID_TAGS and not tag.group(3):
            depth += 1
    while depth >= lowest:  # (then only closing tags, until the element's own)
        lead = _PRINTED_LEAD.match(html, end)  # (always matches, possibly empty)
        end = lead.end() if lead else end
        tag = _TAG.match(html, end)
        if tag is None or not tag.group(1):
            return False
        depth, end = depth - 1, tag.end()
    return True


def _printed_at(html: str, at: int, words: tuple[str, ...]) -> str | None:
    """The text printed from ``at`` when it is ``words`` (lower case; the page's first
    word is known to match) and the whole text of an element."""
    end = at + len(words[0])
    if (at and html[at - 1].isalnum()) or (end < len(html) and html[end].isalnum()):
        return None
    tag_end = html.rfind(">", max(0, at - 200), at)  # (cheap: most places are mid-text)
    if tag_end < 0 or not _PRINTED_LEAD.fullmatch(html, tag_end + 1, at):
        return None
    for word in words[1:]:
        match = _PRINTED_WORD.match(html, end)
        if match is None or match.group(1).lower() != word:
            return None
        end = match.end()
    closing = _PRINTED_END.match(html, end)
    start = _PRINTED_START.match(html[max(0, at - 300):at][::-1])
    if closing is None or start is None:
        return None
    opening = start.group(1)[::-1].split(None, 1)[0].lower()
    if opening in _UNPRINTED_TAGS or opening.startswith(("!", "?")):
        return None
    if not _within_one_element(html, tag_end, at, end):
        return None
    printed = html[tag_end + 1:closing.end() - 2]  # (with the punctuation around the words)
    return collapse(htmllib.unescape(re.sub(r"<[^<>]*>", " ", printed)))


#: Elements whose text the page does not print.
_UNPRINTED_TEXT_TAGS = frozenset(("script", "style"))


def prints_all_words(tree, groups: list[list[str]]) -> bool:
    """True when the page prints every word of one of the ``groups`` (the words of a name)
    as a whole word, case aside, in its body outside its scripts and style sheets (in
    the document when it has no body): each word in some text of an element or some tail,
    not necessarily the same one. A group without words is printed. The texts are read
    in document order, each case-folded on its own, and the search stops as soon as one
    group is complete (a name is mostly printed in the byline near the top), instead of
    joining the page's whole text first. A word never spans two texts: two elements'
    texts touching in the markup ("By" and the name's link) are two words."""
    pending = [{word.casefold() for word in group} for group in groups]
    if any(not words for words in pending):
        return True
    wanted = set().union(*pending)
    body = tree.find("body")
    root = body if body is not None else tree
    for node in root.iter():
        # (what ``itertext`` reads: an element's text, and the tail of any node below the
        # root, a comment's or a processing instruction's too; not their own text)
        text = node.text if isinstance(node.tag, str) and node.tag not in _UNPRINTED_TEXT_TAGS else None
        for piece in (text, node.tail if node is not root else None):
            if not piece:
                continue
            folded = piece.casefold()
            found = [word for word in wanted if word in folded and _whole_word_count(folded, word)]
            if not found:
                continue
            wanted.difference_update(found)
            for words in pending:
                words.difference_update(found)
                if not words:
                    return True
    return False


def _whole_word_count(text: str, word: str) -> int:
    """How often ``word`` stands in ``text`` with no word character touching it (a string
    search: a pattern opening with a look-behind would be tried at every position)."""
    count, at = 0, text.find(word)
    while at >= 0 and word:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            count += 1
        at = text.find(word, at + 1)
    return count


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def printed_texts(html: str, wanted: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Which of the ``wanted`` texts the page prints as the whole text of one element:
    ``{key: the text as printed}`` for each key found (the first place in the page).
    ``wanted`` maps a key to the text's words (:data:`newscrawl.text.WORD`, as
    :func:`newscrawl.extract.headline.title_parts` cuts them); case aside, between them
    only spaces, punctuation, entities and inline tags may stand, and the element holds
    nothing else (an opening tag before, a closing tag after). Read from the page's
    source: a string search for the first word, then the words after it, costs far less
    than reading every text node of the tree."""
    found: dict[str, str] = {}
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, words in wanted.items():
        if words:
            words = tuple(word.lower() for word in words)
            by_first.setdefault(words[0], []).append((key, words))
    body = _BODY_START.search(html)
    begin = body.start() if body else 0
    for first, texts in by_first.items():
        tries = 0
        missing = len(texts)  # (once each text of this first word is found, its search ends)
        for spelling in dict.fromkeys((first, first.capitalize(), first.upper())):
            at = html.find(spelling, begin) if missing else -1
            while at >= 0 and tries < _PRINTED_TRIES:
                tries += 1
                for key, words in texts:
                    text = None if key in found else _printed_at(html, at, words)
                    if text:
                        found[key] = text
                        missing -= 1
                if not missing:
                    break
                at = html.find(spelling, at + 1)
    return found


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


def headline_candidates(scope, tree, microdata: bool = True, h1s: list | None = None) -> list[str]:
    """Texts of the h1 elements (those in the article scope first; a site masthead h1 is
    not one), then itemprop=headline (looked for only with ``microdata``: False when the
    page has no ``itemprop``, :func:`has_microdata`, or none is "headline"). ``h1s``: the page's
    :func:`h1_elements`, when the caller has them."""
    found: list[str] = []
    if scope is not None:
        found.extend(text_of(h) for h in outside_related(scope.iter("h1"), 6) if not is_masthead_h1(h))
    found.extend(text_of(h) for h in outside_related(h1_elements(tree) if h1s is None else h1s, 6)
                 if not is_masthead_h1(h))
    if microdata:
        found.extend(text_of(h) for h in outside_related(ITEMPROP_HEADLINE(tree), 3) if h.tag != "meta")
    seen, out = set(), []
    for text in found:
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


#: Tags a kicker printed as the first part of an h1 is set in (not a link, not the
#: italics of a work's title).
_KICKER_TAGS = frozenset({"span", "small", "strong", "b", "div", "p", "mark"})
#: The most words such a kicker has (a topic, a place, "Live updates").
KICKER_MAX_WORDS = 4


def h1_kicker(h1) -> tuple[str, str] | None:
    """(kicker, rest) when an h1 opens with an element of its own holding a few words
    before the rest of its text (``<h1><span class="overline">Topic</span> Headline</h1>``,
    also inside one wrapper element): the kicker has 1 to
    :data:`KICKER_MAX_WORDS` words and the rest more words
    than it (separator punctuation between them left out). None otherwise."""
    node = h1
    children = [child for child in node if isinstance(child.tag, str) and child.tag != "br"]
    if (len(children) == 1 and not (node.text or "").strip() and not (children[0].tail or "").strip()
            and len(children[0])):
        node = children[0]  # (one wrapper around the kicker and the headline)
    first = next((child for child in node if isinstance(child.tag, str)), None)
    if first is None or (node.text or "").strip() or first.tag not in _KICKER_TAGS:
        return None
    whole, kicker = text_of(h1), text_of(first)
    if not kicker or not whole.startswith(kicker):
        return None
    rest = whole[len(kicker):].lstrip(" :|–—-·•").strip()
    kicker_words, rest_words = len(WORD.findall(kicker)), len(WORD.findall(rest))
    if not 0 < kicker_words <= KICKER_MAX_WORDS or rest_words <= kicker_words:
        return None
    return kicker, rest


def h1_tail(h1) -> tuple[str, str] | None:
    """(rest, tail) when an h1 closes with an element of its own holding a few words
    after the rest of its text (``<h1>Headline <span class="badge">Subscribers</span></h1>``,
    a watch-list link, a date in a ``<div>``): the tail has 1 to :data:`KICKER_MAX_WORDS`
    words, nothing follows it but elements without text, and the rest has more words
    than it. None otherwise."""
    children = [child for child in h1 if isinstance(child.tag, str) and child.tag != "br"]
    carrying = [child for child in children if text_of(child)]
    if not carrying or len(carrying) == len(children) == 1 and not (h1.text or "").strip():
        return None
    last = carrying[-1]
    after = children[children.index(last):]
    if any((child.tail or "").strip() for child in after):
        return None
    whole, tail = text_of(h1), text_of(last)
    if not whole.endswith(tail):
        return None
    rest = whole[:-len(tail)].rstrip(" :|–—-·•").strip()
    tail_words, rest_words = len(WORD.findall(tail)), len(WORD.findall(rest))
    if not 0 < tail_words <= KICKER_MAX_WORDS or rest_words <= tail_words:
        return None
    return rest, tail


def edge_splits(element) -> list[tuple[str, str]]:
    """(rest, edge) for each child element an element opens or closes with:
    ``<p>Headline<br><span>28/12/2007 11:27</span></p>`` gives ("Headline", "28/12/2007
    11:27"); ``<h1><span>Wednesday, 9 January</span> Headline</h1>`` gives ("Headline",
    "Wednesday, 9 January"). The edge is a child holding text with no text of the
    element's own before it (opening) or after it (closing); one wrapper around all the
    text is looked into. Separator punctuation between rest and edge is left out; no
    split leaves the rest empty. Unlike :func:`h1_kicker` and :func:`h1_tail`, no word
    counts: what the splits are good for is for the caller to judge (by ``<title>``)."""
    node = element
    children = [child for child in node if isinstance(child.tag, str) and child.tag != "br"]
    if (len(children) == 1 and not (node.text or "").strip() and not (children[0].tail or "").strip()
            and len(children[0])):
        node = children[0]
        children = [child for child in node if isinstance(child.tag, str) and child.tag != "br"]
    carrying = [child for child in children if text_of(child)]
    whole = text_of(element)
    splits: list[tuple[str, str]] = []
    if not carrying or not whole:
        return splits
    first, last = carrying[0], carrying[-1]
    if not (node.text or "").strip() and all(not (child.tail or "").strip()
                                             for child in children[:children.index(first)]):
        edge = text_of(first)
        rest = whole[len(edge):].lstrip(_EDGE_PUNCTUATION).strip() if whole.startswith(edge) else ""
        if rest:
            splits.append((rest, edge))
    if not any((child.tail or "").strip() for child in children[children.index(last):]):
        edge = text_of(last)
        rest = whole[:-len(edge)].rstrip(_EDGE_PUNCTUATION).strip() if whole.endswith(edge) else ""
        if rest:
            splits.append((rest, edge))
    return splits


#: What may stand between a headline and a kicker, tail or date printed beside it.
_EDGE_PUNCTUATION = " :|–—-·•,"


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


def article_scope(tree, body_node=None, h1s: list | None = None):
    """The element holding the article: around the body node if known, else the first
    matching container of :data:`SCOPE_XPATHS`, else ``<body>``. ``h1s``: the page's
    :func:`h1_elements`, when the caller has them."""
    if body_node is not None:
        h1s = outside_related(h1_elements(tree) if h1s is None else h1s, 3)
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


#: Strings of which one must occur in a value of the attribute a byline heuristic selects
#: its elements by (:data:`BYLINE_ATTRIBUTES`) for the heuristic to match anything (the
#: attribute values are case-sensitive): when none does, its XPath walks are skipped.
BYLINE_NEEDS: dict[str, tuple[str, ...]] = {
    "itemprop-author-name": ("uthor", "creator"),
    "itemprop-author": ("uthor", "creator"),
    "rel-author": ("uthor",),
    # (each word without its first letter: what both its spellings hold)
    "author-name-class": tuple(word[1:] for word in AUTHOR_NAME_CLASS_WORDS),
    "byline-class": ("yline",),
    "author-class": ("uthor",),
    "autor-class": ("utor", "uteur", "zerzo", "firma"),
    "by-class": ("by", "By", "BY"),
    "author-link": ("/author", "/autor", "/auteur", "/journalist/", "/profile/", "/contributors/",
                    "/columnists/", "/writers/", "/staff/", "/user", "/redakteur",
                    "/journalists/", "/reporter"),
}
#: The attribute each byline heuristic selects its elements by.
BYLINE_ATTRIBUTES: dict[str, str] = {
    "itemprop-author-name": "itemprop", "itemprop-author": "itemprop", "rel-author": "rel",
    "author-name-class": "class", "byline-class": "class", "author-class": "class",
    "autor-class": "class", "by-class": "class", "author-link": "href",
}
#: The heuristics that select only elements of one tag by their attribute: only that tag's
#: values are read for the test (``rel-author`` selects links, ``<a>``: the values of
#: ``<link rel>`` in the head, and any other element's, are no matter).
BYLINE_ATTRIBUTE_TAGS: dict[str, str] = {"rel-author": "a"}
#: Heuristics walked without that test: reading the attribute's values on the whole page
#: (every link's ``href``) costs more than the heuristic's own walk of the scope's links
#: (:func:`author_links`), which finds nothing when no value holds a needed string.
#: ``<address>`` is selected by its tag, not by an attribute.
UNGATED_BYLINES = frozenset({"author-link", "article-address"})


def _needs_check(attribute_values: Callable[..., list[str]] | None):
    """A test ``possible(name)``: False when no value of the attribute the byline
    heuristic ``name`` selects by holds one of the strings it needs (of its tag's elements,
    for a heuristic of :data:`BYLINE_ATTRIBUTE_TAGS`). ``attribute_values``: the page's
    values of an attribute (:meth:`PageContext.attribute_values
    <newscrawl.extract.context.PageContext.attribute_values>`; called with the tag as a
    second argument for those heuristics), each attribute's read and joined once, as
    asked; None: every heuristic is possible."""
    if attribute_values is None:
        return lambda name: True
    joined: dict[tuple[str, str | None], str] = {}
    # {(attribute, tag, needed string): whether a value holds it}: several heuristics need
    # the same string of the same values ("uthor", "yline"), searched for once
    held: dict[tuple[str, str | None, str], bool] = {}

    def possible(name: str) -> bool:
        attribute, tag = BYLINE_ATTRIBUTES[name], BYLINE_ATTRIBUTE_TAGS.get(name)
        values = joined.get((attribute, tag))
        if values is None:
            values = joined[(attribute, tag)] = "\n".join(
                attribute_values(attribute) if tag is None else attribute_values(attribute, tag))
        for needle in BYLINE_NEEDS[name]:
            found = held.get((attribute, tag, needle))
            if found is None:
                found = held[(attribute, tag, needle)] = needle in values
            if found:
                return True
        return False
    return possible


#: The byline heuristics that select by a class word: the word also names the author of
#: each comment or teaser of a list ("comment-author", a portal's "kom-autor").
CLASS_BYLINES = frozenset({"author-class", "autor-class", "by-class"})
#: Levels above a byline element looked at for a listed item.
LISTED_ITEM_LEVELS = 2
#: Characters a listed item holds besides its byline (a comment's text, a teaser's
#: headline): an item of a list of authors holds the name alone.
MIN_LISTED_ITEM_EXTRA_CHARS = 30


def _in_listed_item(element) -> bool:
    """True when the element's parent or grandparent is one of a list of like items (an
    element beside a sibling of the same tag and the same, non-empty, class) that holds
    more than the byline: a comment, a teaser."""
    node = element
    for _ in range(LISTED_ITEM_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return False
        names = node.get("class")
        if names and any(sibling is not None and sibling.tag == node.tag and sibling.get("class") == names
                         for sibling in (node.getprevious(), node.getnext())):
            extra = len(collapse(node.text_content())) - len(collapse(element.text_content()))
            return extra >= MIN_LISTED_ITEM_EXTRA_CHARS
    return False


#: A signature's opening dash: the em dash (or en dash, horizontal bar) before the name
#: that signs a letter, a quotation or a guest book's entry ("— Jane Doe, May 2"), as style
#: guides set an attribution (the Chicago Manual of Style: the source of an epigraph, on a
#: line of its own after an em dash); a byline opens with a by-word or the name, not with it.
_SIGNATURE_DASH = re.compile(r"\s*[—–―]")


def _signs_listed_item(element) -> bool:
    """True when the element signs one of a list of like items (:func:`_in_listed_item`):
    its text opens with a signature's dash (:data:`_SIGNATURE_DASH`), and the item holds
    text of its own besides, as a guest book's or a comment list's entries are signed. The
    writers of such entries are never the story's."""
    return (_SIGNATURE_DASH.match(element.text_content() or "") is not None
            and _in_listed_item(element))


def _outside_listed_items(elements: list) -> list:
    """The byline elements outside listed items (:func:`_in_listed_item`: comments, teasers,
    each with its author) when there are any, else all of them but the signatures of
    listed entries (:func:`_signs_listed_item`): the story's own byline stands alone, the
    list's authors are the list's."""
    alone = [element for element in elements if not _in_listed_item(element)]
    return alone or [element for element in elements if not _signs_listed_item(element)]


def byline_element_groups(scope, tree, attribute_values: Callable[..., list[str]] | None = None,
                          microdata: bool = True):
    """(heuristic name, elements) of each byline heuristic with hits, in the order they are
    tried: every heuristic in the article scope, then the narrower ones on the whole page.
    ``attribute_values``: the page's values of an attribute, when known (heuristics whose
    attribute holds none of the strings they need are not walked: :func:`_needs_check`);
    ``microdata`` False: the page has no ``itemprop`` (:func:`has_microdata`), the
    heuristics selecting by it are not walked."""
    possible = _needs_check(attribute_values)
    related: dict = {}  # (the answers of in_related, shared by every heuristic's elements)
    for where in (scope, tree) if scope is not None else (tree,):
        for name, xpath in BYLINE_XPATHS:
            if where is tree and name in ("author-class", "autor-class", "by-class", "author-link",
                                          "article-address"):
                continue
            if not microdata and name in MICRODATA_HEURISTICS:
                continue
            if name not in UNGATED_BYLINES and not possible(name):
                continue
            # (an article's own aside holds the article's meta: the byline printed in it)
            found = outside_related(xpath(where), 12, memo=related, article_aside=True)
            if name == "autor-class":  # (the word, not "autoradio" or "autorelated")
                found = [e for e in found if _AUTOR_WORD.search(e.get("class") or "")]
            if len(found) > 1 and (name in CLASS_BYLINES or name == "article-address"):
                found = _outside_listed_items(found)
            if found:
                yield name, found


#: The byline heuristics read again in the article's region (:func:`article_region`)
#: when nothing named the writer: the class words of author markup (hAtom's and
#: WordPress themes' ``author vcard`` / ``entry-author`` / ``byline``, the German, Romance
#: and Hungarian words) and links to an author's page. The microdata ones are read on the
#: whole page already.
REGION_BYLINES = frozenset({"author-name-class", "byline-class", "author-class", "autor-class",
                            "author-link"})
#: Levels above the article container climbed to reach the block holding the headline.
MAX_REGION_LEVELS = 4


def article_region(scope, h1):
    """The block that holds the article, where the byline heuristics are read again when
    nothing named the writer: the nearest ancestor of the article container (``scope``;
    at most MAX_REGION_LEVELS up) that holds the headline's ``h1`` (or the element
    printing the headline) too, when that lies outside the container: the story with its
    header and its closing meta bar, without the page's columns beside it. Else the
    container itself, when it holds an article's own ``<footer>`` (:func:`closes_article`:
    read as a related block in the container, it is where the HTML standard puts who wrote
    the article). None when neither (the container was read already) or when the
    container is the whole page (``<body>``)."""
    if scope is None or scope.tag in ("body", "html"):
        return None
    if h1 is not None and not is_within(h1, scope):
        node = scope.getparent()
        for _ in range(MAX_REGION_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            if is_within(h1, node):
                return node
            node = node.getparent()
    return scope if any(closes_article(footer) for footer in scope.iter("footer")) else None


def region_byline_groups(region, attribute_values: Callable[..., list[str]] | None = None):
    """(heuristic name, elements) of the :data:`REGION_BYLINES` heuristics with hits in the
    article's region, in the order of :data:`BYLINE_XPATHS`: author markup before the
    story, beside it or after it, an article's own ``<footer>`` included (the HTML
    standard's footer of an article names who wrote it); related blocks (teasers,
    comments, asides) and the items of a list of like items left out.
    ``attribute_values``: as for :func:`byline_element_groups` (heuristics whose attribute
    holds none of the strings they need are not walked)."""
    possible = _needs_check(attribute_values)
    for name, xpath in BYLINE_XPATHS:
        if name not in REGION_BYLINES or (name not in UNGATED_BYLINES and not possible(name)):
            continue
        found = outside_related(xpath(region), 12, article_footer=True)
        if name == "autor-class":
            found = [e for e in found if _AUTOR_WORD.search(e.get("class") or "")]
        if len(found) > 1 and name in CLASS_BYLINES:
            found = _outside_listed_items(found)
        if found:
            yield name, found


def byline_elements(scope, tree) -> tuple[str, list]:
    """(heuristic name, elements) of the first byline heuristic with hits, scope first."""
    return next(byline_element_groups(scope, tree), ("", []))


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


#: Tags that start a line of their own: the byline parts they hold are separate parts.
BYLINE_BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5",
                               "h6", "address", "section", "header", "footer", "figure",
                               "figcaption", "dl", "dt", "dd", "table", "tr", "td", "hr"})
#: What is written between the separate parts of a byline element (a segment separator
#: of :func:`newscrawl.extract.authors.clean_byline`).
BYLINE_PART_BREAK = " | "
_UNREAD_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
#: What a byline's text leaves out besides: a ``<button>``'s words are a control's label
#: ("Share", "Follow", "Listen"), never a writer's name.
_BYLINE_UNREAD_TAGS = _UNREAD_TAGS | {"button"}
#: A class word of an author card's role line: a word of the author or byline with the
#: role, job or position after it, in one word ("author__role", "c-author__position",
#: "author-box__position", "author-job-title", "author_card-job_title"; dev: on eight
#: sites' author cards and bylines). The line under the name is the person's job, never
#: a second name; "position" alone is a layout class ("position-relative").
ROLE_LINE_CLASS = re.compile(r"(?:author|byline|autor)\S*?(?:role|job|position)", re.IGNORECASE)


#: Words of each name printed side by side in alike inline elements (:func:`names_side_by_side`).
SIDE_BY_SIDE_NAME_WORDS = (2, 4)


def names_side_by_side(node) -> bool:
    """True when an element and the element right before it are alike (the same tag and
    class) and each holds two to four words (:data:`SIDE_BY_SIDE_NAME_WORDS`), with
    nothing but blanks between them: the names of a byline printed one element each, with
    no comma or "and" ("<span class=name>Jane Doe</span> <span class=name>John Roe</span>",
    the co-authors of a CMS's or a component library's byline). One name's words in
    elements of their own ("<span>Jane</span> <span>Doe</span>") are one word each."""
    before = node.getprevious()
    if before is None or before.tag != node.tag or before.get("class") != node.get("class"):
        return False  # (a comment between, or another kind of element: no such pair)
    if (before.tail or "").strip():
        return False
    low, high = SIDE_BY_SIDE_NAME_WORDS
    return all(low <= len(element.text_content().split()) <= high for element in (before, node))


def opens_role_line(node) -> bool:
    """True when an inline element of a byline opens with a job title
    (:func:`authors.opens_with_role`) after a text before it: the role line printed beside
    the name in an element of its own ("<span>Jane Doe</span> <span>Periodista Harbour
    TV</span>"), a part apart from the name, as a role line in a block of its own is."""
    before = node.getprevious()
    if before is None and not (node.getparent() is not None and (node.getparent().text or "").strip()):
        return False
    return authors.opens_with_role(node.text_content())


def own_texts(element) -> Iterator[str]:
    """The text nodes of an element and its descendants that are not blank, collapsed, in
    page order; the words of scripts, styles and buttons (and of comments) left out."""
    if not isinstance(element.tag, str) or element.tag in _BYLINE_UNREAD_TAGS:
        return
    if element.text and element.text.strip():
        yield collapse(element.text)
    for child in element:
        yield from own_texts(child)
        if child.tail and child.tail.strip():
            yield collapse(child.tail)


#: A conjunction (or "&") ending the text before an element of a byline: what follows
#: it is one more name ("<a>Jane Doe</a> and <span>John Roe</span>").
_ENDS_WITH_JOINT = re.compile(
    r"(?:&|(?<!\w)(?:and|und|et|y|e|en|og|och|i|és|ja|ve|dan))\s*$", re.IGNORECASE)


def _text_before(node) -> str:
    """The text right before an element: its previous sibling's tail (that sibling's own
    text when the tail is blank: "<span> y </span><span>Name</span>"), else its parent's text."""
    before = node.getprevious()
    if before is not None:
        tail = before.tail or ""
        return tail if tail.strip() else before.text_content() + tail
    parent = node.getparent()
    return (parent.text or "") if parent is not None else ""


def beside_linked_names(element) -> set:
    """The inline elements of a byline printed after its last link to an author's page
    (:func:`author_links`) that hold no link, no digit and follow no conjunction: what a
    byline prints beside names it links, each in an element of its own (the place, the
    agency, the desk: "<a href=/autor/..>Ana Ruiz</a> <span>Santander</span>", "By <a>..</a>
    and <a>..</a> <span>Associated Press</span>"; blind sets: five sites' bylines in four
    languages, a common CMS template: the author field linked, the place a field of its
    own). Its dates (digits) stay for the date layers; a name after "and" is a name."""
    links = author_links(element)
    if not links:
        return set()
    last = links[-1]
    found: set = set()
    past = False
    for node in element.iter():
        if node is last:
            past = True
            continue
        if (not past or not isinstance(node.tag, str) or node.tag in BYLINE_BLOCK_TAGS
                or node.tag == "a" or node.getparent() in found):
            continue
        if any(ancestor is last for ancestor in node.iterancestors()):
            continue
        text = node.text_content()
        if (not text.strip() or any(map(str.isdigit, text)) or node.find(".//a") is not None
                or _ENDS_WITH_JOINT.search(_text_before(node))
                or len(text.split()) == 1 and _ENDS_WITH_JOINT.search(text)):  # ("<span> y </span>")
            continue
        found.add(node)
    return found


def byline_text(element) -> str:
    """The text of a byline element with its parts kept apart: BYLINE_PART_BREAK where a
    block element (a ``<div>``, a ``<br>``) starts or ends, where the texts of two
    elements touch with no space between them (a name, then a handle link or a date
    styled apart: "Jane Doe@janedoe", "Jane DoeFollow"), and between alike elements each
    holding a name (:func:`names_side_by_side`); inline elements separated by a space
    ("<span>Jane</span> <span>Doe</span>") stay one part."""
    pieces: list = []  # strings; None = a hard break; False = an element edge
    beside = beside_linked_names(element)

    def walk(node, top: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag and not top and (ROLE_LINE_CLASS.search(node.get("class") or "") or node in beside):
            tag = ""  # (the role line under the name, or what is printed beside linked
            # names: left out, its tail read)
        if tag and tag not in _BYLINE_UNREAD_TAGS:
            edge = None if tag in BYLINE_BLOCK_TAGS or (not top and (
                names_side_by_side(node) or opens_role_line(node))) else False
            pieces.append(edge)
            if node.text:
                pieces.append(node.text)
            for child in node:
                walk(child, False)
            pieces.append(edge)
        if not top and node.tail:
            pieces.append(node.tail)

    try:
        walk(element, True)
    finally:
        del walk  # (a recursive closure: see newscrawl.extract.body.scan.scan_page)
    out: list[str] = []
    pending_break: bool | str = False  # True: a block's edge; "edge": an element's edge
    written = False  # (some text besides blanks is out: a block's edge after it is a break)
    for piece in pieces:
        if piece is None:
            pending_break = True
        elif piece is False:
            pending_break = pending_break or "edge"
        elif not piece.strip():
            out.append(piece)  # (blanks between blocks keep the break for the next text)
            if pending_break == "edge":
                pending_break = False  # (two inline elements with a blank between: not glued)
        else:
            before = out[-1] if out else ""
            if pending_break is True and written:
                out.append(BYLINE_PART_BREAK)
            elif pending_break and written and not before[-1:].isspace() and not piece[:1].isspace() and (
                    (before[-1].isalnum() or before[-1] in ".)") and (piece[0].isalnum() or piece[0] in "@(")):
                out.append(BYLINE_PART_BREAK)
            out.append(piece)
            written = True
            pending_break = False
    return collapse("".join(out))


def line_broken_text(element, text: str) -> str:
    """The short text of a block (``text``: its :func:`text_of`) read with its lines apart
    when a ``<br>`` breaks it (:func:`byline_text`: "By Jane Doe<br>Harbour Times" is
    "By Jane Doe | Harbour Times", not "Jane DoeHarbour Times"; a ``<br>`` is a line break,
    so the texts on either side are separate lines even when no space is written between
    them); ``text`` as it is when no ``<br>`` is inside. (Whether one is inside is asked of
    lxml's C iterator, what ``.find(".//br")`` gives without the Python path machinery of
    ``find``, which cost more than the walk on a short block.)"""
    return text if next(element.iterdescendants("br"), None) is None else byline_text(element)


def in_figure(element) -> bool:
    """True when the element is in a ``<figure>`` or ``<figcaption>`` (a picture's credit)."""
    return element.tag in ("figure", "figcaption") or next(
        element.iterancestors("figure", "figcaption"), None) is not None


#: Characters of the text printed before an element searched for a photographer's credit lead.
PHOTO_LEAD_WINDOW_CHARS = 40


def after_photo_credit_lead(element) -> bool:
    """True when the text printed before the element in its parent (the parent's own text
    and its earlier children's) ends with a photographer's credit lead
    (:data:`authors.PHOTO_CREDIT_LEAD_BEFORE`: "Photography by", "Photos by", "Foto:"): a
    name linked in a picture credit line, not a writer's."""
    parent = element.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for child in parent:
        if child is element:
            break
        before.append(("".join(child.itertext()) if isinstance(child.tag, str) else "") + (child.tail or ""))
    text = "".join(before)[-PHOTO_LEAD_WINDOW_CHARS:]
    return bool(text.strip()) and authors.PHOTO_CREDIT_LEAD_BEFORE.search(text) is not None


#: A class word naming a quotation block: "quote", "blockquote", "pullquote" and the
#: words built on them ("pull-quote__attribution", "blockquote__author", "Quote-attribution");
#: not WordPress's "format-quote", the post format of a whole post.
_QUOTE_CLASS_WORD = re.compile(r"(?<![^\W_])(?<!format-)(?:block|pull[-_]?)?quote(?![^\W\d_])", re.IGNORECASE)


def in_quotation(element) -> bool:
    """True when the element is, or is in, a quotation: a ``<blockquote>`` or ``<q>`` (the
    HTML standard's quoted content), or an element whose class names a quote block
    (:data:`_QUOTE_CLASS_WORD`: the pull quotes of news themes). The name printed there
    is the quoted speaker's attribution, marked ``author`` or ``cite`` as often as not,
    never the story's byline."""
    for node in itertools.chain((element,), element.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if node.tag in ("blockquote", "q"):
            return True
        names = node.get("class")
        if names and "quote" in names.lower() and _QUOTE_CLASS_WORD.search(names):
            return True
    return False


#: The longest byline element read (a longer one is an author box holding a bio, or more).
MAX_BYLINE_ELEMENT_CHARS = 300


def element_value(element) -> str:
    """The value an element states: @content / @datetime / @title of meta-ish elements, else text."""
    for attribute in ("content", "datetime"):
        value = element.get(attribute)
        if value and value.strip():
            return collapse(value)
    return text_of(element)


#: How many alike sibling blocks (same tag and class), each holding a date, make a list
#: of dated items: teasers of other stories, a timeline, a comment thread.
MIN_LIST_ITEMS = 3


def _signature(element) -> tuple[str, str]:
    """What repeated blocks share: the tag and the class attribute."""
    return element.tag, element.get("class") or ""


def listed_items(items: list, headline=None) -> set[int]:
    """Indexes of the dated ``items`` (elements, or text nodes: their parent is used) that
    sit in one of :data:`MIN_LIST_ITEMS` or more alike sibling blocks each holding one of
    the items: entries of a list of other stories, not the page's own date line. Blocks
    that hold ``headline`` (the headline's element, when known) are never list items.

    The items' ways to the root share their upper part (the page's wrappers, the list
    itself): one walk up from all the items reads each element's parent and
    :func:`_signature` once, stopping where an earlier item's way joins; what it read
    serves both the count of alike dated siblings and each item's test."""
    parent_of: dict = {}  # element -> its parent (None at the root), each read once
    signature_of: dict = {}  # element -> its _signature, each read once
    dated_children: dict = {}  # (parent, signature) -> the dated children of that kind
    starts = []
    for item in items:
        element = item if isinstance(item, lxml.etree._Element) else item.getparent()
        starts.append(element)
        while element is not None and element not in parent_of:
            parent = parent_of[element] = element.getparent()
            if parent is not None:
                signature = signature_of[element] = _signature(element)
                dated_children.setdefault((parent, signature), set()).add(element)
            element = parent
    headline_side = set()
    element = headline
    while element is not None:
        headline_side.add(element)
        element = element.getparent()
    listed = set()
    for index, element in enumerate(starts):
        while element is not None:
            parent = parent_of[element]
            if parent is None or element in headline_side or parent in headline_side:
                break
            if len(dated_children[(parent, signature_of[element])]) >= MIN_LIST_ITEMS:
                listed.add(index)
                break
            element = parent
    return listed


#: The longest text of a date element's parent read for the label beside the date.
MAX_DATE_ITEM_CHARS = 200


def labelled_first(elements, label) -> list:
    """The date elements with those whose parent's short text holds ``label`` (a
    change history's "3 December 2026 First published" item) moved first, when they
    are some but not all of them; the order is otherwise kept."""
    if len(elements) < 2:
        return elements
    labelled = []
    for element in elements:
        parent = element.getparent()
        text = parent.text_content() if parent is not None else ""
        labelled.append(len(text) <= MAX_DATE_ITEM_CHARS and label.search(text) is not None)
    if not any(labelled) or all(labelled):
        return elements
    return ([e for e, hit in zip(elements, labelled) if hit]
            + [e for e, hit in zip(elements, labelled) if not hit])


#: How many characters just before a date element are read for the label it follows.
LABEL_BEFORE_CHARS = 40
#: The publication heuristics whose date elements are ordered by the labels beside them.
LABELLED_HEURISTICS = frozenset({"time", "time-pubdate"})
#: The cells whose label is the element before them: a description list's details after
#: its term (``<dt>Updated</dt><dd>``), a table's data cell after its header cell.
LABELLED_CELL_TAGS = frozenset({"dd", "td"})


def text_before(element, limit: int = LABEL_BEFORE_CHARS) -> str:
    """The last ``limit`` characters of the text just before a date element in its
    line: its preceding siblings' text and its parent's up to it ("Updated <time>",
    "<span>Last updated:</span> <time>"); where nothing precedes it there and its parent
    is a cell of :data:`LABELLED_CELL_TAGS`, the text of the element before that cell
    (the ``<dt>`` of a ``<dd>``, the ``<th>`` of a ``<td>``)."""
    parent = element.getparent()
    if parent is None:
        return ""
    chunks: list[str] = []
    size = 0
    for sibling in element.itersiblings(preceding=True):
        shown = sibling.text_content() if isinstance(sibling.tag, str) else ""
        for chunk in (sibling.tail or "", shown):
            chunks.append(chunk)
            size += len(chunk)
        if size >= limit:
            break
    else:
        chunks.append(parent.text or "")
    text = " ".join(" ".join(reversed(chunks)).split())
    if not text and parent.tag in LABELLED_CELL_TAGS:
        label = parent.getprevious()
        if label is not None and isinstance(label.tag, str):
            text = " ".join(f"{label.text_content()} {label.tail or ''}".split())
    return text[-limit:]


#: The shortest ``datetime`` value that states a day ("2025-10-09").
MIN_STATED_DAY_CHARS = 10


def updates_last(elements, update_label, label) -> list:
    """The date elements with those whose nearest label just before them
    (:func:`text_before`, then their own words) is an update label ("Last updated:",
    "Updated", "Aktualisiert am"), not a publication label (``label``), moved last, when
    another one states a day in its ``datetime`` (:data:`MIN_STATED_DAY_CHARS`): a page
    that marks up its update and its publication beside their labels, the update first
    ("Last updated: <time>" then "Published: <time>"; a ``<dl>`` or a table of the two).
    A date element after "Updated" keeps its place when no other one states a day: the
    page's only marked-up date after "Updated" is its publication to the labellers of the
    development pages (an "Aktualisiert am" line that is all the page prints), and a live
    page's entries print a time of day alone ("<time>21:22</time>"), which is no
    publication. The order is otherwise kept."""
    if len(elements) < 2:
        return elements
    flagged = []
    for element in elements:
        # (the element's own words come last: "<time>Published 9 May</time>" after an update)
        before = f"{text_before(element)} {text_of(element)[:LABEL_BEFORE_CHARS]}"
        updates = [m.start() for m in update_label.finditer(before)]
        published = [m.start() for m in label.finditer(before)] if updates else []
        flagged.append(bool(updates) and (not published or updates[-1] > published[-1]))
    if not any(flagged) or not any(len(e.get("datetime") or "") >= MIN_STATED_DAY_CHARS
                                   for e, hit in zip(elements, flagged) if not hit):
        return elements
    return ([e for e, hit in zip(elements, flagged) if not hit]
            + [e for e, hit in zip(elements, flagged) if hit])


def date_candidates(scope, xpaths, microdata: bool = True, label=None,
                    class_values: list[str] | None = None,
                    update_label=None) -> list[tuple[str, str, str]]:
    """(heuristic, attribute value, visible text) of date elements in the scope, in order:
    those of the first heuristic that finds any outside related blocks and outside lists
    of dated items (:func:`listed_items`), none inside a quoted or embedded post
    (:func:`in_quoted_post`); when every heuristic finds only listed ones,
    the first heuristic's (the labelled one first, as below). ``microdata`` False: the
    page has no ``itemprop`` (:func:`has_microdata`), the heuristics selecting by it are
    not walked. ``label`` (a pattern): a ``<time>`` labelled so beside it comes before
    the others (:func:`labelled_first`); ``update_label`` (a pattern, with ``label``):
    those after an update label beside them go last (:func:`updates_last`).
    ``class_values``: the values of the page's ``class`` attributes, when known (a
    heuristic of :data:`DATE_CLASS_NEEDS` none of them allows is not walked)."""
    fallback: list[tuple[str, str, str]] = []
    joined = None
    for name, xpath in xpaths:
        if not microdata and name in MICRODATA_HEURISTICS:
            continue
        needs = DATE_CLASS_NEEDS.get(name)
        if needs is not None and class_values is not None:
            if joined is None:
                joined = "\n".join(class_values)
            if not any(needle in joined for needle in needs):
                continue
        elements = xpath(scope)
        if name == "date-class":
            elements = [e for e in elements if not DAY_OF_VIEWING_CLASS.search(e.get("class") or "")]
        elements = [e for e in elements if not in_quoted_post(e)]
        if not elements:
            continue
        listed = listed_items(elements) if len(elements) >= MIN_LIST_ITEMS else set()
        kept = outside_related([e for i, e in enumerate(elements) if i not in listed], 3,
                               article_footer=True)
        if kept:
            if label is not None and name in LABELLED_HEURISTICS:
                kept = labelled_first(kept, label)
                if update_label is not None:
                    kept = updates_last(kept, update_label, label)
            return _dated(name, kept)
        if not fallback:
            listed_only = outside_related(elements, 3)
            if label is not None and name in LABELLED_HEURISTICS:
                # (a change history of three items or more is a list of dated items too)
                listed_only = labelled_first(listed_only, label)
            fallback = _dated(name, listed_only)
    return fallback


def _dated(name: str, elements) -> list[tuple[str, str, str]]:
    """(heuristic, attribute value, visible text) of each date element."""
    return [(name, collapse(e.get("datetime") or e.get("content") or _abbr_title(e)), text_of(e))
            for e in elements]


def _abbr_title(element) -> str:
    """The ``title`` of an ``<abbr>`` (where the microformats' "abbr design pattern"
    writes the machine-readable value, as ``itemprop=datePublished`` on Blogger's
    ``<abbr class="published">``); '' for any other element."""
    return (element.get("title") or "") if element.tag == "abbr" else ""


#: The longest text :func:`short_texts` yields, plus one.
_SHORT_LINE_CHARS = 120
#: Characters a collapsed text may lose besides whitespace (dropped, or stripped at its ends).
_DROPPED_CHARACTERS = "\u200b\u2060\ufeff\u200c\u200d"


def _longer_than_short_line(text: str) -> bool:
    """True when the collapsed form of any text holding ``text`` is surely too long
    for :func:`short_texts` (without reading that text)."""
    if len(text) < _SHORT_LINE_CHARS:
        return False
    shown = "".join(text.split())
    kept = len(shown) - sum(shown.count(c) for c in _DROPPED_CHARACTERS)
    return kept >= _SHORT_LINE_CHARS


def first_text_nodes(scope) -> list:
    """The scope's first BYLINE_TEXT_NODES non-blank text nodes (read once for
    :func:`short_texts` and :func:`labelled_texts`)."""
    return _FIRST_TEXT_NODES(scope)


def short_texts(scope, limit: int = BYLINE_TEXT_NODES, nodes: list | None = None) -> Iterator[str]:
    """Texts of the blocks holding the scope's first text nodes (for "By ..." lines):
    each text node's parent text, when short. Read as they are asked for (the caller
    stops at the first "By ..." line)."""
    return (text for _block, text in short_lines(scope, limit, nodes))


def short_lines(scope, limit: int = BYLINE_TEXT_NODES,
                nodes: list | None = None) -> Iterator[tuple[object, str]]:
    """(block, text) of each of :func:`short_texts`' texts: the element it was read from."""
    seen = set()
    texts: dict = {}  # element -> its text (the block of many tails is read once)
    if nodes is None:
        nodes = _FIRST_TEXT_NODES(scope) if limit == BYLINE_TEXT_NODES else TEXT_NODES(scope)[:limit]
    for node in nodes:
        parent = node.getparent()
        if parent is not None and node.is_tail and parent.getparent() is not None:
            # (a tail is its block's text: "<time>4 March</time> von Jane Doe" is read as the
            # line of the block, though the element before it was read for its own text)
            parent = parent.getparent()
        if parent is None or parent in seen:
            continue
        seen.add(parent)  # (the element itself: it stays alive, so no other takes its id)
        if _longer_than_short_line(node):
            continue  # (its block's text holds all it shows: too long to read)
        text = texts.get(parent)
        if text is None:
            text = texts[parent] = text_of(parent)
        if 3 < len(text) < _SHORT_LINE_CHARS:
            yield parent, line_broken_text(parent, text)
        elif _first_line_of_its_own(node):
            line = collapse(node)
            if 3 < len(line) < _SHORT_LINE_CHARS:
                yield parent, line


#: A class or id word of a comment of a readers' thread: "comment", "comments",
#: "comment__meta" (not "commentary", "commentator": an opinion piece's own markup, as
#: :data:`RELATED_NAMES` reads them).
COMMENT_NAMES = re.compile(r"comment(?!ar(?:y|ies)|ators?)", re.IGNORECASE)


def in_comment(element, scope) -> bool:
    """True when the element sits in a comment of a readers' thread inside ``scope``: an
    element between them (``scope`` itself and what is above it not read) whose class or
    id names a comment (:data:`COMMENT_NAMES`). A comment's own "Submitted by <user> on
    <date>" line (Drupal core's comment template: ``<article class="comment">`` with its
    ``comment__submitted`` line, printed inside the node's article where the node's
    comment field sits) names the commenter, not the story's writer."""
    node = element
    while node is not None and node is not scope:
        for names in (node.get("class"), node.get("id")):
            if names and COMMENT_NAMES.search(names):
                return True
        node = node.getparent()
    return False


def _first_line_of_its_own(node) -> bool:
    """True when a text node opens its block and a ``<br>`` ends it: the first line of a
    paragraph, set apart ("By Jane Doe<br>The story begins ...")."""
    if node.is_tail:
        return False
    block = node.getparent()
    return len(block) > 0 and block[0].tag == "br"


#: The longest text read as the value after a byline label ("Autor:" and then the name).
MAX_LABELLED_CHARS = 80
#: A label standing alone this many times near the top of the scope marks a list of items
#: (comments, teasers, forum posts), each with its own author: none is the byline.
MIN_LISTED_LABELS = 3


#: A text node that only joins two names ("By <a>A</a> and <a>B</a>", each name an element
#: of its own): the word "and" of the languages the bylines are split in, "&" or a comma.
NAME_JOINT_NODE = re.compile(r"^\s*(?:,|&|and|und|et|y|e|en|og|och|i|és|ja|ve)\s*$", re.IGNORECASE)
#: The most names read after a label through such joints.
MAX_JOINED_NAMES = 4


def _with_joined_names(value: str, nodes: list, index: int) -> str:
    """``value`` (the text after a byline label), with the names that follow it through
    joint nodes (:data:`NAME_JOINT_NODE`): the byline printed as "By", a name, "and" and a
    name, each in an element of its own, read whole ("A and B")."""
    names = 1
    while (names < MAX_JOINED_NAMES and index + 1 < len(nodes)
           and NAME_JOINT_NODE.match(nodes[index]) is not None):
        joint, name = collapse(nodes[index]), collapse(nodes[index + 1])
        joined = f"{value}, {name}" if joint == "," else f"{value} {joint} {name}"
        if len(name) <= 3 or len(joined) > MAX_LABELLED_CHARS:
            break
        value, index, names = joined, index + 2, names + 1
    return value


def labelled_texts(scope, is_label, nodes: list | None = None) -> Iterator[str]:
    """The texts that follow a label standing alone in the scope's first text nodes
    (``is_label(text)``: "Autor:", "By"; capitalised or closed by a colon, so a "von" or
    "par" split off running text by a link is no label; a label repeated
    MIN_LISTED_LABELS times is a list's): a byline whose label and names are separate
    elements or a heading and its tail ("<h5>Autor:</h5>Jane Doe"), which no line of
    :func:`short_texts` holds whole; not a label in a readers' comment (:func:`in_comment`).
    ``nodes``: :func:`first_text_nodes` when the caller has them."""
    if nodes is None:
        nodes = _FIRST_TEXT_NODES(scope)
    labels: list[tuple[int, str]] = []
    for index in range(len(nodes) - 1):
        node = nodes[index]
        if len(node) < 20:
            label = collapse(node)
            if label and (label[0].isupper() or label.endswith(":")) and is_label(label):
                labels.append((index, label.lower()))
    counts: dict[str, int] = {}
    for _index, label in labels:
        counts[label] = counts.get(label, 0) + 1
    for index, label in labels:
        if counts[label] >= MIN_LISTED_LABELS:
            continue  # (a list: comments, teasers, a forum's posts)
        if in_comment(nodes[index].getparent(), scope):
            continue  # (a readers' comment's "Submitted by" and its user's name)
        value = collapse(nodes[index + 1])
        if 3 < len(value) <= MAX_LABELLED_CHARS:
            yield _with_joined_names(value, nodes, index + 2)


#: Text nodes read after the headline's h1 when the byline is looked for beside it.
HEADLINE_BYLINE_TEXT_NODES = 30



def _text_holders(element) -> Iterator:
    """For each non-blank text node inside ``element``, in page order, the element that
    holds it (its parent; for a tail, the parent of the element it follows). Walked by
    lxml's event iterator, not by recursion: a page nested thousands deep is no error."""
    if not isinstance(element.tag, str):
        return  # (a comment or processing instruction holds no text node)
    for event, node in lxml.etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event == "start":
            if isinstance(node.tag, str) and node.text and node.text.strip(XPATH_SPACE):
                yield node
        elif node is not element and node.tail and node.tail.strip(XPATH_SPACE):
            yield node.getparent()


def _text_holders_after(element, limit: int) -> Iterator:
    """The holders (:func:`_text_holders`) of the first ``limit`` non-blank text nodes
    after the end of ``element`` in page order (what the XPath
    ``following::text()[normalize-space()][position() <= limit]`` selects, read one node
    at a time so that only those nodes are walked, not the rest of the page)."""
    count = 0
    node = element
    while node is not None:
        parent = node.getparent()
        if parent is None:
            return
        if node.tail and node.tail.strip(XPATH_SPACE):
            yield parent
            count += 1
            if count >= limit:
                return
        for sibling in node.itersiblings():
            for holder in _text_holders(sibling):
                yield holder
                count += 1
                if count >= limit:
                    return
            if sibling.tail and sibling.tail.strip(XPATH_SPACE):
                yield parent
                count += 1
                if count >= limit:
                    return
        node = parent


def headline_h1(tree, h1s: list | None = None):
    """The page's headline h1: the first h1 outside related blocks that is not the site's
    masthead, or None. ``h1s``: the page's :func:`h1_elements`, when the caller has them."""
    return next((h for h in outside_related(h1_elements(tree) if h1s is None else h1s, 4)
                 if not is_masthead_h1(h)), None)


#: The text nodes of the body that read, spaces collapsed, as the headline given (``$headline``).
#: (``descendant::text()``: what ``//body//text()`` selects, the text nodes found in one
#: walk of the body rather than a step under every one of its nodes; ``/html/body``: the
#: body ``//body`` finds, where libxml2's HTML parser puts the one body of every page, as
#: :func:`newscrawl.extract.page_dates.visible_text_nodes` reads it, without a walk of the
#: whole tree looking for it.)
_HEADLINE_TEXT_NODES = XP("/html/body/descendant::text()[normalize-space() = $headline]")


def headline_element(tree, headline: str | None):
    """The element printing the headline as its whole text on a page without an h1 (a
    ``<font class=...>`` or a bold cell of a table layout): the parent of the first text
    node of the body that reads as the headline and is all its parent's text, or None."""
    if not headline:
        return None
    for node in _HEADLINE_TEXT_NODES(tree, headline=headline):
        parent = node.getparent()
        if parent is not None and text_of(parent) == headline:
            return parent
    return None


def holders_after_headline(h1) -> Iterator:
    """The holders (:func:`_text_holders`) of the first HEADLINE_BYLINE_TEXT_NODES
    non-blank text nodes after the headline's h1, in page order: what
    :func:`texts_after_headline` and :func:`link_texts_before_follow` read, for a caller
    that walks them once for both."""
    return _text_holders_after(h1, HEADLINE_BYLINE_TEXT_NODES)


def texts_after_headline(h1, holders: Iterable | None = None,
                         related: dict | None = None) -> Iterator[tuple[str, bool]]:
    """(text, byline-named) of the short blocks holding the first
    HEADLINE_BYLINE_TEXT_NODES text nodes after the headline's h1, each block once, in
    page order, related blocks left out: where most layouts print the byline, also when
    the article container found around the body does not hold the h1 (a header row or a
    side column beside the story). ``byline-named``: the block or a near ancestor has a
    class naming an author or a byline (:func:`_byline_named`). ``holders``:
    :func:`holders_after_headline` of the h1, when the caller has them; ``related``: the
    memo of :func:`in_related` the caller keeps for the rules reading the same holders
    (the holders share their ancestors: each is walked up once)."""
    seen = set()  # (the elements themselves: an id() of a freed proxy can come back)
    memo = {} if related is None else related
    for parent in holders_after_headline(h1) if holders is None else holders:
        if parent in seen or parent.tag in _UNREAD_TAGS or in_related(parent, memo=memo):
            continue
        seen.add(parent)
        text = text_of(parent)
        if 3 < len(text) < _SHORT_LINE_CHARS:
            yield line_broken_text(parent, text), _byline_named(parent)


#: Class words naming a byline block (in any case, inside longer class names:
#: "post-author", "noticias__author", "BylineWrapper"; Hungarian "szerzo", not "szerzodes").
_BYLINE_NAMED = re.compile(r"author|byline|autor|auteur|szerz[oő](?!d)", re.IGNORECASE)
_FURNITURE_NAMED = re.compile("|".join(AUTHOR_FURNITURE_WORDS), re.IGNORECASE)
#: How far up from a text's block a class naming the byline is looked for.
BYLINE_NAMED_LEVELS = 3


def _byline_named(element) -> bool:
    """True when the element or one of its nearest ancestors (BYLINE_NAMED_LEVELS in all)
    has a class naming an author or a byline, and the element's own class names no author
    furniture (a bio, an avatar, a date)."""
    node = element
    for _ in range(BYLINE_NAMED_LEVELS):
        if node is None:
            return False
        if _BYLINE_NAMED.search(node.get("class") or ""):
            return not _FURNITURE_NAMED.search(element.get("class") or "")
        node = node.getparent()
    return False


def class_names_byline(value: str) -> bool:
    """True when a class attribute's value names an author or a byline (:data:`_BYLINE_NAMED`)."""
    return bool(_BYLINE_NAMED.search(value))


def in_one_byline_block(elements: list) -> bool:
    """True when the byline ``elements`` all lie in one element, the first of them or one
    of its nearest ancestors (BYLINE_NAMED_LEVELS in all), whose class names a byline or
    an author: one byline printing each writer in a name element of its own (Arc XP's
    ``c-byline`` with a ``c-byline__name`` link and a role per writer), or a byline
    element with its own name elements inside it (``byline__names`` around
    ``byline__name`` spans). Several bylines of the page (a video's credit, the next
    story's writer) share no such block."""
    if not elements:
        return False
    node = elements[0]
    for _ in range(BYLINE_NAMED_LEVELS):
        if node is None:
            return False
        if all(is_within(element, node) for element in elements[1:]):
            return bool(_BYLINE_NAMED.search(node.get("class") or ""))
        node = node.getparent()
    return False


#: The label of the button that follows a writer, in the languages of the corpora's sites
#: (the whole text of a ``<button>`` or a link, compared lower-case).
FOLLOW_LABELS = frozenset({"follow", "folgen", "suivre", "seguir", "segui", "volgen",
                           "følg", "följ", "obserwuj", "sledovat", "takip et"})
#: How many levels up from a follow button the link naming the writer is looked for.
FOLLOW_NAME_LEVELS = 4
#: The address of a person's profile page: an author page's path segment
#: (:data:`_AUTHOR_PATH`), or the "/@handle" of Medium, Substack and the fediverse, or
#: LinkedIn's "/in/" (a follow button also follows topics, whose pages are none of these).
_PROFILE_HREF = re.compile(_AUTHOR_PATH.pattern + r"|/@[\w.-]+(?:[/?#]|$)|/in/[\w.-]+")


def link_texts_before_follow(h1, holders: Iterable | None = None,
                             related: dict | None = None) -> list[str]:
    """The texts of the links printed just before the first follow button or link
    (:data:`FOLLOW_LABELS`) among the first HEADLINE_BYLINE_TEXT_NODES text nodes after
    the headline's ``h1``, nearest first: the links to a profile page
    (:data:`_PROFILE_HREF`) inside the button's ancestors up to FOLLOW_NAME_LEVELS above
    it that come before it and after the headline in page order. Blogging platforms (Medium), LinkedIn's articles and some publishers' author
    cards print the writer's name as a link beside such a button, where class names may
    say nothing. ``holders``: :func:`holders_after_headline` of the h1, when the caller
    has them; ``related``: as for :func:`texts_after_headline`."""
    for holder in holders_after_headline(h1) if holders is None else holders:
        button = next((node for node in (holder, holder.getparent())
                       if node is not None and node.tag in ("button", "a")), None)
        if button is None or text_of(button).lower() not in FOLLOW_LABELS \
                or in_related(button, memo=related):
            continue
        node = button
        for _ in range(FOLLOW_NAME_LEVELS):
            parent = node.getparent()
            if parent is None:
                break
            node = parent
        before: list[str] = []
        after_headline = not is_within(h1, node)
        for element in node.iter():
            if element is button:
                break
            if element is h1:
                after_headline = True
            elif (after_headline and element.tag == "a" and not is_within(element, h1)
                  and _PROFILE_HREF.search(element.get("href") or "")):
                before.append(text_of(element))
        return [text for text in reversed(before) if text]
    return []


#: Levels above a text's holder searched for the link it is printed in (the name in a
#: ``<span>`` inside the link: "<a href=/author/jane-doe><span>Jane Doe</span></a>").
AUTHOR_LINK_LEVELS = 2


def author_links_after(h1, holders: Iterable | None = None, related: dict | None = None) -> list:
    """The links to an author's page (:func:`is_author_href`) printing a text among the
    first HEADLINE_BYLINE_TEXT_NODES text nodes after the headline's ``h1``, in page
    order, each link once, related blocks left out: the byline of a header printed apart
    from the story's container (the article scope, where :func:`author_links` looks, holds
    the body only), where its classes may say nothing. ``holders``:
    :func:`holders_after_headline` of the h1, when the caller has them; ``related``: as for
    :func:`texts_after_headline`."""
    found: list = []
    seen: list = []
    for holder in holders_after_headline(h1) if holders is None else holders:
        node = holder
        for _ in range(AUTHOR_LINK_LEVELS + 1):
            if node is None or node.tag == "a":
                break
            node = node.getparent()
        if node is None or node.tag != "a" or any(node is link for link in seen):
            continue
        seen.append(node)
        href = node.get("href")
        if href and is_author_href(node, href) and not in_related(node, memo=related) and text_of(node):
            found.append(node)
    return found


#: Blocks after the headline read for a name printed beside its writer's portrait.
PORTRAIT_BLOCKS = 6
#: Levels above a name's block searched for the portrait printed beside it.
PORTRAIT_LEVELS = 2
#: The most images the block holding a name and its portrait may hold (a strip of
#: several writers' portraits is read too; a gallery or a teaser list is not).
MAX_PORTRAIT_IMAGES = 3
#: The fewest letters of a name's spelling that a portrait's file name must open with.
MIN_PORTRAIT_NAME_CHARS = 6


def _spelling(text: str) -> str:
    """A name or a file name as a URL spells it: letters and digits only, case and
    accents aside ("Ioana Mureșan" and "ioana-muresan" alike)."""
    return fold(without_accents(text))


def _portrait_spells(block, text: str) -> bool:
    """True when an image near ``block`` (within PORTRAIT_LEVELS ancestors holding at most
    MAX_PORTRAIT_IMAGES images) has a file name that opens with ``text`` as a URL spells it."""
    key = _spelling(text)
    if len(key) < MIN_PORTRAIT_NAME_CHARS:
        return False
    node = block
    for _ in range(PORTRAIT_LEVELS):
        node = node.getparent()
        if node is None:
            return False
        found = list(itertools.islice(node.iter("img"), MAX_PORTRAIT_IMAGES + 1))
        if len(found) > MAX_PORTRAIT_IMAGES:
            return False
        for img in found:
            for attribute in ("src", "data-src"):
                if _spelling(_file_stem(img.get(attribute))).startswith(key):
                    return True
    return False


def _file_stem(url: str | None) -> str:
    """The file name of an image URL without its extension ("jane-doe-150x150" of
    ``/team/jane-doe-150x150.jpg?v=2``); "" for none or an inline ``data:`` image."""
    if not url or url.startswith("data:"):
        return ""
    return urlsplit(url).path.rpartition("/")[2].partition(".")[0]


def texts_beside_portraits_after(h1, holders: Iterable | None = None,
                                 related: dict | None = None,
                                 wanted: Callable[[str], bool] = bool) -> list[str]:
    """The texts of the first PORTRAIT_BLOCKS short blocks after the headline's ``h1``
    printed beside an image whose file name spells them (:func:`_portrait_spells`):
    a byline strip's name beside its writer's portrait, the picture filed under the
    writer's name, where no by-word, link or class says byline. Related blocks are left out; ``holders`` and ``related`` as for
    :func:`texts_after_headline`; ``wanted``: the caller's test of a text (a name), asked
    before the images around it are looked at."""
    found = []
    seen: set = set()
    for holder in holders_after_headline(h1) if holders is None else holders:
        if len(seen) >= PORTRAIT_BLOCKS:
            break
        if holder in seen or holder.tag in _UNREAD_TAGS:
            continue
        seen.add(holder)
        text = text_of(holder)
        if 3 < len(text) < _SHORT_LINE_CHARS and wanted(text) and _portrait_spells(holder, text) \
                and not in_related(holder, memo=related):
            found.append(text)
    return found


def author_link_texts_after(h1, holders: Iterable | None = None) -> list[str]:
    """The texts of :func:`author_links_after`: the names linked to an author's page just
    after the headline."""
    return [text_of(link) for link in author_links_after(h1, holders)]


#: The longest text of a bold paragraph read as a signature: a name, perhaps with its
#: agency or initials ("Jana Roth (jr)", "Jane Doe, Reuters"); a longer bold paragraph is
#: a passage of the story (a page printing all its text in bold).
MAX_SIGNATURE_CHARS = 80


def signature_texts(container) -> list[str]:
    """Texts of the bold-only paragraphs that close a story ("<p><strong>Jane Doe</strong></p>"),
    a byline convention of several publishers; no longer than :data:`MAX_SIGNATURE_CHARS`."""
    texts = (text_of(p) for p in signature_paragraphs(container))
    return [text for text in texts if len(text) <= MAX_SIGNATURE_CHARS]


# -- the heading printed just before the story -----------------------------------------

#: Heading tags a headline is printed in: every level (the HTML standard's h1-h6 are all
#: headings of their section; an old template's story headline may sit in an h5 under its
#: sidebar's h3s).
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Class / id words of an element styled as a headline ("headline", "storyhead",
#: "article-title", "lblTitle"): the conventions of several sites' templates.
_HEADING_NAME = re.compile(r"head|title", re.IGNORECASE)
#: ... unless they name the page header, a sub-headline or a kicker: the line above the
#: headline is "overline" or "kicker" in English templates, "pretitle" / "pre-title" /
#: "prehead", "overtitle" / "over-head", "supertitle" in Italian, Spanish, French and
#: American newspaper CMSs, "Dachzeile" in German ones (each seen on several
#: development sites).
_NOT_HEADING_NAME = re.compile(
    r"header|masthead|subhead|sub-?title|sub_title|kicker|overline|deck|section|nav|menu"
    r"|(?:over|pre|super)[-_]?(?:title|head)|dachzeile",
    re.IGNORECASE)
#: The names of :data:`_NOT_HEADING_NAME` that say what a line around the headline is (a
#: kicker, a dek, a sub-headline): bold text wrapped whole in such an element is that
#: line, not the headline ("<div class=article_overtitle><b>Dek</b></div>").
_NOT_HEADLINE_LINE_NAME = re.compile(
    r"subhead|sub-?title|sub_title|kicker|overline|deck|(?:over|pre|super)[-_]?(?:title|head)"
    r"|dachzeile", re.IGNORECASE)
#: Words of text read backwards from the story's first paragraph in search of its heading
#: (a byline, a date and sharing links may sit between them).
WORDS_BEFORE_STORY = 60
#: A heading of fewer or more words is a label or a paragraph, not the headline.
HEADING_MIN_WORDS, HEADING_MAX_WORDS = 3, 30


def _texts_within_reversed(element):
    """(text, its element, is it a tail) of the text nodes of ``element`` and its subtree,
    its tail included, last first; whitespace-only texts left out. A child without
    children of its own (most elements: a link, a line break, an image) gives its texts
    here, without a generator of its own for them to pass through."""
    tail = element.tail
    if tail and tail.strip(XPATH_SPACE):
        yield tail, element, True
    for child in reversed(element):
        if len(child):
            yield from _texts_within_reversed(child)
            continue
        tail = child.tail
        if tail and tail.strip(XPATH_SPACE):
            yield tail, child, True
        text = child.text
        if text and isinstance(child.tag, str) and text.strip(XPATH_SPACE):
            yield text, child, False
    text = element.text
    if text and isinstance(element.tag, str) and text.strip(XPATH_SPACE):
        yield text, element, False


def _texts_before(element):
    """(text, its element, is it a tail) of the text nodes before ``element`` in document
    order (XPath's ``preceding::text()[normalize-space()]`` read backwards, nearest
    first), found as they are asked for: a walk back stops after a few of them."""
    node = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from _texts_within_reversed(sibling)
        node = node.getparent()
        if node is not None:
            text = node.text
            if text and text.strip(XPATH_SPACE):
                yield text, node, False


def _named_as_heading(element) -> bool:
    """True when an element's class or id names a headline or title (not the page
    header, a sub-headline or a kicker)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_HEADING_NAME.search(names)) and not _NOT_HEADING_NAME.search(names)


def _is_heading_like(element, text=text_of) -> bool:
    """True when an element is printed as a heading: an h1-h6, a class or id naming a
    headline or title, bold text that is the whole text of its block, or an element
    styled bold inline that is the whole text of its block or line. ``text``: how
    an element's text is read (a memo of :func:`text_of` when the caller has one)."""
    tag = element.tag
    if not isinstance(tag, str):
        return False
    if tag in HEADING_TAGS or _named_as_heading(element):
        return True
    if tag in ("b", "strong"):
        parent = element.getparent()
        return parent is not None and text(parent) == text(element)
    if _BOLD_STYLE.search(element.get("style") or ""):
        parent = element.getparent()
        return parent is not None and (text(parent) == text(element) or _is_whole_line(element))
    return False


#: An inline style setting a bold weight: an old layout's headline printed as
#: ``<span style="font-size:18px;font-weight:bold">`` rather than in a heading tag.
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def _is_whole_line(element) -> bool:
    """True when an element is a line of its own: nothing but whitespace before it since
    the start of its parent or a ``<br>``, and a ``<br>`` right after it."""
    if (element.tail or "").strip():
        return False
    following = element.getnext()
    if following is None or following.tag != "br":
        return False
    before = element.getprevious()
    if before is None:
        return not (element.getparent().text or "").strip()
    return before.tag == "br" and not (before.tail or "").strip()


def _may_be_heading(element) -> bool:
    """False when :func:`_is_heading_like` is False whatever the texts: no heading tag,
    no bold tag or style, no class or id naming a headline (tested without reading any
    text)."""
    tag = element.tag
    if not isinstance(tag, str):
        return False
    return (tag in HEADING_TAGS or tag in ("b", "strong") or _named_as_heading(element)
            or "font-weight" in (element.get("style") or ""))


def _text_memo():
    """:func:`text_of` remembering each element's text (for walks that read the same
    ancestors again and again); it keeps the elements it read alive while it lives."""
    texts: dict = {}

    def text(element) -> str:
        found = texts.get(element)
        if found is None:
            found = texts[element] = text_of(element)
        return found
    return text


def _may_be_heading_memo():
    """:func:`_may_be_heading` remembering its answer for each element (the walk back
    from the story asks it of the same few ancestors for every text node below them);
    it keeps the elements it was asked about alive while it lives."""
    answers: dict = {}

    def may_be_heading(element) -> bool:
        found = answers.get(element)
        if found is None:
            found = answers[element] = _may_be_heading(element)
        return found
    return may_be_heading


def _heading_of(element, text_of_element=text_of, may_be_heading=_may_be_heading):
    """The outermost heading-like element among ``element`` and its two nearest ancestors
    that holds no more text than ``element`` (None when none is heading-like).
    ``text_of_element``: how an element's text is read (see :func:`_text_memo`);
    ``may_be_heading``: :func:`_may_be_heading`, or a memo of it
    (:func:`_may_be_heading_memo`)."""
    node = element
    for _ in range(3):  # no candidate among them: no text needs reading
        if node is None or node.tag in ("body", "html"):
            return None
        if may_be_heading(node):
            break
        node = node.getparent()
    else:
        return None
    found, text = None, text_of_element(element)
    node = element
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            break
        if node is not element and text_of_element(node) != text:
            break
        if _names_headline_line(node):
            return None  # (the whole text of a kicker, dek or sub-headline wrapper)
        if _is_heading_like(node, text_of_element):
            found = node
        node = node.getparent()
    return found


def _names_headline_line(element) -> bool:
    """True when an element's class or id names a kicker, dek or sub-headline
    (:data:`_NOT_HEADLINE_LINE_NAME`)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return names != " " and bool(_NOT_HEADLINE_LINE_NAME.search(names))


def _story_start(container, first_paragraph: str):
    """(start, holder): the first element of the container whose own text opens the
    story's first paragraph, twice; else, when the paragraph opens with the text after a
    line break (an old layout's "<font><b>Head</b><br>Story ..."), the ``<br>`` and its
    parent, which holds the paragraph; else the container, twice."""
    key = collapse(first_paragraph)
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        own = collapse(element.text)
        if own and key.startswith(own[:40]):
            return element, element
    for element in container.iter("br"):
        tail = collapse(element.tail)
        if tail and key.startswith(tail[:40]):
            return element, element.getparent()
    return container, container


def headings_before_story(container, first_paragraph: str) -> list[str]:
    """Texts of the headings printed just before the story (nearest first): heading-like
    elements among the last :data:`WORDS_BEFORE_STORY` words before the first paragraph
    of the body container, the paragraph's own element included when it is one. Headings
    in related / navigation blocks and headings of too few or too many words are left out."""
    return [text for text, _element in heading_elements_before_story(container, first_paragraph)]


def heading_elements_before_story(container, first_paragraph: str) -> list[tuple[str, object]]:
    """(text, element) of each heading :func:`headings_before_story` finds, nearest first."""
    return list(heading_elements_nearest_first(container, first_paragraph))


def heading_elements_nearest_first(container, first_paragraph: str):
    """The (text, element) pairs of :func:`heading_elements_before_story`, yielded as the
    walk back from the story finds them, so that a caller deciding on the nearest heading
    walks no further."""
    start, holder = _story_start(container, first_paragraph)
    found: list = []
    taken: list[str] = []
    text = _text_memo()
    may_be_heading = _may_be_heading_memo()

    def taken_text(heading) -> str | None:
        heading_text = text(heading)
        if (_reads_as_headline(heading_text) and not _reads_as_byline(heading_text)
                and not in_related(heading) and all(heading_text != seen for seen in taken)):
            taken.append(heading_text)
            return heading_text
        return None

    heading = _heading_of(holder, text, may_be_heading)
    if heading is not None:
        found.append(heading)
        heading_text = taken_text(heading)
        if heading_text is not None:
            yield heading_text, heading
    words = 0
    for node, element, is_tail in _texts_before(start):
        if words > WORDS_BEFORE_STORY:
            break
        words += len(node.split())
        if is_tail:
            continue
        heading = _heading_of(element, text, may_be_heading)
        if heading is not None and all(heading is not other for other in found):
            found.append(heading)
            heading_text = taken_text(heading)
            if heading_text is not None:
                yield heading_text, heading


_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
#: A text closing on a full stop after a word of three letters or figures or more ("… in
#: 2008."): a sentence. An abbreviation of one or two letters ("the U.S.") is none.
_FULL_STOP_AFTER_WORD = re.compile(r"[^\W_]{3}\.$")


def _reads_as_byline(text: str) -> bool:
    """True when a heading's text is a byline printed bold: a byline lead-in word
    (:func:`authors.starts_with_lead_in`: "By", "Autor" ...; not the lead-ins that are
    also name particles, "Di", "Von", "De", which open headlines naming a person:
    "Di Montezemolo: ...") and a capitalised word after it ("By JANE DOE Associated
    Press Writer"; "By the numbers: ..." stays)."""
    words = text.split(maxsplit=2)
    return (len(words) > 1 and words[1][:1].isupper()
            and authors.starts_with_lead_in(text, particles=False))


def _reads_as_headline(text: str) -> bool:
    """True when a heading's text may be a headline: HEADING_MIN_WORDS to
    HEADING_MAX_WORDS words, as many of them of three letters or more (a bold date is not
    one), and no full stop closing a sentence (a bold standfirst is not one)."""
    return (HEADING_MIN_WORDS <= len(text.split()) <= HEADING_MAX_WORDS
            and len(_LETTER_WORD.findall(text)) >= HEADING_MIN_WORDS
            and not _FULL_STOP_AFTER_WORD.search(text))


# -- the permalink heading ---------------------------------------------------------------

#: Heading tags a post's permalink heading is printed in (blog themes use any level).
PERMALINK_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The link carrying the permalink: ``rel="bookmark"`` (the HTML standard's permalink of
#: the nearest article or section; WordPress themes print the post title in a heading
#: linking the post's permalink with it).
_BOOKMARK_LINKS = lxml.etree.XPath(
    "//a[contains(concat(' ', normalize-space(translate(@rel, 'BOOKMARK', 'bookmark')), ' '),"
    " ' bookmark ')][@href]")


def same_page(href: str, url: str) -> bool:
    """True when a link's target is the page itself (scheme, "www." and a closing slash
    aside; a fragment ignored)."""
    def key(address: str) -> tuple[str | None, str, str]:
        parts = urlsplit(address)
        return domain_of(address), parts.path.rstrip("/"), parts.query

    return bool(url) and key(urljoin(url, href.strip())) == key(url)


def permalink_heading(tree, url: str) -> str | None:
    """The text of the first heading (h1-h6) holding a ``rel="bookmark"`` link to the page
    itself, of HEADING_MIN_WORDS to HEADING_MAX_WORDS words: a post's own title as a blog
    theme prints it; None when the page has none. (Teasers of other posts carry
    bookmark links too, to their own pages: only a link to this page counts.)"""
    if tree is None or not url:
        return None
    for link in _BOOKMARK_LINKS(tree):
        if not same_page(link.get("href") or "", url):
            continue
        heading = next((node for node in link.iterancestors() if node.tag in PERMALINK_HEADING_TAGS), None)
        if heading is None:
            continue
        text = text_of(heading)
        if HEADING_MIN_WORDS <= len(text.split()) <= HEADING_MAX_WORDS:
            return text
    return None


# -- the element named for the headline ----------------------------------------------------

#: Elements of the page's body with a class or an id, in page order.
_NAMED_ELEMENTS = XP("/html/body/descendant::*[@class or @id]")


def named_heading(tree) -> str | None:
    """The text of the first element of the page whose class or whose id names a headline
    or title (:data:`_HEADING_NAME`: "articleTitle", "storyhead"; not the page header, a
    sub-headline or a kicker, :data:`_NOT_HEADING_NAME`; each attribute read on its own:
    ``id="articleTitle" class="sections"`` names a title styled as the site's sections) and that reads as a headline (:func:`_reads_as_headline`),
    outside related and navigation blocks, and not a link to another page (a teaser's
    title): the headline of an old table layout with no heading tag, no ``<title>`` and
    no heading the body's search found. None when the page has none."""
    if tree is None:
        return None
    for element in _NAMED_ELEMENTS(tree):
        if element.tag == "a" or not any(_HEADING_NAME.search(name) and not _NOT_HEADING_NAME.search(name)
                                         for name in (element.get("class"), element.get("id")) if name):
            continue
        text = text_of(element)
        if not _reads_as_headline(text) or _reads_as_byline(text) or in_related(element):
            continue
        if any(text_of(link) == text for link in element.iter("a")) or \
                any(node.tag == "a" for node in element.iterancestors()):
            continue
        return text
    return None


#: The longest line read as a by-line outside the article container (in characters): a
#: meta row's "By Jane Doe · 4 March 2031", not a sentence that opens with "By".
MAX_OUTSIDE_BY_LINE_CHARS = 80


#: The elements whose own text is read for a by-line outside the container: the blocks
#: and inline elements a meta row is printed in (not links, images or the page's code:
#: lxml skips the other tags in C).
BY_LINE_TAGS = ("p", "div", "span", "li", "td", "dd", "small", "em", "strong", "b", "i",
                "h2", "h3", "h4", "h5", "h6", "address", "header", "section", "font")


def by_lines_outside(tree, scope) -> Iterator[str]:
    """The short lines of the page outside the article container (``scope``) that open
    with a by-word ("By Jane Doe", "Von Jana Roth · 4. März"; a by-word label of its own,
    "<span>By</span> <a>Jane Doe</a>", is read with its block), in page order: the header's
    meta row above the headline or a block after the story, where a theme prints the
    byline beside the story rather than in it. Read as they are asked for (a caller
    stops at the second byline naming someone else). Lines in related blocks, comments,
    navigation, footers, figures and quotations are left out. Read only when nothing
    else named the writer: one walk of the page's elements, a regex on the few whose own
    text opens with a by-word (:data:`BY_LINE_TAGS`)."""
    body = tree.find("body")
    for element in (body if body is not None else tree).iter(*BY_LINE_TAGS):
        own = element.text
        if not own:
            continue
        own = own.strip()
        if (not own or len(own) > MAX_OUTSIDE_BY_LINE_CHARS or not own[:1].isalpha()
                or not authors.may_open_with_lead_in(own)):
            continue  # (the one cheap screen first: most lines open with no lead-in)
        label = authors.is_lead_in_label(own)
        if not label and not authors.starts_with_lead_in(own):
            continue
        block = element.getparent() if label and element.getparent() is not None else element
        if scope is not None and scope.tag not in ("body", "html") and is_within(block, scope):
            continue  # (the container's lines are read by the rules before)
        text = text_of(block)
        if not text or len(text) > MAX_OUTSIDE_BY_LINE_CHARS or not authors.starts_with_lead_in(text):
            continue
        if in_related(block) or in_figure(block) or in_quotation(block):
            continue
        yield line_broken_text(block, text)
