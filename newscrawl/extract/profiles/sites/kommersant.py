"""Kommersant (Russian, Russia).

Articles are ``/doc/<number>``. No field rules: the generic extractor reads its pages
right.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="kommersant",
    domains=("kommersant.ru",),
    start_urls=("https://www.kommersant.ru/",),
    allow=(r"/doc/\d+",),
    deny=(r"/gallery/", r"/theme/"),
    timezone="Europe/Moscow",
    language="ru",
)
