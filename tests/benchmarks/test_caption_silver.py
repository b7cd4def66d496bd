"""benchmarks/caption_silver.py: a stated caption in the story that the Article lacks is a
recall candidate, an Article caption no markup states is a precision candidate, and
captions outside the story (an aside) or credits alone are not counted."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "caption_silver.py"


def _module():
    spec = importlib.util.spec_from_file_location("caption_silver", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STORY = "".join(f"<p>Paragraph {i} of the story about the harbour ferry and its long winter repairs.</p>"
                for i in range(6))


def _page(figures: str, aside: str = "") -> str:
    return (f'<html><head><title>Ferry</title></head><body><article><h1>The ferry returns</h1>{STORY}'
            f'{figures}</article><aside>{aside}</aside></body></html>')


def test_a_stated_caption_the_article_has_is_no_candidate():
    silver = _module()
    row = silver.page_row("t/1", "news.test", "https://news.test/a",
                          _page('<figure><img src="/f.jpg"><figcaption>The ferry at the quay (Photo: Jo Bloggs)'
                                '</figcaption></figure>'))
    assert row["stated"] == 1 and row["recall"] == [] and row["precision"] == [] and row["cut"] == []


def test_candidates_of_each_kind_and_what_is_not_counted():
    silver = _module()
    figures = ('<figure><img src="/f.jpg"><figcaption>The ferry at the quay</figcaption></figure>'
               '<div class="pic"><img src="/g.jpg" alt="The engine room"><p>The engine room</p></div>'
               '<figure><img src="/c.jpg"><figcaption>Photo: Jo Bloggs</figcaption></figure>'
               '<figure><blockquote>We sail again.</blockquote><figcaption>Jane Roe, the harbour master'
               '</figcaption></figure>')
    row = silver.page_row("t/2", "news.test", "https://news.test/a",
                          _page(figures, aside='<figure><img src="/r.jpg"><figcaption>Another story'
                                            '</figcaption></figure>'))
    # the aside's caption and the credit alone are not stated captions of the story
    assert row["stated"] == 2
    # the unmarked caption is the Article's, stated by no markup: a precision candidate
    assert [c["caption"] for c in row["precision"]] == ["The engine room"]
    # a stated caption the Article lacks is listed for a reader (here a quote's attribution)
    assert [c["text"] for c in row["recall"]] == ["Jane Roe, the harbour master"]
