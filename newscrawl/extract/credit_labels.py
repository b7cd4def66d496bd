"""The words that label a picture's credit, in the major news languages at once.

A caption's credit is printed after a label: the language's ordinary word for photo,
picture or image, for its source, or for a credit ("Photo: X", "Foto: X", "Bild: X",
"Fuente: X", "ছবি: X", "ภาพ: X", "فوٹو: X", "사진: X", "写真：X", "圖／X"). The list below
gives these words for some forty languages, so that a caption from a language the
extractor has not met yet is split like one from a language it has: the label is the
language's ordinary word, and the rules that use it ask for the shape of a credit too (a
colon after it, a dash or brackets before it, a short tail), never the word alone.

Words are lower case; a pattern built from them matches case-insensitively. Longer forms
come before their prefixes so an alternation takes the whole word.
"""

from __future__ import annotations

#: Per language (ISO 639-1 code): the ordinary word for "source", and its plural where the
#: language has one, before a colon naming where a picture, a chart or a story came from
#: ("Quelle: X", "Sources: X", "Fuente: X"). One list for the credit labels below and for
#: the source lines the body leaves out (:data:`newscrawl.extract.boilerplate.SOURCE_LINE_WORDS`):
#: a credit under a picture and a source line under a chart or a story are the same label.
SOURCE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("sources", "source"),
    "de": ("quellen", "quelle"),
    "fr": ("sources", "source"),
    "es": ("fuentes", "fuente"),
    "pt": ("fontes", "fonte"),
    "it": ("fonte",),
    "nl": ("bronnen", "bron"),
    "sv": ("källor", "källa"),
    "da": ("kilder", "kilde"),
    "no": ("kilder", "kilde"),
    "fi": ("lähteet", "lähde"),
    "pl": ("źródła", "źródło"),
    "cs": ("zdroje", "zdroj"),
    "sk": ("zdroje", "zdroj"),
    "hu": ("forrás",),
    "ro": ("sursa", "sursă"),
    "hr": ("izvori", "izvor"),
    "sl": ("vir",),
    "lt": ("šaltinis",),
    "lv": ("avots",),
    "et": ("allikas",),
    # (Greek capitals drop the accent: "ΠΗΓΗ:")
    "el": ("πηγές", "πηγή", "πηγες", "πηγη"),
    "ru": ("источники", "источник"),
    "uk": ("джерела", "джерело"),
    "bg": ("източници", "източник"),
    "sr": ("извор",),
    "tr": ("kaynak",),
    "ar": ("المصادر", "المصدر"),
    "fa": ("منبع",),
    "he": ("מקור",),
    "hi": ("स्रोत",),
    "bn": ("সূত্র",),
    "th": ("ที่มา",),
    "vi": ("nguồn",),
    "id": ("sumber",),
    "ms": ("sumber",),
    "zh": ("来源", "來源"),
    "ja": ("出典",),
    "ko": ("출처",),
}


#: Per language (ISO 639-1 code): the words for photo / picture / image, credit, and source
#: (:data:`SOURCE_WORDS`).
CREDIT_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    # ("Montage" credits a composite of several pictures, printed as a label like "Photo":
    # "Montage: Jane Roe", "© Agency, Montage: Jane Roe"; German writes "Fotomontage" too.
    # Dev pages of three German sites credit a composite so, in a caption, a credit element
    # and an image's structured data)
    "en": ("photographs", "photograph", "photos", "photo", "pictures", "picture", "pic", "images",
           "image", "illustration", "graphic", "montage", "video", "credit", "copyright") + SOURCE_WORDS["en"],
    # (German joins the words: "Bildquelle" / "Fotoquelle" (picture source) and
    # "Bildnachweis" / "Fotonachweis" (picture credit) are the ordinary compounds)
    # ("Visualisierung" credits a rendering, an architect's or planner's picture of what is
    # to be built, as "Grafik" credits a chart: "So soll die Brücke aussehen. Visualisierung: X")
    "de": ("bildquelle", "fotoquelle", "bildnachweis", "fotonachweis", "visualisierung", "fotomontage",
           "montage", "fotos", "foto", "bilder", "bild", "grafik") + SOURCE_WORDS["de"],
    "fr": ("crédit", "photographie", "photo", "image") + SOURCE_WORDS["fr"],
    "es": ("fotografía", "fotos", "foto", "imagen", "crédito") + SOURCE_WORDS["es"],
    "pt": ("fotografia", "fotos", "foto", "imagem", "crédito") + SOURCE_WORDS["pt"],
    "it": ("fotografia", "foto", "immagine", "credito") + SOURCE_WORDS["it"],
    "nl": ("fotografie", "foto", "beeld") + SOURCE_WORDS["nl"],
    "sv": ("foto", "bild") + SOURCE_WORDS["sv"],
    "da": ("foto", "billede") + SOURCE_WORDS["da"],
    "no": ("foto", "bilde") + SOURCE_WORDS["no"],
    "fi": ("kuva",) + SOURCE_WORDS["fi"],
    "pl": ("zdjęcie", "fot.", "foto") + SOURCE_WORDS["pl"],
    "cs": ("foto", "snímek") + SOURCE_WORDS["cs"],
    "sk": ("foto", "snímka") + SOURCE_WORDS["sk"],
    "hu": ("fotó", "kép") + SOURCE_WORDS["hu"],
    "ro": ("foto",) + SOURCE_WORDS["ro"],
    "hr": ("fotografija", "foto") + SOURCE_WORDS["hr"],
    "sl": ("foto",) + SOURCE_WORDS["sl"],
    "lt": ("nuotrauka", "nuotr.", "nuotr") + SOURCE_WORDS["lt"],
    "lv": ("foto", "attēls") + SOURCE_WORDS["lv"],
    "et": ("foto", "pilt") + SOURCE_WORDS["et"],
    "el": ("φωτογραφία", "φωτ.") + SOURCE_WORDS["el"],
    "ru": ("фото", "снимок") + SOURCE_WORDS["ru"],
    "uk": ("фото",) + SOURCE_WORDS["uk"],
    "bg": ("снимка",) + SOURCE_WORDS["bg"],
    "sr": ("фото",) + SOURCE_WORDS["sr"],
    "tr": ("fotoğraf", "görsel", "foto") + SOURCE_WORDS["tr"],
    "ar": ("الصورة", "صورة", "تصوير") + SOURCE_WORDS["ar"],
    "fa": ("عکس", "تصویر") + SOURCE_WORDS["fa"],
    "ur": ("فوٹو", "تصویر", "عکس"),
    "he": ("צילום", "תמונה") + SOURCE_WORDS["he"],
    "hi": ("फ़ोटो", "फोटो", "तस्वीर", "चित्र") + SOURCE_WORDS["hi"],
    "bn": ("ছবি", "ফটো") + SOURCE_WORDS["bn"],
    "mr": ("फोटो", "छायाचित्र"),
    "ta": ("புகைப்படம்", "படம்"),
    "te": ("ఫోటో", "చిత్రం"),
    "th": ("ภาพถ่าย", "ภาพ", "รูป") + SOURCE_WORDS["th"],
    "vi": ("ảnh",) + SOURCE_WORDS["vi"],
    "id": ("foto", "gambar", "kredit") + SOURCE_WORDS["id"],
    "ms": ("foto", "gambar") + SOURCE_WORDS["ms"],
    "tl": ("larawan", "kuha"),
    "sw": ("picha",),
    "zh": ("图片", "圖片", "图", "圖", "摄影", "攝影") + SOURCE_WORDS["zh"],
    "ja": ("写真", "画像", "撮影") + SOURCE_WORDS["ja"],
    "ko": ("사진",) + SOURCE_WORDS["ko"],
}


def _ordered_words() -> tuple[str, ...]:
    """Every label word once, longer ones first (an alternation then takes the whole word)."""
    words = {word for language_words in CREDIT_LABEL_WORDS.values() for word in language_words}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


#: All the label words, longest first.
CREDIT_LABELS: tuple[str, ...] = _ordered_words()

#: The word for "credit" written before the picture word in the Romance languages, which put
#: the head noun first: the French "Crédit photo : X" / "Crédits photos : X" (the ordinary
#: French form of the English "Photo credit: X"; the Office québécois de la langue française
#: gives "crédit photographique", shortened "crédit photo", for a picture's credit line), the
#: Spanish and Portuguese "Crédito foto: X", the Italian "Crediti foto: X". Read only before a
#: label word of :data:`CREDIT_LABELS`: the two words are one label.
CREDIT_NOUNS_BEFORE_LABEL: tuple[str, ...] = ("crédits", "crédit", "créditos", "crédito", "crediti", "credito")
