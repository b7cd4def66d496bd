"""Corpus mode: labelled corpora served as one site at their original paths, with generated entry points."""

from __future__ import annotations

import email.utils
import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from newscrawl.testsite import TestSite
from newscrawl.testsite.corpus import CorpusCatalog, read_page, with_suffix

from .helpers import http_request, xml_root

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def page(title, lang="en"):
    return (f'<html lang="{lang}"><head><title>{title}</title></head>'
            f"<body><h1>{title}</h1><p>Text of {title}.</p></body></html>").encode()


@pytest.fixture()
def zyte_like(tmp_path):
    """A three-page corpus in the Zyte layout, two pages sharing a path."""
    urls = {"a1": "https://one.example/news/story.html?id=5",
            "b2": "https://two.example/news/story.html?id=5",
            "c3": "https://two.example/sport/match-report/"}
    (tmp_path / "html").mkdir()
    truth = {}
    for key, url in urls.items():
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(page(f"Story {key}")))
        truth[key] = {"url": url, "articleBody": "x"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


@pytest.fixture()
def fundus_like(tmp_path):
    """A two-case corpus in the fundus-dev layout."""
    (tmp_path / "html").mkdir()
    cases = [
        {"id": "de/One", "url": "https://eins.example/politik/a-1.html", "html": "html/one.html.gz",
         "title": "Erste Meldung", "authors": ["Anna B"], "publishing_date": "2024-05-03 15:47:42+02:00"},
        {"id": "fr/Two", "url": "https://deux.example/", "html": "html/two.html.gz",
         "title": "Deuxième", "authors": [], "publishing_date": "2024-04-24 00:00:00"},
    ]
    for case, lang in zip(cases, ("de", "fr")):
        (tmp_path / case["html"]).write_bytes(gzip.compress(page(case["title"], lang)))
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    return tmp_path


def test_with_suffix():
    assert with_suffix("/a/b.html", 2) == "/a/b-2.html"
    assert with_suffix("/a/b/", 3) == "/a/b-3/"
    assert with_suffix("/", 2) == "/-2/"


def test_pages_served_at_their_original_paths_collisions_suffixed(zyte_like):
    with TestSite.from_corpus(zyte_like) as site:
        catalog = site.catalog
        served = {path: catalog.original_url(path) for path in
                  (urlsplit(u).path + "?" + urlsplit(u).query if urlsplit(u).query else urlsplit(u).path
                   for u in site.articles)}
        assert sorted(served) == ["/news/story-2.html?id=5", "/news/story.html?id=5",
                                  "/sport/match-report/"]
        assert served["/news/story.html?id=5"] == "https://one.example/news/story.html?id=5"
        assert served["/news/story-2.html?id=5"] == "https://two.example/news/story.html?id=5"
        for url in site.articles:
            status, headers, body = http_request(url)
            entry = catalog.entry(url)
            assert status == 200 and body == read_page(entry.file)
            assert headers["content-type"] == "text/html; charset=utf-8"
        assert http_request(site.url("/news/story.html?id=6"))[0] == 404
        assert catalog.entry(site.url("/sport/match-report/")).id == "c3"


def test_generated_entry_points_list_the_articles(zyte_like):
    with TestSite.from_corpus(zyte_like) as site:
        _, _, robots = http_request(site.url("/robots.txt"))
        sitemaps = [line.split(": ", 1)[1] for line in robots.decode().splitlines()
                    if line.startswith("Sitemap:")]
        assert sitemaps == [site.url("/sitemap_index.xml"), site.url("/news-sitemap.xml")]
        _, _, index = http_request(sitemaps[0])
        children = [loc.text for loc in xml_root(index).iter(f"{SM}loc")]
        assert children == [site.url(p) for p in ("/sitemap-articles-1.xml", "/sitemap-pages.xml",
                                                  "/news-sitemap.xml.gz")]
        _, _, plain = http_request(children[0])
        assert [loc.text for loc in xml_root(plain).iter(f"{SM}loc")] == site.articles
        status, headers, packed = http_request(children[2])
        assert headers["content-type"] == "application/x-gzip"
        news = xml_root(gzip.decompress(packed))
        titles = {u.findtext(f"{SM}loc"): u.find(f"{NEWS}news").findtext(f"{NEWS}title")
                  for u in news.findall(f"{SM}url")}
        assert titles[site.url("/sport/match-report/")] == "Story c3"
        assert all(u.find(f"{NEWS}news").findtext(f"{NEWS}publication_date") for u in news)
        _, _, plain_news = http_request(sitemaps[1])
        assert gzip.decompress(packed) == plain_news
        _, _, rss = http_request(site.url("/feed.rss"))
        assert sorted(i.findtext("link") for i in xml_root(rss).iter("item")) == sorted(site.articles)
        _, _, atom = http_request(site.url("/feed.atom"))
        assert len(xml_root(atom).findall(f"{ATOM}entry")) == 3


def test_non_article_pages_and_redirects(zyte_like):
    with TestSite.from_corpus(zyte_like) as site:
        paths = {urlsplit(u).path for u in site.non_articles}
        assert {"/", "/section/news/", "/section/sport/", "/tag/one-example/", "/tag/two-example/",
                "/author/newsroom/"} <= paths
        for url in site.non_articles:
            status, _, body = http_request(url)
            links = lxml.html.fromstring(body).xpath('//article[@class="teaser"]//a/@href')
            assert status == 200 and links and all(site.url(h) in site.articles for h in links)
        _, _, home = http_request(site.url("/"))
        assert b'href="/feed.rss"' in home
        statuses = []
        for n in (1, 2, 3):
            status, headers, _ = http_request(site.url(f"/old/{n}/"))
            statuses.append(status)
            assert site.url(headers["location"]) in site.articles
        assert statuses == [301, 302, 301]


def test_fundus_layout_dates_titles_and_languages(fundus_like):
    catalog = CorpusCatalog.load(fundus_like)
    first = catalog.lookup("/politik/a-1.html")
    assert (first.title, first.language, first.authors) == ("Erste Meldung", "de", ("Anna B",))
    assert first.published.isoformat() == "2024-05-03T15:47:42+02:00"
    home_page = catalog.lookup("/-2/")
    assert home_page.published.isoformat() == "2024-04-24T00:00:00+00:00"
    assert catalog.original_url("/-2/") == "https://deux.example/"
    assert catalog.lookup("/").kind == "front"


@pytest.mark.parametrize("name", ["zyte", "fundus-dev"])
def test_shared_corpora(name):
    directory = SHARED / name
    if not directory.is_dir():
        pytest.skip(f"{directory} not present (../shared is absent)")
    with TestSite.from_corpus(directory) as site:
        catalog = site.catalog
        expected = (len(json.loads((directory / "ground-truth.json").read_text()))
                    if name == "zyte" else
                    sum(1 for line in (directory / "cases.jsonl").open() if line.strip()))
        assert len(site.articles) == expected == len(set(site.articles))
        originals = {catalog.original_url(u) for u in site.articles}
        assert len(originals) == expected and all(o.startswith("http") for o in originals)
        for url in site.articles[::25]:
            status, _, body = http_request(url)
            assert status == 200 and body == read_page(catalog.entry(url).file)
        listed = []
        _, _, index = http_request(site.url("/sitemap_index.xml"))
        for loc in xml_root(index).iter(f"{SM}loc"):
            if "/sitemap-articles-" in loc.text:
                _, _, part = http_request(loc.text)
                listed += [u.text for u in xml_root(part).iter(f"{SM}loc")]
        assert sorted(listed) == sorted(site.articles)
        _, _, rss = http_request(site.url("/feed.rss"))
        items = list(xml_root(rss).iter("item"))
        assert len(items) == 50
        dates = [email.utils.parsedate_to_datetime(i.findtext("pubDate")) for i in items]
        assert dates == sorted(dates, reverse=True)
