"""HTML for built pages: articles in three markup styles, and listing pages (fronts, tags...).

The generated site describes an article as a :class:`Story` and renders it here in one
of three layouts, the way news sites differ:

- ``jsonld``: NewsArticle JSON-LD, og:/article: meta, byline link, ``<time>``, figures
  with separate caption and credit elements;
- ``meta``: og:/article: meta only, WordPress-like markup, credits in parentheses;
- ``bare``: no structured data at all: a "By ..." line, a date written out in words.

Around the article every page has the furniture of a real site: navigation, a related
list, a newsletter box and a footer. :func:`listing_page` writes home pages, section
fronts, tag and author pages linking to articles (the corpus site uses it too).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from newscrawl.testsite.feeds import absolute

#: The article markup styles.
STORY_LAYOUTS = ("jsonld", "meta", "bare")


@dataclass(frozen=True, slots=True)
class Figure:
    """An article image with its caption and photo credit."""

    src: str
    alt: str
    caption: str
    credit: str


@dataclass(frozen=True, slots=True)
class Link:
    """A named link (section, tag, author, related story)."""

    text: str
    path: str


@dataclass(frozen=True, slots=True)
class Story:
    """Everything an article page shows; ``blocks`` are (tag, text) in body order."""

    path: str
    headline: str
    summary: str
    authors: tuple[Link, ...]
    published: dt.datetime
    modified: dt.datetime
    section: Link
    tags: tuple[Link, ...]
    blocks: tuple[tuple[str, str], ...]
    figures: tuple[Figure, ...]
    related: tuple[Link, ...]
    layout: str
    language: str = "en"
    furniture: str = ""  # a site-wide paragraph closing every body (not article text)

    @property
    def body_paragraphs(self) -> list[str]:
        """The article text as an extractor should find it, one entry per block."""
        return [text for _, text in self.blocks]


@dataclass(frozen=True, slots=True)
class SiteChrome:
    """What every page of a site shows around its content."""

    name: str
    sections: tuple[Link, ...]
    feed_links: tuple[tuple[str, str], ...] = ()  # (media type, path)
    language: str = "en"


def human_date(stamp: dt.datetime) -> str:
    """A date as bylines write it: 'November 25, 2026 06:05'."""
    return f"{stamp:%B} {stamp.day}, {stamp:%Y %H:%M}"


def _head(chrome: SiteChrome, title: str, extra: str = "") -> str:
    feeds = "".join(f'<link rel="alternate" type="{t}" title="{escape(chrome.name)}" '
                    f'href="{escape(p)}">\n' for t, p in chrome.feed_links)
    return (f'<!DOCTYPE html>\n<html lang="{chrome.language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n{feeds}{extra}</head>\n")


def _masthead(chrome: SiteChrome) -> str:
    nav = " ".join(f'<a href="{escape(s.path)}">{escape(s.text)}</a>' for s in chrome.sections)
    return (f'<header class="masthead"><a class="logo" href="/">{escape(chrome.name)}</a>\n'
            f'<nav class="primary-nav">{nav} <a href="/search/">Search</a></nav>\n'
            f'<a class="subscribe" href="/subscribe/">Subscribe</a></header>\n')


def _footer(chrome: SiteChrome) -> str:
    return ('<section class="newsletter-signup"><h2>The morning briefing</h2>'
            "<p>Sign up to get the day's most important stories in your inbox.</p>"
            '<form action="/subscribe/"><input type="email" name="email" placeholder="Email">'
            "<button>Sign up</button></form></section>\n"
            f'<footer class="site-footer"><p>\u00a9 {escape(chrome.name)}. All rights reserved.</p>'
            '<ul><li><a href="/about/">About us</a></li><li><a href="/privacy/">Privacy</a></li>'
            '<li><a href="/contact/">Contact</a></li></ul></footer>\n</body>\n</html>\n')


def _related(story: Story) -> str:
    items = "".join(f'<li><a href="{escape(r.path)}">{escape(r.text)}</a></li>'
                    for r in story.related)
    return f'<aside class="related-stories"><h2>Read more</h2><ul>{items}</ul></aside>\n'


def _json_ld(story: Story, chrome: SiteChrome, base_url: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": story.headline, "description": story.summary,
        "url": absolute(base_url, story.path), "mainEntityOfPage": absolute(base_url, story.path),
        "datePublished": story.published.isoformat(), "dateModified": story.modified.isoformat(),
        "author": [{"@type": "Person", "name": a.text, "url": absolute(base_url, a.path)}
                   for a in story.authors],
        "publisher": {"@type": "Organization", "name": chrome.name},
        "articleSection": story.section.text, "inLanguage": story.language,
    }
    if story.figures:
        data["image"] = [{"@type": "ImageObject", "url": absolute(base_url, f.src),
                          "caption": f.caption} for f in story.figures]
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>\n'


def _meta_tags(story: Story, chrome: SiteChrome, base_url: str) -> str:
    url = absolute(base_url, story.path)
    tags = [
        ("link", "canonical", url),
        ("property", "og:type", "article"), ("property", "og:title", story.headline),
        ("property", "og:url", url), ("property", "og:site_name", chrome.name),
        ("name", "description", story.summary),
        ("property", "article:published_time", story.published.isoformat()),
        ("property", "article:modified_time", story.modified.isoformat()),
        ("property", "article:section", story.section.text),
    ]
    if story.figures:
        tags.append(("property", "og:image", absolute(base_url, story.figures[0].src)))
    tags += [("name", "author", a.text) for a in story.authors]
    out = []
    for attr, key, value in tags:
        if attr == "link":
            out.append(f'<link rel="{key}" href="{escape(value)}">')
        else:
            out.append(f'<meta {attr}="{key}" content="{escape(value)}">')
    return "\n".join(out) + "\n"


def _names(authors: Sequence[Link], linked: bool, link_attrs: str = "") -> str:
    parts = [f'<a {link_attrs}href="{escape(a.path)}">{escape(a.text)}</a>' if linked
             else escape(a.text) for a in authors]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _figure(story: Story, figure: Figure, lead: bool) -> str:
    img = f'<img src="{escape(figure.src)}" alt="{escape(figure.alt)}" width="1200" height="800">'
    if story.layout == "jsonld":
        cls = "lead-image" if lead else "inline-image"
        return (f'<figure class="{cls}">{img}<figcaption><span class="caption">'
                f'{escape(figure.caption)}</span> <span class="credit">Photo: '
                f"{escape(figure.credit)}</span></figcaption></figure>\n")
    if story.layout == "meta":
        return (f'<figure class="wp-block-image">{img}<figcaption>{escape(figure.caption)} '
                f"({escape(figure.credit)})</figcaption></figure>\n")
    return (f'<div class="image">{img}<p class="caption">{escape(figure.caption)}</p>'
            f'<p class="credit">Photo: {escape(figure.credit)}</p></div>\n')


def _body(story: Story) -> str:
    out = []
    inline = list(story.figures[1:])
    for number, (tag, text) in enumerate(story.blocks):
        out.append(f"<{tag}>{escape(text)}</{tag}>\n")
        if inline and number in (2, 5):
            out.append(_figure(story, inline.pop(0), lead=False))
        if number == 3:
            out.append('<div class="ad-slot">Advertisement</div>\n')
    if story.furniture:
        out.append(f"<p>{escape(story.furniture)}</p>\n")
    return "".join(out)


def _article_header(story: Story) -> str:
    when = human_date(story.published)
    updated = ""
    if story.modified != story.published:
        updated = (f' <span class="updated">Updated <time datetime="{story.modified.isoformat()}">'
                   f"{human_date(story.modified)}</time></span>")
    minutes = max(1, sum(len(t.split()) for _, t in story.blocks) // 220)
    linked_by_rel = _names(story.authors, True, 'rel="author" ')
    linked_vcard = _names(story.authors, True, 'class="url fn n" ')
    if story.layout == "jsonld":
        return (f'<header class="story-header"><p class="kicker"><a href="{story.section.path}">'
                f"{escape(story.section.text)}</a></p>\n"
                f'<h1 class="story-title">{escape(story.headline)}</h1>\n'
                f'<p class="standfirst">{escape(story.summary)}</p>\n'
                f'<div class="byline">By {linked_by_rel}</div>\n'
                f'<time class="published" datetime="{story.published.isoformat()}">{when}</time>'
                f'{updated} <span class="reading-time">{minutes} min read</span></header>\n')
    if story.layout == "meta":
        return (f'<header class="entry-header"><h1 class="entry-title">{escape(story.headline)}'
                f'</h1>\n<div class="entry-meta"><span class="byline">by '
                f'<span class="author vcard">'
                f'{linked_vcard}'
                f'</span></span> <time class="entry-date published" '
                f'datetime="{story.published.isoformat()}">{when}</time>{updated}</div></header>\n')
    return (f"<h1>{escape(story.headline)}</h1>\n"
            f'<p class="byline">By {_names(story.authors, False)}</p>\n'
            f'<p class="date">Published {when}{updated}</p>\n')


def _tags(story: Story) -> str:
    items = "".join(f'<li><a href="{escape(t.path)}">{escape(t.text)}</a></li>' for t in story.tags)
    return f'<ul class="tags">{items}</ul>\n'


def article_page(story: Story, chrome: SiteChrome, base_url: str) -> str:
    """The article page in the story's layout."""
    extra = ""
    if story.layout in ("jsonld", "meta"):
        extra = _meta_tags(story, chrome, base_url)
    if story.layout == "jsonld":
        extra += _json_ld(story, chrome, base_url)
    lead = _figure(story, story.figures[0], lead=True) if story.figures else ""
    containers = {"jsonld": ('<article class="story">', '<div class="story-body">'),
                  "meta": ('<article class="post type-post status-publish">',
                           '<div class="entry-content">'),
                  "bare": ('<div class="article">', '<div class="text">')}
    outer, inner = containers[story.layout]
    closing = "</article>" if outer.startswith("<article") else "</div>"
    return (_head(chrome, f"{story.headline} | {chrome.name}", extra)
            + f'<body class="article-page">\n{_masthead(chrome)}<main>\n{outer}\n'
            + _article_header(story) + lead + f"{inner}\n{_body(story)}</div>\n"
            + _tags(story) + f"{closing}\n" + _related(story) + "</main>\n" + _footer(chrome))


@dataclass(frozen=True, slots=True)
class Teaser:
    """One entry of a listing page."""

    title: str
    path: str
    summary: str = ""
    published: dt.datetime | None = None


def listing_page(chrome: SiteChrome, title: str, teasers: Sequence[Teaser],
                 intro: str = "", kind: str = "section") -> str:
    """A home page, section front, tag or author page linking to articles."""
    items = []
    for teaser in teasers:
        when = (f'<time datetime="{teaser.published.isoformat()}">{human_date(teaser.published)}'
                "</time>" if teaser.published else "")
        summary = f"<p>{escape(teaser.summary)}</p>" if teaser.summary else ""
        items.append(f'<article class="teaser"><h2><a href="{escape(teaser.path)}">'
                     f"{escape(teaser.title)}</a></h2>{summary}{when}</article>\n")
    intro_html = f'<p class="intro">{escape(intro)}</p>\n' if intro else ""
    page_title = chrome.name if kind == "front" else f"{title} | {chrome.name}"
    return (_head(chrome, page_title) + f'<body class="{kind}-page">\n{_masthead(chrome)}<main>\n'
            f'<h1 class="page-title">{escape(title)}</h1>\n{intro_html}'
            f'<section class="story-list">\n{"".join(items)}</section>\n</main>\n'
            + _footer(chrome))
