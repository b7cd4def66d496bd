"""The local copy of kyivindependent.com's layout: Ghost entry points, pages agree with expected.json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import lxml.html
import pytest

from newscrawl.testsite import TestSite
from newscrawl.testsite.manifest import load_manifest

from .helpers import as_host, xml_root

KYIV_ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "kyivindependent"
EXPECTED = json.loads((KYIV_ROOT / "expected.json").read_text(encoding="utf-8"))
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "expected.json"
HOST = "kyivindependent.com"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site():
    with TestSite(sites={HOST: KYIV_ROOT}) as running:
        yield running


def page_tree(path):
    manifest = load_manifest(KYIV_ROOT)
    return lxml.html.fromstring(manifest.page(path).file.read_bytes())


def test_manifest_has_five_or_six_articles_and_the_ghost_page_kinds():
    manifest = load_manifest(KYIV_ROOT)
    assert 5 <= len(manifest.articles) <= 6
    assert {p.path for p in manifest.articles} == set(EXPECTED)
    assert {p.kind for p in manifest.non_articles} == {"front", "page", "tag", "author"}
    assert {EXPECTED[p]["markup"] for p in EXPECTED} == {"structured", "bare"}


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_article_markup_agrees_with_expected(path):
    truth = EXPECTED[path]
    tree = page_tree(path)
    assert tree.findtext(".//h1").strip() == truth["headline"]
    assert [p.text_content() for p in tree.cssselect(".post-content p")] == truth["body_paragraphs"]
    assert [a.text_content() for a in tree.cssselect(".post-meta__author")] == truth["authors"]
    published = dt.datetime.fromisoformat(truth["published"])
    assert tree.cssselect("time.post-meta__date")[0].get("datetime") == published.date().isoformat()
    image = truth["images"][0]
    assert tree.cssselect("figure img")[0].get("src") == image["url"]
    assert tree.cssselect("figcaption")[0].text_content() == f"{image['caption']} ({image['credit']})"
    scripts = tree.xpath('//script[@type="application/ld+json"]/text()')
    if truth["markup"] == "structured":
        data = json.loads(scripts[0])
        assert dt.datetime.fromisoformat(data["datePublished"]) == published
        assert data["headline"] == truth["headline"]
    else:
        assert not scripts and not tree.xpath("//meta[@property]")
    # the furniture the seed page has around the story is there, outside the body
    assert tree.cssselect(".news-feed") and tree.cssselect(".author-card")
    assert "min read" in tree.cssselect(".post-meta__reading-time")[0].text_content()


def test_texts_are_our_own_not_the_seed_page():
    if not SEED.is_file():
        pytest.skip(f"{SEED} not present (../shared is absent)")
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    fixture_text = " ".join(p.read_text(encoding="utf-8") for p in KYIV_ROOT.rglob("*.html"))
    for paragraph in seed["body_paragraphs"]:
        assert paragraph[:60] not in fixture_text
    assert seed["headline"] not in fixture_text


def test_ghost_entry_points(site):
    status, _, body = as_host(site, HOST, "/robots.txt")
    lines = body.decode().splitlines()
    assert status == 200 and "Disallow: /ghost/" in lines
    assert [line for line in lines if line.startswith("Sitemap:")] == [
        "Sitemap: https://kyivindependent.com/sitemap.xml"]
    _, _, body = as_host(site, HOST, "/sitemap.xml")
    children = [loc.text.removeprefix("https://kyivindependent.com") for loc in
                xml_root(body).iter(f"{SM}loc")]
    assert children == ["/sitemap-pages.xml", "/sitemap-posts.xml", "/sitemap-authors.xml",
                        "/sitemap-tags.xml"]
    listed = {}
    for child in children:
        _, _, body = as_host(site, HOST, child)
        listed[child] = {loc.text.removeprefix("https://kyivindependent.com")
                         for loc in xml_root(body).iter(f"{SM}loc")}
    assert listed["/sitemap-posts.xml"] == set(EXPECTED)
    assert listed["/sitemap-tags.xml"] == {"/tag/ukraine/", "/tag/war/", "/tag/business/"}
    assert all(p.startswith("/author/") for p in listed["/sitemap-authors.xml"])
    assert listed["/sitemap-pages.xml"] == {"/", "/about/"}


def test_rss_at_slash_rss_and_the_home_page_links_it(site):
    status, headers, body = as_host(site, HOST, "/rss/")
    assert status == 200 and headers["content-type"].startswith("application/rss+xml")
    items = xml_root(body).findall("channel/item")
    assert {i.findtext("link").removeprefix("https://kyivindependent.com") for i in items} == set(EXPECTED)
    _, _, home = as_host(site, HOST, "/")
    tree = lxml.html.fromstring(home)
    assert tree.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href') == ["/rss/"]
    linked = set(tree.xpath('//a[@class="post-card__link"]/@href'))
    assert linked == set(EXPECTED)


def test_ghost_paths_without_slash_redirect(site):
    status, headers, _ = as_host(site, HOST, "/lviv-reopens-tram-line-to-sykhiv")
    assert (status, headers["location"]) == (301, "/lviv-reopens-tram-line-to-sykhiv/")
