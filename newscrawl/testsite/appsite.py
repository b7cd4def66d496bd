"""A local news site built like JavaScript apps are, for the app-state layer and rendering.

:func:`build_app_site` writes a manifest site (``site.json``, pages, a JSON API) into a
directory, to be served by :class:`~newscrawl.testsite.server.TestSite`. Its article
pages, one of each kind (``APP_KINDS``), reproduce the shapes the frameworks send:

- ``next``: a client-rendered Next.js page (pages router): an empty ``<div id="__next">``,
  chunk scripts, and the story only in ``<script id="__NEXT_DATA__">`` (``props.pageProps``,
  ``page``, ``query``, ``buildId``...), the body as Portable Text blocks, JSON escaped the
  way Next escapes it (``<`` as ``\\u003c``).
- ``nuxt``: a Nuxt 3 page whose story component renders on the client: the story only in
  ``<script id="__NUXT_DATA__" type="application/json">`` in the devalue format
  (``["ShallowReactive",1]``, index references, ``["Date", ...]``), the body a
  ProseMirror / Storyblok rich-text document, and the ``window.__NUXT__.config`` script.
- ``fetch``: an app shell whose inline script fetches ``/api/stories/<slug>.json`` from
  the same server and builds the article's DOM: only a browser gets the story.
- ``hashed``: a server-rendered page whose every class name is a build hash (CSS modules,
  styled-components), with neither JSON-LD nor meta tags.

``static`` articles are plain server-rendered pages (JSON-LD and meta tags), for a mixed
site. Each page's ``site.json`` entry holds what an extractor should find (title,
authors, published, section, summary), and ``body`` lists its paragraphs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from html import escape
from pathlib import Path

from newscrawl.testsite import synth
from newscrawl.testsite.render import Figure, Link, SiteChrome, Story, Teaser, article_page, listing_page

#: The app-built article kinds, one page of each per copy.
APP_KINDS = ("next", "nuxt", "fetch", "hashed")
SITE_NAME = "The Northgate Courier"
_CHROME = SiteChrome(name=SITE_NAME, sections=tuple(Link(n, f"/{s}/") for n, s in synth.SECTIONS[:5]))
_BUILD_ID = "k3Jd8sQ2vXn0aLp4T7eRw"
_EPOCH = dt.datetime(2026, 11, 2, 6, 30, tzinfo=dt.timezone.utc)


def _story(rng: random.Random, index: int, kind: str) -> Story:
    topic = rng.choice(synth.TOPICS)
    town = rng.choice(synth.TOWNS)
    headline = synth.headline(rng, topic, town)
    published = _EPOCH + dt.timedelta(hours=7 * index, minutes=rng.randint(0, 59))
    section_name, section_slug = rng.choice(synth.SECTIONS)
    authors = tuple(Link(name, f"/authors/{synth.slugify(name)}/")
                    for name in sorted({synth.person(rng) for _ in range(rng.randint(1, 2))}))
    blocks = [("p", synth.paragraph(rng, topic, town)) for _ in range(rng.randint(5, 8))]
    blocks.insert(3, ("h2", f"What happens next in {town}"))
    figure = Figure(src=f"/media/{kind}-{index}.jpg", alt=synth.caption(rng, topic, town),
                    caption=synth.caption(rng, topic, town), credit=synth.credit(rng))
    return Story(
        path=f"/{section_slug}/{synth.slugify(headline)[:60]}-{index}/", headline=headline,
        summary=synth.sentence(rng, topic, town), authors=authors, published=published,
        modified=published + dt.timedelta(hours=2), section=Link(section_name, f"/{section_slug}/"),
        tags=(Link(topic[0].title(), f"/tag/{topic[0]}/"), Link(town, f"/tag/{synth.slugify(town)}/")),
        blocks=tuple(blocks), figures=(figure,), related=(), layout="jsonld")


def _hash(*parts: object, length: int = 6) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:length]


def _script_json(value) -> str:
    """JSON safe inside ``<script>``, escaped as Next.js and Nuxt escape it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# -- Next.js ---------------------------------------------------------------------------

def _portable_text(story: Story) -> list[dict]:
    blocks: list[dict] = []
    for number, (tag, text) in enumerate(story.blocks):
        key = _hash(story.path, number, length=12)
        style = "normal" if tag == "p" else tag
        words = text.split(" ")
        middle = len(words) // 2
        children = [{"_type": "span", "_key": key + "0", "marks": [], "text": " ".join(words[:middle]) + " "},
                    {"_type": "span", "_key": key + "1", "marks": ["em"] if number % 3 == 0 else [],
                     "text": " ".join(words[middle:])}] if middle else \
            [{"_type": "span", "_key": key + "0", "marks": [], "text": text}]
        blocks.append({"_type": "block", "_key": key, "style": style, "markDefs": [],
                       "children": children})
        if number == 1:
            blocks.append({"_type": "newsletterSignup", "_key": key + "n",
                           "title": "The morning briefing", "text": "Sign up for our newsletter."})
    figure = story.figures[0]
    blocks.insert(2, {"_type": "image", "_key": _hash(story.path, "img", length=12),
                      "asset": {"_ref": f"image-{_hash(figure.src, length=24)}-1600x900-jpg",
                                "_type": "reference", "url": figure.src},
                      "caption": figure.caption, "credit": figure.credit, "alt": figure.alt})
    return blocks


def next_page(story: Story, related: list[Story]) -> str:
    """The client-rendered Next.js page of a story."""
    slug = story.path.rstrip("/").rsplit("/", 1)[-1]
    figure = story.figures[0]
    article = {
        "__typename": "Article", "_id": _hash(story.path, length=24), "slug": {"current": slug},
        "title": story.headline, "standfirst": story.summary,
        "publishedAt": story.published.isoformat().replace("+00:00", "Z"),
        "_updatedAt": story.modified.isoformat().replace("+00:00", "Z"),
        "authors": [{"_id": _hash(a.text, length=10), "name": a.text, "slug": {"current": a.path.split("/")[2]}}
                    for a in story.authors],
        "section": {"title": story.section.text, "slug": {"current": story.section.path.strip("/")}},
        "tags": [{"title": t.text} for t in story.tags],
        "mainImage": {"url": figure.src, "caption": figure.caption, "credit": figure.credit,
                      "alt": figure.alt, "width": 1600, "height": 900},
        "body": _portable_text(story),
    }
    data = {
        "props": {"pageProps": {
            "article": article,
            "navigation": [{"title": s.text, "href": s.path} for s in _CHROME.sections],
            "moreStories": [{"title": r.headline, "slug": {"current": r.path}, "standfirst": r.summary,
                             "publishedAt": r.published.isoformat()} for r in related],
            "siteSettings": {"title": SITE_NAME, "description": "News from the north shore"},
        }, "__N_SSG": True},
        "page": "/[section]/[slug]", "query": {"section": story.section.path.strip("/"), "slug": slug},
        "buildId": _BUILD_ID, "isFallback": False, "gsp": True, "scriptLoader": [],
    }
    chunk = _hash("chunk", length=16)
    scripts = "".join(f'<script src="/_next/static/chunks/{name}-{_hash(name, length=16)}.js" defer=""></script>'
                      for name in ("webpack", "framework", "main", "pages/_app",
                                   "pages/%5Bsection%5D/%5Bslug%5D"))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width"/>'
        f"<title>{escape(SITE_NAME)}</title>"
        '<meta name="next-head-count" content="3"/>'
        f'<link rel="preload" href="/_next/static/css/{chunk}.css" as="style"/>'
        f'<link rel="stylesheet" href="/_next/static/css/{chunk}.css" data-n-g=""/>'
        '<noscript data-n-css=""></noscript>'
        f'<script defer="" nomodule="" src="/_next/static/chunks/polyfills-{_hash("p", length=16)}.js"></script>'
        f"{scripts}"
        f'<script src="/_next/static/{_BUILD_ID}/_buildManifest.js" defer=""></script>'
        f'<script src="/_next/static/{_BUILD_ID}/_ssgManifest.js" defer=""></script>'
        '</head><body><div id="__next"></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{_script_json(data)}</script>'
        "</body></html>")


# -- Nuxt 3 (devalue) ------------------------------------------------------------------

class Typed:
    """A value devalue writes with a type tag: ``["Date", iso]``, ``["ShallowReactive", i]``."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value


def devalue_flatten(value) -> list:
    """``devalue.stringify``'s array for a value: item 0 the root, containers holding the
    indices of their items, primitives stored once, ``None`` as ``null``."""
    values: list = []
    primitives: dict = {}

    def add(item) -> int:
        if isinstance(item, (str, int, float, bool)) or item is None:
            key = (type(item).__name__, item)
            if key in primitives:
                return primitives[key]
            primitives[key] = len(values)
            values.append(item)
            return primitives[key]
        index = len(values)
        values.append(None)
        if isinstance(item, Typed) and item.tag == "Set":
            values[index] = ["Set", *[add(child) for child in item.value]]
        elif isinstance(item, Typed):
            values[index] = [item.tag, item.value if item.tag == "Date" else add(item.value)]
        elif isinstance(item, dict):
            values[index] = {key: add(child) for key, child in item.items()}
        else:
            values[index] = [add(child) for child in item]
        return index

    add(value)
    return values


def _prosemirror(story: Story) -> dict:
    content: list[dict] = []
    for tag, text in story.blocks:
        if tag == "p":
            content.append({"type": "paragraph", "content": [{"type": "text", "text": text}]})
        else:
            content.append({"type": "heading", "attrs": {"level": int(tag[1])},
                            "content": [{"type": "text", "text": text}]})
    figure = story.figures[0]
    content.insert(1, {"type": "blok", "attrs": {"body": [{"component": "image_embed",
                                                             "filename": figure.src,
                                                             "caption": figure.caption}]}})
    return {"type": "doc", "content": content}


def nuxt_page(story: Story, related: list[Story]) -> str:
    """The Nuxt 3 page of a story whose article component renders on the client."""
    slug = story.path.rstrip("/").rsplit("/", 1)[-1]
    figure = story.figures[0]
    story_data = {
        "id": int(_hash(story.path, length=7), 16), "uuid": _hash(story.path, length=32),
        "full_slug": story.path.strip("/"),
        "first_published_at": Typed("Date", story.published.isoformat().replace("+00:00", "Z")),
        "published_at": Typed("Date", story.modified.isoformat().replace("+00:00", "Z")),
        "content": {
            "component": "article", "headline": story.headline, "teaser": story.summary,
            "authors": [{"name": a.text, "slug": a.path.split("/")[2]} for a in story.authors],
            "image": {"filename": figure.src, "alt": figure.alt, "title": figure.caption,
                      "copyright": figure.credit},
            "body": _prosemirror(story),
            "category": story.section.text,
        },
        "tag_list": [t.text for t in story.tags],
    }
    payload = Typed("ShallowReactive", {
        "data": Typed("ShallowReactive", {f"story-{slug}": story_data,
                                          "related": [{"headline": r.headline, "full_slug": r.path}
                                                      for r in related]}),
        "state": {"$sconsent": False},
        "once": Typed("Set", []),
        "_errors": Typed("ShallowReactive", {f"story-{slug}": None}),
        "serverRendered": True, "path": story.path,
    })
    flat = devalue_flatten(payload)
    entry = _hash("entry", length=8)
    nav = "".join(f'<a href="{escape(s.path)}" class="">{escape(s.text)}</a>' for s in _CHROME.sections)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(SITE_NAME)}</title>"
        f'<link rel="stylesheet" href="/_nuxt/entry.{entry}.css" crossorigin>'
        f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{entry}.js">'
        f'<script type="module" src="/_nuxt/{entry}.js" crossorigin></script></head>'
        '<body><div id="__nuxt"><!--[--><header class="site-header"><a href="/" class="logo">'
        f"{escape(SITE_NAME)}</a><nav>{nav}</nav></header><main><!--[-->"
        '<div class="story-loading" aria-busy="true"></div><!--]--></main><!--]--></div>'
        '<div id="teleports"></div>'
        '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">'
        f"{_script_json(flat)}</script>"
        '<script>window.__NUXT__={};window.__NUXT__.config={public:{storyblokVersion:"published"},'
        f'app:{{baseURL:"/",buildId:"{_hash("b", length=36)}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>'
        "</body></html>")


# -- fetched by the page's own script --------------------------------------------------

_FETCH_SCRIPT = """
(function () {
  var root = document.getElementById('app');
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }
  fetch(%s, {headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (story) {
      document.title = story.headline + ' | ' + story.site;
      var article = el('article', {'class': 'story'});
      article.appendChild(el('h1', {}, story.headline));
      article.appendChild(el('p', {'class': 'standfirst'}, story.summary));
      var byline = el('p', {'class': 'byline'}, 'By ');
      story.authors.forEach(function (name, i) {
        if (i) { byline.appendChild(document.createTextNode(' and ')); }
        byline.appendChild(el('a', {'rel': 'author', 'href': '/authors/'}, name));
      });
      article.appendChild(byline);
      article.appendChild(el('time', {'datetime': story.published}, story.published_text));
      var figure = el('figure', {});
      figure.appendChild(el('img', {'src': story.image.url, 'alt': story.image.alt}));
      figure.appendChild(el('figcaption', {}, story.image.caption));
      article.appendChild(figure);
      var body = el('div', {'class': 'story-body'});
      story.blocks.forEach(function (block) { body.appendChild(el(block.tag, {}, block.text)); });
      article.appendChild(body);
      root.replaceChildren(article);
    })
    .catch(function (error) { root.textContent = 'Could not load the story.'; });
})();
"""


def fetch_page(story: Story, api_path: str) -> str:
    """The app shell that fetches its story from the JSON API and builds the DOM."""
    nav = "".join(f'<a href="{escape(s.path)}">{escape(s.text)}</a>' for s in _CHROME.sections)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(SITE_NAME)}</title>\n</head>\n<body>\n"
        f'<header class="masthead"><a class="logo" href="/">{escape(SITE_NAME)}</a>'
        f"<nav>{nav}</nav></header>\n"
        '<main id="app"><div class="spinner" role="status">Loading\u2026</div></main>\n'
        '<noscript>You need to enable JavaScript to run this app.</noscript>\n'
        f"<script>{_FETCH_SCRIPT % json.dumps(api_path)}</script>\n</body>\n</html>\n")


def api_story(story: Story) -> dict:
    """The JSON the fetch page's script reads."""
    figure = story.figures[0]
    return {"site": SITE_NAME, "headline": story.headline, "summary": story.summary,
            "authors": [a.text for a in story.authors], "published": story.published.isoformat(),
            "published_text": f"{story.published:%d %B %Y, %H:%M}",
            "image": {"url": figure.src, "alt": figure.alt, "caption": figure.caption},
            "blocks": [{"tag": tag, "text": text} for tag, text in story.blocks]}


# -- hashed class names -------------------------------------------------------------------

def hashed_page(story: Story) -> str:
    """A server-rendered story whose class names are all build hashes."""
    def cls(name: str) -> str:
        return f"css-{_hash(name, 'emotion', length=7)} e{_hash(name, length=5)}0"

    figure = story.figures[0]
    nav = "".join(f'<a class="{cls("navlink")}" href="{escape(s.path)}">{escape(s.text)}</a>'
                  for s in _CHROME.sections)
    authors = " and ".join(f'<a class="{cls("authorlink")}" href="{escape(a.path)}">{escape(a.text)}</a>'
                           for a in story.authors)
    body = "".join(f'<{tag} class="{cls("para" if tag == "p" else "subhead")}">{escape(text)}</{tag}>'
                   for tag, text in story.blocks)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(story.headline)} | {escape(SITE_NAME)}</title>\n"
        f'<style data-emotion="css {_hash("styles", length=7)}">.{cls("para").split()[0]}{{margin:0 0 1em}}</style>\n'
        "</head>\n<body>\n"
        f'<div class="{cls("shell")}"><div class="{cls("top")}"><a class="{cls("logo")}" href="/">'
        f'{escape(SITE_NAME)}</a><div class="{cls("nav")}">{nav}</div></div>\n'
        f'<div class="{cls("main")}"><div class="{cls("col")}">'
        f'<h1 class="{cls("title")}">{escape(story.headline)}</h1>'
        f'<div class="{cls("dek")}">{escape(story.summary)}</div>'
        f'<div class="{cls("meta")}"><span class="{cls("by")}">By {authors}</span> '
        f'<time class="{cls("time")}" datetime="{story.published.isoformat()}">'
        f"{story.published:%d %B %Y}</time></div>"
        f'<div class="{cls("media")}"><img class="{cls("img")}" src="{escape(figure.src)}" alt="{escape(figure.alt)}">'
        f'<div class="{cls("cap")}">{escape(figure.caption)} <span class="{cls("credit")}">'
        f"{escape(figure.credit)}</span></div></div>\n"
        f'<div class="{cls("text")}">{body}</div></div>\n'
        f'<div class="{cls("rail")}"><div class="{cls("railtitle")}">Most read</div>'
        f'<a class="{cls("raillink")}" href="/">Front page</a></div></div>\n'
        f'<div class="{cls("foot")}">\u00a9 {escape(SITE_NAME)}</div></div>\n</body>\n</html>\n')


# -- the site -----------------------------------------------------------------------------

def _entry(story: Story, kind: str, file: str) -> dict:
    return {"path": story.path, "file": file, "kind": "article", "title": story.headline,
            "language": "en", "published": story.published.isoformat(),
            "lastmod": story.modified.isoformat(), "authors": [a.text for a in story.authors],
            "section": story.section.text, "summary": story.summary, "app": kind,
            "body": story.body_paragraphs}


def build_app_site(root: str | Path, *, copies: int = 1, static_articles: int = 4,
                   seed: int = 17) -> Path:
    """Write the app site into ``root`` (created): ``copies`` pages of each app kind and
    ``static_articles`` plain pages, a front page, sitemaps and a feed; returns ``root``."""
    root = Path(root)
    (root / "pages").mkdir(parents=True, exist_ok=True)
    (root / "api" / "stories").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    plan = [kind for _ in range(copies) for kind in APP_KINDS] + ["static"] * static_articles
    stories = [(_story(rng, index, kind), kind) for index, kind in enumerate(plan)]
    entries = []
    for index, (story, kind) in enumerate(stories):
        related = [other for other, _ in stories[index + 1:index + 4]]
        file = f"pages/{kind}-{index}.html"
        if kind == "next":
            html = next_page(story, related)
        elif kind == "nuxt":
            html = nuxt_page(story, related)
        elif kind == "fetch":
            api_name = f"{story.path.strip('/').replace('/', '-')}.json"
            (root / "api" / "stories" / api_name).write_text(
                json.dumps(api_story(story), ensure_ascii=False), encoding="utf-8")
            html = fetch_page(story, f"/api/stories/{api_name}")
        elif kind == "hashed":
            html = hashed_page(story)
        else:
            html = article_page(story, _CHROME, "")
        (root / file).write_text(html, encoding="utf-8")
        entries.append(_entry(story, kind, file))
    teasers = [Teaser(s.headline, s.path, s.summary, s.published) for s, _ in stories]
    (root / "pages" / "home.html").write_text(
        listing_page(_CHROME, SITE_NAME, teasers, kind="front"), encoding="utf-8")
    entries.insert(0, {"path": "/", "file": "pages/home.html", "kind": "front",
                       "title": SITE_NAME, "language": "en",
                       "lastmod": max(s.modified for s, _ in stories).isoformat()})
    manifest = {"site": {"name": SITE_NAME, "language": "en",
                         "description": "A fictional outlet whose pages are built like JavaScript apps."},
                "pages": entries, "static": [{"prefix": "/api/", "dir": "api"}]}
    (root / "site.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return root


__all__ = ["APP_KINDS", "SITE_NAME", "build_app_site", "devalue_flatten", "fetch_page", "hashed_page",
           "next_page", "nuxt_page", "Typed"]
