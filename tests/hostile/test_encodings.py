"""Wrong or missing charsets: legacy encodings served undeclared, declared wrongly (as
UTF-8, or UTF-8 pages declared as a legacy charset), in the HTTP header or in <meta>."""

from __future__ import annotations

import pytest

from tests.hostile import pages
from tests.hostile.pages import outcome

pytestmark = pytest.mark.usefixtures("warm_process")

#: (codec, a text in a language that codec is for)
LEGACY = [("windows-1251", pages.RUSSIAN), ("koi8-r", pages.RUSSIAN),
          ("shift_jis", pages.JAPANESE), ("gb2312", pages.CHINESE)]


def legacy_page(codec: str, text: str, meta: str = "") -> bytes:
    page = pages.article_page(head=meta, headline=text[:20], text=text, paragraphs=6)
    return page.encode(codec)


def assert_decoded(result, text: str) -> None:
    assert result.refusal is None, result.refusal
    assert result.article.headline == text[:20]
    assert text in result.article.body
    assert "\ufffd" not in result.article.body


@pytest.mark.parametrize("codec,text", LEGACY)
def test_declared_correctly_in_meta(codec, text):
    assert_decoded(outcome(legacy_page(codec, text, f'<meta charset="{codec}">')), text)


@pytest.mark.parametrize("codec,text", LEGACY)
def test_declared_correctly_in_the_header(codec, text):
    assert_decoded(outcome(legacy_page(codec, text), content_type=f"text/html; charset={codec}"),
                   text)


@pytest.mark.parametrize("codec,text", LEGACY)
def test_not_declared_at_all(codec, text):
    pytest.importorskip("charset_normalizer", reason="charset detection is not installed")
    assert_decoded(outcome(legacy_page(codec, text), content_type="text/html"), text)


@pytest.mark.parametrize("codec,text", LEGACY)
@pytest.mark.parametrize("where", ["meta", "header"])
def test_legacy_bytes_declared_as_utf8(codec, text, where):
    pytest.importorskip("charset_normalizer", reason="charset detection is not installed")
    meta = '<meta charset="utf-8">' if where == "meta" else ""
    header = "text/html; charset=utf-8" if where == "header" else None
    assert_decoded(outcome(legacy_page(codec, text, meta), content_type=header), text)


@pytest.mark.parametrize("declared", ["windows-1251", "shift_jis", "iso-8859-1", "koi8-r"])
def test_utf8_bytes_declared_as_a_legacy_charset(declared):
    page = pages.article_page(head=f'<meta charset="{declared}">', headline=pages.RUSSIAN[:20],
                              text=pages.RUSSIAN, paragraphs=6).encode("utf-8")
    assert_decoded(outcome(page, content_type=f"text/html; charset={declared}"), pages.RUSSIAN)


@pytest.mark.parametrize("declared", ["x-no-such-charset", "", "utf-16", "utf-7", "\\\"><b>"])
def test_unknown_or_impossible_declarations(declared):
    page = pages.article_page(head=f'<meta charset="{declared}">').encode("utf-8")
    result = outcome(page, content_type=f"text/html; charset={declared}")
    assert result.article.headline == pages.HEADLINE


def test_utf8_page_with_a_stray_legacy_byte_stays_utf8():
    page = pages.article_page(headline=pages.RUSSIAN[:20], text=pages.RUSSIAN,
                              paragraphs=6).encode("utf-8")
    page = page.replace("Городской".encode(), b"\xc7\xee\xf0\xee\xe4", 1)  # one cp1251 word
    result = outcome(page)
    assert pages.RUSSIAN in result.article.body


def test_utf16_with_byte_order_mark():
    page = b"\xff\xfe" + pages.article_page(text=pages.JAPANESE).encode("utf-16-le")
    assert pages.JAPANESE in outcome(page).article.body


def test_legacy_charset_declared_as_another_legacy_charset_gives_a_row():
    """Known limit: koi8-r bytes declared windows-1251 decode without error either way, so
    the declaration is believed (mojibake); the page still gives a valid row."""
    page = legacy_page("koi8-r", pages.RUSSIAN)
    result = outcome(page, content_type="text/html; charset=windows-1251")
    assert result.refusal is None and result.article.body
