"""Twenty-fifth blind set: sixteen hand-written pages, written at the start of the twenty-third
round to measure its first wave on pages nobody tuned it on.

The pages under tests/fixtures/blind25/ and their expectations (expected.json) were written
blind, like the earlier sets, by two more writers who read neither the extractor
(newscrawl/), the tests, the docs, the corpora nor the other sets: eight pages carrying more
than one story-sized text or a story whose beginning sits apart (an infinite-scroll page with
the next story appended, a story split by a hero video and an ad, a blog post above a long bio
and comment thread, a bold lead inside the body, an editor's pick excerpt mid-body, an opinion
column beside a most-read list, a short local story beside a longer sponsored feature, an
agency story after a background box) and eight pages of modern front-end stacks whose class
names say nothing of the role (Next.js CSS modules, styled-components, Tailwind, Nuxt, Gatsby,
Astro, SvelteKit, a headless CMS rendered by React). Content, people and sites are invented
(.example domains). Each expectation's ``note`` says what the page tests and which judgement
calls were made.

Every page is extracted once, with the generic extractor only, and each field is one test
(``i-`` and ``j-`` name the writer), as ``tests/blind_sets.py`` describes.

Measured blind on 2026-12-07 (06:17 UTC): 117 of 128 page-field tests passed on the round's
start 17f8e8d (one label corrected at the merge: i-local-sponsored's body_first held only the
first of the paragraph's two sentences). The failures are strict xfails in KNOWN_GAPS below.

Fixed since: i-editors-pick not_in_body (another story's excerpt set into the story, a box
titled and closed by links to that story, is furniture: body.boxes.is_story_excerpt);
j-headless-ferry body_first and not_in_body (a block alone in one wrapper with an image
before it, the figure drawn in plain <div>s, is the image's caption, not the story's
opening: body.paragraphs.is_image_caption_block in body.lead.opening_paragraph).

Since fixed: j-nuxt-radbruecke's and j-styled-orchard's captions (s23b-meta25: "Visualisierung"
among the German credit labels; "<Name> for <Publication>" after the caption's last sentence
read as a commissioned photographer's credit); j-headless-ferry's captions (s23b-meta25: an
image's one sibling block closed by a credit element is its caption); j-tailwind-reservoir's
authors (s23b-meta25: a job title between a name alone and the date line after the headline
is passed over, as a reading time is), and with the author known its body_last and
not_in_body (the bio opening with the author's name is left out of the body as before).
"""

from __future__ import annotations

import pytest

from tests.blind_sets import assert_expectations_complete, cases, check

#: What the extractor still gets wrong here (or, where said, a labelling choice).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ('j-astro-museo', 'headline'): "labelling choice: the structured headline (og:title, JSON-LD, <title> agree) differs from the printed h1 the writer labels; on the dev pages where the two are different headlines the labels split (fundus-dev 5 structured : 1 h1, trafilatura-dev 0 : 4) and no structural feature tells them apart",
    ('j-headless-ferry', 'headline'): 'labelling choice: the og:title differs from the printed h1 the writer labels (the <title> names only the site), as j-astro-museo',
}

SET = "blind25"


@pytest.mark.parametrize(("name", "field"), cases(SET, KNOWN_GAPS))
def test_blind25_page(name, field):
    check(SET, name, field)


def test_blind25_expectations_complete():
    assert_expectations_complete(SET, 16)
