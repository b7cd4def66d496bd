"""Image captions on layouts the extractor was not written for (issue 14, captions):
whole pages of our own, one per class of caption markup."""

from pathlib import Path

from newscrawl.extract import extract_article

PAGES = Path(__file__).parent / "caption_pages"


def captions_of(name: str, url: str = "https://news.test/2026/04/story") -> list[tuple]:
    article = extract_article((PAGES / name).read_text(encoding="utf-8"), url, profile=False)
    return [(image.caption, image.credit) for image in article.images if image.caption]


def test_a_caption_beside_a_lazy_loading_holder_that_is_no_img():
    # The image is a custom element the page's script fills from data-src; the caption
    # block beside it has no <img> within reach, only that holder.
    assert captions_of("lazy_holder.html") == [
        ("The blue crane was lifted back onto its rails on Tuesday morning.", "Ola Brandt")]
