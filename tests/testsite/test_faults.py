"""Faults as data over real HTTP: each kind, selection by paths / share / host, first-N, the log."""

from __future__ import annotations

import http.client
import socket
import time

import pytest

from newscrawl.testsite import FaultRule, FaultSpecError, TestSite, parse_fault_spec
from newscrawl.testsite.faults import PDF_BYTES, PNG_BYTES, stable_fraction

from .helpers import http_request, write_site

PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body>" + "<p>news text</p>" * 40 + "</body></html>"
PATHS = [f"/story-{n}/" for n in range(40)]


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("faultsite")
    pages = {"/": ("front", PAGE, {})}
    pages.update({p: ("article", PAGE, {"published": "2026-01-01T10:00:00+00:00"}) for p in PATHS})
    write_site(root, pages)
    return root


def serve(root, *rules):
    return TestSite(root=root, faults=list(rules))


@pytest.mark.parametrize("kind, status", [("404", 404), ("410", 410), ("500", 500), ("503", 503)])
def test_error_statuses(root, kind, status):
    with serve(root, FaultRule(kind, paths=("/story-1/",))) as site:
        got, headers, body = http_request(site.url("/story-1/"))
        assert got == status and str(status).encode() in body
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert http_request(site.url("/story-2/"))[0] == 200
        assert site.served[0].fault == kind and site.served[1].fault is None


def test_429_and_503_carry_retry_after(root):
    rules = (FaultRule("429", paths=("/story-1/",), params={"retry_after": 7}),
             FaultRule("503", paths=("/story-2/",), params={"retry_after": "120"}))
    with serve(root, *rules) as site:
        status, headers, _ = http_request(site.url("/story-1/"))
        assert (status, headers["retry-after"]) == (429, "7")
        status, headers, _ = http_request(site.url("/story-2/"))
        assert (status, headers["retry-after"]) == (503, "120")


def test_delay_and_drip_slow_the_answer_but_deliver_it_whole(root):
    rules = (FaultRule("delay", paths=("/story-1/",), params={"seconds": 0.4}),
             FaultRule("drip", paths=("/story-2/",), params={"bytes": 200, "interval": 0.05}))
    with serve(root, *rules) as site:
        started = time.monotonic()
        status, _, body = http_request(site.url("/story-1/"))
        assert time.monotonic() - started >= 0.4 and status == 200 and body == PAGE.encode()
        started = time.monotonic()
        status, _, body = http_request(site.url("/story-2/"))
        chunks = -(-len(PAGE) // 200)
        assert time.monotonic() - started >= 0.05 * (chunks - 1) * 0.9
        assert body == PAGE.encode()


def test_truncate_sends_less_than_content_length(root):
    with serve(root, FaultRule("truncate", paths=("/story-1/",), params={"fraction": 0.25})) as site:
        connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
        connection.request("GET", "/story-1/")
        response = connection.getresponse()
        assert int(response.getheader("Content-Length")) == len(PAGE)
        with pytest.raises(http.client.IncompleteRead) as caught:
            response.read()
        assert len(caught.value.partial) == len(PAGE) // 4
        connection.close()


@pytest.mark.parametrize("kind, content_type, body", [
    ("octet-stream", "application/octet-stream", PAGE.encode()),
    ("pdf", "application/pdf", PDF_BYTES),
    ("png", "image/png", PNG_BYTES),
])
def test_wrong_content_types(root, kind, content_type, body):
    with serve(root, FaultRule(kind, paths=("/story-3/",))) as site:
        status, headers, got = http_request(site.url("/story-3/"))
        assert (status, headers["content-type"], got) == (200, content_type, body)


def test_reset_drops_the_connection(root):
    with serve(root, FaultRule("reset", paths=("/story-1/",))) as site:
        with pytest.raises((ConnectionResetError, http.client.RemoteDisconnected)):
            http_request(site.url("/story-1/"))
        assert http_request(site.url("/story-2/"))[0] == 200
        assert [(e.path, e.fault) for e in site.served][0] == ("/story-1/", "reset")


def test_redirect_loop_and_offsite_redirect(root):
    rules = (FaultRule("redirect-loop", paths=("/story-1/",)),
             FaultRule("redirect-offsite", paths=("/story-2/",), params={"host": "other.example"}))
    with serve(root, *rules) as site:
        status, headers, _ = http_request(site.url("/story-1/"))
        assert (status, headers["location"]) == (302, "/story-1/?loop=1")
        status, headers, _ = http_request(site.url("/story-1/?loop=1"))
        assert (status, headers["location"]) == (302, "/story-1/")
        status, headers, _ = http_request(site.url("/story-2/?a=b"),
                                          headers={"X-Forwarded-Proto": "https"})
        assert (status, headers["location"]) == (301, "https://other.example/story-2/?a=b")


def test_first_n_requests_fail_then_retries_succeed(root):
    with serve(root, FaultRule("503", paths=("/story-*",), first=2)) as site:
        statuses = [http_request(site.url("/story-5/"))[0] for _ in range(4)]
        assert statuses == [503, 503, 200, 200]
        assert http_request(site.url("/story-6/"))[0] == 503  # counted per path
        assert site.fault_count("503") == 3 and site.fault_count() == 3


def test_share_picks_a_stable_fraction_of_pages_only(root):
    rule = dict(kind="500", share=0.3, seed=4)
    chosen = []
    for _ in range(2):
        with serve(root, FaultRule(**rule)) as site:
            chosen.append({p for p in PATHS if http_request(site.url(p))[0] == 500})
            assert http_request(site.url("/robots.txt"))[0] == 200  # not a page
            assert http_request(site.url("/sitemap.xml"))[0] == 200
    assert chosen[0] == chosen[1]
    assert 4 <= len(chosen[0]) <= 20
    assert chosen[0] == {p for p in PATHS if stable_fraction(4, p) < 0.3}
    with serve(root, FaultRule("500", share=0.3, seed=5)) as site:
        assert {p for p in PATHS if http_request(site.url(p))[0] == 500} != chosen[0]


def test_paths_reach_discovery_files_and_hosts_limit_a_rule(root):
    rules = (FaultRule("500", paths=("/robots.txt",)),
             FaultRule("404", paths=("/story-1/",), hosts=("a.example",)))
    with serve(root, *rules) as site:
        assert http_request(site.url("/robots.txt"))[0] == 500
        assert http_request(site.url("/story-1/"), headers={"Host": "a.example"})[0] == 404
        assert http_request(site.url("/story-1/"), headers={"Host": "b.example"})[0] == 200


def test_spec_strings_compact_and_json():
    rules = parse_fault_spec("503:share=0.1,seed=2,first=1; delay:seconds=1.5,paths=/a/*|/b/")
    assert [(r.kind, r.share, r.seed, r.first, r.paths) for r in rules] == [
        ("503", 0.1, 2, 1, ()), ("delay", None, 0, None, ("/a/*", "/b/"))]
    assert rules[1].params == {"seconds": "1.5"}
    (rule,) = parse_fault_spec('[{"kind": "429", "paths": ["/x/"], "retry_after": 3, "name": "busy"}]')
    assert (rule.kind, rule.name, rule.params) == ("429", "busy", {"retry_after": 3})
    assert parse_fault_spec("  ") == []
    for bad in ("teapot", "503:share", "[{\"share\": 1}]", "{bad json"):
        with pytest.raises(FaultSpecError):
            parse_fault_spec(bad)


def test_spec_string_given_to_the_constructor(root):
    with TestSite(root=root, faults="410:paths=/story-9/") as site:
        assert http_request(site.url("/story-9/"))[0] == 410


def test_reset_answers_nothing_at_socket_level(root):
    with serve(root, FaultRule("reset")) as site:
        with socket.create_connection(("127.0.0.1", site.port), timeout=5) as sock:
            sock.sendall(b"GET /story-1/ HTTP/1.1\r\nHost: x\r\n\r\n")
            try:
                data = sock.recv(100)
            except ConnectionResetError:
                data = b""
            assert data == b""
