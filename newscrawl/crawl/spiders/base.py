"""The spider every newscrawl spider is: discovery from sitemaps and feeds, then
articles through ``extract_article``.

Configuration lives in class attributes and spider arguments; the hooks are small
methods (``entry_requests``, ``parse_robots``, ``parse_sitemap``, ``parse_feed``,
``parse_home``, ``parse_article``) that subclasses may override. Every page fetched
ends up as an Article item, a Failure item (with the reason) or a counted refusal
(``newscrawl/pages/non_article/<reason>`` in the stats), kept as a RefusedPage item
(written to ``pages/``) when it had substantial text.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response, TextResponse
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.gz import gunzip

from newscrawl import stats
from newscrawl.crawl import discovery, rendering
from newscrawl.defaults import install_defaults
from newscrawl.extract.classify import looks_like_article_url, url_shape, url_shape_is_terminal
from newscrawl.errors import ExtractionError
from newscrawl.crawl.workers import ExtractionPool, PageJob, default_workers, extract_and_classify
from newscrawl.model.article import ARCHIVE, LIVE
from newscrawl.model.failure import Failure
from newscrawl.urls import domain_of
from newscrawl.version import user_agent
from newscrawl.model.check import NOT_ARTICLE, Check, RefusedPage

#: Largest sitemap or feed (after decompression) that is parsed; bigger ones are cut off.
MAX_XML_BYTES = 50 * 1024 * 1024

#: Non-article URL shapes skipped at discovery time, without a fetch, when the shape's
#: word ends the path and nothing in the URL looks like an article's address.
SKIP_SHAPES = frozenset({"front", "tag", "author", "section", "search", "pagination",
                         "gallery", "video", "feed"})


def allowed_hosts(start_urls: list[str], hosts: str | None) -> list[str] | None:
    """The domains a crawl from these start URLs stays on: their hosts (without 'www.',
    so subdomains are in), plus ``-a hosts=h1,h2``; None (anywhere) for ``-a hosts=any``
    or no start URL. Entries and redirects to other hosts are not followed."""
    if hosts is not None and str(hosts).strip().lower() in ("any", "*", "all"):
        return None
    found = {host for host in map(domain_of, start_urls) if host}
    found |= {h.strip().lower().removeprefix("www.") for h in str(hosts or "").split(",")
              if h.strip()}
    return sorted(found) or None


def now_utc() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)


def parse_cutoff(since: str | None, days: str | int | None) -> dt.datetime | None:
    """The discovery cut-off from ``-a since=YYYY-MM-DD`` or ``-a days=N`` (None: none)."""
    if since:
        day = dt.date.fromisoformat(str(since))
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    if days not in (None, ""):
        return now_utc() - dt.timedelta(days=float(days))
    return None


def warc_ref(response: Response) -> dict:
    """{'warc_file', 'warc_offset'} of the WARC record holding a response (read from an
    archive, or written by the WARC recorder), or {}."""
    ref = response.meta.get("newscrawl_warc")
    return {"warc_file": ref[0], "warc_offset": ref[1]} if ref else {}


class NewsSpider(scrapy.Spider):
    """Base spider: entry points from arguments or a site profile, articles out."""

    #: The site profile this spider crawls with (None: generic extraction only).
    profile = None
    #: Depth to which the front page and its sections are followed when a site
    #: has neither sitemaps nor feeds.
    follow_depth: int | None = None

    def __init__(self, *args, url=None, urls_file=None, sitemap=None, feed=None,
                 site=None, since=None, days=None, hosts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_article_urls = [url] if url else []
        if urls_file:
            lines = Path(urls_file).read_text(encoding="utf-8").splitlines()
            self.start_article_urls += [u.strip() for u in lines
                                        if u.strip() and not u.lstrip().startswith("#")]
        self.start_sitemaps = [sitemap] if sitemap else []
        self.start_feeds = [feed] if feed else []
        self.start_sites = [site] if site else []
        self.cutoff = parse_cutoff(since, days)
        if not getattr(self, "allowed_domains", None):
            self.allowed_domains = allowed_hosts(
                self.start_sites + self.start_article_urls + self.start_sitemaps
                + self.start_feeds, hosts)

    @classmethod
    def update_settings(cls, settings) -> None:
        """The spider's ``custom_settings``, then every ``NEWSCRAWL_*`` default nothing
        else set (so the spider reads the same values in a project without the add-on),
        then the User-Agent from NEWSCRAWL_CONTACT as this run sets it
        (``-s NEWSCRAWL_CONTACT=...``), unless USER_AGENT itself was set on the command
        line or by the spider."""
        super().update_settings(settings)
        install_defaults(settings)
        if settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["project"]:
            # (at spider priority: the crawler process merges its own settings, the
            # project's USER_AGENT among them, into the crawler's afterwards)
            settings.set("USER_AGENT", user_agent(settings.get("NEWSCRAWL_CONTACT")),
                         priority="spider")

    # -- settings-derived ---------------------------------------------------------

    @property
    def use_profiles(self) -> bool:
        """Whether extraction may use site profiles (setting NEWSCRAWL_PROFILES)."""
        return self.settings.getbool("NEWSCRAWL_PROFILES")

    @property
    def depth_limit(self) -> int:
        """How deep front-page discovery follows links."""
        if self.follow_depth is not None:
            return self.follow_depth
        return self.settings.getint("NEWSCRAWL_DISCOVERY_DEPTH")

    @property
    def render_mode(self) -> str:
        """NEWSCRAWL_RENDER: ``never``, ``auto`` or ``always``."""
        if not hasattr(self, "_render_mode"):
            # a spider made without a crawler (building requests in a test or a tool)
            # has no settings: it renders nothing
            settings = getattr(self, "settings", None)
            self._render_mode = "never" if settings is None else rendering.render_mode(settings)
        return self._render_mode

    @property
    def discovery_priority(self) -> int:
        """Priority of robots.txt, sitemap, feed and home-page requests over article
        pages (setting NEWSCRAWL_DISCOVERY_PRIORITY)."""
        settings = getattr(self, "settings", None)  # a spider made without a crawler has none
        return settings.getint("NEWSCRAWL_DISCOVERY_PRIORITY") if settings is not None else 0

    def _inc(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(key, count)

    # -- entry points -------------------------------------------------------------
    async def start(self):
        for request in self.entry_requests():
            yield request

    def entry_requests(self):
        """The first requests, from the spider arguments."""
        for url in self.start_article_urls:
            if self.should_fetch(url):
                yield self.article_request(url, source="argument")
        for url in self.start_sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error,
                                 priority=self.discovery_priority,
                                 meta={"newscrawl_stage": "discovery"})
        for url in self.start_feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                                 priority=self.discovery_priority,
                                 meta={"newscrawl_stage": "discovery"})
        for url in self.start_sites:
            yield self.site_request(url)

    def site_request(self, site_url: str) -> scrapy.Request:
        """Start discovery of a whole site from its robots.txt."""
        return scrapy.Request(urljoin(site_url, "/robots.txt"), callback=self.parse_robots,
                              errback=self.on_robots_error, dont_filter=True,
                              priority=self.discovery_priority,
                              meta={"newscrawl_stage": "discovery", "newscrawl_site": site_url})

    def should_fetch(self, url: str, listed: discovery.Entry | None = None) -> bool:
        """Whether an article candidate is requested at all.

        With a crawl state attached (``spider.crawl_state``, set by the incremental-run
        extension), a URL already in the dataset is skipped unless its listing date says
        it changed or its re-check window has passed; the reason is counted in the stats.
        """
        state = getattr(self, "crawl_state", None)
        if state is None:
            return True
        reason = state.skip_reason(url, listed.date if listed is not None else None)
        if reason:
            self._inc(stats.skipped(reason))
            return False
        return True

    def article_request(self, url: str, *, source: str, listed: discovery.Entry | None = None,
                        depth: int = 0) -> scrapy.Request:
        """A request for a page that should be an article."""
        meta = {"newscrawl_stage": "fetch", "newscrawl_source": source,
                "newscrawl_listed": listed, "newscrawl_depth": depth}
        if self.render_mode == "always":
            meta.update(rendering.render_meta("always"))
            self._inc(stats.render_requested("always"))
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, meta=meta)

    # -- discovery --------------------------------------------------------------
    def parse_robots(self, response: Response):
        """robots.txt: follow its Sitemap: lines; then look at the home page for feeds."""
        site = response.meta["newscrawl_site"]
        text = response.text if isinstance(response, TextResponse) else response.body.decode(
            "utf-8", "replace")
        sitemaps = discovery.sitemap_urls_from_robots(text, response.url)
        self._inc(stats.ROBOTS_SITEMAPS, len(sitemaps))
        for url in sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error,
                                 priority=self.discovery_priority,
                                 meta={"newscrawl_stage": "discovery"})
        yield self.home_request(site, fallback=not sitemaps)

    def on_robots_error(self, failure):
        """No robots.txt: discovery goes on from the home page."""
        request = failure.request
        yield from self.on_error(failure)
        yield self.home_request(request.meta["newscrawl_site"], fallback=True)

    def home_request(self, site_url: str, *, fallback: bool) -> scrapy.Request:
        """The site's home page, read for feed links (and followed when ``fallback``)."""
        return scrapy.Request(site_url, callback=self.parse_home, errback=self.on_error,
                              dont_filter=True,
                              priority=self.discovery_priority,
                              meta={"newscrawl_stage": "discovery", "newscrawl_fallback": fallback,
                                    "newscrawl_depth": 0})

    def parse_home(self, response: Response):
        """Home page: follow announced feeds; with no sitemap and no feed, follow links."""
        if not isinstance(response, TextResponse):
            return
        feeds = discovery.feed_urls_from_html(response.text, response.url)
        self._inc(stats.HOME_FEEDS, len(feeds))
        for url in feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                                 priority=self.discovery_priority,
                                 meta={"newscrawl_stage": "discovery"})
        if response.meta.get("newscrawl_fallback") and not feeds:
            yield from self.follow_links(response, depth=0)

    def follow_links(self, response: TextResponse, *, depth: int):
        """Follow same-site links of a front or section page, to the depth limit."""
        if depth >= self.depth_limit:
            return
        host = urlsplit(response.url).hostname
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href.strip()).partition("#")[0]
            if urlsplit(url).hostname != host or not url.startswith("http"):
                continue
            if self.profile is not None and not self.profile.allows(url):
                continue
            if self.should_fetch(url):
                yield self.article_request(url, source="links", depth=depth + 1)

    def parse_sitemap(self, response: Response):
        """A sitemap index (follow its sitemaps) or urlset (request its pages)."""
        data, failure = self.xml_of(response)
        if failure is not None:
            yield failure
            return
        entries = discovery.iter_sitemap(data, response.url)  # streamed, never listed whole
        first = next(entries, None)
        if first is None and discovery.looks_like_feed(data):
            yield from self.parse_feed(response)
            return
        if first is None:
            yield self.failure(response.url, "discovery", "EmptySitemap",
                               "no <url> or <sitemap> entries", response.status)
            return
        self._inc(stats.SITEMAPS_READ)
        for entry in itertools.chain([first], entries):
            if entry.kind == "sitemap":
                if self.too_old(entry):
                    continue
                yield scrapy.Request(entry.url, callback=self.parse_sitemap,
                                     errback=self.on_error, priority=self.discovery_priority,
                                     meta={"newscrawl_stage": "discovery"})
            else:
                yield from self.listed_page(entry, source="sitemap")

    def parse_feed(self, response: Response):
        """An RSS or Atom feed: request its entries."""
        data, failure = self.xml_of(response)
        if failure is not None:
            yield failure
            return
        entries = discovery.parse_feed(data, response.url)
        if not entries:
            yield self.failure(response.url, "discovery", "EmptyFeed",
                               "no feed entries found", response.status)
            return
        self._inc(stats.FEEDS_READ)
        for entry in entries:
            yield from self.listed_page(entry, source="feed")

    def listed_page(self, entry: discovery.Entry, *, source: str):
        """A page listed by a sitemap or feed, unless the cut-off or its URL rules it out."""
        self._inc(stats.listed(source))
        if self.too_old(entry):
            return
        shape = url_shape(entry.url)
        if shape in SKIP_SHAPES and url_shape_is_terminal(entry.url, shape) \
                and not looks_like_article_url(entry.url):
            self._inc(stats.skipped_url(shape))
            return
        if self.profile is not None and not self.profile.allows(entry.url):
            self._inc(stats.skipped_url("profile_deny"))
            return
        if self.should_fetch(entry.url, entry):
            yield self.article_request(entry.url, source=source, listed=entry)

    def too_old(self, entry: discovery.Entry) -> bool:
        """True (and counted) when an entry's date is before the cut-off."""
        if self.cutoff is not None and entry.date is not None and entry.date < self.cutoff:
            self._inc(stats.SKIPPED_OLD)
            return True
        return False

    def xml_of(self, response: Response):
        """(XML bytes, None) of a sitemap / feed response, gunzipped within the size
        limit, or (None, Failure) when it cannot be read."""
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=MAX_XML_BYTES)
            except Exception as exc:  # size limit exceeded, or a corrupt archive
                return None, self.failure(response.url, "discovery", type(exc).__name__,
                                          str(exc)[:500] or "cannot gunzip", response.status)
        return body[:MAX_XML_BYTES], None

    # -- articles ---------------------------------------------------------------
    async def parse_article(self, response: Response):
        """An article candidate: extract it (in a worker process when there is a pool),
        or record why it is not one."""
        # A page read from an archive was fetched when its record says.
        fetched_at = response.meta.get("newscrawl_fetched_at") or now_utc()
        depth = response.meta.get("newscrawl_depth", 0)
        ref = warc_ref(response)
        if not isinstance(response, TextResponse):
            yield self.failure(response.url, "extract", "NotHTML",
                               f"content type {(response.headers.get('Content-Type') or b'').decode()!r}"
                               " is not an HTML page", response.status, **ref)
            return
        job = PageJob(body=response.body, url=response.url, http_status=response.status,
                      content_type=(response.headers.get("Content-Type") or b"").decode("latin-1"),
                      fetched_at=fetched_at, profile=self.profile_spec(),
                      listed=getattr(response.meta.get("newscrawl_listed"), "news", False))
        try:
            pool = self.extraction_pool()
            result = extract_and_classify(job) if pool is None else await pool.run(job)
        except ExtractionError as exc:
            yield self.failure(response.url, "extract", type(exc).__name__, str(exc),
                               response.status, **ref)
            return
        except Exception as exc:  # a bug of ours must cost one page, never the crawl
            self.logger.exception("extraction crashed on %s", response.url)
            yield self.failure(response.url, "extract", f"Internal{type(exc).__name__}",
                               str(exc)[:1000], response.status, **ref)
            return
        article, verdict = result.article, result.verdict
        rendered = rendering.render_reason(response)
        if rendered:
            self._inc(stats.RENDERED_PAGES)
            self._inc(stats.rendered(rendered))
        elif (verdict.app_shell and not article.body and self.render_mode == "auto"
              and not response.meta.get("newscrawl_archived")):
            # the shell's own extraction is discarded: its field errors are not counted,
            # the rendered page's are. (An archived page is not rendered: the browser
            # would fetch the live site, and an archive read fetches nothing.)
            self._inc(stats.render_requested("app_shell"))
            yield rendering.render_request(response.request, "app_shell")
            return
        for field_name in result.field_errors:
            self._inc(stats.field_error(field_name))
        if not verdict.is_article:
            self._inc(stats.non_article(verdict.reason))
            if (article.word_count or 0) >= self.settings.getint("NEWSCRAWL_KEEP_REFUSED_WORDS"):
                self.fill_from_listing(article, response.meta.get("newscrawl_listed"))
                yield RefusedPage(article=article, reason=verdict.reason, score=verdict.score,
                                  signals=list(verdict.signals))
            if response.meta.get("newscrawl_source") == "links":
                for request in self.follow_links(response, depth=depth):
                    yield request
            else:
                for check in self.refusals(response, fetched_at, verdict.reason):
                    yield check
            return
        self._inc(stats.article_page(verdict.reason))
        if not article.body:
            # the extraction found no body on a page the signals call an article: the
            # row is written with its other fields, and the miss is counted
            self._inc(stats.NO_BODY)
        requested = (response.meta.get("redirect_urls") or [response.url])[0]
        state = getattr(self, "crawl_state", None)
        if state is not None and requested != response.url:
            state.note_redirect(requested, response.url)
        self.fill_from_listing(article, response.meta.get("newscrawl_listed"))
        if rendered:
            article.sources["rendered"] = rendered
        article.origin = ARCHIVE if response.meta.get("newscrawl_archived") else LIVE
        article.warc_file, article.warc_offset = ref.get("warc_file"), ref.get("warc_offset")
        yield article

    def refusals(self, response: Response, fetched_at, reason: str):
        """'not_article' checks for a listed page refused as a non-article (and for the
        listed URL it redirected from), so incremental runs do not fetch it again. Pages
        reached through links are not recorded: they are the hubs discovery goes through."""
        urls = [response.url]
        requested = (response.meta.get("redirect_urls") or [response.url])[0]
        if requested != response.url:
            urls.append(requested)
        for url in urls:
            yield Check(url=url, checked_at=fetched_at, outcome=NOT_ARTICLE, reason=reason,
                        spider=self.name, **warc_ref(response))

    def profile_spec(self) -> str | bool | None:
        """How extraction picks the site profile: this spider's profile (by name), none
        at all (NEWSCRAWL_PROFILES off), or the profile of each page's domain (None)."""
        if not self.use_profiles:
            return False
        return self.profile.name if self.profile is not None else None

    def extraction_pool(self) -> ExtractionPool | None:
        """The spider's extraction process pool (None: extract inline)."""
        if not hasattr(self, "_extraction_pool"):
            workers = self.settings.get("NEWSCRAWL_EXTRACT_WORKERS")
            workers = default_workers() if str(workers).lower() == "auto" else int(workers)
            self._extraction_pool = None
            if workers > 0:
                timeout = self.settings.getfloat("NEWSCRAWL_EXTRACT_TIMEOUT")
                self._extraction_pool = ExtractionPool(
                    workers, timeout, queued=self.settings.getint("NEWSCRAWL_EXTRACT_QUEUED"))
                self.crawler.signals.connect(self._close_pool, signal=signals.spider_closed)
        return self._extraction_pool

    def _close_pool(self, spider) -> None:
        pool = getattr(self, "_extraction_pool", None)
        if pool is not None:
            pool.close()

    @staticmethod
    def fill_from_listing(article, listed: discovery.Entry | None) -> None:
        """Fill a missing headline / publication date from what the feed or (news)
        sitemap said of the page (source 'listing')."""
        if listed is None:
            return
        if not article.headline and listed.title:
            article.headline = listed.title
            article.sources["headline"] = "listing"
        if article.published_at is None and not article.published_raw \
                and listed.published is not None:
            article.published_at = listed.published
            midnight = listed.published.time() == dt.time(0) and listed.published.utcoffset() == dt.timedelta(0)
            article.published_precision = "date" if midnight else "exact"
            article.sources["published_at"] = "listing"

    # -- failures ---------------------------------------------------------------
    def failure(self, url, stage, error_type, message, http_status=None, *,
                warc_file=None, warc_offset=None) -> Failure:
        """A Failure record for this spider, counted in the stats."""
        self._inc(stats.failures_at(stage))
        return Failure(url=url, stage=stage, error_type=error_type, message=message,
                       http_status=http_status, failed_at=now_utc(), spider=self.name,
                       warc_file=warc_file, warc_offset=warc_offset)

    def on_error(self, failure):
        """Errback: a request that failed (HTTP error, DNS, timeout...) becomes a Failure."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        status = response.status if response is not None else None
        stage = request.meta.get("newscrawl_stage", "fetch")
        message = str(failure.value) or failure.type.__name__
        reason = request.meta.get(rendering.META_REASON)
        if reason:
            self._inc(stats.RENDER_FAILED_PAGES)
            self._inc(stats.render_failed(reason))
        yield self.failure(request.url, stage, failure.type.__name__, message[:1000], status)
