"""A local web server for newscrawl's tests, demos and benchmarks, and the bundled demo site.

``TestSite`` serves a site described by a manifest (``site.json``) on 127.0.0.1 and
generates its robots.txt, sitemaps and feeds for the port it actually got.
``DEMO_ROOT`` is the bundled demo news site, "The Harbour Gazette"; run it with
``python -m newscrawl.testsite``.
"""

from newscrawl.testsite.manifest import Manifest, ManifestError, Page, load_manifest
from newscrawl.testsite.routes import Fault, Request, Response, Route, Router
from newscrawl.testsite.server import DEMO_ROOT, LOOPBACK, TestSite

__all__ = [
    "DEMO_ROOT", "LOOPBACK", "TestSite", "Manifest", "ManifestError", "Page",
    "load_manifest", "Fault", "Request", "Response", "Route", "Router",
]
