"""When a fetch does not simply succeed: retries with back-off, and redirects that end.

Retries with back-off: Scrapy's RetryMiddleware, waiting before each retry.

Scrapy 2.19 retries a 429 / 5xx answer or a dropped connection at once, and ignores
``Retry-After``. ``BackoffRetryMiddleware`` keeps Scrapy's rules (RETRY_TIMES,
RETRY_HTTP_CODES, RETRY_EXCEPTIONS, the ``dont_retry`` meta key, the retry stats) and
only adds the wait: the server's ``Retry-After`` (seconds or an HTTP date) when it sends
one, capped at NEWSCRAWL_RETRY_AFTER_MAX; otherwise NEWSCRAWL_RETRY_BACKOFF seconds
doubled for each earlier retry, capped at NEWSCRAWL_RETRY_BACKOFF_MAX. The wait is an
``asyncio`` sleep inside the middleware, so other requests go on meanwhile. A request
that still fails after its last retry goes to the spider's errback and becomes a
Failure row (with the HTTP status), so nothing is lost silently.

Redirects that cannot be followed: Scrapy drops a redirect to a host outside the
spider's ``allowed_domains`` (OffsiteMiddleware) and the way back of a redirect loop
(the duplicate filter) without calling the request's errback, so the page vanished
from both datasets. ``RedirectGuard`` sees each 3xx answer before RedirectMiddleware and
raises :class:`OffsiteRedirect` or :class:`RedirectLoop` instead: the spider's errback
records them as Failures (stage 'fetch', with the 3xx status).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from email.utils import parsedate_to_datetime

from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.response import response_status_message

from newscrawl import stats
from newscrawl.crawl.middlewares import META_ORIGINAL_URL

#: Meta key recording how long the request waited before its latest retry (seconds).
META_WAITED = "newscrawl_retry_wait"


def retry_after_seconds(value: bytes | str | None, now: dt.datetime | None = None) -> float | None:
    """The wait a ``Retry-After`` header asks for, in seconds (None: absent or unreadable)."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (moment - now).total_seconds())


def backoff_seconds(retries_so_far: int, base: float, cap: float) -> float:
    """Exponential back-off: ``base`` before the first retry, doubled for each one after."""
    return min(cap, base * (2 ** max(0, retries_so_far)))


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits (Retry-After, else exponential back-off) before a retry."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF")
        self.backoff_max = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX")

    def wait_for(self, request, response=None) -> float:
        """Seconds to wait before retrying ``request`` (after ``response``, if any)."""
        if response is not None:
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                return min(asked, self.retry_after_max)
        return backoff_seconds(request.meta.get("retry_times", 0), self.backoff, self.backoff_max)

    async def _wait_then(self, retry, request, response=None):
        if retry is None:
            return None
        wait = self.wait_for(request, response)
        retry.meta[META_WAITED] = wait
        self.crawler.stats.inc_value(stats.RETRY_WAITS)
        self.crawler.stats.inc_value(stats.RETRY_WAIT_MS, int(wait * 1000))
        if wait > 0:
            await asyncio.sleep(wait)
        return retry

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        return await self._wait_then(retry, request, response) or response

    async def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry", False) or not isinstance(exception,
                                                                     self.exceptions_to_retry):
            return None
        return await self._wait_then(self._retry(request, exception), request)


# -- redirects --------------------------------------------------------------------------

#: HTTP statuses RedirectMiddleware follows through a Location header.
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class UnfollowedRedirect(IgnoreRequest):
    """A redirect that is not followed; carries the 3xx response for its status."""

    def __init__(self, message: str, response=None):
        super().__init__(message)
        self.response = response


class OffsiteRedirect(UnfollowedRedirect):
    """A redirect to a host outside the spider's allowed domains."""


class RedirectLoop(UnfollowedRedirect):
    """A redirect back to a URL already in the request's redirect chain."""


def host_allowed(url: str, domains: list[str]) -> bool:
    """Whether the URL's host (port ignored) is one of ``domains`` or a subdomain of one."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower().lstrip(".") for d in domains))


def redirect_target(request, response) -> str | None:
    """The absolute URL a 3xx answer sends ``request`` to (None: not a redirect)."""
    if response.status not in REDIRECT_STATUSES or request.meta.get("dont_redirect"):
        return None
    location = response.headers.get("Location")
    if not location:
        return None
    return urljoin(request.url, location.decode("latin-1").strip())


class RedirectGuard:
    """Turn offsite redirects and redirect loops into errors the errback records."""

    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def allowed_domains(self) -> list[str]:
        """The running spider's allowed domains ([]: every host is allowed)."""
        spider = getattr(self.crawler, "spider", None)
        return [d for d in getattr(spider, "allowed_domains", None) or [] if d]

    def process_response(self, request, response, spider=None):
        target = redirect_target(request, response)
        if target is None:
            return response
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise RedirectLoop(f"redirect loop: {request.url} -> {target}", response)
        domains = self.allowed_domains()
        real_target = urljoin(request.meta.get(META_ORIGINAL_URL, request.url),
                              response.headers.get("Location", b"").decode("latin-1").strip())
        if domains and not host_allowed(real_target, domains):
            raise OffsiteRedirect(f"redirect to another host, not followed: {real_target}",
                                  response)
        return response
