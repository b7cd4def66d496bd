"""The test site serves archive files with byte ranges and, on request, a first download
that breaks (newscrawl.testsite.archives)."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request

import pytest

from newscrawl.testsite import TestSite
from newscrawl.testsite.archives import archive_routes


def get(url, **headers):
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10)


def test_ranges_and_a_broken_first_download(tmp_path):
    data = bytes(range(256)) * 200
    (tmp_path / "crawl-data").mkdir()
    (tmp_path / "crawl-data" / "a.warc.gz").write_bytes(data)
    with TestSite(extra_routes=archive_routes(tmp_path, break_after=1000)) as site:
        url = site.url("/crawl-data/a.warc.gz")
        with get(url) as first:  # cut after 1,000 bytes, announcing all of them
            assert first.headers["Content-Length"] == str(len(data))
            with pytest.raises(http.client.IncompleteRead):
                first.read()
        with get(url, Range="bytes=1000-") as rest:
            assert rest.status == 206 and rest.read() == data[1000:]
            assert rest.headers["Content-Range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
        with get(url, Range="bytes=10-19") as piece:
            assert piece.read() == data[10:20]
        with get(url) as whole:  # only the first download breaks
            assert whole.read() == data
        with pytest.raises(urllib.error.HTTPError) as beyond:
            get(url, Range=f"bytes={len(data)}-")
        assert beyond.value.code == 416
        with pytest.raises(urllib.error.HTTPError) as outside:
            get(site.url("/../etc/passwd"))
        assert outside.value.code == 404
