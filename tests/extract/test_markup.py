"""Markup layer: article scope, bylines, date candidates, related-block filter."""

import importlib

import pytest
import lxml.etree
import lxml.html

from newscrawl.extract import context as page_context, markup
from newscrawl.extract.dates import PUBLISHED_LABEL, UPDATE_LABEL
from newscrawl.extract.context import PageContext, parse_html
from tests.gc_checks import cycles_left_by

PAGE = """<html lang="de-AT"><head><title>T</title>
<link rel="Canonical" href="/story-1"></head><body>
<header><h1>Site logo</h1></header>
<main><article class="story"><h1>The <span>headline</span></h1>
<div class="meta"><span class="byline">Von <a rel="author" href="/autor/jan">Jan Kurz</a></span>
<time datetime="2025-02-27T01:17:00+01:00">27. Februar 2025</time></div>
<div class="body"><p>Text one.</p><p>Text two.</p></div>
<section class="related-articles"><h1>Other headline</h1>
<a rel="author" href="/autor/x">Other Author</a><time datetime="2020-01-01">old</time></section>
</article></main></body></html>"""


def tree():
    return lxml.html.document_fromstring(PAGE)


def test_page_level_values():
    root = tree()
    assert markup.canonical(root) == "/story-1"
    assert markup.html_language(root) == "de-AT"
    assert markup.title(root) == "T"


def test_scope_is_the_article_around_the_body():
    root = tree()
    body = root.xpath("//div[@class='body']")[0]
    assert markup.article_scope(root, body).get("class") == "story"
    assert markup.article_scope(root).get("class") == "story"


def test_headline_candidates_start_in_scope_and_skip_related_blocks():
    root = tree()
    scope = markup.article_scope(root)
    candidates = markup.headline_candidates(scope, root)
    assert candidates[0] == "The headline"
    assert "Other headline" not in candidates


def test_byline_elements_skip_related_blocks():
    root = tree()
    name, elements = markup.byline_elements(markup.article_scope(root), root)
    assert name == "rel-author"
    assert [markup.text_of(e) for e in elements] == ["Jan Kurz"]


def test_class_bylines_inside_listed_items_yield_to_the_one_standing_alone():
    story = "<p>Die Kreuzung wird ab Montag umgebaut, teilte die Stadt mit.</p>" * 3
    replies = "".join(f'<div class="eintrag"><span class="eintrag-autor">{name}</span>'
                      f"<p>Endlich passiert etwas an dieser Kreuzung.</p></div>"
                      for name in ("Karl Vogt", "Ute Lang"))
    page = lxml.html.fromstring(f'<html><body><article><h1>Umbau</h1>{story}'
                                f'<p class="artikel-autor">Text: Jana Roth</p>{replies}</article></body></html>')
    name, elements = markup.byline_elements(page.find(".//article"), page)
    assert (name, [markup.text_of(e) for e in elements]) == ("autor-class", ["Text: Jana Roth"])
    # bylines that all sit in listed items stay (the authors' cards of a story)
    cards = "".join(f'<div class="karte"><span class="karte-autor">{name}</span></div>'
                    for name in ("Karl Vogt", "Ute Lang"))
    page = lxml.html.fromstring(f"<html><body><article><h1>Umbau</h1>{story}{cards}</article></body></html>")
    name, elements = markup.byline_elements(page.find(".//article"), page)
    assert [markup.text_of(e) for e in elements] == ["Karl Vogt", "Ute Lang"]
    # names side by side in one byline are no list
    page = lxml.html.fromstring('<html><body><article><h1>Umbau</h1><div class="zeile">'
                                '<span class="autor">Karl Vogt</span> und <span class="autor">Ute Lang</span>'
                                f"</div>{story}</article></body></html>")
    name, elements = markup.byline_elements(page.find(".//article"), page)
    assert [markup.text_of(e) for e in elements] == ["Karl Vogt", "Ute Lang"]


def test_date_candidates_give_attribute_and_text_outside_related_blocks():
    root = tree()
    found = markup.date_candidates(markup.article_scope(root), markup.PUBLISHED_XPATHS)
    assert found == [("time", "2025-02-27T01:17:00+01:00", "27. Februar 2025")]


def test_commentary_is_no_comments_block():
    # WordPress's post_class prints the post's category on the <article>: an opinion
    # piece's "category-commentary" names no comments
    root = lxml.html.fromstring('<html><body><article class="post category-commentary">'
                                '<figure id="x"><img src="a.png"></figure>'
                                '<div class="comments-area"><p id="y">Nice.</p></div></article></body></html>')
    assert not markup.in_related(root.get_element_by_id("x"))
    assert markup.in_related(root.get_element_by_id("y"))
    assert not markup.names_related("commentator-box") and markup.names_related("commentlist")


def test_in_related_ignores_body_classes():
    root = lxml.html.document_fromstring(
        '<html><body class="has-comments related-enabled"><p id="x">Hi</p></body></html>')
    assert not markup.in_related(root.get_element_by_id("x"))


_RELATED_MEMO_PAGE = """<html><body class="related-body">
<div id="main"><article><footer id="f1"><p id="p1">By Ann</p></footer>
<div class="story"><p id="p2"><img id="i1" src="a.jpg"><span id="s1">x</span></p>
<div class="teaser-box"><p id="p3"><img id="i2" src="b.jpg"></p><div><i id="i3">y</i></div></div>
<aside><p id="p4"><b id="b1">z</b></p></aside></div></article>
<footer><p id="p5">Site</p><div id="comments-1"><p id="p6">c</p></div></footer>
<nav><ul><li id="l1"><a id="a1" href="/x">x</a></li></ul></nav>
<div ID="More-From-Us"><p id="p7">m</p></div><section><p id="p8">s</p></section></div>
</body></html>"""


@pytest.mark.parametrize("tags", [markup.RELATED_TAGS, frozenset({"aside"}), frozenset()])
@pytest.mark.parametrize("article_footer", [False, True])
def test_in_related_with_a_shared_memo_answers_as_without(tags, article_footer):
    # the memo is a speed-up only: asked about every element of the page, in page order,
    # in reverse and twice over, with one memo, each answer is the plain walk's
    root = lxml.html.fromstring(_RELATED_MEMO_PAGE)
    elements = list(root.iter())
    expected = [markup.in_related(e, tags, article_footer) for e in elements]
    assert any(expected) and not all(expected)
    for order in (elements, elements[::-1], elements + elements):
        memo: dict = {}
        answers = {e: markup.in_related(e, tags, article_footer, memo=memo) for e in order}
        assert [answers[e] for e in elements] == expected


def test_in_related_reads_class_and_id_names_in_any_case_each_apart():
    root = lxml.html.document_fromstring(
        '<html><body><div class="Story-Teaser"><p id="a">A</p></div>'
        '<div id="MostRead"><p id="b">B</p></div>'
        '<div class="more" id="from"><p id="c">C</p></div>'
        '<div class="more-from"><p id="d">D</p></div></body></html>')
    found = [markup.in_related(root.get_element_by_id(i)) for i in "abcd"]
    assert found == [True, True, False, True]  # ("more" + "from" are two names, not "more-from")
    # the remembered reading answers as the pattern does, the second time too
    for names in ("Story-Teaser", "MostRead", "more", "from", "more-from", "Story-Teaser"):
        assert markup.names_related(names) == bool(markup.RELATED_NAMES.search(names))


def test_short_texts_find_a_by_line():
    root = lxml.html.document_fromstring(
        "<html><body><article><p>By <b>Jane Doe</b> and John Roe</p><p>Body text.</p></article></body></html>")
    assert "By Jane Doe and John Roe" in markup.short_texts(root)


def test_short_texts_read_the_line_of_a_block_opening_with_an_element():
    # the tail after a date element is the block's text: the line is read whole, though
    # the date element was read for its own text first
    root = lxml.html.document_fromstring(
        "<html><body><article><p class='info'><time datetime='2031-03-12'>12.03.2031</time>"
        " von Jana Roth</p><p>Body text.</p></article></body></html>")
    texts = list(markup.short_texts(root))
    assert texts[:2] == ["12.03.2031", "12.03.2031 von Jana Roth"]
    # a block whose first text is its own is read once, as before (its tail read with it)
    root = lxml.html.document_fromstring(
        "<html><body><article><p>Von <b>Jana</b> Roth</p><p>Body text.</p></article></body></html>")
    assert list(markup.short_texts(root)) == ["Von Jana Roth", "Jana", "Body text."]


def test_an_hcard_marked_author_is_a_declared_author():
    def element(fragment):
        return lxml.html.fragment_fromstring(fragment)
    assert markup.is_hcard_author(element("<span class='author vcard'><a class='fn'>jroth</a></span>"))
    outer = element("<span class='author'><span class='vcard'>jroth</span></span>")
    assert markup.is_hcard_author(outer[0])
    assert markup.is_hcard_author(element("<span class='post-author vcard'>jroth</span>"))
    assert not markup.is_hcard_author(element("<div class='comment-author vcard'>jroth</div>"))
    assert not markup.is_hcard_author(element("<div class='author-box vcard'>jroth</div>"))
    assert not markup.is_hcard_author(element("<span class='author'>jroth</span>"))
    assert not markup.is_hcard_author(element("<span class='vcard'>Ortsblatt</span>"))


class _NoPathFind(lxml.html.HtmlElement):
    """An element whose ElementPath ``find`` must not be asked."""

    def find(self, path, namespaces=None):
        raise AssertionError(f"find({path!r}) asked")


def test_whether_a_block_holds_a_line_break_is_asked_of_the_c_iterator():
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(element=_NoPathFind))
    root = lxml.html.document_fromstring(
        "<html><body><p>By MIRA KOVAC<br>Harbour Times</p><p>By <b>Tom</b> Roe</p>"
        "<br></body></html>", parser=parser)
    broken, plain = root.iter("p")
    assert markup.line_broken_text(broken, markup.text_of(broken)) == "By MIRA KOVAC | Harbour Times"
    assert markup.line_broken_text(plain, "By Tom Roe") == "By Tom Roe"
    line_break = [el for el in root.iter("br")][-1]
    assert markup.line_broken_text(line_break, "") == ""  # (itself no <br> inside it)


def test_a_by_line_broken_by_a_br_is_read_with_its_lines_apart():
    # the name and the line under it touch with no space: read as two lines, not one word
    root = lxml.html.document_fromstring(
        "<html><body><article><h3>By MIRA KOVAC<br>Harbour Times</h3>"
        "<p>Body text that goes on for a while.</p></article></body></html>")
    assert "By MIRA KOVAC | Harbour Times" in markup.short_texts(root)
    # no <br>: the block's text as it is (inline elements are not lines)
    root = lxml.html.document_fromstring(
        "<html><body><article><h3>By <b>Mira</b> Kovac</h3><p>Body text.</p></article></body></html>")
    assert "By Mira Kovac" in markup.short_texts(root)
    # after the headline too
    root = lxml.html.document_fromstring(
        "<html><body><h1>Headline</h1><p><i>By TOM ROE<br>Staff</i></p><p>Story text.</p></body></html>")
    assert ("By TOM ROE | Staff", False) in list(markup.texts_after_headline(root.find(".//h1")))


def test_masthead_h1_is_not_a_headline_candidate():
    root = lxml.html.document_fromstring("""<html><body>
      <div id="top"><a href="/"><h1>Coast Times</h1></a></div>
      <div class="brand"><h1><a href="https://coast.example/">Coast Times</a></h1></div>
      <div class="site-header"><h1 class="article-title">Harbour reopens after storm</h1></div>
      <main><h1>Harbour reopens after storm <a href="/">(home)</a></h1></main>
    </body></html>""")
    h1s = list(root.iter("h1"))
    assert [markup.is_masthead_h1(h) for h in h1s] == [True, True, False, False]
    assert markup.headline_candidates(None, root)[0] == "Harbour reopens after storm"


def test_is_within_is_true_for_the_element_itself_and_its_descendants_only():
    root = tree()
    article = root.find(".//article")
    body, related = article.find("div[@class='body']"), article.find("section")
    paragraph = body.find("p")
    assert markup.is_within(paragraph, body) and markup.is_within(paragraph, article)
    assert markup.is_within(body, body)
    assert not markup.is_within(body, paragraph)  # an ancestor is not inside its child
    assert not markup.is_within(paragraph, related)  # a sibling subtree
    assert not markup.is_within(paragraph, None)
    other = tree().find(".//article")  # the same markup parsed again is another tree
    assert not markup.is_within(paragraph, other)


def test_time_finders_select_what_their_xpaths_select():
    """The <time> finders of the date heuristics (C iteration) select exactly what the
    XPaths they replace select, in the same order, the scope itself excluded."""
    import lxml.etree
    import lxml.html

    root = lxml.html.document_fromstring(
        "<html><body><time class='x'>a</time><div><time pubdate>b</time>"
        "<time class='Published-at'>c</time><time class='date-modified'>d</time>"
        "<time class='lastUpdate'>e</time><p><time>f</time></p></div></body></html>")
    xpaths = {
        "time-pubdate": lxml.etree.XPath(f".//time[@pubdate or {markup.class_has('publish')}]"),
        "time": lxml.etree.XPath(".//time"),
        "time-updated": lxml.etree.XPath(f".//time[{markup.class_has('update', 'modif')}]"),
    }
    finders = dict(markup.PUBLISHED_XPATHS) | dict(markup.MODIFIED_XPATHS)
    for scope in (root, root.find("body"), root.find(".//div"), root.find(".//time")):
        for name, xpath in xpaths.items():
            assert finders[name](scope) == xpath(scope), name
    assert [e.text for e in finders["time-pubdate"](root)] == ["b", "c"]
    assert [e.text for e in finders["time-updated"](root)] == ["d", "e"]


def _groups(html: str, gated: bool, in_body: bool = False, values=None) -> list[tuple[str, list[str]]]:
    """The byline groups of a page, searched with the page's attribute values as the gate
    (``gated``; ``values``: another attribute-values function instead) or without one."""
    ctx = PageContext(html, "https://example.com/story")
    root = ctx.tree
    scope = root.find("body") if in_body else None  # (the scope is searched by every heuristic)
    gate = values if values is not None else ctx.attribute_values if gated else None
    return [(name, [markup.text_of(e) for e in found])
            for name, found in markup.byline_element_groups(scope, root, gate)]


def test_byline_search_given_the_attribute_values_finds_what_the_full_search_finds():
    pages = [
        PAGE,
        '<html><body><p class="byline">By Ann Lee</p><p>Text.</p></body></html>',
        '<html><body><a href="/profile/ann">Ann Lee</a><p>Text.</p></body></html>',
        '<html><body><span itemprop="creator">Ann Lee</span></body></html>',
        # a class word spelled with a character reference is still found (the values are
        # read from the tree, references resolved)
        '<html><body><p class="a&#117;thor">Ann Lee</p><p>Text.</p></body></html>',
        '<html><body><p class="&#x62;yline">Ann Lee</p></body></html>',
        '<html><body><a href="&sol;profile/ann">Ann Lee</a></body></html>',
        '<html><body><p>No byline markup at all.</p></body></html>',
        '<html><body><a href="/autor/ann">Ann Lee</a></body></html>',
        '<html><body><a href="/contributors/ann">Ann Lee</a></body></html>',
        '<html><body><a href="/writers/ann">Ann Lee</a><p>Text.</p></body></html>',
        # a needed string in another attribute than the heuristic's, or in the text only
        '<html><body><p class="x" title="byline">Ann Lee</p><p>The author, Ann.</p></body></html>',
        # the rel test reads the links' values: an author link found, a <link rel=author>
        # in the head (or a rel on another element) no matter
        # strings several heuristics need, each searched for once: still found for each
        '<html><body><div class="contributor-name">Ann Lee</div><p class="author">Bo Li</p>'
        '<p class="yline">x</p></body></html>',
        '<html><head><link rel="author" href="/humans.txt"></head><body><p>By <a rel="author" '
        'href="/u/ann">Ann Lee</a></p></body></html>',
        '<html><head><link rel="author" href="/humans.txt"></head><body><p rel="author">Ann Lee'
        '</p><a rel="nofollow" href="/x">Share</a></body></html>',
    ]
    for html in pages:
        assert _groups(html, True) == _groups(html, False), html
        assert _groups(html, True, in_body=True) == _groups(html, False, in_body=True), html
    assert _groups(pages[5], True) == [("byline-class", ["Ann Lee"])]
    assert _groups(pages[12], True)[0] == ("author-name-class", ["Ann Lee"])
    assert _groups(pages[13], True) == [("rel-author", ["Ann Lee"])]
    ctx = PageContext(pages[14], "https://example.com/story")
    assert ctx.attribute_values("rel", "a") == ["nofollow"]
    assert ctx.attribute_values("rel") == ["author", "author", "nofollow"]
    for html in pages[8:11]:
        assert ("author-link", ["Ann Lee"]) in _groups(html, True, in_body=True), html


def test_byline_heuristics_needing_absent_strings_are_not_walked():
    html = '<html><body><p class="byline">By Ann Lee</p></body></html>'
    # told class values without "byline", the search skips the class heuristic: proof it
    # is the attribute values, not the tree's walk, that decide what is walked
    assert _groups(html, True, values=lambda name, tag=None: ["story"] if name == "class" else []) == []
    assert _groups(html, True) == [("byline-class", ["By Ann Lee"])]
    assert PageContext(html, "https://example.com/a").attribute_values("class") == ["byline"]


def test_the_author_name_class_heuristic_needs_one_of_its_own_words():
    html = ('<html><body><div class="post-author"><span class="AuthorName">Ann Lee</span>'
            '</div></body></html>')
    groups = _groups(html, True, in_body=True)
    assert ("author-name-class", ["Ann Lee"]) in groups
    # told class values holding "author" (what "author-class" needs) but none of the
    # author-name words, the search does not walk the author-name heuristic
    told = _groups(html, True, in_body=True,
                   values=lambda name, tag=None: ["post-author"] if name == "class" else [])
    assert [name for name, _found in told] == ["author-class"]
    # every spelling the heuristic's XPath selects holds one of the strings it needs
    for word in markup.AUTHOR_NAME_CLASS_WORDS:
        for spelling in (word, word[:1].upper() + word[1:]):
            assert any(need in spelling for need in markup.BYLINE_NEEDS["author-name-class"])


def test_class_tests_select_what_testing_every_spelling_selects():
    words = ("date", "publish", "bio", "authorName", "author-name", "x")
    classes = ["date", "Date", "update", "ate", "pub-Publish", "ublish", "io", "Bio", "mbio",
               "authorName", "AuthorName", "author-Name", "ame", "X", "xx", "", "none"]
    root = lxml.html.document_fromstring("<html><body>" + "".join(
        f'<p class="{name}">{name}</p>' for name in classes) + "<p>none</p></body></html>")
    for chosen in (words, words[:1], words[3:5], ("bylineName", "byline__name")):
        test = markup.class_has(*chosen)
        naive = " or ".join(f"contains(@class, '{w}') or contains(@class, '{w[:1].upper()}{w[1:]}')"
                            for w in chosen)
        assert root.xpath(f"//p[{test}]") == root.xpath(f"//p[{naive}]"), chosen
    assert [p.text for p in root.xpath(f"//p[{markup.class_has('date')}]")] == ["date", "Date", "update"]


def test_author_links_select_what_the_href_xpath_selects():
    xpath = lxml.etree.XPath(" or ".join(
        f"contains(., '/{segment}/')" for segment in (
            "author", "authors", "autor", "autoren", "autores", "autori", "autorzy", "auteur",
            "auteurs", "journalist", "profile", "contributors", "columnists", "writers")
    ).join((".//@href[", "]/parent::a")))
    root = lxml.html.document_fromstring(
        '<html><body><a href="/autoren/x">A</a><a href="/autorx/x">B</a><a>C</a>'
        '<a href="https://e.example/authors/">D</a><a href="/author">E</a>'
        '<div><a href="/columnists/y">F</a><link href="/writers/z"></div>'
        '<a href="/Profile/q">G</a><a href="/x/autorzy/a/profile/b">H</a></body></html>')
    for scope in [root, root.find("body"), root.find(".//div"), root.find(".//a")]:
        assert markup.author_links(scope) == xpath(scope)
    assert [e.text for e in markup.author_links(root)] == ["A", "D", "F", "H"]


def test_a_page_without_itemprop_skips_the_microdata_heuristics_with_the_same_result():
    plain = '<html><body><p class="byline">By Ann Lee</p><h1>Headline</h1></body></html>'
    marked = ('<html><body><span itemprop="author">Ann Lee</span><h1>Headline</h1>'
              '<h2 itemprop="headline">Other</h2>'
              '<span itemprop="datePublished" content="2024-01-02">2 Jan</span></body></html>')
    for html, microdata in ((plain, False), (marked, True)):
        root = lxml.html.document_fromstring(html)
        assert markup.has_microdata(root) is microdata
        body = root.find("body")
        values = PageContext(html, "https://example.com/a").attribute_values
        assert (list(markup.byline_element_groups(body, root, values, microdata))
                == list(markup.byline_element_groups(body, root, values)))
        assert (markup.headline_candidates(None, root, microdata)
                == markup.headline_candidates(None, root))
        assert (markup.date_candidates(body, markup.PUBLISHED_XPATHS, microdata)
                == markup.date_candidates(body, markup.PUBLISHED_XPATHS))
    # told there is no microdata, the itemprop heuristics are not walked at all
    root = lxml.html.document_fromstring(marked)
    assert [name for name, _ in markup.byline_element_groups(
        None, root, PageContext(marked, "https://example.com/a").attribute_values, False)] == []
    assert markup.headline_candidates(None, root, False) == ["Headline"]
    assert markup.date_candidates(root, markup.PUBLISHED_XPATHS, False) == []


def test_headings_before_the_story_read_bold_and_classed_headings():
    root = lxml.html.document_fromstring(
        '<html><body><div id="c"><p><b>A bold headline of words</b></p>'
        '<div class="storyhead"><span>The styled headline here</span></div>'
        '<p>Plain text that is no heading at all.</p>'
        '<p>The story opens here with its first paragraph.</p></div></body></html>')
    container = root.get_element_by_id("c")
    assert markup.headings_before_story(
        container, "The story opens here with its first paragraph.") == [
        "The styled headline here", "A bold headline of words"]


#: The first paragraph of the story the headings below are printed before.
_FERRY_OPENING = "The ferry will run twice an hour from Monday, the harbour council said."


def test_the_headings_before_the_story_are_yielded_as_the_list_holds_them():
    root = lxml.html.document_fromstring(
        '<html><body><div id="c"><h2>Weather desk report from the coast</h2>'
        '<div class="related"><h3>Other stories from the same week</h3></div>'
        '<p><b>By Jane Doe Northern Courier</b></p>'
        '<h2>Weather desk report from the coast</h2>'
        '<div class="storyhead"><span>The styled headline here</span></div>'
        '<h1>Harbour reopens after the storm</h1>'
        f'<p>{_FERRY_OPENING}</p></div></body></html>')
    container = root.get_element_by_id("c")
    found = markup.heading_elements_nearest_first(container, _FERRY_OPENING)
    first = next(found)
    assert first[0] == "Harbour reopens after the storm"
    listed = markup.heading_elements_before_story(container, _FERRY_OPENING)
    assert [first, *found] == listed
    assert [text for text, _element in listed] == [
        "Harbour reopens after the storm", "The styled headline here",
        "Weather desk report from the coast"]


#: A page holding what each XPath below selects, nested, beside tails, script and style
#: text, blank texts and a related block.
_AXES_PAGE = """<html class="js"><head><title>T</title><link rel="canonical" href="https://example.com/a"><script>var author = 1;</script></head><body>
<div itemscope itemtype="https://schema.org/NewsArticle"><article>
<h1>Head <b>line</b> tail</h1>
<p class="byline">By <span class="author-name">Ann <i>Lee</i></span>, <a rel="author" href="/author/ann">Ann</a></p>
<div class="byline"><span class="byline__name">Bo Ek</span></div>
<span itemprop="author"><span itemprop="name">Cy Do</span> <b itemprop="name">Di</b></span>
<div class="Author-box"><span class="author">Ed Fo</span><img class="author-avatar"></div>
<span class="autor">Gu Ha</span><span class="autoradio">x</span>
<span class="date">3. Mai 2024</span><span class="publish-date"><em>4 May</em></span>
<div class="date"><p>not a date line</p></div>
<time itemprop="datePublished" datetime="2024-05-03">3 May</time>
<meta itemprop="dateModified" content="2024-05-04">
<p>Text one. <a href="/x">link</a> more</p>  <p> </p>
<p><strong>Jane Doe</strong></p><p><b>Max Mu</b></p>
<style>p {}</style><noscript><img src="x"></noscript>
</article></div><main><p>After</p></main><article><h2>No h1</h2></article>
<aside class="related"><span class="byline">Other</span></aside></body></html>"""


def test_named_descendant_axes_select_what_the_double_slash_forms_select():
    # the byline, date, scope and microdata XPaths walk "descendant-or-self::*/@x" or
    # "descendant::" where they once wrote "//" (one walk instead of a step under every
    # node): the same nodes, in the same order, from every context
    old_forms = {
        "itemprop-author-name": ".//@itemprop[. = 'author' or . = 'creator']/parent::*"
                                "//@itemprop[. = 'name']/parent::*",
        "itemprop-author": ".//@itemprop[. = 'author' or . = 'creator']/parent::*",
        "rel-author": ".//@rel[contains(., 'author')]/parent::a",
    }
    byline = dict(markup.BYLINE_XPATHS)
    pairs = [(byline[name], lxml.etree.XPath(old)) for name, old in old_forms.items()]
    for name in ("author-name-class", "byline-class", "author-class", "autor-class"):
        pairs.append((byline[name], lxml.etree.XPath(byline[name].path.replace(markup.WITHIN, ".//", 1))))
    datelines = dict(markup.DATELINE_XPATHS)
    for xpath in (markup.PUBLISHED_XPATHS[0][1], markup.MODIFIED_XPATHS[0][1], datelines["date-class"]):
        pairs.append((xpath, lxml.etree.XPath(xpath.path.replace(markup.WITHIN, ".//", 1))))
    scope = dict(markup.SCOPE_XPATHS)
    pairs += [
        (scope["itemtype-article"], lxml.etree.XPath(
            "//@itemtype[contains(., 'Article') or contains(., 'BlogPosting')]/parent::*"
            "[not(ancestor::*[contains(@itemtype, 'Article')])]")),
        (scope["article-with-h1"], lxml.etree.XPath("//article[.//h1]")),
        (markup.TEXT_NODES, lxml.etree.XPath(".//text()[normalize-space()]")),
        (markup._FIRST_TEXT_NODES, lxml.etree.XPath(
            f"(.//text()[normalize-space()])[position() <= {markup.BYLINE_TEXT_NODES}]")),
        (markup._ANY_ITEMPROP, lxml.etree.XPath("boolean(//@itemprop)")),
    ]
    # (the page's attribute values the byline gate reads: "/descendant-or-self::*/@x")
    pairs += [(page_context._attribute_xpath(name), lxml.etree.XPath(f"//@{name}", smart_strings=False))
              for name in ("class", "rel", "itemprop", "href")]
    root = lxml.html.document_fromstring(_AXES_PAGE)
    contexts = [root, root.find("body"), *root.iter("article", "p", "span", "aside")]
    for new, old in pairs:
        assert old(root), old.path  # (the page holds something for each to select)
        for context in contexts:
            found, expected = new(context), old(context)
            assert found == expected, (new.path, context.tag)
            if isinstance(found, list):
                assert [getattr(n, "is_tail", None) for n in found] == \
                    [getattr(n, "is_tail", None) for n in expected]
                assert [getattr(n, "getparent", lambda: None)() for n in found] == \
                    [getattr(n, "getparent", lambda: None)() for n in expected]
    for context in contexts:  # (the signature, read in Python: what its XPath selects)
        assert markup.signature_paragraphs(context) == _SIGNATURE_XPATH(context), context.tag


def test_a_bare_time_labelled_as_the_publication_comes_first():
    root = lxml.html.document_fromstring(
        "<html><body><article><h1>Flood schemes</h1><p>Text of the release.</p><ol>"
        "<li><time datetime='2026-03-04'>4 March 2026</time> Corrected a figure.</li>"
        "<li><time datetime='2026-03-03'>3 March 2026</time> First published.</li>"
        "</ol></article></body></html>")
    scope = markup.article_scope(root)
    unlabelled = markup.date_candidates(scope, markup.PUBLISHED_XPATHS)
    assert [value for _name, value, _text in unlabelled] == ["2026-03-04", "2026-03-03"]
    labelled = markup.date_candidates(scope, markup.PUBLISHED_XPATHS, label=PUBLISHED_LABEL)
    assert [value for _name, value, _text in labelled] == ["2026-03-03", "2026-03-04"]


def test_labelled_first_keeps_the_order_when_every_or_no_time_is_labelled():
    root = lxml.html.fromstring(
        "<div><p>Published <time>1 May</time></p><p>Published <time>2 May</time></p>"
        "<p><time>3 May</time></p></div>")
    times = root.findall(".//time")
    assert markup.labelled_first(times[:2], PUBLISHED_LABEL) == times[:2]
    assert markup.labelled_first(times[2:], PUBLISHED_LABEL) == times[2:]
    assert markup.labelled_first([times[2], times[0]], PUBLISHED_LABEL) == [times[0], times[2]]


def test_text_before_reads_the_label_just_before_a_date_element():
    root = lxml.html.fromstring(
        "<div><p>By Ann Lee · <b>Updated</b> <time>1 May</time></p>"
        "<dl><dt>Last updated:</dt><dd><time>2 May</time></dd></dl>"
        "<table><tr><th>Modified</th><td><span><time>3 May</time></span></td></tr></table>"
        "<p><time>4 May</time></p></div>")
    times = root.findall(".//time")
    assert markup.text_before(times[0]) == "By Ann Lee · Updated"
    assert markup.text_before(times[1]) == "Last updated:"  # the <dt> before its <dd>
    assert markup.text_before(times[2]) == ""  # the cell's label only for a cell's own date
    assert markup.text_before(times[3]) == ""  # not the block before
    assert markup.text_before(times[0], limit=7) == "Updated"


def test_updates_last_moves_the_times_after_an_update_label_behind_the_others():
    root = lxml.html.fromstring(
        "<div><span>Last updated:</span> <time>14 Oct</time><br>"
        "<span>Published:</span> <time datetime='2025-10-09'>9 Oct</time> <time>Published 8 Oct</time>"
        "<p>Updated <time>2 Oct</time></p></div>")
    times = root.findall(".//time")
    assert markup.updates_last(times[:3], UPDATE_LABEL, PUBLISHED_LABEL) == [
        times[1], times[2], times[0]]
    # none, or every one, after an update label: the order as it was
    assert markup.updates_last(times[1:3], UPDATE_LABEL, PUBLISHED_LABEL) == times[1:3]
    assert markup.updates_last([times[0], times[3]], UPDATE_LABEL, PUBLISHED_LABEL) == [
        times[0], times[3]]
    assert markup.updates_last(times[:1], UPDATE_LABEL, PUBLISHED_LABEL) == times[:1]
    # nor when no other element states a day (a live page's entries print a time of day)
    live = lxml.html.fromstring(
        "<div><p>Updated <time>21:22, 6 Oct</time></p><p><time>21:01</time> Goodnight</p>"
        "<p><time datetime='2020-10-06'>6 Oct</time></p></div>")
    times = live.findall(".//time")
    assert markup.updates_last(times[:2], UPDATE_LABEL, PUBLISHED_LABEL) == times[:2]
    assert markup.updates_last(times, UPDATE_LABEL, PUBLISHED_LABEL) == [times[1], times[2], times[0]]


def test_the_date_class_walk_given_the_class_values_finds_what_the_full_walk_finds():
    from newscrawl.extract.context import PageContext
    from newscrawl.extract.markup import DATELINE_XPATHS, date_candidates

    pages = ["<html><body><article><p class='Pubdate'>4 May 2024</p><p>Text</p></article></body></html>",
             "<html><body><article><span class='fecha-nota'>4 de mayo</span></article></body></html>",
             "<html><body><div class='&#100;ate'>4.5.2024</div></body></html>",  # a reference
             "<html><body><p class='PublishTime'>4 May 2024</p></body></html>",
             "<html><body><div class='meta'>4 May 2024</div></body></html>"]
    for html in pages:
        ctx = PageContext(html, "https://example.com/a")
        scope = ctx.body_element
        assert date_candidates(scope, DATELINE_XPATHS, class_values=ctx.attribute_values("class")) \
            == date_candidates(scope, DATELINE_XPATHS)
    assert [raw for _name, _attribute, raw in date_candidates(
        PageContext(pages[0], "https://example.com/a").body_element, DATELINE_XPATHS,
        class_values=["Pubdate"])] == ["4 May 2024"]
    # class values without any of the heuristic's words: its walk is skipped
    assert date_candidates(PageContext(pages[0], "https://example.com/a").body_element,
                           DATELINE_XPATHS, class_values=["meta", "story"]) == []


def test_hatom_abbr_gives_its_title_as_the_date():
    page = lxml.html.document_fromstring(
        "<html><body><article><h1>Post</h1><p>Text.</p>"
        "<abbr title='Application Programming Interface'>API</abbr>"
        "<span class='post-timestamp'><abbr class='published' title='2024-05-06T07:08:00-07:00'>"
        "7:08 AM</abbr></span></article></body></html>")
    scope = markup.article_scope(page)
    assert markup.date_candidates(scope, markup.PUBLISHED_XPATHS) == [
        ("abbr-published", "2024-05-06T07:08:00-07:00", "7:08 AM")]
    # (an abbr of another class, or one without a title, dates nothing)
    other = lxml.html.document_fromstring(
        "<html><body><article><h1>Post</h1><abbr class='updated' title='2024-05-07'>x</abbr>"
        "<abbr class='published'>May 6</abbr></article></body></html>")
    assert markup.date_candidates(markup.article_scope(other), markup.PUBLISHED_XPATHS) == []


def test_microdata_date_on_an_abbr_reads_its_title():
    page = lxml.html.document_fromstring(
        "<html><body><article><h1>Post</h1><abbr class='published' itemprop='datePublished' "
        "title='2024-05-06T07:08:00-07:00'>7:08 AM</abbr></article></body></html>")
    found = markup.date_candidates(markup.article_scope(page), markup.PUBLISHED_XPATHS)
    assert found == [("itemprop-datepublished", "2024-05-06T07:08:00-07:00", "7:08 AM")]
    # (the title of any other element is no date value)
    span = lxml.html.document_fromstring(
        "<html><body><article><h1>Post</h1><span itemprop='datePublished' "
        "title='2024-05-06'>6 May</span></article></body></html>")
    assert markup.date_candidates(markup.article_scope(span), markup.PUBLISHED_XPATHS) == [
        ("itemprop-datepublished", "", "6 May")]


def test_links_before_the_first_follow_button_after_the_headline():
    page = lxml.html.document_fromstring(
        "<html><body><div class='q1'><a href='/'>Home</a><button>Follow</button></div>"
        "<h1>Headline</h1><div class='x'><div><a href='/@ann'><img alt=''></a></div>"
        "<div><p><a href='/@ann'>Ann Lee</a></p><span>·</span><p><button>Follow</button></p></div></div>"
        "<p>Story text.</p><div><a href='/@bo'>Bo Chan</a><a href='#'>Follow</a></div></body></html>")
    h1 = page.find(".//h1")
    assert markup.link_texts_before_follow(h1) == ["Ann Lee"]
    # no follow button after the headline: nothing
    bare = lxml.html.document_fromstring(
        "<html><body><h1>Headline</h1><p><a href='/@ann'>Ann Lee</a></p><p>Story.</p></body></html>")
    assert markup.link_texts_before_follow(bare.find(".//h1")) == []
    # a topic beside a follow button (its page is no person's profile) names nobody
    topic = lxml.html.document_fromstring(
        "<html><body><h1>Headline</h1><div><a href='/topic/olaf-scholz'>Olaf Scholz</a>"
        "<button>Folgen</button></div><p>Story.</p></body></html>")
    assert markup.link_texts_before_follow(topic.find(".//h1")) == []


def test_texts_beside_a_portrait_whose_file_name_spells_them_after_the_headline():
    page = lxml.html.document_fromstring(
        "<html><body><h1>Headline</h1><p class='t1'>A standfirst of one line.</p>"
        "<div class='f1'><img src='/team/mirela-szabo-128x128.webp' alt=''><div class='t2'>"
        "<p class='t3'>Mirela Szabó</p><p class='t4'>Field engineer</p></div></div>"
        "<p>Story text.</p></body></html>")
    assert markup.texts_beside_portraits_after(page.find(".//h1")) == ["Mirela Szabó"]
    # a portrait filed under another name, or a picture of something else: nothing
    other = lxml.html.document_fromstring(
        lxml.html.tostring(page).decode().replace("mirela-szabo", "team-photo"))
    assert markup.texts_beside_portraits_after(other.find(".//h1")) == []
    # the name and its portrait before the headline (a site bar): nothing
    before = lxml.html.document_fromstring(
        "<html><body><div><img src='/team/mirela-szabo.jpg'><p>Mirela Szabó</p></div>"
        "<h1>Headline</h1><p>Story text.</p></body></html>")
    assert markup.texts_beside_portraits_after(before.find(".//h1")) == []
    # a list of many pictures (a gallery, teasers) is no byline strip
    gallery = lxml.html.document_fromstring(
        "<html><body><h1>Headline</h1><div><div><p>Mirela Szabó</p></div>"
        + "".join(f"<img src='/team/mirela-szabo-{i}.jpg'>" for i in range(5))
        + "</div><p>Story text.</p></body></html>")
    assert markup.texts_beside_portraits_after(gallery.find(".//h1")) == []


def test_the_rules_after_the_headline_read_the_holders_walked_once():
    # texts_after_headline and link_texts_before_follow read the holders the caller
    # walked once (holders_after_headline) as they read their own walk
    page = lxml.html.document_fromstring(
        "<html><body><h1>Headline</h1><div class='byline'>Ann Lee</div>"
        "<div><p><a href='/@ann'>Ann Lee</a></p><p><button>Follow</button></p></div>"
        "<aside><p>Related story</p></aside><p>Story text.</p></body></html>")
    h1 = page.find(".//h1")
    holders = list(markup.holders_after_headline(h1))
    assert list(markup.texts_after_headline(h1, holders)) == list(markup.texts_after_headline(h1)) \
        == [("Ann Lee", True), ("Ann Lee", False), ("Follow", False), ("Story text.", False)]
    assert markup.link_texts_before_follow(h1, holders) == markup.link_texts_before_follow(h1) \
        == ["Ann Lee"]
    # (what they are given is all they read)
    assert list(markup.texts_after_headline(h1, holders[-1:])) == [("Story text.", False)]
    assert markup.link_texts_before_follow(h1, []) == []


def test_the_headline_text_nodes_select_what_the_double_slash_form_selects():
    # headline_element's XPath walks "//body/descendant::text()" where it once wrote
    # "//body//text()": the same text nodes, in the same order
    old = lxml.etree.XPath("//body//text()[normalize-space() = $headline]")
    root = lxml.html.document_fromstring(
        "<html><head><title>The headline</title></head><body><p>The headline</p>"
        "<div><font>  The\n headline </font> The headline<b>The headline</b></div>"
        "<table><tr><td><b>The headline</b></td></tr></table><p>Other</p></body></html>")
    found = markup._HEADLINE_TEXT_NODES(root, headline="The headline")
    expected = old(root, headline="The headline")
    assert len(expected) == 5
    assert [(node.getparent(), node.is_tail) for node in found] == \
        [(node.getparent(), node.is_tail) for node in expected]
    assert markup.headline_element(root, "The headline") is root.find(".//p")


def test_hatom_date_is_read_in_the_entry_around_the_scope():
    page = lxml.html.document_fromstring(
        "<html><body><div class='post hentry'><h3>Post</h3><div class='post-body' id='b'>"
        "<p>Text.</p></div><div class='post-footer'><abbr class='published' "
        "title='2024-05-06T07:08:00-07:00'>7:08 AM</abbr></div></div>"
        "<div class='sidebar hentry'><abbr class='published' title='2020-01-01T00:00:00Z'>old</abbr>"
        "</div></body></html>")
    body = page.get_element_by_id("b")
    assert [e.get("title") for e in markup.hatom_published(body)] == ["2024-05-06T07:08:00-07:00"]
    # a scope in no entry does not borrow another entry's date
    other = lxml.html.document_fromstring(
        "<html><body><div class='post'><div id='b'><p>Text.</p></div></div>"
        "<div class='hentry'><abbr class='published' title='2020-01-01T00:00:00Z'>old</abbr></div>"
        "</body></html>")
    assert markup.hatom_published(other.get_element_by_id("b")) == []


def test_a_bold_signature_closing_the_story_in_a_paragraph_or_a_div_of_its_own():
    story = "Die Brücke bleibt bis zum Sommer gesperrt, teilte die Stadt mit.<br><br>" * 3
    for closing, expected in [
        ("<p><strong>Jana Roth</strong></p>", ["Jana Roth"]),
        ('<div align="right"><b>Jana Roth (jr)</b></div>', ["Jana Roth (jr)"]),
        # a div holding paragraphs is a container, not a signature; text beside the bold
        # is a sentence
        ("<div><p>Mehr dazu:</p><p><b>Jana Roth</b></p></div>", ["Jana Roth"]),
        ("<div><b>Jana Roth</b> berichtet aus Berlin.</div>", []),
        # a long bold paragraph is a passage of the story, not a signature
        ("<p><b>" + "Die Fähre fährt ab Juni nur noch zweimal am Tag, auch am Wochenende. " * 2
         + "</b></p>", []),
    ]:
        root = lxml.html.fromstring(f"<div>{story}{closing}</div>")
        assert markup.signature_texts(root) == expected, closing


def test_edge_splits_give_the_text_beside_an_opening_or_closing_child_element():
    def splits(snippet):
        return markup.edge_splits(lxml.html.fragment_fromstring(snippet))

    assert splits('<p>Harbour reopens<br><span>12/03/2024 10:15</span></p>') == [
        ("Harbour reopens", "12/03/2024 10:15")]
    assert splits('<h1><span>Tuesday, 12 March 2024</span> Harbour reopens</h1>') == [
        ("Harbour reopens", "Tuesday, 12 March 2024")]
    # one wrapper around all the text is looked into; both edges are offered
    assert splits('<h1><span><small>Topic</small> Harbour reopens <b>Live</b></span></h1>') == [
        ("Harbour reopens Live", "Topic"), ("Topic Harbour reopens", "Live")]
    # text of the element's own before the child (or after it): no split at that edge
    assert splits('<h1>Harbour <span>reopens</span> today</h1>') == []
    # a child holding all the text leaves no rest
    assert splits('<h1><span>Harbour reopens</span></h1>') == []


def test_a_bold_sentence_closing_on_a_year_is_no_heading_before_the_story():
    def headings(bold):
        root = lxml.html.document_fromstring(
            f'<html><body><div id="c"><p><b>{bold}</b></p>'
            '<p>The story opens here with its first paragraph.</p></div></body></html>')
        return markup.headings_before_story(
            root.get_element_by_id("c"), "The story opens here with its first paragraph.")

    assert headings("Crowds gathered on the quay to welcome in 2024.") == []
    assert headings("Harbour fees rise for 2024") == ["Harbour fees rise for 2024"]
    assert headings("Ferry talks resume with the U.S.") == ["Ferry talks resume with the U.S."]


def test_by_named_elements_end_their_class_word_in_by():
    root = lxml.html.document_fromstring(
        '<html><body><div class="gnt_ar_by">A</div><p class="posted-by x">B<span class="by">b</span></p>'
        '<p class="powered-by">C</p><p class="side-by-side">D</p><p class="lobby">E</p>'
        '<p class="byline">F</p><p class="By">G</p><p class="by-author">H</p></body></html>')
    # outermost only; "powered-by", "side-by-side", "lobby", "byline" and "by-author" are not it
    assert [e.text for e in markup.by_named(root)] == ["A", "B", "G"]
    # a sponsor's credit and a list's controls are not it either
    others = lxml.html.document_fromstring(
        '<html><body><p class="sponsored-by">Acme Bank</p><div class="sort-by">Newest</div>'
        '<div class="list filter_by">Most Popular</div></body></html>')
    assert markup.by_named(others) == []


def test_author_links_take_a_persons_page_under_a_shared_word():
    root = lxml.html.document_fromstring(
        '<html><body><a href="/staff/jane-doe">A</a><a href="https://x.example/user/1234">B</a>'
        '<a href="/user/login">C</a><a href="/users/sign_out">D</a><a href="/staff/jobs">E</a>'
        '<a href="/redakteur/jana-roth/">F</a><a href="/people/jane-doe">G</a>'
        '<a href="/user/ann/videos">H</a></body></html>')
    # a login or account page, a section's one-word page, "/people/" (also a topic's page)
    # and a deeper path are no person's page
    assert [e.text for e in markup.author_links(root)] == ["A", "B", "F"]


def test_the_byline_text_leaves_no_reference_cycle():
    # (its walk is a recursive closure: see the scan's test of the same)
    page = lxml.html.document_fromstring(
        "<html><body><div class='byline'><span>Jane Doe</span><div>March 3</div></div></body></html>")
    element = page.find(".//div")
    with cycles_left_by(importlib.import_module("newscrawl.extract.markup")) as cycles:
        assert markup.byline_text(element) == f"Jane Doe{markup.BYLINE_PART_BREAK}March 3"
    assert cycles == []


def test_a_signature_class_names_the_byline_but_not_inside_another_word():
    # "firma", the Spanish and Italian word for a story's signature, as a word of a class
    page = ('<html><body><article><h1>El pozo reabrirá</h1><div class="{outer}">'
            '<span class="{cls}">Marta Gil</span> <span class="sep">|</span> '
            '<span class="lugar">Langreo</span></div><p>Texto.</p></article></body></html>')
    tree = parse_html(page.format(outer="firma-fecha", cls="firma"))
    name, elements = markup.byline_elements(tree.find(".//article"), tree)
    assert name == "autor-class" and "Marta Gil" in [e.text for e in elements]
    tree = parse_html(page.format(outer="cabecera", cls="firmante"))
    assert markup.byline_elements(tree.find(".//article"), tree)[0] != "autor-class"


def test_a_name_is_printed_when_the_body_shows_its_words_outside_its_scripts():
    root = lxml.html.document_fromstring(
        "<html><head><title>Jonas</title></head><body><p>Text by JONAS Brandt.</p>"
        "<script>var author = 'Mara Lind'; var team = 'Brandt';</script>"
        "<p>Lindgren wrote the caption.</p></body></html>")
    assert markup.prints_all_words(root, [["Jonas"]])  # (case aside)
    assert not markup.prints_all_words(root, [["Mara"]])  # only in a script
    assert not markup.prints_all_words(root, [["Lind"]])  # part of a longer word only
    # a word printed once and also named in a script is printed
    assert markup.prints_all_words(root, [["Brandt"]])
    # every word of one group, each where it stands
    assert markup.prints_all_words(root, [["Mara", "Lind"], ["Jonas", "Brandt"]])
    assert not markup.prints_all_words(root, [["Mara", "Brandt"]])
    assert markup.prints_all_words(root, [[]])  # (a name without words)
    # the head's title is not the body
    assert not markup.prints_all_words(lxml.html.document_fromstring(
        "<html><head><title>Jonas</title></head><body><p>Harbour news.</p></body></html>"), [["Jonas"]])
    # two elements' texts touching in the markup are two words
    glued = lxml.html.document_fromstring("<html><body><div><span>By</span><a>Jonas</a></div></body></html>")
    assert markup.prints_all_words(glued, [["Jonas"]])


def test_a_name_is_printed_in_tails_but_not_in_comments():
    root = lxml.html.document_fromstring(
        "<html><body><div><!-- Mara Lind -->Jonas<script>x</script> Brandt"
        "<style>.Lind{}</style></div></body></html>")
    assert markup.prints_all_words(root, [["Jonas", "Brandt"]])  # (a comment's and a script's tails)
    assert not markup.prints_all_words(root, [["Mara"]])
    assert not markup.prints_all_words(root, [["Lind"]])


def _footer_dated_page(footer_parent: str) -> str:
    teasers = "".join(f"<li><a href='/n/{n}'>Other story {n}</a> <time datetime='2026-03-1{n}'>1{n} Mar</time></li>"
                      for n in range(1, 4))
    story = "".join(f"<p>The ferry stayed in port on day {n} as the ice thickened.</p>" for n in range(5))
    footer = ("<footer class='article__meta'><p>Published <time datetime='2026-03-05T07:15:00+01:00'>"
              "5 March 2026, 07.15</time></p></footer>")
    article = f"<h1>Ferry stays in port</h1>{story}"
    if footer_parent == "article":
        body = f"<article>{article}{footer}</article>"
    else:
        body = f"<article>{article}</article>{footer}"
    return f"<html><body>{body}<section class='more-news'><ul>{teasers}</ul></section></body></html>"


def test_an_articles_own_footer_states_its_date():
    # the footer closing the <article> holds the article's date: taken before the teasers'
    root = parse_html(_footer_dated_page("article"))
    found = markup.date_candidates(root, markup.PUBLISHED_XPATHS)
    assert found[0][1] == "2026-03-05T07:15:00+01:00"
    # the page's footer, after the article, stays a related block
    root = parse_html(_footer_dated_page("body"))
    found = markup.date_candidates(root, markup.PUBLISHED_XPATHS)
    assert "2026-03-05T07:15:00+01:00" not in [value for _name, value, _text in found]


def test_a_footer_closes_an_article_only_as_its_nearest_section():
    root = lxml.html.document_fromstring(
        "<html><body><article><footer id='a'></footer><section><footer id='b'></footer></section>"
        "</article><footer id='c'></footer></body></html>")
    assert [markup.closes_article(root.get_element_by_id(i)) for i in "abc"] == [True, False, False]
    # bylines and images still read every footer as related
    assert markup.in_related(root.get_element_by_id("a"))
    assert not markup.in_related(root.get_element_by_id("a"), article_footer=True)


def test_a_bylines_buttons_are_no_part_of_its_text():
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><a href='/a/ks'>Karin Ström</a> <span>ks@paper.example</span>"
        "<div class='share'><button>Dela</button> <button>Spara</button></div></div>")
    assert "Dela" not in markup.byline_text(root) and "Karin Ström" in markup.byline_text(root)
    # a name in a plain element beside the buttons is read
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><button>Follow</button> <span>Jane Doe</span></div>")
    assert markup.byline_text(root).strip() == "Jane Doe"


def _labelled(fragment: str) -> list[str]:
    from newscrawl.extract.authors import is_lead_in_label
    scope = lxml.html.fragment_fromstring(fragment, create_parent="div")
    return list(markup.labelled_texts(scope, is_lead_in_label))


def test_a_labelled_byline_reads_the_names_joined_to_the_first_through_their_own_nodes():
    # "By", a name, "and", a name: each an element of its own (hashed classes)
    assert _labelled('<span class="x1">By </span><a href="/by/a">Ann Lee</a>'
                     '<span class="x1"> and </span><a href="/by/b">Bo Kim</a>'
                     '<p>The story begins here, long after the byline.</p>') == ["Ann Lee and Bo Kim"]
    assert _labelled('<b>Autor:</b> <a href="/a">Ann Lee</a>, <a href="/b">Bo Kim</a>'
                     ' und <a href="/c">Cy Roth</a>') == ["Ann Lee, Bo Kim und Cy Roth"]


def test_a_labelled_byline_does_not_read_on_past_a_text_that_is_no_joint():
    # the node after the name is running text, not "and": the name is read alone
    assert _labelled('<span>By </span><a href="/by/a">Ann Lee</a>'
                     '<span> and friends went to the fair.</span>') == ["Ann Lee"]
    assert _labelled('<span>By </span><a href="/by/a">Ann Lee</a><span>Updated</span>'
                     '<a href="/x">Bo Kim</a>') == ["Ann Lee"]


def test_names_printed_side_by_side_in_alike_elements_are_parts_apart():
    # co-authors one element each, blanks between: three names, not one of eight words
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><span class='name'>Jana Roth</span> <span class='name'>Uwe Karl Berg</span>"
        "\n <span class='name'>Lea Stein</span></div>")
    brk = markup.BYLINE_PART_BREAK
    assert markup.byline_text(root) == f"Jana Roth{brk}Uwe Karl Berg{brk}Lea Stein"
    # one name's words in elements of their own stay one part
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><span class='n'>Jana</span> <span class='n'>Roth</span></div>")
    assert markup.byline_text(root) == "Jana Roth"
    # elements of different classes (a name, then a title) and text between them are no such pair
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><span class='name'>Jana Roth</span> <span class='role'>Senior Editor</span></div>")
    # (the title, opening with a job title's word, is a part of its own: markup.opens_role_line)
    assert markup.byline_text(root) == f"Jana Roth{brk}Senior Editor"
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><span class='name'>Jana Roth</span> <span class='place'>Westmere</span></div>")
    assert markup.byline_text(root) == "Jana Roth Westmere"
    root = lxml.html.fragment_fromstring(
        "<div class='byline'><a>Jana Roth</a> and <a>Uwe Berg</a></div>")
    assert markup.byline_text(root) == "Jana Roth and Uwe Berg"


def test_a_quotation_is_a_blockquote_a_q_or_a_quote_named_block():
    root = lxml.html.fragment_fromstring(
        "<div><blockquote><span id='a'>A</span></blockquote><div class='pullquote'><span id='b'>B</span></div>"
        "<p class='Quote-attribution' id='c'>C</p><q><span id='d'>D</span></q>"
        "<div class='format-quote'><span id='e'>E</span></div><div class='quotes-count'><span id='f'>F</span></div>"
        "<span id='g'>G</span></div>")
    assert [markup.in_quotation(root.get_element_by_id(i)) for i in "abcdefg"] == [
        True, True, True, True, False, False, False]


def test_an_address_is_a_byline_element_inside_an_article_only():
    root = lxml.html.document_fromstring(
        "<html><body><article><h1>T</h1><address id='a'>By Jane Doe</address><p>Text.</p></article>"
        "<address id='b'>1 Harbour Road, Porttown</address></body></html>")
    assert [e.get("id") for e in markup.article_addresses(root)] == ["a"]


# -- the heading before the story on old layouts (seventeenth round) -------------------

_OPENING = "The ferry will run twice an hour from Monday, the harbour council said."


def _headings(inner: str) -> list[str]:
    root = lxml.html.document_fromstring(f'<html><body><div id="c">{inner}</div></body></html>')
    return markup.headings_before_story(root.get_element_by_id("c"), _OPENING)


def test_a_story_opening_after_a_line_break_is_found_in_its_block():
    # the body's first paragraph is the text after a <br> (an old layout's bold headline
    # line, read into the body): the block holding that text is the heading
    def first_line_headings(joint: str) -> list[str]:
        root = lxml.html.document_fromstring(
            f'<html><body><div id="c"><p><font size="3"><b><font size="3">{joint}'
            f' Ferry to run twice an hour</font></b></font></p><p>{_OPENING}</p></div></body></html>')
        return markup.headings_before_story(root.get_element_by_id("c"), "Ferry to run twice an hour")

    assert first_line_headings("<br>") == ["Ferry to run twice an hour"]
    # after an image instead of a line break the container is read from its start, as
    # before: nothing before it
    assert first_line_headings("<img src='a.jpg'>") == []


def test_a_line_styled_bold_inline_is_a_heading_only_as_a_line_of_its_own():
    line = "<span style='font-size:18px;font-weight:bold'>Ferry to run twice an hour</span>"
    assert _headings(f"{line}<br>2024-03-12<br><p>{_OPENING}</p>") == ["Ferry to run twice an hour"]
    # the same span inside a sentence is emphasis, not a heading
    assert _headings(f"Read this: {line} and more words<br><p>{_OPENING}</p>") == []
    # a span with no bold weight is no heading
    plain = line.replace(";font-weight:bold", "")
    assert _headings(f"{plain}<br>2024-03-12<br><p>{_OPENING}</p>") == []


def test_bold_text_wrapped_whole_in_a_kicker_or_dek_element_is_no_heading():
    headline = "<div class='article_headline'><b>Slow ferry wins</b><br></div>"
    for name in ("article_overtitle", "pre-title", "supertitle", "dachzeile", "story-deck"):
        dek = f"<div class='{name}'><font><b>Council sets the timetable for summer</b></font><br></div>"
        assert _headings(f"{headline}{dek}<p>{_OPENING}</p>") == ["Slow ferry wins"], name
    # a wrapper named as the headline's (or the page header's) keeps its bold text
    other = "<div class='entry-header'><font><b>Council sets the timetable for summer</b></font><br></div>"
    assert _headings(f"{headline}{other}<p>{_OPENING}</p>") == [
        "Council sets the timetable for summer", "Slow ferry wins"]


def test_a_bold_byline_is_no_heading_before_the_story():
    head = "<p><b>Ferry to run twice an hour</b></p>"
    assert _headings(f"{head}<p><b>By JANE DOE Associated Press Writer</b></p><p>{_OPENING}</p>") == [
        "Ferry to run twice an hour"]
    # a headline opening with "By" and a lower-case word is no byline
    assert _headings(f"<p><b>By the numbers: ferries this summer</b></p><p>{_OPENING}</p>") == [
        "By the numbers: ferries this summer"]


def test_the_permalink_heading_is_the_heading_linking_the_page_itself():
    url = "https://blog.test/harbour/?p=7638"
    page = ("<html><body><div><h2><a href='https://blog.test/harbour/?p=7001' rel='bookmark'>"
            "An older post about the ferry</a></h2>"
            "<h4><a href='http://www.blog.test/harbour/?p=7638' rel='bookmark' "
            "title='Permanent Link'>Ferry to run twice an hour</a></h4>"
            "<p>Text.</p></div></body></html>")
    root = lxml.html.document_fromstring(page)
    assert markup.permalink_heading(root, url) == "Ferry to run twice an hour"
    # a link to the page without rel=bookmark (a comment form's), or a bookmark link
    # outside a heading, is not it
    plain = page.replace("rel='bookmark' title", "title")
    assert markup.permalink_heading(lxml.html.document_fromstring(plain), url) is None
    loose = page.replace("<h4>", "<p>").replace("</h4>", "</p>")
    assert markup.permalink_heading(lxml.html.document_fromstring(loose), url) is None


#: A page of our own for the walk back from the story: leaves and nested elements, tails
#: beside them, blank texts, a comment, a heading several text nodes above the story.
_BEFORE_STORY_PAGE = """<html><body><table><tr><td id="cell">
<font class="kicker">Valley</font> <br> news<!-- a note --> for <a href="/a">all</a>
<div class="headline">A <i>storm</i> passes over the valley</div>
<span>By <a href="/ann">Ann Lee</a></span> | <em>12 January 2008</em><br>
<p>The storm that crossed the valley left little damage behind it.</p>
<p>Crews cleared the roads by noon.</p></td></tr></table></body></html>"""


def test_texts_before_an_element_are_the_preceding_text_nodes_nearest_first():
    # the walk gives a leaf's texts without a generator of its own: the same texts, in
    # the same order, with the same owners, as the XPath axis read backwards
    root = lxml.html.fromstring(_BEFORE_STORY_PAGE)
    for element in root.iter():
        walked = [(text, owner, is_tail) for text, owner, is_tail in markup._texts_before(element)]
        expected = [(str(node), node.getparent(), node.is_tail) for node in
                    reversed(element.xpath("preceding::text()[normalize-space()]"))]
        assert walked == expected


def test_may_be_heading_memo_answers_as_the_test_it_remembers():
    root = lxml.html.fromstring(_BEFORE_STORY_PAGE)
    may_be_heading = markup._may_be_heading_memo()
    for _ in range(2):  # (asked again: the remembered answer)
        assert [may_be_heading(e) for e in root.iter()] == [markup._may_be_heading(e) for e in root.iter()]


def test_the_bold_headline_above_the_byline_is_the_heading_before_the_story():
    # the texts below it share their cell with it: each asks about the same ancestors
    root = lxml.html.fromstring(_BEFORE_STORY_PAGE)
    cell = root.get_element_by_id("cell")
    assert markup.headings_before_story(
        cell, "The storm that crossed the valley left little damage behind it.") == [
        "A storm passes over the valley"]


def test_a_date_class_naming_the_day_of_viewing_is_no_dateline():
    from newscrawl.extract.markup import DATELINE_XPATHS, date_candidates

    def dateline_texts(html: str) -> list[str]:
        ctx = PageContext(html, "https://example.com/a")
        return [raw for _name, _attribute, raw in date_candidates(ctx.body_element, DATELINE_XPATHS)]

    # the header's bar printing today's date, in the class's words of several languages
    for bar in ("fecha-hoy", "today-date", "current-date", "todaysDate", "fecha-actual"):
        page = (f"<html><body><div class='{bar}'>Jueves, 9 de mayo de 2030</div><article><h1>T</h1>"
                "<span class='item-date'>Lunes, 6 Mayo 2030 10:15</span><p>Text</p></article></body></html>")
        assert dateline_texts(page) == ["Lunes, 6 Mayo 2030 10:15"], bar
    # a story dated today, its date class beside a "today" class of its own, stays
    page = ("<html><body><article><h1>T</h1><span class='date is-today'>Today 5:00 am</span>"
            "<p>Text</p></article></body></html>")
    assert dateline_texts(page) == ["Today 5:00 am"]


def test_the_role_line_of_an_author_card_is_left_out_of_the_byline_text():
    card = lxml.html.fragment_fromstring(
        '<div class="author-card"><div class="author-card__name">Jane Doe</div>'
        '<div class="author-card__role">Community Projects Officer, Harbour Trust</div></div>')
    assert markup.byline_text(card) == "Jane Doe"
    card = lxml.html.fragment_fromstring(
        '<p class="author">By <a href="/a/jd">Jane Doe</a><span class="author-job-title">Staff Writer</span>'
        ' and Tom Roe</p>')
    assert markup.byline_text(card) == "By Jane Doe and Tom Roe"
    # a layout class holding "position" is no role line: the name in it stays
    card = lxml.html.fragment_fromstring(
        '<div class="author"><span class="position-relative">Jane Doe</span></div>')
    assert markup.byline_text(card) == "Jane Doe"


def test_html_language_is_what_the_lang_xpath_selects():
    xpath = lxml.etree.XPath("/html/@lang | /html/@*[name()='xml:lang']")
    pages = [
        '<html lang="en"><body><p>x</p></body></html>',
        '<html xml:lang="de" lang="en"><body><p lang="fr">x</p></body></html>',
        '<html lang="  " xml:lang=" fr-CA "><body>x</body></html>',
        '<HTML LANG=nl><body>x</body></html>',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pt"><body>x</body></html>',
        '<html><body><div lang="es">x</div></body></html>',
        '<p>a fragment without html</p>',
        '<html lang=""><body>x</body></html>',
    ]
    for html in pages:
        root = PageContext(html, "https://example.com/a").tree
        expected = next((value.strip() for value in xpath(root) if value.strip()), None)
        for element in (root, root.find("body"), next(root.iter("p", "div"), root)):
            assert markup.html_language(element) == expected, html
    assert [markup.html_language(PageContext(html, "https://example.com/a").tree) for html in pages[:5]] \
        == ["en", "de", "fr-CA", "nl", "pt"]


def _listed_items_one_way_each(items, headline=None):
    """The walk :func:`markup.listed_items` shares among the items, made for each item on
    its own (the way to the root listed and every ancestor's signature read per item)."""
    chains = []
    for item in items:
        element = item if isinstance(item, lxml.etree._Element) else item.getparent()
        chain = []
        while element is not None:
            chain.append(element)
            element = element.getparent()
        chains.append(chain)
    headline_side = set()
    element = headline
    while element is not None:
        headline_side.add(element)
        element = element.getparent()
    counted: dict = {}
    for chain in chains:
        for child, parent in zip(chain, chain[1:]):
            counted.setdefault((parent, child.tag, child.get("class") or ""), set()).add(child)
    listed = set()
    for index, chain in enumerate(chains):
        for child, parent in zip(chain, chain[1:]):
            if child in headline_side or parent in headline_side:
                break
            if len(counted[(parent, child.tag, child.get("class") or "")]) >= markup.MIN_LIST_ITEMS:
                listed.add(index)
                break
    return listed


def _dated_page(teasers: int, nested: bool, headline_in_list: bool) -> str:
    cards = "".join(
        f"<li class='card'><div class='when'><span>0{n}.01.2019</span></div>"
        f"<a href='/p/{n}'>Other post {n}</a>"
        + ("<ul class='inner'>" + "".join(f"<li class='card'>{m}.02.2019</li>" for m in range(1, 4)) + "</ul>"
           if nested and n == 1 else "")
        + "</li>" for n in range(1, teasers + 1))
    head = "<li class='card'><h1>The story</h1><p>05.03.2020</p></li>" if headline_in_list else ""
    return (f"<html><body><div class='page'><header><h1>Site</h1></header><ul class='rail'>{head}{cards}</ul>"
            "<article><h2>The story</h2><p class='date'>05.03.2020</p><div class='date'>06.03.2020</div>"
            "<p>Text of the story.</p></article></div></body></html>")


@pytest.mark.parametrize("teasers", [0, 1, 2, 3, 5])
@pytest.mark.parametrize("nested", [False, True])
@pytest.mark.parametrize("headline_in_list", [False, True])
def test_listed_items_walking_up_once_for_all_items_finds_what_one_walk_per_item_finds(
        teasers, nested, headline_in_list):
    root = parse_html(_dated_page(teasers, nested, headline_in_list))
    nodes = [node for node in root.xpath("//text()") if ".20" in node]
    headline = root.xpath("//h1")[-1]
    elements = [node.getparent() for node in nodes]
    for items in (nodes, elements, elements + elements[:2], nodes[::-1]):
        for known in (None, headline):
            assert markup.listed_items(items, known) == _listed_items_one_way_each(items, known)
    listed = markup.listed_items(nodes)
    teaser_dates = {i for i, node in enumerate(nodes) if node.getparent().getparent().get("class") == "when"}
    story_dates = {i for i, node in enumerate(nodes) if node.getparent().get("class") == "date"}
    assert len(teaser_dates) == teasers and len(story_dates) == 2
    assert not listed & story_dates  # the story's own dates are never a list's
    # the rail's cards are a list once there are enough of them: their dates are found
    assert (teaser_dates <= listed) == (teasers + headline_in_list >= markup.MIN_LIST_ITEMS) or not teasers
    assert markup.listed_items([]) == set()


def test_author_links_take_a_plural_profile_a_translated_word_and_a_newsroom_page():
    root = lxml.html.document_fromstring(
        '<html><body><a href="/profiles/jane-doe">A</a><a href="/profiles/">B</a>'
        '<a href="https://x.example/perfil/4411-ana-gil">C</a><a href="/autorin/eva-roth/">D</a>'
        '<a href="/autorInnen/jan-kurz">E</a><a href="/redaktion/jana-roth-1234.html">F</a>'
        '<a href="/redaktion/">G</a><a href="/redaktion/kontakt">H</a></body></html>')
    # the bare word is the index of all writers; a newsroom's one-word page is no person's
    assert [e.text for e in markup.author_links(root)] == ["A", "C", "D", "E", "F"]


def test_author_links_take_a_name_linked_to_its_own_mail_address():
    root = lxml.html.document_fromstring(
        '<html><body><a href="mailto:jane.doe@paper.example">Jane Doe</a>'
        '<a href="mailto:jmartin@paper.example">José Martín</a>'
        '<a href="mailto:desk@paper.example">Jane Doe</a>'
        '<a href="mailto:redaktion@paper.example">Redaktion</a>'
        '<a href="mailto:contact@paper.example">Contact the newsroom</a>'
        '<a href="mailto:feedback@paper.example">Site Feedback</a>'
        '<a href="/contact">Jane Doe</a></body></html>')
    # another address (a desk's), one word, a name whose last word the address lacks or
    # a label naming the address itself (no first name before it)
    assert [e.text for e in markup.author_links(root)] == ["Jane Doe", "José Martín"]


def test_links_to_an_author_page_just_after_the_headline():
    root = lxml.html.document_fromstring(
        '<html><body><header><h1>Harbour reopens</h1><p class="k1">'
        '<a href="/journalist/mara_lind"><span class="k2">Mara Lind</span></a></p>'
        '<p>4 March 2031</p><a href="/tags/harbour">Harbour</a></header>'
        '<aside><a href="/journalist/other_one">Other One</a></aside></body></html>')
    h1 = root.find(".//h1")
    assert markup.author_link_texts_after(h1) == ["Mara Lind"]


@pytest.mark.parametrize("inner", [
    "", " ", "\n\t ", "\u00a0 \u2003", "<span>\u200b</span>", "<b> </b>\u2060<i>\ufeff</i>",
    "\u200c<span>\u200d</span>", "<img src='a.jpg'> <br>", "x", "<span> </span><em>word</em>",
    "\u200c\u00e9", "<div><div><p>\u00a0</p></div>deep</div>",
])
def test_holds_text_answers_as_text_of_does(inner):
    """holds_text tells whether text_of is empty, from the first piece that is not."""
    element = lxml.html.fragment_fromstring(f"<div>{inner}</div>")
    assert markup.holds_text(element) is bool(markup.text_of(element))


def test_holds_text_leaves_out_the_element_tail():
    """The element's own tail is not its text (as in text_of)."""
    wrapper = lxml.html.fragment_fromstring("<div><span><img src='a.jpg'></span>tail</div>")
    assert markup.holds_text(wrapper[0]) is False
    assert markup.holds_text(wrapper) is True


def test_menu_link_texts_are_the_folded_links_of_nav_header_and_footer_outside_the_article():
    tree = lxml.html.fromstring(
        "<html><body><header><nav><a href='/r/'>Ratgeber</a><a href='/n/'> News </a></nav></header>"
        "<article><header><a href='/a/'>Anna Weber</a></header><p><a href='/x/'>im Text</a></p></article>"
        "<footer><a href='/i/'>Impressum</a><a href='/l/'>" + "Ein sehr langer Linktext " * 3 + "</a></footer>"
        "</body></html>")
    assert markup.menu_link_texts(tree) == frozenset({"ratgeber", "news", "impressum"})


#: The XPath whose selection :func:`markup.menu_links` gives.
_MENU_LINKS_XPATH = lxml.etree.XPath(
    "//*[self::nav or self::header or self::footer][not(ancestor::article)]//a[not(ancestor::article)]")


@pytest.mark.parametrize("body", [
    "<header><nav><a>R</a><a>N</a></nav><a>H</a></header><article><header><a>A</a></header>"
    "<nav><a>in</a></nav></article><footer><a>I</a><nav><a>F</a></nav></footer>",
    "<nav><a>1</a><article><a>in article</a><footer><a>x</a></footer></article><a>2</a></nav>",
    "<div><article><div><nav><a>deep</a></nav></div></article></div><nav><footer><a>y</a></footer></nav>",
    "<footer><div><header><a>z</a><article><nav><a>no</a></nav></article></header></div><a>w</a></footer>",
    "<p><a>loose</a></p>",
])
def test_menu_links_are_what_the_menu_xpath_selects(body):
    tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    assert markup.menu_links(tree) == _MENU_LINKS_XPATH(tree)
    inner = tree.find("body")
    assert markup.menu_links(inner) == _MENU_LINKS_XPATH(inner)  # (the whole document's)


#: The XPath whose selection :func:`markup.signature_paragraphs` gives.
_SIGNATURE_XPATH = lxml.etree.XPath(
    "(descendant::*[self::p or self::div[not(descendant::p or descendant::div)]]"
    "[normalize-space()][not(descendant::a)])[position() > last() - 2]"
    "[normalize-space() = normalize-space(string(b | strong))]")


@pytest.mark.parametrize("story", [
    "<p>Story text.</p><p><strong>Jane Doe</strong></p>",
    "<p>Story.</p><p><b>Jane Doe</b></p><p><strong> Tom\n Roe </strong> </p>",
    "<p>Story.</p><div align=right><b>Ann Lee (al)</b></div>",
    "<p>Story.</p><div><p><b>Nested</b></p></div>",
    "<p><b>Bold</b></p><p><b>Jane</b> Doe</p><p><b>A link</b> <a href='/x'>x</a></p>",
    "<p><i>x</i><b>Jane Doe</b></p><p><b>One</b><strong>Two</strong></p><p> \u00a0 </p>",
    "<p><b>Jane\u00a0Doe</b>\u00a0</p><p>\t</p>",
    "<p>Only text.</p>",
    "",
])
def test_signature_paragraphs_are_what_the_signature_xpath_selects(story):
    container = lxml.html.fragment_fromstring(f"<div>{story}</div>")
    assert markup.signature_paragraphs(container) == _SIGNATURE_XPATH(container)


def test_own_texts_reads_text_nodes_apart_without_scripts_buttons_or_comments():
    element = lxml.html.fragment_fromstring(
        "<div>By <a>Jane  Doe</a><!-- note --> tips<button>Follow</button><script>x()</script>"
        " end</div>")
    assert list(markup.own_texts(element)) == ["By", "Jane Doe", "tips", "end"]


def test_article_region_climbs_to_the_block_holding_the_headline():
    tree = lxml.html.fromstring(
        "<html><body><div id='page'><header><h1>T</h1></header><div id='main'>"
        "<div id='text'><p>x</p></div></div></div><aside id='side'></aside></body></html>")
    scope, h1 = tree.get_element_by_id("text"), tree.find(".//h1")
    assert markup.article_region(scope, h1).get("id") == "page"
    # the headline in the container, or far off (a masthead's h1 in another column): the
    # container was read already
    assert markup.article_region(scope, None) is None
    assert markup.article_region(scope, tree.get_element_by_id("side")) is None
    assert markup.article_region(tree.find("body"), h1) is None


def test_article_region_is_the_container_holding_an_articles_own_footer():
    tree = lxml.html.fromstring(
        "<html><body><article id='story'><h1>T</h1><p>x</p><footer>By A</footer></article>"
        "<footer id='site'>About us</footer></body></html>")
    story = tree.get_element_by_id("story")
    assert markup.article_region(story, tree.find(".//h1")) is story
    # the page's footer closes no article: no region
    page = lxml.html.fromstring("<html><body><div id='c'><h1>T</h1><p>x</p><footer>A</footer>"
                                "</div></body></html>")
    assert markup.article_region(page.get_element_by_id("c"), None) is None


def test_a_handle_is_the_text_of_a_link_to_the_author_page_its_slug_spells():
    def handle(fragment: str):
        root = lxml.html.fragment_fromstring(f"<div>{fragment}</div>")
        return markup.archive_handle(root[0])
    assert handle('<a href="https://blog.example/author/fri-juli/">fri.juli</a>') == "fri.juli"
    assert handle('<a href="/author/admin/">admin</a>') == "admin"
    assert handle('<a href="/forum/users/tidewatcher.42/">Tidewatcher</a>') == "Tidewatcher"
    assert handle('<span class="by"><a href="/autor/kelpie">kelpie</a></span>') == "kelpie"
    # the index of all writers, another account's page, a name of two words, no archive
    assert handle('<a href="/autoren/">Autoren</a>') is None
    assert handle('<a href="/author/seaspray/">gullwing</a>') is None
    assert handle('<a href="/author/jane-doe/">Jane Doe</a>') is None
    assert handle('<a href="/tags/kelpie/">kelpie</a>') is None
    assert handle('<span>by <a href="/author/kelpie/">kelpie</a> and <a href="/author/gull/">gull</a></span>') is None


def test_the_thread_starter_is_the_data_author_of_a_forums_first_post():
    def starter(body: str):
        root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
        return markup.thread_starter(root, [e.get("class") for e in root.iter() if e.get("class")])
    assert starter('<article class="message message--post" data-author="lampwick" data-content="post-1">a'
                   '</article><article class="message message--post" data-author="Tidewright" '
                   'data-content="post-2">b</article>') == "lampwick"
    assert starter('<ol class="messageList"><li id="post-7" class="message" data-author="gull">a</li></ol>') == "gull"
    # a page of neither engine's markup is not walked
    assert starter('<article data-author="lampwick" data-content="post-1">a</article>') is None
    # a data-author on anything but a forum's post (a byline link, a comment) is not read here
    assert starter('<a class="author" data-author="Jane Doe" href="/author/jane-doe">Jane Doe</a>') is None
    assert starter('<li id="comment-3" data-author="seaspray">c</li>') is None
    assert starter('<p>no posts</p>') is None
    # phpBB: the first post's author line, its member link of class "username"
    assert starter('<div id="p9" class="post bg2"><p class="author">by <strong><a class="username" '
                   'href="./memberlist.php?mode=viewprofile&u=2">bollard_bill</a></strong></p></div>'
                   '<div id="p10" class="post"><p class="author">by <a class="username-coloured">Quay</a>'
                   '</p></div>') == "bollard_bill"
    assert starter('<div id="p9" class="post"><p class="author">by <a href="/u/2">bill</a></p></div>') is None
    assert starter('<div id="p9" class="entry"><p class="author"><a class="username">bill</a></p></div>') is None
    # Discourse's crawler view: the first post's creator span, its itemprop=name
    assert starter('<div id="post_1" class="topic-body crawler-post"><span class="creator" itemprop="author">'
                   '<a href="/u/mara_w"><span itemprop="name">Mara Whitcombe</span></a></span></div>'
                   '<div id="post_2" class="topic-body crawler-post"><span class="creator" itemprop="author">'
                   '<span itemprop="name">tidewright</span></span></div>') == "Mara Whitcombe"
    assert starter('<div id="post_1" class="crawler-post"><span class="author">Mara</span></div>') is None
    # ... and where the forum shows display names, the full name in brackets after the username
    assert starter('<div id="post_1" class="topic-body crawler-post"><span class="creator" itemprop="author">'
                   '<a href="/u/mwhit"><span itemprop="name">mwhit</span></a>\n (Mara Whitcombe)\n'
                   '</span></div>') == "Mara Whitcombe"
    assert starter('<div id="post_1" class="topic-body crawler-post"><span class="creator" itemprop="author">'
                   '<a href="/u/mwhit"><span itemprop="name">mwhit</span></a></span> (edited)</div>') == "mwhit"


def test_named_heading_is_the_first_element_whose_class_or_id_names_a_title():
    tree = lxml.html.fromstring(
        "<html><body><div class='nav'><a class='title' href='/other'>Another story on the site</a></div>"
        "<div class='header'>Harbour Courier news of the week</div>"
        "<span class='subtitle'>Three masts for the hill villages</span>"
        "<span id='Main_storyTitle' class='sections'>Regional carrier adds three rural masts</span>"
        "<div class='title'>Second title of the page here</div></body></html>")
    assert markup.named_heading(tree) == "Regional carrier adds three rural masts"
    assert markup.named_heading(lxml.html.fromstring(
        "<html><body><div class='title'>News</div><p>Text</p></body></html>")) is None


_HOLDERS_PAGE = """<html><body><div class="story"><h1>Harbour reopens after the storm</h1>
<div class="meta"><span class="by">By <a href="/author/ann-lee">Ann Lee</a></span>
<span>3 May 2024</span><a class="btn" href="/follow">Follow</a></div>
<aside><p>Sponsored words</p></aside><p>The harbour of Gullport reopened on Monday.</p></div>
<div class="related-stories"><p>Other story</p><a href="/author/bo-ek">Bo Ek</a></div>
</body></html>"""


def test_the_rules_after_the_headline_read_the_same_with_one_shared_related_memo():
    # one memo of in_related kept for the three rules reading the holders after the h1
    # gives what each rule gives with a memo of its own, and remembers the holders' answers
    root = parse_html(_HOLDERS_PAGE)
    h1 = root.find(".//h1")
    holders = list(markup.holders_after_headline(h1))
    related: dict = {}
    assert list(markup.texts_after_headline(h1, holders, related)) == list(markup.texts_after_headline(h1, holders))
    assert markup.author_links_after(h1, holders, related) == markup.author_links_after(h1, holders)
    assert markup.link_texts_before_follow(h1, holders, related) == markup.link_texts_before_follow(h1, holders)
    assert related and all(related[node] == markup.in_related(node) for node in related)
    assert [markup.text_of(a) for a in markup.author_links_after(h1, holders, related)] == ["Ann Lee"]


def test_outside_related_with_a_memo_kept_by_the_caller_keeps_what_it_keeps_alone():
    root = parse_html(_HOLDERS_PAGE)
    links = root.findall(".//a")
    memo: dict = {}
    assert markup.outside_related(links, memo=memo) == markup.outside_related(links) == links[:2]
    assert markup.outside_related(links[::-1], memo=memo) == markup.outside_related(links[::-1])
    assert memo[links[2]] is True and memo[links[0]] is False


def test_by_lines_outside_the_container_skip_its_lines_related_blocks_and_figures():
    tree = lxml.html.fromstring(
        "<html><body><div><span>By</span> <a>Ines Calloway</a> · 9 May 2031</div>"
        "<article><p>By Dana Holt</p><p>Story text that opens the piece and goes on.</p></article>"
        "<div class='related'><p>By Tom Hadley</p></div><figure><figcaption>By Ruth Penrose</figcaption></figure>"
        "<blockquote><p>By Any Means</p></blockquote>"
        "<p>By the harbour the ferries wait through the long night for the morning tide to turn.</p>"
        "</body></html>")
    scope = tree.find(".//article")
    assert list(markup.by_lines_outside(tree, scope)) == ["By Ines Calloway · 9 May 2031"]
    assert list(markup.by_lines_outside(tree, None))[:2] == ["By Ines Calloway · 9 May 2031", "By Dana Holt"]


def test_a_title_whose_text_holds_markup_is_no_title():
    # a <title> left unclosed, cut in the middle of the next tag: its text runs into the
    # head's markup (RCDATA up to the next </title>) and says nothing of the page
    for broken in ('<title>Television - Coast Tim" />\n</head><body><p>x</p>',
                   "<title>Harbour news</head><body><div id=outer>x</div>"):
        page = lxml.html.document_fromstring(f"<html><head>{broken}</body></html>")
        text = markup.title(page)
        assert text is None or ("/>" not in text and "<" not in text), text
    page = lxml.html.document_fromstring("<html><head><title>Harbour reopens | Coast Times</title>"
                                         "</head><body><p>x</p></body></html>")
    assert markup.title(page) == "Harbour reopens | Coast Times"
    # a title mentioning angle brackets in prose stays
    page = lxml.html.document_fromstring("<html><head><title>Why 3 &gt; 2 in the harbour vote</title>"
                                         "</head><body><p>x</p></body></html>")
    assert markup.title(page) == "Why 3 > 2 in the harbour vote"


def test_byline_elements_in_one_byline_block():
    page = lxml.html.fromstring(
        '<div><div class="byline"><p><a class="n">Ann Lee</a></p><p><a class="n">Bo Kim</a></p></div>'
        '<figure><div class="credit"><a class="n">Cy Park</a></div></figure></div>')
    lee, kim, park = page.xpath('//a[@class="n"]')
    assert markup.in_one_byline_block([lee, kim])
    # a credit elsewhere on the page shares no byline block with the writer
    assert not markup.in_one_byline_block([lee, park])
    assert not markup.in_one_byline_block([])


def test_in_related_reads_an_articles_own_aside_as_the_articles_when_asked():
    root = lxml.html.fromstring(
        "<div><article><header><h1>T</h1><aside id='a'><span id='x'>By</span></aside></header>"
        "<aside class='related' id='r'><span id='y'>Other</span></aside></article>"
        "<aside id='s'><span id='z'>Side</span></aside></div>")
    x, y, z = (root.get_element_by_id(i) for i in "xyz")
    assert [markup.in_related(e) for e in (x, y, z)] == [True, True, True]
    assert [markup.in_related(e, article_aside=True) for e in (x, y, z)] == [False, True, True]


def test_in_comment_reads_the_elements_between_the_scope_and_the_element():
    tree = lxml.html.fromstring('<div class="comments-open"><article class="node"><div class="x">'
                                '<p class="comment__meta"><span>a</span></p><p>b</p></div></article></div>')
    scope = tree.find(".//article")
    span, other = tree.find(".//span"), tree.findall(".//p")[1]
    assert markup.in_comment(span, scope)
    assert not markup.in_comment(other, scope)  # (the class above the scope is not read)
    commentary = lxml.html.fromstring('<article><div class="commentary"><p>c</p></div></article>')
    assert not markup.in_comment(commentary.find(".//p"), commentary)
