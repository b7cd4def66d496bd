"""``-a url=``, ``-a urls_file=``, ``-a sitemap=`` and ``-a feed=`` crawls stay on the hosts
given: a listed entry or a redirect to another host is not followed, unless ``-a hosts=``
widens the crawl. (``localhost`` and ``127.0.0.1`` reach the same local server under two
host names.)"""

from __future__ import annotations


import pytest

from newscrawl.crawl.spiders.base import allowed_hosts
from newscrawl.testsite import TestSite
from newscrawl.testsite.routes import Response, Route, exact, redirect
from tests.run_helpers import FAST, PROJECT, SCRAPY
from tests import processes

PAGE = ("<html><head><title>x</title></head><body><article><h1>Tram line reopens</h1>"
        + "<p>The tram line to the south reopened on Monday after two years of works.</p>" * 20
        + "</article></body></html>").encode()


def routes(port_holder):
    def sitemap(request):
        port = port_holder[0]
        body = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>http://127.0.0.1:{port}/news/tram-line-reopens-on-monday</loc></url>"
                f"<url><loc>http://localhost:{port}/news/other-host-story-here</loc></url>"
                f"<url><loc>http://127.0.0.1:{port}/news/moved-story-goes-elsewhere</loc></url>"
                "</urlset>").encode()
        return Response(200, body, content_type="application/xml")

    def moved(request):
        return redirect(f"http://localhost:{port_holder[0]}/news/other-host-story-here")

    page = lambda request: Response(200, PAGE)  # noqa: E731
    return [Route("sitemap", exact("/news-sitemap.xml"), sitemap),
            Route("moved", exact("/news/moved-story-goes-elsewhere"), moved),
            Route("story", exact("/news/tram-line-reopens-on-monday"), page),
            Route("other", exact("/news/other-host-story-here"), page)]


def crawl_sitemap(tmp_path, *extra):
    holder = [0]
    with TestSite(extra_routes=routes(holder)) as site:
        holder[0] = site.port
        result = processes.run(
            [SCRAPY, "crawl", "article", "-a", f"sitemap={site.url('/news-sitemap.xml')}",
             "-s", f"NEWSCRAWL_OUTPUT={tmp_path / 'out'}", "-s", "NEWSCRAWL_EXTRACT_WORKERS=0",
             *FAST, *extra], cwd=PROJECT, capture_output=True, text=True, timeout=120)
        served = [(r.host, r.path) for r in site.served if r.path.startswith("/news/")]
    assert result.returncode == 0, result.stderr[-2000:]
    return served


def test_sitemap_crawl_stays_on_its_host(tmp_path):
    served = crawl_sitemap(tmp_path)
    assert ("127.0.0.1", "/news/tram-line-reopens-on-monday") in served
    assert ("127.0.0.1", "/news/moved-story-goes-elsewhere") in served  # the redirect...
    assert not [s for s in served if s[0] == "localhost"], served  # ...is not followed


def test_hosts_argument_widens_it(tmp_path):
    served = crawl_sitemap(tmp_path, "-a", "hosts=localhost")
    assert ("localhost", "/news/other-host-story-here") in served


@pytest.mark.parametrize("starts, hosts, expected", [
    (["https://www.example.com/a"], None, ["example.com"]),
    (["https://example.com/sitemap.xml", "https://news.other.org/x"], None,
     ["example.com", "news.other.org"]),
    (["https://example.com/a"], "cdn.example.net, www.partner.org", ["cdn.example.net",
                                                                     "example.com", "partner.org"]),
    (["https://example.com/a"], "any", None),
    ([], None, None),
])
def test_allowed_hosts(starts, hosts, expected):
    assert allowed_hosts(starts, hosts) == expected
