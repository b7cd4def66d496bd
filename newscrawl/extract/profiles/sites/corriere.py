"""Corriere della Sera (Italian, Italy).

Articles are ``.shtml`` pages under a section and a date folder
(``/esteri/25_gennaio_05/<slug>.shtml``). No field rules.
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="corriere",
    domains=("corriere.it",),
    start_urls=("https://www.corriere.it/",),
    allow=(r"/\d{2}_[a-z]+_\d{2}/[^/]+\.shtml(?:[?#]|$)",),
    deny=(r"/video-articoli/", r"/foto-gallery/"),
    timezone="Europe/Rome",
    language="it",
)
