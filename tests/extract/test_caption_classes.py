"""Image captions on layouts the extractor was not written for (issue 14, captions):
whole pages of our own, one per class of caption markup."""

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article, images

PAGES = Path(__file__).parent / "caption_pages"


def captions_of(name: str, url: str = "https://news.test/2026/04/story") -> list[tuple]:
    article = extract_article((PAGES / name).read_text(encoding="utf-8"), url, profile=False)
    return [(image.caption, image.credit) for image in article.images if image.caption]


def test_a_caption_beside_a_lazy_loading_holder_that_is_no_img():
    # The image is a custom element the page's script fills from data-src; the caption
    # block beside it has no <img> within reach, only that holder.
    assert captions_of("lazy_holder.html") == [
        ("The blue crane was lifted back onto its rails on Tuesday morning.",
         "Ola Brandt (Coastline Gazette)")]


def test_a_credit_written_on_after_the_caption_sentence_is_split_off():
    assert images.split_credit("Fans wave from the stand. Nordbild/Kari Holm") == (
        "Fans wave from the stand.", "Nordbild/Kari Holm")
    assert images.split_credit("Fans wave. Reuters") == ("Fans wave.", "Reuters")
    # a second sentence is no credit: it names no agency and has no "/"
    assert images.split_credit("The crowd waits. Then it rains") == (
        "The crowd waits. Then it rains", None)


def test_the_lead_image_block_named_teaser_by_a_german_cms_keeps_its_caption():
    # "teaser" names the lead in German CMSes; the og:image URL says it is the story's own
    # picture, and the caption with its credit glued on after the sentence is still a caption.
    assert captions_of("lead_teaser_credit.html") == [
        ("Der neue Trainer bei seiner ersten Einheit auf dem Nebenplatz.", "Nordbild/Kari Holm")]


def test_a_credit_keeps_the_brackets_that_close_a_name_inside_it():
    # brackets around the whole credit go, a publisher named in brackets at its end stays
    assert images.clean_credit("Photo: Ola Brandt (Coastline Gazette)") == "Ola Brandt (Coastline Gazette)"
    assert images.clean_credit("(Photo: Ola Brandt/Nordbild)") == "Ola Brandt/Nordbild"
    assert images.clean_credit("Nordbild)") == "Nordbild"


def test_classic_wordpress_captions_and_no_caption_from_a_related_teaser():
    # The lead caption stated in JSON-LD, an in-body image in WordPress's documented
    # div.wp-caption / p.wp-caption-text block, and a teaser in the related-posts aside
    # whose text sits in the same caption class: that one is no caption of the story.
    assert captions_of("wordpress_classic.html") == [
        ("Nets stretched over the apple rows of a farm near the river.", None),
        ("Workers sort the first cherries of the season in the cooperative's hall.", None)]


def test_a_copyright_written_as_c_in_brackets_and_a_file_slug_are_no_caption_text():
    # "(c) Agency" alone is a credit with no caption; after a sentence it is split off;
    # "(C)" after a name tells where the person stands and stays; a slug is no caption.
    assert captions_of("written_copyright_and_slugs.html") == [
        ("Wer sagt, dass Radfahren nur etwas für warme Tage ist?",
         "Thermenverband Südost | Studio Lindner"),
        ("Bürgermeisterin Eva Roth (C) und Kurdirektor Jan Hell (L) bei der Eröffnung des neuen Beckens.",
         None)]


def test_an_old_table_layout_photo_cell_and_a_headline_block_beside_a_logo():
    # The photo cell repeats the alt text, with a credit glued on and a script writing a
    # link: caption, the cell's credit, and no script code. The headline block beside a
    # column logo holds headings: it is the story's head, not a caption.
    assert captions_of("old_table_layout.html") == [
        ("Guard Mia Okafor drives to the basket in the second half.", "Courtesy: Campus Athletics")]


def test_thumbnails_linked_to_their_full_size_keep_the_caption_under_them():
    # A gallery's thumbnails each in a lightbox link to the picture's file, the caption a
    # paragraph after the link in the photo's wrapper; the teaser linked to another page
    # below has no caption.
    assert captions_of("linked_thumbnails_gallery.html", "https://ashby-parish.test/news/mill-pond") == [
        ("The rebuilt sluice gate seen from the footbridge", None),
        ("Volunteers planting reeds along the west bank", None)]


def test_a_figure_in_a_live_blog_post_beside_the_one_holding_most_text():
    # The posts are <article>s inside the story's <article>: the figure of any post is
    # the story's, not only those of the post the body's container was found in.
    assert captions_of("live_blog_posts.html", "https://valleypost.test/live/floods") == [
        ("The water under the old bridge at Kelling at three o'clock.", None)]


def test_one_printed_text_is_not_both_the_caption_and_its_credit():
    # The lead's caption is printed twice, once in a side box whose class names the
    # copyright: that copy is no credit, the credit line after it is. A figure whose only
    # paragraph is its credit element has a credit and no caption.
    article = extract_article((PAGES / "credit_read_twice.html").read_text(encoding="utf-8"),
                              "https://harbourcourier.test/2026/05/ferry-season", profile=False)
    assert [(image.caption, image.credit) for image in article.images] == [
        ("Dock workers unload the first ferry of the season at the north pier.", "Ola Brandt/Nordbild"),
        (None, "Courtesy of the Harbour Museum")]


def test_a_credit_label_written_as_an_abbreviation_with_its_full_stop():
    # "Fot." (the Polish photo label, abbreviated) opening the caption slot: a credit
    # alone, no caption; after the caption's sentence it is split off as before.
    assert [(image.caption, image.credit) for image in extract_article(
        (PAGES / "abbreviated_credit_label.html").read_text(encoding="utf-8"),
        "https://kurierportowy.test/2026/05/prom", profile=False).images] == [
        (None, "Biuro Prasowe Portu"),
        ("Pasażerowie czekają na nabrzeżu na pierwszy rejs.", "Jan Kowalski")]


def test_the_wire_mark_of_an_archive_picture_opens_the_caption_and_is_no_credit_label():
    # "FILE PHOTO: <caption> REUTERS/<name>": the caption follows the mark, the credit
    # closes it; "File photo: X" after the caption's sentence is a labelled credit.
    assert captions_of("wire_archive_caption.html", "https://wbd.test/2026/05/port-profit") == [
        ("FILE PHOTO: Container cranes stand idle at the eastern terminal of the port in Westmere,"
         " March 3, 2026.", "REUTERS/Jane Roe"),
        ("The harbour office on the west quay.", "Ola Brandt")]


def test_a_credit_label_joined_to_the_name_by_the_word_for_by_in_brackets():
    # "(foto di X)": the label and the language's "by" say a name follows, as a colon
    # would; "(foto di gruppo)" (a group photo) names no one and stays in the caption.
    assert captions_of("bracketed_credit_line.html", "https://corrierecollina.test/2026/05/mulino") == [
        ("La ruota del mulino restaurata dai volontari", "Paolo Neri"),
        ("La festa nel cortile (foto di gruppo)", None)]
    assert images.split_credit("Fans wave. (Photo by Jane Roe/Nordbild)") == ("Fans wave.", "Jane Roe/Nordbild")


def test_the_source_of_a_credit_line_after_the_caption_sentence_goes_with_the_credit():
    # "<Paper> photo by <Name>" on the caption's last line: the paper's name opens the
    # credit line, it does not close the caption.
    assert captions_of("credit_line_source.html", "http://www.valleycourier.test/news/bridge.htm") == [
        ("Children cross the rebuilt footbridge over Cedar Creek on Saturday.", "Sam Whitlow")]
    assert images.split_credit("Fans wave. Staff photo by Jane Roe") == ("Fans wave.", "Jane Roe")


def test_source_words_before_a_label_before_a_separator_open_the_credit():
    # "<Source> [file] photo / <Name>" after the caption's last sentence: the "<Source> photo
    # by X" credit line written with the slash or bar of "Photo / X"; the source words and
    # the label go with the credit, not the caption.
    assert captions_of("source_label_before_slash.html", "https://harbourledger.test/2026/07/ferry-fares") == [
        ("Passengers queue for the morning ferry at the north pier.", "TOMAS REYES"),
        ("The upper deck of the newer of the two boats.", "Ana Cruz")]
    # capitalised words inside the sentence, or no label word, stay in the caption
    assert images.split_credit("A boat in the harbour. The Harbour Times / Jane Doe") == (
        "A boat in the harbour. The Harbour Times", "Jane Doe")
    assert images.split_credit("The winner holds her photo / AP") == ("The winner holds her photo", "AP")



def test_a_figure_caption_in_a_block_of_its_own_after_the_image():
    # No figcaption and no caption class: the figure's one text block after its image (a
    # <div> with the caption and the "Name/Paper" credit, a <footer>) is its caption; a
    # name alone in that block is a credit, and a link in it is a teaser, not a caption.
    assert captions_of("figure_caption_block.html", "https://www.orchardledger.test/2026/04/ferry") == [
        ("The morning ferry ties up at the Harlow Point dock on April 11.", "Ruth Calloway/Orchard Ledger"),
        ("Mechanics lift the failed engine out of the hull.", "Harbour Works")]


def test_a_rendering_credited_in_an_unclassed_span_after_the_caption_is_split_off():
    # "Visualisierung: X" credits an architect's rendering as "Foto: X" credits a photo:
    # in a span of its own closing the figcaption, its class saying nothing, it is the
    # credit. The word inside a caption's sentence is a word of the caption.
    assert captions_of("rendering_credit.html", "https://kreisbote-talheim.test/lokales/hallenbad") == [
        ("So soll das neue Hallenbad vom Stadtpark aus aussehen.", "Brenner Planungsgruppe"),
        ("Das alte Bad wird abgerissen. Die Visualisierung der Planer zeigt den Neubau.", None)]


def test_a_commissioned_photographers_credit_after_the_caption_is_split_off():
    # "<Name> for <Publication>" after the caption's last sentence is the credit line of a
    # picture taken on assignment; a sentence after it with small words is the caption's.
    assert captions_of("commissioned_credit.html", "https://coastalreview.test/2026/ferryman") == [
        ("Amos Teague, 74, casts off the last crossing of the evening.", "Lucia Brandt for The Coastal Review"),
        ("The quay at low tide. Repairs are planned for March", None)]
    assert images.split_credit("Crowds outside the court. Tracy Lee for NPR") == (
        "Crowds outside the court.", "Tracy Lee for NPR")
    assert images.split_credit("The crowd waits. Thanks for Everything") == (
        "The crowd waits. Thanks for Everything", None)


def test_a_caption_block_beside_an_image_that_a_credit_closes_is_its_caption():
    # No figure, no caption class (atomic class names): a bare image and one block of two
    # spans beside it, the caption then "Courtesy of X". The credit says the text describes
    # the picture. An author's picture beside a name and a role, and a logo beside a
    # printed address, are closed by no credit: no captions.
    assert captions_of("caption_closed_by_credit.html", "https://orchardvalley.test/news/lock-cottage") == [
        ("The lock keeper's cottage at Stanton Weir, restored by the river trust over three summers.",
         "Courtesy of Stanton River Trust")]


def test_a_photographers_name_before_a_slash_after_the_caption_opens_the_staff_credit():
    # "<Name> / <Publication>" written on after the caption's last sentence in the caption
    # field's text: the name goes with the credit, it does not end the caption.
    assert captions_of("staff_credit_after_sentence.html",
                       "https://millbrookweekly.test/news/library-extension-opens") == [
        ("Readers browse the new children's room on the extension's first morning.",
         "Tomas Ahlberg / Weekly")]


def test_a_montage_credit_after_the_caption_is_split_off():
    # "Montage: X" credits a composite of several pictures as "Foto: X" credits one photo,
    # in German ("Fotomontage: X" too) and in English; the word inside a caption's sentence
    # (the mounting of a turbine, a montage of old photographs) is the caption's.
    assert captions_of("montage_credit.html", "https://kreisbote-talheim.test/lokales/stichwahl") == [
        ("Gehen in die Stichwahl: Jonas Ebner (links) und Petra Wiegand.", "Kreisbote / Lena Vogt"),
        ("Die Wahlplakate der beiden Bewerber am Marktplatz.", "Lena Vogt"),
        ("Die Montage der neuen Turbine in der Werkstatt dauerte zwei Tage.", None)]
    assert captions_of("montage_credit_en.html", "https://coastalreview.test/2026/runoff") == [
        ("Dana Whitlock, left, and Omar Reyes will meet in Saturday's run-off.", "The Coastal Review"),
        ("The montage of old photographs in the ferry terminal shows the breakwater in 1921.", None)]


def test_a_credit_of_several_labels_is_one_credit():
    # "Quelle: X; Montage: Y" names the sources of a composite, each after its label: all
    # of it is the credit, and a caption before it ends at the first label.
    assert images.split_credit("Quelle: Stadtarchiv; Montage: Lena Vogt") == (None, "Stadtarchiv; Montage: Lena Vogt")
    assert images.split_credit("Der Marktplatz um 1900. Foto: Stadtarchiv; Grafik: Lena Vogt") == (
        "Der Marktplatz um 1900.", "Stadtarchiv; Grafik: Lena Vogt")
    assert images.split_credit("Die Brücke am Abend. Foto: Anna Berg") == ("Die Brücke am Abend.", "Anna Berg")


def test_photos_by_a_name_in_the_caption_slot_is_the_photographers_credit():
    # "Photos by X" alone where the caption stands is the credit of the story's pictures:
    # no caption, and the name is the photographer's (not the article's author); after a
    # caption's sentence, "Photographs by X" is split off as "Photo by X" is.
    article = extract_article((PAGES / "photos_by_line.html").read_text(encoding="utf-8"),
                              "https://orchardvalley.test/2026/ferryman", profile=False)
    assert [(image.caption, image.credit) for image in article.images] == [
        (None, "Tomasz Wrede"),
        ("Amos Teague oils the chain before the first crossing.", "Tomasz Wrede")]
    assert article.authors == ["Ruth Calder"]


def test_an_image_beside_its_caption_block_is_one_figure_for_the_body_and_the_captions():
    # A figure drawn in plain divs (an image in a link to its large file, one block of
    # spans beside it): the captions read the block (credit split off), the body leaves it
    # out. A teaser card of the same shape (its title a link) is no caption, and no story.
    article = extract_article((PAGES / "image_beside_caption_block.html").read_text(encoding="utf-8"),
                              "https://orchardvalley.test/news/lock-gates", profile=False)
    assert [(image.caption, image.credit) for image in article.images if image.caption] == [
        ("The new oak gates were hung in February.", "Ruth Calder")]
    assert "oak gates" not in article.body and "chain ferry" not in article.body
    assert article.body.split("\n\n")[-1] == "The towpath reopens on Monday once the fencing has been taken down."


def test_mandatory_before_the_credit_label_goes_with_the_label():
    # "Mandatory Credit: <Name>-<Agency>" after the caption's last sentence, the wire
    # sports pictures' credit line: "Mandatory" is part of the label, not the caption's end.
    assert captions_of("mandatory_credit.html", "https://riverbank.test/posts/otters-walkoff") == [
        ("Jun 4, 2026; Riverton, OH, USA; Riverton Otters shortstop Ellis Moreno (7) is mobbed at home"
         " plate after his walk-off single against the Lakeside Herons at Millrace Field.",
         "Kim Ostrander-Imagn Images"),
        ("Millrace Field before the gates opened.", "Pat Ruiz-USA TODAY Sports")]
    assert images.split_credit("Mandatory Credit: Pat Ruiz-USA TODAY Sports") == (
        None, "Pat Ruiz-USA TODAY Sports")


def test_a_photo_byline_closing_the_caption_is_its_credit():
    # TownNews BLOX's convention: the photographer and paper in a byline block of their own
    # after the caption's sentence, with no label and nothing written like an agency.
    assert captions_of("photo_byline_closing_caption.html") == [
        ("Scaffolding went up around the Millbrook Public Library on Monday as crews began"
         " replacing the roof.", "Ana Whitcombe, Millbrook Ledger")]


def test_a_player_description_does_not_take_a_captioned_figures_image():
    # The clip's description has no image of its own within reach (its player shows no
    # still); climbing, it reaches the story's figure, whose image its figcaption captions.
    assert captions_of("player_description_beside_captioned_figure.html") == [
        ("Passengers queue at the north ferry terminal on a Saturday morning.", None)]


def test_a_bracket_inside_the_captions_sentence_is_no_credit():
    # the stop after the closing bracket ends the sentence the bracket stands in: a place
    # of the caption, not a credit; a bracket naming an agency is a credit wherever the stop is
    assert captions_of("place_in_brackets_before_stop.html") == [
        ("Subasta de bocarte en la lonja de Laredo (Cantabria).", "Andrés Ruiz"),
        ("Barcos de bajura en el puerto", "EFE")]
    assert images.split_credit("The old pier (left).") == ("The old pier (left).", None)
    assert images.split_credit("The old pier. (Jane Roe)") == ("The old pier.", "Jane Roe")
    assert images.split_credit("The old pier (AP Photo/Jane Roe).") == ("The old pier", "AP Photo/Jane Roe")


def test_an_icons_text_is_no_word_of_the_caption():
    # an icon font's ligature name and an icon's label before the caption's words
    assert captions_of("icon_text_in_caption.html") == [
        ("The restored cottage below the lighthouse on Saturday.", "Owen Stokes"),
        ("A keeper's logbook from the winter of 1953.", None)]


def test_a_name_alone_closing_a_caption_split_into_elements_is_its_credit():
    # The caption's sentence and the photographer's name each in an element of its own,
    # under class names that say nothing: the closing name is the credit. A name after a
    # lead-in that closes with a colon is the caption's subject; a name-like part with
    # caption words after it is no closing credit.
    assert captions_of("name_closing_split_caption.html") == [
        ("Bancas da feira do livro na praça central, na manhã de sábado.", "Teresa dos Anjos"),
        ("Na foto, o vencedor do prémio deste ano: Rui Matos", None),
        ("O cartaz desta edição Desenho Original exposto na entrada", None)]


def test_a_caption_wrapper_holding_its_image_captions_it_with_the_text_after_it():
    # The JCE editor for Joomla writes a captioned image as a span classed wf_caption
    # holding the image and an unnamed span with the caption; the permission line closing
    # the caption (a credit line's wording, with its full stop) is the credit.
    assert captions_of("joomla_jce_caption.html") == [
        ("The tannery yard seen from the bridge, with the drying sheds behind.",
         "Courtesy of the Westmere Museum"),
        ("A page of the wages ledger kept by the last owner.",
         "Reproduced by kind permission of the town archive")]
    assert images.split_credit("The old mill. Courtesy of the family.") == (
        "The old mill.", "Courtesy of the family")


def test_text_after_an_image_opening_with_a_numbered_figure_label_is_its_caption():
    # A hand-written table layout: the image and "Fig. 1 – ..." in one paragraph, after a
    # line break (IEEE's "Fig. 1." and Chicago's "Figure 1" number figure captions so);
    # a paragraph going on after an image without a label is flow, not a caption.
    assert captions_of("numbered_figure_labels.html") == [
        ("Fig. 1 – The front panel with the meter and the two output posts.", None),
        ("Figure 2. Inside the case, with the regulator on the rear wall.", None)]
    assert images.FIGURE_LABEL.match("Fig. 1. The box") is not None
    assert images.FIGURE_LABEL.match("Figures of the year") is None
    assert images.FIGURE_LABEL.match("Fig. 1.2 shows") is None


def test_a_plone_news_items_image_caption_field_captions_its_linked_image():
    # Plone's News Item view: the image linked to its full-screen view, a "click to enlarge"
    # label inside that link (no caption), and the caption field after the link in a
    # p.discreet holding the element of id parent-fieldname-imageCaption.
    assert captions_of("plone_news_item_image.html", "https://gewaesser.test/aktuelles/messstation") == [
        ("Die neue Station steht auf einem Betonsockel direkt am Ufer.", "Lena Brandt")]


def test_an_italic_caption_under_an_image_may_close_with_its_credit_set_upright():
    # A forum post's picture: "<img><br><font><i>caption</i> (photo: X)</font>". The upright
    # text is a labelled credit in brackets closing the line: the caption is the italic part.
    # Upright words that are no credit ("(left)"), or italic text after the credit, make the
    # line no caption.
    assert captions_of("italic_caption_credit_after.html", "http://www.millpondforum.test/showthread.php?t=1184") == [
        ("Potholes along the quarry road below the old lime kilns, September 12.", "Hanna Lowell")]


def test_a_caption_beside_a_table_an_embed_or_a_form_is_not_an_image_further_up():
    # A caption-classed line whose climb towards an image meets a table (the fares), an
    # embedded player's frame or a sign-up form first is theirs: the uncaptioned picture
    # above them is not its picture. A caption beside its own image is read as before.
    assert captions_of("caption_of_table_embed_form.html", "https://harbourweekly.test/2026/02/ferry-fares") == [
        ("Passengers on the upper deck of the morning crossing to the island.", None),
        ("The old ferry at the island pier on its last winter in service.", None)]


def test_the_lead_photo_above_the_story_is_found_past_a_row_of_icons_and_in_its_lightbox_link():
    # The lead picture sits above the story, outside its scope, after a menu of thirteen SVG
    # icons; a link to its own large file (a lightbox) is around it. Vector drawings are no
    # lead photo and do not fill the page-wide search; a link to the picture's own file is no
    # teaser. The same picture in a link to another page stays uncaptioned.
    url = "https://www.landblatt.test/news/hagel-ried"
    assert captions_of("lead_photo_after_icon_row.html", url) == [
        ("Zerschlagene Scheiben an einem Gewächshaus bei Riedheim am Dienstagmorgen.", "Lisa Brandl")]
    html = (PAGES / "lead_photo_after_icon_row.html").read_text(encoding="utf-8").replace(
        'href="https://cdn.landblatt.test/upload/w_1600/https://www.landblatt.test/imgs/7/1/4/9f2c6e0d81ab44e1.jpg"',
        'href="https://www.landblatt.test/news/gewaechshaeuser-ried"')
    assert [image.caption for image in extract_article(html, url, profile=False).images] == [None]


def test_a_national_agency_alone_in_the_closing_element_of_a_caption_is_its_credit():
    # "<figcaption>text<span>ANP</span></figcaption>": the caption's words end without a
    # stop, the Dutch and Belgian agencies close it in an element of their own
    assert captions_of("agency_credit_element.html") == [
        ("De nieuwe brug bij Vianen tijdens de laatste proefbelasting, afgelopen week", "ANP"),
        ("Aan de kade in Vianen komt een nieuw fietsparkeerterrein", "Belga")]


def test_an_agency_name_written_small_is_a_word_of_the_caption():
    # "belga" (Belgian) closing a Portuguese caption in an <em> is no agency's signature
    figure = lxml.html.fragment_fromstring(
        '<figure><img src="https://cdn.test/gol.jpg"><figcaption>A seleção comemora o gol '
        'da atacante <em>belga</em></figcaption></figure>')
    assert images.caption_and_credit(figure) == ("A seleção comemora o gol da atacante belga", None)


def test_a_picture_linked_to_its_gallery_keeps_the_caption_its_labelled_credit_closes():
    # the lead picture in a link to the story's gallery page, its caption in the div after
    # the link closed by "Foto: ..." in a span; the teasers' linked pictures beside their
    # headlines are no captioned pictures
    assert captions_of("picture_linked_to_gallery.html") == [
        ("Most v Komenského ulici slouží od roku 1967, jeho nosníky už jsou zkorodované.",
         "Jana Králová, Zprávy z kraje")]


def test_two_photos_under_one_caption_are_two_images_and_one_photo_shown_twice_is_one():
    # Two photos of one scene (two files) given one caption are two captioned images; the
    # same file shown again in another size (a lightbox copy), or under a resizer's query
    # that names no file, is the same picture shown twice and captioned once.
    pumps = ("Fire crews pump water out of the underpass on Monday morning.", "Nils Berg")
    sign = ("A closed sign at the slip road from the harbour.", "Nils Berg")
    assert captions_of("two_photos_one_caption.html") == [
        ("Water stands a metre deep in the underpass below the ring road.", "Nils Berg"),
        pumps, pumps, sign]


def test_an_attribution_element_before_the_caption_text_is_its_credit():
    # The credit set first in its own element named "attribution" (as several dev sites'
    # caption markup names it), the caption's words after it; and an English two-word credit
    # label ("Image source:") goes whole with the credit, not its first word with the caption.
    assert captions_of("attribution_before_caption.html") == [
        ("Passengers board the morning ferry at the north quay on Wednesday.", "Mira Lund"),
        ("The winter crossings, departures from the island.", "Island Ferry Company")]


def test_an_italic_caption_under_a_lazy_image_with_its_noscript_copy():
    # A lazy-loading script's markup prints the picture twice, once in <noscript> for
    # readers without scripts: one picture, whose italic line after it is its caption.
    assert captions_of("lazy_noscript_italic_caption.html") == [
        ("One of the refitted sleeper cars in the depot at Eastfield", "Tom Varga")]


def test_a_pull_quotes_attribution_beside_a_headshot_is_no_credit():
    # "attribution" in a quote's class names who said the quote, not who took the picture
    quote = lxml.html.fragment_fromstring(
        '<div class="Quote"><img src="https://cdn.test/head.jpg"><blockquote>We will keep the early crossing.'
        '</blockquote><p class="Quote-attribution">Ferry operator Anna Berg</p></div>')
    assert images.credit_elements(quote) == [] and images.CREDIT_ELEMENTS(quote) == []
    caption = lxml.html.fragment_fromstring(
        '<span class="media-caption"><span class="attribution">© Mira Lund</span> Boats at the quay.</span>')
    assert [e.text for e in images.credit_elements(caption)] == ["© Mira Lund"]
    assert images.CREDIT_ELEMENTS(caption) == images.credit_elements(caption)
