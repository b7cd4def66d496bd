"""Le Figaro (French, France).

Article URLs end in the date (``-20241122``). No field rules: the generic extractor
reads the page right ("Par Le Figaro et AFP" names two organisations; the site's own
name is dropped and the agency kept, as for any organisation byline).
"""

from newscrawl.extract.profiles.base import SiteProfile

PROFILE = SiteProfile(
    name="lefigaro",
    domains=("lefigaro.fr",),
    start_urls=("https://www.lefigaro.fr/",),
    allow=(r"-\d{8}(?:\.php)?(?:[?#]|$)",),
    deny=(r"/tag/", r"/auteur/", r"/videos/"),
    timezone="Europe/Paris",
    language="fr",
)
