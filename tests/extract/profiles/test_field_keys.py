"""Profile field keys: a key no profile rule can set fails loudly when the profile is built,
and every key a profile may use is an Article field the extractor takes from the profile."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newscrawl import extract_article
from newscrawl.extract.profiles import ProfileVersion, SiteProfile
from newscrawl.extract.profiles.base import PROFILE_FIELDS
from newscrawl.model.article import Article


def profile_with(*field_sets: dict, name: str = "example-news") -> SiteProfile:
    versions = tuple(ProfileVersion(since=dt.date(2020 + i, 1, 1), fields=fields)
                     for i, fields in enumerate(field_sets))
    return SiteProfile(name=name, domains=("news.example",), versions=versions)


def test_a_typo_in_a_field_key_fails_when_the_profile_is_built():
    with pytest.raises(ValueError) as raised:
        profile_with({"headlin": ["h1"]})
    message = str(raised.value)
    assert "'example-news'" in message  # the profile
    assert "'headlin'" in message  # the bad key
    assert "did you mean 'headline'" in message
    assert all(name in message for name in PROFILE_FIELDS)  # the valid keys


def test_an_article_field_the_extractor_never_takes_from_a_profile_is_refused():
    with pytest.raises(ValueError, match=r"'word_count'"):
        profile_with({"word_count": ["p"]})


def test_every_version_is_checked_and_named():
    with pytest.raises(ValueError, match=r"'athors'.*2021-01-01"):
        profile_with({"authors": [".byline"]}, {"athors": [".byline"]})


def test_valid_keys_build_and_no_rules_at_all_is_fine():
    assert profile_with({"headline": ["h1"], "images": ["//img/@src"]}).has_rules("headline")
    assert not profile_with().has_rules("headline")


def test_profile_fields_are_article_fields():
    assert set(PROFILE_FIELDS) <= {f.name for f in dataclasses.fields(Article)}


PAGE = """<!doctype html><html lang="en"><head><title>Site title</title>
<meta property="og:title" content="Meta headline"></head><body>
<h1>Generic headline</h1>
<div id="headline">Profile headline</div>
<div id="description">Profile description of the story.</div>
<div id="authors">Jane Profile</div>
<div id="published">2024-03-05T10:00:00+00:00</div>
<div id="modified">2024-03-06T11:30:00+00:00</div>
<div id="language">de</div>
<div id="section">Profile section</div>
<ul id="tags"><li>alpha</li><li>beta</li></ul>
<img id="picture" src="/profile-picture.jpg" alt="">
<article><p id="body">The profile's own body paragraph, long enough to be a paragraph of text.</p>
<p>A generic paragraph that the generic body extractor would also take as article text.</p>
</article></body></html>"""

RULES = {
    "headline": ["#headline"], "description": ["#description"], "body": ["#body"],
    "authors": ["#authors"], "published_at": ["#published"], "modified_at": ["#modified"],
    "language": ["#language"], "section": ["#section"], "tags": ["#tags li"],
    "images": ["//img[@id='picture']/@src"],
}


def test_the_extractor_takes_every_profile_field_from_the_profile():
    assert set(RULES) == set(PROFILE_FIELDS)
    article = extract_article(PAGE, "https://news.example/story", profile=profile_with(RULES))
    assert {name: article.sources.get(name) for name in PROFILE_FIELDS} == \
        {name: "profile" for name in PROFILE_FIELDS}
    assert article.headline == "Profile headline"
    assert article.body.startswith("The profile's own body paragraph")
    assert article.authors == ["Jane Profile"]
    assert article.published_at == dt.datetime(2024, 3, 5, 10, 0, tzinfo=dt.timezone.utc)
    assert article.language == "de"
    assert article.tags == ["alpha", "beta"]
    assert article.images[0].url == "https://news.example/profile-picture.jpg"
