"""The JSON-LD layer: read schema.org article data from ``<script type="application/ld+json">``.

Publishers' JSON-LD is often slightly broken, so :func:`parse_jsonld_text` repairs the
common faults in order (HTML comments / CDATA wrappers, raw control characters in
strings, trailing commas, several objects concatenated) before giving up on a block.
:func:`collect_nodes` flattens top-level lists and ``@graph`` arrays into one node list;
:func:`article_node` picks the node describing the article (NewsArticle and relatives,
or a WebPage that carries article fields); the small field functions read one field of
that node, following ``@id`` references to Person / Organization / ImageObject nodes.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from newscrawl.text import collapse, fold

log = logging.getLogger(__name__)

#: schema.org types that describe an article, best first (the Article subtypes of the
#: schema.org type hierarchy, e.g. MedicalScholarlyArticle under ScholarlyArticle).
ARTICLE_TYPES: tuple[str, ...] = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
    "Article", "LiveBlogPosting", "BlogPosting", "SocialMediaPosting", "Report",
    "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle", "Review", "VideoObject",
)
_ARTICLE_RANK = {name.lower(): rank for rank, name in enumerate(ARTICLE_TYPES)}
#: Page types accepted as the article node only when they carry article fields.
PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "medicalwebpage"})
#: Fields whose presence makes a WebPage node usable as the article node.
ARTICLE_FIELDS = ("headline", "datePublished", "author", "articleBody")
ORGANISATION_TYPES = frozenset({
    "organization", "newsmediaorganization", "corporation", "organisation",
    "governmentorganization", "ngo", "educationalorganization", "localbusiness",
})

#: ld+json scripts (walking the type attributes is faster than a predicate on <script>).
def ld_json_scripts(tree, scripts: list | None = None) -> list:
    """The ``<script type="application/ld+json">`` elements of the page (type case-insensitive).
    (lxml's ``iter(tag)`` walks the tree in C, several times faster than an XPath.)
    ``scripts``: the page's ``<script>`` elements, when the caller has listed them."""
    return [script for script in (tree.iter("script") if scripts is None else scripts)
            if "ld+json" in (script.get("type") or "").lower()]

#: HTML-comment / CDATA wrappers around a script's JSON, at its start and at its end.
_LEADING_WRAPPER = re.compile(r"\s*(?://\s*)?(?:<!--|<!\[CDATA\[)")
_TRAILING_WRAPPER = re.compile(r"(?://\s*)?(?:-->|\]\]>)\s*$")
#: Characters of the script's end searched for a trailing wrapper (an unanchored search of
#: the whole text costs a scan of every position).
_TRAILING_WRAPPER_WINDOW = 64
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Hostile-input bounds: JSON-LD nodes kept per page, and items read from one list value
#: (authors, images...), so a page with a huge author list stays cheap.
MAX_NODES = 1000
MAX_LIST_ITEMS = 100


@dataclass(slots=True, frozen=True)
class Person:
    """An author as JSON-LD gives it: a name and whether it is an organisation."""

    name: str
    is_organisation: bool = False


def _decode_all(text: str) -> list:
    """Decode one or several concatenated JSON values from ``text`` (strict=False)."""
    decoder = json.JSONDecoder(strict=False)
    values, position, end = [], 0, len(text)
    while position < end:
        while position < end and text[position] in " \t\r\n;,":
            position += 1
        if position >= end:
            break
        value, position = decoder.raw_decode(text, position)
        values.append(value)
    return values


#: Repairs tried in order; each takes the text and returns the repaired text.
REPAIRS = (
    lambda text: text,
    lambda text: _TRAILING_COMMA.sub(r"\1", text),
    lambda text: _CONTROL_CHARS.sub(" ", _TRAILING_COMMA.sub(r"\1", text)),
)


def _unwrapped(text: str) -> str:
    """The text without a leading ``<!--`` / ``<![CDATA[`` and a trailing ``-->`` / ``]]>``."""
    text = text.strip()
    leading = _LEADING_WRAPPER.match(text)
    if leading:
        text = text[leading.end():]
    tail_start = max(0, len(text) - _TRAILING_WRAPPER_WINDOW)
    trailing = _TRAILING_WRAPPER.search(text, tail_start)
    if trailing:
        text = text[:trailing.start()]
    return text.strip()


def parse_jsonld_text(text: str) -> list:
    """The JSON values in one ld+json script's text, repairing common breakage; [] if hopeless."""
    text = _unwrapped(text)
    if not text:
        return []
    for repair in REPAIRS:
        try:
            return _decode_all(repair(text))
        except (ValueError, RecursionError):
            continue
    log.debug("unparseable JSON-LD block (%d chars)", len(text))
    return []


def _flatten(value, out: list) -> None:
    if isinstance(value, list):
        for item in value:
            _flatten(item, out)
    elif isinstance(value, dict):
        out.append(value)
        graph = value.get("@graph")
        if graph is not None:
            _flatten(graph, out)


def collect_nodes(tree, scripts: list | None = None) -> list[dict]:
    """Every JSON-LD object of the page, top-level lists and ``@graph`` arrays flattened
    (``scripts``: as for :func:`ld_json_scripts`)."""
    nodes: list[dict] = []
    for script in ld_json_scripts(tree, scripts):
        for value in parse_jsonld_text(script.text or ""):
            _flatten(value, nodes)
    return nodes[:MAX_NODES]


def types_of(node: dict) -> list[str]:
    """The node's ``@type`` values, lower-case, without a schema.org prefix."""
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return [str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for v in values if v]


def is_live_blog(node: dict | None) -> bool:
    """True when the article node is a live blog (``LiveBlogPosting``)."""
    return node is not None and bool(node) and "liveblogposting" in types_of(node)


def index_by_id(nodes: list[dict]) -> dict[str, dict]:
    """Nodes by their ``@id`` (the first node with an id wins, unless a later one is richer)."""
    index: dict[str, dict] = {}
    for node in nodes:
        node_id = node.get("@id")
        if isinstance(node_id, str) and (node_id not in index or len(node) > len(index[node_id])):
            index[node_id] = node
    return index


def _article_rank(node: dict) -> tuple | None:
    types = types_of(node)
    ranks = [_ARTICLE_RANK[t] for t in types if t in _ARTICLE_RANK]
    filled = sum(1 for f in ARTICLE_FIELDS if node.get(f))
    if ranks:
        if types_of(node) == ["videoobject"] and not node.get("headline"):
            return None
        return (0, -filled, min(ranks))
    if any(t in PAGE_TYPES for t in types) and (node.get("headline") or node.get("datePublished")):
        return (1, -filled, 0)
    return None


def article_node(nodes: list[dict]) -> dict | None:
    """The node describing the article: an article type with the most fields, else a WebPage."""
    best, best_rank = None, None
    for node in nodes:
        rank = _article_rank(node)
        if rank is not None and (best_rank is None or rank < best_rank):
            best, best_rank = node, rank
    return best


def resolve(value, index: dict[str, dict]):
    """Follow an ``{"@id": ...}`` reference (a dict with only @id) to the full node."""
    if isinstance(value, dict) and "@id" in value and len(value) <= 2 and "name" not in value:
        return index.get(value["@id"], value)
    return value


def _as_list(value) -> list:
    if value is None:
        return []
    return value[:MAX_LIST_ITEMS] if isinstance(value, list) else [value]


def text_value(value) -> str | None:
    """A plain string from a JSON-LD value (string, number, first of a list, or @value)."""
    if isinstance(value, list):
        for item in value:
            found = text_value(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        return text_value(value.get("@value") or value.get("name"))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value)
        if "&" in text:
            text = html.unescape(text)
        return collapse(text) or None
    return None


def headline(node: dict) -> str | None:
    """The article node's headline (``headline``, else ``name``, else ``alternativeHeadline``)."""
    return text_value(node.get("headline")) or text_value(node.get("name"))


def description(node: dict) -> str | None:
    """The article node's description."""
    return text_value(node.get("description"))


def article_body(node: dict) -> str | None:
    """The article node's ``articleBody`` text, if the publisher included it."""
    value = node.get("articleBody")
    return value if isinstance(value, str) and value.strip() else None


def date_published(node: dict) -> str | None:
    """The raw publication date (``datePublished``, else ``dateCreated`` / ``uploadDate``)."""
    for key in ("datePublished", "dateCreated", "uploadDate"):
        value = _date_text(node.get(key))
        if value:
            return value
    return None


def _date_text(value) -> str | None:
    """A date value as text; numbers and other non-strings are not dates in JSON-LD."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    return text_value(value) if isinstance(value, str) else None


def date_modified(node: dict) -> str | None:
    """The raw modification date."""
    return _date_text(node.get("dateModified"))


def _person_name(node: dict) -> str | None:
    name = text_value(node.get("name"))
    if not name:
        parts = [text_value(node.get(k)) for k in ("givenName", "familyName")]
        name = " ".join(p for p in parts if p) or None
    return name


def _listed_names(node: dict) -> list[str]:
    """The names of a node whose ``name`` is a list of two or more strings. schema.org gives
    ``Person.name`` as Text only, but in JSON-LD an array value is several values of the
    property, and CMSs write a story's co-authors so, in one Person node
    (``{"@type": "Person", "name": ["A", "B"]}``): each name is a person of its own."""
    value = node.get("name")
    if not isinstance(value, list):
        return []
    names = [name for name in (text_value(item) for item in value if isinstance(item, str)) if name]
    return names if len(names) >= 2 else []


def authors(node: dict, index: dict[str, dict]) -> list[Person]:
    """The article's authors: strings, Person / Organization nodes, lists and @id references."""
    people: list[Person] = []
    for key in ("author", "creator"):
        for value in _as_list(node.get(key)):
            value = resolve(value, index)
            if isinstance(value, str):
                if value.strip() and not value.strip().startswith(("http://", "https://")):
                    people.append(Person(collapse(value)))
            elif isinstance(value, dict):
                is_org = any(t in ORGANISATION_TYPES for t in types_of(value))
                listed = _listed_names(value)
                if listed:
                    people.extend(Person(name, is_org) for name in listed)
                    continue
                name = _person_name(value)
                if name:
                    people.append(Person(name, is_org))
        if people:
            break
    return people


#: The fact-check's type: schema.org's ClaimReview reviews a claim (``itemReviewed``, a
#: Claim), whose ``author`` is the person or body who made the claim, not the fact-check's
#: writer (schema.org/ClaimReview and /Claim; Google's "Fact Check (ClaimReview)"
#: structured-data guide names it the claim's author).
CLAIM_REVIEW_TYPE = "claimreview"


def claimants(nodes: list[dict], index: dict[str, dict]) -> list[str]:
    """The names of the claims' authors the page's fact-checks review
    (:data:`CLAIM_REVIEW_TYPE`): people a rating box names beside the claim, not the
    page's writers. [] on a page without a ClaimReview."""
    names: list[str] = []
    for node in nodes:
        if CLAIM_REVIEW_TYPE not in types_of(node):
            continue
        for reviewed in _as_list(node.get("itemReviewed")):
            reviewed = resolve(reviewed, index)
            if isinstance(reviewed, dict):
                names.extend(person.name for person in authors(reviewed, index))
    return names


def publisher_name(node: dict, index: dict[str, dict]) -> str | None:
    """Name of the article's publisher, if given."""
    value = resolve(node.get("publisher"), index)
    if isinstance(value, list):
        value = resolve(value[0], index) if value else None
    if isinstance(value, dict):
        return text_value(value.get("name"))
    return text_value(value)


def publisher_is_person(node: dict, index: dict[str, dict]) -> bool:
    """True when the article's publisher is typed ``Person`` (schema.org lets a person
    publish; Yoast SEO writes a personal site so when its owner chose the "Person" site
    representation)."""
    value = resolve(node.get("publisher"), index)
    if isinstance(value, list):
        value = resolve(value[0], index) if value else None
    return isinstance(value, dict) and "person" in types_of(value)


@dataclass(slots=True, frozen=True)
class JsonImage:
    """An image the JSON-LD names: URL and optional caption / credit."""

    url: str
    caption: str | None = None
    credit: str | None = None


#: The fewest words of an ImageObject's ``name`` read as its caption when the object
#: states neither ``caption`` nor ``description``: a sentence describing the picture
#: (some CMSes write the caption into the name), not a label ("Logo", the site's name)
#: or a short title.
MIN_NAME_CAPTION_WORDS = 6


def _name_as_caption(value: dict, headline_text: str | None) -> str | None:
    """The ImageObject's ``name`` when it reads as a caption: a sentence of
    MIN_NAME_CAPTION_WORDS words or more that is not the article's headline (a CMS that
    names the lead image after the story)."""
    name = text_value(value.get("name"))
    if not name or len(name.split()) < MIN_NAME_CAPTION_WORDS:
        return None
    folded, story = fold(name), fold(headline_text)
    if story and (folded in story or story in folded):
        return None
    return name


def _image_object(value: dict, headline_text: str | None = None) -> JsonImage | None:
    url = text_value(value.get("url")) or text_value(value.get("contentUrl"))
    if not url:
        return None
    credit = (text_value(value.get("creditText")) or text_value(value.get("copyrightHolder"))
              or text_value(value.get("author")))
    caption = text_value(value.get("caption"))
    if not caption:
        caption = text_value(value.get("description"))
        if caption and len(caption.split()) < 2:  # "Image", "Foto": labels, not captions
            caption = None
    if not caption:
        caption = _name_as_caption(value, headline_text)
    return JsonImage(url, caption, credit)


def images(node: dict, index: dict[str, dict]) -> list[JsonImage]:
    """The article node's images (``image``, else ``thumbnailUrl``), in order."""
    found: list[JsonImage] = []
    story = headline(node)
    for value in _as_list(node.get("image")) or _as_list(node.get("thumbnailUrl")):
        value = resolve(value, index)
        if isinstance(value, str) and value.strip():
            found.append(JsonImage(value.strip()))
        elif isinstance(value, dict):
            image = _image_object(value, story)
            if image is not None:
                found.append(image)
    return found


def captioned_images(node: dict | None, nodes: list[dict], index: dict[str, dict]) -> list[JsonImage]:
    """Images with a caption: the article node's, its ``associatedMedia``, and the page's
    other ImageObject nodes, without repeated URLs."""
    found = images(node, index) if node else []
    story = headline(node) if node else None
    for value in _as_list(node.get("associatedMedia")) if node else []:
        value = resolve(value, index)
        if isinstance(value, dict) and "imageobject" in types_of(value):
            image = _image_object(value, story)
            if image is not None:
                found.append(image)
    for other in nodes:
        if "imageobject" in types_of(other):
            image = _image_object(other, story)
            if image is not None:
                found.append(image)
    seen, unique = set(), []
    for image in found:
        if image.caption and image.url not in seen:
            seen.add(image.url)
            unique.append(image)
    return unique


def keywords(node: dict) -> list[str]:
    """Keywords of the article node: a list, or one comma-separated string."""
    values: list[str] = []
    for value in _as_list(node.get("keywords")):
        if isinstance(value, str):
            values.extend(part.strip() for part in value.split(","))
        else:
            text = text_value(value)
            if text:
                values.append(text)
    return [v for v in values if v]


def section(node: dict) -> str | None:
    """The article's section (``articleSection``)."""
    return text_value(node.get("articleSection"))


def language(node: dict) -> str | None:
    """The article's ``inLanguage`` value as given."""
    return text_value(node.get("inLanguage"))


def url(node: dict) -> str | None:
    """The article's URL (``url``, else ``mainEntityOfPage``)."""
    found = text_value(node.get("url"))
    if found and found.startswith(("http", "/")):
        return found
    main = node.get("mainEntityOfPage")
    if isinstance(main, dict):
        main = main.get("@id") or main.get("url")
    found = text_value(main)
    return found if found and found.startswith(("http", "/")) else None


def _host_and_last_segment(address: str) -> tuple[str, str]:
    """(host without "www.", last non-empty path segment), both lower-case."""
    parts = urlsplit(address.strip())
    segments = [segment for segment in unquote(parts.path).lower().split("/") if segment]
    return parts.netloc.lower().removeprefix("www."), segments[-1] if segments else ""


def own_page_urls(node: dict) -> list[str]:
    """The absolute URLs a node gives for the page it describes: ``url``,
    ``mainEntityOfPage`` and its own ``@id``, without their fragments."""
    found = []
    for field in ("url", "mainEntityOfPage", "@id"):
        value = node.get(field)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            found.append(value.split("#", 1)[0])
    return found


def names_another_page(node: dict, page_urls: list[str | None]) -> bool:
    """True when the node says it describes another article of the same site: one of its
    own URLs (:func:`own_page_urls`; schema.org's ``mainEntityOfPage`` names "the page for
    which this thing is the main entity") is on the host of one of ``page_urls`` (the
    page's address, its canonical link, its og:url), below the site's root, and ends in a
    path segment none of them ends in (a slug of its own). A node naming the site's root,
    or the same slug under another path, names no other article."""
    # (a node URL written as one of the page's own is that page, whatever its parts: most
    # nodes give the page's canonical URL, and their pages are done here, no URL parsed)
    others = [url for url in own_page_urls(node) if url not in page_urls]
    if not others:
        return False
    mine = [_host_and_last_segment(url) for url in page_urls if url and url.startswith("http")]
    if not mine:
        return False
    hosts = {host for host, _ in mine}
    slugs = {slug for _, slug in mine}
    for url in others:
        host, slug = _host_and_last_segment(url)
        if host in hosts and slug and slug not in slugs:
            return True
    return False
