"""URL helpers shared by extraction, storage and the crawl."""

from __future__ import annotations

from urllib.parse import urlsplit


def domain_of(url: str) -> str | None:
    """Lower-case host of a URL without a leading 'www.'."""
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None
