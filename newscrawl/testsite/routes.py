"""Routing as data: an ordered list of routes turns a request into a response; faults alter it.

The HTTP handler knows nothing about sites. It builds a :class:`Request`, asks the
:class:`Router` for a :class:`Response` and writes it. A route is a compiled path pattern
plus a responder function; :func:`site_routes` builds the routes of any site catalog
(robots.txt, sitemaps and feeds as its layout declares them, redirects, pages, static
files, trailing-slash redirects). Discovery files are written for the request's base
URL, so they name the host and scheme the client asked for.
A :class:`Fault` is a rule applied to the response of matching paths afterwards (another
status, extra headers, a delay, a wrong content type, a truncated body), so misbehaving
servers can be described as data too (:mod:`newscrawl.testsite.faults` has the named,
selectable faults: slow drips, resets, loops...).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import html
import mimetypes
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.testsite import feeds
from newscrawl.testsite.catalog import Catalog, Redirect
from newscrawl.testsite.layout import FeedSpec, SitemapSpec

HTML_TYPE = "text/html; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
GZIP_TYPE = "application/x-gzip"

#: Media types outside text/* that are text and get a charset parameter.
_TEXTUAL_TYPES = frozenset({
    "application/xml", "application/json", "application/javascript", "image/svg+xml",
    "application/rss+xml", "application/atom+xml",
})


@dataclass(frozen=True, slots=True)
class Request:
    """What a responder needs to know about one request."""

    method: str
    path: str
    query: str
    base_url: str
    headers: dict[str, str] = field(default_factory=dict)
    #: The host name the request was for (Host header, lower case, without the port).
    host: str = ""


@dataclass(frozen=True, slots=True)
class Response:
    """A response to write: status, body, headers, plus fault effects (delay, truncation)."""

    status: int
    body: bytes
    content_type: str = HTML_TYPE
    last_modified: dt.datetime | None = None
    headers: tuple[tuple[str, str], ...] = ()
    #: Seconds to wait before answering.
    delay: float = 0.0
    #: Send only this many body bytes while announcing the full Content-Length.
    truncate_to: int | None = None
    #: Trickle the body: (bytes per chunk, seconds between chunks).
    drip: tuple[int, float] | None = None
    #: Reset the connection instead of answering.
    reset: bool = False
    #: What answered: "page", "discovery", "redirect", "static", "missing" or a route name.
    role: str = "page"
    #: The name of the fault that changed this response, if any.
    fault: str | None = None


Responder = Callable[[Request], "Response | None"]


@dataclass(frozen=True, slots=True)
class Route:
    """A path pattern (full match) and the responder for it; None from it means 'next route'."""

    name: str
    pattern: re.Pattern
    respond: Responder

    def answer(self, request: Request) -> Response | None:
        """The route's response for the request, or None when it does not apply."""
        if not self.pattern.fullmatch(request.path):
            return None
        return self.respond(request)


@dataclass(frozen=True, slots=True)
class Fault:
    """A change applied to the responses of matching paths (anything left None is kept)."""

    pattern: re.Pattern
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    delay: float | None = None
    truncate_to: int | None = None

    def apply(self, request: Request, response: Response) -> Response:
        """The response with this fault's changes, if the request path matches."""
        if not self.pattern.fullmatch(request.path):
            return response
        changes = {
            name: getattr(self, name)
            for name in ("status", "body", "content_type", "delay", "truncate_to")
            if getattr(self, name) is not None
        }
        if self.headers:
            changes["headers"] = response.headers + self.headers
        return dataclasses.replace(response, **changes)


def exact(path: str) -> re.Pattern:
    """A pattern matching exactly one path."""
    return re.compile(re.escape(path))


def not_found(request: Request) -> Response:
    """The 404 page: a small HTML document naming the missing path."""
    body = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Page not found</title></head><body><h1>Page not found</h1>"
        f"<p>Nothing is published at {html.escape(request.path)}.</p>"
        "<p><a href=\"/\">Back to the front page</a></p></body></html>\n"
    )
    return Response(status=404, body=body.encode("utf-8"), role="missing")


def redirect(target: str, status: int = 301) -> Response:
    """A redirect to a root-relative or absolute URL, with a tiny HTML body."""
    body = f'<!DOCTYPE html>\n<p>Moved to <a href="{html.escape(target)}">here</a>.</p>\n'
    return Response(status=status, body=body.encode("utf-8"), headers=(("Location", target),),
                    role="redirect")


class Router:
    """Ordered routes, then faults: the first route that answers wins, 404 otherwise."""

    def __init__(self, routes: Sequence[Route], faults: Sequence[Fault] = ()):
        self.routes = list(routes)
        self.faults = list(faults)

    def resolve(self, request: Request) -> Response:
        """The response for a request, after faults are applied."""
        response = None
        for route in self.routes:
            response = route.answer(request)
            if response is not None:
                break
        if response is None:
            response = not_found(request)
        for fault in self.faults:
            response = fault.apply(request, response)
        return response


def content_type_of(file: Path) -> str:
    """The Content-Type of a static file by its extension, with a charset for text."""
    guessed, _ = mimetypes.guess_type(file.name)
    guessed = guessed or "application/octet-stream"
    if guessed.startswith("text/") or guessed in _TEXTUAL_TYPES:
        return f"{guessed}; charset=utf-8"
    return guessed


def _discovery(text: str, content_type: str, stamp: dt.datetime | None,
               compress: bool = False) -> Response:
    """A generated discovery file; gzip-compressed (as a .gz file is served) if asked."""
    body = text.encode("utf-8")
    if compress:
        body = gzip.compress(body, mtime=0)
        content_type = GZIP_TYPE
    return Response(status=200, body=body, content_type=content_type, last_modified=stamp,
                    role="discovery")


def sitemap_files(catalog: Catalog, spec: SitemapSpec) -> list[tuple[str, int, int | None]]:
    """The files of one sitemap spec: (path, first listed page, end) each."""
    size = spec.max_urls
    if not spec.split or size is None:
        return [(spec.path, 0, spec.max_urls)]
    parts = max(1, -(-catalog.count(spec.kinds) // size))
    return [(spec.part_path(n), (n - 1) * size, n * size) for n in range(1, parts + 1)]


def _robots(catalog: Catalog) -> Responder:
    def respond(request: Request) -> Response:
        return _discovery(feeds.robots_txt(catalog.layout, request.base_url), TEXT_TYPE,
                          catalog.last_modified)
    return respond


def _sitemap_index(catalog: Catalog, path: str) -> Responder:
    def respond(request: Request) -> Response:
        children = [
            (feeds.absolute(request.base_url, file_path),
             catalog.newest_lastmod(spec.kinds, start, stop))
            for spec in catalog.layout.indexed_sitemaps
            for file_path, start, stop in sitemap_files(catalog, spec)
        ]
        return _discovery(feeds.sitemap_index_xml(children), XML_TYPE, catalog.last_modified,
                          compress=path.endswith(".gz"))
    return respond


def _sitemap(catalog: Catalog, spec: SitemapSpec) -> Responder:
    def respond(request: Request) -> Response | None:
        for file_path, start, stop in sitemap_files(catalog, spec):
            if file_path == request.path:
                break
        else:
            return None
        pages = catalog.listing(spec.kinds, start, stop)
        text = feeds.urlset_xml(pages, request.base_url,
                                news_name=catalog.name if spec.news else None)
        return _discovery(text, XML_TYPE, catalog.newest_lastmod(spec.kinds, start, stop),
                          compress=spec.compressed)
    return respond


def _feed(catalog: Catalog, spec: FeedSpec) -> Responder:
    write = feeds.atom_xml if spec.format == "atom" else feeds.rss_xml
    content_type = ATOM_TYPE if spec.format == "atom" else RSS_TYPE

    def respond(request: Request) -> Response:
        pages = catalog.recent(spec.kinds, spec.limit)
        updated = max((p.lastmod for p in pages), default=catalog.last_modified)
        text = write(catalog, pages, request.base_url, spec.path, updated)
        return _discovery(text, content_type, updated)
    return respond


def _redirector(rule: Redirect) -> Responder:
    """A manifest redirect; an absolute one names the requested scheme and host."""
    def respond(request: Request) -> Response:
        target = feeds.absolute(request.base_url, rule.target) if rule.absolute else rule.target
        return redirect(target, rule.status)
    return respond


def _page_responder(catalog: Catalog) -> Responder:
    """Serves the catalog's pages, Last-Modified from their lastmod."""
    def respond(request: Request) -> Response | None:
        page = catalog.lookup(request.path, request.query)
        if page is None:
            return None
        return Response(status=200, body=catalog.render(page, request.base_url),
                        content_type=page.content_type, last_modified=page.lastmod)
    return respond


def _slash_redirector(catalog: Catalog) -> Responder:
    """Redirects '/a/b' to '/a/b/' when only the latter is a page, as many sites do."""
    def respond(request: Request) -> Response | None:
        if request.path.endswith("/") or catalog.lookup(request.path + "/") is None:
            return None
        return redirect(request.path + "/", 301)
    return respond


def _static_responder(prefix: str, directory: Path) -> Responder:
    """Serves files under a directory; nothing outside it, no directory listings."""
    def respond(request: Request) -> Response | None:
        relative = request.path[len(prefix):]
        candidate = (directory / relative).resolve()
        if not candidate.is_relative_to(directory) or not candidate.is_file():
            return None
        stamp = dt.datetime.fromtimestamp(candidate.stat().st_mtime, dt.timezone.utc)
        return Response(status=200, body=candidate.read_bytes(),
                        content_type=content_type_of(candidate), last_modified=stamp,
                        role="static")
    return respond


def discovery_routes(catalog: Catalog) -> list[Route]:
    """robots.txt, the sitemap index, the sitemaps and the feeds of the catalog's layout."""
    layout = catalog.layout
    routes = [Route("robots.txt", exact(feeds.ROBOTS_PATH), _robots(catalog))]
    if layout.sitemap_index:
        routes.append(Route(f"sitemap index {layout.sitemap_index}",
                            exact(layout.sitemap_index),
                            _sitemap_index(catalog, layout.sitemap_index)))
    for spec in layout.sitemaps:
        pattern = spec.part_pattern() if spec.split else exact(spec.path)
        routes.append(Route(f"sitemap {spec.path}", pattern, _sitemap(catalog, spec)))
    routes += [Route(f"feed {spec.path}", exact(spec.path), _feed(catalog, spec))
               for spec in layout.feeds]
    return routes


def site_routes(catalog: Catalog) -> list[Route]:
    """All routes of a site, in the order they are tried."""
    routes = discovery_routes(catalog)
    routes += [Route(f"redirect {r.source}", exact(r.source), _redirector(r))
               for r in catalog.redirects]
    routes.append(Route("pages", re.compile(r"/.*"), _page_responder(catalog)))
    routes += [
        Route(f"static {s.prefix}", re.compile(re.escape(s.prefix) + r".+"),
              _static_responder(s.prefix, s.directory))
        for s in catalog.static
    ]
    routes.append(Route("trailing slash", re.compile(r"/.*"), _slash_redirector(catalog)))
    return routes
