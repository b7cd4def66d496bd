"""Tests of the body extractor: the seed pages, then one inline page per heuristic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.extract.body import Body, extract_body
from newscrawl.extract.context import PageContext

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


def body_of(html: str, **kwargs) -> Body | None:
    """Extract the body of an inline page."""
    return extract_body(PageContext(html, "https://example.org/a"), **kwargs)


def collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", ["kyiv-independent-structured.html", "kyiv-independent-bare.html"])
def test_seed_pages_give_the_nine_expected_paragraphs(page):
    if not (SEED / page).exists():
        pytest.skip(f"seed page {SEED / page} absent (needs ../shared beside the checkout)")
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    body = body_of((SEED / page).read_text(encoding="utf-8"))
    assert body is not None
    assert body.paragraphs == [collapse(p) for p in expected["body_paragraphs"]]
    for furniture in expected["not_in_body"]:
        assert furniture not in body.text
