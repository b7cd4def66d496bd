"""Reuters (English, international).

Article URLs end in the publication date (``/<section>/<slug>-2024-03-07/``). No field
rules: the generic extractor reads its JSON-LD and meta tags right.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="reuters",
    domains=("reuters.com",),
    start_urls=("https://www.reuters.com/",),
    allow=(r"-\d{4}-\d{2}-\d{2}/?(?:[?#]|$)",),
    deny=(r"/pictures/", r"/video/", r"/graphics/", r"/authors/"),
    timezone="Europe/London",
    language="en",
)
