"""The headline set again at the body's start in other type, a few words shorter (a pasted
document's own title above its text): not the story's first paragraph
(tests/extract/body/pages/pasted_document_title.html)."""

from __future__ import annotations

from pathlib import Path

from newscrawl.extract import extract_article
from newscrawl.extract.body.paragraphs import (is_reworded_title, without_title_echoes,
                                               words_of_text)

PAGES = Path(__file__).resolve().parent / "pages"
TITLE = "A biblioteca do bairro volta a abrir aos sábados"
STORY = ["Depois de dois anos fechada ao fim de semana, a biblioteca volta a abrir.",
         "O horário de sábado será das dez à uma da tarde."]


def test_a_pasted_documents_own_title_does_not_open_the_body():
    html = (PAGES / "pasted_document_title.html").read_text(encoding="utf-8")
    article = extract_article(html, "https://moradores.example/noticias/biblioteca", profile=False)
    assert article.body.startswith("Depois de dois anos fechada ao fim de semana")
    assert "BIBLIOTECA DO BAIRRO" not in article.body


def test_a_shorter_wording_of_the_headline_is_an_echo():
    assert without_title_echoes(["BIBLIOTECA DO BAIRRO VOLTA A ABRIR AOS SÁBADOS"] + STORY,
                                [TITLE]) == STORY


def test_a_line_with_a_word_of_its_own_or_too_few_of_the_titles_is_no_echo():
    words = [words_of_text(TITLE)]
    assert not is_reworded_title("A biblioteca nova abre aos sábados", words)  # "nova"
    assert not is_reworded_title("A biblioteca do bairro", words)  # too little of the title
    assert not is_reworded_title("Sábados", words)
    # a sentence is the story's, even in the headline's words
    sentence = "A biblioteca do bairro volta a abrir aos sábados."
    assert without_title_echoes([sentence] + STORY, ["Outra manchete do jornal local"]) \
        == [sentence] + STORY
