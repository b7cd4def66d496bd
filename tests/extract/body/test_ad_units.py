"""Tests of the ad units set among a story's paragraphs (newscrawl/extract/body/ad_units.py):
the small box around an AdSense unit, its label and "scroll on" line in whatever
language, is no part of the body; a heading or a paragraph beside a unit is."""

from __future__ import annotations

import lxml.html

from newscrawl.extract.body import extract_body
from newscrawl.extract.body.ad_units import ad_unit_boxes
from newscrawl.extract.context import PageContext

STORY = [
    "The river rose by two metres overnight and flooded the lower streets of the old town.",
    "Firefighters moved forty families to the sports hall, where the council set up beds.",
    "The water began to fall on Sunday afternoon, but the bridge will stay closed all week.",
    "Engineers will inspect its piers on Monday before deciding when traffic can return.",
]
UNIT = '<ins class="adsbygoogle" data-ad-slot="1234"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>'


def page(middle: str) -> str:
    paragraphs = [f'<div style="text-align: justify;">{text}</div>' for text in STORY]
    return (f'<html><body><div class="nav"><a href="/">Home</a></div>'
            f'<div class="post-body">{"".join(paragraphs[:2])}{middle}{"".join(paragraphs[2:])}</div>'
            f'</body></html>')


def body_paragraphs(html: str) -> list[str]:
    body = extract_body(PageContext(html, "https://example.org/2026/11/flood.html"))
    assert body is not None
    return body.paragraphs


def test_the_box_of_an_ad_unit_with_its_label_lines_is_no_part_of_the_body():
    # a label and a "scroll on" line no phrase list knows: the unit's box tells them
    box = f'<div class="x9"><div class="k2">ZZAD</div>{UNIT}<div class="k3">WEITER NACH UNTEN ROLLEN</div></div>'
    assert body_paragraphs(page(box)) == STORY


def test_a_heading_beside_an_ad_unit_stays():
    box = f'<div class="x9"><h2>Roads closed</h2>{UNIT}</div>'
    assert body_paragraphs(page(box)) == STORY[:2] + ["Roads closed"] + STORY[2:]


def test_a_paragraph_beside_an_ad_unit_stays():
    sentence = "The mayor thanked the volunteers who filled sandbags through the night."
    box = f'<div class="x9"><div>{sentence}</div>{UNIT}</div>'
    assert body_paragraphs(page(box)) == STORY[:2] + [sentence] + STORY[2:]


def test_the_box_stops_below_the_part_and_other_ins_elements_are_no_unit():
    root = lxml.html.fromstring(
        f'<div><p>{STORY[0]}</p><div class="b"><span>ZZAD</span>{UNIT}</div>'
        '<p><ins>an insertion</ins> in the text</p></div>')
    boxes = ad_unit_boxes(root)
    assert [box.get("class") for box in boxes] == ["b"]
