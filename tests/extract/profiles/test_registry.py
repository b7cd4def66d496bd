"""The profile registry: names, declarations, domain lookup, versions, spiders."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from newscrawl.extract.language import normalise_language
from newscrawl.extract.profiles import ProfileVersion, SiteProfile, all_profiles, get_profile, profile_for_url
from tests import processes

ROOT = Path(__file__).resolve().parents[3]
PROFILES = all_profiles()
NAMES = [p.name for p in PROFILES]


def test_at_least_eleven_profiles_in_several_languages():
    assert len(PROFILES) >= 11
    assert "kyivindependent" in NAMES
    assert len({p.language for p in PROFILES}) >= 5


def test_names_are_unique_lower_case_spider_names():
    assert len(NAMES) == len(set(NAMES))
    for name in NAMES:
        assert re.fullmatch(r"[a-z][a-z0-9-]*", name), name


@pytest.mark.parametrize("profile", PROFILES, ids=NAMES)
def test_declares_domains_timezone_language_and_entry_points(profile):
    assert profile.domains and all(d == d.lower() and "/" not in d for d in profile.domains)
    assert ZoneInfo(profile.timezone)  # a valid IANA name
    assert normalise_language(profile.language) == profile.language
    assert profile.start_urls or profile.feeds or profile.sitemaps
    for url in profile.start_urls + profile.feeds + profile.sitemaps:
        assert url.startswith("https://") and profile.matches_domain(url.split("/")[2].removeprefix("www."))


@pytest.mark.parametrize("profile", PROFILES, ids=NAMES)
def test_domains_resolve_to_the_profile(profile):
    for domain in profile.domains:
        assert profile_for_url(f"https://{domain}/some/article") is profile
        assert profile_for_url(f"https://www.{domain}/some/article") is profile


def test_most_specific_domain_wins():
    assert profile_for_url("https://de.euronews.com/2024/04/30/x").name == "euronews-de"
    assert profile_for_url("https://www.euronews.com/2024/04/30/x").name == "euronews"
    assert profile_for_url("https://fr.euronews.com/2024/04/30/x").name == "euronews"


def test_unknown_and_lookalike_hosts_have_no_profile():
    assert profile_for_url("https://example.org/news/1") is None
    assert profile_for_url("https://notfaz.net/aktuell/x-12345678.html") is None


@pytest.mark.parametrize("profile", PROFILES, ids=NAMES)
def test_versions_are_ordered_and_rules_compiled(profile):
    days = [since for since, _label, _rules in profile._compiled]
    assert days == sorted(days)
    for _since, _label, rules in profile._compiled:
        for field_rules in rules.values():
            assert field_rules and all(callable(r) or isinstance(r, str) for r in field_rules)


def test_version_for_picks_the_version_in_force():
    profile = SiteProfile(name="t", domains=("t.example",), versions=(
        ProfileVersion(since=dt.date(2024, 6, 1), label="new", fields={"headline": ["h2"]}),
        ProfileVersion(since=dt.date(2020, 1, 1), label="old", fields={"headline": ["h1"]}),
    ))
    assert profile.version_for(dt.date(2023, 1, 1))[0] == "old"
    assert profile.version_for(dt.datetime(2024, 6, 1, 12, tzinfo=dt.timezone.utc))[0] == "new"
    assert profile.version_for(None)[0] == "new"


ARTICLE_AND_OTHER_URLS = {
    "apnews": ("https://apnews.com/article/a-slug-0123456789abcdef0123456789abcdef",
               "https://apnews.com/hub/elections"),
    "reuters": ("https://www.reuters.com/world/europe/some-story-2024-03-07/",
                "https://www.reuters.com/world/europe/"),
    "themirror": ("https://www.mirror.co.uk/news/uk-news/some-story-33386398",
                  "https://www.mirror.co.uk/all-about/weather"),
    "telegraph": ("https://www.telegraph.co.uk/politics/2024/09/16/some-story/",
                  "https://www.telegraph.co.uk/authors/a/someone/"),
    "faz": ("https://www.faz.net/aktuell/politik/some-story-19655247.html",
            "https://www.faz.net/redaktion/someone-18216016.html"),
    "welt": ("https://www.welt.de/politik/article253202060/Some-Story.html",
             "https://www.welt.de/themen/wetter/"),
    "sueddeutsche": ("https://www.sueddeutsche.de/sport/some-story.GoPAarjxoHNezv1hVvgdhr",
                     "https://www.sueddeutsche.de/thema/Wetter"),
    "lavanguardia": ("https://www.lavanguardia.com/politica/20250113/10277301/some-story.html",
                     "https://www.lavanguardia.com/autores/someone.html"),
    "lefigaro": ("https://www.lefigaro.fr/international/some-story-20241122",
                 "https://www.lefigaro.fr/tag/ukraine"),
    "corriere": ("https://www.corriere.it/esteri/25_gennaio_05/some-story.shtml",
                 "https://www.corriere.it/esteri/"),
    "rzeczpospolita": ("https://www.rp.pl/polityka/art41756471-some-story",
                       "https://www.rp.pl/polityka"),
    "yomiuri": ("https://www.yomiuri.co.jp/world/20241203-OYT1T50218/",
                "https://www.yomiuri.co.jp/world/"),
    "kommersant": ("https://www.kommersant.ru/doc/7715044", "https://www.kommersant.ru/theme/123"),
    "dagbladet": ("https://www.dagbladet.no/nyheter/some-story/81348547",
                  "https://www.dagbladet.no/nyheter"),
    "euronews": ("https://www.euronews.com/2024/04/30/some-story",
                 "https://www.euronews.com/programs/europe-today"),
    "kyivindependent": ("https://kyivindependent.com/some-story/",
                        "https://kyivindependent.com/tag/war/"),
}


@pytest.mark.parametrize("name", sorted(ARTICLE_AND_OTHER_URLS))
def test_url_patterns_tell_articles_from_other_pages(name):
    article, other = ARTICLE_AND_OTHER_URLS[name]
    profile = get_profile(name)
    assert profile.allows(article)
    assert not profile.allows(other)


def test_scrapy_list_shows_every_profile():
    scrapy = Path(sys.executable).with_name("scrapy")
    result = processes.run([str(scrapy), "list"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    listed = set(result.stdout.split())
    assert set(NAMES) <= listed
