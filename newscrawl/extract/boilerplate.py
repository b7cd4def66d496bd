"""Heuristics of the body extractor, kept as data.

Everything the body extractor "knows" about news markup lives here as named,
precompiled lists: which tags never hold article text, which tags are blocks,
which class / id words mark boilerplate (share bars, related lists, newsletter
boxes, author cards, captions ...) or main content, and which short texts are
page furniture ("Read more", "2 min read", "Advertisement"). Nothing here is
specific to a site: the words are the ones publishers and CMSs use generically.
"""

from __future__ import annotations

import re

#: Elements whose whole subtree never holds article text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "video", "audio", "picture", "img", "source", "map", "math",
    "form", "button", "input", "select", "textarea", "label", "option",
    "nav", "aside", "footer", "figure", "figcaption", "head", "title", "meta",
    "link", "dialog", "menu",
})

#: Elements that start a new paragraph (text on either side belongs to other blocks).
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "address", "hr", "br", "center",
    "details", "summary", "hgroup", "body", "html",
})

#: Block elements that hold one paragraph of text each (scored as content).
TEXT_BLOCK_TAGS = frozenset({"p", "pre", "blockquote", "li", "dd", "td"})

#: Heading tags kept as their own paragraphs inside the body (h1 is the headline).
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})

#: XPath of the elements whose text seeds the container scores.
TEXT_BLOCK_XPATH = "//p | //pre | //div[not(*)] | //td[not(*)] | //li | //blockquote"

#: Class / id words marking boilerplate subtrees. Matched against the words of
#: ``class`` and ``id`` split at spaces, hyphens, underscores and camelCase.
BOILERPLATE_WORDS = frozenset({
    "share", "sharing", "social", "sociallinks", "related", "newsletter", "promo",
    "promotion", "ad", "ads", "advert", "advertisement", "adslot", "adunit",
    "comment", "comments", "disqus", "caption", "credit", "credits", "breadcrumb",
    "breadcrumbs", "tags", "tag", "tagged", "sidebar", "nav", "navigation", "menu",
    "subscribe", "subscription", "signup", "recommended", "recommendation",
    "recommendations", "popular", "trending", "outbrain", "taboola", "widget",
    "sponsor", "sponsored", "byline", "bio", "author", "authors", "dateline",
    "timestamp", "toolbar", "print", "rating", "rss", "cookie", "consent", "paywall",
    "banner", "teaser", "teasers", "more", "readmore", "mostread", "next", "prev",
    "pagination", "pager", "footer", "masthead", "login", "modal", "popup",
    "overlay", "hidden", "sr", "visually", "offscreen", "screenreader", "donate",
    "donation", "feed", "card", "cta", "meta", "metadata", "info", "embed", "video",
    "gallery", "slideshow", "thumbnail", "thumb", "photo", "image", "img", "figure",
    "media", "playlist", "player", "podcast", "follow", "facebook", "twitter",
    "whatsapp", "email", "copyright", "disclaimer", "correction", "corrections",
})

#: Class / id words that mark the main text container (a bonus when scoring).
CONTENT_WORDS = frozenset({
    "article", "articlebody", "body", "content", "entry", "post", "story",
    "storybody", "text", "main", "richtext", "prose", "blog", "news", "single",
})

#: Splits class / id values into lower-case words.
NAME_WORD_SPLIT = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")

#: Attribute values that mark the main text (schema.org microdata and friends).
CONTENT_ITEMPROPS = frozenset({"articlebody", "text", "reviewbody", "description"})

#: Short paragraphs that are page furniture, not article text (whole-text match).
FURNITURE_TEXT = re.compile(
    r"""^\W*(?:
        read\ more|show\ more|load\ more|see\ more|more\ stories|related(?:\ (?:stories|articles|news))?
      | advertisement|sponsored(?:\ content)?|ad
      | share(?:\ this)?(?:\ (?:article|story|page))?|share\ on\ \w+|tweet|email|print
      | \d+\ min(?:ute)?s?\ read|reading\ time.*
      | \(?updated:?\s*\)?
      | subscribe(?:\ now)?|sign\ up.*newsletter.*|follow\ us.*
      | skip\ (?:to\ )?(?:main\ )?content|back\ to\ top
      | news\ feed|most\ (?:read|popular)|trending(?:\ now)?
    )\W*$""",
    re.I | re.X,
)

#: Share of a block's text inside links above which the block counts as navigation.
MAX_LINK_DENSITY = 0.5

#: Minimum characters for a text block to seed container scores.
MIN_SEED_CHARS = 25
