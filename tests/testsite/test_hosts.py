"""Virtual hosts: sites chosen by the Host header, URLs built from Host and X-Forwarded-Proto."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.crawl.middlewares import parse_host_map
from newscrawl.testsite import DEMO_ROOT, TestSite
from newscrawl.testsite.server import host_name

from .helpers import as_host, http_request, xml_root

KYIV_ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "kyivindependent"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site():
    with TestSite(sites={"kyivindependent.com": KYIV_ROOT}) as running:
        yield running


def test_host_map_points_the_hosts_at_the_server(site):
    assert site.host_map() == {"kyivindependent.com": f"127.0.0.1:{site.port}"}
    text = site.host_map(["example.org"], as_json=True)
    assert parse_host_map(text) == {"example.org": f"127.0.0.1:{site.port}"}
    assert json.loads(text)["example.org"] == site.address


def test_robots_and_sitemaps_name_the_requested_host_and_scheme(site):
    _, _, body = as_host(site, "kyivindependent.com", "/robots.txt")
    assert "Sitemap: https://kyivindependent.com/sitemap.xml" in body.decode().splitlines()
    _, _, body = as_host(site, "kyivindependent.com", "/sitemap.xml")
    locs = [loc.text for loc in xml_root(body).iter(f"{SM}loc")]
    assert locs and all(loc.startswith("https://kyivindependent.com/sitemap-") for loc in locs)
    _, _, body = as_host(site, "kyivindependent.com", "/sitemap-posts.xml")
    posts = [loc.text for loc in xml_root(body).iter(f"{SM}loc")]
    assert posts == site.articles_of("kyivindependent.com")


def test_scheme_defaults_to_http_and_www_is_the_same_site(site):
    status, _, body = http_request(site.url("/robots.txt"),
                                   headers={"Host": "www.kyivindependent.com:8080"})
    assert status == 200
    assert "Sitemap: http://www.kyivindependent.com:8080/sitemap.xml" in body.decode()
    assert "/ghost/" in body.decode()


def test_feed_links_follow_the_host(site):
    _, _, body = as_host(site, "kyivindependent.com", "/rss/", scheme="http")
    links = [link.text for link in xml_root(body).iter("link")]
    assert links[0] == "http://kyivindependent.com/"
    assert set(links[1:]) == set(site.articles_of("kyivindependent.com", scheme="http"))


def test_absolute_redirect_uses_the_requested_host(site):
    status, headers, _ = as_host(site, "kyivindependent.com", "/kyiv-heating-points-cold-snap/")
    assert status == 301
    assert headers["location"] == "https://kyivindependent.com/kyiv-adds-heating-points-ahead-of-cold-snap/"


def test_unknown_hosts_and_plain_requests_get_the_default_site(site):
    _, _, body = http_request(site.url("/robots.txt"))
    assert f"Sitemap: http://127.0.0.1:{site.port}/sitemap.xml" in body.decode()
    status, _, body = as_host(site, "unknown.example", "/news/storm-warning-update/")
    assert status == 200 and b"Storm" in body
    assert as_host(site, "kyivindependent.com", "/news/storm-warning-update/")[0] == 404


def test_served_log_keeps_the_host(site):
    as_host(site, "kyivindependent.com", "/tag/war/")
    entry = site.served[-1]
    assert (entry.host, entry.path, entry.status, entry.fault) == (
        "kyivindependent.com", "/tag/war/", 200, None)


def test_several_virtual_hosts_at_once():
    with TestSite(root=KYIV_ROOT, sites={"a.example": DEMO_ROOT, "b.example": KYIV_ROOT}) as site:
        assert as_host(site, "a.example", "/news/")[0] == 200
        assert as_host(site, "b.example", "/news/")[0] == 404
        assert as_host(site, "b.example", "/tag/war/")[0] == 200
        assert sorted(site.host_map()) == ["a.example", "b.example"]


@pytest.mark.parametrize("netloc, expected", [
    ("Example.COM:443", "example.com"), ("example.com", "example.com"),
    ("127.0.0.1:8000", "127.0.0.1"), ("[::1]:80", "[::1]"),
])
def test_host_name(netloc, expected):
    assert host_name(netloc) == expected
