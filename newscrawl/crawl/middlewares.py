"""Downloader middleware that points real site names at local test servers.

``NEWSCRAWL_HOST_MAP = {"kyivindependent.com": "127.0.0.1:8123"}`` sends every request
for that host (and its ``www.`` form) to the local address instead, over plain HTTP,
with the original ``Host`` header, and gives the response back under the original
URL. Spiders, profiles, robots.txt handling and redirects therefore run exactly as
they would against the real site. It is meant for tests and demos only: with the
setting empty (the default) the middleware is not enabled.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit, urlunsplit

from scrapy.exceptions import NotConfigured

META_ORIGINAL_URL = "newscrawl_original_url"


def parse_host_map(value) -> dict[str, str]:
    """The host map from a dict or a JSON string; host names lower-cased."""
    if not value:
        return {}
    if isinstance(value, str):
        value = json.loads(value)
    return {str(k).lower(): str(v) for k, v in dict(value).items()}


class HostMapMiddleware:
    """Rewrite requests for mapped hosts to local addresses, and responses back.

    Enabled after Scrapy's OffsiteMiddleware (which so checks the real host) and
    before RobotsTxtMiddleware. A request for a mapped host is replaced by one for
    the local address (Scrapy schedules it again, marked ``allow_offsite``); a
    request for a local address (the replacement, a redirect the local server sent,
    the robots.txt check) has its response given back under the real URL.
    """

    def __init__(self, host_map: dict[str, str]):
        self.host_map = host_map
        self.reverse: dict[str, str] = {}
        for host, address in host_map.items():
            self.reverse.setdefault(address, host)

    @classmethod
    def from_crawler(cls, crawler):
        host_map = parse_host_map(crawler.settings.get("NEWSCRAWL_HOST_MAP"))
        if not host_map:
            raise NotConfigured  # no message: Scrapy logs a disabled middleware quietly then
        for address in host_map.values():
            host = address.rpartition(":")[0] or address
            if not (host.startswith("127.") or host in ("localhost", "[::1]")):
                raise ValueError(f"NEWSCRAWL_HOST_MAP may only point at loopback: {address}")
        return cls(host_map)

    def local_address(self, host: str | None) -> str | None:
        """The local address a host is mapped to (www. stripped as a fallback)."""
        host = (host or "").lower()
        return self.host_map.get(host) or self.host_map.get(host.removeprefix("www."))

    def process_request(self, request, spider=None):
        parts = urlsplit(request.url)
        address = self.local_address(parts.hostname)
        if address is not None:
            local = urlunsplit(("http", address, parts.path or "/", parts.query, ""))
            headers = request.headers.copy()
            headers["Host"] = parts.netloc
            headers["X-Forwarded-Proto"] = parts.scheme
            meta = {**request.meta, META_ORIGINAL_URL: request.url, "allow_offsite": True}
            return request.replace(url=local, headers=headers, meta=meta)
        host = self.reverse.get(parts.netloc)
        if host is not None:
            scheme = (request.headers.get("X-Forwarded-Proto") or b"http").decode()
            netloc = (request.headers.get("Host") or host.encode()).decode()
            request.meta[META_ORIGINAL_URL] = urlunsplit(
                (scheme, netloc, parts.path or "/", parts.query, ""))
        return None

    def process_response(self, request, response, spider=None):
        original = request.meta.get(META_ORIGINAL_URL)
        if original is None or urlsplit(request.url).netloc not in self.reverse:
            return response
        return response.replace(url=original)
