"""Images of the article: figures, their captions, and the credit split from the caption.

Figures are ``<figure>`` elements and, outside them, caption elements (caption / legend
/ cutline classes, itemprop=caption, bare figcaptions, gallery slide descriptions)
together with the nearest ancestor that holds an image (not one past a table, an embedded
frame or a form's fields the climb meets first: the caption is theirs). A figure's image URL is the
largest candidate the markup offers (``srcset`` widths, lazy-loading ``data-*``
attributes, ``src``, ImageObject microdata). Its caption is the caption element without
the credit; the credit is an element of its own (credit / copyright / source classes,
``<cite>``, a byline-classed element closing the caption; not one repeating the caption's text) or is split from the caption text by the ordered patterns of
:data:`CREDIT_PATTERNS` ("(Name/Agency)" at the end, "(Photo by X)" / "(foto di X)", "Photo: X", "Foto: X", "Credit: X",
"Fot. X", "© X", "| X", "/ X", "＝X", "X 摄", an agency or "A/B" credit or one in words ("... file
photo", "Courtesy of ...", "Staff photo by X") after the caption's last sentence). A figure's own figcaption captions it, not a nested figure's (a gallery of figures); a
caption element holding a title, a caption and a credit part is read as its caption part;
Joomla's ``<img class="caption">`` is captioned by its ``title``, and a lightbox link around
an image by its ``data-caption`` / ``data-title``. Images outside figures whose caption has no caption markup
are captioned by the text right after them named as the image's text ("pic-desc") or that repeats their alt / title text, or by
the short text after the only image of a wrapper named like an image holder, the one text
block after the image of a repeated slide, or a text followed by a credit beside
the image as blocks of their own (:func:`unmarked_caption`; a loose caption takes no image its own figure already captions; a figure or loose caption inside a link to another page, or whose
caption is one link to another page, is a related story's card and is skipped, while an image linked to its own file shown larger (a lightbox thumbnail) is captioned as one not linked; a loose caption's image may be a lazy-loading holder of any tag,
with ``data-src`` / ``data-srcset``; the ``<source>`` tags lxml nests around a ``<picture>``'s
``<img>`` do not count as wrappers). The lead image shown outside any figure and
outside the article (above the headline) is found page-wide by its URL: a resizer URL
whose path names the picture by a long id matches whatever size its query asks for (its
URL says it is the story's own picture, so a related / teaser class name around it does not
count: German CMSes call the lead a teaser), and
a name alone under it is its caption when it repeats the image's alt text. Texts in caption slots that are bylines or time stamps
(:data:`NOT_CAPTIONS`) are dropped. The lead image (og:image / JSON-LD) comes first;
captions stated only in JSON-LD ImageObjects fill in or extend the list. A caption printed
again under another image is the same picture shown twice, unless both are files of one
folder with different names (:func:`_another_picture`: two photos of one scene).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

import lxml.etree
import lxml.html

from newscrawl.model.article import Image
from newscrawl.extract.alternation import prefix_alternation
from newscrawl.extract.authors import NAME_PARTICLES
from newscrawl.extract.boilerplate import AD_LABEL
from newscrawl.extract.credit_labels import CREDIT_LABEL_WORDS, CREDIT_LABELS, CREDIT_NOUNS_BEFORE_LABEL
from newscrawl.extract.structure import image_with_caption_block, reads_as_caption, shown_text
from newscrawl.extract.markup import (WITHIN, class_has, holds_text, in_related, is_within,
                                      joined_text, text_of, with_attribute)
from newscrawl.text import collapse, fold

XP = lxml.etree.XPath

_FIGURES = ".//figure"
#: Class fragments of caption elements (in several languages / CMS conventions). They
#: leave out the first letter so one test covers "caption" and "Caption": each extra
#: contains() on every class attribute costs measurable time on big pages. "pip_doc_":
#: SPIP's document model (``spip_doc_titre``, ``spip_doc_descriptif``, ``spip_doc_credits``).
CAPTION_CLASS_FRAGMENTS = ("aption", "egend", "cutline", "Cutline", "ildtext", "pigraf",
                           "idascalia", "ildunterschrift", "nderschrift", "ijschrift",
                           "ie-de-foto", "ie-foto", "iefoto", "pip_doc_")
_CAPTION_CLASS = "(" + " or ".join(f"contains(@class, '{f}')" for f in CAPTION_CLASS_FRAGMENTS) + ")"
_CAPTION_CLASS_ATTRIBUTE = "@class[" + " or ".join(f"contains(., '{f}')" for f in CAPTION_CLASS_FRAGMENTS) + "]/parent::*"
#: Caption elements outside <figure>: their nearest ancestor holding an image is a figure.
_LOOSE_CAPTION_FILTER = (f"[not(ancestor::figure or ancestor::figcaption or ancestor::form)][not(.//img)]"
                         f"[not(ancestor::*[{_CAPTION_CLASS}][not(.//img)])]")
_LOOSE_CAPTIONS = (f".//{_CAPTION_CLASS_ATTRIBUTE}{_LOOSE_CAPTION_FILTER}"
                   f" | .//{with_attribute('itemprop', 'caption')}{_LOOSE_CAPTION_FILTER}"
                   f" | .//figcaption{_LOOSE_CAPTION_FILTER}")
#: Gallery / carousel containers, and the slide descriptions inside them (the slide's
#: image is their figure). Two steps: most pages have no gallery, and looking for
#: descriptions only inside galleries is much cheaper than checking every description.
GALLERIES = XP(".//@class[contains(., 'arousel') or contains(., 'allery') or contains(., 'lideshow')]"
               "/parent::*[not(ancestor::*[contains(@class, 'arousel') or contains(@class, 'allery')"
               " or contains(@class, 'lideshow')])]")
# The XPaths the extraction runs below (not FIGURES_AND_CAPTIONS and GALLERIES, the tests'
# reference for the figure pass) write ``descendant::`` (or :data:`markup.WITHIN` before an
# attribute) where ``.//`` stood before a step with a predicate: the same nodes, one walk.
SLIDE_CAPTIONS = XP(f"{WITHIN}@class[contains(., 'escription')]/parent::*[not(descendant::img)]"
                    f"[not(ancestor::*[contains(@class, 'escription') or {_CAPTION_CLASS}])]")
#: The description-classed elements holding no image, before the test of their ancestors
#: (:func:`slide_captions` makes it in Python).
_SLIDE_DESCRIPTIONS = XP(f"{WITHIN}@class[contains(., 'escription')]/parent::*[not(descendant::img)]")
#: What :data:`CAPTIONS` selects, less the test of the ancestors of the caption-classed and
#: ``itemprop`` captions (:func:`captions` makes it in Python).
_CAPTION_CANDIDATES = XP(f"descendant::figcaption | descendant::*/{_CAPTION_CLASS_ATTRIBUTE}[not(descendant::img)]"
                         f" | descendant::*/{with_attribute('itemprop', 'caption')}[not(descendant::img)]")
#: Figures and loose captions in one query, so they come in document order.
FIGURES_AND_CAPTIONS = XP(f"{_FIGURES} | {_LOOSE_CAPTIONS}")
HAS_IMAGE = XP(".//img | .//amp-img | .//picture")
#: The tags :data:`HAS_IMAGE` selects, for counting them without listing them all.
IMAGE_ELEMENT_TAGS = ("img", "amp-img", "picture")
#: An image for a loose caption: also a lazy-loading holder of another tag (a custom
#: element or a ``<div>`` with ``data-src`` / ``data-srcset``, filled in by a script).
#: A video player's still (its poster): the ``poster`` of a ``<video>`` (HTML), or an
#: element named "poster" painting it as a CSS background (Video.js's ``vjs-poster``,
#: players drawn before their ``<video>`` loads). A caption under a player captions it.
#: (Elements are reached by their attributes, ``descendant::*/@data-src/parent::*``, rather
#: than by a predicate on every element: the same selection, which libxml2 evaluates faster.)
VIDEO_POSTERS = ("descendant::video[@poster]"
                 " | descendant::*/@class[contains(., 'poster')]/parent::*[contains(@style, 'url(')]")
_NOT_HOLDING_AN_IMAGE = "[not(self::script or self::iframe or self::source or self::video or self::audio or self::embed)]"
HAS_CAPTIONED_IMAGE = XP("descendant::img | descendant::amp-img | descendant::picture"
                         f" | descendant::*/@data-src/parent::*{_NOT_HOLDING_AN_IMAGE}"
                         f" | descendant::*/@data-srcset/parent::*{_NOT_HOLDING_AN_IMAGE}"
                         " | " + VIDEO_POSTERS)
#: Containers whose figures are not the article's (an <aside> in a story often holds one).
FIGURE_RELATED_TAGS = frozenset({"nav", "footer"})
#: Levels above a loose caption searched for the image it belongs to.
CAPTION_TO_IMAGE_LEVELS = 4
IMAGES = XP("descendant::img | descendant::amp-img | descendant::picture/source"
            " | descendant::*/@data-src/parent::*[not(self::img or self::source)]"
            " | descendant::*/@data-srcset/parent::*[not(self::img or self::source)]"
            " | descendant::meta[@itemprop='url' or @itemprop='contentUrl' or @itemprop='contenturl']"
            " | " + VIDEO_POSTERS)
#: (The two selections below reach elements by their ``class`` and ``itemprop`` attributes,
#: ``descendant::*/@class[...]/parent::*``, as :func:`markup.with_class` does: libxml2
#: evaluates that faster than a predicate on every element, and selects the same. A caption
#: inside a ``<figcaption>`` is ruled out before its ancestors are searched for a caption
#: class.)
_CAPTION_FILTER = (f"[not(descendant::img)]"
                   f"[not(ancestor::figcaption) and not(ancestor::*[{_CAPTION_CLASS}][not(descendant::img)])]")
CAPTIONS = XP(f"descendant::figcaption | descendant::*/{_CAPTION_CLASS_ATTRIBUTE}{_CAPTION_FILTER}"
              f" | descendant::*/{with_attribute('itemprop', 'caption')}{_CAPTION_FILTER}")
_NOT_AN_IMAGE = "[not(self::img or self::source or self::picture or self::button)]"
#: Words whose lower-case or Capitalised form in an element's class names a credit
#: element, and the ``itemprop`` values that name one (:data:`CREDIT_ELEMENTS`).
CREDIT_CLASS_WORDS = ('credit', 'copyright', 'source', 'photographer', 'author', 'rights', 'firma', 'autor',
                      'fotograf', 'nachweis')
#: Words of a credit element's class unless the class names a quote too (its fragment
#: :data:`QUOTE_CLASS_FRAGMENT`): "attribution" names the credit set before or after a
#: caption's words (``<span class="attribution">© Jane Roe</span>`` in a caption; the
#: caption markup of several development sites), but a pull quote's "attribution"
#: ("pull-quote__attribution", "Quote-attribution") names who said it, beside a headshot.
UNQUOTED_CREDIT_CLASS_WORDS = ('attribution',)
QUOTE_CLASS_FRAGMENT = "uote"
CREDIT_ITEMPROPS = ('copyrightHolder', 'author', 'creditText')
CREDIT_ELEMENTS = XP(f"descendant::*/@class[{class_has(*CREDIT_CLASS_WORDS, attribute='.')}"
                     f" or ({class_has(*UNQUOTED_CREDIT_CLASS_WORDS, attribute='.')}"
                     f" and not(contains(., '{QUOTE_CLASS_FRAGMENT}')))]"
                     f"/parent::*{_NOT_AN_IMAGE}"
                     f" | descendant::*/{with_attribute('itemprop', *CREDIT_ITEMPROPS)}{_NOT_AN_IMAGE}"
                     f" | descendant::cite")
#: Class names of text only screen readers get ("Image caption, " before a caption).
_SCREEN_READER_ONLY = re.compile(r"visually-?hidden|sr-only|screen-?reader|offscreen", re.IGNORECASE)


#: Elements whose text is never shown as text (a script writing a link, a style sheet, an
#: inline SVG icon: its ``<title>`` / ``<desc>`` are the icon's accessible name and tooltip,
#: not printed words, as in "<svg><title>Camera Icon</title>...</svg>" before a caption).
_UNSHOWN_TAGS = ("script", "style", "template", "svg")


#: The class of an icon's element: the word "icon" or "icons" set off by a space, a hyphen
#: or an underscore ("icon", "inline-icon", "icon-camera", "caption__icon", Google's
#: "material-icons"), Bootstrap's "glyphicon", Google's "material-symbols-outlined". An icon
#: font draws the element's text as a glyph (Material Icons and Material Symbols write the
#: icon's name as the text, "photo_camera", and the font's ligature shows the picture), or
#: the text is the icon's label: neither is a printed word of the caption.
_ICON_CLASS = re.compile(r"(?:^|[\s_-])(?:icons?|glyphicon)(?=$|[\s_-])|material-symbols", re.IGNORECASE)
#: The most words of an icon's text (a ligature name, a label); an element of that class
#: holding more is a caption's text however it is named.
MAX_ICON_WORDS = 2


def _unshown(element) -> bool:
    if element.tag in _UNSHOWN_TAGS:
        return True
    classes = element.get("class")
    if not classes:
        return False
    return bool(_SCREEN_READER_ONLY.search(classes)) or (
        _ICON_CLASS.search(classes) is not None and len(element.text_content().split()) <= MAX_ICON_WORDS)


def caption_text(element) -> str:
    """The element's joined text without what only screen readers are given and without
    the code of scripts and style sheets inside it."""
    hidden = [e for e in element.iterdescendants() if isinstance(e.tag, str) and _unshown(e)]
    if not hidden:
        return joined_text(element)
    copy = lxml.html.fromstring(lxml.html.tostring(element))
    for e in list(copy.iterdescendants()):
        if isinstance(e.tag, str) and _unshown(e):
            e.drop_tree()
    return joined_text(copy)


#: Captions stated in microdata of an ImageObject figure (when nothing visible is one).
META_CAPTIONS = XP("descendant::meta[@itemprop='caption' or @itemprop='description']/@content")
NOSCRIPT_IMG = re.compile(r"<img[^>]+src=[\"']([^\"']+)", re.IGNORECASE)

#: Attributes holding the image URL, best first (lazy-loading ones before src).
SRC_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-full-src",
                  "data-hi-res-src", "src")
SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")

#: The credit labels of :mod:`credit_labels` as one alternation (longest first), written
#: as a prefix tree (:func:`prefix_alternation`: the same matches, each tried once).
_CREDIT_WORDS = prefix_alternation(CREDIT_LABELS)
#: The word for "credit" before a label word, the two one label ("Crédit photo : X"):
#: :data:`CREDIT_NOUNS_BEFORE_LABEL`, optional before a label with its colon.
_CREDIT_NOUN_BEFORE = r"(?:(?:" + prefix_alternation(CREDIT_NOUNS_BEFORE_LABEL) + r")\s+)?"
#: The second word of an English credit label written as two words: a picture word, then
#: "credit" or "source" ("Photo credit: X", "Image source: X"), where German joins the two
#: into one word of :data:`CREDIT_LABEL_WORDS` ("Bildnachweis", "Bildquelle"). Optional
#: after the label word, so the whole label goes with the credit, not its first word with
#: the caption ("Image source: X" leaving the caption "Image").
_SECOND_LABEL_WORD = r"(?:credits?|sources?)?"
#: The colons after a credit label: ASCII and the full-width one of CJK text.
_COLON = "[:：]"
#: Chinese credit labels printed before a slash ("圖／路透社", "图/新华社", "照片／資料照"):
#: the Chinese words of :data:`CREDIT_LABEL_WORDS`, and "照片" (photo), read as a label
#: only before the slash.
_CJK_SLASH_LABELS = prefix_alternation((*CREDIT_LABEL_WORDS["zh"], "照片"))
#: The credit labels written as an abbreviation with its full stop (the Polish "fot.",
#: the Greek "φωτ.", the Lithuanian "nuotr."): the stop closes the label as a colon would,
#: so "Fot. Jan Kowalski" opening a caption slot is a credit alone.
_ABBREVIATED_CREDIT_WORDS = prefix_alternation(tuple(w for w in CREDIT_LABELS if w.endswith(".")))
#: The word for "by" that joins a credit label to the photographer's name where no colon
#: does ("Photo by X", "foto di X", "photo de X" / "par X", "foto de X" / "por X", "Foto
#: von X", "foto door X", "foto af X", "foto av X"): the credit line as each language
#: writes it. In brackets after a caption the label and this word say that a name follows,
#: as a colon after the label would; the name opens with a capital letter.
_CREDIT_AGENT_WORDS = ("by", "di", "de", "par", "por", "von", "door", "af", "av")
_CREDIT_AGENT = "(?:" + "|".join(_CREDIT_AGENT_WORDS) + ")"
#: Credit splits tried in order; each has groups ``caption`` and ``credit``.
CREDIT_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    # (not a day in figures closing the caption, "Senin (9/2/2026).": the Indonesian and
    # Malaysian press date their captions so, before the credit; a label with a colon,
    # "(ภาพ: X)", names a credit whatever the words after it look like)
    ("parenthesised", re.compile(
        r"^(?P<caption>.*?)\s*[(\[](?![\d\s/.\-]+[)\]])(?:(?P<label>(?:" + _CREDIT_WORDS + r")\s*[:：©])\s*|"
        r"(?P<agent>(?:" + _CREDIT_WORDS + r")\s+" + _CREDIT_AGENT + r")\s+(?=[^\W\d_])|"
        r"(?:" + _CREDIT_WORDS + r")\s*)?(?P<credit>[^()\[\]]{2,150})[)\]]\s*\.?$", re.IGNORECASE | re.DOTALL)),
    # (a copyright sign before the label goes with the credit: "... links. © Bild: X",
    # "© Foto: X", as German-language sites set it)
    ("labelled", re.compile(
        r"^(?P<caption>.*?)[\s,;:|–—©-]*\b" + _CREDIT_NOUN_BEFORE + r"(?:" + _CREDIT_WORDS + r")\s*" + _SECOND_LABEL_WORD + r"\s*(?:" + _COLON + r"|©|\.\.\.|…)\s*"
        r"(?P<credit>[^:：]{2,150})$", re.IGNORECASE | re.DOTALL)),
    ("copyright-sign", re.compile(r"^(?P<caption>.*?)[\s.,;|–—-]*©\s*(?P<credit>[^©]{2,150})$",
                                  re.DOTALL)),
    # "(c)" written out, opening the text or after its last sentence: "(C)" after a name
    # is where the person stands ("Jane Roe (C) speaks"), as agencies write it.
    ("written-copyright", re.compile(r"^(?P<caption>(?:.*[.!?])?)\s*\([cC]\)\s*(?P<credit>[^©]{2,150})$",
                                     re.DOTALL)),
    # (the plural too: "Photos by X", "Photographs by X", a photographer's credit for the
    # story's pictures, printed alone where a caption would stand or after it)
    ("by-line", re.compile(r"^(?P<caption>.*?)[\s.,;|–—-]*\b(?:photo(?:graph)?s?|photography|images?|pictures?)"
                           r"\s+by\s+"
                           r"(?P<credit>.{2,150})$", re.IGNORECASE | re.DOTALL)),
    ("credit-only", re.compile(r"^(?P<caption>)(?:" + _CREDIT_NOUN_BEFORE + r"(?:" + _CREDIT_WORDS + r")\s*(?:" + _COLON + r"|©)|"
                               r"(?:" + _ABBREVIATED_CREDIT_WORDS + r")\s)\s*(?P<credit>.{2,150})$",
                               re.IGNORECASE | re.DOTALL)),
    ("equals-sign", re.compile(r"^(?P<caption>.+?)\s*[=＝]\s*(?P<credit>[^=＝\s]{1,40})$", re.DOTALL)),
    ("bar", re.compile(r"^(?P<caption>.+?)\s+[|]\s+(?P<credit>[^|]{2,80})$", re.DOTALL)),
    ("slash", re.compile(r"^(?P<caption>.+?)\s+/\s+(?P<credit>.{2,80})$", re.DOTALL)),
    # a credit label after the caption's last sentence (after a dash or not), with or
    # without a colon ("... petang tadi. - Foto Nik Omar", "... utrom. Фото Ивана
    # Петрова", "... rano. Fot. Jan Kowalski"): the label says what the words after it
    # are, so they need not look like a name (but open with no small letter, and are few)
    ("sentence-label", re.compile(r"^(?P<caption>.+[.!?。])\s*(?:[-–—]\s*)?(?:" + _CREDIT_WORDS + r")\.?(?:\s*"
                                  + _COLON + r"\s*|\s+)(?P<credit>[^.!?。]{2,80})$", re.IGNORECASE | re.DOTALL)),
    # the Chinese press's "圖／X" (picture / X), "（圖／X）", after the caption's text
    ("cjk-slash-label", re.compile(r"^(?P<caption>.*?)[\s，,]*(?:^|(?<=[\s，,。！？]))[（(]?(?:" + _CJK_SLASH_LABELS + r")\s*[／/]\s*"
                                   r"(?P<credit>[^／/（）()]{1,40}?)[）)]?$", re.DOTALL)),
    # a credit after a dash closing the caption's last sentence ("... Tumpat. — Bernama",
    # "... on Friday. — Reuters pic"), as the Malaysian and Singaporean press print it
    ("dash", re.compile(r"^(?P<caption>.+[.!?])\s+[—–]\s*(?P<credit>[^—–.!?]{2,60})$", re.DOTALL)),
    # a credit written on after the caption's last sentence, with or without a closing stop
    # ("... on the left. Courtesy of the family.": the Chicago Manual of Style's credit
    # lines, 3.32, close with one); the sentence's stop may stand inside a closing quote
    # ("... in 'The Orchard.' Courtesy of X": the American style's stop before the quote)
    ("after-sentence", re.compile(r"^(?P<caption>.+[.!?]['’\"”]?)\s+(?P<credit>[^\s.!?'’\"”][^.!?]{1,79})\.?$",
                                  re.DOTALL)),
    # The Chinese press credit "X 摄" ("photographed by X": "新华社记者 陈立 摄", "（张三 摄）"),
    # in traditional characters "X攝", and "記者X／攝影" (reporter X / photograph) as the
    # Taiwanese press prints it, after the caption's last sentence or in brackets; not
    # "拍摄" (to film) ending a text. The Central News Agency dates the picture after the
    # credit, inside the brackets, in the Minguo calendar's year or the Western one
    # ("（中央社記者X攝 113年3月5日）"): the day goes with the credit.
    ("shot-by", re.compile(r"^(?P<caption>.*?[。！？]|.*?(?=[（(]))\s*[（(]?"
                           r"(?P<credit>[^。！？（）()]{1,30}?)\s*[／/]?\s*(?<!拍)[摄攝]影?"
                           r"(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?\s*[）)]?$", re.DOTALL)),
)
#: What a text must hold for a credit pattern of :data:`CREDIT_PATTERNS` to match it (the
#: mark or word the pattern cannot do without: the opening bracket, the colon, sign,
#: stop or ellipsis after a label, the copyright sign or "(c)", "by" between spaces, the equals
#: sign, the bar, the slash, the end of a sentence, the dash, the Chinese "shot"),
#: searched first: most captions hold none, and the pattern's lazy walk over every place
#: of them is spared. A pattern not named here is tried on every text.
CREDIT_PATTERN_NEEDS: dict[str, re.Pattern] = {
    "parenthesised": re.compile(r"[(\[]"),
    "labelled": re.compile(r"[:：©…]|\.\.\."),
    "copyright-sign": re.compile("©"),
    "written-copyright": re.compile(r"\([cC]\)"),
    "by-line": re.compile(r"\sby\s", re.IGNORECASE),
    "credit-only": re.compile(r"[:：©.]"),  # (the stop: of an abbreviated label, "Fot.")
    "equals-sign": re.compile(r"[=＝]"),
    "bar": re.compile(r"\|"),
    "slash": re.compile("/"),
    "sentence-label": re.compile(r"[.!?。]"),
    "cjk-slash-label": re.compile(r"[／/]"),
    "dash": re.compile(r"[—–]"),
    "after-sentence": re.compile(r"[.!?]"),
    "shot-by": re.compile(r"[摄攝]"),
}
#: The national news agencies of the European press whose names a caption's credit prints
#: alone (as the picture and wire agencies of :data:`_CREDIT_LIKE` are printed: "AP",
#: "Reuters" in a caption's closing element on the development part's sites), written as
#: they sign and compared with their case: the Dutch ANP, the Belgian Belga, the Norwegian
#: NTB, the Danish Ritzau (and its picture service Scanpix), the Finnish Lehtikuva, the
#: Portuguese Lusa, the Czech ČTK, the Romanian Agerpres. Their case is kept because
#: some of them are words of other languages written small ("belga", Belgian, in Spanish,
#: Portuguese and Italian).
NATIONAL_AGENCY_CREDITS = ("ANP", "Belga", "BELGA", "NTB", "Ritzau", "Scanpix", "Lehtikuva", "Lusa",
                           "LUSA", "ČTK", "Agerpres", "AGERPRES")
#: A parenthesised tail counts as a credit only if it looks like one (names, agencies).
_CREDIT_LIKE = re.compile(r"[/©]|\bvia\b|\b(?:getty|ap|afp|reuters|dpa|epa|imago|shutterstock|"
                          r"istock|alamy|picture[ -]alliance|keystone|anadolu|handout|efe|ansa|"
                          r"tass|xinhua|pa|reuters)\b|\b(?-i:" + "|".join(NATIONAL_AGENCY_CREDITS)
                          + r")\b|^(?:" + _CREDIT_WORDS + r")\s*" + _COLON,
                          re.IGNORECASE)
#: A text closed by a bracket and then the full stop: the stop ends the sentence the
#: bracket stands in, so the bracket is an aside of the caption's sentence ("... at the
#: cannery in Santoña (Cantabria).", "... the old pier (left)."): the style guides'
#: punctuation rule for a parenthesis within a sentence, which puts the sentence's stop
#: after the closing bracket (a sentence wholly in brackets keeps its own stop inside
#: them). A credit set after the caption
#: stands apart from its sentence, after its stop or with none after it ("... the pier.
#: (Jane Roe)", "... the pier (Jane Roe)"); one that names itself a credit (a label, an
#: agency, a slash: :data:`_CREDIT_LIKE`) is read as one wherever the stop is.
_STOP_AFTER_BRACKET = re.compile(r"[)\]]\s*\.$")
#: Credits written on after the caption's last sentence in words, not by an agency's name:
#: "<Paper> file photo", "Shutterstock photo", "Courtesy of the family", "Photo courtesy X",
#: "Reuters pic"; the permission line of a reproduced picture ("Reproduced by permission of
#: the archive", "Reproduced with kind permission of X": the Chicago Manual of Style's
#: credit-line forms for material used by permission, chapter 3, beside "Courtesy of X").
_WORDED_CREDIT = re.compile(r"\b(?:photo(?:graph)?s?|pic|picture)$|^(?:photo\s+)?courtesy\b"
                            r"|^reproduced\s+(?:by|with)\s+(?:the\s+)?(?:kind\s+)?permission\b",
                            re.IGNORECASE)
#: A commissioned photographer's credit written on after the caption's last sentence as
#: "<Name> for <Publication>" ("... on Tuesday. Jane Roe for The Harbour Post"): the credit
#: line of the English-language press for a picture a freelancer took on assignment (The New
#: York Times prints "<Name> for The New York Times", NPR "<Name> for NPR", the Guardian
#: "<Name> for the Guardian"), beside "<Name>/<Publication>" for its staff. Two or three
#: capitalised words of a name, "for", one to four capitalised words of a title ("the" may
#: open it); nothing else. A one-word name is no photographer's ("Thanks for Everything").
_COMMISSIONED_CREDIT = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){2,3}for\s+(?:[Tt]he\s+)?[A-Z][\w'’&.-]*"
                                  r"(?:\s+[A-Z][\w'’&.-]*){0,3}$")
#: The most words of a credit after a dash closing the caption ("— Bernama", "— Reuters pic").
MAX_DASH_CREDIT_WORDS = 4
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)[wxh],?$")


#: The wire agencies of the Arabic-language press, as its captions credit them in brackets
#: after the caption ("... في الجبيل (واس)"): Reuters, AFP ("أ ف ب"), AP ("أ ب"), the
#: Saudi (SPA: "واس"), Emirati (WAM: "وام"), Qatari (QNA: "قنا"), Kuwaiti (KUNA: "كونا"),
#: Bahraini (BNA: "بنا") and Egyptian (MENA: "أ ش أ") agencies, Anadolu, Xinhua, EPA, Getty,
#: each agency's own Arabic name or abbreviation. The whole credit only: a short one
#: ("قنا") is also a place's name inside a longer text.
_ARABIC_AGENCY_CREDIT = re.compile(
    r"(?:رويترز|[أا]\.?\s?ف\.?\s?ب|[أا]\.?\s?ب|واس|وام|قنا|كونا|بنا|[أا]\.?\s?ش\.?\s?[أا]|الأناضول|شينخوا"
    r"|[إا]\.?\s?ب\.?\s?[أا]|غيتي)\.?")


def _looks_like_credit(text: str) -> bool:
    if _CREDIT_LIKE.search(text) or _ARABIC_AGENCY_CREDIT.fullmatch(text):
        return True
    words = text.split()
    if not words or len(words) > 8 or any(map(str.isdigit, text)):
        return False
    return all(w[:1].isupper() for w in words if w[:1].isalpha())


#: The longest parenthesised tail (in words) taken as a credit for standing after a
#: finished sentence: "Divers at work. (Survey Unit, University of Westmere)".
MAX_TRAILING_CREDIT_WORDS = 8


def _after_sentence(caption: str, credit: str) -> bool:
    """True when a parenthesised credit follows a caption that ends as a sentence."""
    return (caption.rstrip().endswith((".", "!", "?"))
            and len(credit.split()) <= MAX_TRAILING_CREDIT_WORDS
            and not any(map(str.isdigit, credit)))


#: English month names and their abbreviations ("Nov", "Sept", "January").
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
#: Texts in caption slots that are not captions: bylines, time stamps, reading times.
NOT_CAPTIONS: tuple[re.Pattern, ...] = (
    re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+\w+(?:\s+\w+){0,3}\s*(?:,|$)", re.IGNORECASE),
    # (the words searched for anywhere, and the two shapes of a whole text, in patterns of
    # their own: one alternation mixing both is searched several times slower)
    re.compile(r"\blesezeit\b|\bmin(?:ute)?s?\.? read\b|\breading time\b|\bnewsletter\b",
               re.IGNORECASE),
    re.compile(r"^(?:audio|video|podcast)\b\s*[:|\d]|^\w+ icon$", re.IGNORECASE),
    # a file name or URL slug standing in for a caption: one token of three or more
    # hyphen- or underscore-joined parts ("harbour-crane-returns-2026")
    re.compile(r"^\w+(?:[-_]\w+){2,}(?:\.\w{3,4})?$"),
    # no letter at all: a gallery's slide number ("3"), a counter, punctuation
    re.compile(r"^[\W\d_]*$"),
    # the label an advertisement carries, alone (boilerplate.AD_LABEL_WORDS)
    AD_LABEL,
    # a date alone, or after a publication word ("Published Nov 8, 2023", "Jan. 7, 2008"):
    # the story's time stamp set in a caption-styled line, not a picture's caption
    re.compile(r"^(?:(?:published|updated|posted|last updated)(?:\s+on)?:?\s+)?"
               r"(?:" + _MONTH_NAME + r"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH_NAME + r"\.?,?\s+\d{4})\.?$",
               re.IGNORECASE),
)


#: A clock time ("16:24 Uhr", "10.42am", "21:18 h"): in a short line of a caption slot, the
#: story's time stamp (:data:`MAX_TIME_STAMP_WORDS`).
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:uhr|h|am|pm)\b", re.IGNORECASE)
#: The most words of a line that a clock time makes a time stamp: a time stamp is a date
#: and time with at most a label, a name and a reading time ("03.05.2024, 16:24 Uhr •
#: Lesezeit: 5 Minuten", "Von <name>, <role> 06.11.2025, 21:18 Uhr"); a longer text
#: naming an hour is a caption telling when the picture's scene happens ("The ferry at
#: the pier, where the last departure will move to 7.40pm.", a broadcaster's press
#: picture announcing its programme "am Montag um 20:15 Uhr").
MAX_TIME_STAMP_WORDS = 12


def is_caption_text(text: str | None) -> bool:
    """False for texts that fill caption slots but are bylines, time stamps or labels."""
    if not text or any(pattern.search(text) for pattern in NOT_CAPTIONS):
        return False
    return not (TIME_OF_DAY.search(text) and len(text.split()) <= MAX_TIME_STAMP_WORDS)


#: Gallery counters before a caption ("[1/5]", "2 of 12").
_COUNTER = re.compile(r"^\s*(?:\[\d+\s*/\s*\d+\]|\d+\s*(?:/|of|von|de|sur)\s*\d+\s*[|:.-]?)\s*", re.IGNORECASE)
#: The triangle the Korean press opens a photo caption with ("▲ 시청 앞 광장의 모습"; "△"
#: in some papers): a marker of the caption line, not a word of it.
_KOREAN_CAPTION_MARKER = re.compile(r"^[▲△]\s*")


#: After "＝" a credit is a name ("＝ロイター", "＝共同"); digits or an enumeration comma
#: mean a time and place ("＝４日午後、港市役所"), which belong to the caption.
_WHEN_OR_WHERE = re.compile(r"[\d０-９、，,]")

#: The Japanese press's credit after "＝": where, when and who took the picture, closed by
#: "撮影" (photographed: "＝岡山市で2026年1月5日、山田太郎撮影"). Its place and time belong
#: to the credit then, not to the caption, though they hold digits and commas.
_SHOT_CREDIT = re.compile(r"撮影$")

#: A credit label closing the caption before an equals sign ("... 풍경 /사진=연합뉴스").
_LABEL_BEFORE_EQUALS = re.compile(r"(?:^|(?<=[\s/|(\[.。]))(?:" + _CREDIT_WORDS + r")\s*$", re.IGNORECASE)

#: A credit label opening the text or following the caption's last sentence, left before a
#: spaced slash or bar that the credit follows ("... in July. Photo / Supplied", the New
#: Zealand press's house style): the label goes with the credit. Not a word ending a
#: sentence ("... her photo / AP" keeps "photo").
_LABEL_BEFORE_SEPARATOR = re.compile(r"(?:^|(?<=[.!?。]))\s*(?:" + _CREDIT_WORDS + r")\s*$", re.IGNORECASE)

#: Capitalised source words before the worded label after the caption's last sentence,
#: left before a spaced slash or bar that the photographer's name follows ("... on Monday.
#: CHRONICLE FILE PHOTO / JANE DOE", "... in July. Gazette photo | X"): the words of
#: :data:`_CREDIT_LINE_SOURCE`'s "<Source> photo by X" credit line written with the
#: separator of :data:`_LABEL_BEFORE_SEPARATOR` instead of "by"; they open the credit.
_SOURCE_LABEL_BEFORE_SEPARATOR = re.compile(
    r"(?<=[.!?])\s+(?:[A-Z][\w'’&.-]*\s+){1,3}(?i:photo(?:graph)?s?|pics?|pictures?)\s*$")

#: A photographer's name after the caption's last sentence, before a spaced slash that the
#: employer's name follows ("... in the gym. Jane Roe / The Ledger"): the staff credit line
#: "<Name>/<Publication>" of the English-language press (beside the commissioned "<Name> for
#: <Publication>", :data:`_COMMISSIONED_CREDIT`; the Fundus labels write such credits whole,
#: "Robert F. Bukaty / AP"): two to four capitalised words, the name, open the credit, so the
#: caption keeps no name after its last sentence. (A slash inside the caption's sentence,
#: "The winner holds her photo / AP", is not after a sentence, and words opening with "The"
#: name no person, "... harbour. The Harbour Times / Jane Doe": both split as before.)
_NAME_BEFORE_SEPARATOR = re.compile(r"(?<=[.!?])\s+(?!The\s)(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)\s*$")

#: "File" before a credit label, opening the text or after the caption's last sentence:
#: the mark of an archive picture, part of the label ("... the pier. File photo: X").
#: Opening a text and followed by more words than a credit has, it opens the caption in
#: the wire's style (Reuters prints "FILE PHOTO: <caption> REUTERS/<name>", and its
#: clients reprint it): "PHOTO:" labels no credit there, the caption follows it.
_ARCHIVE_MARK = re.compile(r"(?:^|(?<=[.!?]))\s*file\s*$", re.IGNORECASE)

#: "Mandatory" before the "Credit:" label, opening the text or after the caption's last
#: sentence: the wire photo agencies' credit line "Mandatory Credit: <Name>-USA TODAY
#: Sports" (the caption style of USA TODAY Sports Images, now Imagn, whose pictures Reuters
#: and the sports networks redistribute under it; Reuters prints "MANDATORY CREDIT" on
#: handouts too). The word is part of the label, as "File" is: it neither closes the
#: caption nor opens the credit.
_MANDATORY_MARK = re.compile(r"(?:^|(?<=[.!?]))\s*mandatory\s*$", re.IGNORECASE)

#: The source of an English credit line written "<Source> photo by <Name>" after the
#: caption's last sentence ("... on Tuesday. Staff photo by X", "... Gazette photo by X",
#: "... AP photo by X", the American newspapers' credit line): up to three capitalised
#: words between the sentence's end and "photo by" open the credit, not close the caption.
_CREDIT_LINE_SOURCE = re.compile(r"(?<=[.!?])\s+(?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*\s*$")

#: Captions longer than this are not split into caption and credit (hostile-input bound).
MAX_CREDIT_SPLIT_CHARS = 1000


#: A credit label and its colon opening the text or after a sentence's end or a separator,
#: before the last one the labelled split found: the credit names several sources, each
#: after its label ("Foto: X; Grafik: Y", "Source: X; Montage: Y"), and all of it is the
#: credit (the caption, if any, ends before the first label).
_EARLIER_CREDIT_LABEL = re.compile(r"(?:^|[.!?;,|–—-]\s*)(?P<label>" + _CREDIT_NOUN_BEFORE + r"(?:" + _CREDIT_WORDS + r"))\s*" + _SECOND_LABEL_WORD + r"\s*"
                                   + _COLON + r"\s*", re.IGNORECASE)


def split_credit(text: str | None) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption text whose credit may be written into it."""
    text = _KOREAN_CAPTION_MARKER.sub("", _COUNTER.sub("", collapse(text)))
    if not text:
        return None, None
    if len(text) > MAX_CREDIT_SPLIT_CHARS:  # not a caption; the patterns are quadratic on it
        return text, None
    for name, pattern in CREDIT_PATTERNS:
        needs = CREDIT_PATTERN_NEEDS.get(name)
        if needs is not None and needs.search(text) is None:
            continue
        match = pattern.match(text)
        if not match:
            continue
        credit = collapse(match.group("credit")).strip(" .;,")
        if name == "parenthesised" and match.group("agent") and credit[:1].islower():
            continue  # "(photo de famille)": a label word and a preposition before a noun
        if (name == "parenthesised" and not (match.group("label") or match.group("agent"))
                and _STOP_AFTER_BRACKET.search(text) and not _CREDIT_LIKE.search(credit)
                and not _after_sentence(match.group("caption"), credit)):
            continue  # "... en Santoña (Cantabria).": an aside of the caption's sentence
        if name in ("parenthesised", "bar", "slash") and not _looks_like_credit(credit) \
                and not (name == "parenthesised" and (_after_sentence(match.group("caption"), credit)
                                                      or match.group("label") or match.group("agent"))):
            continue
        if name == "sentence-label" and (credit[:1].islower() or len(credit.split()) > MAX_TRAILING_CREDIT_WORDS):
            continue  # "... the hall. - Photo shows the mayor": a sentence, not a name
        if name == "dash" and (len(credit.split()) > MAX_DASH_CREDIT_WORDS
                               or not (_looks_like_credit(credit) or _WORDED_CREDIT.search(credit))):
            continue  # "... the harbour. — and the town": words of the caption
        if name == "after-sentence" and (not (_CREDIT_LIKE.search(credit) or _WORDED_CREDIT.search(credit)
                                              or _COMMISSIONED_CREDIT.match(credit))
                                         or len(credit.split()) > MAX_TRAILING_CREDIT_WORDS):
            continue  # "Fans wave. IMAGO/Jane Roe": a credit written on after the sentence
        if name == "after-sentence" and text.endswith(".") and not _WORDED_CREDIT.match(credit):
            continue  # "... the ghat. They sailed for Reuters.": a closing stop ends a sentence,
            # unless the credit line opens with its own words ("Courtesy of X.")
        if name == "equals-sign" and _WHEN_OR_WHERE.search(credit) and not _SHOT_CREDIT.search(credit):
            continue  # "＝４日午後、港市役所": when and where, part of the caption
        if name == "equals-sign":  # (the label before "=", the Korean "사진=X", goes too)
            labelled = _LABEL_BEFORE_EQUALS.search(match.group("caption"))
            if labelled is not None:
                caption = collapse(match.group("caption")[:labelled.start()]).rstrip(" |–—-,;:([/")
                return caption or None, credit or None
        if "(" not in credit:
            credit = credit.rstrip(")]").strip()
        if name == "labelled":
            earlier = _EARLIER_CREDIT_LABEL.search(match.group("caption"))
            if earlier is not None:  # "Foto: X; Grafik: Y": one credit of several labels
                caption = collapse(match.group("caption")[:earlier.start("label")]).rstrip(" |–—-,;:")
                credit = collapse(text[earlier.end():]).strip(" .;,")
                return caption or None, credit or None
            mandatory = _MANDATORY_MARK.search(match.group("caption"))
            if mandatory is not None:  # "... the eighth. Mandatory Credit: X-USA TODAY Sports"
                caption = collapse(match.group("caption")[:mandatory.start()])
                return caption or None, credit or None
            archive = _ARCHIVE_MARK.search(match.group("caption"))
            if archive is not None:
                if archive.start() == 0 and len(credit.split()) > MAX_TRAILING_CREDIT_WORDS:
                    continue  # "FILE PHOTO: Traders work on the floor ...": a caption
                caption = collapse(match.group("caption")[:archive.start()])
                return caption or None, credit or None
        if name == "by-line":
            source = _CREDIT_LINE_SOURCE.search(match.group("caption"))
            if source is not None:
                caption = collapse(match.group("caption")[:source.start()])
                return caption or None, credit or None
        if name in ("slash", "bar"):
            labelled = (_LABEL_BEFORE_SEPARATOR.search(match.group("caption"))
                        or _SOURCE_LABEL_BEFORE_SEPARATOR.search(match.group("caption")))
            if labelled is not None:
                caption = collapse(match.group("caption")[:labelled.start()])
                return caption or None, credit or None
        if name == "slash":
            named = _NAME_BEFORE_SEPARATOR.search(match.group("caption"))
            if named is not None:
                caption = collapse(match.group("caption")[:named.start()])
                return caption or None, f"{named.group('name')} / {credit}"
        caption = collapse(match.group("caption")).rstrip(" |–—-,;:([")
        if caption and text[match.end("caption"):].lstrip()[:1] in ".!?" \
                and not caption.endswith((".", "!", "?")):
            caption += text[match.end("caption"):].lstrip()[0]  # the caption's own full stop
        return caption or None, credit or None
    return text, None


def largest_from_srcset(srcset: str) -> str | None:
    """The URL of the widest (or highest-density) candidate of a srcset value.

    As the HTML standard parses it, a comma ends a candidate's descriptor even with no
    space after it ("a.jpg 1x,b.jpg 2x"); a comma inside a URL belongs to the URL."""
    best, best_size = None, -1.0
    tokens = (srcset or "").split()
    position = 0
    while position < len(tokens):
        url, size = tokens[position], 0.0
        position += 1
        if position < len(tokens):
            token = tokens[position]
            if "," in token.rstrip(","):  # "1x,b.jpg": a descriptor, then the next URL
                token, following = token.split(",", 1)
                tokens[position + 1:position + 1] = [following]
            descriptor = _DESCRIPTOR.match(token)
            if descriptor:
                size = float(descriptor.group(1))
                position += 1
        url = url.rstrip(",")
        if url and not url.startswith("data:") and size > best_size:
            best, best_size = url, size
    return best


#: The URL of a CSS background (a video player's poster).
_BACKGROUND_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def image_url(img) -> str | None:
    """The best URL an ``<img>`` / ``<source>`` element offers (not data: URIs)."""
    for attribute in SRCSET_ATTRIBUTES:
        url = largest_from_srcset(img.get(attribute) or "")
        if url:
            return url
    if img.tag == "meta":
        return (img.get("content") or "").strip() or None
    if img.get("poster"):
        return img.get("poster").strip() or None
    if img.tag not in ("img", "amp-img", "source") and "url(" in (img.get("style") or ""):
        match = _BACKGROUND_URL.search(img.get("style") or "")
        if match:
            return match.group(1).strip() or None
    for attribute in SRC_ATTRIBUTES:
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for attribute, value in img.attrib.items():  # other lazy loaders: data-*-srcset, data-*-src
        if attribute.startswith("data-") and attribute.endswith(("srcset", "src")):
            url = largest_from_srcset(value) if attribute.endswith("srcset") else value.strip()
            if url and not url.startswith("data:"):
                return url
    return None


#: URLs made absolute and image keys read, kept per distinct value: a page asks for the
#: lead image's and each figure's several times (the lead test, the merge, the captions).
URL_CACHE_SIZE = 4096


@lru_cache(maxsize=URL_CACHE_SIZE)
def absolute(url: str | None, base: str) -> str | None:
    """``url`` made absolute against ``base`` (protocol-relative URLs get https)."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        return "https:" + url
    try:
        return urljoin(base, url)
    except ValueError:
        return None


#: Size tokens in image file names ("1200x675_", "-800x600", "_w640").
_SIZE_TOKEN = re.compile(r"[-_]?\d{2,4}x\d{2,4}[-_]?|[-_]w\d{2,4}$")


#: A file-less last path segment this long is the picture's id ("/image/5b19...ec/?w=640").
MIN_PATH_ID_CHARS = 16


@lru_cache(maxsize=URL_CACHE_SIZE)
def url_key(url: str | None) -> str:
    """A key that matches the same picture in different sizes: the file name's stem (the
    whole path and query when the path has no file name, as with image resizers)."""
    if not url:
        return ""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    name = unquote(path.rsplit("/", 1)[-1]).rsplit("/", 1)[-1].lower()
    if "." not in name:
        # An image resizer: the picture is named by a long id in the path (its size in the
        # query), or by the query alone under a short path ("/image?id=...").
        if len(name) >= MIN_PATH_ID_CHARS:
            return path.lower()
        return f"{path}?{parts.query}".lower()
    name = name.split(".", 1)[0]
    return _SIZE_TOKEN.sub("", name) or path


#: Lead-ins of credit texts, removed from the credit ("Photo: X", "Foto: X", "Photo by X").
_CREDIT_LEAD_IN = re.compile(r"^(?:(?:" + _CREDIT_WORDS + r")\s*" + _SECOND_LABEL_WORD + r"\s*(?:" + _COLON + r"|©)|"
                             r"(?:photo(?:graph)?s?|photography|images?|pictures?|fotos?)\s+(?:by|von|de|par)\b|"
                             r"by\s*:|©|\([cC]\))\s*",
                             re.IGNORECASE)


def _texts_around(root, marker) -> tuple[str, str, str]:
    """Text of ``root`` before, inside and after its descendant ``marker``."""
    parts: tuple[list, list, list] = ([], [], [])
    state = [0]

    def walk(element):
        if element is marker:
            parts[1].append(joined_text(element))
            state[0] = 2
        elif element is not root and isinstance(element.tag, str) and _unshown(element):
            pass  # (its text is not shown: only its tail counts)
        else:
            if isinstance(element.tag, str) and element.text:
                parts[state[0]].append(element.text)
            for child in element:
                walk(child)
        if element is not root and element.tail:
            parts[state[0]].append(element.tail)

    try:
        walk(root)
    finally:
        del walk  # (a recursive closure: see newscrawl.extract.body.scan.scan_page)
    before, inside, after = (collapse(" ".join(p)) for p in parts)
    return before, inside, after


#: A text in one pair of brackets with none inside.
_WRAPPED = re.compile(r"[(\[][^()\[\]]*[)\]]")


def _without_brackets(text: str) -> str:
    """``text`` without separators at its ends, without brackets wrapping it whole and
    without a bracket left unpaired at either end; a closing "(Agency)" stays."""
    text = text.strip(" |/")
    while _WRAPPED.fullmatch(text):
        text = text[1:-1].strip(" |/")
    opened = text.count("(") + text.count("[")
    closed = text.count(")") + text.count("]")
    if text[:1] in "([" and opened > closed:
        text = text[1:].strip(" |/")
    elif text[-1:] in ")]" and closed > opened:
        text = text[:-1].strip(" |/")
    return text


def clean_credit(credit: str | None) -> str | None:
    """A credit without its lead-in ("Photo:", "Foto:", "Photo by", "©") and without
    the brackets around it (those closing a name inside it stay)."""
    credit = _without_brackets(collapse(credit))
    credit = _without_brackets(_CREDIT_LEAD_IN.sub("", credit))
    return credit or None


#: The longest text of a caption's last element read as its credit for its label alone.
MAX_CREDIT_ELEMENT_CHARS = 150
#: A text that is a credit label and what it labels ("Photo: X", "ছবি: X", "写真：X").
_LABELLED_CREDIT = re.compile(r"^(?:" + _CREDIT_WORDS + r")\s*" + _SECOND_LABEL_WORD + r"\s*(?:" + _COLON + r"|©)\s*\S",
                              re.IGNORECASE)


#: A text before a credit element that only leads into it ("Image via", "Photo by",
#: "Foto:"): the whole caption is then the credit.
_CREDIT_LEAD_ONLY = re.compile(r"(?:" + _CREDIT_WORDS + r")(?:\s*(?:" + _COLON + r"|©)|\s+(?:via|by|von|par|por|de))?",
                               re.IGNORECASE)
#: A text ending as a sentence (a caption's own words, not a credit).
_ENDS_SENTENCE = re.compile(r"[.!?。！？]\s*$")


#: A class naming a byline: in a caption's closing element, the picture's byline (its
#: photographer and paper: "Jane Roe, The Courier"). TownNews BLOX (the Lee Enterprises
#: papers' CMS) prints a photo's credit in a byline block (``tnt-byline``,
#: ``tnt-photo-byline``) closing the figcaption; Advance Local's sites name the credit span
#: beside a caption span ``byline`` too, and public page templates a ``photo-byline``.
#: Only a closing element counts: a media box's byline followed by its title is no credit.
CAPTION_BYLINE_CLASS = re.compile(r"byline", re.IGNORECASE)


#: The words of a photographer's name set alone in a caption's closing element.
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
#: One word of a name: letters, with a hyphen or an apostrophe inside ("Jean-Luc",
#: "O'Neill"), or an initial with its stop ("J.").
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*\.?")


def _reads_as_name(text: str) -> bool:
    """True when a text is a person's name and nothing else: two to four words, each
    opening with a capital letter (or a name's particle), no figure, no punctuation but a
    name's hyphen, apostrophe or initial's stop."""
    words = text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not words[0][:1].isupper():
        return False
    return all(_NAME_WORD.fullmatch(word) is not None and (word[:1].isupper() or word in NAME_PARTICLES)
               for word in words)


def _named_last_child(caption_el) -> list:
    """The caption's last element, in a one-item list, when it is the photographer's name
    set apart: the caption is written wholly in child elements (no loose text), the last
    of them holds a person's name alone (:func:`_reads_as_name`), and the ones before it
    hold the caption's words, not a lead-in to the name (no colon or comma closes them).
    A caption split into parts of their own closes with its credit, as the class-named
    credit spans do (:data:`CREDIT_ELEMENTS`); this reads the same layout where the class
    names nothing (short or generated class names, none at all). A caption written as
    loose text with its name alone in an element after it counts when that text closes a
    sentence (``Caption. <span>JANE ROE</span>``: the photographer's credit set in an
    element of its own, as the Spanish and Italian press print it in capitals): a name
    inside the caption's sentence ("Mayor <b>Jane Roe</b> speaks") or after a lead-in
    ("Pictured: <b>Jane Roe</b>") stays."""
    children = [child for child in caption_el if isinstance(child.tag, str)]
    loose = bool((caption_el.text or "").strip())
    if not children or (children[-1].tail or "").strip():
        return []
    if not loose and (len(children) < 2 or any((child.tail or "").strip() for child in children)):
        return []
    last = children[-1]
    if not _reads_as_name(text_of(last)):
        return []
    if loose:
        before = _text_before(caption_el, last)
        if not _ENDS_SENTENCE.search(before) or len(before.split()) < MIN_NAME_WORDS + 1:
            return []
        return [last]
    before = " ".join(text_of(child) for child in children[:-1]).strip()
    if len(before.split()) < MIN_NAME_WORDS + 1 or before.endswith((":", ",")):
        return []
    return [last]


def _text_before(caption_el, child) -> str:
    """The caption's text before one of its child elements, collapsed."""
    parts = [caption_el.text or ""]
    for node in caption_el:
        if node is child:
            break
        if isinstance(node.tag, str):
            parts.append(node.text_content() or "")
        parts.append(node.tail or "")
    return collapse(" ".join(parts))


def _labelled_last_child(caption_el) -> list:
    """The caption's last element, in a one-item list, when it is a credit in an element of
    its own: it closes the caption (no text after it), text comes before it, and its text
    is a credit label and a short credit, or a few words that end no sentence written
    like a credit (:data:`_CREDIT_LIKE`: "Jane Roe/AFP", "© Agency"), set in ``<small>``
    (HTML's small print, for attribution) or in an element whose class names a byline
    (:data:`CAPTION_BYLINE_CLASS`)."""
    children = [child for child in caption_el if isinstance(child.tag, str)]
    if not children:
        return []
    last = children[-1]
    if (last.tail or "").strip() or not (caption_el.text or "").strip() and len(children) < 2:
        return []
    text = text_of(last)
    if len(text) > MAX_CREDIT_ELEMENT_CHARS:
        return []
    if _LABELLED_CREDIT.match(text):
        return [last]
    if ((last.tag == "small" or _CREDIT_LIKE.search(text)
         or CAPTION_BYLINE_CLASS.search(last.get("class") or ""))
            and not _ENDS_SENTENCE.search(text)
            and len(text.split()) <= MAX_TRAILING_CREDIT_WORDS):
        return [last]
    return []


def _figure_of(element):
    """The nearest ``<figure>`` around ``element`` (None outside any)."""
    return next(element.iterancestors("figure"), None)


#: The class token of an ``<img>`` whose ``title`` is its caption: Joomla's convention
#: (its article images are written ``<img class="caption" title="...">``, and its
#: ``caption.js`` prints the title under the picture).
TITLED_IMAGE_CLASS = "caption"


def titled_image_caption(img) -> str:
    """The caption of an image captioned in its own ``title`` (:data:`TITLED_IMAGE_CLASS`),
    '' for any other image."""
    if TITLED_IMAGE_CLASS not in (img.get("class") or "").split():
        return ""
    return collapse(img.get("title"))


def _captioned_part(caption_el):
    """The part of a caption element that is the caption when the element is split into
    parts of their own: its one caption-classed descendant, after a shorter title and
    before nothing but credit elements (Arc XP's ``c-media-item__title`` /
    ``__caption`` / ``__credit`` spans). The element itself otherwise, or when any of its
    text lies outside its child elements."""
    if (caption_el.text or "").strip() or len(caption_el) < 2:
        return caption_el
    inner = [e for e in caption_el.iterdescendants()
             if isinstance(e.tag, str) and _class_kind(e.get("class") or "") & _CAPTION_KIND]
    if len(inner) != 1 or inner[0].getparent() is not caption_el:
        return caption_el
    part = inner[0]
    credits = set(credit_elements(caption_el))
    if part in credits:
        return caption_el
    before: list[str] = []
    seen = False
    for child in caption_el:
        if (child.tail or "").strip():
            return caption_el
        if child is part:
            seen = True
        elif not isinstance(child.tag, str) or not text_of(child):
            continue
        elif not seen:
            before.append(text_of(child))
        elif child not in credits:
            return caption_el  # (caption words after it: the part is not the whole caption)
    if not before or len(" ".join(before)) >= len(text_of(part)):
        return caption_el
    return part


#: Attributes of a lightbox link holding the caption shown with the enlarged picture:
#: fancybox's ``data-caption``, Lightbox2's ``data-title`` (both documented so).
LIGHTBOX_CAPTION_ATTRIBUTES = ("data-caption", "data-title")
#: Elements of the markup written into such an attribute that are no words of the caption:
#: a link ("View larger"), a label ("Large view:"), a control.
_NOT_CAPTION_IN_ATTRIBUTE = ("a", "label", "button", "script", "style")


def _attribute_text(value: str) -> str:
    """The text of a caption attribute's value; markup written into it ("Caption.<br/>
    Agency", "<p>Caption</p>") is read as HTML, without its links and labels."""
    if "<" not in value:
        return collapse(value)
    try:
        holder = lxml.html.fragment_fromstring(value, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(holder.iter(*_NOT_CAPTION_IN_ATTRIBUTE)):
        element.drop_tree()
    for line_break in holder.iter("br"):
        line_break.tail = " " + (line_break.tail or "")
    return joined_text(holder)


def lightbox_caption(figure) -> str:
    """The caption a lightbox link around the figure's image states in an attribute
    (:data:`LIGHTBOX_CAPTION_ATTRIBUTES`): the link holds the image and opens it larger
    (its address is an image file or the page itself); '' when there is none."""
    for link in figure.iter("a"):
        text = _lightbox_link_caption(link)
        if text:
            return text
    return ""


#: A link named for a lightbox script in its class or ``rel`` (Lightbox's ``rel="lightbox"``,
#: Colorbox, Shadowbox, Swipebox, fancybox, Magnific Popup, GLightbox): these scripts show the
#: link's ``title`` as the enlarged picture's caption (each documents the ``title`` so).
LIGHTBOX_LINK = re.compile(r"lightbox|colorbox|shadowbox|swipebox|fancybox|magnific|mfp-", re.IGNORECASE)
#: The fewest words a lightbox link's ``title`` needs to be read as a caption: the link
#: titles that are controls ("Öffnet eine Lightbox", "Bild vergrößern", "Share on X")
#: are shorter.
MIN_LIGHTBOX_TITLE_WORDS = 5
#: A file name in a link title ("Jane Doe.jpg (21 KB)"): the picture's name, no caption.
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)\b", re.IGNORECASE)


def _lightbox_link_caption(link) -> str:
    """The caption stated in a lightbox link's attribute (see :func:`lightbox_caption`); on
    a link named for a lightbox script (:data:`LIGHTBOX_LINK`), its ``title`` when it has
    a caption's shape: MIN_LIGHTBOX_TITLE_WORDS words or more, no file name, not the
    image's ``alt`` again."""
    href = (link.get("href") or "").strip()
    if href and not _IMAGE_FILE_LINK.search(href) and not href.startswith("javascript:"):
        return ""
    for attribute in LIGHTBOX_CAPTION_ATTRIBUTES:
        value = link.get(attribute)
        if value and HAS_IMAGE(link):
            text = _attribute_text(value)
            if is_caption_text(text) and not _names_the_page(link, text):
                return text
    title = link.get("title")
    if title and LIGHTBOX_LINK.search(f"{link.get('class') or ''} {link.get('rel') or ''}") \
            and HAS_IMAGE(link):
        text = _attribute_text(title)
        if (len(text.split()) >= MIN_LIGHTBOX_TITLE_WORDS and not _FILE_NAME.search(text)
                and not _repeats_an_alt(link, text)
                and is_caption_text(text) and not _names_the_page(link, text)):
            return text
    return ""


def _repeats_an_alt(link, text: str) -> bool:
    """True when ``text`` repeats the ``alt`` of an image in the link: the picture's name
    written twice (a shop's product name in both), not a caption written for the link."""
    key = fold(text)
    return any(fold(img.get("alt")) == key for img in link.iter("img"))


def _names_the_page(element, text: str) -> bool:
    """True when ``text`` repeats the page's headline (an ``<h1>``) or its ``<title>`` (alone
    or before the site's name): a lightbox labelling every picture with the story's title
    names the story, not the picture."""
    key = fold(text)
    root = element.getroottree().getroot()
    for heading in root.iter("h1", "title"):
        name = fold(text_of(heading))
        if name == key or (heading.tag == "title" and name.startswith(key)
                           and len(key) >= MIN_TITLE_SHARE * len(name)):
            return True
    return False


#: The least share of the ``<title>`` a text opening it must cover to repeat it (the rest
#: is the site's name: "Story | Site").
MIN_TITLE_SHARE = 0.6


#: Levels above an image outside figures searched for the lightbox link around it.
LIGHTBOX_LINK_LEVELS = 2


def _around_lightbox_link(img) -> str:
    """The caption the lightbox link right around an image outside figures states in an
    attribute; '' when the image sits in no such link."""
    node = img.getparent()
    for _ in range(LIGHTBOX_LINK_LEVELS):
        if node is None:
            return ""
        if node.tag == "a":
            return _lightbox_link_caption(node)
        node = node.getparent()
    return ""


_CREDIT_CLASS_SPELLINGS = tuple(spelling for word in CREDIT_CLASS_WORDS
                                for spelling in (word, word[:1].upper() + word[1:]))
_UNQUOTED_CREDIT_CLASS_SPELLINGS = tuple(spelling for word in UNQUOTED_CREDIT_CLASS_WORDS
                                         for spelling in (word, word[:1].upper() + word[1:]))
_CREDIT_ITEMPROP_SET = frozenset(CREDIT_ITEMPROPS)
#: The tags :data:`CREDIT_ELEMENTS` passes over when their class or ``itemprop`` names a credit.
_NOT_CREDIT_TAGS = frozenset({"img", "source", "picture", "button"})


#: Distinct class values whose credit test is remembered.
MAX_CREDIT_CLASSES = 4096


@lru_cache(maxsize=MAX_CREDIT_CLASSES)
def _names_credit(cls: str) -> bool:
    """True when a class value holds a spelling of :data:`CREDIT_CLASS_WORDS` (read once per
    distinct value)."""
    for spelling in _CREDIT_CLASS_SPELLINGS:  # a plain loop: faster than any() over a generator
        if spelling in cls:
            return True
    for spelling in _UNQUOTED_CREDIT_CLASS_SPELLINGS:
        if spelling in cls:
            return QUOTE_CLASS_FRAGMENT not in cls
    return False


def credit_elements(element) -> list:
    """What :data:`CREDIT_ELEMENTS` selects below ``element``, in page order, found by one
    walk of its descendants: on a figure or a caption (a few elements) the walk costs less
    than the XPath's set-up and union; the XPath stays for wide wrappers."""
    found = []
    for descendant in element.iterdescendants():
        tag = descendant.tag
        if tag.__class__ is not str:
            continue
        if tag == "cite":
            found.append(descendant)
        elif tag not in _NOT_CREDIT_TAGS:
            cls = descendant.get("class")
            if (cls is not None and _names_credit(cls)) or descendant.get("itemprop") in _CREDIT_ITEMPROP_SET:
                found.append(descendant)
    return found


def _own_figcaption(figure):
    """The first ``<figcaption>`` with text below ``figure`` whose nearest ``<figure>`` is
    ``figure`` (None when there is none): the caption :func:`caption_and_credit` takes
    first among :data:`CAPTIONS`, which selects every ``<figcaption>`` below the figure.
    Found by walking the figure's ``<figcaption>`` elements, without that selection, whose
    class and ancestor tests cost more than the figure's own caption needs."""
    for caption in figure.iterdescendants("figcaption"):
        if _figure_of(caption) is figure and text_of(caption):
            return caption
    return None


def caption_and_credit(figure, caption_element=None) -> tuple[str | None, str | None]:
    """The caption and credit of one figure element.

    A credit element inside the caption splits it: the text before is the caption, the
    credit element and what follows it is the credit (credits close captions); a credit
    element elsewhere in the figure is the credit; otherwise the credit is split from
    the caption text by :data:`CREDIT_PATTERNS`. ``caption_element``, when the caption
    was found first, is used as the caption.
    """
    caption: str | None
    credit: str | None
    if caption_element is not None:
        caption_el = caption_element
    else:
        caption_el = _own_figcaption(figure)
        if caption_el is None:
            listed = [c for c in captions(figure) if c.tag != "button" and text_of(c)]
            caption_el = next((c for c in listed if c.tag == "figcaption"), listed[0] if listed else None)
    titled = titled_image_caption(caption_el) if caption_el is not None and caption_el.tag == "img" else ""
    if titled:
        caption, inline_credit = split_credit(titled)
        return caption, clean_credit(inline_credit)
    if caption_el is not None:
        caption_el = _captioned_part(caption_el)
        inner = ([e for e in credit_elements(caption_el) if text_of(e)] or _labelled_last_child(caption_el)
                 or _named_last_child(caption_el))
        if inner:
            before, inside, after = _texts_around(caption_el, inner[0])
            caption, credit = (before, f"{inside} {after}") if before else (after, inside)
            if _CREDIT_LEAD_ONLY.fullmatch(caption or ""):
                caption = None  # ("Image via <span>Agency</span>": the credit alone, its lead-in left out)
            caption, inline_credit = split_credit(caption)
            return caption, clean_credit(credit) or inline_credit
        stated = caption_text(caption_el)
        outside = [e for e in credit_elements(figure) if text_of(e) and not is_within(e, caption_el)
                   and not _repeats(text_of(e), stated)]
        caption, inline_credit = split_credit(stated)
        if outside:
            return caption, clean_credit(text_of(outside[0])) or inline_credit
        return caption, clean_credit(inline_credit)
    outside = [e for e in credit_elements(figure) if _stated(e)]
    credit = clean_credit(_stated(outside[0])) if outside else None
    described = META_CAPTIONS(figure)
    if described:
        return _stated_caption(described[0], outside, credit)
    stated = lightbox_caption(figure)
    if stated:
        return _stated_caption(stated, outside, credit)
    stated = paragraph_caption(figure)
    if stated:
        return _stated_caption(stated, outside, credit)
    block = caption_block(figure)
    if block is not None:
        caption, block_credit = caption_and_credit(figure, block)
        if len((caption or "").split()) >= MIN_BLOCK_CAPTION_WORDS:
            return caption, block_credit
    return None, credit


def _stated_caption(stated: str, credit_elements: list, credit: str | None) -> tuple[str | None, str | None]:
    """The caption and credit of a figure with no caption element, from the caption text
    its markup states some other way and the credit of its first credit element (None
    when it has none). When that text is the credit element's own, read again (a figure
    whose one paragraph is its credit), the figure has a credit and no caption."""
    if credit_elements and _repeats(_stated(credit_elements[0]), stated):
        return None, credit
    caption, inline_credit = split_credit(stated)
    return caption, credit or clean_credit(inline_credit)


def _repeats(credit_text: str, caption_text: str) -> bool:
    """True when a credit element's text is the caption's text again (case, spaces and
    punctuation aside): one printed text is not both. A sidebar that repeats the caption
    in an element whose class names the copyright, or a figure whose only paragraph is
    its credit element, would otherwise give the caption as its own credit."""
    return bool(caption_text) and fold(credit_text) == fold(caption_text)


#: The longest paragraph :func:`paragraph_caption` takes for a caption.
MAX_PARAGRAPH_CAPTION_CHARS = 300


def paragraph_caption(figure) -> str:
    """The caption a figure without any caption element prints as a paragraph of its own:
    the text of its one ``<p>`` child, after its one image and holding none ('' for any
    other figure). Hugo's PaperMod theme writes its cover image so
    (``layouts/partials/cover.html``: ``<figure class="entry-cover"><img> <p>caption</p>
    </figure>``), as do hand-written figures."""
    if figure.tag != "figure":
        return ""
    paragraphs = [child for child in figure if child.tag == "p"]
    if len(paragraphs) != 1:
        return ""
    images = list(figure.iter("img"))
    paragraph = paragraphs[0]
    if len(images) != 1 or is_within(images[0], paragraph):
        return ""
    if not any(sibling is images[0] or is_within(images[0], sibling)
               for sibling in paragraph.itersiblings(preceding=True)):
        return ""  # (a paragraph before the image is no caption under it)
    text = text_of(paragraph)
    return text if 0 < len(text) <= MAX_PARAGRAPH_CAPTION_CHARS else ""


#: The tags of a figure's child that :func:`caption_block` reads as a caption block: the
#: generic block and inline containers and HTML's ``<footer>`` (a figure's own footer).
CAPTION_BLOCK_TAGS = frozenset({"div", "span", "footer"})
#: The fewest words a caption read from a block (its credit split off) has: fewer are a
#: credit written without a label (a photographer's name), a button's or a link's label.
MIN_BLOCK_CAPTION_WORDS = 4


def caption_block(figure):
    """The block a figure without any caption element prints its caption in after its one
    image (None for any other figure): its one child holding text after the image, holding
    no image and no link (a teaser's title, a download link), a ``<div>``, ``<span>`` or
    ``<footer>`` (:data:`CAPTION_BLOCK_TAGS`) of at most :data:`MAX_PARAGRAPH_CAPTION_CHARS`.
    The :func:`paragraph_caption` of figures whose caption is not a paragraph: the
    newspapers' caption-and-credit line written in a ``<div>`` ("caption. Name/Paper"), a
    figure's ``<footer>`` holding the caption and its credit. Read as a caption element
    (:func:`caption_and_credit`), kept when its caption has
    :data:`MIN_BLOCK_CAPTION_WORDS` words or more."""
    if figure.tag != "figure":
        return None
    images = list(figure.iter("img"))
    if len(images) != 1:
        return None
    image = images[0]
    after_image = False
    blocks = []
    for child in figure:
        if not isinstance(child.tag, str):
            continue
        if child is image or is_within(image, child):
            after_image = True
        elif after_image and text_of(child):
            blocks.append(child)
    if len(blocks) != 1:
        return None
    block = blocks[0]
    if block.tag not in CAPTION_BLOCK_TAGS or next(block.iter("a", "img"), None) is not None:
        return None
    return block if len(text_of(block)) <= MAX_PARAGRAPH_CAPTION_CHARS else None


def _stated(element) -> str:
    """Text of an element, or the content of a ``<meta>`` one."""
    if element.tag == "meta":
        return collapse(element.get("content"))
    return text_of(element)


def figure_source(figure) -> tuple[str | None, str | None]:
    """(the image URL as the figure's markup gives it, the image's alt text): the first
    image candidate with a URL (:data:`IMAGES`), else an ``<img>`` written in a
    ``<noscript>``."""
    url, alt = None, None
    for img in IMAGES(figure):
        url = image_url(img)
        if img.tag in ("img", "amp-img"):
            alt = collapse(img.get("alt")) or None
        if url:
            break
    if not url:
        for noscript in figure.iter("noscript"):
            match = NOSCRIPT_IMG.search(noscript.text or "")
            if match:
                url = match.group(1)
                break
    return url, alt


def figure_image(figure, base_url: str, caption_element=None) -> Image | None:
    """The Image of one figure: its URL, caption, credit and alt (None without an image)."""
    url, alt = figure_source(figure)
    caption, credit = caption_and_credit(figure, caption_element)
    caption = caption.rstrip(" |–—-,;:/") if caption else None
    if caption and not is_caption_text(caption):
        caption = None
    if not url and not caption:
        return None
    return Image(url=absolute(url, base_url), caption=caption, credit=credit, alt=alt)


GALLERY_CLASS_FRAGMENTS = ("arousel", "allery", "lideshow")


def _has_fragment(value: str, fragments) -> bool:
    for fragment in fragments:  # a plain loop: faster than any() over a generator
        if fragment in value:
            return True
    return False


#: What a class value says to the figure pass (:func:`_class_kind`): a caption class, a
#: gallery class.
_CAPTION_KIND, _GALLERY_KIND = 1, 2
#: Distinct class values whose kind is remembered.
MAX_CLASS_KINDS = 8192


@lru_cache(maxsize=MAX_CLASS_KINDS)
def _class_kind(cls: str) -> int:
    """The kind bits of a class value: ``_CAPTION_KIND`` when it holds a fragment of
    :data:`CAPTION_CLASS_FRAGMENTS`, ``_GALLERY_KIND`` one of
    :data:`GALLERY_CLASS_FRAGMENTS`; read once per distinct value (pages of a site, and
    the elements of a page, repeat their class values)."""
    return ((_CAPTION_KIND if _has_fragment(cls, CAPTION_CLASS_FRAGMENTS) else 0)
            | (_GALLERY_KIND if _has_fragment(cls, GALLERY_CLASS_FRAGMENTS) else 0))


def _is_loose_caption(element) -> bool:
    """A caption outside any figure / figcaption / form, holding no image, and not inside
    another caption-classed element that holds none (the XPath filter of
    :data:`FIGURES_AND_CAPTIONS`, in Python)."""
    for _image in element.iterdescendants("img"):
        return False
    for ancestor in element.iterancestors():
        if ancestor.tag in ("figure", "figcaption", "form"):
            return False
        cls = ancestor.get("class")
        if cls and _class_kind(cls) & _CAPTION_KIND:
            for _image in ancestor.iterdescendants("img"):
                break
            else:
                return False
    return True


def _in_gallery(element) -> bool:
    for ancestor in element.iterancestors():
        cls = ancestor.get("class")
        if cls and _class_kind(cls) & _GALLERY_KIND:
            return True
    return False


def _under_description_or_caption(element) -> bool:
    """True when an ancestor of ``element`` has a class holding "escription" or a caption
    fragment (:data:`CAPTION_CLASS_FRAGMENTS`)."""
    for ancestor in element.iterancestors():
        cls = ancestor.get("class")
        if cls and ("escription" in cls or _class_kind(cls) & _CAPTION_KIND):
            return True
    return False


def slide_captions(gallery) -> list:
    """What :data:`SLIDE_CAPTIONS` selects in ``gallery``, its ancestor test made in Python:
    the XPath tests every fragment against the class of every ancestor of every slide's
    description, a gallery's slides each asking the same ancestors again; here each class
    value is read once (:func:`_class_kind`)."""
    return [element for element in _SLIDE_DESCRIPTIONS(gallery) if not _under_description_or_caption(element)]


def _under_caption_without_image(element) -> bool:
    """True when ``element`` sits in a ``<figcaption>``, or in a caption-classed element
    (:data:`CAPTION_CLASS_FRAGMENTS`) holding no image."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "figcaption":
            return True
        cls = ancestor.get("class")
        if cls and _class_kind(cls) & _CAPTION_KIND:
            for _image in ancestor.iterdescendants("img"):
                break
            else:
                return True
    return False


def captions(figure) -> list:
    """What :data:`CAPTIONS` selects in ``figure``, the test of the captions' ancestors made
    in Python (each class value read once, :func:`_class_kind`): every ``<figcaption>``, and
    the caption-classed and ``itemprop`` captions holding no image and not inside one."""
    return [element for element in _CAPTION_CANDIDATES(figure)
            if element.tag == "figcaption" or not _under_caption_without_image(element)]


#: Every class fragment the figure pass reads: a page none of whose class values holds
#: one has no caption-classed element and no gallery (:func:`names_figure_classes`).
FIGURE_CLASS_FRAGMENTS = CAPTION_CLASS_FRAGMENTS + GALLERY_CLASS_FRAGMENTS


def names_figure_classes(class_values: list[str]) -> bool:
    """True when a class value of the page (``class_values``: all of them, as
    :meth:`PageContext.attribute_values <newscrawl.extract.context.PageContext.attribute_values>`
    lists them) holds a fragment of :data:`FIGURE_CLASS_FRAGMENTS`: read from the one walk
    listing the page's class values, which the byline and dateline gates read too."""
    return _has_fragment("\n".join(class_values), FIGURE_CLASS_FRAGMENTS)


def figures_captions_and_galleries(scope, microdata: bool = True,
                                   figure_classes: bool = True) -> tuple[list, list]:
    """One pass over the scope: (``<figure>`` elements and loose captions in page order,
    outermost gallery / carousel containers). The same selection as the XPaths
    :data:`FIGURES_AND_CAPTIONS` and :data:`GALLERIES`, faster: those test every class
    attribute of the page twice. ``microdata`` False: the page has no ``itemprop``
    (:func:`~newscrawl.extract.markup.has_microdata`), or none is "caption": no element's
    is read.
    ``figure_classes`` False: no class of the page holds a caption or gallery fragment
    (:func:`names_figure_classes`); with ``microdata`` False too, only the ``<figure>``
    and ``<figcaption>`` elements are visited and no element's class is read."""
    if not figure_classes and not microdata:
        return _figures_and_figcaptions(scope), []
    found, galleries = [], []
    for element in scope.iter():  # the scope's own class counts (as in ``.//@class``)
        tag = element.tag
        if tag.__class__ is not str:
            continue
        cls = element.get("class")
        kind = _class_kind(cls) if cls else 0
        if element is scope:
            tag = None  # but not its tag (``.//figure`` selects descendants only)
        if tag == "figure":
            found.append(element)
        elif (tag == "figcaption" or kind & _CAPTION_KIND
              or (microdata and element.get("itemprop") == "caption")) and _is_loose_caption(element):
            found.append(element)
        if kind & _GALLERY_KIND and not _in_gallery(element):
            galleries.append(element)
    return found, galleries


def _figures_and_figcaptions(scope) -> list:
    """What :func:`figures_captions_and_galleries` finds on a page without caption or
    gallery classes and without microdata: the ``<figure>`` elements below the scope and
    its loose ``<figcaption>`` elements, in page order."""
    return [element for element in scope.iter("figure", "figcaption")
            if element is not scope and (element.tag == "figure" or _is_loose_caption(element))]


#: Form fields: a text in a caption slot holding one is a control box, not a caption
#: (a consent placeholder for an embedded post or video, with its "always load" checkbox,
#: as the Borlabs Cookie plugin for WordPress prints it in a "_brlbs-caption").
_FORM_FIELDS = ("input", "select", "textarea")


def _holds_form_field(element) -> bool:
    for _field in element.iter(*_FORM_FIELDS):
        return True
    return False


#: Where a link around a figure leads when the figure is the story's own picture shown
#: larger (a lightbox), not a teaser of another page: an image file, Plone's full-screen
#: view of an image field (``<field>/image_view_fullscreen``, the link its News Item view
#: puts around the item's image), or this page.
_IMAGE_FILE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|/image_view_fullscreen$|^#",
                              re.IGNORECASE)
#: A link to an image file (the picture shown larger), the same without in-page anchors.
_IMAGE_FILE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|/image_view_fullscreen$",
                              re.IGNORECASE)


def _in_teaser_link(element) -> bool:
    """True when the figure (or loose caption) sits inside a link to another page: a card
    of a related story (image and title in one ``<a>``), not a captioned photo."""
    for link in element.iterancestors("a"):
        href = (link.get("href") or "").strip()
        return bool(href) and _IMAGE_FILE_LINK.search(href) is None
    return False


def _titles_another_page(caption) -> bool:
    """True when a caption's whole text is one link to another page: the title of a
    related story's card ("promo box"), not a caption of the picture above it."""
    if caption is None:
        return False
    for link in caption.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or _IMAGE_FILE_LINK.search(href):
            return False
        text = text_of(link)
        return bool(text) and text == text_of(caption)
    return False


def figure_elements(scope, limit: int = 40, microdata: bool = True,
                    figure_classes: bool = True, related: dict | None = None) -> list[tuple]:
    """Figure-like elements of the scope in page order, as (container, caption element or
    None): ``<figure>`` elements, and for captions outside figures the nearest ancestor
    (within a few levels) that holds an image (``microdata``: as for
    :func:`figures_captions_and_galleries`, as ``figure_classes``; ``related``: the memo
    of :func:`~newscrawl.extract.markup.in_related` for :data:`FIGURE_RELATED_TAGS` the
    caller keeps for the scope's images, when it has one)."""
    found: list[tuple] = []
    candidates, galleries = figures_captions_and_galleries(scope, microdata, figure_classes)
    candidates = candidates[:limit]
    for gallery in galleries[:4]:
        candidates.extend(slide_captions(gallery)[:limit])
    if related is None:
        related = {}  # (the answers of in_related, shared by the candidates)
    for element in candidates:
        if in_related(element, FIGURE_RELATED_TAGS, memo=related) or _in_teaser_link(element):
            continue
        if element.tag != "figure" and _holds_form_field(element):
            continue  # a consent box standing in for an embed (its text asks to load it)
        if _titles_another_page(element.find(".//figcaption") if element.tag == "figure" else element):
            continue
        if element.tag == "figure":
            found.append((element, None))
            continue
        node = element.getparent()
        for _ in range(CAPTION_TO_IMAGE_LEVELS):
            if node is None:
                break
            held = HAS_CAPTIONED_IMAGE(node)
            if held:
                if (all(node is not container for container, _caption in found)
                        and not all(_in_captioned_figure(image, node) for image in held)):
                    found.append((node, element))
                break
            if _holds_captioned_object(node, element):
                break  # (the caption is the table's, the embedded frame's or the form's)
            node = node.getparent()
    return found


#: What a caption-classed text may caption other than a picture: a table (HTML's own
#: ``<caption>`` is a table's), an embedded frame or plug-in (a video player's iframe, whose
#: caption names the clip), and a form's fields (a sign-up box's "call to action" line,
#: Substack's ``cta-caption`` over its subscribe form). A loose caption whose climb to an
#: image meets one of these first stays with it: the image further up is not its picture.
CAPTIONED_OBJECT_TAGS = ("table", "iframe", "embed", "object", *_FORM_FIELDS)


def _holds_captioned_object(node, caption) -> bool:
    """True when ``node`` holds an element of :data:`CAPTIONED_OBJECT_TAGS` that does not
    hold ``caption`` (a caption inside a layout table's cell is not that table's)."""
    for thing in node.iterdescendants(*CAPTIONED_OBJECT_TAGS):
        if not is_within(caption, thing):
            return True
    return False


def _in_captioned_figure(image, container) -> bool:
    """True when ``image`` lies in a ``<figure>`` inside ``container`` that has a caption of
    its own: that caption is the image's, and a loose caption found further up (a video
    player's description beside the figure, its player showing no still) captions
    something else."""
    figure = _figure_of(image)
    if figure is None or figure is container or not is_within(figure, container):
        return False
    for caption in figure.iterdescendants("figcaption"):  # (CAPTIONS selects them all: no need to ask it)
        if text_of(caption):
            return True
    return any(text_of(caption) for caption in captions(figure))


#: Images outside <figure> elements, for captions written without caption markup.
UNFIGURED_IMAGES = XP("descendant::img[not(ancestor::figure)]")
#: Links with text inside an element (an image wrapper holding one is a teaser, not a figure).
_LINKS_WITH_TEXT = XP("descendant::a[normalize-space()]")
#: Class / id words of an element wrapping one image and the text describing it (a whole
#: word of the lower-cased names: "image-widget", "photo_box", not "imagewidget"). "caption":
#: a wrapper named as the caption of the image it holds, its caption an unnamed element
#: after the image: the JCE editor's for Joomla (its caption plugin writes
#: ``<span class="wf_caption"><img ...><span>caption</span></span>``).
IMAGE_WRAPPER_NAME = re.compile(r"(?<![a-z])(?:image|img|photo|picture|pic|media|foto|bild|imagen|"
                                r"immagine|imagem|caption)(?![a-z])")
#: A numbered figure label opening a text: "Fig. 1", "Figure 2a", "Abb. 3", "Abbildung 4",
#: "Afb. 5", "Figura 6". The style guides number a figure's caption so (the IEEE Editorial
#: Style Manual's "Fig. 1.", the Chicago Manual of Style's "Figure 1", DIN's "Abb."), and
#: the text after an image that opens with one is that image's caption, whatever its markup.
FIGURE_LABEL = re.compile(r"(?:fig(?:ure|ura|ur)?\.?|abb(?:ildung)?\.|abbildung|afb\.|afbeelding)"
                          r"\s*\d{1,3}[a-z]?(?![\w,]|\.\d)", re.IGNORECASE)
#: Ancestor levels of an image searched for its unmarked caption, and the longest
#: text taken as one.
UNMARKED_CAPTION_LEVELS = 5
MAX_UNMARKED_CAPTION_CHARS = 400
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup"})
#: An image inside a link is a teaser's, not a captioned photo of the story (the lead
#: image's search; for images outside figures, see :func:`_in_link_to_another_page`).
_UNCAPTIONED_TAGS = FIGURE_RELATED_TAGS | {"a"}


def _in_link_to_another_page(img) -> bool:
    """True when an image sits inside a link that leads anywhere but to the image's own
    file shown larger (:data:`_IMAGE_FILE_HREF`): a teaser's picture, not a captioned photo
    of the story. A photo linked to its full size (a gallery's thumbnail in a lightbox
    link, a blog's picture inserted as a link to the original, as Movable Type and
    WordPress insert them) is the story's and may have a caption; an icon linked to a
    place in the page (a comment's permalink, "#c12") is not."""
    link = next(img.iterancestors("a"), None)
    return link is not None and _IMAGE_FILE_HREF.search((link.get("href") or "").strip()) is None


def _caption_after_picture_link(img) -> tuple[str, str | None] | None:
    """(caption, credit) of a picture set in a link to another page (the story's photo
    gallery, "/foto/<story>"), when the link holds the picture alone and no text, and the
    element right after it is a short caption block without links that closes with a
    credit in an element of its own that says it is one by its label ("Foto: X",
    :data:`_LABELLED_CREDIT`; :func:`_caption_closed_by_credit`). A teaser's picture is
    linked too, but a teaser's text is its headline, which no photographer's credit
    closes; the labelled credit is what says the block describes the picture."""
    link = next(img.iterancestors("a"), None)
    if link is None or (link.tail or "").strip() or holds_text(link):
        return None
    wrapper = link.getparent()
    block = _next_element(link)
    if wrapper is None or block is None or _LINKS_WITH_TEXT(block) or _images_within(link, 1) != 1:
        return None
    closing = _labelled_last_child(block)
    if not closing or not _LABELLED_CREDIT.match(text_of(closing[0])):
        return None
    return _caption_closed_by_credit(block, wrapper)


#: Texts next to an image that are no caption of it: a newsletter or subscription prompt.
UNMARKED_NOT_CAPTION = re.compile(r"\b(?:inbox|newsletter|subscribe|sign up)\b", re.IGNORECASE)


def _images_within(element, at_most: int) -> int:
    """How many image elements (:data:`HAS_IMAGE`'s) lie inside ``element``, counted up to
    ``at_most + 1``: the walk stops there, where the XPath would list every image of a
    wide wrapper (the caption search climbs up to :data:`UNMARKED_CAPTION_LEVELS`
    ancestors, and only asks whether there are one, two or more). An image inside a
    ``<noscript>`` is not counted: it is the fallback copy a lazy-loading script's page
    prints beside the image it fills in ("<noscript><img src=X></noscript><img data-src=X>",
    the markup lazysizes and the WordPress lazy-loading plugins write), the same picture
    shown once."""
    count = 0
    for image in element.iterdescendants(*IMAGE_ELEMENT_TAGS):
        parent = image.getparent()
        if parent is not None and parent.tag == "noscript":
            continue
        count += 1
        if count > at_most:
            break
    return count


def _is_image_wrapper(element) -> bool:
    get = element.get
    names = get("class") or get("id")
    if not names:
        return False
    if get("id") and get("class"):
        names = f"{names} {get('id')}"
    return IMAGE_WRAPPER_NAME.search(names.lower()) is not None


#: Class / id names of a text block describing the image before it, an image word joined
#: to a description word ("pic-desc", a Chinese CMS's; "img_description", "photo-description",
#: "image-text"), or to "caption": Plone's News Item prints its image's caption field
#: in an element of id ``parent-fieldname-imageCaption`` (its Archetypes widgets' id is
#: "parent-fieldname-" and the field's name), inside a ``<p class="discreet">`` after the
#: linked image.
IMAGE_TEXT_NAME = re.compile(r"(?<![a-z])(?:image|img|photo|picture|pic|foto|bild)[-_]?"
                             r"(?:desc|description|text|txt|caption)(?![a-z])")


def _names_image_text(element) -> bool:
    """True when the element, or its only child with no text of its own around it, is
    named as the image's text (:data:`IMAGE_TEXT_NAME`)."""
    names = element.get("class") or element.get("id")
    if names and IMAGE_TEXT_NAME.search(names.lower()) is not None:
        return True
    if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
        return False
    child = element[0]
    if not isinstance(child.tag, str):
        return False
    names = child.get("class") or child.get("id")
    return bool(names) and IMAGE_TEXT_NAME.search(names.lower()) is not None


def _next_element(element):
    node = element.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    return node


def _text_after(wrapper, branch) -> str:
    """Text of the wrapper's children after ``branch`` (and of the tails between them)."""
    pieces = [branch.tail or ""]
    for sibling in branch.itersiblings():
        if isinstance(sibling.tag, str):
            pieces.append(caption_text(sibling))
        pieces.append(sibling.tail or "")
    return collapse(" ".join(pieces))


def _echo(element, key: str):
    """The element (or a descendant) whose text is the image's alt / title text."""
    if element.tag in _HEADINGS:
        return None
    text = element.text_content()
    if len(text) > 2 * MAX_UNMARKED_CAPTION_CHARS or key not in fold(text):
        return None
    for candidate in element.iter():
        if isinstance(candidate.tag, str) and fold(candidate.text_content()) == key:
            return candidate
    return None


def _is_link(element, top) -> bool:
    """True when ``element``, or an ancestor of it up to ``top``, is a link: the text an
    icon's link repeats from its alt text ("<img alt='Print'><a>Print</a>") labels a
    control, it is no caption."""
    node = element
    while node is not None:
        if node.tag == "a":
            return True
        if node is top:
            return False
        node = node.getparent()
    return False


#: A form, whose picture (a captcha) and the line under it are no figure.
_FORM_TAGS = frozenset({"form"})
#: Text nodes of an element not set in italics (no ``<i>`` / ``<em>`` around them).
_UPRIGHT_TEXT = XP("descendant-or-self::text()[normalize-space()]"
                   "[not(ancestor::*[self::i or self::em])]")


def _italic_line_after(branch) -> str:
    """The text after ``branch`` in its parent when all of it is set in italics (line
    breaks aside): the caption a table layout prints under its photo ("<img><br><i>The
    jetty at dawn. (Photo: X)</i>"); '' when any of it is upright or there is none. Its
    upright text may only be a labelled credit closing it, in brackets or not ("<font><i>The
    jetty at dawn.</i> (photo: X)</font>": :func:`_upright_credit_only`)."""
    if (branch.tail or "").strip():
        return ""
    pieces = []
    credited = False
    for sibling in branch.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag != "br":
            text = caption_text(sibling)
            if credited and text:
                return ""  # (the credit closes the caption: no text after it)
            if _UPRIGHT_TEXT(sibling):
                if not _upright_credit_only(sibling):
                    return ""
                credited = True
            pieces.append(text)
        if (sibling.tail or "").strip():
            return ""
    return collapse(" ".join(pieces))


def _is_italic_paragraph_under_image(branch, following) -> bool:
    """True when ``branch`` is a paragraph holding the image and no text, and
    ``following``, the paragraph right after it, is set in italics throughout, short and
    without links: the caption a rich-text editor's author writes under a picture
    ("<p><img></p><p><em>The jetty at dawn.</em></p>"). Its upright text may only be a
    labelled credit closing it ("<em>The jetty at dawn.</em><br><small>Foto: X</small>":
    :func:`_upright_credit_only`)."""
    if branch.tag != "p" or following.tag != "p" or branch.text_content().strip():
        return False
    text = caption_text(following)
    return (0 < len(text) <= MAX_UNMARKED_CAPTION_CHARS and _upright_credit_only(following)
            and not _LINKS_WITH_TEXT(following) and _images_within(following, 1) == 0)


def _upright_credit_only(paragraph) -> bool:
    """True when a paragraph's text not set in italics is none, or is a credit that says it
    is one by its label ("Foto: X", :data:`_LABELLED_CREDIT`; in brackets too, "(photo: X)",
    :data:`_BRACKETED`) and closes the paragraph after italic text."""
    upright = _UPRIGHT_TEXT(paragraph)
    if not upright:
        return True
    credit = collapse(" ".join(upright))
    label = credit[1:-1].strip() if _BRACKETED.fullmatch(credit) else credit
    return (len(credit) <= MAX_CREDIT_ELEMENT_CHARS and _LABELLED_CREDIT.match(label) is not None
            and collapse(caption_text(paragraph)).endswith(credit)
            and len(collapse(caption_text(paragraph))) > len(credit))


#: A text wholly in one pair of round or square brackets ("(Photo: X)", "[Foto: X]").
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


#: The fewest items of a slideshow for its slides to be read as repeated items.
MIN_SLIDES = 2
#: Levels of parents holding only the slide climbed to the repeated item around it.
SLIDE_WRAPPER_LEVELS = 2
#: Elements inside a slide's text that make it no caption: a heading (a teaser's title),
#: a control.
_NOT_IN_SLIDE_CAPTION = ("h1", "h2", "h3", "h4", "h5", "h6", "button", "input", "form")


def _slide_key(element) -> tuple:
    """What repeats from slide to slide: the tag and the first class word (a slider's
    script adds state words after it, "swiper-slide swiper-slide-active")."""
    words = (element.get("class") or "").split()
    return element.tag, words[0] if words else ""


def _count_images(element) -> int:
    """How many ``<img>`` elements lie inside ``element`` (up to two: one or more)."""
    count = 0
    for _image in element.iter("img"):
        count += 1
        if count > 1:
            break
    return count


def _first_child(element):
    """The first child element of ``element`` (comments and processing instructions
    passed), None when it has none."""
    for child in element:
        if isinstance(child.tag, str):
            return child
    return None


def _slide_caption(branch, slide) -> str:
    """The caption of an image that opens one of a slideshow's slides: ``slide`` (or the
    item around it, up to :data:`SLIDE_WRAPPER_LEVELS` levels of parents holding only it)
    is one of at least :data:`MIN_SLIDES` siblings of the same tag and first class word,
    each holding one image, and ``branch`` (the image, or the element holding only it) is
    the slide's first child; the one short link-free text block after it in the slide is
    the caption (a slider's markup, Swiper's ``swiper-slide`` or slick's ``slick-slide``,
    names no caption). '' when the slide is not one of such items or its text is no
    caption's."""
    if _next_element(branch) is None or (slide.text or "").strip() or _first_child(slide) is not branch:
        return ""
    item = slide  # (the repeated item may wrap the slide: slick's <div class="slick-slide"><div>)
    for _ in range(SLIDE_WRAPPER_LEVELS):
        holder = item.getparent()
        if holder is None or len(holder) != 1:
            break
        item = holder
    parent = item.getparent()
    if parent is None or not (item.get("class") or "").strip():
        return ""
    key = _slide_key(item)
    slides = [child for child in parent if isinstance(child.tag, str) and _slide_key(child) == key]
    if len(slides) < MIN_SLIDES or any(_count_images(other) != 1 for other in slides):
        return ""
    if _LINKS_WITH_TEXT(slide):
        return ""
    for _inner in slide.iter(*_NOT_IN_SLIDE_CAPTION):
        return ""
    blocks = [sibling for sibling in branch.itersiblings() if isinstance(sibling.tag, str) and text_of(sibling)]
    if len(blocks) != 1:
        return ""  # (one text block after the image: two are a card's lines)
    text = _text_after(slide, branch)
    return text if 0 < len(text) <= MAX_UNMARKED_CAPTION_CHARS else ""


#: The most elements a text block beside an image may hold to be read as its caption or
#: credit among a wrapper's other blocks (a page builder's text block: a div, a paragraph,
#: a few spans).
MAX_CAPTION_BLOCK_ELEMENTS = 12


def _is_small_block(element) -> bool:
    """True when ``element`` holds at most MAX_CAPTION_BLOCK_ELEMENTS elements, itself
    included (the walk stops past that)."""
    for count, _node in enumerate(element.iter(), start=1):
        if count > MAX_CAPTION_BLOCK_ELEMENTS:
            return False
    return True


def _caption_before_labelled_credit(branch, wrapper) -> tuple[str, str | None] | None:
    """(caption, credit) of a figure written without figure or caption markup as three
    blocks: the image (``branch``, holding no text), a short link-free text, and a credit.
    In a wrapper holding nothing else (a table of three rows, a ``<div>`` of three blocks)
    the credit says it is one by its label ("Foto: X", "Fotoğraf: AA":
    :data:`_LABELLED_CREDIT`) or by its shape (a slash or an agency's name, "Courier photo
    / X": :data:`_CREDIT_LIKE`); where the three blocks are consecutive siblings among
    others (a page builder's column of text blocks), only by its label. None otherwise."""
    if len(wrapper) < 3 or holds_text(branch):
        return None
    children = [child for child in wrapper if isinstance(child.tag, str)]
    alone = len(children) == 3 and not (wrapper.text or "").strip()
    if alone:
        if children[0] is not branch:
            return None
    else:
        children = [branch, *itertools.islice(
            (sibling for sibling in branch.itersiblings() if isinstance(sibling.tag, str)), 2)]
        if len(children) != 3 or not all(_is_small_block(child) for child in children[1:]):
            return None  # (tested before their texts are read: the siblings of a wide wrapper are big)
    _image, middle, last = children
    if any((child.tail or "").strip() for child in children):
        return None
    credit = text_of(last)
    if len(credit) > MAX_CREDIT_ELEMENT_CHARS or not (
            _LABELLED_CREDIT.match(credit)
            or (alone and _CREDIT_LIKE.search(credit) and len(credit.split()) <= MAX_TRAILING_CREDIT_WORDS)):
        return None
    if not alone and (_LINKS_WITH_TEXT(last) or _images_within(last, 0)):
        return None
    if middle.tag in _HEADINGS or _LINKS_WITH_TEXT(middle) or _images_within(middle, 0):
        return None
    text = caption_text(middle)
    if not 0 < len(text) <= MAX_UNMARKED_CAPTION_CHARS:
        return None
    caption, inline_credit = split_credit(text)
    return (caption, clean_credit(credit) or clean_credit(inline_credit)) if caption else None


#: A web address: a page's own address printed beside a logo (a print view's "printed from
#: <address>" line), whose slash is no credit's.
_WEB_ADDRESS = re.compile(r"https?://|\bwww\.|\w\.[a-z]{2,6}/", re.IGNORECASE)


def _closing_credit(block):
    """The last child element of ``block`` when it is a credit closing a caption: a credit
    in an element of its own (:func:`_labelled_last_child`), or a short credit written in
    words ("Courtesy of X": :data:`_WORDED_CREDIT`; "<Name> for <Publication>":
    :data:`_COMMISSIONED_CREDIT`) after text of the block; None otherwise, and for a web
    address."""
    last = _labelled_last_child(block)
    if not last:
        children = [child for child in block if isinstance(child.tag, str)]
        if len(children) < 2 or (children[-1].tail or "").strip():
            return None
        text = text_of(children[-1])
        if len(text.split()) > MAX_TRAILING_CREDIT_WORDS or not (
                _WORDED_CREDIT.search(text) or _COMMISSIONED_CREDIT.match(text)):
            return None
        last = [children[-1]]
    return None if _WEB_ADDRESS.search(text_of(last[0])) else last[0]


def _caption_closed_by_credit(block, wrapper) -> tuple[str, str | None] | None:
    """(caption, credit) of the caption block beside an image
    (:func:`~newscrawl.extract.structure.image_with_caption_block`) when the block ends
    in a credit element of its own (:func:`_closing_credit`) after the caption's words, at
    least :data:`MIN_BLOCK_CAPTION_WORDS` of them once a credit written into them is split
    off, the block is small and no class of it names a credit (:data:`CREDIT_ELEMENTS`: a
    credit block of a photographer's and an agency's names). A bare image beside a text
    block is a teaser card or an author's picture more often than a figure; the credit
    closing the block says that the text describes the picture. None otherwise."""
    if not _is_small_block(block):
        return None
    credit_element = _closing_credit(block)
    if credit_element is None:
        return None
    if block in CREDIT_ELEMENTS(wrapper):
        return None  # (a credit block of two names: the photographer's and the agency's)
    before, inside, after = _texts_around(block, credit_element)
    if after or len(before) > MAX_UNMARKED_CAPTION_CHARS:
        return None
    caption, inline_credit = split_credit(before)
    if caption is None or len(caption.split()) < MIN_BLOCK_CAPTION_WORDS:
        return None  # (a photographer's name before an agency's: a credit, no caption)
    return caption, clean_credit(inside) or clean_credit(inline_credit)


def _opens_with_figure_label(img) -> bool:
    """True when the first text after the image in its parent (its tail, or the own text or
    the tail of a sibling after it: "<img><br>Fig. 1") opens with :data:`FIGURE_LABEL`."""
    text = (img.tail or "").strip()
    node = img
    while not text:
        node = node.getnext()
        if node is None:
            return False
        text = ((node.text or "").strip() if isinstance(node.tag, str) else "") or (node.tail or "").strip()
    return FIGURE_LABEL.match(text) is not None


def _figure_label_after(img, wrapper) -> tuple[str, str | None] | None:
    """(caption, credit) of an image whose parent goes on after it with a text opening with a
    numbered figure label (:data:`FIGURE_LABEL`, "<img><br>Fig. 1 – The box"), the parent
    holding no other image and no link with text; None otherwise."""
    if not _opens_with_figure_label(img):
        return None  # (tested first: the text after an image in a wide parent is long to collect)
    text = _text_after(wrapper, img)
    if not text or FIGURE_LABEL.match(text) is None or len(text) > MAX_UNMARKED_CAPTION_CHARS:
        return None
    if _images_within(wrapper, 1) != 1 or _LINKS_WITH_TEXT(wrapper):
        return None
    caption, credit = split_credit(text)
    return (caption, clean_credit(credit)) if caption else None


def unmarked_caption(img) -> tuple[str, str | None] | None:
    """(caption, credit) of an image captioned without caption markup: the
    element right after the image (or after an ancestor holding it) named as the image's
    text (:data:`IMAGE_TEXT_NAME`, "pic-desc") or that repeats its alt
    / title text, the one short text block grouped with the image in a two-child wrapper
    (:func:`~newscrawl.extract.structure.image_with_caption_block`) when a credit closes
    it (:func:`_caption_closed_by_credit`) or the image is more than a bare ``<img>``, or the short
    link-free text after the image inside a wrapper named like an image holder
    ("image-widget") that holds only this image, or the text set in italics after the
    image in an element holding no other image and no link with text (a table layout's
    cell: :func:`_italic_line_after`), or the paragraph set in italics right after a
    paragraph holding only the image (:func:`_is_italic_paragraph_under_image`), or the
    text after the image in its own parent that opens with a numbered figure label
    (:func:`_figure_label_after`)."""
    key = fold(img.get("alt") or img.get("title"))
    branch = img
    while branch.getparent() is not None and branch.getparent().tag == "source":
        branch = branch.getparent()  # (lxml nests a <picture>'s <source> tags around its <img>)
    for _ in range(UNMARKED_CAPTION_LEVELS):
        wrapper = branch.getparent()
        if wrapper is None or wrapper.tag in ("body", "html"):
            return None
        following = _next_element(branch)
        if following is not None and _names_image_text(following) and not _LINKS_WITH_TEXT(following):
            text = caption_text(following)
            if 0 < len(text) <= MAX_UNMARKED_CAPTION_CHARS:
                caption, credit = split_credit(text)
                return (caption, clean_credit(credit)) if caption else None
        if following is not None and key:
            echoed = _echo(following, key)
            if echoed is not None and not _LINKS_WITH_TEXT(following) and not _is_link(echoed, following):
                rest = collapse(caption_text(following).replace(text_of(echoed), " ", 1))
                caption, inline_credit = split_credit(text_of(echoed))
                if caption:  # (a credit written into the echoed alt text goes too)
                    return caption, (clean_credit(rest) if rest else None) or clean_credit(inline_credit)
        if branch is img:
            labelled = _figure_label_after(img, wrapper)
            if labelled is not None:
                return labelled
        if following is not None and _is_italic_paragraph_under_image(branch, following):
            caption, credit = split_credit(caption_text(following))
            return (caption, clean_credit(credit)) if caption else None
        pair = image_with_caption_block(wrapper)  # a figure written without <figure>
        if pair is not None and pair[0] is branch and reads_as_caption(pair[1]):
            closed = _caption_closed_by_credit(pair[1], wrapper)
            if closed is not None:
                return closed
            if branch.tag not in IMAGE_ELEMENT_TAGS:  # (a bare <img> beside a paragraph is flow)
                caption, credit = split_credit(shown_text(pair[1]))
                return (caption, clean_credit(credit)) if caption else None
        slide_text = _slide_caption(branch, wrapper)
        if slide_text:
            caption, credit = split_credit(slide_text)
            return (caption, clean_credit(credit)) if caption else None
        credited = _caption_before_labelled_credit(branch, wrapper)
        if credited is not None:
            return credited
        images = _images_within(wrapper, 2)  # (at least the one image: the branch's)
        if _is_image_wrapper(wrapper) and images <= 2 and wrapper.tag != "a" \
                and not _LINKS_WITH_TEXT(wrapper):  # (a link's own text is its label: "click to enlarge")
            text = _text_after(wrapper, branch)
            if 0 < len(text) <= MAX_UNMARKED_CAPTION_CHARS:
                caption, credit = split_credit(text)
                return (caption, clean_credit(credit)) if caption else None
        if images == 1 and not _LINKS_WITH_TEXT(wrapper) \
                and not _inside(branch, _FORM_TAGS):  # (a form's picture: a captcha's hint)
            text = _italic_line_after(branch)
            if 0 < len(text) <= MAX_UNMARKED_CAPTION_CHARS:
                caption, credit = split_credit(text)
                return (caption, clean_credit(credit)) if caption else None
        branch = wrapper
    return None


def unmarked_figures(scope, base_url: str, taken, limit: int = 40,
                     related: dict | None = None) -> list[Image]:
    """Images outside ``<figure>`` and outside the ``taken`` containers whose caption is
    written without caption markup (see :func:`unmarked_caption`; ``related``: as for
    :func:`figure_elements`)."""
    found: list[Image] = []
    taken = set(taken)
    if related is None:
        related = {}  # (the answers of in_related, shared by the images)
    for img in UNFIGURED_IMAGES(scope)[:limit]:
        stated = _around_lightbox_link(img)
        if stated and not in_related(img, FIGURE_RELATED_TAGS, memo=related) \
                and not (taken and any(ancestor in taken for ancestor in img.iterancestors())):
            caption, credit = split_credit(stated)
            captioned: tuple[str | None, str | None] | None = (caption, clean_credit(credit))
        elif in_related(img, FIGURE_RELATED_TAGS, memo=related) \
                or (taken and any(ancestor in taken for ancestor in img.iterancestors())):
            continue  # (tested first: they cost far less than looking for the caption)
        elif _in_link_to_another_page(img):
            captioned = _caption_after_picture_link(img)
        else:
            captioned = unmarked_caption(img)
        if captioned is None:
            continue
        caption, credit = captioned
        url = image_url(img)
        alt = collapse(img.get("alt"))
        if url and caption and is_caption_text(caption) and not _looks_like_credit(caption) \
                and not UNMARKED_NOT_CAPTION.search(caption):
            found.append(Image(url=absolute(url, base_url), caption=caption, credit=credit,
                               alt=alt or None))
    return found


def figures(scope, base_url: str, limit: int = 40, microdata: bool = True,
            figure_classes: bool = True) -> list[Image]:
    """Images of the figures inside the article scope, in page order, then images
    captioned without caption markup (``microdata`` False: the page has no ``itemprop``,
    :func:`figures_captions_and_galleries` reads none; ``figure_classes`` False: no class
    of the page names a caption or a gallery, :func:`names_figure_classes`)."""
    found: list[Image] = []
    related: dict = {}  # (the answers of in_related: the figures and the images share ancestors)
    elements = figure_elements(scope, limit, microdata, figure_classes, related)
    for figure, caption_element in elements:
        image = figure_image(figure, base_url, caption_element)
        if image is not None and image.url:
            found.append(image)
    found.extend(unmarked_figures(scope, base_url, [figure for figure, _ in elements], limit, related))
    return found


#: Images looked at page-wide for the lead image's caption when no figure shows it.
LEAD_CAPTION_SEARCH = 12
#: Figures looked at page-wide for the one that shows the lead image.
LEAD_FIGURE_SEARCH = 12


def _inside(element, tags: frozenset) -> bool:
    """True when the element sits in one of ``tags`` (a link, a nav, a footer)."""
    return any(ancestor.tag in tags for ancestor in element.iterancestors())


def _mentions(element, needle: str) -> bool:
    """True when one of the element's attribute values holds ``needle`` (lower-cased)."""
    for value in element.values():  # a plain loop: faster than any() over a generator
        if needle in value.lower():
            return True
    return False


def find_lead_figure(tree, lead_url: str | None, base_url: str, figure_elements: list | None = None,
                     img_elements: list | None = None) -> Image | None:
    """The ``<figure>`` anywhere on the page that shows the lead image (it may sit outside
    the article container, above the headline), else the first LEAD_CAPTION_SEARCH images
    of the page (vector drawings passed: icons, logos) for the lead image captioned without
    caption markup, not in a link to another page (a link to its own file shown larger is
    a lightbox's). ``figure_elements``
    and ``img_elements``: the page's ``<figure>`` and ``<img>`` elements in page order,
    when the caller has them listed (:meth:`PageContext.elements
    <newscrawl.extract.context.PageContext.elements>`); else one walk finds them."""
    key = url_key(absolute(lead_url, base_url))
    if not key:
        return None
    needle = key.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1][:24]  # (a cheap first test)
    if figure_elements is None or img_elements is None:
        figure_elements, img_elements = _first_figures_and_images(tree)
    for element in figure_elements[:LEAD_FIGURE_SEARCH]:
        if in_related(element, FIGURE_RELATED_TAGS):
            continue
        # (its caption is read only when the figure shows the lead image)
        if url_key(absolute(figure_source(element)[0], base_url)) != key:
            continue
        image = figure_image(element, base_url)
        if image is not None and url_key(image.url) == key:
            return image
    for img in _pictures(img_elements, LEAD_CAPTION_SEARCH):
        if not _mentions(img, needle):
            continue
        url = absolute(image_url(img), base_url)
        if url_key(url) != key or _inside(img, FIGURE_RELATED_TAGS) or _in_link_to_another_page(img):
            continue
        captioned = unmarked_caption(img)  # (shown without <figure>, above the story)
        if not captioned or not captioned[0] or not is_caption_text(captioned[0]):
            continue
        alt = collapse(img.get("alt"))
        if fold(captioned[0]) == fold(alt) or not _looks_like_credit(captioned[0]):
            # a name alone is the caption when it repeats the alt text (a portrait)
            return Image(url=url, caption=captioned[0], credit=captioned[1], alt=alt or None)
    return None


#: The source of a vector drawing (an ``.svg`` file, an inline ``image/svg+xml`` data URL):
#: a logo's or an icon's. The lead image is a photo: Open Graph's consumers take JPEG, PNG,
#: GIF or WebP for ``og:image`` (Facebook's sharing documentation), not SVG.
_VECTOR_SOURCE = re.compile(r"\.svg(?:[?#]|$)|^data:image/svg", re.IGNORECASE)


def _is_vector_drawing(img) -> bool:
    return _VECTOR_SOURCE.search((img.get("src") or "").strip()) is not None


def _pictures(img_elements: list, limit: int) -> list:
    """The first ``limit`` of ``img_elements`` that are not vector drawings (a header's row of
    icons would otherwise fill the lead image's search)."""
    found = []
    for img in img_elements:
        if not _is_vector_drawing(img):
            found.append(img)
            if len(found) >= limit:
                break
    return found


def _first_figures_and_images(tree) -> tuple[list, list]:
    """The page's first LEAD_FIGURE_SEARCH ``<figure>`` and first LEAD_CAPTION_SEARCH
    ``<img>`` elements that are no vector drawings, in page order, from one walk (C
    ``iter(tags)``, faster than XPath) that stops once it has both."""
    figure_elements: list = []
    img_elements: list = []
    for element in tree.iter("figure", "img"):
        if element.tag == "img" and _is_vector_drawing(element):
            continue
        found = img_elements if element.tag == "img" else figure_elements
        if len(found) < (LEAD_CAPTION_SEARCH if found is img_elements else LEAD_FIGURE_SEARCH):
            found.append(element)
        elif len(figure_elements) >= LEAD_FIGURE_SEARCH and len(img_elements) >= LEAD_CAPTION_SEARCH:
            break
    return figure_elements, img_elements


#: A processing tail a CMS appends to a picture's file name for each rendition, dropped
#: before two file names are compared: TYPO3's processed files ("csm_<file>_<hash>", the
#: first ten hex digits of a checksum; the "csm_" prefix too), Pangea CMS's width and ratio
#: ("<id>_w250_r1_s"). The same picture's renditions then have one name.
_RENDITION_TAIL = re.compile(r"_(?=[0-9a-f]*[a-f])[0-9a-f]{10}$|_w\d{2,4}(?:_[a-z]{1,2}\d*)*$")
_RENDITION_PREFIX = "csm_"
#: The fewest words of a caption that two pictures may share as two images: a one- or
#: two-word text repeated under pictures ("Image", "Foto") is a placeholder, not the
#: description of a scene photographed twice.
MIN_SHARED_CAPTION_WORDS = 3


def _picture_file(url: str | None, key: str) -> tuple[str, str] | None:
    """The folder and the file name (stem, less a rendition's tail) that name a picture
    (``key``: its :func:`url_key`), or None when its URL names it by no file (a resizer's
    query)."""
    if not key or "?" in key:
        return None
    path = urlsplit(url or "").path.rstrip("/")
    folder = path.rsplit("/", 1)[0].lower()
    if "/" not in key:  # a file name's stem
        key = _RENDITION_TAIL.sub("", key.removeprefix(_RENDITION_PREFIX))
    return folder, key


def _another_picture(url: str | None, key: str, caption: str, kept: set[tuple[str, str]] | None) -> bool:
    """True when an image whose caption repeats one already kept shows another picture:
    the pictures kept under that caption and this one are each named by a file in one
    folder (a series uploaded together), and its file is none of theirs (two photos of
    one scene given one caption). A repeated caption on a picture named by no file, in
    another folder (a theme's zoom icon), or under the lead, is the same picture shown
    twice; so is a caption too short to describe a scene."""
    if not kept or len(caption.split()) < MIN_SHARED_CAPTION_WORDS:
        return False
    picture = _picture_file(url, key)
    return (picture is not None and picture not in kept
            and all(folder == picture[0] for folder, _ in kept))


def merge_lead(lead_url: str | None, lead_caption: str | None, lead_credit: str | None,
               found: list[Image], base_url: str) -> list[Image]:
    """The image list with the lead image first: the figure showing it if there is one
    (its caption kept), else a new entry from the lead URL."""
    images: list[Image] = []
    seen: set[str] = set()
    lead_url = absolute(lead_url, base_url)
    if lead_url:
        key = url_key(lead_url)
        match = next((img for img in found if url_key(img.url) == key), None)
        if match is not None:
            if not match.caption and lead_caption:
                caption, credit = split_credit(lead_caption)
                match.caption, match.credit = caption, match.credit or lead_credit or credit
            images.append(match)
        else:
            caption, credit = split_credit(lead_caption) if lead_caption else (None, None)
            images.append(Image(url=lead_url, caption=caption, credit=lead_credit or credit))
        seen.update({key, f"{key}\n{images[0].caption}"})
    captions = {images[0].caption} if images and images[0].caption else set()
    #: caption -> the (folder, file) of the page's pictures already kept under it (None
    #: when one of them is named by no file)
    named: dict[str, set[tuple[str, str]] | None] = {}
    for img in found:
        key = url_key(img.url)
        if img.caption:
            if img.caption in captions and not _another_picture(img.url, key, img.caption, named.get(img.caption)):
                continue  # the same picture shown twice (lead and gallery...)
            captions.add(img.caption)
            kept = named.setdefault(img.caption, set())
            if kept is not None:
                picture = _picture_file(img.url, key)
                if picture is None:
                    named[img.caption] = None
                else:
                    kept.add(picture)
            key = f"{key}\n{img.caption}"
        if key not in seen:
            seen.add(key)
            images.append(img)
    return images


def add_captioned(images: list[Image], captioned, base_url: str) -> list[Image]:
    """Images with captions stated elsewhere (JSON-LD ImageObjects): they caption the
    matching image that has none, or are added after the others."""
    for url, text, stated_credit in captioned:
        url = absolute(url, base_url)
        key = url_key(url)
        caption, credit = split_credit(text)
        if not caption or not is_caption_text(caption):
            continue
        match = next((image for image in images if url_key(image.url) == key), None)
        if match is None and any(image.caption == caption for image in images):
            continue
        if match is None:
            images.append(Image(url=url, caption=caption, credit=stated_credit or credit))
        elif not match.caption:
            match.caption, match.credit = caption, match.credit or stated_credit or credit
    return images
