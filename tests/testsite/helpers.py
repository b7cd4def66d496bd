"""Small helpers for the test-site tests: one HTTP request (no redirect following), tiny sites."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit


def http_request(url: str, method: str = "GET", headers: dict[str, str] | None = None,
                 timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Send one request and return (status, headers with lower-case names, body)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        connection.request(method, target, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        answer_headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, answer_headers, body
    finally:
        connection.close()


def write_site(root, pages, **site_extra) -> None:
    """Write a tiny manifest site: ``pages`` maps path -> (kind, html, manifest extras)."""
    import json
    from pathlib import Path

    root = Path(root)
    entries = []
    for index, (path, (kind, html, extra)) in enumerate(pages.items()):
        file = f"page{index}.html"
        (root / file).write_text(html, encoding="utf-8")
        entry = {"path": path, "file": file, "kind": kind, "title": extra.pop("title", path),
                 "lastmod": "2026-01-02T03:04:05+00:00", **extra}
        entries.append(entry)
    manifest = {"site": {"name": "Test Post & Courier", "language": "en"}, "pages": entries,
                **site_extra}
    (root / "site.json").write_text(json.dumps(manifest), encoding="utf-8")


def as_host(site, host: str, path: str, scheme: str = "https", method: str = "GET"):
    """Request ``path`` from the test site as HostMapMiddleware sends it for ``host``."""
    return http_request(site.url(path), method,
                        headers={"Host": host, "X-Forwarded-Proto": scheme})


def xml_root(body: bytes):
    """The parsed root element of an XML document."""
    import lxml.etree

    return lxml.etree.fromstring(body)
