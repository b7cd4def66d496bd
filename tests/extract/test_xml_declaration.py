"""Pages that start with an XML declaration (XHTML sites) extract like any other page,
given as bytes or as text, whatever encoding the declaration names."""

from __future__ import annotations

import pytest

from newscrawl import extract_article

#: (encoding the page is written in, headline, one body sentence) - text in the
#: encoding's own script, so a wrong decoding shows.
PAGES = [
    ("utf-8", "Die Brücke über den Fluss wird gesperrt",
     "Die Stadtverwaltung hat am Montag mitgeteilt, dass die alte Brücke für Reparaturen gesperrt wird."),
    ("iso-8859-1", "La mairie ferme le pont sur la rivière",
     "Les travaux commenceront en été et dureront près de six mois selon la mairie."),
    ("windows-1251", "Міст через річку закриють на ремонт",
     "Міська рада повідомила в понеділок, що старий міст закриють на ремонт до осені."),
    ("koi8-r", "Мост через реку закроют на ремонт",
     "Городской совет сообщил в понедельник, что старый мост закроют на ремонт до осени."),
    ("shift_jis", "川に架かる橋が修理のため閉鎖される",
     "市役所は月曜日、古い橋を秋まで修理のために閉鎖すると発表した。工事は夏に始まる予定である。"),
    ("utf-16", "The bridge over the river closes for repairs",
     "The city council said on Monday that the old bridge will close for repairs until autumn."),
]


def xhtml_page(encoding: str, headline: str, sentence: str, *, quote: str = '"',
               lead: str = "") -> str:
    paragraphs = "".join(f"<p>{sentence} ({n})</p>\n" for n in range(1, 9))
    return (f"{lead}<?xml version={quote}1.0{quote} encoding={quote}{encoding}{quote}?>\n"
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f"<title>{headline} - Gazette</title></head><body>"
            '<div class="nav"><a href="/">Home</a></div>'
            f"<article><h1>{headline}</h1>\n{paragraphs}</article></body></html>")


@pytest.mark.parametrize("encoding, headline, sentence", PAGES, ids=[p[0] for p in PAGES])
@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "str"])
def test_xml_declared_page_extracts(encoding, headline, sentence, as_bytes):
    html = xhtml_page(encoding, headline, sentence)
    data = html.encode(encoding) if as_bytes else html
    article = extract_article(data, "https://gazette.example/news/2025/bridge")
    assert article.headline == headline
    assert article.body.count(sentence) == 8
    assert "<?xml" not in article.body


@pytest.mark.parametrize("lead", ["", "\n  ", "\ufeff"], ids=["none", "whitespace", "bom"])
def test_declaration_variants(lead):
    headline, sentence = PAGES[0][1], PAGES[0][2]
    html = xhtml_page("UTF-8", headline, sentence, quote="'", lead=lead)
    for data in (html, html.encode("utf-8")):
        article = extract_article(data, "https://gazette.example/news/2025/bridge")
        assert article.headline == headline and article.body.count(sentence) == 8
