"""The meta layer: Open Graph, ``article:*``, Dublin Core, Parse.ly, Sailthru, Twitter and
plain ``<meta name>`` tags.

:func:`collect_meta` reads every ``<meta>`` of the page in one pass into a dict
(lower-case name / property / itemprop -> list of contents in page order). The field
functions below look keys up in named, ordered lists, so adding a source is one line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from newscrawl.text import collapse

#: Attributes naming a meta tag, in the order they are read.
KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")

#: Keys tried in order, per field.
TITLE_KEYS = ("og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title",
              "citation_title", "title")
SITE_NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title",
                  "twitter:site", "publisher", "dc.publisher", "copyright")
AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "citation_author", "byl", "og:article:author", "article.author",
               "byline", "article:byline")
#: Publication date keys that name the article's publication (Open Graph and relatives).
PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
                  "article.published", "publish-date", "parsely-pub-date", "sailthru.date",
                  "article:published", "og:published_time", "published_time", "publishdate",
                  "cxenseparse:recs:publishtime")
#: Generic date keys (Dublin Core, citation, plain "date"): weaker than dates in the
#: article's markup, so they are read after it. The documented names: Dublin Core's
#: issued and created dates as DCMI's "Expressing Dublin Core metadata using HTML/XHTML
#: meta and link elements" writes them (``DCTERMS.issued``, ``DC.date.issued``,
#: ``DCTERMS.created``, ``DC.date.created``, then the plain ``DC.date``); PRISM's
#: ``prism.publicationDate`` (PRISM Basic Metadata Specification); Highwire Press's
#: ``citation_publication_date`` / ``citation_date`` (Google Scholar's inclusion
#: guidelines) and ``citation_online_date`` (the online-first day, Highwire's list).
#: schema.org's ``dateCreated`` is left out: it names the work's creation, not its
#: publication (``datePublished`` is read with the publication keys).
GENERIC_DATE_KEYS = ("pubdate", "dcterms.issued", "dc.date.issued", "dcterms.created",
                     "dc.date.created", "prism.publicationdate", "dc.date", "dcterms.date",
                     "citation_publication_date", "citation_date", "citation_online_date",
                     "date")
#: The last word of a namespaced publication key ("bt:pubdate", "dtk:publishDate",
#: "content:publishdate", "vr:published_time", "mediator_published_time"): publishers'
#: and vendors' own namespaces (a CMS's, an analytics or recommendation script's) that
#: name the publication with the words of the documented keys above (Open Graph's
#: ``published_time``, the plain ``pubdate`` / ``publishdate`` / ``publish-date``), each
#: seen on one site of the development pages, where every one states the labelled day.
#: The last word must be one of these whole: an epoch ("publishdateunix") or an
#: expiry ("expiration_time") is none.
NAMESPACED_PUBLISHED_WORDS = frozenset({
    "pubdate", "publishdate", "publish-date", "publish_date", "publishtime", "publish_time",
    "published_time", "publishedtime", "publicationdate", "publication_date", "datepublished"})
#: Where a namespace ends in a key: a colon or a dot, or the underscore before a
#: ``published_time`` word ("mediator_published_time").
_NAMESPACE_END = re.compile(r"[:.]|_(?=publish)")
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "og:article:modified_time",
                 "datemodified", "article.updated", "dc.date.modified", "dcterms.modified",
                 "last-modified", "article:modified")
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description",
                    "dc.description", "sailthru.description")
IMAGE_KEYS = ("og:image:secure_url", "og:image", "og:image:url", "twitter:image",
              "twitter:image:src", "sailthru.image.full", "thumbnail")
SECTION_KEYS = ("article:section", "og:article:section", "parsely-section", "section",
                "sailthru.section", "article.section", "cxenseparse:recs:category")
TAG_KEYS = ("article:tag", "og:article:tag", "parsely-tags", "sailthru.tags", "news_keywords",
            "keywords")
LANGUAGE_KEYS = ("og:locale", "content-language", "language", "dc.language", "inlanguage")
URL_KEYS = ("og:url", "twitter:url", "parsely-link")
#: Keys whose values are comma-separated lists.
LIST_VALUED_KEYS = frozenset({"parsely-tags", "sailthru.tags", "news_keywords", "keywords"})


def collect_meta(tree, metas: list | None = None) -> dict[str, list[str]]:
    """All ``<meta>`` contents by lower-case key (property / name / itemprop), one pass.
    ``metas``: the page's ``<meta>`` elements, when the caller has listed them."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta") if metas is None else metas:  # (C iter: faster than an XPath)
        content = collapse(element.get("content"))
        if not content:
            continue
        for attribute in KEY_ATTRIBUTES:
            key = element.get(attribute)
            if key:
                for part in key.lower().split():
                    found.setdefault(part.strip(), []).append(content)
                break
    return found


def first(meta: dict[str, list[str]], keys) -> tuple[str, str] | None:
    """(key, value) of the first key in ``keys`` that the page has."""
    for key in keys:
        values = meta.get(key)
        if values:
            return key, values[0]
    return None


def first_value(meta: dict[str, list[str]], keys) -> str | None:
    """The value of the first key in ``keys`` that the page has."""
    hit = first(meta, keys)
    return hit[1] if hit else None


def title(meta) -> str | None:
    """og:title and its relatives."""
    return first_value(meta, TITLE_KEYS)


def site_name(meta) -> str | None:
    """og:site_name and its relatives (a Twitter handle loses its '@')."""
    value = first_value(meta, SITE_NAME_KEYS)
    return value.lstrip("@") if value else None


def is_url(value: str) -> bool:
    """True for values that are links (facebook profile URLs in article:author...)."""
    return value.startswith(("http://", "https://", "//", "www."))


#: Namespaces of the meta tags of app-install banners ("smartbanner:author" of the Smart
#: App Banner scripts, beside "smartbanner:title", "smartbanner:price" ...): their author
#: is the publisher of the site's app, not the writer of the story.
APP_BANNER_NAMESPACES = ("smartbanner",)

#: More values than this under one author key are a list of other people (the authors
#: of a paper's references, a site's contributors), not the page's byline.
MAX_AUTHOR_VALUES = 12


def author_values(meta) -> tuple[str, list[str]] | None:
    """(key, values) of the first author-like key whose values are names, not links,
    and no more than MAX_AUTHOR_VALUES of them (an app banner's author is none:
    :data:`APP_BANNER_NAMESPACES`)."""
    for key in AUTHOR_KEYS:
        values = [v for v in meta.get(key, ()) if not is_url(v)]
        if 0 < len(values) <= MAX_AUTHOR_VALUES:
            return key, values
    for key, values in meta.items():  # analytics namespaces: "dcsext.author", "xyz:author"
        if (key.rsplit(".", 1)[-1].rsplit(":", 1)[-1] == "author"
                and not key.startswith(APP_BANNER_NAMESPACES)):
            values = [v for v in values if not is_url(v)]
            if 0 < len(values) <= MAX_AUTHOR_VALUES:
                return key, values
    values = [v for v in json_page_authors(meta) if not is_url(v)]
    if 0 < len(values) <= MAX_AUTHOR_VALUES:
        return JSON_PAGE_KEY, values
    return None


#: Parse.ly's older page metadata: one meta tag whose content is a JSON object with the
#: post's ``title``, ``link``, ``pub_date``, ``section``, ``author`` (a string) and
#: ``authors`` (a list) (Parse.ly's "parsely-page" metadata format, which the separate
#: ``parsely-*`` tags replaced; still printed by many news CMSs).
JSON_PAGE_KEY = "parsely-page"
#: The keys of that object naming the writers, in the order read.
JSON_PAGE_AUTHOR_KEYS = ("authors", "author")


def json_page_authors(meta) -> list[str]:
    """The writers a ``parsely-page`` JSON object names (:data:`JSON_PAGE_KEY`), strings
    only; none when the tag is missing or its content is no JSON object."""
    for content in meta.get(JSON_PAGE_KEY, ())[:1]:
        try:
            page = json.loads(content)
        except ValueError:
            return []
        if not isinstance(page, dict):
            return []
        for key in JSON_PAGE_AUTHOR_KEYS:
            value = page.get(key)
            values = value if isinstance(value, list) else [value]
            names = [collapse(v) for v in values if isinstance(v, str) and collapse(v)]
            if names:
                return names
    return []


#: The labelled pairs of a Twitter card ("twitter:label1" / "twitter:data1" up to this
#: number): Twitter's documented card fields, which Yoast SEO (WordPress) fills with the
#: post's writer under a localised label ("Written by", "Verfasst von", "Escrito por")
#: and its reading time ("Est. reading time" / "6 minutes").
MAX_TWITTER_LABEL_PAIRS = 4
#: A card value that is a count or a duration, never a name: a number and at most three
#: words ("6 Minuten", "1 minute", "less than 1 minute", "3 min").
_DURATION_SHAPE = re.compile(r"(?:[^\W\d]+\s+){0,2}\d+(?:[.,]\d+)?\s*[^\W\d]*\.?")


def labelled_writer(meta, is_writer_label: Callable[[str], bool]) -> tuple[str, str] | None:
    """(key, value) of the Twitter card's labelled data whose label is a writer's label
    (``is_writer_label``: "Written by", "Verfasst von") and whose value is not shaped as a
    duration or a count (:data:`_DURATION_SHAPE`: the reading time Yoast SEO prints in
    the next pair), or None."""
    for number in range(1, MAX_TWITTER_LABEL_PAIRS + 1):
        labels = meta.get(f"twitter:label{number}")
        values = meta.get(f"twitter:data{number}")
        if not labels or not values:
            continue
        value = values[0]
        if is_writer_label(labels[0]) and not _DURATION_SHAPE.fullmatch(value) and not is_url(value):
            return f"twitter:data{number}", value
    return None


def published(meta) -> str | None:
    """The raw publication date from article:published_time and its relatives, else
    from a namespaced publication key (:func:`namespaced_published`)."""
    value = first_value(meta, PUBLISHED_KEYS)
    if value is None:
        hit = namespaced_published(meta)
        value = hit[1] if hit else None
    return value


def namespaced_published(meta) -> tuple[str, str] | None:
    """(key, value) of the first key, in page order, that is a publication word
    (:data:`NAMESPACED_PUBLISHED_WORDS`) after a namespace (:data:`_NAMESPACE_END`:
    "bt:pubdate", "dtk:publishdate", "vr:published_time"), or None. The un-namespaced
    words are the documented keys, read by name."""
    for key, values in meta.items():
        if "pub" not in key:
            continue
        parts = _NAMESPACE_END.split(key)
        if len(parts) > 1 and parts[-1] in NAMESPACED_PUBLISHED_WORDS and values:
            return key, values[0]
    return None


#: The TrackBack auto-discovery block (Six Apart's TrackBack specification): an RDF
#: ``rdf:Description`` of the entry inside an HTML comment, with its ``trackback:ping``
#: URL and Dublin Core fields. Movable Type's entry templates write it with
#: ``<$MTEntryTrackbackData$>``, whose ``dc:date`` is the entry's date with the blog's
#: offset ("2005-03-04T22:42:17-06:00"); WordPress's block has no ``dc:date``.
_TRACKBACK_DESCRIPTION = re.compile(r"<rdf:Description\b[^>]*\btrackback:ping=[^>]*>")
_DUBLIN_CORE_DATE = re.compile(r"""\bdc:date=["']([^"']{8,40})["']""")


def trackback_date(html: str) -> str | None:
    """The raw ``dc:date`` of the page's TrackBack description
    (:data:`_TRACKBACK_DESCRIPTION`), when the page holds exactly one (an archive page
    lists one per entry); None otherwise."""
    if "dc:date=" not in html:  # (a plain substring test: most pages are done here)
        return None
    dates = [match.group(1) for description in _TRACKBACK_DESCRIPTION.findall(html)
             for match in _DUBLIN_CORE_DATE.finditer(description)]
    return dates[0] if len(dates) == 1 else None


def generic_date(meta) -> str | None:
    """The raw date of the generic date keys (dc.date, date, citation_date ...)."""
    return first_value(meta, GENERIC_DATE_KEYS)


def modified(meta) -> str | None:
    """The raw modification date from the meta tags."""
    return first_value(meta, MODIFIED_KEYS)


def description(meta) -> str | None:
    """og:description and its relatives."""
    return first_value(meta, DESCRIPTION_KEYS)


def image(meta) -> str | None:
    """The lead image URL (og:image and its relatives), as written."""
    return first_value(meta, IMAGE_KEYS)


def section(meta) -> str | None:
    """article:section and its relatives."""
    return first_value(meta, SECTION_KEYS)


def tags(meta) -> list[str]:
    """Tags: repeated article:tag, or a comma-separated keywords list."""
    for key in TAG_KEYS:
        values = meta.get(key)
        if not values:
            continue
        if key in LIST_VALUED_KEYS:
            values = [part.strip() for value in values for part in value.split(",")]
        values = [v for v in values if v]
        if values:
            return values
    return []


def language(meta) -> str | None:
    """og:locale / content-language as written."""
    return first_value(meta, LANGUAGE_KEYS)


def url(meta) -> str | None:
    """og:url and its relatives."""
    return first_value(meta, URL_KEYS)
