"""``scrapy extract PATH_OR_URL``: print one page's Article, and why it came out so.

A plain file path (``.html`` or ``.html.gz``) is read from disk; a URL is fetched
through Scrapy with the project's settings (robots.txt, User-Agent, middlewares), so
what you see is what the crawl would write.

* ``--format json`` (the default) prints the Article as JSON; ``sources`` says which
  layer supplied each field.
* ``--format text`` prints a readable view: each field with its layer in brackets,
  images with caption and credit, the body's first paragraphs.
* ``-v`` adds, per field, the candidates every layer offered, as the extractor itself
  recorded them while choosing (:mod:`newscrawl.extract.record`), the one taken marked
  ``*``; in JSON they go under an extra top-level key ``candidates``.

This module parses the arguments, loads the page and prints; the view is
:mod:`newscrawl.extract.inspection`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import scrapy
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.defaults import newscrawl_defaults


class _FetchOne(scrapy.Spider):
    name = "newscrawl-extract"
    # Fetching one page to print it writes nothing (nor takes the output lock).
    custom_settings = {"ITEM_PIPELINES": {"newscrawl.crawl.pipelines.ParquetPipeline": None}}

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
    default_settings = {**newscrawl_defaults(), "LOG_LEVEL": "WARNING", "NEWSCRAWL_REPORT": False,
                        "NEWSCRAWL_PROGRESS_INTERVAL": 0}

    def syntax(self):
        return "[options] <path_or_url>"

    def short_desc(self):
        return "Print the Article of one page (a saved file or a URL) as JSON or text"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL, for a saved file (default: file://...)")
        parser.add_argument("--no-profile", action="store_true",
                            help="generic extractor only, site profiles switched off")
        parser.add_argument("--format", choices=("json", "text"), default="json",
                            help="json (default) or a readable text view")
        parser.add_argument("-v", "--verbose", action="store_true",
                            help="also show the candidates each layer found, per field")

    def _fetch(self, target: str):
        store: dict = {}
        process = self.crawler_process
        assert process is not None  # Scrapy creates it before it runs the command
        process.crawl(_FetchOne, url=target, store=store)
        process.start()
        if "response" not in store:
            err = store.get("error")
            raise OSError(f"could not fetch {target}: {err.value if err else 'no response'}")
        response = store["response"]
        return (response.body, response.url, response.status,
                (response.headers.get("Content-Type") or b"").decode("latin-1"))

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError()
        # (imported here: every scrapy command loads this module, few extract a page)
        from newscrawl.errors import NotAPageError
        from newscrawl.extract.extractor import extract_article_with_context
        from newscrawl.extract.inspection import article_json, article_text
        from newscrawl.extract.record import ExtractionRecord
        from newscrawl.testsite.corpus import read_page

        target = args[0]
        path = Path(target)
        if path.exists():
            html, url, status, content_type = read_page(path), opts.url or path.resolve().as_uri(), None, None
        elif "://" in target:
            try:
                html, url, status, content_type = self._fetch(target)
            except OSError as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = 1
                return
        else:
            raise UsageError(f"{target!r} is neither an existing file nor a URL")
        record = ExtractionRecord() if opts.verbose else None
        try:
            article, _ctx = extract_article_with_context(
                html, url, profile=False if opts.no_profile else None, http_status=status,
                content_type=content_type, fetched_at=dt.datetime.now(dt.timezone.utc), record=record)
        except NotAPageError as exc:
            print(f"error: {target} is not a page: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        print(article_text(article, record) if opts.format == "text" else article_json(article, record))
