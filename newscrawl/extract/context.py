"""The page context: each page is decoded and parsed once, and every layer reads it.

``PageContext`` holds the decoded text, the lxml tree and the lazily computed views
that several layers share (JSON-LD nodes, meta tags, a parsel Selector for site
profiles), so no field function parses or scans the whole document again.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.etree
import lxml.html
from parsel import Selector
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from newscrawl.errors import NotAPageError
from newscrawl.extract.end_tags import close_open_divs, ignored_end_tags
from newscrawl.extract.lazy import cached_property
from newscrawl.urls import domain_of

#: Bytes of a document inspected for NUL / control characters to recognise binary data.
_BINARY_SNIFF_BYTES = 4096
#: Leading bytes of file formats that are never HTML (served as text/html by broken
#: servers): PDF, PNG, GIF, JPEG, WebP/RIFF, ZIP, gzip, bzip2, 7z, MP3 (ID3).
BINARY_SIGNATURES = (b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"RIFF",
                     b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf", b"ID3")
#: Elements nested deeper than this are unwrapped (their text kept) after parsing, so no
#: recursive walk of the tree can exhaust Python's stack on a hostile page.
MAX_ELEMENT_DEPTH = 256
_DEEPER_THAN_MAX = lxml.etree.XPath("/*" * MAX_ELEMENT_DEPTH)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: Control bytes that never occur in text (all below 32 except tab, newlines, form feed).
_CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))
#: A run of this many start tags with nothing but whitespace between them is nesting soup;
#: on a page that reaches MAX_ELEMENT_DEPTH such runs are cut to their first tags before a
#: second parse, since libxml2 stops at depth 2048 and loses everything after it.
_TAG_RUN = re.compile(r"(?:<[a-zA-Z][\w:-]*(?:\s[^<>]*)?>\s*){32,}")
_TAG = re.compile(r"<[^<>]*>")
#: A text that is blank: whitespace, byte-order marks, whitespace (what strips to nothing
#: when its leading whitespace, then its leading marks, then its whitespace at both ends
#: are stripped), told without the copies of the page those strips make.
_BLANK = re.compile(r"\s*\ufeff*\s*")
#: A leading XML declaration (XHTML pages): lxml refuses a str that carries one naming an
#: encoding, and the text is decoded already, so it is dropped before parsing.
_XML_DECLARATION = re.compile(r"^[\ufeff\s]*<\?xml\b[^>]*>", re.I)


class PageElement(lxml.html.HtmlElement):
    """The elements of a page's tree: lxml.html's, whose ``text_content`` (which the
    layers ask for again and again) is read by libxml2's own concatenation of the text
    nodes within the element (``lxml.etree.tostring``'s text method), the string that
    lxml.html's XPath ``string()`` returns, without an XPath evaluation for each call nor
    a "smart" string that keeps its element. An element without children (most that are
    asked: a link, a span, a short paragraph) gives its ``text`` as it is: the parser keeps
    no comment or processing instruction and resolves every entity, so its only child
    nodes are text, and ``text`` is all of them (the same string on each of the 936,264
    childless elements of every corpus page and HTML fixture), without the serializer's
    set-up, which costs several times the lookup."""

    def text_content(self) -> str:
        """The text of every text node within the element, in page order (its tail aside)."""
        if not len(self):
            return self.text or ""
        return lxml.etree.tostring(self, method="text", encoding=str, with_tail=False)


def _html_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    """The page parser: comments and processing instructions dropped, no id index,
    libxml2's size and depth limits lifted (``huge_tree``: the page context caps the depth
    itself), no default doctype.

    Every element is a :class:`PageElement`, chosen in C: lxml.html's own lookup runs a
    Python function for each element proxy (to give form elements their own classes,
    which the extractor never uses), a measurable share of a walk over the whole tree."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                  huge_tree=True, default_doctype=False, encoding=encoding)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=PageElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


#: The parser of a page's decoded text.
_PARSER = _html_parser()
#: The same parser for the page's text encoded as UTF-8: lxml hands a ``str`` holding
#: characters beyond Latin-1 to libxml2 as UTF-16 or UCS-4, which libxml2 converts to
#: UTF-8 again, while UTF-8 bytes are read as they are (the same tree, built faster).
_UTF8_PARSER = _html_parser("utf-8")


#: Bytes of a page given to charset detection (enough for its statistics, bounded cost).
_DETECTION_SAMPLE_BYTES = 65_536
#: Share of a page's non-ASCII characters that may be invalid UTF-8 and the page still be
#: read as UTF-8 (a stray byte or a response cut inside a character).
_UTF8_TOLERANCE = 0.1


def _mostly_utf8(data: bytes) -> str | None:
    """The page as UTF-8 when its bytes are (nearly all) valid UTF-8, else None."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return text if text.count("\ufffd") <= _UTF8_TOLERANCE * non_ascii else None


def detect_encoding(data: bytes) -> str | None:
    """The likeliest encoding of undeclared (or wrongly declared) bytes, or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # detection is an optional extra: UTF-8 with replacements then
        return None
    best = from_bytes(data[:_DETECTION_SAMPLE_BYTES]).best()
    return best.encoding if best is not None else None


def _decodes_with(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return None


def decode_html(data: str | bytes, content_type: str | None = None) -> str:
    """Decode page bytes: a BOM; else UTF-8 when the bytes are UTF-8, whatever the page
    declares (a legacy charset is often declared on UTF-8 pages); else the declared
    charset (HTTP header, then ``<meta>``) unless it claims UTF-8; else detection
    (cp1251, koi8-r, shift_jis, gb2312... served undeclared); else UTF-8 with U+FFFD."""
    if isinstance(data, str):
        return data
    bom_encoding, bom = read_bom(data)
    if bom_encoding is not None and bom is not None:
        return data[len(bom):].decode(bom_encoding, "replace")
    text = _mostly_utf8(data)
    if text is not None:
        return text
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(data)
    if declared and not declared.lower().replace("_", "-").startswith("utf"):
        text = _decodes_with(data, declared)
        if text is not None:
            return text
    return _decodes_with(data, detect_encoding(data)) or data.decode("utf-8", "replace")


def looks_binary(data: str | bytes) -> bool:
    """True for data that is clearly not text: NUL bytes or many control characters."""
    head = data[:_BINARY_SNIFF_BYTES]
    if isinstance(head, bytes) and head.startswith(_UTF16_BOMS):
        return False  # UTF-16 / UTF-32 text: NUL bytes are half its characters
    if isinstance(head, str):
        head = head.encode("utf-8", "surrogatepass")
    if b"\x00" in head or head.lstrip().startswith(BINARY_SIGNATURES):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


def without_lone_surrogates(text: str) -> str:
    """The text with unpaired UTF-16 surrogates replaced by U+FFFD (lxml stops parsing at
    one, and Arrow cannot store one)."""
    return _with_utf8(text)[0]


def _with_utf8(text: str) -> tuple[str, bytes | None]:
    """(the text without lone surrogates, the same text encoded as UTF-8, or None when the
    text is ASCII: lxml reads an ASCII ``str`` as UTF-8 already)."""
    if text.isascii():
        return text, None
    try:
        return text, text.encode("utf-8")  # fails only on a surrogate; much faster than searching for one
    except UnicodeEncodeError:
        text = _LONE_SURROGATE.sub("\ufffd", text)
        return text, text.encode("utf-8")


def collapse_tag_runs(text: str) -> str:
    """The text with every run of 32+ bare start tags cut to its first 8 tags."""
    return _TAG_RUN.sub(lambda run: "".join(_TAG.findall(run.group())[:8]), text)


def cap_depth(root, deep: list | None = None) -> None:
    """Unwrap every element nested deeper than MAX_ELEMENT_DEPTH, keeping its text
    (``deep``: those elements, when the caller has listed them already)."""
    for element in _DEEPER_THAN_MAX(root) if deep is None else deep:
        for descendant in reversed(list(element.iterdescendants())):
            descendant.drop_tag()


def without_xml_declaration(text: str) -> str:
    """The text without a leading ``<?xml ...?>`` declaration (its encoding, if any, was
    used when the bytes were decoded)."""
    if "<?" not in text[:512]:
        return text
    return _XML_DECLARATION.sub("", text, count=1)


def _parsed(text: str, utf8: bytes | None = None):
    """The document of ``text`` (given ``utf8``, its UTF-8 encoding: parsed from that)."""
    if utf8 is None:
        return lxml.html.document_fromstring(text, parser=_PARSER)
    return lxml.html.document_fromstring(utf8, parser=_UTF8_PARSER)


def _parsed_text(text: str):
    """The document of ``text``, a page's text without lone surrogates or declaration."""
    return _parsed(text, None if text.isascii() else text.encode("utf-8"))


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse HTML text into an lxml tree (the root ``<html>`` element), depth capped."""
    text, utf8 = _with_utf8(text)
    declared = without_xml_declaration(text)
    if declared is not text:
        text, utf8 = declared, None if declared.isascii() else declared.encode("utf-8")
    deep = None  # the elements of ``root`` nested too deep, once listed
    try:
        root = _parsed(text, utf8)
        if root is not None:
            unclosed = ignored_end_tags((_PARSER if utf8 is None else _UTF8_PARSER).error_log)
            if unclosed:
                closed = close_open_divs(text, unclosed)
                if closed is not None:
                    text, utf8 = closed, None if closed.isascii() else closed.encode("utf-8")
                    root = _parsed(text, utf8)
        if root is not None:
            deep = _DEEPER_THAN_MAX(root)
            if deep:
                root, deep = _parsed_text(collapse_tag_runs(text)), None
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAPageError(f"not parseable as HTML: {exc}") from exc
    if root is None:
        raise NotAPageError("not parseable as HTML: empty document")
    if not len(root):
        opened = _opened_root(text)
        if opened is not None:
            try:
                reparsed = _parsed_text(opened)
            except (lxml.etree.ParserError, ValueError):
                reparsed = None
            if reparsed is not None and len(reparsed):
                root, deep = reparsed, None
    if _swallowed_by_title(root):
        closed = _closed_title(text)
        if closed is not None:
            try:
                reparsed = _parsed_text(closed)
            except (lxml.etree.ParserError, ValueError):
                reparsed = None
            if reparsed is not None:
                root, deep = reparsed, None
    cap_depth(root, deep)
    move_content_out_of_head(root)
    return root


#: Elements that belong in ``<head>``; anything else there is content the parser kept.
HEAD_TAGS = frozenset({"title", "meta", "link", "style", "script", "base", "noscript",
                       "template"})


def move_content_out_of_head(root) -> None:
    """Move the content the parser left in ``<head>`` into ``<body>`` (made when missing).

    libxml2 keeps an element it does not know (a CMS's own tag before ``<body>``) in
    ``<head>``, and with it everything nested inside: on such pages the whole story sits
    in ``<head>``, where no reader of the body looks. Elements other than head elements
    that hold text are moved, in order, to the start of the body."""
    head = root.find("head")
    if head is None:
        return
    stray = None
    for child in head:
        tag = child.tag
        if tag.__class__ is str and tag not in HEAD_TAGS and child.text_content().strip():
            if stray is None:
                stray = []
            stray.append(child)
    if stray is None:
        return
    body = root.find("body")
    if body is None:
        body = lxml.html.Element("body")
        root.append(body)
    for index, child in enumerate(stray):
        body.insert(index, child)  # (lxml moves an element, keeping its tail with it)
#: A <title> holding more characters than this while the page has no body text is one
#: that never closes: it swallowed the rest of the document.
MAX_TITLE_CHARS = 2000
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
#: The page's ``<html>`` start tag, its closing solidus (if any) as group 1: the first
#: ``>`` ends the tag (a stored page whose root tag was mangled holds no quoted ``>``).
_ROOT_START_TAG = re.compile(r"<html\b[^>]*?(/)?\s*>", re.IGNORECASE)
#: The root start tag is looked for within this many characters of the page's start
#: (after a doctype, comments and the like).
MAX_ROOT_TAG_OFFSET = 4096


#: The first ``<title>`` of a tree in page order, the root included (what
#: ``next(root.iter("title"))`` gives). An XPath step whose one predicate is a position
#: stops walking at that position in libxml2; lxml's tag iterator, asked for its first
#: element, looks for the next one before it returns it, which on a page of one title is a
#: walk of the whole tree.
_FIRST_TITLE = lxml.etree.XPath("descendant-or-self::title[1]")


def first_title(root):
    """The first ``<title>`` element of the tree under ``root`` in page order, or None."""
    found = _FIRST_TITLE(root)
    return found[0] if found else None


def _swallowed_by_title(root) -> bool:
    """True when an unclosed ``<title>`` took the whole document as its text (stored
    pages cut or mangled there): a huge title and no body text."""
    title = first_title(root)
    if title is None or len(title.text or "") <= MAX_TITLE_CHARS:
        return False
    body = root.find("body")
    return body is None or not (body.text_content() or "").strip()


def _opened_root(text: str) -> str | None:
    """The text with the solidus closing its ``<html ... />`` start tag taken out, or None
    when its first ``<html>`` tag has none. The HTML standard ignores the solidus on a
    start tag that is not a void element's (the parse error
    "non-void-html-element-start-tag-with-trailing-solidus"): browsers read the page on
    inside ``<html>``; libxml2 closes the root there and drops everything after it."""
    match = _ROOT_START_TAG.search(text, 0, MAX_ROOT_TAG_OFFSET)
    if match is None or not match.group(1):
        return None
    return f"{text[:match.start(1)]}{text[match.end(1):]}"


def _closed_title(text: str) -> str | None:
    """The text with its first ``<title>`` closed at the end of the title's first line."""
    match = _TITLE_OPEN.search(text)
    if match is None:
        return None
    end = text.find("\n", match.end())
    if end < 0:
        return None
    return f"{text[:end]}</title>{text[end:]}"



#: {(attribute name, tag): the XPath listing that attribute's values on a page}, compiled once.
_ATTRIBUTE_XPATHS: dict[tuple[str, str | None], lxml.etree.XPath] = {}
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def _attribute_xpath(name: str, tag: str | None = None) -> lxml.etree.XPath:
    """The XPath of :meth:`PageContext.attribute_values` for attribute ``name`` (of the
    ``tag`` elements only, when given): plain strings (``smart_strings=False``), no element
    kept for each value. Written ``/descendant::*/@name``: what ``//@name`` selects,
    walking the elements only (``//`` steps through every node of the page, text nodes
    included; from the document node ``descendant-or-self::*`` adds no element to
    ``descendant::*`` and libxml2 walks the latter faster); with a tag
    ``/descendant::tag/@name``, which reads the attributes of that tag's elements only."""
    xpath = _ATTRIBUTE_XPATHS.get((name, tag))
    if xpath is None:
        if not _ATTRIBUTE_NAME.fullmatch(name) or (tag is not None and not _ATTRIBUTE_NAME.fullmatch(tag)):
            raise ValueError(f"not an attribute or tag name: {name!r}, {tag!r}")
        path = f"/descendant::*/@{name}" if tag is None else f"/descendant::{tag}/@{name}"
        xpath = _ATTRIBUTE_XPATHS[(name, tag)] = lxml.etree.XPath(path, smart_strings=False)
    return xpath


#: The tags whose elements several layers list, each once per page: the meta tags, the
#: scripts (JSON-LD, app state, the scripts' publication keys), the links (the canonical
#: one), the title and the ``<h1>`` headings; and for the printed dates the ``<time>``
#: elements, and the ``<noscript>`` and ``<template>`` elements whose text they leave out;
#: and the ``<figure>`` and ``<img>`` elements, among which the images step looks for the
#: lead image's caption. One walk of the tree lists them all (:meth:`PageContext.elements`),
#: where each layer walked the whole tree for its own tag.
LISTED_TAGS = ("meta", "link", "script", "title", "h1", "time", "noscript", "template",
               "figure", "img")


class PageContext:
    """One page, parsed once, with the shared views the extraction layers read."""

    def __init__(
        self,
        html: str | bytes,
        url: str,
        *,
        content_type: str | None = None,
        fetched_at: dt.datetime | None = None,
        profile=None,
        language_hint: str | None = None,
        timezone: str | None = None,
    ):
        if html is None or len(html) == 0:
            raise NotAPageError("empty document")
        if looks_binary(html):
            raise NotAPageError("binary data, not an HTML page")
        self.url = url
        self.text = decode_html(html, content_type)
        if _BLANK.fullmatch(self.text) is not None:
            raise NotAPageError("empty document")
        self.tree = parse_html(self.text)
        self.fetched_at = fetched_at
        self.profile = profile
        self.language_hint = language_hint
        self.timezone = timezone
        #: Names of the extraction field steps that raised on this page (see the extractor).
        self.field_errors: list[str] = []
        self._attribute_values: dict[tuple[str, str | None], list[str]] = {}

    @cached_property
    def domain(self) -> str | None:
        """Host of the page URL, lower-case, without 'www.'."""
        return domain_of(self.url)

    @cached_property
    def selector(self) -> Selector:
        """A parsel Selector over the same tree (for site-profile CSS/XPath)."""
        return Selector(root=self.tree, type="html")

    @cached_property
    def body_element(self):
        """The ``<body>`` element (or the root when the page has none)."""
        body = self.tree.find("body")
        return body if body is not None else self.tree

    # -- shared views of the extraction layers (computed on first use) -------------
    @cached_property
    def _listed_elements(self) -> dict[str, list]:
        """{tag: its elements} for every tag of :data:`LISTED_TAGS`, from one walk."""
        listed: dict[str, list] = {tag: [] for tag in LISTED_TAGS}
        for element in self.tree.iter(*LISTED_TAGS):
            listed[element.tag].append(element)
        return listed

    def elements(self, tag: str) -> list:
        """The page's elements of ``tag``, one of :data:`LISTED_TAGS`, in page order: what
        ``tree.iter(tag)`` gives, from one walk listing every such tag, made on first use
        (the extraction never changes the tree once parsed, so the lists hold)."""
        return self._listed_elements[tag]

    def attribute_values(self, name: str, tag: str | None = None) -> list[str]:
        """The values of every ``name`` attribute of the page (``class``, ``rel``,
        ``href``...), in page order, as plain strings: one walk of the tree per name, made
        on first use (a step asking whether any class or link could name an author reads
        this short list, not the page's whole text). ``tag``: the values of the ``tag``
        elements' attribute only (the ``rel`` of the links, ``a``), from a walk that reads
        no other element's attributes."""
        key = (name, tag)
        values = self._attribute_values.get(key)
        if values is None:
            values = self._attribute_values[key] = _attribute_xpath(name, tag)(self.tree)
        return values

    def attribute_values_read(self, name: str, tag: str | None = None) -> list[str] | None:
        """What :meth:`attribute_values` gives, when an earlier step had it read; else
        None (no walk is made): for a step that uses the values only when they cost
        nothing more."""
        return self._attribute_values.get((name, tag))

    @cached_property
    def jsonld_nodes(self) -> list[dict]:
        """Every JSON-LD object of the page, lists and ``@graph`` arrays flattened."""
        from newscrawl.extract.jsonld import collect_nodes

        return collect_nodes(self.tree, self.elements("script"))

    @cached_property
    def jsonld_index(self) -> dict[str, dict]:
        """JSON-LD nodes by ``@id``, for following references."""
        from newscrawl.extract.jsonld import index_by_id

        return index_by_id(self.jsonld_nodes)

    @cached_property
    def jsonld_article(self) -> dict | None:
        """The JSON-LD node describing the article (NewsArticle and relatives), or None."""
        from newscrawl.extract.jsonld import article_node

        return article_node(self.jsonld_nodes)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-case name / property / itemprop, built in one pass."""
        from newscrawl.extract.meta import collect_meta

        return collect_meta(self.tree, self.elements("meta"))

    @cached_property
    def appstate(self):
        """The article found in the page's embedded app state (``__NEXT_DATA__``, Nuxt,
        ``window.__INITIAL_STATE__``...) as an :class:`~newscrawl.extract.appstate.AppArticle`,
        or None. Parsed on first use, once per page."""
        from newscrawl.extract.appstate import extract_app_article

        return extract_app_article(self.tree, self.elements("script"))
