"""The bundled demo site: its pages agree with demo_expected.json and look like a real outlet.

These checks read the files directly (no server): every expected body paragraph is the
text of one element of the page, in order; every not-in-body snippet really is on the
page (so it is a real trap); non-article pages carry no article metadata; all links stay
on the site.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
import tomllib
from pathlib import Path

import lxml.html
import pytest

from newscrawl.testsite import DEMO_ROOT
from newscrawl.testsite.manifest import load_manifest

EXPECTED_FILE = Path(__file__).with_name("demo_expected.json")
EXPECTED = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
MANIFEST = load_manifest(DEMO_ROOT)
PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: Elements whose text is one body paragraph.
BLOCK_XPATH = "//p | //h2 | //h3 | //blockquote"


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return " ".join(text.split())


def tree_of(path: str):
    return lxml.html.fromstring(MANIFEST.page(path).file.read_bytes().decode("utf-8"))


def jsonld_types(tree) -> list[str]:
    types = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        node = json.loads(script)
        types += node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
    return types


def test_expected_covers_exactly_the_article_pages():
    assert sorted(EXPECTED) == sorted(p.path for p in MANIFEST.articles)
    assert len(EXPECTED) >= 8


def test_demo_has_the_required_variety():
    layouts = {e["layout"] for e in EXPECTED.values()}
    assert layouts == {"json-ld + meta tags", "meta tags only", "markup only"}
    assert any(len(e["authors"]) == 2 for e in EXPECTED.values())
    assert len({a for e in EXPECTED.values() for a in e["authors"]}) >= 5
    assert {e["language"] for e in EXPECTED.values()} > {"en"}
    kinds = {p.kind for p in MANIFEST.non_articles}
    assert {"front", "section", "tag", "author"} <= kinds


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_expected_article_matches_its_page(path):
    expected = EXPECTED[path]
    page = MANIFEST.page(path)
    tree = tree_of(path)
    assert tree.get("lang") == expected["language"] == page.language
    assert [squash(h.text_content()) for h in tree.xpath("//h1")] == [expected["headline"]]
    assert dt.datetime.fromisoformat(expected["published"]) == page.published
    assert 4 <= len(expected["body_paragraphs"]) <= 14

    if expected["dateline"]:  # the dateline opens the lede and belongs to the body
        assert expected["body_paragraphs"][0].startswith(expected["dateline"] + " — ")

    blocks = [squash(el.text_content()) for el in tree.xpath(BLOCK_XPATH)]
    positions = [blocks.index(paragraph) for paragraph in expected["body_paragraphs"]]
    assert positions == sorted(positions), "body paragraphs out of page order"

    page_text = squash(tree.text_content())
    for name in expected["authors"]:
        assert name in page_text
    for snippet in expected["not_in_body"]:
        assert squash(snippet) in page_text, f"trap not on the page: {snippet!r}"
        assert squash(snippet) not in expected["body_paragraphs"]

    figures = tree.xpath("//figure")
    assert len(figures) == len(expected["images"])
    for figure, image in zip(figures, expected["images"]):
        assert figure.xpath(".//img/@src") == [image["path"]]
        assert figure.xpath(".//img/@alt") == [image["alt"]]
        text = squash(figure.text_content())
        assert image["caption"] in text and image["credit"] in text
        assert (DEMO_ROOT / image["path"].lstrip("/")).is_file()


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_structured_data_matches_the_layout(path):
    expected, tree = EXPECTED[path], tree_of(path)
    has_jsonld = "NewsArticle" in jsonld_types(tree)
    has_og = bool(tree.xpath('//meta[@property="og:type"][@content="article"]'))
    has_published_meta = bool(tree.xpath('//meta[@property="article:published_time"]'))
    layout = {"json-ld + meta tags": (True, True), "meta tags only": (False, True),
              "markup only": (False, False)}[expected["layout"]]
    assert (has_jsonld, has_og and has_published_meta) == layout
    assert tree.xpath("//article//time/@datetime")[0] == expected["published"]


@pytest.mark.parametrize("page", MANIFEST.non_articles, ids=lambda p: p.path)
def test_non_article_pages_carry_no_article_metadata(page):
    tree = tree_of(page.path)
    assert not [t for t in jsonld_types(tree) if t.endswith("Article")]
    assert tree.xpath('//meta[@property="og:type"]/@content')[0] in {"website", "profile"}
    assert not tree.xpath('//meta[starts-with(@property, "article:")]')
    teasers = tree.xpath('//*[contains(@class, "teaser-headline")]//a/@href')
    assert teasers and set(teasers) <= set(EXPECTED)


def test_all_links_and_images_stay_on_the_site():
    served = {p.path for p in MANIFEST.pages} | {
        "/robots.txt", "/sitemap.xml", "/rss.xml", "/atom.xml"}
    for page in MANIFEST.pages:
        tree = tree_of(page.path)
        for ref in tree.xpath("//a/@href | //link/@href | //img/@src | //form/@action"):
            if ref.startswith(("mailto:", "#")):
                continue
            assert ref.startswith("/") and not ref.startswith("//"), (page.path, ref)
            if ref.startswith(("/media/", "/assets/")):
                assert (DEMO_ROOT / ref.lstrip("/")).is_file(), ref
            elif ref != "/newsletter/":  # a POST form target, never a page
                assert ref in served, (page.path, ref)
        assert not re.search(r"https?://(?!schema\.org)", page.file.read_text("utf-8")), page.path


def test_pyproject_package_data_ships_every_demo_file():
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["newscrawl.testsite"]
    package_dir = DEMO_ROOT.parent
    shipped = {Path(f) for pattern in patterns
               for f in glob.glob(str(package_dir / pattern), recursive=True) if Path(f).is_file()}
    on_disk = {f for f in DEMO_ROOT.rglob("*") if f.is_file()}
    assert on_disk and on_disk <= shipped
