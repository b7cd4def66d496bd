"""Routing as data: routes, redirects from the manifest, faults, extra routes (over HTTP)."""

from __future__ import annotations

import http.client
import re

import pytest

from newscrawl.testsite import Fault, Request, Response, Route, Router, TestSite
from newscrawl.testsite.routes import content_type_of, exact

from .helpers import http_request, write_site

HTML = "<!DOCTYPE html><html><body><p>hello</p></body></html>"


def request(path):
    return Request(method="GET", path=path, query="", base_url="http://127.0.0.1:1/")


def test_router_tries_routes_in_order_and_falls_back_to_404():
    calls = []

    def first(req):
        calls.append("first")
        return None  # declines: the next route is tried

    router = Router([
        Route("declines", re.compile(r"/a/.*"), first),
        Route("answers", re.compile(r"/a/.*"), lambda req: Response(200, b"A")),
        Route("never", re.compile(r"/a/.*"), lambda req: Response(500, b"")),
    ])
    assert router.resolve(request("/a/x")).body == b"A"
    assert calls == ["first"]
    assert router.resolve(request("/b")).status == 404


def test_fault_changes_only_matching_paths():
    fault = Fault(exact("/busy/"), status=503, headers=(("Retry-After", "120"),))
    router = Router([Route("all", re.compile(r"/.*"), lambda req: Response(200, b"ok"))], [fault])
    busy = router.resolve(request("/busy/"))
    assert (busy.status, busy.body, busy.headers) == (503, b"ok", (("Retry-After", "120"),))
    assert router.resolve(request("/calm/")).status == 200


@pytest.mark.parametrize("name, expected", [
    ("a.svg", "image/svg+xml; charset=utf-8"), ("a.css", "text/css; charset=utf-8"),
    ("a.jpg", "image/jpeg"), ("a.unknownext", "application/octet-stream"),
])
def test_static_content_types(tmp_path, name, expected):
    assert content_type_of(tmp_path / name) == expected


@pytest.fixture()
def tiny_root(tmp_path):
    write_site(tmp_path, {
        "/": ("front", HTML, {}),
        "/story/": ("article", HTML, {"published": "2026-01-01T10:00:00+00:00"}),
    }, redirects=[{"from": "/old-story/", "to": "/story/", "status": 308}])
    return tmp_path


def test_manifest_redirects_and_faults_over_http(tiny_root):
    faults = [
        Fault(exact("/story/"), status=429, headers=(("Retry-After", "3"),)),
        Fault(exact("/"), content_type="application/octet-stream"),
    ]
    with TestSite(root=tiny_root, faults=faults) as site:
        status, headers, _ = http_request(site.url("/old-story/"))
        assert (status, headers["location"]) == (308, "/story/")
        status, headers, _ = http_request(site.url("/story/"))
        assert (status, headers["retry-after"]) == (429, "3")
        assert http_request(site.url("/"))[1]["content-type"] == "application/octet-stream"
        assert site.requests_log[-1] == ("GET", "/", 200)


def test_truncated_body_fault_announces_the_full_length(tiny_root):
    with TestSite(root=tiny_root, faults=[Fault(exact("/"), truncate_to=10)]) as site:
        connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
        connection.request("GET", "/")
        response = connection.getresponse()
        assert int(response.getheader("Content-Length")) == len(HTML.encode())
        with pytest.raises(http.client.IncompleteRead) as caught:
            response.read()
        assert caught.value.partial == HTML.encode()[:10]
        connection.close()


def test_extra_routes_come_before_the_manifest(tiny_root):
    teapot = Route("teapot", exact("/"), lambda req: Response(418, b"short and stout"))
    with TestSite(root=tiny_root, extra_routes=[teapot]) as site:
        assert http_request(site.url("/"))[:1] == (418,)
        assert http_request(site.url("/story/"))[0] == 200
