"""The generated site: deterministic pages built on request, big sitemaps in parts, updates."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from urllib.parse import urlsplit

import lxml.html
import pytest

from newscrawl.testsite import TestSite
from newscrawl.testsite.generated import GeneratedCatalog

from .helpers import http_request, xml_root

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
BODY_CONTAINER = {"jsonld": "story-body", "meta": "entry-content", "bare": "text"}


@pytest.fixture(scope="module")
def site():
    with TestSite.generated(n_articles=2500, seed=7) as running:
        yield running


def path_of(url):
    return urlsplit(url).path


def body_blocks(html: bytes, layout: str) -> list[str]:
    tree = lxml.html.fromstring(html)
    (container,) = tree.xpath(f'//div[@class="{BODY_CONTAINER[layout]}"]')
    return [node.text_content() for node in container.xpath("./p | ./h2 | ./blockquote")]


def test_same_seed_same_pages_other_seed_other_pages():
    first, again, other = (GeneratedCatalog(300, seed=s) for s in (3, 3, 4))
    paths = list(first.article_paths())
    assert paths == list(again.article_paths()) and paths != list(other.article_paths())
    page = first.lookup(paths[17])
    assert first.render(page, "http://x/") == again.render(again.lookup(paths[17]), "http://x/")


def test_articles_are_served_and_agree_with_their_truth(site):
    catalog = site.catalog
    layouts = set()
    for url in site.articles[:45:3]:
        status, headers, body = http_request(url)
        assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
        truth = catalog.truth(path_of(url))
        layouts.add(truth["layout"])
        assert body_blocks(body, truth["layout"]) == truth["body_paragraphs"]
        paragraphs = truth["body_paragraphs"]
        assert 4 <= len(paragraphs) <= 16
        assert paragraphs[0].split(" \u2014 ")[0].isupper()  # the dateline opens the body
        tree = lxml.html.fromstring(body)
        assert tree.findtext(".//h1") == truth["headline"]
        assert tree.xpath("//nav") and tree.xpath('//*[contains(@class, "related")]//a')
        assert tree.xpath('//*[contains(@class, "newsletter")]') and tree.xpath("//footer")
        json_ld = tree.xpath('//script[@type="application/ld+json"]/text()')
        assert bool(json_ld) == (truth["layout"] == "jsonld")
        if json_ld:
            data = json.loads(json_ld[0])
            assert data["datePublished"] == truth["published"]
            assert [a["name"] for a in data["author"]] == truth["authors"]
        has_meta = bool(tree.xpath('//meta[@property="article:published_time"]'))
        assert has_meta == (truth["layout"] != "bare")
        for image in truth["images"]:
            assert image["caption"] in body.decode() and image["credit"] in body.decode()
    assert layouts == {"jsonld", "meta", "bare"}


def test_sitemap_index_parts_of_at_most_1000_urls(site):
    _, _, body = http_request(site.url("/sitemap.xml"))
    children = [path_of(loc.text) for loc in xml_root(body).iter(f"{SM}loc")]
    assert children == ["/sitemap-articles-1.xml", "/sitemap-articles-2.xml",
                        "/sitemap-articles-3.xml", "/sitemap-pages.xml"]
    listed = []
    for child in children[:3]:
        _, _, part = http_request(site.url(child))
        listed += [loc.text for loc in xml_root(part).iter(f"{SM}loc")]
    assert [len(listed[i:i + 1000]) for i in (0, 1000, 2000)] == [1000, 1000, 500]
    assert listed == site.articles
    _, _, pages = http_request(site.url("/sitemap-pages.xml"))
    assert {loc.text for loc in xml_root(pages).iter(f"{SM}loc")} == set(site.non_articles)


def test_news_sitemap_and_feeds(site):
    _, _, robots = http_request(site.url("/robots.txt"))
    assert f"Sitemap: {site.url('/news-sitemap.xml')}" in robots.decode().splitlines()
    _, _, body = http_request(site.url("/news-sitemap.xml"))
    urls = xml_root(body).findall(f"{SM}url")
    assert len(urls) == 1000 and urls[0].findtext(f"{SM}loc") == site.articles[0]
    assert urls[0].find(f"{NEWS}news").findtext(f"{NEWS}title")
    _, headers, rss = http_request(site.url("/feed/"))
    assert headers["content-type"].startswith("application/rss+xml")
    assert [i.findtext("link") for i in xml_root(rss).iter("item")] == site.articles[:50]
    _, _, home = http_request(site.url("/"))
    assert lxml.html.fromstring(home).xpath('//link[@rel="alternate"]/@href') == ["/feed/", "/feed/atom/"]


def test_listing_pages_link_to_articles(site):
    for url in site.non_articles[:12]:
        status, _, body = http_request(url)
        assert status == 200
        links = lxml.html.fromstring(body).xpath('//article[@class="teaser"]//a/@href')
        assert links, url
        assert http_request(site.url(links[-1]))[0] == 200


def test_unknown_article_paths_are_404(site):
    real = path_of(site.articles[5])
    assert http_request(site.url(real.replace("-5/", "-6/")))[0] == 404
    assert http_request(site.url(real[:-1]))[0] == 301
    assert http_request(site.url("/news/2026/11/no-such-story-99999/"))[0] == 404


def test_update_changes_lastmod_feed_and_text():
    with TestSite.generated(n_articles=1500, seed=3) as site:
        target = site.articles[1200]
        before = http_request(target)[2]
        (changed,) = site.update([path_of(target)])
        assert changed == target
        after = http_request(target)[2]
        truth = site.catalog.truth(path_of(target))
        assert after != before and truth["body_paragraphs"][-1].startswith("Update, ")
        assert truth["modified"] > truth["published"]
        _, _, part = http_request(site.url("/sitemap-articles-2.xml"))
        lastmods = {u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod") for u in xml_root(part)}
        assert dt.datetime.fromisoformat(lastmods[target]) == dt.datetime.fromisoformat(
            truth["modified"])
        _, _, index = http_request(site.url("/sitemap.xml"))
        stamps = [s.findtext(f"{SM}lastmod") for s in xml_root(index)]
        assert dt.datetime.fromisoformat(stamps[1]) == dt.datetime.fromisoformat(truth["modified"])
        _, _, atom = http_request(site.url("/feed/atom/"))
        first = xml_root(atom).find(f"{ATOM}entry")
        assert first.findtext(f"{ATOM}id") == target
        assert dt.datetime.fromisoformat(first.findtext(f"{ATOM}updated")) == \
            dt.datetime.fromisoformat(truth["modified"])
        assert truth["modified"] in after.decode() and "Updated" in after.decode()
        more = site.update(3)
        assert len(set(more)) == 3 and all(u in site.articles for u in more)
        newest = max(site.catalog.truth(path_of(u))["modified"] for u in more)
        assert dt.datetime.fromisoformat(newest) > dt.datetime.fromisoformat(truth["modified"])


def test_fifty_thousand_articles_stay_small():
    tracemalloc.start()
    try:
        with TestSite.generated(n_articles=50_000, seed=1) as site:
            _, _, index = http_request(site.url("/sitemap.xml"))
            assert len(xml_root(index)) == 51
            status, _, part = http_request(site.url("/sitemap-articles-50.xml"))
            last = [loc.text for loc in xml_root(part).iter(f"{SM}loc")]
            assert status == 200 and len(last) == 1000
            assert http_request(last[-1])[0] == 200
            assert http_request(site.url("/sitemap-articles-51.xml"))[0] == 404
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000


def test_another_layout_for_the_generated_site():
    from newscrawl.testsite import FeedSpec, Layout, SitemapSpec

    layout = Layout(robots_sitemaps=("/sitemap-1.xml.gz",),
                    sitemaps=(SitemapSpec("/sitemap-{n}.xml.gz", kinds=("*",), max_urls=100),),
                    feeds=(FeedSpec("/index.xml", "atom", limit=5),))
    with TestSite.generated(n_articles=150, seed=2, layout=layout) as site:
        assert http_request(site.url("/sitemap.xml"))[0] == 404
        status, headers, _ = http_request(site.url("/sitemap-2.xml.gz"))
        assert (status, headers["content-type"]) == (200, "application/x-gzip")
        _, _, feed = http_request(site.url("/index.xml"))
        assert len(xml_root(feed).findall(f"{ATOM}entry")) == 5
