"""Loading and checking site.json."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newscrawl.testsite.manifest import ManifestError, load_manifest, parse_timestamp

from .helpers import write_site

HTML = "<!DOCTYPE html><html><body><p>x</p></body></html>"


def test_loads_pages_kinds_dates_and_order(tmp_path):
    write_site(tmp_path, {
        "/": ("front", HTML, {}),
        "/old/": ("article", HTML, {"published": "2026-01-01T10:00:00+01:00", "authors": ["A"]}),
        "/new/": ("article", HTML, {"published": "2026-01-02T10:00:00+00:00"}),
    })
    manifest = load_manifest(tmp_path)
    assert [p.path for p in manifest.articles] == ["/new/", "/old/"]
    assert [p.path for p in manifest.non_articles] == ["/"]
    old = manifest.page("/old/")
    assert old.published == dt.datetime(2026, 1, 1, 9, tzinfo=dt.timezone.utc)
    assert old.authors == ("A",) and old.language == "en" and old.is_article
    assert manifest.page("/nope/") is None
    assert manifest.name == "Test Post & Courier"


def test_lastmod_defaults_to_published(tmp_path):
    write_site(tmp_path, {"/a/": ("article", HTML, {"published": "2026-03-01T00:00:00+00:00"})})
    data = json.loads((tmp_path / "site.json").read_text())
    del data["pages"][0]["lastmod"]
    (tmp_path / "site.json").write_text(json.dumps(data))
    page = load_manifest(tmp_path).page("/a/")
    assert page.lastmod == page.published


@pytest.mark.parametrize("change, message", [
    ({"published": "2026-01-01T10:00:00"}, "without a UTC offset"),
    ({"published": "yesterday"}, "not an ISO 8601"),
    ({"path": "no-slash/"}, "must start with '/'"),
    ({"file": "missing.html"}, "file not found"),
    ({"kind": ""}, "needs a 'kind'"),
])
def test_bad_entries_are_reported(tmp_path, change, message):
    write_site(tmp_path, {"/a/": ("article", HTML, {"published": "2026-01-01T10:00:00+00:00"})})
    data = json.loads((tmp_path / "site.json").read_text())
    data["pages"][0].update(change)
    (tmp_path / "site.json").write_text(json.dumps(data))
    with pytest.raises(ManifestError, match=message):
        load_manifest(tmp_path)


def test_article_needs_a_publication_date(tmp_path):
    write_site(tmp_path, {"/a/": ("article", HTML, {})})
    with pytest.raises(ManifestError, match="needs 'published'"):
        load_manifest(tmp_path)


def test_duplicate_paths_and_missing_manifest_are_errors(tmp_path):
    write_site(tmp_path, {"/": ("front", HTML, {})})
    data = json.loads((tmp_path / "site.json").read_text())
    data["pages"].append(dict(data["pages"][0]))
    (tmp_path / "site.json").write_text(json.dumps(data))
    with pytest.raises(ManifestError, match="duplicate"):
        load_manifest(tmp_path)
    with pytest.raises(ManifestError, match="no site.json"):
        load_manifest(tmp_path / "elsewhere")


def test_parse_timestamp_keeps_the_offset():
    stamp = parse_timestamp("2026-11-21T18:30:00+01:00", "x")
    assert stamp.utcoffset() == dt.timedelta(hours=1)
