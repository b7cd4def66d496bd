"""The local web server: a manifest site served on 127.0.0.1 from a background thread.

:class:`TestSite` is what spiders and tests use::

    with TestSite(root=DEMO_ROOT, port=0) as site:
        site.base_url        # 'http://127.0.0.1:43123/'
        site.articles        # absolute URLs of the article pages
        site.requests_log    # [(method, path, status), ...] as served

It binds the loopback interface only. The HTTP handler is generic: it turns each
request into a :class:`~newscrawl.testsite.routes.Request`, asks the router and writes
the :class:`~newscrawl.testsite.routes.Response` (GET and HEAD).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newscrawl.testsite.feeds import absolute
from newscrawl.testsite.manifest import Manifest, load_manifest
from newscrawl.testsite.routes import Fault, Request, Response, Route, Router, manifest_routes

#: The only interface the server ever binds.
LOOPBACK = "127.0.0.1"

#: The bundled demo site.
DEMO_ROOT = Path(__file__).resolve().parent / "demo"

logger = logging.getLogger(__name__)


def http_date(stamp: dt.datetime) -> str:
    """A timestamp as HTTP headers write it, e.g. 'Fri, 20 Nov 2026 07:45:00 GMT'."""
    return email.utils.format_datetime(stamp.astimezone(dt.timezone.utc), usegmt=True)


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that does not block exit and can rebind a port at once."""

    daemon_threads = True
    allow_reuse_address = True
    #: Set by TestSite before serving.
    site: "TestSite"


class SiteRequestHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the site's router; logs each request to the site."""

    server: _Server
    server_version = "newscrawl-testsite"
    protocol_version = "HTTP/1.1"
    #: Seconds an idle keep-alive connection is kept before its thread ends.
    timeout = 30

    def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
        """Answer a GET with headers and body."""
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - name fixed by http.server
        """Answer a HEAD with the headers a GET would get."""
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        site = self.server.site
        target = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=unquote(target.path) or "/",
            query=target.query,
            base_url=site.base_url,
            headers={k.lower(): v for k, v in self.headers.items()},
        )
        response = site.router.resolve(request)
        if response.delay:
            time.sleep(response.delay)
        site.record(self.command, self.path, response.status)
        try:
            self._write(response, send_body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away; nothing to answer

    def _write(self, response: Response, send_body: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        if response.last_modified is not None:
            self.send_header("Last-Modified", http_date(response.last_modified))
        for name, value in response.headers:
            self.send_header(name, value)
        if response.truncate_to is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not send_body:
            return
        body = response.body
        if response.truncate_to is not None:
            body = body[:response.truncate_to]
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature fixed
        """Route the access log to logging (debug) instead of stderr."""
        logger.debug("%s " + format, self.address_string(), *args)


class TestSite:
    """A manifest site served on 127.0.0.1 in a background thread; a context manager.

    ``extra_routes`` are tried before the manifest's own routes; ``faults`` alter the
    responses of the paths they match (see :mod:`newscrawl.testsite.routes`).
    """

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, root: str | Path = DEMO_ROOT, port: int = 0, *,
                 faults: Sequence[Fault] = (), extra_routes: Sequence[Route] = ()):
        self.manifest: Manifest = load_manifest(root)
        self.root = self.manifest.root
        self.router = Router(list(extra_routes) + manifest_routes(self.manifest), faults)
        self.requested_port = port
        self.requests_log: list[tuple[str, str, int]] = []
        self._log_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> "TestSite":
        """Bind 127.0.0.1 and serve in a daemon thread; returns self. Starting twice is a no-op."""
        if self._server is not None:
            return self
        server = _Server((LOOPBACK, self.requested_port), SiteRequestHandler)
        server.site = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="testsite",
                                        kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port; safe to call more than once."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "TestSite":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._server is not None

    # -- addresses ----------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The port actually bound (only known once started)."""
        if self._server is None:
            raise RuntimeError("the test site is not running")
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """'http://127.0.0.1:PORT/' of the running server."""
        return f"http://{LOOPBACK}:{self.port}/"

    def url(self, path: str) -> str:
        """The absolute URL of a root-relative path on this server."""
        return absolute(self.base_url, path)

    @property
    def articles(self) -> list[str]:
        """Absolute URLs of the article pages, newest first."""
        return [self.url(p.path) for p in self.manifest.articles]

    @property
    def non_articles(self) -> list[str]:
        """Absolute URLs of the pages that are not articles (front, sections, tags...)."""
        return [self.url(p.path) for p in self.manifest.non_articles]

    # -- request log --------------------------------------------------------------------
    def record(self, method: str, path: str, status: int) -> None:
        """Append one served request to ``requests_log`` (thread-safe)."""
        with self._log_lock:
            self.requests_log.append((method, path, status))

    def requests_for(self, path: str, method: str | None = None) -> int:
        """How many requests for ``path`` (and of ``method``, if given) were served."""
        with self._log_lock:
            return sum(1 for m, p, _ in self.requests_log
                       if p == path and (method is None or m == method))
