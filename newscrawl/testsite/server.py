"""The local web server: sites served on 127.0.0.1 from a background thread.

:class:`TestSite` is what spiders and tests use::

    with TestSite(root=DEMO_ROOT, port=0) as site:
        site.base_url        # 'http://127.0.0.1:43123/'
        site.articles        # absolute URLs of the article pages
        site.requests_log    # [(method, path, status), ...] as served
        site.served          # [ServedRequest(method, host, path, query, status, fault)]

    TestSite(sites={"kyivindependent.com": KYIV_ROOT})   # virtual hosts by Host header
    TestSite.from_corpus("../shared/corpora/zyte")      # a labelled corpus as one site
    TestSite.generated(n_articles=50_000, seed=1)       # synthetic pages built on request

It binds the loopback interface only. The HTTP handler is generic: it turns each
request into a :class:`~newscrawl.testsite.routes.Request` (base URL from the
``X-Forwarded-Proto`` and ``Host`` headers, so generated robots.txt, sitemaps, feeds and
absolute redirects name the site the client asked for), asks the router of the
requested host and writes the :class:`~newscrawl.testsite.routes.Response` (GET and
HEAD), with the fault effects: delay, slow drip, truncation, connection reset.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import socket
import struct
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newscrawl.testsite.catalog import Catalog
from newscrawl.testsite.faults import parse_fault_spec
from newscrawl.testsite.feeds import absolute
from newscrawl.testsite.manifest import load_manifest
from newscrawl.testsite.routes import Request, Response, Route, Router, site_routes

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
    #: Connections the kernel queues before accept() (socketserver's default is 5). With
    #: a crawl's concurrent connections and a busy machine, a full queue drops the SYN;
    #: the client resends it a second later, and a short download timeout then expires
    #: on a request the server never saw. Real servers queue far more (nginx: 511).
    request_queue_size = 128
    #: Set by TestSite before serving.
    site: "TestSite"


class SiteRequestHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the router of the requested host; logs each request."""

    server: _Server
    server_version = "newscrawl-testsite"
    protocol_version = "HTTP/1.1"
    #: Seconds an idle keep-alive connection is kept before its thread ends.
    timeout = 30
    #: Headers and body are separate writes: without TCP_NODELAY, Nagle's algorithm and
    #: the client's delayed ACK stall each keep-alive answer by up to 40 ms.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
        """Answer a GET with headers and body."""
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - name fixed by http.server
        """Answer a HEAD with the headers a GET would get."""
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        site = self.server.site
        target = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        netloc = headers.get("host") or f"{LOOPBACK}:{site.port}"
        scheme = headers.get("x-forwarded-proto", "http").split(",")[0].strip() or "http"
        request = Request(
            method=self.command,
            path=unquote(target.path) or "/",
            query=target.query,
            base_url=f"{scheme}://{netloc}/",
            headers=headers,
            host=host_name(netloc),
        )
        response = site.router_for(request.host).resolve(request)
        if response.delay:
            time.sleep(response.delay)
        site.record(self.command, self.path, response.status, request, response)
        try:
            if response.reset:
                self._reset()
            else:
                self._write(response, send_body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away; nothing to answer

    def _reset(self) -> None:
        """Drop the connection with a TCP reset (SO_LINGER 0), answering nothing."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

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
        if response.drip is None:
            self.wfile.write(body)
            return
        chunk, interval = response.drip
        for offset in range(0, len(body), max(1, chunk)):
            self.wfile.write(body[offset:offset + max(1, chunk)])
            self.wfile.flush()
            if offset + chunk < len(body):
                time.sleep(interval)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature fixed
        """Route the access log to logging (debug) instead of stderr."""
        logger.debug("%s " + format, self.address_string(), *args)


def host_name(netloc: str) -> str:
    """The host name of a Host header value: lower case, without the port."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc.split("]", 1)[0] + "]"
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


@dataclass(frozen=True, slots=True)
class ServedRequest:
    """One answered request as the log keeps it."""

    method: str
    host: str
    path: str
    query: str
    status: int
    fault: str | None


def as_catalog(site) -> Catalog:
    """A catalog from a site root directory (its site.json) or an existing catalog."""
    if isinstance(site, (str, Path)):
        return load_manifest(site)
    return site


def as_faults(faults) -> list:
    """Faults from a ``--faults`` spec string or a sequence of Fault / FaultRule objects."""
    if isinstance(faults, str):
        return parse_fault_spec(faults)
    return list(faults or ())


class TestSite:
    """One or more sites served on 127.0.0.1 in a background thread; a context manager.

    ``root`` is the default site: a directory holding site.json, or a catalog (see
    :meth:`from_corpus` and :meth:`generated`). ``sites`` maps host names to more sites
    (directories or catalogs): a request whose Host header names one of them (also with
    ``www.``) gets that site, any other request the default one. ``extra_routes`` are
    tried before each site's own routes; ``faults`` (Fault / FaultRule objects or a
    ``--faults`` spec string) alter the responses they select.
    """

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, root=DEMO_ROOT, port: int = 0, *, sites: Mapping | None = None,
                 faults=(), extra_routes: Sequence[Route] = ()):
        self.catalog = as_catalog(root)
        #: The default site's catalog (named for the first version, which had manifests only).
        self.manifest = self.catalog
        self.root = getattr(self.catalog, "root", None)
        self.faults = as_faults(faults)
        extra = list(extra_routes)
        self.router = Router(extra + site_routes(self.catalog), self.faults)
        self.sites = {host_name(h): as_catalog(c) for h, c in (sites or {}).items()}
        self.routers = {h: Router(extra + site_routes(c), self.faults)
                        for h, c in self.sites.items()}
        self.requested_port = port
        self.requests_log: list[tuple[str, str, int]] = []
        self.served: list[ServedRequest] = []
        self._log_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @classmethod
    def from_corpus(cls, path: str | Path, port: int = 0, **options) -> "TestSite":
        """A site serving a labelled corpus directory (zyte or fundus-dev format)."""
        from newscrawl.testsite.corpus import CorpusCatalog

        return cls(CorpusCatalog.load(path), port, **options)

    @classmethod
    def generated(cls, n_articles: int = 5000, seed: int = 1, port: int = 0, *,
                  layout=None, furniture: str = "", **options) -> "TestSite":
        """A site of ``n_articles`` synthetic articles built on request from ``seed``.

        ``layout`` replaces the generated site's entry-point layout (a Layout);
        ``furniture``, when given, is a paragraph closing every article's body.
        """
        from newscrawl.testsite.generated import GENERATED_LAYOUT, GeneratedCatalog

        catalog = GeneratedCatalog(n_articles=n_articles, seed=seed,
                                   layout=layout or GENERATED_LAYOUT, furniture=furniture)
        return cls(catalog, port, **options)

    def router_for(self, host: str) -> Router:
        """The router of a host name (``www.`` ignored), the default site's otherwise."""
        router = self.routers.get(host) or self.routers.get(host.removeprefix("www."))
        return router or self.router

    def update(self, paths_or_count) -> list[str]:
        """Change articles of a generated default site (see GeneratedCatalog.update)."""
        update = getattr(self.catalog, "update", None)
        if update is None:
            raise TypeError(f"{type(self.catalog).__name__} sites cannot be updated")
        return [self.url(path) for path in update(paths_or_count)]

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
    def address(self) -> str:
        """'127.0.0.1:PORT': what NEWSCRAWL_HOST_MAP points host names at."""
        return f"{LOOPBACK}:{self.port}"

    @property
    def base_url(self) -> str:
        """'http://127.0.0.1:PORT/' of the running server."""
        return f"http://{self.address}/"

    def url(self, path: str) -> str:
        """The absolute URL of a root-relative path on this server."""
        return absolute(self.base_url, path)

    def host_map(self, hosts: Sequence[str] | None = None, as_json: bool = False):
        """NEWSCRAWL_HOST_MAP for these host names (default: every virtual host).

        A dict ``{host: "127.0.0.1:PORT"}``, or its JSON text with ``as_json``.
        """
        mapping = {host: self.address for host in (hosts if hosts is not None else self.sites)}
        return json.dumps(mapping) if as_json else mapping

    @property
    def articles(self) -> list[str]:
        """Absolute URLs of the default site's article pages, newest first."""
        return [self.url(path) for path in self.catalog.article_paths()]

    @property
    def non_articles(self) -> list[str]:
        """Absolute URLs of the default site's other pages (front, sections, tags...)."""
        return [self.url(path) for path in self.catalog.non_article_paths()]

    def articles_of(self, host: str, scheme: str = "https") -> list[str]:
        """Article URLs of a virtual host as the real site names them."""
        return [f"{scheme}://{host}{path}" for path in self.sites[host_name(host)].article_paths()]

    # -- request log --------------------------------------------------------------------
    def record(self, method: str, path: str, status: int, request: Request | None = None,
               response: Response | None = None) -> None:
        """Log one served request (thread-safe): ``requests_log`` and ``served``."""
        entry = ServedRequest(
            method=method,
            host=request.host if request else "",
            path=request.path if request else path,
            query=request.query if request else "",
            status=status,
            fault=response.fault if response else None,
        )
        with self._log_lock:
            self.requests_log.append((method, path, status))
            self.served.append(entry)

    def requests_for(self, path: str, method: str | None = None) -> int:
        """How many requests for ``path`` (and of ``method``, if given) were served."""
        with self._log_lock:
            return sum(1 for m, p, _ in self.requests_log
                       if p == path and (method is None or m == method))

    def fault_count(self, name: str | None = None) -> int:
        """How many answers a fault changed (the fault named ``name``, or any)."""
        with self._log_lock:
            return sum(1 for e in self.served
                       if e.fault is not None and (name is None or e.fault == name))
