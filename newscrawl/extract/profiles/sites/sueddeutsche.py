"""Süddeutsche Zeitung (German, Germany).

Article URLs end in an id: ``-1.5827206`` (older) or ``.<22 base62 characters>``
(since 2024). No field rules: the generic extractor reads its pages right.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="sueddeutsche",
    domains=("sueddeutsche.de",),
    start_urls=("https://www.sueddeutsche.de/",),
    allow=(r"-1\.\d{6,}(?:[?#]|$)", r"\.[A-Za-z0-9]{20,24}(?:[?#]|$)"),
    deny=(r"/thema/", r"/autoren/"),
    timezone="Europe/Berlin",
    language="de",
)
