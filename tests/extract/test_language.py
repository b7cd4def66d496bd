"""Language code normalisation."""

import pytest

from newscrawl.extract.language import normalise_language


@pytest.mark.parametrize("value, code", [
    ("en", "en"), ("en-US", "en"), ("de_AT", "de"), ("EN", "en"), ("deu", "de"), ("iw", "he"),
    ("nb-NO", "no"), ("", None), (None, None), ("english", None), ("x", None),
])
def test_normalise_language(value, code):
    assert normalise_language(value) == code


@pytest.mark.parametrize("text, code", [
    ("The council said that the plan for the harbour was approved by the board and it is "
     "expected to be finished by the end of the year, as the mayor has said in the past.", "en"),
    ("Der Stadtrat hat die Pläne für den Hafen am Dienstag beschlossen. Die Arbeiten sollen "
     "noch in diesem Jahr beginnen, sagte die Bürgermeisterin, und sie wird auch dabei sein.", "de"),
    ("Le conseil a approuvé le plan pour le port et les travaux sont prévus pour la fin de "
     "l'année, a déclaré la maire qui a été présente avec les élus du port.", "fr"),
    ("記者会見で運賃改定について説明する港市交通局の担当者。市は来年四月から運賃を引き上げる方針を明らかにした。"
     "利用者からは反発の声も上がっている。", "ja"),
    # Hungarian shares "a" and "de" with Portuguese: its own frequent words decide
    ("A kikötő tervét a képviselő-testület kedden elfogadta, és a munka még az idén "
     "elkezdődik. A polgármester azt mondta, hogy nem lesz drágább, de csak akkor, ha "
     "a pályázat is sikeres lesz, mint az előző években.", "hu"),
    # ... and a Portuguese text stays Portuguese
    ("O conselho aprovou o plano para o porto e as obras devem começar ainda este ano, "
     "disse a prefeita, que não quis dar mais detalhes sobre o custo da obra para a cidade.", "pt"),
    # Czech and Slovak, close kin, told apart by the words they do not share
    ("Radnice schválila plán pro přístav a práce začnou ještě letos, jak uvedla starostka, "
     "která se na místo také podívala. Podle ní jsou náklady nižší, než se čekalo, když "
     "byla stavba navržena, a město při tom nebude muset zvyšovat daně.", "cs"),
    ("Mestské zastupiteľstvo schválilo plán pre prístav a práce sa začnú ešte tento rok, ako "
     "uviedla primátorka, ktorá sa na miesto tiež pozrela. Podľa nej sú náklady nižšie, než "
     "sa čakalo, keď bola stavba navrhnutá, a mesto pri tom nebude musieť zvyšovať dane.", "sk"),
    # Romanian, without a tag: its own words ("și", "în", "că", "pe", "cu"), not the "de",
    # "a" and "o" it shares with Portuguese, decide (with comma-below or cedilla letters)
    ("Consiliul local a aprobat planul pentru port, iar lucrările vor începe încă din acest "
     "an, a spus primarul, care a fost și el pe șantier. Costul este mai mic decât se "
     "credea, după ce proiectul a fost refăcut, și orașul nu va trebui să crească taxele.", "ro"),
    ("Consiliul local a aprobat planul pentru port, iar lucrările vor începe încă din acest "
     "an, a spus primarul, care a fost şi el pe şantier. Costul este mai mic decât se "
     "credea, după ce proiectul a fost refăcut, şi oraşul nu va trebui să crească taxele.", "ro"),
    # ... and a Portuguese text with "mais", "de", "o" stays Portuguese
    ("A câmara aprovou o plano de obras para o porto de pesca e o prefeito disse que o custo "
     "de cada fase será mais baixo do que se esperava, com a ajuda do governo do estado.", "pt"),
    ("Short text.", None),
    ("", None),
])
def test_guess_language_from_text(text, code):
    from newscrawl.extract.language import guess_language

    assert guess_language(text) == code


def test_quotes_in_another_script_do_not_decide():
    from newscrawl.extract.language import guess_language

    text = ("Semoga kita bisa memahami dan mengamalkan ini dengan baik, karena itu yang akan "
            "membawa kita pada jalan yang benar dan tidak akan tersesat dari ajaran ini. "
            "بسم الله الرحمن الرحيم")
    assert guess_language(text) == "id"


@pytest.mark.parametrize("text", [
    "The ferry's crossing_time was 2 hours -- the THE the.",
    "The ferry’s crossing\u00a0time — and the pier’s “new” gate",  # non-ASCII punctuation only
    "Der Fähranleger und die Brücke: für die Stadt",  # non-ASCII letters: read as text
    "İstanbul and the i\u0307sland",  # a letter whose lower case is two characters
    "x\u0301y and the cafe\u0301",  # a combining accent: no word character
])
def test_the_words_are_counted_as_the_word_pattern_finds_them(text):
    import re
    from collections import Counter

    from newscrawl.extract.language import _word_counts

    counts, stopwords = _word_counts(text)
    as_text = Counter({(w.decode() if isinstance(w, bytes) else w): n for w, n in counts.items()})
    assert as_text == Counter(w.lower() for w in re.findall(r"\w+", text))
    assert {code: {w.decode() if isinstance(w, bytes) else w for w in words}
            for code, words in stopwords.items()}["en"] >= {"the", "and"}


def test_letters_only_one_language_writes_decide_between_two_close_in_stop_words():
    from newscrawl.extract.language import _by_own_letters

    hungarian = "A vízműnél a főépület és a tűzoltóság őre a régi hídnál szőlőt árult."
    assert _by_own_letters(hungarian, ("pt", "hu")) == "hu"
    # neither language's own letters: no guess
    assert _by_own_letters("A casa de a rua de a cidade", ("pt", "hu")) is None
    # both languages' letters written: no guess either
    assert _by_own_letters(hungarian + " não são irmãos", ("pt", "hu")) is None
    # a language without letters of its own (English) is not ruled out by their absence
    assert _by_own_letters("Quotes: não são irmãos, não, não", ("en", "pt")) is None


def test_french_is_told_from_portuguese_by_its_own_letters():
    # French text writes "de" and "a" as often as Portuguese, which counts them as its
    # stop words: the two come close, and French's "è", "ù", "œ" decide
    from pathlib import Path

    from newscrawl import extract_article
    from newscrawl.extract.language import _by_own_letters

    assert _by_own_letters("Le père de Hélène a mis la pièce où la lumière entre, près de la rivière, chez sa sœur", ("fr", "pt")) == "fr"
    assert _by_own_letters("O pai não está lá, a mãe e o irmão também não são", ("fr", "pt")) == "pt"
    html = (Path(__file__).parent / "pages" / "french_dispatch_without_lang.html").read_bytes()
    article = extract_article(html, "https://depeches.example/regions/moulin.htm", profile=False)
    assert article.language == "fr"
