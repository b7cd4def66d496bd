"""The generated discovery files as text: well-formed, escaped, dated with offsets."""

from __future__ import annotations

import datetime as dt
import email.utils

import lxml.etree

from newscrawl.testsite import feeds
from newscrawl.testsite.manifest import load_manifest

from .helpers import write_site

BASE = "http://127.0.0.1:4321/"
HTML = "<!DOCTYPE html><html><body><p>x</p></body></html>"


def tiny_manifest(tmp_path):
    write_site(tmp_path, {
        "/": ("front", HTML, {}),
        "/a/": ("article", HTML, {"published": "2026-11-21T18:30:00+01:00",
                                  "title": "Fish & chips <cheaper>", "authors": ["Ann Lee"],
                                  "language": "de", "summary": "S & S"}),
    })
    return load_manifest(tmp_path)


def test_dates_are_written_with_their_offsets():
    stamp = dt.datetime(2026, 11, 21, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert feeds.w3c_datetime(stamp) == "2026-11-21T18:30:00+01:00"
    assert feeds.rfc822_datetime(stamp) == "Sat, 21 Nov 2026 18:30:00 +0100"
    assert email.utils.parsedate_to_datetime(feeds.rfc822_datetime(stamp)) == stamp


def test_every_xml_file_is_well_formed_and_escapes_titles(tmp_path):
    manifest = tiny_manifest(tmp_path)
    for make in (feeds.sitemap_index, feeds.news_sitemap, feeds.pages_sitemap,
                 feeds.rss_feed, feeds.atom_feed):
        text = make(manifest, BASE)
        root = lxml.etree.fromstring(text.encode("utf-8"))
        assert root is not None
        if make in (feeds.news_sitemap, feeds.rss_feed, feeds.atom_feed):
            assert "Fish &amp; chips &lt;cheaper&gt;" in text
            assert BASE + "a/" in text


def test_news_sitemap_uses_the_page_language_and_publication(tmp_path):
    text = feeds.news_sitemap(tiny_manifest(tmp_path), BASE)
    root = lxml.etree.fromstring(text.encode("utf-8"))
    ns = {"s": feeds.SITEMAP_NS, "n": feeds.NEWS_NS}
    assert root.xpath("//s:loc/text()", namespaces=ns) == [BASE + "a/"]
    assert root.xpath("//n:language/text()", namespaces=ns) == ["de"]
    assert root.xpath("//n:name/text()", namespaces=ns) == ["Test Post & Courier"]
    assert root.xpath("//n:publication_date/text()", namespaces=ns) == ["2026-11-21T18:30:00+01:00"]


def test_rss_items_carry_author_and_summary(tmp_path):
    text = feeds.rss_feed(tiny_manifest(tmp_path), BASE)
    item = lxml.etree.fromstring(text.encode("utf-8")).find("channel/item")
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Ann Lee"
    assert item.findtext("description") == "S & S"
    assert item.findtext("guid") == BASE + "a/"


def test_robots_txt_for_another_port():
    text = feeds.robots_txt(None, "http://127.0.0.1:9/")
    assert text.splitlines() == ["User-agent: *", "Disallow: /private/", "",
                                 "Sitemap: http://127.0.0.1:9/sitemap.xml"]
