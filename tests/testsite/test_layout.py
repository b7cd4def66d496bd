"""Entry-point layouts from site.json: parsing, defaults, and the files served for them."""

from __future__ import annotations

import gzip

import pytest

from newscrawl.testsite import DEFAULT_LAYOUT, TestSite
from newscrawl.testsite.layout import LayoutError, parse_layout
from newscrawl.testsite.manifest import ManifestError

from .helpers import http_request, write_site, xml_root

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
HTML = "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>"


def test_no_layout_block_keeps_the_demo_layout():
    assert parse_layout(None) == DEFAULT_LAYOUT
    assert DEFAULT_LAYOUT.sitemap_index == "/sitemap.xml"
    assert [f.path for f in DEFAULT_LAYOUT.feeds] == ["/rss.xml", "/atom.xml"]


def test_partial_layout_keeps_other_defaults_and_names_the_index_in_robots():
    layout = parse_layout({"sitemap_index": "/sitemap_index.xml",
                           "sitemaps": [{"path": "/posts.xml"}]})
    assert layout.robots_sitemaps == ("/sitemap_index.xml",)
    assert layout.feeds == DEFAULT_LAYOUT.feeds
    assert layout.sitemaps[0].kinds == ("article",) and not layout.sitemaps[0].gzip


def test_gzip_follows_the_file_name_and_split_sitemaps_need_a_size():
    assert parse_layout({"sitemaps": [{"path": "/s.xml.gz"}]}).sitemaps[0].gzip
    with pytest.raises(LayoutError):
        parse_layout({"sitemaps": [{"path": "/s-{n}.xml"}]})
    with pytest.raises(LayoutError):
        parse_layout({"feeds": [{"path": "/feed/", "format": "json"}]})
    with pytest.raises(LayoutError):
        parse_layout({"sitemaps": [{"path": "no-slash.xml"}]})


def test_a_bad_layout_is_a_manifest_error(tmp_path):
    write_site(tmp_path, {"/": ("front", HTML, {})}, layout={"feeds": [{"path": "x"}]})
    with pytest.raises(ManifestError, match="layout"):
        TestSite(root=tmp_path)


def _articles(count):
    return {f"/story-{n}/": ("article", HTML, {"published": f"2026-01-{n + 1:02d}T10:00:00+00:00",
                                                "title": f"Story {n}"})
            for n in range(count)}


@pytest.fixture()
def layout_site(tmp_path):
    pages = {"/": ("front", HTML, {}), "/tag/a/": ("tag", HTML, {}), **_articles(5)}
    write_site(tmp_path, pages, layout={
        "robots": {"sitemaps": ["/sitemap_index.xml", "/news-sitemap.xml"], "disallow": []},
        "sitemap_index": "/sitemap_index.xml",
        "sitemaps": [
            {"path": "/sitemap-{n}.xml.gz", "kinds": ["article"], "max_urls": 2},
            {"path": "/sitemap-misc.xml", "kinds": ["front", "tag"]},
            {"path": "/news-sitemap.xml", "kinds": ["article"], "news": True, "in_index": False},
        ],
        "feeds": [{"path": "/feed/", "format": "atom", "limit": 3}],
        "home_feed_links": True,
    })
    with TestSite(root=tmp_path) as site:
        yield site


def test_robots_names_the_declared_sitemaps(layout_site):
    _, _, body = http_request(layout_site.url("/robots.txt"))
    lines = body.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Disallow:"]
    assert [line for line in lines if line.startswith("Sitemap:")] == [
        "Sitemap: " + layout_site.url("/sitemap_index.xml"),
        "Sitemap: " + layout_site.url("/news-sitemap.xml")]


def test_split_gzipped_sitemaps_cover_the_articles_in_parts(layout_site):
    _, _, body = http_request(layout_site.url("/sitemap_index.xml"))
    children = [loc.text for loc in xml_root(body).iter(f"{SM}loc")]
    assert children == [layout_site.url(p) for p in
                        ("/sitemap-1.xml.gz", "/sitemap-2.xml.gz", "/sitemap-3.xml.gz",
                         "/sitemap-misc.xml")]
    listed = []
    for part in (1, 2, 3):
        status, headers, body = http_request(layout_site.url(f"/sitemap-{part}.xml.gz"))
        assert status == 200 and headers["content-type"] == "application/x-gzip"
        urls = [loc.text for loc in xml_root(gzip.decompress(body)).iter(f"{SM}loc")]
        assert len(urls) <= 2
        listed += urls
    assert listed == layout_site.articles  # newest first, each once
    assert http_request(layout_site.url("/sitemap-4.xml.gz"))[0] == 404
    _, _, body = http_request(layout_site.url("/sitemap-misc.xml"))
    assert sorted(loc.text for loc in xml_root(body).iter(f"{SM}loc")) == sorted(
        layout_site.non_articles)


def test_news_sitemap_outside_the_index_and_a_limited_atom_feed(layout_site):
    _, _, body = http_request(layout_site.url("/news-sitemap.xml"))
    titles = [t.text for t in xml_root(body).iter(f"{NEWS}title")]
    assert titles == ["Story 4", "Story 3", "Story 2", "Story 1", "Story 0"]
    status, headers, body = http_request(layout_site.url("/feed/"))
    assert headers["content-type"] == "application/atom+xml; charset=utf-8"
    entries = xml_root(body).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 3
    for gone in ("/sitemap.xml", "/rss.xml", "/atom.xml"):  # the demo's files are not served
        assert http_request(layout_site.url(gone))[0] == 404


def test_home_page_gets_feed_links_other_pages_do_not(layout_site):
    _, _, home = http_request(layout_site.url("/"))
    assert b'<link rel="alternate" type="application/atom+xml"' in home
    assert b'href="/feed/"' in home
    _, _, story = http_request(layout_site.url("/story-1/"))
    assert story == HTML.encode()
