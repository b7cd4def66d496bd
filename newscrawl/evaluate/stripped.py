"""Pages stripped of their structured data, scored against what that data stated.

Most pages of the corpora carry JSON-LD or meta tags that state the headline, the
authors and the publication date, so an extractor's later layers (the ``<h1>``, the
printed byline, the printed date, ``<time>`` elements) rarely decide anything there. On
the wider web many pages carry less. This module turns any corpus into a test of those
later layers:

1. **The truth** is what the page's own structured data states, read here without any
   of newscrawl's extraction code: JSON-LD is parsed with :mod:`json`; objects are
   collected from lists, ``@graph`` arrays and nested values, breadth first; the main
   article is the first object whose ``@type`` ends in ``Article`` or ``Posting`` (or
   is ``Report``). From it: ``headline``; ``author`` names of persons (``Person``
   objects, untyped objects with a name, plain strings; objects referenced by ``@id``
   are resolved; organisations are not authors, links are not names);
   ``datePublished`` (ISO 8601 only: a date written otherwise, or a placeholder year
   before 1990, is left out and counted).
   A field the JSON-LD does not state is taken from the Open Graph / ``article:`` meta
   tags where they state it: ``og:title``, ``article:author`` (values that are not
   links), ``article:published_time``. Text is HTML-unescaped and its whitespace
   collapsed. The **body** is the main article's ``articleBody`` (JSON-LD only), freed
   of the HTML some publishers write into it, scored with the body metric of the
   labelled corpora; it is refused (and counted) when it has under
   :data:`MIN_STATED_BODY_TOKENS` tokens (a teaser or the description), ends in an
   ellipsis (a teaser the template cut), or the page's own text outside scripts holds
   less than :data:`MIN_STATED_BODY_SHOWN` of its shingles (text the page does not
   show: no extractor can recall it).
2. **The stripped page** (:func:`strip_structured_data`) is the page without: every
   ``<script>`` of type ``application/ld+json``; every ``<meta>`` whose ``property``,
   ``name``, ``itemprop`` or ``http-equiv`` starts with one of
   :data:`STRIPPED_META_PREFIXES` (Open Graph, ``article:``, Twitter, Dublin Core,
   Parse.ly, Sailthru, citation, cXense), contains one of :data:`STRIPPED_META_WORDS`
   (date, time, publish, modified, author, creator, byl, headline) or is ``title``;
   every ``itemprop`` token of :data:`STRIPPED_ITEMPROPS` (headline, the dates, author,
   creator), and the ``itemprop`` name tokens inside an author / creator scope or beside
   a removed token; ``<link>`` elements left with no ``itemprop``; RDFa ``property``
   tokens with the stripped prefixes. Elements that show text are kept (only the
   attribute goes), so the visible page is unchanged; the page is re-serialised by
   lxml. Left in place: ``<title>``, ``<time datetime>``, ``rel=author`` links, classes
   (microformats), the URL, and embedded app state (``__NEXT_DATA__``,
   ``application/json`` scripts).
3. Every system runs on the stripped pages exactly as on a corpus (the stripped text
   is handed to the runner's page cache, so stripping is done before the clock starts
   and every system is timed the same way), and is scored on headline, authors,
   publication day / minute and, where an articleBody was taken, the body (the metric
   of :mod:`newscrawl.evaluate.metrics`). The site split of the corpus is kept.

Limits: the truth is the publisher's structured data, which can be wrong (a template's
default author, the modification time given as the publication, a headline written for
search engines) or differ from what the page prints (an ``og:title`` with the site's
name, a byline that names more people than the JSON-LD).
A stated body can be a teaser the length threshold does not catch (a first paragraph
of a paywalled story), carry text the page shows elsewhere or not at all (an editor's
note, a related-story line), and leave out what the page prints as part of the story
(the standfirst, captions, subheadings, a fact box): its precision means less than its
recall, which is the figure to read. Few pages state one (JSON-LD ``articleBody`` is a
minority convention), so its figures move by whole pages.
"""

from __future__ import annotations

import copy
import html as html_module
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from lxml import etree

from newscrawl.evaluate.corpus import (FUNDUS_INDEX, Case, Corpus, CorpusError, Truth,
                                       load_corpus)
from newscrawl.evaluate.metrics import date_value, shingles, tokens
from newscrawl.evaluate.split import site_of

#: The fields scored on stripped pages, in report order.
STRIPPED_FIELDS = ("headline", "authors", "published", "body")

#: A stated articleBody shorter than this (in the body metric's ``\w+`` tokens) is no
#: body truth: at that length it is a teaser or the description (a standfirst runs to
#: 20-40 words), and a story that short is rare.
MIN_STATED_BODY_TOKENS = 50
#: ... nor one that ends in an ellipsis (a teaser cut by the template).
TRUNCATION_MARKS = ("…", "...", "[…]", "[...]", "(…)", "(...)")
#: ... nor one whose 4-token shingles are less than this share in the page's own text
#: outside scripts and styles: the page does not show it (a paywall's hidden remainder
#: the page leaves out, a template's text), and no extractor can recall it.
MIN_STATED_BODY_SHOWN = 0.8
#: Why an articleBody was refused as a truth (the reasons counted in reports).
BODY_REFUSALS = ("too short", "truncated", "not shown")

#: ``<meta>`` keys (lower case) starting with these are removed.
STRIPPED_META_PREFIXES = ("og:", "article:", "article.", "twitter:", "dc.", "dc:", "dcterms.",
                          "dcterms:", "parsely-", "sailthru.", "citation_", "cxenseparse:")
#: ``<meta>`` keys (lower case) containing one of these words are removed.
STRIPPED_META_WORDS = ("date", "time", "publish", "modified", "author", "creator", "byl",
                       "headline")
#: ``<meta>`` keys (lower case) removed as a whole.
STRIPPED_META_KEYS = frozenset({"title"})
#: Attributes naming a ``<meta>`` key.
META_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
#: ``itemprop`` tokens removed wherever they are (compared in lower case).
STRIPPED_ITEMPROPS = frozenset({"headline", "alternativeheadline", "datepublished",
                                "datemodified", "datecreated", "uploaddate", "author",
                                "creator"})
#: ``itemprop`` tokens removed inside an author / creator scope (the person's name).
STRIPPED_NAME_ITEMPROPS = frozenset({"name", "givenname", "familyname"})

#: Schema.org types that are not persons (organisations, brands, sites: never authors).
_NOT_PERSON_TYPES = frozenset({"organization", "newsmediaorganization", "corporation",
                                 "educationalorganization", "governmentorganization",
                                 "localbusiness", "ngo", "brand", "website", "webpage"})
_JSONLD_TYPES = ("application/ld+json",)
#: HTML comment and CDATA marks some sites wrap their JSON-LD in.
_COMMENT_MARKS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)"
                            r"|(?:-->|//\s*\]\]>|\]\]>)\s*;?\s*$")
_LINK = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
#: A tag in a text value (some publishers put the story's HTML in articleBody).
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CODE_ELEMENT = re.compile(r"<(script|style|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")
_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")
_PARSER = lxml.html.HTMLParser(encoding="utf-8")


# -- the truth: what the structured data states ---------------------------------------

@dataclass(slots=True)
class Stated:
    """What a page's structured data states, and where each field came from
    ('json-ld' or 'meta'). Empty fields are not stated."""

    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    body: str | None = None
    body_refused: str | None = None
    sources: dict[str, str] = field(default_factory=dict)

    def truth(self) -> Truth:
        """The stated fields as an evaluation Truth (unparseable dates and placeholders
        before :data:`EARLIEST_STATED_YEAR`, as '0001-01-01T00:00:00+00:00', left out; a
        refused articleBody is no body truth)."""
        published = date_value(_iso(self.published)) if self.published else None
        if published is not None and published.value.year < EARLIEST_STATED_YEAR:
            published = None
        return Truth(headline=self.headline or None, authors=list(self.authors) or None,
                     published=published, body=self.body or None)


#: A stated publication year before this is a CMS placeholder, not the page's date (the
#: extractor rejects dates before 1990 too).
EARLIEST_STATED_YEAR = 1990


def _clean(value) -> str | None:
    """A stated text value: unescaped, whitespace collapsed; None for non-text or empty."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    text = html_module.unescape(value)
    if "&" in text and text != html_module.unescape(text):  # escaped twice ('&amp;quot;')
        text = html_module.unescape(text)
    text = _SPACE.sub(" ", text).strip()
    return text or None


def markup_free(value: str) -> str:
    """A stated text with the HTML some publishers write into it removed: script, style
    and head elements with their content, then every tag (replaced by a space, so the
    words of two paragraphs stay apart). Entities are left to :func:`_clean`."""
    if "<" not in value or not _TAG.search(value):
        return value
    return _TAG.sub(" ", _CODE_ELEMENT.sub(" ", value))


def _shown_text(tree) -> str:
    """The page's text outside scripts, styles and templates (what it can show), its
    text nodes joined by spaces."""
    shown = copy.deepcopy(tree)
    etree.strip_elements(shown, "script", "style", "template", etree.Comment, with_tail=False)
    return " ".join(shown.itertext())


def stated_body(value, tree) -> tuple[str | None, str | None]:
    """(the body truth, None) of a JSON-LD ``articleBody`` value, or (None, the reason it
    is refused: one of :data:`BODY_REFUSALS`), or (None, None) when nothing is stated.
    The text is freed of markup, HTML-unescaped and whitespace-collapsed."""
    if isinstance(value, list):
        value = " ".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str):
        return None, None
    text = _clean(markup_free(value))
    if not text:
        return None, None
    truth_shingles = shingles(text)
    if len(tokens(text)) < MIN_STATED_BODY_TOKENS:
        return None, "too short"
    if text.endswith(TRUNCATION_MARKS):
        return None, "truncated"
    shown = shingles(_shown_text(tree))
    if sum((truth_shingles & shown).values()) < MIN_STATED_BODY_SHOWN * sum(truth_shingles.values()):
        return None, "not shown"
    return text, None


def _iso(value: str) -> str:
    """A stated date made readable by :func:`datetime.fromisoformat` (more than six
    fraction digits cut, a trailing 'Z' kept: Python 3.11 reads it)."""
    return _LONG_FRACTION.sub(r"\1", value.strip())


def _type_names(obj: dict) -> set[str]:
    types = obj.get("@type")
    types = types if isinstance(types, list) else [types]
    return {t.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in types if isinstance(t, str)}


def is_article_object(obj: dict) -> bool:
    """Is a JSON-LD object an article (NewsArticle, BlogPosting, LiveBlogPosting, Report...)?"""
    return any(name.endswith(("article", "posting")) or name == "report"
               for name in _type_names(obj))


def jsonld_documents(tree) -> Iterator[object]:
    """The parsed JSON of every ``application/ld+json`` script (unparseable ones skipped)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() not in _JSONLD_TYPES:
            continue
        text = _COMMENT_MARKS.sub("", (script.text or "").strip())
        if not text:
            continue
        try:
            yield json.loads(text, strict=False)
        except ValueError:
            continue


def jsonld_objects(documents) -> list[dict]:
    """Every JSON object in the documents, breadth first (lists, ``@graph`` and nested
    values walked), so top-level objects come before the ones they contain."""
    found, queue = [], list(documents)
    while queue:
        item = queue.pop(0)
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return found


def person_names(value, by_id: dict[str, dict]) -> list[str]:
    """The person names of a JSON-LD ``author`` value: Person objects (or untyped ones)
    with a name, plain strings that are not links; organisations left out; ``@id``
    references resolved against ``by_id``."""
    names = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        if isinstance(item, str):
            name = _clean(item)
        elif isinstance(item, dict):
            types = _type_names(item)
            if types & _NOT_PERSON_TYPES and "person" not in types:
                continue
            name = _clean(item.get("name"))
            if name is None and ("givenName" in item or "familyName" in item):
                name = _clean(" ".join(filter(None, (_clean(item.get("givenName")),
                                                     _clean(item.get("familyName"))))))
        else:
            name = None
        if name and not _LINK.match(name) and name not in names:
            names.append(name)
    return names


def _meta_values(tree, key: str) -> list[str]:
    values = []
    for meta in tree.iter("meta"):
        if any((meta.get(attr) or "").strip().lower() == key for attr in ("property", "name")):
            text = _clean(meta.get("content"))
            if text:
                values.append(text)
    return values


def stated_fields(page_html: str) -> Stated:
    """What a page's JSON-LD article (else its Open Graph / ``article:`` tags) states."""
    stated = Stated()
    tree = _parse(page_html)
    if tree is None:
        return stated
    objects = jsonld_objects(jsonld_documents(tree))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)
             and len(obj) > 1}
    article = next((obj for obj in objects if is_article_object(obj)), None)
    if article is not None:
        stated.headline = _clean(article.get("headline"))
        stated.authors = person_names(article.get("author"), by_id)
        stated.published = _clean(article.get("datePublished"))
        stated.body, stated.body_refused = stated_body(article.get("articleBody"), tree)
        for name in ("headline", "authors", "published", "body"):
            if getattr(stated, name):
                stated.sources[name] = "json-ld"
    if not stated.headline:
        stated.headline = next(iter(_meta_values(tree, "og:title")), None)
    if not stated.authors:
        stated.authors = list(dict.fromkeys(
            v for v in _meta_values(tree, "article:author") if not _LINK.match(v)))
    if not stated.published:
        stated.published = next(iter(_meta_values(tree, "article:published_time")), None)
    for name in ("headline", "authors", "published"):
        if getattr(stated, name) and name not in stated.sources:
            stated.sources[name] = "meta"
    return stated


# -- the stripped page ------------------------------------------------------------------

def _parse(page_html: str):
    """The page's tree, parsed from its UTF-8 bytes (lxml refuses text that carries an
    XML encoding declaration); None for an empty or unparseable page."""
    if not page_html or not page_html.strip():
        return None
    try:
        return lxml.html.document_fromstring(page_html.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def is_stripped_meta_key(key: str) -> bool:
    """Is a ``<meta>`` key (property / name / itemprop / http-equiv) one the stripper removes?"""
    key = key.strip().lower()
    return bool(key) and (key.startswith(STRIPPED_META_PREFIXES) or key in STRIPPED_META_KEYS
                          or any(word in key for word in STRIPPED_META_WORDS))


def _remove(element) -> None:
    """Remove an element, keeping its tail text in the document."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


#: A temporary attribute marking author / creator scopes while the page is stripped.
_SCOPE_MARK = "data-newscrawl-author-scope"


def _in_author_scope(element) -> bool:
    return any(_SCOPE_MARK in ancestor.attrib for ancestor in element.iterancestors())


def strip_structured_data(page_html: str) -> str:
    """The page without its structured data (JSON-LD, the meta tags and ``itemprop``
    / RDFa attributes described in the module docstring), as HTML text. Text the page
    shows is not touched."""
    tree = _parse(page_html)
    if tree is None:
        return page_html
    doomed = []
    for element in tree.iter("script", "meta"):
        if element.tag == "script":
            if (element.get("type") or "").strip().lower() in _JSONLD_TYPES:
                doomed.append(element)
        elif any(is_stripped_meta_key(element.get(attr) or "") for attr in META_KEY_ATTRIBUTES):
            doomed.append(element)
    for element in doomed:
        _remove(element)
    # Author scopes are marked first, so the names inside them can be found after the
    # scope's own itemprop is gone.
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tokens = (element.get("itemprop") or "").lower().split()
        if {"author", "creator"} & set(tokens):
            element.set(_SCOPE_MARK, "")
    leftover_links = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        itemprop = element.get("itemprop")
        if itemprop is not None:
            names = STRIPPED_ITEMPROPS | (STRIPPED_NAME_ITEMPROPS if _in_author_scope(element)
                                          else frozenset())
            kept = [t for t in itemprop.split() if t.lower() not in names]
            if len(kept) != len(itemprop.split()):  # "headline name": the name goes too
                kept = [t for t in kept if t.lower() not in STRIPPED_NAME_ITEMPROPS]
            if len(kept) != len(itemprop.split()):
                if kept:
                    element.set("itemprop", " ".join(kept))
                else:
                    del element.attrib["itemprop"]
                    if element.tag in ("link", "meta"):
                        leftover_links.append(element)
        rdfa = element.get("property")
        if rdfa is not None and element.tag != "meta":
            kept = [t for t in rdfa.split() if not is_stripped_meta_key(t)]
            if kept:
                element.set("property", " ".join(kept))
            else:
                del element.attrib["property"]
    for element in tree.iter():
        if isinstance(element.tag, str) and _SCOPE_MARK in element.attrib:
            del element.attrib[_SCOPE_MARK]
    for element in leftover_links:
        _remove(element)
    return lxml.html.tostring(tree, encoding="unicode", doctype=_doctype(tree))


def _doctype(tree) -> str | None:
    docinfo = tree.getroottree().docinfo
    return docinfo.doctype or None


# -- corpora of stripped pages ----------------------------------------------------------

@dataclass(slots=True)
class StrippedCorpus:
    """A corpus's pages that state a field: cases whose truth is the stated fields, their
    stripped HTML by case id, how many pages stated nothing, per field how many truths
    came from each source, and how many stated dates were left out as not ISO 8601."""

    corpus: Corpus
    htmls: dict[str, str]
    skipped: int
    sources: dict[str, Counter]
    unreadable_dates: int = 0
    refused_bodies: Counter = field(default_factory=Counter)


def corpus_cases(directory: str | Path, *, limit: int | None = None) -> tuple[str, list[Case]]:
    """The name and pages of a corpus directory of any layout ``load_corpus`` reads, or
    of the page-type layout (``cases.jsonl`` with ``label``: the pages labelled
    ``article``). The cases' own truths are not used here."""
    directory = Path(directory)
    index = directory / FUNDUS_INDEX
    if index.is_file() and "label" in _first_case(index):
        cases = []
        for number, label in enumerate(_cases_of(index), 1):
            if label.get("label") != "article":
                continue
            path = directory / label["html"]
            if not path.is_file():
                raise CorpusError(f"{index}: case {number}: missing {path}")
            url = label.get("url") or ""
            cases.append(Case(id=str(label.get("id") or path.name), url=url, html_path=path,
                              site=site_of(url, label.get("group"))))
        cases.sort(key=lambda case: case.id)
        return directory.resolve().name, cases[:limit] if limit is not None else cases
    corpus = load_corpus(directory, limit=limit)
    return corpus.name, corpus.cases


def _cases_of(index: Path) -> Iterator[dict]:
    with index.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{index}:{number}: {exc}") from exc


def _first_case(index: Path) -> dict:
    return next(_cases_of(index), {})


def stripped_corpus(directory: str | Path, *, limit: int | None = None,
                    strip: bool = True) -> StrippedCorpus:
    """The corpus's pages that state at least one field, stripped, with the stated truth
    (named ``<corpus>-stripped``; ``limit`` keeps the first N pages before skipping).

    With ``strip`` False the pages are left as they are (named ``<corpus>-stated``): the
    same truth on the full pages, the reference the stripped figures are read against.
    """
    name, cases = corpus_cases(directory, limit=limit)
    kept, htmls, skipped, unreadable_dates = [], {}, 0, 0
    sources: dict[str, Counter] = {name_: Counter() for name_ in STRIPPED_FIELDS}
    refused_bodies: Counter = Counter()
    for case in cases:
        page_html = case.read_html()
        stated = stated_fields(page_html)
        truth = stated.truth()
        unreadable_dates += bool(stated.published) and truth.published is None
        if stated.body_refused:
            refused_bodies[stated.body_refused] += 1
        if not any(truth.has(name_) for name_ in STRIPPED_FIELDS):
            skipped += 1
            continue
        for name_ in STRIPPED_FIELDS:
            if truth.has(name_):
                sources[name_][stated.sources[name_]] += 1
        kept.append(Case(id=case.id, url=case.url, html_path=case.html_path, truth=truth,
                         site=case.site, part=case.part))
        htmls[case.id] = strip_structured_data(page_html) if strip else page_html
    suffix = "stripped" if strip else "stated"
    corpus = Corpus(name=f"{name}-{suffix}", layout=suffix, cases=kept,
                    fields=STRIPPED_FIELDS)
    return StrippedCorpus(corpus=corpus, htmls=htmls, skipped=skipped, sources=sources,
                          unreadable_dates=unreadable_dates, refused_bodies=refused_bodies)
