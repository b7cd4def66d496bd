"""Small HTTP helpers for the test-site tests: one request, no redirect following."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit


def http_request(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """Send one request and return (status, headers with lower-case names, body)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        connection.request(method, target)
        response = connection.getresponse()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, body
    finally:
        connection.close()
