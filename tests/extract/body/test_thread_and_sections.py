"""Pages that are not classic news stories, shown on pages written for the project
(tests/extract/pages/): a question-and-answer thread marked up as schema.org items is
read as the question and all its answers (not the longest answer alone), a forum
topic's replies are read with it, as are the posts of a thread in forum software's own
markup (phpBB, XenForo), a blog post's comments stay out, a page built of "text and
image" components is read from all of them, and the text under the headline wins over a
longer dialog kept elsewhere on the page."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newscrawl.extract import extract_article
from newscrawl.extract.body.container import choose_container, forum_posts, thread_posts
from newscrawl.extract.body.names import words_of
from newscrawl.extract.body.scan import scan_page

PAGES = Path(__file__).resolve().parents[1] / "pages"


def body_of(name: str) -> str:
    html = (PAGES / name).read_text(encoding="utf-8")
    return extract_article(html, f"https://example.org/{name}", profile=False).body or ""


def tree_of(name: str):
    return lxml.html.fromstring((PAGES / name).read_text(encoding="utf-8"))


def test_a_question_and_its_answers_are_read_together():
    body = body_of("qa_thread.html")
    for sentence in ("My rye starter smells like nail polish remover",      # the short question
                     "Is it ruined, or only hungry?",
                     "The smell is a sign of a starving culture",          # the accepted answer
                     "A cooler spot slows the culture down"):              # the other answer
        assert sentence in body
    # in page order: the question first
    assert body.index("My rye starter") < body.index("The smell is") < body.index("A cooler spot")
    for furniture in ("This worked for me too", "Which flour do you feed it with",
                      "Baking Answers is a question and answer site", "How long can dough rest",
                      "Site design and logo"):
        assert furniture not in body


def test_thread_posts_are_the_text_blocks_of_the_question_and_answer_items():
    root = tree_of("qa_thread.html")
    texts = [el for el in root.iter("div") if el.get("itemprop") == "text"]
    posts = thread_posts(texts[1])
    assert posts == texts  # all three, in page order, whichever one the container was
    sidebar = root.get_element_by_id("sidebar")[0]
    assert thread_posts(sidebar) == []  # a block of the same class outside the items


def test_a_forum_topics_replies_are_posts_of_the_thread():
    root = tree_of("forum_topic_microdata.html")
    texts = [el for el in root.iter("div") if el.get("itemprop") == "text"]
    assert len(texts) == 3 and thread_posts(texts[0]) == texts
    body = body_of("forum_topic_microdata.html")
    for sentence in ("Does anyone run studded tyres", "I have had studded tyres on mine",
                     "Lower the pressure by a third"):
        assert sentence in body
    assert "Suggested topics" not in body and "Rain covers for kids" not in body


def test_comments_under_a_blog_post_are_not_posts_of_a_thread():
    root = tree_of("blog_comments_microdata.html")
    post = next(el for el in root.iter("div") if el.get("itemprop") == "articleBody")
    assert thread_posts(post) == []
    body = body_of("blog_comments_microdata.html")
    assert "Soak the strands in warm water" in body
    assert "rocking chair" not in body and "Where do you buy your cane" not in body


def test_a_text_and_image_component_is_not_image_furniture():
    assert "image" not in words_of("ContentTextAndImage")
    assert "image" not in words_of("text-image-block")
    assert "image" in words_of("ContentTextAndImage__Image")   # its image part still is
    assert "image" in words_of("article-image")                 # and so is a plain image box
    assert words_of("ContentTextAndImage__Text") == {"text"}    # a capitalised BEM element, no hash
    assert "gg7mw" not in words_of("ImageText_Container__Gg7MW")  # a CSS-modules hash still is one


def test_a_page_of_text_and_image_sections_is_read_from_all_of_them():
    body = body_of("text_and_image_sections.html")
    for sentence in ("Every parcel we send is packed in boxes made of recycled card",
                     "The tape on the boxes is paper tape",
                     "Delivery notes and return labels now come by e-mail only",
                     "The savings go to our card suppliers"):
        assert sentence in body
    assert "Your browser is out of date" not in body
    root = tree_of("text_and_image_sections.html")
    best = choose_container(root.find("body"), scan_page(root.find("body")))
    assert best.get("class", "").startswith("ContentTextAndImage")


def test_the_posts_of_a_phpbb_style_thread_are_read_without_signatures():
    body = body_of("forum_thread_phpbb.html")
    for sentence in ("My pump came out of the winter sump humming",           # the opening post
                     "What should I check before I give up",
                     "Take the impeller out and look at the magnet",           # a one-line reply
                     "Found it, the magnet had a hairline crack"):
        assert sentence in body
    assert body.index("My pump") < body.index("Take the impeller") < body.index("Found it")
    for furniture in ("Two ponds, one heron", "Water gardener since", "Similar topics",
                      "Which pump for a wildlife pond", "Post Reply", "Powered by"):
        assert furniture not in body


def test_the_posts_of_a_xenforo_style_thread_are_read():
    body = body_of("forum_thread_xenforo.html")
    for sentence in ("the night sky in the harbour map turns black",
                     "Same here since the update.",
                     "The sky shader was left out of the patch"):
        assert sentence in body
    for furniture in ("Similar threads", "Pier lanterns do not light", "Terms and rules", "Like"):
        assert furniture not in body


def test_forum_posts_need_a_forum_platforms_post_markup():
    root = tree_of("forum_thread_xenforo.html")
    scan = scan_page(root.find("body"))
    wrappers = [el for el in root.iter("div") if el.get("class") == "bbWrapper"]
    assert forum_posts(wrappers[0], scan) == wrappers
    assert forum_posts(wrappers[0].getparent(), scan) == wrappers  # the container around one
    # blocks of one class that no forum software names so are not gathered this way
    qa = tree_of("qa_thread.html")
    text = next(el for el in qa.iter("div") if el.get("itemprop") == "text")
    assert forum_posts(text, scan_page(qa.find("body"))) == []


def test_a_blog_themes_post_body_class_is_no_forum_post():
    """Whole platform classes only: ``post-body`` blocks (a blog theme's, here a related
    post's excerpt too) are not gathered as a thread."""
    html = ("<html><body><div class='post-body'><p>" + "The main post of the blog. " * 12
            + "</p></div><div class='more'><div class='post-body'><p>"
            + "An excerpt of another post of the same blog. " * 8 + "</p></div></div></body></html>")
    root = lxml.html.fromstring(html)
    scan = scan_page(root.find("body"))
    assert forum_posts(root.find("body")[0], scan) == []
    phpbb = html.replace("'post-body'", "'postbody'")
    root = lxml.html.fromstring(phpbb)
    assert len(forum_posts(root.find("body")[0], scan_page(root.find("body")))) == 2


def test_the_text_under_the_headline_wins_over_a_longer_dialog_elsewhere():
    """A shipping-terms dialog kept at the end of the page (named by id only) holds more
    text than the description under the headline; the description, inside the headline's
    own block, is the container (the recall fallback may still add the dialog's prose)."""
    html = (PAGES / "dialog_after_the_page.html").read_text(encoding="utf-8")
    body = extract_article(html, "https://example.org/douro", profile=False).body
    assert body.startswith("The Douro Valley runs east from Porto")
    assert "Dry red table wines from the same grapes" in body
    assert "Close [X]" not in body
    root = lxml.html.fromstring(html)
    heading = next(root.iter("h1"))
    best = choose_container(root.find("body"), scan_page(root.find("body")), heading=heading)
    assert best.get("class") == "description"
    assert choose_container(root.find("body"), scan_page(root.find("body"))).get("id") == "shipping"
