"""Class, id and component names (newscrawl.extract.body.names)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article
from newscrawl.extract.body.names import (furniture_role_box, has_furniture_role, is_hidden,
                                          looks_like_boilerplate, name_words, words_of,
                                          words_of_name)


def _element(html: str):
    return lxml.html.fragment_fromstring(html)


def test_an_element_without_attributes_has_no_names_and_is_not_hidden():
    element = _element("<div>text</div>")
    assert name_words(element) == frozenset()
    assert not is_hidden(element) and not looks_like_boilerplate(element)


def test_attributes_that_name_nothing_give_no_names():
    assert name_words(_element("<a href='/x' title='share'>x</a>")) == frozenset()


def test_class_and_id_give_words():
    assert name_words(_element("<div class='story-body' id='main'>x</div>")) \
        == frozenset({"story", "body", "storybody", "main"})


def test_a_component_name_counts_beside_class_and_id_and_other_attributes():
    element = _element("<div class='box' data-component='share-bar'>x</div>")
    assert {"box", "share", "bar"} <= name_words(element)
    assert looks_like_boilerplate(element)
    assert "related" in name_words(_element("<div lang='en' data-testid='related'>x</div>"))
    assert "newsletter" in name_words(_element("<div data-area='newsletter'>x</div>"))


def test_the_attribute_names_a_caller_has_read_give_the_same_answers():
    for html in ("<div>x</div>", "<div class='share'>x</div>", "<div style='display: none'>x</div>",
                 "<span hidden>x</span>", "<p aria-hidden='true' id='related'>x</p>",
                 "<div style='color: red' data-testid='newsletter'>x</div>",
                 "<div class='d-none'>x</div>", "<div class='hidden md:flex'>x</div>"):
        element = _element(html)
        attributes = element.keys()
        assert is_hidden(element, attributes) == is_hidden(element)
        assert name_words(element, attributes) == name_words(element)
        assert looks_like_boilerplate(element, attributes=attributes) \
            == looks_like_boilerplate(element)
    assert is_hidden(_element("<div style='display:none'>x</div>"), ["style"])
    assert not is_hidden(_element("<div style='display:none'>x</div>"), ["id"])


def test_a_frameworks_hiding_class_hides_an_element_on_every_screen():
    for names in ("d-none", "box hidden", "!hidden mt-2", "hidden! p-4", "invisible", "hide",
                  "is-hidden notice"):
        element = _element(f"<div class='{names}'>x</div>")
        assert is_hidden(element), names
        assert is_hidden(element, element.keys()), names


def test_a_responsive_or_screen_reader_class_or_a_word_containing_hidden_does_not_hide():
    for names in ("d-md-none", "hidden-xs", "hidden-sm hidden-md", "sr-only", "visually-hidden",
                  "screen-reader-text", "overflow-hidden", "is-hidden-mobile", "hidden-content",
                  "unhide", "d-none-print"):
        assert not is_hidden(_element(f"<div class='{names}'>x</div>")), names


def test_a_class_that_shows_the_element_again_on_some_screens_wins():
    for names in ("hidden md:block", "hidden lg:!flex", "d-none d-md-block", "d-none d-lg-flex",
                  "invisible sm:visible", "hidden group-hover:block"):
        assert not is_hidden(_element(f"<div class='{names}'>x</div>")), names
    # a print-only display is no screen's
    assert is_hidden(_element("<div class='d-none d-print-block'>x</div>"))


def test_a_page_builders_widget_names_its_nesting_not_furniture():
    for html in ("<div class='elementor-widget-container'>x</div>",
                 "<div class='elementor-element elementor-widget elementor-widget-text-editor'>x</div>",
                 "<div class='so-widget-sow-editor'>x</div>"):
        assert not looks_like_boilerplate(_element(html)), html
    # a theme's sidebar widget is furniture, and so is a builder's widget named for a role
    assert looks_like_boilerplate(_element("<section class='widget widget_text'>x</section>"))
    assert looks_like_boilerplate(_element("<div class='elementor-widget-share-buttons'>x</div>"))


def test_the_elements_of_an_ad_block_are_named_as_the_ad():
    # BEM: the block's words do not count ...
    assert name_words(_element('<div class="sidebar-grid__content">x</div>')) == {"content"}
    assert not looks_like_boilerplate(_element('<p class="article-body__label">x</p>'))
    # ... unless the block is an ad slot: each element of it is a part of the ad
    for name in ("ad__section-border", "ad__label__center", "ad-slot__inner__2u45U", "ads__note"):
        assert looks_like_boilerplate(_element(f'<div class="{name}">Story continues below</div>'))
    assert "adslot" in name_words(_element('<div class="ad-slot__inner">x</div>'))
    # a block whose name only holds the letters is not one ("head__title", "address__line")
    assert not looks_like_boilerplate(_element('<div class="address__line">x</div>'))
    assert not looks_like_boilerplate(_element('<div class="load__more-text">x</div>'))


def test_a_spanish_or_italian_byline_and_date_block_is_named_as_furniture():
    for name in ("firma-fecha", "firma", "fecha-pub", "fecha_hora"):
        assert looks_like_boilerplate(_element(f'<div class="{name}">Marta G. Cuervo | 05/12/2026</div>'))
    # whole words only: a word that holds the letters is no such name
    for name in ("confirmation", "firmware-notes", "fechado-text"):
        assert not looks_like_boilerplate(_element(f'<div class="{name}">x</div>'))


def test_an_authors_block_named_in_an_italian_class_is_furniture():
    for name in ("box-autore", "autore", "autori-articolo"):
        assert looks_like_boilerplate(_element(f'<div class="{name}">Marco Bellini, cronista</div>'))
    # whole words only: "autorizzazione", "autoreply" hold the letters and are no such name;
    # the Spanish "autor-foto" is a photo credit inside a caption, not the author's block
    for name in ("autorizzazione", "autoreply", "automotive", "autor-foto"):
        assert not looks_like_boilerplate(_element(f'<div class="{name}">x</div>'))


def test_a_comment_thread_named_in_a_compound_or_in_another_language_is_furniture():
    # WordPress's comment form and classic comment list, other threads' compounds, and the
    # plural "comments" of German, Spanish / Portuguese, French, Italian and Polish class names
    for name in ("commentform", "commentlist", "commentmetadata", "commentshead",
                 "kommentare", "art-comentarios", "commentaires", "box-commenti",
                 "komentarze"):
        assert looks_like_boilerplate(_element(f'<div class="{name}">Name: Post a comment</div>'))
    # an opinion column is content ("commentary"); the German singular "Kommentar" names
    # one too, and a word that only starts with the letters ("commenta") is no compound
    # (the Polish singular "komentarz" as well)
    for name in ("commentary", "story-commentary", "kommentar", "commenta", "komentarz"):
        assert not looks_like_boilerplate(_element(f'<div class="{name}">x</div>'))


def test_spips_thread_is_furniture_and_a_forum_alone_is_not():
    # SPIP's distributed templates: <li class="forum-fil"> holding <div class="forum-message">
    for name in ("forum-fil", "forum-message"):
        assert looks_like_boilerplate(_element(f'<div class="{name}">Enfin ! Bonne décision.</div>'))
    # "forum" alone (forum software's posts, a site's forum link) and SPIP's article text
    for name in ("forum", "forum-link", "texte entry-content", "chapo"):
        assert not looks_like_boilerplate(_element(f'<div class="{name}">x</div>'))


def test_a_caption_named_in_another_language_is_furniture():
    for name in ("didascalia", "foto-leyenda", "legenda-imagem", "bild-legende", "bildunterschrift"):
        assert looks_like_boilerplate(_element(f'<td class="{name}">Il nuovo organo (foto Rossi)</td>'))
    # a name that only holds the letters is no caption ("legendary" in a story's class)
    for name in ("legendary-story", "testonotizia"):
        assert not looks_like_boilerplate(_element(f'<td class="{name}">x</td>'))


def test_an_aria_role_of_furniture_names_the_element_as_that_furniture():
    assert "modal" in name_words(_element("<div class='x1q' role='dialog'>x</div>"))
    assert "modal" in name_words(_element("<div role='alertdialog'>x</div>"))
    assert "modal" in name_words(_element("<div id='p9' aria-modal='true'>x</div>"))
    assert "sidebar" in name_words(_element("<div role='complementary'>x</div>"))
    assert "footer" in name_words(_element("<div class='k2' role='contentinfo'>x</div>"))
    assert looks_like_boilerplate(_element("<section role='Dialog'>x</section>"))


def test_roles_of_the_main_text_or_of_a_menu_name_nothing():
    # a menu <div> left open can swallow the page; the banner holds the headline
    for html in ("<div role='main'>x</div>", "<div role='article'>x</div>",
                 "<div role='navigation'>x</div>", "<div role='banner'>x</div>",
                 "<div aria-modal='false'>x</div>", "<div role=''>x</div>"):
        assert not looks_like_boilerplate(_element(html)), html
        assert not has_furniture_role(_element(html)), html


def test_the_furniture_role_box_is_the_nearest_such_ancestor_unless_it_holds_the_headline():
    page = lxml.html.fromstring(
        "<html><body><div role='dialog'><div class='a'><p id='in'>x</p></div></div>"
        "<div role='dialog'><h1 id='h'>Headline</h1><div><p id='story'>y</p></div></div>"
        "<main><p id='out'>z</p></main></body></html>")
    inner = page.get_element_by_id("in")
    assert furniture_role_box(inner) is inner.getparent().getparent()
    assert furniture_role_box(page.get_element_by_id("out")) is None
    story, heading = page.get_element_by_id("story"), page.get_element_by_id("h")
    assert furniture_role_box(story) is not None
    assert furniture_role_box(story, heading) is None  # the page's own view of the story


def test_a_values_words_are_the_union_of_its_names_words_each_read_once():
    value = "is-sticky relatedPosts entry__content--wide ad-slot__inner elementor-widget-container"
    union = frozenset().union(*(words_of_name(name) for name in value.split()))
    assert words_of(value) == union
    assert {"related", "relatedposts", "content", "ad", "adslot"} <= union
    assert words_of_name("is-sticky") == frozenset()  # a state, not a role
    words_of.cache_clear()
    words_of_name.cache_clear()
    words_of("row col-6 story-body")
    words_of("row col-12")  # another value, two of its names read before
    assert words_of_name.cache_info().misses == 4


def test_only_a_name_opening_with_a_compound_prefix_adds_the_prefix():
    assert "related" in words_of_name("relatedposts")
    assert "share" in words_of_name("sharebar")
    assert "share" not in words_of_name("shared") and "comment" not in words_of_name("commentary")
    assert words_of_name("story-body") == frozenset({"story", "body", "storybody"})


def test_a_segment_without_a_capital_is_one_word_and_a_capitalised_one_is_still_cut():
    assert words_of_name("col-md-6") == frozenset({"col", "md", "6", "colmd6"})
    assert words_of_name("readMore") == frozenset({"read", "more", "readmore"})
    assert words_of_name("n1AuAdJlVL") == frozenset({"n1auadjlvl"})  # a generated token, one word
    assert words_of_name("Ünter") == frozenset({"ünter"})


def test_a_builds_hash_shaped_names_are_no_words():
    # atomic CSS: four or more hash-shaped names in one value; 'kzVH' is no "vh"
    assert "vh" not in words_of("Rmpq dGwo hYtx WqLs kzVH")
    # styled-components: its component id beside the generated class ('jcAdZ' is no ad)
    assert words_of("sc-hTqWmn jcAdZ") == frozenset()
    assert "vh" not in words_of("Teaser__Wrapper-sc-7hq2xd-0 pqrzVh")
    assert words_of_name("Footer__Link-sc-h30m1t-12") == frozenset({"link"})
    assert words_of_name("sc-bdfBwQ") == frozenset()
    # Emotion's hash has no capital: one word
    assert words_of_name("css-1x2y3z") == frozenset({"css", "1x2y3z", "css1x2y3z"})


def test_a_persons_short_camel_case_names_stay_words():
    assert {"ad", "nav"} <= words_of("topAd navUS")
    assert {"img", "ad"} <= words_of("imgL adL mnAd")  # three: no build shown
    assert "vh" in words_of("ebVH")  # alone, a hash and a name look alike
    assert {"article", "body"} <= words_of("articleBody sc-hTqWmn")  # longer than a hash
    assert "byline" in words_of("bylineName jcAdZ")
    assert "nav" in words_of("mainNavItem Menu__Item-sc-4kd9s-0 hyMvIt")


def test_paragraphs_with_hashed_class_names_stay_in_the_story():
    """A page of an atomic-CSS build and of styled-components: the paragraphs whose hash
    reads like "vh", "sr" or "ad" when cut at its capitals stay in the story."""
    html = (Path(__file__).resolve().parent / "pages" / "hashed_class_names.html").read_text(
        encoding="utf-8")
    body = extract_article(html, "https://example.org/hashed", profile=False).body
    for sentence in ("The town council voted on Tuesday night",  # kzVH
                     "The new bridge will be a steel span",
                     "Work is due to start in the spring",      # fjSR
                     "Residents who spoke at the meeting",      # jcAdZ
                     "The council will publish the detailed drawings"):
        assert sentence in body
    assert body.index("The town council") < body.index("Work is due") < body.index("Residents")
    assert "Advertisement" not in body and "Wharf Lane" not in body
