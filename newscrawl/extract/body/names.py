"""Class and id words: what an element's names say of its role (furniture, standfirst,
text), read once per distinct value; and the visibility of an element."""

from __future__ import annotations

import re
from functools import lru_cache

from newscrawl.extract import boilerplate as bp
from newscrawl.extract.markup import is_within


@lru_cache(maxsize=4096)
def words_of(names: str) -> frozenset[str]:
    """Lower-case words of a class / id value (split at -, _, spaces, camelCase), and
    each multi-word name joined into one word ("fact-box" -> fact, box, factbox).

    For BEM-style names (``block__element``) only the element part counts: in
    ``sidebar-grid__content`` the element is content, whatever its block is; a modifier
    after it names a variant (``report__section--ads``: a section that holds an ad slot).
    The one exception is a block named as an ad slot (``ad__label``, ``ad-slot__inner``:
    ``bp.AD_BLOCK_WORDS``): each element of an ad is a part of the ad, so the block's ad
    words count too. State classes (``has-post-thumbnail``, ``is-sticky``) say nothing
    of the role, and a page builder's nesting word in its own names
    (``elementor-widget-container``: ``bp.BUILDER_CLASS_PREFIXES``) says nothing of it
    either.

    A class value written by a CSS-in-JS or atomic-CSS build (:func:`generated_names`)
    holds hashes, not words: its hash-shaped names give none ('ebVH' is no "vh").
    """
    each = names.split()
    if len(each) == 1:
        return words_of_name(each[0])
    words: set[str] = set()
    generated = generated_names(each)
    for name in each:
        if not generated or name not in generated:
            words.update(words_of_name(name))
    return frozenset(words)


def generated_names(names: list[str]) -> tuple[str, ...]:
    """The names of a class value that a build generated: its hash-shaped names
    (``bp.HASH_NAME``: ``ebVH``, ``cIKpxU``) when the value shows a generator, a
    styled-components component id (``bp.STYLED_ID_NAME``: ``sc-bdfBwQ``) or at least
    ``bp.MIN_HASH_NAMES`` hash-shaped names (an atomic-CSS build); none otherwise (a
    person's short camelCase name, ``topAd``, ``navUS``, stays words)."""
    shaped = tuple(name for name in names if len(name) <= 6 and bp.HASH_NAME.match(name))
    if not shaped:  # (most values)
        return ()
    if len(shaped) >= bp.MIN_HASH_NAMES \
            or any("sc-" in name and bp.STYLED_ID_NAME.search(name) for name in names):
        return shaped
    return ()


@lru_cache(maxsize=8192)
def words_of_name(name: str) -> frozenset[str]:
    """The words of one class / id name (:func:`words_of` is the union of its names'
    words): read once per distinct name, since a page repeats its names in many values
    (``col``, ``row``, ``entry-content``)."""
    words: set[str] = set()
    if name.startswith(bp.STATE_CLASS_PREFIXES):  # "has-post-thumbnail": a state, not a role
        return frozenset()
    if "sc-" in name:  # a styled-components id: its display name only ("Footer__Link")
        styled = bp.STYLED_ID_NAME.search(name)
        if styled:
            name = name[:styled.start()]
            if not name:  # "sc-bdfBwQ": a hash alone
                return frozenset()
    block, _, element = name.rpartition("__")
    if block:
        words.update(_ad_block_words(block))
    if block and bp.HASH_SUFFIX.match(element):  # CSS-modules hash, not a BEM element
        block, _, element = block.rpartition("__")
    if block and "--" in element:  # block__element--modifier: a variant of the element
        element = element.split("--", 1)[0] or element
    parts = [word.lower() for word in _name_parts(element)]
    if name.startswith(bp.BUILDER_CLASS_PREFIXES):  # "elementor-widget-container"
        parts = [part for part in parts if part not in bp.BUILDER_NESTING_WORDS]
    if len(parts) > 1 and "text" in parts and not bp.MEDIA_WORDS.isdisjoint(parts):
        # a text-with-image block ("TextAndImage", "image-text-block"): the image is
        # one part of it, not the block's role
        parts = [part for part in parts if part not in bp.MEDIA_WORDS]
    words.update(parts)
    if len(parts) > 1:  # "fact-box", "readMore": also the compound ("factbox", "readmore")
        words.add("".join(parts))
    for part in parts:  # "relatedposts": also "related"
        if not part.startswith(bp.COMPOUND_PREFIXES):  # (most parts: no prefix read)
            continue
        for prefix in bp.COMPOUND_PREFIXES:
            if (part.startswith(prefix) and len(part) > len(prefix) + 2
                    and part not in bp.COMPOUND_EXCEPTIONS):
                words.add(prefix)
    return frozenset(words)


def _ad_block_words(block: str) -> list[str]:
    """The ad words (``bp.AD_BLOCK_WORDS``) naming the outermost BEM block of a name
    ("ad-slot" of ``ad-slot__inner__2u45U``), with their compound ("adslot"); none when
    the block is named otherwise."""
    parts = [word.lower() for word in _name_parts(block.split("__", 1)[0])]
    if bp.AD_BLOCK_WORDS.isdisjoint(parts):
        return []
    return [*(part for part in parts if part in bp.AD_BLOCK_WORDS), "".join(parts)]


def _name_parts(name: str) -> list[str]:
    """The words of one class / id name: split at separators and at camelCase, but a
    generated token (``n1AuAdJlVL``, a CMS's random block id: see
    :func:`is_generated_token`) stays one word, so its letter pairs are not read as
    words ('Ad')."""
    parts = []
    for segment in bp.NAME_SEPARATORS.split(name):
        if not segment:
            continue
        # (most segments have no capital: no camelCase cut, no generated token, one word)
        if segment.lower() == segment or is_generated_token(segment):
            parts.append(segment)
        else:
            parts.extend(word for word in bp.NAME_WORD_SPLIT.split(segment) if word)
    return parts


def is_generated_token(segment: str) -> bool:
    """True for a name segment written by a program, not a person: at least
    ``bp.MIN_GENERATED_TOKEN_CHARS`` letters and digits that camelCase cuts into three
    or more pieces of one or two characters (a person's camelCase name has words:
    ``readMore``, ``myAdUnit``, ``adSlot300x250``)."""
    if len(segment) < bp.MIN_GENERATED_TOKEN_CHARS or not segment.isalnum():
        return False
    pieces = [piece for piece in bp.NAME_WORD_SPLIT.split(segment) if piece]
    return sum(1 for piece in pieces if len(piece) <= 2) >= 3


#: The words of an element without class, id or component name.
_NO_NAMES: frozenset[str] = frozenset()


def name_words(element, attributes: list | None = None) -> frozenset[str]:
    """Lower-case words of an element's class and id, and of the component name some
    frameworks give instead (``data-component="byline-block"``, ``data-area``,
    ``data-testid``); an ARIA role of furniture adds its word (:func:`role_word`).
    ``attributes``: the element's attribute names, when the caller has them
    (``element.keys()``)."""
    if attributes is None:
        attributes = element.keys()
    if not attributes:  # (most elements of a story)
        return _NO_NAMES
    get = element.get
    cls, ident = get("class"), get("id")
    component = None  # (read only when the element has attributes besides class and id)
    if len(attributes) > (cls is not None) + (ident is not None):
        component = get("data-component") or get("data-area") or get("data-testid")
        role = role_word(element, attributes)
        if role:
            component = f"{component} {role}" if component else role
    if ident and element.tag in bp.HEADING_TAGS and is_text_slug(ident, element):
        ident = None  # an anchor made of the heading's own words ("what-comes-next")
    if component:
        return words_of(f"{cls or ''} {ident or ''} {component}")
    if cls and ident:
        return words_of(f"{cls} {ident}")
    return words_of(cls or ident or "")


def has_furniture_role(element, attributes: list | None = None) -> bool:
    """True for an element whose ARIA role makes it furniture (:func:`role_word`)."""
    if attributes is None:
        attributes = element.keys()
    return bool(attributes) and role_word(element, attributes) is not None


def furniture_role_box(element, heading=None):
    """The element or its nearest ancestor below ``<body>`` whose ARIA role makes it
    furniture (a dialog, a sidebar, a site footer), unless it holds ``heading`` (the
    page's headline: then it is the page's own view of the story); None when there is
    none."""
    for each in (element, *element.iterancestors()):
        if each.tag in ("body", "html"):
            return None
        if has_furniture_role(each):
            return None if heading is not None and is_within(heading, each) else each
    return None


def role_word(element, attributes) -> str | None:
    """The furniture word an element's ARIA role gives it (``role="dialog"``: "modal",
    ``aria-modal="true"`` too; see ``bp.FURNITURE_ROLE_WORDS``), or None."""
    if "role" in attributes:
        role = element.get("role")
        if role:
            word = bp.FURNITURE_ROLE_WORDS.get(role.strip().lower())
            if word:
                return word
    if "aria-modal" in attributes and element.get("aria-modal") == "true":
        return bp.MODAL_WORD
    return None


def is_text_slug(ident: str, element) -> bool:
    """True when an id is made of two or more words of the element's own text (the
    anchor a Markdown renderer or a table-of-contents plugin gives a heading)."""
    words = [word for word in bp.NAME_WORD_SPLIT.split(ident.lower()) if word]
    if len(words) < 2:
        return False
    text = element.text_content().lower()
    return all(word in text for word in words)


#: The attributes that can hide an element (see :func:`is_hidden`).
HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style", "class"})
_HIDING_ATTRIBUTES_BESIDES_CLASS = HIDING_ATTRIBUTES - {"class"}

#: Class tokens that CSS frameworks document as hiding an element on every screen:
#: Bootstrap ``d-none`` / ``invisible`` (and Bootstrap 3's ``hidden``), Tailwind
#: ``hidden`` / ``invisible`` (``!hidden``, ``hidden!``: the important modifier),
#: Foundation / Bootstrap 2 ``hide``, Bulma ``is-hidden``. Not the responsive ones
#: (``d-md-none``, ``hidden-xs``): they hide on one screen size only. Not the
#: screen-reader classes (``sr-only``, ``visually-hidden``, ``screen-reader-text``):
#: their text is read aloud, and is sometimes a real label.
HIDING_CLASS = re.compile(r"(?:^|\s)!?(?:d-none|hidden|invisible|hide|is-hidden)!?(?=\s|$)")

#: Class tokens that show such an element again on some screens or states: a Tailwind
#: variant setting a display or visibility (``md:block``, ``group-hover:flex``,
#: ``lg:visible``), a Bootstrap breakpoint display (``d-md-block``).
SHOWING_CLASS = re.compile(
    r"(?:^|\s)(?:[^\s:]+:)+!?(?:block|flex|grid|inline|inline-block|inline-flex|inline-grid"
    r"|table|table-cell|table-row|contents|flow-root|list-item|visible)!?(?=\s|$)"
    r"|(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex"
    r"|table|table-cell|table-row)(?=\s|$)")


@lru_cache(maxsize=4096)
def hidden_by_class(names: str) -> bool:
    """True when a class value hides its element on every screen by a framework's
    convention (:data:`HIDING_CLASS`) and no token shows it again (:data:`SHOWING_CLASS`)."""
    return HIDING_CLASS.search(names) is not None and SHOWING_CLASS.search(names) is None


def under_hiding_class(element) -> bool:
    """True when the element or an ancestor is hidden by a framework's class
    (:func:`hidden_by_class`)."""
    for each in (element, *element.iterancestors()):
        names = each.get("class")
        if names and hidden_by_class(names):
            return True
    return False


def is_hidden(element, attributes: list | None = None) -> bool:
    """True for elements the page hides from readers (hidden, aria-hidden, display:none,
    a framework's hiding class). ``attributes``: the element's attribute names, when the
    caller has them (none of :data:`HIDING_ATTRIBUTES` among them: not hidden, nothing
    more read)."""
    if attributes is not None and HIDING_ATTRIBUTES.isdisjoint(attributes):
        return False
    get = element.get
    names = get("class")
    if names and hidden_by_class(names):
        return True
    if attributes is not None and _HIDING_ATTRIBUTES_BESIDES_CLASS.isdisjoint(attributes):
        return False
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style) and "none" in style and "display" in style.replace(" ", "")


def is_drop_cap(element) -> bool:
    """True for a one- or two-letter element that starts the word its tail continues
    (``<span class="dropcap" aria-hidden="true">T</span>he ...``): hidden from screen
    readers, but a part of the text."""
    text, tail = (element.text or "").strip(), element.tail or ""
    return 0 < len(text) <= 2 and text.isalpha() and len(element) == 0 \
        and tail[:1].isalpha()


def looks_like_boilerplate(element, words: frozenset = bp.BOILERPLATE_WORDS,
                           attributes: list | None = None) -> bool:
    """True when an element's class / id words name page furniture (``words``: the
    boilerplate words in force, fewer on a live blog; ``attributes``: as for
    :func:`name_words`)."""
    return not words.isdisjoint(name_words(element, attributes))


def inside_boilerplate(element, words: frozenset = bp.BOILERPLATE_WORDS) -> bool:
    """True when an ancestor of the element is named like boilerplate (comments ...)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if looks_like_boilerplate(ancestor, words):
            return True
    return False
