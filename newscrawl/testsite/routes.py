"""Routing as data: an ordered list of routes turns a request into a response; faults alter it.

The HTTP handler knows nothing about sites. It builds a :class:`Request`, asks the
:class:`Router` for a :class:`Response` and writes it. A route is a compiled path pattern
plus a responder function; :func:`manifest_routes` builds the routes of a manifest site
(generated discovery files, redirects, pages, static files, trailing-slash redirects).
A :class:`Fault` is a rule applied to the response of matching paths afterwards (another
status, extra headers, a delay, a wrong content type, a truncated body), so misbehaving
servers can be described as data too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import mimetypes
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.testsite import feeds
from newscrawl.testsite.manifest import Manifest

HTML_TYPE = "text/html; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"

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
    return Response(status=404, body=body.encode("utf-8"))


def redirect(target: str, status: int = 301) -> Response:
    """A redirect to a root-relative or absolute URL, with a tiny HTML body."""
    body = f'<!DOCTYPE html>\n<p>Moved to <a href="{html.escape(target)}">here</a>.</p>\n'
    return Response(status=status, body=body.encode("utf-8"), headers=(("Location", target),))


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


def _generated(manifest: Manifest, make: Callable[[Manifest, str], str],
               content_type: str) -> Responder:
    """A responder serving a document generated from the manifest for the real base URL."""
    def respond(request: Request) -> Response:
        text = make(manifest, request.base_url)
        return Response(status=200, body=text.encode("utf-8"), content_type=content_type,
                        last_modified=manifest.last_modified)
    return respond


def _page_responder(manifest: Manifest) -> Responder:
    """Serves the manifest's pages from their files, Last-Modified from their lastmod."""
    def respond(request: Request) -> Response | None:
        page = manifest.page(request.path)
        if page is None:
            return None
        return Response(status=200, body=page.file.read_bytes(),
                        content_type=page.content_type, last_modified=page.lastmod)
    return respond


def _slash_redirector(manifest: Manifest) -> Responder:
    """Redirects '/a/b' to '/a/b/' when only the latter is a page, as many sites do."""
    def respond(request: Request) -> Response | None:
        if request.path.endswith("/") or manifest.page(request.path + "/") is None:
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
                        content_type=content_type_of(candidate), last_modified=stamp)
    return respond


#: The generated discovery files: (path, generator, content type).
GENERATED_FILES = (
    (feeds.ROBOTS_PATH, feeds.robots_txt, TEXT_TYPE),
    (feeds.SITEMAP_INDEX_PATH, feeds.sitemap_index, XML_TYPE),
    (feeds.NEWS_SITEMAP_PATH, feeds.news_sitemap, XML_TYPE),
    (feeds.PAGES_SITEMAP_PATH, feeds.pages_sitemap, XML_TYPE),
    (feeds.RSS_PATH, feeds.rss_feed, RSS_TYPE),
    (feeds.ATOM_PATH, feeds.atom_feed, ATOM_TYPE),
)


def manifest_routes(manifest: Manifest) -> list[Route]:
    """All routes of a manifest site, in the order they are tried."""
    routes = [
        Route(f"generated {path}", exact(path), _generated(manifest, make, ctype))
        for path, make, ctype in GENERATED_FILES
    ]
    routes += [
        Route(f"redirect {r.source}", exact(r.source),
              lambda request, r=r: redirect(r.target, r.status))
        for r in manifest.redirects
    ]
    routes.append(Route("pages", re.compile(r"/.*"), _page_responder(manifest)))
    routes += [
        Route(f"static {s.prefix}", re.compile(re.escape(s.prefix) + r".+"),
              _static_responder(s.prefix, s.directory))
        for s in manifest.static
    ]
    routes.append(Route("trailing slash", re.compile(r"/.*"), _slash_redirector(manifest)))
    return routes
