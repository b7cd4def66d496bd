"""The test-site server over real HTTP on 127.0.0.1: pages, discovery files, errors, CLI."""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import re
import signal
import subprocess
import sys
import urllib.robotparser
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

from newscrawl.testsite import DEMO_ROOT, TestSite
from newscrawl.testsite.manifest import load_manifest
from newscrawl.testsite.server import http_date
from .helpers import http_request
from tests import processes

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site():
    with TestSite(root=DEMO_ROOT, port=0) as running:
        yield running


@pytest.fixture(scope="module")
def manifest():
    return load_manifest(DEMO_ROOT)


def xml_of(site, path):
    status, headers, body = http_request(site.url(path))
    assert status == 200, path
    return headers, lxml.etree.fromstring(body)


def test_binds_loopback_on_a_free_port(site):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", site.base_url)
    assert site.port > 0
    assert site._server.server_address[0] == "127.0.0.1"


def test_articles_and_non_articles_come_from_the_manifest(site, manifest):
    assert len(site.articles) >= 8
    assert len(site.non_articles) >= 4
    assert not set(site.articles) & set(site.non_articles)
    assert all(url.startswith(site.base_url) for url in site.articles + site.non_articles)
    assert site.url("/") in site.non_articles
    assert len(site.articles) + len(site.non_articles) == len(manifest.pages)


def test_every_manifest_page_is_served_with_its_headers(site, manifest):
    for page in manifest.pages:
        status, headers, body = http_request(site.url(page.path))
        assert status == 200, page.path
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert int(headers["content-length"]) == len(body)
        assert body == page.file.read_bytes()
        assert headers["last-modified"] == http_date(page.lastmod)


def test_head_gives_get_headers_without_body(site):
    path = "/news/ferry-timetable-overhaul/"
    get_status, get_headers, get_body = http_request(site.url(path))
    status, headers, body = http_request(site.url(path), "HEAD")
    assert (status, body) == (get_status, b"")
    assert headers["content-length"] == str(len(get_body))
    assert headers["content-type"] == get_headers["content-type"]
    assert headers["last-modified"] == get_headers["last-modified"]


def test_unknown_path_is_a_small_html_404(site):
    status, headers, body = http_request(site.url("/no/such/story/"))
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert b"/no/such/story/" in body and len(body) < 2000


def test_path_without_trailing_slash_redirects(site):
    status, headers, _ = http_request(site.url("/news/storm-warning-update"))
    assert status == 301
    assert headers["location"] == "/news/storm-warning-update/"


def test_static_files_and_no_escape_from_their_directory(site):
    status, headers, body = http_request(site.url("/media/logo.svg"))
    assert status == 200 and body.startswith(b"<svg")
    assert headers["content-type"] == "image/svg+xml; charset=utf-8"
    status, headers, _ = http_request(site.url("/assets/gazette.css"))
    assert (status, headers["content-type"]) == (200, "text/css; charset=utf-8")
    assert http_request(site.url("/media/../site.json"))[0] == 404
    assert http_request(site.url("/media/%2e%2e/site.json"))[0] == 404


def test_robots_txt_names_the_sitemap_on_the_real_port(site):
    status, headers, body = http_request(site.url("/robots.txt"))
    assert status == 200
    assert headers["content-type"] == "text/plain; charset=utf-8"
    text = body.decode()
    assert f"Sitemap: http://127.0.0.1:{site.port}/sitemap.xml" in text.splitlines()
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(text.splitlines())
    assert parser.can_fetch("newscrawl", site.articles[0])
    assert not parser.can_fetch("newscrawl", site.url("/private/drafts/"))


def test_sitemap_index_leads_to_a_news_sitemap_of_exactly_the_articles(site, manifest):
    headers, index = xml_of(site, "/sitemap.xml")
    assert headers["content-type"] == "application/xml; charset=utf-8"
    assert index.tag == f"{SM}sitemapindex"
    children = [loc.text for loc in index.iter(f"{SM}loc")]
    assert children == [site.url("/sitemap-news.xml"), site.url("/sitemap-pages.xml")]

    _, news = xml_of(site, "/sitemap-news.xml")
    urls = news.findall(f"{SM}url")
    assert sorted(u.findtext(f"{SM}loc") for u in urls) == sorted(site.articles)
    by_url = {site.url(p.path): p for p in manifest.articles}
    for url in urls:
        page = by_url[url.findtext(f"{SM}loc")]
        entry = url.find(f"{NEWS}news")
        stamp = entry.findtext(f"{NEWS}publication_date")
        assert dt.datetime.fromisoformat(stamp) == page.published
        assert entry.findtext(f"{NEWS}title") == page.title
        assert entry.findtext(f"{NEWS}publication/{NEWS}language") == page.language
        assert entry.findtext(f"{NEWS}publication/{NEWS}name") == "The Harbour Gazette"


def test_pages_sitemap_lists_every_page_with_lastmod(site, manifest):
    _, pages = xml_of(site, "/sitemap-pages.xml")
    listed = {u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod") for u in pages}
    assert set(listed) == {site.url(p.path) for p in manifest.pages}
    assert all(listed.values())


def test_rss_lists_the_articles_with_pub_dates(site, manifest):
    headers, rss = xml_of(site, "/rss.xml")
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    items = rss.findall("channel/item")
    assert [i.findtext("link") for i in items] == site.articles  # newest first
    published = {site.url(p.path): p.published for p in manifest.articles}
    for item in items:
        pub_date = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
        assert pub_date == published[item.findtext("link")]


def test_atom_lists_the_articles(site):
    headers, feed = xml_of(site, "/atom.xml")
    assert headers["content-type"] == "application/atom+xml; charset=utf-8"
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    assert links == site.articles


def test_home_page_advertises_the_feed(site):
    _, _, body = http_request(site.url("/"))
    tree = lxml.html.fromstring(body)
    feeds = tree.xpath('//link[@rel="alternate" and @type="application/rss+xml"]/@href')
    assert feeds == ["/rss.xml"]


def test_concurrent_requests_are_all_answered(site):
    from concurrent.futures import ThreadPoolExecutor

    urls = (site.articles + site.non_articles) * 3
    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lambda url: http_request(url)[0], urls))
    assert statuses == [200] * len(urls)


def test_requests_log_counts_what_was_served():
    with TestSite(root=DEMO_ROOT) as fresh:
        http_request(fresh.url("/robots.txt"))
        http_request(fresh.url("/"), "HEAD")
        http_request(fresh.url("/missing"))
        assert fresh.requests_log == [("GET", "/robots.txt", 200), ("HEAD", "/", 200),
                                      ("GET", "/missing", 404)]
        assert fresh.requests_for("/robots.txt") == 1
        assert fresh.requests_for("/", method="GET") == 0


def test_stop_is_idempotent_and_releases_the_port():
    site = TestSite(root=DEMO_ROOT).start()
    assert site.start() is site  # starting twice is harmless
    url = site.url("/robots.txt")
    assert http_request(url)[0] == 200
    site.stop()
    site.stop()
    assert not site.running
    with pytest.raises(OSError):
        http_request(url)


def _start_cli():
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    process = processes.popen(
        [sys.executable, "-m", "newscrawl.testsite", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=PROJECT_ROOT)
    line = process.stdout.readline()
    return process, line


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_command_line_serves_and_stops_cleanly(stop_signal):
    process, line = _start_cli()
    try:
        match = re.match(r"serving (http://127\.0\.0\.1:(\d+)/) from (.+)$", line.strip())
        assert match, line
        assert int(match.group(2)) > 0
        status, _, body = http_request(match.group(1) + "robots.txt")
        assert status == 200 and f"127.0.0.1:{match.group(2)}/sitemap.xml" in body.decode()
        process.send_signal(stop_signal)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def test_command_line_reports_a_bad_root(tmp_path):
    result = processes.run(
        [sys.executable, "-m", "newscrawl.testsite", "--root", str(tmp_path)],
        capture_output=True, text=True, timeout=30, cwd=PROJECT_ROOT,
        env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT)))
    assert result.returncode == 2
    assert "site.json" in result.stderr
