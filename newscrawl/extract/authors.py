"""Byline cleaning: turn a byline as found ("By A, B and C | Senior Editor | Feb. 27")
into clean person names.

The steps are data: a byline is cut into segments at strong separators, each segment
loses its lead-in word ("By", "Von", "Par", "Por", "Di", "Door", "Av", "Автор" ...),
dates, e-mail addresses and links, then splits into names at commas and the word "and"
in several languages. Parts naming a role ("Senior News Editor") or a UI label ("Read
more") are dropped, a name after a job title in one part is kept ("Staff Writer Jane
Doe"), a dateline place after "in" is cut ("Associated Press in Valencia"), a weekday or
"Stand" opening a timestamp ends the names; names are deduplicated in page order, compared by their fold (case,
punctuation and spacing aside: "Jane Doe", "JANE DOE" and "Jane  Doe." are one name).

Read segment by segment (a visible byline element arrives with its parts apart, see
:func:`newscrawl.extract.markup.byline_text`): a lead-in standing alone ("By", "Von") is
a label, not a name, and starts the names (the parts before it are the header's furniture,
a section label or share tools, unless no name follows it); a date after the names, or a
sentence, ends them; an upper-case
place before a date is a dateline; a short title before the names is skipped. Inside a
name, the outlet written for ("for The Courier"), a name written twice and a German
compound job title are dropped, and the word introducing a date ("on", "am", "el") goes
with the date. A news agency's short code right after the by-word ("Von dpa", "Par AFP")
is the byline's name though it is one word, and lower-case. A government body's name
listing its portfolios ("Ministerium für Umwelt, Klimaschutz und Energie") is one
organisation, not split, and a label with its value after the names ("Categorie:
Jeugdwerk") is no name. The place the writer files from, after the names with the
Portuguese or Spanish "from" ("Por Ana Lima, de Recife"), ends them, and a CMS's
installation account ("Super User", "Administrator") names no one. The agencies credited
with the writers ("Par A avec AFP", "By A with Agencies") are no writers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newscrawl.text import collapse, fold, without_accents

#: Lead-in words before the names, in many languages (matched at the start, case-insensitive).
LEAD_INS = (
    # the writer credited with the pictures too, in either order: "Words and photographs
    # by", "Text and photos by", "Photographs and words by", "Story & pictures by" (the
    # English form of "Text und Fotos von" and "Testo e foto di" below; before the plain
    # "Photos by", whose "photos" would otherwise stand as a name before "and words by")
    r"(?:(?:words|text|story)\s*(?:and|&|\+|/)\s*(?:photos?|photographs?|photography|pictures?|images?)|"
    r"(?:photos?|photographs?|photography|pictures?|images?)\s*(?:and|&|\+|/)\s*(?:words|text|story))\s+by",
    # ("Contributed by", the credit of a community item a club or a group sends in, as
    # "Submitted by" is: the line local papers print under their community notes)
    r"(?:written|reported|reporting|words|text|story|posted|published|submitted|contributed|"
    r"compiled|edited|"
    r"photos?|video|interview|analysis|opinion|commentary|review|column|essay|"
    r"perspective)\s+by",
    # the link to an author's page: "More by", "View all posts by", "Alle Beiträge von"
    r"(?:(?:view\s+)?all(?:\s+posts)?|more(?:\s+(?:posts|articles|stories))?|alles|"
    r"alle\s+(?:beiträge|artikel)|mehr(?:\s+(?:beiträge|artikel))?|weitere\s+(?:beiträge|artikel))"
    r"\s+(?:by|von)",
    # the same in other languages ("Geschrieben von", "Ein Kommentar von", "Publié par")
    # ("Eingestellt von", Blogger's German for "Posted by")
    r"(?:geschrieben|verfasst|erstellt|veröffentlicht|gepostet|eingestellt)\s+von",
    r"(?:ein(?:e|en)?\s+)?(?:kommentar|analyse|gastbeitrag|beitrag|interview|reportage|"
    r"kolumne|bericht|artikel|gastartikel|gastkommentar|rezension|glosse|essay)\s+von",
    r"(?:écrit|publié|rédigé)\s+par", r"(?:escrito|publicado|redactado)\s+por",
    r"(?:scritto|pubblicato)\s+da", r"(?:geschreven|gepubliceerd)\s+door",
    # and in the Scandinavian languages: "Publicerad av" / "Skriven av" (Swedish),
    # "Publisert av" (Norwegian), "Publiceret af" / "Skrevet af" (Danish)
    r"(?:publicerad|publicerat|skriven|skrivet)\s+av", r"publisert\s+av",
    r"(?:publiceret|skrevet)\s+af",
    # the German label in its gender-inclusive spellings ("Autor*innen", "Autor:innen",
    # "Autor_innen", "Autor/innen", "AutorInnen"), before the plain one, whose "Autor:"
    # would take "innen" for a name
    r"autor(?:\*|:|_|/|·)innen", r"autor(?:/in|\(in\))",
    # "Verfasser:", the German word for the author, as a label (with its colon: a
    # "Verfasser" in running text is no label)
    r"verfasser(?:in|innen)?(?=\s*:)",
    # the writer credited with the pictures too: "Text und Fotos von", "Text und Foto:",
    # "Text & Bild:", "Text/Fotos:"
    r"text\s*(?:und|&|/|\+)\s*(?:fotos?|bild(?:er)?)(?:\s+von)?",
    # and the Italian, Spanish and Portuguese "Testo e foto di", "Texto y fotos de",
    # "Texto e fotos de"
    r"(?:testo|texto)\s*(?:e|y|&|/|\+)\s*(?:fotos?|fotografie|fotografías|fotografias|immagini|"
    r"imágenes|imagens)(?:\s+(?:di|de|por))?",
    r"by", r"text\s*(?:und\s+fotos?\s*)?von", r"texte?", r"autor(?:in|en|innen)?",
    # the Polish feminine "Autorka:" (with its colon, as the Polish press labels a writer)
    r"autorka(?=\s*:)",
    r"autore", r"redakce", r"tekst", r"skrevet\s+av", r"автор(?:ы)?", r"текст", r"від",
    r"yazan", r"kirjoittanut", r"author", r"authors", r"redaktion\s*:", r"penulis",
    # Arabic: "كتب:" / "كتبت:" ("wrote:", the label the Arabic press prints before the
    # writer; only with a colon or a dash after it or standing alone, as the verb opens
    # sentences too) and "بقلم" ("by the pen of")
    r"كتبت?(?:\s*[:\-–—]|$)", r"بقلم",
    # the same "writes:" / "wrote:" label of the Greek ("Γράφει:", "Γράφουν:"), Hungarian
    # ("Írta:") and Croatian, Serbian and Slovene ("Piše:", "Pišu:", "Пише:") press: verbs
    # that open sentences too, so only with a colon or a dash after them or standing alone
    r"(?:γράφει|γράφουν|írta|piše|pišu|пише|пишу)(?:\s*[:\-–—]|$)",
    # "author(s)" and "text" in Hungarian ("Szerző:", "Szöveg:") and Finnish ("Teksti:")
    r"szerző(?:k)?", r"szöveg", r"teksti",
    # "text" as the label before the writer in the Spanish and Portuguese ("Texto:") and
    # Italian ("Testo:") press, as "Text:" / "Tekst:" above (with its colon: the words
    # open running text too)
    r"(?:texto|testo)(?=\s*:)",
    # the Italian "a cura di" ("in the care of"), the credit of the person who prepared a
    # text, an edition or a page, as Italian publishing prints it ("a cura di Mario Rossi"
    # on a book's title page, "Testo a cura di" over an article); the dictionaries give the
    # phrase so (Treccani, "cura": "a cura di"). Opening the line, and before a name.
    r"(?:(?:testo|testi|articolo|servizio)\s+)?a\s+cura\s+di",
    # the magazines' "Words: A / Pictures: B" (with its colon: "Words of the week" is a title)
    r"words(?=\s*:)",
    # "writing:", "reporter:", "author:", "report:" as the label before the writer's name
    # in the Urdu ("تحریر:", "رپورٹ:"), Persian ("خبرنگار:", "نویسنده:", "گزارش:"), Hindi
    # ("लेखक:", "संवाददाता:"), Bengali ("লেখক:", "প্রতিবেদক:"), Thai ("ผู้เขียน:", "เรื่อง:")
    # and Turkish ("Muhabir:") press: words that open sentences too, so only with a colon
    r"(?:تحریر|رپورٹ|رپورٹر|خبرنگار|نویسنده|گزارش|लेखक|संवाददाता|রিপোর্ট|লেখক|প্রতিবেদক|"
    r"ผู้เขียน|เรื่อง|muhabir)(?=\s*[:：])",
    # the same labels of the Vietnamese ("Tác giả:", "Phóng viên:"), Indonesian
    # ("Reportase:", "Laporan:", "Liputan:", and "Pewarta:", the reporter's label over the
    # editor's that closes the stories of the Indonesian agency and its reprints) and
    # Turkish ("Haber:") press
    r"(?:tác\s+giả|phóng\s+viên|reportase|laporan|liputan|pewarta|haber)(?=\s*[:：])",
    # ... and the German "Bericht:" ("report:"), the label German club and association
    # sites print before the writer of a match or event report, as "Text:" ("Bericht:
    # Jana Roth | Fotos: Tom Kehl"); with its colon ("Bericht von" is a lead-in above)
    r"bericht(?=\s*:)",
    # a job title as the label before the names ("Reporter: A", "Korrespondent: B"; with
    # its colon: "Reporter Jane Doe" is read by the role rule)
    r"(?:reporter|correspondent|writer|journalist|redakteur(?:in)?|korrespondent(?:in)?|"
    r"rédacteur|rédactrice|redactor|redactora|periodista|giornalista|verslaggever)(?=\s*:)",
    # "author" as the label before the writer in the Lithuanian ("Autorius:", feminine
    # "Autorė:", plural "Autoriai:"), Slovene ("Avtor:", "Avtorica:", "Avtorji:"), Turkish
    # ("Yazar:"), Romanian and Italian plural ("Autori:"), Romanian feminine ("Autoare:"),
    # Finnish ("Kirjoittaja:"), Danish and Norwegian ("Forfatter:") and Swedish
    # ("Författare:") press, the dictionaries' word for the writer of a text: words that
    # open running text too ("Yazar" is also "the writer" in a sentence), so only with a
    # colon, as "Autorka:" above
    r"(?:autorius|autorė|autoriai|avtor(?:ica|ji)?|yazar|autori|autoare|kirjoittaja|"
    r"forfatter(?:e)?|författare)(?=\s*:)",
)
#: Lead-ins of Chinese and Japanese bylines, before a full-width or plain colon and no
#: space ("作者：周海燕", "筆者：佐藤"): stripped with the colon.
CJK_LEAD_INS = (r"作者", r"筆者", r"撰文")
#: Lead-ins that are also name particles ("Von Jan Kurz" vs "Van der Berg"), or words that
#: open running text (the Greek "Από", "from", the by-word of the Greek press and of the
#: Greek translations of the news themes' "By"): stripped only when an upper-case word and
#: at least one more word follow. The Swahili "Na" is one of them: Swahili introduces the
#: doer of a passive verb with "na" ("kimeandikwa na", "written by"), and the Swahili
#: press prints it alone before the writer ("Na Mwandishi Wetu", "by our correspondent"),
#: while "na" also means "and" and a Korean family name.
PARTICLE_LEAD_INS = (r"von", r"par", r"por", r"di", r"da", r"de", r"door", r"av", r"af",
                     r"van", r"od", r"från", r"fra", r"oleh", r"απ[οό]", r"na")
#: The Greek press's by-word: the genitive article before the writer's name, itself in the
#: genitive ("Του Γιώργου Παπαδόπουλου", "of Giorgos Papadopoulos"; "Της" before a woman's
#: name, "Των" before several), as the Greek newspapers sign their stories. The articles
#: open any Greek phrase too, so they are stripped as the particles are (an upper-case word
#: and one more word after them) and only from a text already read as a byline: they do not
#: make a line a byline (they are not among :data:`PARTICLE_LEAD_INS`, which the cascade's
#: by-word line tests share).
GREEK_ARTICLE_BY_WORDS = (r"του", r"της", r"των")
_PARTICLE_OR_ARTICLE = "|".join((*PARTICLE_LEAD_INS, *GREEK_ARTICLE_BY_WORDS))
#: A particle lead-in standing alone ("Von", "Por"): a label before the names, never a name.
_PARTICLE_ALONE = re.compile(r"(?:" + _PARTICLE_OR_ARTICLE + r")\s*:?", re.IGNORECASE)
_LEAD_IN = re.compile(r"^\s*(?:" + "|".join(LEAD_INS) + r")(?:\s*[:\-–—]?\s+|\s*:(?=[^\W\d_]))"
                      r"|^\s*(?:" + "|".join(CJK_LEAD_INS) + r")\s*[:：]\s*", re.IGNORECASE)
_PARTICLE_LEAD_IN = re.compile(
    r"^\s*(?:" + _PARTICLE_OR_ARTICLE + r")\s*:?\s+(?=\S+\s+\S)", re.IGNORECASE)
#: A lead-in word standing alone ("Autor", "Text:"): a label, not a name.
_LEAD_IN_ALONE = re.compile(r"(?:" + "|".join(LEAD_INS) + r")\s*:?", re.IGNORECASE)
#: Any lead-in of the three lists opening a text: what the four patterns above have in
#: common, so a text it does not open is no lead-in label and starts with no lead-in. Two
#: forms: the case-blind one, and one without the flag for a lower-cased ASCII text (the
#: lists are written in lower case and fold no ASCII letter to another, so the two agree on
#: such a text; Python's case-blind matching is the slower, over some hundred alternatives).
_ANY_LEAD_IN_OPENING = r"\s*(?:" + "|".join((*LEAD_INS, *CJK_LEAD_INS, *PARTICLE_LEAD_INS)) + r")"
_LEAD_IN_OPENING_LOWER = re.compile(_ANY_LEAD_IN_OPENING)
_LEAD_IN_OPENING = re.compile(_ANY_LEAD_IN_OPENING, re.IGNORECASE)

#: A segment crediting the editor of the story after its authors ("Penulis A | Editor B",
#: "By A | Edited by B"): the names end before it.
EDITOR_CREDIT = re.compile(r"(?:editor|edited\s+by|penyunting|redaktur|责任编辑|編集)(?!\w)\s*[:：]?",
                           re.IGNORECASE)
#: A segment that is only the editor's credit, label and all: "Edited by", or an editor's
#: role word before a colon, as the Chinese press closes a story ("责任编辑：X", the
#: responsible editor; "责编", "编辑", "审核": the editor, the reviewer; traditional
#: "責任編輯", "編輯"), the Japanese ("編集：X") and Korean ("편집: X") press print it, and as
#: "Editor: X" reads. It names who edited the story, not who wrote it (schema.org keeps the
#: two apart: CreativeWork's ``editor`` beside its ``author``): a byline element holding
#: only it names no author (a job title before a name, "Senior Editor Jane Doe", with no
#: colon, stays a writer's byline).
EDITOR_CREDIT_ONLY = re.compile(
    r"(?:edited\s+by(?!\w)|(?:editor|penyunting|redaktur|责任编辑|責任編輯|责编|責編|编辑|編輯|"
    r"审核|審核|編集|편집)\s*[:：])", re.IGNORECASE)

#: A photographer's credit printed in or after the byline ("Text: A | Foto: B", "Photo: B"),
#: in the languages of the credit labels of captions: the writers' names end before it, and
#: a byline that is only this credit names no author.
PHOTO_CREDIT = re.compile(
    r"(?:fotos?|fotografi[ea]s?|photos?|photograph(?:s|y)?|pictures?|images?|bild(?:er)?|"
    r"kuva(?:t)?|fotó(?:k)?|zdjęci[ea]|beeld|φωτογραφί(?:α|ες)|фото)\s*[:：]", re.IGNORECASE)

#: The same credit anywhere in a part ("Karin Berg Foto: Johan Ek"), as a word of its own.
_PHOTO_CREDIT_INSIDE = re.compile(r"(?<!\w)" + PHOTO_CREDIT.pattern, re.IGNORECASE)

#: A photographer's credit written with the by-word after words of its own ("Staff photo
#: by Jane Doe", "STAFF PHOTO BY JANE DOE", the newspapers' credit line under a picture):
#: the words before it and the credited name are no writer. (At the start of a byline,
#: "Photos by" is a lead-in of :data:`LEAD_INS`.)
_PHOTO_BY_INSIDE = re.compile(r"(?<=\S)\s+(?:photos?|photographs?|pictures?)\s+by(?!\w)", re.IGNORECASE)

#: The same credit opening a segment or a name part after the writers' names ("Story by A |
#: Photos by B", "By A, photographs by B"): the names end before it, as before "Foto: B".
_PHOTO_BY_AFTER_NAMES = re.compile(r"(?:photos?|photographs?|pictures?|images?)\s+by(?!\w)", re.IGNORECASE)

#: A photographer's credit lead closing the text printed before a name ("Photography by
#: <a>Name</a>", "Photos by", "Foto: <a>Name</a>"): the credit of a magazine's or a
#: newspaper's credit block, which prints the writer's and the photographer's lines alike
#: (each a linked name), is no writer's. The same words as :data:`PHOTO_CREDIT` and
#: :data:`_PHOTO_BY_AFTER_NAMES`, at the end of the text.
PHOTO_CREDIT_LEAD_BEFORE = re.compile(
    r"(?<!\w)(?:(?:photos?|photograph(?:s|y)?|pictures?|images?)\s+by|" + PHOTO_CREDIT.pattern + r")\s*$",
    re.IGNORECASE)

#: Separators between byline segments (names vs. roles vs. dates); the East Asian
#: lenticular brackets too ("【田中美咲、佐藤浩】").
_SEGMENT_SPLIT = re.compile(r"\s*(?:\||•|·|\u2022|\n|\s[-–—]\s|\s/\s|\(|\)|【|】)\s*")
#: Separators between names inside one segment (the ideographic comma "、" is how
#: Japanese and Chinese text lists names: "佐藤花子、森下健一"). A comma before the "and"
#: that closes a list ("By A, B, and C") is one separator with it: the serial (Oxford)
#: comma of the English style guides that ask for it (The Chicago Manual of Style, 6.19;
#: Oxford's New Hart's Rules), which outlets following them print in their bylines too;
#: read apart, the comma left the last name as "and C", no name. The word "and" of the
#: Lithuanian ("ir"), Romanian ("și", and "şi" with the cedilla older fonts and keyboards
#: print) and Greek ("και") press too, beside the German, Romance, Nordic, Slavic,
#: Hungarian, Finnish and Turkish ones, only before a capital (a name: these words join
#: the lower-case words of a writer's job title too, "Žmogaus ir visuomenės studijų
#: fakulteto profesorius", which is no second name).
_NAME_SPLIT = re.compile(
    r"\s*(?:,\s*and\s|,|،|、|;|&|\s(?:and|und|et|y|e|en|og|och|i|и|та|és|a|ja|ve|и)\s|"
    r"\s(?:ir|și|şi|και)\s(?=(?-i:[A-ZĄČĘĖĮŠŲŪŽĂÂÎȘŞȚŢΑ-ΩΆΈΉΊΌΎΏ])))\s*",
    re.IGNORECASE)

#: Starts only at the start of an @-free run, so a long "a@a@a@..." stays linear (the plain
#: ``\S+@\S+`` form backtracks quadratically on it).
_EMAIL = re.compile(r"(?<![^\s@])[^\s@]+@[^\s@]+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_HANDLE = re.compile(r"(?:^|\s)@\w+")
#: Where a date or time starts inside a name part: a digit or a month name.
_DATE_START = re.compile(
    r"\b(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"(?:januar|februar|märz|mai|juni|juli|august|oktober|dezember|updated|published|"
    r"aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|"
    r"aggiornato|pubblicato|geplaatst|bijgewerkt|oppdatert|publisert|publicerad|uppdaterad|posted|"
    r"publiceret|opdateret|julkaistu|päivitetty|opublikowano|zaktualizowano|publikováno|"
    r"aktualizováno|publikované|aktualizované|közzétéve|frissítve|publicat|actualizat|"
    r"actualitzat|publicada|actualizada)\b|"
    # a weekday opening a date ("Montag, 4. März", "Tuesday 4 March"), "Stand: 12:00"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    # the same abbreviated ("Tue, 15 September 2020", "Thu Mar 4")
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?(?=,?\s*\d|,?\s+\w+\s+\d)|"
    # the German two-letter day names (DIN 5008's "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    # as Drupal's German translation prints the day of "Verfasst von A am Mi, 06/05/2024 -
    # 19:48": only with a comma and a digit after them, as two letters open names too
    r"(?:mo|di|mi|do|fr|sa|so)\b\.?(?=,\s*\d)|"
    r"stand\b(?=\s*:|\s+\d))",
    re.IGNORECASE)

#: Words that make a part a job title / role, not a name (compared lower-case). The
#: opinion and analysis desks' titles too ("Senior Supreme Court Analyst", "Opinion
#: Columnist", "Business Columnist", "(Columnist)", "Film Critic"), printed after or under
#: the writer's name on the dev part's sites as staff titles are, and their German,
#: Spanish / Portuguese / Italian and French forms; the Indonesian and Malay
#: "Kontributor" the portals of those languages print before the town a stringer files from
#: ("Kontributor Semarang"). The staff titles of organisations that publish their own
#: reports (charities, agencies, companies: "Programme Officer", "Communications Manager",
#: "Policy Adviser"), printed after the writer's name as the press prints its desk titles.
ROLE_WORDS = frozenset("""
editor editors editorial correspondent correspondents reporter reporters writer writers
journalist journalists contributor contributors contributing staff producer
photographer photographers intern chief senior news desk team bureau managing
deputy associate freelance presenter host anchor redakteur redakteurin redakteure
korrespondent korrespondentin journalistin autorin reporterin fotograf fotografin
chefredakteur chefredakteurin ressortleiter ressortleiterin volontär volontärin
mitarbeiter mitarbeiterin korrespondenten
rédacteur rédactrice journaliste envoyé envoyée spéciale spécial redactor redactora
periodista corresponsal giornalista inviato inviata corrispondente redacteur verslaggever
enviado enviada jornalista repórter correspondente
correspondent journalist journalisten reporter fotografo
redazione merkezi communications
analyst analysts columnist columnists commentator commentators critic critics
kolumnist kolumnistin columnista analista chroniqueur chroniqueuse éditorialiste
kontributor
officer manager coordinator adviser advisor
""".split())
#: The label of the link to the author's archive that WordPress's default themes print,
#: marked ``rel=author``, in the author box under a post: "View Archive" (Twenty Twenty,
#: ``template-parts/entry-author-bio.php``) names no one; "View all of NAME's posts."
#: (Twenty Twenty-One, ``template-parts/post/author-bio.php``) names the author inside
#: it. Read as a link label, not as a name.
_ARCHIVE_LINK_LABEL = re.compile(
    r"view\s+(?:archive|all\s+of\s+(?P<name>.+?)['’]s\s+posts)[\s.→»>]*", re.IGNORECASE)
#: The heading of the author box under a post: "About <display name>", as WordPress's
#: default themes print it (Twenty Ten's ``entry-author-info``, Twenty Twelve's
#: ``author-info`` and Twenty Thirteen's ``author-bio``: ``printf( __( 'About %s' ),
#: get_the_author() )``) and Genesis's author box does, in the themes' translations
#: ("Über %s", "À propos de %s", "Acerca de %s", "Sobre %s", "Over %s"). The name after
#: the word is the author's; the word is no part of it (the page's own "About Us" is no
#: author box: :data:`_ABOUT_PRONOUNS`).
_AUTHOR_BOX_HEADING = re.compile(
    r"(?i:about|über|ueber|à\s+propos\s+de|a\s+propos\s+de|acerca\s+de|sobre|over)\s+"
    r"(?P<name>[^\W\d_a-z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})")
#: What follows the about-word in a site's own "about" link or heading, never an author.
_ABOUT_PRONOUNS = frozenset({"me", "us", "mich", "uns", "moi", "nous", "mí", "mi", "nosotros",
                             "nosotras", "nós", "mim", "mij", "ons"})
#: A public broadcaster's studio named after the reporter ("Von Jana Roth, NDR Studio
#: Braunschweig", "By X, ARD-Studio Washington", "ORF-Landesstudio Tirol", "BR-Studio
#: Franken", "ARD-Hauptstadtstudio"): the bureau the reporter files from, not a second
#: person: a part holding the word "Studio" (alone or closing a compound) in a visible byline.
_BROADCAST_STUDIO = re.compile(r"(?:^|[\s-])(?:landes|hauptstadt|regional|auslands)?studio(?!\w)",
                               re.IGNORECASE)
#: Texts that are UI labels, never names (compared lower-case, whole part); the share
#: button's label in the languages of the corpora's sites among them. The CMS account
#: made at installation, shown as the writer where a site posts under it, names no one
#: either: Joomla's installer names it "Super User" (1.6 onwards, the installation
#: model's ``createAdminUser``) and "Administrator" (1.5), and a translated site shows
#: the word of its language ("Administrador", "Administrateur", "Amministratore"); the
#: account's login, "admin", is what Joomla 1.5's installer and WordPress's before 3.0
#: (whose installer first let the user choose the login) gave it, and what a site shows
#: where the display name was left at the login. The
#: account links a header prints ("Sign In", "Log Out", "Anmelden") are controls, not
#: names, though they are two capitalised words. The release instruction that heads a
#: press release in the standard format ("FOR IMMEDIATE RELEASE", often in capitals, set
#: in the meta block beside the release date) is boilerplate of that format, not a name.
NOT_NAMES = frozenset("""
read more|more|show more|follow|share|comments|comment|view all posts|all posts|
see all|profile|email|e-mail|twitter|facebook|linkedin|instagram|contact|bio|
about the author|about|author|authors|by|staff|guest|anonymous|
mehr|mehr anzeigen|folgen|teilen|profil|kontakt|lire plus|suivre|leer más|seguir|
partager|compartir|condividi|compartilhar|delen|dela|jaa|udostępnij|sdílet|megosztás|megosztom|
paylaş|поделиться|
more articles|articles|more from|more by|newsletter|subscribe|advertisement|
news|nachrichten|noticias|notícias|notizie|nouvelles|actualités|nieuws|nyheter|uutiset|
wiadomości|новости|haberler|
super user|administrator|admin|administrador|administrateur|amministratore|
sign in|sign out|log in|log out|login|logout|anmelden|abmelden|einloggen|ausloggen|
for immediate release|immediate release|for release|
""".replace("\n", "").split("|"))


#: News agencies that print their short code in lower case (the German-language press:
#: Deutsche Presse-Agentur, Evangelischer Pressedienst, Katholische Nachrichten-Agentur,
#: Sport-Informations-Dienst, Austria Presse Agentur, Schweizerische Depeschenagentur,
#: ddp). Any other lower-case word after a by-word ("By now", "von uns") is no agency.
LOWER_CASE_AGENCY_CODES = frozenset({"dpa", "epd", "kna", "sid", "apa", "sda", "ddp"})
#: Letters of an agency's code written in capitals ("AP", "AFP", "DPA", "ANSA").
_CAPITALS_CODE = re.compile(r"[^\W\d_]{2,5}")
#: A particle lead-in before an agency's code and nothing else but what ends the names ("Von
#: dpa", "von dpa, unserer Redaktion", "Par AFP"): stripped though one word follows.
_PARTICLE_BEFORE_CODE = re.compile(
    r"^\s*(?:" + "|".join(PARTICLE_LEAD_INS) + r")\s*:?\s+(?=[^\W\d_]{2,5}\s*(?:[,;]|$))",
    re.IGNORECASE)


#: A particle lead-in before one word and nothing else but what ends the names ("Por
#: Redação", "Von Redaktion, Berlin"): stripped when that word is an editorial desk's
#: (:func:`is_desk`), as "Por Redacción Metropolitana" loses its by-word; one word after
#: a particle is otherwise a surname's ("Van Dyke", "Da Silva").
_PARTICLE_BEFORE_ONE_WORD = re.compile(
    r"^\s*(?:" + "|".join(PARTICLE_LEAD_INS) + r")\s*:?\s+(?=[^\W\d_]+\s*(?:[,;]|$))",
    re.IGNORECASE)


def _is_agency_code(word: str) -> bool:
    """True when a word is written as a news agency's short code: two to five capitals
    ("AFP"), or one of :data:`LOWER_CASE_AGENCY_CODES`."""
    return (bool(_CAPITALS_CODE.fullmatch(word)) and word.isupper()) or word in LOWER_CASE_AGENCY_CODES


def _strip_lead_in(part: str) -> str:
    stripped = _LEAD_IN.sub("", part, count=1)
    if stripped == part:
        match = _PARTICLE_LEAD_IN.match(part)
        if match and part[match.end():match.end() + 1].isupper():
            return part[match.end():]
        match = _PARTICLE_BEFORE_CODE.match(part)
        if match and _is_agency_code(re.split(r"[\s,;]", part[match.end():], maxsplit=1)[0]):
            return part[match.end():]
        match = _PARTICLE_BEFORE_ONE_WORD.match(part)
        if match and is_desk(re.split(r"[\s,;]", part[match.end():], maxsplit=1)[0]):
            return part[match.end():]
    return stripped


def may_open_with_lead_in(text: str) -> bool:
    """False when no lead-in of :data:`LEAD_INS`, :data:`CJK_LEAD_INS` or
    :data:`PARTICLE_LEAD_INS` opens ``text`` (after white space): then it is no lead-in label
    and starts with no lead-in. The screen the two tests below run first, one pattern
    without the case-blind flag on an ASCII text lower-cased: most texts asked about (a
    page's short lines, its link and heading texts) open with no lead-in."""
    if text.isascii():
        return _LEAD_IN_OPENING_LOWER.match(text.lower()) is not None
    return _LEAD_IN_OPENING.match(text) is not None


def is_lead_in_label(text: str) -> bool:
    """True when a text is a byline lead-in and nothing else ("Autor:", "By", "Von:")."""
    if not text[:1].isalpha() or not may_open_with_lead_in(text):
        return False
    return bool(_LEAD_IN_ALONE.fullmatch(text) or _PARTICLE_ALONE.fullmatch(text))


def starts_with_lead_in(text: str, *, particles: bool = True) -> bool:
    """True when a text starts with a byline lead-in word ("By", "Von", "Par" ...);
    with ``particles`` False, not one of :data:`PARTICLE_LEAD_INS`."""
    if not may_open_with_lead_in(text):
        return False
    return bool(_LEAD_IN.match(text) or (particles and _PARTICLE_LEAD_IN.match(text)))


#: The word that introduces a date after the names ("Jane Doe on March 4", "Jana Roth am
#: 4. März", "Ana Gil el 4 de marzo"), cut with the date.
_DATE_PREPOSITION = re.compile(r"\s(?:on|am|vom|le|el|il|op|em|den|at|um|dnia)\s*$", re.IGNORECASE)


#: A broadcaster's desk signing with its channel number ("KQRT 7 Digital Team", "WXYZ 12
#: News Staff", "Channel 4 News Desk"), the way American local stations sign the stories
#: of their web desks: after the number, up to three words, the last a desk's role word
#: (team, staff, desk, newsroom), and nothing more. The number is the channel's, not the
#: start of a date, so the part is kept whole and goes as a role line (no person).
_CHANNEL_DESK_AFTER_NUMBER = re.compile(
    r"\d{1,3}(?:\s+[^\W\d_][\w.'’-]*){0,2}\s+(?:team|staff|desk|newsroom)\s*$", re.IGNORECASE)


def _cut_date(part: str) -> str:
    match = _DATE_START.search(part)
    if not match:
        return part
    if _CHANNEL_DESK_AFTER_NUMBER.match(part, match.start()):
        return part  # (a channel number before a desk's name: no date)
    return _DATE_PREPOSITION.sub(" ", part[:match.start()])


def _is_role(part: str) -> bool:
    words = re.findall(r"\w+", part.lower())
    return any(_is_role_piece(word) for word in words)


#: Job titles that close German compounds ("Wirtschaftsredakteur", "Auslandskorrespondentin",
#: "Sportreporter"): a word ending in one of them is a role word too.
COMPOUND_ROLE_ENDINGS = ("redakteurin", "korrespondent", "korrespondentin",
                         "reporter", "reporterin", "journalist", "journalistin", "fotograf",
                         "fotografin", "kolumnist", "kolumnistin")


def _is_role_piece(piece: str) -> bool:
    return piece in ROLE_WORDS or (len(piece) > 9 and piece.endswith(COMPOUND_ROLE_ENDINGS))


def _is_role_word(word: str) -> bool:
    return any(_is_role_piece(piece) for piece in re.findall(r"\w+", word.lower()))


def opens_with_role(text: str) -> bool:
    """True when a text's first word is a job title's (:data:`ROLE_WORDS`: "Periodista
    ...", "Staff Writer"): a role line, not the start of a name."""
    words = text.split(maxsplit=1)
    return bool(words) and _is_role_word(words[0])


#: The most words of a line that is a job title alone ("Environment Reporter", "Senior
#: Staff Writer"): longer lines holding a role word are sentences about someone.
MAX_ROLE_LINE_WORDS = 3


def is_role_line(text: str) -> bool:
    """True when a short text is a job title alone: at most MAX_ROLE_LINE_WORDS words, one
    of them a role word (:data:`ROLE_WORDS`, a German compound ending in one), no digit,
    no lead-in opening it ("By staff writers" is a byline)."""
    words = text.split()
    return (0 < len(words) <= MAX_ROLE_LINE_WORDS and not any(map(str.isdigit, text))
            and any(map(_is_role_word, words)) and not starts_with_lead_in(text))


#: The fewest words of a name written after a job title in one part ("Staff Writer Jane
#: Doe"): a single word there is more often a desk or a place than a person.
MIN_NAME_BESIDE_ROLE = 2


def _name_after_role(part: str) -> str | None:
    """The name in a part that opens with a job title: the words after the last role word
    ("Senior Editor Jane Doe"), when they are MIN_NAME_BESIDE_ROLE to four words; None
    otherwise. Words before a role word are left alone: there they name a desk or a team
    as often as a person ("Harbour desk team")."""
    words = part.split()
    roles = [i for i, word in enumerate(words) if _is_role_word(word)]
    after = words[roles[-1] + 1:] if roles else []
    return " ".join(after) if MIN_NAME_BESIDE_ROLE <= len(after) <= 4 else None


#: The news agencies that open the job title printed after a writer's name in the wire
#: services' byline style, with no comma between ("By JANE DOE Associated Press Writer",
#: "By Jane Doe AP Sports Writer", "By Jane Doe PA Contributing Writer"): the Associated
#: Press, Agence France-Presse, the Press Association, United Press International, the
#: Canadian Press, Australian Associated Press, Reuters (matched as whole words, case kept).
WIRE_AGENCIES = ("Associated Press", "AP", "AFP", "PA", "UPI", "CP", "AAP", "Reuters")
_WIRE_AGENCY = re.compile(r"(?:The\s+)?(?:" + "|".join(WIRE_AGENCIES) + r")(?!\w)")
#: The wire services whose full names hold a lower-case word or a word of the role
#: vocabulary ("News", "Service"), so the name-shape test refuses them as printed: "By the
#: Associated Press", "Press Trust of India", "Indo-Asian News Service" credit the agency
#: alone, as papers print a wire story they run unchanged (the agencies' own names, as
#: they sign: AP, the Canadian Press, the Press Association, Australian Associated Press,
#: United Press International, Press Trust of India, United News of India, Indo-Asian News
#: Service, Asian News International, News Agency of Nigeria). A part that is one of them
#: (its "the" too) is that agency's credit, kept whole.
WIRE_SERVICE_NAMES = (
    "Associated Press", "Canadian Press", "Press Association", "Australian Associated Press",
    "United Press International", "Press Trust of India", "United News of India",
    "Indo-Asian News Service", "Asian News International", "News Agency of Nigeria")
_WIRE_SERVICE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:" + "|".join(WIRE_SERVICE_NAMES) + r")")
#: Their names' last five letters: the cheap screen before the pattern.
_WIRE_SERVICE_ENDS = frozenset(name[-5:] for name in WIRE_SERVICE_NAMES)
#: The most words of the job title after the name in that style ("AP Technology Writer",
#: "PA SportsTicker Contributing Writer").
MAX_WIRE_ROLE_WORDS = 5


def _name_before_wire_role(part: str) -> str | None:
    """The name in a part that closes with a wire service's job title written after it
    without a comma: the words before the title, two to four of them, when the title
    (up to MAX_WIRE_ROLE_WORDS capitalised words closed by a role word) opens with a news
    agency (:data:`WIRE_AGENCIES`: "Jane Doe AP Technology Writer"), or when the name is
    written in capitals and the title is not ("JANE DOE Associated Press Writer", the
    wire's style for the name). None otherwise: a title after a name in the same case
    ("Antrim Court Reporter", "Harbour Desk Staff") may be a desk's name as well, and a
    name holding a role word ("HARBOUR DESK Staff Writer") is none."""
    words = part.split()
    if len(words) < 3 or not _is_role_word(words[-1]):
        return None
    first_role = next(i for i, word in enumerate(words) if _is_role_word(word))
    starts = range(MIN_NAME_BESIDE_ROLE, min(first_role + 1, 5))  # (no role word in the name)

    def is_title(start: int) -> bool:
        title = words[start:]
        return len(title) <= MAX_WIRE_ROLE_WORDS and all(w[:1].isupper() for w in title)

    for start in starts:
        if is_title(start) and _WIRE_AGENCY.match(" ".join(words[start:])):
            return " ".join(words[:start])
    lower = next((i for i, word in enumerate(words) if not word.isupper()), len(words))
    if lower in starts and is_title(lower) and not any(_WIRE_AGENCY.fullmatch(w) for w in words[:lower]):
        return " ".join(words[:lower])  # (the name in capitals, the title not)
    return None


#: The agency's name closing a part after the writer's name, no comma between ("By JANE
#: DOE Associated Press", "Jane Doe The Associated Press"): the byline underline the
#: Associated Press has used since October 2010 in place of "Associated Press Writer"
#: (AP's staff memo of that month, as reported by Poynter and CJR), which partner pages
#: print on the byline's line (the longer underline is read by
#: :func:`_name_before_wire_role`).
_WIRE_UNDERLINE = re.compile(r"(?<=\S)\s+" + _WIRE_AGENCY.pattern + r"$")


#: A news service's name as it signs its copy: capitalised words, then "News Service" or
#: "News Agency" ("Tribune News Service", "Religion News Service", "Metric Media News
#: Service", "Common Ground News Service": the form of three such services' credits on
#: the development part's sites, each credited alone there, the names of the syndicates
#: of the US and other presses), written after the writer's name as the Associated Press's
#: underline is (:data:`_WIRE_UNDERLINE`): "By JANE DOE and JOHN ROE Tribune News Service".
_NEWS_SERVICE = re.compile(r"(?:[^\W\d_a-z][\w'’&.-]*\s+){1,3}News\s+(?:Service|Agency)")
#: The words of a news service's name a writer's name in the same case is read to stop
#: before: one ("<Name> Tribune News Service"); a name written in capitals stops where
#: the capitals do ("JANE DOE Metric Media News Service").
NEWS_SERVICE_NAME_WORDS = 1


def _name_before_news_service(part: str) -> str | None:
    """The writer's name before a news service's name closing the part without a comma
    (:data:`_NEWS_SERVICE`), when two to four capitalised words remain, none a role word;
    None otherwise."""
    if not part.endswith(("Service", "Agency")):
        return None
    words = part.split()
    lower = next((i for i, word in enumerate(words) if not word.isupper()), len(words))
    cut = lower if MIN_NAME_BESIDE_ROLE <= lower < len(words) else len(words) - NEWS_SERVICE_NAME_WORDS - 2
    name = words[:cut]
    if not (MIN_NAME_BESIDE_ROLE <= len(name) <= 4) or not _NEWS_SERVICE.fullmatch(" ".join(words[cut:])):
        return None
    if not all(w[:1].isupper() for w in name) or any(_is_role_word(w) for w in name):
        return None
    return " ".join(name)


def _without_wire_underline(part: str) -> str:
    """The name without the agency's name after it (:data:`_WIRE_UNDERLINE`, or a news
    service's: :func:`_name_before_news_service`), when two to four capitalised words
    remain, none of them an agency's name or a role word."""
    match = _WIRE_UNDERLINE.search(part)
    if match is None:
        return _name_before_news_service(part) or part
    words = part[:match.start()].split()
    if not (MIN_NAME_BESIDE_ROLE <= len(words) <= 4) or not all(w[:1].isupper() for w in words):
        return part
    if any(_WIRE_AGENCY.fullmatch(w) or _is_role_word(w) for w in words):
        return part
    return part[:match.start()]


#: A dateline place after a name or an agency ("Associated Press in Valencia",
#: "Jane Doe in Kyiv"): "in" and one to three capitalised words (name particles aside:
#: "Rio de Janeiro") closing the part.
_IN_PLACE = re.compile(r"(?<=\S)\s+in\s+(?:[^\W\d_][\w'’.-]*\s*){1,3}$")


def _without_place(part: str) -> str:
    match = _IN_PLACE.search(part)
    if match is None:
        return part
    place = part[match.start():].split()[1:]
    capitalised = place[0][:1].isupper() and all(
        word[:1].isupper() or word in _NAME_PARTICLES for word in place)
    return part[:match.start()] if capitalised else part


#: The place a writer files from, written after the name as a name part of its own with
#: the Portuguese and Spanish word for "from" ("Por Ana Lima, de Recife", "Por Juan Gil,
#: desde Quito", or on a line of its own, as the Brazilian press prints its credit line
#: "ANA LIMA / DE SÃO PAULO"; the same dateline as the English "in" above): "de" /
#: "desde" / "do" / "da" and one to three capitalised words (name particles aside). Read
#: only after a name.
_FROM_PLACE = re.compile(r"(?i:de|desde|do|da)\s+[^\W\d_a-z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}")


def _is_from_place(part: str) -> bool:
    """True for a name part that is the place the writer files from (:data:`_FROM_PLACE`)."""
    part = part.strip(_NAME_EDGES).strip()
    if _FROM_PLACE.fullmatch(part) is None:
        return False
    return all(word[:1].isupper() or word in _NAME_PARTICLES for word in part.split()[1:])


#: The publication a name writes for, closing the part ("Jane Doe for The Daily Courier",
#: "Jan Kurz für die Abendpost"): "for" / "für" and capitalised words.
_FOR_AFFILIATION = re.compile(
    r"(?<=\S)\s+(?:for|für)\s+(?:(?:the|die|der|das|den)\s+)?[^\W\d_][\w'’.&-]*(?:\s+[^\W\d_][\w'’.&-]*){0,4}$",
    re.IGNORECASE)


#: The news agencies credited beside the writer with "with" ("Par Marie Dupont avec AFP",
#: "Le Monde avec AFP", "By Jane Doe with AP", "By Euronews with Agencies", "Von Jan Kurz mit
#: dpa"): the French press's signature of a story its writer built on the agencies'
#: dispatches ("avec AFP", "avec agences"), and its English, German, Spanish, Italian,
#: Portuguese and Dutch forms. The agency is credited for its material, not named as a
#: writer (fundus-dev's label of euronews.com's "By Euronews with Agencies" is the outlet
#: alone): the names end before the word. After it an agency's short code
#: (:func:`_is_agency_code`), a wire agency's name (:data:`WIRE_AGENCIES`) or the word for
#: the agencies.
_WITH_AGENCY = re.compile(
    r"(?<=\S)\s+(?:avec|with|mit|con|com|met)\s+(?:l['’]\s?|the\s+|der\s+|den\s+|la\s+|les\s+)?"
    r"(?P<agency>[^\W\d_][\w-]*)", re.IGNORECASE)
#: The word for the news agencies after "with" (English, French, German, Spanish,
#: Portuguese, Italian, Dutch), compared lower-case.
AGENCIES_WORDS = frozenset({"agencies", "agences", "agenturen", "agencias", "agências", "agenzie",
                            "agentschappen", "agency", "agence", "agentur", "agencia", "agência",
                            "agenzia", "wires"})


def _without_agency_co_credit(segment: str) -> str:
    """A byline segment without the agencies credited after the names with "with"
    (:data:`_WITH_AGENCY`): the text before the word, when a word is left before it."""
    if " " not in segment:
        return segment
    for match in _WITH_AGENCY.finditer(segment):
        agency = match.group("agency")
        if (_is_agency_code(agency) or agency.lower() in AGENCIES_WORDS
                or _WIRE_AGENCY.match(segment, match.start("agency"))):
            return segment[:match.start()]
    return segment


def _without_affiliation(part: str) -> str:
    """The name without the publication it writes for, when two words or more remain and
    the words after "for" are capitalised (a name, not a phrase)."""
    match = _FOR_AFFILIATION.search(part)
    if match is None or len(part[:match.start()].split()) < 2:
        return part
    outlet = [w for w in part[match.start():].split()[1:] if w.lower() not in ("the", "die", "der", "das", "den")]
    return part[:match.start()] if all(w[:1].isupper() for w in outlet) else part


def _once(part: str) -> str:
    """A name written twice in one part ("Jane Doe Jane Doe": a hidden copy for screen
    readers beside the shown one) as one name."""
    words = part.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _letters_case(part: str) -> bool:
    """True when every word starting with a cased letter starts upper-case (or the script has no case)."""
    words = [w for w in part.split() if w[:1].isalpha()]
    if not words:
        return False
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    if not cased:
        return True
    particles = {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos",
                 "das", "ten", "ter", "zu", "y", "bin", "al", "el", "ibn", "af", "mc"}
    return all(w[0].isupper() or w.lower() in particles for w in cased) and cased[0][0].isupper()


#: Job titles written after the name in Chinese, Japanese and Korean bylines
#: ("佐藤美咲 記者", "김민수 기자", "李明 记者"), longest first.
ROLE_SUFFIXES = ("編集委員", "論説委員", "特派員", "通信員", "特约记者", "编辑", "記者", "记者",
                 "特派员", "通讯员", "특파원", "기자", "논설위원")


def _without_role_suffix(part: str) -> str:
    """The name without a trailing CJK job title (kept when nothing else would be left)."""
    for suffix in ROLE_SUFFIXES:
        if part.endswith(suffix) and len(part) > len(suffix) + 1:
            return part[: -len(suffix)].rstrip(" 　・")
    return part


#: What is stripped from both ends of a name part; the arrows too, which close the
#: author box's link to the author's archive in WordPress's default themes ("View all
#: posts by NAME <span class="meta-nav">&rarr;</span>": Twenty Ten's single.php, Twenty
#: Twelve's author box, and the themes built on them, the Beaver Builder theme's among them).
#: The same arrows written as angle brackets ("Jane Doe ›", "Jane Doe >"), the link
#: arrows of author boxes and trails, close no name either.
_NAME_EDGES = " ,;:.-–—|/*·•\"'“”„«»()[]→←<>‹›"
#: A name ending in an initial or a short abbreviation ("Juan Muñoz C.", "Perry Bacon Jr.").
_ABBREVIATED_END = re.compile(r"\s[^\W\d_]{1,2}\.$")


#: By-words that end a label or a kicker and never a name ("Glosse Von", "Politics By").
#: Other particles end real names ("Li Da", "Nguyen Van", "Zhang De"), so they are not here.
BY_WORDS_ENDING_NO_NAME = frozenset({"by", "von", "par"})


def _ends_with_by_word(part: str) -> bool:
    """True when a part of two words or more ends with one of
    :data:`BY_WORDS_ENDING_NO_NAME` ("Glosse Von"): the words before it are a label or a
    kicker, the names follow."""
    words = part.split()
    return len(words) >= 2 and words[-1].rstrip(":").lower() in BY_WORDS_ENDING_NO_NAME


#: Clerical titles printed before a writer's name ("Deacon Paul Ferris", "Pfarrer Jan
#: Keller", "Padre Luis Ortega", "ks. Adam Nowak"): a rank in a church or an order, not a
#: part of the name, in English, German, Dutch, French, Italian, Spanish, Portuguese and
#: Polish. Words that are also given names or surnames ("Don", "Dom", "Pastor") and the
#: one-letter abbreviations (Polish "o.", "s.", read as initials) are not among them; an
#: academic title ("Dr.") stays, as the corpora's labels keep it.
CLERICAL_TITLES = (
    r"father", r"fr\.", r"rev\.", r"reverend", r"deacon", r"sister",
    r"brother", r"br\.", r"bishop", r"archbishop", r"cardinal", r"monsignor", r"msgr\.",
    r"mgr\.?", r"rabbi", r"imam",
    r"pfarrer(?:in)?", r"pater", r"diakon", r"bischof", r"erzbischof", r"kardinal",
    r"schwester", r"rabbiner", r"kapelaan", r"pastoor", r"zuster", r"broeder",
    r"père", r"abbé", r"diacre", r"sœur", r"soeur", r"frère", r"évêque",
    r"padre", r"suor", r"fra", r"mons\.", r"diacono", r"vescovo",
    r"fray", r"sor", r"hermana", r"monseñor", r"diácono", r"obispo",
    r"pe\.", r"frei", r"irmã", r"cônego",
    r"ks\.", r"ksiądz", r"bp", r"abp",
)
_CLERICAL_TITLE = re.compile(r"^(?:(?:the|le|la|il|el|der|die)\s+)?(?:" + "|".join(CLERICAL_TITLES) + r")(?:\s+|(?<=\.)(?=\w))",
                             re.IGNORECASE)
#: The fewest words of a name left after its clerical title ("Sister Bernadette Kohl"):
#: "Bishop Smith" may be a given name and a surname.
MIN_NAME_AFTER_CLERICAL_TITLE = 2


def _without_clerical_title(part: str) -> str:
    """The name without the clerical title it opens with (:data:`CLERICAL_TITLES`, an
    article before it too: "the Rev.", "le père"), when
    MIN_NAME_AFTER_CLERICAL_TITLE words or more are left."""
    match = _CLERICAL_TITLE.match(part)
    if match is None:
        return part
    rest = part[match.end():].strip()
    return rest if len(rest.split()) >= MIN_NAME_AFTER_CLERICAL_TITLE else part


#: A label and its value in a name part ("Categorie: Diaconie", "Category: Politics", the
#: category or the tags a blog's meta line prints after the writer's name): a name holds
#: no colon after a word (the byline's own labels, "Autor:", "Text:", are stripped before).
_LABELLED_VALUE = re.compile(r"[^\W\d_]\s*:\s+\S")
#: An amateur-radio call sign (ITU Radio Regulations, Article 19: a prefix of one or two
#: characters, letters or a letter and a figure, a figure, then a suffix of up to four
#: letters, with "/P" or "/M" for portable or mobile: "G4KXW", "VK2ABC", "2E0XYZ/P"), which
#: radio amateurs write after their names ("Jane Roe, G0ABC"): no name, nor a part of one.
CALL_SIGN = r"(?:[A-Z]{1,2}|[A-Z]\d|\d[A-Z])\d[A-Z]{1,4}(?:/[A-Z0-9]{1,3})?"
_CALL_SIGN_ALONE = re.compile(CALL_SIGN)
_CALL_SIGN_AFTER_NAME = re.compile(r"(?<=\S)\s+" + CALL_SIGN + r"$")


def clean_name(part: str, *, strict: bool = True) -> str | None:
    """One name part cleaned (lead-in, date, trailing punctuation removed) or None if not a name.

    ``strict`` (for text found in visible markup) also requires name-like capitalisation
    and at most five words; structured sources (JSON-LD, meta) are trusted more.
    """
    part = collapse(_HANDLE.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", part))))
    archive_link = _ARCHIVE_LINK_LABEL.fullmatch(part)
    if archive_link:
        part = archive_link.group("name") or ""
    elif part[:1] in "AaÜüUuÀàSsOo":
        heading = _AUTHOR_BOX_HEADING.fullmatch(part)
        if heading and heading.group("name").lower() not in _ABOUT_PRONOUNS:
            part = heading.group("name")  # (the author box's "About <Name>": the name alone)
    part = _cut_date(_strip_lead_in(part))
    abbreviated = _ABBREVIATED_END.search(part.rstrip(_NAME_EDGES.replace(".", "")))
    part = part.strip(_NAME_EDGES).strip()
    if part[-5:] in _WIRE_SERVICE_ENDS and _WIRE_SERVICE_NAME.fullmatch(part):
        return part  # (a wire service credited whole: "the Associated Press")
    if abbreviated and part and not part.endswith("."):
        part += "."  # (an initial or "Jr." closing the name keeps its point)
    part = _without_affiliation(_without_wire_underline(_without_place(_without_role_suffix(part))))
    part = _without_clerical_title(_once(part))
    if not part or not any(ch.isalpha() for ch in part) or _CALL_SIGN_ALONE.fullmatch(part):
        return None
    part = _CALL_SIGN_AFTER_NAME.sub("", part)
    if _is_role(part):
        part = _name_after_role(part) or _name_before_wire_role(part) or ""
        if not part:
            return None
    if part.lower() in NOT_NAMES or _LEAD_IN_ALONE.fullmatch(part) or _PARTICLE_ALONE.fullmatch(part):
        return None
    if strict and (_ends_with_by_word(part) or _LABELLED_VALUE.search(part)):
        return None
    if strict and "tudio" in part and _BROADCAST_STUDIO.search(part):
        return None  # (a broadcaster's studio, the reporter's bureau)
    if len(part) > 80 or len(part.split()) > (5 if strict else 8):
        return None
    if strict and not _letters_case(part):
        return None
    return part


#: A name written as initials only: two or three capitals ("HI", "JDS").
_INITIALS_ONLY = re.compile(r"[^\W\d_a-z]{2,3}")


def _initials(name: str) -> str:
    """The capitals opening the words of a name ("Hillel Italie" -> "HI")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def dedupe(names) -> list[str]:
    """Names without duplicates, first occurrence kept; names are compared by their
    :func:`~newscrawl.text.fold` (a name with no letter or digit by itself)."""
    seen, out = set(), []
    for name in names:
        key = fold(name) or name
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def without_initials(names: list[str]) -> list[str]:
    """Authors without a name that is the initials of another author of the list ("HI"
    beside "Hillel Italie": the avatar a byline shows in place of a photo, the same
    person again). (Not for tags: there "EA" beside "Electronic Arts" is a ticker.)"""
    if len(names) < 2:
        return names
    initials = {_initials(name) for name in names if len(name.split()) >= 2}
    return [name for name in names
            if not (name in initials and name.isupper() and _INITIALS_ONLY.fullmatch(name))]


#: Arabic writes its "and", و, joined to the word after it ("أحمد السيد ومنى عبد
#: الرحمن": Ahmed El-Sayed and Mona Abdel Rahman): a word opening with و after a space.
#: Names open with the letter too (وليد, وائل), so a part is split there only when both
#: sides keep two words or more, as two full names do.
_ARABIC_JOINED_AND = re.compile(r"\s+و(?=[\u0621-\u064A])")
#: The fewest words on each side of a joined و for it to split two names.
MIN_ARABIC_NAME_WORDS = 2


def _split_arabic_and(part: str) -> list[str]:
    """An Arabic name part split at a joined و (:data:`_ARABIC_JOINED_AND`) between two
    names of two words or more each; any other part whole."""
    match = _ARABIC_JOINED_AND.search(part)
    if match is None:
        return [part]
    before, after = part[:match.start()], part[match.end():]
    if len(before.split()) < MIN_ARABIC_NAME_WORDS or len(after.split()) < MIN_ARABIC_NAME_WORDS:
        return [part]
    return [before, *_split_arabic_and(after)]


def split_names(segment: str) -> list[str]:
    """A segment's name parts: split at commas, '&' and 'and' in several languages (the
    Arabic و too, joined to the name after it)."""
    segment = _strip_lead_in(segment)
    parts = [p for p in _NAME_SPLIT.split(segment) if p and p.strip()]
    if "و" in segment:
        parts = [piece for part in parts for piece in _split_arabic_and(part)]
    return parts


#: A short code in parentheses after a name: a reporter's initials or desk code
#: ("Anna Muster (amu)", "Jan Kurz (jk/dpa)"): a signature mark, not a name.
_NAME_CODE = re.compile(r"(?<=\w)\s*\((?:[^\W\d_]{1,5}(?:/[^\W\d_]{1,5})?)\)")
#: One "Last, First" entry of a list that separates people with semicolons.
_LAST_FIRST = re.compile(r"^\s*([^\W\d][\w'’.-]*(?:\s[^\W\d][\w'’.-]*)?),"
                         r"\s*([^\W\d][\w'’.-]*(?:\s[^\W\d][\w'’.-]*)?)\s*$")


#: What joins the entries of a "Last, First" list: a semicolon, "&", "and", "und", "et".
_LIST_JOINT = re.compile(r"\s*;\s*|\s+(?:&|and|und|et|y|e|en)\s+", re.IGNORECASE)


def _first_last(text: str) -> str:
    """A list of people written "Last, First; Last, First" (or "Last, First and Last,
    First") as "First Last; First Last" (only when every entry has that form, so
    "A B, C D; E F" lists stay as they are)."""
    if not _LIST_JOINT.search(text):
        return text
    entries = [entry for entry in _LIST_JOINT.split(text) if entry.strip()]
    matches = [m for m in map(_LAST_FIRST.match, entries) if m is not None]
    if len(entries) < 2 or len(matches) < len(entries):
        return text
    return "; ".join(f"{m.group(2)} {m.group(1)}" for m in matches)


#: One person's name written "Last, First" ("Brenner, Clara", "van Dijk, Jan", "Roth,
#: Hans-Peter"): a surname of one word (up to two name particles before it,
#: :data:`_NAME_PARTICLES`) and one given name; the inverted order DCMI's usage guide
#: asks of personal names in ``dc.creator``, and catalogue and citation styles print.
_ONE_LAST_FIRST = re.compile(
    r"^((?:[^\W\d_]+\s+){0,2}[^\W\d_][\w'’-]*),\s*([^\W\d_][\w'’-]*)$")
#: What follows a surname's comma and is no given name ("Doe, Jr.", "Smith, PhD").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "jun", "sen"})


def _one_person_first_last(value: str) -> str:
    """A structured author value that is one person written "Last, First" as "First
    Last"; any other value (two names, a name and a place or an outlet, a suffix, an
    agency's capitals: "Jane Doe, Berlin", "Doe, Jr.", "AFP, MANILA") as it is."""
    match = _ONE_LAST_FIRST.match(value.strip())
    if match is None:
        return value
    last, first = match.group(1), match.group(2)
    *particles, surname = last.split()
    if any(word not in _NAME_PARTICLES for word in particles):
        return value
    words = (surname, first)
    if (first.lower() in NAME_SUFFIXES or any(not w[:1].isupper() or w.isupper() for w in words)
            or any(_is_agency_code(w) for w in words)):
        return value
    return f"{first} {last}"


#: The place of a dateline: one upper-case word of five letters or more, then the date
#: ("SEATTLE Jan 14", "BERLIN, 4. März"), never a name (two such words may be one: "JANE
#: DOE Jan 14"; a shorter one may be an agency: "AFP 4.3.2031").
_DATELINE_PLACE = re.compile(r"[^\W\da-z]{5,}")
#: A slash written without spaces between two words ("Jane Doe/Staff Reporter").
_UNSPACED_SLASH = re.compile(r"(?<=\w)/(?=[^\W\d_])")
#: What ends the text after such a slash that is read for a job title.
_AFTER_SLASH_END = re.compile(r"[|,;/\n()]")
#: The most words of a job title after an unspaced slash ("Senior Staff Reporter").
MAX_SLASHED_ROLE_WORDS = 4


def _slashed_roles(text: str) -> str:
    """``text`` with a slash written without spaces between a name and the job title after
    it ("Jane Doe/Staff Reporter", "Ana Gil/Enviada especial") spaced as " / ", the
    separator of byline segments (the role is then left out as any role part is); a slash
    before anything else ("Jane Doe/AP", an agency) is left alone."""
    if "/" not in text:
        return text

    def spaced(match) -> str:
        after = _AFTER_SLASH_END.split(text[match.end():], maxsplit=1)[0]
        if len(after.split()) <= MAX_SLASHED_ROLE_WORDS and _is_role(after):
            return " / "
        return match.group()

    return _UNSPACED_SLASH.sub(spaced, text)


#: A step of a navigation trail: a ">" or "›" opening a word ("2023 > November > 8",
#: "Home › Sport"), the separator breadcrumb plugins print between the steps (WordPress's
#: Breadcrumb NavXT writes " &gt; " by default; many themes "›"). A name holds neither.
_TRAIL_STEP = re.compile(r"(?:^|\s)[>›]\s*[^\W_]")
#: Steps that make a text a navigation trail rather than a byline.
MIN_TRAIL_STEPS = 2


def is_navigation_trail(text: str) -> bool:
    """True when a text is a navigation trail: MIN_TRAIL_STEPS or more steps opened by a
    trail separator (:data:`_TRAIL_STEP`)."""
    return len(_TRAIL_STEP.findall(text)) >= MIN_TRAIL_STEPS


#: The ideographic full stop, which closes a sentence in Chinese and Japanese text: a name
#: never holds one, so a byline segment holding one is an author box's bio after the name
#: ("<name> <bureau> correspondent. Covered trade ..."); the name before it is the word
#: before the last space ahead of the stop.
CJK_FULL_STOP = "\u3002"


def _before_cjk_sentence(segment: str) -> str | None:
    """The text of a byline segment before the sentence of a bio it runs into
    (:data:`CJK_FULL_STOP`): up to the last space before the first full stop, "" when
    no space parts a name from the sentence; None for a segment without the stop."""
    stop = segment.find(CJK_FULL_STOP)
    if stop < 0:
        return None
    space = segment.rfind(" ", 0, stop)
    return segment[:space] if space > 0 else ""


#: The longest byline text read, in characters: a byline is a line or two, a list of a
#: story's writers a few hundred characters; what runs on past this (a megabyte of names
#: in hostile markup) is read only up to its last separator before it, so that no page
#: spends seconds cleaning tens of thousands of name parts.
MAX_BYLINE_CHARS = 10_000


def _capped(text: str) -> str:
    """``text``, or where it is longer than :data:`MAX_BYLINE_CHARS`, its part up to the
    last comma or semicolon (else space) before that length."""
    if len(text) <= MAX_BYLINE_CHARS:
        return text
    head = text[:MAX_BYLINE_CHARS]
    cut = max(head.rfind(","), head.rfind(";"))
    return head[:cut] if cut > 0 else head.rsplit(" ", 1)[0]


def clean_byline(raw: str | None, *, strict: bool = True) -> list[str]:
    """The person names in a byline string, clean and deduplicated: short codes in
    parentheses after names dropped, "Last, First; Last, First" lists turned round; none
    in a navigation trail (:func:`is_navigation_trail`: its steps are dates and sections).
    Only the first :data:`MAX_BYLINE_CHARS` are read."""
    text = _capped(collapse(raw))
    if not text or is_navigation_trail(text):
        return []
    if is_government_body(text):
        return [text.strip(_NAME_EDGES)]  # (one organisation: its commas part its portfolios)
    text = _EMAIL.sub(" ", _URL.sub(" ", text))
    text = _first_last(_NAME_CODE.sub("", text))
    text = _slashed_roles(text)
    if not strict:  # (a structured value: one person's name, or a list of them)
        text = _one_person_first_last(text)
    names: list[str] = []
    before_lead_in: list[str] = []  # (names read before a by-word standing alone)
    prose = False
    dated = False  # (a date read in an earlier segment)
    desk_title = False  # (a job title read alone, before any name: a desk's byline)
    for segment in _SEGMENT_SPLIT.split(text):
        segment = _without_agency_co_credit(segment.strip())
        if _LEAD_IN_ALONE.fullmatch(segment) or _PARTICLE_ALONE.fullmatch(segment):
            # (a by-word of its own starts the names: the parts before it in the same
            # byline are the header's furniture, a section label or share tools,
            # unless no name follows it: "Jane Doe | Author" keeps the name)
            before_lead_in, names = names or before_lead_in, []
            continue
        if names and _is_from_place(segment):
            break  # (the place the writer files from, on a line of its own: "DE SÃO PAULO")
        if names and EDITOR_CREDIT.match(segment):
            break  # (the editor credited after the authors: "Penulis A | Editor B")
        if EDITOR_CREDIT_ONLY.match(segment):
            continue  # (an editor's credit on its own: "责任编辑：B" under the story)
        if names and _PHOTO_BY_AFTER_NAMES.match(segment):
            break  # (the photographer credited with the by-word after the writers)
        if PHOTO_CREDIT.match(segment):
            if names:
                break  # (the photographer credited after the writers: "Text: A | Foto: B")
            continue
        lead_in_cut = _strip_lead_in(segment)
        cut = _cut_date(lead_in_cut)
        if cut != lead_in_cut and _DATELINE_PLACE.fullmatch(cut.strip(_NAME_EDGES)):
            continue  # (a dateline: "SEATTLE Jan 14, 2031 (AP)")
        before_bio = _before_cjk_sentence(cut)
        if before_bio is not None:
            cut = before_bio  # (the name before an author box's bio)
        found: list[str] = []
        credit = False
        for part in split_names(cut):
            if (names or found) and _is_from_place(part):
                break  # (the place the writer files from: "Por Ana Lima, de Recife")
            if (names or found) and _PHOTO_BY_AFTER_NAMES.match(part.strip()):
                credit = True
                break  # (the same credit after a comma or an "and": "By A, photos by B")
            label = _PHOTO_CREDIT_INSIDE.search(part) or _PHOTO_BY_INSIDE.search(part)
            if label is not None:
                credit, part = True, part[:label.start()]  # (the writer's name before it stays)
            name = clean_name(part, strict=strict) if part.strip() else None
            if name is None and not names and not found and _is_role(part):
                desk_title = True  # ("Staff Correspondent", "Our Correspondent" naming no one)
            if (name is None and not names and not found and lead_in_cut != segment
                    and _is_agency_code(part.strip(_NAME_EDGES))):
                name = part.strip(_NAME_EDGES)  # (an agency signing after the by-word: "Von dpa")
            if name:
                found.append(name)
            elif strict and not prose:
                prose = _is_prose(part)
            if credit:
                break
        if before_bio is not None:
            names += found
            break  # (the bio's sentences name no one)
        if strict and found and _lower_words(cut[:max(cut.find(found[0]), 0)]) >= SENTENCE_WORDS:
            found = []  # (names after a sentence, an author's bio: its capitalised words are topics)
        if found and _dateline_places(found, names, dated or desk_title):
            break  # (the places the writers file from: "A y B | Madrid / Sevilla", "... 09:12 IST - Bengaluru",
            # "Staff Correspondent, Ctg")
        dated = dated or cut != lead_in_cut
        if prose and not any(len(name.split()) >= 2 for name in found):
            if names or _lower_words(cut) >= SENTENCE_WORDS:
                break  # (running text: "Von Grammatikregeln, Stilfragen und «richtig gutem Deutsch»")
            continue  # (a column's or a kicker's title before the names: "Ahead of the Ticker")
        names += found
        if prose or (names and (cut != lead_in_cut or credit)):
            break  # (a date or a sentence after the names: what follows is not a byline)
    return dedupe(_without_places(names or before_lead_in))


#: Lower-case words a name may hold ("Ludwig van Beethoven", "Maria de la Cruz").
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "la",
                             "le", "du", "do", "dos", "das", "ten", "ter", "zu", "y", "bin", "al",
                             "el", "ibn", "af", "mc", "e"})
#: The particles of a name, for the modules that test a name's shape.
NAME_PARTICLES = _NAME_PARTICLES
#: Lower-case words that make a byline part a phrase of running text.
MIN_PROSE_WORDS = 2


#: Lower-case words (name particles aside) that make a byline segment a sentence (a
#: teaser, a headline), not a short title before the names.
SENTENCE_WORDS = 4


def _lower_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[^\W\d_]+", text) if w[0].islower() and w not in _NAME_PARTICLES)


def _is_prose(part: str) -> bool:
    """True when a byline part that is no name is running text: MIN_PROSE_WORDS or more
    lower-case words besides name particles ("«richtig gutem Deutsch»", "un exconcursante:
    vecinos de ..."). A visible line or element holding such a part and no name
    of two words or more is a headline, teaser or sentence that happens to start with
    "Von" / "By" (its capitalised words are topics, not people); roles ("staff writer")
    and dates are not prose."""
    part = _cut_date(part)
    if _is_role(part):
        return False
    lower = [w for w in re.findall(r"[^\W\d_]+", part)
             if w[0].islower() and w not in _NAME_PARTICLES]
    return len(lower) >= MIN_PROSE_WORDS


_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")


def _uncased(word: str) -> bool:
    """True for a word of a script without capitals (Arabic, Devanagari, Thai...)."""
    return word.lower() == word.upper()


def _place_word(name: str) -> bool:
    """A capitalised word alone, not an agency's capitals nor a wire agency's name
    (:data:`WIRE_AGENCIES`: "Reuters") (a place's name, as a dateline prints it: "Madrid",
    "Bengaluru"); a script without capitals or spaces counts not."""
    return (len(name.split()) == 1 and name[:1].isupper() and not name.isupper()
            and not _UNSPACED_SCRIPT.search(name) and not _WIRE_AGENCY.fullmatch(name))


#: The fewest writers' full names a byline's last one-word name may follow as the outlet
#: they write for (:func:`_dateline_places`).
MIN_WRITERS_BESIDE_OUTLET = 2


def _dateline_places(found: list[str], names: list[str], dated: bool) -> bool:
    """True when a byline segment's names are the places of a dateline: single capitalised
    words (:func:`_place_word`) in a segment of their own after the writers' full names
    ("Marta Ibáñez y Luis Carrasco | Madrid / Sevilla"; also with the outlet's one word
    after MIN_WRITERS_BESIDE_OUTLET of them: "Por A e B, g1 — Brasília", as Globo's sites
    sign), or after a date or a job title
    standing alone in a byline that named no one before it (``dated``: "Special
    Correspondent · Updated 4 Dec 09:12 · Bengaluru", "Staff Correspondent, Ctg"). The
    second is the desk byline of the English-language press of South Asia, a staff title
    in place of the writer's name and the town the story is filed from after it ("Staff
    Reporter, Chennai", "Our Correspondent, Lahore"); a single word after a job title is
    more often a place than a person (:data:`MIN_NAME_BESIDE_ROLE`). A segment of
    one-word names after one-word names ("Jules | Mo") is left alone."""
    if not all(map(_place_word, found)):
        return False
    if names:
        full = [len(name.split()) >= 2 for name in names]
        # (every name a full one; or, after two full names at least, a last word alone:
        # the outlet the writers write for, "Por A e B, g1")
        return all(full) or (all(full[:-1]) and len(full) >= MIN_WRITERS_BESIDE_OUTLET + 1)
    return dated


def _without_places(names: list[str]) -> list[str]:
    """A byline of one full name and then one capitalised word gives the name alone: the
    word is the place of a dateline ("Von Anna Schmidt, Berlin", "Mariana Albuquerque —
    Caruaru"). Longer lists keep single names ("A B, C D, Sweidah"), and so do agency
    acronyms ("Jane Doe, AFP") and scripts written without spaces."""
    if len(names) != 2:
        return names
    first, last = names
    if (len(first.split()) >= 2 and len(last.split()) == 1 and not last.isupper()
            and (last[:1].isupper() or _uncased(last)) and not _UNSPACED_SCRIPT.search(last)):
        return [first]
    return names


#: The reporter's name in brackets on a line of its own closing the story, as Japanese
#: newspapers sign their stories ("（高橋 美咲）", "（山田太郎）", and in lenticular
#: brackets, the Mainichi's way, "【高橋美咲】", several reporters listed with "、":
#: "【高橋美咲、佐藤浩】"): one to four kanji, then (after a space or none) one to four
#: kanji or kana; at least two characters.
_SIGNATURE_NAME = r"[\u4e00-\u9fff]{1,4}[\s\u3000]?[\u4e00-\u9fff\u3040-\u30ff]{1,4}"
_BRACKETED_SIGNATURE = re.compile(rf"^(?:[（(]\s*(?P<name>{_SIGNATURE_NAME})\s*[）)]"
                                  rf"|【\s*(?P<names>{_SIGNATURE_NAME}(?:、{_SIGNATURE_NAME}){{0,3}})\s*】)$")
#: What the same brackets close a Japanese story with that is no reporter: the agencies
#: (Kyodo, Jiji) and "to be continued" / "the end".
NOT_BRACKETED_SIGNATURES = frozenset({"共同", "共同通信", "時事", "時事通信", "続く", "つづく", "完", "終わり"})


def bracketed_signature(text: str) -> str | None:
    """The reporter's name of a Japanese story's closing signature in brackets
    (:data:`_BRACKETED_SIGNATURE`), spaces as printed (several names as printed, joined
    by "、": :func:`split_names` parts them); None for any other text."""
    match = _BRACKETED_SIGNATURE.match(collapse(text))
    if match is None:
        return None
    name = (match.group("name") or match.group("names")).replace("\u3000", " ")
    return None if re.sub(r"\s", "", name) in NOT_BRACKETED_SIGNATURES else name


#: The reporter's sign-off closing a Korean story, the Korean press's convention: the name
#: (two to four Hangul syllables), the job title "기자" ("reporter"), then the reporter's
#: e-mail address or nothing ("김민수 기자 minsu@paper.example"), at the end of the story's
#: last text, alone or after its last sentence, a place and "=" ("... 밝혔다.부산=김민수 기자").
_KOREAN_SIGN_OFF = re.compile(r"(?:^|(?<=[\s.=/]))(?P<name>[\uac00-\ud7a3]{2,4})\s?기자"
                              r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$")


def korean_sign_off(text: str) -> str | None:
    """The reporter's name of a Korean story's closing sign-off ("김민수 기자" with or
    without the e-mail address after it, :data:`_KOREAN_SIGN_OFF`); None for any other
    text."""
    match = _KOREAN_SIGN_OFF.search(collapse(text)[-MAX_SIGN_OFF_CHARS:])
    return match.group("name") if match is not None else None


#: The end of a text searched for a sign-off.
MAX_SIGN_OFF_CHARS = 80


#: The dateline opening a Chinese-language wire story, which names its reporters: Xinhua's
#: and China News Service's "<agency><place><date>电（记者<names>）" ("新华社北京3月5日电
#: （记者张三、李四）", "中新社上海5日電（記者王五）"), and the Central News Agency's (Taiwan)
#: "（中央社記者<name><place><day>日電）", the name glued to the place ("（中央社記者陳怡君
#: 台北5日電）"; "專電" for a special report). The agencies' own house forms, as their wires
#: print every story.
_CHINESE_WIRE_DATELINE = re.compile(
    r"[\s\u3000]*(?:[^\s（()）。，]{2,30}?[电電]\s*[（(]\s*[记記]者\s*(?P<listed>[^（()）]{2,40}?)\s*[）)]"
    r"|[（(]\s*中央社[记記]者(?P<glued>[\u4e00-\u9fff、]{3,40}?)\d{1,2}日專?[电電]\s*[）)])")
#: A Chinese name as a dateline lists it: a surname and a given name of one or two
#: characters, without spaces.
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: The usual length of a Chinese name (a one-character surname and a two-character given
#: name): a name glued to the place in the Central News Agency's dateline is read as that
#: long when a place of two characters or more is left after it, else as two characters.
CHINESE_NAME_CHARS = 3
MIN_PLACE_CHARS = 2
#: The head of a story's text a wire dateline is looked for in.
MAX_WIRE_DATELINE_CHARS = 100


def chinese_wire_reporters(text: str) -> list[str]:
    """The reporters a Chinese-language wire story's opening dateline names
    (:data:`_CHINESE_WIRE_DATELINE`), in the order printed; [] for a text that does not
    open with one, or whose names are not each a Chinese name of two to four characters."""
    head = text[:MAX_WIRE_DATELINE_CHARS]
    if "电" not in head and "電" not in head:
        return []
    match = _CHINESE_WIRE_DATELINE.match(head)
    if match is None:
        return []
    if match.group("listed") is not None:
        names = re.split(r"\s*(?:[、，,\s]|通[讯訊]员|通[讯訊]員|实习生|實習生)\s*", match.group("listed").strip())
        names = [name for name in names if name]
    else:
        *names, last = match.group("glued").split("、")
        cut = CHINESE_NAME_CHARS if len(last) - CHINESE_NAME_CHARS >= MIN_PLACE_CHARS else 2
        if len(last) - cut < MIN_PLACE_CHARS:
            return []
        names.append(last[:cut])
    if not names or not all(_CHINESE_NAME.fullmatch(name) for name in names):
        return []
    return dedupe(names)


#: The reporter's credit opening a Taiwanese daily's story, in brackets: "〔記者<names>／
#: <place>報導〕" ("〔記者王小明／台北報導〕", "〔記者王小明、李大華／綜合報導〕"), the Liberty
#: Times' house form (the one development page that prints a credit so, htmldate-dev, puts
#: it at the head of the story as the paper prints every story: its JSON-LD names the
#: paper), in the tortoise-shell, lenticular or square brackets such credits are set in,
#: in traditional or simplified characters.
_BRACKETED_REPORTER_CREDIT = re.compile(
    r"[\s\u3000]*[〔【［\[]\s*[记記]者\s*(?P<names>[\u4e00-\u9fff、，,\s]{2,40}?)\s*[／/]\s*"
    r"[^〔〕【】［］\[\]／/]{0,20}?(?:報導|报导|報道|报道)\s*[〕】］\]]")
#: The head of a paragraph the bracketed credit is looked for in.
MAX_BRACKETED_CREDIT_CHARS = 60


def bracketed_reporters(text: str) -> list[str]:
    """The reporters a story's opening bracketed credit names
    (:data:`_BRACKETED_REPORTER_CREDIT`), in the order printed; [] for a text that does
    not open with one, or whose names are not each a Chinese name of two to four
    characters ("記者" repeated before a second name is dropped)."""
    head = text[:MAX_BRACKETED_CREDIT_CHARS]
    if "者" not in head:
        return []
    match = _BRACKETED_REPORTER_CREDIT.match(head)
    if match is None:
        return []
    names = [re.sub(r"^[记記]者", "", name) for name in re.split(r"[、，,\s]+", match.group("names").strip())]
    names = [name for name in names if name]
    if not names or not all(_CHINESE_NAME.fullmatch(name) for name in names):
        return []
    return dedupe(names)


#: The word for a paper's editorial office, signing a story no one person is credited with
#: ("Door Redactie", "BR24 Redaktion", "La Rédaction"), in the languages of the corpora's
#: and the blind sets' sites: Dutch, German and the Scandinavian languages, French,
#: Spanish, Portuguese, Italian, Polish, Czech, Slovak, Finnish, Hungarian, Romanian, Greek,
#: English.
DESK_WORDS = frozenset("""
redactie redaktion redaktionen redaksjonen redaksjon rédaction redacción redação redacção
redazione redakcja redakce redakcia toimitus szerkesztőség redacția redactia σύνταξη
redaksi newsroom
""".split())
#: The same word in the scripts of the blind sets' Asian sites, found inside a name's text,
#: as these scripts write a desk's name without a space before it ("本报编辑部"): Thai
#: (กองบรรณาธิการ, "editorial board"), Simplified and Traditional Chinese (编辑部 / 編輯部),
#: Japanese (編集部), Korean (편집국, 편집부). A dictionary's word for the desk, as
#: :data:`DESK_WORDS` are.
UNSPACED_DESK_WORDS = ("กองบรรณาธิการ", "编辑部", "編輯部", "編集部", "편집국", "편집부")


#: :data:`DESK_WORDS` without their accents: a CMS account's name is often typed without
#: them ("Redaction", "Redaccion", "Redacao").
_DESK_WORDS_UNACCENTED = frozenset(without_accents(word) for word in DESK_WORDS)


#: An organisation's press office named as the byline, an account of the office as the
#: desk is one of the newsroom: the Italian "Ufficio stampa" (the unit the public bodies'
#: communication law, Legge 150/2000, art. 9, gives every administration), the German
#: "Pressestelle", the English "press office", the Spanish "gabinete de prensa" / "oficina
#: de prensa", the Portuguese "assessoria de imprensa", the French "service de presse".
_PRESS_OFFICE = re.compile(r"\b(?:ufficio\s+stampa|pressestelle|press\s+office|gabinete\s+de\s+prensa|"
                           r"oficina\s+de\s+prensa|assessoria\s+de\s+imprensa|service\s+de\s+presse)\b",
                           re.IGNORECASE)


def is_desk(name: str) -> bool:
    """True when a name holds the word for an editorial office (:data:`DESK_WORDS`),
    with or without its accents, or (:data:`UNSPACED_DESK_WORDS`) in a script written
    without spaces, or names a press office (:data:`_PRESS_OFFICE`): a desk, not a person."""
    if not name.isascii() and any(word in name for word in UNSPACED_DESK_WORDS):
        return True
    if _PRESS_OFFICE.search(name):
        return True
    return any(without_accents(word) in _DESK_WORDS_UNACCENTED
               for word in re.findall(r"\w+", name.lower()))


#: The legal forms that close a company's name ("Harbour Media GmbH", "Acme Robotics, Inc.",
#: "Northwind Ltd"), spelled as company registers write them (case kept, so a surname
#: "Sa" or "Ab" is no "SA" or "AB"): German and Austrian, British and Irish, American,
#: Romance, Dutch and Belgian, Nordic, Australian.
LEGAL_FORMS = frozenset("""
GmbH AG KG e.V. Ltd Ltd. Limited plc PLC Inc Inc. LLC Corp. S.A. SA S.L. S.p.A. SpA S.r.l.
Srl SARL B.V. BV N.V. NV Oy AB ASA Pty
""".split())
#: A host name given as a name ("example.com", "News.example.co.uk"): words of letters,
#: digits and hyphens joined by points, closing with a top-level domain in lower case
#: ("J.Doe" is an initial and a surname).
_HOST_NAME = re.compile(r"(?:[^\W_][\w-]*\.)+[a-z]{2,13}")


#: A government body's name, which lists its portfolios after a preposition, with commas
#: and "and" between them ("Ministerium für Umwelt, Klimaschutz und Energie", "Department
#: for Environment, Food and Rural Affairs", "Ministerio de Agricultura, Pesca y
#: Alimentación"), as the German federal and state governments, the British government's
#: departments and the Romance-language governments name their ministries: the word for
#: a ministry or a department (a German compound closing in "ministerium" too:
#: "Bundesministerium", "Staatsministerium"), then a preposition.
_GOVERNMENT_BODY = re.compile(
    r"(?:[^\W\d_]*ministerium|ministry|department|ministère|ministerio|ministero|ministério|"
    r"ministerie|ministerstvo|ministerstwo)\s+(?:für|der|des|of|for|de|du|del|della|dell['’]|"
    r"dello|da|do|van|voor|pro|spraw)(?!\w)", re.IGNORECASE)
#: What a government body's name never holds: digits, and the marks that part a byline's
#: segments (a date, a place, a role after the name).
_NOT_IN_BODY_NAME = re.compile(r"[\d|•·/()\n\u2022]|\s[-–—]\s")
#: The longest government body's name read as one (portfolios and all).
MAX_GOVERNMENT_BODY_CHARS = 140


def is_government_body(name: str) -> bool:
    """True when a name is a government body's (:data:`_GOVERNMENT_BODY`): one
    organisation, whose commas and "and" part its portfolios, not several names."""
    text = collapse(name)
    return (len(text) <= MAX_GOVERNMENT_BODY_CHARS and bool(_GOVERNMENT_BODY.match(text))
            and not _NOT_IN_BODY_NAME.search(text))


def looks_like_organisation(name: str) -> bool:
    """True when a name is written as an organisation's, never a person's: a host name
    ("example.com"), a government body (:func:`is_government_body`), or two words or more
    closed by a company's legal form (:data:`LEGAL_FORMS`: "Harbour Media GmbH", "Acme,
    Inc.")."""
    text = collapse(name)
    if _HOST_NAME.fullmatch(text) or is_government_body(text):
        return True
    words = text.replace(",", " ").split()
    return len(words) >= 2 and words[-1] in LEGAL_FORMS


def turned_round_where_printed(names: list[str], raw: str, page_text: Callable[[], str]) -> list[str]:
    """Two names read one after the other from a visible byline printed "Last, First"
    ("Mokoena, Lerato") as the one person "First Last", when the page prints the name that
    way round elsewhere (an author's bio, a signature, a picture credit: "Lerato Mokoena is
    a senior reporter"); a place printed after the name then goes as a dateline's does
    ("Otieno, Brian | Kisumu"). A visible "Keller, Bauer" may be two people, so without
    that second printing the names stay apart. Only a surname of one word (name particles
    before it allowed) and a given name of one word are turned round. ``page_text`` gives
    the page's text, read only when the byline has that form."""
    for index, (last, first) in enumerate(zip(names, names[1:])):
        *particles, surname = last.split()
        if (len(first.split()) != 1 or any(word not in _NAME_PARTICLES for word in particles)
                or _is_agency_code(surname) or _is_agency_code(first)):
            continue
        printed = re.compile(re.escape(last) + r"\s*,\s*" + re.escape(first) + r"(?!\w)")
        if not printed.search(raw):
            continue
        turned = re.compile(r"(?<!\w)" + re.escape(first) + r"\s+" + re.escape(last) + r"(?!\w)")
        if turned.search(page_text()):
            return _without_places(names[:index] + [f"{first} {last}"] + names[index + 2:])
    return names


#: A reference to a post in the author-date style (APA's, which Zotero and the citation
#: boxes of academic blogs print: Hypothèses / OpenEdition's "Pour citer ce billet" under
#: each post, "Name (3 mars 2024). Title. Blog. Consulté le ..."; the Hypothèses blogs'
#: own advice for citing a post names "the author of the article, not the one who posted
#: it", "Last, First (date), « Title », Blog"): the authors ("First Last" or "Last,
#: First"), the date in brackets with a year in it, then the title.
_AUTHOR_DATE_REFERENCE = re.compile(
    r"(?P<names>[^()\d]{3,160}?)\s*\((?P<when>[^()]{0,40}\d{4}[^()]{0,40})\)\s*[.,:]?\s*(?P<title>.+)",
    re.DOTALL)
#: The longest text read as a reference (a citation box's paragraph, not a story's).
MAX_REFERENCE_CHARS = 800
#: The fewest words of each name a reference gives: APA's initials form ("Roussel, C.")
#: is not read as names.
MIN_CITED_NAME_WORDS = 2


def cited_names(text: str, headline: str | None) -> list[str]:
    """The authors an author-date reference to the page's own post names
    (:data:`_AUTHOR_DATE_REFERENCE`): ``text`` opens with the names and the date in
    brackets, and its title is ``headline`` (compared by :func:`fold`); [] for any other
    text, or when a name is not written out whole."""
    if not headline or len(text) > MAX_REFERENCE_CHARS or "(" not in text:
        return []
    match = _AUTHOR_DATE_REFERENCE.match(collapse(text))
    if match is None or not fold(match.group("title")).startswith(fold(headline)):
        return []
    names = clean_byline(_first_last(_one_person_first_last(match.group("names").strip(" ,;"))))
    if not names or any(len(name.split()) < MIN_CITED_NAME_WORDS for name in names):
        return []
    return names


def clean_names(values, *, strict: bool = False) -> list[str]:
    """Clean a list of separate author values (each may itself hold several names)."""
    names: list[str] = []
    for value in values:
        names.extend(clean_byline(value, strict=strict))
    return dedupe(names)
