"""Shared fixtures of the hostile-input tests.

``warm_process``: the first dateparser call in a process loads every locale (seconds on
a busy machine); crawl workers pay it once at start-up, so the per-page time bounds are
checked in a warm process, as the crawl runs them.

``fault_crawl``: one crawl of the local web with faults switched on, shared by the
server and accounting tests: a generated site of 120 articles where fixed groups of
article paths misbehave in each way the test site knows (some only on the first try,
so a retry succeeds), plus hostile pages served at ``/hostile/<name>/`` and given to
the spider as a URL list.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from newscrawl.storage.dataset import read_articles, read_failures
from newscrawl.extract.dates import normalise_date
from newscrawl.testsite import FaultRule, TestSite
from newscrawl.testsite.routes import HTML_TYPE, Response, Route, exact
from tests.hostile import pages
from tests.crawl.spiders.crawl_helpers import CrawlResult, run_crawl

N_ARTICLES = 120
SEED = 11
PER_FAULT = 3

#: (rule name, fault kind, parameters, first) in the order their paths are assigned.
FAULTS = (
    ("404", "404", {}, None),
    ("410", "410", {}, None),
    ("500", "500", {}, None),
    ("503-once", "503", {}, 1),
    ("429-once", "429", {"retry_after": 1}, 1),
    ("429", "429", {"retry_after": 1}, None),
    ("truncate-once", "truncate", {}, 1),
    ("truncate", "truncate", {}, None),
    ("octet-stream", "octet-stream", {}, None),
    ("pdf", "pdf", {}, None),
    ("png", "png", {}, None),
    ("reset-once", "reset", {}, 1),
    ("reset", "reset", {}, None),
    ("drip", "drip", {"bytes": 256, "interval": 0.5}, None),
    ("delay", "delay", {"seconds": 2.5}, None),
    ("redirect-loop", "redirect-loop", {}, None),
    ("redirect-offsite", "redirect-offsite", {}, None),
)

#: Crawl settings: short timeouts and back-off so the faults cost seconds, not minutes.
CRAWL_SETTINGS = ("-s", "DOWNLOAD_TIMEOUT=1.5", "-s", "NEWSCRAWL_RETRY_BACKOFF=0.2",
                  "-s", "DOWNLOAD_MAXSIZE=8000000", "-s", "NEWSCRAWL_REPORT=False")


def hostile_bodies() -> dict[str, tuple[bytes, str, tuple]]:
    """Hostile pages served by the crawl's site: name -> (body, content type, headers)."""
    html = HTML_TYPE
    return {
        "pdf-as-html": (pages.BINARY_BODIES["pdf"], html, ()),
        "random-bytes-as-html": (pages.BINARY_BODIES["random"], html, ()),
        "empty": (b"", html, ()),
        "deep-nesting": (pages.deep_page(10_000).replace(
            "</article>", f"<p>{pages.PARAGRAPH}</p>" * 8 + "</article>").encode(), html, ()),
        "no-html-element": ((f"<h1>{pages.HEADLINE}</h1>" + f"<p>{pages.PARAGRAPH}</p>" * 12)
                            .encode(), html, ()),
        "cp1251-undeclared": (pages.article_page(headline=pages.RUSSIAN[:40], text=pages.RUSSIAN,
                                                 paragraphs=14).encode("cp1251"), "text/html", ()),
        # JSON-LD type: "\w+" word counts make unspaced Japanese look thin to classify()
        "shift-jis-declared-utf8": (pages.article_page(
            head='<script type="application/ld+json">{"@type": "NewsArticle"}</script>',
            headline=pages.JAPANESE[:20],
            text=pages.JAPANESE, paragraphs=14).encode("shift_jis"), html, ()),
        "broken-jsonld": (pages.jsonld_page('{"@type": "NewsArticle", "headline": [}').encode(),
                          html, ()),
        "megabyte-headline": (pages.article_page(
            head=f'<meta property="og:title" content="{"H " * 500_000}">').replace(
            f"<title>{pages.HEADLINE}", f"<title>{'T' * 1_000_000}").encode(), html, ()),
        "gzip-bomb": (pages.gzip_bomb(100), html, (("Content-Encoding", "gzip"),)),
    }


def hostile_routes() -> list[Route]:
    """Routes serving :func:`hostile_bodies` at ``/hostile/<name>/``."""
    routes = []
    for name, (body, content_type, headers) in hostile_bodies().items():
        response = Response(status=200, body=body, content_type=content_type, headers=headers,
                            role="hostile")
        routes.append(Route(f"hostile-{name}", exact(f"/hostile/{name}/"),
                            lambda request, response=response: response))
    return routes


@dataclass
class FaultCrawl:
    """The finished fault crawl: what was served, written and counted."""

    result: CrawlResult
    served: list
    failures: list[dict]
    articles: list[dict]         # url, headline, body of every article row
    assigned: dict[str, str]     # article path -> fault rule name
    hostile_paths: list[str]
    article_paths: list[str]
    seconds: float


@pytest.fixture(scope="session")
def warm_process():
    """Pay dateparser's one-time locale loading before timing anything."""
    normalise_date("an unreadable warm-up text")
    pages.outcome(pages.article_page())


@pytest.fixture(scope="session")
def fault_crawl(tmp_path_factory) -> FaultCrawl:
    """Run the fault crawl once per session."""
    output = tmp_path_factory.mktemp("fault-crawl")
    article_paths = list(TestSite.generated(n_articles=N_ARTICLES, seed=SEED).catalog.article_paths())
    rules, assigned = [], {}
    for index, (name, kind, params, first) in enumerate(FAULTS):
        chosen = tuple(article_paths[index * PER_FAULT:(index + 1) * PER_FAULT])
        rules.append(FaultRule(kind, paths=chosen, first=first, params=params, name=name))
        assigned.update(dict.fromkeys(chosen, name))
    hostile_paths = [f"/hostile/{name}/" for name in hostile_bodies()]
    start = time.monotonic()
    with TestSite.generated(n_articles=N_ARTICLES, seed=SEED, faults=rules,
                            extra_routes=hostile_routes()) as site:
        url_list = output / "hostile-urls.txt"
        url_list.write_text("\n".join(site.url(p) for p in hostile_paths) + "\n")
        result = run_crawl("article", output / "data", "-a", f"site={site.base_url}",
                           "-a", f"urls_file={url_list}", *CRAWL_SETTINGS)
        time.sleep(1.5)  # delayed answers are logged when the server gives up waiting
        served = list(site.served)
    failures, articles = [], []
    if (output / "data" / "failures").exists():
        failures = read_failures(output / "data").to_pylist()
    if (output / "data" / "articles").exists():
        articles = read_articles(output / "data", columns=["url", "headline", "body"]).to_pylist()
    return FaultCrawl(result, served, failures, articles, assigned, hostile_paths, article_paths,
                      time.monotonic() - start)
