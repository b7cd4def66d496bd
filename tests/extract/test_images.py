"""Figures, captions and the caption / credit split."""

import importlib
import re

import lxml.etree
import lxml.html
import pytest

from newscrawl.model.article import Image
from newscrawl.extract import images, structure
from newscrawl.extract.markup import class_has
from tests.gc_checks import cycles_left_by

BASE = "https://news.test/world/story"


@pytest.mark.parametrize("text, caption, credit", [
    ("Rubio at a hearing on Jan. 15, 2025. (Kent Nishimura/Bloomberg via Getty Images)",
     "Rubio at a hearing on Jan. 15, 2025.", "Kent Nishimura/Bloomberg via Getty Images"),
    ("Smoke over the city. Photo: Jane Doe/AP", "Smoke over the city.", "Jane Doe/AP"),
    ("Rauch über der Stadt. Foto: dpa", "Rauch über der Stadt.", "dpa"),
    ("The harbour at dawn. Credit: John Smith", "The harbour at dawn.", "John Smith"),
    ("The harbour at dawn © Reuters", "The harbour at dawn", "Reuters"),
    ("The harbour at dawn | Getty Images", "The harbour at dawn", "Getty Images"),
    ("A crowd (Picture: Claudio Bresciani/AP)", "A crowd", "Claudio Bresciani/AP"),
    ("The minister (left) speaks", "The minister (left) speaks", None),
    ("Prices rose (in 2024)", "Prices rose (in 2024)", None),
    ("Just a caption", "Just a caption", None),
])
def test_split_credit(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


@pytest.mark.parametrize("srcset, url", [
    ("a.jpg 320w, b.jpg 1280w, c.jpg 640w", "b.jpg"),
    ("a.jpg 1x, b.jpg 2x", "b.jpg"),
    ("data:,1w", None),
    ("https://cdn.test/x.jpg?w=10,20 100w, https://cdn.test/y.jpg 200w", "https://cdn.test/y.jpg"),
    # no space after the comma closing a descriptor: the next candidate starts there
    ("https://cdn.test/a.jpg 1x,https://cdn.test/b.jpg 2x", "https://cdn.test/b.jpg"),
    ("/a.jpg 640w,/b.jpg 1280w,/c.jpg 320w", "/b.jpg"),
    # a comma inside a URL (resizer parameters) stays in it
    ("https://cdn.test/w_640,h_480/a.jpg 640w, https://cdn.test/w_320,h_240/a.jpg 320w",
     "https://cdn.test/w_640,h_480/a.jpg"),
])
def test_largest_from_srcset(srcset, url):
    assert images.largest_from_srcset(srcset) == url


def figure(html: str):
    return lxml.html.fragment_fromstring(html)


def test_figure_prefers_srcset_and_lazy_sources_and_makes_urls_absolute():
    img = images.figure_image(figure(
        '<figure><img src="data:image/gif;base64,R0l" data-src="/small.jpg"'
        ' data-srcset="/big.jpg 1200w, /mid.jpg 600w" alt=" An  alt "><figcaption>Cap (AP)</figcaption></figure>'),
        BASE)
    assert img == Image(url="https://news.test/big.jpg", caption="Cap", credit="AP", alt="An alt")


def test_credit_element_inside_the_caption_takes_the_text_after_it():
    img = images.figure_image(figure(
        '<figure><img src="//cdn.test/a.jpg"><figcaption><span class="caption">Flood in town.</span>'
        ' <span class="credit">Photo by JANE DOE</span> /AFP via Getty Images</figcaption></figure>'), BASE)
    assert (img.url, img.caption, img.credit) == (
        "https://cdn.test/a.jpg", "Flood in town.", "JANE DOE /AFP via Getty Images")


def test_credit_element_outside_the_caption():
    img = images.figure_image(figure(
        '<figure><img src="/a.jpg"><figcaption>Flood in town.</figcaption>'
        '<small class="copyright">© Jane Doe</small></figure>'), BASE)
    assert (img.caption, img.credit) == ("Flood in town.", "Jane Doe")


def test_loose_caption_next_to_an_image_and_related_blocks_skipped():
    root = lxml.html.document_fromstring(
        '<html><body><article><div class="pic"><img src="/one.jpg"><p class="wp-caption-text">'
        'First one.</p></div><p>Text</p><figure><img src="/two.jpg"><figcaption>Second one.'
        '</figcaption></figure><div class="related-stories"><figure><img src="/other.jpg">'
        '<figcaption>Other story</figcaption></figure></div></article></body></html>')
    found = images.figures(root, BASE)
    assert [(i.url, i.caption) for i in found] == [
        ("https://news.test/one.jpg", "First one."), ("https://news.test/two.jpg", "Second one.")]


def test_merge_lead_puts_the_matching_figure_first_or_adds_the_lead():
    found = [Image(url="https://news.test/a.jpg", caption="A"), Image(url="https://news.test/lead-800x600.jpg",
                                                                     caption="Lead")]
    merged = images.merge_lead("/lead.jpg", None, None, found, BASE)
    assert [i.caption for i in merged] == ["Lead", "A"]
    added = images.merge_lead("https://cdn.test/other.jpg", "Lead caption (AP)", None, found, BASE)
    assert (added[0].url, added[0].caption, added[0].credit) == ("https://cdn.test/other.jpg", "Lead caption", "AP")
    assert len(added) == 3


@pytest.mark.parametrize("text, caption, credit", [
    ("Quelle: fhm/Getty Images; Montage: Infografik", None, "fhm/Getty Images; Montage: Infografik"),
    ("Povilas Aleksandravičius / J. Stacevičiaus / LRT nuotr.", "Povilas Aleksandravičius",
     "J. Stacevičiaus / LRT nuotr"),
    ("警察官ら＝ＡＰ", "警察官ら", "ＡＰ"),
    ("[2/5] Workers at the site", "Workers at the site", None),
    ("Y bác sĩ nội soi. Ảnh: Bệnh viện", "Y bác sĩ nội soi.", "Bệnh viện"),
    ("Divers at work in August. (Marine Unit, University of Westmere)", "Divers at work in August.",
     "Marine Unit, University of Westmere"),
    ("The mayor (left) and the harbour master on the pier", "The mayor (left) and the harbour master on the pier",
     None),
    ("Boats on the quay (seen from the north)", "Boats on the quay (seen from the north)", None),
    # a copyright sign before the label goes with the credit
    ("Der Bürgermeister (links) am Rathaus. © Bild: Stadt Musterhausen / Pressestelle",
     "Der Bürgermeister (links) am Rathaus.", "Stadt Musterhausen / Pressestelle"),
    ("Die neue Fähre am Anleger © Foto: Anna Beispiel", "Die neue Fähre am Anleger", "Anna Beispiel"),
])
def test_split_credit_more_conventions(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


@pytest.mark.parametrize("text, ok", [
    ("Flood in town.", True), ("Von Hannah Ritzmann, Redakteurin", False), ("By Jane Doe", False),
    ("03.05.2024, 16:24 Uhr • Lesezeit: 5 Minuten", False), ("Audio: Radio One | 24.04.2024", False),
    ("Sign up for our newsletter", False), ("", False),
    # a slide number, punctuation: no letter at all
    ("7", False), ("– 3 –", False), ("1998", False), ("Harbour, 1998", True),
    # an advertisement's label alone, in the languages that print one
    ("ADVERTISEMENT", False), ("- Anzeige", False), ("Reklama", False), ("[Publicidad]", False),
    ("広告", False),
    # ... not a caption about an advertisement
    ("The advertisement that ran in 1984", True), ("Anzeige gegen den Bürgermeister erstattet", True),
    # the story's date alone, or after a publication word
    ("Published Nov 8, 2023", False), ("Jan. 7, 2008", False), ("Updated on 12 March 2024", False),
    # ... not a caption naming a day, nor a place and a date
    ("The harbour on Nov 8, 2023", True), ("Paris, June 5, 2019", True), ("May Day, 2019", True),
    # a short line with a clock time is a time stamp; a caption telling the scene's hour is not
    ("Updated 10:42 am, Tuesday 5 March 2024", False), ("06.11.2025, 21:18 Uhr", False),
    ("Dockers at the north quay wait for the tide, which turns at 6.15am on the spring days.", True),
])
def test_is_caption_text(text, ok):
    assert images.is_caption_text(text) is ok


def test_figcaption_outside_figure_and_microdata_caption():
    root = lxml.html.document_fromstring(
        '<html><body><div class="img"><div><img src="/a.jpg"></div><figcaption>Outside a figure.'
        '</figcaption></div><figure itemscope itemtype="https://schema.org/ImageObject">'
        '<meta itemprop="url" content="/b.jpg"><meta itemprop="description" content="Stated in microdata">'
        '<meta itemprop="author" content="(Image: Getty)"><amp-img src="/b-small.jpg"></amp-img></figure>'
        '</body></html>')
    found = images.figures(root, BASE)
    assert [(i.url, i.caption, i.credit) for i in found] == [
        ("https://news.test/a.jpg", "Outside a figure.", None),
        ("https://news.test/b.jpg", "Stated in microdata", "Getty")]


def test_url_key_keeps_resizer_urls_apart():
    a = "https://img.test/resize/800x0/https%3A%2F%2Fcdn.test%2Ffs%2Fabc-111"
    b = "https://img.test/resize/800x0/https%3A%2F%2Fcdn.test%2Ffs%2Fdef-222"
    assert images.url_key(a) != images.url_key(b)
    assert images.url_key("https://c.test/p/photo-800x600.jpg") == images.url_key("https://c.test/q/photo.jpg?w=2")
    assert images.url_key("https://c.test/1200x675_cms_ab12.jpg") == images.url_key("https://c.test/1920x1080_cms_ab12.jpg")


def test_add_captioned_fills_or_appends():
    found = [Image(url="https://news.test/a.jpg")]
    out = images.add_captioned(found, [("/a.jpg", "Stated caption (AP)", None),
                                       ("https://news.test/z.jpg", "Another one", "Jane Doe")], BASE)
    assert [(i.url, i.caption, i.credit) for i in out] == [
        ("https://news.test/a.jpg", "Stated caption", "AP"),
        ("https://news.test/z.jpg", "Another one", "Jane Doe")]


def test_gallery_slide_descriptions_and_unusual_lazy_attributes():
    root = lxml.html.document_fromstring(
        '<html><body><div class="Carousel"><div class="Slide"><div class="Slide-media"><picture>'
        '<source data-lazyload-srcset="/g1-small.jpg 1x, /g1.jpg 2x"></picture></div>'
        '<div class="Slide-info"><div class="Slide-info-inner"><span class="Slide-infoDescription">'
        '<p>Crowds on the square. (AP Photo/Jane Doe)</p></span></div></div></div></div>'
        '<div class="teaser-list"><div class="description">Not in a gallery</div><img src="/t.jpg"></div>'
        '</body></html>')
    found = images.figures(root, BASE)
    assert [(i.url, i.caption, i.credit) for i in found] == [
        ("https://news.test/g1.jpg", "Crowds on the square.", "AP Photo/Jane Doe")]


def article_figures(inner: str) -> list[tuple]:
    root = lxml.html.document_fromstring(f"<html><body><article>{inner}</article></body></html>")
    return [(i.url, i.caption, i.credit) for i in images.figures(root, BASE)]


def test_visible_text_repeating_the_alt_text_next_to_an_image_is_its_caption():
    found = article_figures(
        '<p>Police showed the recovered jewellery to reporters on Wednesday.</p>'
        '<div class="x1"><picture><img src="/gold.jpg" alt="Recovered jewellery"></picture></div>'
        '<div class="x2"><span>Recovered jewellery</span></div><p>The theft happened at night.</p>'
        '<div class="x3"><img src="/ring.jpg" title="A ring in the shop window"><div>'
        '<small>A ring in the shop window</small><small>© Jane Roe</small></div></div>')
    assert found == [("https://news.test/gold.jpg", "Recovered jewellery", None),
                     ("https://news.test/ring.jpg", "A ring in the shop window", "Jane Roe")]


def test_text_after_the_image_in_an_image_widget_is_its_caption_and_credit():
    found = article_figures(
        '<div class="image-widget"><span class="image-target"><img src="/road.jpg"></span>'
        '<p><span>Shacks block the road in the city centre</span></p><p>Image: Jo Bloggs</p></div>'
        '<p>Traffic was diverted for three weeks while the council looked for a solution.</p>')
    assert found == [("https://news.test/road.jpg", "Shacks block the road in the city centre", "Jo Bloggs")]


def test_a_link_repeating_an_icons_alt_text_is_no_caption():
    # an icon and its control's link ("Print this page"): the link labels the control
    for after in ('<a href="javascript:window.print()">Print this page</a>',
                  '<span><a href="/story/print">Print this page</a></span>'):
        found = article_figures(f'<p><img src="/print.gif" alt="Print this page">&nbsp;{after}</p>')
        assert all(caption is None for _url, caption, _credit in found)
    # the same words as plain text after a photo are its caption
    assert article_figures('<div><img src="/p.jpg" alt="The pier at dawn"><p>The pier at dawn</p></div>') == [
        ("https://news.test/p.jpg", "The pier at dawn", None)]


def test_italic_text_under_an_image_in_a_table_cell_is_its_caption():
    story = "<br><br>".join(f"Line {i} of the story told in loose text in the cell." for i in range(4))
    found = article_figures(
        '<table><tr><td><img src="/jetty.jpg" alt=""><br>'
        '<font size="1"><i>The old jetty at dawn. (Photo: Jo Bloggs)</i></font></td></tr>'
        f'<tr><td>{story}</td></tr></table>')
    assert found == [("https://news.test/jetty.jpg", "The old jetty at dawn.", "Jo Bloggs")]
    # a line not all in italics, or a cell holding a second image, has no caption so
    for cell in ('<img src="/jetty.jpg" alt=""><br><i>The old jetty</i> at dawn.',
                 '<img src="/jetty.jpg" alt=""><img src="/b.jpg" alt=""><br><i>The old jetty.</i>'):
        assert article_figures(f'<table><tr><td>{cell}</td></tr><tr><td>{story}</td></tr></table>') == []
    # nor a form's picture (a captcha and the hint under it)
    assert article_figures(
        '<table><tr><td><form><img src="/captcha.jpg" alt=""><br><i>(enter the code above)</i>'
        f'</form></td></tr><tr><td>{story}</td></tr></table>') == []


def test_spip_document_title_under_an_image_is_its_caption():
    # SPIP's document model: the title (spip_doc_titre) and description (spip_doc_descriptif)
    found = article_figures(
        '<p>The market moves to the square this winter, the town hall said on Monday.</p>'
        '<div class="spip_documents spip_documents_center"><img src="/stalls.jpg" alt="">'
        '<div class="spip_doc_titre"><strong>The stalls by the church last year.</strong></div>'
        '<div class="spip_doc_credits">Photo : Jo Bloggs</div></div>'
        '<dl class="spip_documents"><dt><img src="/rink.jpg" alt=""></dt>'
        '<dd class="spip_doc_descriptif">The ice rink, twice as large.</dd></dl>')
    assert [(url, caption) for url, caption, _credit in found] == [
        ("https://news.test/stalls.jpg", "The stalls by the church last year."),
        ("https://news.test/rink.jpg", "The ice rink, twice as large.")]
    # a SPIP document with its credit only has a credit and no caption
    assert article_figures('<p>The market moves to the square this winter.</p>'
                           '<div class="spip_documents"><img src="/x.jpg" alt="">'
                           '<div class="spip_doc_credits">Photo : Jo Bloggs</div></div>'
                           '<p>The market moves to the square this winter.</p>') == [
        ("https://news.test/x.jpg", None, "Jo Bloggs")]


def test_an_italic_paragraph_under_a_paragraph_holding_an_image_is_its_caption():
    found = article_figures(
        '<p>The home side won the derby in front of a full hall on Saturday night.</p>'
        '<p><img src="/cheer.jpg" alt="Cheering"></p>'
        '<p style="text-align: center;"><em>Cheering after the final whistle.</em></p>'
        '<p>The visitors led at the break, but the home side turned the game.</p>')
    assert found == [("https://news.test/cheer.jpg", "Cheering after the final whistle.", None)]
    # a paragraph not all in italics, or one with a link, is no caption
    for after in ('<p><em>Cheering</em> after the final whistle.</p>',
                  '<p><em>Read <a href="/more">the report</a>.</em></p>'):
        assert all(caption is None for _url, caption, _credit in article_figures(
            f'<p>The home side won the derby on Saturday night.</p>'
            f'<p><img src="/cheer.jpg" alt=""></p>{after}'))


@pytest.mark.parametrize("inner", [
    # a teaser: the image and its title inside a link
    '<a href="/other"><img src="/t.jpg" alt="Another story title"><span>Another story title</span></a>',
    # an author photo next to the author's name
    '<div class="x"><img src="/jane.jpg" alt="Jane Doe"><span>Jane Doe</span></div>',
    # a newsletter box named like a media block
    '<div class="media-box"><img src="/n.jpg"><p>Get the news delivered to your inbox every day</p></div>',
    # an image in a plain paragraph flow: the next paragraph is text, not a caption
    '<div class="body"><img src="/a.jpg"><p>The council met on Tuesday to debate the budget.</p></div>',
])
def test_texts_next_to_images_that_are_no_captions(inner):
    assert all(caption is None for _url, caption, _credit in article_figures(inner))


def test_one_pass_selection_equals_the_xpath_definitions():
    root = lxml.html.document_fromstring(
        '<html><body class="photo-gallery-page"><article>'
        '<figure><img src="/a.jpg"><figcaption>A</figcaption></figure>'
        '<div class="pic"><img src="/b.jpg"><p class="wp-caption-text">B</p></div>'
        '<div class="Caption-wrap"><span class="caption">nested</span></div>'
        '<div class="caption"><img src="/c.jpg"><span class="caption-text">C</span></div>'
        '<span itemprop="caption">D</span><form><p class="legend">form legend</p></form>'
        '<figcaption>bare</figcaption>'
        '<div class="carousel"><div class="gallery"><p class="slide-description">E</p></div></div>'
        '</article></body></html>')
    for scope in (root.find("body"), root.find("body/article")):
        found, galleries = images.figures_captions_and_galleries(scope)
        assert found == images.FIGURES_AND_CAPTIONS(scope)
        assert galleries == images.GALLERIES(scope)
    assert images.figures_captions_and_galleries(root.find("body"))[1] == [root.find("body")]


@pytest.mark.parametrize("text, caption, credit", [
    ("担当者＝４日午後、港市役所", "担当者＝４日午後、港市役所", None),
    ("会見する首相＝共同", "会見する首相", "共同"),
    # the Japanese "＝place, time, name 撮影" credit: place and time go with the credit
    ("入港する客船＝横浜市中区で2031年3月2日午前9時、田中一郎撮影", "入港する客船",
     "横浜市中区で2031年3月2日午前9時、田中一郎撮影"),
    # the same shape without "撮影" closing it stays the caption's when and where
    ("入港する客船＝横浜市中区で2031年3月2日午前9時", "入港する客船＝横浜市中区で2031年3月2日午前9時", None),
    ("Crews at the pier before the council approved the lease. Photo by Sam Ortiz.",
     "Crews at the pier before the council approved the lease.", "Sam Ortiz"),
    # a day in figures in parentheses closing the caption is no credit
    ("Nelayan menurunkan ikan di Pelabuhan Muara, Selasa (3/11/2030).",
     "Nelayan menurunkan ikan di Pelabuhan Muara, Selasa (3/11/2030).", None),
    ("Nelayan menurunkan ikan di Pelabuhan Muara, Selasa (3/11/2030). (ANTARA/Budi Santoso)",
     "Nelayan menurunkan ikan di Pelabuhan Muara, Selasa (3/11/2030).", "ANTARA/Budi Santoso"),
    # a credit in parentheses still is one
    ("Crowds on the square. (Jane Doe/Harbour News)", "Crowds on the square.", "Jane Doe/Harbour News"),
])
def test_credit_split_keeps_when_and_where_and_the_captions_full_stop(text, caption, credit):
    from newscrawl.extract.images import split_credit

    assert split_credit(text) == (caption, credit)


def test_caption_and_credit_classes_in_other_languages():
    from newscrawl.extract.images import figures

    root = lxml.html.fromstring(
        '<div><figure><img src="/a.jpg"><p class="epigrafe">Pescadores en el puerto. '
        '<span class="firma-foto">Ana Ruiz</span></p></figure>'
        '<figure><img src="/b.jpg"><div class="didascalia">Il porto di Genova.</div></figure></div>')
    found = figures(root, "https://diario.example/a")
    assert [(i.caption, i.credit) for i in found] == [("Pescadores en el puerto.", "Ana Ruiz"),
                                                      ("Il porto di Genova.", None)]


@pytest.mark.parametrize("text, caption, credit", [
    ("Otobüsler (Fotoğraf: AA)", "Otobüsler", "AA"),
    ("Rosa waits for the truck. Credit... Adriana Velez for The Ledger",
     "Rosa waits for the truck.", "Adriana Velez for The Ledger"),
    # Dutch "Beeld", Hungarian "Fotó" / "Forrás", Greek "Φωτογραφία", Romanian "Sursa",
    # Czech "Zdroj", Polish "Źródło"
    ("De nieuwe brug bij de haven. Beeld: Jan Smit", "De nieuwe brug bij de haven.", "Jan Smit"),
    ("Az új híd a kikötőnél. Forrás: MTI", "Az új híd a kikötőnél.", "MTI"),
    ("Η νέα γέφυρα. Φωτογραφία: Νίκος Σταύρου", "Η νέα γέφυρα.", "Νίκος Σταύρου"),
    ("Podul nou din port. Sursa: Primăria", "Podul nou din port.", "Primăria"),
    ("Nový most v přístavu. Zdroj: ČTK", "Nový most v přístavu.", "ČTK"),
    # the word inside another one, or without its colon, is no credit label
    ("Beeldbank van de stad rond 1900", "Beeldbank van de stad rond 1900", None),
    ("De brug in beeld genomen vanaf de kade", "De brug in beeld genomen vanaf de kade", None),
    # a credit after a dash closing the caption's last sentence
    ("Evacuees wait at the relief centre. — Bernama", "Evacuees wait at the relief centre.", "Bernama"),
    ("Flood water rises on Friday. — Reuters pic", "Flood water rises on Friday.", "Reuters pic"),
    # words of the caption after a dash, or a dash inside an unfinished sentence: no credit
    ("The mayor speaks. — and the town listens to every word she says",
     "The mayor speaks. — and the town listens to every word she says", None),
    ("A view of the harbour — Reuters", "A view of the harbour — Reuters", None),
    # a label before a spaced slash or bar after the caption's last sentence goes with the
    # credit ("Photo / X", as the New Zealand press prints it)
    ("Surfers wait for the swell at dawn. Photo / Supplied", "Surfers wait for the swell at dawn.",
     "Supplied"),
    ("Die Fähre im Hafen. Foto | Anna Berg", "Die Fähre im Hafen.", "Anna Berg"),
    ("Photo / Harbour Times", None, "Harbour Times"),
    # ... but a label word inside the caption's sentence stays in it
    ("The winner holds her photo / AP", "The winner holds her photo", "AP"),
    # a photographer's name after the caption's last sentence opens the staff credit
    # "<Name> / <Publication>" and leaves the caption
    ("Parents fill the hall for the hearing. Jo Bloggs / Harbour Times",
     "Parents fill the hall for the hearing.", "Jo Bloggs / Harbour Times"),
    ("Divers at the wreck on Monday. Robert F. Doe / AP", "Divers at the wreck on Monday.",
     "Robert F. Doe / AP"),
    # ... a name of two words at least: one capitalised word after an abbreviation's stop
    # is the caption's
    ("Senators leave the U.S. Capitol / AP", "Senators leave the U.S. Capitol", "AP"),
])
def test_credit_labels_in_more_conventions(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Ein Windrad auf dem Dach, Bildquelle: Jo Bloggs", "Ein Windrad auf dem Dach", "Jo Bloggs"),
    ("Der Hafen bei Nacht. (Bildnachweis: Jo Bloggs)", "Der Hafen bei Nacht.", "Jo Bloggs"),
    ("Die Mole im Winter. Fotoquelle: Hafenamt", "Die Mole im Winter.", "Hafenamt"),
    # the word inside the caption's sentence, with no colon, stays in it
    ("Die Bildquelle des Archivs wurde gestern geöffnet", "Die Bildquelle des Archivs wurde gestern geöffnet", None),
])
def test_german_compound_credit_labels(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Image source: Harbour Archive", None, "Harbour Archive"),
    ("The quay at dawn. Photo source: Jo Bloggs", "The quay at dawn.", "Jo Bloggs"),
    ("The quay at dawn. Image Sources: Jo Bloggs, Harbour Archive", "The quay at dawn.", "Jo Bloggs, Harbour Archive"),
    ("Photo credits: Jo Bloggs", None, "Jo Bloggs"),
    # "source" inside the caption's words, with no colon, is no label
    ("An open source map of the quay", "An open source map of the quay", None),
])
def test_english_two_word_credit_labels_go_whole_with_the_credit(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


def test_caption_text_only_screen_readers_get_is_left_out():
    root = lxml.html.fromstring(
        '<div><figure><img src="/a.jpg"><figcaption><span class="VisuallyHidden">Image caption, '
        '</span>The harbour wall after the storm</figcaption></figure></div>')
    assert [i.caption for i in images.figures(root, "https://x.example/a")] == [
        "The harbour wall after the storm"]


ICON = '<svg viewBox="0 0 9 9"><title>Camera Icon</title><desc>A camera</desc><path d="M0 0h9v9z"/></svg>'


def test_the_title_of_an_svg_icon_in_a_caption_is_left_out():
    root = lxml.html.fromstring(
        f'<div><figure><img src="/a.jpg"><figcaption>{ICON}The harbour wall after the storm</figcaption>'
        f'</figure><figure><img src="/b.jpg"><figcaption>{ICON}<span>The pier at dawn</span>'
        '<span> Credit: Jo Bloggs</span></figcaption></figure>'
        f'<figure><img src="/c.jpg"><figcaption><button>{ICON}</button></figcaption></figure></div>')
    assert [(i.caption, i.credit) for i in images.figures(root, "https://x.example/a")] == [
        ("The harbour wall after the storm", None), ("The pier at dawn", "Jo Bloggs"), (None, None)]
    # text around the icon, and a caption with no icon, stay whole
    root = lxml.html.fromstring(
        f'<div><figure><img src="/a.jpg"><figcaption>The harbour {ICON}wall</figcaption></figure>'
        '<figure><img src="/b.jpg"><figcaption>The title of the pier</figcaption></figure></div>')
    assert [i.caption for i in images.figures(root, "https://x.example/a")] == [
        "The harbour wall", "The title of the pier"]


def test_url_key_of_a_resizer_naming_the_picture_by_a_long_path_id():
    # the size lives in the query; a long id in the path names the picture
    a = "https://img.test/image/free/5e0c9a1b2c3d4e5f60718293a4b5c6d7/?t=resize:fill:2000:1250"
    b = "https://img.test/image/free/5e0c9a1b2c3d4e5f60718293a4b5c6d7/?t=resize:fill:640:400"
    c = "https://img.test/image/free/0a1b2c3d4e5f60718293a4b5c6d7e8f9/?t=resize:fill:640:400"
    assert images.url_key(a) == images.url_key(b) != images.url_key(c)
    # a short path is a resizer endpoint: the query names the picture
    assert images.url_key("https://img.test/image?id=1") != images.url_key("https://img.test/image?id=2")


def test_an_image_inside_many_picture_sources_is_captioned_by_the_alt_text_after_it():
    root = lxml.html.fromstring(
        '<div><div><picture>' + "".join(f'<source srcset="/a-{w}.jpg">' for w in range(400, 1400, 200))
        + '<img src="/a.jpg" alt="Harbour at dawn"></picture><p>Harbour at dawn</p></div></div>')
    img = root.xpath(".//img")[0]
    assert img.getparent().tag == "source"  # (how lxml reads it)
    assert images.unmarked_caption(img) == ("Harbour at dawn", None)


_AXES_PAGE = """<html><body><article>
<figure class="photo"><picture><source srcset="a.webp 2x"><img src="a.jpg" alt="A"></picture>
<figcaption>Harbour at dawn <span class="credit">Photo: Jo Ri</span></figcaption>
<meta itemprop="caption" content="The harbour"><cite>Agency</cite></figure>
<div class="media"><img src="b.jpg" alt="Boat"><p>Boat in the bay</p></div>
<div class="image-widget"><div data-src="c.jpg"></div><span class="wp-caption-text">Pier</span>
<a href="/x">More <b>boats</b></a><a href="/y"> </a></div>
<div class="gallery"><div class="slide"><img src="d.jpg"><p class="description">Slide one</p></div>
<p class="description">Set apart<img src="e.jpg"></p></div>
<amp-img src="f.jpg"></amp-img><span itemprop="caption">Loose <i>caption</i></span>
<p>Text <script>var a = 1;</script><style>p {}</style>shown</p>
</article><figure><img src="g.jpg"><figcaption class="caption">Outside</figcaption></figure></body></html>"""


def test_named_descendant_axes_select_what_the_double_slash_forms_select():
    # the image, caption, credit and shown-text XPaths walk "descendant::" (or
    # "descendant-or-self::*/@class") where they once wrote ".//" before a step with a
    # predicate: the same nodes, in the same order, from every context
    caption_class = images._CAPTION_CLASS
    credit_class = class_has("credit", "copyright", "source", "photographer", "author", "rights",
                             "firma", "autor", "fotograf", "nachweis")
    old_forms = [
        (images.IMAGES, ".//img | .//amp-img | .//picture/source | .//*[@data-src or @data-srcset]"
                        "[not(self::img or self::source)] | .//meta[@itemprop='url' or "
                        "@itemprop='contentUrl' or @itemprop='contenturl']"),
        (images.CAPTIONS, f".//figcaption | .//*[{caption_class} or @itemprop='caption'][not(.//img)]"
                          f"[not(ancestor::*[{caption_class}][not(.//img)]) and not(ancestor::figcaption)]"),
        (images.CREDIT_ELEMENTS, f".//*[{credit_class} or @itemprop='copyrightHolder' or "
                                 "@itemprop='author' or @itemprop='creditText']"
                                 "[not(self::img or self::source or self::picture or self::button)] | .//cite"),
        (images.META_CAPTIONS, ".//meta[@itemprop='caption' or @itemprop='description']/@content"),
        (images.HAS_CAPTIONED_IMAGE, ".//img | .//amp-img | .//picture | .//*[@data-src or @data-srcset]"
                                     "[not(self::script or self::iframe or self::source or self::video"
                                     " or self::audio or self::embed)]"),
        (images.UNFIGURED_IMAGES, ".//img[not(ancestor::figure)]"),
        (images.SLIDE_CAPTIONS, ".//@class[contains(., 'escription')]/parent::*[not(.//img)]"
                                f"[not(ancestor::*[contains(@class, 'escription') or {caption_class}])]"),
        (images._LINKS_WITH_TEXT, ".//a[normalize-space()]"),
        (structure._SHOWN_TEXT, ".//text()[not(ancestor::script or ancestor::style)]"),
    ]
    root = lxml.html.document_fromstring(_AXES_PAGE)
    contexts = [root, root.find("body"), *root.iter("article", "figure", "figcaption", "div", "p")]
    for new, old_path in old_forms:
        assert ".//" not in new.path, new.path
        old = lxml.etree.XPath(old_path)
        assert old(root), old.path  # (the page holds something for each to select)
        for context in contexts:
            found, expected = new(context), old(context)
            assert found == expected, (new.path, context.tag)
            assert [getattr(n, "getparent", lambda: None)() for n in found] == \
                [getattr(n, "getparent", lambda: None)() for n in expected]


@pytest.mark.parametrize("text, caption, credit", [
    # a credit in words after the caption's last sentence
    ("Fishers mend nets on the quay in 1998. Courier file photo", "Fishers mend nets on the quay in 1998.",
     "Courier file photo"),
    ("The first school bus of the valley, 1962. Courtesy of the Marsh family",
     "The first school bus of the valley, 1962.", "Courtesy of the Marsh family"),
    ("A wedding on the pier. Jo Bloggs, Courier staff photo", "A wedding on the pier.",
     "Jo Bloggs, Courier staff photo"),
    # no sentence before it, or a sentence that names a photo: no credit
    ("Her favourite family photo", "Her favourite family photo", None),
    ("The mayor looks at the photo. Then she signs the order", "The mayor looks at the photo. Then she signs the order",
     None),
    # the Hindi "(फोटो: X)"
    ("नदी किनारे सुबह की धुंध (फोटो: पीटीआई)", "नदी किनारे सुबह की धुंध", "पीटीआई"),
    # the Chinese "X 摄" after the last sentence or in brackets, not "拍摄" (to film)
    ("游客在湖边观赏红叶。本报记者 王明 摄", "游客在湖边观赏红叶。", "本报记者 王明"),
    ("游客在湖边观赏红叶（王明 摄）", "游客在湖边观赏红叶", "王明"),
    ("游客在湖边观赏红叶。他们正在拍摄", "游客在湖边观赏红叶。他们正在拍摄", None),
])
def test_split_credit_worded_hindi_and_chinese_credits(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


def test_text_named_as_the_image_text_after_an_image_paragraph_is_its_caption():
    found = article_figures(
        '<p>The harbour reopened on Monday after three weeks of repairs to the sea wall.</p>'
        '<p style="text-align:center"><img src="/wall.jpg" alt=""></p>'
        '<p class="pic-desc">Workers finish the sea wall on Sunday. Jo Bloggs</p>'
        '<p>Ships queued outside the harbour for most of the morning before the first berth.</p>'
        '<p style="text-align:center"><img src="/boats.jpg" alt=""></p>'
        '<p class="summary">Ships queued outside the harbour for most of the morning.</p>')
    assert found == [("https://news.test/wall.jpg", "Workers finish the sea wall on Sunday. Jo Bloggs", None)]


@pytest.mark.parametrize("player, url", [
    ('<div class="player"><video poster="/still.jpg" src="/clip.mp4"></video>', "https://news.test/still.jpg"),
    ('<div class="player"><div class="vjs-poster" style="background-image: url(\'/still.jpg\')"></div>'
     '<button>Play</button>', "https://news.test/still.jpg"),
])
def test_a_caption_under_a_video_player_captions_its_poster(player, url):
    root = lxml.html.document_fromstring(
        f'<html><body><article>{player}<div class="video-caption">Crews dig along the avenue.'
        '(KXYZ)</div></div><p>Text</p></article></body></html>')
    found = images.figures(root, BASE)
    assert [(i.url, i.caption, i.credit) for i in found] == [(url, "Crews dig along the avenue.", "KXYZ")]


def test_a_background_without_a_poster_name_is_no_captioned_image():
    root = lxml.html.document_fromstring(
        '<html><body><article><div class="hero" style="background-image: url(/bg.jpg)">'
        '<div class="video-caption">Crews dig along the avenue.</div></div><p>Text</p>'
        '</article></body></html>')
    assert images.figures(root, BASE) == []


def test_a_figure_inside_a_link_to_another_page_is_a_teaser_not_a_story_picture():
    scope = lxml.html.fragment_fromstring(
        '<article><p>The council met on Monday.</p>'
        '<figure><img src="/crane.jpg"><figcaption>The crane at dawn.</figcaption></figure>'
        '<ul><li><a href="/news/other-story"><figure><img src="/tax.jpg">'
        '<figcaption>Planned tax rises</figcaption></figure></a></li>'
        '<li><a href="https://news.test/news/third"><div class="img"><img src="/third.jpg"></div>'
        '<span class="caption">Mayor resigns</span></a></li></ul></article>')
    assert [(i.url, i.caption) for i in images.figures(scope, BASE)] == [
        ("https://news.test/crane.jpg", "The crane at dawn.")]


def test_a_figure_inside_a_link_to_its_own_picture_or_this_page_is_kept():
    scope = lxml.html.fragment_fromstring(
        '<article><a href="/media/crane-large.jpg?w=2000"><figure><img src="/crane.jpg">'
        '<figcaption>The crane at dawn.</figcaption></figure></a>'
        '<a href="#gallery"><figure><img src="/dock.jpg"><figcaption>The dock.</figcaption></figure></a>'
        '</article>')
    assert [(i.url, i.caption) for i in images.figures(scope, BASE)] == [
        ("https://news.test/crane.jpg", "The crane at dawn."), ("https://news.test/dock.jpg", "The dock.")]


def test_a_consent_box_standing_in_for_an_embed_is_no_figure():
    scope = lxml.html.fragment_fromstring(
        '<article><p>The harbour festival opened.</p>'
        '<div class="consent-embed"><img src="/placeholder-video.png" alt="Video">'
        '<div class="embed-caption"><p>Loading this video shares your data with the platform.'
        ' <a href="/privacy">Learn more</a></p><p><a href="#" role="button">Load video</a></p>'
        '<p><label><input type="checkbox" checked> Always load videos</label></p></div></div>'
        '<div class="photo"><img src="/crane.jpg"><div class="caption">The crane at dawn.'
        '</div></div></article>')
    assert [(i.url, i.caption) for i in images.figures(scope, BASE)] == [
        ("https://news.test/crane.jpg", "The crane at dawn.")]


def test_a_caption_that_is_one_link_to_another_page_titles_a_teaser_card():
    scope = lxml.html.fragment_fromstring(
        '<article><p>The council met on Monday.</p>'
        '<div class="promo"><a href="/travel/island"><img src="/island.jpg"></a>'
        '<p class="cutline"><a href="/travel/island">An island worth knowing</a></p></div>'
        '<figure><img src="/crane.jpg"><figcaption>The crane at dawn, seen from'
        ' <a href="/places/harbour">the harbour</a>.</figcaption></figure>'
        '<figure><img src="/dock.jpg"><figcaption><a href="/media/dock-large.jpg">The dock at noon.</a>'
        '</figcaption></figure></article>')
    assert [(i.url, i.caption) for i in images.figures(scope, BASE)] == [
        ("https://news.test/crane.jpg", "The crane at dawn, seen from the harbour."),
        ("https://news.test/dock.jpg", "The dock at noon.")]


@pytest.mark.parametrize("text, caption, credit", [
    # a label in brackets names a credit in any script, however its words look
    ("ตลาดน้ำยามเช้า (ภาพ: สมชาย ใจดี)", "ตลาดน้ำยามเช้า", "สมชาย ใจดี"),
    ("Mercado al amanecer (Fuente: archivo)", "Mercado al amanecer", "archivo"),
    # the label after a dash closing the sentence, with or without a colon
    ("Penduduk meredah air petang tadi. - Foto Ali Bakar", "Penduduk meredah air petang tadi.", "Ali Bakar"),
    ("ساحل پر صبح کا منظر — فوٹو: فائل", "ساحل پر صبح کا منظر", "فائل"),
    ("Der Hafen am Morgen. – Bild: Archiv", "Der Hafen am Morgen.", "Archiv"),
    # a label word starting a sentence after the dash is no credit
    ("The mayor speaks. - Photo shows the hall", "The mayor speaks. - Photo shows the hall", None),
    # labels of languages the earlier list lacked, with the full-width colon of CJK text
    ("항구의 아침 풍경 사진：김민수", "항구의 아침 풍경", "김민수"),
    ("朝の漁港の様子。写真：山田太郎", "朝の漁港の様子。", "山田太郎"),
    ("Suasana pasar pagi. Sumber: Arsip", "Suasana pasar pagi.", "Arsip"),
    # the traditional "X攝" and the Taiwanese "記者X／攝影"
    ("清晨的漁港。記者王小明／攝影", "清晨的漁港。", "記者王小明"),
    ("清晨的漁港。王小明攝", "清晨的漁港。", "王小明"),
    ("清晨的漁港。遊客忙著拍攝", "清晨的漁港。遊客忙著拍攝", None),
    # the Central News Agency's credit dated inside its brackets (Minguo or Western year)
    ("清晨的漁港。（中央社記者王小明攝 112年10月2日）", "清晨的漁港。", "中央社記者王小明"),
    ("清晨的漁港（記者王小明攝 2023年10月2日）", "清晨的漁港", "記者王小明"),
    # a day after "拍攝" (to film) is the caption's
    ("遊客在漁港拍攝 2023年10月2日", "遊客在漁港拍攝 2023年10月2日", None),
    # an Arab wire agency in brackets closing the caption; a place's name in brackets stays
    ("الميناء في الصباح الباكر (وام)", "الميناء في الصباح الباكر", "وام"),
    ("السوق القديم بعد الترميم (أ ف ب)", "السوق القديم بعد الترميم", "أ ف ب"),
    ("مشهد عام من المعبد (محافظة قنا)", "مشهد عام من المعبد (محافظة قنا)", None),
    # a bracketed aside without a label and not name-like stays in the caption
    ("ตลาดน้ำยามเช้า (ด้านซ้าย)", "ตลาดน้ำยามเช้า (ด้านซ้าย)", None),
    # a label without a colon after the last sentence, before a name
    ("Старый город утром. Фото Ивана Петрова", "Старый город утром.", "Ивана Петрова"),
    ("Ulica rano. Fot. Jan Kowalski", "Ulica rano.", "Jan Kowalski"),
    ("La vieille ville au matin. Photo AFP", "La vieille ville au matin.", "AFP"),
    # the Chinese "圖／X" and the Korean "사진=X", the label left out of the caption
    ("台北街頭的人潮。圖／路透社", "台北街頭的人潮。", "路透社"),
    ("台北街頭的人潮。（圖／取自網路）", "台北街頭的人潮。", "取自網路"),
    ("한강 공원의 아침 풍경 /사진=연합뉴스", "한강 공원의 아침 풍경", "연합뉴스"),
    # "图" closing a word ("示意图", a diagram) is no label
    ("新机场的示意图/新华社", "新机场的示意图/新华社", None),
])
def test_credit_labels_of_many_languages_and_where_credits_sit(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


@pytest.mark.parametrize("inner, caption, credit", [
    # a credit in an element of its own closing the caption, its class hashed
    ('<span class="x1">Boats at the ghat on Monday</span><span class="x2">Photo: Nadi Kul</span>',
     "Boats at the ghat on Monday", "Nadi Kul"),
    ('<span class="x1">ঘাটে নৌকা</span><span class="x2">ছবি: নদীকূল</span>', "ঘাটে নৌকা", "নদীকূল"),
    # or written like a credit (a slash, an agency), ending no sentence
    ('<span class="x1">Boats at the ghat</span><span class="x2">Jo Roe/AFP</span>',
     "Boats at the ghat", "Jo Roe/AFP"),
    # a caption that only leads into its credit element is all credit
    ('Image via <span class="x2">Getty Images</span>', None, "Getty Images"),
    # or set in small print
    ('Boats at the ghat <small>Jo Roe</small>', "Boats at the ghat", "Jo Roe"),
    ('Boats at the ghat <small>They sailed at dawn.</small>', "Boats at the ghat They sailed at dawn.", None),
    # or in an element whose class names a byline (the picture's: its photographer)
    ('<span class="x1">Boats at the ghat.</span><span class="photo-byline">Jo Roe, The Courier</span>',
     "Boats at the ghat.", "Jo Roe, The Courier"),
    ('<span class="x1">Boats at the ghat.</span><span class="byline">They sailed at dawn.</span>',
     "Boats at the ghat. They sailed at dawn.", None),
    # the last element is no credit without a label, nor a sentence naming an agency
    ('<span class="x1">Boats at the ghat</span> <span class="x2">on Monday, Jo Roe</span>',
     "Boats at the ghat on Monday, Jo Roe", None),
    ('<span class="x1">Boats at the ghat.</span> <span class="x2">They sailed for Reuters.</span>',
     "Boats at the ghat. They sailed for Reuters.", None),
])
def test_a_labelled_credit_element_closing_the_caption_is_its_credit(inner, caption, credit):
    img = images.figure_image(figure(f'<figure><img src="/a.jpg"><figcaption>{inner}</figcaption></figure>'), BASE)
    assert (img.caption, img.credit) == (caption, credit)


@pytest.mark.parametrize("inner, caption, credit", [
    # loose caption text closing a sentence, the photographer's name alone in an element
    # after it (no class naming it): the name is the credit
    ('Fans run onto the pitch after the final whistle. <span class="q7">TERESA OLMO</span>',
     "Fans run onto the pitch after the final whistle.", "TERESA OLMO"),
    ('Fans run onto the pitch after the final whistle. <b>Teresa Olmo Ruiz</b>',
     "Fans run onto the pitch after the final whistle.", "Teresa Olmo Ruiz"),
    # a name inside the caption's sentence, or after a lead-in, stays the caption's
    ('Fans greet the captain <b>Teresa Olmo</b>', "Fans greet the captain Teresa Olmo", None),
    ('Pictured: <b>Teresa Olmo</b>', "Pictured: Teresa Olmo", None),
    # text after the name: the name is within the caption
    ('The final whistle. <b>Teresa Olmo</b> ran onto the pitch.',
     "The final whistle. Teresa Olmo ran onto the pitch.", None),
])
def test_a_name_alone_after_the_caption_sentence_is_its_credit(inner, caption, credit):
    img = images.figure_image(figure(f'<figure><img src="/a.jpg"><figcaption>{inner}</figcaption></figure>'), BASE)
    assert (img.caption, img.credit) == (caption, credit)


def test_the_texts_around_a_credit_leave_no_reference_cycle():
    # (the walk is a recursive closure: see the page scan's test of the same)
    page = figure("<figure><img src='/a.jpg'><figcaption>The pier at dawn "
                  "<span class='credit'>Photo: Ann Lee</span></figcaption></figure>")
    with cycles_left_by(importlib.import_module("newscrawl.extract.images")) as cycles:
        img = images.figure_image(page, BASE)
    assert (img.caption, img.credit) == ("The pier at dawn", "Ann Lee")
    assert cycles == []


@pytest.mark.parametrize("label", ["Advertisement", "- Anzeige -", "Publicidade", "Reklamă",
                                   "quảng cáo", "広告", "ADVERTISING"])
def test_an_ad_label_alone_is_no_caption_and_furniture_in_a_story(label):
    from newscrawl.extract.boilerplate import AD_LABEL, FURNITURE_TEXT

    assert AD_LABEL.match(label) and FURNITURE_TEXT.match(label)
    assert not AD_LABEL.match(f"{label} revenue fell by a third last year")


#: Texts each gated credit pattern matches (its need must be found in every one).
_GATED_PATTERN_TEXTS = {
    "labelled": ("De nieuwe brug bij de haven. Beeld: Jan Smit", "Rosa waits. Credit... Adriana Velez",
                 "写真：共同", "Harbour. Photo© Agency", "Harbour. Photo … Agency"),
    "by-line": ("The harbour at dawn. Photo by Jane Roe", "PICTURE\tBY Jane Roe"),
    "cjk-slash-label": ("港口的新桥 圖／路透社", "（图/新华社）"),
    "shot-by": ("港口的新桥。新华社记者 陈立 摄", "港口的新桥（張三 攝影）"),
    "parenthesised": ("The new bridge over the harbour (Jane Roe/Harbour Press)",
                      "The ferry at the quay [Foto: Anna Berg]"),
    "copyright-sign": ("The harbour at dawn © Harbour Press", "The harbour at dawn.©Jane Roe"),
    "written-copyright": ("The harbour at dawn. (c) Harbour Press", "(C) Harbour Press"),
    "credit-only": ("Foto: Anna Berg", "Photo © Harbour Press"),
    "equals-sign": ("港の新しい橋＝共同", "The harbour at dawn = Agency"),
    "bar": ("The harbour at dawn | Harbour Press",),
    "slash": ("The harbour at dawn / Harbour Press",),
    "sentence-label": ("The ferry left at noon. - Foto Nik Omar", "港口的新桥。图片 新华社"),
    "dash": ("The ferry left at noon. — Bernama", "Cranes at the quay! – Harbour Press pic"),
    "after-sentence": ("The ferry left at noon. Harbour Press", "Who built it? Jane Roe"),
}


@pytest.mark.parametrize("name", sorted(images.CREDIT_PATTERN_NEEDS))
def test_a_credit_pattern_matches_only_texts_holding_what_it_needs(name):
    pattern = dict(images.CREDIT_PATTERNS)[name]
    needs = images.CREDIT_PATTERN_NEEDS[name]
    for text in _GATED_PATTERN_TEXTS[name]:
        assert pattern.match(text), text
        assert needs.search(text), text
    # without its need the pattern cannot match: the same texts with the needed mark gone
    for text in _GATED_PATTERN_TEXTS[name]:
        stripped = needs.sub(" ", text)
        assert not needs.search(stripped) and not pattern.match(stripped), stripped


def test_a_pattern_is_not_tried_on_a_text_without_what_it_needs(monkeypatch):
    text = "Die Fähre im Hafen. Foto: Anna Berg"
    assert images.split_credit(text) == ("Die Fähre im Hafen.", "Anna Berg")
    never = re.compile("(?!)")
    monkeypatch.setattr(images, "CREDIT_PATTERN_NEEDS", {name: never for name, _ in images.CREDIT_PATTERNS})
    assert images.split_credit(text) == (text, None)


@pytest.mark.parametrize("text, caption", [
    ("▲ 인천항 여객터미널 앞 부두의 모습. /해안일보 DB", "인천항 여객터미널 앞 부두의 모습."),
    ("△ 인천항 여객터미널 앞 부두의 모습.", "인천항 여객터미널 앞 부두의 모습."),
    # a triangle inside the caption is a word of it
    ("수위 ▲ 2m 상승", "수위 ▲ 2m 상승"),
])
def test_the_korean_caption_marker_is_not_part_of_the_caption(text, caption):
    assert images.split_credit(text)[0] == caption


def test_images_within_counts_what_has_image_selects_and_stops_past_the_limit():
    root = lxml.html.document_fromstring(
        "<html><body><div id='one'><p><img src='a.jpg'></p></div>"
        "<div id='two'><picture><source srcset='b.webp'><img src='b.jpg'></picture></div>"
        "<div id='many'>" + "<amp-img src='c.jpg'></amp-img>" * 5 + "</div>"
        "<div id='none'><p>Text</p></div><picture id='pic'><img src='d.jpg'></picture></body></html>")
    for element in root.iter("div", "picture", "body"):
        selected = len(images.HAS_IMAGE(element))
        for at_most in (0, 1, 2, 3):
            assert images._images_within(element, at_most) == min(selected, at_most + 1), \
                (element.get("id"), at_most)
    # the element itself is not counted (a <picture> around its <img>), its descendants are
    assert images._images_within(root.get_element_by_id("pic"), 2) == 1
    assert images._images_within(root.get_element_by_id("many"), 2) == 3  # stopped at the third


# -- seventeenth round: caption markup of CMSs the extractor had not been shown ---------------


def _captions(body: str) -> list[tuple]:
    root = lxml.html.document_fromstring(
        "<html><head><title>Crane back on the quay | Coast Gazette</title></head><body><article>"
        f"<h1>Crane back on the quay</h1>{body}<p>Text of the story.</p></article></body></html>")
    return [(i.url, i.caption, i.credit) for i in images.figures(root, BASE) if i.caption]


def test_a_figure_is_captioned_by_its_own_figcaption_not_a_nested_figures():
    # A gallery of figures (WordPress's gallery block) with a caption of its own: the
    # HTML standard's figcaption captions its parent figure.
    found = _captions(
        '<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="/g1.jpg">'
        '<figcaption>The first boat in.</figcaption></figure><figure class="wp-block-image">'
        '<img src="/g2.jpg"><figcaption>The second boat in.</figcaption></figure>'
        '<figcaption class="blocks-gallery-caption">The regatta from the pier.</figcaption></figure>')
    assert sorted(caption for _url, caption, _credit in found) == [
        "The first boat in.", "The regatta from the pier.", "The second boat in."]


def test_a_lazy_images_caption_naming_an_hour_is_its_caption():
    # a lazy image (placeholder src, data-src, a <noscript> copy) under hashed class names,
    # its figcaption a sentence that names the hour of the scene, then a labelled credit
    found = _captions(
        '<figure class="media_fig__Q1w2e"><div class="media_box__R4t5y"><img class="media_img__U7i8o lazy"'
        ' data-src="/img/quay-crane.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A crane">'
        '<noscript><img class="media_img__U7i8o" src="/img/quay-crane.jpg" alt="A crane"></noscript></div>'
        '<figcaption class="media_cap__P9a0s"><span class="media_capText__S2d3f">The crane on the north'
        ' quay, where the first ship of the season is due at 6.15am on Monday.</span> <span'
        ' class="media_credit__G4h5j">Photograph: Ines Varga/Coast Gazette</span></figcaption></figure>')
    assert found == [("https://news.test/img/quay-crane.jpg", "The crane on the north quay, where the"
                      " first ship of the season is due at 6.15am on Monday.", "Ines Varga/Coast Gazette")]


def test_a_gallery_figure_without_a_caption_of_its_own_adds_none():
    found = _captions(
        '<figure class="wp-block-gallery"><ul><li><figure><img src="/g1.jpg"><figcaption>'
        'The first boat in.</figcaption></figure></li><li><figure><img src="/g2.jpg">'
        '<figcaption>The second boat in.</figcaption></figure></li></ul></figure>')
    assert sorted({caption for _url, caption, _credit in found}) == ["The first boat in.", "The second boat in."]


def test_an_image_classed_caption_is_captioned_by_its_title():
    # Joomla writes an article image so: <img class="caption" title="...">.
    assert _captions('<div class="pull-left item-image"><img class="caption" title="The quay at dusk. Foto: Jan Berg"'
                     ' src="/images/quay.jpg" alt="Quay"></div>') == [
        ("https://news.test/images/quay.jpg", "The quay at dusk.", "Jan Berg")]


def test_an_image_with_a_title_but_no_caption_class_is_not_captioned_by_it():
    assert _captions('<div class="item-image"><img class="wp-caption-img" title="DSC_0042" src="/a.jpg"></div>'
                     '<div class="item-image"><img title="The quay at dusk" src="/b.jpg"></div>') == []


def test_a_caption_split_into_title_caption_and_credit_parts_keeps_the_caption_part():
    # Arc XP's media item: title, caption and credit spans inside the figcaption.
    assert _captions(
        '<figure class="c-media-item"><img src="/a.jpg"><figcaption class="c-media-item__fig-caption">'
        '<span class="c-media-item__title">Vote</span><span class="c-media-item__caption">Lifeguards vote on'
        ' the offer on the beach.</span><span class="c-media-item__credit"> (Photo: Ana Ruiz)</span>'
        '</figcaption></figure>') == [("https://news.test/a.jpg", "Lifeguards vote on the offer on the beach.", "Ana Ruiz")]


def test_a_caption_whose_words_lie_outside_its_parts_stays_whole():
    # a label span and the caption's words as bare text; a longer part before the caption
    # part: neither is a title before a caption
    assert _captions(
        '<figure><img src="/a.jpg"><figcaption><span class="caption-label">Fig. 1</span> The quay before'
        ' the repair.</figcaption></figure>'
        '<figure><img src="/b.jpg"><figcaption><span class="lead">The old quay before the repair work'
        ' started.</span><span class="caption">Archive</span></figcaption></figure>') == [
        ("https://news.test/a.jpg", "Fig. 1 The quay before the repair.", None),
        ("https://news.test/b.jpg", "The old quay before the repair work started. Archive", None)]


def test_a_lightbox_links_caption_attribute_captions_its_image():
    # fancybox's data-caption (markup inside it read as a space), Lightbox2's data-title;
    # inside a figure with no caption element, and outside figures
    assert _captions(
        '<figure class="post-image"><a href="#" data-fancybox="gallery" data-caption="Divers at the wreck.'
        '&lt;br/&gt;Jan Berg/AP"><img src="/w.jpg"></a></figure>'
        '<div class="photo"><a href="/big/pier.jpg" data-lightbox="set" data-title="The pier in winter.">'
        '<img src="/small/pier.jpg"></a></div>'
        '<div class="photo"><a href="/big/dock.jpg" class="cbox" data-title="&lt;div&gt;The dock at night.&lt;/div&gt;'
        '&lt;label&gt;Large view:&lt;/label&gt; &lt;a href=&quot;/max/dock.jpg&quot;&gt;Open&lt;/a&gt;">'
        '<img src="/small/dock.jpg"></a></div>') == [
        ("https://news.test/w.jpg", "Divers at the wreck.", "Jan Berg/AP"),
        ("https://news.test/small/pier.jpg", "The pier in winter.", None),
        ("https://news.test/small/dock.jpg", "The dock at night.", None)]


def test_a_caption_attribute_of_a_link_to_another_page_or_without_an_image_is_no_caption():
    assert _captions(
        '<ul class="menu"><li><a href="/news" data-title="News">News</a></li></ul>'
        '<figure><a href="/news/other-story" data-caption="Read the other story"><img src="/o.jpg"></a></figure>'
        '<div class="photo"><a href="/big/p.jpg" data-caption="harbour-crane-2026-04"><img src="/p.jpg"></a></div>'
        '<div class="photo"><a href="/big/q.jpg" data-title="Crane back on the quay"><img src="/q.jpg"></a></div>') == []


def test_the_title_of_a_link_named_for_a_lightbox_script_captions_its_image_when_shaped_so():
    # Lightbox's rel="lightbox" and Colorbox's class read the link's title as the caption
    assert _captions(
        '<div class="photo"><a href="/big/pier.jpg" class="lightbox" rel="lightbox[set]"'
        ' title="Anglers on the pier during the first frost of the winter"><img src="/small/pier.jpg" alt=""></a></div>'
        '<div class="photo"><a href="/big/dock.jpg" class="colorbox" title="The dock at night, seen from the ferry">'
        '<img src="/small/dock.jpg"></a></div>') == [
        ("https://news.test/small/pier.jpg", "Anglers on the pier during the first frost of the winter", None),
        ("https://news.test/small/dock.jpg", "The dock at night, seen from the ferry", None)]
    # a control's label, a file name, the alt again, a link named for no lightbox: none
    assert _captions(
        '<div class="photo"><a href="/big/a.jpg" class="lightbox" title="Opens the picture larger">'
        '<img src="/a.jpg"></a></div>'
        '<div class="photo"><a href="/big/b.jpg" class="image lightbox" title="Harbour crane at dusk.jpg (21 KB)">'
        '<img src="/b.jpg"></a></div>'
        '<div class="photo"><a href="/big/c.jpg" class="lightbox-group" title="Grease tube for rolling bearings, 50 ml">'
        '<img src="/c.jpg" alt="Grease tube for rolling bearings, 50 ml"></a></div>'
        '<div class="photo"><a href="/big/d.jpg" class="thumb" title="Anglers on the pier during the first frost">'
        '<img src="/d.jpg"></a></div>') == []


def test_each_slide_of_a_slideshow_is_captioned_by_the_text_after_its_image():
    # Swiper's slides name no caption: the repeated items, each one image and a short text
    found = _captions(
        '<div class="swiper"><div class="swiper-wrapper">'
        '<div class="swiper-slide swiper-slide-active"><img src="/s1.jpg"><div class="slide-text">The jib swung in.</div></div>'
        '<div class="swiper-slide"><img src="/s2.jpg"><div class="slide-text">The cab set down.</div></div>'
        '</div></div>')
    assert [caption for _url, caption, _credit in found] == ["The jib swung in.", "The cab set down."]
    # slick wraps each slide in a class-less <div>: the repeated item is the slide's holder
    found = _captions(
        '<div class="slick-track">'
        '<div class="slick-slide slick-current"><div><div class="item"><img src="/t1.jpg"><p>The jib swung in.</p></div></div></div>'
        '<div class="slick-slide"><div><div class="item"><img src="/t2.jpg"><p>The cab set down.</p></div></div></div>'
        '</div>')
    assert [caption for _url, caption, _credit in found] == ["The jib swung in.", "The cab set down."]


def test_repeated_items_that_are_teasers_names_or_a_single_item_are_not_slides():
    assert _captions(
        '<div class="grid"><div class="card"><img src="/c1.jpg"><div><a href="/s/1">Another story</a></div></div>'
        '<div class="card"><img src="/c2.jpg"><div><a href="/s/2">A third story</a></div></div></div>'
        '<div class="team"><div class="member"><img src="/m1.jpg"><p>Mara Lindqvist</p></div>'
        '<div class="member"><img src="/m2.jpg"><p>Jan Berg</p></div></div>'
        '<div class="box"><div class="item"><img src="/i1.jpg"><p>One picture alone in its box.</p></div></div>') == []


def test_an_image_a_text_and_a_labelled_credit_in_one_wrapper_are_a_figure():
    assert _captions(
        '<div class="haber-gorsel"><img src="/k.jpg"><span class="aciklama">The bay between the two'
        ' towns.</span><span class="kaynak">Fotoğraf: AA</span></div>') == [
        ("https://news.test/k.jpg", "The bay between the two towns.", "AA")]


def test_an_image_and_two_texts_without_a_credit_label_are_no_figure():
    # the last block does not say it is a credit: two lines of the page, not a caption
    assert _captions(
        '<div class="row"><img src="/k.jpg"><span>The bay between the two towns.</span>'
        '<span>Read more about the bridge</span></div>'
        '<div class="row"><img src="/l.jpg"><span>See the <a href="/map">map</a> of the bay.</span>'
        '<span>Foto: AA</span></div>') == []


def _lead_page(figures_before: int, images_before: int, lead_in_figure: bool) -> str:
    """A page of our own with unrelated figures and images before the lead image, which is
    shown in a captioned figure or in a plain image with a caption under it."""
    parts = [f'<figure><img src="/other-{i}.jpg"><figcaption>Another picture {i}</figcaption></figure>'
             for i in range(figures_before)]
    parts += [f'<p><img src="/pic-{i}.jpg" alt="pic"></p>' for i in range(images_before)]
    if lead_in_figure:
        parts.append('<figure><img src="/lead-photo.jpg"><figcaption>The harbour at dawn '
                     '(Photo: Jane Doe)</figcaption></figure>')
    else:
        parts.append('<div class="image-widget"><img src="/lead-photo.jpg" alt="The harbour">'
                     '<span>The harbour at dawn</span></div>')
    return "<html><body><article>" + "".join(parts) + "<p>Story text.</p></article></body></html>"


@pytest.mark.parametrize("figures_before, images_before, lead_in_figure", [
    (0, 0, True), (3, 2, True), (11, 0, True), (12, 0, True), (14, 20, True),
    (0, 0, False), (2, 5, False), (0, 11, False), (5, 12, False), (20, 3, False)])
def test_lead_figure_from_the_listed_elements_is_the_one_a_walk_finds(figures_before, images_before,
                                                                      lead_in_figure):
    from newscrawl.extract.context import PageContext
    ctx = PageContext(_lead_page(figures_before, images_before, lead_in_figure),
                      "https://gull.example/harbour")
    lead = "https://gull.example/lead-photo.jpg"
    walked = images.find_lead_figure(ctx.tree, lead, ctx.url)
    listed = images.find_lead_figure(ctx.tree, lead, ctx.url, ctx.elements("figure"), ctx.elements("img"))
    assert walked == listed
    # found only while it is among the first figures, or (shown without a figure) among
    # the first images of the page
    within = (figures_before < images.LEAD_FIGURE_SEARCH if lead_in_figure
              else figures_before + images_before < images.LEAD_CAPTION_SEARCH)
    assert (listed is not None) == within
    if listed is not None:
        assert listed.url == lead and listed.caption == "The harbour at dawn"


def test_figure_pass_told_the_page_has_no_microdata_selects_the_same():
    from newscrawl.extract.markup import has_microdata
    plain = ('<html><body><article><figure><img src="/a.jpg"><figcaption>A</figcaption></figure>'
             '<div class="pic"><img src="/b.jpg"><p class="wp-caption-text">B</p></div>'
             '<div class="gallery"><p class="slide-description">E</p></div></article></body></html>')
    marked = plain.replace('<p class="wp-caption-text">B</p>', '<span itemprop="caption">B</span>')
    for html in (plain, marked):
        root = lxml.html.document_fromstring(html)
        scope = root.find("body/article")
        microdata = has_microdata(root)
        assert images.figures_captions_and_galleries(scope, microdata) \
            == images.figures_captions_and_galleries(scope)
        assert images.figures(scope, BASE, microdata=microdata) == images.figures(scope, BASE)
    # the itemprop caption is still found on the page that has microdata
    root = lxml.html.document_fromstring(marked)
    found, _galleries = images.figures_captions_and_galleries(root.find("body/article"), True)
    assert [element.get("itemprop") for element in found] == [None, "caption"]


def test_a_table_of_image_caption_and_credit_rows_is_a_figure():
    # a classless table layout: the photo, the caption, a credit shaped as one (a slash)
    assert _captions(
        '<table align="right"><tr><td><img src="/hall.jpg"></td></tr>'
        '<tr><td><font size="1">Neighbours fill the hall for the hearing.</font></td></tr>'
        '<tr><td><i>Gazette photo / Jo Bloggs</i></td></tr></table>') == [
        ("https://news.test/hall.jpg", "Neighbours fill the hall for the hearing.", "Gazette photo / Jo Bloggs")]
    # a last row that is no credit by its label or shape: no figure
    assert _captions(
        '<table><tr><td><img src="/hall.jpg"></td></tr>'
        '<tr><td>Neighbours fill the hall for the hearing.</td></tr>'
        '<tr><td>More news from the county</td></tr></table>') == []


def test_an_image_a_text_and_a_labelled_credit_among_more_blocks_are_a_figure():
    # a page builder's column: the image, the caption and the credit as consecutive blocks
    story = '<div class="t"><p>The council met on Tuesday to debate the budget for the year.</p></div>'
    assert _captions(
        f'{story}<div class="i"><img src="/cart.jpg" alt=""></div>'
        '<div class="t"><p><span style="font-style:italic">Books wait on the cart.</span></p></div>'
        f'<div class="t"><p>Photo: Jo Bloggs</p></div>{story}') == [
        ("https://news.test/cart.jpg", "Books wait on the cart.", "Jo Bloggs")]
    # there the credit must say it is one by its label
    assert _captions(
        f'{story}<div class="i"><img src="/cart.jpg" alt=""></div>'
        '<div class="t"><p>Books wait on the cart.</p></div>'
        f'<div class="t"><p>Gazette photo / Jo Bloggs</p></div>{story}') == []


def test_an_italic_paragraph_under_an_image_may_close_with_a_labelled_credit():
    found = article_figures(
        '<p>The home side won the derby in front of a full hall on Saturday night.</p>'
        '<p><img src="/cheer.jpg" alt=""></p>'
        '<p><em>Cheering after the final whistle.</em><br><small>Foto: Jo Bloggs</small></p>'
        '<p>The visitors led at the break, but the home side turned the game.</p>')
    assert found == [("https://news.test/cheer.jpg", "Cheering after the final whistle.", "Jo Bloggs")]
    # upright text that is no labelled credit: no caption
    assert all(caption is None for _url, caption, _credit in article_figures(
        '<p>The home side won the derby on Saturday night.</p><p><img src="/cheer.jpg" alt=""></p>'
        '<p><em>Cheering after the final whistle.</em><br><small>Read the report</small></p>'))


#: Pages without caption or gallery classes and without microdata, as a figure pass may
#: meet them: figures (one nested in a link, one in a form), figcaptions inside and outside
#: figures, one holding an image, one in a form, the scope itself a figure.
_CLASSLESS_FIGURE_PAGES = (
    '<html><body><article><p>Text.</p></article></body></html>',
    '<html><body><article><figure><img src="/a.jpg"><figcaption>A</figcaption></figure>'
    '<div class="photo"><img src="/b.jpg"><figcaption>B</figcaption></div>'
    '<figcaption><img src="/c.jpg">C</figcaption>'
    '<form><figcaption>D</figcaption><figure><img src="/d.jpg"></figure></form>'
    '<a href="/other"><figure><img src="/e.jpg"></figure></a></article></body></html>',
    '<html><body><figure class="wide"><img src="/f.jpg"><figcaption>F</figcaption>'
    '<figure><img src="/g.jpg"></figure></figure></body></html>',
)


@pytest.mark.parametrize("html", _CLASSLESS_FIGURE_PAGES)
def test_figure_pass_told_no_class_names_a_figure_selects_what_the_whole_pass_selects(html):
    from newscrawl.extract.context import PageContext
    from newscrawl.extract.markup import has_microdata
    ctx = PageContext(html, BASE)
    assert not has_microdata(ctx.tree)
    assert not images.names_figure_classes(ctx.attribute_values("class"))
    for scope in [ctx.body_element, *ctx.body_element, *ctx.elements("figure")]:
        assert images.figures_captions_and_galleries(scope, False, figure_classes=False) \
            == images.figures_captions_and_galleries(scope, False)
        assert images.figures(scope, BASE, microdata=False, figure_classes=False) \
            == images.figures(scope, BASE, microdata=False)


@pytest.mark.parametrize("fragment", images.FIGURE_CLASS_FRAGMENTS)
def test_a_class_holding_a_caption_or_gallery_fragment_names_figures(fragment):
    from newscrawl.extract.context import PageContext
    ctx = PageContext(f'<html><body><article><div class="photo x{fragment}y"><p>A</p></div>'
                      '</article></body></html>', BASE)
    assert images.names_figure_classes(ctx.attribute_values("class"))
    assert not images.names_figure_classes(["photo", "wide", "x"])


def test_the_step_still_finds_a_caption_class_once_the_class_values_are_read():
    from newscrawl.extract.context import PageContext
    from newscrawl.extract.extractor import ExtractionRun
    from newscrawl.model.article import Article
    html = ('<html><body><article><h1>A headline of the story</h1><p>Text of the story.</p>'
            '<div class="pic"><img src="/b.jpg"><p class="wp-caption-text">The harbour</p></div>'
            '</article></body></html>')
    run = ExtractionRun(PageContext(html, BASE), Article(url=BASE), None, None)
    assert not run.microdata
    assert run.figure_classes  # the class values not read yet: the whole pass runs
    run.ctx.attribute_values("class")
    del run.__dict__["figure_classes"]
    assert run.figure_classes  # read: "wp-caption-text" names a caption
    scope = run.ctx.body_element.find("article")
    found, _galleries = images.figures_captions_and_galleries(scope, False, run.figure_classes)
    assert [element.get("class") for element in found] == ["wp-caption-text"]
    # told wrongly that no class names one, the pass would miss it: the flag matters
    assert images.figures_captions_and_galleries(scope, False, False) == ([], [])


def _figure(markup: str):
    return lxml.html.fragment_fromstring(markup)


def test_a_figure_paragraph_after_its_one_image_is_its_caption():
    """Hugo PaperMod's cover (layouts/partials/cover.html): the caption is a paragraph
    after the image, there being no figcaption
    (tests/fixtures/themes/hugo/hugo-papermod-single.html)."""
    figure = _figure('<figure class="entry-cover"><a href="/c.png"><img src="/c.png"></a>'
                     '<p>Build times over two weeks. Photo: Jane Roe</p></figure>')
    assert images.caption_and_credit(figure) == ("Build times over two weeks.", "Jane Roe")


@pytest.mark.parametrize("markup", [
    '<figure><p>A paragraph before the picture</p><img src="/a.png"></figure>',
    '<figure><img src="/a.png"><img src="/b.png"><p>Two pictures</p></figure>',
    '<figure><img src="/a.png"><p>One</p><p>Two</p></figure>',
    '<figure><img src="/a.png"><figcaption>The caption</figcaption><p>More</p></figure>',
])
def test_no_paragraph_caption_before_the_image_beside_two_images_or_a_figcaption(markup):
    assert images.paragraph_caption(_figure(markup)) == "" or "figcaption" in markup
    if "figcaption" in markup:
        assert images.caption_and_credit(_figure(markup))[0] == "The caption"


_ATTRIBUTE_FORMS_PAGE = """<html><body><article class="story">
<figure class="wp-caption"><img src="a.jpg"><figcaption>Harbour <span class="credit">Ann Lee</span>
<span class="image-caption">inner</span></figcaption></figure>
<div class="photo"><div data-src="b.jpg" class="lazy"></div><p class="Caption">Boats <cite>Agency</cite></p>
<p itemprop="caption">Quay at dawn <span itemprop="author">Bo</span></p></div>
<div class="gallery"><img data-srcset="c.jpg 2x" class="slide"><span class="bildunterschrift">Dock</span>
<span class="Copyright">Photo: Cy</span><source class="credit" srcset="d.jpg"><video poster="p.jpg"></video>
<div class="vjs-poster" style="background-image: url(e.jpg)"></div><div class="poster"></div>
<iframe data-src="f.html"></iframe><span itemprop="creditText">Dee</span><span itemprop="copyrightHolder">Ed</span>
<div class="legend"><img src="g.jpg"><span class="legende">in an image box</span></div>
<meta itemprop="contentUrl" content="h.jpg"><picture><source srcset="i.jpg"></picture></div>
</article></body></html>"""


def test_the_attribute_forms_of_the_figure_selections_select_what_the_element_predicates_do():
    # CAPTIONS, CREDIT_ELEMENTS, IMAGES and HAS_CAPTIONED_IMAGE reach elements through
    # their attributes (a speed-up): from every element of a page of our own they select
    # what the same tests written as predicates on every element select, in page order
    caption_class = images._CAPTION_CLASS
    posters = ("descendant::video[@poster]"
               " | descendant::*[contains(@class, 'poster')][contains(@style, 'url(')]")
    predicate_forms = {
        images.CAPTIONS: f"descendant::figcaption | descendant::*[{caption_class} or @itemprop='caption']"
                         f"[not(descendant::img)][not(ancestor::*[{caption_class}][not(descendant::img)])"
                         f" and not(ancestor::figcaption)]",
        images.CREDIT_ELEMENTS: f"descendant::*[{class_has('credit', 'copyright', 'source', 'photographer', 'author', 'rights', 'firma', 'autor', 'fotograf', 'nachweis')}"
                                f" or @itemprop='copyrightHolder' or @itemprop='author' or @itemprop='creditText']"
                                f"[not(self::img or self::source or self::picture or self::button)] | descendant::cite",
        images.IMAGES: "descendant::img | descendant::amp-img | descendant::picture/source"
                       " | descendant::*[@data-src or @data-srcset][not(self::img or self::source)]"
                       " | descendant::meta[@itemprop='url' or @itemprop='contentUrl' or @itemprop='contenturl']"
                       f" | {posters}",
        images.HAS_CAPTIONED_IMAGE: "descendant::img | descendant::amp-img | descendant::picture"
                                    " | descendant::*[@data-src or @data-srcset][not(self::script or self::iframe"
                                    " or self::source or self::video or self::audio or self::embed)]"
                                    f" | {posters}",
    }
    root = lxml.html.document_fromstring(_ATTRIBUTE_FORMS_PAGE)
    for selection, predicate_form in predicate_forms.items():
        reference = lxml.etree.XPath(predicate_form)
        assert selection(root), predicate_form
        for element in root.iter():
            assert selection(element) == reference(element), (predicate_form, element.tag, element.get("class"))


def test_the_figures_and_the_unmarked_images_read_alike_with_one_shared_related_memo():
    # figures() keeps one memo of in_related for its figure elements and its unmarked
    # images: each function gives with a memo it is handed what it gives with its own
    from newscrawl.extract.context import parse_html

    html = ("<html><body><article><figure><img src='/a.jpg'><figcaption>The harbour at dawn"
            "</figcaption></figure><div><img src='/b.jpg'><p><i>Boats in the bay at noon</i></p>"
            "</div><p>Text of the story, long enough to read as prose about the harbour.</p>"
            "</article><footer><figure><img src='/c.jpg'><figcaption>Our office</figcaption>"
            "</figure></footer></body></html>")
    root = parse_html(html)
    related: dict = {}
    elements = images.figure_elements(root, related=related)
    assert elements == images.figure_elements(root) and len(elements) == 1
    taken = [figure for figure, _ in elements]
    assert images.unmarked_figures(root, "https://gull.example/", taken, related=related) \
        == images.unmarked_figures(root, "https://gull.example/", taken)
    assert related


def test_a_figure_with_its_own_figcaption_is_captioned_without_the_caption_selection(monkeypatch):
    # images._own_figcaption: the figure's own <figcaption> is the caption CAPTIONS would
    # give first; the selection (images.captions) runs only for a figure without one
    asked = []
    selection = images.captions
    monkeypatch.setattr(images, "captions", lambda element: asked.append(element) or selection(element))
    figure = lxml.html.fromstring(
        '<figure><figure><img src="/a.jpg"><figcaption>Inner picture</figcaption></figure>'
        '<img src="/b.jpg"><figcaption> </figcaption><figcaption>The harbour at dawn. '
        '<span class="credit">Jane Doe</span></figcaption></figure>')
    assert images.caption_and_credit(figure) == ("The harbour at dawn.", "Jane Doe")
    assert asked == []
    loose = lxml.html.fromstring('<div><img src="/c.jpg"><p class="caption">A quay in the rain</p></div>')
    assert images.caption_and_credit(loose) == ("A quay in the rain", None)
    assert asked == [loose]
    inner = lxml.html.fromstring('<div><figure><img src="/d.jpg"><figcaption>Only inner</figcaption></figure></div>')
    assert images.caption_and_credit(inner) == ("Only inner", None)
    assert asked == [loose, inner]


def test_the_credit_elements_walk_selects_what_the_xpath_selects():
    # images.credit_elements: one walk of the descendants, the same elements in page order
    element = lxml.html.fromstring(
        '<figure class="credit"><img class="credit" src="/a.jpg"><figcaption>A quay '
        '<span class="Photographer-name">Jane Doe</span><cite>Agency</cite>'
        '<b itemprop="copyrightHolder">Owner</b><b itemprop="author name">Not this</b>'
        '<button class="source">Show</button><i class="rights-note">All rights</i>'
        '<!-- a comment --><span class="Credit">X</span><span class="CREDIT">Y</span></figcaption></figure>')
    walked = images.credit_elements(element)
    assert walked == images.CREDIT_ELEMENTS(element)
    assert [e.text for e in walked] == ["Jane Doe", "Agency", "Owner", "All rights", "X"]


_NESTED_CAPTIONS_PAGE = """<html><body><div class="Carousel gallery">
<div class="slide"><img src="a.jpg"><div class="slide-description">One <span class="description">inner</span></div></div>
<div class="slide"><img src="b.jpg"><div class="caption-box"><p class="description">Two</p></div></div>
<div class="slide"><p class="image-description">Three<img src="c.jpg"></p></div>
</div>
<figure><div class="caption-wrap"><img src="d.jpg"><span class="wp-caption-text">Held</span></div>
<div class="legend">Outer <span class="caption">inner</span> <span itemprop="caption">prop</span></div>
<figcaption class="caption">Fig <span class="caption-text">in figcaption</span><figcaption>nested</figcaption></figcaption>
<div class="bildunterschrift"><img src="e.jpg"><span itemprop="caption">beside an image</span></div></figure>
<div class="description"><div class="gallery"><p class="description">Under a description</p></div></div>
</body></html>"""


def test_the_caption_and_slide_selections_test_ancestors_in_python_as_the_xpaths_do():
    # images.captions / images.slide_captions: the XPath's ancestor tests made in Python,
    # each class value read once; the same nodes in the same order from every context
    for page in (_AXES_PAGE, _NESTED_CAPTIONS_PAGE):
        root = lxml.html.document_fromstring(page)
        for context in root.iter():
            if isinstance(context.tag, str):
                assert images.captions(context) == images.CAPTIONS(context), context.tag
                assert images.slide_captions(context) == images.SLIDE_CAPTIONS(context), context.tag
    root = lxml.html.document_fromstring(_NESTED_CAPTIONS_PAGE)
    assert [e.text for e in images.slide_captions(root.find("body/div"))] == ["One "]
    assert [images.text_of(e) for e in images.captions(root.find("body/figure"))] == [
        "Held", "Outer inner prop", "Fig in figcaptionnested", "nested", "beside an image"]


@pytest.mark.parametrize("text, caption, credit", [
    # the sentence's stop inside a closing quote, the credit written on after it
    ("Three sisters in 'The Dry Orchard.' Courtesy of Kestrel Films",
     "Three sisters in 'The Dry Orchard.'", "Courtesy of Kestrel Films"),
    ('The crew of "Low Tide." Jane Roe/AFP', 'The crew of "Low Tide."', "Jane Roe/AFP"),
    # a second sentence after a quoted one is the caption's
    ("She said 'not yet.' Then the boat left.", "She said 'not yet.' Then the boat left.", None),
])
def test_a_credit_after_a_stop_inside_a_closing_quote_is_split(text, caption, credit):
    assert images.split_credit(text) == (caption, credit)


def test_a_credit_element_after_a_caption_closing_with_a_quoted_title_gets_its_space():
    # the caption's span ends "... 'The Dry Orchard.'" and the credit's span follows with no
    # space between: the two are read apart, and the credit split from the caption
    root = lxml.html.fromstring(
        "<figure><img src='https://news.test/a.jpg'><figcaption><span>Three sisters in"
        " 'The Dry Orchard.'</span><span class='x1y2'>Courtesy of Kestrel Films</span>"
        "</figcaption></figure>")
    assert images.caption_and_credit(root) == ("Three sisters in 'The Dry Orchard.'", "Courtesy of Kestrel Films")
    # an apostrophe closing a word without a stop is no sentence's end: nothing is put between
    from newscrawl.extract.markup import joined_pieces
    assert joined_pieces(["the Jones'", "Boat"]) == "the Jones'Boat"
    assert joined_pieces(["in 'Low Tide.'", "Courtesy"]) == "in 'Low Tide.' Courtesy"
