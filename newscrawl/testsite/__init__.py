"""A local web for newscrawl's tests, demos and benchmarks, and the bundled demo site.

``TestSite`` serves sites on 127.0.0.1 and generates their robots.txt, sitemaps and
feeds for the host and scheme each request names (Host, X-Forwarded-Proto), so real
site names can be pointed at it with ``NEWSCRAWL_HOST_MAP``. A site is a manifest
directory (``site.json``: pages, redirects and the entry-point layout), a labelled
corpus (``TestSite.from_corpus``) or generated pages (``TestSite.generated``); faults
(``FaultRule``) make it misbehave on purpose. ``DEMO_ROOT`` is the bundled demo news
site, "The Harbour Gazette"; ``python -m newscrawl.testsite`` serves it (see
``__main__`` for the command line and README.md for the whole picture).
"""

from newscrawl.testsite.catalog import Page, Redirect, StaticDir
from newscrawl.testsite.faults import FaultRule, FaultSpecError, parse_fault_spec
from newscrawl.testsite.layout import DEFAULT_LAYOUT, FeedSpec, Layout, SitemapSpec
from newscrawl.testsite.manifest import Manifest, ManifestError, load_manifest
from newscrawl.testsite.routes import Fault, Request, Response, Route, Router
from newscrawl.testsite.server import DEMO_ROOT, LOOPBACK, ServedRequest, TestSite

__all__ = [
    "DEMO_ROOT", "LOOPBACK", "TestSite", "ServedRequest", "Manifest", "ManifestError",
    "Page", "Redirect", "StaticDir", "load_manifest", "Layout", "SitemapSpec", "FeedSpec",
    "DEFAULT_LAYOUT", "Fault", "FaultRule", "FaultSpecError", "parse_fault_spec",
    "Request", "Response", "Route", "Router",
]
