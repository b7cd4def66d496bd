"""``scrapy extract PATH_OR_URL``: print one page's Article as JSON.

A plain file path (``.html`` or ``.html.gz``) is read from disk; a URL is fetched
through Scrapy with the project's settings (robots.txt, User-Agent, middlewares), so
what you see is what the crawl would write. The ``sources`` field says which layer
supplied each field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import sys
from pathlib import Path

import scrapy
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError


def _jsonable(value):
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def article_json(article) -> str:
    """The Article as indented JSON (datetimes as ISO 8601)."""
    return json.dumps(dataclasses.asdict(article), default=_jsonable, ensure_ascii=False,
                      indent=2)


def read_page(path: Path) -> bytes:
    """Bytes of a saved page, gunzipped when it ends in .gz."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


class _FetchOne(scrapy.Spider):
    name = "newscrawl-extract"

    def __init__(self, url, store, **kwargs):
        super().__init__(**kwargs)
        self.url, self.store = url, store

    async def start(self):
        yield scrapy.Request(self.url, callback=self.keep, errback=self.keep_error,
                             dont_filter=True)

    def keep(self, response):
        self.store["response"] = response

    def keep_error(self, failure):
        self.store["error"] = failure


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_LEVEL": "WARNING", "ITEM_PIPELINES": {}}

    def syntax(self):
        return "[options] <path_or_url>"

    def short_desc(self):
        return "Print the Article of one page (a saved file or a URL) as JSON"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL, for a saved file (default: file://...)")
        parser.add_argument("--no-profile", action="store_true",
                            help="generic extractor only, site profiles switched off")

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError()
        from newscrawl import extract_article

        target = args[0]
        profile = False if opts.no_profile else None
        path = Path(target)
        if path.exists():
            html = read_page(path)
            url = opts.url or path.resolve().as_uri()
            article = extract_article(html, url, profile=profile,
                                      fetched_at=dt.datetime.now(dt.timezone.utc))
        elif "://" in target:
            store: dict = {}
            self.crawler_process.crawl(_FetchOne, url=target, store=store)
            self.crawler_process.start()
            if "response" not in store:
                err = store.get("error")
                print(f"error: could not fetch {target}: {err.value if err else 'no response'}",
                      file=sys.stderr)
                self.exitcode = 1
                return
            response = store["response"]
            article = extract_article(
                response.body, response.url, profile=profile, http_status=response.status,
                content_type=(response.headers.get("Content-Type") or b"").decode("latin-1"),
                fetched_at=dt.datetime.now(dt.timezone.utc))
        else:
            raise UsageError(f"{target!r} is neither an existing file nor a URL")
        print(article_json(article))
