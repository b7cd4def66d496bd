"""Die Welt (German, Germany; Axel Springer).

Article URLs carry ``/article<digits>/``. No field rules: the generic extractor reads
its pages right.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="welt",
    domains=("welt.de",),
    start_urls=("https://www.welt.de/",),
    allow=(r"/article\d+/",),
    deny=(r"/video\d+/", r"/themen/", r"/autor/"),
    timezone="Europe/Berlin",
    language="de",
)
