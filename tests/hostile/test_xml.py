"""Hostile feeds and sitemaps: entity expansion and external entities neither expand nor
fetch anything, compressed bombs are cut off by the size limit, malformed XML, wrong
namespaces, relative URLs, unreadable dates and sitemap loops are survived."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from newscrawl.crawl import discovery
from newscrawl.model.failure import Failure
from newscrawl.crawl.spiders import base
from newscrawl.crawl.spiders.article import ArticleSpider
from newscrawl.testsite import TestSite
from newscrawl.testsite.routes import XML_TYPE, Response as SiteResponse, Route, exact
from tests.hostile import pages
from tests.crawl.spiders.crawl_helpers import run_crawl

BASE = "https://feeds.example/news/"
SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
LAUGHS = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
BILLION_LAUGHS_DTD = f'<!DOCTYPE r [<!ENTITY l0 "lol">{LAUGHS}]>'


def urlset(*locs: str, extra: str = "") -> bytes:
    items = "".join(f"<url><loc>{loc}</loc>{extra}</url>" for loc in locs)
    return f'<?xml version="1.0"?><urlset {SITEMAP_NS}>{items}</urlset>'.encode()


def rss(*links: str, doctype: str = "", title: str = "Item") -> bytes:
    items = "".join(f"<item><title>{title}</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel>{items}</channel></rss>'.encode()


def timed(function, *args):
    start = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - start


# -- entities ---------------------------------------------------------------------------

@pytest.mark.parametrize("parse", [discovery.parse_sitemap, discovery.parse_feed])
def test_billion_laughs_do_not_expand(parse):
    if parse is discovery.parse_sitemap:
        data = urlset("https://feeds.example/a&l9;", "https://feeds.example/b").replace(
            b"<urlset", BILLION_LAUGHS_DTD.encode() + b"<urlset", 1)
    else:
        data = rss("https://feeds.example/a&l9;", "https://feeds.example/b",
                   doctype=BILLION_LAUGHS_DTD, title="&l9;")
    entries, seconds = timed(parse, data, BASE)
    assert seconds < 1
    assert all(len(e.url) < 100 and "lol" not in e.url for e in entries)
    assert all(e.title is None or "lollol" not in e.title for e in entries)
    assert "https://feeds.example/b" in [e.url for e in entries]


def test_quadratic_blowup_does_not_expand():
    doctype = f'<!DOCTYPE r [<!ENTITY big "{"x" * 50_000}">]>'
    data = rss(*[f"https://feeds.example/{n}" for n in range(3)], doctype=doctype,
               title="&big;" * 20_000)
    entries, seconds = timed(discovery.parse_feed, data, BASE)
    assert seconds < 1
    assert all(e.title is None or len(e.title) < 1000 for e in entries)


def test_external_file_entity_is_not_read(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    doctype = f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    entries = discovery.parse_feed(rss("https://feeds.example/&xxe;", doctype=doctype,
                                       title="&xxe;"), BASE)
    sitemap = urlset("https://feeds.example/&xxe;").replace(
        b"<urlset", doctype.encode() + b"<urlset", 1)
    entries += discovery.parse_sitemap(sitemap, BASE)
    assert not any("TOP-SECRET" in (e.url + (e.title or "")) for e in entries)


def test_external_entities_and_dtds_fetch_nothing():
    with TestSite.generated(n_articles=3, seed=2) as site:
        doctypes = [f'<!DOCTYPE r SYSTEM "{site.url("/evil.dtd")}">',
                    f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "{site.url("/xxe")}">]>',
                    f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{site.url("/param")}"> %p;]>']
        for doctype in doctypes:
            discovery.parse_feed(rss("https://feeds.example/a&xxe;", doctype=doctype), BASE)
            discovery.parse_sitemap(urlset("https://feeds.example/a&xxe;").replace(
                b"<urlset", doctype.encode() + b"<urlset", 1), BASE)
        time.sleep(0.2)
        assert site.served == []


# -- malformed, namespaces, relative URLs --------------------------------------------------

@pytest.mark.parametrize("data", [
    b"", b"   ", b"not xml at all", b"<", b"<urlset", b"\x00\x01\x02", b"<?xml?><urlset>",
    urlset("/a", "/b")[:-30], urlset("/a") + b"<trailing>garbage", b"\xef\xbb\xbf" + urlset("/a"),
    urlset("/a").replace(b"<loc>", b"<loc>\x0b\x0c", 1), urlset("/a").replace(b"/a", b"/a&bogus;"),
    urlset("/a").replace(b'?>', b' encoding="no-such-codec"?>', 1),
    b'<?xml version="1.0"?><urlset>' + b"<url>" * 5000 + b"<loc>/deep</loc>",
    "<urlset><url><loc>/ü-ß</loc></url></urlset>".encode("latin-1"),
])
def test_malformed_xml_is_survived(data):
    for parse in (discovery.parse_sitemap, discovery.parse_feed):
        entries, seconds = timed(parse, data, BASE)
        assert isinstance(entries, list) and seconds < 1
        assert all(e.url.startswith("https://feeds.example/") for e in entries)


@pytest.mark.parametrize("namespace", ["", 'xmlns="http://wrong.example/ns"',
                                       'xmlns="http://www.google.com/schemas/sitemap/0.84"',
                                       'xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9"'])
def test_wrong_or_missing_sitemap_namespace(namespace):
    data = f'<urlset {namespace}><url><loc>/a</loc></url><url><loc>/b</loc></url></urlset>'.encode()
    urls = [e.url for e in discovery.parse_sitemap(data, BASE)]
    assert urls == ["https://feeds.example/a", "https://feeds.example/b"]


def test_atom_in_the_rss_namespace_and_rdf_feeds():
    atom = (b'<feed xmlns="http://purl.org/rss/1.0/"><entry><link href="x/1"/></entry>'
            b'<entry><link>x/2</link></entry></feed>')
    rdf = (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns="http://purl.org/rss/1.0/"><item><link>/r/1</link></item></rdf:RDF>')
    assert [e.url for e in discovery.parse_feed(atom, BASE)] == [
        "https://feeds.example/news/x/1", "https://feeds.example/news/x/2"]
    assert [e.url for e in discovery.parse_feed(rdf, BASE)] == ["https://feeds.example/r/1"]


def test_relative_urls_are_made_absolute():
    data = urlset("a", "/b", "../c", "//other.example/d", "?q=1", "https://feeds.example/e")
    assert [e.url for e in discovery.parse_sitemap(data, BASE)] == [
        "https://feeds.example/news/a", "https://feeds.example/b", "https://feeds.example/c",
        "https://other.example/d", "https://feeds.example/news/?q=1", "https://feeds.example/e"]


@pytest.mark.parametrize("lastmod", ["garbage {n}", "0000-00-00", "99999-12-{n}", "{n}日前"])
def test_many_unreadable_lastmods_are_bounded(lastmod, warm_process):
    items = "".join(f"<url><loc>/a{n}</loc><lastmod>{lastmod.format(n=n)}</lastmod></url>"
                    for n in range(20_000))
    entries, seconds = timed(discovery.parse_sitemap,
                             f"<urlset {SITEMAP_NS}>{items}</urlset>".encode(), BASE)
    assert len(entries) == 20_000
    assert seconds < 10


# -- compressed bombs -------------------------------------------------------------------

@pytest.fixture
def spider():
    crawler = get_crawler(ArticleSpider)
    crawler.stats = crawler._create_stats() if hasattr(crawler, "_create_stats") else crawler.stats
    return ArticleSpider.from_crawler(crawler)


def test_gzip_bomb_sitemap_is_cut_off_by_the_size_limit(spider, monkeypatch):
    monkeypatch.setattr(base, "MAX_XML_BYTES", 2_000_000)
    response = Response("https://feeds.example/sitemap.xml.gz", body=pages.gzip_bomb(50))
    data, failure = spider.xml_of(response)
    assert data is None and isinstance(failure, Failure)
    assert failure.stage == "discovery" and failure.url.endswith("sitemap.xml.gz")


def test_gzip_within_the_limit_is_read(spider):
    response = Response("https://feeds.example/sitemap.xml.gz",
                        body=pages.gzipped(urlset("/a", "/b")))
    data, failure = spider.xml_of(response)
    assert failure is None
    assert len(discovery.parse_sitemap(data, response.url)) == 2


# -- sitemap loops in a crawl -------------------------------------------------------------

def sitemap_index(*locs: str) -> bytes:
    items = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return f'<?xml version="1.0"?><sitemapindex {SITEMAP_NS}>{items}</sitemapindex>'.encode()


def loop_routes() -> list[Route]:
    """robots.txt -> /loop-a.xml, an index naming itself, /loop-b.xml and the real
    /sitemap.xml; /loop-b.xml names /loop-a.xml and itself, relatively."""
    def robots(request):
        return SiteResponse(200, f"Sitemap: {request.base_url}loop-a.xml\n".encode(),
                            "text/plain", role="discovery")

    def loop_a(request):
        body = sitemap_index(f"{request.base_url}loop-a.xml", "/loop-b.xml", "sitemap.xml")
        return SiteResponse(200, body, XML_TYPE, role="discovery")

    def loop_b(request):
        return SiteResponse(200, sitemap_index("/loop-a.xml", "loop-b.xml"), XML_TYPE,
                            role="discovery")

    return [Route("robots", exact("/robots.txt"), robots),
            Route("loop-a", exact("/loop-a.xml"), loop_a),
            Route("loop-b", exact("/loop-b.xml"), loop_b)]


def test_sitemap_loops_end_and_every_article_is_found(tmp_path):
    with TestSite.generated(n_articles=20, seed=5, extra_routes=loop_routes()) as site:
        result = run_crawl("article", tmp_path, "-a", f"site={site.base_url}",
                           "-s", "NEWSCRAWL_EXTRACT_WORKERS=0", "-s", "NEWSCRAWL_REPORT=False",
                           timeout=120)
        gets = [r.path for r in site.served if r.method == "GET"]
        articles = site.articles
    assert result.returncode == 0, result.log[-2000:]
    assert sorted(result.urls) == sorted(articles)
    assert gets.count("/loop-a.xml") == 1 and gets.count("/loop-b.xml") == 1
