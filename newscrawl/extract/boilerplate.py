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

from newscrawl.extract.credit_labels import SOURCE_WORDS

#: Elements whose subtree is never even scanned (no readable text inside).
UNREADABLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "video", "audio", "picture", "map", "math", "select", "textarea",
    "button", "option", "head", "title", "meta", "link", "dialog",
})

#: Elements whose subtree is left out of the body (and of container scores).
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "video", "audio", "picture", "img", "source", "map", "math",
    "button", "input", "select", "textarea", "label", "option",
    "nav", "aside", "footer", "figure", "figcaption", "head", "title", "meta",
    "link", "dialog", "menu",
})

#: Skipped elements that sit inside a line of text (an icon in a link, a button):
#: leaving them out does not end the paragraph around them.
INLINE_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "img", "picture", "source", "map",
    "math", "canvas", "object", "embed", "button", "input", "select", "textarea", "label",
    "option",
})

#: Elements that start a new paragraph (text on either side belongs to other blocks).
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "address", "hr", "br", "center",
    "details", "summary", "hgroup", "body", "html",
})

#: Block elements that hold one paragraph each: their text scores their ancestors,
#: not themselves. (Other blocks holding text directly, e.g. a ``<div>`` of
#: ``<br>``-separated lines, are candidates themselves.)
PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "dd", "dt", "h2", "h3", "h4",
                            "h5", "h6", "address", "caption"})

#: Class / id words marking boilerplate subtrees. Matched against the words of
#: ``class`` and ``id`` split at spaces, hyphens, underscores and camelCase.
BOILERPLATE_WORDS = frozenset({
    # sharing and social
    "share", "sharing", "shares", "social", "sociallinks", "follow", "facebook",
    "whatsapp", "email",
    # related / recommended / feeds
    "related", "recommended", "recommendation", "recommendations", "popular",
    "trending", "mostread", "readmore", "feed", "teaser", "teasers", "outbrain",
    "taboola", "playlist",
    # ads and promotions
    "ad", "ads", "advert", "advertisement", "adslot", "adunit", "sponsor", "sponsored",
    "promo", "promotion", "banner", "cta", "donate", "donation",
    # ... and the affiliate box or note, a shop's prices or the commission notice the
    # site sets in or under a story (the FTC Endorsement Guides, 16 CFR 255, ask for the
    # notice beside the shop links): the dev labels leave out every element so named
    # (zyte: livescience's aside and vg247's note; trafilatura-dev: chip.de's section,
    # an unwanted snippet), the one kept line (9to5mac's) being named a disclaimer too
    "affiliate",
    # the call to action spelled out ("call-to-action", "call_to_action": the words of "cta"),
    # and WP Recipe Maker's call-to-action block that closes a recipe card (the plugin's
    # documented template block, ``wprm-call-to-action``: "Tried this recipe? Tag @...")
    "calltoaction", "wprmcalltoaction",
    # ... and Elementor Pro's Call to Action widget (its documented widget class,
    # ``elementor-widget-call-to-action``, around ``elementor-cta``: a title, a line and a
    # button set inside a post)
    "elementorcalltoaction",
    # a table of contents set inside the story, by the boxes of the WordPress plugins
    # that make one (their documented classes: Easy Table of Contents
    # ``ez-toc-container``, Table of Contents Plus ``toc_container``, Rank Math
    # ``rank-math-toc``, LuckyWP ``lwptoc``) and the spelled-out ``table-of-contents``:
    # its title and links, not the text (not "toc" alone: a heading's anchor is named
    # "toc-1" by the same plugins)
    "eztoccontainer", "toccontainer", "rankmathtoc", "lwptoc", "tableofcontents",
    # Bootstrap's alert component, a contextual feedback message (its documented markup:
    # ``.alert`` with a variant, ``alert-info``, ``alert-warning`` ...): the joined words
    # of the variant, so a "news-alert" or an "alert" of other meaning is not read so
    "alertprimary", "alertsecondary", "alertsuccess", "alertinfo", "alertwarning",
    "alertdanger", "alertlight", "alertdark",
    # newsletters, subscriptions, paywalls, dialogs
    "newsletter", "subscribe", "subscription", "signup", "login", "offer",
    "cookie", "consent", "modal", "popup", "overlay",
    # consent dialogs of IAB TCF consent-management platforms, named by their vendors'
    # documented markup: Didomi (``#didomi-host``, ``.didomi-notice``), OneTrust
    # (``#onetrust-banner-sdk``, its older ``optanon-*``), Usercentrics
    # (``#usercentrics-root``), Cookiebot (``#CybotCookiebotDialog``), Quantcast Choice
    # (``.qc-cmp2-container``); not "cmp" alone (Adobe Experience Manager's core components
    # are ``cmp-text``, ``cmp-image``)
    "didomi", "onetrust", "optanon", "usercentrics", "cookiebot", "cmp2",
    # people, dates, metadata
    "byline", "bio", "author", "authors", "contributor", "contributors", "dateline",
    "timestamp", "meta", "metadata", "taglist", "topics",
    # ... and the post's metadata line under a WordPress post, as the classic themes print
    # it in one word: the default theme of WordPress 1.5-2.9 (Kubrick, single.php's
    # ``<p class="postmetadata alt">``: "This entry was posted on <day> and is filed under
    # <categories> ...") and the Codex's The Loop example (``<p class="postmetadata">``
    # "Posted in <categories>"); the themes made from it keep the class (two dev sites)
    "postmetadata",
    # comments, and the replies and links other sites send a post (IndieWeb Webmention:
    # the "webmentions" block of static-blog themes)
    "comment", "comments", "disqus", "webmention", "webmentions",
    # media furniture
    "caption", "credit", "credits", "gallery", "slideshow", "thumbnail", "thumb",
    "photo", "image", "img", "figure", "video", "player", "podcast",
    # navigation and chrome
    "breadcrumb", "breadcrumbs", "tags", "sidebar", "nav", "navigation", "menu",
    "pagination", "pager", "next", "prev", "toolbar", "rating", "rss", "footer",
    "masthead", "widget", "sr", "vh", "visually", "visuallyhidden", "offscreen",
    "screenreader", "tooltip",
    "popover", "hovercard", "rollover",
    "copyright", "disclaimer", "bottomofarticle", "endofarticle", "articleend",
    # boxes beside the story: fact boxes, info boxes
    "factbox", "infobox", "faktaboks", "faktabox", "faktenbox", "infokasten", "expandablebox",
    # ... and the fact box named by its title, "key facts" / "fast facts" (the class
    # ``key-facts``, ``fast-facts``, ``keyfacts``: LocalGov Drupal's key-facts paragraph
    # template prints ``<div class='key-facts'>``; a dev page of l3s-gn1 sets a
    # ``fast-facts`` box into its story, outside the label, and the fundus-dev labels leave
    # out every named fact box of their dev sites). Only the compound: "facts" alone is
    # no box's name, and "fact" names fact-check blocks too
    "keyfacts", "fastfacts",
    # ... and Ghost's callout card, a box the editor sets apart from the text (a series
    # note, a disclosure, a tip: Ghost's documented Koenig card markup, ``kg-card
    # kg-callout-card``, its emoji and text in ``kg-callout-emoji`` / ``kg-callout-text``)
    "kgcalloutcard",
    # the notes after the text, as the renderers that number them print them: a
    # ``footnotes`` block (the Markdown renderers Goldmark (Hugo), kramdown (Jekyll),
    # Pandoc and markdown-it-footnote; the WP-Footnotes plugin's ``ol.footnotes``;
    # WordPress's own footnotes block, ``wp-block-footnotes``); DPUB-ARIA's
    # ``role="doc-endnotes"`` gives the same word (``FURNITURE_ROLE_WORDS``). Not the
    # singular "footnote": the reference in the text is a ``footnote-ref``
    "footnotes",
    # the same roles in other languages' class names (es, pt, it, fr, de, nl, pl, nordic)
    "boletin", "boletines", "suscripcion", "relacionadas", "relacionados", "relacionada",
    "compartir", "publicidad", "anuncio", "correlati", "correlate", "condividi",
    "pubblicita", "partager", "partage", "teilen", "werbung", "anzeige", "gerelateerd",
    "delen", "reklama", "reklame", "powiazane", "udostepnij",
    # the byline and the date in Spanish and Italian class names ("firma", "fecha-pub"),
    # and the author's block in Italian ones ("box-autore"; not the Spanish, German and
    # Polish "autor": "autor-foto" names a photo credit inside a caption)
    "firma", "fecha", "autore", "autori",
    # a comment thread in German, Spanish / Portuguese, French, Italian and Polish class names: the
    # plural only, which names the thread ("kommentare", "comentarios"); the German and
    # French singular also names an opinion column ("Kommentar", "commentaire"); the
    # Polish plural too (the singular "komentarz" is the opinion column again)
    "kommentare", "comentarios", "commentaires", "commenti", "komentarze",
    # SPIP's thread, as its distributed templates print it: a ``<ul class="forum">`` of
    # ``<li class="forum-fil">`` holding ``<div class="forum-message">`` (the words joined,
    # as :func:`newscrawl.extract.body.names.words_of` joins a multi-word name); "forum"
    # alone names forum software's posts and a site's forum links
    "forumfil", "forummessage",
    # the caption in Italian, Spanish, Portuguese, French / German and German class names,
    # words the caption reader takes as captions (``images.CAPTION_CLASS_FRAGMENTS``)
    "didascalia", "leyenda", "legenda", "legende", "bildunterschrift",
})

#: ARIA roles that say an element is what a skipped tag is (WAI-ARIA 1.2; the "ARIA in
#: HTML" mapping: ``<dialog>`` is role ``dialog``, ``<aside>`` ``complementary``, a page's
#: ``<footer>`` ``contentinfo``), read as the furniture word of that role: a consent or
#: privacy dialog, a sidebar, a site footer marked up in ``<div>`` elements with hashed
#: classes is furniture all the same. Not ``navigation`` or ``banner``: a menu ``<div>``
#: left open swallows the page, and the banner holds the headline. DPUB-ARIA 1.0's
#: ``doc-endnotes`` (the notes of a work, after it) reads as its notes' word.
FURNITURE_ROLE_WORDS = {"dialog": "modal", "alertdialog": "modal",
                        "complementary": "sidebar", "contentinfo": "footer",
                        "doc-endnotes": "footnotes"}
#: ``aria-modal="true"``: a modal dialog whatever its role (WAI-ARIA 1.2).
MODAL_WORD = "modal"

#: Words that name an ad slot as a BEM block (``ad__container``, ``ad-slot__label``): the
#: elements of such a block are parts of the ad, so these words count for them too (other
#: blocks' words do not: :func:`newscrawl.extract.body.names.words_of`). Seen as BEM blocks
#: on Postmedia's (National Post), Reuters', Condé Nast's (New Yorker) and Politico's pages.
AD_BLOCK_WORDS = frozenset({"ad", "ads", "advert", "advertisement", "adslot", "adunit"})

#: Boilerplate words that also count at the start of a compound class word
#: ("relatedposts", "sharebar", "newslettersignup"). Only words no content class starts
#: with but the exceptions below: not "subscribe" (subscriber-only), "ad" (address).
#: "comment": WordPress's own comment markup writes compounds (the comment form's
#: ``id="commentform"``, the classic themes' ``commentlist`` and ``commentmetadata``), and
#: other thread markup does the same ("commentshead", "commentcount"); "commentary" (an
#: opinion column) is content.
COMPOUND_PREFIXES = ("related", "share", "newsletter", "recommend", "outbrain", "taboola",
                     "comment")
#: Compound words that start with one of those prefixes and are not boilerplate.
COMPOUND_EXCEPTIONS = frozenset({"shared", "commentary", "commentaries", "commentator",
                                 "commentators"})

#: Media words of furniture names; beside "text" in one name ("TextAndImage") they name
#: a block of text with an image, not the image.
MEDIA_WORDS = frozenset({"image", "img", "photo", "picture", "video", "media", "figure",
                         "thumbnail", "thumb"})

#: A candidate within the highest of the headline heading's first NEAR_HEADLINE_LEVELS
#: ancestors that does not hold the best candidate (the heading's own block, when the best
#: is a sibling branch of it) wins over that best candidate when it ranks at least
#: NEAR_HEADLINE_MIN_SHARE of it.
NEAR_HEADLINE_LEVELS = 2
NEAR_HEADLINE_MIN_SHARE = 0.5
#: The finalist that starts after the headline with at most this much text between them (a
#: byline, a date, a share bar) is the block that follows the headline: its own furniture
#: words (a layout class naming the sidebar beside it) do not count in the near-headline
#: choice.
MAX_HEADLINE_GAP_CHARS = 300
#: Heading tags of a headline set below ``<h1>`` (a blog template's post title), read
#: when no ``<h1>`` reads as the title.
LESSER_HEADLINE_TAGS = ("h2", "h3")

#: schema.org types of the posts of a thread (a question and its answers, a forum topic),
#: whose text blocks (``itemprop`` text / articleBody) are read together; replies typed
#: Comment count only under the FORUM_ITEM_TYPES.
THREAD_ITEM_TYPES = frozenset({"question", "answer", "discussionforumposting"})
FORUM_ITEM_TYPES = frozenset({"discussionforumposting"})
THREAD_TEXT_ITEMPROPS = frozenset({"text", "articlebody"})
#: Classes (whole, lower-cased) of a post's text block in forum software's own markup
#: (XenForo 2 / 1, vBulletin, phpBB, Discourse): every post of the thread is read. Whole
#: classes only: a blog theme's ``post-body`` or ``post-content`` is no forum post.
FORUM_POST_CLASSES = frozenset({"bbwrapper", "messagetext", "postcontent", "postbody", "cooked"})

#: Mailchimp's e-mail templates (the classic drag-and-drop ones, whose campaign archive
#: page serves the e-mail as sent): each content block is a ``<table class="mcnTextBlock">``
#: (Text), ``mcnBoxedTextBlock`` (Boxed Text), ``mcnImageBlock``, ``mcnCaptionBlock``,
#: ``mcnButtonBlock`` ... set one after another in a section cell of the template
#: (``#templatePreheader``, ``#templateHeader``, ``#templateBody``, ``#templateFooter``),
#: and a Text block's words sit in its ``<td class="mcnTextContent">``. A letter written
#: as several Text blocks (around an image, a sponsor's boxed text) is one text: the Text
#: blocks of the container's section are read together; the other kinds of block are not
#: text blocks.
EMAIL_TEXT_BLOCK_CLASS = "mcnTextBlock"
EMAIL_TEXT_CONTENT_CLASS = "mcnTextContent"

#: Class / id words that mark the main text container (a bonus when scoring).
CONTENT_WORDS = frozenset({
    "article", "articlebody", "body", "content", "entry", "post", "story",
    "storybody", "text", "main", "richtext", "prose", "blog", "news", "single",
})

_NAME_SEPARATOR = r"[\s_\-:.]+"
#: Splits class / id values into lower-case words: at separators and at camelCase.
NAME_WORD_SPLIT = re.compile(_NAME_SEPARATOR + r"|(?<=[a-z])(?=[A-Z])")
#: The separators alone (a class / id value's segments, before camelCase is split).
NAME_SEPARATORS = re.compile(_NAME_SEPARATOR)
#: A name segment this long or longer can be a generated token (a random block id).
MIN_GENERATED_TOKEN_CHARS = 6
#: A class name shaped like a CSS-in-JS or atomic-CSS hash: 3-6 letters and digits, no
#: separator, with a small letter and a capital after the first character (``ebVH``,
#: ``cIKpxU``, ``liTBVH``). Alone such a name cannot be told from a person's short
#: camelCase name (``navUS``, ``adL``, ``imgL``, ``topAd`` are names of dev pages), so it
#: is read as a hash only in a class value that shows a generator (:data:`STYLED_ID_NAME`
#: or :data:`MIN_HASH_NAMES` of them). styled-components names its generated classes
#: with 1-6 letters of either case (its ``generateAlphabeticName``: a 32-bit hash in base
#: 52), and atomic-CSS builds name each declaration by a few random letters (a dev page
#: sets seven four-letter ones on one paragraph).
HASH_NAME = re.compile(r"^(?=[A-Za-z0-9]{3,6}$)(?=.*[a-z]).[^A-Z]*[A-Z]")
#: The component-id class styled-components sets beside the generated one: ``sc-`` and
#: the component's hash (``sc-bdfBwQ``), or, with its Babel plugin, the component's
#: display name, ``-sc-``, the hash and a counter (``Footer__Link-sc-h30m1t-12``).
STYLED_ID_NAME = re.compile(r"^sc-[A-Za-z0-9]{3,8}$|-sc-[A-Za-z0-9]{3,8}(?:-\d+)?$")
#: This many hash-shaped names (:data:`HASH_NAME`) in one class value: an atomic-CSS or
#: CSS-in-JS build, whose hash-shaped names are all generated. Four: on the dev pages
#: every value with four or more is a build's (three sites), while a person's utility
#: classes reach three (``txtC ruledT ruledB``).
MIN_HASH_NAMES = 4

#: Attribute values that mark the main text (schema.org microdata and friends).
CONTENT_ITEMPROPS = frozenset({"articlebody", "text", "reviewbody", "description"})

#: The label an advertisement carries, in the languages the press prints one in (press
#: codes and ad networks' policies ask for a label, in the page's language; in the
#: scripts of Asia and the Middle East too: th, ja, zh, ko, vi, tr, ar, fa, hi). Alone, it
#: is furniture in a story (:data:`FURNITURE_TEXT`) and no caption under a picture.
AD_LABEL_WORDS: tuple[str, ...] = (
    "advertisement", "advertising", "advert", "ad", "sponsored content", "sponsored",
    "anzeige", "werbung", "publicidad", "publicidade", "publicité", "pubblicità",
    "reklama", "reklame", "reklam", "reklamă", "publicitate", "annons", "annonse", "annonce",
    "advertentie", "iklan", "mainos", "hirdetés", "διαφήμιση", "διαφημιση", "реклама",
    "โฆษณา", "広告", "广告", "廣告", "광고", "quảng cáo", "إعلان", "تبلیغات", "آگهی", "विज्ञापन",
)
#: The words as one alternation, longest first (escaped: it also serves the verbose
#: :data:`FURNITURE_TEXT`).
_AD_LABELS = "|".join(re.escape(word) for word in sorted(AD_LABEL_WORDS, key=len, reverse=True))
#: A text that is an ad label alone, whatever marks surround it.
AD_LABEL = re.compile(r"^\W*(?:" + _AD_LABELS + r")\W*$", re.IGNORECASE)

#: The language's ordinary word for "source" (and its plural), before a colon naming where
#: a story, a chart or an embed came from: :data:`credit_labels.SOURCE_WORDS`, the list the
#: picture credits' labels take their source words from (a credit under a picture and a
#: source line under a chart are one convention). One list for the furniture line under an
#: embedded chart (:data:`FURNITURE_TEXT`) and the source line closing a story
#: (:data:`CLOSING_SOURCE_LINE`).
SOURCE_LINE_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    word for words in SOURCE_WORDS.values() for word in words))
_SOURCE_WORDS = "|".join(re.escape(word) for word in sorted(SOURCE_LINE_WORDS, key=len, reverse=True))

#: Short paragraphs that are page furniture, not article text (whole-text match).
#: Possessive ``*+`` where a run could be split many ways keeps the match linear: with
#: plain ``*`` a hostile paragraph of dots or digits backtracks quadratically.
FURNITURE_TEXT = re.compile(
    r"""^\W*+(?:
        # "read more" and friends, several languages
        (?:read|show|load|see|view)\ (?:more|also|next)\b.{0,40}|more\ (?:stories|news|on\ this).{0,40}
      | more(?:\ great)?\ \w+\ stories|related(?:\ (?:stories|articles|news|content))?|more:?
      | don'?t\ miss|also\ read|recommended(?:\ for\ you)?|you\ may\ also\ like.*
      | lesen\ sie\ (?:auch|mehr).*|mehr\ zum\ thema.*|auch\ interessant|weitere\ informationen
      | lire\ aussi.*|à\ lire\ aussi.*|lee\ también.*
      | leggi\ anche.*|leia\ (?:mais|também).*|czytaj\ (?:więcej|też|także).*|les\ også.*
      | läs\ (?:mer|också).*
        # ... and the Hindi press's "read this too" ("ये भी पढ़ें", "यह भी पढ़ें", "मौसम से जुड़ी
        # ये खबर भी पढ़ें...": this (news) too, read), पढ़ें with the nukta's sign or precomposed
      | (?:[^.!?।]{0,40}\ )?(?:ये|यह)\ (?:\S+\ )?भी\ प(?:ढ\u093c|\u095d)ें.*
        # advertising (AD_LABEL_WORDS)
      | """ + _AD_LABELS + r"""
        # sharing, subscribing, comments
      | share(?:\ this)?(?:\ (?:article|story|page|post))?|share\ on\ \w+|tweet|email|print
      | subscribe(?:\ now)?|sign\ up.*newsletter.*|follow\ us.*
      | \d*\ ?comments?|kommentare?|commentaires?|comentarios?
        # reading time, updates, navigation
      | \d+\ min(?:ute)?s?\ read|reading\ time.*|lesezeit.*|tempo\ de\ leitura.*
      | temps\ de\ lecture.*|tiempo\ de\ lectura.*
      | \(?updated:?\s*\)?
      | skip\ (?:to\ )?(?:main\ )?content|back\ to\ top
        # paywall prompts
      | (?:jetzt\ )?weiterlesen(?:\ mit\b.*)?|sie\ sind\ bereits\ (?:kunde|abonnent).*
      | already\ a\ (?:subscriber|member).*|(?:subscribe|log\ ?in|sign\ in)\ to\ (?:continue|read).*
      | この記事は(?:会員|有料会員)限定です.*
        # a metered paywall's count ("You have read 2 of 3 free articles this month")
      | you\ have\ (?:read|viewed|used)\ \d*\ ?(?:of|out\ of)\ (?:your\ )?\d+\ .{0,40}
        \b(?:articles?|stories|story)\b.*
        # gallery counters ("3 of 12")
      | \d+\ ?(?:of|von|de|di|av|sur|z)\ ?\d+
      | news\ feed|most\ (?:read|popular)(?:\ in\ \w+)?|trending(?:\ now)?
        # section labels of related links and page tools
      | related\ coverage|explore\ further|text\ size
        # the line an ad or a video player set between paragraphs carries, saying the
        # story goes on past it ("Article continues below", "Story continues below
        # advertisement"; Polish portals' "Dalsza część artykułu pod materiałem wideo")
      | (?:article|story)\ continues\ below(?:\ (?:the\ |this\ )?(?:advertisement|advert|ad|video))?
      | dalsz(?:a\ część|y\ ciąg)\ (?:artykułu|tekstu)\ (?:pod|poniżej)
        (?:\ (?:materiałem\ wideo|wideo|reklamą|materiałem\ reklamowym))?
      | tags|topics|table\ of\ contents|more\ from\ [^:]{1,40}(?!.*:)|mehr\ (?:von|themen)\ .{1,40}
      | 関連キーワード|おすすめ情報|noticias?\ relacionadas?|à\ découvrir
        # Chinese "related news" (traditional and simplified script), also as the label
        # "see related news:" set before the links to them ("相關新聞請見：")
      | 相[關关]新[聞闻](?:請見|请见)?
      | image\ \d+\ of\ \d+|©?\ ?riproduzione\ riservata|copyright:\ .{1,60}
        # invitations to read more elsewhere
      | for\ more\ stories\ like\ this.{0,60}
        # the print-edition note under a story
      | a\ version\ of\ this\ (?:article|story)\ (?:appears|appeared)\ in\ print\b.*
        # invitations to a messenger channel; "most watched" video promos
      | (?:participe|junte-se|join|follow|siga|sigue|únete|folgen\ sie|abonnieren\ sie|rejoignez|suivez)
        \b.{0,80}\b(?:whatsapp|telegram|signal)\b.{0,100}
      | v[íi]deos?\s*:.{0,20}\b(?:mais\ assistidos|más\ vistos|most\ (?:watched|viewed)|meistgesehen).{0,80}
      | (?:get\ in\ touch\ with|(?:do\ you\ have|have|got)\ a\ (?:news\ )?(?:story|tip))
        .{0,80}(?:email|@).{0,80}
        # the same invitation in Polish portals' words ("Masz temat? Napisz do nas ...")
      | masz\ (?:temat|newsa|informacj[eę])\b.{0,60}(?:napisz|prze[sś]lij|@).{0,80}
        # the source line under an embedded chart or video, consent placeholders of embeds:
        # a few words after the label, no sentence's end (as CLOSING_SOURCE_LINE's line)
      | (?:""" + _SOURCE_WORDS + r""")\s*[:：]\ ?(?![^.!?…]*[.!?…]\W*$)[^.!?…]{1,40}
        # a bare date or time
      | [\s./:,()-]*+\d[\d\s./:,()年月日時分-]*+
        (?:\s*(?:uhr|h|am|pm|gmt|utc|cet|cest|mez|mesz|et|est|edt|pt|pst|pdt|bst))?
    )\W*$""",
    re.I | re.X,
)

#: The end of a teaser of another story set into or after the story: its summary closing on
#: the link that says to read the whole of it ("... Continue reading", the more-link
#: WordPress prints after an excerpt by default (``the_content_more_link`` /
#: ``excerpt_more``); "Read the full story", "Weiterlesen", "Lire la suite", "Leer más",
#: "Leia mais", the Hindi press's "पढ़ें पूरी खबर" (read the full news) ...). A story's own
#: paragraph does not end on such a phrase (on no development page of zyte, fundus-dev,
#: trafilatura-dev or l3s-gn1 does a kept paragraph); read in the last
#: ``MAX_READ_ON_TAIL_CHARS`` characters of a paragraph only.
READ_ON_TAIL = re.compile(
    r"""(?:\bread\ (?:the\ )?(?:full|whole|complete)\ (?:story|article|report)|\bcontinue\ reading
      |\bweiterlesen|\blire\ la\ suite|\bleer\ más|\bleia\ mais|\bleggi\ tutto
      |प(?:ढ\u093c|\u095d)ें\ पूरी\ खबर|पूरी\ खबर\ प(?:ढ\u093c|\u095d)ें)\W*$""",
    re.IGNORECASE | re.VERBOSE)
MAX_READ_ON_TAIL_CHARS = 40

#: An ad slot's label set between dashes, in whatever language: one or two words of
#: letters (and the marks some scripts write them with), one to three dashes on either
#: side ("- Advertisement -", the default label of tagDiv's Newspaper theme for
#: WordPress, translated with the site; "-- Anzeige --"). The shape is the signal, so a
#: label in a language the list above lacks goes too.
DASHED_LABEL = re.compile(r"^[-–—]{1,3}\s*[^\W\d_][^\s\d_\-–—]*(?:\s[^\W\d_][^\s\d_\-–—]*)?\s*[-–—]{1,3}$")
#: The dashes :data:`DASHED_LABEL` opens with (a cheap test before the pattern).
DASHED_LABEL_OPENERS = frozenset("-–—")

#: The class of Google AdSense's ad unit tag (``<ins class="adsbygoogle">``), and the most
#: visible text a box around one may hold to be the ad's (its label and a "scroll to
#: continue" line in any language; body.ad_units).
AD_UNIT_CLASS = "adsbygoogle"
MAX_AD_UNIT_BOX_CHARS = 60

#: A block named like furniture holding at most this much text, all of it a furniture
#: label ("Advertisement"), is an ad slot the search for an opening paragraph passes over.
MAX_SLOT_LABEL_CHARS = 40

#: Share of a block's text inside links above which the block counts as navigation.
MAX_LINK_DENSITY = 0.5
#: ... unless it is a sentence of the story whose names or phrases link away: it ends
#: like a sentence (:data:`LINKED_SENTENCE_END`) and holds at least this many characters
#: outside its links (a "follow us on X, Y and Z" line or "Read more: <title>" holds
#: fewer).
MIN_LINKED_SENTENCE_OWN_CHARS = 40
#: The end of a sentence: a full stop, question or exclamation mark (Latin or CJK),
#: then only closing quotes or brackets.
LINKED_SENTENCE_END = re.compile(r"[.!?…。！？][\"”»“’')\]）」]*\s*$")
#: ... or a sentence one or two of whose phrases link away (a news site links a clause
#: or a name to its earlier story: "In April the couple <a>announced a third child</a>."):
#: at most this many links, at least :data:`MIN_LINKED_CLAUSE_OWN_CHARS` characters
#: outside them, opening with a letter or a digit, with no label colon
#: (:data:`LINK_LABEL_COLON`) and ending on a full stop (:data:`LINKED_CLAUSE_END`). A
#: follow line names three platforms or more; a "Read more: <headline>" or "Our
#: standards: <title>" link has its label's colon; a headline link ends on a question
#: or exclamation mark or on none (dev evidence, three sites of two corpora: a
#: broadcaster's sentence whose charge links to the court's notice, a tabloid's clause
#: linked to its earlier story, a news site's opening sentence whose two names link away).
MAX_LINKED_CLAUSE_LINKS = 2
MIN_LINKED_CLAUSE_OWN_CHARS = 20
#: The end of a sentence of statement: a full stop (Latin or CJK), then only closing
#: quotes or brackets.
LINKED_CLAUSE_END = re.compile(r"[.。][\"”»“’')\]）」]*\s*$")
#: The colon after a link's label ("Read more:", "Lesen Sie hier:", "Quelle:").
LINK_LABEL_COLON = re.compile(r"[:：]")

#: Minimum characters for a text block to seed container scores.
MIN_SEED_CHARS = 25

#: A boilerplate-named element inside the container is still read when it holds at
#: least this share of the container's scoring text.
PROTECTED_SHARE = 0.4
#: Boilerplate words that also name the free first part of a metered article
#: ("teaser-content", "article-preview"): an element named only so is read when it holds
#: this smaller share of the container's scoring text.
WEAK_BOILERPLATE_WORDS = frozenset({"teaser", "teasers", "preview"})
WEAK_PROTECTED_SHARE = 0.1
#: ``<article>`` elements inside the container are sections of its story (not teaser
#: cards) when together they hold at least this share of its scoring text; each is read
#: when at most this share of its text is links.
ARTICLE_SECTIONS_SHARE = 0.5
ARTICLE_SECTION_LINK_SHARE = 0.2

#: Widening the container to an ancestor: levels tried, the scoring text the
#: ancestor must add (absolute and as a share of the container's), and the most
#: other text it may add per character of scoring text.
MAX_WIDEN_LEVELS = 5
MIN_WIDEN_GAIN_CHARS = 150
MIN_WIDEN_GAIN_SHARE = 0.15
MAX_WIDEN_OTHER_RATIO = 0.5
#: A block of at least this many teaser cards of one kind, each titled by a heading that
#: is wholly one link, is a list of other stories: the container is not widened for its
#: text (``body.container.is_teaser_list``).
MIN_TEASER_CARDS = 2
TEASER_TITLE_TAGS = ("h2", "h3", "h4", "h5")
#: Another story's excerpt set into this one ("Editor's pick", "From the archive"): a box
#: that opens with its title, a heading that is wholly one link (after at most this much
#: text: the box's label), and closes with a second link to the same address, the call
#: to read on. CMSs render a teaser so, its title and a "read more" link both to the
#: story: WordPress's excerpt with its ``more-link`` (``the_content_more_link``),
#: Drupal's teaser view mode with its node link "Read more"
#: (``body.boxes.is_story_excerpt``).
MAX_EXCERPT_LABEL_CHARS = 40
#: A block of the container's kind beside it continues the story when it holds at least
#: this much scoring text outside boilerplate-named blocks, at most this share of links,
#: and at most this much other text per character of that text (body.container.story_parts).
MIN_CONTINUATION_CHARS = 250
MAX_CONTINUATION_LINK_SHARE = 0.3
MAX_CONTINUATION_OTHER_RATIO = 0.5
#: A block of that kind with next to no links (at most this share of its text) is plain
#: story text whose headings, list items and short lines count as other text: it
#: continues the story from this much scoring text, with up to this much other text.
LINKLESS_CONTINUATION_LINK_SHARE = 0.02
MIN_LINKLESS_CONTINUATION_CHARS = 150
MAX_LINKLESS_CONTINUATION_OTHER_RATIO = 1.5
#: How many ancestor levels up story parts are looked for (siblings, cousins, second
#: cousins ...), each following the container's chain of tag-and-class kinds down.
MAX_STORY_LEVELS = 6
#: A story told in a layout table's cells (body.container.layout_table_parts): the cell
#: tags, and the sections of a table between it and its rows.
LAYOUT_CELL_TAGS = frozenset({"td", "th"})
TABLE_SECTION_TAGS = frozenset({"tbody", "thead", "tfoot"})
#: ... and the elements of an ad or a picture that make a short row a break in the story
#: (body.container._is_table_break).
TABLE_BREAK_TAGS = frozenset({"img", "iframe", "script", "ins", "object", "embed", "noscript",
                              "picture", "hr"})
#: A child element of the page's <h1> with at most this much text is a label beside the
#: headline's words ("Premium", "Abonnés", "Video"), left out when the heading is matched
#: with the headline (body.container.headline_heading).
HEADING_LABEL_MAX_CHARS = 12
#: On a live blog every post carries a time, an author and share buttons: widening to
#: the list of posts may add this much other text per character of post text.
LIVE_BLOG_WIDEN_OTHER_RATIO = 1.5
#: A container candidate around the headline's <article> whose scoring text is less than
#: this share in that article is too wide: the best candidate inside the article wins.
HOME_SHARE_OF_WIDER = 0.5
#: Boilerplate words that name the text itself on a live blog ("liveblog__feed": the
#: stream of updates); there its nested <article> updates are read as well.
LIVE_BLOG_CONTENT_WORDS = frozenset({"feed"})

#: The part after ``__`` in a class that is a generated hash (CSS modules), not a
#: BEM element name: short, with capitals or digits, and not one capitalised word (a
#: component's BEM element written ``TextAndImage__Text``).
HASH_SUFFIX = re.compile(r"^(?![A-Z][a-z]+$)(?=[^-]*[A-Z0-9])[A-Za-z0-9]{3,8}$")

#: Elements left out of the body: the headline and the article header (kicker,
#: headline, byline, date); a standfirst in it is recovered by name (LEAD_WORDS).
HEADER_TAGS = frozenset({"h1", "header", "hgroup"})
#: Heading elements.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A ``<header>`` after the story's first paragraph introduces a section of the story
#: (the HTML standard's header of its nearest section; an accordion's or a step's
#: title) when it holds nothing but headings of these levels, at most this long.
SECTION_HEADER_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
MAX_SECTION_HEADER_CHARS = 150

#: Class / id words of a standfirst / lead paragraph (in several languages' CMSs).
LEAD_WORDS = frozenset({
    "lead", "lede", "intro", "introduction", "standfirst", "summary", "dek", "deck",
    "excerpt", "preamble", "ingress", "abstract", "sapo", "chapo", "chapeau",
    "entradilla", "bajada", "subtitle", "subheadline", "description", "teaser",
    "leadtext", "articlelead", "perex", "vorspann", "opener",
})

#: Tags searched for a standfirst, how many ancestor levels of the container are
#: searched, and the shortest standfirst taken.
LEAD_TAGS = ("p", "div", "h2", "span", "section")
LEAD_SEARCH_LEVELS = 4
MIN_LEAD_CHARS = 40
#: Between a standfirst and the story text, these elements (and more than this many
#: characters of text outside links, buttons and furniture) are the article header's
#: byline, date or lead image: the standfirst is then the header's, not the story's.
LEAD_GAP_MARK_TAGS = frozenset({"time", "figure", "figcaption", "address"})
MAX_LEAD_GAP_CHARS = 40
#: A plain paragraph right before the text container opens the story when it is at
#: least this long and one or two paragraphs (see body.lead.opening_paragraph).
MIN_OPENING_CHARS = 100
MAX_OPENING_PARAGRAPHS = 2
#: ... and a block of nothing but paragraphs, at least this many, right before it opens
#: the story with all of them (the story's first part, set before an ad, a sign-up box
#: or a paywall in a block of another kind; see body.lead.opening_paragraph).
MIN_STORY_BLOCK_PARAGRAPHS = 2
STORY_BLOCK_TAGS = frozenset({"div", "section"})
#: The end of the last paragraph of such a block: a sentence's end in the Latin marks
#: (``SENTENCE_END``) or the full stops of the CJK scripts (a Japanese paper's free part
#: before its paywall ends in "。").
STORY_PART_END = re.compile(r"[.!?…\"”»“')。．！？」』]\W*$")
#: Children a block of the story's text holds besides its paragraphs (a part after a cut
#: that carries a subheading, a quote, a list or a picture).
STORY_BLOCK_CHILD_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
                                    "figure", "picture", "img", "br", "hr"})
#: Wrappers (no text of their own, one child) looked through for such a block after the
#: container: a page builder's row and column around each text block.
MAX_STORY_WRAPPER_LEVELS = 3
#: A block of at most this much text holding a field to type into (an e-mail address, a
#: name, a password) is a sign-up, login or search box set between a story's parts, never
#: its text. Not tick boxes (a recipe's ingredient list) nor buttons (share bars), and not
#: a longer block: a site's login gate can sit deep inside the story's own wrapper.
MAX_FORM_BOX_CHARS = 400
ENTRY_FIELD_TYPES = frozenset({"text", "email", "password", "search", "tel"})
#: A box of at most ``MAX_FORM_BOX_CHARS`` whose lines all sit in its child elements (a title,
#: a line of offer) and which holds a call to act set on a line of its own, a link as a
#: block's child with no text beside it (not a link inside a paragraph, a list item or a
#: heading), is an offer set into the story: a paywall's or a product's box with its
#: "subscribe" or "start a trial" button, a donation appeal, a teaser card with its "more"
#: button (seen so on dev sites of every body corpus, in several languages; the blind sets'
#: paywall, trial, listing and case boxes). Not on a live blog, whose posts are such boxes
#: (a time, the author's link, share links). The call is a button's few words, at most this
#: many characters (a teaser's title or a sentence is longer), and it leads to another
#: page: an ``<a>`` with an address, as HTML's links navigate, where a ``<button>``, an
#: ``<a>`` without ``href`` or one to a ``#fragment`` or ``javascript:`` acts in the page
#: (a share menu, "click to expand", a like counter).
MAX_ACTION_CHARS = 40
#: Addresses of a link that acts in the page rather than leading to another (see above).
IN_PAGE_HREF = re.compile(r"\s*(?:#|javascript:|$)", re.IGNORECASE)

#: Class / id words naming a reader poll: the WordPress poll plugins' documented markup
#: (WP-Polls ``wp-polls``, YOP Poll ``yop-poll``) and the poll boxes of news CMSes. A poll
#: still asking for a vote (a control to vote with, :data:`VOTE_CONTROL_TYPES`) is a widget
#: set into the story, as a sign-up box is: its question is no paragraph of it (the dev
#: labels leave poll questions out on six sites of three corpora). A poll printed with
#: its results alone (the shares of the votes, no control) stays: the one such dev page,
#: a completed image poll inside the story, keeps it in its label.
POLL_WORDS = frozenset({"poll", "polls"})
#: The controls a poll's answers are given with: a ``<button>``, or an ``<input>`` of these
#: types (a radio button or tick box per answer, the button that sends the vote).
VOTE_CONTROL_TYPES = frozenset({"radio", "checkbox", "submit", "button"})
#: A question put to the reader and answered with buttons, whatever the box is named: a
#: block (``STORY_BLOCK_TAGS``) holding at least ``MIN_ANSWER_CONTROLS`` such controls and,
#: outside them, one short line (at most ``MAX_ANSWERED_QUESTION_CHARS``) ending in a
#: question mark. The page feedback widget set under a text ("Was this article helpful?"
#: with its yes / no buttons: the California state design system documents its page
#: feedback component so, "Did you find this page useful?" with buttons to reply Yes or
#: No; GOV.UK's publishing components ask "Is this page useful?"), a prompt to turn alerts
#: on, a confirmation: controls acting in the page, never the story's text (the question
#: boxes of the dev pages, on seven sites of trafilatura-dev, are all outside its labels).
MIN_ANSWER_CONTROLS = 2
MAX_ANSWERED_QUESTION_CHARS = 120
QUESTION_END = re.compile(r"[?？؟]\W*$")

#: List-like items: they score containers, but do not count as article text when
#: deciding whether to widen the container (teaser lists are made of them).
LIST_ITEM_TAGS = frozenset({"li", "dd", "dt", "td"})

#: A candidate's text held in boilerplate-named blocks (each comment of a thread, the
#: items of a related list) weighs this much of the text outside them.
FURNITURE_TEXT_WEIGHT = 0.5

#: How many top candidates are re-ranked, and the factor for a candidate that
#: sits inside a boilerplate-named ancestor.
FINALISTS = 12
INSIDE_BOILERPLATE_FACTOR = 0.3
#: Containers tried in turn while the chosen one reads empty (all its blocks furniture).
CONTAINER_TRIES = 3
#: When the markup's body is shorter than this (characters) and a <noscript> of the page
#: holds at least MIN_NOSCRIPT_STORY_CHARS, the page is read again with <noscript> text.
NOSCRIPT_FALLBACK_CHARS = 200
MIN_NOSCRIPT_STORY_CHARS = 500

#: The sanity check of the chosen body (``body.sanity``). A story paragraph: at least this
#: many characters, holding the end of a sentence in any script (a full stop, question or
#: exclamation mark before a space or the end, perhaps inside closing quotes or
#: brackets: Latin, Devanagari's danda, Arabic, Armenian, Ethiopic; CJK's full-width
#: marks anywhere). A menu's or a form's lines hold none.
STORY_PARAGRAPH_MIN_CHARS = 80
STORY_SENTENCE_END = re.compile(r"[.!?…।॥؟։።][\"”»“’')\]）」]*(?:\s|$)|[。！？]")
#: A body is suspect when it holds fewer characters than this (a notice, a login prompt)
SANITY_MIN_BODY_CHARS = 200
#: ... or when its story paragraphs hold less than this share of its text (a menu, a
#: form's or a table's lines, a list of questions) ...
SANITY_MIN_STORY_SHARE = 0.2
#: ... or when its container is a list: a list's items (references, links, questions) are
#: no story's paragraphs, whatever their length.
LIST_CONTAINER_TAGS = frozenset({"ol", "ul", "dl"})
#: Headings that can title a box of links after the story ("Recommended from ...",
#: "Related"): a heading followed by nothing but a link-dense list is left out with it
#: (:func:`newscrawl.extract.body.paragraphs.heads_link_list`).
LINK_LIST_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: The date header over a blog entry's title: a heading holding nothing but the day
#: (a month's name in English or a numeric date, perhaps the weekday before it), right
#: before the heading of the entry's title, as the blog engines' default templates set
#: it (Movable Type's and Blogger's ``<h2 class="date-header">`` over the entry's
#: ``<h3>``). It dates the entry and is no text of it; the L3S-GN1 labels of a dev blog in
#: that layout put it with the supplements, outside the main text
#: (``body.paragraphs.is_date_header``). At most this long.
MAX_DATE_HEADER_CHARS = 40
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE_HEADER_TEXT = re.compile(
    rf"""^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?
         (?:{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
          |\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH_NAME},?\s+(?:19|20)\d\d
          |\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}})$""",
    re.IGNORECASE | re.VERBOSE)
#: The heading that opens a blog entry's comment section, by its id, in the engines'
#: default templates that set the comments beside the entry in one wrapper with no box
#: of their own: Movable Type's individual entry template (``<h2 id="trackbacks">``,
#: ``<h2 id="comments">``, ``<h2 id="comments-open">`` over the comment form), the
#: WordPress default theme's comments.php (``<h3 id="comments">``, ``<h3
#: id="respond">``; Twenty Ten's ``id="comments-title"`` / ``id="reply-title"``). What
#: follows it in the container (pings, comments, the form) is no part of the story
#: (``body.paragraphs.comment_section_tail``).
COMMENT_SECTION_HEADING_TAGS = ("h2", "h3", "h4")
COMMENT_SECTION_HEADING_ID = re.compile(
    r"^(?:comments|trackbacks|pings|respond|comments-(?:open|title)|reply-title)$",
    re.IGNORECASE)
#: ... or by the block right after it, named for a comment or the list of them (the
#: WordPress default theme's ``<ol class="commentlist">`` / ``comment-list``, each ``<li
#: class="comment">``; Movable Type's ``<div class="comment">``; a hand-written page's
#: comment blocks named the same way): the heading over the comments, whatever its words.
COMMENT_BLOCK_WORDS = frozenset({"comment", "comments", "commentlist"})
#: A suspect body gives way to an alternative (the next container, the page's prose
#: blocks) whose story paragraphs hold at least this many characters and this many
#: times the suspect body's.
SANITY_MIN_ALTERNATIVE_CHARS = 400
SANITY_MIN_GAIN = 3.0

#: The recall fallback (``body.prose.prose_fallback``) is tried when the chosen body has fewer
#: characters than this share of the page's scoring text (paragraph-like blocks) ...
PROSE_FALLBACK_SHARE = 0.5
#: ... and it is taken when the page's prose blocks outside the body add at least this
#: many characters, in at least this many blocks (a lone paragraph beside the story is
#: a promotion, an appeal, a tip line more often than a lost part of it).
PROSE_FALLBACK_MIN_ADDED_CHARS = 100
PROSE_FALLBACK_MIN_BLOCKS = 1
#: A prose block: a paragraph of at least this many characters (a sentence of ten words
#: or so: a short paragraph of the story, a question's lines), ending like a sentence,
PROSE_MIN_CHARS = 50
#: with at most this share of its text in links.
PROSE_MAX_LINK_DENSITY = 0.2
#: Besides ``<p>``, blocks read as prose blocks when they hold only text and line breaks.
PROSE_TEXT_BLOCK_TAGS = frozenset({"div", "td", "section", "center"})
#: Elements whose prose is page furniture whatever their names (besides SKIP_TAGS).
PROSE_FURNITURE_TAGS = frozenset({"header", "form", "dialog", "menu"})
#: Class / id words of furniture for prose blocks only: a block named a header holds the
#: kicker, headline and standfirst, which the body's own rules place.
PROSE_FURNITURE_WORDS = frozenset({"header", "masthead"})
#: A repeated block around a prose block is a teaser card only when it holds at least
#: this many characters besides the prose block (its headline, label, link).
CARD_MIN_EXTRA_CHARS = 15

#: A finalist inside the article that holds the page's headline is preferred over a
#: better-scoring one in another article when it scores at least this share of it.
HEADLINE_ARTICLE_MIN_SHARE = 0.2
#: A best candidate that ends before the headline gives way to the best finalist after
#: the headline scoring at least this share of it.
AFTER_HEADLINE_MIN_SHARE = 0.1

#: Class names with these prefixes describe a state, not what the element is.
STATE_CLASS_PREFIXES = ("has-", "is-", "with-", "no-")
#: Page builders that wrap every block of a page, the story's text blocks too, in a
#: "widget" (Elementor: ``elementor-widget elementor-widget-text-editor`` >
#: ``elementor-widget-container``; SiteOrigin: ``so-widget-sow-editor``): in class names
#: with these prefixes the word names the builder's nesting, not a sidebar's furniture.
BUILDER_CLASS_PREFIXES = ("elementor-", "so-widget-")
BUILDER_NESTING_WORDS = frozenset({"widget"})

#: A short line of article metadata rather than text: it holds a date or time and
#: is cut into fields by separators ("Politics / January 11, 2024", "Thu 25.04.24 |
#: 14:07 | By Jane Doe"), and does not end like a sentence.
METADATA_MAX_CHARS = 160
DATE_IN_TEXT = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")
METADATA_SEPARATOR = re.compile(r"\s[|•·/–-]\s|\|")
#: A text ending like a sentence: closing punctuation, perhaps inside closing quotes.
SENTENCE_END = re.compile(r"[.!?…\"”»“')]\W*$")

#: The stamp of a live-blog post: a clock time after "21 mins ago", or one followed by
#: a few words (the author, "KEY EVENT"), with no sentence punctuation: "21 mins
#: ago11:48", "20:42KEY EVENT", "9.15am Jane Doe". (A bare "4:14 p.m." heading a
#: timeline entry stays: it is part of the text.)
_CLOCK = r"\d{1,2}(?::\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?|\.\d{2}\s*(?:[ap]\.?m\.?|uhr|h))"
POST_STAMP = re.compile(
    rf"^(?:\d+\s*(?:mins?|minutes?|hours?|hrs?|h)\s+ago\s*{_CLOCK}(?:\s*[^\W\d][\w'’-]*){{0,4}}"
    rf"|{_CLOCK}(?:\s*[^\W\d][\w'’-]*){{1,4}})$",
    re.IGNORECASE)

#: A short paragraph that invites the reader to subscribe, sign up or follow the site
#: elsewhere (newsletter, app, social channels): furniture between or after the text.
PROMO_MAX_CHARS = 300
#: Lower-case fragments one of which every PROMO_TEXT / CREDIT_LINE match contains: the
#: regexes run only on the few short lines holding one (a search costs ~15 µs a line).
PROMO_HINTS = ("newsletter", "inbox", "subscri", "sign", "follow", "whatsapp", "abonnier", "folg",
               "news-app", "会員登録", "読み放題", "メールマガジン")
CREDIT_HINTS = ("contributed", "reporting", "übersetzung", "translat", "aus dem ", "files from",
                "reports from")
PROMO_TEXT = re.compile(
    r"""\b(?:sign\ up|subscribe)\b[^.!?]{0,80}\b(?:newsletters?|inbox)\b
      | ^by\ signing\ up\b
      | \b(?:newsletters?|inbox)\.\s+(?:sign\ up|subscribe)\b
      | ^subscribe\ to\ \S+\ and\b
      | \bfollow\ (?:us|[\w.]+)\ on\ (?:twitter|facebook|instagram|x|whatsapp|tiktok)\b
      | \b(?:abonnier(?:e|en\ sie)|folg(?:e|st\ du|en\ sie))\b[^.!?]{0,60}
        \b(?:whatsapp|newsletter|kanal|instagram|facebook|tiktok)
      | \w-(?:newsletter|news-app)\b
        # Japanese membership prompts: member sign-up, unlimited reading, mail magazines
      | 会員登録|読み放題|メールマガジン""",
    re.IGNORECASE | re.VERBOSE)

#: An image caption in plain markup: an emphasised line (these tags) right after an image
#: (these tags) that closes its paragraph, at most this long.
INLINE_CAPTION_TAGS = frozenset({"em", "i", "small"})
IMAGE_TAGS = frozenset({"img", "picture", "amp-img"})
MAX_INLINE_CAPTION_CHARS = 300
#: ... or a line of its own in a block of these tags, right after such an image (a ``<br>``
#: between them aside) in loose text, with no block inside it and not ending like a
#: sentence (``CAPTION_SENTENCE_END``: the full stops of the CJK scripts too): the caption
#: a blog editor sets under a picture it inserts into a post written as text and ``<br>``.
BLOCK_CAPTION_TAGS = frozenset({"div", "p", "center"})
CAPTION_SENTENCE_END = re.compile(r"[.!?…\"”»“')。．！？」』]\W*$")

#: A short closing line crediting reporters, editors or translators rather than telling
#: the story ("Additional reporting by X", "X contributed to this report", "Reporting by
#: X; Editing by Y", "Übersetzung: X"), and its variant for researchers, closing the line
#: ("X contributed research.", as American papers and nonprofit newsrooms credit their
#: news researchers under a story: the New York Times, ProPublica; "research" at the
#: line's end, so that "contributed research funding to ..." is no credit). The same
#: credit with a label colon ("Additional reporting: X", as Irish and British papers print
#: it), and the Canadian Press's form of it, which Canadian papers and broadcasters close a
#: story with ("With files from The Canadian Press", "With reports from X": the CP
#: Stylebook's credit for material drawn from other reporters' files): that one only
#: when names alone follow it (capitalised words, "the", "and", "of", commas), so that a
#: sentence opening "With reports from the front ..." stays.
CREDIT_LINE_MAX_CHARS = 300
CREDIT_LINE = re.compile(
    r"""\bcontributed\ (?:reporting|to\ (?:this|the)\ (?:report|story|article))
      | \bcontributed\ (?:additional\ )?research\.?$
      | ^\W*(?:with\ )?(?:additional\ )?reporting\ (?:by|from)\b
      | ^\W*additional\ reporting\s*:
      | ^\W*with\ (?:files|reports)\ from
        (?:\s*,?\s+(?:the|and|of|(?-i:[A-ZÀ-Þ])[\w'’&.-]*))+[\s.)]*$
      | ^\W*(?:übersetzung|translation|translated\ by|aus\ dem\ \w+\ von)\b
      | ^(?:dies|dieser\ artikel)\ ist\ eine\ (?:maschinelle\ )?übersetzung""",
    re.IGNORECASE | re.VERBOSE)

#: A box of key points opening the story, before its first paragraph: a heading that
#: names a summary (written in the languages these boxes are printed in), then a few
#: short items. The heading is at most this long, the whole box at most this long.
SUMMARY_BOX_HEADING = re.compile(
    r"""^(?:key\ (?:points|takeaways|facts)|(?:the\ )?takeaways|in\ (?:short|brief)|at\ a\ glance
      |(?:story\ )?highlights|tl;?\s?dr
      |das\ wichtigste\ (?:in\ kürze|im\ überblick)|auf\ einen\ blick|in\ kürze|kurz\ und\ knapp
      |en\ bref|l['’]essentiel|ce\ qu['’]il\ faut\ retenir|à\ retenir|les\ points\ clés
      |en\ resumen|puntos\ clave|lo\ más\ importante|claves|em\ resumo|pontos[-\ ]chave
      |in\ breve|in\ sintesi|punti\ chiave|in\ het\ kort|kort\ samengevat
      |kort\ fortalt|kort\ sagt|i\ korthet|w\ skrócie|najważniejsze(?:\ informacje)?)
      \s*[:.]?$""",
    re.IGNORECASE | re.VERBOSE)
MAX_SUMMARY_BOX_HEADING_CHARS = 40
MAX_SUMMARY_BOX_CHARS = 800
#: The elements such a box is drawn as.
SUMMARY_BOX_TAGS = frozenset({"div", "aside", "section"})
#: ... and drawn as a list under a standfirst's name (``summary``, ``lead`` ...): a list
#: of at least this many items in the element the page names as its standfirst is such a
#: box whatever its heading says, and opens no story (``body.lead.is_key_points_list``).
MIN_KEY_POINTS = 2

#: A titled box set among the story's bare paragraphs (a contact box "Ansprechpartner",
#: a programme notice "Sendungshinweis", "Previously on ..."): a ``SUMMARY_BOX_TAGS``
#: element whose first child showing text is a heading or a short title line (at most
#: ``MAX_TITLED_BOX_TITLE_CHARS``, a word in it, ending no sentence; an icon alone is no
#: title), with more after it, at most
#: ``MAX_TITLED_BOX_CHARS`` in all, standing beside at least ``MIN_BARE_PARAGRAPHS``
#: ``<p>`` of the same parent, and named (a class or an id). The story's own sections
#: stand bare there (a heading beside the paragraphs, not boxed with them), so a named
#: box under its own title is furniture. A box holding a table, a list or a picture is
#: data or a figure and stays.
MAX_TITLED_BOX_TITLE_CHARS = 40
MAX_TITLED_BOX_CHARS = 400
MIN_BARE_PARAGRAPHS = 3
TITLED_BOX_KEEP_TAGS = frozenset({"table", "ul", "ol", "dl", "img", "picture", "figure",
                                  "video", "iframe", "amp-img"})
TITLE_LINE_TAGS = frozenset({"p", "div", "span", "strong", "b"})
TITLE_LINE_END = re.compile(r"[.!?…:;]\s*$")

#: A headline repeated in the body: searched among the first paragraphs only, for
#: paragraphs no longer than this, and only for titles of at least this many letters.
TITLE_ECHO_WINDOW = 4
MAX_TITLE_ECHO_CHARS = 300
MIN_TITLE_ECHO_CHARS = 12
#: ... or reworded: a line among them that does not end like a sentence, of at least this
#: many words, every one of them a word of a title, together at least this share of the
#: title's words (a pasted document's own title set above its text, in capitals and a
#: few words shorter than the page's headline). Structure, no vocabulary: the line's
#: relation to the headline the page states.
MIN_TITLE_ECHO_WORDS = 4
MIN_TITLE_ECHO_COVER = 0.7

#: Class / id words of an inline element that opens the first paragraph with the
#: place of the story ("PORT CALLOW —"): part of the text, whatever else it is named.
DATELINE_WORDS = frozenset({"dateline", "location", "place"})

#: ... and a block so named that runs on from the dateline into the story's first
#: sentence ("AUSTIN, Texas, March 4, 2025 /Wire/ -- Example Inc. today ..."), as a press
#: release's first paragraph is named on the release wires' pages: text too. A block named
#: "dateline" on news pages is the byline's date line ("Mon 18 Nov 2019 18.54 GMT",
#: "Saturday, December 29, 2007 (New Delhi)"), short and ending no sentence; the story's
#: paragraph is at least this long and ends like a sentence (``SENTENCE_END``).
MIN_DATELINE_PARAGRAPH_CHARS = 120
DATELINE_PARAGRAPH_TAGS = frozenset({"p", "div"})
#: A dateline standing alone as a paragraph ("AUBURN, Wash. —"): its sentence is
#: elsewhere, so the bare place is no text of its own. The place is at most this long.
LONE_DATELINE_PLACE_CHARS = 40
LONE_DATELINE = re.compile(rf"^.{{1,{LONE_DATELINE_PLACE_CHARS}}}\s[—–]$")
#: The longest text :data:`LONE_DATELINE` can match (the place, the space and the dash,
#: and the one line end ``$`` allows after them): a length test first spares its
#: backtracking over the start of every longer paragraph.
LONE_DATELINE_MAX_CHARS = LONE_DATELINE_PLACE_CHARS + 3

#: The end mark a press release closes on, a line of its own after the release's text:
#: "###" (also "# # #"), the newsroom's "-30-", the "ENDS" of British releases (press
#: release style guides and the AP's; what follows the mark, a media contact, a "SOURCE"
#: line, notes to editors, is for the press, not the release's text; body.paragraphs.
#: without_release_trailer).
RELEASE_END_MARK = re.compile(r"^\s*(?:#(?:\s*#){2,}|[-–—]\s*30\s*[-–—]|[-–—]*\s*ENDS?\s*[-–—]*)\s*$")
#: The characters a release end mark is at most (a cheap test before the pattern).
MAX_RELEASE_END_MARK_CHARS = 12
#: The heading of a release's contact for the press, where the release prints no end mark:
#: "Media enquiries", "Media contact", "Press inquiries" (UK councils' and charities'
#: releases), German releases' "Pressekontakt" (news aktuell's form), a line of
#: its own (a colon at most after it). Like the end mark, it ends the release's text when no
#: more text follows it than precedes it: the contact under it is for the press. ("Notes to
#: editors" is left: ending a release there turned a blind page's last paragraph wrong,
#: and no dev page prints the heading.)
RELEASE_TRAILER_HEADING = re.compile(
    r"""(?:(?:media|press)\ (?:enquiries|inquiries|contacts?)
      | for\ (?:media|press)\ (?:enquiries|inquiries) | pressekontakte?)\s*:?\s*""",
    re.IGNORECASE | re.VERBOSE)
#: The characters such a heading is at most (a cheap test before the pattern).
MAX_RELEASE_TRAILER_HEADING_CHARS = 26

#: Closing lines that sign the story off rather than tell it, left out at the end of the
#: body (``body.paragraphs.without_closing_credits``), each at most this long:
CLOSING_CREDIT_MAX_CHARS = 200
#: ... a copyright notice, in the forms copyright law gives a notice (the symbol ©, the
#: word "Copyright" or the abbreviation "Copr." with a year or the symbol; "(c)" as
#: typed, with a year, as a list's third item is no notice), not written as sentences:
#: "© dpa-infocom, dpa:...", "© 2024 Example Wire";
COPYRIGHT_NOTICE = re.compile(
    r"^[(<\[]?\s*(?:©|\(c\)\s*(?:19|20)\d{2}\b|(?:copyright|copr\.)\s*(?:©|\(c\)|(?:19|20)\d{2}\b))",
    re.IGNORECASE)
#: ... or a notice that opens with the reservation of rights rather than the symbol, as
#: Italian papers and agencies print it ("RIPRODUZIONE RISERVATA © Copyright ANSA") and
#: some sites elsewhere ("All rights reserved. © 2024 Example Wire"): the reservation
#: alone or followed by the notice, not a sentence that goes on, and (as above) not
#: ending like a sentence;
RIGHTS_RESERVED = re.compile(
    r"^\W{0,3}(?:riproduzione riservata|all rights reserved|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos reservados|todos os direitos reservados)"
    r"\W*(?:$|©|copyright\b|\(c\))",
    re.IGNORECASE)
#: ... a reporter's sign-off: an e-mail address and at most this many words besides it,
#: telephone numbers not counted ("Name 기자 name@paper.example", "Write to the author:
#: name@paper.example", "Contact the reporter at name@paper.example or 555-0100.");
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_SIGN_OFF_WORDS = 5
SIGN_OFF_WORD = re.compile(r"\S*\w\S*")
TELEPHONE_NUMBER = re.compile(r"\+?\(?\d[\d ().-]{5,}\d")
#: ... or a call to the readers to write in: a question put to them first ("Got a tip?",
#: "Weet jij meer over dit onderwerp?", "Haben Sie Fragen?"), then an e-mail address to
#: write to, the whole a short paragraph: the tip line and the contact prompt that sites
#: set under a story (the L3S assessors leave them out of the text), not the story's close
#: (the question's sentence at most this long); the box's title of its own right before
#: it, at most this long and not ending like a sentence ("Tip de redactie"), goes with it;
READER_QUESTION = re.compile(r"^[^.!?\n]{3,120}\?\s")
MAX_CALL_TITLE_CHARS = 40
#: ... or the same call as a box of two lines, its question standing alone as the box's
#: title ("Have you got a story?", "Got a tip?") and the line with the e-mail address to
#: write to under it: the question at most this long, the two the story's last lines.
MAX_CALL_QUESTION_CHARS = 60
CALL_QUESTION = re.compile(r"^[^.!?\n]{3,60}\?$")
#: ... or with a telephone number to send to instead of the address (the WhatsApp, SMS or
#: Signal tip line broadcasters and regional papers print: dev pages of smh.com.au, tag24.de
#: and gothamist.com give one under their stories): a ``TELEPHONE_NUMBER`` of at least this
#: many digits that is not a date or a figure grouped in thousands (``NOT_A_TELEPHONE``).
MIN_TELEPHONE_DIGITS = 8
NOT_A_TELEPHONE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,3}(?:[., ]\d{3})+")
#: ... a note that the story ran in the paper's print edition, in the forms papers print
#: it under their web copy ("This article appeared in the ... section of the print
#: edition", "This story appears in the Dec. 4 print edition of ...", "Dieser Artikel
#: erschien in der Printausgabe vom ...", "Cet article est paru dans l'édition du ...",
#: "Este artículo se publicó en la edición impresa ...", "Questo articolo è stato pubblicato
#: nell'edizione cartacea ..."); the NYT's "A version of this
#: article appears in print ..." is furniture anywhere (FURNITURE_TEXT), and the same
#: note naming the paper's edition after "in" ("A version of this story first appeared
#: in the Courier's Sunday print edition", as North American papers word it) closes the
#: body as the notes above do; a magazine's print edition is its issue, named by its
#: date or season, and magazines word the note with it ("This article appears in the
#: March 2012 issue of ...", "... in our spring issue", as the French form names the
#: "numéro");
PRINT_EDITION_NOTE = re.compile(
    r"""^\W*(?:
        a\ version\ of\ this\ (?:story|article|column|report|piece)\ (?:first\ )?
        (?:appears|appeared|ran|runs|was\ (?:first\ )?published)\ (?:in|on)\b.{0,80}\bprint\b
      | this\ (?:story|article|column|report|piece)\ (?:first\ )?
        (?:appears|appeared|ran|runs|was\ (?:first\ )?published|is\ published)\ (?:in|on)\b
        (?:.{0,80}\bprint\b
         |\ (?:the|our|this|its)\ (?:(?:(?-i:[A-Z0-9])[\w.,'’-]*|spring|summer|fall|autumn|winter
                                      |current|latest|special|holiday)\ ){1,3}issue\b)
      | dieser\ (?:artikel|beitrag|text)\ (?:erschien|ist\ (?:zuerst\ )?erschienen)\b
        .{0,80}(?:ausgabe|print)
      | cet\ article\ (?:est\ paru|a\ été\ publié|est\ publié)\b.{0,80}\b(?:édition|numéro)
      | est[ea]\ (?:artículo|nota|reportaje)\ (?:se\ publicó|fue\ publicad[oa]|apareció)\b
        .{0,80}\bedición\ impresa
      | quest[oa]\ (?:articolo|pezzo|intervista)\ (?:è\ stat[oa]\ pubblicat[oa]|è\ uscit[oa])\b
        .{0,80}\bedizione\ (?:cartacea|in\ edicola))""",
    re.IGNORECASE | re.VERBOSE)
#: ... or the print edition's bare stamp, as Pakistan's English dailies close their web
#: copy ("Published in Dawn, January 16th, 2024", "Published in The Express Tribune,
#: January 16th, 2024"): "Published in", the paper's name, a comma and the day with its
#: year, nothing after it (a sentence naming a journal it was published in goes on);
PRINT_EDITION_STAMP = re.compile(
    r"""^\W*published\ in\ [^\W\d_][^,]{0,60},\s*
        (?:[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+\.?)
        ,?\s+(?:19|20)\d{2}\W*$""",
    re.IGNORECASE | re.VERBOSE)
MAX_PRINT_EDITION_STAMP_CHARS = 100
#: ... a note that the story was updated, as CMSs and newsrooms print it under the text
#: ("This story was updated on Nov. 22 to include ...", "This article has been updated",
#: "Dieser Artikel wurde am ... aktualisiert", "Cet article a été mis à jour ...", "Esta
#: nota fue actualizada ...", "Este texto foi atualizado ...", "Questo articolo è stato
#: aggiornato ...", "Dit artikel is bijgewerkt ...", and the Nordic newsrooms' "Artiklen er
#: opdateret ...", "Artikkelen er oppdatert ...", "Artikeln har uppdaterats ..."): this
#: story named as the subject,
#: so a sentence of the story about something updated is not one. A correction ("Correction,
#: Nov. 15: This article misidentified ...") is text to the Zyte labels and stays;
UPDATE_NOTE = re.compile(
    r"""^\W*(?:
        this\ (?:story|article|post|report|piece)\ (?:was|has\ been|had\ been)
        \ (?:last\ )?updated\b
      | dieser\ (?:artikel|beitrag|text)\ wurde\b.{0,60}\baktualisiert\b
      | cet\ article\ a\ été\ (?:mis\ à\ jour|actualisé)\b
      | est[ea]\ (?:nota|noticia|artículo|texto)\ (?:fue|ha\ sido)\ actualizad[oa]\b
      | est[ea]\ (?:matéria|notícia|reportagem|texto|artigo)\ foi\ atualizad[oa]\b
      | quest[oa]\ (?:articolo|notizia)\ è\ stat[oa]\ aggiornat[oa]\b
      | dit\ (?:artikel|bericht)\ is\ (?:bijgewerkt|aangepast)\b
      | artiklen\ (?:er|blev)\ (?:blevet\ )?opdateret\b
      | (?:artikkelen|saken)\ (?:er|ble)\ (?:blitt\ )?oppdatert\b
      | artikeln\ (?:har\ uppdaterats|har\ blivit\ uppdaterad|är\ uppdaterad|uppdaterades)\b)""",
    re.IGNORECASE | re.VERBOSE)
#: ... a note that the story was written or published by a machine, from an agency's feed
#: or a data supplier, as automated newsrooms tag such stories under the text: the
#: Associated Press's earnings stories close with the tagline its vendor documents
#: ("published to the wire with a tagline indicating that the story was generated by
#: Automated Insights using data provided by Zacks", automatedinsights.com/ap: "This story
#: was generated automatically by ..."), and papers that run an agency's feed unedited
#: say so in their languages ("Dieser Text wurde automatisch ... publiziert", "Cet article
#: a été publié automatiquement", "Questo articolo è stato generato automaticamente"),
#: often with the source after it. This story named as the subject, as in UPDATE_NOTE,
#: and the language's "automatically" in its sentence: a sentence of the story about
#: something done automatically is not one;
AUTOMATION_NOTE = re.compile(
    r"""^\W*(?:
        this\ (?:story|article|report|item|text)\ (?:was|has\ been|is)\b[^.!?]{0,60}\bautomatically\b
      | (?:dieser|diese)\ (?:artikel|beitrag|text|meldung|nachricht)\ (?:wurde|ist)\b[^.!?]{0,60}
        \bautomatisch\b
      | (?:cet\ article|ce\ texte)\ a\ été\b[^.!?]{0,60}\bautomatiquement\b
      | est[ea]\ (?:nota|noticia|artículo|texto)\ (?:fue|ha\ sido)\b[^.!?]{0,60}\bautomáticamente\b
      | est[ea]\ (?:matéria|notícia|texto|artigo)\ foi\b[^.!?]{0,60}\bautomaticamente\b
      | quest[oa]\ (?:articolo|notizia|testo)\ è\ stat[oa]\b[^.!?]{0,60}\bautomaticamente\b
      | dit\ (?:artikel|bericht)\ is\b[^.!?]{0,60}\bautomatisch\b)""",
    re.IGNORECASE | re.VERBOSE)
#: The boilerplate a press release closes with, after the story: a heading "About
#: <Company>" (the wire services' house form: Business Wire, PR Newswire and
#: GlobeNewswire print the issuer's standing description under it; German releases
#: through news aktuell "Über <Firma>"), then the description, which opens with the
#: company's name ("Riverbend Health is a nonprofit health system ..."). The heading is
#: at most MAX_ABOUT_HEADING_CHARS long, and at most MAX_ABOUT_PARAGRAPHS paragraphs
#: follow it to the end (a longer run is text, or a release trailer of its own).
ABOUT_HEADING = re.compile(r"(?:about|über)\s+(?P<name>(?-i:[^\W\d_a-zß])[^.!?:;]*)",
                           re.IGNORECASE)
MAX_ABOUT_HEADING_CHARS = 70
MAX_ABOUT_PARAGRAPHS = 3
#: The openings an "About" heading can have (the cheap screen before the pattern).
ABOUT_OPENINGS = ("about ", "über ")
#: The elements such a heading is set in (a line of the running text is no heading).
ABOUT_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
#: The note on the writer a post closes with: the label "About the author" (the title of
#: the author box of blog themes and plugins, WordPress's and others', and of a guest
#: post's note on its writer), alone as a heading or before a colon or a dash, opening
#: one of the last AUTHOR_NOTE_PARAGRAPHS paragraphs in the second half of the body. The
#: note and what follows it (a call to write for the site) are no part of the story. The
#: development pages print the label on 8 pages of 6 sites, none of it read into the body,
#: and the labels leave it out on 5 of the 6 labelled pages.
AUTHOR_NOTE_LABEL = re.compile(
    r"""(?:about\ the\ (?:authors?|writer)|über\ (?:den\ autor|die\ autorin|die\ autor(?:inn)?en)
      | à\ propos\ de\ l['’]aut(?:eur|rice)|sobre\ (?:el|la|o|a)\ autora?|o\ autor(?:ze|ce)
      | over\ de\ auteur)\s*(?:[:：—–-]|$)""",
    re.IGNORECASE | re.VERBOSE)
AUTHOR_NOTE_PARAGRAPHS = 3
#: The first letters such a label can open with (the cheap screen before the pattern).
AUTHOR_NOTE_OPENINGS = ("a", "ü", "u", "à", "s", "o")

#: ... or the bare stamp of an update closing the story ("Updated at 1:23 p.m.", "Last
#: updated: 22 November 2026", "Last updated: April 2, 2024", the American order with the
#: month first, "Aktualisiert am 3.12.2026, 10:15 Uhr", "Mis à jour le
#: ...", "Actualizado el ...", "Atualizado em ...", "Aggiornato il ..."), at most this
#: long: a line of its own, no sentence going on.
UPDATE_STAMP = re.compile(
    r"^\W*(?:(?:last\ )?updated(?:\ (?:at|on))?|zuletzt\ aktualisiert|aktualisiert\ (?:am|um)"
    r"|mis\ à\ jour\ (?:le|à)|actualizad[oa]\ (?:el|a\ las)|atualizad[oa]\ (?:em|às)"
    r"|aggiornat[oa]\ (?:il|alle)|bijgewerkt\ (?:op|om))\b\W*"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\ )?\d",
    re.IGNORECASE | re.VERBOSE)
MAX_UPDATE_STAMP_CHARS = 60
#: ... or, as short, the bare stamp of the publication closing the story, in the words
#: CMS templates print before the date ("Published on 01/12/2008", "Veröffentlicht am 21.
#: Jänner 2026", "Publié le ...", "Publicado el / em ...", "Pubblicato il ...", the Italian
#: CMSs' "Inserito il" / "Inserita il" (posted on), "Gepubliceerd op ...", "Opublikowano
#: ...", "Publicerad ..."): the stamp of an update's counterpart, the date's field and no
#: text (the L3S assessors file it as supplemental text, not the story);
PUBLICATION_STAMP = re.compile(
    r"^\W*(?:(?:first\ )?(?:published|posted)(?:\ (?:on|at))?|veröffentlicht\ (?:am|um)"
    r"|publié\ le|publicad[oa]\ (?:el|em|a\ las|às)|pubblicat[oa]\ il|inserit[oa]\ il"
    r"|gepubliceerd\ op|opublikowano|publicerad)\b\W*\d",
    re.IGNORECASE | re.VERBOSE)
#: ... a disclaimer that the opinions or views expressed are the authors' own, not the
#: publisher's, as blogs, contributor networks and opinion columns close their posts
#: ("The views expressed are the author's own", "This column does not necessarily
#: reflect the opinion of ...", "Les opinions exprimées ... n'engagent que leurs auteurs",
#: "Las opiniones expresadas ... no reflejan necesariamente ...", "Namentlich
#: gekennzeichnete Beiträge geben die Meinung des Autors wieder"): the publisher's notice,
#: not the text; in the languages the corpora and blind sets show it in (English, French,
#: Spanish, German), each opening the line;
OPINION_DISCLAIMER = re.compile(
    r"""^\W*(?:
        (?:the\ |any\ )?(?:opinions?|views?)\ (?:and\ \w+\ )?expressed\b.{0,120}?
        \b(?:(?:are|is)\ (?:solely\ )?(?:those\ of|(?:their|his|her|the\ authors?['’]?s?)\ own)
        |do(?:es)?\ not\ (?:necessarily\ )?(?:reflect|represent))
      | this\ (?:column|article|post|piece|blog)\ does\ not\ necessarily\ (?:reflect|represent)\b
      | les\ (?:opinions|propos|points\ de\ vue)\ (?:exprimé(?:e)?s|tenus)\b.{0,120}?
        \b(?:n['’]engagent\ que|ne\ (?:reflètent|représentent)\ pas)
      | (?:las\ )?opiniones\ (?:expresadas|vertidas)\b.{0,120}?
        \b(?:responsabilidad|no\ (?:reflejan?|representan?)\ necesariamente)
      | (?:namentlich\ gekennzeichnete\ |die\ )?(?:beiträge|gastbeiträge|artikel|kommentare)
        \ geben\ (?:immer\ |nur\ |nicht\ (?:unbedingt|notwendigerweise|zwingend)\ )?die\ meinung\ de[rs]\ )""",
    re.IGNORECASE | re.VERBOSE)
#: ... the credit line of a public fund for local reporting, which the schemes' partner
#: agreements oblige every partner to print with the stories the fund pays for: the
#: BBC's Local Democracy Reporting Service (UK, "This article was written by a Local
#: Democracy Reporter under the Local Democracy Reporting Service ..."), New Zealand's
#: Local Democracy Reporting (RNZ, NZ On Air and the News Publishers' Association: "Local
#: Democracy Reporting is a public interest news service supported by ...") and Canada's
#: Local Journalism Initiative (Canadian Heritage, News Media Canada: "... Local
#: Journalism Initiative Reporter"), each named in a closing line at most
#: ``CLOSING_CREDIT_MAX_CHARS`` long: the scheme's notice, not the story;
FUNDING_SCHEME_CREDIT = re.compile(
    r"\blocal\ (?:democracy\ report(?:ing|ers?)|journalism\ initiative)\b",
    re.IGNORECASE | re.VERBOSE)
#: ... the originator line news aktuell's ots service prints under every release it
#: distributes (presseportal.de and the sites that take its feed): "Original-Content von:
#: <issuer>, übermittelt durch news aktuell", in its English edition "Original content of:
#: <issuer>, transmitted by news aktuell": the platform's fixed line, not the release;
ORIGINATOR_LINE_SCREEN = "news aktuell"
ORIGINATOR_LINE = re.compile(
    r"(?:original[-\ ]content\ (?:von|of)\s*:?)\s*.{1,150}?[,;]?\s*"
    r"(?:übermittelt\ durch|transmitted\ by)\ news\ aktuell\W*$",
    re.IGNORECASE | re.VERBOSE)
#: ... the line of the ARD broadcasters' news pages (tagesschau.de, the regional
#: broadcasters' sites) that names the programme which carried the story: "Dieses Thema im
#: Programm: <station> | <programme> | <day> | <time>" (the label alone where the rest
#: was read as a metadata line);
BROADCAST_REFERENCE_SCREEN = "Thema im Programm"
BROADCAST_REFERENCE = re.compile(r"(?:über\ )?dieses\ thema\ im\ programm\s*:", re.IGNORECASE | re.VERBOSE)
#: ... a citation of the page itself, the box of scholarly blogs and institutes that tells
#: how to cite the post ("How to cite: Doe, J. (2025). 'Headline'. Blog, 20 May 2025."):
#: a closing paragraph at most this long that holds the page's headline (as a title of at
#: least this many characters) and a year besides it; a label of its own right before it,
#: at most this long and ending on a colon ("Suggested citation:"), goes with it;
MAX_SELF_CITATION_CHARS = 400
MIN_CITED_TITLE_CHARS = 20
CITATION_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
MAX_CITATION_LABEL_CHARS = 120
#: ... or the reference of the study the story reports, as science news closes a story
#: with the paper it is about, in the author-date form of the APA and Harvard styles:
#: the authors as "Surname, I." (one to many, "&" or "and" before the last, or "et al."),
#: then the year in parentheses ("Doe, J., Roe, A. B. & Poe, C. (2024). Title. Journal,
#: 36(2), 1-9."), perhaps after a short label of its own ("Reference:", "Journal
#: reference:"), and a journal's locator after it, its volume and issue ("36(2)") or a DOI
#: (a citation of a book or of a blog post, the page's own aside, stays text); at most
#: this long. A story's sentence does not open on an author list;
REFERENCE_ENTRY = re.compile(
    r"""^(?:[^\W\d_][^:\n]{0,30}:\s*)?
      (?:[^\W\d_][\w'’-]+,\s(?:[^\W\d_]\.\s?(?:-[^\W\d_]\.\s?)?){1,3},?\s(?:(?:&|and)\s)?){1,12}
      (?:et\ al\.\s)?\((?:19|20)\d{2}[a-z]?\)""",
    re.VERBOSE)
JOURNAL_LOCATOR = re.compile(r"\b\d{1,4}\s?\(\d{1,4}(?:[-–]\d{1,4})?\)|\bdoi\b|\b10\.\d{4,9}/",
                             re.IGNORECASE)
MAX_REFERENCE_ENTRY_CHARS = 500
#: ... the funding disclosure a nonprofit newsroom closes a story with when the story names
#: one of its funders: the label "Disclosure:" opening the paragraph and the funders named
#: as such after it ("Disclosure: X has been a financial supporter of The Example Tribune, a
#: nonprofit, nonpartisan news organization ..."), the standing note of the Texas Tribune
#: under every story that mentions a supporter, which its republishing partners print too
#: (nonprofit newsrooms disclose their funders under the Institute for Nonprofit News'
#: transparency standard); a note about the newsroom, not the story. At most this long;
FUNDING_DISCLOSURE = re.compile(
    r"^\W*disclosures?\s*:.*?\b(?:financial\s+supporters?|funders?|donors?)\b",
    re.IGNORECASE | re.DOTALL)
MAX_FUNDING_DISCLOSURE_CHARS = 600
#: ... its first character (a cheap test first: the label's letter, or a mark before it).
DISCLOSURE_OPENINGS = frozenset("Dd*([")
#: ... the credit of the editor in charge that closes a story on Chinese news sites
#: (portals and papers alike print it: "责任编辑：王小明", "（责编：王小明）",
#: "[责任编辑:王小明]", an empty "责任编辑："), at most this long;
EDITOR_CREDIT_LINE = re.compile(r"^[(（\[【]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]")
MAX_EDITOR_CREDIT_LINE_CHARS = 40
#: ... the credit of the story's editor on a line of its own under it, in the editor labels
#: of bylines (:data:`newscrawl.extract.authors.EDITOR_CREDIT_ONLY`: "Edited by Jane Doe",
#: "Editor: Jane Doe", Korean "편집 : 박성훈", Chinese "编辑：王小明"), then a name or a few
#: words, no digit and no sentence's end, perhaps in brackets with a date code after
#: them: the Central News Agency of Taiwan closes every dispatch with its editor's tag and
#: the day in the Minguo calendar ("（編輯：林淑媛）1130305"), the Indonesian agency and its
#: reprints with "Editor: X" under the reporter's line; on dev pages "Editor: <Name>"
#: closes a story outside the L3S-GN1 label, and German papers' "Redaktion: <Name>" (a
#: byline label) closes two fundus-dev and trafilatura-dev pages outside theirs. At most
#: this long, the name at most this many words (a sentence after the label is text);
MAX_NAMED_EDITOR_CREDIT_CHARS = 60
MAX_NAMED_EDITOR_CREDIT_WORDS = 5
#: ... the brackets such a credit may stand in, and what follows the label: the names, the
#: closing bracket and a date code of digits.
EDITOR_CREDIT_OPENINGS = frozenset("(（[【")
EDITOR_CREDIT_TAIL = re.compile(r"\s*(?P<names>[^\d()（）\[\]【】]*?)\s*(?:[)）\]】]\s*\d{0,8})?$")
#: ... the line naming where a story came from, printed under it after a label: the
#: language's ordinary word for "source" and a colon, then a few names and no sentence
#: ("Sources: The Foundation, The Daily"; "Quelle: Verband (DV), 2. Februar 2022, Berlin";
#: dev pages of three sites in English and German close with one, outside their labels;
#: the one that keeps its line carries a parenthesised credit, so ends like a sentence).
#: The words: "source(s)" in the languages of :mod:`newscrawl.extract.credit_labels`.
#: (:data:`SOURCE_LINE_WORDS`, defined with the furniture lines above.)
CLOSING_SOURCE_LINE = re.compile(r"^(?:" + _SOURCE_WORDS + r")\s*[:：]\s*(?P<names>\S.*)$", re.IGNORECASE)
MAX_SOURCE_LINE_CHARS = 120
MAX_SOURCE_LINE_WORDS = 10
#: ... the German press's note that a story draws on agencies' or colleagues' material,
#: printed on a line of its own under it: "Mit Material von" / "Mit Informationen von"
#: (or "der", "des") and the sources, or "mit Agenturmaterial", a few words and no
#: sentence's end after them (dev pages of two German publishers print one: a public
#: broadcaster's, whose label leaves it out of the text, and a farm paper's closing its
#: story; a blind set's writer names the same line as no body);
AGENCY_MATERIAL_CREDIT = re.compile(
    r"^\W*mit\s+(?:(?:material|informationen)\s+(?:von|der|des)\b"
    r"|agenturmaterial\b)(?P<names>[^.!?…]*)$",
    re.IGNORECASE)
MAX_AGENCY_MATERIAL_CREDIT_CHARS = 120
MAX_AGENCY_MATERIAL_CREDIT_WORDS = 8
#: ... a short line wholly in parentheses, of words alone (no digit, colon or inner
#: parenthesis) and not closing on a sentence's end: an agency's or editors' credit
#: ("(With inputs from PTI)", "(Editing by Jane Doe)", "(vyp/kna)", "(dpa)"). A labelled
#: note ("(Graphic: ...)"), a cited source with its date or number, a bracketed photo
#: credit ("[Photo=...]") are text to some labellers and stay. Full-width parentheses
#: too: Japanese and Chinese papers close a story with the reporter's name in them
#: ("（高田 一郎）", "（王小明）").
MAX_PARENTHESISED_CREDIT_CHARS = 80
PARENTHESISED_CREDIT = re.compile(r"^[(（][^()（）\d:：]+(?<![.!?…。！？])[)）]$")
#: The openings :data:`PARENTHESISED_CREDIT` starts with (a cheap test first).
CREDIT_PARENTHESES = frozenset("(（")
#: ... and the closings of a byline line wholly in parentheses ("(Text: Jana Roth)").
CREDIT_CLOSING_PARENTHESES = frozenset(")）")
#: ... the desk line closing a wire story: the initials of its writer and editors, each
#: closed by a slash, sometimes with the agency's or paper's code among them, as the
#: Polish Press Agency signs its dispatches ("abc/ def/") and the portals reprinting them
#: ("abc/PAP"), and German papers their desk ("SZ/abc/def"): two to five letters a
#: code, a slash right after each code but perhaps the last, at least one code in lower
#: case (initials, not an abbreviation pair such as "NSW/ACT"), at most this long; a code
#: may be two joined by a hyphen, as Agence France-Presse signs its dispatches with the
#: bureau's or service's code before the writer's ("bur-abc/def/ghi", "ist-abc/def"),
#: the signature the portals reprinting them keep as a last line;
DESK_INITIALS_LINE = re.compile(
    r"^(?:[^\W\d_]{2,5}(?:-[^\W\d_]{2,5})?/\s?)+(?:[^\W\d_]{2,5}(?:-[^\W\d_]{2,5})?)?$")
MAX_DESK_INITIALS_LINE_CHARS = 30
#: ... or the code of the agency or the desk that signs the story, in capitals, on a line of
#: its own after a dash, as the wires' regional reprints close a story ("- NZPA" on a New
#: Zealand broadcaster's site, "AAP" alone on an Australian paper's, both outside the
#: story in the L3S-GN1 labels), and the desk's initials with the outlet's name after a
#: comma, as Philippine broadcasters sign their stories ("—ABC, The Example News"); the
#: outlet's name only after a dash and a code (a name alone after a dash is a quotation's
#: attribution), a lone code only in capitals (two to six letters), at most this long;
CODE_SIGN_OFF_LINE = re.compile(
    r"""^(?:(?:[—–]|--?)\s?[A-Z]{2,6}(?:,\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})?
       | [A-Z]{2,6})$""", re.VERBOSE)
MAX_CODE_SIGN_OFF_LINE_CHARS = 50
#: ... or the line a news agency's syndication feed closes each item with, carrying the
#: item's identifier: the agency's code, a colon, the day (yymmdd), the service's number
#: and the item's, and its version after a slash, as dpa-infocom delivers its copy to
#: partner sites ("dpa-infocom, dpa:201227-99-820474/3"; with the copyright sign before
#: it, it is a ``COPYRIGHT_NOTICE`` already), at most this long: a reference for the
#: partner's system, not text;
WIRE_ITEM_ID_LINE = re.compile(r"^[\w ,.-]{0,30}\b[a-z]{2,5}:\d{6}-\d{2,3}-\d{4,}(?:/\d{1,3})?$")
MAX_WIRE_ITEM_ID_LINE_CHARS = 60
#: ... or a short line that opens with a pictograph (an emoji: the blocks of Unicode's
#: pictographs, dingbats and symbols, and the play sign) and does not end like a
#: sentence: the promo a portal closes its stories with ("📲 Follow us on ...", the
#: "📲 Acompanhe o g1 ..." of Globo's g1), which a story's own last line never opens with;
PICTOGRAPH_OPENER = re.compile("^[\U0001F300-\U0001FAFF\u2600-\u27BF\u25B6]")
MAX_PICTOGRAPH_PROMO_CHARS = 150

#: ... the title row of a box after the story with its count in parentheses, one or two
#: words and the number ("Comments (3)", "Diskusia (12)", "Photos (8)"): the story does
#: not close on a label and a count.
COUNTED_TITLE = re.compile(r"^[^\W\d_][^\s\d()]*(?:\s[^\W\d_][^\s\d()]*)?\s*\(\d+\)$")
MAX_COUNTED_TITLE_CHARS = 40
#: A signature may carry the author's initials or desk code in parentheses after the
#: name, as Central European papers sign ("Jana Nováková (jn)", "Jan Kowalski (kow)"):
#: taken off before the name is compared with the page's authors.
SIGNATURE_CODE = re.compile(r"\s*\([^\W\d_]{1,6}(?:/[^\W\d_]{1,6})?\)$")

#: The line naming who reviewed the story for accuracy, as health and advice sites print
#: it above the text ("Medically reviewed by Dr. Jane Doe", "Fact checked by ...",
#: "Fachlich geprüft von ..."): the visible form of schema.org's ``reviewedBy`` (a
#: WebPage's reviewers), a field of the page like the byline, not text. Among the body's
#: first paragraphs (OPENING_BYLINE_WINDOW), at most this long, not ending like a sentence;
#: in the languages the blind sets print it in (English, German).
MAX_REVIEWER_LINE_CHARS = 120
REVIEWER_LINE = re.compile(
    r"""^\W*(?:(?:medically|medical|clinically|expert|fact)[-\ ]?)?(?:reviewed|checked|verified)\ by\b
      | ^\W*(?:fachlich|medizinisch|ärztlich|redaktionell)\ geprüft\ von\b""",
    re.IGNORECASE | re.VERBOSE)

#: A letter's close before the writer's first name under a newsletter ("See you next
#: Thursday,", "Best,", "Cheers,"): a short line ending on a comma, at most this long,
#: right before a last paragraph that is an author's first name alone.
MAX_VALEDICTION_CHARS = 40
#: A byline standing as one of the body's first paragraphs ("Von Jana Roth", "By JANE DOE,
#: Associated Press Writer"): among this many first paragraphs, at most this long, opening
#: with a byline lead-in, not ending like a sentence and naming a person in two words or
#: more (``body.paragraphs.without_opening_byline``).
OPENING_BYLINE_WINDOW = 2
MAX_OPENING_BYLINE_CHARS = 80
#: ... or a byline that names a desk or a role instead of a person: "Staff writer" under
#: the writer's name, "By staff writers", "From our Abuja bureau", "Our Correspondent"
#: (the desk byline of the British press and of the English-language press of South Asia
#: and Africa that follows it); among the same first paragraphs, at most this long, not
#: ending like a sentence. Dev pages of two sites open the text with one (an Indian
#: portal's agency desk, a US paper's role line), outside the text their labels mark
#: (only the labels' variant with the supplements, datelines and bylines, holds them).
MAX_DESK_BYLINE_CHARS = 50
DESK_BYLINE_LINE = re.compile(
    r"""^\W*(?:(?:(?:by|from)\s+(?:our|a)|our)\s+(?:[\w.-]+\s+){0,2}
             |(?:(?:by|from)\s+)?(?:staff|special)\s+)
        (?:correspondent|bureau|reporter|writer|desk)s?\W*$""",
    re.IGNORECASE | re.VERBOSE)
#: ... and, right under a byline only, the role line naming the paper's staff: the
#: paper's name in capitalised words and "Staff", perhaps "Staff Writer" / "staff
#: reporter" ("By Jane Doe" over "Courier Staff", "Times Staff Writer", "Tribune staff
#: reporter", as dev pages of two US papers print it under their bylines).
STAFF_ROLE_LINE = re.compile(
    r"^(?:[A-Z][\w.'’&-]*\s+){1,4}[Ss]taff(?:\s+(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent)s?)?\W*$")
#: ... or a line made of the page's authors' names alone, each perhaps with a note in
#: brackets (the place the reporter files from and the role, as French dailies print
#: their byline without a lead-in: "<Name> (<town> (<département>), envoyée spéciale) et
#: <Name>"), at most this long (``body.paragraphs.is_name_line``; the extractor's
#: ``_without_signature`` drops it as the first paragraph).
MAX_NAME_LINE_CHARS = 160
#: A note in brackets holding no bracket itself (the innermost: read again until none is left).
BRACKETED_NOTE = re.compile(r"\([^()]*\)")
#: The author's note that closes a story ("Jane Doe is a staff writer at the Courier.",
#: "Jan Novak er journalist på ..."): a last paragraph at most this long that opens with
#: the name of one of the page's authors (after at most one word: a title, "Deacon",
#: "Dr.", or a verb, "Follow Jane Doe on ..."), the name followed by a word in lower
#: case (the note's verb), not by punctuation or another name
#: (``body.paragraphs.without_closing_signature``).
MAX_AUTHOR_NOTE_CHARS = 300
AUTHOR_NOTE_TITLE = re.compile(r"^[^\W\d_][\w.]*\s+")
AUTHOR_NOTE_VERB = re.compile(r"\s+([^\W\d_])")

#: An affiliate-link disclosure opening the story ("This article contains affiliate links.
#: If you buy through them we may earn a commission", "Für Links auf dieser Seite erhält
#: ... eine Provision"): the US FTC's Endorsement Guides (16 CFR 255) and its ".com
#: Disclosures" guidance ask for the disclosure clear and conspicuous, before the links it
#: is about, so it stands above the story; the Amazon Associates Operating Agreement asks
#: for "As an Amazon Associate I earn from qualifying purchases". Its words: the affiliate
#: or partner-link word, or a commission word with a link word, in the languages of the
#: blind and development pages. On the Zyte dev pages the opening disclosures are left
#: out of the labelled text (four sites) and a closing one kept, so only the body's first
#: paragraph is read, at most this long (``body.paragraphs.without_opening_disclosure``).
MAX_OPENING_DISCLOSURE_CHARS = 320
AFFILIATE_WORD = re.compile(
    r"affiliat|afiliad|affiliazion|partner-?links?\b|\bamazon associate", re.IGNORECASE)
COMMISSION_WORD = re.compile(r"commission|\bprovision\b|comisi[oó]n", re.IGNORECASE)
DISCLOSED_LINK_WORD = re.compile(r"\blinks?\b|\bliens?\b|\benlaces?\b", re.IGNORECASE)

#: A shop box inside the story (a product's name, a line on it and a "check the price"
#: button): its links carry ``rel="sponsored"``, the attribute search engines ask of paid
#: and affiliate links (Google Search Central, "Qualify your outbound links to Google",
#: 2019). The box is the outermost ``<div>`` / ``<aside>`` / ``<section>`` around such a
#: link, below the container, holding at most this much text; a story paragraph with a
#: shop link in its sentence (a ``<p>`` in the container) is no box and stays
#: (``body.paragraphs.sponsored_boxes``).
MAX_SPONSORED_BOX_CHARS = 300
SPONSORED_BOX_TAGS = frozenset({"div", "aside", "section"})


#: A slot label: a short line an ad or widget slot prints inside the story each time it
#: breaks the text ("Advertisement", "Article content", "Story continues below"), told by
#: structure, not its words: the same line of at most ``MAX_SLOT_LABEL_WORDS`` words, not
#: ending like a sentence, printed at least ``MIN_SLOT_LABEL_REPEATS`` times in one body
#: and once more after its last part, closing it, or at the head of every part, the first
#: too, opening it (a story says a thing once, and opens and ends on text; a template
#: prints its label at every slot). Group
#: platforms interleave ad slots so (Postmedia's WordPress VIP theme labels each content
#: group between its ads, at the group's head; on the dev pages of that group the label is
#: hidden for screen readers, where the scan drops it already).
MAX_SLOT_LABEL_WORDS = 3
MIN_SLOT_LABEL_REPEATS = 3
MAX_SLOT_LABEL_CHARS = 40

#: A contact card set into or under a story (a press office's, a scientist's, a club's
#: contact: a name, a post, an organisation, a street, then a telephone number or an
#: e-mail address, each on a line of its own): the postal-address and vCard layout
#: (RFC 6350's FN / ORG / ADR / TEL / EMAIL, one to a line) that press releases, town
#: halls, institutes and associations print after their text. Six blind writers on five sets
#: leave it out of the body, and the dev labels never keep such a card (zyte, fundus-dev,
#: l3s-gn1, trafilatura-dev: none of the cards of three short lines or more with a number
#: or an address to reach is in their text; trafilatura-dev names several as unwanted).
#: A block is one when it holds at least this many lines parted by <br>, no block of its
#: own, every line at most this long ...
MIN_CONTACT_CARD_LINES = 3
MAX_CONTACT_CARD_LINE_CHARS = 80
#: ... and one line is nothing but a telephone number (at least this many digits, not a
#: date or a span of years) or an e-mail address (also written "name(at)host"), after at
#: most a short label ("Tel.:", "E-Mail:", "Phone", "T");
CONTACT_LINE = re.compile(
    r"^[^\d@:]{0,20}:?\s*(?:(?P<email>[\w.+-]+(?:@|\(at\)|\[at\])[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<phone>\+?\(?\d[\d ()./–-]{5,}\d))\W*$")
MIN_PHONE_DIGITS = 7
NOT_A_PHONE = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{2,4}$|^\d{4}\s*[-–]\s*\d{4}$")
#: The card's title right before it (a heading, or a block that is one bold line) goes
#: with it, up to this long.
MAX_CONTACT_TITLE_CHARS = 60
