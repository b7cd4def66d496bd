"""The app-state layer: read the article from the data a JavaScript app embeds in its page.

Single-page apps ship the story as data for the app to hydrate: Next.js's
``<script id="__NEXT_DATA__">`` (pages router) and ``self.__next_f.push`` flight chunks (app
router), Nuxt's ``__NUXT_DATA__`` (the devalue format) and
``window.__NUXT__``, ``window.__INITIAL_STATE__`` / ``__PRELOADED_STATE__`` /
``__APOLLO_STATE__`` (and other ``window.__NAME__ =`` assignments), Arc/Fusion's
``Fusion.globalContent``, and ``<script type="application/json">`` blocks in general.

:func:`state_sources` finds those scripts without parsing anything (a page with no app
state costs one walk over its ``<script>`` elements); :func:`parse_source` reads one
(JSON, a JavaScript object literal, ``JSON.parse("...")``, a Nuxt 2 ``(function(a,b){return
{...}}(1,2))`` payload, a devalue array, the rows of a flight payload); :func:`find_article` walks the values and picks
the object shaped like an article by its keys (a headline or title, and body, dates,
authors...), and :func:`read_article` reads its fields, turning rich-text trees
(Portable Text, ProseMirror / TipTap, Contentful, Draft.js, Arc ANS ``content_elements``,
HTML strings) into body paragraphs. Everything is bounded: characters read, nesting
depth, nodes visited.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field
from itertools import islice

import lxml.etree
import lxml.html

log = logging.getLogger(__name__)

#: Hostile-input bounds: characters of one state script read (larger ones are skipped),
#: characters of all state scripts of a page, nesting depth followed, nodes visited when
#: decoding and when searching, paragraphs and characters of one body.
MAX_SOURCE_CHARS = 8_000_000
MAX_PAGE_CHARS = 16_000_000
MAX_DEPTH = 64
MAX_NODES = 200_000
MAX_PARAGRAPHS = 2000
MAX_BODY_CHARS = 1_000_000
MAX_LIST_ITEMS = 50

#: Script ids of the frameworks' state blocks.
STATE_IDS = frozenset({"__next_data__", "__nuxt_data__", "__nuxt__", "fusion-metadata",
                       "__apollo_state__", "__initial_state__", "__preloaded_state__"})
#: ``window.__NAME__ = ...`` (or ``self.`` / ``globalThis.`` / ``var`` / bare): an upper-case
#: name between double underscores (searched by its literal start, which is fast), then
#: an assignment; what stands before the name is checked separately (:func:`_assignments`).
_STATE_NAME = re.compile(r"__[A-Z][A-Z0-9_]*__")
#: The global to which Arc XP's Fusion renderer assigns the story's ANS document (whose
#: ``headlines.basic`` is the story's own headline: :func:`_headline_of`).
FUSION_NAME = "Fusion.globalContent"
_ASSIGNED = re.compile(r"""(?:["']\s*\])?\s*=(?!=)\s*""")
_BEFORE_NAME = re.compile(r"""(?:(?:window|self|globalThis)\s*(?:\.|\[\s*["'])|\b(?:var|let|const)\s+)\s*$""")
#: What a script holding app state has in it: a state name's underscores, or Fusion's
#: global content.
_NAME_MARK = "__"
_FUSION_MARK = "globalContent"


@dataclass(slots=True)
class StateSource:
    """One script holding app state: what it is called and where its value starts."""

    name: str
    text: str
    start: int = 0
    devalue: bool = False
    flight: bool = False


@dataclass(slots=True)
class AppImage:
    """An image named by the app state."""

    url: str
    caption: str | None = None
    credit: str | None = None


@dataclass(slots=True)
class AppArticle:
    """The article fields read from app state (raw dates, as given)."""

    source: str
    headline: str | None = None
    description: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    images: list[AppImage] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def body(self) -> str | None:
        """Paragraphs separated by one blank line, or None."""
        return "\n\n".join(self.paragraphs) or None


# -- finding the state scripts --------------------------------------------------------

def state_sources(tree, scripts: list | None = None) -> list[StateSource]:
    """The page's scripts that may hold app state, nothing parsed yet (cheap). ``scripts``:
    the page's ``<script>`` elements, when the caller has listed them."""
    found: list[StateSource] = []
    flight: list[str] = []
    total = 0
    for script in tree.iter("script") if scripts is None else scripts:
        if script.get("src"):
            continue
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind:
            continue
        script_id = (script.get("id") or "").lower()
        if kind and "json" not in kind and "javascript" not in kind and kind != "module" \
                and script_id not in STATE_IDS:
            continue  # (a template or a data block: neither state nor script, its text not read)
        text = script.text
        if not text or len(text) > MAX_SOURCE_CHARS:
            continue
        if "json" in kind or script_id in STATE_IDS and text.lstrip()[:1] in "[{":
            if total + len(text) > MAX_PAGE_CHARS:
                break
            total += len(text)
            found.append(StateSource(script.get("id") or "json", text,
                                     devalue=script_id == "__nuxt_data__"
                                     or script.get("data-nuxt-data") is not None))
            continue
        if kind and "javascript" not in kind and kind != "module":
            continue
        first_mark = text.find(_NAME_MARK)
        if first_mark < 0 and _FUSION_MARK not in text:  # (no generator: most scripts)
            continue
        # (the flight push and the state names hold the mark: neither starts before it)
        if first_mark >= 0 and text.find(_FLIGHT_PUSH, max(0, first_mark - _FLIGHT_MARK_AT)) >= 0:
            if total + len(text) <= MAX_PAGE_CHARS:
                total += len(text)
                flight.append(text)
            continue
        for name, start in _assignments(text, first_mark):
            if total + len(text) > MAX_PAGE_CHARS:
                return found
            total += len(text)
            found.append(StateSource(name, text, start))
    if flight:
        found.append(StateSource("__next_f", "\n".join(flight), flight=True))
    return found


def _assignments(text: str, first_mark: int = 0):
    """(name, where the value starts) of each state assignment in a script's text;
    ``first_mark``: where the text's first :data:`_NAME_MARK` is (-1: it has none), where
    the search for state names starts (each name opens with the mark)."""
    position = text.find(FUSION_NAME)
    while position >= 0:
        assigned = _ASSIGNED.match(text, position + len(FUSION_NAME))
        if assigned:
            yield FUSION_NAME, assigned.end()
        position = text.find(FUSION_NAME, position + 1)
    if first_mark < 0:
        return
    for match in _STATE_NAME.finditer(text, first_mark):
        assigned = _ASSIGNED.match(text, match.end())
        if not assigned:
            continue
        before = text[max(0, match.start() - 16):match.start()]
        if before and (before[-1].isalnum() or before[-1] in "$_.\"'[") \
                and not _BEFORE_NAME.search(before):
            continue
        yield match.group(), assigned.end()


# -- reading values ---------------------------------------------------------------------

class _Budget:
    """Nodes left to decode or visit on one page."""

    __slots__ = ("left",)

    def __init__(self, nodes: int = MAX_NODES):
        self.left = nodes

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


def parse_source(source: StateSource, budget: _Budget | None = None):
    """The value of one state script, or None when it cannot be read."""
    budget = budget or _Budget()
    if source.flight:
        return flight_rows(source.text, budget)
    try:
        if source.start == 0:
            value = json.loads(source.text.strip().removeprefix("<!--").removesuffix("-->"))
        else:
            value = _JsReader(source.text, source.start, budget).top_value()
    except (ValueError, RecursionError, IndexError) as exc:
        log.debug("app state %s unreadable: %s", source.name, exc)
        return None
    if source.devalue or _looks_devalue(value):
        return unflatten_devalue(value, budget)
    return value


#: Next.js app router: the React Server Components payload, pushed in string chunks.
_FLIGHT_PUSH = "self.__next_f.push("
#: Where :data:`_NAME_MARK` stands in :data:`_FLIGHT_PUSH`.
_FLIGHT_MARK_AT = _FLIGHT_PUSH.index(_NAME_MARK)
_FLIGHT_CHUNK = re.compile(r"""self\.__next_f\.push\(\[\s*1\s*,\s*("(?:[^"\\]|\\.)*")\s*\]\)""")
_FLIGHT_ROW = re.compile(r"([0-9a-fA-F]{1,8}):")
_FLIGHT_TEXT = re.compile(r"T([0-9a-fA-F]{1,8}),")


def flight_rows(text: str, budget: _Budget | None = None) -> list:
    """The values of a Next.js app-router page's flight payload (``self.__next_f.push([1,
    "..."])`` chunks joined): its JSON rows, ``"$<id>"`` references to other rows resolved,
    text rows (``<id>:T<hex length>,<text>``) as strings, ``"$D..."`` dates as their text."""
    budget = budget or _Budget()
    chunks = []
    for match in _FLIGHT_CHUNK.finditer(text):
        try:
            chunks.append(json.loads(match.group(1)))
        except ValueError:
            continue
    payload = "".join(chunks)
    rows: dict[str, object] = {}
    position = 0
    while position < len(payload) and budget.spend():
        row = _FLIGHT_ROW.match(payload, position)
        end = payload.find("\n", position)
        end = len(payload) if end < 0 else end
        if not row:
            position = end + 1
            continue
        start = row.end()
        text_row = _FLIGHT_TEXT.match(payload, start)
        if text_row:  # a length in UTF-8 bytes, then the text (which may hold newlines)
            size = int(text_row.group(1), 16)
            body_start = text_row.end()
            # a character is at least one byte: the text is within the next ``size`` characters
            chunk = payload[body_start:body_start + size].encode("utf-8")[:size].decode("utf-8", "ignore")
            rows[row.group(1)] = chunk
            position = body_start + len(chunk)
            continue
        line = payload[start:end]
        if line[:1] in ("[", "{", '"'):
            try:
                rows[row.group(1)] = json.loads(line)
            except (ValueError, RecursionError):
                pass
        position = end + 1

    def resolve(value, depth):
        if depth > MAX_DEPTH or not budget.spend():
            return None
        if isinstance(value, str) and value.startswith("$") and len(value) > 1:
            tag = value[1]
            if tag == "$":
                return value[1:]
            if tag == "D":
                return value[2:]
            if value == "$undefined":
                return None
            target = rows.get(value[1:]) if re.fullmatch(r"\$[0-9a-fA-F]+", value) else None
            if isinstance(target, str):
                return target
            return value
        if isinstance(value, list):
            return [resolve(item, depth + 1) for item in value]
        if isinstance(value, dict):
            return {key: resolve(item, depth + 1) for key, item in value.items()}
        return value

    try:
        return [resolve(value, 0) for value in rows.values() if not isinstance(value, str)]
    finally:
        del resolve  # (a recursive closure: see newscrawl.extract.body.scan.scan_page)


def _looks_devalue(value) -> bool:
    """A devalue payload: a list whose first item is a typed reference or an index object."""
    if not isinstance(value, list) or len(value) < 2:
        return False
    head = value[0]
    if isinstance(head, list) and len(head) == 2 and head[0] in _DEVALUE_WRAPPERS \
            and isinstance(head[1], int):
        return True
    return isinstance(head, dict) and bool(head) and all(
        isinstance(v, int) and 0 < v < len(value) for v in head.values())


#: devalue's negative indices.
_DEVALUE_SPECIAL = {-1: None, -2: None, -3: None, -4: float("inf"), -5: float("-inf"), -6: 0}
#: Nuxt's payload revivers and devalue's own wrappers whose single argument is the value.
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object",
                               "NuxtError", "Island", "Set"})


def unflatten_devalue(values, budget: _Budget | None = None):
    """The value a devalue array (``devalue.stringify``, Nuxt 3's ``__NUXT_DATA__``)
    encodes: item 0 is the root; objects and arrays hold indices into the array; typed
    values are ``["Date", iso]``, ``["Set", i...]``, ``["Map", k, v...]``,
    ``["Reactive", i]`` and the like. Cycles come back as shared objects."""
    budget = budget or _Budget()
    if isinstance(values, int):
        return _DEVALUE_SPECIAL.get(values)
    if not isinstance(values, list) or not values:
        return None
    done: dict[int, object] = {}

    def hydrate(index, depth):
        if not isinstance(index, int) or isinstance(index, bool):
            return None
        if index < 0:
            return _DEVALUE_SPECIAL.get(index)
        if index in done:
            return done[index]
        if index >= len(values) or depth > MAX_DEPTH or not budget.spend():
            return None
        value = values[index]
        if isinstance(value, dict):
            out: dict = {}
            done[index] = out
            for key, item in value.items():
                out[key] = hydrate(item, depth + 1)
            return out
        if isinstance(value, list):
            if value and isinstance(value[0], str):
                tag = value[0]
                if tag in ("Date", "RegExp", "BigInt", "URL"):
                    result = value[1] if len(value) > 1 else None
                elif tag in ("EmptyRef", "EmptyShallowRef"):
                    result = None
                elif tag == "Set":
                    result = [hydrate(i, depth + 1) for i in value[1:MAX_LIST_ITEMS * 20]]
                elif tag in ("Map", "null"):
                    pairs = value[1:]
                    result = {str(hydrate(k, depth + 1)) if tag == "Map" else str(k):
                              hydrate(v, depth + 1) for k, v in zip(pairs[::2], pairs[1::2])}
                else:  # Reactive, ShallowReactive, Ref, NuxtError... wrap one value
                    result = hydrate(value[1], depth + 1) if len(value) > 1 else None
                done[index] = result
                return result
            out_list: list = []
            done[index] = out_list
            out_list.extend(hydrate(item, depth + 1) for item in value)
            return out_list
        done[index] = value
        return value

    try:
        return hydrate(0, 0)
    finally:
        del hydrate  # (a recursive closure: see newscrawl.extract.body.scan.scan_page)


class _Param:
    """A parameter of a Nuxt 2 payload function, bound to its argument afterwards."""

    __slots__ = ("index",)

    def __init__(self, index: int):
        self.index = index


_JS_NUMBER = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")
_JS_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_JS_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)+", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


class _JsReader:
    """A reader of JavaScript data literals: objects (bare, quoted or numeric keys),
    arrays, strings in any quotes, numbers, ``true``/``false``/``null``/``undefined``/
    ``void 0``/``!0``/``!1``, ``new Date(...)``, ``JSON.parse("...")``, and Nuxt 2's
    ``(function(a,b){...return {...}}(x,y))``. Anything else ends the read (ValueError)."""

    def __init__(self, text: str, position: int, budget: _Budget):
        self.text, self.pos, self.budget = text, position, budget
        self.params: dict[str, _Param] = {}

    def space(self) -> None:
        match = _JS_SPACE.match(self.text, self.pos)
        if match:
            self.pos = match.end()

    def peek(self) -> str:
        self.space()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise ValueError(f"expected {char!r} at {self.pos}")
        self.pos += 1

    def top_value(self):
        """The assigned value: a function payload, JSON.parse(...) or a literal."""
        head = self.text[self.pos:self.pos + 200].lstrip("( ")
        if head.startswith("function"):
            return self.function_payload()
        if head[:1] in "{[":  # most states are strict JSON: decode in C first
            start = self.text.index(head[0], self.pos)
            try:
                value, _end = json.JSONDecoder(strict=False).raw_decode(self.text, start)
                return value
            except ValueError:
                pass
        return self.value(0)

    def function_payload(self):
        self.pos = self.text.index("function", self.pos) + len("function")
        self.expect("(")
        names = [n.strip() for n in self.text[self.pos:self.text.index(")", self.pos)].split(",")]
        self.params = {name: _Param(i) for i, name in enumerate(names) if name}
        body = self.text.index("{", self.pos)
        returns = re.compile(r"\breturn\b").search(self.text, body)
        if returns is None:
            raise ValueError("no return in the payload function")
        self.pos = returns.end()
        value = self.value(0)
        # The arguments follow the function's body: "}(" or "})(".
        call = re.compile(r"\}\s*\)?\s*\(").search(self.text, self.pos)
        args = []
        if call is not None:
            self.pos = call.end()
            self.params = {}
            while self.peek() not in (")", ""):
                args.append(self.value(0))
                if self.peek() == ",":
                    self.pos += 1
        return _bind(value, args, 0)

    def value(self, depth: int):
        if depth > MAX_DEPTH or not self.budget.spend():
            raise ValueError("app state too deep or too large")
        char = self.peek()
        if char == "{":
            return self.object(depth)
        if char == "[":
            return self.array(depth)
        if char in "\"'`":
            return self.string()
        if char == "!" and self.text[self.pos + 1:self.pos + 2] in ("0", "1"):
            self.pos += 2
            return self.text[self.pos - 1] == "0"
        number = _JS_NUMBER.match(self.text, self.pos)
        if number:
            self.pos = number.end()
            raw = number.group()
            return int(raw, 16) if raw.lower().startswith(("0x", "-0x")) else (
                float(raw) if any(c in raw for c in ".eE") else int(raw))
        name = _JS_NAME.match(self.text, self.pos)
        if not name:
            raise ValueError(f"unexpected {char!r} at {self.pos}")
        self.pos = name.end()
        word = name.group()
        if word in ("true", "false"):
            return word == "true"
        if word in ("null", "undefined", "NaN", "Infinity"):
            return None
        if word == "void":
            self.value(depth + 1)
            return None
        if word == "new" or word in ("JSON", "Date", "Object", "Array"):
            return self.call(word, depth)
        if word in self.params:
            return self.params[word]
        raise ValueError(f"unknown name {word!r}")

    def name(self) -> str:
        """The identifier at the read position (ValueError when there is none)."""
        match = _JS_NAME.match(self.text, self.pos)
        if match is None:
            raise ValueError(f"expected a name at {self.pos}")
        self.pos = match.end()
        return match.group()

    def call(self, word: str, depth: int):
        """``new Date(x)``, ``JSON.parse("...")``, ``Object.create(null)``, ``Array(n)``."""
        if word == "new":
            self.space()
            word = self.name()
        while self.peek() == ".":
            self.pos += 1
            self.space()
            word += "." + self.name()
        self.expect("(")
        args = []
        while self.peek() not in (")", ""):
            args.append(self.value(depth + 1))
            if self.peek() == ",":
                self.pos += 1
        self.expect(")")
        if word == "JSON.parse" and args and isinstance(args[0], str):
            return json.loads(args[0])
        if word == "Date" and args:
            return _epoch_text(args[0]) if isinstance(args[0], (int, float)) else args[0]
        if word == "Object.create":
            return {}
        return None

    def object(self, depth: int) -> dict:
        self.pos += 1
        out: dict = {}
        while True:
            char = self.peek()
            if char == "}":
                self.pos += 1
                return out
            if char in "\"'":
                key = self.string()
            else:
                match = _JS_NAME.match(self.text, self.pos) or _JS_NUMBER.match(self.text, self.pos)
                if not match:
                    raise ValueError(f"bad key at {self.pos}")
                key = match.group()
                self.pos = match.end()
            if self.peek() == ":":
                self.pos += 1
                out[key] = self.value(depth + 1)
            else:  # shorthand {a, b}
                out[key] = self.params.get(key)
            if self.peek() == ",":
                self.pos += 1

    def array(self, depth: int) -> list:
        self.pos += 1
        out: list = []
        while True:
            char = self.peek()
            if char == "]":
                self.pos += 1
                return out
            if char == ",":  # a hole
                self.pos += 1
                out.append(None)
                continue
            out.append(self.value(depth + 1))
            if self.peek() == ",":
                self.pos += 1

    def string(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        parts: list[str] = []
        text = self.text
        while True:
            end = self.pos
            while end < len(text) and text[end] != quote and text[end] != "\\":
                end += 1
            parts.append(text[self.pos:end])
            if end >= len(text):
                raise ValueError("unterminated string")
            if text[end] == quote:
                self.pos = end + 1
                return "".join(parts)
            escape = text[end + 1:end + 2]
            if escape == "u":
                if text[end + 2:end + 3] == "{":
                    close = text.index("}", end)
                    parts.append(chr(int(text[end + 3:close], 16)))
                    self.pos = close + 1
                else:
                    parts.append(chr(int(text[end + 2:end + 6], 16)))
                    self.pos = end + 6
            elif escape == "x":
                parts.append(chr(int(text[end + 2:end + 4], 16)))
                self.pos = end + 4
            elif escape == "\n":
                self.pos = end + 2
            else:
                parts.append(_ESCAPES.get(escape, escape))
                self.pos = end + 2


def _bind(value, args: list, depth: int):
    """The value with each function parameter replaced by its argument."""
    if isinstance(value, _Param):
        return args[value.index] if value.index < len(args) else None
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {k: _bind(v, args, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_bind(v, args, depth + 1) for v in value]
    return value


def _epoch_text(value: float) -> str | None:
    """An epoch number (seconds or milliseconds) as ISO 8601 UTC text."""
    seconds = value / 1000 if value > 10_000_000_000 else value
    if not 315_532_800 <= seconds <= 4_102_444_800:  # 1980..2100: anything else is no date
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).isoformat()


# -- recognising the article --------------------------------------------------------------

def _norm(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


#: Object keys whose normalised name is remembered (:func:`_normalised`): at most this
#: many (the memo starts again when full), each at most MAX_REMEMBERED_KEY_CHARS long (a
#: hostile page's long keys are not kept).
MAX_REMEMBERED_KEYS = 4096
MAX_REMEMBERED_KEY_CHARS = 64
_KEY_NAMES: dict[str, str] = {}


def _normalised(key) -> str | None:
    """:func:`_norm` of an object key, None for a key that is no string; remembered, for
    a state's objects repeat a few key names many times over (every teaser of a list has
    the same keys)."""
    name = _KEY_NAMES.get(key)
    if name is not None or not isinstance(key, str):
        return name
    name = _norm(key)
    if len(key) <= MAX_REMEMBERED_KEY_CHARS:
        if len(_KEY_NAMES) >= MAX_REMEMBERED_KEYS:
            _KEY_NAMES.clear()
        _KEY_NAMES[key] = name
    return name


HEADLINE_KEYS = ("headline", "title", "headlines", "seotitle")
#: The same as a set, for the screen of :func:`_has_headline_key`.
_HEADLINE_NAMES = frozenset(HEADLINE_KEYS)
BODY_KEYS = ("body", "content", "contentelements", "articlebody", "bodyhtml", "bodytext",
             "richtext", "blocks", "html", "text", "elements", "contenthtml", "paragraphs")
AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "credits", "contributors", "writers",
               "creators", "creator", "authorname")
PUBLISHED_KEYS = ("datepublished", "firstpublished", "firstpublishdate", "firstpublishedat",
                  "publishedat", "publishdate", "publisheddate", "publicationdate",
                  "displaydate", "pubdate", "publishtime", "publishedtime", "publishedon",
                  "published", "datecreated", "createdat", "created", "date")
MODIFIED_KEYS = ("datemodified", "modifiedat", "updatedat", "lastupdated", "lastupdateddate",
                 "lastmodified", "modified", "updated", "lastpublishdate", "modifieddate",
                 "updatedate")
DESCRIPTION_KEYS = ("description", "summary", "subheadline", "subheadlines", "standfirst", "dek",
                    "excerpt", "teaser", "abstract", "lead", "intro", "subtitle", "seodescription")
IMAGE_KEYS = ("leadimage", "mainimage", "featuredimage", "heroimage", "promoitems", "image",
              "images", "coverimage", "leadmedia", "featuredmedia", "thumbnail", "teaserimage",
              "picture", "photo")
SECTION_KEYS = ("section", "sectionname", "category", "primarysection", "taxonomy",
                "sections", "categories")
TAG_KEYS = ("tags", "keywords", "topics", "taglist")
#: Body characters from which an object's body counts as a story's (not a teaser's).
_BODY_MIN_CHARS = 200


class _Keys:
    """An object's keys by normalised name (first wins)."""

    __slots__ = ("by_name",)

    def __init__(self, node: dict):
        self.by_name: dict[str, str] = {}
        remembered = _KEY_NAMES.get
        for key in node:
            name = remembered(key)
            if name is None:
                name = _normalised(key)
                if name is None:
                    continue
            self.by_name.setdefault(name, key)

    def first(self, node: dict, names) -> tuple[str | None, object]:
        for name in names:
            key = self.by_name.get(name)
            if key is not None:
                value = node[key]
                if value not in (None, "", [], {}):
                    return name, value
        return None, None


def _walk(roots, budget: _Budget, parents: dict | None = None):
    """Every dict under the roots (depth-first, bounded, each object once); ``parents``,
    when given, receives each dict's nearest enclosing dict (by id)."""
    seen: set[int] = set()
    stack: list[tuple[object, int, dict | None]] = [(root, 0, None) for root in reversed(roots)]
    while stack:
        value, depth, parent = stack.pop()
        if depth > MAX_DEPTH:
            continue
        budget.left -= 1  # (:meth:`_Budget.spend`, written out: one call a value saved)
        if budget.left < 0:
            continue
        if isinstance(value, dict):
            if id(value) in seen:
                continue
            seen.add(id(value))
            if parents is not None and parent is not None:
                parents[id(value)] = parent
            yield value
            parent = value
            children = reversed(value.values())  # (read after the yield, as a copy was)
        elif isinstance(value, list):
            if id(value) in seen:
                continue
            seen.add(id(value))
            children = reversed(value)
        else:
            continue
        depth += 1
        for child in children:  # (last first: the stack hands out the first child next)
            if isinstance(child, (dict, list)):
                stack.append((child, depth, parent))


def _has_headline_key(node: dict) -> bool:
    """True when a key of the object is named as a headline (:data:`HEADLINE_KEYS`, once
    normalised): the first test of :func:`find_article`, which indexes the keys only of
    the objects that pass it."""
    remembered = _KEY_NAMES.get
    for key in node:  # (a plain loop, the memo read in line: most keys are in it)
        name = remembered(key)
        if name is None:
            name = _normalised(key)
        if name in _HEADLINE_NAMES:
            return True
    return False


def _headline_of(node: dict, keys: _Keys) -> str | None:
    _name, value = keys.first(node, HEADLINE_KEYS)
    if isinstance(value, dict):  # Arc ANS headlines.basic, {"rendered": ...}
        value = next((value[k] for k in ("basic", "main", "default", "rendered", "web", "print")
                      if isinstance(value.get(k), str) and value[k].strip()), None)
    if isinstance(value, str):
        text = _plain(value)
        if text and len(text) <= 500 and not text.startswith(("http://", "https://", "/")):
            return text
    return None


def find_article(values: list, refs: dict | None = None, budget: _Budget | None = None,
                 parents: dict | None = None):
    """The object in the state values that is most like an article, or None: it has a
    headline and a body, a date or authors; among those, the longest body wins, then the
    most fields. ``parents`` (optional) receives each object's enclosing object."""
    budget = budget or _Budget()
    refs = refs or {}
    best, best_rank = None, None
    for node in _walk(values, budget, parents):
        if not _has_headline_key(node):  # (most objects: their keys are not indexed)
            continue
        keys = _Keys(node)
        headline = _headline_of(node, keys)
        if not headline:
            continue
        _b, body_value = keys.first(node, BODY_KEYS)
        body_chars = 0
        if body_value is not None:
            paragraphs = rich_text_paragraphs(_resolve(body_value, refs), refs)
            body_chars = sum(len(p) for p in paragraphs)
        has_date = keys.first(node, PUBLISHED_KEYS)[0] is not None
        has_authors = keys.first(node, AUTHOR_KEYS)[0] is not None
        if body_chars < _BODY_MIN_CHARS and not (has_date and (has_authors or body_chars)):
            continue
        rank = (body_chars >= _BODY_MIN_CHARS, body_chars, has_date + has_authors)
        if best_rank is None or rank > best_rank:
            best, best_rank = node, rank
    return best


def _resolve(value, refs: dict):
    """Follow an Apollo cache reference (``{"__ref": id}`` / ``{"type": "id", "id": id}``)."""
    if isinstance(value, dict) and refs:
        if len(value) == 1 and isinstance(value.get("__ref"), str):
            return refs.get(value["__ref"], value)
        if value.get("type") == "id" and isinstance(value.get("id"), str) and "generated" in value:
            return refs.get(value["id"], value)
    return value


# -- rich text ------------------------------------------------------------------------------

_KIND_KEYS = ("type", "_type", "nodeType", "nodetype", "__typename", "blockType", "component")
#: Node kinds that are not the article's text (embeds, media, ads, promos).
_SKIP_WORDS = ("image", "video", "embed", "advert", "related", "newsletter", "gallery", "audio",
               "tweet", "twitter", "instagram", "facebook", "youtube", "iframe", "rawhtml",
               "interstitial", "promo", "widget", "atomic", "podcast", "poll", "recirc",
               "social", "script", "divider", "photo", "media", "figure", "caption", "ad")
_LIST_KINDS = frozenset({"list", "ul", "ol", "bulletlist", "orderedlist", "unorderedlist",
                         "bulletedlist", "numberedlist"})
_BLOCK_KINDS = frozenset({"paragraph", "p", "text", "block", "unstyled", "listitem", "li",
                          "orderedlistitem", "unorderedlistitem", "blockquote", "quote",
                          "pullquote", "header", "heading", "subheading", "subhead",
                          "correction", "interstitiallink"})
_HEADING = re.compile(r"^(?:h[1-6]|heading\d?|header(?:one|two|three|four|five|six|\d)?)$")
_CHILD_KEYS = ("children", "content", "contentelements", "content_elements", "blocks",
               "elements", "items", "nodes", "body", "value", "document", "json", "raw")
_INLINE_KEYS = ("text", "value", "content", "children", "html")
_HTML_TAG = re.compile(r"<[a-zA-Z/!]")
_HTML_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_HTML_SKIPPED = ("script", "style", "figure", "figcaption", "aside", "noscript", "iframe",
                 "template", "button", "form")


def _kind_of(node: dict) -> str:
    for key in _KIND_KEYS:
        value = node.get(key)
        if isinstance(value, str):
            return _norm(value).replace(" ", "")
    return ""


def _skipped(kind: str) -> bool:
    if kind in _BLOCK_KINDS or kind in _LIST_KINDS:
        return False
    return kind == "ad" or any(word in kind for word in _SKIP_WORDS if word != "ad")


def _plain(text: str) -> str:
    """A string collapsed to one line, HTML tags and entities resolved."""
    if "<" in text and _HTML_TAG.search(text) or "&" in text:
        try:
            text = lxml.html.fragment_fromstring(text, create_parent="div").text_content()
        except (ValueError, lxml.etree.ParserError):
            pass
    return " ".join(text.split())


def html_paragraphs(markup: str) -> list[str]:
    """The paragraphs of an HTML fragment: its block elements' text, or the whole text."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return [" ".join(markup.split())] if markup.strip() else []
    for element in root.iter(*_HTML_SKIPPED):
        if element.getparent() is not None:
            element.drop_tree()
    blocks = [element for element in root.iter(*_HTML_BLOCKS)
              if not any(ancestor.tag in _HTML_BLOCKS for ancestor in element.iterancestors())]
    if not blocks:
        text = " ".join(root.text_content().split())
        return [text] if text else []
    out = []
    for element in blocks:
        text = " ".join(element.text_content().split())
        if text:
            out.append(text)
    return out


def _inline_text(value, refs: dict, depth: int, budget: list) -> str:
    """The text of an inline subtree (spans, marks, links), joined."""
    if depth > MAX_DEPTH or budget[0] <= 0:
        return ""
    budget[0] -= 1
    if isinstance(value, str):
        return _plain(value) if "<" in value or "&" in value else value
    if isinstance(value, list):
        return "".join(_inline_text(item, refs, depth + 1, budget) for item in value[:5000])
    if isinstance(value, dict):
        value = _resolve(value, refs)
        if _skipped(_kind_of(value)):
            return ""
        pieces = []
        for key in _INLINE_KEYS:
            if key in value:
                piece = _inline_text(value[key], refs, depth + 1, budget)
                if piece:
                    pieces.append(piece)
        if _kind_of(value) in _BLOCK_KINDS and pieces:
            return " " + " ".join(pieces) + " "
        return "".join(pieces)
    return ""


def rich_text_paragraphs(value, refs: dict | None = None) -> list[str]:
    """Body paragraphs of a rich-text value: an HTML or plain string, a list of blocks,
    or a document tree (Portable Text, ProseMirror / TipTap, Contentful, Draft.js, Arc
    ANS). Paragraph, heading, list item and quote nodes each give a paragraph; embeds,
    images, ads and promos are left out."""
    refs = refs or {}
    out: list[str] = []
    state = {"chars": 0, "nodes": MAX_NODES // 4}

    def add(text: str) -> None:
        text = " ".join(text.split())
        if text and len(out) < MAX_PARAGRAPHS and state["chars"] < MAX_BODY_CHARS:
            out.append(text)
            state["chars"] += len(text)

    def visit(item, depth: int) -> None:
        state["nodes"] -= 1
        if depth > MAX_DEPTH or state["nodes"] < 0 or len(out) >= MAX_PARAGRAPHS:
            return
        if isinstance(item, str):
            if _HTML_TAG.search(item):
                for paragraph in html_paragraphs(item):
                    add(paragraph)
            else:
                for paragraph in re.split(r"\n\s*\n|\n", item):
                    add(paragraph)
            return
        if isinstance(item, list):
            for child in item:
                visit(child, depth + 1)
            return
        if not isinstance(item, dict):
            return
        item = _resolve(item, refs)
        kind = _kind_of(item)
        if kind and _skipped(kind):
            return
        if kind in _LIST_KINDS:
            for key in ("items", "children", "content"):
                if isinstance(item.get(key), list):
                    for child in item[key]:
                        if isinstance(child, str):
                            add(_plain(child))
                        else:
                            visit(child, depth + 1)
                    return
            return
        children = next((item[key] for key in _CHILD_KEYS
                         if isinstance(item.get(key), (list, dict))), None)
        block_children = isinstance(children, list) and any(
            isinstance(c, dict) and (_kind_of(c) in _BLOCK_KINDS or _kind_of(c) in _LIST_KINDS
                                     or _HEADING.match(_kind_of(c)))
            and _kind_of(c) != "text" for c in children)
        if (kind in _BLOCK_KINDS or _HEADING.match(kind)) and not block_children:
            if isinstance(item.get("content"), str) and _HTML_TAG.search(item["content"]):
                for paragraph in html_paragraphs(item["content"]):
                    add(paragraph)
            else:
                add(_inline_text({k: v for k, v in item.items() if k in _INLINE_KEYS},
                                 refs, depth, [5000]))
            return
        if children is not None:
            visit(children, depth + 1)
        elif isinstance(item.get("text"), str):
            add(_plain(item["text"]))

    try:
        visit(value, 0)
    finally:
        del visit  # (a recursive closure: see newscrawl.extract.body.scan.scan_page)
    return out


# -- reading the article's fields -------------------------------------------------------------

def _names(value, refs: dict, depth: int = 0) -> list[str]:
    """Author names from a string, a list, a person object or Arc's ``credits.by``."""
    if depth > 6:
        return []
    value = _resolve(value, refs)
    if isinstance(value, str):
        text = _plain(value)
        return [text] if text and len(text) <= 200 and not text.startswith("http") else []
    if isinstance(value, list):
        names: list[str] = []
        for item in value[:MAX_LIST_ITEMS]:
            names.extend(_names(item, refs, depth + 1))
        return names
    if isinstance(value, dict):
        if "by" in value:  # Arc ANS credits
            return _names(value["by"], refs, depth + 1)
        for key in ("name", "displayName", "display_name", "fullName", "full_name", "byline"):
            if isinstance(value.get(key), str) and value[key].strip():
                return _names(value[key], refs, depth + 1)
        parts = [value.get(k) for k in ("firstName", "first_name", "givenName", "lastName",
                                        "last_name", "familyName")]
        joined = " ".join(p for p in parts if isinstance(p, str) and p.strip())
        if joined:
            return [joined]
        for key in ("fields", "attributes", "node", "data", "author", "person"):
            if isinstance(value.get(key), (dict, list)):
                return _names(value[key], refs, depth + 1)
    return []


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _date_text(value) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _epoch_text(value)
    if isinstance(value, str) and 6 <= len(value.strip()) <= 80:
        text = value.strip()
        if text.isdigit():
            return _epoch_text(int(text))
        return text if _YEAR.search(text) else None  # "5:45 AM" is a time, not a date
    if isinstance(value, dict):
        for key in ("iso", "value", "date", "utc", "formatted"):
            found = _date_text(value.get(key))
            if found:
                return found
    return None


def _first_date(node: dict, keys: _Keys, names) -> str | None:
    for name in names:
        key = keys.by_name.get(name)
        if key is not None:
            found = _date_text(node[key])
            if found:
                return found
    return None


def _short_text(value, refs: dict) -> str | None:
    value = _resolve(value, refs)
    if isinstance(value, dict):
        value = next((value[k] for k in ("basic", "name", "title", "text", "rendered", "label",
                                         "displayName", "value")
                      if isinstance(value.get(k), str) and value[k].strip()), None)
    if isinstance(value, list):
        value = next((v for v in (_short_text(item, refs) for item in value[:MAX_LIST_ITEMS]) if v),
                     None)
    if isinstance(value, str):
        return _plain(value) or None
    return None


def _image_of(value, refs: dict, depth: int = 0) -> AppImage | None:
    value = _resolve(value, refs)
    if depth > 4:
        return None
    if isinstance(value, str):
        text = value.strip()
        return AppImage(text) if text.startswith(("http://", "https://", "//", "/")) else None
    if isinstance(value, list):
        return next((img for img in (_image_of(v, refs, depth + 1) for v in value[:10]) if img), None)
    if not isinstance(value, dict):
        return None
    url = None
    for key in ("url", "src", "filename", "secure_url", "secureUrl", "originalUrl", "original_url", "href",
                "contentUrl", "uri", "path"):
        if isinstance(value.get(key), str) and value[key].strip():
            url = value[key].strip()
            break
    if url is None:
        for key in ("basic", "asset", "image", "file", "fields", "data", "attributes", "lead"):
            if isinstance(value.get(key), (dict, list)):
                inner = _image_of(value[key], refs, depth + 1)
                if inner is not None:
                    caption = _short_text(value.get("caption"), refs) or inner.caption
                    credit = _credit_of(value, refs) or inner.credit
                    return AppImage(inner.url, caption, credit)
        return None
    if not url.startswith(("http://", "https://", "//", "/")):
        return None
    caption = None
    for key in ("caption", "description", "alt", "altText", "alt_text", "title"):
        caption = _short_text(value.get(key), refs)
        if caption:
            break
    return AppImage(url, caption, _credit_of(value, refs))


def _credit_of(value: dict, refs: dict) -> str | None:
    for key in ("credit", "credits", "copyright", "photographer", "source", "byline"):
        raw = value.get(key)
        if raw:
            names = _names(raw, refs)
            if names:
                return ", ".join(names)
    return None


def _body_images(value, refs: dict) -> list[AppImage]:
    """Image nodes inside a rich-text tree (with their captions)."""
    found: list[AppImage] = []
    for node in _walk([value], _Budget(MAX_NODES // 10)):
        if len(found) >= MAX_LIST_ITEMS:
            break
        if "image" in _kind_of(node) or "photo" in _kind_of(node):
            image = _image_of(node, refs)
            if image is not None:
                found.append(image)
    return found


def read_article(node: dict, source: str, refs: dict | None = None,
                 parent: dict | None = None) -> AppArticle:
    """The article fields of a recognised object; dates, tags, authors, images and section
    it lacks are read from its enclosing object (a CMS entry around its content fields)."""
    refs = refs or {}
    article = _read_fields(node, source, refs)
    if parent is not None:
        outer = _read_fields(parent, source, refs, with_body=False)
        for name in ("authors", "published", "modified", "images", "section", "tags"):
            if not getattr(article, name):
                setattr(article, name, getattr(outer, name))
    return article


def _read_fields(node: dict, source: str, refs: dict, with_body: bool = True) -> AppArticle:
    keys = _Keys(node)
    article = AppArticle(source=source, headline=_headline_of(node, keys))
    _b, body_value = keys.first(node, BODY_KEYS) if with_body else (None, None)
    if body_value is not None:
        body_value = _resolve(body_value, refs)
        article.paragraphs = rich_text_paragraphs(body_value, refs)
    _d, description = keys.first(node, DESCRIPTION_KEYS)
    text = _short_text(description, refs)
    if text and text != article.headline and len(text) <= 2000:
        article.description = text
    _a, authors = keys.first(node, AUTHOR_KEYS)
    names: list[str] = []
    for name in _names(authors, refs) if authors is not None else []:
        if name not in names:
            names.append(name)
    article.authors = names[:MAX_LIST_ITEMS]
    article.published = _first_date(node, keys, PUBLISHED_KEYS)
    article.modified = _first_date(node, keys, MODIFIED_KEYS)
    _i, image_value = keys.first(node, IMAGE_KEYS)
    lead = _image_of(image_value, refs) if image_value is not None else None
    images = ([lead] if lead else []) + (_body_images(body_value, refs) if body_value else [])
    seen: set[str] = set()
    article.images = []
    for image in images:
        if image.url not in seen:
            seen.add(image.url)
            article.images.append(image)
    for name in SECTION_KEYS:
        key = keys.by_name.get(name)
        if key is None:
            continue
        value = node[key]
        if isinstance(value, dict) and name == "taxonomy":
            value = value.get("primary_section") or value.get("sections")
        section = _short_text(value, refs)
        if section and len(section) <= 100:
            article.section = section
            break
    _t, tags = keys.first(node, TAG_KEYS)
    if isinstance(tags, str):
        tags = [t for t in tags.split(",")]
    if isinstance(tags, list):
        article.tags = [t for t in (_short_text(t, refs) for t in tags[:MAX_LIST_ITEMS]) if t]
    return article


_CACHE_KEY = re.compile(r"^[A-Z]\w*:\S")


def _refs_of(value, depth: int = 0) -> dict:
    """Apollo-style normalised caches (``{"Type:id": {...}}``) in the state's upper levels
    (``__APOLLO_STATE__``, or one nested in ``props.pageProps``) as one reference index."""
    refs: dict = {}
    _gather_refs(value, depth, refs)
    return refs


def _gather_refs(value, depth: int, refs: dict) -> None:
    """:func:`_refs_of` into one index: a nested cache's entries are written after its
    enclosing object's, as merging each level's own index after it would write them."""
    if not isinstance(value, dict) or depth > 4:
        return
    keys = [k for k in islice(value, 50) if isinstance(k, str)]
    if keys and sum(1 for k in keys if _CACHE_KEY.match(k)) * 2 >= len(keys):
        refs.update((k, v) for k, v in value.items() if isinstance(v, dict))
    for child in islice(value.values(), 200):
        if isinstance(child, dict):
            _gather_refs(child, depth + 1, refs)


def extract_app_article(tree, scripts: list | None = None) -> AppArticle | None:
    """The article in the page's app state, or None (no state, or no article in it).
    ``scripts``: as for :func:`state_sources`."""
    sources = state_sources(tree, scripts)
    if not sources:
        return None
    budget = _Budget()
    best = None
    for source in sources:
        value = parse_source(source, budget)
        if value is None:
            continue
        refs = _refs_of(value)
        parents: dict = {}
        node = find_article([value], refs, budget, parents)
        if node is None:
            continue
        article = read_article(node, source.name, refs, parents.get(id(node)))
        rank = (len(article.body or ""), bool(article.published), len(article.authors))
        if best is None or rank > best[0]:
            best = (rank, article)
        if budget.left <= 0:
            break
    return best[1] if best else None


__all__ = ["AppArticle", "AppImage", "StateSource", "extract_app_article", "find_article",
           "html_paragraphs", "parse_source", "read_article", "rich_text_paragraphs",
           "state_sources", "unflatten_devalue"]
