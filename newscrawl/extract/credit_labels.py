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

#: Per language (ISO 639-1 code): the words for photo / picture / image, source, credit.
CREDIT_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("photographs", "photograph", "photos", "photo", "pictures", "picture", "pic", "images",
           "image", "illustration", "graphic", "video", "credit", "source", "copyright"),
    # (German joins the words: "Bildquelle" / "Fotoquelle" (picture source) and
    # "Bildnachweis" / "Fotonachweis" (picture credit) are the ordinary compounds)
    # ("Visualisierung" credits a rendering, an architect's or planner's picture of what is
    # to be built, as "Grafik" credits a chart: "So soll die Brücke aussehen. Visualisierung: X")
    "de": ("bildquelle", "fotoquelle", "bildnachweis", "fotonachweis", "visualisierung", "fotos", "foto",
           "bilder", "bild", "grafik", "quelle"),
    "fr": ("crédit", "photographie", "photo", "image", "source"),
    "es": ("fotografía", "fotos", "foto", "imagen", "fuente", "crédito"),
    "pt": ("fotografia", "fotos", "foto", "imagem", "fonte", "crédito"),
    "it": ("fotografia", "foto", "immagine", "fonte", "credito"),
    "nl": ("fotografie", "foto", "beeld", "bron"),
    "sv": ("foto", "bild", "källa"),
    "da": ("foto", "billede", "kilde"),
    "no": ("foto", "bilde", "kilde"),
    "fi": ("kuva", "lähde"),
    "pl": ("zdjęcie", "fot.", "foto", "źródło"),
    "cs": ("foto", "snímek", "zdroj"),
    "sk": ("foto", "snímka", "zdroj"),
    "hu": ("fotó", "kép", "forrás"),
    "ro": ("foto", "sursa", "sursă"),
    "hr": ("fotografija", "foto", "izvor"),
    "sl": ("foto", "vir"),
    "lt": ("nuotrauka", "nuotr.", "nuotr", "šaltinis"),
    "lv": ("foto", "attēls", "avots"),
    "et": ("foto", "pilt", "allikas"),
    "el": ("φωτογραφία", "φωτ.", "πηγή"),
    "ru": ("фото", "снимок", "источник"),
    "uk": ("фото", "джерело"),
    "bg": ("снимка", "източник"),
    "sr": ("фото", "извор"),
    "tr": ("fotoğraf", "görsel", "kaynak", "foto"),
    "ar": ("الصورة", "صورة", "تصوير", "المصدر"),
    "fa": ("عکس", "تصویر", "منبع"),
    "ur": ("فوٹو", "تصویر", "عکس"),
    "he": ("צילום", "תמונה", "מקור"),
    "hi": ("फ़ोटो", "फोटो", "तस्वीर", "चित्र", "स्रोत"),
    "bn": ("ছবি", "ফটো", "সূত্র"),
    "mr": ("फोटो", "छायाचित्र"),
    "ta": ("புகைப்படம்", "படம்"),
    "te": ("ఫోటో", "చిత్రం"),
    "th": ("ภาพถ่าย", "ภาพ", "รูป", "ที่มา"),
    "vi": ("ảnh", "nguồn"),
    "id": ("foto", "gambar", "sumber", "kredit"),
    "ms": ("foto", "gambar", "sumber"),
    "tl": ("larawan", "kuha"),
    "sw": ("picha",),
    "zh": ("图片", "圖片", "图", "圖", "摄影", "攝影", "来源", "來源"),
    "ja": ("写真", "画像", "撮影"),
    "ko": ("사진", "출처"),
}


def _ordered_words() -> tuple[str, ...]:
    """Every label word once, longer ones first (an alternation then takes the whole word)."""
    words = {word for language_words in CREDIT_LABEL_WORDS.values() for word in language_words}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


#: All the label words, longest first.
CREDIT_LABELS: tuple[str, ...] = _ordered_words()
